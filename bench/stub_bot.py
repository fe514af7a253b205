"""`bot.py run` with the understanding taken out: every question gets the same (real, typical)
reply at once. bench_telegram.py runs it beside the real bot to show what of Sailau's cost per
update is the Telegram layer and what is understanding the question."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bot
from sailau import pipeline
from sailau.reply import Reply

REPLY = pipeline.answer("what was the turnout in 2021")


def answered(*args: Any, **kwargs: Any) -> Reply:
    return REPLY


if __name__ == "__main__":
    pipeline.answer = answered  # type: ignore[assignment]
    sys.exit(bot.main(["run"]))
