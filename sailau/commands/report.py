"""`bot.py report`: how well questions are understood.

Runs `tests/data/regression.yaml` and `tests/data/offtopic.yaml` (or one mixed `--file`, such as
`tests/data/heldout.yaml`, where `intent: null` marks an off-topic question) through the answer
pipeline (or, with `--reading`, through the question reader alone) and prints accuracy per
language and per intent, the confusion pairs, wrong answers, missing figures, and the near
misses below the bar. Exit status 0 when every gate holds: ≥ 97 % per language (`--gate`), no
wrong answer, no figure missing from a right answer, no off-topic question answered.

`--set FILE` scores a blind set instead (`sailau.blindsets`: items and dialogues, each with the
figures a right answer shows): exit status 0 when it reaches issue 12's bar (≥ 95 % in scope,
≥ 93 % per language, ≥ 95 % of dialogue turns, no off-topic answered, no confident wrong answer).

`--slips` measures one-slip robustness instead (`sailau.slips`): the regression set's answered
questions, each with one typing slip, that keep their reading; exit status 0 at `SLIP_GATE`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sailau.reply import LANGS, Lang, ReplyKind
from sailau.yamlio import load_file

DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
REGRESSION_FILE = DATA_DIR / "regression.yaml"
OFFTOPIC_FILE = DATA_DIR / "offtopic.yaml"
HELDOUT_FILE = DATA_DIR / "heldout.yaml"
GATE = 0.97  # accuracy every language must reach
ELECTION_YEARS = frozenset({"2016", "2021", "2023"})
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})
_NUMBER = re.compile(r"\d+(?:[ ,.]\d+)*")
_ENUMERATION = re.compile(r"^\s*\d+[.)]\s", re.MULTILINE)  # "1. Election results" (follow-ups)


@dataclass(frozen=True)
class Case:
    """One question of the set: what must come back (`intent` None: nothing may match)."""

    q: str
    lang: Lang
    intent: str | None
    figure: str = ""


@dataclass(frozen=True)
class Outcome:
    """What came back for one case."""

    case: Case
    intent: str | None
    confidence: float
    lang: Lang
    text: str
    status: str
    alternatives: tuple[str, ...] = ()

    @property
    def intent_ok(self) -> bool:
        return self.intent == self.case.intent

    @property
    def lang_ok(self) -> bool:
        return self.case.intent is None or self.lang == self.case.lang

    @property
    def ok(self) -> bool:
        return self.intent_ok and self.lang_ok

    @property
    def figure_ok(self) -> bool:
        """The expected figure is in the answer (checked only when the intent is right)."""
        if not self.intent_ok or not self.case.figure or not self.text:
            return True
        return self.case.figure.translate(_SPACES) in self.text.translate(_SPACES)

    @property
    def stray_numbers(self) -> list[str]:
        """Numbers in a reply to an off-topic question, other than the election years."""
        if self.case.intent is not None:
            return []
        found = _NUMBER.findall(_ENUMERATION.sub("", self.text.translate(_SPACES)))
        return [n for n in found if n not in ELECTION_YEARS]


def load_cases(path: Path, *, off_topic: bool = False) -> list[Case]:
    """The cases of a regression file (`items: [{q, lang, intent, figure}]`)."""
    data: dict[str, Any] = load_file(path)
    return [
        Case(
            q=str(item["q"]),
            lang=item["lang"],
            intent=None if off_topic else item["intent"],
            figure="" if off_topic else str(item.get("figure") or ""),
        )
        for item in data["items"]
    ]


Runner = Callable[[Case], Outcome]

ROW_LABEL = "row:"
"""A question answered by one row of the reference sheet is labelled `row:<id>`."""


NOT_HELD = "unknown"
"""A question whose answer is that the fact base does not hold it is labelled `unknown`."""


def label(intent: str | None, slots: Mapping[str, str], not_held: bool = False) -> str | None:
    """The label a set gives an answer: its intent, `row:<id>` for a row of the sheet, or
    `unknown` when the answer is that the fact base does not hold it."""
    if intent == "row" and "row" in slots:
        return f"{ROW_LABEL}{slots['row']}"
    if intent is None and not_held:
        return NOT_HELD
    return intent


def pipeline_runner() -> Runner:
    """Ask each question the way a user would: `answer(q)`, no language given, no context."""
    from sailau import render
    from sailau.pipeline import answer

    def run(case: Case) -> Outcome:
        reply = answer(case.q)
        return Outcome(
            case,
            label(reply.intent, dict(reply.slots), reply.kind is ReplyKind.UNKNOWN),
            reply.confidence,
            reply.lang,
            render.text(reply),
            reply.kind.value,
            tuple(s.intent for s in reply.suggestions),
        )

    return run


def reading_runner() -> Runner:
    """Read and decide each question only (no answer text, so figures are not checked)."""
    from sailau.pipeline import engine

    reader = engine().reader

    def run(case: Case) -> Outcome:
        decision, lang = reader.understand(case.q)
        first = decision.parts[0].slots if decision.parts else ()
        return Outcome(
            case,
            label(decision.intent, dict(first), decision.not_held is not None),
            decision.confidence,
            lang,
            "",
            decision.status.value,
            tuple(a.intent for a in decision.alternatives),
        )

    return run


@dataclass(frozen=True)
class Summary:
    """The scores of one run."""

    outcomes: tuple[Outcome, ...]
    gate: float = GATE

    def answered(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.intent is not None]

    def off_topic(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.intent is None]

    def accuracy(self, lang: Lang) -> tuple[int, int]:
        cases = [o for o in self.answered() if o.case.lang == lang]
        return sum(o.ok for o in cases), len(cases)

    def by_intent(self) -> dict[str, tuple[int, int]]:
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.answered():
            assert o.case.intent is not None
            tally[o.case.intent][0] += o.ok
            tally[o.case.intent][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(tally.items())}

    def confusions(self) -> Counter[tuple[str, str]]:
        return Counter(
            (o.case.intent or "-", o.intent or f"({o.status})")
            for o in self.outcomes
            if not o.intent_ok
        )

    def wrong_language(self) -> list[Outcome]:
        return [o for o in self.answered() if o.intent_ok and not o.lang_ok]

    def wrong_answers(self) -> list[Outcome]:
        """Questions answered with another intent (worse than a "did you mean")."""
        return [o for o in self.answered() if o.intent is not None and not o.intent_ok]

    def missing_figures(self) -> list[Outcome]:
        return [o for o in self.answered() if not o.figure_ok]

    def leaks(self) -> list[Outcome]:
        """Off-topic questions that got an intent or a figure."""
        return [o for o in self.off_topic() if o.intent is not None or o.stray_numbers]

    def near_misses(self) -> list[Outcome]:
        """Questions that stayed below the confidence bar ("did you mean")."""
        return [o for o in self.outcomes if o.status in ("below_bar", "did_you_mean")]

    def passed(self) -> bool:
        gates = all(
            total and ok / total >= self.gate for ok, total in map(self.accuracy, LANGS) if total
        )
        return (
            gates and not self.wrong_answers() and not self.missing_figures() and not self.leaks()
        )


def evaluate(cases: Iterable[Case], runner: Runner, gate: float = GATE) -> Summary:
    return Summary(tuple(runner(case) for case in cases), gate)


def format_report(summary: Summary, *, verbose: bool = False) -> str:
    """The report as plain text."""
    lines = ["Accuracy per language (intent and reply language right):"]
    for lang in LANGS:
        ok, total = summary.accuracy(lang)
        if total:
            mark = "ok " if ok / total >= summary.gate else "LOW"
            lines.append(f"  {mark} {lang}: {ok}/{total} = {100 * ok / total:.1f} %")
    lines.append("Did-you-mean rate per language (all questions):")
    for lang in LANGS:
        cases = [o for o in summary.outcomes if o.case.lang == lang]
        asked = [o for o in summary.near_misses() if o.case.lang == lang]
        if cases:
            share = 100 * len(asked) / len(cases)
            lines.append(f"  {lang}: {len(asked)}/{len(cases)} = {share:.1f} %")
    lines.append("Accuracy per intent:")
    for intent, (ok, total) in summary.by_intent().items():
        flag = "" if ok == total else "  <"
        lines.append(f"  {intent:20} {ok}/{total}{flag}")
    confusions = summary.confusions()
    lines.append(f"Confusion pairs (expected -> got): {sum(confusions.values())}")
    lines.extend(f"  {n} x {exp} -> {got}" for (exp, got), n in confusions.most_common())
    _section(lines, "Wrong reply language", summary.wrong_language(), lambda o: o.lang)
    _section(lines, "Wrong answers", summary.wrong_answers(), lambda o: f"-> {o.intent}")
    _section(lines, "Missing figures", summary.missing_figures(), lambda o: o.case.figure)
    _section(lines, "Off-topic questions answered", summary.leaks(), lambda o: str(o.intent))
    _section(
        lines,
        "Near misses below the bar",
        summary.near_misses(),
        lambda o: f"{o.confidence:.2f} did you mean {', '.join(o.alternatives) or '-'}",
    )
    if verbose:
        wrong = [o for o in summary.answered() if not o.ok]
        _section(lines, "All failures", wrong, lambda o: f"{o.case.intent} -> {o.intent}")
    lines.append("PASS" if summary.passed() else "FAIL")
    return "\n".join(lines)


def _section(
    lines: list[str], title: str, items: Sequence[Outcome], detail: Callable[[Outcome], str]
) -> None:
    lines.append(f"{title}: {len(items)}")
    lines.extend(f"  [{o.case.lang}] {o.case.q!r}: {detail(o)}" for o in items)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reading",
        action="store_true",
        help="score the question reader alone (no answers, no figures)",
    )
    parser.add_argument("--regression", type=Path, default=REGRESSION_FILE, metavar="FILE")
    parser.add_argument("--offtopic", type=Path, default=OFFTOPIC_FILE, metavar="FILE")
    parser.add_argument(
        "--file",
        type=Path,
        metavar="FILE",
        help="one mixed set instead of the two above (intent: null = off-topic), e.g. "
        "tests/data/heldout.yaml",
    )
    parser.add_argument(
        "--gate", type=float, default=GATE, help=f"accuracy each language must reach ({GATE})"
    )
    parser.add_argument(
        "--set",
        type=Path,
        metavar="FILE",
        help="score a blind set (items and dialogues with expected figures), e.g. "
        "tests/data/setA.yaml",
    )
    parser.add_argument(
        "--slips",
        action="store_true",
        help="one-slip robustness: the regression set's questions with one typing slip each",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure")


SET_GATES = {"in-scope": 0.95, "kk": 0.93, "ru": 0.93, "en": 0.93, "dialogue": 0.95}
"""Issue 12's bar for questions written by people who never saw the phrasings."""


