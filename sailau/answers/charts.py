"""The `chart` intent: a picture of the election, with its figures as text for slow connections.

Slot `chart` names the kind (parliament, shares, seats_votes, compare, turnout_regions, whatif);
without it a method or threshold asks for the what-if chart, a metric for the comparison, and
anything else for the hemicycle.
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


def _default_kind(q: Query) -> str:
    """The kind a question implies when it names none: rules ask for a what-if, a metric for the
    comparison, anything else for the hemicycle."""
    if "method" in q.slots or "threshold" in q.slots:
        return "whatif"
    return "compare" if "metric" in q.slots else "parliament"


def requested(q: Query) -> ChartSpec:
    """The chart the question asks for, parameters as given (not yet checked)."""
    kind = q.slots.get("chart") or _default_kind(q)
    return ChartSpec(kind, freeze_slots({k: q.slots.get(k) for k in PARAMS}))


def _offer(env: Env, q: Query, kind: str, year: str | None) -> Suggestion:
    """Another chart of the same election (the comparison spans them all)."""
    slots = {"chart": kind} if kind == "compare" or year is None else {"chart": kind, "year": year}
    return env.suggest(q, "chart", f"followup_chart_{kind}", **slots)


@handles("chart")
def chart(env: Env, q: Query) -> Reply:
    try:
        spec = charts.canonical(requested(q))
    except charts.ChartError:  # e.g. regional turnout of a year without it: that kind's default
        kind = q.slots.get("chart", "")
        spec = charts.canonical(ChartSpec(kind if kind in charts.KINDS else "parliament"))
    try:
        view = charts.build(spec, q.lang)
    except charts.ChartError:  # a what-if that cannot be allocated: the what-if answer says why
        return REGISTRY["whatif"](env, q)
    summary = charts.caption(spec, q.lang).splitlines()
    body = [line for line in summary[1:] if line != view.frame.footer]
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
