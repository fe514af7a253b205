"""Votes held alongside the Mäjilis elections: the 2022 constitutional referendum that set the
2023 rules, and the maslikhat (local council) elections held on the same day as 2021's."""

from __future__ import annotations

from sailau.answers.env import Env, Line, cited
from sailau.answers.registry import Query, handles
from sailau.facts.models import Council, Election, Referendum
from sailau.reply import Reply


def _referendum(env: Env) -> tuple[Election, Referendum] | None:
    """The latest referendum the fact base holds, with the election whose rules it set."""
    held = [(e, e.referendum) for e in env.fb.elections.values() if e.referendum is not None]
    return held[-1] if held else None


@handles("referendum")
def referendum(env: Env, q: Query) -> Reply:
    found = _referendum(env)
    if found is None:
        return env.not_held(q, env.t(q, "referendum_missing"))
    election, vote = found
    turnout = env.pct(q, vote.turnout)
    if vote.turnout_approximate:
        turnout = env.t(q, "approximately", value=turnout)
    year = election.year
    return env.reply(
        q,
        env.t(
            q,
            "referendum",
            date=env.date(q, vote.date),
            yes=env.pct(q, vote.yes_percent),
            turnout=turnout,
        ),
        details=[
            env.t(q, "referendum_changes", year=year),
            *(cited(change.text(q.lang), change) for change in vote.changes),
            cited(env.note(q, vote), vote),
        ],
        sources=[vote],
        figures={"yes_percent": vote.yes_percent, "turnout": vote.turnout},
        suggestions=[
            env.suggest(q, "electoral_system", "ask_electoral_system_year", year=year),
            env.suggest(q, "chamber_size", "ask_chamber_size_year", year=year),
            env.suggest(q, "institution", "ask_senate", institution="senate"),
        ],
    )


def council_line(env: Env, q: Query, election: Election, council: Council) -> Line:
    """`Almaty city maslikhat: Nur Otan 68.11% (29 seats), ...; turnout 30.25%.`"""
    items = []
    for row in council.rows:
        party = env.party(q, row.party, election.year)
        seats = env.t(q, "seats_n", row.seats, n=row.seats) if row.seats is not None else ""
        percent = env.pct(q, row.percent) if row.percent is not None else ""
        key = "council_item" + ("_share" if percent else "") + ("_seats" if seats else "")
        items.append(env.t(q, key, party=party, percent=percent, seats=seats))
    name = council.name(q.lang)
    if council.seats is not None:
        seats = env.t(q, "seats_n", council.seats, n=council.seats)
        name = env.t(q, "council_size", council=name, seats=seats)
    rows = env.join(q, items)
    if council.turnout is None:
        text = env.t(q, "council_line", council=name, rows=rows)
    else:
        turnout = env.pct(q, council.turnout)
        text = env.t(q, "council_line_turnout", council=name, rows=rows, turnout=turnout)
    return cited(text, council, on=election.date)


@handles("maslikhats")
def maslikhats(env: Env, q: Query) -> Reply:
    election = env.election(q)
    m = election.maslikhats
    held = [e.year for e in env.fb.elections.values() if e.maslikhats is not None]
    if m is None:
        return env.not_held(
            q,
            env.t(q, "maslikhats_missing", year=election.year),
            *(env.same_for_year(q, y) for y in held),
        )
    region = q.slots.get("region")
    councils = [c for c in m.councils if region is None or c.region == region]
    if region is not None and not councils:
        return env.not_held(
            q,
            env.t(
                q,
                "maslikhat_region_missing",
                region=env.region(q, region, election.year),
                year=election.year,
            ),
            env.suggest(q, "maslikhats", "ask_maslikhats", year=election.year),
        )
    registered, submitted = m.lists_registered, m.lists_submitted
    if registered is not None and submitted is not None:
        headline = env.t(
            q,
            "maslikhats",
            registered.value,
            year=election.year,
            registered=env.num(q, registered.value),
            submitted=env.num(q, submitted.value),
        )
    else:
        headline = env.t(q, "maslikhats_held", year=election.year)
    return env.reply(
        q,
        headline,
        details=[
            env.t(q, "maslikhats_not_majilis"),  # first: the figures below are not the Mäjilis'
            *(council_line(env, q, election, c) for c in councils),
            *(cited(claim.text(q.lang), claim) for claim in m.claims if region is None),
        ],
        sources=[registered] if registered is not None else [],
        figures={"lists_registered": registered.value if registered else None},
        suggestions=[
            env.suggest(q, "results", "ask_results", year=election.year),
            env.suggest(q, "turnout_region", "ask_turnout_region", year=election.year),
        ],
    )
