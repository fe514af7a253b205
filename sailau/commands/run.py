"""`python bot.py run`: the Telegram bot (long polling, or a webhook when WEBHOOK_URL is set)."""

from __future__ import annotations

import argparse
import os
import sys

from sailau.settings import Settings, SettingsError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Environment: TELEGRAM_BOT_TOKEN (required), TELEGRAM_API_BASE_URL, WEBHOOK_URL, "
        "WEBHOOK_LISTEN, WEBHOOK_PORT, WEBHOOK_SECRET, SAILAU_DATA_DIR, SAILAU_RATE_LIMIT, "
        "SAILAU_POLL_TIMEOUT, SAILAU_API_TIMEOUT, SAILAU_GROUP_COOLDOWN, SAILAU_RETENTION_DAYS, "
        "LOG_LEVEL."
    )


def main(args: argparse.Namespace) -> int:
    try:
        settings = Settings.from_env(os.environ)
    except SettingsError as exc:
        print(f"bot.py run: {exc}", file=sys.stderr)
        return 2
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported
    import handlers

    handlers.configure_logging(settings.log_level, settings.secret_strings)
    return handlers.run(settings)
