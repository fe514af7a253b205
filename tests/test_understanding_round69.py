"""Issue 12, round 69 (understanding69): a shortfall asked in percentage points is answered in
points, computed from the party's share and the threshold (never stored); asked in votes it stays
votes. Russian "не добрать (до барьера)" is a shortfall word like "не дотянуть". Our own
wordings, in the three languages."""

from __future__ import annotations

import pytest
from reply_checks import said_plainly
from test_pipeline import ask_in_turn

from sailau.pipeline import answer


@pytest.mark.parametrize(
    ("question", "points"),
    [
        (
            "How many percentage points did Adal fall short of the barrier by in 2021?",
            "3.43 percentage points",
        ),
        ("на сколько процентов Адал не добрала до барьера в 2021 году?", "3,43 процентного пункта"),
        ("на сколько процентов партия Ауыл не добрала до барьера?", "1,71 процентного пункта"),
        ("2021 жылы Адалға өту шегіне неше пайыз жетпей қалды?", "3,43 пайыздық тармақ"),
    ],
)
def test_a_shortfall_in_points_is_the_gap_in_points(question: str, points: str) -> None:
    reply = answer(question)
    text = said_plainly(reply)
    assert reply.headline and points in reply.headline.replace("\u00a0", " "), text


@pytest.mark.parametrize(
    ("question", "votes"),
    [
        ("How many votes did Adal fall short of the barrier by in 2021?", "289,389 votes"),
        ("сколько голосов Адал не добрала до барьера в 2021 году?", "289 389 голосов"),
        ("2021 жылы Адалға өту шегіне неше дауыс жетпеді?", "289 389 дауыс"),
    ],
)
def test_a_shortfall_in_votes_stays_votes(question: str, votes: str) -> None:
    reply = answer(question)
    text = said_plainly(reply)
    assert votes in text.splitlines()[0], text


@pytest.mark.parametrize(
    ("question", "points"),
    [
        (
            "Which party came fourth in 2021, what was its share, and by how many percentage "
            "points did it miss the threshold?",
            "1.71 percentage points",
        ),
    ],
)
def test_a_shortfall_in_points_as_a_later_clause(question: str, points: str) -> None:
    text = said_plainly(answer(question))
    assert "Auyl" in text and points in text, text


@pytest.mark.parametrize(
    ("first", "then", "points"),
    [
        ("who came fourth in 2021?", "how many points short of the threshold?", "1.71"),
        ("кто занял четвёртое место в 2021?", "сколько процентов не хватило до барьера?", "1,71"),
        (
            "кто занял четвёртое место в 2021?",
            "на сколько процентов он не добрал до барьера?",
            "1,71",
        ),
        ("2021 жылы төртінші орында кім болды?", "өту шегіне неше пайыз жетпеді?", "1,71"),
    ],
)
def test_a_shortfall_in_points_after_an_answer_naming_the_party(
    first: str, then: str, points: str
) -> None:
    reply = ask_in_turn(first, then)[-1]
    assert points in said_plainly(reply).splitlines()[0], said_plainly(reply)
