"""The `chart` intent: a picture of the election, with its figures as text for slow connections.

Slot `chart` names the kind (parliament, shares, seats_votes, compare, turnout_regions, whatif).
Without it the other slots say which picture is meant: rules (method, threshold, seats) ask for
the what-if, two elections for the comparison, a measure of one election for that election's
chart of it (shares, seats, regional turnout), a measure alone for the comparison, and anything
else for the hemicycle. Every parameter given reaches the chart.
"""

from __future__ import annotations

from sailau import charts
from sailau.answers.env import Env
from sailau.answers.registry import REGISTRY, Query, handles
from sailau.charts.spec import PARAMS
from sailau.facts.models import Sourced
from sailau.reply import ChartSpec, Reply, Suggestion, freeze_slots

RELATED: dict[str, tuple[str, ...]] = {
    "parliament": ("shares", "seats_votes"),
    "shares": ("seats_votes", "compare"),
    "seats_votes": ("parliament", "shares"),
    "compare": ("shares", "parliament"),
    "turnout_regions": ("compare", "shares"),
    "whatif": ("parliament", "seats_votes"),
}
"""Charts offered after each kind."""

RULES = ("method", "threshold", "seats")
"""Slots that change how seats are shared out: any of them asks for the what-if."""

ONE_ELECTION: dict[str, str] = {
    "share": "shares",
    "votes": "shares",
    "seats": "parliament",
    "turnout": "turnout_regions",
}
"""The chart of one election that shows a measure."""


def _kind(q: Query) -> str:
    """The kind the question asks for (see the module's docstring)."""
    slots = q.slots
    if slots.get("chart"):
        return slots["chart"]
    if any(slots.get(rule) for rule in RULES):
        return "whatif"
    years = {slots.get("year"), slots.get("other_year")} - {None, ""}
    if len(years) > 1 or slots.get("years"):
        return "compare"
    metric = slots.get("metric")
    if not metric:
        return "parliament"
    return ONE_ELECTION.get(metric, "parliament") if slots.get("year") else "compare"


def requested(q: Query) -> ChartSpec:
    """The chart the question asks for, parameters as given (not yet checked)."""
    return ChartSpec(_kind(q), freeze_slots({k: q.slots.get(k) for k in PARAMS}))


def _offer(env: Env, q: Query, kind: str, year: str | None) -> Suggestion:
    """Another chart of the same election (the comparison spans them all)."""
    slots = {"chart": kind} if kind == "compare" or year is None else {"chart": kind, "year": year}
    return env.suggest(q, "chart", f"followup_chart_{kind}", **slots)


def _drawable(env: Env, q: Query) -> tuple[ChartSpec, list[str]]:
    """The canonical spec of the chart asked for, or of the nearest one the fact base can draw
    (with a line saying so): regional turnout of a year without it becomes turnout by election,
    a bad parameter its kind's default."""
    spec = requested(q)
    try:
        return charts.canonical(spec), []
    except charts.ChartError:
        if spec.kind == "turnout_regions":
            year = spec.param("year") or ""
            note = env.t(q, "chart_no_regional", year=year)
            return charts.canonical(ChartSpec("compare", (("metric", "turnout"),))), [note]
        kind = spec.kind if spec.kind in charts.KINDS else "parliament"
        return charts.canonical(ChartSpec(kind)), []


@handles("chart")
def chart(env: Env, q: Query) -> Reply:
    spec, notes = _drawable(env, q)
    try:
        view = charts.build(spec, q.lang)
    except charts.ChartError:  # a what-if that cannot be allocated: the what-if answer says why
        return REGISTRY["whatif"](env, q)
    summary = charts.caption(spec, q.lang).splitlines()
    body = [*notes, *(line for line in summary[1:] if line != view.frame.footer)]
    year = spec.param("year")
    offers = [_offer(env, q, kind, year) for kind in RELATED[spec.kind]]
    if year is not None:
        offers.append(env.same_for_year(q, env.other_year(int(year))))
    return env.reply(
        q,
        view.frame.title,
        details=body,
        sources=[Sourced(sources=view.frame.sources)] if view.frame.sources else [],
        figures={"chart": spec.kind, **dict(spec.params)},
        suggestions=offers,
        chart=spec,
    )
