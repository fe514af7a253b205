"""One-slip robustness: does a question keep its reading when one of its words has a typing slip?

Each answered question of a set gets one slip (`slip`: two neighbouring letters swapped, one
doubled or one dropped, in a word of four letters or more, at a fixed seed) and is answered again;
it keeps its reading when the answer family and slots are the ones the question as written got.
Real users type like this on phones: a reading that a slip breaks is one a stranger misses.
(`bot.py report --slips`; `tests/test_slips.py` holds the gate.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from sailau.reply import LANGS, Lang, Reply

SEED = 7
_WORD = re.compile(r"[^\W\d_]{4,}")


def slip(text: str, rng: random.Random) -> str:
    """One typing slip in a word of 4 or more letters: two letters swapped, one doubled or one
    dropped, never the first or last letter (the text as it is when it has no such word)."""
    words = list(_WORD.finditer(text))
    if not words:
        return text
    word = rng.choice(words)
    at = rng.randrange(word.start() + 1, word.end() - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    if kind == 1:
        return text[:at] + text[at] + text[at:]
    return text[:at] + text[at + 1 :]


@dataclass(frozen=True)
class Lost:
    """A question whose reading one slip changed."""

    q: str
    slipped: str
    lang: Lang
    was: str
    now: str
    """The slipped question's answer family, or its kind when it got none (`did_you_mean`)."""


@dataclass(frozen=True)
class SlipScore:
    """Per language: questions tried, and those that kept their reading; the ones lost."""

    tried: Mapping[Lang, int]
    kept: Mapping[Lang, int]
    lost: tuple[Lost, ...] = field(default=())

    def share(self, lang: Lang | None = None) -> float:
        langs = LANGS if lang is None else (lang,)
        tried = sum(self.tried.get(g, 0) for g in langs)
        return sum(self.kept.get(g, 0) for g in langs) / tried if tried else 1.0

    def format(self, *, verbose: bool = False) -> str:
        lines = ["one-slip robustness (each answered question with one typing slip, seed 7):"]
        for lang in (*LANGS, None):
            tried = sum(self.tried.get(g, 0) for g in ((lang,) if lang else LANGS))
            kept = sum(self.kept.get(g, 0) for g in ((lang,) if lang else LANGS))
            lines.append(f"  {lang or 'all':5} {kept:4}/{tried:<4} {self.share(lang):6.1%}")
        if verbose:
            lines += [f"  [{x.lang}] {x.slipped!r} ({x.q!r}): {x.was} -> {x.now}"
                      for x in self.lost]  # fmt: skip
        return "\n".join(lines)


def measure(
    questions: Iterable[tuple[str, Lang]],
    answer: Callable[[str], Reply],
    seed: int = SEED,
) -> SlipScore:
    """Each question that gets an answer, asked again with one slip (`slip`, seeded)."""
    rng = random.Random(seed)
    tried: dict[Lang, int] = {}
    kept: dict[Lang, int] = {}
    lost: list[Lost] = []
    for q, lang in questions:
        first = answer(q)
        if first.intent is None:
            continue
        slipped = slip(q, rng)
        if slipped == q:
            continue
        second = answer(slipped)
        tried[lang] = tried.get(lang, 0) + 1
        if (second.intent, second.slots) == (first.intent, first.slots):
            kept[lang] = kept.get(lang, 0) + 1
        else:
            now = second.intent or second.kind.value
            lost.append(Lost(q, slipped, lang, first.intent, now))
    return SlipScore(tried, kept, tuple(lost))
