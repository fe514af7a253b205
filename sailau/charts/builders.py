"""From the fact base and the seat module to chart views, in the asker's language.

One builder per chart kind; each takes a normalised `ChartSpec` and returns a `Chart`. Every
figure comes from the fact base or is computed here from its figures (seat shares, the
two-thirds mark, where a threshold on ballots falls among party votes); every word comes from
`facts/locales/charts.yaml`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sailau.charts.spec import ChartError
from sailau.charts.views import (
    NEUTRAL,
    PLAIN,
    BarRow,
    Bars,
    Cell,
    Chamber,
    Chart,
    Frame,
    Mark,
    RefLine,
    SeatGroup,
)
from sailau.factbase import FactBase
from sailau.facts.models import Election, PartyResult
from sailau.i18n import Catalog
from sailau.reply import ChartSpec, Lang

HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class Ctx:
    """What a builder needs: the fact base, the catalog and the asker's language."""

    fb: FactBase
    catalog: Catalog
    lang: Lang

    def t(self, key: str, count: int | None = None, /, **values: object) -> str:
        return self.catalog.t(key, self.lang, count, **values)

    def pct(self, value: Decimal) -> str:
        return self.catalog.fmt_percent(value, self.lang)

    def num(self, n: int) -> str:
        return self.catalog.fmt_int(n, self.lang)

    def party(self, party_id: str, year: int) -> str:
        return self.fb.party_name(party_id, year, self.lang)

    def abbr(self, party_id: str, year: int) -> str:
        """The party's abbreviation at that election, or its name when it has none."""
        party = self.fb.party(party_id)
        entry = party.name_on(self.fb.election(year).date)
        return (entry.abbr or entry.name)(self.lang)

    def colour(self, party_id: str) -> str:
        return self.fb.party(party_id).colour

    def join(self, items: Sequence[str]) -> str:
        """`a, b and c` in the asker's language."""
        if len(items) < 2:
            return "".join(items)
        return self.t("list_last", head=", ".join(items[:-1]), last=items[-1])

    def frame(
        self, title: str, subtitle: str, cited: Mapping[int, str], *, computed: bool = False
    ) -> Frame:
        """Title, subtitle and the footer: one line naming where the figures come from.

        `cited` maps each election drawn to the source of its figures: the publisher with its
        date, or with the years of its figures when several elections are drawn. Figures a
        publisher quotes from the CEC are credited to the CEC: `Source: CEC (Astana Times,
        12 January 2021)`, `Source: CEC (Kazinform, 2016; Astana Times, 2021 and 2023)`;
        `computed`: `Calculated from CEC results (...)`.
        """
        sources = {s.id: s for s in self.fb.reply_sources(cited.values())}
        years: dict[str, list[str]] = {}
        for year, source_id in sorted(cited.items()):
            years.setdefault(source_id, []).append(str(year))
        by_name: dict[str, list[str]] = {}
        for source_id, ys in years.items():
            source = sources[source_id]
            date = self.catalog.fmt_date(source.date, self.lang) if source.date else ""
            by_name.setdefault(source.name, []).extend([date] if len(cited) == 1 else ys)
        parts = [
            self.t("source_with_date", name=name, date=self.join(whens)) if any(whens) else name
            for name, whens in by_name.items()
        ]
        cec = all(s.quoted for s in sources.values())
        key = "chart_footer_computed" if computed else "chart_footer_cec" if cec else "source_line"
        return Frame(title, subtitle, self.t(key, sources="; ".join(parts)), tuple(sources))


def percent_of(part: int | Fraction, whole: int) -> Decimal:
    """`part` as a percentage of `whole`, to two decimals, rounded half up (a computed figure)."""
    exact = Fraction(part) * 100 / (whole or 1)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        HUNDREDTH, rounding=ROUND_HALF_UP
    )


def two_thirds(total: int) -> int:
    """The smallest seat count that is at least two-thirds of the chamber."""
    return math.ceil(Fraction(2 * total, 3))


