"""One party: seats, votes, share, change, leader, list, profile; and which parties ran."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sailau.answers.charts import ONE_ELECTION
from sailau.answers.env import Dated, Env, Line, cited
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election, PartyName, PartyResult
from sailau.reply import Reply, ReplyKind, Suggestion, freeze_slots

PartyAnswer = Callable[[Env, Query, Election, PartyResult], Reply]


def years_run(env: Env, party_id: str) -> list[int]:
    return [e.year for e in env.fb.elections.values() if e.has_party(party_id)]


def for_party(fn: PartyAnswer) -> Callable[[Env, Query], Reply]:
    """Resolve the party and its result in the asked year; else ask which party, or say so."""

    def answer(env: Env, q: Query) -> Reply:
        election = env.election(q)
        party_id = q.slots.get("party")
        if party_id is None:
            n = len(election.results)
            options = {r.party: env.party(q, r.party, election.year) for r in election.ranked}
            reply = env.choose(
                q, env.t(q, "which_party", n, year=election.year, n=n), "party", options
            )
            if not reply.suggestions:  # the fact base holds this for none of them
                return env.not_held(q, env.t(q, "party_none_held", year=election.year))
            return reply
        ran = years_run(env, party_id)
        if not election.has_party(party_id) and "year" not in q.slots and ran:
            # No year asked and the party missed the default election: its latest one.
            return answer(env, replace(q, slots={**q.slots, "year": str(ran[-1])}))
        if not election.has_party(party_id):
            return did_not_run(env, q, election, party_id)
        row = election.party(party_id)
        if q.slots.get("figure") == "preliminary":
            return preliminary(env, q, election, row)
        if q.slots.get("figure") == "district_seats" and election.system.district_seats:
            return district_wins(env, q, election, row) or fn(env, q, election, row)
        if q.slots.get("figure") == "list_seats" and row.district_seats and row.list_seats:
            return list_wins(env, q, election, row)
        return fn(env, q, election, row)

    answer.__doc__ = fn.__doc__
    return answer


def preliminary(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    """The party's preliminary share beside its final one, or that none is held."""
    values = _facts(env, q, election, row)
    announced = election.announcement("preliminary")
    if row.preliminary is None or announced is None:
        return env.not_held(q, env.t(q, "party_preliminary_missing", **values))
    values |= {
        "preliminary": env.pct(q, row.preliminary.value),
        "date": env.date(q, announced.date),
    }
    return env.reply(
        q,
        cited(
            env.t(q, "party_preliminary", **values),
            Dated(row.preliminary, announced.date),
            Dated(row, election.date),
        ),
        figures={"percent": row.preliminary.value},
    )


def district_wins(env: Env, q: Query, election: Election, row: PartyResult) -> Reply | None:
    """That the party won no district, or that its district wins are not held; None when it
    won some (its seats answer shows them)."""
    values = _facts(env, q, election, row)
    if row.district_seats is None:
        text = env.t(q, "party_districts_missing", **values)
        return env.not_held(q, " ".join(t for t in (text, env.note(q, row)) if t))
    if row.district_seats or not row.list_seats:
        return None
    text = env.t(q, "party_no_district_wins", **values)
    return env.reply(q, cited(text, row, on=election.date), figures={"district_seats": 0})


