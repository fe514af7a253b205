"""Cross-checks of a parsed fact base: figures add up, references resolve, aliases are unique.

Each check returns `FactBaseError`s naming the file, the field path and the reason. Shares and
turnout are recomputed from the counts and rounded half-up to the precision they are published
with; the official list-seat allocation is reproduced with `sailau.seats`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from pydantic import BaseModel

from sailau.facts.models import Election, Fact, NoteText, PartyName, Row, Sourced, Text
from sailau.facts.rows import RowPathError, resolve
from sailau.seats.allocation import SeatError
from sailau.seats.kazakh import reproduce

if TYPE_CHECKING:
    from sailau.factbase import FactBase

TIMELINE_SPAN = timedelta(days=366)
"""How far from election day a timeline event may lie."""


@dataclass(frozen=True)
class FactBaseError:
    """One problem in the fact base: the file (relative to the facts dir), the field, why."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


Number = int | Decimal
Report = Callable[[str, str], None]
"""Record one problem: (field path, reason)."""


def election_file(election: Election) -> str:
    return f"elections/{election.id}.yaml"


def share(part: int, whole: int, published: Decimal) -> Decimal:
    """`part / whole` in percent, rounded half-up to the precision of `published`."""
    exact = Decimal(part) * 100 / Decimal(whole)
    return exact.quantize(published, ROUND_HALF_UP)


def check_share(report: Report, field: str, published: Decimal, part: int, whole: int) -> None:
    computed = share(part, whole, published)
    if computed != published:
        report(field, f"{published} does not match {part:,} / {whole:,} = {computed}%")


def check_sum(report: Report, field: str, stated: int, parts: list[int], what: str) -> None:
    if sum(parts) != stated:
        report(field, f"{stated:,} differs from the sum of {what}, {sum(parts):,}")


