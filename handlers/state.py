"""What every handler shares: settings, the chat store, the catalog, cooldowns and counters."""

from __future__ import annotations

import enum
import html
from collections import Counter
from dataclasses import dataclass, field

from telegram import Chat, Update, User
from telegram.ext import ContextTypes

from sailau.chatstore import ChatStore
from sailau.i18n import Catalog
from sailau.reply import LANGS, Lang, Slots
from sailau.settings import Settings

STATE_KEY = "sailau"
FALLBACK_LANG: Lang = "en"
GROUP_TYPES = frozenset({Chat.GROUP, Chat.SUPERGROUP, Chat.CHANNEL})


class Gate(enum.Enum):
    """What the group cooldown allows for one message."""

    ANSWER = "answer"
    NOTICE = "notice"  # first message inside the cooldown: say so once
    SILENT = "silent"


@dataclass
class BotState:
    """Shared, process-wide state of the bot (kept in `application.bot_data`)."""

    settings: Settings
    store: ChatStore
    catalog: Catalog
    asked: Counter[tuple[str, Slots]] = field(default_factory=Counter)
    """How often each question (intent, slots) was answered: the empty inline query offers the
    most asked."""
    last_answer: dict[int, float] = field(default_factory=dict)
    noticed: set[int] = field(default_factory=set)

    def t(self, key: str, lang: Lang, **values: object) -> str:
        return self.catalog.t(key, lang, None, **values)

    def html(self, key: str, lang: Lang, **values: object) -> str:
        """The text for `key`, escaped for Telegram HTML."""
        return html.escape(self.t(key, lang, **values), quote=False)

    def chosen_lang(self, chat_id: int | None) -> Lang | None:
        """The language a chat picked with /lang, if any."""
        return None if chat_id is None else self.store.get(chat_id).lang

    def lang_for(self, update: Update) -> Lang:
        """The chat's choice, else the user's Telegram language, else English."""
        chat_id = update.effective_chat.id if update.effective_chat else None
        return self.chosen_lang(chat_id) or hint_lang(update.effective_user) or FALLBACK_LANG

    def cooldown(self, chat_id: int) -> float:
        chosen = self.store.get(chat_id).cooldown
        return self.settings.group_cooldown if chosen is None else chosen

    def gate(self, chat_id: int, now: float) -> Gate:
        """Group flood control: one answer per cooldown, one notice when it is hit."""
        last = self.last_answer.get(chat_id)
        if last is None or now - last >= self.cooldown(chat_id):
            self.last_answer[chat_id] = now
            self.noticed.discard(chat_id)
            return Gate.ANSWER
        if chat_id in self.noticed:
            return Gate.SILENT
        self.noticed.add(chat_id)
        return Gate.NOTICE


def hint_lang(user: User | None) -> Lang | None:
    """The user's Telegram interface language when it is one we speak (`ru-RU` -> `ru`)."""
    code = (user.language_code or "").split("-")[0].lower() if user else ""
    return next((lang for lang in LANGS if lang == code), None)


def state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared state of the application this callback runs in."""
    found = context.bot_data[STATE_KEY]
    assert isinstance(found, BotState)
    return found