def _year(spec: ChartSpec) -> int:
    return int(spec.param("year") or 0)


def _results_source(election: Election) -> dict[int, str]:
    """The election's final results and their source (the first of the ranked rows')."""
    return {election.year: election.ranked[0].sources[0]}


# --- parliament -------------------------------------------------------------------------------


def _party_seats(
    ctx: Ctx, election: Election, row: PartyResult, listed: int, change: int | None
) -> list[SeatGroup]:
    """A party's `listed` list seats, then its district seats as rings; one legend entry
    (with the change against the official seats, for a what-if)."""
    colour = ctx.colour(row.party)
    district = row.district_seats or 0
    values = {"seats": ctx.num(listed + district), "list": ctx.num(listed), "district": district}
    key = "chart_seats_split" if district else "chart_seats"
    if change is not None:
        key, values["change"] = f"{key}_change", _signed(ctx, change)
    seats = ctx.t(key, **values)
    label, alt = (
        ctx.t("chart_legend_seats", name=name, seats=seats)
        for name in (ctx.party(row.party, election.year), ctx.abbr(row.party, election.year))
    )
    groups = [SeatGroup(label, listed, colour, alt=alt)]
    return groups + ([SeatGroup("", district, colour, "ring")] if district else [])


def _signed(ctx: Ctx, n: int) -> str:
    """`+4`, `−4` (a true minus sign), `±0`."""
    return "±0" if n == 0 else ctx.catalog.fmt_signed_int(n, ctx.lang).replace("-", "−")


def chamber(
    ctx: Ctx,
    election: Election,
    seats: Mapping[str, int] | None = None,
    unsettled: Sequence[SeatGroup] = (),
    list_seats: int | None = None,
) -> Chamber:
    """The hemicycle of an election: the official list seats, or a what-if's `seats` (party ->
    list seats, out of `list_seats`) with `unsettled` seats (an exact tie) after the parties'."""
    system = election.system
    official = {r.party: r.list_seats for r in election.results}
    whatif = seats is not None
    listed = official if seats is None else seats
    same_size = list_seats in (None, system.list_seats)
    groups: list[SeatGroup] = []
    for row in election.ranked:
        mine, before = listed.get(row.party, 0), official.get(row.party, 0)
        if mine or row.district_seats or (whatif and before):
            change = mine - before if whatif and same_size else None
            groups += _party_seats(ctx, election, row, mine, change)
    groups += unsettled
    other = system.district_seats - sum(r.district_seats or 0 for r in election.results)
    if other > 0:
        label = ctx.t("chart_legend_seats", name=ctx.t("chart_other_districts"), seats=other)
        groups.append(SeatGroup(label, other, NEUTRAL, "ring"))
    if system.appointed_seats:
        apk = ctx.fb.institution("apk")
        name = (apk.abbr or apk.name)(ctx.lang)
        label = ctx.t("chart_legend_seats", name=name, seats=ctx.num(system.appointed_seats))
        groups.append(SeatGroup(label, system.appointed_seats, apk.colour or NEUTRAL, "appointed"))
    total = sum(g.seats for g in groups)
    majority = system.majority.value if total == system.total_seats else total // 2 + 1
    marks = (
        Mark(majority, ctx.t("chart_majority_mark", n=majority)),
        Mark(two_thirds(total), ctx.t("chart_two_thirds_mark", n=two_thirds(total))),
    )
    return Chamber(tuple(groups), marks, ctx.num(total), ctx.t("chart_seats_centre", total))


