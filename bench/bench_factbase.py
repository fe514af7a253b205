"""Fact-base load time: cold (a fresh process) and warm (parse + validate again), median of N.

Run from the repo root: PYTHONPATH=. .venv/bin/python bench/bench_factbase.py [N]
(target: a full load under 100 ms)

"cold" starts a new interpreter per run and times `read_factbase()` there, with imports timed
apart (pydantic and PyYAML load once per process, whatever the fact base holds).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from sailau.factbase import read_factbase
from sailau.paths import REPO_FACTS_DIR

CHILD = """
import time
from sailau.paths import REPO_FACTS_DIR
t0 = time.perf_counter()
from sailau.factbase import read_factbase
t1 = time.perf_counter()
read_factbase(REPO_FACTS_DIR)
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def cold(runs: int) -> tuple[list[float], list[float]]:
    """(import times, load times) in seconds, one fresh process per run."""
    imports, loads = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD], check=True, capture_output=True, text=True
        ).stdout
        first, second = map(float, out.split())
        imports.append(first)
        loads.append(second)
    return imports, loads


def warm(runs: int) -> list[float]:
    """Load times in seconds, uncached, in this process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_factbase(REPO_FACTS_DIR)
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    ms = [t * 1000 for t in times]
    print(f"{label:28} median {statistics.median(ms):6.1f} ms  (min {min(ms):.1f}, n={len(ms)})")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    imports, loads = cold(runs)
    report("cold: imports", imports)
    report("cold: load + validate", loads)
    report("warm: load + validate", warm(runs))


if __name__ == "__main__":
    main()
