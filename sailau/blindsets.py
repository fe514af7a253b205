"""Blind question sets: questions (and short dialogues) written by people who never saw the
phrasings, each with the figures a right answer must show, scored as new users would judge the
answers (`bot.py report --set FILE`).

A set is YAML: `items: [{q, lang, kind, expect, yes}]` and `dialogues: [{lang, turns: [...]}]`;
`kind` is value | multi | compare | yesno | unknown | offtopic | refusal, `expect` the figures
(integers without separators, decimals with a dot, ISO dates, a surname), `yes` the right answer
of a yes/no. A verdict per question:

- value, multi, compare: an answer, in the question's language, showing every expected figure;
- yesno: the same, and it starts with yes or no, the right one;
- unknown: the reply says the fact base does not hold it (or answers, naming what it could not
  narrow);
- offtopic: no answer with a figure; refusal: a refusal.

"wrong" is a confident answer with a wrong figure or the wrong yes/no; "dym" a "did you mean".
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel.dates import get_month_names

from sailau.i18n import Catalog
from sailau.reply import LANGS, Context, Lang, Reply, ReplyKind
from sailau.understanding.text import is_latin, to_cyrillic
from sailau.yamlio import load_file

ANSWERS = frozenset({ReplyKind.ANSWER, ReplyKind.INFO})
"""Replies that state something (an off-topic question must not get one with a figure)."""
GROUPS = ("kk", "ru", "en", "in-scope", "offtopic", "all singles", "dialogue")
_GROUP_SEP = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_NAME_FOLD = str.maketrans("әғқңөұүһіы", "агкноуухии")
"""Names compared across the Kazakh and Russian spellings of one surname."""
_NO_NAMES: Mapping[str, frozenset[str]] = {}
ZERO_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": ("no seats", "no votes", "none of"),
    "ru": ("не получила мест", "не получил мест", "ни одного"),
    "kk": ("орын алған жоқ", "орын алмады", "бірде-бір"),
}
"""A zero as an answer writes it ("Auyl won no seats"): shows the figure `0`."""
WORDS = ("words",)
"""The grammar form that writes a small count in words (English prose: "eight fewer")."""


class SetError(ValueError):
    """A set file is malformed: names the item and the problem."""


@dataclass(frozen=True)
class Case:
    """One question of a set; `dialogue` and `turn` place a dialogue's turn."""

    q: str
    lang: Lang
    kind: str
    expect: tuple[str, ...] = ()
    yes: bool | None = None
    dialogue: int | None = None
    turn: int = 0

    @property
    def group(self) -> str:
        if self.dialogue is not None:
            return "dialogue"
        return "offtopic" if self.kind == "offtopic" else self.lang


@dataclass(frozen=True)
class Verdict:
    case: Case
    verdict: str
    """ok, wrong, dym, miss, lang or leak."""
    detail: str
    reply: str


@dataclass
class Score:
    verdicts: list[Verdict] = field(default_factory=list)

    def tally(self) -> dict[str, Counter[str]]:
        per: dict[str, Counter[str]] = {g: Counter() for g in GROUPS}
        for v in self.verdicts:
            per[v.case.group][v.verdict] += 1
            if v.case.dialogue is None:
                per["all singles"][v.verdict] += 1
                if v.case.kind != "offtopic":
                    per["in-scope"][v.verdict] += 1
        return {g: c for g, c in per.items() if c}

    def share(self, group: str) -> float:
        counts = self.tally().get(group, Counter())
        total = sum(counts.values())
        return counts["ok"] / total if total else 1.0

    def count(self, verdict: str) -> int:
        return sum(v.verdict == verdict for v in self.verdicts)


def load_set(path: Path) -> list[Case]:
    """The items, then every dialogue's turns in order."""
    data: Any = load_file(path)
    if not isinstance(data, dict):
        raise SetError(f"{path.name}: expected `items:` and `dialogues:`")
    cases = [
        _case(path.name, f"items[{i}]", item, None)
        for i, item in enumerate(data.get("items") or [])
    ]
    for d, dialogue in enumerate(data.get("dialogues") or []):
        for t, turn in enumerate(dialogue.get("turns") or []):
            where = f"dialogues[{d}].turns[{t}]"
            cases.append(_case(path.name, where, {"lang": dialogue.get("lang"), **turn}, (d, t)))
    return cases


def _case(file: str, where: str, item: Any, place: tuple[int, int] | None) -> Case:
    if not isinstance(item, dict) or not isinstance(item.get("q"), str):
        raise SetError(f"{file}: {where}: needs `q`")
    lang = item.get("lang")
    if lang not in LANGS:
        raise SetError(f"{file}: {where}: lang must be kk, ru or en")
    yes = item.get("yes", item.get(True))  # YAML 1.1 readers take `yes:` for True
    return Case(
        q=item["q"],
        lang=lang,
        kind=str(item.get("kind", "value")),
        expect=tuple(str(x) for x in item.get("expect") or ()),
        yes=yes if isinstance(yes, bool) else None,
        dialogue=place[0] if place else None,
        turn=place[1] if place else 0,
    )


