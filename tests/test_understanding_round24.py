"""Round 24 (native English review 11): confident wrong answers' causes — a what-if's "still
have N seats" asked of the election the seats belong to and decided by N, a two-digit election
year after a Latin small word ("in 21") read as the year, not a figure, and "did <the
President> chair <party>" decided by the leader the facts hold — our own phrasings, with the
Russian and Kazakh of the same shape."""

from __future__ import annotations

import pytest
from reply_checks import answered


@pytest.mark.parametrize(
    "question",
    [
        "at a 5% cutoff, would ak zhol still hold 12 seats?",
        "if the threshold had been 5 %, would ak zhol still have its 12 seats?",
        "при пороге 5% сохранил бы Ак Жол свои 12 мест?",
        # a count right before its unit is no second threshold ("12 орын" beside "шекпен")
        "5 пайыздық шекпен ақ жол 12 орын алар ма еді?",
        "5 paiyzdyq shekpen aq jol 12 oryn alar ma edi",
    ],
)
def test_a_whatif_keeping_its_seats_is_decided_by_the_seats_named(question: str) -> None:
    text = answered(question)
    assert text.startswith(("No.", "Нет.", "Жоқ.")), text
    assert "2021" in text and "11" in text and "2023" not in text, text


def test_a_whatif_wording_is_no_system_phrase() -> None:
    text = answered("at a 5% cutoff, would auyl get seats in 2021?")
    assert "rules asked about" not in text and text.startswith("Yes."), text


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("did auyl make it into the majilis in 21", "2021"),
        ("auyl vote share in 16 and 21", "2016"),
        ("did auyl win seats in 21", "2021"),
    ],
)
def test_a_two_digit_election_year_after_a_small_word_is_the_year(question: str, year: str) -> None:
    text = answered(question)
    assert year in text and "21%" not in text and "below 21" not in text, text
    assert "threshold 21" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "was tokayev the chairman of nur otan during the election",
        "did tokaev chair nur otan in 2021",
        "Токаев возглавлял Нур Отан на выборах 2021 года?",
        "2021 жылғы сайлауда Нұр Отанды Тоқаев басқарды ма?",
    ],
)
def test_the_president_as_party_chair_is_decided_by_the_leader_held(question: str) -> None:
    text = answered(question)
    assert text.startswith(("No.", "Нет.", "Жоқ.")), text
    assert "Nazarbayev" in text or "Назарбаев" in text, text
