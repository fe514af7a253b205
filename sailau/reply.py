"""The answer pipeline's output: one `Reply` that every front end renders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from sailau.understanding.frame import Frame

Lang = Literal["kk", "ru", "en"]
LANGS: tuple[Lang, ...] = ("kk", "ru", "en")

Slots = tuple[tuple[str, str], ...]
"""Slot values as a sorted tuple of (name, value) pairs, so that they are hashable."""


def freeze_slots(slots: Mapping[str, object]) -> Slots:
    """Turn a slot mapping into the hashable, order-independent form; drops empty values."""
    return tuple(sorted((k, str(v)) for k, v in slots.items() if v is not None and v != ""))


SLOT_CODES: Mapping[str, str] = {
    "year": "y",
    "other_year": "o",
    "party": "p",
    "region": "r",
    "extreme": "x",
    "method": "m",
    "threshold": "t",
    "chart": "c",
    "institution": "i",
    "metric": "k",
}
"""One-letter slot names for callback data, which Telegram caps at 64 bytes."""
_SLOT_NAMES = {code: name for name, code in SLOT_CODES.items()}


class ReplyKind(StrEnum):
    """What sort of reply this is; front ends style them differently."""

    ANSWER = "answer"  # a fact answered from the fact base
    UNKNOWN = "unknown"  # on topic, but the fact base does not hold it
    DID_YOU_MEAN = "did_you_mean"  # below the confidence bar: closest questions offered
    OFF_TOPIC = "off_topic"  # not about the Majilis elections
    REFUSAL = "refusal"  # neutrality: voting advice, predictions
    INFO = "info"  # help, greeting, about, sources list


Authority = Literal["OFF", "OBS", "SEC"]
"""Official (the CEC), observers (OSCE/ODIHR, IPU), secondary; the order sources are trusted in."""


@dataclass(frozen=True)
class Source:
    """Where a figure comes from: short name, URL and the date of the source; `authority`, and
    `quoted` when the publisher quotes the CEC (the figure is then the CEC's)."""

    id: str
    name: str
    url: str
    date: str | None = None
    authority: Authority = "SEC"
    quoted: bool = False


@dataclass(frozen=True)
class Cite:
    """A line's source: its id, and the date of what the line states (ISO; None when the line
    states no dated event). A source cannot be older than the event it reports."""

    source: str
    on: str | None = None


@dataclass(frozen=True)
class Figure:
    """A figure the reply states, kept machine-readable for scripts and tests."""

    name: str
    value: str


@dataclass(frozen=True)
class ChartSpec:
    """Which chart to draw: a kind and its parameters (hashable, so it can key a cache)."""

    kind: str
    params: Slots = ()

    def param(self, name: str, default: str | None = None) -> str | None:
        return dict(self.params).get(name, default)


@dataclass(frozen=True)
class Suggestion:
    """A follow-up the user can pick: a label in their language and the intent it asks."""

    label: str
    intent: str
    slots: Slots = ()

    def code(self) -> str:
        """Compact ASCII form for Telegram callback data (64 bytes at most): `intent|k=v|k=v`,
        slot names shortened by `SLOT_CODES`."""
        return "|".join([self.intent, *(f"{SLOT_CODES.get(k, k)}={v}" for k, v in self.slots)])

    @staticmethod
    def decode(code: str) -> tuple[str, Slots]:
        """Inverse of `code()`: the intent and its slots."""
        intent, *pairs = code.split("|")
        slots = dict(p.split("=", 1) for p in pairs if "=" in p)
        return intent, freeze_slots({_SLOT_NAMES.get(k, k): v for k, v in slots.items()})


@dataclass(frozen=True)
class Context:
    """What a conversation remembers between questions, for follow-ups like "and Ak Zhol?":
    the language, the last answer's intent and slots, and the frame of the last question (an
    elliptical follow-up takes its missing parts from it: docs/understanding.md)."""

    lang: Lang | None = None
    intent: str | None = None
    slots: Slots = ()
    frame: Frame | None = None

    def to_json(self) -> dict[str, object]:
        """A plain dict for storage (`from_json` reads it back), the last frame included."""
        data: dict[str, object] = {
            "lang": self.lang,
            "intent": self.intent,
            "slots": [list(p) for p in self.slots],
        }
        if self.frame is not None:
            data["frame"] = self.frame.to_dict()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Context:
        """Read `to_json`'s dict back; unknown keys and values of the wrong shape are ignored,
        so that stored conversations survive changes to this class."""
        lang = data.get("lang")
        intent = data.get("intent")
        raw = data.get("slots")
        pairs = raw if isinstance(raw, list) else []
        slots = {
            p[0]: p[1]
            for p in pairs
            if isinstance(p, list | tuple) and len(p) == 2 and all(isinstance(v, str) for v in p)
        }
        return cls(
            lang=next((code for code in LANGS if code == lang), None),
            intent=intent if isinstance(intent, str) and intent else None,
            slots=freeze_slots(slots),
            frame=_frame(data.get("frame")),
        )


def _frame(data: object) -> Frame | None:
    """A stored frame, or None when it is missing or of another shape."""
    if not isinstance(data, dict):
        return None
    try:
        return Frame.from_dict(data)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


@dataclass(frozen=True)
class Reply:
    """One answer, independent of any front end.

    `headline` is the answer itself (the figure first); `details` are further lines of context;
    the source line is rendered by each front end from `sources`. `cites` holds, line by line
    (the headline, then each detail), the sources the line states its facts from; a reply that
    has them names all its `sources` (those cited), one without them its first source.
    """

    lang: Lang
    kind: ReplyKind
    headline: str
    details: tuple[str, ...] = ()
    intent: str | None = None
    confidence: float = 0.0
    slots: Slots = ()
    figures: tuple[Figure, ...] = ()
    sources: tuple[Source, ...] = ()
    chart: ChartSpec | None = None
    suggestions: tuple[Suggestion, ...] = ()
    context: Context = field(default_factory=Context)
    unhonoured: tuple[str, ...] = ()
    """Narrowing words of the question (as typed) the answer could not honour."""
    frame: Frame | None = None
    """How the question was read (None for button presses and commands)."""
    cites: tuple[tuple[Cite, ...], ...] = ()
    fold: int | None = None
    """How many details a phone's first page shows at most (the key dates of a timeline; the
    rest is behind "more"); None: as many as fit."""
