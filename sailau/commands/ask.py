"""`bot.py ask`: one answer as the bot would give it, or one JSON object per line of a batch."""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from sailau import render
from sailau.jsonlines import dumps_line, split_lines
from sailau.pipeline import LOAD_ERRORS, answer, engine, load_problem
from sailau.reply import LANGS, ChartSpec, Lang


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("question", nargs="?", help="the question, in quotes")
    parser.add_argument("--lang", choices=LANGS, help="answer in this language (default: detect)")
    parser.add_argument("--json", action="store_true", help="print a JSON object, not text")
    parser.add_argument(
        "--batch", metavar="FILE", help="answer every line of FILE ('-' for stdin); needs --json"
    )
    parser.add_argument(
        "--charts-dir", metavar="DIR", type=Path, help="write answers' charts as PNG files here"
    )


def chart_path(spec: ChartSpec, lang: Lang, charts_dir: Path) -> str:
    """Render the chart into `charts_dir` (once per spec and language) and return its path."""
    from sailau import charts

    digest = hashlib.sha1(repr(spec.params).encode(), usedforsecurity=False).hexdigest()
    path = charts_dir / f"{spec.kind}-{digest[:10]}-{lang}.png"
    if not path.exists():
        charts_dir.mkdir(parents=True, exist_ok=True)
        path.write_bytes(charts.render(spec, lang))
    return str(path)


def json_lines(
    questions: Iterable[str], lang: Lang | None, charts_dir: Path | None
) -> Iterator[str]:
    """One JSON object per question, in order; each question is answered on its own."""
    for question in questions:
        reply = answer(question, lang)
        chart = (
            chart_path(reply.chart, reply.lang, charts_dir) if reply.chart and charts_dir else None
        )
        yield dumps_line(render.as_json(reply, question, chart))


def _build_frozen() -> None:
    """Build the engine with the cyclic collector paused, then freeze the heap, before a batch
    (as `bot.py run` freezes its start-up): building it made the collector run about 200 times
    (60 ms) with nothing to free, and each full collection while answering walked it again
    (~45 ms)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        engine()
    finally:
        if enabled:
            gc.enable()
    gc.freeze()


def _read_lines(name: str) -> list[str]:
    if name == "-":
        return split_lines(sys.stdin.read())
    return split_lines(Path(name).read_text(encoding="utf-8", errors="replace"))


def main(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except BrokenPipeError:  # the reader left (`| head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except LOAD_ERRORS as exc:
        print(f"ask: {load_problem(exc)}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.batch:
        if not args.json:
            print("ask: --batch writes JSON lines; add --json", file=sys.stderr)
            return 2
        try:
            questions = _read_lines(args.batch)
        except OSError as exc:
            print(f"ask: cannot read {args.batch}: {exc.strerror}", file=sys.stderr)
            return 2
        _build_frozen()
        sys.stdout.writelines(
            line + "\n" for line in json_lines(questions, args.lang, args.charts_dir)
        )
        return 0
    if args.question is None:
        print(
            'ask: give a question, e.g. bot.py ask "turnout 2021", or --batch FILE', file=sys.stderr
        )
        return 2
    if args.json:
        print(next(json_lines([args.question], args.lang, args.charts_dir)))
        return 0
    print(render.text(answer(args.question, args.lang)))
    return 0
