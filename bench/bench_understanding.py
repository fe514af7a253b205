"""Question understanding speed: reading + deciding one question, for questions new to the
process and for repeated ones; long messages; and whether the cost follows the phrasings.

    .venv/bin/python bench/bench_understanding.py [--questions 3000] [--runs 3]

Questions are generated (templates x parties x years x measure words x three languages, some
typed in Latin or with a typo), each different: "never seen" means the text is new to the
process; the words in it are not (a chat's vocabulary repeats), so the per-word morphology cache
is warm after a warm-up pass over other generated questions. Targets (issue 12): never-seen mean
< 0.25 ms, p99 < 1 ms; 300-character messages p99 < 5 ms; doubling the phrasings moves the
never-seen p99 by < 20 %.
"""

from __future__ import annotations

import argparse
import gc
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import yaml  # noqa: E402
from common import percentile  # noqa: E402

from sailau.yamlio import load_file  # noqa: E402

TEMPLATES = {
    "en": [
        "how many {m} did {p} get in {y}",
        "{p} {m} {y}",
        "did {p} pass the threshold in {y}",
        "{m} of {p} and {q} in {y}",
        "what was the turnout in {y}",
        "compare {p} {m} {y} and {z}",
        "how did {p} do compared to {z}",
        "was turnout over {n} percent in {y}",
        "turnout in {r}",
        "what if the threshold was {n}% for {p}",
        "who won in {y}",
        "how many {m} would {p} get with dhondt",
    ],
    "ru": [
        "сколько {m} у {p} в {y}",
        "{p} {m} {y} году",
        "прошла ли {p} в мажилис в {y}",
        "{m} {p} и {q}",
        "какая была явка в {y}",
        "на сколько изменились {m} у {p} с {z}",
        "явка в {r}",
        "если бы барьер был {n}% сколько {m} у {p}",
        "кто победил в {y}",
        "была ли явка выше {n}% в {y}",
    ],
    "kk": [
        "{p} {y} жылы неше {m} алды",
        "{p} мен {q} {m}",
        "{p} мәжіліске өтті ме",
        "{y} жылы сайлаушылардың келуі қандай",
        "{r} келу қанша",
        "шек {n} пайыз болса {p} неше {m} алар еді",
        "{y} жылы кім жеңді",
    ],
}
MEASURES = {
    "en": ["seats", "votes", "percent", "share of the vote", "mandates"],
    "ru": ["мест", "голосов", "процентов", "мандатов"],
    "kk": ["орын", "дауыс", "пайыз", "мандат"],
}
YEARS = ["2016", "2021", "2023"]
FILLER = {
    "en": ["please", "hey", "tell me", "quick question", "btw", "actually", "guys"],
    "ru": ["подскажите", "слушай", "пожалуйста", "кстати", "короче", "ребят"],
    "kk": ["айтшы", "сәлем", "өтініш", "жалпы", "шынымен"],
}
LONG_CHARS = 300


def names(lang: str, table: str) -> list[str]:
    """Party or region names people type in `lang` (from the fact base's aliases)."""
    data = load_file(ROOT / "facts" / f"{table}.yaml")[table]
    return [a for item in data.values() for a in item["aliases"].get(lang, [])] or ["ak zhol"]


def typo(rng: random.Random, text: str) -> str:
    """Two neighbouring letters swapped in one word of four letters or more."""
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def generated(count: int, seed: int, long: bool = False) -> list[str]:
    """`count` different questions; with `long`, each padded with chatter to ~300 characters."""
    rng = random.Random(seed)
    parties = {lang: names(lang, "parties") for lang in TEMPLATES}
    regions = {lang: names(lang, "regions") for lang in TEMPLATES}
    seen: dict[str, None] = {}
    while len(seen) < count:
        lang = rng.choice(list(TEMPLATES))
        p, q = rng.sample(parties[lang], 2)
        y, z = rng.sample(YEARS, 2)
        text = rng.choice(TEMPLATES[lang]).format(
            m=rng.choice(MEASURES[lang]),
            p=p,
            q=q,
            y=y,
            z=z,
            r=rng.choice(regions[lang]),
            n=rng.choice(["3", "5", "6", "50", "60", "70"]),
        )
        if rng.random() < 0.3:
            text = f"{rng.choice(FILLER[lang])} {text}"
        if rng.random() < 0.15:
            text = typo(rng, text)
        if rng.random() < 0.3:
            text = text.capitalize() + rng.choice(["?", "??", "!", ""])
        if long:
            while len(text) < LONG_CHARS:
                text = f"{rng.choice(FILLER[lang])} {text} {rng.choice(FILLER[lang])}"
            text = text[:LONG_CHARS]
        seen.setdefault(text, None)
    return list(seen)


