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


def plain(text: str) -> str:
    """Figures' thin and no-break spaces as plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def said_plainly(reply: Reply) -> str:
    """What the reply states, figures with plain spaces."""
    return plain(stated(reply))


def no_figure(kind: ReplyKind, *questions: str) -> None:
    """Each question is answered as `kind`, with no figure."""
    for question in questions:
        reply = answer(question)
        assert reply.kind is kind and not reply.figures, (question, said_plainly(reply))


def plain_text(reply: Reply) -> str:
    """The reply's whole text, figures with plain spaces."""
    return plain(render.text(reply))


def answered(question: str) -> str:
    """The plain text of `question`'s answer (no-break spaces as spaces); it must be an answer."""
    reply = answer(question)
    text = render.text(reply).replace("\u00a0", " ")
    assert reply.kind is ReplyKind.ANSWER, text
    return text
