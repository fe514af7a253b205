"""Intent matching: rapidfuzz over the phrasings of `facts/intents/*.yaml`, plus slot extraction.

How a question is matched:
1. `normalise` + `fold` (and, for Latin text, a Cyrillic transliteration as a second reading;
   when nothing reaches the bar, the text re-read on the other keyboard layout as a third).
2. Slots are taken out: party and region (any alias, fuzzy), year(s) (a year after "since" is
   the comparison's other year), threshold (a percentage; "no threshold" is 0), method, extreme,
   chart kind, institution, and a person the fact base names (by surname). Party, region, year,
   person and number words are removed from the text, and so are stop-words; what is left
   carries the intent.
3. That rest is scored against the phrasings (prepared the same way once, at load) with
   rapidfuzz, then adjusted: slots the intent needs or cannot take (strong slots, and an
   institution other than the Majilis), keywords it lacks, words it excludes or another intent
   owns (`owned_words`). The best intent must pass the confidence bar and lead the best *other*
   intent by a margin; otherwise the match has no intent and offers the closest intents as
   "did you mean" alternatives.
4. Words about other countries or other elections, or a year the fact base has no election for,
   mark the question off-topic: no intent, whatever the score.
5. Before the bar is applied: a decisive owned word ("Senate", "against all", a chart word with
   something to draw) names the intent outright; a person asked about with nothing else names
   their role's intent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from rapidfuzz import fuzz, process

from sailau import paths
from sailau.normalize import (
    Lexicon,
    detect_lang,
    fold,
    load_lexicon,
    normalise,
    script,
    swap_layout,
    to_cyrillic,
)
from sailau.reply import LANGS, Lang
from sailau.yamlio import load_file

INTENTS_DIR = "intents"
SLOT_NAMES = frozenset(
    {"year", "other_year", "party", "region", "extreme", "method", "threshold", "chart",
     "institution", "metric"}
)  # fmt: skip

_THRESHOLD_VALUE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,4})?")
"""A threshold slot value: an ASCII percentage with at most four decimals."""

CONFIDENCE_BAR = 0.78  # best score (0..1) an answer needs
MARGIN = 0.05  # lead of the best intent over the best other intent
CANDIDATE_CUTOFF = 50.0  # rapidfuzz score_cutoff for the first, coarse pass
CANDIDATES = 24  # how many phrasings the coarse pass keeps
PREFIX = 4  # phrasings are first looked for among those sharing a word's first letters
MIN_QUERY_CHARS = 3  # shorter rests only match a phrasing exactly
MAX_CHARS = 500  # longer input is cut before matching
ALTERNATIVES = 3
MISSING_SLOT_PENALTY = 15.0  # a required slot is not in the question
FOREIGN_SLOT_PENALTY = 25.0  # the question names a slot the intent cannot take: never sure
VARIANT_PENALTY = 3.0  # the text had to be re-read on the other keyboard layout
ENTITY_CUTOFF = 80.0  # fuzzy party / region alias match
TYPO_LENGTH = 2  # a misspelt name is at most this much longer or shorter than the name
WORD_CUTOFF = 70.0  # each word of a misspelt many-word name is at least this close
ENTITY_MIN_CHARS = 4  # shorter words only match an alias exactly
SUFFIX_MAX = 5  # Kazakh/Russian endings allowed after an alias ("ақ жолдың", "нур отана")
CHANGED_ENDING = 3  # a name's final vowels may become up to three letters ("партия" ~ "партиям")
_VOWELS = "аеиоуыэюяaeiouy"
STEM_KEY = 3  # aliases are looked up by their first letters, so inflected words are found
UNKNOWN_WORD_PENALTY = 12.0  # per word of the question that no phrasing has, even misspelt
MAX_UNKNOWN_WORDS = 2
UNKNOWN_MIN_CHARS = 4  # shorter words are not judged
KNOWN_WORD_CUTOFF = 75.0  # rapidfuzz ratio at which a word counts as a misspelling of a known one
KEYWORD_PENALTY = 10.0  # the question lacks every keyword the intent lists
EXCLUDED_PENALTY = 25.0  # the question has a word the intent excludes: never sure
MAX_THRESHOLD = 50  # a bare number after "threshold" above this is not a threshold
WORD_CACHE = 8192  # words (and word pairs) whose per-word verdicts are remembered
TEXT_CACHE = 4096  # questions whose readings and rankings are remembered
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


class Status(StrEnum):
    """What came of matching a question."""

    MATCHED = "matched"  # `intent` is set
    SLOTS_ONLY = "slots_only"  # only slots ("and Ak Zhol?"): reuse the previous intent
    BELOW_BAR = "below_bar"  # close, but not sure enough: offer the alternatives
    OFF_TOPIC = "off_topic"  # about something else (another country, another election...)
    EMPTY = "empty"  # nothing to match (empty, punctuation, emoji, too short)


class AliasSource(Protocol):
    """What the matcher needs from the fact base (`sailau.factbase.FactBase` has it)."""

    def all_party_aliases(self) -> dict[str, str]: ...
    def all_region_aliases(self) -> dict[str, str]: ...
    def all_people(self) -> dict[str, Person]: ...


Person = tuple[str, str | None, int | None]
"""What a named person is asked about: the intent (role), their party, the one year they hold it."""


@dataclass(frozen=True)
class Entities:
    """Names users type for parties and regions (alias -> id), and people's names (the fact
    base's officials and party leaders: full name -> role, party, year)."""

    parties: Mapping[str, str]
    regions: Mapping[str, str]
    people: Mapping[str, Person] = field(default_factory=dict)

    @classmethod
    def from_factbase(cls, fb: AliasSource) -> Entities:
        return cls(fb.all_party_aliases(), fb.all_region_aliases(), fb.all_people())


