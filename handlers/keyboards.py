"""Inline keyboards: follow-up suggestions (with "share" and "what if…" under an answer), example
questions, the language choice."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any, Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, WebAppInfo

from sailau.i18n import Catalog
from sailau.reply import LANGS, Lang, Suggestion

log = logging.getLogger(__name__)

CALLBACK_DATA_LIMIT = 64
"""Telegram's limit on callback data, in bytes of UTF-8."""
MAX_BUTTONS = 6
LANG_PREFIX = "lang:"
"""Callback data of the language buttons; suggestion codes never contain a colon."""

EXAMPLES: tuple[tuple[str, Suggestion], ...] = (
    ("tg_example_turnout", Suggestion("", "turnout")),
    ("tg_example_results", Suggestion("", "results")),
    ("tg_example_seats", Suggestion("", "party_seats", (("party", "nur_otan"),))),
    ("tg_example_chart", Suggestion("", "chart", (("chart", "parliament"),))),
)
"""The /start example questions: the label's locale key and the question it asks."""


class Keyboard(InlineKeyboardMarkup):
    """An inline keyboard that is turned into JSON once: keyboards are immutable and the same
    few are sent again and again (PTB would rebuild the dict of every button each time)."""

    __slots__ = ("_json",)
    _json: dict[str, Any] | None

    def __init__(self, rows: list[list[InlineKeyboardButton]]) -> None:
        super().__init__(rows)
        object.__setattr__(self, "_json", None)  # PTB objects are frozen after __init__

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        if not recursive:
            return super().to_dict(recursive)
        cached = self._json
        if cached is None:
            cached = super().to_dict()
            object.__setattr__(self, "_json", cached)
        return cached


def fits(data: str) -> bool:
    return 0 < len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT


@dataclass(frozen=True)
class Extra:
    """A button beside the follow-ups: `share` (the chat picker, then `@bot value` in the chat
    picked), `app` (the Mini App at `value`; private chats only), `url` (a link)."""

    kind: Literal["share", "app", "url"]
    label: str
    value: str

    def button(self) -> InlineKeyboardButton:
        if self.kind == "share":
            return InlineKeyboardButton(self.label, switch_inline_query=self.value)
        if self.kind == "app":
            return InlineKeyboardButton(self.label, web_app=WebAppInfo(self.value))
        return InlineKeyboardButton(self.label, url=self.value)


@functools.lru_cache(maxsize=4096)
def suggestions_keyboard(
    suggestions: tuple[Suggestion, ...], extras: tuple[Extra, ...] = ()
) -> Keyboard | None:
    """One button per suggestion (one per row: labels are questions), then the extras side by
    side; None when there are none.

    Cached: replies repeat, keyboards are immutable, and building one costs more than answering.
    """
    rows = []
    for suggestion in suggestions:
        data = suggestion.code()
        if not fits(data):
            log.warning("suggestion %r dropped: callback data over 64 bytes", data)
            continue
        rows.append([InlineKeyboardButton(suggestion.label, callback_data=data)])
    rows = rows[:MAX_BUTTONS]
    if extras:
        rows.append([extra.button() for extra in extras])
    return Keyboard(rows) if rows else None


def examples(catalog: Catalog, lang: Lang) -> tuple[Suggestion, ...]:
    """The /start example questions, labelled in `lang`."""
    return tuple(Suggestion(catalog.t(key, lang), s.intent, s.slots) for key, s in EXAMPLES)


def lang_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """Қазақша / Русский / English, each labelled in its own language."""
    buttons = [
        InlineKeyboardButton(catalog.t("tg_lang_label", lang), callback_data=LANG_PREFIX + lang)
        for lang in LANGS
    ]
    return InlineKeyboardMarkup([buttons])


def parse_lang(data: str) -> Lang | None:
    """The language a language button chose, or None when `data` is not one."""
    code = data.removeprefix(LANG_PREFIX) if data.startswith(LANG_PREFIX) else ""
    return next((lang for lang in LANGS if lang == code), None)
