"""Round 22's causes of confident wrong answers (issue 12, docs/understanding.md): "since
<year>" with a "vs" between other things asks the state since then; an ordinal right before the
Mäjilis is its convocation; women deputies of a year that holds none are said not held — each in
phrasings of our own, in all three languages."""

from __future__ import annotations

import pytest
from reply_checks import answered

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    "question",
    [
        "since 2023, list seats vs district seats",
        "сколько мест по спискам с 2023 года",
        "2023 жылдан бері тізім бойынша қанша орын",
        "2023 zhyldan beri tizim boiynsha qansha oryn",
    ],
)
def test_since_a_year_asks_the_state_from_then_on(question: str) -> None:
    first = answered(question).splitlines()[0]
    assert "98" in first and "107" not in first, first


def test_since_with_a_comparison_word_at_the_year_still_compares() -> None:
    text = answered("явка по сравнению с 2016")
    assert "77,12" in text and "63,25" in text


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("when was the 7th majilis dissolved", "19 January 2023"),
        ("когда распустили седьмой мажилис", "19 января 2023"),
        ("жетінші мәжіліс қашан таратылды", "19 қаңтар"),
        ("zhetinshi majilis qashan taratyldy", "19 қаңтар"),
    ],
)
def test_an_ordinal_before_the_majilis_is_its_convocation(question: str, date: str) -> None:
    assert date in answered(question).splitlines()[0]


def test_a_plain_number_before_the_majilis_is_no_convocation() -> None:
    assert "2023" not in answered("how many seats did 2 majilis parties get").splitlines()[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many women deputies were there after the 2023 vote", "women entered the Mäjilis"),
        ("сколько женщин-депутатов стало в 2023 году", "женщин вошло в Мажилис"),
        ("2023 жылы мәжілісте неше әйел депутат болды", "әйел депутат"),
        ("2023 jyly majiliste neshe aiel deputat boldy", "әйел депутат"),
    ],
)
def test_women_deputies_not_held_are_said_so_not_candidates(question: str, said: str) -> None:
    text = render.text(answer(question))
    assert said in text and "candidates" not in text and "кандидат" not in text, text


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("nur otan preliminary share in 2016", ("82.15", "82.20")),
        ("предварительный результат нур отана в 2016", ("82,15", "82,20")),
        ("2016 жылғы алдын ала нәтиже бойынша нұр отан", ("82,15", "82,20")),
        ("2016 jylgy aldyn ala natizhe boiynsha nur otan", ("82,15", "82,20")),
    ],
)
def test_a_preliminary_share_held_is_the_answer(question: str, figures: tuple[str, ...]) -> None:
    first = answered(question).splitlines()[0]
    assert all(f in first for f in figures), first


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many single-member districts did auyl win in 2023", "won no single-member district"),
        ("ауыл 2023 жылы неше округте жеңді", "ешқайсысында жеңбеді"),
        ("auyl 2023 jyly neshe okrugte zhendi", "ешқайсысында жеңбеді"),
    ],
)
def test_a_party_without_district_wins_is_said_to_have_none(question: str, said: str) -> None:
    assert said in answered(question).splitlines()[0]


def test_district_wins_held_are_the_seats_answer() -> None:
    assert "22" in answered("how many districts did amanat win in 2023")


@pytest.mark.parametrize(
    ("question", "start", "party"),
    [
        ("did anyone other than amanat win over 20 percent in 2023", "No.", "Auyl"),
        ("получил ли кто-нибудь кроме нур отана больше 10 процентов в 2021", "Да.", "Ак жол"),
        ("2021 жылы нұр отаннан басқа партия 10 пайыздан асты ма", "Иә.", "Ақ жол"),
        ("2021 jyly nur otannan baska partiya 10 paiyzdan asty ma", "Иә.", "Ақ жол"),
    ],
)
def test_any_party_besides_one_named_is_decided_on_the_others(
    question: str, start: str, party: str
) -> None:
    reply = answer(question)
    first = render.text(reply).splitlines()[0]
    assert first.startswith(start) and party in first and not reply.unhonoured, first


@pytest.mark.parametrize(
    "question",
    [
        "what turnout did the exit poll show in 2021",
        "явка по экзит-полу 2021",
        "экзит-пол бойынша 2021 жылғы келу",
        "ekzit pol boiynsha 2021 jylgy kelu",
    ],
)
def test_exit_poll_turnout_is_said_not_held_not_the_poll_shares(question: str) -> None:
    reply = answer(question)
    text = render.text(reply)
    assert reply.kind is ReplyKind.UNKNOWN and "71" not in text and "63" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ak zhol preliminary share 2016",  # a preliminary share
        "предварительный результат ак жола в 2016",
        "how many districts did the social democrats win in 2023",  # district wins
        "сколько округов взяла осдп в 2023",
        "who was number one on the auyl list",  # a list's first name
        "кто шёл первым номером в списке народной партии",
        "ақ жол тізімінің басында кім тұрды",
        "ak zhol tiziminin basynda kim turdy",
    ],
)
def test_a_narrowed_figure_not_held_is_said_so(question: str) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.UNKNOWN, render.text(reply)
