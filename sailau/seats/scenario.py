"""A seat question in one object: which votes, how many seats, which method and threshold.

`from_election` starts from a stored election and its own rules and changes what is asked
(threshold, its base, method, seats, some parties' votes); `custom` builds one from scratch.
The command line and the what-if answers both go through here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import TYPE_CHECKING

from sailau.seats.allocation import Allocation, SeatError
from sailau.seats.explain import Explanation, explain
from sailau.seats.kazakh import KazakhRule, SoleQualifierRule, election_votes, kazakh_rule
from sailau.seats.methods import Method, method_by_name
from sailau.seats.thresholds import Base, Conditioned, ShareThreshold, Threshold

if TYPE_CHECKING:
    from sailau.facts.models import Election


PERCENT_PLACES = 4
"""Decimal places a threshold may have: as many as its display shows (`text.percent_figure`).
It also keeps `1e-999999999` from becoming a Fraction with a billion-digit denominator."""
PERCENT_CHARS = 32
"""The longest threshold text read; anything longer is not a percentage people write."""


def parse_percent(text: str | int | float) -> Fraction:
    """A threshold percentage ("5", "3.5", 7) as a share of 1, refusing what is not one."""
    written = str(text).strip().rstrip("%").strip().replace(",", ".")
    value = None
    if len(written) <= PERCENT_CHARS:
        with contextlib.suppress(InvalidOperation):
            value = Decimal(written)
    if value is None:
        raise SeatError(f"a threshold must be a percentage like 5 or 3.5, not {text!r}")
    if not value.is_finite() or not 0 <= value <= 100:
        raise SeatError(f"a threshold must be between 0 and 100 %, not {text}")
    if decimal_places(value) > PERCENT_PLACES:
        raise SeatError(
            f"a threshold must be a percentage with at most {PERCENT_PLACES} decimals, not {text}"
        )
    return Fraction(value) / 100 if value else Fraction(0)  # 0E-999999999 too


def decimal_places(value: Decimal) -> int:
    """Digits after the point once trailing zeros are dropped (`5.250` -> 2, `1E+2` -> 0)."""
    _, digits, exponent = value.as_tuple()
    if not any(digits) or not isinstance(exponent, int):  # zero, or not finite
        return 0
    zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + zeros))


@dataclass(frozen=True)
class Scenario:
    """Votes, seats and a method (thresholds included); `share` None means no threshold."""

    votes: Mapping[str, int]
    seats: int
    method: Method
    ballots: int | None = None
    share: Fraction | None = None
    base: Base = Base.PARTY_VOTES
    inclusive: bool = True
    official: Mapping[str, int] | None = field(default=None, compare=False)
    """The official list seats, when the scenario starts from a stored election."""

    @property
    def method_name(self) -> str:
        return self.method.name

    @property
    def threshold(self) -> Threshold | None:
        """The threshold the method applies, if any."""
        return self.method.threshold if isinstance(self.method, Conditioned | KazakhRule) else None

    def base_total(self) -> int:
        """The number a threshold share is taken of: ballots cast, or the votes for parties."""
        if self.base is Base.BALLOTS and self.ballots is not None:
            return self.ballots
        return sum(self.votes.values())

    def allocate(self) -> Allocation:
        return self.method.evaluate(self.votes, self.seats, self.ballots)

    def explain(self) -> Explanation:
        return explain(self.method, self.votes, self.seats, self.ballots)


def custom(
    votes: Mapping[str, int],
    seats: int,
    method: str,
    share: Fraction | None = None,
    base: Base = Base.PARTY_VOTES,
    inclusive: bool = True,
    ballots: int | None = None,
) -> Scenario:
    """A scenario from scratch: any method, an optional threshold."""
    core = method_by_name(method)
    wrapped = core if share is None else Conditioned(ShareThreshold(share, base, inclusive), core)
    return Scenario(dict(votes), seats, wrapped, ballots, share, base, inclusive)


def from_election(
    election: Election,
    *,
    method: str | None = None,
    share: Fraction | None = None,
    base: Base | None = None,
    seats: int | None = None,
    votes: Mapping[str, int] | None = None,
    sole_rule: SoleQualifierRule = SoleQualifierRule.ADMITTED,
) -> Scenario:
    """A stored election under its own rules, with the given things changed.

    Votes added to a party count as extra ballots too (new voters), so a threshold on ballots
    cast moves with them.
    """
    stated = election.system.threshold
    stored = election_votes(election)
    changed = {**stored, **(votes or {})}
    extra = sum(changed.values()) - sum(stored.values())
    rule = kazakh_rule(
        election.system,
        share=share,
        base=base,
        method=None if method is None else method_by_name(method),
        sole_rule=sole_rule,
    )
    return Scenario(
        votes=changed,
        seats=election.system.list_seats if seats is None else seats,
        method=rule,
        ballots=election.participation.ballots.value + max(extra, 0),
        share=Fraction(stated.percent) / 100 if share is None else share,
        base=Base(stated.base) if base is None else base,
        inclusive=stated.inclusive,
        official={row.party: row.list_seats for row in election.results},
    )
