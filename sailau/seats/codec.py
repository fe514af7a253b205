"""The one codec of seat questions: JSON objects, command-line options and web query parameters
in, a `Scenario` out; an allocation out as the JSON object scripts read.

    query = query_from_json({"election": "kz-2021", "method": "dhondt", "threshold": 5})
    query = query_from_params([("election", "kz-2021"), ("votes", "A=100"), ("votes", "B=50")])
    scenario = query.scenario()           # or .scenario(factbase)
    allocation_to_json(scenario, scenario.allocate(), explanation=None)

`bot.py seats` (options and `--batch` lines) and the web API (`GET /api/seats`) go through here,
so they accept the same things, refuse the same things with the same reasons, and print the same
JSON. Names are resolved only through `METHODS`, `Base` and `SoleQualifierRule`, never as code,
and the calculator's limits (`allocation.MAX_*`) apply. A bad value raises `ParameterError`,
which names the parameter the way the caller spells it (`--seats`, `"seats"`, `seats`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

from sailau.seats.allocation import (
    MAX_PARTIES,
    Allocation,
    SeatError,
    check_count,
    check_seats,
)
from sailau.seats.explain import Explanation
from sailau.seats.indices import gallagher, loosemore_hanby, seats_vs_votes
from sailau.seats.kazakh import SoleQualifierRule
from sailau.seats.methods import METHODS
from sailau.seats.scenario import Scenario, custom, from_election, parse_percent
from sailau.seats.text import percent_figure, rounded
from sailau.seats.thresholds import Base

if TYPE_CHECKING:
    from sailau.factbase import FactBase

FIELDS: tuple[str, ...] = (
    "election",
    "seats",
    "method",
    "threshold",
    "threshold_base",
    "strict",
    "ballots",
    "votes",
    "sole_rule",
)
"""Every parameter of a seat question (`bot.py seats` options without the dashes)."""

DEFAULT_METHOD = "hare"
"""The method of a question from scratch (a stored election brings its own)."""
MAX_NAME = 100
"""The longest party name accepted in custom votes."""

E = TypeVar("E", Base, SoleQualifierRule)
V = TypeVar("V")
R = TypeVar("R")

Names = Callable[[str], str]
"""How a front end writes a parameter's name in its messages."""


def json_name(parameter: str) -> str:
    return f'"{parameter}"'


def option_name(parameter: str) -> str:
    return "--" + parameter.replace("_", "-")


def param_name(parameter: str) -> str:
    return parameter


