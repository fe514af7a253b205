"""The extractors: each reads one kind of thing off a `Question` and adds spans.

Protocol (spaCy's components, Rasa's extractors): `name`, `requires` and `assigns` (what a
component needs before it and what it adds), and `__call__(question)`. The order is one tuple,
`pipeline(...)`, checked when it is built: tokens -> morphology -> figures and years -> the
vocabulary and the fact base's names -> typing slips -> misspelt names and words -> settings
(threshold, method).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import ClassVar, Protocol

from rapidfuzz import fuzz, process

from sailau.understanding.doc import Question, Span, Token
from sailau.understanding.lexicon import ANY, NAME_LABELS, Entry, Lexicon
from sailau.understanding.morphology import Analysis, Morphology
from sailau.understanding.spelling import Speller
from sailau.understanding.text import TextTables, percent_words

MAX_THRESHOLD = 50
"""A bare number after "threshold" above this is not a threshold."""
THRESHOLD_WINDOW = 3
"""Tokens between a threshold word and its figure ("шек 5 пайыз", "5% threshold")."""
OTHER_LANGUAGE_SCORE = 0.85
"""A word read with another language's table ("явка" in a Kazakh question) counts a little less."""
FUZZY_SCORE = 0.8
"""A misspelt word (a typing slip, a fuzzy match) counts less."""
FUZZY_CUTOFF = 82.0
FUZZY_MIN_CHARS = 4
TYPO_LENGTH = 2
NAME_ENDING_CHARS = 5
"""The longest Kazakh ending a misspelt name is read with ("-дағы", "-дікі")."""
WORD_CACHE = 16384
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TIME_MINUTES = frozenset({"00", "30", "15", "45"})
HELD_NAMES = frozenset({"party", "region"})
"""Names only the elections the fact base holds have: a slip beside one is no off-topic word."""
CONTENT_LABELS = frozenset(
    {"party", "region", "person", "measure", "narrow", "institution", "method", "chart",
     "offtopic", "extreme", "op", "kind", "topic", "relative", "quantifier", "form", "setting",
     "claim"}
)  # fmt: skip
"""Labels a misspelt word may be read as (closed-class words are short: never guessed)."""


UNREAD = Analysis("")
"""A token's analysis before the morphology component has read it."""


class Extractor(Protocol):
    """One component of the reader."""

    @property
    def name(self) -> str: ...
    @property
    def requires(self) -> frozenset[str]: ...
    @property
    def assigns(self) -> frozenset[str]: ...
    def __call__(self, q: Question) -> None: ...


class PipelineError(ValueError):
    """A component needs something no earlier component assigns."""


def check(
    components: Sequence[Extractor], given: Iterable[Extractor] = ()
) -> tuple[Extractor, ...]:
    """The components in order, each one's `requires` met by the `assigns` before it (those of
    `given`, the components that run first, included)."""
    have: set[str] = {label for component in given for label in component.assigns}
    for component in components:
        missing = component.requires - have
        if missing:
            raise PipelineError(f"{component.name} needs {sorted(missing)} first")
        have |= component.assigns
    return tuple(components)


@dataclass(frozen=True)
class Tokens:
    """Normalised words (percentages written `5%`): the question's tokens."""

    text: TextTables
    name: str = "tokens"
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset({"tokens"})

    def __call__(self, q: Question) -> None:
        q.tokens = [Token(w, norm, i, UNREAD, number) for i, w, norm, number in self.words(q.text)]

    def words(self, text: str) -> list[tuple[int, str, str, bool]]:
        """Each token's position, text, fold and whether it is a figure."""
        return [
            (i, w, norm, norm.replace(".", "", 1).rstrip("%").isdigit())
            for i, (w, norm) in enumerate(percent_words(text, self.text))
        ]


@dataclass(frozen=True)
class Morphological:
    """The tokens (`Tokens`), each with its dictionary forms and stems (`Morphology`,
    remembered per word) as it is built: a token is made once. A Latin word is also read as
    transliterated Russian and Kazakh unless the question is English."""

    tokens: Tokens
    morphology: Morphology
    name: str = "morphology"
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset({"tokens", "lemma"})

    @staticmethod
    def latin_readings(lang: str) -> bool:
        """Whether Latin words are read as transliterated Russian and Kazakh too: all this
        component's result depends on of the question's language."""
        return lang != "en"

    def __call__(self, q: Question) -> None:
        latin = self.latin_readings(q.lang)
        analyse = self.morphology.analyse
        q.tokens = [
            Token(w, norm, i, analyse(w, latin_readings=latin), number)
            for i, w, norm, number in self.tokens.words(q.text)
        ]


