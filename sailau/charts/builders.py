"""From the fact base and the seat module to chart views, in the asker's language.

One builder per chart kind; each takes a normalised `ChartSpec` and returns a `Chart`. Every
figure comes from the fact base or is computed here from its figures (seat shares, the
two-thirds mark); every word comes from `facts/locales/charts.yaml`.
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
    Bar,
    Bars,
    Chamber,
    Chart,
    Frame,
    Mark,
    RefLine,
    SeatGroup,
)
from sailau.factbase import FactBase
from sailau.facts.models import Election, PartyResult, Sourced
from sailau.i18n import Catalog
from sailau.render import source_line
from sailau.reply import ChartSpec, Lang, Reply, ReplyKind

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

    def colour(self, party_id: str) -> str:
        return self.fb.party(party_id).colour

    def frame(self, title: str, subtitle: str, sourced: Iterable[Sourced]) -> Frame:
        """Title, subtitle and a footer naming the primary source of the items drawn (as every
        reply's source line does: one mention per publisher)."""
        ids = tuple(dict.fromkeys(item.sources[0] for item in sourced))
        shell = Reply(self.lang, ReplyKind.ANSWER, "", sources=self.fb.reply_sources(ids))
        return Frame(title, subtitle, source_line(shell, self.catalog), ids)


def percent_of(part: int, whole: int) -> Decimal:
    """`part` as a percentage of `whole`, to two decimals, rounded half up (a computed figure)."""
    exact = Fraction(part * 100, whole or 1)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        HUNDREDTH, rounding=ROUND_HALF_UP
    )


def two_thirds(total: int) -> int:
    """The smallest seat count that is at least two-thirds of the chamber."""
    return math.ceil(Fraction(2 * total, 3))


def _year(spec: ChartSpec) -> int:
    return int(spec.param("year") or 0)


# --- parliament -------------------------------------------------------------------------------


def _party_seats(ctx: Ctx, election: Election, row: PartyResult, listed: int) -> list[SeatGroup]:
    """A party's `listed` list seats, then its district seats as rings; one legend entry."""
    name = ctx.party(row.party, election.year)
    colour = ctx.colour(row.party)
    district = row.district_seats or 0
    if not district:
        label = ctx.t("chart_legend_seats", name=name, seats=ctx.num(listed))
        return [SeatGroup(label, listed, colour)]
    label = ctx.t(
        "chart_legend_split",
        name=name,
        seats=ctx.num(listed + district),
        list=ctx.num(listed),
        district=ctx.num(district),
    )
    return [SeatGroup(label, listed, colour), SeatGroup("", district, colour, "ring")]


def chamber(
    ctx: Ctx,
    election: Election,
    seats: Mapping[str, int] | None = None,
    unsettled: Sequence[SeatGroup] = (),
) -> Chamber:
    """The hemicycle of an election: official list seats, or `seats` (party -> list seats)
    with `unsettled` seats (an exact tie) after the parties'."""
    system = election.system
    listed = seats if seats is not None else {r.party: r.list_seats for r in election.results}
    groups: list[SeatGroup] = []
    for row in election.ranked:
        if listed.get(row.party, 0) or row.district_seats:
            groups += _party_seats(ctx, election, row, listed.get(row.party, 0))
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
    total = system.total_seats
    marks = (
        Mark(system.majority.value, ctx.t("chart_majority_mark", n=system.majority.value)),
        Mark(two_thirds(total), ctx.t("chart_two_thirds_mark", n=two_thirds(total))),
    )
    centre_label = ctx.t("chart_seats_centre", total)
    return Chamber(tuple(groups), marks, ctx.num(total), centre_label)


def _seat_key(ctx: Ctx, election: Election) -> list[str]:
    """How list and district seats are told apart, when the chamber has both."""
    return [ctx.t("chart_split_note")] if election.system.district_seats else []


def _make_up(ctx: Ctx, election: Election) -> str:
    """ "98 elected on party lists, 9 chosen by the APK": how the chamber is filled."""
    system = election.system
    parts = []
    if system.list_seats:
        parts.append(ctx.t("chart_seats_list", system.list_seats, n=system.list_seats))
    if system.district_seats:
        n = system.district_seats
        parts.append(ctx.t("chart_seats_district", n, n=n))
    if system.appointed_seats:
        n = system.appointed_seats
        parts.append(ctx.t("chart_seats_appointed", n, n=n))
    return " ".join(["; ".join(parts) + ".", *_seat_key(ctx, election)])