def run(
    cases: Sequence[Case],
    answer: Any,
    render: Any,
    catalog: Catalog,
    spellings: Mapping[str, frozenset[str]] = _NO_NAMES,
) -> Score:
    """Ask every case, a fresh conversation per item and one per dialogue, and judge it;
    `spellings` maps a person's surname to its spelling in every language (the fact base's
    `surname_spellings`): a Kazakh reply naming Қоңыров shows the expected Конуров."""
    names = folded_names(spellings)
    score = Score()
    context = Context()
    last: int | None = None
    for case in cases:
        if case.dialogue is None or case.dialogue != last:
            context = Context()
        last = case.dialogue
        reply: Reply = answer(case.q, None, context)
        context = reply.context
        text = render(reply)
        verdict, detail = judge(case, reply, text, catalog, names)
        score.verdicts.append(Verdict(case, verdict, detail, text))
    return score


def judge(
    case: Case,
    reply: Reply,
    text: str,
    catalog: Catalog,
    names: Mapping[str, frozenset[str]] = _NO_NAMES,
) -> tuple[str, str]:
    """(verdict, detail) for one reply."""
    kind = reply.kind
    if case.kind == "offtopic":
        # a figure in what the reply states (its numbered follow-up offers are not figures)
        leaked = kind in ANSWERS and re.search(r"\d", " ".join((reply.headline, *reply.details)))
        return ("leak", f"answered ({reply.intent})") if leaked else ("ok", "")
    if case.kind == "refusal":
        if kind is ReplyKind.REFUSAL:
            return "ok", ""
        return ("dym" if kind is ReplyKind.DID_YOU_MEAN else "miss"), str(kind)
    if reply.lang != case.lang:
        return "lang", f"replied in {reply.lang}"
    if case.kind == "unknown":
        if kind is ReplyKind.UNKNOWN or (kind is ReplyKind.ANSWER and reply.unhonoured):
            return "ok", ""
        if kind is ReplyKind.ANSWER:
            return "wrong", "answered as if known"
        return ("dym" if kind is ReplyKind.DID_YOU_MEAN else "miss"), str(kind)
    if kind is not ReplyKind.ANSWER:
        return ("dym" if kind is ReplyKind.DID_YOU_MEAN else "miss"), str(kind)
    missing = [f for f in case.expect if not has_figure(text, f, case.lang, catalog, names)]
    if case.kind == "yesno" and case.yes is not None:
        right, other = (_word(catalog, k, case.lang) for k in _polarity(case.yes))
        if _starts(text, other):
            return "wrong", "wrong polarity"
        if not _starts(text, right):
            detail = "no yes/no first" + (f"; missing {missing}" if missing else "")
            return ("wrong" if missing else "miss"), detail
    if missing:
        return "wrong", f"missing {missing}"
    return "ok", ""


def _polarity(yes: bool) -> tuple[str, str]:
    return ("answer_yes", "answer_no") if yes else ("answer_no", "answer_yes")


def _word(catalog: Catalog, key: str, lang: Lang) -> str:
    """ "Yes." -> "yes": the word a yes/no reply starts with."""
    return re.sub(r"\W+", "", catalog.t(key, lang)).casefold()


def _starts(text: str, word: str) -> bool:
    first = re.sub(r"^[\W_]+", "", text.strip().casefold())
    return re.match(rf"{re.escape(word)}(?!\w)", first) is not None


def plain_numbers(text: str) -> str:
    """`5 148 074` / `5,148,074` -> `5148074`, `71,09` -> `71.09`."""
    text = _GROUP_SEP.sub("", _GROUP_SEP.sub("", text))
    text = _THOUSANDS.sub("", text)
    return _DECIMAL_COMMA.sub(".", text).replace("\u2212", "-")


@functools.cache
def _month_names(month: int) -> frozenset[str]:
    """A month's names in our languages as Babel (CLDR) writes them: `января`, `январь`,
    `қаңтар`, `January`, `Jan`."""
    return frozenset(
        get_month_names(width, context, locale=lang)[month].casefold().rstrip(".")
        for lang in LANGS
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
    )


