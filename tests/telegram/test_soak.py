"""Soak: 20,000 questions from 500 chats through `python bot.py run` against the loopback fake Bot
API, with getUpdates failing now and then (429 with retry_after, 500, 502, dropped connections, a
read time-out) and some answers slow to be accepted.

Every question must be answered exactly once, in order within its chat, with the very reply the
pipeline gives for that conversation; the bot's resident memory may grow by at most 10 % from
after the warm-up to the end; nothing may reach the log as an error or a traceback.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from handlers.state import hint_lang
from telegram import User
from tg_botapi import BotApi, Fault
from tg_fakeserver import FakeServer
from tg_process import START_TIMEOUT, bot_env, running_bot
from tg_updates import text_update

from sailau import render
from sailau.pipeline import answer
from sailau.reply import Context
from sailau.yamlio import load_file

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.common import memory_kb

pytestmark = pytest.mark.timeout(300)

CHATS = 500
UPDATES = 20_000
BATCH = 1_000
"""Questions queued at once (two per chat, back to back); the next batch waits until these are
answered."""
WARM_UP = 2
"""Batches before the first memory reading: every chat has asked, every cache has filled."""
MAX_GROWTH = 0.10
BATCH_SECONDS = 60.0
"""Upper bound on answering one batch, faults included; reached only if the bot is stuck."""
POLL_FAULTS = [
    Fault(429, "Too Many Requests: retry after 1", retry_after=1),
    Fault(500, "Internal Server Error"),
    Fault(502, "Bad Gateway"),
    Fault(drop=True),
]
READ_TIMEOUT_FAULT = Fault(delay=4.0, drop=True)
"""Longer than the bot's long-poll read time-out: a `TimedOut` the polling loop must survive."""
SLOW_EVERY, SLOW_SECONDS = 97, 0.3
LOG_ERRORS = (" ERROR ", " CRITICAL ", "Traceback")
LANGUAGE_CODE = "en"


@dataclass
class SlowApi(BotApi):
    """The fake Bot API, taking `SLOW_SECONDS` to accept every `SLOW_EVERY`-th message."""

    sends: int = 0

    async def _sendMessage(self, params: Mapping[str, Any], files: Mapping[str, Any]) -> Any:
        self.sends += 1
        if self.sends % SLOW_EVERY == 0:
            await asyncio.sleep(SLOW_SECONDS)
        return await super()._sendMessage(params, files)


def question_pool() -> list[str]:
    """Regression-set questions whose answer is one text message (no chart)."""
    root = Path(__file__).resolve().parents[1] / "data"
    items = load_file(root / "regression.yaml")["items"]
    return [i["q"] for i in items if answer(i["q"]).chart is None and i.get("intent") != "chart"]


def conversations(pool: list[str]) -> dict[int, list[str]]:
    """Chat id -> its questions in the order asked: each chat walks the pool from its own start."""
    per_chat = UPDATES // CHATS
    return {
        chat: [pool[(chat * 7 + k) % len(pool)] for k in range(per_chat)]
        for chat in range(1, CHATS + 1)
    }


def expected_texts(questions: list[str]) -> list[str]:
    """What the bot must send for these questions, asked in this order in one chat."""
    user = User(1, "U", is_bot=False, language_code=LANGUAGE_CODE)
    context = Context(lang=hint_lang(user))
    texts = []
    for question in questions:
        reply = answer(question, None, context)
        texts.append(render.html(reply))
        context = reply.context
    return texts


def delivered(api: BotApi) -> dict[int, list[str]]:
    """Chat id -> the texts the fake API accepted for it, in the order it accepted them."""
    found: dict[int, list[str]] = {}
    for (chat, _), message in sorted(api.messages.items()):
        found.setdefault(chat, []).append(message.get("text", "<not a text message>"))
    return found


def first_difference(got: list[str], want: list[str]) -> str:
    index = next((i for i, (g, w) in enumerate(zip(got, want, strict=False)) if g != w), None)
    if index is None:
        return f"{len(got)} answers for {len(want)} questions"
    return f"answer {index}: got {got[index][:80]!r}, expected {want[index][:80]!r}"


async def test_soak_every_question_answered_once_in_order(tmp_path: Path) -> None:
    asked = conversations(question_pool())
    api = SlowApi()
    async with FakeServer(api) as server:
        env = bot_env(server.base_url, tmp_path, SAILAU_RATE_LIMIT="off")
        async with running_bot(env) as bot:
            await bot.until(api.wait_for(lambda a: a.polls > 0, START_TIMEOUT), "start polling")
            per_batch = BATCH // CHATS
            for batch in range(UPDATES // BATCH):
                if batch % 2:
                    api.inject("getUpdates", POLL_FAULTS[(batch // 2) % len(POLL_FAULTS)])
                if batch == UPDATES // BATCH // 2:
                    api.inject("getUpdates", READ_TIMEOUT_FAULT)
                await api.push(
                    *(
                        text_update(asked[chat][k], chat_id=chat, lang=LANGUAGE_CODE)
                        for chat in asked  # a chat's questions back to back: they race
                        for k in range(batch * per_batch, (batch + 1) * per_batch)
                    )
                )
                total = (batch + 1) * BATCH
                await bot.until(
                    api.wait_for(lambda a, n=total: len(a.messages) >= n, BATCH_SECONDS),
                    f"answer {total} questions",
                )
                if batch + 1 == WARM_UP:
                    warm_kb = memory_kb(bot.process.pid)
            end_kb = memory_kb(bot.process.pid)
            status = await bot.stop()

    assert status == 0, bot.stderr[-2000:]
    problems = [line for line in bot.log if any(mark in line for mark in LOG_ERRORS)]
    assert problems == [], "".join(problems[:5])
    assert api.errors == [], api.errors[:5]
    assert not api.faults["getUpdates"], "some injected faults were never reached"

    got = delivered(api)
    wrong = {
        chat: first_difference(got.get(chat, []), want)
        for chat, questions in asked.items()
        if got.get(chat, []) != (want := expected_texts(questions))
    }
    assert not wrong, f"{len(wrong)} chats answered wrongly, e.g. {next(iter(wrong.items()))}"
    assert sum(map(len, got.values())) == UPDATES

    growth = end_kb / warm_kb - 1
    assert growth <= MAX_GROWTH, f"RSS grew {growth:.1%}: {warm_kb} KiB -> {end_kb} KiB"
