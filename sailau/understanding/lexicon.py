"""The words the reader knows: the vocabulary table, the fact base's names, and the phrase index.

`facts/understanding/vocabulary.yaml` is the one table of slot vocabularies (measures, forms,
markers, narrowing words, institutions, methods, chart kinds, off-topic markers, filler); the fact
base adds the names of parties (each with the elections it ran under that name), regions and
people. Every entry is indexed by the lookup keys of its first word (`Morphology`), so finding
the entries at a token costs a few dictionary look-ups, whatever the size of the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sailau.facts.models import Election, Party, normalize_alias, normalized
from sailau.reply import LANGS
from sailau.understanding.doc import Token
from sailau.understanding.morphology import Analysis, Morphology
from sailau.understanding.text import TextTables, fold, to_cyrillic
from sailau.understanding.text import basic as basic_text
from sailau.yamlio import load_file

VOCABULARY_FILE = "vocabulary.yaml"
ANY = "any"
CLOSED_LABELS = frozenset({"marker", "asks", "quantifier"})
"""Labels of closed-class words: matched only as written (their forms are listed), never by a
lemma or a stripped Kazakh suffix ("алды" is not the opener "ал", "что" is not "чем")."""
EXACT = "="
"""A vocabulary phrase that starts with it matches only as typed."""
CLOSED_VALUES = frozenset({("form", "yesno"), ("form", "alternative")})
NAME_LABELS = frozenset({"party", "region", "person"})
NAME_ENDING = 5
"""Letters a name may take after it ("ак жолдың", "нур отана") when no rule strips them."""
NAME_MIN = 4
"""Shorter name words take endings only inside a longer name ("ак жолдын", not "ад" in "адам")."""
CHANGED_ENDING = 3
"""A name's final vowels may become up to three letters ("партия" ~ "партиям", "алматы" ~
"алмате")."""
STEM_KEY = 3
WORD_CACHE = 16384
"""Words whose entries are remembered (a chat's vocabulary is a few thousand words)."""
"""Names are also indexed by their first word's first letters, for inflections no rule knows."""
ENGLISH_BASES = frozenset({"news", "process", "status", "address", "us", "bus", "gas"})
_VOWELS = "аеиоуыэюяaeiouy"


class VocabularyError(ValueError):
    """The vocabulary file is malformed: names the label, value and problem."""


@dataclass(frozen=True)
class Entry:
    """One word or phrase of the table: what it means and the keys each of its words matches."""

    label: str
    value: str
    words: tuple[str, ...]
    keys: tuple[frozenset[str], ...]
    prefix: tuple[bool, ...]
    lang: str = ANY
    closed: bool = False
    priority: int = 0
    role: str | None = None
    """For a party's name: the alias as written (it tells which elections the name implies)."""
    raw: tuple[str, ...] = ()
    """A name's words before folding ("қарағанды"): a word typed with Kazakh letters must
    have them where the name has ("қарағанда" is "compared with", not Karaganda)."""

    view: str = "any"
    """Which of a word's forms (`Analysis.view`) the entry's words are matched against."""

    @property
    def name(self) -> bool:
        return self.label in NAME_LABELS

    def fits(self, tokens: Sequence[Token], start: int, *, first: bool = False) -> bool:
        """Whether the entry's words are the tokens from `start` on (with `first`, whether its
        first word is the token at `start`)."""
        words = self.words[:1] if first else self.words
        if start + len(words) > len(tokens):
            return False
        for j, word in enumerate(words):
            analysis = tokens[start + j].analysis
            forms = analysis.view(self.view)
            if self.prefix[j]:
                if not any(k.startswith(word) for k in forms):
                    return False
            elif self.keys[j].isdisjoint(forms) and not (
                self.name and self._name_fits(word, analysis)
            ):
                return False
        return True

    def spelled(self, tokens: Sequence[Token], start: int, kazakh_letters: frozenset[str]) -> bool:
        """A name typed with Kazakh letters has them where the name has them."""
        for j, raw in enumerate(self.raw):
            typed = tokens[start + j].text[: len(raw)]
            if not kazakh_letters.isdisjoint(typed) and typed != raw[: len(typed)]:
                return False
        return True

    def _name_fits(self, word: str, analysis: Analysis) -> bool:
        """A name's word with an ending: a few letters after it, or a Kazakh suffix chain the
        stemmer strips to it ("жолдыкинде": жол + дікі + нде), for a word of a longer name or
        a word long enough."""
        in_phrase = len(self.words) > 1
        if any(_name_fits(word, t, in_phrase) for t in analysis.typed):
            return True
        return word in analysis.kk and (in_phrase or len(word) >= NAME_MIN)


def _name_fits(word: str, typed: str, in_phrase: bool) -> bool:
    """`typed` is the name word with an ending ("отана", "жолдың") or its final vowels changed
    ("алмате"); short words only inside a longer name, or with an English possessive typed
    in Latin ("ppk's", read without its apostrophe)."""
    if typed == word or (typed == f"{word}s" and typed.isascii()):
        return True
    if len(word) < NAME_MIN and not in_phrase:
        return False
    if typed.startswith(word):
        return len(typed) - len(word) <= NAME_ENDING
    stem = word.rstrip(_VOWELS)
    return (
        len(stem) >= NAME_MIN
        and stem != word
        and typed.startswith(stem)
        and len(typed) - len(stem) <= CHANGED_ENDING
    )


Followers = dict[str, list["Entry"]]
"""Phrases by a key of their second word (or its first letters, for stems and names)."""
Word = tuple[str, bool]
"""A token as the index remembers it (`_word`)."""
_NOTHING: tuple[list[Entry], Followers] = ([], {})
"""What the index remembers for a word that starts no entry (most new words: misspelt, or
off the vocabulary), one object for all of them: each would otherwise keep a list and a tuple
of its own that the garbage collector walks for as long as the word is remembered. (Nothing
the index returns is changed by its callers.)"""


class PhraseIndex:
    """Every entry, by the keys of its first word; stems by their first letters; names also by
    their first letters (for inflections no rule knows). Finding the entries at a token costs a
    few dictionary look-ups, whatever the size of the table."""

    def __init__(self, entries: Iterable[Entry], kazakh_letters: frozenset[str]) -> None:
        self.entries = tuple(entries)
        self.kazakh_letters = kazakh_letters
        self._by_key: dict[str, list[Entry]] = {}
        self._by_start: dict[str, list[Entry]] = {}
        self._by_word: dict[Word, tuple[list[Entry], Followers]] = {}
        self._by_pair: dict[tuple[Word, Word], Sequence[tuple[Entry, bool]]] = {}
        self.longest = max((len(e.words) for e in self.entries), default=1)
        """The most words an entry has."""
        for entry in self.entries:
            if entry.prefix[0] or entry.name:
                self._by_start.setdefault(entry.words[0][:STEM_KEY], []).append(entry)
            if not entry.prefix[0]:
                for key in entry.keys[0]:
                    self._by_key.setdefault(key, []).append(entry)

    def at(self, tokens: Sequence[Token], start: int) -> list[Entry]:
        """The entries whose words are the tokens from `start` on."""
        first = tokens[start]
        single, followers = self._starting(first)
        if not followers or start + 1 >= len(tokens):
            return single
        return single + [
            entry
            for entry, fits in self._following(first, tokens[start + 1], followers)
            if fits or (entry.fits(tokens, start) and self._spelled(entry, tokens, start))
        ]

    def _following(
        self, first: Token, second: Token, followers: Followers
    ) -> Sequence[tuple[Entry, bool]]:
        """The phrases of `first`'s `followers` that `second` may continue: a two-word one
        only when the pair is it (True), a longer one to be checked against the words after
        (False). Remembered per pair of words: a pair met before costs one look-up (a pair
        that continues none, as the empty tuple: no list of its own)."""
        pair = (_word(first), _word(second))
        found = self._by_pair.get(pair)
        if found is None:
            longer: dict[int, Entry] = {}
            for key in second.analysis.view(ANY):
                for entry in followers.get(key, ()):
                    longer[id(entry)] = entry
                for entry in followers.get(key[:STEM_KEY], ()):
                    longer[id(entry)] = entry
            both = (first, second)
            found = [
                (entry, len(entry.words) == 2)
                for entry in longer.values()
                if len(entry.words) > 2 or (entry.fits(both, 0) and self._spelled(entry, both, 0))
            ]
            if len(self._by_pair) >= WORD_CACHE:
                self._by_pair.clear()
            self._by_pair[pair] = found = found or ()
        return found

    def _starting(self, token: Token) -> tuple[list[Entry], Followers]:
        """The one-word entries that are `token`, and the longer ones that may start with it by
        the keys of their second word: remembered per word, so a word met before costs one
        look-up, and a phrase is checked only when the next word may be its second."""
        word = _word(token)
        found = self._by_word.get(word)
        if found is None:
            candidates: dict[int, Entry] = {}
            for key in token.analysis.view(ANY):
                for entry in self._by_key.get(key, ()):
                    candidates[id(entry)] = entry
                for entry in self._by_start.get(key[:STEM_KEY], ()):
                    candidates[id(entry)] = entry
            one = (token,)
            followers: Followers = {}
            for e in candidates.values():
                if len(e.words) > 1 and e.fits(one, 0, first=True):
                    keys = [e.words[1][:STEM_KEY]] if e.prefix[1] or e.name else []
                    for key in (*keys, *(() if e.prefix[1] else e.keys[1])):
                        followers.setdefault(key, []).append(e)
            single = [
                e
                for e in candidates.values()
                if len(e.words) == 1 and e.fits(one, 0) and self._spelled(e, one, 0)
            ]
            found = (single, followers) if single or followers else _NOTHING
            if len(self._by_word) >= WORD_CACHE:
                self._by_word.clear()
            self._by_word[word] = found
        return found

    def _spelled(self, entry: Entry, tokens: Sequence[Token], start: int) -> bool:
        return not entry.raw or entry.spelled(tokens, start, self.kazakh_letters)

    def forget(self) -> None:
        self._by_word.clear()
        self._by_pair.clear()


def _word(token: Token) -> Word:
    """What the entries at a token depend on: the word, and whether it is a Latin word read
    with its Cyrillic readings (its analysis follows from the two)."""
    return token.text, bool(token.analysis.ru)


Person = tuple[str, str | None, int | None]
"""What a named person is asked about: the role (an intent), their party, the one year they
hold it in the fact base (None when several)."""


class NameSource(Protocol):
    """What the lexicon needs from the fact base (`sailau.factbase.FactBase` has it)."""

    @property
    def parties(self) -> Mapping[str, Party]: ...
    @property
    def elections(self) -> Mapping[str, Election]: ...
    def all_region_aliases(self) -> dict[str, str]: ...
    def all_people(self) -> dict[str, Person]: ...


@dataclass(frozen=True)
class Names:
    """The fact base's names: party alias -> (id, elections it ran under that name), region
    alias -> id, person's name -> what they are asked about."""

    parties: Mapping[str, tuple[str, tuple[int, ...]]]
    regions: Mapping[str, str]
    people: Mapping[str, Person] = field(default_factory=dict)

    @classmethod
    def from_factbase(cls, fb: NameSource, text: TextTables) -> Names:
        parties: dict[str, tuple[str, tuple[int, ...]]] = {}
        every = {e.year for e in fb.elections.values()}
        for party_id, party in fb.parties.items():
            by_name = _years_by_name(party_id, party, fb.elections.values(), text)
            # a party never renamed: any alias ("республика") is its one name
            only = next(iter(by_name.values()), ()) if len(party.names) == 1 else ()
            for alias in party.alias_forms():
                years = by_name.get(_same(alias, text), only)
                # a name under which it ran every time says no election ("ауыл")
                parties.setdefault(alias, (party_id, () if set(years) >= every else years))
        return cls(parties, fb.all_region_aliases(), fb.all_people())

    def person(self, name: str) -> Person | None:
        return self.people.get(name)


def _same(form: str, text: TextTables) -> str:
    """A name in one comparable form: folded Cyrillic ("Amanat" and "аманат" alike)."""
    return fold(to_cyrillic(normalize_alias(form), text), text)


def _years_by_name(
    party_id: str, party: Party, elections: Iterable[Election], text: TextTables
) -> dict[str, tuple[int, ...]]:
    """Each of the party's names (in comparable form) -> the elections it ran under that name."""
    out: dict[str, tuple[int, ...]] = {}
    ran = [e for e in sorted(elections, key=lambda e: e.year) if e.has_party(party_id)]
    for name in party.names:
        years = tuple(e.year for e in ran if party.name_on(e.date) is name)
        for form in normalized([name.name, name.full, name.abbr], ()):
            out.setdefault(_same(form, text), years)
    return out


@dataclass(frozen=True)
class Vocabulary:
    """`facts/understanding/vocabulary.yaml` as entries (not yet keyed: see `Lexicon`)."""

    raw: tuple[tuple[str, str, str, str, int], ...]
    """(label, value, language, phrase, priority) for every word and phrase of the table."""
    qualifiers: frozenset[str] = frozenset()
    """Measures whose word, said right before another measure's of the same priority, qualifies
    it ("registered candidates": candidates): the measures marked `qualifies: true`."""

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        data: dict[str, Any] = load_file(path)
        raw: list[tuple[str, str, str, str, int]] = []
        qualifiers: set[str] = set()
        for label, values in data.items():
            if not isinstance(values, dict):
                raise VocabularyError(f"{path.name}: {label}: expected a mapping of values")
            for value, spec in values.items():
                if not isinstance(spec, dict):
                    raise VocabularyError(f"{path.name}: {label}.{value}: expected languages")
                priority = int(spec.get("priority", 0))
                if spec.get("qualifies"):
                    qualifiers.add(str(value))
                for lang, words in spec.items():
                    if lang in ("priority", "qualifies"):
                        continue
                    if lang not in (*LANGS, ANY) or not isinstance(words, list):
                        where = f"{path.name}: {label}.{value}.{lang}"
                        raise VocabularyError(f"{where}: expected a list under kk/ru/en/any")
                    raw += [(label, str(value), lang, str(w), priority) for w in words if str(w)]
        return cls(tuple(raw), frozenset(qualifiers))


class Lexicon:
    """The vocabulary and the fact base's names, keyed by morphology and indexed."""

    def __init__(self, vocabulary: Vocabulary, names: Names, text: TextTables) -> None:
        self.text = text
        self.names = names
        self.priority: dict[str, int] = {}
        self.qualifiers = vocabulary.qualifiers
        self.labels: dict[tuple[str, str], None] = {}
        self.phrases: list[tuple[str, str, str, str]] = []
        for label, value, lang, phrase, priority in vocabulary.raw:
            if label == "measure":
                self.priority[value] = priority
            self.labels[(label, value)] = None
            self.phrases.append((label, value, lang, phrase))
        self._party_years: dict[str, tuple[int, ...]] = {}
        for alias, (_, years) in names.parties.items():
            # "нур-отан" folds as "нур отан" does: a spelling the name's own list misses
            # leaves the years the name's spelling gave ("Nur Otan" - 2016, 2021)
            key = text.folded(alias)
            self._party_years[key] = self._party_years.get(key) or years
        for alias, (party_id, _) in names.parties.items():
            self.phrases.append(("party", party_id, ANY, alias))
        for alias, region_id in names.regions.items():
            self.phrases.append(("region", region_id, ANY, alias))
        for name in names.people:
            for surname in _surnames(name):
                self.phrases.append(("person", name, ANY, surname))
        self.index = PhraseIndex((), text.kazakh_letters)
        self._by_value: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._synonyms: dict[tuple[str, str, str], tuple[str, ...]] = {}
        for label, value, lang, phrase in self.phrases:
            self._by_value.setdefault((label, value), []).append((lang, phrase))

    def values(self, label: str) -> frozenset[str]:
        """Every value the vocabulary has under `label` (a slot's vocabulary: `method`, ...)."""
        return frozenset(v for lab, v in self.labels if lab == label)

    def implied_years(self, alias: str) -> tuple[int, ...]:
        """The elections a party ran under the name `alias` (folded), if the alias is a name."""
        return self._party_years.get(alias, ())

    def synonyms(self, label: str, value: str, lang: str) -> tuple[str, ...]:
        """Every phrase of the vocabulary for `label: value` in `lang` (and in any language),
        remembered (the filler words are asked of every comparison with a year)."""
        key = (label, value, lang)
        found = self._synonyms.get(key)
        if found is None:
            found = self._synonyms[key] = tuple(
                phrase.removeprefix(EXACT).rstrip("*")
                for lng, phrase in self._by_value.get((label, value), ())
                if lng in (lang, ANY)
            )
        return found

    def known_stems(self) -> frozenset[str]:
        """Every folded word of the Kazakh entries and of the names: the stems Kazakh suffix
        stripping may stop at."""
        return frozenset(
            w
            for _, _, lang, phrase in self.phrases
            if lang in ("kk", ANY)
            for w in self.text.folded(phrase.rstrip("*")).split()
        )

    def spelled_words(self) -> list[tuple[str, str, bool]]:
        """Every word of the entries, its language, and whether it takes any ending (a name,
        or a word written as a stem): what a typing slip is corrected to (`spelling.Speller`)."""
        return [
            (word, entry.lang, entry.name or entry.prefix[j])
            for entry in self.index.entries
            for j, word in enumerate(entry.words)
        ]

    def clippable_words(self) -> list[str]:
        """The Russian words that are an entry alone, not a name nor written as a stem: what a
        word cut short in a chat may be ("скольк": "сколько")."""
        return [
            entry.words[0]
            for entry in self.index.entries
            if entry.lang == "ru" and len(entry.words) == 1 and not entry.prefix[0]
        ]

    def build(self, morphology: Morphology) -> None:
        """Key every entry by its words' morphology and index them."""
        entries = [
            self._entry(label, value, lang, phrase, morphology)
            for label, value, lang, phrase in self.phrases
        ]
        self.index = PhraseIndex((e for e in entries if e is not None), self.text.kazakh_letters)

    def _entry(
        self, label: str, value: str, lang: str, phrase: str, morphology: Morphology
    ) -> Entry | None:
        exact = phrase.startswith(EXACT)
        words = phrase.removeprefix(EXACT).split()
        folded: list[str] = []
        raw: list[str] = []
        keys: list[frozenset[str]] = []
        prefix: list[bool] = []
        closed = exact or label in CLOSED_LABELS or (label, value) in CLOSED_VALUES
        for word in words:
            stem = word.endswith("*")
            basic = self.text.folded(word.rstrip("*"))
            if not basic:
                continue
            raw += basic_text(word.rstrip("*")).split()
            for part in basic.split():
                analysis = morphology.analyse(part.replace("ё", "е"), latin_readings=False)
                inflected = lang == "en" and _inflected(part, morphology)
                if label in NAME_LABELS or lang == "kk" or inflected or closed:
                    found: tuple[str, ...] = (analysis.surface,)
                else:
                    found = analysis.forms(None if lang == ANY else lang)
                folded.append(part)
                keys.append(frozenset(found))
                prefix.append(stem)
        if not folded:
            return None
        priority = self.priority.get(value, 0) if label == "measure" else 0
        role = " ".join(folded) if label == "party" else None
        names = tuple(raw) if label in NAME_LABELS and len(raw) == len(folded) else ()
        view = "name" if label in NAME_LABELS else f"closed-{lang}" if closed else lang
        return Entry(
            label,
            value,
            tuple(folded),
            tuple(keys),
            tuple(prefix),
            lang,
            closed,
            priority,
            role,
            names,
            view,
        )


def _inflected(word: str, morphology: Morphology) -> bool:
    """An English word written in an inflected form ("voted", "parties"): an entry that chose
    that form matches it only ("how many voted" is not "how many votes")."""
    if word in morphology.tables.english_irregular:
        return True
    return (
        word.endswith(("s", "ed", "ing"))
        and not word.endswith("ss")
        and word not in ENGLISH_BASES
        and len(word) > 3
    )


def _surnames(name: str) -> list[str]:
    """A person's surname(s) as typed: the last word, and of a spelling in brackets ("Aikyn
    Konurov (Aiqyn Qongyrov)"). A short one is too like other words alone: it is the whole name
    ("Yuri Li")."""
    found = []
    for part in name.replace(")", "").split("("):
        words = part.split()
        if words and len(words[-1]) > NAME_MIN:
            found.append(normalize_alias(words[-1]))
        elif len(words) > 1:
            found.append(normalize_alias(" ".join(words)))
    return found
