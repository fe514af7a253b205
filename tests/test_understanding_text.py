"""Normalisation, folding, transliteration, layout swap, language detection, numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sailau.understanding.text import (
    basic,
    detect_lang,
    fold,
    normalise,
    script,
    swap_layout,
    to_cyrillic,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Сколько МЕСТ у «Нұр Отан»?! 😀", "сколько мест у нұр отан"),
        ("  Ёлка\t\n ЯВКА?? ", "елка явка"),
        ("Nur-Otan, seats!!!", "nur otan seats"),
        ("skol'ko mest", "skolko mest"),
        ("ｓｅａｔｓ", "seats"),  # NFKC: full-width letters
        ("2021ж. сайлау", "2021 ж сайлау"),
        ("", ""),
        ("?!…", ""),
    ],
)
def test_normalise_cleans_case_punctuation_and_emoji(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5 процентов", "5%"),
        ("барьер 5 %", "барьер 5%"),
        ("бес пайыз болса", "5% болса"),
        ("пять процентов", "5%"),
        ("five percent threshold", "5% threshold"),
        ("3,5%", "3.5%"),
        ("3.5 процента", "3.5%"),
        ("семипроцентный барьер", "7% барьер"),
        ("ppk %", "ppk %"),
    ],
)
def test_normalise_writes_percentages_as_numbers(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_fold_maps_kazakh_letters_and_drops_signs() -> None:
    assert fold("әғқңөұүһі") == "агкноуухи"
    assert fold("барьер") == "барер"
    assert fold(normalise("ҚАНША ОРЫН")) == fold(normalise("канша орын"))


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("skolko mest u nur otan", "сколко мест у нур отан"),
        ("yavka", "явка"),
        ("saylau qashan boldy", "сайлау кашан болды"),
        ("vybory", "выборы"),
        ("auyl", "ауыл"),
        ("zhol shchuka", "жол щука"),
        ("saılaý", "сайлау"),  # Kazakh Latin alphabet, 2018
        ("paıyz", "пайыз"),
        ("2016", "2016"),
    ],
)
def test_to_cyrillic_reads_latin_typed_russian_and_kazakh(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ghbdtn", "привет"),
        ("zdrf", "явка"),
        ("gj,tlbk", "победил"),
        ("crjkmrj vtcn", "сколько мест"),
        ("егктщге", "turnout"),
    ],
)
def test_swap_layout_undoes_the_wrong_keyboard(typed: str, meant: str) -> None:
    assert swap_layout(typed) == meant
    assert swap_layout(swap_layout(meant)) == meant


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Нұр Отан қанша орын алды?", "kk"),
        ("нур отан канша орын алды", "kk"),  # Kazakh typed without Kazakh letters
        ("бюллетеньдер саны", "kk"),
        ("сколько мест у нур отан", "ru"),
        ("явка?", "ru"),
        ("лидер респблики", "ru"),
        ("how many seats did nur otan win", "en"),
        ("nur otan seats", "en"),
        ("skolko mest u nur otan", "ru"),
        ("saylau qashan boldy", "kk"),
        ("exit poll", "en"),
    ],
)
def test_detect_lang_from_letters_and_words(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_detect_lang_falls_back_to_the_hint_only_without_evidence() -> None:
    assert detect_lang("2016", hint="kk") == "kk"
    assert detect_lang("2016") is None
    assert detect_lang("🙂") is None
    assert detect_lang("сколько мест", hint="en") == "ru"  # the text wins over the hint


def test_script() -> None:
    assert script("nur otan") == "latin"
    assert script("нур отан 2021") == "cyrillic"
    assert script("2021 %") is None


@given(st.text(max_size=200))
def test_normalise_is_idempotent_and_never_raises(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert "  " not in once
    assert once == once.strip()


@given(st.text(max_size=200))
def test_detect_lang_and_readings_never_raise(text: str) -> None:
    assert detect_lang(text) in (None, "kk", "ru", "en")
    to_cyrillic(fold(normalise(text)))
    swap_layout(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("сайлау кай кунi болды", "сайлау кай куні болды"),  # Latin i for і
        ("нур отан канша пайыз алдi", "нур отан канша пайыз алді"),
        ("сколькo мест", "сколько мест"),  # a Latin o inside a Russian word
        ("ak zhol канша орын алды", "ak zhol канша орын алды"),  # whole Latin words stay
        ("auyldyñ дауысы", "auyldyñ дауысы"),  # Kazakh Latin letters stay Latin
    ],
)
def test_latin_lookalikes_inside_a_cyrillic_word_are_read_as_cyrillic(
    raw: str, expected: str
) -> None:
    assert basic(raw) == expected