@dataclass(frozen=True)
class Alternative:
    """A close intent for "did you mean": its score and a representative question per language."""

    intent: str
    score: float
    labels: Mapping[Lang, str]
    slots: Mapping[str, str] = field(default_factory=dict)

    def label(self, lang: Lang) -> str:
        return self.labels[lang]


@dataclass(frozen=True)
class Match:
    """The matcher's verdict on one question."""

    intent: str | None
    confidence: float
    slots: Mapping[str, str]
    lang: Lang
    alternatives: tuple[Alternative, ...] = ()
    status: Status = Status.MATCHED

    @property
    def slots_only(self) -> bool:
        """Only slots were found ("а в 2016?"): the pipeline may reuse the previous intent."""
        return self.status is Status.SLOTS_ONLY

    @property
    def off_topic(self) -> bool:
        return self.status is Status.OFF_TOPIC


@dataclass(frozen=True)
class Intent:
    """One intent of `facts/intents/`: its slots and phrasings per language."""

    id: str
    required: frozenset[str]
    optional: frozenset[str]
    phrasings: Mapping[Lang, tuple[str, ...]]
    keywords: tuple[str, ...] = ()
    """Word stems of which a question for this intent has at least one, if any are given."""
    excludes: tuple[str, ...] = ()
    """Word stems that a question for this intent never has ("spoiled" is not about ballots)."""

    @property
    def accepts(self) -> frozenset[str]:
        return self.required | self.optional

    def label(self, lang: Lang) -> str:
        """The first phrasing of a language: a complete question, shown in "did you mean"."""
        return self.phrasings[lang][0]


class IntentFileError(ValueError):
    """An intent file is malformed: names the file, the intent and the problem."""


@dataclass
class Analysis:
    """A text taken apart: slots, the words that carry the intent, warning signs."""

    slots: dict[str, str]
    rest: str
    off_topic: bool = False
    content: bool = False
    """Whether the rest has words beyond follow-up openers ("and", "what about", "а", "ше")."""
    words: tuple[str, ...] = ()
    """Every word of the text, slot words included (for keyword rules)."""
    vague: bool = False
    """Only question words are left ("сколько?", "who?"): never sure enough to answer."""
    person: Person | None = None
    """A person the question names ("кто такой Нигматулин"): their role is the intent."""
    refers: bool = False
    """The question points back ("their share", "а их доля"): the conversation's slots count."""


@dataclass(frozen=True)
class _Choice:
    """Who owns an indexed phrasing: the intent, the language, the slots its placeholders need."""

    intent: str
    lang: Lang
    wants: frozenset[str]
    """The slots the intent requires and the phrasing's placeholders need."""


