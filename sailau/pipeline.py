"""The one answer pipeline every front end calls: question in, `Reply` out.

clean -> match (intent, slots, language) -> follow-up context -> answer family -> Reply.
Language: the user's explicit choice, else the one detected in the text, else the
conversation's, else English (the matcher applies the last two as its hint and fallback).
The engine (fact base, matcher, catalog) is built once, lazily, and cached.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from sailau.answers import meta
from sailau.answers.env import Env
from sailau.answers.registry import REGISTRY, Query
from sailau.factbase import FactBaseInvalid, load_factbase
from sailau.i18n import CatalogError, load_catalog
from sailau.matcher import Entities, IntentFileError, Match, Matcher, Status
from sailau.normalize import detect_lang
from sailau.paths import facts_dir
from sailau.reply import Context, Lang, Reply, Slots, Suggestion, freeze_slots
from sailau.yamlio import YamlError

MAX_QUESTION_CHARS = 300
"""Longer input is cut before matching: no real question is longer, and matching stays fast."""

MATCH_CACHE_SIZE = 4096
ANSWER_CACHE_SIZE = 4096
FOLLOW_UP_MAX_WORDS = 4
CARRIED_SLOTS = frozenset({"party", "region", "year"})

_SPACES = re.compile(r"\s+")


SLOT_INTENTS: Mapping[str, str] = MappingProxyType(
    {
        "party": "party_info",
        "region": "turnout_region",
        "institution": "institution",
        "year": "results",
        "method": "whatif",
        "threshold": "whatif",
    }
)
"""A bare slot with no conversation to follow ("Ak Zhol", "Almaty"): the intent it asks."""


@dataclass(frozen=True)
class Engine:
    """What answering needs, built once per process."""

    env: Env
    matcher: Matcher

    def accepts(self, intent: str, slot: str) -> bool:
        known = self.matcher.intents.get(intent)
        return known is not None and slot in known.accepts

    def valid_slots(self, slots: Mapping[str, str]) -> dict[str, str]:
        """The slots whose names and values the matcher knows (callback data can be forged)."""
        return {k: v for k, v in slots.items() if self.matcher.knows_slot(k, v)}


LOAD_ERRORS = (FactBaseInvalid, CatalogError, IntentFileError, YamlError)
"""What `engine()` raises when the facts directory does not load; each names the problems."""


@functools.cache
def engine() -> Engine:
    """The fact base, catalog and matcher of `SAILAU_FACTS_DIR` (or `facts/`), built once."""
    root = facts_dir()
    fb = load_factbase(root)
    matcher = Matcher.from_facts(root, Entities.from_factbase(fb))
    return Engine(Env(fb, load_catalog(root)), matcher)


def load_problem(exc: Exception) -> str:
    """A `LOAD_ERRORS` error as a message for the command line."""
    return f"cannot load {facts_dir()}:\n{exc}"


@functools.lru_cache(maxsize=MATCH_CACHE_SIZE)
def match(text: str, lang_hint: Lang | None, known: frozenset[str] = frozenset()) -> Match:
    """The matcher's verdict, remembered: people ask the same few questions over and over.
    `known`: the slots the conversation carries (see `Matcher.match`)."""
    return engine().matcher.match(text, lang_hint, known)


@functools.lru_cache(maxsize=ANSWER_CACHE_SIZE)
def family_answer(intent: str, slots: Slots, lang: Lang) -> Reply:
    """The answer family's reply to one meaning, remembered: it depends on nothing else (see
    `Query`), and many wordings, buttons and commands share a meaning."""
    return REGISTRY[intent](engine().env, Query(intent, dict(slots), lang, 1.0))


def forget(*, facts: bool = False) -> None:
    """Drop remembered matches and answers, and with `facts` the engine too (tests that swap
    the facts directory; benchmarks of questions new to the process)."""
    match.cache_clear()
    family_answer.cache_clear()
    if engine.cache_info().currsize:
        engine().matcher.forget()
    if facts:
        engine.cache_clear()


def continued(reply: Reply, confidence: float, previous: Context) -> Reply:
    """`reply` as this conversation's next turn: the match's confidence, and the previous
    topic kept when the reply starts none (prompts, did-you-mean, fallbacks)."""
    context = reply.context
    if context.intent is None:
        context = Context(reply.lang, previous.intent, previous.slots)
    return replace(reply, confidence=confidence, context=context)


def reply_to(eng: Engine, q: Query, found: Match) -> Reply:
    """The reply to a matched question: its answer family's, else what the match status says."""
    if q.intent in REGISTRY:
        return family_answer(q.intent, freeze_slots(q.slots), q.lang)
    if found.status is Status.BELOW_BAR:
        return meta.did_you_mean(eng.env, q, _offers(found, q.lang))
    if found.status in (Status.EMPTY, Status.SLOTS_ONLY):
        return meta.empty(eng.env, q)
    return meta.off_topic(eng.env, q)


