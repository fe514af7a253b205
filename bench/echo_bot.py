"""The baseline for bench_telegram.py: a bare python-telegram-bot echo bot (PTB's own example).

Reads TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL and SAILAU_POLL_TIMEOUT like Sailau does. With
ECHO_HTTP=aiohttp it talks to the Bot API through Sailau's HTTP layer instead of PTB's own
(`handlers.request`): not bare any more, but it shows what of Sailau's speed is the transport.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message is not None and update.message.text:
        await update.message.reply_text(update.message.text)


def with_sailau_http(builder: Any) -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from handlers.request import AiohttpRequest

    return builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest())


def main() -> None:
    builder = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
    )
    if os.environ.get("ECHO_HTTP") == "aiohttp":
        builder = with_sailau_http(builder)
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    poll = float(os.environ.get("SAILAU_POLL_TIMEOUT", "10"))  # the same long poll as Sailau's
    app.run_polling(allowed_updates=Update.ALL_TYPES, timeout=dt.timedelta(seconds=poll))


if __name__ == "__main__":
    main()
