"""Matcher speed: index build time, per-question match time (median / p99), a 1,000-question batch.

Run: .venv/bin/python bench/bench_matcher.py
Targets (issue 3): a question under 1 ms median in the process; 1,000 questions under 2 s
including start-up, so the index must build in tens of milliseconds.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sailau.commands.report import OFFTOPIC_FILE, REGRESSION_FILE, load_cases  # noqa: E402
from sailau.factbase import load_factbase  # noqa: E402
from sailau.matcher import Entities, Matcher, load_intents  # noqa: E402
from sailau.normalize import load_lexicon  # noqa: E402
from sailau.paths import REPO_FACTS_DIR  # noqa: E402

BATCH_SCRIPT = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from sailau.factbase import load_factbase
from sailau.matcher import Entities, Matcher
lines = open({path!r}, encoding="utf-8").read().splitlines()
m = Matcher.from_facts(None, Entities.from_factbase(load_factbase()))
for q in lines:
    m.match(q)
print(f"{{time.perf_counter() - t0:.3f}}")
"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main() -> None:
    questions = [c.q for c in load_cases(REGRESSION_FILE)]
    questions += [c.q for c in load_cases(OFFTOPIC_FILE, off_topic=True)]
    entities = Entities.from_factbase(load_factbase())
    lexicon = load_lexicon(REPO_FACTS_DIR)
    intents = load_intents(REPO_FACTS_DIR / "intents")

    builds = []
    for _ in range(5):
        t = time.perf_counter()
        matcher = Matcher(intents, entities, lexicon)
        builds.append(time.perf_counter() - t)
    t = time.perf_counter()
    load_intents(REPO_FACTS_DIR / "intents")
    intent_files = time.perf_counter() - t
    print(f"intent files parsed:      {ms(intent_files)} ({len(intents)} intents)")
    print(f"index build (median of 5): {ms(statistics.median(builds))}")

    for q in questions:  # warm-up: per-word verdicts stay, each pass forgets the questions
        matcher.match(q)
    times = []
    for _ in range(3):
        matcher.forget()
        for q in questions:
            t = time.perf_counter()
            matcher.match(q)
            times.append(time.perf_counter() - t)
    times.sort()
    p99 = times[int(len(times) * 0.99)]
    print(f"match, {len(questions)} questions x3: median {ms(statistics.median(times))}, ", end="")
    print(f"p99 {ms(p99)}, max {ms(times[-1])}")

    batch = (questions * (1000 // len(questions) + 1))[:1000]
    path = Path("/tmp") / "sailau_bench_matcher_batch.txt"
    path.write_text("\n".join(batch), encoding="utf-8")
    t = time.perf_counter()
    inner = subprocess.run(
        [sys.executable, "-c", BATCH_SCRIPT.format(root=str(ROOT), path=str(path))],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    wall = time.perf_counter() - t
    print(f"1,000 questions in a fresh process: {wall:.2f} s wall ({inner} s inside)")


if __name__ == "__main__":
    main()
