"""National results: the overall result, the winner, who passed the threshold, the exit poll."""

from __future__ import annotations

from collections.abc import Sequence

from sailau.answers.env import Dated, Env, Line, cited
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election, PartyResult
from sailau.reply import Reply, ReplyKind, Suggestion, freeze_slots


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
                party=env.party_inline(q, r.party, election.year),
                seats=env.seats_text(q, election, r, short=True),
            )
            for r in seated
        ),
    )
    p = election.participation
    day = election.date
    rows = [
        cited(env.result_row(q, election, r), r, *r.seats_reported, on=day) for r in election.ranked
    ]
    # who won the other districts, right under the rows of those that won some
    after = max((i + 1 for i, r in enumerate(election.ranked) if r.district_seats), default=0)
    return env.reply(
        q,
        env.t(q, "results", year=election.year, winners=winners),
        sources=election.results,
        on=day,
        details=[
            *rows[:after],
            other_districts(env, q, election),
            *rows[after:],
            cited(
                env.t(
                    q,
                    "results_context",
                    election.system.list_seats,
                    list_seats=election.system.list_seats,
                    threshold=env.threshold_text(q, election),
                    turnout=env.pct(q, p.turnout.value),
                ),
                p.turnout,
                election.system.threshold,
                election.system,
                on=day,
            ),
        ],
        figures={f"{r.party}_seats": r.seats for r in seated},
        suggestions=_offers(env, q),
    )


def other_districts(env: Env, q: Query, election: Election) -> Line:
    """Single-member seats that no party row accounts for (2023: 7 of 29), and the sources
    that disagree on them (those disputing a party's total); or nothing."""
    total = election.system.district_seats
    won = [r for r in election.results if r.district_seats]
    left = total - sum(r.district_seats or 0 for r in won)
    disputed = [report for r in election.results for report in r.seats_reported]
    if not total or left <= 0 or not disputed:
        return Line("")
    sources = env.publishers(q, (s for report in disputed for s in report.sources[:1]))
    text = env.t(q, "districts_unaccounted", left, n=left, total=total, sources=sources)
    return cited(text, election.system, *(Dated(r, election.date) for r in won), *disputed)


@handles("winner")
def winner(env: Env, q: Query) -> Reply:
    """The winner, with the runner-up after it; the runner-up first when it is the party asked
    (`figure: runner_up`: "what share did the second-placed party get")."""
    election = env.election(q)
    first, second, *_ = election.ranked
    lead = _placed(env, q, election, first, "winner")
    runner_up = q.slots.get("figure") == RUNNER_UP
    after = (
        _placed(env, q, election, second, "runner_up")
        if runner_up
        else cited(
            env.t(
                q,
                "winner_runner_up",
                party=env.party_phrase(q, second.party, election.year),
                percent=env.pct(q, second.percent),
                seats=env.seats_text(q, election, second),
            ),
            second,
            on=election.date,
        )
    )
    if q.slots.get("figure") == THIRD and len(election.ranked) > 2:  # "what about third"
        third = election.ranked[2]
        return env.reply(
            q,
            _placed(env, q, election, third, "third_place"),
            details=[lead, after],
            figures={"party": third.party, "percent": third.percent, "seats": third.seats},
            suggestions=_offers(env, q),
        )
    named = second if runner_up else first
    return env.reply(
        q,
        after if runner_up else lead,
        details=[lead if runner_up else after],
        figures={"party": named.party, "percent": named.percent, "seats": named.seats},
        suggestions=_offers(env, q),
    )


RUNNER_UP = "runner_up"
"""The winner family's `figure` slot asking the party in second place."""
THIRD = "third"
"""The winner family's `figure` slot asking the party in third place."""


def placed(env: Env, q: Query, election: Election, row: PartyResult, key: str) -> str:
    """A party's place in the results (`winner`, `runner_up`) with its votes, share and seats."""
    return env.t(
        q,
        key,
        party=env.party_phrase(q, row.party, election.year),
        year=election.year,
        votes=env.votes_text(q, row.votes),
        percent=env.pct(q, row.percent),
        seats=env.seats_text(q, election, row),
    )


def _placed(env: Env, q: Query, election: Election, row: PartyResult, key: str) -> Line:
    return cited(placed(env, q, election, row, key), row, on=election.date)


def threshold_sentences(
    env: Env, q: Query, election: Election, passed: Sequence[PartyResult],
    failed: Sequence[PartyResult],
) -> tuple[str, str]:  # fmt: skip
    """The parties over the threshold (`passed`) and those under it ("" when none is), with
    their shares."""
    over = env.t(q, "passed_threshold", len(passed), n=len(passed),
                 threshold=env.threshold_text(q, election), year=election.year,
                 parties=env.share_list(q, election.year, passed))  # fmt: skip
    under = env.t(q, "failed_threshold", len(failed), n=len(failed),
                  parties=env.share_list(q, election.year, failed)) if failed else ""  # fmt: skip
    return over, under


@handles("passed_threshold")
def passed_threshold(env: Env, q: Query) -> Reply:
    election = env.election(q)
    passed, failed = election.by_threshold()
    over, under = threshold_sentences(env, q, election, passed, failed)
    day = election.date
    return env.reply(
        q,
        cited(over, *passed, on=day),
        details=[cited(under, *failed, on=day) if failed else "", env.threshold_base(q, election)],
        figures={"passed": len(passed), "threshold": election.system.threshold.percent},
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
    if q.slots.get("figure") == "turnout":  # the polls held give party shares only
        turnout = election.participation.turnout
        text = env.t(
            q, "exit_poll_no_turnout", year=election.year, turnout=env.pct(q, turnout.value)
        )
        return env.reply(q, cited(text, turnout, on=election.date), kind=ReplyKind.UNKNOWN)
    rows = env.share_list(q, election.year, poll.rows)
    official = env.share_list(q, election.year, election.ranked)
    return env.reply(
        q,
        env.t(q, "exit_poll", year=election.year, rows=rows),
        sources=[poll],
        on=election.date,
        details=[
            env.t(q, "exit_poll_by", by=poll.by(q.lang)),
            cited(
                env.t(q, "exit_poll_official", rows=official), *election.results, on=election.date
            ),
        ],
        figures={r.party: r.percent for r in poll.rows},
        suggestions=_offers(env, q),
    )
