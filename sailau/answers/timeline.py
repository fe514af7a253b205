"""When things happened: election day, the timeline, results, speaker and prime minister."""

from __future__ import annotations

from sailau.answers.env import Env
from sailau.answers.registry import Query, handles
from sailau.facts.models import Event, Official
from sailau.reply import Reply, Suggestion


def _offers(env: Env, q: Query, *more: str) -> list[Suggestion]:
    year = env.year(q)
    return env.followups(q, None, *(env.suggest(q, i, f"ask_{i}", year=year) for i in more))


def event_line(env: Env, q: Query, event: Event) -> str:
    """`10 January 2021 — Election day.` (with a date range when the event lasted)."""
    if event.end:
        when = env.catalog.fmt_date_range(event.date, event.end, q.lang)
    else:
        when = env.date(q, event.date)
    return env.t(q, "event_line", date=when, text=event.text(q.lang))


@handles("election_date")
def election_date(env: Env, q: Query) -> Reply:
    election = env.election(q)
    return env.reply(
        q,
        env.t(q, "election_date", date=env.date(q, election.date, on=True)),
        details=[env.t(q, f"election_kind_{election.kind}")],
        sources=[a for a in election.announcements if a.kind == "final"]  # the final one first
        + [a for a in election.announcements if a.kind != "final"],
        figures={"date": election.date.isoformat()},
        suggestions=_offers(env, q, "final_results", "timeline"),
    )


@handles("timeline")
def timeline(env: Env, q: Query) -> Reply:
    election = env.election(q)
    if not election.timeline:
        return env.not_held(q, env.t(q, "timeline_missing", year=election.year), *_offers(env, q))
    return env.reply(
        q,
        env.t(q, "timeline", year=election.year),
        details=[event_line(env, q, e) for e in election.timeline],
        sources=election.timeline,
        figures={"events": len(election.timeline)},
        suggestions=_offers(env, q, "final_results"),
    )


@handles("final_results")
def final_results(env: Env, q: Query) -> Reply:
    election = env.election(q)
    final = election.announcement("final")
    preliminary = election.announcement("preliminary")
    if final is None:
        return env.not_held(q, env.t(q, "final_missing", year=election.year), *_offers(env, q))
    by = final.by(q.lang) if final.by else env.t(q, "cec")
    details = []
    if preliminary is not None:
        when = env.date(q, preliminary.date, on=True)
        details.append(env.t(q, "preliminary_results", date=when))
    return env.reply(
        q,
        env.t(q, "final_results", date=env.date(q, final.date, on=True), by=by),
        details=details,
        sources=[final, *([preliminary] if preliminary else [])],
        figures={"date": final.date.isoformat()},
        suggestions=_offers(env, q, "results"),
    )


def approval(env: Env, q: Query, person: Official) -> str:
    """`The vote: 78 for, 0 against, 21 abstentions.`, or '' when no vote is recorded."""
    if person.votes_for is None:
        return ""
    against = person.votes_against or 0
    key = "approval_vote" if against else "approval_vote_unopposed"
    return env.t(
        q, key, votes_for=person.votes_for, against=against, abstentions=person.abstentions or 0
    )


def official_headline(env: Env, q: Query, year: int, person: Official) -> str:
    """Who held the post after the election; "approved" only when the fact base records the
    Mäjilis vote (in 2016 Massimov simply stayed Prime Minister)."""
    values = {"person": person.person(q.lang), "year": year}
    if person.since is None:
        key = "speaker_undated" if person.role == "speaker" else "prime_minister"
        return env.t(q, key, **values)
    if person.role == "speaker":
        return env.t(q, "speaker", date=env.date(q, person.since), **values)
    date = env.date(q, person.since, on=True)
    if person.votes_for is not None:
        return env.t(q, "prime_minister_approved", date=date, **values)
    return env.t(q, "prime_minister", **values)


@handles("speaker", "prime_minister")
def official(env: Env, q: Query) -> Reply:
    """Who became Speaker or Prime Minister after the election, and how."""
    election = env.election(q)
    found = election.officials_by_role(q.intent)
    if not found:
        return env.not_held(
            q, env.t(q, f"{q.intent}_missing", year=election.year), *_offers(env, q)
        )
    person = found[0]
    deputies = election.officials_by_role("deputy_speaker") if q.intent == "speaker" else ()
    names = env.join(q, (d.person(q.lang) for d in deputies))
    return env.reply(
        q,
        official_headline(env, q, election.year, person),
        details=[
            approval(env, q, person),
            env.note(q, person),
            env.t(q, "deputy_speakers", names=names) if deputies else "",
        ],
        sources=[person, *deputies],
        figures={"person": person.person("en"), "votes_for": person.votes_for},
        suggestions=_offers(env, q, "timeline"),
    )