def parliament(ctx: Ctx, spec: ChartSpec) -> Chart:
    election = ctx.fb.election(_year(spec))
    sourced: list[Sourced] = [*election.ranked, election.system]
    if election.apk_vote:
        sourced.append(election.apk_vote)
    title = ctx.t("chart_parliament_title", year=election.year)
    return Chart(ctx.frame(title, _make_up(ctx, election), sourced), (chamber(ctx, election),))


# --- vote shares ------------------------------------------------------------------------------


def shares(ctx: Ctx, spec: ChartSpec) -> Chart:
    election = ctx.fb.election(_year(spec))
    bars = [
        Bar(
            ctx.party(row.party, election.year),
            float(row.percent),
            ctx.pct(row.percent),
            ctx.colour(row.party),
            muted=not election.passed(row),
        )
        for row in election.ranked
    ]
    sourced: list[Sourced] = [*election.ranked, election.system.threshold]
    against = election.participation.against_all
    if against:
        label = ctx.t("chart_against_all")
        bars.append(Bar(label, float(against.percent), ctx.pct(against.percent), NEUTRAL, True))
        sourced.append(against)
    threshold = ctx.pct(election.system.threshold.percent)
    line = RefLine(
        float(election.system.threshold.percent),
        ctx.t("chart_threshold_line", threshold=threshold),
    )
    title = ctx.t("chart_shares_title", year=election.year)
    subtitle = ctx.t("chart_shares_subtitle", threshold=threshold)
    return Chart(ctx.frame(title, subtitle, sourced), (Bars(tuple(bars), (line,)),))


# --- seats vs votes ---------------------------------------------------------------------------


def seats_votes(ctx: Ctx, spec: ChartSpec) -> Chart:
    from sailau.seats.indices import gallagher

    election = ctx.fb.election(_year(spec))
    list_seats = election.system.list_seats
    votes = {row.party: row.votes for row in election.ranked}
    seats = {row.party: row.list_seats for row in election.ranked}
    bars: list[Bar] = []
    for row in election.ranked:
        name = ctx.party(row.party, election.year)
        share = percent_of(row.list_seats, list_seats)
        bars += [
            Bar(
                ctx.t("chart_bar_votes"),
                float(row.percent),
                ctx.pct(row.percent),
                NEUTRAL,
                group=name,
            ),
            Bar(
                ctx.t("chart_bar_seats"),
                float(share),
                ctx.pct(share),
                ctx.colour(row.party),
                group=name,
            ),
        ]
    index = Decimal(repr(gallagher(votes, seats))).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    title = ctx.t("chart_seats_votes_title", year=election.year)
    subtitle = ctx.t(
        "chart_seats_votes_subtitle",
        seats=ctx.num(list_seats),
        gallagher=ctx.catalog.fmt_decimal(index, ctx.lang),
    )
    return Chart(ctx.frame(title, subtitle, election.ranked), (Bars(tuple(bars)),))


# --- comparison across elections --------------------------------------------------------------


def _names(ctx: Ctx, party_id: str, elections: Iterable[Election]) -> str:
    """Every name the party ran under, oldest first: `Nur Otan / Amanat`."""
    names = [ctx.party(party_id, e.year) for e in elections if e.has_party(party_id)]
    return " / ".join(dict.fromkeys(names))


def _party_figure(ctx: Ctx, metric: str, row: PartyResult) -> tuple[float, str]:
    """A party's share, votes or total seats in one election, and how to print it (seats the
    sources disagree on: the list seats + ?)."""
    if metric == "share":
        return float(row.percent), ctx.pct(row.percent)
    if metric == "votes":
        return float(row.votes), ctx.num(row.votes)
    if row.seats is not None:
        return float(row.seats), ctx.num(row.seats)
    return float(row.list_seats), ctx.t("chart_seats_unsettled", seats=ctx.num(row.list_seats))