def timings(reader: object, questions: Sequence[str]) -> list[float]:
    """CPU milliseconds of this thread to read and decide each question, once each, in order.
    (CPU time, not wall time: the machine is shared, and a question is never waiting on I/O.)"""
    understand = reader.understand  # type: ignore[attr-defined]
    clock = time.thread_time
    out = []
    for q in questions:
        start = clock()
        understand(q)
        out.append((clock() - start) * 1000)
    return out


def build(facts_dir: Path | None) -> object:
    """A reader over `facts_dir` (default: the repository's facts), the heap then frozen as
    `pipeline.engine()` and `bot.py run` freeze theirs (a full collection would otherwise walk
    the reader's tables again, ~45 ms, inside whichever question it interrupts)."""
    from sailau.answers.env import DEFAULT_YEAR
    from sailau.answers.registry import REGISTRY
    from sailau.factbase import load_factbase
    from sailau.understanding.engine import Reader

    reader = Reader(facts_dir, load_factbase(facts_dir), frozenset(REGISTRY), DEFAULT_YEAR)
    gc.freeze()
    return reader


def doubled_facts() -> Iterator[Path]:
    """A copy of facts/ whose intent files hold every phrasing twice over (each again with a
    filler word), so that any cost that follows the phrasings would show."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "facts"
        shutil.copytree(ROOT / "facts", root)
        for path in (root / "intents").glob("*.yaml"):
            data = load_file(path)
            for spec in data.values():
                for lang, items in spec["phrasings"].items():
                    spec["phrasings"][lang] = [*items, *(f"{p} please" for p in items)]
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        yield root


def figures(questions: int, runs: int) -> dict[str, float]:
    """Every figure of this benchmark (medians over `runs` for the timed passes)."""
    out: dict[str, float] = {}
    start = time.perf_counter()
    reader = build(None)
    out["build_ms"] = (time.perf_counter() - start) * 1000
    timings(reader, generated(questions, seed=1))  # warm-up: words and code paths
    fresh: list[list[float]] = []
    repeated: list[list[float]] = []
    long: list[list[float]] = []
    for run in range(runs):
        qs = generated(questions, seed=100 + run)
        reader.forget_texts()  # type: ignore[attr-defined]
        fresh.append(timings(reader, qs))
        repeated.append(timings(reader, qs))
        long.append(timings(reader, generated(max(200, questions // 10), 500 + run, long=True)))
    out["never_seen_mean_ms"] = statistics.median(statistics.fmean(t) for t in fresh)
    out["never_seen_p99_ms"] = statistics.median(percentile(t, 99) for t in fresh)
    out["repeated_mean_ms"] = statistics.median(statistics.fmean(t) for t in repeated)
    out["repeated_p99_ms"] = statistics.median(percentile(t, 99) for t in repeated)
    out["long_p99_ms"] = statistics.median(percentile(t, 99) for t in long)
    for facts in doubled_facts():
        twice = build(facts)
        timings(twice, generated(questions, seed=1))
        doubled = [timings(twice, generated(questions, seed=100 + run)) for run in range(runs)]
        out["doubled_never_seen_p99_ms"] = statistics.median(percentile(t, 99) for t in doubled)
    out["doubled_p99_change_pct"] = (
        out["doubled_never_seen_p99_ms"] / out["never_seen_p99_ms"] - 1
    ) * 100
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for key, value in figures(args.questions, args.runs).items():
        print(f"{key:<28} {value:10.3f}")


if __name__ == "__main__":
    main()
