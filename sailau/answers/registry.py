"""Which function answers which intent: answer families register themselves here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
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


def handles(*intents: str) -> Callable[[AnswerFn], AnswerFn]:
    """Register the decorated function as the answer for these intents."""

    def register(fn: AnswerFn) -> AnswerFn:
        for intent in intents:
            if intent in REGISTRY:
                raise ValueError(f"intent {intent!r} already answered by {REGISTRY[intent]!r}")
            REGISTRY[intent] = fn
        return fn

    return register
