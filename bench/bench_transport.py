"""The HTTP layer on evidence: the same echo bot on python-telegram-bot's `HTTPXRequest` (httpx)
and on Sailau's `AiohttpRequest` (aiohttp), with the same pool and timeouts, against the same
fake Bot API server, in the same run (rounds alternate).

    .venv/bin/python bench/bench_transport.py [--questions 1000] [--chats 50] [--rounds 3]

Prints answers per second and CPU milliseconds per update of each, on the loopback (where the
transport's CPU is what limits) and with 50 ms per call (where it is the round trip). The
keep-alive race both meet is in tests/telegram/test_tg_request.py.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_telegram


async def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    bots: dict[str, bench_telegram.Starter] = {
        "httpx": bench_telegram.echo_bot_httpx,
        "aiohttp": bench_telegram.echo_bot,
    }
    for latency in (0.0, bench_telegram.LATENCY):
        count = args.questions // 4 if latency else args.questions
        texts = bench_telegram.repeated(count)
        runs = await bench_telegram.compare(bots, texts, args.chats, args.rounds, latency)
        print(f"echo bot, {count} updates from {args.chats} chats, {latency * 1000:g} ms per call")
        for name, each in runs.items():
            rate = statistics.median(r.rate for r in each)
            cpu = statistics.median(r.cpu_ms for r in each)
            print(
                f"  {name:8} {rate:7.0f} answers/s  {cpu:.3f} ms CPU/update  (rounds: "
                f"{[round(r.rate) for r in each]})"
            )
        rate, cpu = bench_telegram.ratios(runs, "aiohttp", "httpx")
        print(f"  aiohttp/httpx: rate {rate:.2f}x, CPU per update {1 / cpu:.2f}x httpx's")


if __name__ == "__main__":
    asyncio.run(main())