class Matcher:
    """Intent matcher over pre-normalised phrasings; build once with `from_facts`."""

    def __init__(self, intents: Sequence[Intent], entities: Entities, lex: Lexicon) -> None:
        self.intents = {i.id: i for i in intents}
        self.lex = lex
        self._keywords = _StemIndex({i.id: map(lex.folded, i.keywords) for i in intents})
        self._excludes = _StemIndex({i.id: map(lex.folded, i.excludes) for i in intents})
        self._entities = {
            name: _Gazetteer(_aliases(table, lex), endings=True, fuzzy=True)
            for name, table in (("party", entities.parties), ("region", entities.regions))
        }
        self._people = dict(entities.people)
        self._surnames = _Gazetteer(
            _aliases(_surnames(entities.people), lex), endings=True, fuzzy=True
        )
        self._owned = lex.owned_words
        self._slot_words = {  # method names take endings: "по друпу", "д'Онта"
            name: _Gazetteer(table, endings=name == "method", fuzzy=False)
            for name, table in lex.slot_words.items()
        }
        self.slot_values: Mapping[str, frozenset[str]] = {
            "year": lex.years,
            "other_year": lex.years,
            "party": frozenset(entities.parties.values()),
            "region": frozenset(entities.regions.values()),
            "metric": frozenset(value for value, _ in lex.metrics),
            **{name: frozenset(table.values()) for name, table in lex.slot_words.items()},
        }
        """Every value each slot can take (the `threshold` slot: see `knows_slot`)."""
        index: dict[str, dict[_Choice, None]] = {}
        for intent in intents:
            for lang in LANGS:
                for phrasing in intent.phrasings[lang]:
                    needs = frozenset(_PLACEHOLDER.findall(phrasing)) & _STRONG_SLOTS
                    choice = _Choice(intent.id, lang, intent.required | needs)
                    text = _PLACEHOLDER.sub(" ", phrasing)
                    readings = [self._folded(text)] if lang == "en" else self._readings(text)
                    for reading in readings:
                        rest = self.analyse(reading, fuzzy=False).rest
                        if rest:  # a phrasing made only of slot words cannot be matched
                            index.setdefault(rest, {})[choice] = None
        self._choices: list[str] = list(index)
        self._owners: list[tuple[_Choice, ...]] = [tuple(index[c]) for c in self._choices]
        self._exact = {c: i for i, c in enumerate(self._choices)}
        self._sorted_choices = list(map(_sorted_words, self._choices))
        self._by_prefix: dict[str, list[int]] = {}
        for i, phrase in enumerate(self._choices):
            for word in set(phrase.split()):
                self._by_prefix.setdefault(word[:PREFIX], []).append(i)
        self._known = frozenset(w for phrase in self._choices for w in phrase.split()) | lex.words
        self._vocabulary: dict[str, list[str]] = {}
        for word in self._known:
            self._vocabulary.setdefault(word[0], []).append(word)
        self._unknown = functools.lru_cache(maxsize=WORD_CACHE)(self._unknown_uncached)
        self._analysed = functools.lru_cache(maxsize=TEXT_CACHE)(self._analysed_uncached)
        self._evaluated = functools.lru_cache(maxsize=TEXT_CACHE)(self._evaluated_uncached)

    def forget(self) -> None:
        """Drop the remembered readings and rankings of questions (per-word verdicts stay)."""
        self._analysed.cache_clear()
        self._evaluated.cache_clear()

    def knows_slot(self, name: str, value: str) -> bool:
        """Whether `value` is one the `name` slot can take (button data can be stale or forged)."""
        if name == "threshold":
            return _THRESHOLD_VALUE.fullmatch(value) is not None
        return value in self.slot_values.get(name, ())

    @classmethod
    def from_facts(cls, facts_dir: Path | None, entities: Entities) -> Matcher:
        """Load `facts_dir/intents/*.yaml` and the lexicon, and index every phrasing once."""
        facts_dir = paths.facts_dir(facts_dir)
        return cls(load_intents(facts_dir / INTENTS_DIR), entities, load_lexicon(facts_dir))

    # -- analysis -----------------------------------------------------------------------------

    def _folded(self, text: str) -> str:
        return fold(normalise(text, self.lex), self.lex)

    def _readings(self, text: str) -> list[str]:
        """The folded text, plus its Cyrillic transliteration when it is written in Latin and
        is not plainly English."""
        folded = self._folded(text)
        if script(folded) == "latin" and detect_lang(folded, None, self.lex) != "en":
            return [folded, fold(to_cyrillic(folded, self.lex), self.lex)]
        return [folded]

    def analyse(self, folded: str, *, fuzzy: bool = True) -> Analysis:
        """Slots, intent-bearing rest and off-topic signs of a normalised, folded text.
        `fuzzy=False` finds party and region names only as written (for phrasings)."""
        lex = self.lex
        tokens = folded.split()
        used = [False] * len(tokens)
        slots: dict[str, str] = {}
        words = [t for t in tokens if not t[0].isdigit()]
        off_topic = bool(
            lex.offtopic.found_in(tokens, folded)
            or (len(words) < len(tokens) and lex.offtopic.found_in(words, " ".join(words)))
        )  # and again without the numbers, when there are any
        years: list[str] = []
        bases: list[str] = []  # "since 2016", "по сравнению с 2016", "2016 жылмен салыстырганда"
        for i, tok in enumerate(tokens):
            if _YEAR.match(tok):
                used[i] = True
                if tok in lex.years:
                    (bases if self._is_base_year(tokens, i) else years).append(tok)
                elif tok not in lex.related_years:
                    off_topic = True
            elif tok.endswith("%") and _is_number(tok[:-1]) and "threshold" not in slots:
                used[i] = True
                slots["threshold"] = tok[:-1]
            elif _is_number(tok):
                used[i] = True
                before = [t for t in tokens[:i] if t not in lex.stopwords][-2:]
                after_word = lex.threshold_words.found_in(before, " ".join(before))
                if after_word and float(tok) <= MAX_THRESHOLD:  # "при пороге 5", "барьер был 3"
                    slots.setdefault("threshold", tok)
        for phrase in lex.no_threshold.found_in(tokens, folded):  # "без барьера": 0, no words
            slots.setdefault("threshold", "0")
            _consume(tokens, used, phrase.split())
        for year, name in zip(dict.fromkeys(years), ("year", "other_year"), strict=False):
            slots[name] = year
        if bases and "other_year" not in slots and bases[0] != slots.get("year"):
            slots["other_year"] = bases[0]
        for name, gazetteer in self._entities.items():
            found = gazetteer.find(tokens, used, consume=True, fuzzy=fuzzy)
            if found:
                slots[name] = found
                while gazetteer.find(tokens, used, consume=True):
                    pass  # later names ("Nur Otan ... Amanat") are not intent words either
        for i, token in enumerate(tokens):  # "партия Ауыл", "Ауыл партиясы", "the party"
            if token in lex.kind_words and "party" in slots:
                used[i] = True
        for name, gazetteer in self._slot_words.items():
            hit = gazetteer.find(tokens, used, consume=name in _CONSUMED_WORDS)
            if hit is not None:
                slots.setdefault(name, hit)
        metric = next((v for v, words in lex.metrics if words.found_in(tokens, folded)), None)
        if metric is not None:
            slots["metric"] = metric
        if metric == "turnout" and lex.region_words.found_in(tokens, folded):
            slots.setdefault("chart", "turnout_regions")  # "явка по регионам диаграмма"
        surname = self._surnames.find(tokens, used, consume=True, fuzzy=fuzzy)
        person = self._people[surname] if surname else None
        unused = [t for t, u in zip(tokens, used, strict=True) if not u]
        rest = [t for t in dict.fromkeys(unused) if t not in lex.stopwords]
        openers = f" {' '.join(unused)} "
        for phrase in lex.followup_words.multi:
            openers = openers.replace(f" {phrase} ", " ")
        content = any(
            t not in lex.followup_words and t not in lex.stopwords for t in openers.split()
        )
        vague = (
            content
            and not slots
            and all(t in lex.question_words for t in rest)
            and not any(t in lex.topic_words for t in unused)
        )
        refers = any(t in lex.reference_words for t in tokens)
        return Analysis(
            slots, " ".join(rest), off_topic, content, tuple(tokens), vague, person, refers
        )

    def _is_base_year(self, tokens: list[str], i: int) -> bool:
        """The year at `i` is what something is compared with ("since 2016", "по сравнению с
        2016", "2016 жылмен салыстырганда"), not the election asked about."""
        words = self.lex.base_year_words
        before = [t for t in tokens[max(0, i - 4) : i] if t not in self.lex.stopwords][-3:]
        after = tokens[i + 1 : i + 3]
        return bool(
            words["before"].found_in(before, " ".join(before))
            or words["after"].found_in(after, " ".join(after))
        )

    # -- matching -----------------------------------------------------------------------------

    def match(
        self, text: str, lang_hint: Lang | None = None, known: frozenset[str] = frozenset()
    ) -> Match:
        """Match one question. Never raises on odd input; `intent` is None unless sure.
        `known`: slots the conversation already has; a question that points back ("what was
        their share?") is not penalised for lacking them."""
        text = text[:MAX_CHARS]
        readings = self._evaluate(text, 0.0, known)
        best = max(readings, key=_Reading.preference)
        if best.analysis.content and best.top < CONFIDENCE_BAR * 100:
            swapped = max(
                self._evaluate(swap_layout(text, self.lex), VARIANT_PENALTY, known),
                key=_Reading.preference,
            )
            sure = swapped.top >= CONFIDENCE_BAR * 100 or self._decided(swapped.analysis)
            if sure:  # typed on the other layout, clearly
                best, readings = swapped, (swapped,)
        analysis, ranked = best.analysis, best.ranked
        lang: Lang = (
            detect_lang(best.source, None, self.lex)
            or lang_hint
            or ("en" if script(best.source) == "latin" else best.lang)
            or "en"
        )
        alternatives = tuple(
            Alternative(i, round(s / 100, 3), self._labels(i), self._accepted(i, analysis.slots))
            for i, s, _ in ranked[:ALTERNATIVES]
        )

        def verdict(status: Status, confidence: float = 0.0) -> Match:
            return Match(None, confidence, analysis.slots, lang, alternatives, status)

        if any(r.analysis.off_topic for r in readings):
            return verdict(Status.OFF_TOPIC)
        decided = self._decided(analysis)
        if decided is not None:
            slots = self._accepted(decided, analysis.slots)
            return Match(decided, CONFIDENCE_BAR, slots, lang, alternatives)
        confidence = round(min(best.top, 100.0) / 100, 3)
        person = self._person(analysis, confidence)
        if person is not None:
            return Match(person[0], CONFIDENCE_BAR, person[1], lang, alternatives)
        if not analysis.content:
            return verdict(Status.SLOTS_ONLY if analysis.slots else Status.EMPTY)
        if not ranked:
            return verdict(Status.OFF_TOPIC)
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if analysis.vague or confidence < CONFIDENCE_BAR or best.top - second < MARGIN * 100:
            return verdict(Status.BELOW_BAR, confidence)
        intent = ranked[0][0]
        return Match(intent, confidence, self._accepted(intent, analysis.slots), lang, alternatives)

    def _evaluate(self, text: str, penalty: float, known: frozenset[str]) -> tuple[_Reading, ...]:
        """Each reading of `text` (as typed; transliterated if Latin) with its ranked intents.
        Remembered per text; the conversation's slots are part of the key only when a reading
        points back, the one case where `_rank` counts them (the same question in another
        conversation or language is not matched again)."""
        if not any(analysis.refers for analysis in self._analysed(text)):
            known = frozenset()
        return self._evaluated(text, penalty, known)

    def _evaluated_uncached(
        self, text: str, penalty: float, known: frozenset[str]
    ) -> tuple[_Reading, ...]:
        return tuple(
            _Reading(text, analysis, self._rank(analysis, penalty, known))
            for analysis in self._analysed(text)
        )

    def _analysed_uncached(self, text: str) -> tuple[Analysis, ...]:
        return tuple(map(self.analyse, self._readings(text)))

    def _owners_of(self, words: list[str]) -> set[str]:
        """The intents whose owned words (lexicon `owned_words`) the question has."""
        text = " ".join(words)
        return {i for i, phrases in self._owned.items() if phrases.found_in(words, text)}

    def _decided(self, analysis: Analysis) -> str | None:
        """The one intent the question's decisive words name ("Senate", "against all"), if it
        can take the question's slots: asked of it whatever else the question says."""
        owners = self._owners_of(list(analysis.words))
        if len(owners) != 1 or not owners <= self.lex.decisive_owners.keys():
            return None
        (intent,) = owners
        known, needs = self.intents.get(intent), self.lex.decisive_owners[intent]
        slots = analysis.slots.keys()
        if known is None or not known.required <= slots or (needs and not needs & slots):
            return None
        return intent

    def _person(self, analysis: Analysis, confidence: float) -> tuple[str, dict[str, str]] | None:
        """The intent and slots of a question about a named person ("кто такой Нигматулин",
        "who is Mamin"): their role, with their party and year. Only when nothing else is asked
        (the rest is question words) or nothing else is sure."""
        if analysis.person is None or analysis.person[0] not in self.intents:
            return None
        role, party, year = analysis.person
        only_asks = all(t in self.lex.question_words for t in analysis.rest.split())
        if not only_asks and confidence >= CONFIDENCE_BAR:
            return None
        slots = dict(analysis.slots)
        if party is not None:
            slots.setdefault("party", party)
        if year is not None:
            slots.setdefault("year", str(year))
        return role, self._accepted(role, slots)

    def _labels(self, intent: str) -> dict[Lang, str]:
        return {lang: self.intents[intent].label(lang) for lang in LANGS}

    def _accepted(self, intent: str, slots: Mapping[str, str]) -> dict[str, str]:
        accepts = self.intents[intent].accepts
        return {k: v for k, v in slots.items() if k in accepts}

    def _rank(self, analysis: Analysis, penalty: float, known: frozenset[str]) -> list[_Ranked]:
        """Intents by adjusted score (0..100, best first), one entry per intent, with the
        language of the phrasing that scored."""
        known = known if analysis.refers else frozenset()
        rest = analysis.rest
        if not analysis.content:
            return []
        exact = self._exact.get(rest)
        candidates = [] if exact is None else [(exact, 100.0)]
        if len(rest) >= MIN_QUERY_CHARS:
            pool = self._pool(rest)
            found = self._candidates(rest, pool)
            if not found or found[0][1] < CONFIDENCE_BAR * 100:
                found = self._candidates(rest, self._widened(rest, pool))
            candidates += found
        penalty += UNKNOWN_WORD_PENALTY * min(self._unknown_words(rest), MAX_UNKNOWN_WORDS)
        best: dict[str, _Ranked] = {}
        word_penalty: dict[str, float] = {}
        foreign_penalty: dict[str, float] = {}
        missing_penalty: dict[frozenset[str], float] = {}
        words = list(analysis.words)
        hits = self._word_hits(words)
        slots = analysis.slots
        for idx, score in candidates:
            for owner in self._owners[idx]:
                intent = owner.intent
                if intent not in word_penalty:
                    word_penalty[intent] = self._word_penalty(intent, hits)
                    foreign_penalty[intent] = self._foreign_penalty(intent, slots)
                wants = owner.wants
                if wants not in missing_penalty:
                    missing_penalty[wants] = _missing_penalty(wants, slots, known)
                adjusted = score - penalty - word_penalty[intent]
                adjusted -= missing_penalty[wants] + foreign_penalty[intent]  # slot penalty
                if intent not in best or adjusted > best[intent][1]:
                    best[intent] = (intent, adjusted, owner.lang)
        return sorted(best.values(), key=lambda r: -r[1])

    def _unknown_words(self, rest: str) -> int:
        """Words no phrasing has, even misspelt ("евровидении" in "кто победил в евровидении"):
        the question is likely about something else."""
        return sum(map(self._unknown, rest.split()))

    def _unknown_uncached(self, word: str) -> bool:
        """`word` is long enough to judge, and no phrasing has it, even misspelt."""
        if len(word) < UNKNOWN_MIN_CHARS or word in self._known:
            return False
        near = process.extractOne(
            word,
            self._vocabulary.get(word[0], ()),
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=KNOWN_WORD_CUTOFF,
        )
        return near is None

    def _pool(self, rest: str) -> list[int]:
        """Phrasings sharing a word beginning with the question: where the answer usually is."""
        pool: set[int] = set()
        for word in rest.split():
            pool.update(self._by_prefix.get(word[:PREFIX], ()))
        return sorted(pool)

    def _widened(self, rest: str, pool: list[int]) -> list[int]:
        """`pool` plus every other phrasing that can reach the coarse cutoff. A phrasing outside
        the pool shares no word with `rest`, so its token-set score is the plain ratio of the
        sorted words: a cheap pass over those finds them, rather than token-set over them all."""
        near = process.extract(
            _sorted_words(rest),
            self._sorted_choices,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=CANDIDATE_CUTOFF - _ROUNDING,
            limit=None,
        )
        return sorted(set(pool).union(k for _, _, k in near))

    def _candidates(self, rest: str, pool: Sequence[int]) -> list[tuple[int, float]]:
        """The closest phrasings of `pool` (coarse token-set pass), rescored, best first."""
        hits = process.extract(
            rest,
            [self._choices[i] for i in pool],
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=CANDIDATE_CUTOFF,
            limit=CANDIDATES,
        )
        words, sorted_choices = _sorted_words(rest), self._sorted_choices
        scored = [
            (pool[k], _score(token_set, fuzz.ratio(words, sorted_choices[pool[k]])))
            for _, token_set, k in hits
        ]
        return sorted(scored, key=lambda c: -c[1])

    def _word_hits(self, words: list[str]) -> _WordHits:
        """Which intents' keywords, excluded words and owned words `words` have."""
        return _WordHits(
            self._keywords.intents_in(words),
            self._excludes.intents_in(words),
            self._owners_of(words),
        )

    def _word_penalty(self, intent: str, hits: _WordHits) -> float:
        """Points off when the intent lists keywords and none of the question's words starts
        with one, and when one of them starts with a word the intent excludes or another intent
        owns."""
        missing = intent in self._keywords.owners and intent not in hits.wanted
        excluded = intent in hits.banned or bool(hits.owned - {intent})
        return missing * KEYWORD_PENALTY + excluded * EXCLUDED_PENALTY

    def _foreign_penalty(self, intent: str, slots: Mapping[str, str]) -> float:
        """Points off for slots the question names but the intent cannot take."""
        accepts = self.intents[intent].accepts
        foreign = sum(1 for s in slots if s in _STRONG_SLOTS and s not in accepts)
        if slots.get("institution", _HOME) != _HOME and "institution" not in accepts:
            foreign += 1  # "кто председатель ЦИК" is not the Majilis speaker
        return foreign * FOREIGN_SLOT_PENALTY


