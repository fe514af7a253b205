"""Where the sources disagree on a figure the reply gives: the election's note on it
(`discrepancies` in the election files), when the question quotes another figure ("I've seen
3,341,510 in one article, which is right?") or asks about the sources ("the official turnout and
why does the IPU give a lower number"). A note is chosen by its figures, never by its words: it
states the figure the reply answers with and, when the user quoted one, that figure too."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from sailau.answers.env import Env
from sailau.answers.registry import Query
from sailau.compose.lines import cited, figures, lead, lines_of, rebuilt
from sailau.reply import Reply
from sailau.understanding.decide import Decision
from sailau.understanding.frame import Frame

SOURCES = "sources"
"""The measure of "sources": who gives a figure."""
NAMED_SOURCE = "named_source"
"""The marker of a source named ("the IPU", "Wikipedia") beside the figure asked."""
DIGITS = 3
"""Digits a figure needs to tell a note apart ("63.25", "3,341,510"; not a party's 7 seats)."""
_NOT_DIGIT = re.compile(r"\D")


def disputed(env: Env, q: Query, decision: Decision, reply: Reply, asked: Reply | None) -> Reply:
    """`reply` with the notes on where the sources disagree about its figure, after its
    headline, in place of `asked` (the plain answer to "which sources", when the question
    also asked it); `reply` itself when the question neither quotes a figure nor names the
    sources, or no note states the figure answered."""
    frame = decision.frame
    quoted = _quoted(frame)
    if not quoted and SOURCES not in frame.mentions and not frame.has(NAMED_SOURCE):
        return reply
    lines = lines_of(reply)
    answered = _digits(figures(lead(reply)[0])) - quoted
    notes = [
        cited(env, q.lang, note.text(q.lang), note)
        for year in _years(env, q, decision)
        for note in env.fb.election(year).discrepancies
        if _states(_digits(figures(note.text(q.lang))), answered, quoted)
    ]
    if not notes:
        return reply
    plain = set(lines_of(asked)) if asked is not None else set()
    head, *rest = [line for line in lines if line not in plain] or lines
    return rebuilt(env, reply, [head, *notes, *(line for line in rest if line not in notes)])


def _states(found: frozenset[str], answered: frozenset[str], quoted: frozenset[str]) -> bool:
    """A note on the figure answered, and on the figure quoted when one is."""
    return bool(found & answered) and quoted <= found


def _quoted(frame: Frame) -> frozenset[str]:
    """The figures the user put up against the answer (`digits`), long enough to tell apart."""
    said = [*frame.figures, *([frame.comparison.value] if frame.comparison else [])]
    return _digits(f for f in said if f)


def _digits(found: Iterable[str | None]) -> frozenset[str]:
    """Figures as their digits alone ("3,341,510" and "3 341 510" are one figure)."""
    out = (_NOT_DIGIT.sub("", f) for f in found if f)
    return frozenset(d for d in out if len(d) >= DIGITS)


def _years(env: Env, q: Query, decision: Decision) -> list[int]:
    """The elections the parts ask about (as their answers take them)."""
    return list(dict.fromkeys(env.year(replace(q, slots=dict(p.slots))) for p in decision.parts))
