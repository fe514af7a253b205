"""One row of the reference sheet, asked by itself: its figure first, with its source.

"Who was the OSCE's Special Co-ordinator", "how many APK members voted", "when did ODIHR publish
its final report": a general paragraph holds each of these among many other lines; a question
that asks one of them gets that row (`Election.rows`, `sailau.facts.rows`). A row the asked
election does not have is said not held; with no election named, the latest one that has it
answers ("candidates per district seat" is a 2023 figure).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sailau.answers.assessment import note_line
from sailau.answers.env import Env, Line, cited
from sailau.answers.registry import Query, handles
from sailau.answers.timeline import event_line
from sailau.facts.models import Election, Event, Note, Row, Text
from sailau.facts.rows import Resolved, Value, resolve
from sailau.reply import Reply

ROW = "row"
"""The slot naming the row asked (a key of `Election.rows`)."""


def find(env: Env, q: Query, key: str) -> tuple[Election, Row] | None:
    """The election and row a question asks: the named election's, or with none named the
    default election's, else the latest election's that has the row."""
    election = env.election(q)
    if key in election.rows:
        return election, election.rows[key]
    if "year" in q.slots:
        return None
    having = [e for e in env.fb.elections.values() if key in e.rows]
    return (having[-1], having[-1].rows[key]) if having else None


def shown(env: Env, q: Query, value: Value, row: Row) -> str:
    """A row's figure as the language writes it."""
    if isinstance(value, Text):
        return value(q.lang)
    if isinstance(value, dt.date):
        return env.date(q, value)
    if isinstance(value, Decimal):
        return env.pct(q, value) if row.percent else env.catalog.fmt_decimal(value, q.lang)
    return "" if value is None else env.num(q, value)


def row_line(env: Env, q: Query, election: Election, row: Row, found: Resolved) -> Line:
    """The row's sentence, citing what it is taken from."""
    statement = found.statement
    if row.text is None and isinstance(statement, Event):
        return event_line(env, q, statement)
    if row.text is None and isinstance(statement, Note):
        return note_line(env, q, statement)
    assert row.text is not None  # the fact base checks it (a text, or a statement)
    text = env.catalog.fill(
        row.text(q.lang), q.lang, value=shown(env, q, found.value, row), year=election.year
    )
    return cited(text, *found.cited)


@handles(ROW)
def row(env: Env, q: Query) -> Reply:
    key = q.slots.get(ROW, "")
    found = find(env, q, key)
    if found is None:
        having = [str(e.year) for e in env.fb.elections.values() if key in e.rows]
        if not having:  # no row named (a command without one), or a row no election holds
            return env.not_held(q, env.t(q, "row_missing_everywhere"))
        text = env.t(q, "row_missing", year=env.year(q), years=", ".join(having))
        return env.not_held(q, text)
    election, asked = found
    resolved = resolve(asked, election, env.fb.institutions)
    return env.reply(
        q,
        row_line(env, q, election, asked, resolved),
        details=[cited(asked.note(q.lang), asked)] if asked.note else (),
        figures={key: shown(env, q, resolved.value, asked)},
        suggestions=env.followups(q),
    )
