"""Word forms to lookup keys: Russian lemmas (pymorphy3), Kazakh stems (a suffix table), English
base forms (inflection rules). The tables are `facts/understanding/morphology.yaml`.

A word's `Analysis` is remembered per word (`Morphology.forget()` drops them): a question costs a
dictionary look-up per word it shares with earlier ones, whatever the number of phrasings.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pymorphy3
from pymorphy3 import units
from pymorphy3.lang.ru import config as russian

from sailau.understanding.spelling import SpellingTables
from sailau.understanding.text import TextTables, fold, is_latin, to_cyrillic
from sailau.yamlio import load_file

MORPHOLOGY_FILE = "morphology.yaml"
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff-]+")
logging.getLogger("pymorphy3").setLevel(logging.WARNING)
"""pymorphy3 logs where it loads its dictionaries at INFO on every start: noise in the bot's log."""
WORD_CACHE = 16384
"""Words whose analysis is remembered: a chat's vocabulary is a few thousand words."""
PARSES = 3
"""Russian readings of a word whose lemmas are kept ("стали": стать, сталь)."""
FUNCTION_TAGS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})
"""pymorphy3 parts of speech that carry no content: prepositions, conjunctions, particles,
pronouns, interjections."""


def _russian_analyser() -> pymorphy3.MorphAnalyzer:
    """pymorphy3's Russian analyser with its default units (`lang.ru.DEFAULT_UNITS`, same order,
    same settings) less the three that read only digits or Latin letters: the number, Roman
    number and Latin units, which never read a word of Cyrillic letters and hyphens (the only
    words `_parses` asks about) and tried each unknown word in turn (the number unit through
    two failed conversions). Its readings are plain tuples (word, tag, normal form, score,
    methods), not `Parse` records built for each reading."""
    return pymorphy3.MorphAnalyzer(
        result_type=None,
        units=[
            [
                units.DictionaryAnalyzer(),
                units.AbbreviatedFirstNameAnalyzer(russian.INITIAL_LETTERS),
                units.AbbreviatedPatronymicAnalyzer(russian.INITIAL_LETTERS),
            ],
            units.PunctuationAnalyzer(),
            units.HyphenSeparatedParticleAnalyzer(russian.PARTICLES_AFTER_HYPHEN),
            units.HyphenAdverbAnalyzer(),
            units.HyphenatedWordsAnalyzer(skip_prefixes=russian.KNOWN_PREFIXES),
            units.KnownPrefixAnalyzer(known_prefixes=russian.KNOWN_PREFIXES),
            [units.UnknownPrefixAnalyzer(), units.KnownSuffixAnalyzer()],
            units.UnknAnalyzer(),
        ],
    )


_TAG, _NORMAL_FORM = 1, 2
"""A plain reading's tag and normal form (see `_russian_analyser`)."""


@dataclass(frozen=True)
class Analysis:
    """What the morphology knows about one word: its folded form and, per language, its
    dictionary forms (Russian lemmas, Kazakh stems the vocabulary knows, English base forms).

    A table entry of one language is matched against that language's forms only (a Kazakh word
    read as Russian gives nonsense lemmas). `negated`: a Kazakh negation suffix was stripped
    ("өтпеді"); `function_word`: a Russian preposition, conjunction, particle or pronoun."""

    surface: str
    ru: tuple[str, ...] = ()
    kk: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    negated: bool = False
    function_word: bool = False
    future: bool = False
    """A Russian verb in the future tense ("победит", "будет"): a question about what is to come."""
    verb: bool = False
    """A finite Russian verb ("прошла", "переизбрали"): with no question word, a yes/no."""
    latin: bool = False
    participle: bool = False
    """A Russian full participle ("занявшая"), or a word that may be one ("прошедших"): after a
    comma, it describes what came before."""
    case: str | None = None
    """The Kazakh case of the word's last suffix, when a stem was stripped of it ("жылға",
    "сайлауға": dative): what the word is to the one after it ("2016 жылға қарағанда")."""
    _views: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    """The views built so far (`view`): an analysis is remembered per word, and its words are
    matched against the same kinds of entries question after question."""

    def forms(self, lang: str | None = None) -> tuple[str, ...]:
        """The word and its forms in `lang` (every language when None)."""
        if lang == "ru":
            return (self.surface, *self.ru)
        if lang == "kk":
            return (self.surface, *self.kk)
        if lang == "en":
            return (self.surface, *self.en)
        return (self.surface, *self.ru, *self.kk, *self.en)

    def view(self, kind: str) -> tuple[str, ...]:
        """The forms a table entry of `kind` (`lexicon.Entry.view`) may match: a language's
        dictionary forms (`ru`, `kk`, `en`, `any`); for closed-class words (`closed-ru`, ...)
        only the word as typed or transliterated; for names, the word, its transliterations
        and Russian lemmas. Built when first asked: most words are matched against one kind
        only."""
        found = self._views.get(kind)
        if found is None:
            found = self._views[kind] = _VIEWS[kind](self)
        return found

    @cached_property
    def typed(self) -> tuple[str, ...]:
        """The word as typed, and as transliterated when it is Latin (names' endings)."""
        return (self.surface, *self.ru[:1], *self.kk[:1]) if self.latin else (self.surface,)


