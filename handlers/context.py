"""What handlers see besides the update: PTB's context, typed (`SailauContext`), with each chat's
data (`ChatData`), the bot's own data (`BotData`) and the process's services (`Services`, kept
out of the persisted `bot_data`). The reply language is decided here, and only here.
"""

from __future__ import annotations

import html
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from telegram import Chat, Update, User
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot
from telegram.request import BaseRequest

from sailau.i18n import Catalog
from sailau.reply import LANGS, Context, Lang, Slots, freeze_slots
from sailau.settings import Settings

if TYPE_CHECKING:
    from handlers.outbox import Outbox
    from handlers.pictures import Pictures

FALLBACK_LANG: Lang = "en"
CONTEXT_TTL_SECONDS = 30 * 60
"""How long a conversation's topic (intent, party, region, year) lasts: a question asked later
starts afresh instead of silently inheriting, say, the year 2016 from yesterday."""
ANSWERS_KEPT = 20
"""How many question -> answer pairs a chat remembers: people edit their latest questions."""
ASKED_KEPT = 200
"""How many of the most asked questions the bot remembers (the empty inline query offers them)."""


def hint_lang(user: User | None) -> Lang | None:
    """The user's Telegram interface language when it is one we speak (`ru-RU` -> `ru`)."""
    code = (user.language_code or "").split("-")[0].lower() if user else ""
    return next((lang for lang in LANGS if lang == code), None)


def _lang(value: object) -> Lang | None:
    return next((lang for lang in LANGS if lang == value), None)


def _number(value: object, low: float = 0.0) -> float | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and value >= low
    return float(cast(float, value)) if ok else None


class ChatData:
    """What Sailau keeps per chat (PTB's `chat_data`), stored as JSON between runs.

    `lang`, `cooldown`: the chat's own choices (None: the default). `topic`: the conversation
    (the last answer's context, `topic_at` its time, seconds since the epoch). `answers`: question
    message id -> answer message id, newest last. `inactive_since`: when Telegram refused to let
    the bot write here (blocked, removed), until the chat writes again. `sent`: when the bot last
    wrote to this group (its send budget). `menu`: the Mini App page the bot set this private
    chat's menu button to open (None: Telegram's default button). `touched`: when the chat's
    last update came (monotonic seconds; not stored: a quiet chat leaves memory,
    `chats.forget_quiet`).
    """

    __slots__ = (
        "answers",
        "cooldown",
        "inactive_since",
        "lang",
        "loaded",
        "menu",
        "sent",
        "topic",
        "topic_at",
        "touched",
    )

    def __init__(self) -> None:
        self.lang: Lang | None = None
        self.cooldown: float | None = None
        self.topic = Context()
        self.topic_at = 0.0
        self.answers: dict[int, int] = {}
        self.inactive_since: float | None = None
        self.sent: list[float] = []
        self.menu: str | None = None
        self.loaded = False
        """Read from the store (or found absent there) in this process."""
        self.touched = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "cooldown": self.cooldown,
            "topic": self.topic.to_json(),
            "topic_at": self.topic_at,
            "answers": [[q, a] for q, a in self.answers.items()],
            "inactive_since": self.inactive_since,
            "sent": self.sent,
            "menu": self.menu,
        }

    def load(self, data: Mapping[str, Any]) -> None:
        """Take over stored values; anything this version does not understand is ignored."""
        self.lang = _lang(data.get("lang"))
        self.cooldown = _number(data.get("cooldown"))
        topic = data.get("topic")
        self.topic = Context.from_json(topic) if isinstance(topic, Mapping) else Context()
        self.topic_at = _number(data.get("topic_at")) or 0.0
        pairs = data.get("answers")
        self.answers = {
            p[0]: p[1]
            for p in (pairs if isinstance(pairs, list) else [])
            if isinstance(p, list) and len(p) == 2 and all(type(v) is int for v in p)
        }
        self.inactive_since = _number(data.get("inactive_since"))
        sent = data.get("sent")
        self.sent = [t for t in (sent if isinstance(sent, list) else []) if _number(t)]
        menu = data.get("menu")
        self.menu = menu if isinstance(menu, str) else None
        self.loaded = True

    @property
    def active(self) -> bool:
        return self.inactive_since is None

    def __deepcopy__(self, memo: dict[int, object]) -> ChatData:
        copy = ChatData()
        copy.load(self.to_json())
        return copy

    def conversation(self, now: float, hint: Lang | None) -> Context:
        """The context for the next question: the topic while fresh, later only its language;
        a new chat starts from the user's Telegram language."""
        if now - self.topic_at <= CONTEXT_TTL_SECONDS:
            return self.topic
        return Context(lang=self.topic.lang or hint)

    def remember(self, context: Context, now: float) -> None:
        self.topic, self.topic_at = context, now

    def answered(self, question_id: int, answer_id: int) -> None:
        """Which message answered which question (an edited question edits its answer)."""
        self.answers.pop(question_id, None)
        self.answers[question_id] = answer_id
        while len(self.answers) > ANSWERS_KEPT:
            del self.answers[next(iter(self.answers))]


