"""A reply as lines that keep their citations: composing moves, adds and drops lines, and each
line's sources go with it (`Reply.cites`, line by line: the headline, then each detail)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sailau.answers.env import Env, HasSources
from sailau.reply import Cite, Reply

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


def cited(env: Env, text: str, *facts: HasSources) -> Cited:
    """`text`, citing the sources of `facts` as an answer family's line would."""
    found = (env.cite(fact) for fact in facts)
    return text, tuple(dict.fromkeys(c for c in found if c is not None))


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
