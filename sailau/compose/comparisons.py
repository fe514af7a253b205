"""Comparisons and changes, computed from the facts: one figure across elections ("turnout 2016 vs
2021", "how many seats did Nur Otan lose since 2016", "which year had the higher turnout"), or
across parties ("the gap between Nur Otan and Ak Zhol"), or a party's shortfall to the threshold.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from sailau.answers.env import Env
from sailau.answers.registry import Query
from sailau.compose.values import GETTERS, Subject, Value, value
from sailau.compose.verdicts import what
from sailau.facts.models import Sourced
from sailau.reply import Reply
from sailau.understanding.decide import Decision
from sailau.understanding.frame import Frame

PARTY_FIGURES = ("seats", "share")
"""What "how did Nur Otan do compared with 2016" compares when no figure is named."""
SHORTFALL_MEASURES = frozenset({"votes_needed", "threshold", "passed"})


def comparison(env: Env, q: Query, decision: Decision) -> Reply | None:
    """The comparison the question asks, or None when the facts hold no figure to compare."""
    frame = decision.frame
    part = decision.parts[0]
    party, region = part.slot("party"), part.slot("region")
    if frame.measure in SHORTFALL_MEASURES and party is not None:
        short = shortfall(env, q, party)
        if short is not None:
            return short
    measures = [m for m in frame.measures if m in GETTERS]
    if not measures and party is not None:
        measures = list(PARTY_FIGURES)
    if not measures:
        return None
    named = {*frame.years, *([frame.base_year] if frame.base_year else [])}
    subjects = [Subject(p) for p in frame.parties] or [Subject(None, r) for r in frame.of("region")]
    if len(subjects) > 1 and len(named) <= 1:
        return _across(env, q, frame, measures[0], subjects)
    years = _years(env, q, frame)
    if len(years) < 2:
        return None
    subject = Subject(party, region)
    lines: list[str] = []
    details: list[str] = []
    sources: list[Sourced] = []
    for measure in measures:
        found = [(y, value(env, measure, y, subject, frame.narrowed)) for y in years]
        known = [(y, v) for y, v in found if v is not None]
        if len(known) < 2:
            continue
        lines.append(_line(env, q, measure, party, region, known))
        details += _changes(env, q, frame, known)
        sources += [s for _, v in known for s in v.sources if isinstance(s, Sourced)]
    if not lines:
        return None
    return env.reply(q, " ".join(lines), details=details, sources=sources)


def _years(env: Env, q: Query, frame: Frame) -> list[int]:
    """The elections compared, oldest first: those named (with the base, and the election asked
    about when only the base is named: "since 2016"), every election for "which year", or the
    one asked and the one before it."""
    known = set(env.fb.years)
    named = sorted({y for y in (*frame.years, frame.base_year) if y in known})
    if "year" in frame.kinds and len(named) < 2:
        return list(env.fb.years)
    asked = env.year(q)
    if frame.base_year is not None and not [y for y in frame.years if y in known]:
        return sorted({frame.base_year, asked}) if frame.base_year != asked else named
    if len(named) >= 2:
        return named
    year = named[0] if named else asked
    before = [y for y in env.fb.years if y < year]
    return [max(before), year] if before else [year]


def _line(
    env: Env,
    q: Query,
    measure: str,
    party: str | None,
    region: str | None,
    known: Sequence[tuple[int, Value]],
) -> str:
    label = what(env, q, measure, party, region, known[-1][0])
    if len(known) == 2:
        (ya, a), (yb, b) = known
        return env.t(
            q, "compare_years", what=label, year_a=ya, a=a.text(env, q), year_b=yb, b=b.text(env, q)
        )
    items = env.join(
        q, (env.t(q, "compare_item", name=str(y), value=v.text(env, q)) for y, v in known)
    )
    return env.t(q, "compare_subjects", what=label, year=", ".join(str(y) for y, _ in known),
                 items=items)  # fmt: skip


def _changes(env: Env, q: Query, frame: Frame, known: Sequence[tuple[int, Value]]) -> list[str]:
    """The change between consecutive elections, and the highest or lowest when asked."""
    out = [
        env.t(q, "compare_change", year_a=ya, year_b=yb, change=b.change(env, q, a))
        for (ya, a), (yb, b) in itertools.pairwise(known)
    ]
    if len(known) > 2 or frame.extreme in ("highest", "lowest") or "year" in frame.kinds:
        pick = min if frame.extreme == "lowest" else max
        year, top = pick(known, key=lambda yv: yv[1].amount)
        key = "compare_lowest" if frame.extreme == "lowest" else "compare_highest"
        out.insert(0, env.t(q, key, year=year, value=top.text(env, q)))
    return out


def _across(
    env: Env, q: Query, frame: Frame, measure: str, subjects: Sequence[Subject]
) -> Reply | None:
    """One figure of several parties, or of several regions, in one election, and the gap
    between the first two."""
    year = env.year(q)
    found = [(s, value(env, measure, year, s, frame.narrowed)) for s in subjects]
    known = [(s, v) for s, v in found if v is not None]
    if len(known) < 2:
        return None
    items = env.join(
        q,
        (
            env.t(q, "compare_item", name=_name(env, q, s, year), value=v.text(env, q))
            for s, v in known
        ),
    )
    label = what(env, q, measure, None, None, year)
    (_, a), (_, b) = known[0], known[1]
    return env.reply(
        q,
        env.t(q, "compare_subjects", what=label, year=year, items=items),
        details=[env.t(q, "compare_gap", gap=a.gap(env, q, b))],
        sources=[s for _, v in known for s in v.sources if isinstance(s, Sourced)],
    )


def _name(env: Env, q: Query, subject: Subject, year: int) -> str:
    if subject.party is not None:
        return env.party(q, subject.party, year)
    return env.region(q, subject.region or "")


RANKED = ("votes", "share", "seats")
"""The party figures "which party got the fewest votes" ranks the parties by."""


def lowest_party(env: Env, q: Query, decision: Decision) -> Reply | None:
    """ "Which party got the fewest votes / did worst": the last party by the figure asked (by
    share when none is), or None when several share the last place (the results list them)."""
    frame = decision.frame
    if frame.extreme != "lowest" or frame.parties or frame.of("region"):
        return None
    measure = next((m for m in frame.measures if m in RANKED), "share")
    election = env.election(q)
    found = [(r.party, value(env, measure, election.year, Subject(r.party), frame.narrowed))
             for r in election.results]  # fmt: skip
    known = [(p, v) for p, v in found if v is not None]
    if not known:
        return None
    least = min(v.amount for _, v in known)
    last = [(p, v) for p, v in known if v.amount == least]
    if len(last) != 1:
        return None
    party, figure = last[0]
    name = env.party_phrase(q, party, election.year)
    text = env.t(q, f"ranked_lowest_{measure}", year=election.year, party=name,
                 value=figure.text(env, q))  # fmt: skip
    return env.reply(q, text, sources=[s for s in figure.sources if isinstance(s, Sourced)])


def shortfall(env: Env, q: Query, party: str) -> Reply | None:
    """ "How many points did Auyl lack to pass?": the threshold minus its share."""
    election = env.election(q)
    if not election.has_party(party):
        return None
    row = election.party(party)
    threshold = election.system.threshold.percent
    if election.passed(row):
        return None
    gap = Decimal(threshold) - row.percent
    return env.reply(
        q,
        env.t(
            q,
            "compare_shortfall",
            party=env.party_phrase(q, party, election.year),
            year=election.year,
            share=env.pct(q, row.percent),
            threshold=env.pct(q, threshold),
            gap=env.catalog.t("points", q.lang, value=env.catalog.fmt_decimal(gap, q.lang)),
        ),
        sources=[row, election.system.threshold],
    )
