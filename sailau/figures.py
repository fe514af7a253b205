"""The figures a line of text states, read back as numbers: `5 148 074`, `71,09 %` (kk, ru),
`5,148,074`, `71.09%` (en). A line cites the sources of the figures it states
(`sailau.answers.env`), and the tests check every figure an answer states against the fact base."""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from sailau.reply import Lang


@functools.cache
def _signs(lang: Lang) -> tuple[re.Pattern[str], str, str]:
    """A number as CLDR writes it in `lang` (digits grouped by threes, a decimal part), and
    the group and decimal signs."""
    locale = Locale.parse(lang)
    group, point = str(get_group_symbol(locale)), str(get_decimal_symbol(locale))
    decimals = rf"(?:{re.escape(point)}\d+)?"
    grouped = rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+{decimals}"
    return re.compile(rf"(?<![\d.,])(?:{grouped}|\d+{decimals})(?!\d)"), group, point


def stated(text: str, lang: Lang) -> frozenset[Decimal]:
    """Every number `text` writes, as a value (`82,20` and `82,2` are the same figure)."""
    pattern, group, point = _signs(lang)
    return frozenset(
        Decimal(m.replace(group, "").replace(point, ".")) for m in pattern.findall(text)
    )