def _missing_penalty(
    wants: frozenset[str], slots: Mapping[str, str], known: frozenset[str]
) -> float:
    """Points off for the slots an intent or phrasing needs (`wants`) that the question lacks."""
    return len(wants - slots.keys() - known) * MISSING_SLOT_PENALTY if wants else 0.0


_Ranked = tuple[str, float, Lang]


@dataclass(frozen=True)
class _Reading:
    """One way of reading the question, with its analysis and ranked intents."""

    source: str
    analysis: Analysis
    ranked: list[_Ranked]

    @property
    def top(self) -> float:
        return self.ranked[0][1] if self.ranked else 0.0

    @property
    def lang(self) -> Lang | None:
        return self.ranked[0][2] if self.ranked else None

    def preference(self) -> tuple[bool, bool, float]:
        """Order of readings: one that passes the bar, then one that is only slots ("and Ak
        Zhol?" must not be re-read as Cyrillic "анд"), then the best score."""
        return (self.top >= CONFIDENCE_BAR * 100, not self.analysis.content, self.top)


_CONSUMED_WORDS = frozenset({"method", "institution"})
"""Slot words taken out of the text like names; the others (extreme, chart) stay intent words."""


def _consume(tokens: list[str], used: list[bool], words: list[str]) -> None:
    """Mark the first run of `words` in `tokens` used."""
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if tokens[i : i + n] == words:
            used[i : i + n] = [True] * n
            return


