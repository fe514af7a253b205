"""Seat-module speed: 10,000 allocations of a 10-party, 150-seat election per method.

Run: .venv/bin/python bench/bench_seats.py  (target: under 2 s per method)
"""

from __future__ import annotations

import random
import time
from fractions import Fraction

from sailau.seats.methods import METHODS, LargestRemainder, Method
from sailau.seats.thresholds import Base, Conditioned, RunnerUpAdmitted, ShareThreshold

ELECTIONS = 10_000
PARTIES = 10
SEATS = 150


def elections(seed: int = 2021) -> list[dict[str, int]]:
    """Random elections with vote counts of realistic size and spread."""
    rng = random.Random(seed)
    return [{f"p{i}": rng.randint(0, 3_000_000) for i in range(PARTIES)} for _ in range(ELECTIONS)]


def methods() -> list[tuple[str, Method]]:
    """Every method, plus Kazakhstan's rule (7 % threshold, runner-up admitted, Hare)."""
    kazakh = Conditioned(
        RunnerUpAdmitted(ShareThreshold(Fraction(7, 100), Base.PARTY_VOTES)), LargestRemainder()
    )
    return [*METHODS.items(), ("7 % threshold + hare", kazakh)]


def seconds(method: Method, data: list[dict[str, int]]) -> float:
    """Wall time of allocating `SEATS` seats for every election in `data`."""
    start = time.perf_counter()
    for votes in data:
        method.evaluate(votes, SEATS)
    return time.perf_counter() - start


def main() -> None:
    data = elections()
    for name, method in methods():
        elapsed = seconds(method, data)
        print(f"{name:24} {ELECTIONS} x {PARTIES} parties x {SEATS} seats: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
