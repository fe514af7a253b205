"""Round 11's confident wrong answers (issue 12, set H): a party's passing stated negated ("is it
true it did not pass?") answered as if asked positively, and turnout at an hour the facts do not
hold ("at noon", "таңғы 10-да") answered with the day's other readings. Our own phrasings."""

from __future__ import annotations

import pytest
from reply_checks import NO, YES, answered

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    ("question", "lang", "yes"),
    [
        ("верно ли, что партия адал не прошла в мажилис в 2021", "ru", True),
        ("а нур отан разве не прошёл в 2021?", "ru", False),
        ("рас па, ауыл 2021 жылы мәжіліске өтпей қалды ма", "kk", True),
        ("ақ жол 2021 жылы өтпеді ме", "kk", False),
        ("is it true that adal did not get into the majilis in 2021", "en", True),
        ("adal passed the threshold in 2021?", "en", False),
        ("нур отан прошёл в мажилис в 2021?", "ru", True),
    ],
)
def test_a_passing_stated_negated_is_answered_as_stated(
    question: str, lang: str, yes: bool
) -> None:
    text = answered(question)
    assert text.startswith((YES if yes else NO)[lang]), text


def test_a_negative_question_in_english_keeps_its_answer() -> None:
    """ "Didn't Adal pass?": English answers the fact ("No, it didn't"), not the statement."""
    text = answered("didn't adal pass in 2021")
    assert text.startswith("No."), text


@pytest.mark.parametrize(
    "question",
    [
        "what was the turnout by midday in 2021",
        "явка к полудню в 2021 году",
        "2021 жылы түсте келу қанша болды",
        "таңғы 11-дегі келу 2021 жылы",
    ],
)
def test_turnout_at_an_hour_not_held_says_so(question: str) -> None:
    reply = answer(question)
    text = render.text(reply).replace("\u00a0", " ")
    assert reply.kind is not ReplyKind.ANSWER, text
    assert "14:00" in text and ("12:00" in text or "11:00" in text), text


def test_an_hour_said_beside_a_time_of_day_is_the_hour_asked() -> None:
    """ "түскі сағат екіде": the 14:00 reading, not noon."""
    assert "43,9" in answered("2021 жылы түскі сағат 14-те келу қанша")