@dataclass(frozen=True)
class _WordHits:
    """The intents whose keywords (`wanted`), excluded words (`banned`) and owned words a
    question has."""

    wanted: set[str]
    banned: set[str]
    owned: set[str]


class _StemIndex:
    """Each intent's word stems, looked up by word: a word has a stem when it starts with it;
    a stem under three letters must be the whole word."""

    def __init__(self, stems: Mapping[str, Iterable[str]]) -> None:
        self._whole: dict[str, set[str]] = {}
        self._prefix: dict[str, set[str]] = {}
        self.owners: set[str] = set()
        """The intents that list stems."""
        for intent, listed in stems.items():
            for stem in listed:
                table = self._whole if len(stem) < 3 else self._prefix
                table.setdefault(stem, set()).add(intent)
                self.owners.add(intent)
        self._longest = max(map(len, self._prefix), default=0)
        self._intents_of = functools.lru_cache(maxsize=WORD_CACHE)(self._intents_of_uncached)

    def intents_in(self, words: Iterable[str]) -> set[str]:
        """The intents with a stem that one of `words` has."""
        return set().union(*map(self._intents_of, words))

    def _intents_of_uncached(self, word: str) -> frozenset[str]:
        found = set(self._whole.get(word, ()))
        for end in range(3, min(len(word), self._longest) + 1):
            found.update(self._prefix.get(word[:end], ()))
        return frozenset(found)


