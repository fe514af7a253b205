"""National results: the overall result, the winner, who passed the threshold, the exit poll."""

from __future__ import annotations

from sailau.answers.env import Env
from sailau.answers.registry import Query, handles
from sailau.reply import Reply, Suggestion, freeze_slots


def _offers(env: Env, q: Query) -> list[Suggestion]:
    """A seats chart, another year, and this vote under another election's threshold."""
    election = env.election(q)
    own = election.system.threshold.percent
    others = [e.system.threshold.percent for e in env.fb.elections.values()]
    other = next((t for t in others if t != own), None)
    if other is None:
        return env.followups(q, "parliament")
    whatif = Suggestion(
        env.t(q, "followup_whatif", threshold=env.pct(q, other)),
        "whatif",
        freeze_slots({"threshold": str(other), "year": str(election.year)}),
    )
    return env.followups(q, "parliament", whatif)


@handles("results")
def results(env: Env, q: Query) -> Reply:
    election = env.election(q)
    seated = [r for r in election.ranked if r.list_seats]
    winners = env.join(
        q,
        (
            env.t(
                q,
                "seat_item",
                party=env.party(q, r.party, election.year),
                seats=env.seats_text(q, election, r, short=True),
            )
            for r in seated
        ),
    )
    p = election.participation
    return env.reply(
        q,
        env.t(q, "results", year=election.year, winners=winners),
        details=[
            *(env.result_row(q, election, r) for r in election.ranked),
            env.t(
                q,
                "results_context",
                election.system.list_seats,
                list_seats=election.system.list_seats,
                threshold=env.threshold_text(q, election),
                turnout=env.pct(q, p.turnout.value),
            ),
        ],
        sources=[*election.results, election.system.threshold, p.turnout],
        figures={f"{r.party}_seats": r.seats for r in seated},
        suggestions=_offers(env, q),
    )


@handles("winner")
def winner(env: Env, q: Query) -> Reply:
    election = env.election(q)
    first, second, *_ = election.ranked
    return env.reply(
        q,
        env.t(
            q,
            "winner",
            party=env.party_phrase(q, first.party, election.year),
            year=election.year,
            votes=env.votes_text(q, first.votes),
            percent=env.pct(q, first.percent),
            seats=env.seats_text(q, election, first),
        ),
        details=[
            env.t(
                q,
                "winner_runner_up",
                party=env.party_phrase(q, second.party, election.year),
                percent=env.pct(q, second.percent),
                seats=env.seats_text(q, election, second),
            )
        ],
        sources=[first, second],
        figures={"party": first.party, "percent": first.percent, "seats": first.seats},
        suggestions=_offers(env, q),
    )


@handles("passed_threshold")
def passed_threshold(env: Env, q: Query) -> Reply:
    election = env.election(q)

    def items(passed: bool) -> str:
        rows = [r for r in election.ranked if election.passed(r) is passed]
        return env.share_list(q, election.year, rows)

    n = sum(election.passed(r) for r in election.ranked)
    threshold = election.system.threshold
    return env.reply(
        q,
        env.t(
            q,
            "passed_threshold",
            n,
            n=n,
            threshold=env.threshold_text(q, election),
            year=election.year,
            parties=items(True),
        ),
        details=[
            env.t(q, "failed_threshold", parties=failed) if (failed := items(False)) else "",
            env.t(q, f"threshold_base_{threshold.base}"),
        ],
        sources=[*election.results, threshold],
        figures={"passed": n, "threshold": threshold.percent},
        suggestions=_offers(env, q),
    )


@handles("exit_poll")
def exit_poll(env: Env, q: Query) -> Reply:
    election = env.election(q)
    poll = election.exit_poll
    if poll is None:
        return env.not_held(
            q,
            env.t(q, "exit_poll_missing", year=election.year),
            env.suggest(q, "results", "ask_results", year=election.year),
        )
    rows = env.share_list(q, election.year, poll.rows)
    official = env.share_list(q, election.year, election.ranked)
    return env.reply(
        q,
        env.t(q, "exit_poll", year=election.year, rows=rows),
        details=[
            env.t(q, "exit_poll_by", by=poll.by(q.lang)),
            env.t(q, "exit_poll_official", rows=official),
        ],
        sources=[poll, *election.results],
        figures={r.party: r.percent for r in poll.rows},
        suggestions=_offers(env, q),
    )
