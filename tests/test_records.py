"""`records.altered`: the same record as `dataclasses.replace` makes, for less."""

from __future__ import annotations

import dataclasses

import pytest

from sailau import pipeline
from sailau.records import altered
from sailau.understanding.frame import Frame, Subject


def test_altered_is_what_replace_makes() -> None:
    reply = pipeline.answer("what was the turnout in 2021")
    for changes in ({}, {"fold": 2}, {"details": ("x",), "confidence": 0.5}):
        made = altered(reply, **changes)
        assert made == dataclasses.replace(reply, **changes)
        assert repr(made) == repr(dataclasses.replace(reply, **changes))
        assert made is not reply
    context = reply.context
    assert altered(context, frame=None) == dataclasses.replace(context, frame=None)


def test_a_remembered_property_is_not_carried_over() -> None:
    frame = Frame(subjects=(Subject("party", "amanat"),))
    assert frame.parties == ("amanat",)  # Frame._ids is now in the instance
    other = altered(frame, subjects=(Subject("party", "ak_zhol"),))
    assert other.parties == ("ak_zhol",)


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError, match="no field colour"):
        altered(Frame(), colour="red")


def test_a_record_whose_init_does_more_is_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class Checked:
        n: int

        def __post_init__(self) -> None:
            assert self.n >= 0

    @dataclasses.dataclass(frozen=True)
    class Counted:
        n: int
        seen: int = dataclasses.field(default=0, init=False)

    for record in (Checked(1), Counted(1)):
        with pytest.raises(TypeError, match="altered"):
            altered(record, n=2)
