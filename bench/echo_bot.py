"""The baseline for the Telegram benchmarks: python-telegram-bot's own echo bot example, given the
same concurrency (`concurrent_updates`) and connection pool as `bot.py run`.

Reads TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL and SAILAU_POLL_TIMEOUT like Sailau does.
ECHO_HTTP picks the HTTP layer: `aiohttp` (Sailau's, `handlers.request.AiohttpRequest`, the
default: the faster one, see bench_transport.py) or `httpx` (PTB's own `HTTPXRequest`, with the
same pool size and timeouts).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters
from telegram.request import BaseRequest, HTTPXRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handlers.app import CONCURRENT_UPDATES, GET_UPDATES_READ_MARGIN
from handlers.request import AiohttpRequest

API_TIMEOUT = 10.0
"""`SAILAU_API_TIMEOUT`'s default: what Sailau waits for an answer."""


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message is not None and update.message.text:
        await update.message.reply_text(update.message.text)


def http_layers(kind: str) -> tuple[BaseRequest, BaseRequest]:
    """Calls (a pool as large as the concurrency) and long polls (one connection)."""
    if kind == "httpx":
        return (
            HTTPXRequest(CONCURRENT_UPDATES, read_timeout=API_TIMEOUT),
            HTTPXRequest(1, read_timeout=GET_UPDATES_READ_MARGIN),
        )
    return (
        AiohttpRequest(CONCURRENT_UPDATES, read_timeout=API_TIMEOUT),
        AiohttpRequest(read_timeout=GET_UPDATES_READ_MARGIN),
    )


def main() -> None:
    calls, polls = http_layers(os.environ.get("ECHO_HTTP", "aiohttp"))
    app = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .concurrent_updates(CONCURRENT_UPDATES)
        .request(calls)
        .get_updates_request(polls)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    poll = float(os.environ.get("SAILAU_POLL_TIMEOUT", "10"))  # the same long poll as Sailau's
    app.run_polling(allowed_updates=Update.ALL_TYPES, timeout=dt.timedelta(seconds=poll))


if __name__ == "__main__":
    main()
