"""Typing slips: a word no table reads, taken as the word of the tables it is one slip away from
(two neighbouring letters swapped, one letter typed twice, one dropped), or a Russian word cut
short ("скольк", "воздерж": the table words it begins).

Whole words are not what is compared: a question's words are inflected ("выбборов",
"сайлаууда") and the tables hold dictionary forms and stems. So a word's beginning is compared
with the stems of the tables' words through a symmetric-delete index (SymSpell: every stem, and
every stem less one letter, points to the stem), and the rest of the word is kept: "выбборов" is
"выббор" + "ов", one slip from "выбор" + "ов". A slip after a stem spelled right ("выбораах") is
undone in the rest. A candidate must be a word form (`Speller.is_form`: a Russian dictionary word,
a stem with Kazakh suffixes or an English ending, a name with an ending) before the reader looks
it up; which candidates stand is decided by what they read as (`Corrections`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SpellingTables:
    """`spelling` of `facts/understanding/morphology.yaml`."""

    endings: tuple[str, ...]
    """Cut off a table word (longest first) before its final vowels to get its stem."""
    vowels: str
    min_stem: int
    """A stem shorter than this is never compared (too many words are one slip from it)."""
    min_word: int
    """A word shorter than this is never corrected."""
    min_latin_word: int
    """The same for a Latin word (short English words are too often one slip from another,
    and no dictionary tells them apart)."""
    free_ending: int
    """Letters a name or a word written as a stem ("избират*") may take after it."""
    min_clipped: int = 0
    """A Russian word cut short in a chat ("скольк", "воздерж") is read as the table words it
    begins when it has at least this many letters (0: never)."""
    clipped_off: int = 2
    """Letters at least that must be cut off a table word for a word to be read as clipped."""

    @classmethod
    def load(cls, data: Mapping[str, Any], folded: Callable[[str], str]) -> SpellingTables:
        return cls(
            endings=tuple(sorted((folded(e) for e in data["endings"]), key=len, reverse=True)),
            vowels=folded(str(data["vowels"])),
            min_stem=int(data["min_stem"]),
            min_word=int(data["min_word"]),
            min_latin_word=int(data["min_latin_word"]),
            free_ending=int(data["free_ending"]),
            min_clipped=int(data.get("min_clipped", 0)),
            clipped_off=int(data.get("clipped_off", 2)),
        )


def one_slip(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one slip: two neighbouring letters swapped, one letter
    typed twice or one dropped. (A letter replaced or added is not one: too many real words
    are one letter from another.)"""
    if len(typed) == len(meant):
        diff = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == meant[diff[1]]
            and typed[diff[1]] == meant[diff[0]]
        )
    longer, shorter = (typed, meant) if len(typed) > len(meant) else (meant, typed)
    if len(longer) != len(shorter) + 1:
        return False
    i = next((k for k, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b), None)
    if i is None:
        i = len(shorter)
    if longer[i + 1 :] != shorter[i:]:
        return False
    return longer is meant or longer[i] == longer[i - 1]


def _deletes(word: str) -> Iterator[str]:
    """`word` less each one of its letters."""
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def _slips(word: str, alphabet: str) -> Iterator[str]:
    """Every string `word` may be one slip of (for a word's ending: a few letters)."""
    yield from (word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1])
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(len(word) + 1):
        for letter in alphabet:
            yield word[:i] + letter + word[i:]


