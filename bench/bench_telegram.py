"""Telegram throughput: Sailau against a bare python-telegram-bot echo bot, in the same run.

All bots run as subprocesses against the same fake Bot API server on 127.0.0.1 (the one the
end-to-end tests use, with Telegram's checks), with the rate limiter off. Each round queues
QUESTIONS text messages from CHATS chats at once and times until every one is answered; every
round starts a fresh process, so every question is new to it. Rounds alternate between the bare
echo bot (PTB's example; the target: Sailau >= 90 % of it), the same echo bot on Sailau's HTTP
layer (`ECHO_HTTP=aiohttp`: what of the speed is transport) and `bot.py run`. The best and the
median round of each are printed; `bench/run.py` quotes the median of the rounds' ratios.

    .venv/bin/python bench/bench_telegram.py [--questions 1000] [--chats 50] [--rounds 5]
                                             [--latency-ms 50]

Results (25 Nov 2026, 2 shared cores, 5 rounds): echo bot 1,328/s (median), echo bot on
Sailau's HTTP layer 2,407/s, Sailau 1,255/s: 94.5 % of the bare echo bot (best rounds 100.6 %).
With a 50 ms server (--latency-ms 50 --questions 300, 2 rounds) the echo bot answers 19/s, one
update at a time, and Sailau 73/s, four chats at once. docs/performance.md has what changed to
get from 52 % to 94 %: mostly the HTTP layer (handlers/request.py), then remembering answers,
readings and HTML, and freezing the start-up heap.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "telegram")]

import yaml  # noqa: E402
from tg_botapi import BotApi  # noqa: E402
from tg_fakeserver import FakeServer  # noqa: E402
from tg_process import BotProcess, bot_env, running, running_bot  # noqa: E402
from tg_updates import text_update  # noqa: E402

Starter = Callable[[dict[str, str]], AbstractAsyncContextManager[BotProcess]]


def questions(n: int) -> list[str]:
    """`n` questions from the intent regression set (kk/ru/en), cycled; no chart questions, so
    that every question gets exactly one message."""
    from sailau import pipeline

    items = yaml.safe_load((ROOT / "tests/data/regression.yaml").read_text(encoding="utf-8"))
    pool = [i["q"] for i in items["items"] if pipeline.answer(i["q"]).chart is None]
    return [pool[k % len(pool)] for k in range(n)]


async def rate(start_bot: Starter, texts: Sequence[str], chats: int, latency: float = 0.0) -> float:
    """Questions answered per second by one bot, from queueing to the last answer."""
    api = BotApi()
    with tempfile.TemporaryDirectory() as data:
        async with FakeServer(api, latency) as server:
            env = bot_env(server.base_url, Path(data), SAILAU_RATE_LIMIT="off")
            async with start_bot(env) as bot:
                await bot.until(api.wait_for(lambda a: a.polls > 0, 30), "start polling")
                updates: list[dict[str, Any]] = [
                    text_update(q, chat_id=1 + k % chats) for k, q in enumerate(texts)
                ]
                began = time.perf_counter()
                await api.push(*updates)
                await bot.until(
                    api.wait_for(lambda a: len(a.messages) >= len(texts), 300), "answer all"
                )
                elapsed = time.perf_counter() - began
                status = await bot.stop()
    if status != 0 or api.errors:
        raise SystemExit(f"bot failed: exit {status}, refused calls {api.errors[:3]}")
    return len(texts) / elapsed


def echo_bot(env: dict[str, str]) -> AbstractAsyncContextManager[BotProcess]:
    return running(env, ROOT / "bench" / "echo_bot.py")


def echo_bot_sailau_http(env: dict[str, str]) -> AbstractAsyncContextManager[BotProcess]:
    """The echo bot on Sailau's HTTP layer (`handlers.request`) instead of PTB's."""
    return running({**env, "ECHO_HTTP": "aiohttp"}, ROOT / "bench" / "echo_bot.py")


async def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="time the fake server takes per call (0: loopback, CPU-bound; ~30-100: Telegram)",
    )
    args = parser.parse_args(argv)
    texts = questions(args.questions)
    bots = {"echo": echo_bot, "echo_sailau_http": echo_bot_sailau_http, "sailau": running_bot}
    rates: dict[str, list[float]] = {name: [] for name in bots}
    for _ in range(args.rounds):
        for name, bot in bots.items():
            rates[name].append(await rate(bot, texts, args.chats, args.latency_ms / 1000))
    print(
        f"{args.questions} questions from {args.chats} chats, {args.rounds} rounds each, "
        f"server latency {args.latency_ms:g} ms"
    )
    labels = {"echo": "echo bot (bare PTB)", "echo_sailau_http": "echo, Sailau's HTTP"}
    for name, label in (*labels.items(), ("sailau", "sailau")):
        best, median = max(rates[name]), statistics.median(rates[name])
        rounds = [round(r) for r in rates[name]]
        print(f"{label:21} best {best:6.0f}/s  median {median:6.0f}/s  rounds {rounds}")
    best = max(rates["sailau"]) / max(rates["echo"])
    median = statistics.median(rates["sailau"]) / statistics.median(rates["echo"])
    print(f"ratio sailau/echo    best {best:6.1%}   median {median:6.1%}   (target >= 90%)")


if __name__ == "__main__":
    asyncio.run(main())