def list_wins(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    """The seats a party won from its list, leading its total and its district wins (a
    question about list seats is not answered by the total)."""
    values = _facts(env, q, election, row) | {
        "list": row.list_seats,
        "district": row.district_seats,
        "total": row.seats,
    }
    text = env.t(q, "party_list_wins", **values)
    return env.reply(
        q,
        cited(text, row, on=election.date),
        figures={"list_seats": row.list_seats, "district_seats": row.district_seats},
    )


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
    # the elections it ran in are said from their results: the line cites them
    rows = tuple(env.fb.election(y).party(party_id) for y in ran)
    offers = tuple(env.same_for_year(q, y) for y in ran)
    return env.reply(q, Line(text, rows), kind=ReplyKind.UNKNOWN, suggestions=offers)


def _facts(env: Env, q: Query, election: Election, row: PartyResult) -> dict[str, object]:
    """The values party templates share."""
    return {
        "party": env.party_phrase(q, row.party, election.year),
        "year": election.year,
        "votes": env.votes_text(q, row.votes),
        "percent": env.pct(q, row.percent),
        "seats": env.seats_text(q, election, row, short=True),
        "threshold": env.threshold_text(q, election),
    }


def passed(election: Election, row: PartyResult) -> bool:
    """Whether the party won list seats or cleared the threshold."""
    return bool(row.list_seats) or election.passed(row)


def seats_line(env: Env, q: Query, election: Election, row: PartyResult) -> Line:
    """`It won 76 seats in the Mäjilis.`, or that it did not pass the threshold."""
    key = "party_seats_line" if passed(election, row) else "party_failed_line"
    return cited(env.t(q, key, **_facts(env, q, election, row)), row, on=election.date)


def votes_seats_line(env: Env, q: Query, election: Election, row: PartyResult) -> Line:
    """`It received 5,148,074 votes (71.09%) and won 76 seats.` (or failed the threshold)."""
    key = "party_votes_seats" if passed(election, row) else "party_votes_failed"
    return cited(env.t(q, key, **_facts(env, q, election, row)), row, on=election.date)


def previous_result(env: Env, election: Election, party_id: str) -> PartyResult | None:
    """The party's result at the election before this one, if the fact base holds both."""
    before = env.fb.previous(election)
    return before.party(party_id) if before is not None and before.has_party(party_id) else None


def comparable(env: Env, election: Election, row: PartyResult) -> bool:
    """Whether a "compared with the previous election" answer has something to say."""
    return previous_result(env, election, row.party) is not None


def _offers(
    env: Env, q: Query, election: Election, row: PartyResult, *intents: str
) -> list[Suggestion]:
    """The chart of what was asked (the Mäjilis's seats after a seats question, else the
    shares), this party in another year it ran in, then these intents for it (a comparison only
    where there is one to make)."""
    slots = {"party": row.party, "year": election.year}
    wanted = [i for i in intents if i != "party_change" or comparable(env, election, row)]
    ran = [y for y in years_run(env, row.party) if y != election.year]
    other = env.other_year(election.year)
    year = other if other in ran else (ran[-1] if ran else 0)
    offers = [env.suggest(q, i, f"ask_{i}", **slots) for i in wanted]
    chart = ONE_ELECTION.get((q.intent or "").removeprefix("party_"), "shares")
    return env.followups(q, chart, *offers, other=year)


def renamed_to(env: Env, election: Election, row: PartyResult) -> tuple[PartyName, ...]:
    """The party's current name if it was renamed after this election (Amanat for Nur Otan in
    2021), else nothing; a tuple, so it can stand among a reply's sources."""
    party = env.fb.party(row.party)
    now = party.names[-1]
    return () if now == party.name_on(election.date) else (now,)


def renamed_line(env: Env, q: Query, election: Election, row: PartyResult) -> Line:
    """`Nur Otan was renamed AMANAT on 1 March 2022.`, or an empty line for a party not
    renamed."""
    renamed = renamed_to(env, election, row)
    if not renamed:
        return Line("")
    old = env.fb.party(row.party).name_on(election.date)
    return cited(renaming_text(env, q, old, renamed[0]), renamed[0])


def renaming_text(env: Env, q: Query, old: PartyName, new: PartyName) -> str:
    """One renaming as a sentence, dated when the fact base knows the date."""
    values = {
        "old": env.catalog.party(old.name(q.lang), q.lang, phrase=True),
        "new": env.catalog.party(new.name(q.lang), q.lang),
    }
    if new.since is None:
        return env.t(q, "renaming_undated", **values)
    return env.t(q, "renaming_row", date=env.date(q, new.since), **values)


def renamings(env: Env, party_id: str, elections: list[Election]) -> list[PartyName]:
    """The party's renamings between the first and the last of `elections` it ran in: a line
    naming it by both names cites the source that holds the renaming."""
    days = [e.date for e in elections if e.has_party(party_id)]
    return [
        n
        for n in env.fb.party(party_id).names
        if days and n.since is not None and min(days) < n.since <= max(days)
    ]


def ran_as_line(env: Env, q: Query, election: Election, row: PartyResult) -> Line:
    """`In 2016 the party ran as Birlik.`: its name at the previous election, if different."""
    before = env.fb.previous(election)
    old = previous_result(env, election, row.party)
    if before is None or old is None:
        return Line("")
    name = env.party(q, row.party, before.year)
    if name == env.party(q, row.party, election.year):
        return Line("")
    return cited(env.t(q, "party_ran_as", year=before.year, name=name), old, on=before.date)


def _was(env: Env, q: Query, before: str, year: int | None = None) -> str:
    """`(84 before)`; with the `year` it held in, for a line whose year is not the one compared
    with (`As in 2016, no seats, but its share rose ... (in 2016: 2.01%)`)."""
    if not before:
        return ""
    return env.t(q, "change_was_in" if year else "change_was", before=before, year=year)


def still_none(row: PartyResult) -> bool:
    """The party won no seats, as at the election before."""
    return row.change is not None and row.change.seats == 0 and row.change.from_seats == 0


def changes(env: Env, q: Query, election: Election, row: PartyResult) -> str:
    """`8 fewer seats (84 before) and its share fell by 11.11 pp (82.20% before)`, or ''; for
    a party with no seats again (`still_none`), the share's change alone, joined on."""
    change = row.change
    if change is None or env.previous_year(election) is None:
        return ""
    parts = {}
    if change.seats is not None and not still_none(row):
        n = abs(change.seats)
        key = "seats_fewer" if change.seats < 0 else "seats_more" if change.seats else "seats_same"
        before = env.num(q, change.from_seats) if change.from_seats is not None else ""
        parts["seats"] = env.t(q, key, n, n=env.num(q, n), was=_was(env, q, before))
    if change.points is not None:
        key = "share_down" if change.points < 0 else "share_up" if change.points else "share_same"
        before = env.pct(q, change.from_percent) if change.from_percent is not None else ""
        then = env.previous_year(election) if still_none(row) else None
        parts["share"] = env.t(
            q, key, points=env.pp(q, abs(change.points)), was=_was(env, q, before, then)
        )
    if still_none(row):
        up = change.points is not None and change.points > 0
        share = parts.get("share", "")
        return (
            env.t(q, "still_none_share_up" if up else "still_none_share", share=share)
            if share
            else ""
        )
    if len(parts) > 1:
        return env.t(q, "changes_join", **parts)
    return "".join(parts.values())


def change_line(env: Env, q: Query, election: Election, row: PartyResult) -> Line:
    """`Compared with 2016, it won 8 fewer seats ... .`, or an empty line."""
    text = changes(env, q, election, row)
    if row.change is None or not (text or still_none(row)):
        return Line("")
    key = "change_since_none" if still_none(row) else "change_since"
    line = env.t(q, key, year=env.previous_year(election), changes=text, share=text)
    return cited(line, row.change, on=election.date)


@handles("party_seats")
@for_party
def party_seats(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    votes_line = "party_votes_line"
    if not passed(election, row):
        headline = env.t(q, "party_no_seats", **values)
        votes_line = "party_votes_only"  # the share is in the headline already
    else:
        headline = env.t(q, "party_seats", **values)
    change = change_line(env, q, election, row)
    split = env.seats_split(q, election, row)
    return env.reply(
        q,
        cited(headline, row, on=election.date),
        details=[
            cited(split, row, on=election.date),
            # why the total is not given
            cited(env.note(q, row), row) if row.seats is None else "",
            cited(env.t(q, votes_line, **values), row, on=election.date),
            change,
            ran_as_line(env, q, election, row) if change.text else "",
            renamed_line(env, q, election, row),
        ],
        figures={"seats": row.seats, "list_seats": row.list_seats, "percent": row.percent},
        suggestions=_offers(
            env, q, election, row, *([] if change.text else ["party_change"]), "party_leader"
        ),
    )


@handles("party_votes", "party_share")
@for_party
def party_votes(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    return env.reply(
        q,
        cited(env.t(q, q.intent, **values), row, on=election.date),
        details=[seats_line(env, q, election, row), renamed_line(env, q, election, row)],
        figures={"votes": row.votes, "percent": row.percent},
        suggestions=_offers(env, q, election, row, "party_change", "party_leader"),
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


def both_results(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    """No change is stored (the system changed in 2023): the two results side by side, with
    what makes them differ, rather than a computed swing."""
    before = env.fb.previous(election)
    old = previous_result(env, election, row.party)
    values = _facts(env, q, election, row)
    if before is None or old is None:
        compare = env.suggest(q, "compare", "ask_compare", year=election.year)
        return env.not_held(
            q, env.t(q, "party_change_missing", **values), compare, *_offers(env, q, election, row)
        )

    def result(e: Election, r: PartyResult) -> str:
        seats = env.seats_text(q, e, r)
        return env.t(q, "party_result_cell", percent=env.pct(q, r.percent), seats=seats)

    base: str | Line = ""  # 2023's shares include "against all" in their base; 2021's do not
    now_base, then_base = election.participation.valid_votes, before.participation.valid_votes
    if now_base is not None and then_base is None:
        base = cited(env.t(q, "party_share_base", year=election.year), now_base)
    return env.reply(
        q,
        cited(
            env.t(
                q,
                "party_change_both",
                now=result(election, row),
                before=before.year,
                then=result(before, old),
                **values,
            ),
            Dated(row, election.date),
            Dated(old, before.date),
        ),
        details=[
            base,
            ran_as_line(env, q, election, row),
        ],
        figures={"percent": row.percent, "previous_percent": old.percent},
        suggestions=_offers(env, q, election, row, "party_leader"),
    )


@handles("party_change")
@for_party
def party_change(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    later = compared_with(env, election, row.party) if "year" in q.slots else None
    if later is not None:  # "how did Nur Otan change since 2016": the change *from* 2016
        q = replace(q, slots={**q.slots, "year": str(later.year)})
        election, row = later, later.party(row.party)
    text = changes(env, q, election, row)
    if row.change is None or not (text or still_none(row)):
        return both_results(env, q, election, row)
    values = _facts(env, q, election, row)
    before = env.previous_year(election)
    key = "party_change_none" if still_none(row) else "party_change"
    return env.reply(
        q,
        cited(
            env.t(q, key, changes=text, share=text, before=before, **values),
            row.change,
            on=election.date,
        ),
        details=[votes_seats_line(env, q, election, row), ran_as_line(env, q, election, row)],
        figures={"seat_change": row.change.seats, "point_change": row.change.points},
        suggestions=_offers(env, q, election, row, "party_leader"),
    )


@handles("party_leader")
@for_party
def party_leader(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    offers = _offers(env, q, election, row, "party_change", "party_list")
    if row.leader is None:
        return env.not_held(q, env.t(q, "party_leader_missing", **values), *offers)
    leader = row.leader
    since = env.t(q, "leader_since", date=env.date(q, leader.since)) if leader.since else ""
    return env.reply(
        q,
        cited(env.t(q, "party_leader", leader=leader.name(q.lang), since=since, **values), leader),
        details=[votes_seats_line(env, q, election, row)],
        figures={"leader": leader.name("en")},
        suggestions=offers,
    )


@handles("party_list")
@for_party
def party_list(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    values = _facts(env, q, election, row)
    offers = _offers(env, q, election, row, "party_leader", "party_change")
    if row.list_size is None:
        return env.not_held(q, env.t(q, "party_list_missing", **values), *offers)
    n = row.list_size.value
    return env.reply(
        q,
        cited(env.t(q, "party_list", n, n=env.num(q, n), **values), row.list_size),
        details=[
            seats_line(env, q, election, row),
            cited(env.note(q, row.list_size), row.list_size),
        ],
        figures={"list_size": n},
        suggestions=offers,
    )


def ran_line(env: Env, q: Query, election: Election, row: PartyResult) -> Line:
    """`It ran in 2016 and 2021 (in 2016 as Birlik).`: the elections it ran in, under what
    name."""
    now = env.party(q, row.party, election.year)
    ran = [e for e in env.fb.elections.values() if e.has_party(row.party)]
    other_names: dict[str, list[str]] = {}
    for e in ran:
        if (name := env.party(q, row.party, e.year)) != now:
            other_names.setdefault(name, []).append(str(e.year))
    renamed = [
        env.t(q, "ran_year_as", len(years), years=env.join(q, years), name=name)
        for name, years in other_names.items()
    ]
    return cited(
        env.t(
            q,
            "party_ran",
            len(ran),
            years=env.join(q, [str(e.year) for e in ran]),
            renamed="".join(renamed),
        ),
        *(e.party(row.party) for e in ran),
        *renamings(env, row.party, ran),
    )


@handles("party_info")
@for_party
def party_info(env: Env, q: Query, election: Election, row: PartyResult) -> Reply:
    party = env.fb.party(row.party)
    entry = party.name_on(election.date)
    values = _facts(env, q, election, row)
    if entry.full is not None:  # the full name says it is a party: "Партия «Нур Отан»"
        values["party"] = entry.full(q.lang)
    key = "party_info" if passed(election, row) else "party_info_no_seats"
    return env.reply(
        q,
        cited(env.t(q, key, **values), row, on=election.date),
        details=[ran_line(env, q, election, row), party.note(q.lang) if party.note else ""],
        figures={"percent": row.percent, "seats": row.seats},
        suggestions=_offers(env, q, election, row, "party_leader", "party_change"),
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
        on=election.date,
        figures={"parties": len(names)},
        suggestions=[*offers[:3], *env.followups(q)],
    )
