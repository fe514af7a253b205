"""Round 6 of issue 12 (docs/understanding.md): two questions in one message, figures held in a
paragraph reached by their words, "final" regional turnout declined, the party most voted for,
and two conversation rules; each in phrasings of our own, in the three languages."""

from __future__ import annotations

import pytest
from reply_checks import answered
from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("how many ballots were given out in 2016, and how many were spoiled",
         ("7,566,150", "43,282")),
        ("2016 жылы қанша сайлаушы тіркелді, қаншасы дауыс берді", ("9 810 852", "7 566 150")),
        ("кто председатель мажилиса, а кто премьер-министр", ("Нигматулин", "Мамин")),
        ("registered voters vs ballots issued 2023", ("12,035,578", "6,521,860")),
        ("ак жол сколько мест взял, а сколько голосов", ("12", "792 828")),
        ("2021 жылы партиялық тізіммен неше орын, ассамблеядан неше депутат", ("98", "9")),
        ("сколько было участков всего и в скольких странах за границей", ("10 060", "53")),
    ],
)  # fmt: skip
def test_two_questions_in_one_message_get_both_answers(
    question: str, figures: tuple[str, ...]
) -> None:
    text = answered(question)
    assert all(f in text for f in figures), text


@pytest.mark.parametrize(
    "question",
    ["привет, какая явка была в 2021", "in 2021, how many seats did ak zhol win"],
)
def test_a_greeting_or_a_year_before_a_comma_is_no_question_of_its_own(question: str) -> None:
    assert answer(question).kind is ReplyKind.ANSWER
    assert len(answer(question).details) < 4


def test_the_gap_between_two_figures_is_one_question() -> None:
    reply = answer("разница между экзитполом и итогом у нур отана")
    assert "0,88" in render.text(reply)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("шетелдегі учаскелер неше елде ашылды", "53"),
        ("в скольких странах работали участки для граждан", "53"),
        ("in how many countries could kazakhs vote abroad", "53"),
        ("how many territorial commissions did odihr count", "232"),
        ("аумақтық сайлау комиссиясы қанша болды", "232"),
        ("сколько было территориальных избирательных комиссий", "232"),
    ],
)
def test_figures_held_in_a_paragraph_are_the_headline(question: str, figure: str) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.ANSWER and figure in reply.headline


@pytest.mark.parametrize(
    "question",
    [
        "окончательная явка в шымкенте",
        "final turnout in almaty city",
        "түпкілікті келу облыстар бойынша 2023",
        "final turnout for every region in 2021",
    ],
)
def test_final_regional_turnout_is_declined_not_presented_as_final(question: str) -> None:
    reply = answer(question)
    assert reply.unhonoured, render.text(reply)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("final turnout 2021", "63.25"),
        ("окончательная явка 2016", "77,12"),
        ("подскажете окончательную явку на выборах 2021 года", "63,25"),
    ],
)
def test_the_final_national_turnout_is_held(question: str, figure: str) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.ANSWER and not reply.unhonoured
    assert figure in reply.headline


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("за кого больше всего голосовали в 2023 году", "Аманат"),
        ("за какую партию проголосовало больше всего людей в 16м", "Нур Отан"),
        ("kimge en kop dauys berildi 2016", "Нұр Отан"),
        ("which party did most voters pick in 2021", "Nur Otan"),
    ],
)
def test_most_votes_in_the_past_tense_asks_the_winner(question: str, name: str) -> None:
    reply = answer(question)
    assert reply.intent == "winner" and name in reply.headline


def test_an_extreme_of_the_regions_drops_the_previous_region() -> None:
    _, _, top = ask_in_turn("келу қанша болды 2021", "ал шымкентте ше", "ең төмені қай өңірде")
    assert top.intent == "turnout_extremes" and "30,3" in top.headline


def test_an_organisation_alone_asks_the_previous_measure_of_it() -> None:
    _, odihr = ask_in_turn("how many foreign observers were there in 2021", "and odihr?")
    assert odihr.intent == "observers" and "42" in render.text(odihr)