LOCATIVE = "locative"
"""The Kazakh case of a time ("2021-де", "23 те"): a two-digit figure in it is a year."""
_NAME_ENDINGS = frozenset({"ablative", "genitive"})
"""Case endings typed apart from a name (an abbreviation's "ҚХП-дан", "ппк дан"): no word of
their own, the name's case."""


@dataclass(frozen=True)
class Figures:
    """Years (2021; "21-м году", "2016 жылғы"), percentages, times of day ("14:00", "2 pm") and
    other numbers; a Kazakh case ending written apart from a figure ("2016 дан") joins it."""

    morphology: Morphology
    text: TextTables
    years: frozenset[int]
    name: str = "figures"
    requires: frozenset[str] = frozenset({"lemma"})
    assigns: frozenset[str] = frozenset({"year", "number", "time", "suffix"})

    def _year_word_cases(self, word: str) -> frozenset[str] | None:
        """The case ending of the Kazakh year word after a figure ("жылғыдан": ablative)."""
        stem = next((s for s in self.text.year_stems if word.startswith(s)), None)
        if stem is None or len(word) == len(stem):
            return None
        return self.morphology.suffix_cases(word[len(stem) :])

    def _cases(self, token: Token) -> frozenset[str] | None:
        """The cases of a token made of Kazakh suffixes only, typed in Kazakh letters or in
        Latin ones ("2016 ga": its Kazakh reading)."""
        cases = self.morphology.suffix_cases(token.norm)
        if cases is None and token.analysis.latin and token.analysis.kk:
            return self.morphology.suffix_cases(token.analysis.kk[0])
        return cases

    def __call__(self, q: Question) -> None:
        tokens = q.tokens
        skip: set[int] = set()
        hour_words = self.text.hour_words
        for i, token in enumerate(tokens):
            if i in skip or not token.is_number:
                continue
            nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            end = i + 1
            cases = self._cases(tokens[i + 1]) if nxt and not nxt[0].isdigit() else None
            # a case ending typed apart ("2016 да"), not a question particle ("98 ме"): a
            # chain with no case in it asks, it does not inflect the figure
            if cases and nxt not in self.text.year_words:
                end = i + 2
                q.add(Span("suffix", i + 1, i + 2, ",".join(sorted(cases)), self.name))
                skip.add(i + 1)
            elif cases := self._year_word_cases(nxt):  # "2021 жылғыдан": the year's own case
                q.add(Span("suffix", i + 1, i + 2, ",".join(sorted(cases)), self.name))
            value = token.norm
            scaled = self._scaled(value, nxt)
            if scaled is not None:  # "20 тысяч", "1.5 million", "20 мыңнан" (and its case)
                value, ending = scaled
                end = i + 2
                skip.add(i + 1)
                if ending and (kk := self.morphology.suffix_cases(ending)) is not None:
                    q.add(Span("suffix", i + 1, i + 2, ",".join(sorted(kk)), self.name))
                q.add(Span("number", i, end, value, self.name))
            elif _YEAR.match(value):
                q.add(Span("year", i, i + 1, value, self.name))
            elif self._short_year(tokens, i) or (
                cases and LOCATIVE in cases and self._election(token)
            ):  # "21м году", "в 21 чем в 16"; "23 те" (in '23)
                q.add(Span("year", i, i + 1, f"20{value}", self.name))
            elif nxt in _TIME_MINUTES and value.isdigit() and int(value) <= 24:
                q.add(Span("time", i, i + 2, f"{int(value):02d}:{nxt}", self.name))
                skip.add(i + 1)
            elif value.isdigit() and int(value) <= 24 and i and tokens[i - 1].norm in hour_words:
                q.add(Span("time", i - 1, end, f"{int(value):02d}:00", self.name))
            elif value.isdigit() and nxt in self.text.time_words and int(value) <= 24:
                hour = int(value) + (
                    12 if nxt in self.text.afternoon_words and int(value) < 12 else 0
                )
                q.add(Span("time", i, i + 2, f"{hour:02d}:00", self.name))
                skip.add(i + 1)
            else:
                q.add(Span("number", i, end, value, self.name))
        for i in range(1, len(tokens)):  # "ҚХП-дан", "ппк дан", "ДИАҚБ-ның": a name's ending
            if tokens[i - 1].is_number or i in skip:
                continue
            cases = self.morphology.suffix_cases(tokens[i].norm)
            if cases and cases <= _NAME_ENDINGS:
                q.add(Span("suffix", i, i + 1, ",".join(sorted(cases)), self.name))
        if "time" not in {s.label for s in q.spans}:  # "at noon", unless an hour is said
            for i, token in enumerate(tokens):
                if token.norm in self.text.named_times:
                    q.add(Span("time", i, i + 1, self.text.named_times[token.norm], self.name))

    def _magnitude(self, word: str) -> tuple[int, str] | None:
        """The factor a word after a figure multiplies it by, and the ending after the word
        ("мыңнан": 1,000 and "нан"); None for any other word."""
        factor = self.text.magnitudes.get(word)
        if factor is not None:
            return factor, ""
        for stem, factor in self.text.magnitudes.items():
            if word.startswith(stem) and self.morphology.suffix_cases(word[len(stem) :]):
                return factor, word[len(stem) :]
        return None

    def _scaled(self, value: str, nxt: str) -> tuple[str, str] | None:
        """The figure times the magnitude word after it ("1.5" "млн": "1500000"), with the
        ending after that word ("мыңнан": "нан"); None when `nxt` is no magnitude word."""
        found = None if not nxt or _YEAR.match(value) else self._magnitude(nxt)
        if found is None:
            return None
        factor, ending = found
        try:
            product = Decimal(value.replace(",", ".")) * factor
        except InvalidOperation:
            return None
        whole = product == product.to_integral_value()
        return str(product.to_integral_value() if whole else product.normalize()), ending

    def _short_year(self, tokens: Sequence[Token], i: int) -> bool:
        """`16`, `21`, `23` standing for an election year: "в 21м году", "16-шы жылы", between
        small words as a year is ("в 21 чем в 16", "in 16 or 21"), or paired with another by a
        small word ("turnout 21 vs 23", "16 и 21": each is a year to the other)."""
        if not self._election(tokens[i]):
            return False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.norm in self.text.year_words:
            return True
        if i > 0 and self._small(tokens[i - 1]) and (nxt is None or self._small(nxt)):
            return True
        paired = (i + 2 < len(tokens), i + 1, i + 2), (i >= 2, i - 1, i - 2)
        return any(
            inside and self._small(tokens[joint]) and self._election(tokens[other])
            for inside, joint, other in paired
        )

    def _election(self, token: Token) -> bool:
        """Two digits that are an election year's last two ("21")."""
        value = token.norm
        return value.isdigit() and len(value) == 2 and 2000 + int(value) in self.years

    def _small(self, token: Token) -> bool:
        """A word a year stands beside: a Russian preposition or conjunction, or a Latin one."""
        return token.analysis.function_word or token.norm in self.text.year_small_words


