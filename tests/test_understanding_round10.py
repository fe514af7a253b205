"""Round 10's causes of confident wrong answers (issue 12, docs/understanding.md): э typed as
е (Latin-typed "ekzit pol", hurried "екзит"), "против"/"against" between two named things as
"vs", a year written with an apostrophe ("'21"), each in phrasings of our own."""

from __future__ import annotations

import pytest
from reply_checks import answered

from sailau import render
from sailau.pipeline import answer
from sailau.understanding.text import basic


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Aq joldyñ ekzit-poldaǵy ülesi qanşa", "10,18"),
        ("ekzit pol boiynsha nur otan neshe paiyz aldy", "71,97"),
        ("екзит пол 2021 ауыл сколько", "5,75"),
        ("ekzit pol ak zhol 2021 skolko procentov", "10,18"),
    ],
)
def test_e_for_the_russian_e_reads_the_exit_poll(question: str, figure: str) -> None:
    text = answered(question)
    assert figure in text.splitlines()[0], text  # the exit poll leads, not the official share


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("амантт в 23-м против нур отана в 21-м по процентам", ("53,90", "71,09")),
        ("ак жол против ауыла по местам 2023", ("8", "6")),
        ("nur otan 2021 against 2016 seats", ("76", "84")),
    ],
)
def test_against_between_two_named_things_compares_them(
    question: str, figures: tuple[str, ...]
) -> None:
    text = answered(question)
    assert all(f in text for f in figures), text


def test_against_alone_is_still_a_vote_against() -> None:
    reply = answer("сколько депутатов проголосовали против премьера")
    assert "против" in render.text(reply).casefold()


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("nur otan in '21 vs '16", "nur otan in 2021 vs 2016"),
        ("amanat’s seats ‘23", "amanats seats 2023"),
        ("the '99 election", "the 1999 election"),
        ("don't", "dont"),
        ("12'5", "125"),
    ],
)
def test_a_year_with_an_apostrophe_for_its_century(text: str, read: str) -> None:
    assert basic(text) == read


def test_an_apostrophe_year_is_asked() -> None:
    text = answered("how many seats did ak zhol win in '23")
    assert "6" in text and "2023" in text, text
