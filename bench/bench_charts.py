"""Chart speed: the first render of each chart in a fresh process, and a cached render; with
each picture's size in pixels (issue 14: 1,000-1,280 px wide, height at most 1.25 x width).

    python bench/bench_charts.py

The first render is timed in a new process for every chart, after matplotlib, the fact base,
the catalog and the seat module are loaded (as in the running bot), so it includes matplotlib's
first font lookups.
Targets (issue 5): first render under 150 ms, a cached chart under 1 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sailau.reply import ChartSpec  # noqa: E402

FIRST_MS, CACHED_MS = 150.0, 1.0
PROCESSES = 5  # fresh processes per chart: the fastest shows the cost, the median the noise

CHILD = """
import gc, json, sys, time
import matplotlib.figure, matplotlib.backends.backend_agg
import sailau.charts.builders, sailau.seats.scenario  # app modules a running bot has loaded
from sailau.charts import canonical, render
from sailau.factbase import load_factbase
from sailau.i18n import load_catalog
from sailau.reply import ChartSpec
load_factbase(); load_catalog()
spec = ChartSpec(sys.argv[1], tuple(json.loads(sys.argv[2])))
canonical(spec)
gc.freeze()  # as `bot.py run` does once started (handlers.web.running_bot)
start = time.perf_counter()
render(spec, sys.argv[3])
print(json.dumps((time.perf_counter() - start) * 1000))
"""


def first_render_ms(kind: str, params: tuple[tuple[str, str], ...], lang: str) -> list[float]:
    """Milliseconds of the first render of one chart, each in a fresh interpreter."""
    runs = [
        subprocess.run(
            [sys.executable, "-c", CHILD, kind, json.dumps(params), lang],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        for _ in range(PROCESSES)
    ]
    return [float(json.loads(run.stdout)) for run in runs]


def cached_render_us(runs: int = 2000, spec: ChartSpec | None = None) -> float:
    """Median microseconds of a render that the cache answers (default: the 2021 parliament)."""
    from sailau.charts import render

    spec = spec or ChartSpec("parliament", (("year", "2021"),))
    render(spec, "kk")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render(spec, "kk")
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def size(spec: ChartSpec, lang: str) -> str:
    """`1024 x 985`: the picture's width and height in pixels."""
    from io import BytesIO

    from PIL import Image

    from sailau.charts import render

    with Image.open(BytesIO(render(spec, lang))) as picture:
        return f"{picture.width} x {picture.height}"


def main() -> int:
    from sailau.charts.sheet import sheet_specs

    print(f"{'chart':<32} {'lang':<4} {'fastest':>9} {'median':>9}  {'pixels':>11}")
    worst = 0.0
    for spec in sheet_specs():
        name = "-".join([spec.kind, *(v for _, v in spec.params)])
        for lang in ("kk",):  # the longest labels
            runs = first_render_ms(spec.kind, spec.params, lang)
            worst = max(worst, min(runs))
            fastest, median = min(runs), statistics.median(runs)
            print(f"{name:<32} {lang:<4} {fastest:>6.1f} ms {median:>6.1f} ms  {size(spec, lang)}")
    cached = cached_render_us()
    print(f"slowest chart's first render: {worst:.1f} ms (target < {FIRST_MS:.0f} ms)")
    print(f"cached render, median: {cached:.1f} µs (target < {CACHED_MS * 1000:.0f} µs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