@dataclass(frozen=True)
class Entries:
    """The vocabulary's words and the fact base's names at each token, in every language
    (`Question.entries`; `Vocabulary` chooses among them)."""

    lexicon: Lexicon
    name: str = "entries"
    requires: frozenset[str] = frozenset({"lemma"})
    assigns: frozenset[str] = frozenset({"entries"})

    def __call__(self, q: Question) -> None:
        tokens = q.tokens
        at = self.lexicon.index.at
        for i, token in enumerate(tokens):
            here = () if token.is_number else at(tokens, i)
            if here:  # a third of the words are in no entry
                q.entries.append((i, tuple(here)))


Corrected = tuple[Token, tuple["Entry", ...], tuple[tuple[int, "Entry"], ...]]
"""A word corrected, the entries at it, and the phrases before it that it completes (where
each starts)."""


@dataclass
class Corrections:
    """Typing slips: a word no entry covers, read as the word of the tables one slip away
    (`spelling.Speller`) when every correction that reads as an entry means the same thing.
    The token then holds the word meant (`Token.slip`: what it reads as counts less)."""

    speller: Speller
    morphology: Morphology
    lexicon: Lexicon
    name: str = "corrections"
    requires: frozenset[str] = frozenset({"entries"})
    assigns: frozenset[str] = frozenset({"slip"})

    def __post_init__(self) -> None:
        self.corrections = functools.lru_cache(maxsize=WORD_CACHE)(self.speller.corrections)

    def forget(self) -> None:
        self.corrections.cache_clear()

    def words(self, token: Token, latin: bool) -> list[str]:
        """The spellings of `token` to correct: as typed, and a Latin word's transliterations
        (unless the question is English)."""
        a = token.analysis
        found = [token.norm, *(a.ru[:1] + a.kk[:1] if a.latin and latin else ())]
        return list(dict.fromkeys(found))

    def correctable(self, token: Token, latin: bool) -> bool:
        """Whether some correction of `token` may read (a cheap test: none is looked up)."""
        return any(self.corrections(w) for w in self.words(token, latin))

    def __call__(self, q: Question) -> None:
        tokens = q.tokens
        entries = dict(q.entries)
        covered: set[int] = set()  # (plain loops: this runs for every question)
        for i, here in entries.items():
            longest = 0
            for e in here:
                longest = max(longest, len(e.words))
            covered.update(range(i, i + longest))
        latin = Morphological.latin_readings(q.lang)
        for i, token in enumerate(tokens):
            if i in covered or token.is_number or self._word(token):
                continue
            found = self._read(tokens, i, latin)
            if found is None:
                continue
            tokens[i], here, before = found
            if here:
                entries[i] = here
            for start, entry in before:
                if entry not in entries.get(start, ()):
                    entries[start] = (*entries.get(start, ()), entry)
        q.entries = sorted(entries.items())

    def _word(self, token: Token) -> bool:
        """A word as typed that is a word of its own (a Russian dictionary word, a function
        word): it is not taken for a slip of another."""
        a = token.analysis
        return a.function_word or (not a.latin and self.morphology.is_word(token.text))

    def _read(self, tokens: list[Token], i: int, latin: bool) -> Corrected | None:
        """Token `i` corrected, the entries at it and the phrases it ends, when every
        correction means the same thing (a word form that reads as nothing is another
        meaning: the slip may be of a word the tables do not know; a word of a table phrase
        whose phrase is not said is no meaning here). The first correction that
        reads as nothing or as another thing settles it: a slip after a stem spelled right
        has a hundred corrections, most of them no word, and each is looked up."""
        first: Corrected | None = None
        meant: frozenset[tuple[str, str]] = frozenset()
        for word in self.words(tokens[i], latin):
            for fixed in self.corrections(word):
                corrected = self._corrected(tokens, i, fixed)
                meaning = _meaning(corrected)
                if not meaning and fixed in self.speller.words:
                    continue  # "сколки" of "до скольки": a phrase's word, its phrase not said
                if not meaning or (first is not None and meaning != meant):
                    return None
                if first is None:
                    first, meant = corrected, meaning
        return first

    def _corrected(self, tokens: list[Token], i: int, fixed: str) -> Corrected:
        """Token `i` read as `fixed`, the entries at it and the phrases it ends."""
        index = self.lexicon.index
        analysis = self.morphology.analyse(fixed, latin_readings=False)
        token = Token(fixed, fixed, i, analysis, slip=True)
        trial = [*tokens[:i], token, *tokens[i + 1 :]]
        here = tuple(index.at(trial, i))
        before = tuple(  # the phrases the word ends or is inside of
            (j, e)
            for j in range(max(0, i - index.longest + 1), i)
            if not tokens[j].is_number
            for e in index.at(trial, j)
            if j + len(e.words) > i
        )
        return token, here, before


