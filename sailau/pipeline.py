"""The one answer pipeline every front end calls: question in, `Reply` out.

clean -> read into a frame (`sailau.understanding`) -> complete it from the conversation's previous
frame -> decide -> compose the reply from the answer families (`sailau.compose`).
Language: the user's explicit choice, else the one detected in the text, else the
conversation's, else English. The engine (fact base, catalog, reader) is built once, lazily, and
owns every cache (`forget()` drops them).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from sailau.answers import meta
from sailau.answers.env import DEFAULT_YEAR, Env
from sailau.answers.registry import REGISTRY, Query
from sailau.compose import compose
from sailau.factbase import FactBaseInvalid, load_factbase
from sailau.i18n import CatalogError, load_catalog
from sailau.paths import facts_dir
from sailau.records import altered
from sailau.reply import Context, Lang, Reply, ReplyKind, Slots, freeze_slots
from sailau.understanding.decide import Decision, ReadingsError
from sailau.understanding.engine import Reader
from sailau.understanding.frame import Frame, Subject
from sailau.understanding.intents import INTENTS_DIR, Intent, IntentFileError, load_intents
from sailau.understanding.lexicon import VocabularyError
from sailau.yamlio import YamlError

MAX_QUESTION_CHARS = 300
"""Longer input is cut before reading: no real question is longer, and reading stays fast."""

ANSWER_CACHE_SIZE = 4096
_SPACES = re.compile(r"\s+")
_THRESHOLD_VALUE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,4})?")
"""A threshold slot value: an ASCII percentage with at most four decimals."""


class Engine:
    """What answering needs, built once per process, with every cache in one place: the
    reader's (words, texts, decisions) and the answers (per meaning and language)."""

    def __init__(self) -> None:
        root = facts_dir()
        fb = load_factbase(root)
        self.env = Env(fb, load_catalog(root))
        self.env.catalog.ready()
        self.intents: Mapping[str, Intent] = {i.id: i for i in load_intents(root / INTENTS_DIR)}
        self.reader = Reader(root, fb, frozenset(REGISTRY), DEFAULT_YEAR)
        self.slot_values: Mapping[str, frozenset[str]] = {
            "year": frozenset(map(str, fb.years)),
            "other_year": frozenset(map(str, fb.years)),
            "party": frozenset(fb.parties),
            "region": frozenset(fb.regions),
            **{
                name: self.reader.lexicon.values(name)
                for name in ("method", "chart", "institution", "extreme")
            },
            "institution": frozenset(fb.institutions),
            "metric": frozenset({"turnout", "share", "votes", "seats"}),
            "row": frozenset(k for e in fb.elections.values() for k in e.rows),
        }
        """Every value each slot can take (the `threshold` slot: see `knows_slot`)."""
        self.leaf = functools.lru_cache(maxsize=ANSWER_CACHE_SIZE)(self._leaf)
        self.composed = functools.lru_cache(maxsize=ANSWER_CACHE_SIZE)(self._composed)
        self.reader.named = self._named

    def _named(self, decision: Decision) -> tuple[Subject, ...]:
        """The one party a decision's answer states a figure of, when its question named none."""
        return _answered(decision.frame, self.composed(decision, "en")).answered

    def forget(self) -> None:
        """Drop every remembered word, reading, decision and answer."""
        self.reader.forget()
        self.env.forget()
        self.leaf.cache_clear()
        self.composed.cache_clear()

    def knows_slot(self, name: str, value: str) -> bool:
        """Whether `value` is one the `name` slot can take (button data can be stale or forged)."""
        if name == "threshold":
            return _THRESHOLD_VALUE.fullmatch(value) is not None
        return value in self.slot_values.get(name, ())

    def valid_slots(self, slots: Mapping[str, str]) -> dict[str, str]:
        return {k: v for k, v in slots.items() if self.knows_slot(k, v)}

    def label(self, intent: str, lang: Lang) -> str:
        """A question that asks `intent` (its first phrasing), for "did you mean"."""
        known = self.intents.get(intent)
        return known.label(lang) if known else intent

    def _leaf(self, intent: str, slots: Slots, lang: Lang) -> Reply:
        """An answer family's reply to one meaning: it depends on nothing else (see `Query`),
        and many wordings, buttons and commands share a meaning."""
        return REGISTRY[intent](self.env, Query(intent, dict(slots), lang, 1.0))

    def _composed(self, decision: Decision, lang: Lang) -> Reply:
        """The reply to a decision; its slots are its answer's, with whatever else the question
        named (a command's argument: "/chart shares" reads "shares" as the chart it names)."""
        reply = compose(self.env, decision, lang, self.leaf, self.label, self.reader.stems_of)
        if reply.intent is None:
            return reply
        named = self.valid_slots(self.reader.decider.slots_of(decision.frame))
        return altered(reply, slots=freeze_slots({**named, **dict(reply.slots)}))


