"""Round 46 (sets Z and AB's confident wrong answers by cause): "add" said as a verb of the
asker ("дауыстарын қоссақ", "if we add") sums the named parties' figures, ..."""

from __future__ import annotations

from sailau.pipeline import answer
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details))


def test_adding_said_by_the_asker_sums_the_parties() -> None:
    for question in (
        "нур отан мен ак жолдын орындарын коссак канша 2021",
        "Нұр Отан мен Ақ жолдың орындарын қоссаңыз қанша болады 2021",
        "if we add nur otan and ak zhol seats in 2021",
        "if you add the seats of nur otan and ak zhol in 2021 how many",
        "если сложить места нур отана и ак жола в 2021",
    ):
        said = _said(answer(question))
        assert "88" in said, (question, said)