def _is_number(token: str) -> bool:
    return token.replace(".", "", 1).isdigit()


_HOME = "majilis"
"""The institution every intent is about unless it takes the `institution` slot."""

_STRONG_SLOTS = frozenset({"party", "region", "method", "threshold", "other_year", "extreme"})


_ROUNDING = 1e-6
"""Slack for the last bits in which two rapidfuzz scorers' arithmetic may differ."""


def _sorted_words(text: str) -> str:
    """The distinct words of `text` in sorted order, as rapidfuzz's token scorers see them
    (questions' rests and phrasings have no repeated words, so also as `token_sort_ratio` does)."""
    return " ".join(sorted(set(text.split())))


def _score(token_set: float, token_sort: float) -> float:
    """A phrasing's score from its token-set similarity to the question (word order and extra
    words don't matter) tempered by the whole-string one of the sorted words (`token_sort_ratio`,
    computed as the ratio of the sorted words), so a longer phrasing that merely contains the
    question scores below an exact one."""
    return 0.6 * token_set + 0.4 * token_sort


class _Gazetteer:
    """Phrases of one or more words -> value, found in a token list: exactly, or (with
    `endings`) with inflected words ("ак жолдың", "нур отана", "народной партии"), or fuzzily
    (typos in names)."""

    def __init__(self, phrases: Mapping[str, str], *, endings: bool, fuzzy: bool) -> None:
        self.values = dict(phrases)
        self.endings = endings
        self._key_chars = STEM_KEY if endings else None
        """Phrases are looked up by their first word's first letters (the whole word: None)."""
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(self.values, key=lambda p: -p.count(" ")):
            words = tuple(phrase.split())
            if words:
                self.by_first.setdefault(words[0][: self._key_chars], []).append(words)
        self.by_initial: dict[str, list[str]] = {}
        self._misspelt = functools.lru_cache(maxsize=WORD_CACHE)(self._misspelt_uncached)
        if fuzzy:
            for key in self.values:
                if len(key.replace(" ", "")) >= ENTITY_MIN_CHARS:
                    self.by_initial.setdefault(key[0], []).append(key)

    def find(
        self, tokens: list[str], used: list[bool], *, consume: bool, fuzzy: bool = False
    ) -> str | None:
        """The value of the first phrase found (longest first at each position), or None.
        With `consume`, its tokens are marked used."""
        for i, token in enumerate(tokens):
            if used[i]:
                continue
            for words in self.by_first.get(token[: self._key_chars], ()):
                n = len(words)
                span = tokens[i : i + n]
                fits = all(self._fits(w, t, n > 1) for w, t in zip(words, span, strict=False))
                if len(span) == n and not any(used[i : i + n]) and fits:
                    if consume:
                        used[i : i + n] = [True] * n
                    return self.values[" ".join(words)]
        return self._fuzzy(tokens, used, consume) if fuzzy and self.by_initial else None

    def _fits(self, word: str, typed: str, in_phrase: bool) -> bool:
        """`typed` is `word`, or (with endings) `word` plus an ending, or `word` with its final
        vowels changed ("народная" ~ "народной", "партия" ~ "партии", "алматы" ~ "алмате").
        Short words take endings only inside a longer name ("ак жолдын", not "ад" in "адам")."""
        if typed == word:
            return True
        if not self.endings or (len(word) < ENTITY_MIN_CHARS and not in_phrase):
            return False
        if typed.startswith(word):
            return len(typed) - len(word) <= SUFFIX_MAX
        stem = word.rstrip(_VOWELS)
        return (
            len(stem) >= ENTITY_MIN_CHARS
            and stem != word
            and typed.startswith(stem)
            and len(typed) - len(stem) <= CHANGED_ENDING
        )

    def _fuzzy(self, tokens: list[str], used: list[bool], consume: bool) -> str | None:
        """Typos: one or two words against the names with the same first letter."""
        for n in (2, 1):
            for i in range(len(tokens) - n + 1):
                if any(used[i : i + n]):
                    continue
                name = self._misspelt(" ".join(tokens[i : i + n]))
                if name is not None:
                    if consume:
                        used[i : i + n] = [True] * n
                    return self.values[name]
        return None

    def _misspelt_uncached(self, gram: str) -> str | None:
        """The name `gram` (one or two words) is a typo of, if any."""
        keys = self.by_initial.get(gram[0])
        if len(gram) <= ENTITY_MIN_CHARS or not keys:
            return None
        hit = process.extractOne(
            gram, keys, scorer=fuzz.ratio, processor=None, score_cutoff=ENTITY_CUTOFF
        )
        return hit[0] if hit and _similar_words(gram, hit[0]) else None