class BotData:
    """What Sailau keeps for the whole bot: uploaded charts' file ids (chart key -> file id) and
    how often each question (intent, slots) was asked."""

    __slots__ = ("asked", "file_ids")

    def __init__(self) -> None:
        self.file_ids: dict[str, str] = {}
        self.asked: Counter[tuple[str, Slots]] = Counter()

    def to_json(self) -> dict[str, Any]:
        asked = [[i, [list(p) for p in s], n] for (i, s), n in self.asked.most_common(ASKED_KEPT)]
        return {"file_ids": dict(self.file_ids), "asked": asked}

    def load(self, data: Mapping[str, Any]) -> None:
        file_ids = data.get("file_ids")
        if isinstance(file_ids, Mapping):
            self.file_ids = {k: v for k, v in file_ids.items() if isinstance(v, str)}
        asked = data.get("asked")
        for item in asked if isinstance(asked, list) else []:
            if isinstance(item, list) and len(item) == 3 and isinstance(item[0], str):
                pairs = item[1] if isinstance(item[1], list) else []
                slots = dict(p for p in pairs if isinstance(p, list) and len(p) == 2)
                if type(item[2]) is int:
                    self.asked[item[0], freeze_slots(slots)] = item[2]

    def __deepcopy__(self, memo: dict[int, object]) -> BotData:
        copy = BotData()
        copy.load(self.to_json())
        return copy

    def count(self, intent: str | None, slots: Slots) -> None:
        if intent:
            self.asked[intent, slots] += 1
            if len(self.asked) > 2 * ASKED_KEPT:
                self.asked = Counter(dict(self.asked.most_common(ASKED_KEPT)))


@dataclass
class Services:
    """What the handlers use that is not data: settings, the bot's own texts, the group outbox."""

    settings: Settings
    catalog: Catalog
    outbox: Outbox
    migrations: dict[int, int] = field(default_factory=dict)
    """Groups that became supergroups in this process: old id -> new id."""
    http: tuple[BaseRequest, BaseRequest] | None = None
    """The HTTP layers for calls and for long polls (closed when the bot stops, even when it
    never got to start)."""
    pictures: Pictures | None = None
    """Chart pictures at public addresses, for inline results (with WEBAPP_URL)."""


class SailauContext(CallbackContext[ExtBot[None], dict[Any, Any], ChatData, BotData]):
    """The context every handler gets: PTB's, plus the services and the reply language."""

    @classmethod
    def from_update(
        cls, update: object, application: Application[Any, Any, Any, Any, Any, Any]
    ) -> SailauContext:
        context = super().from_update(update, application)
        if isinstance(update, Update):
            context.hint = hint_lang(update.effective_user)
            chat = update.effective_chat
            context.shared = chat is not None and chat.type != Chat.PRIVATE
        return context

    hint: Lang | None = None
    """The user's Telegram language, when we speak it."""
    shared: bool = False
    """The update comes from a group or channel (whose choices are not the user's own)."""
    user_choice: Lang | None = None
    """For updates from no chat (inline queries): the language the user chose in their private
    chat with the bot (`recall_user_choice`)."""

    @property
    def services(self) -> Services:
        return cast(SailauApp, self.application).services

    @property
    def chosen_lang(self) -> Lang | None:
        """The language the chat chose with /lang, if any."""
        return self.chat_data.lang if self.chat_data is not None else self.user_choice

    @property
    def conversation(self) -> Context:
        """The context the chat's next question is asked in."""
        if self.chat_data is None:
            return Context(lang=self.hint)
        return self.chat_data.conversation(time.time(), self.hint)

    @property
    def lang(self) -> Lang:
        """The language of every reply that is not an answer to free text (whose language the
        pipeline reads from the text): the chat's choice, else its conversation's, else the
        user's Telegram language, else English."""
        return self.chosen_lang or self.conversation.lang or self.hint or FALLBACK_LANG

    @property
    def own_lang(self) -> Lang:
        """The language of a word to one user alone (a toast under a button they pressed): in a
        group, their Telegram language when we speak it, else the group's; in their private
        chat, the chat's."""
        return (self.hint or self.lang) if self.shared else self.lang

    async def recall_user_choice(self, user_id: int) -> None:
        """An update from no chat (an inline query) is answered in the language the user chose
        in their private chat with the bot, if any."""
        chat = self.application.chat_data[user_id]
        persistence = self.application.persistence
        if persistence is not None and not chat.loaded:
            await persistence.refresh_chat_data(user_id, chat)
        self.user_choice = chat.lang

    def t(self, key: str, **values: object) -> str:
        """The bot's own text `key` in the reply language."""
        return self.services.catalog.t(key, self.lang, None, **values)

    def t_own(self, key: str, **values: object) -> str:
        """The bot's own text `key` in `own_lang` (plain text: toasts are not HTML)."""
        return self.services.catalog.t(key, self.own_lang, None, **values)

    def html(self, key: str, **values: object) -> str:
        """`t`, escaped for Telegram HTML."""
        return html.escape(self.t(key, **values), quote=False)


class SailauApp(Application[ExtBot[None], SailauContext, dict[Any, Any], ChatData, BotData, None]):
    """PTB's `Application` with Sailau's services beside its (persisted) data."""

    __slots__ = ("services",)

    def __init__(self, services: Services, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services = services


CONTEXT_TYPES = ContextTypes(context=SailauContext, chat_data=ChatData, bot_data=BotData)
