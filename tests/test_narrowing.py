"""A word that narrows the question is honoured, or the reply says it can't be: never the broad
figure as if it were the one asked (issue #12). One table per side of the check, each class of
narrowing in the three languages: what the answer families declare they honour
(facts/understanding/readings.yaml `honours`) must not be said to be unnarrowed, and what they
don't must be."""

from __future__ import annotations

import re

import pytest

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


def plain(text: str) -> str:
    """Figures as digits only: no group separators, decimal points."""
    text = re.sub(r"(?<=\d)[\u00a0\u202f ,](?=\d{3}(?!\d))", "", text)
    return re.sub(r"(?<=\d),(?=\d)", ".", text)


HONOURED = [
    # the share of the parties besides the one left out, not the whole list as if asked
    ("other than Nur Otan, who cleared the threshold in 2021?", ["10.95", "9.10"], "71.09"),
    ("помимо Нур Отана кто ещё прошёл барьер в 2021 году", ["10.95", "9.10"], "71.09"),
    ("Нұр Отаннан басқа 2021 жылы қай партиялар шектен өтті", ["10.95", "9.10"], "71.09"),
    ("nur otannan baska 2021 zhyly kai partiyalar shekten otti", ["10.95", "9.10"], "71.09"),
    ("besides Auyl, which parties made it in 2023", ["53.90", "8.59"], "10.90"),
    # a list narrowing the candidates: every candidate stood on a list, so it is honoured
    ("кандидатов по спискам партий в 2021 году было сколько", ["312"], None),
    ("2021 жылы тізім бойынша неше кандидат түсті", ["312"], None),
    # a party's list seats: the list narrows the seats, it is not the party's list
    ("2023 жылы AMANAT тізім бойынша неше мандат алды, округтерден ше", ["40", "22"], None),
    ("сколько мандатов Аманат взял по партийному списку в 2023", ["40"], None),
    ("Amanat's party-list seats in 2023", ["40"], None),
    # turnout in a region, held for 2021
    ("what turnout did Karaganda region have in 2021", ["70.7"], None),
    ("какой была явка в Карагандинской области в 2021", ["70.7"], None),
    ("Қарағанды облысында 2021 жылы қатысу қандай болды", ["70.7"], None),
    # an hour the readings have
    ("сколько пришло к 8 вечера в 2021 году, явка", ["63.1"], None),
    # women candidates and stations abroad are held
    ("female candidates on the 2021 lists, how many", ["90"], None),
    ("сколько было женщин среди кандидатов в 2021", ["90"], None),
    ("2021 жылы кандидаттардың қаншасы әйел", ["90"], None),
    ("polling stations opened outside Kazakhstan in 2021", ["66"], None),
    ("сколько избирательных участков открыли за границей в 2021", ["66"], None),
    ("2021 жылы шетелдегі учаскелер саны", ["66"], None),
    # the exit poll is its own figure, not the official share
    ("what did the exit poll give Ak Zhol in 2021", ["10.18"], None),
    ("сколько набрал Ак жол по экзитполу в 2021", ["10.18"], None),
    ("2021 жылғы экзитпол бойынша Ақ жол қанша алды", ["10.18"], None),
]


@pytest.mark.parametrize(("question", "shown", "not_first"), HONOURED)
def test_a_narrowing_the_family_honours_is_not_said_to_be_unnarrowed(
    question: str, shown: list[str], not_first: str | None
) -> None:
    reply = answer(question)
    said = plain(render.text(reply))
    assert reply.kind is ReplyKind.ANSWER, said
    assert render.as_json(reply, question)["unhonoured"] == [], said
    for figure in shown:
        assert figure in said, (figure, said)
    if not_first is not None:  # the party left out is not in the line that answers
        assert not_first not in plain(reply.headline), said


NOT_HONOURED = [
    # party results by region are not held for 2021
    ("Ak Zhol's share in Shymkent, 2021", None),
    ("сколько процентов получил Ак жол в Шымкенте в 2021 году", None),
    ("Ақ жол Шымкентте 2021 жылы неше пайыз жинады", None),
    # a party's seats in a region
    ("seats Nur Otan took in Astana in 2021", None),
    ("сколько депутатов от Нур Отана прошло от Астаны в 2021", None),
    # an hour no reading has
    ("явка к 11 утра в 2021 году", "11:00"),
    ("turnout by 11 am in 2021", "11:00"),
    ("2021 жылы сағат 11-ге дейінгі қатысу", "11:00"),
    # a preliminary party share: the facts hold the final one only
    ("provisional result of Nur Otan in 2021, percent", "71.09"),
    ("предварительно сколько процентов было у Нур Отана в 2021", "71.09"),
    ("Нұр Отан 2021 жылы алдын ала қанша пайыз алды", "71.09"),
    # leaving a party out of its own seats cannot be done
    ("how many seats except Nur Otan's in 2021", None),
]


@pytest.mark.parametrize(("question", "held"), NOT_HONOURED)
def test_a_narrowing_the_family_cannot_honour_is_said(question: str, held: str | None) -> None:
    reply = answer(question)
    said = plain(render.text(reply))
    unhonoured = render.as_json(reply, question)["unhonoured"]
    assert reply.kind is ReplyKind.UNKNOWN or unhonoured, said
    if held is not None:  # what it has instead is still said
        assert held in said, said
