"""One party: seats, votes, share, change, leader, list, profile; and which parties ran."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sailau.answers.env import Env
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election, PartyName, PartyResult
from sailau.reply import Reply, Suggestion, freeze_slots

PartyAnswer = Callable[[Env, Query, Election, PartyResult], Reply]


def years_run(env: Env, party_id: str) -> list[int]:
    return [e.year for e in env.fb.elections.values() if e.has_party(party_id)]


def for_party(fn: PartyAnswer) -> Callable[[Env, Query], Reply]:
    """Resolve the party and its result in the asked year; else ask which party, or say so."""

    def answer(env: Env, q: Query) -> Reply:
        election = env.election(q)
        party_id = q.slots.get("party")
        if party_id is None:
            options = {r.party: env.party(q, r.party, election.year) for r in election.ranked}
            return env.choose(q, env.t(q, "which_party", year=election.year), "party", options)
        ran = years_run(env, party_id)
        if not election.has_party(party_id) and "year" not in q.slots and ran:
            # No year asked and the party missed the default election: its latest one.
            return answer(env, replace(q, slots={**q.slots, "year": str(ran[-1])}))
        if not election.has_party(party_id):
            return did_not_run(env, q, election, party_id)
        return fn(env, q, election, election.party(party_id))

    answer.__doc__ = fn.__doc__
    return answer


def did_not_run(env: Env, q: Query, election: Election, party_id: str) -> Reply:
    """The party did not run in the asked election: say so, offer the elections it ran in."""
    ran = years_run(env, party_id)
    text = env.t(
        q,
        "party_did_not_run",
        len(ran),
        party=env.party_phrase(q, party_id, election.year),
        year=election.year,
        years=env.join(q, map(str, ran)),
    )
    return env.not_held(q, text, *(env.same_for_year(q, y) for y in ran))


def _facts(env: Env, q: Query, election: Election, row: PartyResult) -> dict[str, object]:
    """The values party templates share."""
    return {
        "party": env.party_phrase(q, row.party, election.year),
        "year": election.year,
        "votes": env.votes_text(q, row.votes),
        "percent": env.pct(q, row.percent),
        "seats": env.seats_text(q, election, row, short=True),
    }


def seats_line(env: Env, q: Query, election: Election, row: PartyResult) -> str:
    """`It won 76 seats in the Mäjilis.`, or that it did not pass the threshold."""
    if not row.list_seats and not election.passed(row):
        return env.t(q, "party_failed_line", threshold=env.threshold_text(q, election))
    return env.t(q, "party_seats_line", seats=env.seats_text(q, election, row, short=True))


def _offers(env: Env, q: Query, *intents: str) -> list[Suggestion]:
    """A shares chart, this party in another year, then these intents for this party."""
    slots = {"party": q.slots["party"], "year": env.year(q)}
    return env.followups(q, "shares", *(env.suggest(q, i, f"ask_{i}", **slots) for i in intents))


def renamed_to(env: Env, election: Election, row: PartyResult) -> tuple[PartyName, ...]:
    """The party's current name if it was renamed after this election (Amanat for Nur Otan in
    2021), else nothing; a tuple, so it can stand among a reply's sources."""
    party = env.fb.party(row.party)
    now = party.names[-1]
    return () if now == party.name_on(election.date) else (now,)


def renamed_line(env: Env, q: Query, election: Election, row: PartyResult) -> str:
    """`Nur Otan was renamed AMANAT on 1 March 2022.`, or '' for a party not renamed."""
    renamed = renamed_to(env, election, row)
    if not renamed:
        return ""
    return renaming_text(env, q, env.fb.party(row.party).name_on(election.date), renamed[0])


def renaming_text(env: Env, q: Query, old: PartyName, new: PartyName) -> str:
    """One renaming as a sentence, dated when the fact base knows the date."""
    values = {
        "old": env.catalog.party(old.name(q.lang), q.lang, phrase=True),
        "new": env.catalog.party(new.name(q.lang), q.lang),
    }
    if new.since is None:
        return env.t(q, "renaming_undated", **values)
    return env.t(q, "renaming_row", date=env.date(q, new.since), **values)


def _was(env: Env, q: Query, before: str) -> str:
    return env.t(q, "change_was", before=before) if before else ""


def changes(env: Env, q: Query, election: Election, row: PartyResult) -> str:
    """`8 fewer seats (84 before) and its share fell by 11.11 pp (82.20% before)`, or ''."""
    change = row.change
    if change is None or env.previous_year(election) is None:
        return ""
    parts = {}
    if change.seats is not None:
        n = abs(change.seats)
        key = "seats_fewer" if change.seats < 0 else "seats_more" if change.seats else "seats_same"
        if key == "seats_same" and change.from_seats == 0:
            key = "seats_still_none"
        before = env.num(q, change.from_seats) if change.from_seats is not None else ""
        parts["seats"] = env.t(q, key, n, n=env.num(q, n), was=_was(env, q, before))
    if change.points is not None:
        key = "share_down" if change.points < 0 else "share_up" if change.points else "share_same"
        before = env.pct(q, change.from_percent) if change.from_percent is not None else ""
        parts["share"] = env.t(
            q, key, points=env.pp(q, abs(change.points)), was=_was(env, q, before)
        )
    if len(parts) > 1:
        return env.t(q, "changes_join", **parts)
    return "".join(parts.values())


