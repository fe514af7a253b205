"""A reply is one text: the year and the party are said once (review 10, pattern 3 and P4), a
yes/no on seats gives the total the seats are out of (P2)."""

from __future__ import annotations

import pytest

from sailau.pipeline import answer
from sailau.reply import Lang


def _text(question: str, lang: Lang) -> list[str]:
    reply = answer(question, lang)
    return [reply.headline, *reply.details]


@pytest.mark.parametrize(
    ("question", "lang", "repeated"),
    [("адал прошла барьер в 2021?", "ru", "в 2021 году"),
     ("явка в астане и шымкенте в 2021", "ru", "в 2021 году"),
     ("2016 жылы коммунистер мәжіліске кірді ме", "kk", "2016 жылы"),
     ("2021 жылы Мәжіліс пен Сенатта неше орын болды", "kk", "2021 жылы")],
)  # fmt: skip
def test_the_year_is_said_once(question: str, lang: str, repeated: str) -> None:
    lines = _text(question, lang)
    said = [line for line in lines if repeated in line.casefold()]
    assert len(lines) > 1 and len(said) == 1, lines


def test_another_year_between_keeps_the_frame() -> None:
    """After a line on 2023, a line on 2021 names its year again."""
    lines = _text("ауыл прошел в мажилис?", "ru")
    assert any(line.startswith("А в 2023 году") for line in lines), lines
    assert lines[-1].startswith("В 2021 году"), lines


@pytest.mark.parametrize(
    ("question", "declined"),
    [("на сколько меньше мест у нур отана чем в 2016", "Доля голосов «Нур Отана»"),
     ("ak zhol v 2023 skolko mest poteryal", "Доля голосов «Ак жола»")],
)  # fmt: skip
def test_a_party_named_again_is_its_name_in_case(question: str, declined: str) -> None:
    lines = _text(question, "ru")
    assert declined in lines[1] and "партии «" not in lines[1], lines


@pytest.mark.parametrize(
    ("question", "lang", "first", "figure"),
    [("аманат взял больше половины мест в 2023", "ru", "Да.", "62 места из 98"),
     ("аманат 2023 жылы орын алды ма", "kk", "Иә.", "98 орынның 62-сін"),
     ("did amanat win seats in 2023", "en", "Yes.", "62 of the 98 seats")],
)  # fmt: skip
def test_a_yes_no_on_seats_gives_the_total(
    question: str, lang: str, first: str, figure: str
) -> None:
    head = _text(question, lang)[0]
    assert head.startswith(first) and figure in head, head
