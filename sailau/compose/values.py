"""One figure of the fact base by measure, subject and year: what comparisons and yes/no answers
compute with (never stored: "8 fewer seats" is 84 - 76, worked out here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sailau.answers.chamber import list_total
from sailau.answers.env import Env, HasSources
from sailau.answers.registry import Query
from sailau.facts.models import Election, Text
from sailau.understanding.frame import Frame

RANKED = ("votes", "share", "seats")
"""The party figures the parties are ranked by ("top 3 parties by votes", "which party got
the fewest seats")."""


def ranked_measure(frame: Frame, default: str) -> str:
    """The figure `frame` ranks the parties by: the first it asks of `RANKED`, else `default`."""
    return next((m for m in frame.measures if m in RANKED), default)


@dataclass(frozen=True)
class Value:
    """A figure: its amount, whether it is a percentage, and where it comes from."""

    amount: Decimal
    percent: bool
    sources: tuple[HasSources, ...] = ()
    shown: Text | None = None
    """How the source words the figure, when it is computed here (a share of a count)."""

    def text(self, env: Env, q: Query) -> str:
        if self.shown is not None:
            return self._as_shown(env, q)
        if self.percent:
            return env.pct(q, self.amount)
        return env.num(q, int(self.amount)) if self.amount == int(self.amount) else str(self.amount)

    def _as_shown(self, env: Env, q: Query) -> str:
        """A computed share as its source words it: the percentage the source's sentence
        states (`28,8 %`), or that sentence when it states none at that precision."""
        assert self.shown is not None
        words = self.shown(q.lang)
        for places in range(3):
            exact = self.amount.quantize(Decimal(1).scaleb(-places))
            stated = env.pct(q, exact)
            if stated.replace("\u00a0", " ") in words.replace("\u00a0", " "):
                return stated
        return words.rstrip(".")

    def counted(self, env: Env, q: Query, measure: str, unit: str = "unit") -> str:
        """The figure with its unit where it has one: `12 мест`, `63,25 %` (`unit`: the
        catalog's family of unit templates, `gap` for a difference)."""
        key = f"{unit}_{measure}"
        if self.percent or self.shown is not None or key not in env.catalog:
            return self.text(env, q)
        return env.t(q, key, int(self.amount), n=self.text(env, q))

    def gap(self, env: Env, q: Query, other: Value, measure: str) -> str:
        """The unsigned difference from `other`, with its unit: `6 мест`, `9,06 п. п.` (English
        names a count's unit in the sentence: `eight`, as in "eight fewer than in 2016")."""
        diff = abs(self.amount - other.amount)
        if self.percent:
            return env.pp(q, diff)
        return Value(diff, False).counted(env, q, measure, "gap")

    def direction(self, other: Value) -> str:
        """The catalog word for how this figure stands to `other` (`dir_more_count`...)."""
        more = "more" if self.amount > other.amount else "less"
        return f"dir_{more}_{'percent' if self.percent else 'count'}"


@dataclass(frozen=True)
class Subject:
    """Whose figure: a party, a region, an observer organisation, or the whole election
    (all None)."""

    party: str | None = None
    region: str | None = None
    organisation: str | None = None


Getter = Callable[[Election, Subject, frozenset[str]], Value | None]


def _party(get: Callable[..., object], percent: bool = False) -> Getter:
    def value(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
        if subject.party is None or not election.has_party(subject.party):
            return None
        row = election.party(subject.party)
        amount = get(row)
        return None if amount is None else Value(Decimal(str(amount)), percent, (row,))

    return value


def _seats(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    if subject.party is None:
        s = election.system
        return Value(Decimal(s.total_seats), False, (s,))
    if not election.has_party(subject.party):
        return None
    row = election.party(subject.party)
    seats = row.seats_won
    if "district_seats" in narrow and row.district_seats is not None:
        seats = row.district_seats
    elif "list_seats" in narrow and row.district_seats is not None:  # a mixed system's lists
        seats = row.list_seats
    return Value(Decimal(seats), False, (row,))


def _turnout(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    p = election.participation
    if subject.party is not None:  # a party has no turnout: never the election's as its own
        return None
    if subject.region is None:
        return Value(p.turnout.value, True, (p.turnout,))
    regional = election.regional_turnout
    if regional is None or not regional.rows:
        return None
    values = regional.by_region()
    if subject.region not in values:
        return None
    return Value(values[subject.region], True, (regional.reading(),))


def _count(get: Callable[[Election], object], percent: bool = False) -> Getter:
    def value(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
        fact = get(election)
        if fact is None:
            return None
        amount = getattr(fact, "value", fact)
        sources = (fact,) if hasattr(fact, "sources") else ()
        return Value(Decimal(str(amount)), percent, sources)

    return value


def _stations(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    p = election.participation
    fact = p.polling_stations_abroad if "abroad" in narrow else p.polling_stations
    return None if fact is None else Value(Decimal(fact.value), False, (fact,))


def _candidates(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    if subject.party is not None:  # its list's size, cited by the list's own sources
        has = election.has_party(subject.party)
        size = election.party(subject.party).list_size if has else None
        return None if size is None else Value(Decimal(size.value), False, (size,))
    total = list_total(election)
    c = election.candidates
    reported = c.list_candidates if c is not None else None
    sources = (reported,) if reported is not None else tuple(
        r.list_size for r in election.results if r.list_size)  # fmt: skip
    return None if total is None else Value(Decimal(total), False, sources)


def _women(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    c = election.candidates
    if c is None or c.women is None:
        return None
    return Value(Decimal(c.women.value), False, (c.women,))


def _exit_poll(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    poll = election.exit_poll
    if poll is None or subject.party is None:
        return None
    row = next((r for r in poll.rows if r.party == subject.party), None)
    return None if row is None else Value(row.percent, True, (poll,))


def _observers(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    """Foreign observers in all, or those one organisation sent."""
    o = election.observers
    if o is None:
        return None
    if subject.organisation is None:
        return None if o.foreign is None else Value(Decimal(o.foreign.value), False, (o.foreign,))
    group = next((g for g in o.by_organisation if g.id == subject.organisation), None)
    sources = (o.foreign,) if o.foreign is not None else ()
    return None if group is None else Value(Decimal(group.count), False, sources)


def _women_share(election: Election, subject: Subject, narrow: frozenset[str]) -> Value | None:
    """Women's share of the list candidates: computed exactly for deciding, shown as the
    source words it (the fact's note)."""
    c = election.candidates
    total = list_total(election)
    if c is None or c.women is None or not total:
        return None
    share = Decimal(c.women.value) * 100 / Decimal(total)
    return Value(share, True, (c.women,), c.women.note)


SHARES: dict[str, Getter] = {
    "women": _women_share,
    "invalid": _count(lambda e: e.participation.invalid_percent, percent=True),
    "against_all": _count(
        lambda e: e.participation.against_all.percent if e.participation.against_all else None,
        percent=True,
    ),
}
"""Measures counted in the facts whose share a question may ask ("more than 30 % women?")."""

GETTERS: dict[str, Getter] = {
    "seats": _seats,
    "chamber_size": _seats,
    "votes": _party(lambda r: r.votes),
    "share": _party(lambda r: r.percent, percent=True),
    "turnout": _turnout,
    "registered": _count(lambda e: e.participation.registered),
    "ballots": _count(lambda e: e.participation.ballots),
    "invalid": _count(lambda e: e.participation.invalid_ballots),
    "valid": _count(lambda e: e.participation.party_votes),
    "stations": _stations,
    "candidates": _candidates,
    "women": _women,
    "women_elected": _count(lambda e: e.candidates.women_elected if e.candidates else None),
    "majority": _count(lambda e: e.system.majority),
    "threshold": _count(lambda e: e.system.threshold.percent, percent=True),
    "observers": _observers,
    "exit_poll": _exit_poll,
    "against_all": _count(
        lambda e: e.participation.against_all.votes if e.participation.against_all else None
    ),
}
"""Measures with a figure to compare, by the frame's measure name."""

FIGURE_OF: dict[str, str] = {"party_list": "candidates", "nomination": "candidates"}
"""Measures counted by another's figure: a party's list by its candidates ("whose list was
longer", "who nominated more")."""

ESTIMATES: dict[str, str] = {"exit_poll": "share"}
"""Measures that estimate another, which a question sets them against ("how far off was the
exit poll"): the estimate's measure -> the official one."""


def elected(frame: Frame) -> bool:
    """The question is about the Mäjilis elected, not the candidates ("women in the new
    Mäjilis", "how many women won seats")."""
    return (
        frame.has("new")
        or frame.has("after")
        or bool({"passed", "seats"} & {*frame.measures, *frame.mentions})  # "women deputies"
        or "majilis" in frame.of("institution")
    )


def value(
    env: Env,
    measure: str,
    year: int,
    subject: Subject,
    narrow: frozenset[str] = frozenset(),
    *,
    share: bool = False,
) -> Value | None:
    """The figure of `measure` for `subject` in the election of `year`, if the facts hold it
    (with `share`, its share of the whole where the count is not one itself)."""
    getter = (SHARES.get(measure) if share else None) or GETTERS.get(measure)
    if getter is None or year not in env.fb.years:
        return None
    return getter(env.fb.election(year), subject, narrow)


def estimated(env: Env, measure: str, year: int, party: str) -> tuple[Value, Value] | None:
    """An estimate of a party's figure and the official figure it estimates (the exit poll's
    share and the result's), if the facts hold both."""
    official = ESTIMATES.get(measure)
    if official is None:
        return None
    guess = value(env, measure, year, Subject(party))
    held = value(env, official, year, Subject(party))
    return None if guess is None or held is None else (guess, held)
