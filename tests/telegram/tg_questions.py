"""Questions for the end-to-end tests, the benchmarks and the soak, and the replies a chat must
get for them."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from sailau import pipeline, render
from sailau.reply import Context
from sailau.yamlio import load_file

REGRESSION = Path(__file__).resolve().parents[1] / "data" / "regression.yaml"


@functools.cache
def text_questions() -> tuple[str, ...]:
    """The regression set's questions answered with one text message (no chart), each once."""
    items = load_file(REGRESSION)["items"]
    return tuple(dict.fromkeys(i["q"] for i in items if pipeline.answer(i["q"]).chart is None))


def expected_texts(questions: Sequence[str]) -> list[str]:
    """What one chat must get for its questions, asked in this order, by a user whose Telegram
    speaks English."""
    context, texts = Context(lang="en"), []
    for question in questions:
        reply = pipeline.answer(question, None, context)
        texts.append(render.html(reply))
        context = reply.context
    return texts
