"""Issue 12, round 18: a message that asks two or more things gets one reply covering every
part — each part's figure, or a plain line on a part the facts do not hold — never the first
part only. Our own wordings, in the three languages (Kazakh also typed in Latin)."""

from __future__ import annotations

import pytest
from reply_checks import answered

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


def _covers(question: str, figures: tuple[str, ...]) -> None:
    text = answered(question)
    missing = [f for f in figures if f not in text]
    assert not missing, f"{missing} missing from: {text}"


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # two parties for one measure, one of them without seats
        ("how many mandates went to auyl and to nur otan", ("Auyl won no seats", "76 seats")),
        ("сколько мандатов досталось ауылу и нур отану", ("не получила мест", "76 мест")),
        ("ауыл мен нұр отан қанша мандат алды", ("орын алған жоқ", "76 орын")),
        ("auyl men nur otan qansha mandat aldy", ("орын алған жоқ", "76 орын")),
        # one of them did not run that year: said plainly, the other's figure given
        ("how many seats did baytaq and ak zhol take in 2021", ("did not run", "12 seats")),
        ("сколько мест получили байтак и ак жол в 2021", ("не участвовала", "12 мест")),
        ("байтақ пен ақ жол 2021 жылы неше орын алды", ("қатыспады", "12 орын")),
        # one party in two years
        ("what percentage did auyl get in 2021 and in 2023", ("5.29%", "10.90%")),
        ("какой процент у ауыла в 2021 и в 2023", ("5,29 %", "10,90 %")),
        ("ауыл 2021 және 2023 жылы неше пайыз алды", ("5,29 %", "10,90 %")),
        # two measures of one subject, the subject named last
        ("votes and mandates of adal", ("258,618", "no seats")),
        ("сколько голосов и мандатов у адала", ("258 618", "не получила мест")),
        ("адалдың дауысы мен орны қанша", ("258 618", "орын алған жоқ")),
        # two measures of one election
        (
            "how many people were registered to vote in 2016 and what was the turnout",
            ("9,810,852", "77.12%"),
        ),
        ("сколько избирателей было в списках в 2016 и какая явка", ("9 810 852", "77,12 %")),
        ("2016 жылы тізімде қанша сайлаушы болды және келу қанша", ("9 810 852", "77,12 %")),
    ],
)
def test_every_part_of_one_question_gets_its_figure(
    question: str, figures: tuple[str, ...]
) -> None:
    _covers(question, figures)


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # two different questions joined by "and"
        (
            "who chaired the majilis after the vote and how many seats did ak zhol get",
            ("Nigmatulin", "12 seats"),
        ),
        ("кто возглавил мажилис и сколько мест взял ак жол", ("Нигматулин", "12 мест")),
        ("мәжіліс төрағасы кім болды, ақ жол неше орын алды?", ("Нығматулин", "12 орын")),
        # "when did they vote" asks the day, not the turnout
        (
            "в какой день голосовали в 2016 году и сколько мест взял ак жол",
            ("20 марта 2016", "7 мест"),
        ),
        (
            "when did kazakhs vote in 2016 and how many seats did ak zhol win",
            ("20 March 2016", "7 seats"),
        ),
        ("2016 жылы қашан дауыс берді және ақ жол неше орын алды", ("20 наурызда", "7 орын")),
        # three questions, the last one naming its party after "and"
        (
            "how many votes did ak zhol get, what was the turnout and how many seats went to"
            " the people's party",
            ("792,828", "63.25%", "10 seats"),
        ),
        (
            "сколько голосов набрал ак жол, какая была явка и сколько мест досталось народной"
            " партии",
            ("792 828", "63,25 %", "10 мест"),
        ),
        (
            "ақ жол неше дауыс жинады, келу қанша болды және халық партиясына неше орын тиді",
            ("792 828", "63,25 %", "10 орын"),
        ),
        (
            "aq jol neshe dauys jinady, kelu qansha boldy jane khalyq partiyasyna neshe oryn tidi",
            ("792 828", "63,25 %", "10 орын"),
        ),
    ],
)
def test_every_question_of_a_message_gets_its_figure(
    question: str, figures: tuple[str, ...]
) -> None:
    _covers(question, figures)


@pytest.mark.parametrize(
    ("question", "figures", "not_held"),
    [
        (
            "how many seats did nur otan take, and when was it founded?",
            ("76 seats",),
            "when parties or institutions were founded",
        ),
        ("сколько мест у нур отана и когда его основали?", ("76 мест",), "Когда основаны партии"),
        ("нұр отан неше орын алды және ол қашан құрылды", ("76 орын",), "құрылған күні"),
        (
            "who headed ak zhol's list and how many seats did it win",
            ("12 seats",),
            "ranked lists with named heads",
        ),
        (
            "кто возглавлял список ак жола и сколько мест он получил",
            ("12 мест",),
            "«первых номерах» списков нет",
        ),
        (
            "ақ жолдың тізімін кім басқарды және ол неше орын алды",
            ("12 орын",),
            "Тізім басшылары туралы дереккөз жоқ",
        ),
    ],
)
def test_a_part_not_held_is_said_and_the_others_answered(
    question: str, figures: tuple[str, ...], not_held: str
) -> None:
    """The part the facts do not hold gets its plain line, wherever it stands in the message;
    the other parts still get their figures (the whole message is not declined)."""
    _covers(question, (*figures, not_held))


@pytest.mark.parametrize(
    "question",
    [
        "how many ballots were left blank and how many were spoiled",
        "сколько бюллетеней оставили пустыми и сколько испортили",
        "қанша бюллетень бос болды, қаншасы бүлінген",
    ],
)
def test_a_breakdown_not_held_is_not_answered_with_the_whole(question: str) -> None:
    """Two parts of one measure's breakdown the facts do not hold ("blank" and "spoiled"
    ballots): not the whole measure's figure beside a note, which would answer a broader
    question than the one asked."""
    reply = answer(question)
    assert reply.kind is not ReplyKind.ANSWER, render.text(reply)
