"""The institutions: Majilis, Senate, Assembly of People of Kazakhstan, CEC."""

from __future__ import annotations

from sailau.answers.env import Env, Line, cited
from sailau.answers.registry import Query, handles
from sailau.facts.models import InstitutionPeriod
from sailau.reply import Reply


def period_line(env: Env, q: Query, period: InstitutionPeriod) -> Line:
    """`In 2007–2022 the Mäjilis had 107 deputies: ...`; the years only when the period
    states them (the make-up is written to read after them)."""
    start, end = period.from_year, period.to_year
    text = period.composition(q.lang)
    if start and end:
        text = env.t(q, "institution_period_span", start=start, end=end, text=text)
    elif start or end:
        since = "institution_period_since" if start else "institution_period_until"
        text = env.t(q, since, year=start or end, text=text)
    return cited(text, period)


@handles("institution")
def institution(env: Env, q: Query) -> Reply:
    wanted = q.slots.get("institution")
    if wanted is None:
        options = {i: inst.name(q.lang) for i, inst in env.fb.institutions.items()}
        return env.choose(q, env.t(q, "which_institution"), "institution", options)
    inst = env.fb.institution(wanted)
    asked = inst.period(int(q.slots["year"])) if "year" in q.slots else None
    periods = sorted(inst.periods, key=lambda p: p is not asked)  # the year asked leads
    return env.reply(
        q,
        env.t(q, "institution", name=inst.name(q.lang), description=inst.description(q.lang)),
        details=[period_line(env, q, p) for p in periods],
        sources=[inst],
        figures={str(p.from_year or p.to_year or i): p.seats for i, p in enumerate(inst.periods)},
        suggestions=[
            env.suggest(q, "chamber_size", "ask_chamber_size"),
            env.suggest(q, "electoral_system", "ask_electoral_system"),
        ],
    )