def _similar_words(typed: str, name: str) -> bool:
    """A fuzzy name match is a typo, not another name: about as long, and word by word alike
    ("народнои партии" ~ "народная партия", not "партия канша" ~ "партия аманат")."""
    if abs(len(name) - len(typed)) > TYPO_LENGTH:
        return False
    typed_words, name_words = typed.split(), name.split()
    if len(typed_words) != len(name_words):
        return True  # "nurotan" for "nur otan": only the whole can be compared
    return all(
        fuzz.ratio(a, b) >= WORD_CUTOFF for a, b in zip(typed_words, name_words, strict=True)
    )


def _surnames(people: Mapping[str, Person]) -> dict[str, str]:
    """Surname -> full name: the last word of each name, and of a spelling in brackets
    ("Aikyn Konurov (Aiqyn Qongyrov)"). Short ones are left out: they are too like other words."""
    found: dict[str, str] = {}
    for name in people:
        for part in name.replace(")", "").split("("):
            words = part.split()
            if words and len(words[-1]) >= ENTITY_MIN_CHARS + 1:
                found.setdefault(words[-1], name)
    return found


def _aliases(aliases: Mapping[str, str], lex: Lexicon) -> dict[str, str]:
    """Party or region aliases in matching form, plus Cyrillic readings of Latin ones."""
    folded: dict[str, str] = {}
    for alias, ident in aliases.items():
        form = fold(normalise(alias, lex), lex)
        for variant in (form, fold(to_cyrillic(form, lex), lex)):
            if variant:
                folded.setdefault(variant, ident)
    return folded


