"""The Telegram application: built by `build_application`, every handler registered in
`add_handlers`. How it runs (polling or webhook, inside an aiohttp server) is `handlers.web`."""

from __future__ import annotations

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from handlers import callbacks, chats, commands, inline, messages
from handlers.actions import Showing
from handlers.context import CONTEXT_TYPES, SailauApp, Services
from handlers.errors import on_error
from handlers.outbox import Outbox
from handlers.persistence import StorePersistence, StoreSession
from handlers.pictures import Pictures
from handlers.processor import PerChatUpdateProcessor
from handlers.ratelimit import SendPolicy
from handlers.request import AiohttpRequest, env_proxy
from handlers.where import Where
from sailau.i18n import load_catalog
from sailau.settings import Settings

CONCURRENT_UPDATES = 8
"""Chats answered at once (each chat's own updates stay in order); also the connections kept
open for calls. A call that waits for Telegram's leave (429, back-off) frees its slot."""
GET_UPDATES_READ_MARGIN = 3.0
"""Seconds a long poll may take beyond its own timeout before it counts as timed out."""

NEW = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
EDITED = filters.UpdateType.EDITED_MESSAGE | filters.UpdateType.EDITED_CHANNEL_POST
PRIVATE = filters.ChatType.PRIVATE
QUESTION = filters.TEXT & ~filters.COMMAND


def build_application(
    settings: Settings, session: StoreSession, request: BaseRequest | None = None
) -> SailauApp:
    """The bot with every handler, its chat data kept in `session`'s store; `request` replaces
    the HTTP layer (tests)."""
    app: SailauApp

    def spacing(chat_id: int) -> float:
        chosen = app.chat_data[chat_id].cooldown
        return settings.group_cooldown if chosen is None else chosen

    def history(chat_id: int) -> list[float]:
        sent: list[float] = app.chat_data[chat_id].sent
        return sent

    calls, polls = (request, request) if request is not None else http_layers(settings)
    pictures = Pictures(settings.webapp_url, settings.token) if settings.webapp_url else None
    outbox = Outbox(spacing, history)
    services = Services(settings, load_catalog(), outbox, http=(calls, polls), pictures=pictures)
    policy = SendPolicy(pace=settings.rate_limit)
    built = (
        Application.builder()
        .application_class(SailauApp, {"services": services})
        .token(settings.token)
        .base_url(settings.api_base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .context_types(CONTEXT_TYPES)
        .persistence(StorePersistence(session))
        .concurrent_updates(PerChatUpdateProcessor(CONCURRENT_UPDATES))
        .rate_limiter(policy)
        .request(calls)
        .get_updates_request(polls)
        .updater(None)
        .build()
    )
    assert isinstance(built, SailauApp)
    app = built
    policy.on_migrated = lambda old, new: chats.migrated(app, old, new)
    policy.on_forbidden = lambda chat_id, why: chats.forbidden(app, chat_id, why)
    policy.announce = lambda chat_id, thread, action: Showing(
        app.bot, Where(chat_id, thread), action
    )
    add_handlers(app)
    return app


def http_layers(settings: Settings) -> tuple[AiohttpRequest, AiohttpRequest]:
    """The HTTP layers for calls and for long polls (apart, so that a poll never waits for a
    free connection)."""
    proxy = env_proxy(settings.api_base_url)
    timeout = settings.api_timeout
    calls = AiohttpRequest(CONCURRENT_UPDATES, read_timeout=timeout, proxy=proxy)
    return calls, AiohttpRequest(read_timeout=GET_UPDATES_READ_MARGIN, proxy=proxy)


def add_handlers(app: SailauApp) -> None:
    """Every handler, in order: chat bookkeeping first (group -1), then commands (a private
    /unknown gets help), questions, buttons, inline queries, errors."""
    app.add_handler(TypeHandler(Update, chats.on_any_update), group=-1)
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, chats.on_migration))
    app.add_handler(CommandHandler("start", commands.on_start, NEW))
    app.add_handler(CommandHandler("help", commands.on_help, NEW))
    app.add_handler(CommandHandler("lang", commands.on_lang, NEW))
    app.add_handler(CommandHandler("cooldown", commands.on_cooldown, NEW))
    app.add_handler(CommandHandler(list(commands.ROUTES), commands.on_routed, NEW))
    app.add_handler(MessageHandler(NEW & PRIVATE & filters.COMMAND, messages.on_unknown_command))
    app.add_handler(MessageHandler(NEW & QUESTION, messages.on_text))
    app.add_handler(MessageHandler(EDITED & QUESTION, messages.on_edited))
    app.add_handler(
        MessageHandler(
            NEW & PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, messages.on_not_text
        )
    )
    app.add_handler(CallbackQueryHandler(callbacks.on_lang_button, callbacks.LANG_BUTTON))
    app.add_handler(CallbackQueryHandler(callbacks.on_suggestion, callbacks.SUGGESTION))
    app.add_handler(CallbackQueryHandler(callbacks.on_unknown_button))
    app.add_handler(InlineQueryHandler(inline.on_inline))
    app.add_error_handler(on_error)