def blind_set(path: Path, verbose: bool) -> int:
    """Score one blind set; 0 when it reaches its gates (`SET_GATES` unless it has its own)."""
    from sailau import blindsets, render
    from sailau.pipeline import answer, engine

    try:
        cases = blindsets.load_set(path)
        gates = blindsets.load_gates(path, SET_GATES)
    except (OSError, ValueError) as exc:
        print(f"report: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    try:
        env = engine().env
        score = blindsets.run(cases, answer, render.text, env.catalog, env.fb.surname_spellings())
    except ValueError as exc:  # the facts do not load
        print(f"report: the facts do not load:\n{exc}", file=sys.stderr)
        return 2
    print(blindsets.format_score(path.name, score, verbose=verbose))
    ok = blindsets.passed(score, gates)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


SLIP_GATE = 0.94
"""Share of the regression set's answered questions that must keep their reading with one slip
(what reading typing slips reached: 74 % before; the target is 95 %)."""


def slips(path: Path, verbose: bool) -> int:
    """One-slip robustness of `path`'s questions; 0 when it reaches `SLIP_GATE`."""
    from sailau import slips as slip_score
    from sailau.pipeline import answer

    try:
        cases = load_cases(path)
        score = slip_score.measure(((c.q, c.lang) for c in cases), answer)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"report: cannot score {path}: {exc}", file=sys.stderr)
        return 2
    print(score.format(verbose=verbose))
    ok = score.share() >= SLIP_GATE
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def main(args: argparse.Namespace) -> int:
    if args.set:
        return blind_set(args.set, args.verbose)
    if args.slips:
        return slips(args.regression, args.verbose)
    try:
        if args.file:
            cases = load_cases(args.file)
        else:
            cases = load_cases(args.regression) + load_cases(args.offtopic, off_topic=True)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"report: cannot read the regression files: {exc}", file=sys.stderr)
        return 2
    try:
        runner = reading_runner() if args.reading else pipeline_runner()
        summary = evaluate(cases, runner, args.gate)
    except ValueError as exc:  # FactBaseInvalid, IntentFileError, YamlError
        print(f"report: the facts do not load:\n{exc}", file=sys.stderr)
        return 2
    print(format_report(summary, verbose=args.verbose))
    return 0 if summary.passed() else 1
