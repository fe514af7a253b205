"""Text normalisation for reading questions: case, Kazakh letters, transliteration, layouts,
language.

The tables live in `facts/understanding/text.yaml`; this module only applies them. Every function
takes optional `TextTables` and uses the default ones (from `SAILAU_FACTS_DIR` or the
repository's `facts/`) when none are given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import chain, pairwise, repeat
from pathlib import Path
from typing import Any, NamedTuple

from sailau import paths
from sailau.reply import LANGS, Lang
from sailau.yamlio import load_file

UNDERSTANDING_DIR = "understanding"
TEXT_FILE = "text.yaml"

_VOWELS = frozenset("aeioäöеыаоэяиюё")  # "y" after these is й; after u it is ы (auyl)
_I_PREFIXES = frozenset({"ne", "pere", "pre", "re", "nie"})
"""Russian prefixes before a stem in и, typed in Latin: their "ei" is "еи" ("pereizbran")."""
_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`´")
_SHORT_YEAR = re.compile(r"(?<!\w)['’ʼ‘`´](\d{2})(?![\d.,]?\d)")
"""A year written with an apostrophe for its century ("in '21", "'99")."""
CENTURY_PIVOT = 69
"""Two-digit years from this one on are of the 1900s, earlier ones of the 2000s (POSIX %y)."""
_NUMBER_SEP = re.compile(r"(?<=\d)[.,](?=\d)")
# two years joined by a comma with no space ("в 2016,2021 и 2023"): a list, not a decimal
_YEAR_LIST = re.compile(r"(?<=\b(?:19|20)\d\d),(?=(?:19|20)\d\d\b)")
_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}"
    r"(?:(?P<sep>[,.])\d{3}(?:(?P=sep)\d{3})+|(?:[ \u00a0\u202f]\d{3})+)"
    r"(?![\d.,]\d)"
)
"""A number grouped in thousands: "11,915,903", "3.431.510" (two groups or more, so that
"3,5" and "60,8" stay decimals), "133 809" (spaces)."""
_ONE_GROUP = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d%]|[.,]\d)")
"""A figure with one comma before three figures, in a message with no Cyrillic letter: English
writes thousands so ("10,060"); Russian and Kazakh decimals ("3,141") keep their comma."""
_GROUPED = re.compile(r"\d[,. \u00a0\u202f]\d{3}")
"""What any `_THOUSANDS` match has: a figure, a separator, three figures (a cheap search)."""
_NOT_WORD = re.compile(r"[^\w%.]+|_")
_STRAY_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
"""Any decimal digit: every step of `_basic` but the punctuation's is about figures."""
_ANY_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of any script but ASCII
_PERCENT = re.compile(r"(?<=\d) %")
_NUMBER_SIGN = re.compile(r"#(?=\s*\d)")
_DIGIT_GLUE = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_LATIN_LETTER = re.compile("[a-zA-Z\u00c0-\u024f]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_ASCII_LETTER = re.compile("[a-z]")
_LETTERS = re.compile(r"[^\W\d_]+")


class Phrases:
    """A set of words and multi-word phrases, looked up in normalised, folded text. An entry
    ending in `*` is a word stem: it matches any word that starts with it ("ресей*")."""

    __slots__ = ("_padded", "multi", "single", "stems")

    def __init__(self, items: Iterable[str]) -> None:
        words = [w for w in items if w]
        self.stems = tuple(w.rstrip("*") for w in words if w.endswith("*"))
        self.single = frozenset(w for w in words if " " not in w and not w.endswith("*"))
        self.multi = tuple(sorted({w for w in words if " " in w}, key=len, reverse=True))
        self._padded = tuple((m, f" {m} ") for m in self.multi)

    def found_in(self, tokens: list[str], text: str) -> list[str]:
        """The entries present in `text` (whose tokens are `tokens`), multi-word ones first."""
        hits: list[str] = []
        if self._padded:
            padded = f" {text} "
            hits = [m for m, spaced in self._padded if spaced in padded]
        single, stems = self.single, self.stems
        if stems:
            hits.extend(t for t in tokens if t in single or t.startswith(stems))
        else:
            hits.extend(filter(single.__contains__, tokens))
        return hits

    def multi_count(self, padded: str) -> int:
        """How many multi-word entries a text (padded with a space each side) holds."""
        return sum(spaced in padded for _, spaced in self._padded) if self._padded else 0

    def __contains__(self, word: object) -> bool:
        return word in self.single


EVIDENCE_CACHE = 16384
"""Words whose language evidence is remembered."""


class Evidence(NamedTuple):
    """One word's evidence for the language: a kk/ru/en word (0 or 1 each), its Latin and
    Cyrillic letters, and whether it ends like a Kazakh word (1, or 2 for an ending no Russian
    word has: half a Kazakh word each)."""

    words: tuple[int, ...]
    latin: int
    cyrillic: int
    kazakh_ending: int


@dataclass(frozen=True)
class TextTables:
    """The tables of `facts/understanding/text.yaml`, folded and ready to use."""

    kazakh_letters: frozenset[str]
    kazakh_latin: frozenset[str]
    """Letters only the Kazakh Latin alphabets use (ı ş ñ ğ ū ...): a Latin text with one is
    Kazakh."""
    fold_table: Mapping[int, str]
    latin_map: Mapping[str, str]
    latin_pattern: re.Pattern[str]
    layout_table: Mapping[int, str]
    lang_words: Mapping[Lang, Phrases]
    kazakh_endings: tuple[str, ...]
    kazakh_word_endings: tuple[str, ...]
    figure_endings: frozenset[str]
    """Kazakh case endings typed apart after a figure ("2023 те", "21 ден"), folded: no Russian
    or English writer types one, so they mean Kazakh as its letters do."""
    number_words: Mapping[str, str]
    tens_words: Mapping[str, int]
    """Tens words ("восемьдесят", "seventy"), folded: with a number word after, one figure."""
    hundreds_words: Mapping[str, int]
    """Hundreds words ("двухсот"), folded: a spelled figure's first word."""
    hundred_words: frozenset[str]
    """Words that make the unit word before them hundreds ("two hundred", "үш жүз")."""
    teen_words: Mapping[str, int]
    """Cardinals from 10 to 19 ("шестнадцать", "sixteen"), folded."""
    ordinals: Mapping[str, int]
    """Ordinal word forms ("двадцатом", "первого", "sixteenth"), folded, with their number."""
    last_place: int
    """The highest place a question asks by its ordinal ("who came 8th"); a higher ordinal
    is a day or a year ("on the 21st", "the 10th")."""
    ordinal_year_mark: Mapping[str, str]
    """The year word written after an ordinal's figure, per script ("в 21 м": a year)."""
    month_stems: tuple[str, ...]
    """Months: an ordinal before one is a day ("десятого января"), given no year word."""
    percent_words: Phrases
    magnitudes: Mapping[str, int]
    """Words after a figure that multiply it ("20 тысяч": 20,000), folded."""
    lone_magnitudes: frozenset[str]
    """Magnitude words that are one of it with no figure before them ("a million")."""
    counted_stems: tuple[str, ...]
    """Words a number word counts, written then as its figure ("трёх партий" → "3 партий")."""
    rank_stems: tuple[str, ...]
    """Words of size or order a number word may stand before, the counted word after them
    ("two smallest parties" → "2 smallest parties")."""
    percent_compounds: tuple[tuple[str, str], ...]
    year_words: frozenset[str]
    """Words after a two-digit figure that make it a year ("в 21м году")."""
    year_small_words: frozenset[str]
    """Latin-script and Kazakh small words a two-digit year stands between ("in 21", "16 vs 21",
    "21 мен 23")."""
    year_stems: tuple[str, ...]
    """The Kazakh year word, whose case ending counts as the figure's ("2021 жылғыдан")."""
    time_words: frozenset[str]
    """Words after a figure that make it a time of day ("2 pm", "14 часов")."""
    afternoon_words: frozenset[str]
    hour_words: frozenset[str]
    """Words before a figure that make it a time of day (Kazakh "сағат 14-те")."""
    named_times: dict[str, str]
    """Words that name a clock time ("noon", "полдень": 12:00)."""
    related_years: frozenset[int]
    """Years that belong to the story without an election (the 2022 renamings)."""
    arithmetic: re.Pattern[str]
    """An arithmetic sign between two figures ("7*8"): a sum asked."""
    arithmetic_word: str
    arithmetic_sign: re.Pattern[str]
    """Any arithmetic sign: a text without one has no sum to read (`arithmetic`'s scan costs)."""
    arithmetic_between: re.Pattern[str]
    """Two bare figures joined by an arithmetic word ("17 на 23"), with the word before them."""
    arithmetic_joint: re.Pattern[str]
    """A figure, an arithmetic word, a figure: what any `arithmetic_between` match has (a
    cheap search: that pattern's optional word before tries a match at every word)."""
    arithmetic_from: frozenset[str]
    """Words before the first figure that make the pair a change ("с 7 на 5"), not a sum."""
    percent_of: re.Pattern[str]
    """A percent of a bare figure given ("15% от 240000", "240000 нан 15 пайыз"): a sum asked."""
    lookalikes: Mapping[int, str]
    """Latin letters read as their Cyrillic twins inside a Cyrillic word ("кунi")."""
    capitals: Mapping[str, str]
    """Abbreviations typed in capitals ("NO") -> the one-word alias they are read as."""
    capitals_pattern: re.Pattern[str]
    """Any of `capitals` as typed, as a word, not before a comma, full stop or "!"."""
    shorthands: dict[str, str] = field(default_factory=dict)
    """Words typed short in chat -> the word they stand for ("ppl": "people")."""
    english_grammar: frozenset[str] = frozenset()
    """English grammar words no Latin-typed Russian or Kazakh word spells ("the", "in"): a
    Latin-typed message with one is English (`replylang`)."""
    shared_latin_words: frozenset[str] = frozenset()
    """English words Latin-typed Kazakh or Russian spells too ("me") or types among its own
    ("exit poll", "vs"): no sign of English."""
    _evidence: dict[str, Evidence] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def kazakh_letter(self) -> re.Pattern[str]:
        """Any letter of `kazakh_letters` or `kazakh_latin`: one scan of a text, with no
        string made per character (as `isdisjoint` makes)."""
        letters = sorted(c for c in self.kazakh_letters | self.kazakh_latin if len(c) == 1)
        return re.compile(f"[{re.escape(''.join(letters))}]" if letters else "(?!)")

    @cached_property
    def folds_ascii(self) -> bool:
        """Whether `fold_table` changes any ASCII character (it does not: an ASCII text, most
        English and Latin-typed words, is its own fold)."""
        return any(code < 128 for code in self.fold_table)

    @cached_property
    def spelled_starts(self) -> frozenset[str]:
        """The words a spelled figure of more than one unit word may start with, and the
        hundred words: a text with none has no figure for `_cardinals` to read."""
        ordinals = (w for w, n in self.ordinals.items() if n >= TENS)
        return (
            frozenset(chain(self.tens_words, self.hundreds_words, self.teen_words, ordinals))
            | self.hundred_words
        )

    @cached_property
    def percent_stems(self) -> tuple[str, ...]:
        """The stems of `percent_compounds`, for one `str.startswith`."""
        return tuple(stem for stem, _ in self.percent_compounds)

    @classmethod
    def load(cls, facts_dir: Path) -> TextTables:
        data: dict[str, Any] = load_file(facts_dir / TEXT_FILE)
        fold_table = str.maketrans(dict(data["fold"]))

        def f(entry: str) -> str:
            return _basic(entry).translate(fold_table)

        latin = sorted(data["latin_to_cyrillic"].items(), key=lambda kv: -len(kv[0]))
        layout = data["layout"]
        swap = dict(zip(layout["latin"], layout["cyrillic"], strict=True))
        swap |= {c: lat for lat, c in swap.items()}
        return cls(
            kazakh_letters=frozenset(data["kazakh_letters"]),
            kazakh_latin=frozenset(data["kazakh_latin_letters"]),
            fold_table=fold_table,
            latin_map=dict(latin),
            latin_pattern=re.compile("|".join(re.escape(k) for k, _ in latin)),
            layout_table=str.maketrans(swap),
            lang_words={lang: Phrases(map(f, data["lang_words"][lang])) for lang in LANGS},
            kazakh_endings=tuple(map(f, data["kazakh_endings"])),
            kazakh_word_endings=tuple(map(f, data["kazakh_word_endings"])),
            figure_endings=frozenset(map(f, data["figure_endings"])),
            number_words={f(w): n for n, words in data["number_words"].items() for w in words},
            tens_words={f(w): int(n) for n, words in data["tens_words"].items() for w in words},
            hundreds_words={
                f(w): int(n) for n, words in data["hundreds_words"].items() for w in words
            },
            hundred_words=frozenset(map(f, data["hundred_words"])),
            teen_words={f(w): int(n) for n, words in data["teen_words"].items() for w in words},
            ordinals=_ordinals(data, f),
            last_place=int(data["last_place"]),
            ordinal_year_mark=dict(data["ordinal_year_mark"]),
            month_stems=tuple(map(f, data["month_stems"])),
            percent_words=Phrases(map(f, data["percent_words"])),
            magnitudes={f(w): int(n) for n, words in data["magnitudes"].items() for w in words},
            lone_magnitudes=frozenset(map(f, data["lone_magnitudes"])),
            counted_stems=tuple(map(f, data["counted_stems"])),
            rank_stems=tuple(map(f, data["rank_stems"])),
            percent_compounds=tuple(
                (f(w), n) for n, words in data["percent_compounds"].items() for w in words
            ),
            year_words=frozenset(map(f, data["year_words"])),
            year_small_words=frozenset(map(f, data["year_small_words"])),
            year_stems=tuple(map(f, data["year_stems"])),
            time_words=frozenset(map(f, data["time_words"])),
            afternoon_words=frozenset(map(f, data["afternoon_words"])),
            hour_words=frozenset(map(f, data["hour_words"])),
            named_times={f(w): t for t, words in data["named_times"].items() for w in words},
            related_years=frozenset(int(y) for y in data["related_years"]),
            arithmetic=re.compile(
                rf"(?<=\d)\s*[{re.escape(data['arithmetic']['signs'])}]\s*(?=\d)"
            ),
            arithmetic_word=f" {data['arithmetic']['word']} ",
            arithmetic_sign=re.compile(f"[{re.escape(data['arithmetic']['signs'])}]"),
            arithmetic_between=_figures_joined(data["arithmetic"]["words"], data["percent_words"]),
            arithmetic_joint=_joint(data["arithmetic"]["words"]),
            arithmetic_from=frozenset(data["arithmetic"]["from_words"]),
            percent_of=_percent_of(data["arithmetic"], data["percent_words"]),
            lookalikes=str.maketrans(dict(data["lookalikes"])),
            capitals=dict(data["capitals"]),
            capitals_pattern=_capitals(data["capitals"]),
            shorthands={f(k): f(v) for k, v in (data.get("shorthands") or {}).items()},
            english_grammar=frozenset(map(f, data.get("english_grammar_words") or ())),
            shared_latin_words=frozenset(map(f, data.get("shared_latin_words") or ())),
        )

    def folded(self, text: str) -> str:
        """`fold(normalise(text))` with these tables (for table entries)."""
        return fold(_basic(text), self)

    def evidence(self, word: str) -> Evidence:
        """What one folded word says about the language (remembered per word)."""
        found = self._evidence.get(word)
        if found is None:
            found = Evidence(
                tuple(int(bool(self.lang_words[lang].found_in([word], word))) for lang in LANGS),
                len(_LATIN_LETTER.findall(word)),
                len(_CYRILLIC_LETTER.findall(word)),
                (len(word) > 4 and word.endswith(self.kazakh_endings))
                + (len(word) > 4 and word.endswith(self.kazakh_word_endings)),
            )
            if len(self._evidence) >= EVIDENCE_CACHE:
                self._evidence.clear()
            self._evidence[word] = found
        return found


def _ordinals(data: Mapping[str, Any], f: Callable[[str], str]) -> dict[str, int]:
    """Every ordinal form of `ordinal_stems` (each with each of `ordinal_endings`) and of
    `ordinal_words`, folded, with its number."""
    endings = [f(e) for e in data["ordinal_endings"]]
    forms = {
        f(stem) + ending: int(n)
        for n, stems in data["ordinal_stems"].items()
        for stem in stems
        for ending in endings
    }
    return forms | {f(w): int(n) for n, words in data["ordinal_words"].items() for w in words}


@cache
def load_tables(facts_dir: Path | None = None) -> TextTables:
    """The text tables of a facts directory, loaded once."""
    return TextTables.load(paths.facts_dir(facts_dir) / UNDERSTANDING_DIR)


@lru_cache(maxsize=256)
def _basic(text: str) -> str:
    """NFKC, casefold, ё→е, punctuation and emoji out, spaces collapsed; digits (as ASCII)
    and % kept. Remembered for a while: a question is read several times (words, language)."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    if "#" in text:  # "#1 on the list": a number sign, as "№1" reads after NFKC ("no1")
        text = _NUMBER_SIGN.sub(" no ", text)
    if not _DIGIT.search(text):  # no figure (most messages): only the punctuation to clear
        text = _NOT_WORD.sub(" ", text.translate(_APOSTROPHES)).replace(".", " ")
        return _spaced(text.replace("%", " % "))
    # each step runs only when the text has a character it matches (a regex's scan costs)
    if not text.isascii():  # (an ASCII text has ASCII digits only)
        text = _ANY_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)
    unquoted = text.translate(_APOSTROPHES)
    if unquoted != text:  # an apostrophe: perhaps a year written "'21"
        unquoted = _SHORT_YEAR.sub(_full_year, text).translate(_APOSTROPHES)
    text = unquoted
    if _GROUPED.search(text):
        text = _THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group()), text)
        if not _CYRILLIC_LETTER.search(text):  # English: "10,060 stations" is ten thousand
            text = _ONE_GROUP.sub(lambda m: m.group().replace(",", ""), text)
    if "." in text or "," in text:
        text = _NUMBER_SEP.sub(".", _YEAR_LIST.sub(" ", text))
    text = _NOT_WORD.sub(" ", text)
    if "." in text:
        text = _STRAY_DOT.sub(" ", text)
    words = text.split()
    if not all(w.isdecimal() or w.isalpha() for w in words):  # (most: no "21м", "5x")
        words = _DIGIT_GLUE.sub(" ", text).split()
    text = _spaced(" ".join(words).replace("%", " % "))
    return _PERCENT.sub("%", text) if " %" in text else text


def _spaced(text: str) -> str:
    """`text` with one space between words and none around (as `_SPACES` and `strip`)."""
    return " ".join(text.split())


def _full_year(m: re.Match[str]) -> str:
    """ "'21" -> "2021", "'99" -> "1999"."""
    short = m.group(1)
    return ("19" if int(short) >= CENTURY_PIVOT else "20") + short


def _figures_joined(words: list[str], percent_words: list[str]) -> re.Pattern[str]:
    """Two bare figures (1-3 digits, no percent after the second) joined by one of `words`, the
    word before them kept as group 1 (see `TextTables.arithmetic_between`)."""
    joins = "|".join(map(re.escape, words))
    percent = "|".join(map(re.escape, sorted(percent_words, key=len, reverse=True)))
    return re.compile(
        rf"(?:(\w+)\s+)?(?<![\w%.,])\d{{1,3}}\s+(?:{joins})\s+\d{{1,3}}(?![\w%.,])"
        rf"(?!\s*%)(?!\s+(?:{percent})\b)",
        re.IGNORECASE,
    )


def _percent_of(arithmetic: dict[str, Any], percent_words: list[str]) -> re.Pattern[str]:
    """`TextTables.percent_of`: a percent, an "of" word, a bare figure of 3 digits or more that
    is no year; or that figure with an "of" ending, then a percent."""
    percent = "|".join(map(re.escape, sorted(percent_words, key=len, reverse=True)))
    share = rf"(?<![\w.,])\d{{1,3}}(?:[.,]\d+)?\s*(?:%|{percent})"
    figure = r"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d{3,}(?![\w%.,])"
    of = "|".join(map(re.escape, arithmetic["of_words"]))
    endings = "|".join(map(re.escape, arithmetic["of_endings"]))
    return re.compile(
        rf"{share}\s+(?:{of})\s+{figure}|{figure}\s*-?\s*(?:{endings})\b\s+{share}",
        re.IGNORECASE,
    )


def _capitals(words: Iterable[str]) -> re.Pattern[str]:
    """`TextTables.capitals_pattern` of these abbreviations (case-sensitive)."""
    either = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w'’])(?:{either})(?![\w'’])(?!\s*[,.!;:])" if either else "(?!)")


def _joint(words: list[str]) -> re.Pattern[str]:
    """A figure and a figure joined by one of `words` (see `TextTables.arithmetic_joint`)."""
    joins = "|".join(map(re.escape, words))
    return re.compile(rf"\d\s+(?:{joins})\s+\d", re.IGNORECASE)


def _sum_said(m: re.Match[str], lex: TextTables) -> str:
    """A pair of figures joined by an arithmetic word, read as that sum's word, unless the word
    before it starts a change ("с 7 на 5")."""
    before = m.group(1)
    if before is not None and before.casefold() in lex.arithmetic_from:
        return m.group()
    return f"{before or ''}{lex.arithmetic_word}"


def basic(text: str) -> str:
    """`text` casefolded, without punctuation, Kazakh letters kept (see `_basic`); an arithmetic
    sign between figures, or an arithmetic word between bare figures, is read as a word."""
    lex = load_tables()
    if not text.islower() and lex.capitals_pattern.search(text) and not text.isupper():
        # "did NO get": Nur Otan (most messages are typed in lower case: no scan)
        text = lex.capitals_pattern.sub(lambda m: lex.capitals[m.group()], text)
    if lex.arithmetic_sign.search(text):
        text = lex.arithmetic.sub(lex.arithmetic_word, text)
    if lex.arithmetic_joint.search(text):
        text = lex.arithmetic_between.sub(lambda m: _sum_said(m, lex), text)
    text = lex.percent_of.sub(lex.arithmetic_word, text)
    words = _basic(text)
    if not lex.shorthands.keys().isdisjoint(said := words.split()):  # "ppl": "people"
        words = " ".join(lex.shorthands.get(w, w) for w in said)
    if words.isascii() or not _ASCII_LETTER.search(words):  # (most texts: one script a word)
        return words
    return _LETTERS.sub(lambda m: _cyrillic_twins(m.group(), lex), words)


def _cyrillic_twins(word: str, lex: TextTables) -> str:
    """A word with Cyrillic letters, its Latin look-alikes as their Cyrillic twins ("кунi")."""
    return (
        word
        if word.isascii() or not _CYRILLIC_LETTER.search(word)
        else word.translate(lex.lookalikes)
    )


MAX_PERCENT = 100
"""A larger figure before a percent word is no percentage ("auyl 2023 percentage")."""
TENS = 10
"""A unit word below this joins the tens word before it ("восемьдесят четыре")."""
STEM_MIN_CHARS = 4
"""Shorter words (of, и, мен, was) say nothing about which line of an answer is asked."""
STEM_CHARS = 5
_STEM_FOLD = str.maketrans("әғқңөұүһіäöüāū", "агкноуухиаоуау")
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8192)  # the lines of answers come back again and again
def stems(text: str) -> frozenset[str]:
    """The first letters of `text`'s longer words, Kazakh letters folded: a rough word identity
    shared by a question and the lines of its answer ("senators" and "Senate", "заседание" and
    "заседания", "Mäjilis" and "majilis")."""
    words = _WORDS.findall(_basic(text).translate(_STEM_FOLD))
    return frozenset(w[:STEM_CHARS] for w in words if len(w) >= STEM_MIN_CHARS)


_CLAUSE_MARK = re.compile(r"[;?]|[,:](?!\d)")
"""What ends a clause inside a message: a semicolon, a question mark, a comma or colon not
inside a number ("60,8", "7,539,280", "14:00")."""


_SENTENCE_MARK = re.compile(r"[;?!]|[,:](?!\d)|(?<!\d [гГжЖ])(?<!\d[гГжЖ])(?<!\d гг)\.(?=\s)")
"""... and the end of a sentence: a full stop or "!" before a space ("никто не пришел. скажите"),
not the one of a year's abbreviation ("в 2021 г. по методу …", "2021 ж. қанша")."""


def breaks(
    text: str,
    lex: TextTables | None = None,
    tokens: int | None = None,
    *,
    sentences: bool = False,
) -> frozenset[int]:
    """The positions of the tokens of `percentages(basic(text))` that follow a comma, semicolon
    or question mark (with `sentences`, a full stop too): where a message may start its next
    question ("кто стал спикером, а кто премьером"). Empty when the pieces do not add up to the
    whole (a sign read as a word). `tokens`: the number of those tokens, when the caller has
    them already."""
    # (a piece of blanks only, such as after a closing "?", holds no token and moves no break)
    marks = _SENTENCE_MARK if sentences else _CLAUSE_MARK
    pieces = [piece for piece in marks.split(text) if not piece.isspace() and piece]
    if len(pieces) <= 1:
        return frozenset()
    lex = lex or load_tables()
    counts = [len(percent_words(basic(piece), lex)) for piece in pieces]
    if tokens is None:
        tokens = len(percent_words(basic(text), lex))
    if sum(counts) != tokens:
        return frozenset()
    found, at = set(), 0
    for count in counts[:-1]:
        at += count
        found.add(at)
    return frozenset(found - {0, sum(counts)})


def normalise(text: str, lex: TextTables | None = None) -> str:
    """Matching form of `text`: NFKC, casefold, ё→е, no punctuation or emoji, one space between
    words, decimal commas as points, and percentages written as `5%` ("5 процентов", "бес пайыз",
    "3,5 %", "семипроцентный"); a number word before a party as its figure ("три партии")."""
    return percentages(_basic(text), lex)


def percentages(words: str, lex: TextTables | None = None) -> str:
    """`normalise` of a text already through `basic()`: percentages written as `5%`."""
    return " ".join(tok for tok, _ in percent_words(words, lex))


def percent_words(words: str, lex: TextTables | None = None) -> list[tuple[str, str]]:
    """The words of `percentages(words)`, each with its `fold`: folded once, here."""
    lex = lex or load_tables()
    tokens = words.split()
    if " ".join(tokens) == words:  # (a text through `basic()`) folded whole, cut at its spaces
        folded = fold(words, lex).split(" ") if words else []
    else:
        folded = [fold(tok, lex) for tok in tokens]
    if not lex.spelled_starts.isdisjoint(folded):  # (most questions: no spelled figure)
        tokens, folded = _cardinals(tokens, folded, lex)
    percent, counted, compounds = lex.percent_words.single, lex.counted_stems, lex.percent_stems
    if (  # (most questions) no percent, number or lone magnitude word, no percent compound:
        # each word as it is
        percent.isdisjoint(folded)
        and lex.number_words.keys().isdisjoint(folded)
        and lex.lone_magnitudes.isdisjoint(folded)
        and not any(map(str.startswith, folded, repeat(compounds)))
    ):
        return list(zip(tokens, folded, strict=True))
    out: list[tuple[str, str]] = []
    i, n = 0, len(tokens)
    while i < n:
        tok, word = tokens[i], folded[i]
        nxt = folded[i + 1] if i + 1 < n else None
        if nxt is not None and nxt in percent:
            number = tok if _is_number(tok) else lex.number_words.get(word)
            if number is not None and float(number) <= MAX_PERCENT:  # "2023 percentage": a year
                out.append(_written(f"{number}%", lex))
                i += 2
                continue
        after = folded[i + 2] if i + 2 < n else None  # "two smallest parties": a rank between
        ranked = nxt is not None and nxt.startswith(lex.rank_stems)
        counts = ranked and after is not None and after.startswith(counted)
        if nxt is not None and (nxt.startswith(counted) or nxt in lex.magnitudes or counts):
            number = lex.number_words.get(word)  # "трёх партий", "пяти миллионов"
            # "more than three parties": a figure; "one party" is "any party" ("хоть одна
            # партия", "бір партия"), not a count; "one million" is a figure
            if number is not None and (number != "1" or nxt in lex.magnitudes):
                out.append(_written(number, lex))
                i += 1
                continue
        if word in lex.lone_magnitudes and not (out and _is_number(out[-1][0])):
            out.append(_written("1", lex))  # "a million", "больше миллиона": one million
        compound = _percent_compound(word, lex) if word.startswith(compounds) else None
        out.append((tok, word) if compound is None else _written(f"{compound}%", lex))
        i += 1
    return out


def _cardinals(
    tokens: list[str], folded: list[str], lex: TextTables
) -> tuple[list[str], list[str]]:
    """`tokens` and their folds with each spelled figure of more than one unit word written as
    one figure ("восемьдесят четыре места" → "84 места", "seventy six seats" → "76 seats",
    "двухсот девяноста семи" → "297", "в двадцать первом году" → "в 21 году")."""
    out: list[str] = []
    out_folded: list[str] = []
    i = 0
    while i < len(tokens):
        value, end = _spelled(folded, i, lex)
        # right after a figure in digits, a word is its case ending typed apart ("54 ten":
        # Latin Kazakh "54-тен"), no second figure
        if end == i or (out and _is_number(out[-1])):
            out.append(tokens[i])
            out_folded.append(folded[i])
            i += 1
            continue
        out.append(str(value))
        out_folded.append(out[-1])
        if folded[end - 1] in lex.ordinals and not _named_after(folded, end, lex):
            # "в двадцать первом" → "в 21 м": an ordinal is a year where a year is meant
            out.append(lex.ordinal_year_mark[script(tokens[end - 1]) or "cyrillic"])
            out_folded.append(out[-1])
        i = end
    return out, out_folded


def _named_after(folded: list[str], at: int, lex: TextTables) -> bool:
    """Whether word `at` is a month or a year word ("десятого января", "21 году")."""
    word = folded[at] if at < len(folded) else ""
    return bool(word) and (word.startswith(lex.month_stems) or word in lex.year_words)


def _spelled(folded: list[str], i: int, lex: TextTables) -> tuple[int, int]:
    """The figure spelled from word `i` on and where it ends: hundreds, then tens, then a unit
    word or a teen; an ordinal ends it (below 10 only after hundreds or tens). `i` itself as the
    end when no such figure starts there (a unit word alone stays a word)."""
    n = len(folded)
    value, j = _hundreds(folded, i, lex)
    tens = lex.tens_words.get(folded[j]) if j < n else None
    if tens is not None:
        value, j = value + tens, j + 1
    if j < n:
        word = folded[j]
        lead = j > i
        ordinal = lex.ordinals.get(word)
        small = lex.teen_words.get(word) if tens is None else None
        if small is None and ordinal is not None and (ordinal < TENS or tens is None):
            small = ordinal if lead or ordinal >= TENS else None
        unit = lex.number_words.get(word) if small is None and lead else None
        if unit is not None and 0 < int(unit) < TENS:
            small = int(unit)
        if small is not None:
            value, j = value + small, j + 1
    return value, j


def _hundreds(folded: list[str], i: int, lex: TextTables) -> tuple[int, int]:
    """The hundreds spelled at word `i` ("двухсот", "two hundred") and the word after them;
    0 and `i` when none is."""
    hundreds = lex.hundreds_words.get(folded[i])
    if hundreds is not None:
        return hundreds, i + 1
    if i + 1 < len(folded) and folded[i + 1] in lex.hundred_words:
        unit = lex.number_words.get(folded[i])
        if unit is not None and 0 < int(unit) < TENS:
            return int(unit) * 100, i + 2
    return 0, i


def _written(word: str, lex: TextTables) -> tuple[str, str]:
    """A word written for the words typed (`5%` for "5 процентов", `3` for "три"), and its
    fold."""
    return word, fold(word, lex)


def _percent_compound(word: str, lex: TextTables) -> str | None:
    """The number of a one-word percentage ("семипроцентный" → 7), if `word` is one."""
    if not word.startswith(lex.percent_stems):
        return None
    return next(n for stem, n in lex.percent_compounds if word.startswith(stem))


def _is_number(token: str) -> bool:
    return bool(token) and token.replace(".", "", 1).isdigit()


def fold(text: str, lex: TextTables | None = None) -> str:
    """Kazakh letters onto their Russian look-alikes (ә→а, қ→к, ң→н, ү→у, і→и ...), soft and
    hard signs dropped: Kazakh typed on a Russian keyboard then matches Kazakh typed properly."""
    lex = lex or load_tables()
    if text.isascii() and not lex.folds_ascii:
        return text
    return text.translate(lex.fold_table)


def script(text: str) -> str | None:
    """`latin`, `cyrillic` or None (no letters): the script most letters of `text` are in."""
    latin = len(_LATIN_LETTER.findall(text))
    cyrillic = len(_CYRILLIC_LETTER.findall(text))
    if not latin and not cyrillic:
        return None
    return "latin" if latin > cyrillic else "cyrillic"


def to_cyrillic(text: str, lex: TextTables | None = None, *, kazakh: bool = False) -> str:
    """Latin-typed Russian or Kazakh ("skolko mest", "saylau qashan") in Cyrillic letters.

    The two languages spell a few sounds apart: after a vowel, Latin-typed Kazakh writes й as
    "i" ("sailau", "keiin"), Russian as "j" or "y" ("granicej", "novyj"); elsewhere "j" is ж in
    Kazakh ("jyly") and й in Russian. `kazakh` chooses the Kazakh reading."""
    lex = lex or load_tables()

    def letter(m: re.Match[str]) -> str:
        latin = m.group()
        i = m.start()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if latin == "y":
            if kazakh and prev in "iı":
                return "ы"  # "paiyz": the i was already й
            return "й" if prev in _VOWELS or (not prev.isalpha() and nxt in _VOWELS) else "ы"
        if latin in ("i", "ı") and kazakh:
            if prev in _VOWELS and nxt == "a":
                return ""  # "saiasi", "assambleia": the й of я
            if prev in "iı" and i > 1 and text[i - 2] in _VOWELS:
                return "и"  # "keiin", "deiin": the i before was already й
            return "й" if prev in _VOWELS else "и"
        after_consonant = prev in "iı" and i > 1 and text[i - 2] not in _VOWELS
        if latin == "a" and prev in "iı" and (kazakh or (after_consonant and not nxt.isalpha())):
            return "я"  # "partia", "partiasy", "assambleia" -> партия, партиясы, ассамблея
        if kazakh and latin == "ye" and prev in _VOWELS:
            return "й" + lex.latin_map["e"]  # "ayel": әйел
        if kazakh and latin[0] == "j" and len(latin) > 1:
            return lex.latin_map["j"] + lex.latin_map[latin[1:]]  # "jasy", "jaramsyz": ж
        if latin == "j" and not kazakh and prev in _VOWELS and nxt not in _VOWELS:
            return "й"
        if latin == "i" and not kazakh and prev in "aeo" and not nxt.isalpha():
            return "й"  # a word's end: "izbiratelei", "kakoi" -> избирателей, какой
        if latin == "i" and not kazakh and prev == "e" and nxt.isalpha() and nxt not in _VOWELS:
            # "е" before a consonant: "seichas" -> сейчас; not after a prefix ("neizvestno",
            # "pereizbran": не-, пере-)
            start = max(text.rfind(" ", 0, i), -1) + 1
            if text[start:i] not in _I_PREFIXES:
                return "й"
        return lex.latin_map[latin]

    return lex.latin_pattern.sub(letter, text)


def is_latin(word: str) -> bool:
    """Whether a word is written in Latin letters (ASCII or the Kazakh Latin alphabets')."""
    return script(word) == "latin"


def swap_layout(text: str, lex: TextTables | None = None) -> str:
    """Text typed on the other keyboard layout, mapped back key by key ("ghbdtn" → "привет")."""
    return text.casefold().translate((lex or load_tables()).layout_table)


def detect_lang(text: str, hint: Lang | None = None, lex: TextTables | None = None) -> Lang | None:
    """kk / ru / en from the text itself; `hint` (e.g. Telegram's language_code) when the text
    gives no evidence. Kazakh letters mean Kazakh; otherwise the words decide."""
    return lang_of(_basic(text), hint, lex)


SURE_MARGIN = 1.5
"""Words' worth of evidence by which a language must lead to be taken without trying others."""


@dataclass(frozen=True)
class LangGuess:
    """The language a text seems to be in, whether that is sure, and the languages worth
    reading it in when it is not (`Reader` keeps the one that explains most of the words)."""

    lang: Lang | None
    sure: bool = True
    candidates: tuple[Lang, ...] = ()
    leans: bool = False
    """Latin-typed Kazakh or Russian whose own words point at `lang` more than at the hint's
    ("2023 she", "almaty kalasy 2023te qansha" in a conversation read as Russian): the words
    are not sure, but they do not leave the language open either."""


_KK_RU: tuple[Lang, ...] = ("kk", "ru")


def lang_of(words: str, hint: Lang | None = None, lex: TextTables | None = None) -> Lang | None:
    """`detect_lang` of a text already through `basic()`."""
    return guess_lang(words, hint, lex).lang


def guess_lang(words: str, hint: Lang | None = None, lex: TextTables | None = None) -> LangGuess:
    """The language of a text already through `basic()`: Kazakh letters (Cyrillic, or the
    Latin alphabets' ı ş ñ ğ ū ...) mean Kazakh; otherwise the words decide, and when they do
    not decide clearly the text is worth reading in each language its script allows."""
    lex = lex or load_tables()
    if lex.kazakh_letter.search(words):
        return LangGuess("kk")
    folded = fold(words, lex)
    if lex.figure_endings and _ending_after_figure(folded, lex.figure_endings):
        return LangGuess("kk")
    padded = f" {folded} "
    counts = {lang: float(lex.lang_words[lang].multi_count(padded)) for lang in LANGS}
    found = [lex.evidence(word) for word in folded.split()]
    latin = cyrillic = 0
    endings = 0.0
    if found:  # each field summed over the words at once (columns of the evidence)
        per_word, latins, cyrillics, kazakh_endings = zip(*found, strict=True)
        for lang, said in zip(LANGS, map(sum, zip(*per_word, strict=True)), strict=True):
            counts[lang] += said
        latin, cyrillic, endings = sum(latins), sum(cyrillics), float(sum(kazakh_endings))
    kind = None if not (latin or cyrillic) else "latin" if latin > cyrillic else "cyrillic"
    if kind == "cyrillic":
        counts["kk"] += 0.5 * endings
        sure = abs(counts["kk"] - counts["ru"]) >= SURE_MARGIN
        kazakh = counts["kk"] >= 1 and counts["kk"] > counts["ru"]
        return LangGuess("kk" if kazakh else "ru", sure, ("kk", "ru"))
    if kind is None:
        return LangGuess(hint)
    # a tie goes to kk/ru: English terms ("exit poll") turn up in Latin-typed kk/ru, not back
    best = max(LANGS, key=lambda lang: (counts[lang], lang == hint, lang != "en"))
    second = max(counts[lang] for lang in LANGS if lang != best)
    sure = counts[best] - second >= SURE_MARGIN
    leans = hint in _KK_RU and best in _KK_RU and counts[best] > counts[hint]
    return LangGuess(best if counts[best] else hint, sure, LANGS, leans)


def _ending_after_figure(folded: str, endings: frozenset[str]) -> bool:
    """Whether a figure is followed by a Kazakh case ending typed apart ("2023 те")."""
    words = folded.split()
    return any(w.isdigit() and nxt in endings for w, nxt in pairwise(words))


def ordinal_of(words: str, lex: TextTables | None = None) -> int | None:
    """The place an ordinal names: its figure ("4 th", as "4th" is read) or its word
    ("четвертое", "fifth", Latin-typed "tortinshi"); None when the words have neither or it
    is higher than any place asked so (`last_place`: "on the 21st" is a day)."""
    lex = lex or load_tables()
    for word in words.split():
        forms = (word, to_cyrillic(word, lex), to_cyrillic(word, lex, kazakh=True))
        found = next(filter(None, (lex.ordinals.get(fold(f.lower(), lex)) for f in forms)), None)
        place = int(word) if word.isdigit() else found
        if place:
            return place if place <= lex.last_place else None
    return None