LOAD_ERRORS = (FactBaseInvalid, CatalogError, IntentFileError, YamlError, VocabularyError,
               ReadingsError)  # fmt: skip
"""What `engine()` raises when the facts directory does not load; each names the problems."""


@functools.cache
def engine() -> Engine:
    """The engine of `SAILAU_FACTS_DIR` (or `facts/`), built once."""
    return Engine()


def load_problem(exc: Exception) -> str:
    """A `LOAD_ERRORS` error as a message for the command line."""
    return f"cannot load {facts_dir()}:\n{exc}"


def forget(*, facts: bool = False) -> None:
    """Drop remembered readings and answers, and with `facts` the engine too (tests that swap
    the facts directory; benchmarks of questions new to the process)."""
    if engine.cache_info().currsize:
        engine().forget()
    if facts:
        engine.cache_clear()


def clean(question: str) -> str:
    """Drop control and format characters, collapse whitespace, cut to `MAX_QUESTION_CHARS`."""
    head = question[: MAX_QUESTION_CHARS * 4]
    # printable: no control, format or separator character but the ASCII space (most questions)
    kept = (
        head
        if head.isprintable()
        else "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in head)
    )
    return _SPACES.sub(" ", kept).strip()[:MAX_QUESTION_CHARS]


@dataclass(frozen=True)
class Match:
    """A question read on its own, as slots (for commands' arguments: "/seats ak zhol 2016")."""

    intent: str | None
    slots: Mapping[str, str]
    lang: Lang
    frame: Frame


def match(text: str, lang_hint: Lang | None = None) -> Match:
    """What a text names, read without a conversation."""
    eng = engine()
    decision, lang = eng.reader.understand(text, lang_hint)
    slots = eng.reader.decider.slots_of(decision.frame)
    return Match(decision.intent, eng.valid_slots(slots), lang, decision.frame)


def continued(reply: Reply, previous: Context, frame: Frame | None, *, read: bool = False) -> Reply:
    """`reply` as this conversation's next turn: it carries the question's frame (with `read`,
    as the reply's own `frame` too), and keeps the previous topic when it starts none (prompts,
    did-you-mean, fallbacks)."""
    context = reply.context
    if context.intent is None and _not_held(reply, frame):
        # "how many were detained?" - not held - "and in Almaty?": the measure asked carries
        context = Context(reply.lang, None, (), frame)
    elif context.intent is None:
        context = Context(reply.lang, previous.intent, previous.slots, previous.frame)
    else:
        context = altered(context, frame=frame)
    if read:
        return altered(reply, context=context, frame=frame)
    return altered(reply, context=context)


def _not_held(reply: Reply, frame: Frame | None) -> bool:
    """Whether `reply` says the fact base does not hold what `frame` asks (a measure read, no
    answer family): the question's topic, which a follow-up keeps (docs/understanding.md)."""
    return reply.kind == ReplyKind.UNKNOWN and frame is not None and bool(frame.measures)


def answer(question: str, lang: Lang | None = None, context: Context | None = None) -> Reply:
    """Answer one question; `lang` is the user's explicit choice, `context` the conversation.
    The reply's slots also hold whatever else the question named (`Engine._composed`)."""
    context = context or Context()
    eng = engine()
    text = clean(question)
    decision, read_lang = eng.reader.understand(text, lang or context.lang, context.frame)
    reply = eng.composed(decision, lang or read_lang)
    return continued(reply, context, _answered(decision.asked or decision.frame, reply), read=True)


def _answered(frame: Frame, reply: Reply) -> Frame:
    """`frame` with the one party the answer states a figure of when the question named none
    ("which party won?" - AMANAT; "what was Nur Otan renamed to?" keeps Nur Otan): what a
    pointing follow-up ("how many seats did it get?") is about (docs/understanding.md)."""
    if frame.parties or reply.kind != "answer" or frame.off_topic:
        return frame
    named = {f.value for f in reply.figures if f.name == "party"}
    if len(named) != 1:
        return frame
    return frame.with_(answered=(Subject("party", named.pop()),))


def answer_intent(
    intent: str, slots: Mapping[str, str], lang: Lang, context: Context | None = None
) -> Reply:
    """Answer a known intent directly (a button press, a /command): no reading involved."""
    eng = engine()
    valid = eng.valid_slots(slots)
    if intent in REGISTRY:
        reply = altered(eng.leaf(intent, freeze_slots(valid), lang), confidence=1.0)
    else:
        reply = meta.off_topic(eng.env, Query("", valid, lang, 1.0))
    frame = eng.reader.decider.frame_for(intent, valid) if intent in REGISTRY else None
    return continued(reply, context or Context(), frame)
