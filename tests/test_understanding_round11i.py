"""Round 11's causes of confident wrong answers from set I (issue 12, docs/understanding.md):
Latin-typed Russian's word-final "ai"/"ei"/"oi" is ай/ей/ой ("izbiratelei"), and "actually
voted" is turnout, each in phrasings of our own."""

from __future__ import annotations

import pytest
from reply_checks import answered

from sailau.understanding.text import to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("izbiratelei", "избирателей"),
        ("kakoi", "какой"),
        ("partiei", "партией"),
        ("neizvestno", "неизвестно"),  # not at a word's end: и
    ],
)
def test_latin_russian_vowel_i_at_a_words_end_is_short_i(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("a izbiratelei v 2016 skolko bylo", "9 810 852"),
        ("kakoi byl porog v 2021", "7"),
    ],
)
def test_latin_russian_reads_the_asked_measure(question: str, figure: str) -> None:
    assert figure in answered(question).splitlines()[0]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many voters really voted in 2016", "77.12"),
        ("how many actually turned out in 2021", "63.25"),
    ],
)
def test_actually_voted_is_turnout(question: str, figure: str) -> None:
    assert figure in answered(question), question
