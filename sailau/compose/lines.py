"""A reply as lines that keep their citations: composing moves, adds and drops lines, and each
line's sources go with it (`Reply.cites`, line by line: the headline, then each detail)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Any

from sailau.answers.env import Env, HasSources, Line
from sailau.reply import Cite, Lang, Reply
from sailau.understanding.text import stems

Cited = tuple[str, tuple[Cite, ...]]
"""A line of a reply and the sources it cites."""


def lines_of(reply: Reply) -> list[Cited]:
    """The headline, then the details, each with what it cites. A reply built without line
    citations names its first source (as `render` shows it): its headline cites that."""
    texts = (reply.headline, *reply.details)
    if len(reply.cites) == len(texts):
        return list(zip(texts, reply.cites, strict=True))
    first = (Cite(reply.sources[0].id),) if reply.sources else ()
    return [(reply.headline, first), *((d, ()) for d in reply.details)]


def cited(env: Env, lang: Lang, text: str, *facts: HasSources) -> Cited:
    """`text`, citing the sources of `facts` as an answer family's line would (a figure only
    some of a fact's sources hold cites those: `Env.cites_of`)."""
    return text, env.cites_of(Line(text, facts), lang)


def rebuilt(env: Env, reply: Reply, lines: Sequence[Cited], **changes: Any) -> Reply:
    """`reply` with `lines` (the first is the headline), its sources those the lines cite."""
    cites = tuple(c for _, c in lines)
    sources = env.fb.reply_sources(c.source for line in cites for c in line)
    return replace(
        reply,
        headline=lines[0][0],
        details=tuple(text for text, _ in lines[1:]),
        cites=cites if any(cites) else (),
        sources=sources if any(cites) else reply.sources,
        **changes,
    )


_FIGURE = re.compile(r"\d+(?:[.,\u00a0 ]\d+)*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TIME = re.compile(r"\b\d{1,2}:\d\d\b")


LINES_REMEMBERED = 8192
"""Lines whose figures and years are remembered: composing asks them of the same lines (the
reply's, each follow-up's lead) again and again, and the regular expressions walk every
character of a line (a fifth of composing's instructions went to these scans)."""


@functools.lru_cache(maxsize=LINES_REMEMBERED)
def figures(text: str) -> frozenset[str]:
    """The figures a line states, years and times of day aside (`12`, `5 148 074`, `71,09`)."""
    timeless = _TIME.sub(" ", text) if ":" in text else text  # a time of day has a colon
    return frozenset(f for f in _FIGURE.findall(timeless) if not _YEAR.fullmatch(f))


@functools.lru_cache(maxsize=LINES_REMEMBERED)
def years(text: str) -> frozenset[str]:
    """The election years a line names."""
    return frozenset(_YEAR.findall(text))


@functools.lru_cache(maxsize=LINES_REMEMBERED)
def line_stems(text: str) -> frozenset[str]:
    """`stems(text)` of an answer's line, remembered like its figures: composing compares the
    question's words with the same lines of the same answers again and again (the question's
    own words are new each time: `stems` itself)."""
    return stems(text)


def is_header(text: str) -> bool:
    """A line that introduces what follows it ("Context of the 2016 election:")."""
    return text.rstrip().endswith(":")


def lead(reply: Reply) -> Cited:
    """The line that answers: the headline, or the first line under it when it is a header."""
    lines = lines_of(reply)
    return next((line for line in lines if not is_header(line[0])), lines[0])


def novel(shown: Sequence[Cited], more: Iterable[Cited], *, strict: bool = True) -> list[Cited]:
    """The lines of `more` that add to `shown`: no header left with nothing under it, no line
    whose words and figures another already says, none whose several figures one line already
    states together, and (`strict`) no line whose figures were all given — not strict, parts
    that share a date or a time of day are all kept."""
    out: list[Cited] = []
    seen = {f for text, _ in shown for f in figures(text)}
    for line in more:
        text = line[0]
        found = figures(text)
        if is_header(text) or (strict and found and found <= seen):
            continue
        words = line_stems(text)
        if found <= seen and any(words <= line_stems(t) for t, _ in (*shown, *out)):
            continue
        if len(found) > 1 and any(found <= figures(t) for t, _ in (*shown, *out)):
            continue  # the same tally again from another side ("21 abstained; 78 for" after it)
        out.append(line)
        seen |= found
    return out


def apart(shown: Sequence[Cited], more: Iterable[Cited]) -> list[Cited]:
    """The lines of `more` (as `novel` keeps them) that do not restate `shown`: a line half of
    whose figures were given says the same fact again in another frame ("in 2021 Nur Otan won
    5 148 074 votes (71,09 %)" under "71,09 %, more than half"); a calculation that shares one
    figure with the verdict and lists others stays."""
    seen = {f for text, _ in shown for f in figures(text)}
    return [line for line in novel(shown, more) if not restated(figures(line[0]), seen)]


def restated(found: AbstractSet[str], seen: AbstractSet[str]) -> bool:
    """Whether half or more of the figures `found` are among those `seen`."""
    return bool(found) and 2 * len(found & seen) >= len(found)


_TAIL = re.compile(r" \([^()]*\)(?=[.;]?$)")


def untailed(lines: Sequence[Cited]) -> list[Cited]:
    """`lines` with a closing parenthesis that several of them share said once, on the last of
    them ("(preliminary CEC figures at 22:00)" after each region's turnout)."""
    tails = [m.group(0) if (m := _TAIL.search(text)) else None for text, _ in lines]
    out = []
    for i, (text, cites) in enumerate(lines):
        tail = tails[i]
        if tail is not None and tail in tails[i + 1 :]:
            text = text.replace(tail, "", 1)
        out.append((text, cites))
    return out