_VIEWS: Mapping[str, Callable[[Analysis], tuple[str, ...]]] = {
    "ru": lambda a: a.forms("ru"),
    "kk": lambda a: a.forms("kk"),
    "en": lambda a: a.forms("en"),
    "any": lambda a: a.forms(),
    "closed-ru": lambda a: (a.surface, *a.ru[:1]) if a.latin else (a.surface,),
    "closed-kk": lambda a: (a.surface, *a.kk[:1]) if a.latin else (a.surface,),
    "closed-en": lambda a: (a.surface,),
    "closed-any": lambda a: (a.surface,),
    "name": lambda a: (*a.forms("ru"), *a.kk[:1]) if a.latin else a.forms("ru"),
}
"""Each kind of table entry's forms of a word (`Analysis.view`)."""


@dataclass(frozen=True)
class Chain:
    """One Kazakh suffix chain: slots from the end of the word inwards."""

    slots: tuple[tuple[str, tuple[str, ...]], ...]
    """(slot name, suffixes longest first)."""


SuffixSlot = tuple[bool, tuple[tuple[int, frozenset[str]], ...]]
"""A chain's slot as stripping uses it: whether it is the negation slot, and its suffixes by
length, longest first (a word ends in at most one suffix of each length)."""


def _by_length(suffixes: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(s) for s in suffixes}, reverse=True)
    return tuple((n, frozenset(s for s in suffixes if len(s) == n)) for n in lengths)


_Place = tuple[int, int, str | None]
"""Where a string is in a `Sequences` language: its sequence, its slot, and the part of one of
the slot's strings read so far (None: the slot's string is complete, a later slot may follow)."""