def folded_names(spellings: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """`spellings` with every name folded across the Kazakh and Russian letters."""
    return {
        name.translate(_NAME_FOLD): frozenset(s.translate(_NAME_FOLD) for s in others)
        for name, others in spellings.items()
    }


def has_figure(
    text: str,
    figure: str,
    lang: Lang,
    catalog: Catalog,
    names: Mapping[str, frozenset[str]] = _NO_NAMES,
) -> bool:
    """Whether `text` shows `figure`: a number as a whole number (any separators); an ISO date
    as its year, day and month name in any of our languages' forms; a name in either Cyrillic
    spelling (Нигматулин, Нығматулин) or, by `names` (`folded_names`), in any language's
    spelling of that person's surname; a Latin name also as transliterated (`_cyrillic_surname`)."""
    date = _ISO_DATE.fullmatch(figure)
    low = text.casefold()
    if date:
        year, month, day = (int(x) for x in date.groups())
        has_day = re.search(rf"(?<![\d.,]){day}(?!\d)", plain_numbers(text)) is not None
        return str(year) in text and has_day and any(m in low for m in _month_names(month))
    if figure == "0" and any(w in low for w in ZERO_WORDS.get(lang, ())):
        return True
    words = catalog.grammar.get(lang)
    if figure.isdigit() and words is not None and words.knows(WORDS):
        word = words.inflect(figure, WORDS)  # a count the house style spells out: "eight"
        if word != figure and re.search(rf"\b{re.escape(word)}\b", low):
            return True
    if _NUMBER.fullmatch(figure):
        core = re.escape(figure.lstrip("+-"))
        return re.search(rf"(?<![\d.]){core}(?!\.?\d)", plain_numbers(text)) is not None
    name = figure.casefold().translate(_NAME_FOLD)
    folded = low.translate(_NAME_FOLD)
    if any(spelling in folded for spelling in names.get(name, (name,))):
        return True
    return is_latin(name) and any(spelling in folded for spelling in _cyrillic_surname(name))


@functools.cache
def _cyrillic_surname(name: str) -> frozenset[str]:
    """A surname the set writes in Latin letters as a Cyrillic reply may write it, by the
    reader's own transliteration (its Russian and Kazakh readings, Kazakh letters folded): the
    writer's "Petrov" or "Konurov" is the reply's "Петров", "Конуров" when the fact base romanises
    the name otherwise ("Qongyrov") or names no such person among its officials."""
    return frozenset(
        to_cyrillic(name, kazakh=kazakh).translate(_NAME_FOLD) for kazakh in (False, True)
    )


@dataclass(frozen=True)
class Gates:
    """What a set must reach: a share per group, and how many confident wrong answers and
    off-topic answers with a figure it may have (none, unless the set says otherwise)."""

    shares: Mapping[str, float]
    wrong: int = 0
    leak: int = 0


def load_gates(path: Path, default: Mapping[str, float]) -> Gates:
    """A set's own `gates:` (`shares`, `wrong`, `leak`: a regression floor for a set added
    below the bar, at what it reached), else `default` with no wrong answer and no leak."""
    data: Any = load_file(path)
    own = data.get("gates") if isinstance(data, dict) else None
    if own is None:
        return Gates(dict(default))
    if not isinstance(own, dict) or not isinstance(own.get("shares", {}), dict):
        raise SetError(f"{path.name}: `gates:` needs `shares: {{group: share}}`")
    unknown = set(own.get("shares", {})) - set(GROUPS)
    if unknown:
        raise SetError(f"{path.name}: gates for unknown groups: {sorted(unknown)}")
    return Gates(
        {**default, **{str(k): float(v) for k, v in own.get("shares", {}).items()}},
        int(own.get("wrong", 0)),
        int(own.get("leak", 0)),
    )


def passed(score: Score, gates: Gates) -> bool:
    """Every group at or above its gate; no more off-topic answers with a figure and confident
    wrong answers than the gates allow."""
    shares = all(score.share(group) >= gate for group, gate in gates.shares.items())
    return shares and score.count("leak") <= gates.leak and score.count("wrong") <= gates.wrong


def format_score(name: str, score: Score, *, verbose: bool) -> str:
    """The table (and, with `verbose`, every failure)."""
    lines = [f"{name}:"]
    for group, counts in score.tally().items():
        total = sum(counts.values())
        share = 100 * counts["ok"] / total
        rest = "  ".join(f"{v} {counts[v]:3}" for v in ("wrong", "dym", "miss", "lang", "leak"))
        lines.append(f"  {group:12} {counts['ok']:4}/{total:<4} {share:5.1f} %   {rest}")
    if verbose:
        for v in score.verdicts:
            if v.verdict != "ok":
                first = v.reply.splitlines()[0][:160] if v.reply else ""
                lines.append(
                    f"- [{v.case.group}/{v.verdict}] {v.case.q!r} {v.detail}\n      {first}"
                )
    return "\n".join(lines)


def languages(cases: Iterable[Case]) -> frozenset[str]:
    return frozenset(c.lang for c in cases if c.kind != "offtopic" and c.dialogue is None)
