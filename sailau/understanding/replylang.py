"""The language a reply is written in, decided by the question's grammar, not its names.

People in Kazakhstan mix Russian and Kazakh in one message ("в 16-м нұр отан сколько дауыс
алды"), and name organisations by their English letters in any language ("OSCE PA"). The
question is *read* in the language that explains its words best (`text.guess_lang`, `Reader`);
the reply follows the words that carry the question:

1. names carry no language: a party, region, person, organisation or institution (and the
   letters it is spelt with: "нұр отан", "OSCE PA") is left out of the evidence;
2. in Cyrillic, each other word counts for Kazakh (a Kazakh word, letter, stem or case ending:
   "дауыс", "берді", "шетелде") and/or Russian (a Russian word, function word, or finite verb:
   "в", "сколько", "прошла"); the language with more words is replied in. In a message with
   no other Kazakh word, a word of the Russian dictionary of `DICTIONARY_LETTERS` or more (no
   Kazakh letter, word or ending) is Russian, not a Kazakh stem read off it by its suffixes:
   "явка больше 21" ("бол" + "ше"), "дата", "проценты всех партий";
3. on a tie, the question word's language ("сколько" → Russian, "қанша" → Kazakh), else a
   finite Russian verb (the sentence is built on it), else the reading's language;
4. a Latin-typed question whose only Kazakh or Russian words are inside names ("OSCE PA": "pa"
   is the Kazakh particle) is English; so is one that mixes English with Latin-typed Russian or
   Kazakh when an English grammar word builds it ("skolko seats u nur otan bylo in 2016",
   "kogda byli vybory, the date"), when its English words are as many as the others ("mangystau
   turnout i sravni"; "me", the Kazakh particle, and the loans "exit poll", "vs" are no
   English), or when the conversation is in English (a Latin-typed follow-up of someone who has
   been writing English); otherwise the reading's language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from sailau.reply import Lang
from sailau.understanding.doc import Question, Token
from sailau.understanding.text import TextTables

NAMED = frozenset({"party", "region", "person", "organisation", "institution", "year"})
"""Spans that name something: read alike in every language, they say nothing of which it is."""
ASKS = "asks"
SUFFIX = "suffix"
"""A Kazakh case ending typed apart from its word ("2021 де"): Kazakh, whatever else it spells."""
DICTIONARY_LETTERS = 4
"""A Russian dictionary word this long or longer is Russian evidence (shorter ones, "бар",
"мен", "ал", are Kazakh words too)."""
WORD_CACHE = 16384
"""Words whose signals are remembered (a chat's vocabulary is a few thousand words)."""


class Signals(NamedTuple):
    """What one word says of the reply's language."""

    latin: bool
    kazakh: bool
    """A Kazakh word, letter, stem of the suffix table or case ending."""
    russian: bool
    """A Russian word or function word."""
    verb: bool
    """A finite Russian verb that is no Kazakh word."""
    local: bool
    """A word of the Kazakh or Russian word lists (or with a Kazakh Latin letter)."""
    asks: Lang | None
    """The word's language as a question word, if one language's lists hold it."""
    dictionary: bool = False
    """A Russian dictionary word whose only Kazakh reading is by suffixes ("больше")."""
    english: bool = False
    """An English word that is no Kazakh or Russian word nor a loan they type ("seats")."""
    grammar: bool = False
    """An English grammar word that no Latin-typed Kazakh or Russian word spells ("the")."""
    cyrillic: bool = False
    """The word has a Cyrillic letter."""


class ReplyLanguage:
    """The module's rules, with each word's signals remembered (`forget()` drops them)."""

    def __init__(self, tables: TextTables, russian_word: Callable[[str], bool]) -> None:
        self.tables = tables
        self.russian_word = russian_word
        """Whether a word is in the Russian dictionary (not guessed)."""
        self._words: dict[str, Signals] = {}

    def forget(self) -> None:
        self._words.clear()

    def __call__(self, q: Question, conversation: Lang | None = None) -> Lang:
        """The language to reply to `q` in; `conversation`: the language of the replies so far."""
        if q.lang == "en":  # read as English: no Kazakh or Russian word explained it better
            return q.lang
        signals = [self._signals(t) for t in q.tokens]
        for s in q.spans:  # "2021 де", "2023 те": a Kazakh case ending typed apart
            if s.label == SUFFIX and s.value:  # a case ("де"), not a bare vowel ("и")
                after_figure = s.start and q.tokens[s.start - 1].is_number
                if after_figure and q.tokens[s.start].norm in self.tables.figure_endings:
                    return "kk"  # a figure inflected in Kazakh: "2023 те скок партия прошли"
                signals[s.start] = signals[s.start]._replace(kazakh=True, russian=False)
        named = {i for s in q.spans if s.label in NAMED for i in range(s.start, s.end)}
        words = [
            s for i, (t, s) in enumerate(zip(q.tokens, signals, strict=True))
            if not t.is_number and i not in named
        ]  # fmt: skip
        if not words:
            return q.lang
        if not any(s.cyrillic for s in signals):  # Latin-typed ("with lowest %": no letter in "%")
            if any(s.local for s in words):
                return "en" if self._english(words, conversation) else q.lang
            in_names = any(s.local for s in signals)  # "OSCE PA": "pa" only inside a name
            return "en" if in_names else q.lang
        if all(s.dictionary for s in words if s.kazakh):  # no Kazakh word but by suffixes
            words = [s._replace(kazakh=False, russian=True) if s.dictionary else s for s in words]
        russian = sum(s.russian or (s.verb and not s.kazakh) for s in words)
        score = sum(s.kazakh for s in words) - russian
        if score:
            return "kk" if score > 0 else "ru"
        asking = {i for s in q.spans if s.label == ASKS for i in range(s.start, s.end)}
        heads = {signals[i].asks for i in asking} - {None}
        if len(heads) == 1:
            return heads.pop() or q.lang
        verb = any(s.verb and not s.kazakh and not s.russian for s in words)
        return "ru" if verb else q.lang

    @staticmethod
    def _english(words: list[Signals], conversation: Lang | None) -> bool:
        """Whether a Latin-typed question that holds Kazakh or Russian words is English (4)."""
        english = sum(s.english for s in words)
        if not english:
            return conversation == "en"
        return (
            conversation == "en"
            or any(s.grammar for s in words)
            or english >= sum(s.local for s in words)
        )

    def _signals(self, t: Token) -> Signals:
        found = self._words.get(t.text)
        if found is None:
            if len(self._words) >= WORD_CACHE:
                self._words.clear()
            found = self._words[t.text] = self._read(t)
        return found

    def _read(self, t: Token) -> Signals:
        tables = self.tables
        evidence = tables.evidence(t.norm)
        kk, ru, _ = evidence.words
        latin = evidence.latin > 0 and not evidence.cyrillic
        letters = not tables.kazakh_letters.isdisjoint(t.text)
        marked = bool(letters or kk or evidence.kazakh_ending)
        local = bool(kk or ru or not tables.kazakh_latin.isdisjoint(t.text))
        # a Latin word of no Kazakh or Russian list says nothing of either ("max", "vs"), in
        # whatever the suffix table reads it as
        kazakh = marked or (bool(t.analysis.kk) and (local or not latin))
        dictionary = kazakh and not marked and not latin and self._dictionary(t.text)
        asks: Lang | None = "kk" if kk and not ru else "ru" if ru and not kk else None
        verb = t.analysis.verb and not t.analysis.kk and not letters
        russian = bool(ru or t.analysis.function_word)
        english = latin and not (kk or ru) and t.norm not in tables.shared_latin_words
        grammar = english and t.norm in tables.english_grammar
        english = grammar or (english and bool(evidence.words[2]))
        return Signals(
            latin, kazakh, russian, verb, local, asks, dictionary, english, grammar,
            evidence.cyrillic > 0,
        )  # fmt: skip

    def _dictionary(self, word: str) -> bool:
        """A Russian dictionary word long enough to be no Kazakh word as well."""
        return len(word) >= DICTIONARY_LETTERS and self.russian_word(word)
