"""The baseline for bench_telegram.py: a bare python-telegram-bot echo bot (PTB's own example).

Reads TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL and SAILAU_POLL_TIMEOUT like Sailau does; nothing
else.
"""

from __future__ import annotations

import datetime as dt
import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message is not None and update.message.text:
        await update.message.reply_text(update.message.text)


def main() -> None:
    app = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    poll = float(os.environ.get("SAILAU_POLL_TIMEOUT", "10"))  # the same long poll as Sailau's
    app.run_polling(allowed_updates=Update.ALL_TYPES, timeout=dt.timedelta(seconds=poll))


if __name__ == "__main__":
    main()