# -- intent files -----------------------------------------------------------------------------


def load_intents(intents_dir: Path) -> list[Intent]:
    """Every intent of `intents_dir/*.yaml`, checked: known slots, phrasings in all languages."""
    intents: dict[str, Intent] = {}
    files = sorted(intents_dir.glob("*.yaml"))
    if not files:
        raise IntentFileError(f"{intents_dir}: no intent files")
    for path in files:
        data = load_file(path) or {}
        if not isinstance(data, dict):
            raise IntentFileError(f"{path.name}: expected a mapping of intent ids")
        for intent_id, spec in data.items():
            if intent_id in intents:
                raise IntentFileError(f"{path.name}: {intent_id}: defined twice")
            intents[intent_id] = _intent(path.name, str(intent_id), spec)
    return list(intents.values())


def _intent(file: str, intent_id: str, spec: Any) -> Intent:
    where = f"{file}: {intent_id}"
    if not isinstance(spec, dict) or not isinstance(spec.get("phrasings"), dict):
        raise IntentFileError(f"{where}: needs `phrasings: {{kk: [...], ru: [...], en: [...]}}`")
    slots = spec.get("slots") or {}
    required = frozenset(slots.get("required") or ())
    optional = frozenset(slots.get("optional") or ())
    unknown = (required | optional) - SLOT_NAMES
    if unknown:
        raise IntentFileError(f"{where}: unknown slots {sorted(unknown)}")
    phrasings: dict[Lang, tuple[str, ...]] = {}
    for lang in LANGS:
        items = spec["phrasings"].get(lang) or []
        if not items or not all(isinstance(p, str) and p.strip() for p in items):
            raise IntentFileError(f"{where}: phrasings.{lang}: needs non-empty strings")
        phrasings[lang] = tuple(items)
    words = {}
    for key in ("keywords", "excludes"):
        items = spec.get(key) or []
        if not isinstance(items, list) or not all(isinstance(k, str) and k for k in items):
            raise IntentFileError(f"{where}: {key}: needs a list of words")
        words[key] = tuple(items)
    return Intent(intent_id, required, optional, phrasings, **words)