def change_line(env: Env, q: Query, election: Election, row: PartyResult) -> str:
    """`Compared with 2016, it won 8 fewer seats ... .`, or '' when there is no change."""
    text = changes(env, q, election, row)
    if not text:
        return ""
    return env.t(q, "change_since", year=env.previous_year(election), changes=text)


@handles("party_seats")
@for_party
def party_seats(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    votes_line = "party_votes_line"
    if not row.list_seats and not election.passed(row):
        headline = env.t(q, "party_no_seats", threshold=env.threshold_text(q, election), **values)
        votes_line = "party_votes_only"  # the share is in the headline already
    else:
        headline = env.t(q, "party_seats", **values)
    return env.reply(
        q,
        headline,
        details=[
            env.seats_split(q, election, row),
            env.note(q, row) if row.seats is None else "",  # why the total is not given
            env.t(q, votes_line, **values),
            change_line(env, q, election, row),
            renamed_line(env, q, election, row),
        ],
        sources=[
            row,
            *([row.change] if row.change else []),
            *renamed_to(env, election, row),
        ],
        figures={"seats": row.seats, "list_seats": row.list_seats, "percent": row.percent},
        suggestions=_offers(env, q, "party_votes", "party_change"),
    )


@handles("party_votes", "party_share")
@for_party
def party_votes(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    return env.reply(
        q,
        env.t(q, q.intent, **values),
        details=[seats_line(env, q, election, row), renamed_line(env, q, election, row)],
        sources=[row, *renamed_to(env, election, row)],
        figures={"votes": row.votes, "percent": row.percent},
        suggestions=_offers(env, q, "party_seats", "party_change"),
    )


def compared_with(env: Env, election: Election, party_id: str) -> Election | None:
    """The election whose change is measured from `election` ("since 2016" -> 2021)."""
    return next(
        (
            e
            for e in env.fb.elections.values()
            if e.previous == election.id and e.has_party(party_id) and e.party(party_id).change
        ),
        None,
    )


@handles("party_change")
@for_party
def party_change(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    later = compared_with(env, election, row.party) if "year" in q.slots else None
    if later is not None:  # "how did Nur Otan change since 2016": the change *from* 2016
        q = replace(q, slots={**q.slots, "year": str(later.year)})
        election, row = later, later.party(row.party)
    text = changes(env, q, election, row)
    values = _facts(env, q, election, row)
    if not text:
        compare = env.suggest(q, "compare", "ask_compare", year=election.year)
        return env.not_held(
            q, env.t(q, "party_change_missing", **values), compare, *_offers(env, q)
        )
    before = env.previous_year(election)
    return env.reply(
        q,
        env.t(q, "party_change", changes=text, before=before, **values),
        details=[env.t(q, "party_votes_line", **values), seats_line(env, q, election, row)],
        sources=[row, row.change] if row.change else [row],
        figures={
            "seat_change": row.change.seats if row.change else None,
            "point_change": row.change.points if row.change else None,
        },
        suggestions=_offers(env, q, "party_seats"),
    )


@handles("party_leader")
@for_party
def party_leader(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    if row.leader is None:
        return env.not_held(q, env.t(q, "party_leader_missing", **values), *_offers(env, q))
    leader = row.leader
    since = env.t(q, "since_date", date=env.date(q, leader.since)) if leader.since else ""
    return env.reply(
        q,
        env.t(q, "party_leader", leader=leader.name(q.lang), since=since, **values),
        details=[env.t(q, "party_votes_line", **values), seats_line(env, q, election, row)],
        sources=[leader],
        figures={"leader": leader.name("en")},
        suggestions=_offers(env, q, "party_seats"),
    )


@handles("party_list")
@for_party
def party_list(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    if row.list_size is None:
        return env.not_held(q, env.t(q, "party_list_missing", **values), *_offers(env, q))
    n = row.list_size.value
    return env.reply(
        q,
        env.t(q, "party_list", n, n=env.num(q, n), **values),
        details=[seats_line(env, q, election, row)],
        sources=[row.list_size],
        figures={"list_size": n},
        suggestions=_offers(env, q, "party_seats"),
    )


@handles("party_info")
@for_party
def party_info(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    party = env.fb.party(row.party)
    entry = party.name_on(election.date)
    values = _facts(env, q, election, row)
    if entry.full is not None:  # the full name says it is a party: "Партия «Нур Отан»"
        values["party"] = entry.full(q.lang)
    key = "party_info" if row.list_seats or election.passed(row) else "party_info_no_seats"
    ran = years_run(env, row.party)
    return env.reply(
        q,
        env.t(q, key, **values),
        details=[
            env.t(q, "party_ran", len(ran), years=env.join(q, map(str, ran))),
            party.note(q.lang) if party.note else "",
        ],
        sources=[row],
        figures={"percent": row.percent, "seats": row.seats},
        suggestions=_offers(env, q, "party_leader", "party_change"),
    )


@handles("parties")
def parties(env: Env, q: Query) -> Reply:
    election = env.election(q)
    names = [env.party(q, r.party, election.year) for r in election.ranked]
    offers = [
        Suggestion(
            env.t(q, "ask_party_info", party=env.party_phrase(q, r.party, election.year)),
            "party_info",
            freeze_slots({"party": r.party, "year": str(election.year)}),
        )
        for r in election.ranked
    ]
    return env.reply(
        q,
        env.t(
            q, "parties", len(names), n=len(names), year=election.year, parties=env.join(q, names)
        ),
        details=[env.t(q, "parties_context")],
        sources=election.results,
        figures={"parties": len(names)},
        suggestions=[*offers[:3], *env.followups(q)],
    )