def compare(ctx: Ctx, spec: ChartSpec) -> Chart:
    metric = spec.param("metric") or "share"
    elections = list(ctx.fb.elections.values())
    first, last = elections[0].year, elections[-1].year
    title = ctx.t(f"chart_compare_{metric}_title", first=first, last=last)
    subtitle = ctx.t(f"chart_compare_{metric}_subtitle")
    if metric == "turnout":
        turnouts = [e.participation.turnout for e in elections]
        years = tuple(
            Bar(str(e.year), float(t.value), ctx.pct(t.value), PLAIN)
            for e, t in zip(elections, turnouts, strict=True)
        )
        return Chart(ctx.frame(title, subtitle, turnouts), (Bars(years),))
    rows = [row for e in elections for row in e.results]
    best: dict[str, Decimal] = {}
    for row in rows:
        best[row.party] = max(best.get(row.party, Decimal(0)), row.percent)
    absent = ctx.t("chart_did_not_run")
    bars: list[Bar] = []
    for party_id in sorted(best, key=lambda p: -best[p]):
        group, colour = _names(ctx, party_id, elections), ctx.colour(party_id)
        for e in elections:
            ran = e.has_party(party_id)
            value, text = _party_figure(ctx, metric, e.party(party_id)) if ran else (0.0, absent)
            bars.append(Bar(str(e.year), value, text, colour, muted=not ran, group=group))
    return Chart(ctx.frame(title, subtitle, rows), (Bars(tuple(bars)),))


# --- regional turnout -------------------------------------------------------------------------


def turnout_regions(ctx: Ctx, spec: ChartSpec) -> Chart:
    election = ctx.fb.election(_year(spec))
    regional = election.regional_turnout
    if regional is None:
        raise LookupError(f"no regional turnout for {election.year}")
    reading = regional.reading()
    values = regional.by_region(reading.id)
    bars = tuple(
        Bar(ctx.fb.region_name(region, election.year, ctx.lang), float(v), ctx.pct(v), PLAIN)
        for region, v in sorted(values.items(), key=lambda item: -item[1])
    )
    final = election.participation.turnout
    national = reading.national if reading.national is not None else final.value
    line = RefLine(float(national), ctx.t("chart_national_line", value=ctx.pct(national)))
    status = "preliminary" if regional.status == "preliminary" else "final"
    subtitle = ctx.t(
        f"chart_turnout_regions_{status}", time=reading.time, final=ctx.pct(final.value)
    )
    title = ctx.t("chart_turnout_regions_title", year=election.year)
    return Chart(ctx.frame(title, subtitle, [reading, final]), (Bars(bars, (line,)),))


# --- what-if ----------------------------------------------------------------------------------


def whatif(ctx: Ctx, spec: ChartSpec) -> Chart:
    from sailau.seats.allocation import SeatError
    from sailau.seats.scenario import from_election, parse_percent
    from sailau.seats.thresholds import Base

    election = ctx.fb.election(_year(spec))
    method, threshold, base = (spec.param(p) or "" for p in ("method", "threshold", "base"))
    share = parse_percent(threshold)
    scenario = from_election(election, method=method, share=share, base=Base(base))
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
    new = allocation.seats
    gains = {row.party: new.get(row.party, 0) - row.list_seats for row in election.ranked}
    changes = tuple(
        Bar(
            ctx.party(party, election.year),
            float(gain),
            ctx.catalog.fmt_signed_int(gain, ctx.lang),
            ctx.colour(party),
        )
        for party, gain in gains.items()
    )
    title = ctx.t("chart_whatif_title", year=election.year)
    edge = "inclusive" if election.system.threshold.inclusive else "strict"
    rule = ctx.t(
        "seats_threshold",
        share=ctx.t(f"seats_share_{edge}", percent=ctx.pct(Decimal(threshold))),
        base=ctx.t(f"seats_base_{base}"),
    )
    rules = ctx.t("seats_rules", method=ctx.t(f"seats_method_{method}"), threshold=rule)
    notes = [ctx.t("seats_hypothetical"), ctx.t("chart_whatif_note"), *_seat_key(ctx, election)]
    subtitle = " ".join([rules, *notes])
    panels = (chamber(ctx, election, allocation.seats, ties), Bars(changes, signed=True))
    return Chart(ctx.frame(title, subtitle, election.ranked), panels)


Builder = Callable[[Ctx, ChartSpec], Chart]

BUILDERS: dict[str, Builder] = {
    "parliament": parliament,
    "shares": shares,
    "seats_votes": seats_votes,
    "compare": compare,
    "turnout_regions": turnout_regions,
    "whatif": whatif,
}
