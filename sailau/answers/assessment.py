"""How the election was judged: observers, OSCE findings, boycott, protests, context."""

from __future__ import annotations

from collections.abc import Sequence

from sailau.answers.env import Env, Line, cited
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election, Note
from sailau.reply import Reply, Suggestion


def _offers(env: Env, q: Query, *more: str) -> list[Suggestion]:
    year = env.year(q)
    return env.followups(q, None, *(env.suggest(q, i, f"ask_{i}", year=year) for i in more))


def note_line(env: Env, q: Query, note: Note) -> Line:
    """A statement with its author and date after it (`Text (OSCE/ODIHR, 11 January 2021).`);
    an event with its date first, so that the date belongs to it and not to the line's last
    sentence (`On 1 December 2020 Ablyazov called ... Ak Zhol then stopped ...`)."""
    text = note.text(q.lang)
    if note.by:
        who = [note.by(q.lang), *([env.date(q, note.date)] if note.date else [])]
        text = env.t(q, "note_line", who=", ".join(who), text=text.rstrip("."))
    elif note.date and not note.ahead:  # a day looked ahead to is in the text itself
        text = env.t(q, "dated_line", date=env.date(q, note.date, on=True), text=text)
    return cited(text, note)


def notes_reply(
    env: Env,
    q: Query,
    election: Election,
    notes: Sequence[Note],
    topic: str,
    *more: str,
    headed: bool = True,
) -> Reply:
    """The notes on one topic as a list under a headline, or 'not held' when there are none;
    not `headed`: the first note is the headline (a fact, not a title announcing the list)."""
    if not notes:
        return env.not_held(q, env.t(q, f"{topic}_missing", year=election.year), *_offers(env, q))
    lines = [note_line(env, q, n) for n in notes]
    # the party the headline is about ("which party boycotted?"): what "did it run?" asks of
    party = {} if headed or notes[0].party is None else {"party": notes[0].party}
    return env.reply(
        q,
        env.t(q, topic, year=election.year) if headed else lines.pop(0),
        details=lines,
        figures={"notes": len(notes), **party},
        suggestions=_offers(env, q, *more),
    )


@handles("observers")
def observers(env: Env, q: Query) -> Reply:
    election = env.election(q)
    o = election.observers
    if o is None:
        return env.not_held(q, env.t(q, "observers_missing", year=election.year), *_offers(env, q))
    parts = [f for f in (o.from_organisations, o.from_countries) if f]
    total = o.foreign.value if o.foreign else sum(f.value for f in parts) or None
    groups = env.join(
        q, (env.t(q, "list_item", name=g.name(q.lang), n=g.count) for g in o.by_organisation)
    )
    origins = env.join(
        q,
        (env.t(q, "observers_part", n=env.num(q, f.value), note=env.note(q, f)) for f in parts),
        "clauses_last",
    )
    return env.reply(
        q,
        env.t(q, "observers", total, year=election.year, n=env.num(q, total))
        if total is not None  # only the missions are known: no count is said
        else env.t(q, "observers_count_missing", year=election.year),
        details=[
            cited(env.t(q, "observers_parts", parts=origins), *parts) if origins else "",
            # the organisations' counts come with the total (the same CEC list)
            cited(env.t(q, "observers_by_organisation", groups=groups), *parts) if groups else "",
            *(note_line(env, q, m) for m in o.missions),
        ],
        sources=[o.foreign] if o.foreign else parts,
        figures={"foreign_observers": total},
        suggestions=_offers(env, q, "osce_findings"),
    )


@handles("osce_findings")
def osce_findings(env: Env, q: Query) -> Reply:
    election = env.election(q)
    return notes_reply(env, q, election, election.assessments, "osce_findings", "observers")


def _before(election: Election, note: Note) -> bool:
    return note.date is None or note.date < election.date


@handles("boycott")
def boycott(env: Env, q: Query) -> Reply:
    election = env.election(q)
    notes = [n for n in election.boycotts_protests if _before(election, n)]
    # the boycott itself first: a title over it promised what only the "more" page held
    # (review4-kk.md E1)
    return notes_reply(env, q, election, notes, "boycott", "protests", headed=False)


@handles("protests")
def protests(env: Env, q: Query) -> Reply:
    election = env.election(q)
    notes = [n for n in election.boycotts_protests if not _before(election, n)]
    return notes_reply(env, q, election, notes, "protests", "boycott")


@handles("context")
def context(env: Env, q: Query) -> Reply:
    election = env.election(q)
    return notes_reply(env, q, election, election.context, "context", "osce_findings")
