"""Every Sailau benchmark in one run: a table, then one JSON line with the figures.

    .venv/bin/python bench/run.py [--runs 3] [--only answer,telegram,...]

Each figure is the median of `--runs` runs (the per-area scripts in bench/ do the measuring;
this script runs them, takes medians and checks the issue's targets). The machine is shared
and noisy, so comparisons (Sailau against the echo bot) are ratios measured in the same run.
The whole run takes 45-100 s on two cores (the limit is three minutes).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "telegram")]

import bench_answer  # noqa: E402
import bench_charts  # noqa: E402
import bench_factbase  # noqa: E402
import bench_seats  # noqa: E402
import bench_telegram  # noqa: E402
import bench_understanding  # noqa: E402
from common import first_line_seconds, median, memory_kb, percentile  # noqa: E402
from tg_botapi import BotApi  # noqa: E402
from tg_fakeserver import FakeServer  # noqa: E402
from tg_process import bot_env, running_bot  # noqa: E402
from tg_updates import text_update  # noqa: E402

MEMORY_UPDATES = (1_000, 10_000)
"""RSS is read after the first and after the last of these many updates."""
TELEGRAM_QUESTIONS, TELEGRAM_CHATS = 1_000, 50
FIRST_ANSWER = ["bot.py", "ask", "what was the turnout in 2021"]
FIRST_CHART = ["bot.py", "ask", "--json", "parliament chart 2021", "--charts-dir"]


@dataclass(frozen=True)
class Figure:
    """One measured figure: its JSON key, a label, value, unit and (optionally) its target."""

    key: str
    label: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None

    def row(self) -> str:
        verdict = {True: "ok", False: "MISS", None: ""}[self.ok]
        value = f"{self.value:,.3f}" if abs(self.value) < 10 else f"{self.value:,.1f}"
        return f"{self.label:<52} {value:>11} {self.unit:<10} {self.target:<12} {verdict}"


FIGURES: list[Figure] = []


def figure(
    key: str,
    label: str,
    value: float,
    unit: str,
    below: float | None = None,
    at_least: float | None = None,
) -> None:
    """Record a figure; `below` / `at_least` are its target, if it has one."""
    if below is not None:
        FIGURES.append(Figure(key, label, value, unit, f"< {below:g}", value < below))
    elif at_least is not None:
        FIGURES.append(Figure(key, label, value, unit, f">= {at_least:g}", value >= at_least))
    else:
        FIGURES.append(Figure(key, label, value, unit))


@contextmanager
def section(name: str) -> Iterator[None]:
    """Time one section, on stderr, so the table on stdout stays clean."""
    start = time.perf_counter()
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    yield
    print(f"[bench] {name}: {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)


# -- the sections ------------------------------------------------------------------------------


def answer_latency(runs: int) -> None:
    """`answer()` over the regression and off-topic sets, each question new to the matcher.

    Each question's time is its median over the runs: a noisy neighbour stalls single calls.
    """
    from sailau import pipeline

    questions = bench_answer.questions()
    start = time.perf_counter()
    pipeline.engine()
    figure("engine_build_ms", "engine build (fact base, catalog, intent index)", ms(start), "ms")
    gc.freeze()  # the start-up heap, as `bot.py run` freezes its own after `pipeline.engine()`
    first = bench_answer.times(questions)  # lazy imports and answer caches fill here
    figure("answer_first_pass_p99_ms", "answer(): first pass ever, p99", p99(first), "ms")
    passes = []
    for _ in range(runs):
        pipeline.forget()
        passes.append(bench_answer.times(questions))
    each = [median(column) for column in zip(*passes, strict=True)]
    n = len(questions)
    figure("answer_median_ms", f"answer(): median over {n} questions", median(each), "ms", 1)
    figure("answer_p99_ms", f"answer(): p99 over {n} questions", p99(each), "ms", 5)
    figure("answer_max_ms", f"answer(): slowest of {n} questions", max(each), "ms")
    texts = bench_telegram.never_seen(TELEGRAM_QUESTIONS)
    fresh = [mean for mean, _ in (never_seen_answers(texts) for _ in range(runs))]
    figure("answer_new_mean_ms", "answer(): never-seen question, mean (CPU)", median(fresh), "ms")


def never_seen_answers(texts: Sequence[str]) -> tuple[float, list[float]]:
    """`answer()` on the Telegram benchmark's never-seen questions as a fresh bot meets them:
    every word, reading and answer forgotten first, each question asked once in one of 50
    conversations. The mean and each call's thread CPU milliseconds."""
    from sailau import pipeline

    pipeline.forget()
    clock, contexts, out = time.thread_time, {}, []
    for k, text in enumerate(texts):
        chat = k % TELEGRAM_CHATS
        start = clock()
        contexts[chat] = pipeline.answer(text, None, contexts.get(chat)).context
        out.append((clock() - start) * 1000)
    return sum(out) / len(out), out


