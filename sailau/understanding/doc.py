"""The question as the extractors see it: tokens with their morphology, and the spans found on them.

One `Question` runs through the extractors (`sailau.understanding.extractors`); each adds spans
and none removes a token. Overlapping spans are settled once, at the end (`Question.settle`): the
longest wins, then the higher score; spans of the same extent and different meanings are all
kept ("and" is both an opener and a conjunction), and a narrowing word never competes with what
it narrows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, starmap
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from sailau.reply import Lang
from sailau.understanding.morphology import Analysis

if TYPE_CHECKING:
    from sailau.understanding.lexicon import Entry


class Token(NamedTuple):
    """One word: as typed (casefolded, Kazakh letters kept), folded, and its morphology."""

    text: str
    norm: str
    position: int
    analysis: Analysis
    is_number: bool = False
    slip: bool = False
    """The word as typed was a slip of this one (`extractors.Corrections`)."""


class Span(NamedTuple):
    """Tokens `start`..`end` (exclusive) read as `label` = `value` by extractor `source`.

    `score` is how sure the reading is (1.0 exact; lower for a misspelling or a word of another
    language); `role` refines the value (the alias a party was named by)."""

    label: str
    start: int
    end: int
    value: str
    source: str
    score: float = 1.0
    role: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Said:
    """Spans grouped by label in one pass: a label's spans (`by`), whether a label = value is
    said (`pairs`) and the labels said are one look-up each, where a scan of the spans for what
    most questions lack would cost a pass over them every time. A label no span has is no key
    of `by`."""

    by: Mapping[str, Sequence[Span]]
    pairs: frozenset[tuple[str, str]]
    labels: frozenset[str]

    @classmethod
    def grouped(cls, spans: Sequence[Span]) -> Said:
        by: dict[str, list[Span]] = {}
        for span in spans:  # (a plain loop: it runs for every question)
            found = by.get(span.label)
            if found is None:
                by[span.label] = [span]
            else:
                found.append(span)
        return cls(by, frozenset([(s.label, s.value) for s in spans]), frozenset(by))

    def has(self, label: str, value: str) -> bool:
        """Whether some span reads `label` = `value`."""
        return (label, value) in self.pairs

    def of(self, label: str) -> Sequence[Span]:
        """The spans read as `label`, in order (none: empty)."""
        return self.by.get(label, ())

    def replaced(self, label: str, spans: Sequence[Span]) -> Said:
        """These spans of `label` in place of those grouped (a step that drops or adds some)."""
        by = {k: found for k, found in {**self.by, label: spans}.items() if found}
        pairs = frozenset([(s.label, s.value) for found in by.values() for s in found])
        return Said(by, pairs, frozenset(by))


@dataclass
class Question:
    """A question being read: its text, language, tokens and spans."""

    text: str
    lang: Lang
    asked: bool = False
    """The message ends with a question mark."""
    tokens: list[Token] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    entries: list[tuple[int, tuple[Entry, ...]]] = field(default_factory=list)
    """The vocabulary entries and names whose words start at a token, in every language."""
    _labels: list[set[str]] | None = None
    """Per token, the labels of the spans covering it (built when first asked for)."""
    _said: Said | None = field(default=None, repr=False, compare=False)
    """The spans grouped by label (built when first asked for)."""

    def add(self, span: Span) -> None:
        self.spans.append(span)
        self._labels = self._said = None

    def extend(self, spans: Iterable[Span]) -> None:
        self.spans.extend(spans)
        self._labels = self._said = None

    @property
    def said(self) -> Said:
        """The spans grouped by label, in one pass (`Said`)."""
        if self._said is None:
            self._said = Said.grouped(self.spans)
        return self._said

    def says(self, label: str, value: str) -> bool:
        """Whether some span reads `label` = `value`: one look-up, where a scan of the spans
        for a word most questions lack would cost a pass over them each time."""
        return (label, value) in self.said.pairs

    def of(self, label: str) -> Sequence[Span]:
        """The spans read as `label`, in order (none: empty)."""
        return self.said.by.get(label, ())

    @property
    def labels(self) -> frozenset[str]:
        """The labels of the spans: whether a question has a kind of span is one look-up."""
        return self.said.labels

    def words(self, start: int = 0, end: int | None = None) -> str:
        """The words from token `start` to `end` as typed, joined by spaces."""
        return " ".join(t.text for t in self.tokens[start:end])

    def labelled(self, *labels: str) -> Iterator[Span]:
        """Spans with one of `labels`, in token order."""
        return (s for s in sorted(self.spans, key=lambda s: s.start) if s.label in labels)

    def covered(self, index: int, labels: Iterable[str] | None = None) -> bool:
        """Whether a span (with one of `labels`, if given) covers token `index`."""
        if self._labels is None:
            self._labels = [set() for _ in self.tokens]
            for span in self.spans:
                for i in range(span.start, span.end):
                    self._labels[i].add(span.label)
        found = self._labels[index]
        return bool(found) if labels is None else not found.isdisjoint(labels)

    def settle(self) -> None:
        """Resolve overlaps once: longest first, then higher score; a span is dropped when it
        overlaps a kept span of another extent, or one of the same extent, label and value.
        (Ties are broken by every field, so the same spans settle the same way in every process:
        the order they were found in can follow a set's.)"""
        kept: list[Span] = []
        at: list[list[Span]] = [[] for _ in self.tokens]  # the kept spans over each token
        # (a span found twice, a word of two languages' tables, settles as one: the second
        # would clash with the first, or with what the first clashes with)
        for span in sorted(dict.fromkeys(self.spans), key=_settle_order):
            if not _clashes(span, at):
                kept.append(span)
                for i in range(span.start, span.end):
                    at[i].append(span)
        self.spans = sorted(kept, key=READING_ORDER)
        self._labels = self._said = None

    def covered_positions(self) -> set[int]:
        """The positions of the tokens some span covers."""
        return set(chain.from_iterable(starmap(range, map(_EXTENT, self.spans))))

    def rest(self) -> list[Token]:
        """The tokens no span covers."""
        covered = self.covered_positions()
        return [t for t in self.tokens if t.position not in covered]


READING_ORDER = attrgetter("start", "end", "label", "value")
"""The settled spans' order."""
_EXTENT = attrgetter("start", "end")

MODIFIERS = frozenset({"narrow", "quantifier", "chart_kind", "claim"})
"""Labels that qualify what they overlap rather than compete with it: "blank ballots" is a
narrowing word and a measure at once."""


def _settle_order(s: Span) -> tuple[object, ...]:
    """Longest, surest, first; then every other field (a party's alias before none)."""
    return (s.start - s.end, -s.score, s.start, s.label, s.value, s.role is None, s.role or "",
            s.source)  # fmt: skip


def _clashes(span: Span, at: list[list[Span]]) -> bool:
    """Whether `span` competes with a kept span over one of its tokens (`at`: the kept spans
    over each token): one of another extent, or of the same extent, label and value. (Plain
    loops: this runs for every span of every question.)"""
    for i in range(span.start, span.end):
        for k in at[i]:
            if (
                k.start != span.start
                or k.end != span.end
                or (k.label == span.label and k.value == span.value)
            ) and _apart(span, k):
                return True
    return False


def _apart(a: Span, b: Span) -> bool:
    """Whether two overlapping spans compete: a modifier competes only with its own kind."""
    if a.label in MODIFIERS or b.label in MODIFIERS:
        return a.label == b.label
    # "chairman of this party", "председатель этой партии": the party pointed at is still a
    # party (its chairman is the party's leader, not the Speaker)
    return not (_pointed_kind(a, b) or _pointed_kind(b, a))


def _pointed_kind(kind: Span, marker: Span) -> bool:
    """Whether `kind` is the party word of a phrase pointing back at a party ("that party")."""
    return (
        kind.label == "kind"
        and kind.value == "party"
        and marker.label == "marker"
        and marker.value == "reference"
    )