class Speller:
    """The corrections of a word: stems of the tables one slip from its beginning, with its
    rest; or a stem spelled right with a rest one slip from a word form."""

    def __init__(
        self,
        words: Iterable[tuple[str, str, bool]],
        tables: SpellingTables,
        is_form: Callable[[str, str, str], bool],
        folded: Callable[[str], str] = str,
        clippable: Iterable[str] = (),
    ) -> None:
        """`words`: each table word (folded), its language (`any` for names) and whether it
        may take any ending (a name or a word written as a stem); `is_form(word, ending,
        lang)`: whether `word` is a word form of `lang` ending in `ending` after a stem;
        `folded`: a typed word as the table words are folded (a word cut short is looked up so);
        `clippable`: the Russian words that are a table entry alone (what a word cut short may
        be: "сколько", not the "скольки" of "до скольки")."""
        self.tables = tables
        self.folded = folded
        self.is_form = is_form
        words = list(words)
        self.words = frozenset(word for word, _, _ in words)
        """Every table word (a phrase's words too)."""
        self.stems: dict[str, tuple[frozenset[str], bool]] = {}
        """Stem -> its languages, and whether it takes any ending (up to `free_ending`)."""
        for word, lang, free in words:
            for stem in {word, self._stem(word)}:
                if len(stem) >= tables.min_stem:
                    langs, was_free = self.stems.get(stem, (frozenset(), False))
                    self.stems[stem] = (langs | {lang}, was_free or free)
        self._index: dict[str, list[str]] = {}
        for stem in self.stems:
            for key in {stem, *_deletes(stem)}:
                self._index.setdefault(key, []).append(stem)
        self._clipped: dict[str, set[str]] = {}
        """The beginning of a Russian one-word entry -> the words it begins ("воздерж" ->
        "воздержаться"): a word cut short ("скольк за скольк воздерж")."""
        for word in clippable if tables.min_clipped else ():
            for end in range(tables.min_clipped, len(word) - tables.clipped_off + 1):
                self._clipped.setdefault(word[:end], set()).add(word)
        letters = sorted({c for stem in self.stems for c in stem})
        self._alphabets = {
            latin: "".join(c for c in letters if (c < "\u0400") == latin) for latin in (True, False)
        }

    def _stem(self, word: str) -> str:
        """A table word less its ending and final vowels ("место" -> "мест", "получить" ->
        "получ"): what its inflected forms begin with."""
        for ending in self.tables.endings:
            if word.endswith(ending) and len(word) > len(ending):
                word = word[: -len(ending)]
                break
        return word.rstrip(self.tables.vowels) or word

    def near(self, typed: str) -> list[str]:
        """The stems one slip from `typed`, beginning with its letter (the first letter of a
        word is rarely the slip, and too many short words are a letter from another)."""
        found: dict[str, None] = {}
        for key in (typed, *_deletes(typed)):
            for stem in self._index.get(key, ()):
                found[stem] = None
        return [s for s in found if s[0] == typed[0] and one_slip(typed, s)]

    def corrections(self, word: str) -> tuple[str, ...]:
        """The word forms `word` may be a slip of: those that explain most of it by a stem
        (the shortest rest); a slip after a stem spelled right only when none does."""
        latin = word[:1] < "\u0400"
        if len(word) < (self.tables.min_latin_word if latin else self.tables.min_word):
            return ()
        for m in range(len(word), self.tables.min_stem - 1, -1):
            rest = word[m:]
            found = {stem + rest: None for stem in self.near(word[:m]) if self._form(stem, rest)}
            if found:
                return tuple(found)
        clipped = self._clipped.get(self.folded(word))
        if clipped:  # "скольк", "воздерж": a word cut short, before a slip after a short stem
            return tuple(sorted(clipped))
        for m in range(len(word) - 1, self.tables.min_stem - 1, -1):
            stem = word[:m]
            if stem in self.stems:
                alphabet = self._alphabets[latin]
                found = {
                    stem + rest: None
                    for rest in _slips(word[m:], alphabet)
                    if stem + rest != word and self._form(stem, rest)
                }
                return tuple(found)
        return ()

    def _form(self, stem: str, rest: str) -> bool:
        """Whether `stem` + `rest` is a word form of one of the stem's languages."""
        langs, free = self.stems[stem]
        if not rest or (free and len(rest) <= self.tables.free_ending):
            return True
        return any(self.is_form(stem + rest, rest, lang) for lang in langs)
