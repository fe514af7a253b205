"""What a reply says once: the lines of one reply are one text, so a line that goes on in the
year the line before it set does not set it again ("В 2021 году явка … / Барьер преодолели …"),
and a party named once is named again by its name alone («Доля голосов «Нур Отана»») — the
frames and forms are each language's grammar data (`again` in facts/locales/grammar/)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from sailau.answers.env import Env
from sailau.compose.lines import lines_of, rebuilt, years
from sailau.reply import Lang, Reply

_NAME = "\x00"
"""Where a name goes in a template made a pattern."""


def said_once(env: Env, reply: Reply) -> Reply:
    """`reply` with each later line's repeated year frame and «party» word dropped."""
    lines = lines_of(reply)
    grammar = env.catalog.grammar.get(reply.lang)
    if len(lines) < 2 or grammar is None or not grammar.again:
        return reply
    out = [lines[0]]
    for text, cites in lines[1:]:
        text = _party_again(env, reply.lang, grammar.again, text, [t for t, _ in out])
        text = _year_again(env, reply.lang, grammar.again, text, [t for t, _ in out])
        out.append((text, cites))
    return reply if out == lines else rebuilt(env, reply, out)


def _year_again(
    env: Env, lang: Lang, again: Mapping[str, str], text: str, before: Sequence[str]
) -> str:
    """`text` without the frame of the year the last line naming a year set (and only it)."""
    context = next((t for t in reversed(before) if years(t)), None)
    if context is None or len(years(context)) != 1:
        return text
    frame = env.catalog.fill(again["year"], lang, year=next(iter(years(context))))
    if frame.casefold() not in context.casefold():
        return text
    if text.casefold().startswith(frame.casefold() + " "):
        rest = text[len(frame) + 1 :]
        return rest[:1].upper() + rest[1:]
    return re.sub(rf"(?i) {re.escape(frame)}(?=[ ,.—])", "", text, count=1)


def _party_again(
    env: Env, lang: Lang, again: Mapping[str, str], text: str, before: Sequence[str]
) -> str:
    """`text` with a party the lines `before` named said again by its name in the right case."""
    said = " ".join(before)

    def named(match: re.Match[str]) -> str:
        brand = env.catalog.party(match.group(1), lang, inline=True)
        if brand not in said:
            return match.group(0)
        return env.catalog.fill(again["party_to"], lang, brand=brand)

    return _from_pattern(again["party_from"]).sub(named, text)


@functools.cache  # one per language's grammar
def _from_pattern(template: str) -> re.Pattern[str]:
    """The words a later mention of a party drops (`{name}` the name), as a pattern capturing
    the name."""
    head, _, tail = re.escape(template.replace("{name}", _NAME)).partition(re.escape(_NAME))
    return re.compile(f"{head}([^«»]+?){tail}")
