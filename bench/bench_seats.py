"""Seat-module speed: 10,000 allocations of a 10-party, 150-seat election per method.

Run: .venv/bin/python bench/bench_seats.py  (target: under 2 s per method)
"""

from __future__ import annotations

import random
import time
from fractions import Fraction

from sailau.seats.methods import METHODS, LargestRemainder
from sailau.seats.thresholds import Base, Conditioned, RunnerUpAdmitted, ShareThreshold

ELECTIONS = 10_000
PARTIES = 10
SEATS = 150


def elections(seed: int = 2021) -> list[dict[str, int]]:
    """Random elections with vote counts of realistic size and spread."""
    rng = random.Random(seed)
    return [{f"p{i}": rng.randint(0, 3_000_000) for i in range(PARTIES)} for _ in range(ELECTIONS)]


def main() -> None:
    data = elections()
    kazakh = Conditioned(
        RunnerUpAdmitted(ShareThreshold(Fraction(7, 100), Base.PARTY_VOTES)), LargestRemainder()
    )
    for name, method in [*METHODS.items(), ("7 % threshold + hare", kazakh)]:
        start = time.perf_counter()
        for votes in data:
            method.evaluate(votes, SEATS)
        elapsed = time.perf_counter() - start
        print(f"{name:24} {ELECTIONS} x {PARTIES} parties x {SEATS} seats: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
