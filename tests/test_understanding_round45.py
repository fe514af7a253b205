"""Round 45 (set AE's failures by cause): years listed with commas and no spaces, "when were the
Mäjilis and maslikhat elections" is the election day, ..."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import ReplyKind
from sailau.understanding.text import normalise


def test_years_joined_by_a_bare_comma_are_a_list() -> None:
    for question in (
        "ак жол в 2016,2021 и 2023 сколько мест получал",
        "ak zhol seats in 2016,2021,2023",
        "ак жол 2016,2021 жане 2023 жылдары канша орын алды",
    ):
        headline = answer(question).headline
        assert all(s in headline for s in ("7", "12", "6")), (question, headline)
    # a decimal comma stays a decimal
    assert normalise("явка 30,3 2016,2021") == "явка 30.3 2016 2021"


def test_when_were_the_majilis_and_maslikhat_elections_is_the_day() -> None:
    for question in (
        "когда были выборы в мажилис и маслихаты,в январе 2021?",
        "when were the majilis and maslikhat elections in 2021",
        "мажилис пен маслихат сайлауы кашан отти 2021",
    ):
        reply = answer(question)
        assert reply.intent == "election_date", (question, reply.intent)