def walk(obj: object, path: str = "") -> Iterator[tuple[str, BaseModel]]:
    """Every pydantic model inside `obj`, with its field path."""
    if isinstance(obj, BaseModel):
        yield path, obj
        for name in type(obj).model_fields:
            yield from walk(getattr(obj, name), f"{path}.{name}" if path else name)
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from walk(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from walk(item, f"{path}.{key}" if path else str(key))


def check_source_ids(report: Report, root: object, path: str, known: Mapping[str, object]) -> None:
    """Every source id cited anywhere under `root` exists in sources.yaml."""
    for where, model in walk(root, path):
        cited: list[tuple[str, tuple[str, ...]]] = []
        if isinstance(model, Sourced | PartyName | NoteText | Row):
            cited.append(("sources", model.sources))
        if isinstance(model, Sourced):
            cited += [(f"held_by.{name}", ids) for name, ids in model.held_by.items()]
        if isinstance(model, Election):
            cited.append(("kind_sources", model.kind_sources))
        for field, ids in cited:
            for i, sid in enumerate(ids):
                if sid not in known:
                    at = f"{where}.{field}[{i}]" if where else f"{field}[{i}]"
                    report(at, f"unknown source id {sid!r} (not in sources.yaml)")


def check_participation(report: Report, e: Election) -> None:
    p = e.participation
    votes = [row.votes for row in e.results]
    check_sum(report, "participation.party_votes.value", p.party_votes.value, votes, "party votes")
    against = p.against_all.votes if p.against_all else 0
    if p.valid_votes is not None:
        check_sum(
            report,
            "participation.valid_votes.value",
            p.valid_votes.value,
            [*votes, against],
            "party votes and against-all votes",
        )
    if p.against_all is not None:
        check_share(
            report,
            "participation.against_all.percent",
            p.against_all.percent,
            against,
            p.percent_base,
        )
    check_share(
        report,
        "participation.turnout.value",
        p.turnout.value,
        p.ballots.value,
        p.registered.value,
    )
    if p.invalid_ballots is not None:
        stated, counted = p.invalid_ballots.value, p.ballots.value - p.percent_base
        if stated != counted:
            report(
                "participation.invalid_ballots.value",
                f"{stated:,} differs from ballots minus valid votes, {counted:,}",
            )
        if p.invalid_percent is not None:
            check_share(
                report,
                "participation.invalid_percent.value",
                p.invalid_percent.value,
                stated,
                p.ballots.value,
            )
    if p.ballots.value > p.registered.value:
        report("participation.ballots.value", "more ballots than registered voters")


def check_results(report: Report, e: Election) -> None:
    base = e.participation.percent_base
    for i, row in enumerate(e.results):
        check_share(report, f"results[{i}].percent", row.percent, row.votes, base)
        if (
            row.seats is not None
            and row.district_seats is not None
            and (row.list_seats + row.district_seats != row.seats)
        ):
            report(
                f"results[{i}].seats",
                f"{row.seats} is not list seats {row.list_seats} + district seats "
                f"{row.district_seats}",
            )
    ids = [row.party for row in e.results]
    for party in {p for p in ids if ids.count(p) > 1}:
        report(f"results[{ids.index(party)}].party", f"party {party!r} appears twice")
    for i in range(1, len(e.results)):
        if e.results[i].votes > e.results[i - 1].votes:
            report(f"results[{i}].votes", "results must be listed by votes, most first")


def value_of(fact: Fact[int] | None) -> int | None:
    return None if fact is None else fact.value


def check_parts(
    report: Report, field: str, stated: Fact[int] | None, parts: list[int | None], what: str
) -> None:
    """`stated` is the sum of `parts`, checked when it and every part are given."""
    known = [p for p in parts if p is not None]
    if stated is not None and parts and len(known) == len(parts):
        check_sum(report, field, stated.value, known, what)


def check_candidates(report: Report, e: Election) -> None:
    c, field = e.candidates, "candidates.list_candidates.value"
    if c is None:
        return
    check_parts(report, field, c.list_candidates, [value_of(c.women), value_of(c.men)], "sexes")
    sizes = [value_of(row.list_size) for row in e.results]
    check_parts(report, field, c.list_candidates, sizes, "the list sizes")


def check_observers(report: Report, e: Election) -> None:
    o = e.observers
    if o is None:
        return
    origins = [value_of(o.from_organisations), value_of(o.from_countries)]
    check_parts(report, "observers.foreign.value", o.foreign, origins, "their origins")
    groups: list[int | None] = [g.count for g in o.by_organisation]
    check_parts(
        report, "observers.from_organisations.value", o.from_organisations, groups, "organisations"
    )


def check_maslikhats(report: Report, e: Election) -> None:
    """A council's seats add up to its size; a party is named once per council."""
    m = e.maslikhats
    if m is None:
        return
    if (
        m.lists_submitted
        and m.lists_registered
        and m.lists_registered.value > m.lists_submitted.value
    ):
        report("maslikhats.lists_registered.value", "more lists registered than submitted")
    for i, council in enumerate(m.councils):
        field = f"maslikhats.councils[{i}]"
        parties = [row.party for row in council.rows]
        if len(set(parties)) != len(parties):
            report(f"{field}.rows", "a party is listed twice")
        seats = [row.seats for row in council.rows]
        if council.seats is not None and all(n is not None for n in seats):
            check_sum(report, f"{field}.seats", council.seats, [n or 0 for n in seats], "the rows")


def check_apk_vote(report: Report, e: Election) -> None:
    apk = e.apk_vote
    if apk is None:
        return
    if len(apk.elected) not in (0, apk.seats):
        report("apk_vote.elected", f"{len(apk.elected)} names for {apk.seats} seats")
    if apk.seats != e.system.appointed_seats:
        report("apk_vote.seats", f"{apk.seats} differs from system.appointed_seats")
    if apk.members is not None and apk.voted > apk.members.value:
        report("apk_vote.voted", f"more voters than the {apk.members.value} members")
    for i, person in enumerate(apk.elected):
        if person.votes is not None and person.votes > apk.voted:
            report(f"apk_vote.elected[{i}].votes", f"more than the {apk.voted} who voted")


def check_regional_turnout(report: Report, e: Election) -> None:
    rows = e.regional_turnout.rows if e.regional_turnout else ()
    for i, line in enumerate(rows):
        for key, value in line.values.items():
            if not 0 <= value <= 100:
                report(f"regional_turnout.rows[{i}].values.{key}", f"{value} is not a percentage")


def check_seats(report: Report, e: Election) -> None:
    s = e.system
    check_sum(
        report,
        "system.list_seats",
        s.list_seats,
        [r.list_seats for r in e.results],
        "the parties' list seats",
    )
    parts = s.list_seats + s.district_seats + s.appointed_seats
    if parts != s.total_seats:
        report(
            "system.total_seats",
            f"{s.total_seats} is not list {s.list_seats} + district {s.district_seats} "
            f"+ appointed {s.appointed_seats} = {parts}",
        )
    if s.majority.value != s.total_seats // 2 + 1:
        report(
            "system.majority.value",
            f"{s.majority.value} is not a bare majority of {s.total_seats} "
            f"({s.total_seats // 2 + 1})",
        )
    districts = sum(r.district_seats or 0 for r in e.results)
    if districts > s.district_seats:
        report("system.district_seats", f"parties hold {districts} district seats, more than it")


def check_difference(
    report: Report, field: str, stated: Number | None, new: Number | None, old: Number | None
) -> None:
    """A stated change equals `new - old` (checked when all three are known)."""
    if stated is not None and new is not None and old is not None and new - old != stated:
        report(field, f"{stated:+} is not {new} - {old}")


def check_changes(report: Report, e: Election, previous: Election | None) -> None:
    """Changes since the previous election match the figures, and that election's results."""
    for i, row in enumerate(e.results):
        change, field = row.change, f"results[{i}].change"
        if change is None:
            continue
        check_difference(report, f"{field}.seats", change.seats, row.seats, change.from_seats)
        check_difference(report, f"{field}.points", change.points, row.percent, change.from_percent)
        if previous is None:
            continue
        if not previous.has_party(row.party):
            report(field, f"{row.party!r} did not run in {previous.year}")
            continue
        before = previous.party(row.party)
        if change.from_seats is not None and change.from_seats != before.seats:
            report(f"{field}.from_seats", f"{previous.year} gives {before.seats} seats")
        if change.from_percent is not None and change.from_percent != before.percent:
            report(f"{field}.from_percent", f"{previous.year} gives {before.percent}%")
    turnout, field = e.participation.turnout_change, "participation.turnout_change"
    if turnout is None:
        return
    now = e.participation.turnout.value
    check_difference(report, f"{field}.points", turnout.points, now, turnout.from_value)
    if previous is not None and previous.participation.turnout.value != turnout.from_value:
        report(f"{field}.from_value", f"{previous.year} turnout is not {turnout.from_value}")


def check_dates(report: Report, e: Election) -> None:
    if e.date.year != e.year:
        report("date", f"{e.date} is not in {e.year}")
    for i, a in enumerate(e.announcements):
        if a.date < e.date:
            report(f"announcements[{i}].date", f"{a.date} is before election day {e.date}")
    prelim, final = e.announcement("preliminary"), e.announcement("final")
    if prelim and final and final.date < prelim.date:
        report("announcements", "the final results are dated before the preliminary ones")
    for i, event in enumerate(e.timeline):
        field = f"timeline[{i}].date"
        if abs(event.date - e.date) > TIMELINE_SPAN:
            report(field, f"{event.date} is more than a year from election day {e.date}")
        if i and event.date < e.timeline[i - 1].date:
            report(field, f"{event.date} is before the previous event ({e.timeline[i - 1].date})")
        if event.end is not None and event.end < event.date:
            report(f"timeline[{i}].end", f"{event.end} is before its start {event.date}")
    if e.apk_vote is not None and e.apk_vote.date < e.date:
        report("apk_vote.date", f"{e.apk_vote.date} is before election day {e.date}")
    for i, official in enumerate(e.officials):
        if official.since and official.until and official.until < official.since:
            report(f"officials[{i}].until", f"{official.until} is before {official.since}")


def check_references(report: Report, e: Election, fb: FactBase) -> None:
    for i, row in enumerate(e.results):
        if row.party not in fb.parties:
            report(f"results[{i}].party", f"unknown party id {row.party!r} (not in parties.yaml)")
    if e.exit_poll is not None:
        for i, poll in enumerate(e.exit_poll.rows):
            if not e.has_party(poll.party):
                report(f"exit_poll.rows[{i}].party", f"{poll.party!r} is not in the results")
    for i, council in enumerate(e.maslikhats.councils if e.maslikhats else ()):
        field = f"maslikhats.councils[{i}]"
        if council.region is not None and council.region not in fb.regions:
            report(f"{field}.region", f"unknown region id {council.region!r}")
        for j, council_row in enumerate(council.rows):
            if council_row.party not in fb.parties:
                report(f"{field}.rows[{j}].party", f"unknown party id {council_row.party!r}")
    if e.previous is not None:
        before = fb.elections.get(e.previous)
        if before is None:
            report("previous", f"unknown election {e.previous!r}")
        elif before.date >= e.date:
            report("previous", f"{e.previous} is not earlier than {e.id}")
    regional = e.regional_turnout
    if regional is None:
        return
    readings = {r.id for r in regional.readings}
    for i, line in enumerate(regional.rows):
        field = f"regional_turnout.rows[{i}]"
        region = fb.regions.get(line.region)
        if region is None:
            report(f"{field}.region", f"unknown region id {line.region!r} (not in regions.yaml)")
        elif e.year not in region.elections:
            report(f"{field}.region", f"{line.region!r} is not listed for {e.year} in regions.yaml")
        for key in line.values:
            if key not in readings:
                report(f"{field}.values.{key}", f"unknown turnout reading {key!r}")


def check_allocation(report: Report, e: Election) -> None:
    """The election's own rules, run by the seat module, give the official list seats."""
    try:
        allocation = reproduce(e)
    except SeatError as exc:
        report("system", f"the seat module cannot apply these rules: {exc}")
        return
    if allocation.ties:
        tied = "; ".join(", ".join(t.parties) for t in allocation.ties)
        report("system", f"the rules leave a tie unresolved between {tied}")
    for i, row in enumerate(e.results):
        computed = allocation.seats.get(row.party, 0)
        if computed != row.list_seats:
            report(
                f"results[{i}].list_seats",
                f"{row.list_seats} differs from the {computed} that the election's rules give",
            )


def check_aliases(report_for: Callable[[str], Report], fb: FactBase) -> None:
    """No alias (normalised as the matcher compares them) names two parties or two regions."""
    tables = (("parties", fb.parties), ("regions", fb.regions))
    for key, table in tables:
        owner: dict[str, str] = {}
        for item_id, item in table.items():
            for alias in item.alias_forms():
                first = owner.setdefault(alias, item_id)
                if first != item_id:
                    report_for(f"{key}.yaml")(
                        f"{key}.{item_id}.aliases", f"alias {alias!r} also names {first!r}"
                    )


def check_institutions(report: Report, fb: FactBase) -> None:
    """The Majilis's size for each election year is the election's total seats."""
    majilis = fb.institutions.get("majilis")
    periods = majilis.periods if majilis else ()
    for e in fb.elections.values():
        for i, period in enumerate(periods):
            starts, ends = period.from_year or e.year, period.to_year or e.year
            if starts <= e.year <= ends and period.seats != e.system.total_seats:
                report(
                    f"institutions.majilis.periods[{i}].seats",
                    f"{period.seats} differs from the {e.system.total_seats} seats of {e.year}",
                )


_DIGIT_GROUPS = re.compile(r"(?<=\d)[\s\u00a0\u202f,](?=\d{3}(?!\d))")


def _states(text: str, value: object) -> bool:
    """Whether `text` states `value` (a number with or without group separators, a decimal
    with a point or a comma, a date's year, a name's last word)."""
    plain = _DIGIT_GROUPS.sub("", text)
    if isinstance(value, Text):
        return any(value(lang).split()[-1] in text for lang in ("kk", "ru", "en"))
    written = value.isoformat()[:4] if isinstance(value, date) else str(value)
    return written in plain or written.replace(".", ",") in plain


def check_rows(report: Report, e: Election, fb: FactBase) -> None:
    """Each row resolves to a fact of its election, has sources, says its figure, and has a
    text or points at a statement."""
    for key, row in e.rows.items():
        field = f"rows.{key}"
        try:
            found = resolve(row, e, fb.institutions)
        except RowPathError as exc:
            report(f"{field}.of", str(exc))
            continue
        if not found.cited:
            report(field, "a row needs sources, or `of` a sourced fact")
        if row.text is None:
            if found.statement is None:
                report(field, "a row needs a text, or `of` a statement (a note or an event)")
            continue
        for lang in ("kk", "ru", "en"):
            text = row.text(lang)
            if "{value" in text and found.value is None:
                report(f"{field}.text.{lang}", "writes {value}, but the row has no figure")
            if "{value" not in text and found.value is not None and not _states(text, found.value):
                report(f"{field}.text.{lang}", f"does not state the row's figure {found.value}")


def check_party_names(report: Report, fb: FactBase) -> None:
    for party_id, party in fb.parties.items():
        starts = [n.since for n in party.names[1:]]
        if any(s is None for s in starts) or starts != sorted(starts, key=str):
            report(f"parties.{party_id}.names", "later names need `since` dates, oldest first")


ELECTION_CHECKS: tuple[Callable[[Report, Election], None], ...] = (
    check_participation,
    check_results,
    check_seats,
    check_candidates,
    check_observers,
    check_apk_vote,
    check_maslikhats,
    check_regional_turnout,
    check_dates,
    check_allocation,
)
"""The checks that need nothing but the election itself."""


def check_factbase(fb: FactBase) -> list[FactBaseError]:
    """Every problem found in a parsed fact base (empty when it is consistent)."""
    errors: list[FactBaseError] = []

    def report_for(file: str) -> Report:
        return lambda field, reason: errors.append(FactBaseError(file, field, reason))

    check_aliases(report_for, fb)
    check_party_names(report_for("parties.yaml"), fb)
    check_institutions(report_for("institutions.yaml"), fb)
    check_source_ids(report_for("parties.yaml"), fb.parties, "parties", fb.sources)
    check_source_ids(report_for("institutions.yaml"), fb.institutions, "institutions", fb.sources)
    for e in fb.elections.values():
        report = report_for(election_file(e))
        check_source_ids(report, e, "", fb.sources)
        check_references(report, e, fb)
        check_changes(report, e, fb.previous(e))
        check_rows(report, e, fb)
        for check in ELECTION_CHECKS:
            check(report, e)
    return errors
