"""The Telegram application: built by `build_application`, run by `run` (`python bot.py run`)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import logging
import os
import secrets
import sys
from pathlib import Path
from typing import Any, TypeAlias
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from handlers import callbacks, commands, inline, messages, metadata
from handlers.errors import on_error
from handlers.processor import PerChatUpdateProcessor
from handlers.ratelimit import ChatRateLimiter
from handlers.request import AiohttpRequest, env_proxy
from handlers.state import STATE_KEY, BotState
from sailau.chatstore import ChatStore, JsonChatStore
from sailau.i18n import load_catalog
from sailau.settings import Settings

log = logging.getLogger(__name__)

App: TypeAlias = Application[Any, Any, Any, Any, Any, Any]

CONCURRENT_UPDATES = 4
"""Chats answered at once (each chat's own updates stay in order); also the connections kept
open for calls. Four round trips in flight already exceed Telegram's 30 messages/s at 100 ms
each; on the loopback benchmark 2, 4 and 8 cost the same CPU per update."""
GET_UPDATES_READ_MARGIN = 3.0
"""Seconds a long poll may take beyond its own timeout before it counts as timed out."""
HTTP_KEY = "http"
"""The application's own HTTP layers (bot_data), closed by `run` whatever happens."""
HEARTBEAT_SECONDS = 30.0
HEARTBEAT_FILE = "heartbeat"
"""Touched while the event loop runs; the Docker health check reads its age."""

NEW = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
EDITED = filters.UpdateType.EDITED_MESSAGE | filters.UpdateType.EDITED_CHANNEL_POST
PRIVATE = filters.ChatType.PRIVATE
QUESTION = filters.TEXT & ~filters.COMMAND


def build_application(
    settings: Settings, request: BaseRequest | None = None, store: ChatStore | None = None
) -> App:
    """The bot with every handler; `request` replaces the HTTP layer (tests), `store` the
    per-chat settings file."""
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .concurrent_updates(PerChatUpdateProcessor(CONCURRENT_UPDATES))
        .post_init(_started)
        .post_stop(_stopping)
    )
    calls, polls = (request, request) if request is not None else _http_layers(settings)
    builder = builder.request(calls).get_updates_request(polls)
    app = (builder.rate_limiter(ChatRateLimiter()) if settings.rate_limit else builder).build()
    app.bot_data[STATE_KEY] = BotState(
        settings, store or JsonChatStore(settings.data_dir / "chats.json"), load_catalog()
    )
    app.bot_data[HTTP_KEY] = () if request is not None else (calls, polls)
    add_handlers(app)
    return app


def _http_layers(settings: Settings) -> tuple[AiohttpRequest, AiohttpRequest]:
    """The HTTP layers for calls and for long polls (PTB keeps them apart, so that a poll
    never waits for a free connection)."""
    proxy = env_proxy(settings.api_base_url)
    calls = AiohttpRequest(CONCURRENT_UPDATES, proxy=proxy)
    return calls, AiohttpRequest(read_timeout=GET_UPDATES_READ_MARGIN, proxy=proxy)


def add_handlers(app: App) -> None:
    """Commands first (a private /unknown gets help), then questions, buttons, inline, errors."""
    app.add_handler(CommandHandler("start", commands.on_start, NEW))
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
    app.add_handler(CallbackQueryHandler(callbacks.on_button))
    app.add_handler(InlineQueryHandler(inline.on_inline))
    app.add_error_handler(on_error)


async def _heartbeat(path: Path) -> None:
    while True:
        try:
            await asyncio.to_thread(path.touch)
        except OSError as exc:
            log.warning("heartbeat %s not written (%s): the health check will fail", path, exc)
        await asyncio.sleep(HEARTBEAT_SECONDS)


async def _started(app: App) -> None:
    st = app.bot_data[STATE_KEY]
    assert isinstance(st, BotState)
    await metadata.publish(app.bot, st.catalog)
    app.bot_data["heartbeat"] = asyncio.create_task(
        _heartbeat(st.settings.data_dir / HEARTBEAT_FILE)
    )
    log.info("bot @%s started", app.bot.username)


async def _stopping(app: App) -> None:
    task = app.bot_data.pop("heartbeat", None)
    if isinstance(task, asyncio.Task):
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    log.info("bot stopped")


def _preflight(settings: Settings) -> str | None:
    """What would stop the bot later, found before it connects: facts, locales, the data dir."""
    from sailau import pipeline

    try:
        pipeline.engine()
    except pipeline.LOAD_ERRORS as exc:
        return pipeline.load_problem(exc)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"SAILAU_DATA_DIR {settings.data_dir} can't be created: {exc.strerror}"
    if not os.access(settings.data_dir, os.W_OK):
        return f"SAILAU_DATA_DIR {settings.data_dir} is not writable"
    return None


def run(settings: Settings) -> int:
    """Poll Telegram, or serve a webhook when `WEBHOOK_URL` is set, until SIGTERM/SIGINT."""
    problem = _preflight(settings)
    if problem:
        print(f"bot.py run: {problem}", file=sys.stderr)
        return 1
    app = build_application(settings)
    gc.freeze()  # the fact base, intent index and handlers live as long as the process: a full
    # collection would walk them all again (30-45 ms, once per ~1,000 updates on the benchmark)
    try:
        if settings.webhook_url:
            secret = settings.webhook_secret or secrets.token_urlsafe(32)
            app.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
                close_loop=False,
            )
        else:
            app.run_polling(
                allowed_updates=Update.ALL_TYPES,
                timeout=dt.timedelta(seconds=settings.poll_timeout),
                close_loop=False,
            )
    except InvalidToken:
        print(
            "bot.py run: Telegram refused TELEGRAM_BOT_TOKEN (revoked or mistyped?)",
            file=sys.stderr,
        )
        return 2
    except TelegramError as exc:
        print(f"bot.py run: cannot reach the Telegram Bot API: {exc}", file=sys.stderr)
        return 1
    finally:
        _release(app)
    return 0


def _release(app: App) -> None:
    """Close the HTTP sessions, then the event loop. PTB shuts down only what it initialised,
    so a start-up that failed (a refused token) would leave the sessions open."""
    loop = asyncio.get_event_loop()
    for http in app.bot_data.get(HTTP_KEY, ()):
        loop.run_until_complete(http.shutdown())
    loop.close()