def understanding(runs: int) -> None:
    """Reading + deciding one question (thread CPU time): never seen (each generated question
    asked once), repeated, 300-character messages, and with the phrasings doubled."""
    found = bench_understanding.figures(2_000, runs)
    figure(
        "understand_build_ms", "reader build (tables, morphology, index)", found["build_ms"], "ms"
    )
    mean, p99 = found["never_seen_mean_ms"], found["never_seen_p99_ms"]
    figure("understand_new_mean_ms", "understand: never-seen question, mean", mean, "ms", 0.25)
    figure("understand_new_p99_ms", "understand: never-seen question, p99", p99, "ms", 1)
    repeated = found["repeated_p99_ms"]
    figure("understand_repeated_p99_ms", "understand: repeated question, p99", repeated, "ms")
    figure("understand_long_p99_ms", "understand: 300-character message, p99",
           found["long_p99_ms"], "ms", 5)  # fmt: skip
    change = found["doubled_p99_change_pct"]
    figure("understand_doubled_pct", "understand: p99 change, phrasings doubled", change, "%", 20)


def batch(runs: int) -> None:
    """`bot.py ask --json --batch` on 1,000 lines in a fresh process, start-up included."""
    questions = bench_answer.questions()
    walls, cpus = [], []
    for _ in range(runs):
        before = children_cpu()
        walls.append(bench_answer.batch(questions))
        cpus.append(children_cpu() - before)
    lines = bench_answer.BATCH_LINES
    figure(
        "batch_1000_s",
        f"ask --json --batch, {lines:,} questions (fresh process)",
        median(walls),
        "s",
        2,
    )
    figure("batch_1000_cpu_s", "ask --json --batch: its CPU (user + system)", median(cpus), "s")


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children: unlike wall time, what
    other work on a shared machine does not inflate much."""
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def cold_start(runs: int) -> None:
    """Process start to the first answer printed, and to the first chart written."""
    answer_s = median([first_line_seconds(FIRST_ANSWER) for _ in range(runs)])
    figure("cold_first_answer_s", "cold start: process start to first answer", answer_s, "s", 1)
    with tempfile.TemporaryDirectory() as charts:
        chart_s = median([first_line_seconds([*FIRST_CHART, charts]) for _ in range(runs)])
    figure("cold_first_chart_s", "cold start: process start to first chart", chart_s, "s")


def charts(runs: int) -> None:
    """Each chart kind: first render in a fresh process (after import), then from the cache."""
    from sailau.charts import KINDS
    from sailau.charts.sheet import sheet_specs

    bench_charts.PROCESSES = runs
    specs = {spec.kind: spec for spec in reversed(sheet_specs())}  # the first spec of each kind
    for kind in KINDS:
        spec = specs[kind]
        first = median(bench_charts.first_render_ms(spec.kind, spec.params, "kk"))
        cached = bench_charts.cached_render_us(spec=spec) / 1000
        figure(f"chart_first_ms_{kind}", f"chart {kind}: first render", first, "ms", 150)
        figure(f"chart_cached_ms_{kind}", f"chart {kind}: cached", cached, "ms", 1)


def factbase(runs: int) -> None:
    """Fact-base parse + validation in a fresh process; its imports (pydantic, PyYAML) apart."""
    imports, loads = bench_factbase.cold(runs)
    figure(
        "factbase_load_ms", "fact base: load + validate (fresh process)", ms_of(loads), "ms", 100
    )
    figure("factbase_imports_ms", "fact base: its imports (pydantic, PyYAML)", ms_of(imports), "ms")
    warm = bench_factbase.warm(runs)
    figure("factbase_reload_ms", "fact base: load + validate again (warm)", ms_of(warm), "ms")


def seats(runs: int) -> None:
    """Allocations per second of a 10-party, 150-seat election: slowest method and Kazakh rule."""
    data = bench_seats.elections()[:2_000]
    rates = {
        name: len(data) / median([bench_seats.seconds(method, data) for _ in range(runs)])
        for name, method in bench_seats.methods()
    }
    slowest = min(rates, key=rates.__getitem__)
    kazakh = next(name for name, _ in reversed(bench_seats.methods()))
    figure("seats_per_s_kazakh", f"seat allocations/s ({kazakh})", rates[kazakh], "/s")
    figure("seats_per_s_slowest", f"seat allocations/s (slowest: {slowest})", rates[slowest], "/s")


def telegram(runs: int) -> None:
    """`bot.py run` against a bare echo bot with the same concurrency, pool and HTTP layer, in
    the same run (bench_telegram): answers/s and CPU per update on never-seen questions, on
    repeated ones and with 50 ms per call; the same bot with answers stubbed (the Telegram
    layer's own cost); memory of one bot kept running through 10,000 updates."""
    bots = {
        "echo": bench_telegram.echo_bot,
        "sailau": running_bot,
        "layer": bench_telegram.stub_bot,
    }

    async def measure() -> tuple[dict[str, dict[str, list[bench_telegram.Run]]], Steady]:
        found = {}
        for workload in bench_telegram.WORKLOADS:
            latency = bench_telegram.LATENCY if workload == "latency" else 0.0
            count = TELEGRAM_QUESTIONS // 4 if latency else TELEGRAM_QUESTIONS
            texts = bench_telegram.texts_for(workload, count)
            chosen = bots if workload == "never-seen" else {k: bots[k] for k in ("echo", "sailau")}
            found[workload] = await bench_telegram.compare(
                chosen, texts, TELEGRAM_CHATS, runs, latency
            )
        texts = bench_telegram.repeated(TELEGRAM_QUESTIONS)
        return found, await steady(running_bot, texts, MEMORY_UPDATES[-1] // len(texts))

    results, use = asyncio.run(measure())
    for workload, found in results.items():
        key = workload.replace("-", "_")
        for name in found:
            who = {
                "echo": "echo bot",
                "sailau": "bot.py run",
                "layer": "bot.py run, answers stubbed",
            }[name]
            rate = median([r.rate for r in found[name]])
            cpu = median([r.cpu_ms for r in found[name]])
            figure(f"tg_{key}_{name}_per_s", f"Telegram {workload}: {who}, answers/s", rate, "/s")
            figure(f"tg_{key}_{name}_cpu_ms", f"Telegram {workload}: {who}, CPU/update", cpu, "ms")
        for name in [n for n in found if n != "echo"]:
            rate, cpu = bench_telegram.ratios(found, name, "echo")
            label = f"Telegram {workload}: {'layer' if name == 'layer' else 'bot.py run'} / echo"
            figure(f"tg_{key}_{name}_ratio", f"{label}, answers/s", rate, "x", at_least=0.5)
            cpu_target = None if workload == "latency" else 2.0  # there, waiting is the cost
            figure(
                f"tg_{key}_{name}_cpu_ratio", f"{label}, CPU/update", 1 / cpu, "x", below=cpu_target
            )
    first, last = MEMORY_UPDATES
    figure("rss_peak_mb", f"memory: peak RSS after {last:,} updates", use.peak_mb, "MB", 150)
    growth = (use.rss_kb[last] / use.rss_kb[first] - 1) * 100
    figure("rss_growth_pct", f"memory: RSS growth {first:,} -> {last:,} updates", growth, "%", 10)


@dataclass(frozen=True)
class Steady:
    """One bot kept running through several batches: its RSS after each, and its peak."""

    rss_kb: dict[int, int]
    """Updates answered so far -> resident memory (KiB)."""
    peak_mb: float


async def steady(start_bot: bench_telegram.Starter, texts: Sequence[str], batches: int) -> Steady:
    """Queue `batches` batches of `texts` (50 chats) to one running bot, each once the one
    before is answered; read its memory between batches."""
    api = BotApi()
    rss: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as data:
        async with FakeServer(api) as server:
            env = bot_env(server.base_url, Path(data), SAILAU_RATE_LIMIT="off")
            async with start_bot(env) as bot:
                pid = bot.process.pid
                await bot.until(api.wait_for(lambda a: a.polls > 0, 30), "start polling")
                for batch in range(batches):
                    sent = batch * len(texts)
                    await api.push(
                        *(
                            text_update(q, chat_id=1 + (sent + k) % TELEGRAM_CHATS)
                            for k, q in enumerate(texts)
                        )
                    )
                    await bot.until(answered(api, sent + len(texts)), "answer all")
                    rss[sent + len(texts)] = memory_kb(pid)
                peak = memory_kb(pid, "VmHWM")
                status = await bot.stop()
    if status != 0 or api.errors:
        raise RuntimeError(f"bot failed: exit {status}, refused calls {api.errors[:3]}")
    return Steady(rss, peak / 1024)


def answered(api: Any, count: int) -> Awaitable[None]:
    """Until the fake API holds `count` messages from the bot."""
    return api.wait_for(lambda a: len(a.messages) >= count, 300)  # type: ignore[no-any-return]


SECTIONS: dict[str, Callable[[int], None]] = {
    "understanding": understanding,
    "answer": answer_latency,
    "batch": batch,
    "cold": cold_start,
    "charts": charts,
    "factbase": factbase,
    "seats": seats,
    "telegram": telegram,
}


# -- arithmetic and output -----------------------------------------------------------------------


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def ms_of(seconds: Sequence[float]) -> float:
    return median(seconds) * 1000


def p99(values: Sequence[float]) -> float:
    return percentile(values, 99)


TARGETS = {
    "understand_new_mean_ms": "a) understanding a never-seen question, mean (issue 12)",
    "batch_1000_s": "b) a batch of 1,000 questions, fresh process",
    "tg_never_seen_sailau_ratio": "c) Telegram, never-seen questions: answers/s vs echo (issue 13)",
    "tg_never_seen_sailau_cpu_ratio": "c) Telegram, never-seen questions: CPU/update vs echo",
    "tg_repeated_sailau_ratio": "c) Telegram, repeated questions: answers/s vs echo",
}
"""The headline targets, summed up under the table (each with its threshold, met or not)."""


def print_targets() -> None:
    found = {f.key: f for f in FIGURES}
    shown = [(label, found[key]) for key, label in TARGETS.items() if key in found]
    if shown:
        print("headline targets:")
    for label, fig in shown:
        verdict = "met" if fig.ok else "NOT MET"
        print(f"  {label:<66} {fig.value:8.3f} {fig.unit:<3} {fig.target:<7} {verdict}")


def print_table(elapsed: float, runs: int) -> None:
    print(f"Sailau benchmarks: median of {runs} runs; {platform.python_version()}, {cpus()} CPUs")
    print(f"{'figure':<52} {'value':>11} {'unit':<10} {'target':<12} ok")
    print("-" * 94)
    for fig in FIGURES:
        print(fig.row())
    missed = [f.key for f in FIGURES if f.ok is False]
    print("-" * 94)
    print(f"whole run: {elapsed:.0f} s; targets missed: {', '.join(missed) or 'none'}")
    print_targets()


def cpus() -> int:
    return len(os.sched_getaffinity(0))


def as_json(elapsed: float, runs: int) -> dict[str, Any]:
    figures: dict[str, Any] = {f.key: round(f.value, 3) for f in FIGURES}
    return {
        **figures,
        "runs": runs,
        "elapsed_s": round(elapsed, 1),
        "targets_missed": [f.key for f in FIGURES if f.ok is False],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median quoted)")
    parser.add_argument(
        "--only", help=f"comma-separated sections to run (default all: {', '.join(SECTIONS)})"
    )
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown or args.runs < 1:
        parser.error(f"unknown section(s) {', '.join(unknown)}" if unknown else "--runs >= 1")
    start = time.perf_counter()
    for name in chosen:
        with section(name):
            SECTIONS[name](args.runs)
    elapsed = time.perf_counter() - start
    print_table(elapsed, args.runs)
    print(json.dumps(as_json(elapsed, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
