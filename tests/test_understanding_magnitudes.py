"""A figure with a magnitude word ("20 тысяч", "12 million", "20 мыңнан") is compared as the
whole figure: read as 20, "fewer than 20 thousand polling stations?" got a confident "No"."""

import pytest

from sailau.pipeline import answer
from sailau.render import text

CASES = [
    ("было ли меньше 20 тысяч избирательных участков в 2021?", "ru", "Да", "10 060"),
    ("в 2021 году участков было больше 15 тыс?", "ru", "Нет", "10 060"),
    ("нур отан набрал больше 5 млн голосов в 2021?", "ru", "Да", "5 148 074"),
    ("were there more than 12 million registered voters in 2021?", "en", "No", "11,919,241"),
    ("did nur otan get over 5.5 million votes in 2021", "en", "No", "5,148,074"),
    ("2021 жылы сайлау учаскелері 20 мыңнан аз болды ма", "kk", "Иә", "10 060"),
    ("2021 jyly 5 myn saylau uchaskesinen kop boldy ma", "kk", "Иә", "10 060"),
]


@pytest.mark.parametrize(("question", "lang", "verdict", "figure"), CASES)
def test_a_figure_with_its_magnitude_decides_the_yes_no(
    question: str, lang: str, verdict: str, figure: str
) -> None:
    reply = text(answer(question, lang)).replace("\xa0", " ")
    assert reply.startswith(verdict), reply
    assert figure in reply, reply
