"""Benchmark the answer pipeline: per-question latency in process, and batch throughput.

    python bench/bench_answer.py [--runs N]

Prints the engine build time, the median and p99 of `answer()` over the regression
questions (after one warm-up pass), and the wall time of `bot.py ask --json --batch` on 1,000
lines in a fresh process (start-up included). Targets: median < 1 ms, batch < 2 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sailau.yamlio import load_file  # noqa: E402

BATCH_LINES = 1000


def questions() -> list[str]:
    data = ROOT / "tests" / "data"
    items = load_file(data / "regression.yaml")["items"]
    offtopic = load_file(data / "offtopic.yaml")["items"]
    return [i["q"] for i in items] + [o["q"] if isinstance(o, dict) else str(o) for o in offtopic]


def times(qs: list[str]) -> list[float]:
    """Milliseconds per `answer()` call, one pass over `qs`, in the order of `qs`."""
    from sailau.pipeline import answer

    out = []
    for q in qs:
        t0 = time.perf_counter()
        answer(q)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def timed(qs: list[str]) -> list[float]:
    """`times(qs)`, fastest first."""
    return sorted(times(qs))


def summary(ms: list[float]) -> str:
    p99 = ms[max(0, int(len(ms) * 0.99) - 1)]
    return f"median {statistics.median(ms):.3f} ms, p99 {p99:.3f} ms, max {ms[-1]:.3f} ms"


def batch(qs: list[str]) -> float:
    lines = (qs * (BATCH_LINES // len(qs) + 1))[:BATCH_LINES]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write("\n".join(lines) + "\n")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "ask", "--json", "--batch", fh.name],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    Path(fh.name).unlink()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="passes over the questions")
    args = parser.parse_args()
    qs = questions()
    from sailau.pipeline import engine

    start = time.perf_counter()
    engine()
    print(f"engine build: {(time.perf_counter() - start) * 1000:.1f} ms")
    cold = timed(qs)
    print(f"answer(), {len(qs)} distinct questions, first time (caches cold): {summary(cold)}")
    warm = sorted(t for _ in range(args.runs) for t in timed(qs))
    print(f"answer(), the same again x {args.runs} (caches warm): {summary(warm)}")
    print(f"bot.py ask --json --batch ({BATCH_LINES} lines, fresh process): {batch(qs):.2f} s")


if __name__ == "__main__":
    main()
