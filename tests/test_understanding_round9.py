"""Round 9's failure classes (issue 12, docs/understanding.md): a lead-in before the question,
a statement of one figure asked with "?", refusals asked of the bot itself, a party's name with
its abbreviation, each in phrasings of our own (typos, Latin, Kazakh endings)."""

from __future__ import annotations

import pytest
from reply_checks import answered

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("диплом жазып жатырмын, 2016 жылы сайлаушылардың қанша пайызы келді", "77,12"),
        ("баяндамаға дайындалып отырмын: ақ жол 2021де неше орын алды", "12"),
        ("пишу реферат, скока мест получила партия ауыл в 2023", "8"),
        ("проверяю цифры для статьи: сколько избирателей было в списках в 2021", "11 919 241"),
        ("writing an essay, how many seats did amanat get in 2023?", "62"),
        ("my lecturer asked: what was the turnout in 2021", "63.25"),
        ("referat pishu, kakaya byla yavka v 2016", "77,12"),
    ],
)
def test_a_lead_in_before_the_question_is_no_unknown_word(question: str, figure: str) -> None:
    text = answered(question)
    assert figure in text, text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("мақалаға тексеріп отырмын: ауыл 2023 жылы 8 орын алды ма", "Иә"),
        ("ak zhol got 12 seats in 2021?", "Yes"),
        ("auyl won 9 seats in 2023?", "No"),
        ("явка 63,25 % в 2021?", "Да"),
        ("нур отан 80 мест в 2021?", "Нет"),
    ],
)
def test_a_stated_figure_asked_is_checked(question: str, first: str) -> None:
    reply = answer(question)
    assert render.text(reply).startswith(first), render.text(reply)


def test_a_supposed_threshold_is_no_stated_figure() -> None:
    reply = answer("а если барьер 5 % сколько мест у ауыла")
    assert reply.intent == "whatif", render.text(reply)


@pytest.mark.parametrize(
    "question",
    [
        "сен қай партияны қолдайсың",
        "sen qai partiyany qoldaisyn?",
        "сіз қай партияға дауыс берер едіңіз",
        "за кого бы ты проголосовал",
        "а за кого вы бы проголосовали?",
        "za kogo ty by progolosoval",
        "which party do you support",
        "who would u vote for",
    ],
)
def test_advice_asked_of_the_bot_is_refused(question: str) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.REFUSAL, render.text(reply)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("did the social democrats (OSDP) take part in 2021", "No"),
        ("did the people's party (PPK) run in 2023", "Yes"),
    ],
)
def test_a_name_with_its_abbreviation_is_one_naming(question: str, first: str) -> None:
    reply = answer(question)
    assert render.text(reply).startswith(first), render.text(reply)


def test_two_names_of_a_party_still_ask_its_renaming() -> None:
    reply = answer("nur otan amanat bolyp kashan auysty")
    assert reply.intent == "renaming", render.text(reply)
