"""The bot's process: one aiohttp application owns the event loop, runs the Telegram bot in a
`cleanup_ctx` (started before the server listens, stopped after it closes) and serves the bot's
HTTP routes: the webhook (when `WEBHOOK_URL` is set) and `/healthz`.

`add_bot(web_app, settings)` adds all of that to any `web.Application` — with WEBAPP_URL, the
Mini App too (`handlers.webapp`) — so that other routes or sub-applications can be served by
the same process and port;
`make_web_app(settings)` is a new application with just the bot; `run(settings)` serves it until
SIGTERM or SIGINT (`python bot.py run`).

Stopping: the server stops taking webhooks, polling stops (an unfinished long poll confirms
nothing), updates not yet begun are left to the journal at once, those being answered get
`STOP_GRACE` seconds, and the process exits well inside Docker's 10 s.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hmac
import json
import logging
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Coroutine
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.request import BaseRequest

from handlers import chats, metadata
from handlers.app import GET_UPDATES_READ_MARGIN, build_application
from handlers.context import SailauApp
from handlers.intake import STALL_FACTOR, Intake, Pending, update_id
from handlers.persistence import StoreSession, migrate_json
from handlers.webapp import add_webapp, set_menu_button
from sailau.settings import Settings
from sailau.store import StoreError, open_store

log = logging.getLogger(__name__)

PTB_APP = web.AppKey("ptb_app", SailauApp)
INTAKE = web.AppKey("intake", Intake)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20
"""Largest webhook body taken (Telegram's updates are a few KB); larger ones are refused
before they are read."""
STOP_GRACE = 4.0
"""Seconds the updates being answered get to finish when the bot is stopped."""
SERVER_SHUTDOWN = 1.0
MAINTENANCE_SECONDS = 6 * 3600.0
"""How often old chats and answered updates are pruned from the store."""
CHAT_QUIET_SECONDS = 1800.0
"""A chat with no update for this long leaves memory (it is read back from the store when it
writes again)."""
PRUNE_SLICE = 500
"""Rows deleted at a time when pruning."""
OLD_CHATS_FILE = "chats.json"


def make_web_app(settings: Settings, request: BaseRequest | None = None) -> web.Application:
    """A new aiohttp application serving just the bot."""
    web_app = web.Application(client_max_size=MAX_BODY)
    add_bot(web_app, settings, request)
    return web_app


def add_bot(
    web_app: web.Application, settings: Settings, request: BaseRequest | None = None
) -> None:
    """Run the bot inside `web_app` (polling, or its webhook route when `WEBHOOK_URL` is set)
    and serve its health at `/healthz`. `request` replaces the HTTP layer to Telegram."""

    async def bot(web_app: web.Application) -> AsyncIterator[None]:
        async with running_bot(web_app, settings, request):
            yield

    web_app.cleanup_ctx.append(bot)
    web_app.router.add_get("/healthz", health)
    if settings.webhook_url:
        path = urlsplit(settings.webhook_url).path or "/"
        web_app.router.add_post(path, webhook)
    add_webapp(web_app, settings, lambda: web_app[PTB_APP])


@contextlib.asynccontextmanager
async def running_bot(
    web_app: web.Application, settings: Settings, request: BaseRequest | None
) -> AsyncIterator[None]:
    """The bot from start to stop: store, application, journal replay, polling or webhook."""
    session = StoreSession(open_store(settings.data_dir))
    try:
        await _maintain(session, settings, first=True)
        app = build_application(settings, session, request)
        stall = STALL_FACTOR * (settings.poll_timeout + settings.api_timeout)
        intake = Intake(app, session, stall)
        web_app[PTB_APP], web_app[INTAKE] = app, intake
        calls, polls = app.services.http or (app.bot.request, app.bot.request)
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_callback(calls.shutdown)  # PTB closes them only once started
            stack.push_async_callback(polls.shutdown)
            await stack.enter_async_context(app)
            await metadata.publish(app.bot, app.services.catalog)
            await set_menu_button(app.bot, settings, app.services.catalog, metadata.DEFAULT_LANG)
            await intake.recover()
            await app.start()
            tasks = [
                asyncio.create_task(_maintenance(session, settings), name="maintenance"),
                asyncio.create_task(_forget_quiet_chats(app), name="quiet chats"),
            ]
            try:
                if settings.webhook_url:
                    await app.bot.set_webhook(
                        settings.webhook_url,
                        secret_token=settings.webhook_secret,
                        allowed_updates=Update.ALL_TYPES,
                    )
                else:
                    await app.bot.delete_webhook()
                    poll = intake.poll(polls, settings.poll_timeout, GET_UPDATES_READ_MARGIN)
                    tasks.append(asyncio.create_task(_fatal_on_end(poll), name="polling"))
                log.info("bot @%s started", app.bot.username)
                gc.freeze()  # what start-up built lives as long as the process
                yield
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                await intake.stop(STOP_GRACE)
                await app.services.outbox.close()
                if app.running:
                    await app.stop()
        log.info("bot stopped")
    finally:
        session.close()


_fatal: list[str] = []
"""Why the bot stopped itself, if it did (`run` reports it)."""


async def _fatal_on_end(poll: Coroutine[Any, Any, None]) -> None:
    """Polling ends only when Telegram refuses the token: the process stops with it, as on
    SIGTERM, and `run` reports why."""
    try:
        await poll
    except InvalidToken:
        _fatal.append("Telegram refused TELEGRAM_BOT_TOKEN (revoked or mistyped?)")
        os.kill(os.getpid(), signal.SIGTERM)


async def _maintain(session: StoreSession, settings: Settings, first: bool = False) -> None:
    """Migrate the old chats.json (first start only) and prune the store, a slice at a time so
    that the event loop goes on meanwhile."""
    store = session.store
    if first:
        try:
            moved = session.now(lambda: migrate_json(store, settings.data_dir / OLD_CHATS_FILE))
        except StoreError as exc:  # the bot starts without the old settings; kept for later
            log.warning("%s", exc)
        else:
            if moved is not None:
                log.info("%d chats moved from %s into %s", moved, OLD_CHATS_FILE, store.path)
    older = time.time() - settings.retention_days * 86400
    chats = updates = 0
    while True:
        pruned = session.now(lambda: store.prune(time.time(), older, PRUNE_SLICE))
        chats, updates = chats + pruned[0], updates + pruned[1]
        if max(pruned) < PRUNE_SLICE:
            break
        await asyncio.sleep(0)
    if chats or updates:
        log.info("store pruned: %d idle chats, %d answered updates", chats, updates)


async def _maintenance(session: StoreSession, settings: Settings) -> None:
    while True:
        await asyncio.sleep(MAINTENANCE_SECONDS)
        try:
            await _maintain(session, settings)
        except StoreError as exc:
            log.warning("store maintenance failed: %s", exc)


async def _forget_quiet_chats(app: SailauApp) -> None:
    """Every so often, the chats quiet for `CHAT_QUIET_SECONDS` leave memory."""
    while True:
        await asyncio.sleep(CHAT_QUIET_SECONDS / 4)
        gone = chats.forget_quiet(app, time.monotonic() - CHAT_QUIET_SECONDS)
        if gone:
            log.debug("%d quiet chats left memory", gone)


async def health(request: web.Request) -> web.Response:
    """200 while the bot makes progress, 503 when it can't (figures in the JSON body)."""
    ok, figures = request.app[INTAKE].health()
    return web.json_response(
        {"status": "ok" if ok else "stalled", **figures}, status=200 if ok else 503
    )


async def webhook(request: web.Request) -> web.Response:
    """Telegram's POST: the secret first, then the size (before reading), then the JSON; an
    update is journalled before the 200 that tells Telegram it arrived."""
    secret = request.app[PTB_APP].services.settings.webhook_secret or ""
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), secret.encode()):
        return web.Response(status=403)
    if request.content_length is None:
        return web.Response(status=411)
    if request.content_length > MAX_BODY:
        return web.Response(status=413, headers={"Connection": "close"})
    body = await request.read()
    try:
        data = json.loads(body)
    except ValueError:
        return web.Response(status=400, text="malformed JSON")
    found = update_id(data)
    if found is None:
        return web.Response(status=400, text="not an update")
    await request.app[INTAKE].accept([Pending(found, data, body.decode())])
    return web.Response()


def run(settings: Settings) -> int:
    """Serve the bot until SIGTERM/SIGINT; 0 after a clean stop, else a one-line reason."""
    try:
        web.run_app(
            make_web_app(settings),
            host=settings.webhook_listen,
            port=settings.webhook_port,
            shutdown_timeout=SERVER_SHUTDOWN,
            print=None,
            access_log=None,
        )
    except InvalidToken:
        return _fail("Telegram refused TELEGRAM_BOT_TOKEN (revoked or mistyped?)", 2)
    except StoreError as exc:
        return _fail(f"SAILAU_DATA_DIR: {exc}", 1)
    except TelegramError as exc:
        return _fail(f"cannot reach the Telegram Bot API: {exc}", 1)
    except OSError as exc:
        where = f"{settings.webhook_listen}:{settings.webhook_port}"
        return _fail(f"WEBHOOK_LISTEN/WEBHOOK_PORT {where}: {exc.strerror or exc}", 1)
    return _fail(_fatal[0], 2) if _fatal else 0


def _fail(reason: str, status: int) -> int:
    print(f"bot.py run: {reason}", file=sys.stderr)
    return status
