"""What the understanding tests read of a reply, in one place: the answer's plain text, and the
word a yes/no begins with in each language."""

from __future__ import annotations

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind

YES = {"en": "Yes.", "ru": "Да.", "kk": "Иә."}
NO = {"en": "No.", "ru": "Нет.", "kk": "Жоқ."}


def answered(question: str) -> str:
    """The plain text of `question`'s answer (no-break spaces as spaces); it must be an answer."""
    reply = answer(question)
    text = render.text(reply).replace("\u00a0", " ")
    assert reply.kind is ReplyKind.ANSWER, text
    return text
