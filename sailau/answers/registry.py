"""Which function answers which intent: answer families register themselves here.

Every intent `x` also gets `x_more`: an answer longer than a phone screen is cut to its first
lines, with a "more" follow-up asking `x_more` for the rest (`Env.first_part`, `Env.rest`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sailau.reply import Lang, Reply

if TYPE_CHECKING:
    from sailau.answers.env import Env


@dataclass(frozen=True)
class Query:
    """A matched question: the intent, its slots, the language and how sure the match is.

    Nothing else: an answer depends on what was asked, not on how it was worded or on the
    conversation before it (the pipeline carries the conversation on and remembers answers).
    """

    intent: str
    slots: Mapping[str, str]
    lang: Lang
    confidence: float


AnswerFn = Callable[["Env", Query], Reply]

REGISTRY: dict[str, AnswerFn] = {}

MORE = "_more"
"""Suffix of the intent that gives the rest of a long answer."""


def _first_part(fn: AnswerFn) -> AnswerFn:
    def answer(env: Env, q: Query) -> Reply:
        return env.first_part(fn(env, q))

    answer.__doc__ = fn.__doc__
    return answer


def _rest(fn: AnswerFn, intent: str) -> AnswerFn:
    def answer(env: Env, q: Query) -> Reply:
        return env.rest(fn(env, replace(q, intent=intent)))

    answer.__doc__ = f"The rest of a long {intent!r} answer."
    return answer


def handles(*intents: str) -> Callable[[AnswerFn], AnswerFn]:
    """Register the decorated function as the answer for these intents (and their `_more`)."""

    def register(fn: AnswerFn) -> AnswerFn:
        for intent in intents:
            for name in (intent, intent + MORE):
                if name in REGISTRY:
                    raise ValueError(f"intent {name!r} already answered by {REGISTRY[name]!r}")
            REGISTRY[intent] = _first_part(fn)
            REGISTRY[intent + MORE] = _rest(fn, intent)
        return fn

    return register
