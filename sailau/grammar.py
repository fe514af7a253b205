"""Endings and cases that templates ask for: `{percent:poss+acc}` in Kazakh, `{region:loc}` in
Russian, and a small count in words in English prose (`{gap:words}`: "eight fewer").

The rules are data (`facts/locales/grammar/kk.yaml`, `ru.yaml`, `en.yaml`); this module reads
them and applies them to text that is already formatted — a figure (`7 539 280`, `71,09 %`,
`22:00`), a name (`Ақмола облысы`, `партия «Ауыл»`) or a date (`2021 жылғы 10 қаңтар`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sailau.yamlio import YamlError, load_file


class GrammarError(ValueError):
    """A grammar file is broken, or text cannot take the ending or case asked for."""


class Inflector(Protocol):
    """One language's endings: `inflect("71,09 %", ("poss", "acc"))` -> `71,09 %-ын`."""

    def knows(self, spec: Sequence[str]) -> bool:
        """Whether a template may ask for this sequence of endings."""
        ...

    def inflect(self, text: str, spec: Sequence[str]) -> str: ...

    @property
    def again(self) -> Mapping[str, str]:
        """How a reply says again what an earlier line said (`sailau.compose.mentions`):
        `year`, the frame a line drops when the line before set that year; `party_from` and
        `party_to`, a party named again without its «party» word. Empty: said as written."""
        ...

    def __hash__(self) -> int:
        """By identity: what an inflector writes is remembered per inflector."""
        ...


def _mapping(data: object, where: str) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise GrammarError(f"{where}: expected a mapping")
    return data


def _strings(data: object, where: str) -> tuple[str, ...]:
    if not isinstance(data, list) or not all(isinstance(s, str) and s for s in data):
        raise GrammarError(f"{where}: expected a list of words")
    return tuple(data)


AGAIN_KEYS = frozenset({"year", "party_from", "party_to"})


def _again(data: object, where: str) -> Mapping[str, str]:
    """A grammar file's optional `again` table (see `Inflector.again`)."""
    if data is None:
        return {}
    table = {str(k): str(v) for k, v in _mapping(data, f"{where}: again").items()}
    if set(table) != AGAIN_KEYS:
        raise GrammarError(f"{where}: again: needs {', '.join(sorted(AGAIN_KEYS))}")
    return table


def _pair(data: object, where: str) -> tuple[str, str]:
    pair = _strings(data, where)
    if len(pair) != 2:  # back and front
        raise GrammarError(f"{where}: expected [back, front]")
    return pair[0], pair[1]


# --- Kazakh ---------------------------------------------------------------------------------------

_TIME = re.compile(r"(\d{1,2}):(\d{2})$")
_NUMBER = re.compile(r"(\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*$")
_LATIN = {"a": "а", "e": "е", "i": "і", "o": "о", "u": "ұ", "y": "ы", "r": "р", "l": "л"}
_LATIN |= {"m": "м", "n": "н", "z": "з", "j": "ж", "w": "у"}
KK_CASES = ("gen", "acc", "dat", "loc", "locadj", "abl")
KK_DERIVED = ("adj",)
"""Endings that make a new word and take no possessive before them: `7 %-дық өту шегі`."""