class Sequences:
    """The strings made of one string of each of some slots, in the slots' order, each slot
    optional (Kazakh suffixes: a chain's slots from the innermost out), for any of several
    sequences of slots: a deterministic automaton read from the left. Whether a string is one
    costs a look-up per letter, and most strings that are none fail at their first letters."""

    def __init__(self, sequences: Iterable[Iterable[Iterable[str]]]) -> None:
        self._slots = [[frozenset(slot) for slot in sequence] for sequence in sequences]
        start: frozenset[_Place] = frozenset((k, -1, None) for k in range(len(self._slots)))
        self._states: dict[frozenset[_Place], int] = {start: 0}
        self._moves: list[dict[str, int]] = []
        self._ends: set[int] = set()
        after = functools.cache(lambda place: tuple(self._after(place)))
        todo = [start]
        for places in todo:  # (each state once, in the order numbered: `_moves` is by number)
            self._moves.append(self._state(places, after, todo))

    def _state(
        self,
        places: frozenset[_Place],
        after: Callable[[_Place], Iterable[tuple[str, _Place]]],
        todo: list[frozenset[_Place]],
    ) -> dict[str, int]:
        """The moves of the state of `places` (`after`: each place's next letters), its new
        states put in `todo`."""
        if any(read is None for _, _, read in places):
            self._ends.add(self._states[places])
        targets: dict[str, set[_Place]] = {}
        for place in places:
            for letter, then in after(place):
                targets.setdefault(letter, set()).add(then)
        moves = {}
        for letter, found in targets.items():
            state = frozenset(found)
            if state not in self._states:
                self._states[state] = len(self._states)
                todo.append(state)
            moves[letter] = self._states[state]
        return moves

    def _after(self, place: _Place) -> Iterator[tuple[str, _Place]]:
        """Each letter that may come next at `place`, and the place it leads to."""
        k, slot, read = place
        sequence = self._slots[k]
        slots = range(slot + 1, len(sequence)) if read is None else (slot,)
        done = read or ""
        for s in slots:
            for string in sequence[s]:
                if len(string) > len(done) and string.startswith(done):
                    now = string[: len(done) + 1]
                    yield now[-1], (k, s, None if now == string else now)

    def accepts(self, word: str) -> bool:
        """Whether `word` is one of the strings."""
        state = 0
        for letter in word:
            found = self._moves[state].get(letter)
            if found is None:
                return False
            state = found
        return state in self._ends

    def prefixes(self, word: str) -> Iterator[int]:
        """The lengths of the beginnings of `word` that are strings of the language, shortest
        first."""
        state: int | None = 0
        for n in range(len(word) + 1):
            if state is None:
                return
            if state in self._ends:
                yield n
            state = self._moves[state].get(word[n]) if n < len(word) else None


@dataclass(frozen=True)
class Harmony:
    """The second readings of a Latin-typed Kazakh word's "y" / "i" (`latin_harmony` in
    morphology.yaml), in folded Cyrillic letters."""

    front: list[str]
    back: list[str]
    front_letter: str
    back_letter: str
    other_y: str

    def readings(self, word: str) -> list[str]:
        """`word` (the first reading) with its ы / и chosen by the vowels around them: и with a
        front vowel, ы with back ones only; then ы read as у."""
        found = []
        if any(v in word for v in self.front):
            found.append(word.replace(self.back_letter, self.front_letter))
        elif any(v in word for v in self.back):
            found.append(word.replace(self.front_letter, self.back_letter))
        found.append(word.replace(self.back_letter, self.other_y))
        return [w for w in dict.fromkeys(found) if w != word]


@dataclass(frozen=True)
class MorphologyTables:
    """`facts/understanding/morphology.yaml`, folded."""

    kazakh_chains: tuple[Chain, ...]
    kazakh_cases: Mapping[str, str]
    """Case suffix -> case name (`ablative`, `dative`, ...)."""
    kazakh_min_stem: int
    kazakh_alternations: Mapping[str, str]
    """A voiced final consonant -> its voiceless form (графигі -> график)."""
    negation_slot: str
    english_irregular: Mapping[str, str]
    english_suffixes: tuple[tuple[str, tuple[str, ...]], ...]
    english_undoubled: frozenset[str]
    """Endings before which a final consonant is doubled ("dropped", "topped"): the base has
    it once."""
    spelling: SpellingTables
    harmony: Harmony

    @classmethod
    def load(cls, path: Path, text: TextTables) -> MorphologyTables:
        data: dict[str, Any] = load_file(path)
        kk = data["kazakh"]
        cases = {text.folded(s): case for case, found in kk["cases"].items() for s in found}

        def suffixes(listed: list[str] | str) -> tuple[str, ...]:
            found = cases if listed == "cases" else {text.folded(s) for s in listed}
            return tuple(sorted(found, key=len, reverse=True))

        chains = tuple(
            Chain(tuple((slot["name"], suffixes(slot["suffixes"])) for slot in slots))
            for slots in kk["chains"].values()
        )
        en = data["english"]
        return cls(
            kazakh_chains=chains,
            kazakh_cases=cases,
            kazakh_min_stem=int(kk["min_stem"]),
            kazakh_alternations={
                text.folded(k): text.folded(v) for k, v in kk["alternations"].items()
            },
            negation_slot=str(kk["negation_slot"]),
            english_irregular=dict(en["irregular"]),
            english_suffixes=tuple(
                (str(end), tuple(map(str, rest))) for end, *rest in en["suffixes"]
            ),
            english_undoubled=frozenset(map(str, en.get("undoubled") or ())),
            spelling=SpellingTables.load(data["spelling"], text.folded),
            harmony=Harmony(**kk["latin_harmony"]),
        )


