"""The language a reply is written in, decided by the question's grammar, not its names.

People in Kazakhstan mix Russian and Kazakh in one message ("в 16-м нұр отан сколько дауыс
алды"), and name organisations by their English letters in any language ("OSCE PA"). The
question is *read* in the language that explains its words best (`text.guess_lang`, `Reader`);
the reply follows the words that carry the question:

1. names carry no language: a party, region, person, organisation or institution (and the
   letters it is spelt with: "нұр отан", "OSCE PA") is left out of the evidence;
2. in Cyrillic, each other word counts for Kazakh (a Kazakh word, letter, stem or case ending:
   "дауыс", "берді", "шетелде") and/or Russian (a Russian word, function word, or finite verb:
   "в", "сколько", "прошла"); the language with more words is replied in;
3. on a tie, the question word's language ("сколько" → Russian, "қанша" → Kazakh), else a
   finite Russian verb (the sentence is built on it), else the reading's language;
4. a Latin-typed question whose only Kazakh or Russian words are inside names ("OSCE PA": "pa"
   is the Kazakh particle) is English; otherwise the reading's language.
"""

from __future__ import annotations

from sailau.reply import LANGS, Lang
from sailau.understanding.doc import Question, Token
from sailau.understanding.text import TextTables, fold, is_latin

NAMED = ("party", "region", "person", "organisation", "institution", "year")
"""Spans that name something: read alike in every language, they say nothing of which it is."""
ASKS = "asks"


def reply_language(q: Question, tables: TextTables) -> Lang:
    """The language to reply to `q` in (the module's rules)."""
    named = [q.covered(i, NAMED) or t.is_number for i, t in enumerate(q.tokens)]
    words = [t for t, n in zip(q.tokens, named, strict=True) if not n]
    if not words:
        return q.lang
    if all(is_latin(t.text) for t in q.tokens if not t.is_number):
        return _latin(q, words, tables)
    kazakh = [_kazakh(t, tables) for t in words]
    russian = [
        (not k and t.analysis.verb) or _russian(t, tables)
        for t, k in zip(words, kazakh, strict=True)
    ]
    score = sum(kazakh) - sum(russian)
    if score:
        return "kk" if score > 0 else "ru"
    asking = {i for s in q.spans if s.label == ASKS for i in range(s.start, s.end)}
    heads = {lang for i in asking for lang in _langs(q.tokens[i].text, tables) if lang != "en"}
    if len(heads) == 1:
        return heads.pop()
    verb = any(r and not _russian(t, tables) for t, r in zip(words, russian, strict=True))
    return "ru" if verb else q.lang


def _kazakh(t: Token, tables: TextTables) -> bool:
    """A Kazakh word, letter, stem of the suffix table or case ending."""
    return (
        not tables.kazakh_letters.isdisjoint(t.text)
        or "kk" in _langs(t.text, tables)
        or bool(t.analysis.kk)
        or bool(tables.evidence(fold(t.text, tables)).kazakh_ending)
    )


def _russian(t: Token, tables: TextTables) -> bool:
    """A Russian word or function word (a finite verb is counted apart)."""
    return "ru" in _langs(t.text, tables) or t.analysis.function_word


def _latin(q: Question, words: list[Token], tables: TextTables) -> Lang:
    """A Latin-typed question: English when its only Kazakh or Russian words are names."""
    if q.lang == "en":
        return "en"
    for t in words:
        if not tables.kazakh_latin.isdisjoint(t.text) or {"kk", "ru"} & set(_langs(t.text, tables)):
            return q.lang
    names = [t for t in q.tokens if t not in words and not t.is_number]
    local = any({"kk", "ru"} & set(_langs(t.text, tables)) for t in names)
    return "en" if local else q.lang


def _langs(word: str, tables: TextTables) -> tuple[Lang, ...]:
    """The languages whose word list holds `word`."""
    found = tables.evidence(fold(word, tables)).words
    return tuple(lang for lang, n in zip(LANGS, found, strict=True) if n)