def clean(question: str) -> str:
    """Drop control and format characters, collapse whitespace, cut to `MAX_QUESTION_CHARS`."""
    head = question[: MAX_QUESTION_CHARS * 4]
    kept = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in head)
    return _SPACES.sub(" ", kept).strip()[:MAX_QUESTION_CHARS]


def follow_up(eng: Engine, slots: Mapping[str, str], context: Context) -> str | None:
    """The intent a bare slot asks: the previous question's if it takes that slot
    ("and Ak Zhol?", "а в 2016?"), else the slot's own intent ("Almaty" -> its turnout)."""
    new = [name for name in slots if name not in dict(context.slots)] or list(slots)
    if context.intent and all(eng.accepts(context.intent, name) for name in new):
        return context.intent
    return next((SLOT_INTENTS[name] for name in new if name in SLOT_INTENTS), context.intent)


def carry_over(
    eng: Engine, intent: str, slots: Mapping[str, str], context: Context
) -> dict[str, str]:
    """A new question in a conversation keeps the party, region and year it does not name
    ("how many seats did Ak Zhol win in 2016?" then "and its share?")."""
    kept = {
        name: value
        for name, value in context.slots
        if name in CARRIED_SLOTS and name not in slots and eng.accepts(intent, name)
    }
    return {**kept, **slots}


def _reply_lang(found: Match, text: str, context: Context) -> Lang:
    """A matched question's language is the matcher's (it may have re-read the keyboard
    layout); anything else is read from the text as typed, else the conversation's."""
    if found.status is Status.MATCHED:
        return found.lang
    return detect_lang(text) or context.lang or found.lang


def _short_follow_up(found: Match, text: str, context: Context) -> bool:
    """A few words naming a party, year or region, unsure, in a conversation ("and in 2016?"):
    read it as a follow-up rather than guess a new question."""
    return (
        found.status is Status.BELOW_BAR
        and bool(found.slots)
        and context.intent is not None
        and len(text.split()) <= FOLLOW_UP_MAX_WORDS
    )


def answer(question: str, lang: Lang | None = None, context: Context | None = None) -> Reply:
    """Answer one question; `lang` is the user's explicit choice, `context` the conversation."""
    context = context or Context()
    eng = engine()
    text = clean(question)
    known = frozenset(name for name, _ in context.slots if name in CARRIED_SLOTS)
    found = match(text, lang or context.lang, known)
    reply_lang = lang or _reply_lang(found, text, context)
    slots = dict(found.slots)
    intent = found.intent
    if found.status is Status.SLOTS_ONLY or _short_follow_up(found, text, context):
        intent = follow_up(eng, slots, context)
        if intent == context.intent:
            slots = {**dict(context.slots), **slots}
    elif intent is not None:
        slots = carry_over(eng, intent, slots, context)
    q = Query(intent or "", eng.valid_slots(slots), reply_lang, found.confidence)
    return continued(reply_to(eng, q, found), found.confidence, context)


def answer_intent(
    intent: str, slots: Mapping[str, str], lang: Lang, context: Context | None = None
) -> Reply:
    """Answer a known intent directly (a button press, a /command): no matching involved."""
    eng = engine()
    if intent in REGISTRY:
        reply = family_answer(intent, freeze_slots(eng.valid_slots(slots)), lang)
    else:
        reply = meta.off_topic(eng.env, Query("", eng.valid_slots(slots), lang, 1.0))
    return continued(reply, 1.0, context or Context())


def _offers(match: Match, lang: Lang) -> tuple[Suggestion, ...]:
    """Suggestions from the matcher's closest intents, labelled in the reply's language."""
    return tuple(
        Suggestion(alt.label(lang), alt.intent, freeze_slots(alt.slots))
        for alt in match.alternatives
    )