class ParameterError(SeatError):
    """A bad value for one parameter; `parameter` is its name in `FIELDS` (or a caller's own)."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter


@dataclass(frozen=True)
class SeatQuery:
    """A seat question, checked and typed; `scenario()` turns it into something to allocate."""

    election: str | None = None
    seats: int | None = None
    method: str | None = None
    threshold: Fraction | None = None
    threshold_base: Base | None = None
    strict: bool = False
    ballots: int | None = None
    votes: Mapping[str, int] = field(default_factory=dict)
    sole_rule: SoleQualifierRule = SoleQualifierRule.ADMITTED
    names: Names = field(default=param_name, compare=False, repr=False)

    def scenario(self, fb: FactBase | None = None) -> Scenario:
        """The scenario asked: a stored election with changes, or votes and seats from scratch.

        `fb` is the fact base to take a stored election from (default: `load_factbase()`)."""
        if self.election is not None:
            if fb is None:
                from sailau.factbase import load_factbase

                fb = load_factbase()
            try:
                election = fb.election(self.election)
            except LookupError as exc:
                known = ", ".join(fb.elections)
                raise ParameterError("election", f"{exc}; known: {known}") from None
            return from_election(
                election,
                method=self.method,
                share=self.threshold,
                base=self.threshold_base,
                seats=self.seats,
                votes=self.votes,
                sole_rule=self.sole_rule,
            )
        if self.seats is None or not self.votes:
            seats, votes, stored = map(self.names, ("seats", "votes", "election"))
            missing = "seats" if self.seats is None else "votes"
            raise ParameterError(missing, f"give {seats} and {votes} (or start from {stored})")
        return custom(
            self.votes,
            self.seats,
            self.method or DEFAULT_METHOD,
            self.threshold,
            self.threshold_base or Base.PARTY_VOTES,
            not self.strict,
            self.ballots,
        )


# --- in -----------------------------------------------------------------------------------------


def query_from_json(item: object, names: Names = json_name) -> SeatQuery:
    """A JSON object (a `--batch` line, or options gathered into one) as a checked query.

    Whole numbers may also be written as text, votes as an object or as `NAME=COUNT` texts."""
    if not isinstance(item, Mapping):
        raise SeatError("each line must be a JSON object")
    unknown = sorted(set(item) - set(FIELDS), key=str)
    if unknown:
        raise ParameterError(str(unknown[0]), f"unknown field(s): {', '.join(map(repr, unknown))}")
    given = {k: v for k, v in item.items() if v is not None}
    read = Reader(names)
    return SeatQuery(
        election=read.text(given, "election"),
        seats=read.seats(given),
        method=read.choice(given, "method", METHODS),
        threshold=read.threshold(given),
        threshold_base=read.enum(given, "threshold_base", Base),
        strict=read.flag(given, "strict"),
        ballots=read.count(given, "ballots", "ballots cast"),
        votes=read.votes(given),
        sole_rule=read.enum(given, "sole_rule", SoleQualifierRule) or SoleQualifierRule.ADMITTED,
        names=names,
    )


def query_from_params(pairs: Iterable[tuple[str, str]], names: Names = param_name) -> SeatQuery:
    """Query parameters (`votes` repeated, one `NAME=COUNT` each; the rest at most once)."""
    item: dict[str, Any] = {}
    for key, value in pairs:
        if key == "votes":
            item.setdefault(key, []).append(value)
        elif key in item:
            raise ParameterError(key, f"{names(key)} is given more than once")
        else:
            item[key] = value
    unknown = sorted(set(item) - set(FIELDS))
    if unknown:
        raise ParameterError(unknown[0], f"unknown parameter {names(unknown[0])}")
    return query_from_json(item, names)


@dataclass(frozen=True)
class Reader:
    """Reads one field at a time from a mapping of JSON values, naming it as `names` does."""

    names: Names

    def text(self, item: Mapping[str, object], key: str) -> str | None:
        value = item.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise ParameterError(key, f"{self.names(key)} must be a name, not {value!r}")
        return value.strip()

    def choice(self, item: Mapping[str, object], key: str, known: Iterable[str]) -> str | None:
        """A name from a fixed list (a method), refused with the list when unknown."""
        value = self.text(item, key)
        if value is not None and value not in known:
            listed = ", ".join(known)
            raise ParameterError(key, f"unknown {key.replace('_', ' ')} {value!r}; known: {listed}")
        return value

    def enum(self, item: Mapping[str, object], key: str, kind: type[E]) -> E | None:
        value = self.choice(item, key, [member.value for member in kind])
        return None if value is None else kind(value)

    def whole(self, item: Mapping[str, object], key: str, what: str) -> int | None:
        """A whole number, written as one or as text (`5148074`, `5_148_074`, `5,148,074`)."""
        value = item.get(key)
        if value is None:
            return None
        return self.integer(value, key, what)

    def integer(self, value: object, key: str, what: str) -> int:
        if isinstance(value, str):
            digits = value.strip().replace("_", "").replace(",", "")
            if digits.lstrip("+-").isdecimal() and len(digits) <= 20:
                value = int(digits)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ParameterError(key, f"{what} must be a whole number, not {value!r}")
        return value

    def seats(self, item: Mapping[str, object]) -> int | None:
        seats = self.whole(item, "seats", self.names("seats"))
        return None if seats is None else checked("seats", check_seats, seats)

    def count(self, item: Mapping[str, object], key: str, what: str) -> int | None:
        number = self.whole(item, key, what)
        if number is None:
            return None
        return checked(key, functools.partial(check_count, what), number)

    def threshold(self, item: Mapping[str, object]) -> Fraction | None:
        value = item.get("threshold")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ParameterError("threshold", f"a threshold must be a percentage, not {value!r}")
        return checked("threshold", parse_percent, value)

    def flag(self, item: Mapping[str, object], key: str) -> bool:
        value = item.get(key, False)
        if isinstance(value, str) and value.strip().lower() in FLAG_TEXTS:
            return FLAG_TEXTS[value.strip().lower()]
        if not isinstance(value, bool):
            raise ParameterError(key, f"{self.names(key)} must be true or false, not {value!r}")
        return value

    def votes(self, item: Mapping[str, object]) -> dict[str, int]:
        """Votes per party: `{"A": 100}`, or `["A=100", ...]` as on the command line."""
        value = item.get("votes", {})
        if isinstance(value, Mapping):
            pairs = [(str(name), count) for name, count in value.items()]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            pairs = [self.pair(v) for v in value]
        else:
            raise ParameterError(
                "votes", f"{self.names('votes')} must be an object of party: count"
            )
        if len(pairs) > MAX_PARTIES:
            raise ParameterError(
                "votes", f"at most {MAX_PARTIES} parties can be given, not {len(pairs)}"
            )
        votes: dict[str, int] = {}
        for name, count in pairs:
            what = f"votes for {name}"
            if name in votes:
                raise ParameterError("votes", f"{what} are given twice")
            if not name.strip() or len(name) > MAX_NAME:
                raise ParameterError("votes", f"a party name must be 1 to {MAX_NAME} characters")
            number = self.integer(count, "votes", what)
            votes[name] = checked("votes", functools.partial(check_count, what), number)
        return votes

    def pair(self, text: str) -> tuple[str, object]:
        name, sep, count = text.partition("=")
        if not sep or not name.strip():
            raise ParameterError("votes", f"votes must be given as NAME=COUNT, not {text!r}")
        return name.strip(), count


def checked(parameter: str, check: Callable[[V], R], value: V) -> R:
    """`check(value)`, its SeatError turned into a ParameterError naming `parameter`."""
    try:
        return check(value)
    except SeatError as exc:
        raise ParameterError(parameter, str(exc)) from None


FLAG_TEXTS: Mapping[str, bool] = {
    "true": True,
    "1": True,
    "yes": True,
    "on": True,
    "false": False,
    "0": False,
    "no": False,
    "off": False,
}


# --- out ----------------------------------------------------------------------------------------


def allocation_to_json(
    scenario: Scenario, allocation: Allocation, explanation: Explanation | None = None
) -> dict[str, Any]:
    """The allocation for scripts: seats, explicit ties, the rules used, proportionality."""
    out: dict[str, Any] = {
        "method": scenario.method_name,
        "seats_total": scenario.seats,
        "threshold": None if scenario.share is None else str(percent_figure(scenario.share)),
        "threshold_base": scenario.base.value,
        "inclusive": scenario.inclusive,
        "seats": dict(allocation.seats),
        "ties": [{"parties": list(t.parties), "seats": t.seats} for t in allocation.ties],
        "excluded": list(allocation.excluded),
        "admitted": list(allocation.admitted),
        "notes": list(allocation.notes),
        "gallagher": str(rounded(gallagher(scenario.votes, allocation.seats), 4)),
        "loosemore_hanby": str(rounded(loosemore_hanby(scenario.votes, allocation.seats), 6)),
        "seats_vs_votes": [
            {
                "party": row.party,
                "vote_share": str(rounded(row.votes, 6)),
                "seat_share": str(rounded(row.seats, 6)),
            }
            for row in seats_vs_votes(scenario.votes, allocation.seats)
        ],
    }
    if scenario.official is not None:
        out["official"] = dict(scenario.official)
    if explanation is not None:
        out["explanation"] = explanation_to_json(explanation)
    return out


def explanation_to_json(explanation: Explanation) -> dict[str, Any]:
    quota = explanation.quota
    return {
        "quota": None if quota is None else str(rounded(quota, 6)),
        "quota_exact": None if quota is None else str(quota),
        "rows": [
            {
                "party": r.party,
                "votes": r.votes,
                "quotient": str(rounded(r.quotient, 6)),
                "whole": r.whole,
                "remainder": str(rounded(r.remainder, 6)),
                "remainder_seat": r.remainder_seat,
            }
            for r in explanation.rows
        ],
        "wins": [
            {"seat": w.seat, "party": w.party, "divisor": w.divisor, "average": w.average}
            for w in explanation.wins
        ],
        "last": list(explanation.last),
        "next": list(explanation.next),
        "shortfall": explanation.shortfall,
    }
