"""`env.attribute`: `getattr` with a default, decided by the fact's class, agrees with `getattr`
on every fact of the fact base."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pydantic import BaseModel

from sailau import pipeline
from sailau.answers.env import Dated, attribute

NAMES = ("note", "text", "held_by", "end", "ahead", "date", "since", "sources", "no_such")
MISSING = object()


def facts(value: object, depth: int = 0) -> Iterator[BaseModel]:
    if depth > 8:
        return
    if isinstance(value, BaseModel):
        yield value
        for inner in value.__dict__.values():
            yield from facts(inner, depth + 1)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from facts(inner, depth + 1)
    elif isinstance(value, dict):
        for inner in value.values():
            yield from facts(inner, depth + 1)


def test_attribute_is_getattr_on_every_fact() -> None:
    fb = pipeline.engine().env.fb
    found = [f for election in fb.elections.values() for f in facts(election)]
    found += [Dated(f, dt.date(2021, 1, 10)) for f in found[:50]]
    assert len(found) > 500
    for fact in found:
        for name in NAMES:
            assert attribute(fact, name, MISSING) is getattr(fact, name, MISSING), (fact, name)


def test_another_class_is_asked_each_time() -> None:
    class Loose:
        def __init__(self, note: str | None) -> None:
            if note is not None:
                self.note = note

    assert attribute(Loose("n"), "note") == "n"
    assert attribute(Loose(None), "note", MISSING) is MISSING