def _meaning(corrected: Corrected) -> frozenset[tuple[str, str]]:
    """What a corrected word reads as: the entries at it and the phrases it ends."""
    _, here, before = corrected
    return frozenset((e.label, e.value) for e in (*here, *(e for _, e in before)))


@dataclass(frozen=True)
class Vocabulary:
    """The vocabulary's words and the fact base's names, in the question's language first; a
    word none of them knows is read with the other languages' tables (a lower score)."""

    name: str = "vocabulary"
    requires: frozenset[str] = frozenset({"entries", "year", "number"})
    assigns: frozenset[str] = frozenset(
        {"party", "region", "person", "measure", "form", "asks", "extreme", "op", "narrow",
         "marker", "kind", "quantifier", "institution", "method", "setting", "chart", "chart_kind",
         "relative", "topic", "offtopic", "filler", "claim"}
    )  # fmt: skip

    def __call__(self, q: Question) -> None:
        own = (q.lang, ANY)
        slips = [t.position for t in q.tokens if t.slip]  # (most questions: none)
        found: list[Span] = []
        for start, here in q.entries:
            mine = [e for e in here if e.lang in own]
            read = 1.0 if mine else OTHER_LANGUAGE_SCORE
            for entry in mine or here:
                end = start + len(entry.words)
                score = read
                if slips and any(start <= i < end for i in slips):
                    score *= FUZZY_SCORE
                found.append(
                    Span(entry.label, start, end, entry.value, self.name, score, entry.role)
                )
        q.extend(found)


