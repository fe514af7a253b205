"""Telegram throughput: `bot.py run` against a bare python-telegram-bot echo bot, in the same run.

Both are subprocesses against the same fake Bot API server on 127.0.0.1 (the one the end-to-end
tests use, with Telegram's checks), rate limiter off, with the same concurrency and connection
pool, on the same HTTP layer (Sailau's aiohttp one, the faster: bench_transport.py). Each round
starts a fresh process of each, queues QUESTIONS text messages from CHATS chats at once and
times until every one is answered; CPU time per update comes from /proc. Rounds alternate
between the two bots so that the shared machine's mood hits both alike.

Workloads:
- never-seen: every question asked once, generated from the regression set by typing slips
  (swapped, doubled and dropped letters), so that nothing the bot remembers helps;
- repeated: 100 of the regression set's questions, each asked over and over;
- latency: never-seen questions, with every call taking 50 ms, like a round trip to Telegram.

    .venv/bin/python bench/bench_telegram.py [--questions 1000] [--chats 50] [--rounds 3]
                                             [--only never-seen,repeated,latency]

The ratio is Sailau's answers per second over the echo bot's in the same round (target
>= 0.5), and its CPU per update over the echo bot's (target <= 2). A third bot, "layer"
(bench/stub_bot.py: `bot.py run` with every question given the same reply at once), shows what
of the cost is the Telegram layer and what is understanding the question.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "telegram")]

from common import cpu_seconds  # noqa: E402
from tg_botapi import BotApi  # noqa: E402
from tg_fakeserver import FakeServer  # noqa: E402
from tg_process import BotProcess, bot_env, running, running_bot  # noqa: E402
from tg_questions import text_questions  # noqa: E402
from tg_updates import text_update  # noqa: E402

from sailau.slips import slip  # noqa: E402

Starter = Callable[[dict[str, str]], AbstractAsyncContextManager[BotProcess]]
LATENCY = 0.05
WORKLOADS = ("never-seen", "repeated", "latency")


REPEATED = 100
"""How many different questions the repeated workload asks, over and over."""


def repeated(n: int) -> list[str]:
    """`n` questions: `REPEATED` of the regression set's, cycled (each asked n/100 times)."""
    questions = text_questions()[:REPEATED]
    return [questions[k % len(questions)] for k in range(n)]


def never_seen(n: int, seed: int = 13) -> list[str]:
    """`n` distinct questions (distinct even after case and punctuation are dropped): the
    regression set's, each with one or more typing slips, more on each pass over the set."""
    rng = random.Random(seed)
    questions = text_questions()
    seen: set[str] = set()
    found: list[str] = []
    for k in itertools.count():
        if len(found) == n:
            break
        text = questions[k % len(questions)]
        for _ in range(1 + k // len(questions)):
            text = slip(text, rng)
        key = " ".join(re.findall(r"\w+", text.casefold()))
        if key not in seen:
            seen.add(key)
            found.append(text)
    return found


def texts_for(workload: str, n: int) -> list[str]:
    return repeated(n) if workload == "repeated" else never_seen(n)


@dataclass(frozen=True)
class Run:
    """One bot's round: answers per second, CPU milliseconds per update."""

    rate: float
    cpu_ms: float


async def measure(
    start_bot: Starter, texts: Sequence[str], chats: int, latency: float = 0.0
) -> Run:
    """Queue `texts` from `chats` chats at once to a fresh bot; time until all are answered."""
    api = BotApi()
    with tempfile.TemporaryDirectory() as data:
        async with FakeServer(api, latency) as server:
            env = bot_env(server.base_url, Path(data), SAILAU_RATE_LIMIT="off")
            async with start_bot(env) as bot:
                await bot.until(api.wait_for(lambda a: a.polls > 0, 30), "start polling")
                updates: list[dict[str, Any]] = [
                    text_update(q, chat_id=1 + k % chats) for k, q in enumerate(texts)
                ]
                cpu = cpu_seconds(bot.process.pid)
                began = time.perf_counter()
                await api.push(*updates)
                await bot.until(
                    api.wait_for(lambda a: len(a.messages) >= len(texts), 600), "answer all"
                )
                elapsed = time.perf_counter() - began
                cpu = cpu_seconds(bot.process.pid) - cpu
                status = await bot.stop()
    if status != 0 or api.errors:
        raise SystemExit(f"bot failed: exit {status}, refused calls {api.errors[:3]}")
    return Run(len(texts) / elapsed, cpu * 1000 / len(texts))


def echo_bot(env: dict[str, str]) -> AbstractAsyncContextManager[BotProcess]:
    """The echo bot on Sailau's HTTP layer, the faster of the two."""
    return running(env, ROOT / "bench" / "echo_bot.py")


def stub_bot(env: dict[str, str]) -> AbstractAsyncContextManager[BotProcess]:
    """`bot.py run` giving every question the same reply: the Telegram layer's own cost."""
    return running(env, ROOT / "bench" / "stub_bot.py")


def echo_bot_httpx(env: dict[str, str]) -> AbstractAsyncContextManager[BotProcess]:
    """The echo bot on python-telegram-bot's own `HTTPXRequest`."""
    return running({**env, "ECHO_HTTP": "httpx"}, ROOT / "bench" / "echo_bot.py")


async def compare(
    bots: dict[str, Starter], texts: Sequence[str], chats: int, rounds: int, latency: float = 0.0
) -> dict[str, list[Run]]:
    """Each bot `rounds` times, alternating."""
    runs: dict[str, list[Run]] = {name: [] for name in bots}
    for _ in range(rounds):
        for name, bot in bots.items():
            runs[name].append(await measure(bot, texts, chats, latency))
    return runs


def ratios(runs: dict[str, list[Run]], a: str, b: str) -> tuple[float, float]:
    """Median over rounds of a's rate / b's, and of b's CPU per update / a's."""
    pairs = list(zip(runs[a], runs[b], strict=True))
    return (
        statistics.median(x.rate / y.rate for x, y in pairs),
        statistics.median(y.cpu_ms / x.cpu_ms for x, y in pairs),
    )


async def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default=",".join(WORKLOADS))
    args = parser.parse_args(argv)
    bots: dict[str, Starter] = {"echo": echo_bot, "sailau": running_bot, "layer": stub_bot}
    for workload in args.only.split(","):
        latency = LATENCY if workload == "latency" else 0.0
        count = args.questions // 4 if latency else args.questions
        texts = texts_for(workload, count)
        runs = await compare(bots, texts, args.chats, args.rounds, latency)
        print(f"{workload}: {count} questions from {args.chats} chats, {args.rounds} rounds")
        for name in bots:
            rates = [round(r.rate) for r in runs[name]]
            cpus = [round(r.cpu_ms, 3) for r in runs[name]]
            print(f"  {name:7} answers/s {rates}  CPU ms/update {cpus}")
        for name in ("sailau", "layer"):
            rate, cpu = ratios(runs, name, "echo")
            print(f"  {name}/echo: rate {rate:.2f}x, CPU per update {1 / cpu:.2f}x the echo's")


if __name__ == "__main__":
    asyncio.run(main())
