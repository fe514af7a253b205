"""`python bot.py run`: the Telegram bot (long polling, or a webhook when WEBHOOK_URL is set)."""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys

from sailau.settings import Settings, SettingsError

YOUNG_THRESHOLD = 10_000
"""Container objects allocated (less those freed) between two collections of the youngest
generation (Python's default: 700). Each never-seen question adds a few hundred objects that
stay (the caches of words, readings, answers, lines), and the updates in flight are alive
around them: at 700 a young collection ran every few updates and walked all of that again
(bench_telegram's 1,000 never-seen questions: about 230 young and 21 middle collections, 80-110
ms of the bot's thread CPU; 60-87 ms at 10,000). At most 10,000 young objects wait for a
collection, a few MB."""
FULL_PASS_EVERY = 100
"""Collections of the middle generation per full pass of the cyclic collector (Python's default:
10). What survives in the bot after start-up is mostly its caches (words, readings, answers,
keyboards), which only grow until their bounds: a full pass walks all of them (22-24 ms at
1,000 never-seen questions, more as they fill) and frees almost nothing (86 objects)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Environment: TELEGRAM_BOT_TOKEN (required), TELEGRAM_API_BASE_URL, WEBHOOK_URL, "
        "WEBHOOK_LISTEN, WEBHOOK_PORT, WEBHOOK_SECRET, SAILAU_DATA_DIR, SAILAU_RATE_LIMIT, "
        "SAILAU_POLL_TIMEOUT, SAILAU_API_TIMEOUT, SAILAU_GROUP_COOLDOWN, SAILAU_RETENTION_DAYS, "
        "WEBAPP_URL, LOG_LEVEL."
    )


def preflight(settings: Settings) -> str | None:
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


def _stopped_while_starting(signum: int, frame: object) -> None:
    raise SystemExit(0)


def main(args: argparse.Namespace) -> int:
    try:
        settings = Settings.from_env(os.environ)
    except SettingsError as exc:
        print(f"bot.py run: {exc}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stopped_while_starting)  # until the server takes it over
    problem = preflight(settings)
    if problem:
        print(f"bot.py run: {problem}", file=sys.stderr)
        return 1
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # before telegram is imported
    import handlers

    handlers.configure_logging(settings.log_level, settings.secret_strings)
    # what start-up loaded (the engine's tables, the libraries) lives as long as the bot: its
    # garbage collected once, the rest is kept out of every later full pass of the collector
    gc.collect()
    gc.freeze()
    _, middle, _ = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, FULL_PASS_EVERY)
    return handlers.run(settings)
