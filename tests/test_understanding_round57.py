"""Round 57 (set AO, Russian): the parties that did not pass, named by that as a group
("доля непрошедших партий", "өтпеген партиялардың үлесі"), have their figure asked, each and
summed; the predicate that picks them is not itself asked as a yes or no; and the negated
participle typed as one word ("непрошедших") is a negation."""

from __future__ import annotations

import pytest

from sailau.pipeline import answer


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    "question",
    [
        "суммарная доля непрошедших партий 2021",
        "доля не прошедших партий 2021",
        "summarnaya dolya neproshedshih partiy 2021",
        "өтпеген партиялардың жалпы үлесі 2021",
        "отпеген партиялардын улеси 2021",
        "combined share of the parties that did not pass in 2021",
    ],
)
def test_the_parties_below_the_threshold_have_their_shares_summed(question: str) -> None:
    reply = answer(question)
    said = _plain("\n".join((reply.headline, *reply.details)))
    assert "8,86" in said or "8.86" in said, (question, said)
    assert not said.startswith(("Нет", "Да", "Жоқ", "Иә", "No", "Yes")), (question, said)


@pytest.mark.parametrize(
    "question", ["сколько голосов у непрошедших партий 2021", "өтпеген партиялардың дауысы 2021"]
)
def test_the_parties_below_the_threshold_have_their_votes_summed(question: str) -> None:
    reply = answer(question)
    said = _plain("\n".join((reply.headline, *reply.details)))
    assert "641 641" in said or "641,641" in said, (question, said)  # Auyl + Adal, 2021
