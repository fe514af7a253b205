"""What the understanding tests read of a reply, in one place: the answer's plain text, and the
word a yes/no begins with in each language."""

from __future__ import annotations

from sailau import render
from sailau.pipeline import answer
from sailau.reply import Reply, ReplyKind

YES = {"en": "Yes.", "ru": "Да.", "kk": "Иә."}
NO = {"en": "No.", "ru": "Нет.", "kk": "Жоқ."}


def stated(reply: Reply) -> str:
    """What the reply states: its headline and details, one per line."""
    return "\n".join((reply.headline, *reply.details))


def plain_text(reply: Reply) -> str:
    """The reply's whole text, figures with plain spaces."""
    return render.text(reply).replace("\u00a0", " ").replace("\u202f", " ")


def answered(question: str) -> str:
    """The plain text of `question`'s answer (no-break spaces as spaces); it must be an answer."""
    reply = answer(question)
    text = render.text(reply).replace("\u00a0", " ")
    assert reply.kind is ReplyKind.ANSWER, text
    return text