def _make_up(ctx: Ctx, election: Election, list_seats: int | None = None) -> str:
    """ "98 elected on party lists; 9 chosen by the APK." and how seat styles differ."""
    system = election.system
    parts = []
    n = list_seats if list_seats is not None else system.list_seats
    if n:
        parts.append(ctx.t("chart_seats_list", n, n=n))
    if system.district_seats:
        n = system.district_seats
        parts.append(ctx.t("chart_seats_district", n, n=n))
    if system.appointed_seats:
        n = system.appointed_seats
        parts.append(ctx.t("chart_seats_appointed", n, n=n))
    key = [ctx.t("chart_split_note")] if system.district_seats else []
    return " ".join(["; ".join(parts) + ".", *key])


def parliament(ctx: Ctx, spec: ChartSpec) -> Chart:
    election = ctx.fb.election(_year(spec))
    title = ctx.t("chart_parliament_title", year=election.year)
    frame = ctx.frame(title, _make_up(ctx, election), _results_source(election))
    return Chart(frame, (chamber(ctx, election),))


# --- vote shares ------------------------------------------------------------------------------


def threshold_votes(election: Election) -> Fraction:
    """The votes a party needed to pass the threshold, on the threshold's own base."""
    threshold = election.system.threshold
    participation = election.participation
    base = (
        participation.ballots.value if threshold.base == "ballots" else participation.percent_base
    )
    return Fraction(threshold.percent) * base / 100


def shares(ctx: Ctx, spec: ChartSpec) -> Chart:
    """Each list's share of the vote, with the threshold drawn where it falls on that scale."""
    election = ctx.fb.election(_year(spec))
    participation = election.participation
    rows = [
        BarRow(
            ctx.party(row.party, election.year),
            ctx.colour(row.party),
            (Cell(float(row.percent), ctx.pct(row.percent), muted=not election.passed(row)),),
            alt=ctx.abbr(row.party, election.year),
        )
        for row in election.ranked
    ]
    against = participation.against_all
    if against:
        cell = Cell(float(against.percent), ctx.pct(against.percent), muted=True)
        rows.append(BarRow(ctx.t("chart_against_all"), NEUTRAL, (cell,)))
    threshold = election.system.threshold
    percent = ctx.pct(threshold.percent)
    need = math.ceil(threshold_votes(election))
    at = percent_of(threshold_votes(election), participation.percent_base)
    line = RefLine(float(at), ctx.t(f"chart_threshold_line_{threshold.base}", threshold=percent))
    rule = ctx.t(
        f"chart_shares_threshold_{threshold.base}",
        need,
        threshold=percent,
        votes=ctx.num(need),
        at=ctx.pct(at),
    )
    subtitle = " ".join(
        [ctx.t(f"chart_shares_base_{'against_all' if against else 'parties'}"), rule]
    )
    title = ctx.t("chart_shares_title", year=election.year)
    frame = ctx.frame(title, subtitle, _results_source(election))
    return Chart(frame, (Bars(tuple(rows), lines=(line,)),))


# --- seats vs votes ---------------------------------------------------------------------------


def seats_votes(ctx: Ctx, spec: ChartSpec) -> Chart:
    """Each list's share of the vote next to its share of the list seats, on one scale."""
    from sailau.seats.indices import gallagher

    election = ctx.fb.election(_year(spec))
    list_seats = election.system.list_seats
    votes = {row.party: row.votes for row in election.ranked}
    seats = {row.party: row.list_seats for row in election.ranked}
    rows: list[BarRow] = []
    for row in election.ranked:
        share = percent_of(row.list_seats, list_seats)
        cells = (
            Cell(float(row.percent), ctx.pct(row.percent)),
            Cell(float(share), ctx.pct(share), muted=not row.list_seats),
        )
        name, alt = ctx.party(row.party, election.year), ctx.abbr(row.party, election.year)
        rows.append(BarRow(name, ctx.colour(row.party), cells, alt))
    index = Decimal(repr(gallagher(votes, seats))).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    title = ctx.t("chart_seats_votes_title", year=election.year)
    subtitle = ctx.t(
        "chart_seats_votes_subtitle",
        seats=ctx.num(list_seats),
        gallagher=ctx.catalog.fmt_decimal(index, ctx.lang),
    )
    series = (ctx.t("chart_series_votes"), ctx.t("chart_series_seats"))
    frame = ctx.frame(title, subtitle, _results_source(election))
    return Chart(frame, (Bars(tuple(rows), series),))