@dataclass
class Misspelt:
    """Misspelt names and content words ("нур отаан", "turnuot"): a token no span covers, close
    to a name or word of the same first letter. A separate, lower-scored gazetteer."""

    lexicon: Lexicon
    is_word: Callable[[str], bool] = lambda _: False
    """Whether a word is a (Russian) dictionary word: one is no slip of an off-topic word
    ("думаю" is not "дума")."""
    endings: Callable[[str], frozenset[str] | None] = lambda _: None
    """The cases of a run of Kazakh suffixes, None when it is none (`Morphology.suffix_cases`):
    a misspelt name keeps its ending ("каракандыда": Қарағанды + да)."""
    name: str = "misspelt"
    requires: frozenset[str] = frozenset({"party", "measure", "filler"})
    assigns: frozenset[str] = frozenset({"party", "region", "person", "measure", "filler"})
    by_initial: dict[str, list[str]] = field(default_factory=dict)
    by_length: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    """(initial, length of a gram) -> the words of `by_initial` whose length lets them reach
    `FUZZY_CUTOFF` against a gram that long, in their order (`_candidates`)."""
    meaning: dict[str, tuple[str, str]] = field(default_factory=dict)
    words: frozenset[str] = frozenset()
    """The words only the vocabulary's phrases have, in every language ("самый" of "самый
    высокий"): a question of them alone is unfinished, not misspelt."""

    def __post_init__(self) -> None:
        self.closest = functools.lru_cache(maxsize=WORD_CACHE)(self._closest)  # type: ignore[method-assign]
        single = {p for _, _, _, p in self.lexicon.phrases if " " not in p}
        self.words = frozenset(
            word
            for label, _, _, phrase in self.lexicon.phrases
            if label not in NAME_LABELS and " " in phrase
            for word in phrase.lstrip("=").rstrip("*").split()
            if word not in single
        )
        for entry in self.lexicon.index.entries:
            if entry.label not in CONTENT_LABELS or any(entry.prefix):
                continue
            word = " ".join(entry.words)
            if len(word.replace(" ", "")) >= FUZZY_MIN_CHARS and len(entry.words) <= 2:
                self.meaning.setdefault(word, (entry.label, entry.value))
        for word in self.meaning:
            self.by_initial.setdefault(word[0], []).append(word)

    def __call__(self, q: Question) -> None:
        tokens = q.tokens
        covered = q.covered_positions()
        free = [i not in covered and not t.is_number for i, t in enumerate(tokens)]
        if not covered and all(map(self._known, tokens)):
            # only words of the vocabulary's phrases, said outside them ("самое"): an
            # unfinished question, not misspellings of other words (nor off-topic)
            for i in range(len(tokens)):
                q.add(Span("filler", i, i + 1, "words", self.name, FUZZY_SCORE))
            return
        if not any(free):  # (a question read through) nothing to guess
            return
        named = any(s.label in HELD_NAMES for s in q.spans)
        starts = [i for i, f in enumerate(free) if f]  # (a word once read stays read)
        for n in (2, 1):
            for i in starts:
                if i + n > len(tokens) or not all(free[i : i + n]):
                    continue
                gram = " ".join(t.norm for t in tokens[i : i + n])
                hit = self.closest(gram) or (self._name_less_ending(tokens[i]) if n == 1 else None)
                if hit is not None and not self._own_word(tokens[i : i + n], hit):
                    label, value = self.meaning[hit]
                    if label == "offtopic" and named:
                        continue  # a slip guessed off-topic beside a name the facts hold
                    q.add(Span(label, i, i + n, value, self.name, FUZZY_SCORE))
                    free[i : i + n] = [False] * n

    def _name_less_ending(self, token: Token) -> str | None:
        """The name a word is a misspelling of once a Kazakh ending is taken off it (the
        longest ending first); a Latin word in its Kazakh reading ("karakandyda")."""
        a = token.analysis
        word = a.kk[0] if a.latin and a.kk else token.norm
        for cut in range(min(NAME_ENDING_CHARS, len(word) - FUZZY_MIN_CHARS), 0, -1):
            if self.endings(word[-cut:]) is None:
                continue
            hit = self.closest(word[:-cut])
            if hit is not None and self.meaning[hit][0] in NAME_LABELS:
                return hit
        return None

    def _own_word(self, tokens: Sequence[Token], hit: str) -> bool:
        """Whether a single dictionary word would be read as a slip of an off-topic word or of
        a narrowing word ("я пенсионерка" tells who asks: no slip of "пенсионеров")."""
        guarded = self.meaning[hit][0] in ("offtopic", "narrow")
        return guarded and len(tokens) == 1 and self.is_word(tokens[0].text)

    def _known(self, token: Token) -> bool:
        """A word of a phrase of the vocabulary, as typed or as a Russian or English lemma."""
        a = token.analysis
        return not self.words.isdisjoint((a.surface, *a.ru, *a.en))

    def closest(self, gram: str) -> str | None:
        """The known word or name `gram` is a misspelling of, if any (remembered per gram)."""
        return self._closest(gram)

    def forget(self) -> None:
        self.closest.cache_clear()  # type: ignore[attr-defined]

    def _closest(self, gram: str) -> str | None:
        """The known word or name `gram` is a misspelling of, if any."""
        if len(gram.replace(" ", "")) < FUZZY_MIN_CHARS:
            return None
        keys = self._candidates(gram[:1], len(gram))
        if not keys:
            return None
        hit = process.extractOne(
            gram, keys, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_CUTOFF
        )
        if hit is None or abs(len(hit[0]) - len(gram)) > TYPO_LENGTH:
            return None
        return str(hit[0])

    def _candidates(self, initial: str, n: int) -> list[str]:
        """The words of `initial` a gram of `n` characters may be a misspelling of: the
        ratio of two strings is at most 2 * min(lengths) / (sum of lengths), so a word whose
        length keeps that under `FUZZY_CUTOFF` never scores it (the bound is loosened by a
        point: a word kept for nothing costs one comparison). The best of these is the best of
        all (same order, same ties); half the comparisons of a word are saved."""
        found = self.by_length.get((initial, n))
        if found is None:
            floor = FUZZY_CUTOFF - 1
            found = [
                word
                for word in self.by_initial.get(initial, ())
                if 200 * min(n, len(word)) >= floor * (n + len(word))
            ]
            self.by_length[initial, n] = found
        return found