class Morphology:
    """The morphology component: word -> `Analysis`, remembered per word."""

    def __init__(self, tables: MorphologyTables, text: TextTables, known: Iterable[str]) -> None:
        self.tables = tables
        self.text = text
        self.known = frozenset(known)
        """Kazakh stems the vocabulary knows: a stripped stem is accepted only if it is one."""
        self._russian = _russian_analyser()
        self._chains: tuple[tuple[SuffixSlot, ...], ...] = tuple(
            tuple((name == tables.negation_slot, _by_length(found)) for name, found in chain.slots)
            for chain in tables.kazakh_chains
        )
        self._suffixes = Sequences(
            [[s for _, found in lengths for s in found] for _, lengths in reversed(chain)]
            for chain in self._chains
        )
        """Every run of suffixes of a chain: most strings are none, and are told at once."""
        self._suffixes_reversed = Sequences(
            [[s[::-1] for _, found in lengths for s in found] for _, lengths in chain]
            for chain in self._chains
        )
        """The same runs spelled backwards: where a word's suffixes may begin, read from its
        end."""
        self._english_endings = frozenset(
            ("'s", *(ending for ending, _ in tables.english_suffixes))
        )
        self._analyse = functools.lru_cache(maxsize=WORD_CACHE)(self._analyse_uncached)
        self.suffix_cases = functools.lru_cache(maxsize=WORD_CACHE)(self._suffix_cases)  # type: ignore[method-assign]
        self._known = functools.lru_cache(maxsize=WORD_CACHE)(self._russian.word_is_known)

    def forget(self) -> None:
        self._analyse.cache_clear()
        self.suffix_cases.cache_clear()  # type: ignore[attr-defined]
        self._known.cache_clear()

    def analyse(self, word: str, *, latin_readings: bool = True) -> Analysis:
        """`word` (casefolded, Kazakh letters not yet folded). For a Latin word, `latin_readings`
        adds its Cyrillic transliteration's analysis (Latin-typed Russian or Kazakh)."""
        return self._analyse(word, latin_readings)

    def _analyse_uncached(self, word: str, latin_readings: bool) -> Analysis:
        if not word or word[0].isdigit():
            return Analysis(word)
        latin = is_latin(word)
        if not latin and not latin_readings:  # (Latin readings are of Latin words only)
            return self._analyse(word, True)
        if latin:
            english = tuple(dict.fromkeys(self._english(word)))
            if not latin_readings:
                return Analysis(word, en=english, latin=True)
            # the Russian reading's lemmas and the Kazakh reading's stems: each transliteration
            # is read in its own language only
            russian, ru, _, _, verb, participle = self._lemmas(to_cyrillic(word, self.text))
            kazakh, stems, negated = self._latin_kazakh(word)
            return Analysis(
                word,
                (russian, *ru),
                tuple(dict.fromkeys((kazakh, *stems))),
                english,
                negated,
                verb=verb,  # "vozglavlyal nur otan?": a finite verb asks yes/no as in Cyrillic
                latin=True,
                participle=participle,
                case=self._case(kazakh, stems),
            )
        folded, ru, function_word, future, verb, participle = self._lemmas(word)
        stems, negated = self._kazakh(folded)
        return Analysis(
            folded,
            ru,
            stems,
            (),
            negated,
            function_word,
            future,
            verb,
            participle=participle,
            case=self._case(folded, stems),
        )

    def _case(self, folded: str, stems: tuple[str, ...]) -> str | None:
        """The case of the last suffix of `folded` after one of its Kazakh `stems`, when what
        follows the stem is a chain of suffixes ending in a case suffix."""
        cases = self.tables.kazakh_cases
        for stem in stems:
            ending = folded[len(stem) :]
            if not ending or self.suffix_cases(ending) is None:
                continue
            for cut in range(len(ending)):  # the longest case suffix the ending ends in
                if ending[cut:] in cases:
                    return cases[ending[cut:]]
        return None

    def _latin_kazakh(self, word: str) -> tuple[str, tuple[str, ...], bool]:
        """A Latin word's Kazakh reading (folded), its stems and negation: the transliteration,
        or, when that finds no stem, the first of its vowel-harmony readings that does."""
        kazakh = fold(to_cyrillic(word, self.text, kazakh=True), self.text)
        stems, negated = self._kazakh(kazakh)
        if stems or kazakh in self.known:
            return kazakh, stems, negated
        for other in self.tables.harmony.readings(kazakh):
            found, other_negated = self._kazakh(other)
            if found or other in self.known:
                return other, found, other_negated
        return kazakh, stems, negated

    def _lemmas(self, word: str) -> tuple[str, tuple[str, ...], bool, bool, bool, bool]:
        """A Cyrillic word folded, its Russian lemmas (other than itself), and whether it is a
        function word, a verb in the future tense, a finite verb and a full participle."""
        folded = fold(word, self.text)
        parses = self._parses(word)
        lemmas = [fold(p[_NORMAL_FORM].replace("ё", "е"), self.text) for p in parses[:PARSES]]
        ru = tuple(lemma for lemma in dict.fromkeys(lemmas) if lemma != folded)
        if not parses:
            return folded, ru, False, False, False, False
        tag = parses[0][_TAG]
        verb = tag.POS == "VERB" and tag.mood == "indc"
        # "сообщите", "подскажете": a request to the reader, not the future asked
        future = verb and tag.tense == "futr" and tag.person != "2per"
        return folded, ru, tag.POS in FUNCTION_TAGS, future, verb, _may_be_participle(parses)

    def is_word(self, word: str) -> bool:
        """Whether `word` is in the Russian dictionary (pymorphy3's, not guessed; remembered
        per word)."""
        return bool(self._known(word))

    def is_form(self, word: str, ending: str, lang: str) -> bool:
        """Whether `word` (folded) is a word form of `lang` (`any`: of one of them): a Russian
        dictionary word, or a stem followed by `ending` made of Kazakh suffixes or an English
        ending."""
        if lang == "en" or (lang == "any" and is_latin(word)):
            return ending in self._english_endings
        if lang == "kk":
            return self.is_suffix_run(ending)
        return self.is_word(word) or (lang == "any" and self.is_suffix_run(ending))

    def is_suffix_run(self, token: str) -> bool:
        """Whether `token` is made of Kazakh suffixes only (`suffix_cases` is not None)."""
        return self._suffixes.accepts(fold(token, self.text))

    def _parses(self, word: str) -> list[Any]:
        """pymorphy3's readings of a Cyrillic word, most likely first (none for other scripts:
        it has nothing to say about them, and fails on characters Unicode has no name for).
        Asked once per word: the lemmas come from the first readings, whether it may be a
        participle from all of them."""
        if not _CYRILLIC_WORD.fullmatch(word):
            return []
        return list(self._russian.parse(word))

    def _kazakh(self, folded: str) -> tuple[tuple[str, ...], bool]:
        """Stems the vocabulary knows under `folded` with suffixes stripped, and whether a
        negation suffix was among them."""
        if not self._may_have_stem(folded):
            return (), False
        found: dict[str, bool] = {}
        for chain in self._chains:
            self._strip(folded, chain, 0, False, found, set())
        found.pop(folded, None)
        return tuple(found), any(found.values())

    def _may_have_stem(self, folded: str) -> bool:
        """Whether stripping may find a stem the vocabulary knows: one of the word's beginnings
        (long enough, or the word itself) followed by a run of suffixes is known, as it is or
        made voiceless. Most words have none: their suffixes are not tried one by one."""
        for n in self._suffixes_reversed.prefixes(folded[::-1]):
            stem = folded[: len(folded) - n]
            if n and len(stem) < self.tables.kazakh_min_stem:
                return False
            for form in (stem, self._voiceless(stem)):
                if form != folded and (form in self.known or form[:1].isdigit()):
                    return True
        return False

    def _strip(
        self,
        word: str,
        chain: tuple[SuffixSlot, ...],
        slot: int,
        negated: bool,
        found: dict[str, bool],
        seen: set[tuple[str, int, bool]],
    ) -> None:
        """Each way of stripping `chain[slot:]`'s suffixes off `word`, into `found`: the word
        itself, then what stripping a suffix of each slot leaves, the innermost slot first (a
        stem reached again by another way adds nothing: `seen`)."""
        if (word, slot, negated) in seen:
            return
        seen.add((word, slot, negated))
        for form in (word, self._voiceless(word)):
            if form in self.known or form[:1].isdigit():
                found[form] = found.get(form, False) or negated
        for inner in range(len(chain) - 1, slot - 1, -1):
            negation, lengths = chain[inner]
            for length, suffixes in lengths:
                stem = len(word) - length
                if stem >= self.tables.kazakh_min_stem and word[stem:] in suffixes:
                    self._strip(word[:stem], chain, inner + 1, negated or negation, found, seen)

    def suffix_cases(self, token: str) -> frozenset[str] | None:
        """See `_suffix_cases` (remembered per token)."""
        return self._suffix_cases(token)

    def _suffix_cases(self, token: str) -> frozenset[str] | None:
        """The cases of a token made of Kazakh suffixes only (written apart from a figure:
        "2016 дағыдан" -> {"ablative"}), or None when it is not one."""
        if not self.is_suffix_run(token):
            return None
        folded = fold(token, self.text)
        for chain in self._chains:
            found = self._suffixes_only(folded, chain)
            if found is not None:
                return found
        return None

    def _suffixes_only(self, word: str, slots: tuple[SuffixSlot, ...]) -> frozenset[str] | None:
        """The cases of `word` read as suffixes of `slots` only, outermost first, each slot's
        longest suffix first (a look-up per length: a speller's candidate endings come by the
        hundred, and a slot holds dozens of suffixes)."""
        if not word:
            return frozenset()
        for i, (_, lengths) in enumerate(slots):
            for length, suffixes in lengths:
                stem = len(word) - length
                if stem >= 0 and word[stem:] in suffixes:
                    inner = self._suffixes_only(word[:stem], slots[i + 1 :])
                    if inner is not None:
                        case = self.tables.kazakh_cases.get(word[stem:])
                        return inner | {case} if case else inner
        return None

    def _voiceless(self, stem: str) -> str:
        """`stem` with a voiced final consonant made voiceless (графиг -> график)."""
        last = self.tables.kazakh_alternations.get(stem[-1:])
        return stem[:-1] + last if last else stem

    def _english(self, word: str) -> list[str]:
        """Base forms of an English word: its irregular form, or every suffix rule's result."""
        irregular = self.tables.english_irregular.get(word)
        if irregular is not None:
            return [irregular]
        out = []
        for ending, replacements in self.tables.english_suffixes:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                base = word[: -len(ending)]
                out += [base + r for r in replacements]
                if ending in self.tables.english_undoubled and _doubled(base):
                    out.append(base[:-1])  # "dropped" -> "drop"
        if word.endswith("'s"):
            out.append(word[:-2])
        return out


def _may_be_participle(parses: list[Any]) -> bool:
    """A full participle ("занявшая"), or a word read first as an adjective or a noun that is
    also one ("прошедших": "прошедший год", and "не прошедших в мажилис" of "пройти"), among
    all of pymorphy3's readings of it."""
    return any(p[_TAG].POS == "PRTF" for p in parses)


ENGLISH_VOWELS = frozenset("aeiouy")


def _doubled(base: str) -> bool:
    """Whether an English base ends in a doubled consonant ("dropp", "topp"; not "pass")."""
    return (
        len(base) >= 3 and base[-1] == base[-2] and base[-1] not in ENGLISH_VOWELS
        and base[-1] not in "sflz"
    )  # fmt: skip