# --- comparison across elections --------------------------------------------------------------


def _names(ctx: Ctx, party_id: str, elections: Iterable[Election], *, abbr: bool = False) -> str:
    """Every name the party ran under in these elections, oldest first: `Nur Otan / Amanat`."""
    name = ctx.abbr if abbr else ctx.party
    names = [name(party_id, e.year) for e in elections if e.has_party(party_id)]
    return " / ".join(dict.fromkeys(names))


def _party_cell(ctx: Ctx, metric: str, election: Election, party_id: str) -> Cell:
    """A party's share, votes or total seats in one election ("—" where it did not run; seats
    the sources disagree on: the list seats and "+?")."""
    if not election.has_party(party_id):
        return Cell(0.0, ctx.t("chart_did_not_run"), muted=True)
    row = election.party(party_id)
    if metric == "share":
        return Cell(float(row.percent), ctx.pct(row.percent))
    if metric == "votes":
        return Cell(float(row.votes), ctx.num(row.votes))
    if row.seats is not None:
        return Cell(float(row.seats), ctx.num(row.seats), muted=not row.seats)
    return Cell(float(row.list_seats), ctx.t("chart_seats_unsettled", seats=row.list_seats))


def compare(ctx: Ctx, spec: ChartSpec) -> Chart:
    """Parties (or turnout) across the elections asked, one column per election."""
    metric = spec.param("metric") or "share"
    listed = spec.param("years")
    years = [int(y) for y in listed.split(",")] if listed else list(ctx.fb.years)
    elections = [ctx.fb.election(y) for y in years]
    title = ctx.t(f"chart_compare_{metric}_title", years=ctx.join([str(y) for y in years]))
    subtitle = ctx.t(f"chart_compare_{metric}_subtitle")
    if metric == "turnout":
        rows = tuple(
            BarRow(str(e.year), PLAIN, (Cell(float(t), ctx.pct(t)),))
            for e in elections
            for t in [e.participation.turnout.value]
        )
        cited = {e.year: e.participation.turnout.sources[0] for e in elections}
        return Chart(ctx.frame(title, subtitle, cited), (Bars(rows),))
    best: dict[str, Decimal] = {}
    for row in (row for e in elections for row in e.results):
        best[row.party] = max(best.get(row.party, Decimal(0)), row.percent)
    bars = tuple(
        BarRow(
            _names(ctx, party_id, elections),
            ctx.colour(party_id),
            tuple(_party_cell(ctx, metric, e, party_id) for e in elections),
            alt=_names(ctx, party_id, elections, abbr=True),
        )
        for party_id in sorted(best, key=lambda p: -best[p])
    )
    cells = [cell for row in bars for cell in row.cells]
    notes = [subtitle]
    if any(cell.text == ctx.t("chart_did_not_run") for cell in cells):
        notes.append(ctx.t("chart_did_not_run_note"))
    if metric == "seats" and any(r.seats is None for e in elections for r in e.results):
        notes.append(ctx.t("chart_seats_unsettled_note"))
    subtitle = " ".join(notes)
    cited = {e.year: e.ranked[0].sources[0] for e in elections}
    series = tuple(str(y) for y in years)
    return Chart(ctx.frame(title, subtitle, cited), (Bars(bars, series),))


# --- regional turnout -------------------------------------------------------------------------


