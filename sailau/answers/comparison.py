"""Across elections: one election compared with another, and parties' renamings."""

from __future__ import annotations

import itertools

from sailau.answers.env import Env
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election
from sailau.reply import Reply


def _years(env: Env, q: Query) -> tuple[int, int]:
    """The election asked about and the one to compare it with (never the same)."""
    first = env.year(q)
    other = env.year(q, "other_year") if "other_year" in q.slots else env.other_year(first)
    return first, other if other != first else env.other_year(first)


def _party_cell(env: Env, q: Query, election: Election, party_id: str) -> str:
    if not election.has_party(party_id):
        return env.t(q, "did_not_run")
    row = election.party(party_id)
    return env.t(
        q, "compare_cell", percent=env.pct(q, row.percent), seats=env.seats_text(q, election, row)
    )


@handles("compare")
def compare(env: Env, q: Query) -> Reply:
    first, second = (env.fb.election(y) for y in _years(env, q))
    pa, pb = first.participation, second.participation
    parties = dict.fromkeys(r.party for e in (first, second) for r in e.ranked)
    rows = [
        env.t(
            q,
            "compare_row",
            party=env.party(q, p, first.year if first.has_party(p) else second.year),
            a=_party_cell(env, q, first, p),
            b=_party_cell(env, q, second, p),
            year_a=first.year,
            year_b=second.year,
        )
        for p in parties
    ]
    return env.reply(
        q,
        env.t(
            q,
            "compare",
            year_a=first.year,
            year_b=second.year,
            turnout_a=env.pct(q, pa.turnout.value),
            turnout_b=env.pct(q, pb.turnout.value),
        ),
        details=[
            *rows,
            env.t(
                q,
                "compare_chamber",
                year_a=first.year,
                year_b=second.year,
                seats_a=first.system.total_seats,
                seats_b=second.system.total_seats,
                threshold_a=env.threshold_text(q, first),
                threshold_b=env.threshold_text(q, second),
            ),
        ],
        sources=[pa.turnout, pb.turnout, *first.results, *second.results],
        figures={
            f"turnout_{first.year}": pa.turnout.value,
            f"turnout_{second.year}": pb.turnout.value,
        },
        suggestions=[
            env.suggest(
                q,
                "chart",
                "followup_chart_compare",
                chart="compare",
                year=first.year,
                other_year=second.year,
            ),
            env.suggest(q, "results", "ask_results", year=second.year),
        ],
    )


@handles("renaming")
def renaming(env: Env, q: Query) -> Reply:
    wanted = q.slots.get("party")
    ids = [wanted] if wanted else [p for p, party in env.fb.parties.items() if len(party.names) > 1]
    rows, used = [], []
    for party_id in ids:
        names = env.fb.party(party_id).names
        for old, new in itertools.pairwise(names):
            date = env.date(q, new.since) if new.since else ""
            rows.append(
                env.t(q, "renaming_row", old=old.name(q.lang), new=new.name(q.lang), date=date)
            )
            used.append(new)
    if not rows:
        name = env.party(q, wanted) if wanted else ""
        return env.not_held(q, env.t(q, "renaming_none", party=name))
    return env.reply(
        q,
        rows[0],
        details=rows[1:],
        sources=used,
        figures={"renamings": len(rows)},
        # renamings do not change with the election: no "the same for another year"
        suggestions=env.followups(
            q, None, env.suggest(q, "parties", "ask_parties", year=env.year(q)), other=0
        ),
    )