@dataclass(frozen=True, eq=False)  # hashed by identity: endings are remembered per inflector
class Kazakh:
    """Kazakh endings after words and figures, chosen by vowel harmony and the last sound."""

    back: str
    front: str
    sound_of: Mapping[str, str]
    """Letter -> sound class (vowel, sonorant, lateral, nasal, voiced, voiceless)."""
    signs: str
    """Letters with no sound of their own (ь, ъ): the letter before them is the last sound."""
    endings: Mapping[str, Mapping[str, tuple[str, str]]]
    after_possessive: Mapping[str, tuple[str, str]]
    possessive_words: frozenset[str]
    possessive_stems: Mapping[str, str]
    voicing: Mapping[str, str]
    units: tuple[str, ...]
    tens: tuple[str, ...]
    powers: tuple[tuple[int, str], ...]
    """(power of ten, its word), smallest first: (2, жүз), (3, мың), (6, миллион), ..."""
    percent: str
    letter_names: Mapping[str, str]
    """How a letter of an abbreviation is read (к -> ка): ОСК ends in ка, so ОСК-ның."""
    again: Mapping[str, str]

    @classmethod
    def from_data(cls, data: object, where: str = "kk.yaml") -> Kazakh:
        top = _mapping(data, where)
        sounds = _mapping(top.get("sounds"), f"{where}: sounds")
        sound_of = {letter: name for name, letters in sounds.items() for letter in str(letters)}
        endings = {
            case: {
                sound: _pair(pair, f"{where}: endings: {case}: {sound}")
                for sound, pair in _mapping(table, f"{where}: endings: {case}").items()
            }
            for case, table in _mapping(top.get("endings"), f"{where}: endings").items()
        }
        for case in (*KK_CASES, *KK_DERIVED, "poss"):
            if set(endings.get(case, {})) != set(sounds):
                raise GrammarError(f"{where}: endings: {case}: needs one pair per sound class")
        after = {
            case: _pair(pair, f"{where}: after_possessive: {case}")
            for case, pair in _mapping(top.get("after_possessive"), where).items()
        }
        if set(after) != set(KK_CASES):
            raise GrammarError(f"{where}: after_possessive: needs {', '.join(KK_CASES)}")
        numerals = _mapping(top.get("numerals"), f"{where}: numerals")
        powers = _mapping(numerals.get("powers"), f"{where}: numerals: powers")
        return cls(
            back=str(top.get("back_vowels", "")),
            front=str(top.get("front_vowels", "")),
            sound_of=sound_of,
            signs=str(top.get("signs", "")),
            endings=endings,
            after_possessive=after,
            possessive_words=frozenset(
                w.casefold() for w in _strings(top.get("possessive_words"), where)
            ),
            possessive_stems={
                str(k): str(v) for k, v in _mapping(top.get("possessive_stems"), where).items()
            },
            voicing={str(k): str(v) for k, v in _mapping(top.get("voicing"), where).items()},
            units=_strings(numerals.get("units"), f"{where}: numerals: units"),
            tens=_strings(numerals.get("tens"), f"{where}: numerals: tens"),
            powers=tuple(sorted((int(p), str(w)) for p, w in powers.items())),
            percent=str(numerals.get("percent", "")),
            letter_names={
                str(k): str(v) for k, v in _mapping(top.get("letter_names"), where).items()
            },
            again=_again(top.get("again"), where),
        )

    # -- reading ---------------------------------------------------------------------------------

    def number_word(self, n: int) -> str:
        """The last word of `n` read aloud: 280 -> сексен, 2021 -> бір, 2000 -> мың."""
        if n % 10:
            return self.units[n % 10]
        if n % 100:
            return self.tens[n % 100 // 10]
        if n == 0:
            return self.units[0]
        # the largest round unit that still leaves a remainder below the next one
        uppers = [power for power, _ in self.powers[1:]]
        for (_, word), upper in zip(self.powers, [*uppers, None], strict=True):
            if upper is None or n % 10**upper:
                return word
        raise AssertionError("unreachable: the last power always answers")

    def spoken(self, text: str) -> tuple[str, bool]:
        """The word that decides the ending, and whether it stands for the text's last word
        (`False`: a figure or a Latin name, which take the ending after a hyphen)."""
        tail = text.rstrip("»\")' ")
        if tail.endswith("%"):
            return self.percent, False
        if time := _TIME.search(tail):
            hours, minutes = int(time.group(1)), int(time.group(2))
            return self.number_word(minutes or hours), False
        if number := _NUMBER.search(tail):
            whole, fraction = number.groups()
            if fraction and int(fraction):
                return self.number_word(int(fraction)), False
            return self.number_word(int(re.sub(r"\D", "", whole))), False
        word = _WORD.search(tail)
        if word is None:
            raise GrammarError(f"no word or figure to put an ending on in {text!r}")
        found = word.group(0)
        if found.isascii():
            return "".join(_LATIN.get(ch, "т") for ch in found.casefold()), False
        if len(found) > 1 and found.isupper():  # an abbreviation, read letter by letter
            last = found[-1].casefold()
            return self.letter_names.get(last, last), False
        return found, tail == text

    def _harmony(self, word: str) -> int:
        """0 for back, 1 for front: the last vowel decides (у, in neither list, follows
        the vowel before it; a word whose only vowel is у is back)."""
        for ch in reversed(word.casefold()):
            if ch in self.back:
                return 0
            if ch in self.front:
                return 1
        return 0 if "у" in word.casefold() else 1

    def _sound(self, word: str) -> str:
        """The class of the word's last sound (бюллетень ends in н: бюллетеньге)."""
        last = word.casefold().rstrip(self.signs) or word.casefold()
        return self.sound_of.get(last[-1], "voiceless")

    # -- writing ---------------------------------------------------------------------------------

    def knows(self, spec: Sequence[str]) -> bool:
        """`poss`, one case, `poss` then one case, or a derived word's ending (`adj`) alone."""
        *head, last = spec
        if last in KK_DERIVED:
            return not head
        return head in ([], ["poss"]) and (last in KK_CASES or (last == "poss" and not head))

    def inflect(self, text: str, spec: Sequence[str]) -> str:
        if not self.knows(spec):
            raise GrammarError(f"unknown Kazakh ending {'+'.join(spec)!r}")
        word, is_word = self.spoken(text)
        front = self._harmony(word)
        possessive = is_word and word.casefold() in self.possessive_words
        stem, suffix = word, ""
        for case in spec:
            if case == "poss":
                if possessive:
                    raise GrammarError(f"{text!r} already ends in the possessive")
                ending = self.endings["poss"][self._sound(word)][front]
                if is_word and self.sound_of.get(ending[0]) == "vowel":
                    stem = self._possessive_stem(word)
                suffix, possessive = ending, True
            elif possessive and case in KK_DERIVED:
                raise GrammarError(f"{text!r} ends in the possessive: no {case!r} ending")
            elif possessive:
                suffix += self.after_possessive[case][front]
            else:
                suffix += self.endings[case][self._sound(word)][front]
        if is_word:
            return text[: len(text) - len(word)] + stem + suffix
        return f"{text}-{suffix}"

    def _possessive_stem(self, word: str) -> str:
        """орын -> орн, тармақ -> тармағ, бюллетень -> бюллетен: the stem before a
        vowel-initial possessive."""
        changed = self.possessive_stems.get(word.casefold())
        if changed is not None:
            return changed.capitalize() if word[:1].isupper() else changed
        stem = word.rstrip(self.signs) or word  # бюллетень -> бюллетені
        return stem[:-1] + self.voicing.get(stem[-1], stem[-1])


# --- Russian --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # hashed by identity: forms are remembered per inflector
class Russian:
    """Case forms of names: adjectives in -ая and a head noun decline, the rest stays."""

    cases: tuple[str, ...]
    heads: Mapping[str, Mapping[str, str]]
    adjectives: Mapping[str, Mapping[str, str]]
    names: Mapping[str, Mapping[str, str]]
    again: Mapping[str, str]

    @classmethod
    def from_data(cls, data: object, where: str = "ru.yaml") -> Russian:
        top = _mapping(data, where)
        cases = _strings(top.get("cases"), f"{where}: cases")

        def forms(table: object, what: str) -> dict[str, Mapping[str, str]]:
            out: dict[str, Mapping[str, str]] = {}
            for key, row in _mapping(table, f"{where}: {what}").items():
                row = _mapping(row, f"{where}: {what}: {key}")
                if set(row) != set(cases):
                    raise GrammarError(f"{where}: {what}: {key}: needs {', '.join(cases)}")
                out[str(key)] = {str(k): str(v) for k, v in row.items()}
            return out

        return cls(
            cases=cases,
            heads=forms(top.get("heads"), "heads"),
            adjectives=forms(top.get("adjective_endings"), "adjective_endings"),
            names=forms(top.get("names"), "names"),
            again=_again(top.get("again"), where),
        )

    def knows(self, spec: Sequence[str]) -> bool:
        return len(spec) == 1 and spec[0] in self.cases

    def inflect(self, text: str, spec: Sequence[str]) -> str:
        if not self.knows(spec):
            raise GrammarError(f"unknown Russian case {'+'.join(spec)!r}")
        case = spec[0]
        if text in self.names:
            return self.names[text][case]
        if text.startswith("«") or text.isascii() or (len(text) > 1 and text.isupper()):
            return text  # a quoted or Latin name, or an abbreviation (ЦИК), does not decline
        words = text.split(" ")
        for i, word in enumerate(words):
            head = self.heads.get(word.casefold())
            if head is not None:
                words[i] = _same_case(word, head[case])
                return " ".join(words)
            ending = next((e for e in self.adjectives if word.endswith(e)), None)
            if ending is None:
                break
            words[i] = word[: -len(ending)] + self.adjectives[ending][case]
        raise GrammarError(f"no Russian {case} form for {text!r}: add it to grammar/ru.yaml")


def _same_case(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


# --- English --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # hashed by identity, as the other inflectors
class English:
    """English has no endings to add; prose spells small counts out (`words`: 8 -> eight), as
    the house style in docs/language.md asks. A count the table does not hold stays in figures."""

    words: Mapping[str, str]
    again: Mapping[str, str]

    @classmethod
    def from_data(cls, data: object, where: str = "en.yaml") -> English:
        top = _mapping(data, where)
        table = _mapping(top.get("words"), f"{where}: words")
        return cls({str(k): str(v) for k, v in table.items()}, _again(top.get("again"), where))

    def knows(self, spec: Sequence[str]) -> bool:
        return tuple(spec) == ("words",)

    def inflect(self, text: str, spec: Sequence[str]) -> str:
        if not self.knows(spec):
            raise GrammarError(f"unknown English form {'+'.join(spec)!r}")
        return self.words.get(text, text)


# --- loading --------------------------------------------------------------------------------------

GRAMMAR_DIR = "grammar"
_READERS: dict[str, Callable[[object, str], Inflector]] = {
    "kk": Kazakh.from_data,
    "ru": Russian.from_data,
    "en": English.from_data,
}


def load_grammar(locales_dir: Path) -> dict[str, Inflector]:
    """The inflectors of `locales_dir/grammar/` by language."""
    out: dict[str, Inflector] = {}
    for lang, read in _READERS.items():
        path = locales_dir / GRAMMAR_DIR / f"{lang}.yaml"
        where = f"{GRAMMAR_DIR}/{path.name}"
        try:
            out[lang] = read(load_file(path, where), where)
        except (OSError, YamlError) as exc:
            raise GrammarError(f"{where}: {exc}") from exc
    return out