def turnout_regions(ctx: Ctx, spec: ChartSpec) -> Chart:
    """Each region once, highest first, and the national figure of the same reading."""
    election = ctx.fb.election(_year(spec))
    regional = election.regional_turnout
    if regional is None:
        raise ChartError(f"the fact base has no regional turnout for {election.year}")
    reading = regional.reading()
    values = sorted(regional.by_region(reading.id).items(), key=lambda item: -item[1])
    rows = tuple(
        BarRow(ctx.fb.region_name(region, election.year, ctx.lang, short=True), PLAIN, (cell,))
        for region, v in values
        for cell in [Cell(float(v), ctx.pct(v))]
    )
    national, key = reading.national, "chart_national_line"
    if national is None:  # no national figure at that reading: the final one, labelled so
        national, key = election.participation.turnout.value, "chart_national_line_final"
    line = RefLine(float(national), ctx.t(key, value=ctx.pct(national)))
    status = "preliminary" if regional.status == "preliminary" else "final"
    subtitle = ctx.t(f"chart_turnout_regions_{status}", time=reading.time)
    title = ctx.t("chart_turnout_regions_title", year=election.year)
    frame = ctx.frame(title, subtitle, {election.year: reading.sources[0]})
    return Chart(frame, (Bars(rows, lines=(line,)),))


# --- what-if ----------------------------------------------------------------------------------


def whatif(ctx: Ctx, spec: ChartSpec) -> Chart:
    """The hemicycle the what-if allocation gives, each party's change in its legend entry."""
    from sailau.seats.allocation import SeatError
    from sailau.seats.scenario import from_election, parse_percent
    from sailau.seats.thresholds import Base

    election = ctx.fb.election(_year(spec))
    method, threshold, base = (spec.param(p) or "" for p in ("method", "threshold", "base"))
    list_seats = int(spec.param("seats") or election.system.list_seats)
    share = parse_percent(threshold)
    scenario = from_election(
        election, method=method, share=share, base=Base(base), seats=list_seats
    )
    try:
        allocation = scenario.allocate()
    except SeatError as exc:  # e.g. no party passes: nothing to draw, and the reason is a fact
        raise ChartError(str(exc)) from exc
    ties = [
        SeatGroup(
            ctx.t(
                "chart_whatif_ties",
                seats=ctx.num(tie.seats),
                parties=", ".join(ctx.party(p, election.year) for p in tie.parties),
            ),
            tie.seats,
            NEUTRAL,
            "ring",
        )
        for tie in allocation.ties
    ]
    edge = "inclusive" if election.system.threshold.inclusive else "strict"
    rule = ctx.t(
        "seats_threshold",
        share=ctx.t(f"seats_share_{edge}", percent=ctx.pct(Decimal(threshold))),
        base=ctx.t(f"seats_base_{base}"),
    )
    notes = [ctx.t("chart_whatif_subtitle", method=ctx.t(f"seats_method_{method}"), rule=rule)]
    if list_seats != election.system.list_seats:
        notes.append(
            ctx.t(
                "chart_whatif_seats", list_seats, n=list_seats, official=election.system.list_seats
            )
        )
    else:
        notes.append(ctx.t("chart_whatif_changes"))
    if election.system.district_seats:
        notes.append(ctx.t("chart_split_note"))
    system = election.system
    changed = {
        "threshold": Decimal(threshold) != system.threshold.percent,
        "other": (method, base, list_seats)
        != (system.quota.method, system.threshold.base, system.list_seats),
    }
    if changed["threshold"] and not changed["other"]:
        percent = ctx.pct(Decimal(threshold))
        title = ctx.t("chart_whatif_title_threshold", threshold=percent, year=election.year)
    else:
        title = ctx.t("chart_whatif_title", year=election.year)
    frame = ctx.frame(title, " ".join(notes), _results_source(election), computed=True)
    panel = chamber(ctx, election, allocation.seats, ties, list_seats)
    return Chart(frame, (panel,))


Builder = Callable[[Ctx, ChartSpec], Chart]

BUILDERS: dict[str, Builder] = {
    "parliament": parliament,
    "shares": shares,
    "seats_votes": seats_votes,
    "compare": compare,
    "turnout_regions": turnout_regions,
    "whatif": whatif,
}
