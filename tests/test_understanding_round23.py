"""Round 23 (issue 12, docs/understanding.md): a part of a multi-part message read for what it
asks (the ballots cast for parties, the votes no party got), and the "can't say yes or no" /
"no figure for exactly that" lines kept off replies that do answer: a narrowing another part's
figure states, a party's result that improved or worsened (its share), an exit poll that
matched the CEC (the two figures' difference) — our own phrasings, in all three languages."""

from __future__ import annotations

import pytest
from reply_checks import answered

UNDECIDED = ("can't give a clear yes or no", "Однозначно ответить", "нақты «иә» не «жоқ»")
NOT_NARROWED = ("no separate figure", "Точно в таком виде", "бөлек дерек жоқ")


def _plain(text: str) -> None:
    assert not any(line in text for line in (*UNDECIDED, *NOT_NARROWED)), text


@pytest.mark.parametrize(
    "question",
    [
        "how many ballots were handed out in 2021 and how many of them were cast for parties",
        "сколько бюллетеней выдали в 2021 и сколько из них подали за партии",
        "2021 жылы қанша бюллетень берілді, оның қаншасы партияларға түсті",
        "2021 zhyly kansha bulleten berildi, onyn kanshasy partiyalarga tusti",
    ],
)
def test_ballots_and_those_cast_for_parties_are_both_answered(question: str) -> None:
    text = answered(question).replace(",", " ")
    assert "7 539 280" in text and "7 241 562" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "how many votes in 2021 went to no party",
        "сколько голосов в 2021 не досталось ни одной партии",
        "2021 жылы бірде-бір партияға берілмеген дауыс қанша",
        "2021 zhyly birde-bir partiyaga berilmegen dauys kansha",
    ],
)
def test_votes_for_no_party_are_the_ballots_not_counted_for_one(question: str) -> None:
    text = answered(question).replace(",", " ")
    assert "297 718" in text and "7 241 562" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "amanat 2023: how many seats by party list and how many by district",
        "аманат 2023 сколько по спискам и сколько по округам",
    ],
)
def test_a_narrowing_another_part_states_is_not_called_missing(question: str) -> None:
    text = answered(question)
    _plain(text)
    assert "40" in text and "22" in text, text


@pytest.mark.parametrize(
    ("question", "first", "share"),
    [
        ("did nur otan's result worsen in 2021 compared with 2016", "Yes.", "82.20"),
        ("ак жол улучшил свой результат в 2021 году по сравнению с 2016?", "Да.", "7,18"),
        ("ухудшил ли ак жол результат в 2021 году по сравнению с 2016", "Нет.", "7,18"),
        ("ақ жол 2016 жылмен салыстырғанда нәтижесін жақсартты ма", "Иә.", "7,18"),
        ("aq zhol 2016 zhylmen salystyrganda natizhesin zhaksartty ma", "Иә.", "7,18"),
    ],
)
def test_a_party_result_that_improved_is_decided_by_its_share(
    question: str, first: str, share: str
) -> None:
    text = answered(question)
    _plain(text)
    assert text.startswith(first) and share in text, text


@pytest.mark.parametrize(
    "question",
    [
        "were the exit poll and the CEC figures for nur otan the same?",
        "совпали ли данные экзитпола и цик по нур отану",
        "экзитпол мен ОСК нұр отан бойынша сәйкес келді ме",
        "ekzitpol men osk nur otan boiynsha saikes keldi me",
    ],
)
def test_an_exit_poll_matching_the_cec_is_the_two_figures_difference(question: str) -> None:
    text = answered(question).replace(",", ".")
    _plain(text)
    assert "71.97" in text and "71.09" in text and "0.88" in text, text
