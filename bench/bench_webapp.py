"""The Mini App's choice, measured: ask the server for each scenario, or send them precomputed?

    .venv/bin/python bench/bench_webapp.py [--rounds N]

Every scenario the page's controls reach at the official seat counts (3 elections x 10
methods x thresholds 0-15 % by 0.5 x 2 bases = 1,860) is asked for:
- in process: `SeatService.seats` (the codec, the allocation and its JSON), per request;
- over HTTP on loopback: the real app behind aiohttp, one keep-alive client, as the page asks;
and the precomputed alternative (`GET /api/scenarios`, which the page now uses) is measured:
the time to build it once, its size raw and gzipped, the time to fetch it; and the same
estimated with the seat slider (10-200) in the grid too.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import time
from typing import Any

import aiohttp
from aiohttp import web
from common import median, percentile

from sailau.jsonlines import dumps_line
from sailau.web import SeatService, make_web_app
from sailau.web.service import SEATS_SLIDER

SEAT_RANGE = range(SEATS_SLIDER[0], SEATS_SLIDER[1] + 1)


def in_process(service: SeatService, asked: list[dict[str, str]]) -> list[float]:
    """Seconds per request inside the server: parse, allocate, write the JSON."""
    times = []
    for params in asked:
        start = time.perf_counter()
        dumps_line(service.seats(params.items())[1])
        times.append(time.perf_counter() - start)
    return times


async def over_http(service: SeatService, asked: list[dict[str, str]]) -> dict[str, Any]:
    """Seconds per request from the client's side, one keep-alive connection on loopback; and
    the precomputed document fetched the same way."""
    runner = web.AppRunner(make_web_app(service=service), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    times = []
    try:
        async with aiohttp.ClientSession(f"http://{host}:{port}") as http:
            for params in asked:
                start = time.perf_counter()
                async with http.get("/api/seats", params=params) as response:
                    await response.read()
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            async with http.get("/api/scenarios") as response:
                document = json.loads(await response.read())
            fetched = time.perf_counter() - start
    finally:
        await runner.cleanup()
    assert len(document["scenarios"]) == len(asked)
    return {"times": times, "fetched": fetched}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the scenarios")
    args = parser.parse_args()
    service = SeatService.load()
    start = time.perf_counter()
    packed = service.precomputed()
    build = time.perf_counter() - start
    raw = gzip.decompress(packed)
    asked = list(service.page_scenarios())
    local = [t for _ in range(args.rounds) for t in in_process(service, asked)]
    rounds = [asyncio.run(over_http(service, asked)) for _ in range(args.rounds)]
    http = [t for found in rounds for t in found["times"]]
    sizes = [len(dumps_line(service.seats(p.items())[1]).encode()) for p in asked[:60]]
    seats_only = [e["body"].get("seats") for e in json.loads(raw)["scenarios"]]
    with_seats = len(asked) * len(SEAT_RANGE)
    rows = [
        ("scenarios the controls reach (official seat counts)", len(asked), ""),
        ("in process, per request: median", median(local) * 1e3, "ms"),
        ("in process, per request: p99", percentile(local, 99) * 1e3, "ms"),
        ("HTTP on loopback, per request: median", median(http) * 1e3, "ms"),
        ("HTTP on loopback, per request: p99", percentile(http, 99) * 1e3, "ms"),
        ("one response: median size", median(sizes), "bytes"),
        ("precomputed, every scenario: build once", build, "s"),
        ("precomputed, every scenario: JSON", len(raw) / 1024, "KiB"),
        ("precomputed, every scenario: gzipped", len(packed) / 1024, "KiB"),
        ("precomputed, seats only: gzipped",
         len(gzip.compress(dumps_line(seats_only).encode())) / 1024, "KiB"),
        ("precomputed, fetch + parse on loopback: median",
         median([found["fetched"] for found in rounds]) * 1e3, "ms"),
        ("with the seat slider too: scenarios", with_seats, ""),
        ("with the seat slider too: build (estimated)", build * len(SEAT_RANGE), "s"),
        ("with the seat slider too: gzipped (estimated)",
         len(packed) * len(SEAT_RANGE) / 1024 / 1024, "MiB"),
    ]  # fmt: skip
    for name, value, unit in rows:
        print(f"{name:52} {value:12,.3f} {unit}")
    print(json.dumps({name: round(value, 4) for name, value, _ in rows}))


if __name__ == "__main__":
    main()
