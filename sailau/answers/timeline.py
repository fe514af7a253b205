"""When things happened: election day, the timeline, results, speaker and prime minister."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from sailau.answers.env import Env, Line, cited, sentence
from sailau.answers.registry import Query, handles
from sailau.facts.models import Event, Official, Sourced
from sailau.reply import Reply, Suggestion


def _offers(env: Env, q: Query, *more: str) -> list[Suggestion]:
    year = env.year(q)
    return env.followups(q, None, *(env.suggest(q, i, f"ask_{i}", year=year) for i in more))


def event_line(env: Env, q: Query, event: Event, *same_day: Event) -> Line:
    """`10 January 2021 — election day.` (with a date range when the event lasted); events
    of the same day follow in the same line, each a sentence of its own."""
    if event.end:
        when = env.catalog.fmt_date_range(event.date, event.end, q.lang)
    else:
        when = env.date(q, event.date)
    text = " ".join([event.text(q.lang), *(sentence(e.text(q.lang)) for e in same_day)])
    return cited(env.t(q, "event_line", date=when, text=text), event, *same_day)


def day_lines(env: Env, q: Query, events: Sequence[Event]) -> list[Line]:
    """One line per day (or period): events that follow each other on the same day share it."""
    days = itertools.groupby(events, key=lambda e: (e.date, e.end))
    return [event_line(env, q, *group) for _, group in days]


@handles("election_date")
def election_date(env: Env, q: Query) -> Reply:
    election = env.election(q)
    final = election.announcement("final")
    return env.reply(
        q,
        env.t(q, "election_date", date=env.date(q, election.date, on=True)),
        details=[
            cited(
                env.t(q, f"election_kind_{election.kind}"),
                Sourced(sources=election.kind_sources),
            )
        ],
        sources=[final] if final else election.announcements,
        figures={"date": election.date.isoformat()},
        suggestions=_offers(env, q, "final_results", "timeline"),
    )


@handles("timeline")
def timeline(env: Env, q: Query) -> Reply:
    election = env.election(q)
    if not election.timeline:
        return env.not_held(q, env.t(q, "timeline_missing", year=election.year), *_offers(env, q))
    key = [e for e in election.timeline if e.key]  # the call, the vote, the results: page one
    rest = [e for e in election.timeline if not e.key]
    return env.reply(
        q,
        env.t(q, "timeline", year=election.year),
        details=[*day_lines(env, q, key), *day_lines(env, q, rest)],
        fold=len(day_lines(env, q, key)) if key and rest else None,
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
        said = (
            env.t(q, "preliminary_results_by", date=when, by=preliminary.by(q.lang))
            if preliminary.by
            else env.t(q, "preliminary_results", date=when)
        )
        details.append(cited(said, preliminary))
    return env.reply(
        q,
        env.t(q, "final_results", date=env.date(q, final.date, on=True), by=by),
        details=details,
        sources=[final],
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
    Mäjilis vote (in 2016 Massimov simply stayed Prime Minister); "again" for one who held
    it before."""
    values = {"person": person.person(q.lang), "year": year}
    again = "_again" if person.returning else ""
    if person.since is None:
        key = "speaker_undated" if person.role == "speaker" else "prime_minister"
        return env.t(q, key, **values)
    date = env.date(q, person.since, on=True)
    if person.role == "speaker":
        return env.t(q, f"speaker{again}", date=date, **values)
    if person.votes_for is not None:
        return env.t(q, f"prime_minister_approved{again}", date=date, **values)
    return env.t(q, "prime_minister", **values)


def successor_line(env: Env, q: Query, successor: Official) -> Line:
    """`On 1 February 2022 Yerlan Koshanov was elected Speaker.` (with how, from its note)."""
    if successor.since is None:
        return Line("")
    text = env.t(
        q,
        f"{successor.role}_successor",
        date=env.date(q, successor.since, on=True),
        person=successor.person(q.lang),
    )
    note = env.note(q, successor)
    return cited(f"{text} {note}" if note else text, successor)


def term(env: Env, q: Query, holder: Official) -> str:
    """`X held the post from … to …` (or since …; one who held it before the election was
    reappointed, not appointed), or '' when the fact base has no date for it."""
    if holder.since is None:
        return ""
    returned = f"_returned_{holder.role}" if holder.returning else ""
    values = {"person": holder.person(q.lang), "date": env.date(q, holder.since)}
    if holder.until is None:
        return env.t(q, f"verdict_person_since{returned}", **values)
    return env.t(q, f"verdict_person_term{returned}", until=env.date(q, holder.until), **values)


def later_lines(env: Env, q: Query, holder: Official, later: Sequence[Official]) -> list[Line]:
    """What "until when did he serve" / "who came after him" asks: the holder's term and who
    held the post next, or that the fact base has neither (a dated holder still in office as
    far as the sources go)."""
    lines = [cited(term(env, q, holder), holder)] if holder.until else []
    lines += [successor_line(env, q, s) for s in later]
    if not later and holder.until is None and holder.since is not None:
        lines.append(Line(env.t(q, "official_later_missing")))
    return lines


LATER = "later"
"""The `figure` slot of a question about the post's later holders (tenure, successor)."""


def _named_term(env: Env, q: Query, year: int) -> tuple[int, Official] | None:
    """The term of the holder the question names (`person` slot): the one after the election
    asked when they held the post then, else their first in the fact base."""
    named = q.slots.get("person")
    if named is None:
        return None
    terms = [
        (y, o)
        for y in sorted(env.fb.years)
        for o in env.fb.election(y).officials_by_role(q.intent)
        if named in (o.person("kk"), o.person("ru"), o.person("en")) and o.since is not None
    ]
    return next((t for t in terms if t[0] == year), terms[0] if terms else None)


@handles("speaker", "prime_minister")
def official(env: Env, q: Query) -> Reply:
    """Who became Speaker or Prime Minister after the election, and how."""
    election = env.election(q)
    found = election.officials_by_role(q.intent)
    if not found:
        return env.not_held(
            q, env.t(q, f"{q.intent}_missing", year=election.year), *_offers(env, q)
        )
    person, *later = found
    year = election.year
    named = _named_term(env, q, election.year)
    if named is not None:  # "с какого числа X был спикером": that person's own term
        year, person = named
        later = []
    speaker = q.intent == "speaker" and named is None  # the deputies chosen with the Speaker
    deputies = election.officials_by_role("deputy_speaker") if speaker else ()
    names = env.join(q, (d.person(q.lang) for d in deputies))
    # "until when did he serve", "who came after him": the term (it says who held the post
    # since when) and the later holders lead
    asked_later = q.slots.get("figure") == LATER
    leading = later_lines(env, q, person, later) if asked_later else []
    ended = bool(leading) and person.until is not None
    return env.reply(
        q,
        leading[0].text if ended else official_headline(env, q, year, person),
        details=[
            *(() if ended else leading),
            cited(approval(env, q, person), person),
            cited(env.note(q, person), person),  # right after the one it speaks of
            *(leading[1:] if ended else ()),  # the next holder after what speaks of this one
            cited(env.t(q, "deputy_speakers", names=names), *deputies) if deputies else "",
            *(() if asked_later else (successor_line(env, q, s) for s in later)),
        ],
        sources=[person],
        figures={"person": person.person("en"), "votes_for": person.votes_for},
        suggestions=_offers(env, q, "timeline"),
    )
