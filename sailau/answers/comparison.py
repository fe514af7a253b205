"""Across elections: the elections asked compared with each other, and parties' renamings."""

from __future__ import annotations

import itertools

from sailau.answers.env import Dated, Env, Line, cited
from sailau.answers.party import renaming_text, renamings
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election
from sailau.reply import Reply


def compared(env: Env, q: Query) -> list[Election]:
    """The elections asked about, oldest first: the two named; one named and the one it is
    compared with by default; every election when none is named."""
    if "year" not in q.slots and "other_year" not in q.slots:
        return list(env.fb.elections.values())
    first = env.year(q)
    other = env.year(q, "other_year") if "other_year" in q.slots else env.other_year(first)
    years = {first, other if other != first else env.other_year(first)}
    return sorted((env.fb.election(y) for y in years), key=lambda e: e.date)


def _row(env: Env, q: Query, elections: list[Election], party_id: str) -> Line:
    """`«Бирлик» / «Adal»: 2016 — 0,29 %, 0 мест; 2021 — 3,57 %, 0 мест`: the party under
    each name it ran with, a cell per election."""
    names = dict.fromkeys(
        env.party(q, party_id, e.year) for e in elections if e.has_party(party_id)
    )
    cells: list[str] = []
    facts: list[Dated] = []
    for e in elections:
        if not e.has_party(party_id):
            cells.append(env.t(q, "compare_cell_absent", year=e.year))
            continue
        row = e.party(party_id)
        seats = env.seats_text(q, e, row, short=True, listed=True)
        cells.append(
            env.t(q, "compare_cell", year=e.year, percent=env.pct(q, row.percent), seats=seats)
        )
        facts.append(Dated(row, e.date))
    return cited(
        env.t(q, "compare_row", party=" / ".join(names), cells="; ".join(cells)),
        *facts,
        *renamings(env, party_id, elections),
    )


@handles("compare")
def compare(env: Env, q: Query) -> Reply:
    elections = compared(env, q)
    latest_first = sorted(elections, key=lambda e: e.date, reverse=True)
    parties = dict.fromkeys(r.party for e in latest_first for r in e.ranked)
    turnouts = "; ".join(
        env.t(
            q,
            "compare_turnout_cell",
            year=e.year,
            turnout=env.pct(q, e.participation.turnout.value),
        )
        for e in elections
    )
    chamber = "; ".join(
        env.t(
            q,
            "compare_chamber_cell",
            year=e.year,
            seats=env.t(q, "seats_n", e.system.total_seats, n=e.system.total_seats),
            threshold=env.threshold_text(q, e),
        )
        for e in elections
    )
    # the comparison chart of every election takes no years; of two, those two
    every = len(elections) == len(env.fb.elections)
    asked = {} if every else {"year": elections[0].year, "other_year": elections[-1].year}
    years = env.join(q, [str(e.year) for e in elections])
    return env.reply(
        q,
        env.t(q, "compare", len(elections), years=years, cells=turnouts),
        sources=[Dated(e.participation.turnout, e.date) for e in elections],
        details=[
            *(_row(env, q, elections, p) for p in parties),
            cited(env.t(q, "compare_chamber", cells=chamber), *(e.system for e in elections)),
        ],
        figures={f"turnout_{e.year}": e.participation.turnout.value for e in elections},
        suggestions=[
            env.suggest(q, "chart", "followup_chart_compare", chart="compare", **asked),
            *(env.suggest(q, "results", "ask_results_year", year=e.year) for e in elections),
        ],
    )


@handles("renaming")
def renaming(env: Env, q: Query) -> Reply:
    wanted = q.slots.get("party")
    ids = [wanted] if wanted else [p for p, party in env.fb.parties.items() if len(party.names) > 1]
    rows = []
    for party_id in ids:
        names = env.fb.party(party_id).names
        for old, new in itertools.pairwise(names):
            rows.append(cited(renaming_text(env, q, old, new), new))
    if not rows:
        name = env.party_phrase(q, wanted) if wanted else ""
        return env.not_held(q, env.t(q, "renaming_none", party=name))
    return env.reply(
        q,
        rows[0],
        details=rows[1:],
        figures={"renamings": len(rows)},
        # renamings do not change with the election: no "the same for another year"
        suggestions=env.followups(
            q, None, env.suggest(q, "parties", "ask_parties", year=env.year(q)), other=0
        ),
    )
