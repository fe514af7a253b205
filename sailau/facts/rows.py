"""The reference sheet's rows, one by one: a row's figure and the facts it is cited from.

A row (`models.Row`) holds its figure itself (`value`, with its own sources) or points at a fact
held elsewhere in the election (`of`): `apk_vote.voted`, `timeline[decree]` (an item by its id,
role or kind), `candidates.notes[1]` (by position), `institution.senate.appointed` (the
institution's period that covers the election's year). `resolve` follows the path; the fact base
checks every path when it loads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel

from sailau.facts.models import Election, Event, Fact, Institution, Note, Row, Sourced, Text

INSTITUTION = "institution"
_SEGMENT = re.compile(r"^([a-z_]+)(?:\[([a-z0-9_]+)\])?$")
SELECTORS = ("id", "role", "kind")
"""The fields an item of a list is picked by (`timeline[decree]`, `officials[speaker]`)."""

Value = int | Decimal | dt.date | Text | None


@dataclass(frozen=True)
class Resolved:
    """A row's figure (None for a statement in words), the statement it is part of when the
    row points at one (a note, an event), and the facts it is cited from."""

    value: Value
    statement: Note | Event | None
    cited: tuple[Sourced | Row, ...]


class RowPathError(LookupError):
    """A row's `of` names nothing in its election."""


def resolve(row: Row, election: Election, institutions: Mapping[str, Institution]) -> Resolved:
    """The figure of `row` in `election` (`RowPathError` when its path leads nowhere)."""
    if row.of is None:
        return Resolved(row.value, None, (row,) if row.sources else ())
    found, cited = _follow(row.of, election, institutions)
    statement = found if isinstance(found, Note | Event) else None
    if isinstance(found, Fact):
        cited, found = found, found.value
    value = row.value if statement is not None or found is None else found
    if not isinstance(value, int | Decimal | dt.date | Text | None):
        raise RowPathError(f"{row.of!r} is not a figure, a name or a date")
    sources = (*((cited,) if cited is not None else ()), *((row,) if row.sources else ()))
    return Resolved(value, statement, sources)


def _follow(
    path: str, election: Election, institutions: Mapping[str, Institution]
) -> tuple[object, Sourced | None]:
    """The object at `path`, and the last sourced object on the way to it."""
    segments = path.split(".")
    here: object = election
    cited: Sourced | None = None
    if segments[0] == INSTITUTION:
        if len(segments) < 2 or segments[1] not in institutions:
            raise RowPathError(f"{path!r}: no such institution")
        here = institutions[segments[1]].period(election.year)
        if here is None:
            raise RowPathError(f"{path!r}: no period of it covers {election.year}")
        segments = segments[2:]
    for segment in segments:
        if isinstance(here, Sourced):
            cited = here
        match = _SEGMENT.match(segment)
        if match is None or not isinstance(here, BaseModel):
            raise RowPathError(f"{path!r}: cannot read {segment!r}")
        name, key = match.groups()
        if name not in type(here).model_fields:
            raise RowPathError(f"{path!r}: no field {name!r}")
        here = getattr(here, name)
        if key is not None:
            here = _item(here, key, path)
    if isinstance(here, Sourced):
        cited = here
    return here, cited


def _item(items: object, key: str, path: str) -> object:
    if not isinstance(items, tuple):
        raise RowPathError(f"{path!r}: [{key}] of something that is not a list")
    if key.isdigit():
        if int(key) >= len(items):
            raise RowPathError(f"{path!r}: there is no item {key}")
        return items[int(key)]
    for item in items:
        if any(getattr(item, field, None) == key for field in SELECTORS):
            return item
    raise RowPathError(f"{path!r}: no item {key!r}")
