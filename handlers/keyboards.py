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
BUTTONS_REMEMBERED = 4096
"""Buttons remembered (immutable PTB objects, shared by the keyboards that show them)."""
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
    """An inline keyboard whose JSON is made with it (`json`: each row's buttons as PTB's
    `to_dict` writes them; by default PTB's own): keyboards are immutable and the same few are
    sent again and again, and PTB's generic `to_dict` walks every attribute of every button
    (about 7 us a button)."""

    __slots__ = ("_json",)
    _json: dict[str, Any]

    def __init__(
        self,
        rows: list[list[InlineKeyboardButton]],
        json: list[list[dict[str, Any]]] | None = None,
    ) -> None:
        super().__init__(rows)
        if json is None:
            json = [[button.to_dict() for button in row] for row in rows]
        object.__setattr__(self, "_json", {"inline_keyboard": json})  # PTB freezes its objects

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        return self._json if recursive else super().to_dict(recursive)


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
    buttons = []
    for suggestion in suggestions:
        data = suggestion.code()
        if not fits(data):
            log.warning("suggestion %r dropped: callback data over 64 bytes", data)
            continue
        buttons.append((suggestion.label, data))
    shown = buttons[:MAX_BUTTONS]
    rows = [[_follow_up(label, data)] for label, data in shown]
    json = [[{"callback_data": data, "text": label}] for label, data in shown]  # as PTB writes it
    if extras:
        made = [_extra_button(extra) for extra in extras]
        rows.append([button for button, _ in made])
        json.append([written for _, written in made])
    return Keyboard(rows, json) if rows else None


@functools.lru_cache(maxsize=BUTTONS_REMEMBERED)
def _follow_up(label: str, data: str) -> InlineKeyboardButton:
    """A follow-up's button (PTB builds one in about 8 us; the same follow-ups recur under
    different answers)."""
    return InlineKeyboardButton(label, callback_data=data)


@functools.lru_cache(maxsize=BUTTONS_REMEMBERED)
def _extra_button(extra: Extra) -> tuple[InlineKeyboardButton, dict[str, Any]]:
    """An extra's button and its JSON."""
    button = extra.button()
    return button, button.to_dict()


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
