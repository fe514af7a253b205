"""How an answer is reached from outside its chat: a deep link (`t.me/<bot>?start=PAYLOAD`), the
query a "share" button writes into another chat (`@bot PAYLOAD`), and the Mini App's address for
a what-if scenario.

A payload is the answer's meaning, not its wording: `party_seats-p-ak_zhol-y-2016` (the intent,
then each slot as its one-letter code and value; a decimal point is written `p`: `t-3p5`). It
fits Telegram's deep links (at most 64 of A-Z a-z 0-9 _ -), so the same answer comes back
wherever it is opened, in the opener's language and without the conversation it came from.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from urllib.parse import urlencode

from telegram.constants import MessageLimit
from telegram.helpers import create_deep_linked_url

from sailau.reply import SLOT_CODES, Lang, Reply, ReplyKind, Slots

PAYLOAD = re.compile(rf"^[A-Za-z0-9_-]{{1,{MessageLimit.DEEP_LINK_LENGTH}}}$")
_VALUE = re.compile(r"^[A-Za-z0-9_]+$")
_DECIMAL = re.compile(r"^(\d+)\.(\d+)$")
_ENCODED_DECIMAL = re.compile(r"^(\d+)p(\d+)$")
_SLOT_NAMES = {code: name for name, code in SLOT_CODES.items()}

PAGE_FIELDS: Mapping[str, str] = {
    "method": "method",
    "threshold": "threshold",
    "base": "threshold_base",
    "seats": "seats",
}
"""A what-if answer's slot or chart parameter -> the Mini App's address field."""
WHATIF_INTENTS = frozenset({"whatif", "seat_explain", "last_seat", "votes_needed"})
"""Answers about a seat scenario: they offer the Mini App on that scenario."""
DEFAULT_YEAR = "2021"


def payload(intent: str, slots: Slots | Mapping[str, str]) -> str | None:
    """The deep-link payload of an answer; None when it cannot travel in one (a slot value
    with other characters, or longer than 64 characters): no link rather than a wrong one."""
    return _payload(intent, tuple(sorted(slots.items() if isinstance(slots, Mapping) else slots)))


@functools.lru_cache(maxsize=4096)
def _payload(intent: str, pairs: Slots) -> str | None:
    parts = [intent]
    for name, value in pairs:
        decimal = _DECIMAL.match(value)
        encoded = f"{decimal[1]}p{decimal[2]}" if decimal else value
        if not _VALUE.match(encoded):
            return None
        parts += [SLOT_CODES.get(name, name), encoded]
    found = "-".join(parts)
    return found if PAYLOAD.match(found) else None


def parse(text: str) -> tuple[str, dict[str, str]] | None:
    """The intent and slots of a payload (slot names in full or as codes); None when `text` is
    not of that shape. The pipeline still checks that the intent and the values exist."""
    if not PAYLOAD.match(text):
        return None
    intent, *rest = text.split("-")
    if len(rest) % 2 or not intent:
        return None
    slots = {}
    for name, value in zip(rest[::2], rest[1::2], strict=True):
        decimal = _ENCODED_DECIMAL.match(value)
        slots[_SLOT_NAMES.get(name, name)] = f"{decimal[1]}.{decimal[2]}" if decimal else value
    return intent, slots


LINKED = frozenset({ReplyKind.ANSWER, ReplyKind.UNKNOWN})
"""Replies worth sharing: answers, and "the sources don't hold that" (with what they hold)."""


def of(reply: Reply) -> str | None:
    """The payload of a reply worth sharing (not "did you mean", not off topic, not the bot's
    own help); deep links to those still work (`parse`)."""
    if reply.intent is None or reply.kind not in LINKED:
        return None
    return payload(reply.intent, reply.slots)


def deep_link(bot_username: str, link: str) -> str:
    """`https://t.me/<bot>?start=<payload>`."""
    return create_deep_linked_url(bot_username, link)


def whatif_scenario(reply: Reply) -> dict[str, str] | None:
    """The Mini App's scenario for a what-if answer (or chart), as its address takes it; None
    for any other answer."""
    chart = reply.chart
    if reply.intent not in WHATIF_INTENTS and (chart is None or chart.kind != "whatif"):
        return None
    return page_scenario(dict(chart.params if chart is not None else reply.slots))


def page_scenario(slots: Mapping[str, str]) -> dict[str, str]:
    """What-if slots (or whatif chart parameters) as the Mini App's address fields."""
    scenario = {"election": f"kz-{slots.get('year', DEFAULT_YEAR)}"}
    scenario |= {field: slots[key] for key, field in PAGE_FIELDS.items() if key in slots}
    return scenario


def webapp_page(base: str, lang: Lang, scenario: Mapping[str, str] | None = None) -> str:
    """The Mini App's address opening on `scenario` (else the official 2021 allocation)."""
    return f"{base}?{urlencode({**(scenario or {}), 'lang': lang})}"