@dataclass(frozen=True)
class Settings:
    """What-if settings: a threshold (a figure beside a threshold word, or a percentage in a
    question that supposes: "if the barrier were 5 %", "at 3 %", "5 % dhondt", or asks seats:
    "how many seats did Ak Zhol get at 5 %"), or none ("без барьера"). A percentage asked with
    seats that is a party's own share ("Ak Zhol got 10.95 % and how many seats") is no
    threshold: `shares` holds each party's shares in the fact base."""

    shares: Mapping[str, frozenset[Decimal]] = field(default_factory=dict)
    name: str = "settings"
    requires: frozenset[str] = frozenset(
        {"number", "setting", "marker", "op", "measure", "method", "party", "kind"}
    )
    assigns: frozenset[str] = frozenset({"threshold"})
    SUPPOSING: ClassVar[frozenset[str]] = frozenset({"conditional"})
    SEATS: ClassVar[frozenset[str]] = frozenset({"seats"})
    """Measures a percentage said with is the threshold they are allocated under."""

    def __call__(self, q: Question) -> None:
        for span in q.spans:
            if span.label == "setting" and span.value == "no_threshold":
                q.add(Span("threshold", span.start, span.end, "0", self.name))
        if "number" not in {s.label for s in q.spans}:  # (most questions) nothing to set
            return
        self._percentages(q)
        words = [  # "барьер 5 %", "5 % threshold"; "кто прошёл 7 процентов"
            s
            for s in q.spans
            if (s.label, s.value) in (("setting", "threshold_word"), ("measure", "passed"))
        ]
        supposing = any(  # "если бы", "what if", or a seat method: "5 % dhondt"
            (s.label == "marker" and s.value in self.SUPPOSING)
            or (s.label == "measure" and s.value == "whatif")
            or s.label == "method"
            for s in q.spans
        )
        ops = [s for s in q.spans if s.label == "op"]
        asked = {s.value for s in q.spans if s.label == "measure"}
        counted = {  # "12 орын", "12 seats", "6 партий": a figure before what it counts
            s.start
            for s in q.spans
            if (s.label == "measure" and s.value not in ("threshold", "passed"))
            or s.label == "kind"
        }
        for span in list(q.spans):
            if span.label != "number":
                continue
            value = span.value
            percent = value.endswith("%")
            if not percent and span.end in counted:
                continue
            figure = value.rstrip("%")
            near_word = any(
                abs(w.start - span.start) <= THRESHOLD_WINDOW
                or abs(span.end - w.end) <= THRESHOLD_WINDOW
                for w in words
            )
            small = float(figure) <= MAX_THRESHOLD
            # "how many seats did Ak Zhol get at 5 %": the seats under that threshold
            seats = percent and bool(self.SEATS & asked) and not self._share(q, figure)
            # "under a 5 % threshold", supposed or with the seats asked: the threshold they
            # are allocated under, not a share below it
            compared = any(
                abs(o.end - span.start) <= 1 or abs(span.end - o.start) <= 1 for o in ops
            ) and not ((supposing or seats) and self._names_threshold(span, words))
            if small and not compared and (near_word or (percent and supposing) or seats):
                q.add(Span("threshold", span.start, span.end, _plain(figure), self.name))

    @staticmethod
    def _names_threshold(span: Span, words: Sequence[Span]) -> bool:
        """A threshold word right after the figure ("under a 5 % threshold", "под 5 %
        барьером"): in a supposition the operator says under which threshold, not a share
        below it."""
        return any(w.label == "setting" and 0 <= w.start - span.end <= 1 for w in words)

    def _share(self, q: Question, figure: str) -> bool:
        """`figure` is the share of a party the question names (of any party when it names
        none), to the decimals written ("11.0" and "10.9" are 10.95 %); a whole figure only
        exactly ("at 5 %" is a threshold for Auyl's 5.29 %)."""
        named = {s.value for s in q.spans if s.label == "party"} or set(self.shares)
        stated = Decimal(figure)
        exponent = stated.as_tuple().exponent
        step = Decimal(1).scaleb(exponent if isinstance(exponent, int) and exponent < 0 else -2)
        return any(
            share.quantize(step, rounding=rounding) == stated
            for party in named
            for share in self.shares.get(party, ())
            for rounding in (ROUND_HALF_UP, ROUND_DOWN)  # rounded, or cut short
        )

    def _percentages(self, q: Question) -> None:
        """A figure followed by a percent word in any form ("5 процентах", "30 пайыздан") is a
        percentage: one span over both, so the percent word is not read as "share"."""
        shares = {s.start: s for s in q.spans if s.label == "measure" and s.value == "share"}
        for span in list(q.spans):
            if span.label == "number" and not span.value.endswith("%") and span.end in shares:
                share = shares[span.end]
                q.add(Span("number", span.start, share.end, f"{span.value}%", self.name))


def _plain(value: str) -> str:
    """`5.0` -> `5`, `3.50` -> `3.5`: the slot form of a number."""
    return value.rstrip("0").rstrip(".") if "." in value else value
