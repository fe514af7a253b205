"""The reader, built once: tables, morphology, extractors, decide; and the caches, in one place.

`Reader.read(text, lang_hint)` -> `Reading` (the frame and the language), remembered per text;
`Reader.understand(text, lang_hint, previous)` -> `Decision`, the frame completed from the
conversation's previous one (`dialogue.follow`) and decided. `Reader.forget()` drops every cache
(words, texts, decisions).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Protocol, overload

from sailau import paths
from sailau.facts.models import Election
from sailau.records import altered
from sailau.reply import Lang
from sailau.understanding import dialogue
from sailau.understanding.decide import (
    READINGS_FILE,
    Decider,
    Decision,
    Facts,
    Readings,
    Status,
    Tuning,
)
from sailau.understanding.doc import Question, Span, Token
from sailau.understanding.extractors import (
    Corrections,
    Entries,
    Extractor,
    Figures,
    Misspelt,
    Morphological,
    Settings,
    Tokens,
    Vocabulary,
    check,
)
from sailau.understanding.frame import THRESHOLD, Frame, Narrowing, Subject, unique
from sailau.understanding.framing import (
    Grammar,
    build,
    chatter,
    clauses,
    disclaimed,
    or_not,
    unknown_word,
)
from sailau.understanding.lexicon import VOCABULARY_FILE, Entry, Lexicon, Names, NameSource
from sailau.understanding.lexicon import Vocabulary as VocabularyTable
from sailau.understanding.morphology import MORPHOLOGY_FILE, Morphology, MorphologyTables
from sailau.understanding.replylang import ReplyLanguage
from sailau.understanding.spelling import Speller
from sailau.understanding.text import (
    UNDERSTANDING_DIR,
    TextTables,
    basic,
    breaks,
    guess_lang,
    stems,
    swap_layout,
)

MAX_CHARS = 300
UNREAD = frozenset({Status.NOT_UNDERSTOOD, Status.OFF_TOPIC})
"""A clause decided so is said not to be read, not dropped from the reply (one read below the
bar may be a remark around the question, "правильно помню или нет": it is left out)."""
TEXT_CACHE = 4096
DECISION_CACHE = 4096


class FactSource(NameSource, Protocol):
    """What the reader needs from the fact base: names, the elections' years and thresholds."""

    @property
    def years(self) -> tuple[int, ...]: ...
    def election(self, year_or_id: int | str) -> Election: ...


def _elections_run(fb: FactSource, years: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    """Each party -> the elections it ran in."""
    ran: dict[str, list[int]] = {}
    for year in years:
        for row in fb.election(year).results:
            ran.setdefault(row.party, []).append(year)
    return {party: tuple(found) for party, found in ran.items()}


def _shares(fb: FactSource, years: tuple[int, ...]) -> dict[str, frozenset[Decimal]]:
    """Each party -> its shares of the vote in the elections it ran in."""
    shares: dict[str, set[Decimal]] = {}
    for year in years:
        for row in fb.election(year).results:
            shares.setdefault(row.party, set()).add(row.percent)
    return {party: frozenset(found) for party, found in shares.items()}


def _plain(value: Decimal) -> str:
    """`7.00` -> `7`: a percentage as a threshold slot value."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Reading:
    """A question read on its own: its frame and language."""

    frame: Frame
    lang: Lang
    words: str = ""
    """The question as read (`text.basic`): which lines of a long answer it asks."""
    clauses: tuple[str, ...] = ()
    """The questions of a message that asks several ("когда выборы были и когда первое
    заседание?"), each with its own question word; empty when it asks one."""
    reply: Lang | None = None
    """The language to reply in, when not `lang` (`replylang`: mixed Russian and Kazakh)."""


NAMES = frozenset({"party", "region", "person", "year", "number", "time"})
"""Spans read alike in every language: they say nothing about which one a question is in."""


def _explained(q: Question) -> int:
    """How much of a question its language's own words explain: tokens read by that
    language's table, less the words nobody knows (a Latin-typed question reads best in the
    language it was typed in)."""
    own = {i for s in q.spans if s.score == 1.0 and s.label not in NAMES
           for i in range(s.start, s.end)}  # fmt: skip
    return len(own) - _unknown(q)


def _typed_latin(q: Question) -> bool:
    """Whether every word of a question is typed in Latin letters."""
    return all(t.analysis.latin for t in q.tokens if not t.is_number)


def _unknown(q: Question) -> int:
    """The content words of a question that nothing read."""
    return sum(1 for t in q.rest() if unknown_word(t))


class _Analysed(Sequence[Token]):
    """A question's tokens, each with its morphology looked up when it is first looked at."""

    def __init__(self, tokens: Sequence[Token], morphology: Morphology, latin: bool) -> None:
        self.tokens = tokens
        self.morphology = morphology
        self.latin = latin

    def __len__(self) -> int:
        return len(self.tokens)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        token = self.tokens[index]
        analysis = self.morphology.analyse(token.text, latin_readings=self.latin)
        return token._replace(analysis=analysis)


class Reader:
    """Everything reading a question needs, loaded once from a facts directory."""

    def __init__(
        self,
        facts_dir: Path | None,
        fb: FactSource,
        answerable: frozenset[str],
        default_year: int,
        tuning: Tuning | None = None,
    ) -> None:
        self.named: Callable[[Decision], tuple[Subject, ...]] | None = None
        """The party a decision's answer names when its question named none ("who came
        fourth": Auyl); set by the pipeline, which composes the answers."""
        root = paths.facts_dir(facts_dir) / UNDERSTANDING_DIR
        self.text = TextTables.load(root)
        self.lexicon = Lexicon(
            VocabularyTable.load(root / VOCABULARY_FILE),
            Names.from_factbase(fb, self.text),
            self.text,
        )
        self.morphology = Morphology(
            MorphologyTables.load(root / MORPHOLOGY_FILE, self.text),
            self.text,
            self.lexicon.known_stems(),
        )
        self.reply_language = ReplyLanguage(self.text, self.morphology.is_word)
        self.lexicon.build(self.morphology)
        readings = Readings.load(root / READINGS_FILE)
        years = tuple(sorted(fb.years))
        self.facts = Facts(
            years=years,
            related_years=self.text.related_years,
            people=self.lexicon.names.people,
            answerable=answerable,
            latest_year=max(years),
            default_year=default_year,
            thresholds={y: _plain(fb.election(y).system.threshold.percent) for y in years},
            renamed=frozenset(pid for pid, party in fb.parties.items() if len(party.names) > 1),
        )
        self.decider = Decider(
            readings, self.facts, dict(self.lexicon.priority), tuning or Tuning()
        )
        self.carry = dialogue.Carry(
            readings.party_measures,
            readings.region_measures,
            readings.region_default,
            readings.topic_measures,
            readings.share_measures,
            readings.topic_figures,
            readings.narrowed(),
            readings.pointing_measures,
            _elections_run(fb, years),
            share_of=readings.share_of,
            of_party=readings.asked_of("party"),
            party_only=readings.party_only,
            percents=readings.percent_measures,
            predicates=readings.predicates,
            totals=readings.party_totals,
            default_year=default_year,
            figure_mentions=readings.figure_mentions,
            undated=readings.undated,
            posts=readings.post_measures,
            elections=tuple(years),
        )
        self.grammar = Grammar(
            readings.predicates,
            readings.party_predicates,
            default_year,
            years,
            {fb.election(y).convocation: y for y in years},
            readings.convocation_end,
            readings.narrowed(),
            {
                topic: y
                for topic in readings.topic_measures
                for y in years
                if getattr(fb.election(y), topic, None) is not None
            },
            readings.descriptive,
        )
        self.tokenizer = Tokens(self.text)
        self.corrections = Corrections(
            Speller(
                self.lexicon.spelled_words(),
                self.morphology.tables.spelling,
                self.morphology.is_form,
                self.text.folded,
                self.lexicon.clippable_words(),
            ),
            self.morphology,
            self.lexicon,
        )
        self.shared: tuple[Extractor, ...] = check(
            (
                Morphological(self.tokenizer, self.morphology),
                Figures(self.morphology, self.text, frozenset(years)),
                Entries(self.lexicon),
                self.corrections,
            )
        )
        """The components whose result is the same in every language but English (Latin
        words' readings, `Morphological.latin_readings`): run once per text and kind."""
        self.misspelt = Misspelt(
            self.lexicon, self.morphology.is_word, self.morphology.suffix_cases
        )
        self.components: tuple[Extractor, ...] = check(
            (Vocabulary(), self.misspelt, Settings(_shares(fb, years))), self.shared
        )
        self._read = functools.lru_cache(maxsize=TEXT_CACHE)(self._read_uncached)
        self._tokens = functools.lru_cache(maxsize=TEXT_CACHE)(self._tokens_uncached)
        self._decide = functools.lru_cache(maxsize=DECISION_CACHE)(self.decider.decide)

    def forget(self) -> None:
        """Drop every remembered word, text and decision."""
        self.morphology.forget()
        self.corrections.forget()
        self.misspelt.forget()
        self.lexicon.index.forget()
        self.reply_language.forget()
        self.forget_texts()

    def forget_texts(self) -> None:
        """Drop the remembered texts and decisions, keep the words (a new question in a chat
        whose words the process has met before: the benchmark's "never seen")."""
        self._read.cache_clear()
        self._tokens.cache_clear()
        self._decide.cache_clear()

    def read(self, text: str, lang_hint: Lang | None = None) -> Reading:
        return self._read(text[:MAX_CHARS], lang_hint)

    def understand(
        self, text: str, lang_hint: Lang | None = None, previous: Frame | None = None
    ) -> tuple[Decision, Lang]:
        reading = self.read(text, lang_hint)
        frame = dialogue.follow(reading.frame, previous, self.carry)
        decision = self._decide(frame)
        if reading.clauses:  # several questions: their parts, when they ask more than the whole
            split = self._clauses(reading, previous)
            if split is not None and _covers_more(split, decision):
                decision = split
        return altered(decision, words=reading.words), reading.reply or reading.lang

    def _clauses(self, reading: Reading, previous: Frame | None) -> Decision | None:
        """One decision for a message of several questions: the parts of every clause the
        facts hold (each about the first clause's subjects where it names none), and what
        the facts do not hold of the others ("how many seats did Ak Zhol win, and when was it
        founded": the seats, and a plain line on its founding)."""
        first_frame = self._narrowing_only(
            self.read(reading.clauses[0], reading.lang).frame, reading
        )
        if _supposes_only(first_frame, reading.frame):
            return None  # "under a 5% threshold, how would the seats go": one what-if
        if _heading(first_frame, reading.frame):
            return None  # "распределение 2021: сколько мандатов по целым частям": one question
        if not first_frame.years:  # "ballots issued vs valid votes 2021": the message's year
            first_frame = first_frame.with_(years=reading.frame.years)
        later = [self.read(clause, reading.lang).frame for clause in reading.clauses[1:]]
        if reading.frame.form == "compare" and any(_compares_only(f) for f in later):
            # "… in 2023, … in 2021, and what's the difference": the message read whole is
            # the comparison, with each election's figure; split, the difference is lost
            return None
        if not first_frame.subjects and not any(f.asks for f in later):
            # "votes and seats of Adal": one question of several measures, its party named last
            first_frame = first_frame.with_(subjects=self._shared(reading.frame, first_frame))
        first = self._decide(dialogue.follow(first_frame, previous, self.carry))
        if first.status is not Status.MATCHED:
            return None
        decisions = [first]
        for frame in later:  # each clause in turn, after the one before it
            if _unknown_only(frame):  # "… and what colour was the sky": nothing it asks is read
                decisions.append(Decision(Status.NOT_UNDERSTOOD, frame))
                continue
            own = self._pointed(self._narrowing_only(frame, reading), decisions[-1], first)
            if not (own.narrow or own.subjects):  # "… in Semey, and what percent": in Semey too
                own = own.with_(narrow=self._places(first.frame))
            decisions.append(self._decide(dialogue.within(own, first.frame, self.carry)))
        held = [d for d in decisions if d.status is Status.MATCHED and not d.not_held and d.parts]
        # "…, and why do they differ?": a clause not read is said, not dropped
        unread = tuple(
            text
            for text, d in zip(reading.clauses[1:], decisions[1:], strict=True)
            if d.status in UNREAD
        )
        missing = unique(d.not_held for d in decisions if d.status is Status.MATCHED and d.not_held)
        breakdown = any(
            self.decider.readings.breaks_down(m, topic)
            for d in held
            for m in d.frame.measures
            for topic in missing
        )
        if not held or breakdown:  # "how many blank ballots, how many spoiled": one measure's
            return None  # breakdown the facts do not hold, not the whole measure and a note
        base = held[0]
        parts = [p for d in held for p in d.parts]
        if len(parts) == len(base.parts) and not (missing or unread):
            return None
        # "how many women and how many men": each clause's narrowing is honoured; and each
        # clause's subjects are what the message is about (not words it asks)
        frame = base.frame.with_(
            narrow=unique(n for d in held for n in d.frame.narrow),
            subjects=unique(s for d in held for s in d.frame.subjects),
        )
        return replace(
            base,
            frame=frame,
            # "who won, and the turnout?" - "same for 2023": every clause asked again
            asked=frame.with_(measures=unique(m for d in held for m in d.frame.measures)),
            parts=unique(parts),
            unhonoured=unique(u for d in held for u in d.unhonoured),
            missing=missing,
            clauses=tuple(held[1:]),
            unread=unread,
        )

    def _places(self, frame: Frame) -> tuple[Narrowing, ...]:
        """The narrowings of `frame` that say where its figures are asked (`place_narrowings`)."""
        places = self.decider.readings.place_narrowings
        return tuple(n for n in frame.narrow if n.value in places)

    def _pointed(self, clause: Frame, before: Decision, first: Decision) -> Frame:
        """A clause pointing back ("they", "it", "that party") that names no party: about the
        party the first clause's answer names when it named none ("who came fourth, and what
        share did they get": Auyl's share), as a pointing follow-up in a conversation is; after
        a later clause, about the party that clause was about."""
        if not clause.pointing or clause.parties or before.status is not Status.MATCHED:
            return clause
        if before is first:
            if first.frame.parties or self.named is None:
                return clause  # the first's party: `dialogue.within` takes it (and its region)
            named = self.named(before)
        else:  # "…, what share did they get, and how far short were they": still that party
            named = tuple(s for s in before.frame.subjects if s.kind == "party")
        if len(named) != 1:
            return clause
        return clause.with_(subjects=(*clause.subjects, *named))

    def _shared(self, whole: Frame, first: Frame) -> tuple[Subject, ...]:
        """The parties and regions a message names that its first clause's measures take."""
        return tuple(
            s
            for s in whole.subjects
            if s.kind in SHARED_KINDS and self.carry.takes(s.kind, first.measures)
        )

    def _narrowing_only(self, clause: Frame, whole: Reading) -> Frame:
        """A clause whose measure is only its narrowing's own word, where the whole message
        reads that narrowing as narrowing another measure ("аманат тізім бойынша неше, барлығы
        неше орын": the list narrows the seats, it is not the party's list), asks that
        measure, so narrowed."""
        message = whole.frame.measures
        narrowed = self.grammar.narrowed
        by = [narrowed.get(n, frozenset()) for n in clause.narrowed]
        if (
            not clause.measures
            or not by
            or set(clause.measures) & set(message)
            or any(m in b for m in clause.measures for b in by)  # its own measure is narrowed
            or not all(set(message) & b for b in by)
        ):
            return clause
        return clause.with_(measures=message)

    def _read_uncached(self, text: str, lang_hint: Lang | None) -> Reading:
        """The question read as typed, or as typed on the other keyboard layout when that
        leaves fewer words unknown (and reads something)."""
        reading = self._reading(text, lang_hint)
        unknown = len(reading.frame.unknown)
        if unknown:  # (with none, no reading has fewer)
            swapped_text = swap_layout(text, self.text)
            if self._unknown_at_least(swapped_text, lang_hint, unknown) < unknown:
                swapped = self._reading(swapped_text, lang_hint)
                if not swapped.frame.empty and len(swapped.frame.unknown) < unknown:
                    return swapped
        return reading

    def _languages(self, words: str, lang_hint: Lang | None) -> tuple[Lang, tuple[Lang, ...]]:
        """The language a text is read in first, and the others it is read in too when its
        words leave the language open and some are left unknown."""
        guess = guess_lang(words, lang_hint, self.text)
        lang: Lang = guess.lang or lang_hint or "en"
        if not guess.sure and not guess.leans and lang_hint in guess.candidates:
            lang = lang_hint  # the conversation's language, where the words leave it open
        return lang, () if guess.sure else tuple(c for c in guess.candidates if c != lang)

    def _reading(self, text: str, lang_hint: Lang | None, *, told: bool = False) -> Reading:
        """`text` read; `told`: already read without the clauses that tell the user's
        circumstances (`framing.chatter`)."""
        words = basic(text)
        lang, others = self._languages(words, lang_hint)
        asked = _asked(text)
        q = self._question(words, lang, asked)
        if others and _unknown(q):  # words left over: try the other languages
            tried = [q, *(self._question(words, other, asked) for other in others)]
            q = max(tried, key=lambda t: (_explained(t), t.lang == lang_hint, t.lang == lang))
        elif others and q.lang != "en" and _typed_latin(q):
            # Kazakh or Russian typed in Latin ("… arasynda yavka kanshaga tusti"): each reads
            # every word, the one with more words of its own wins
            # (strictly more: "2023 she" stays Kazakh after a Russian reply, a tie is no reason)
            tried = [self._question(words, o, asked) for o in others if o != "en"]
            best = max(tried, key=lambda t: (_explained(t), t.lang == lang_hint), default=q)
            q = best if _explained(best) > _explained(q) else q
        elif (
            others
            and (told_by := self.reply_language(q, lang_hint)) != q.lang
            and told_by in others
        ):
            # "кай партия жаксы": every word read in Russian, but they are Kazakh words: the
            # language the reply is in reads them too, and wins when its own words explain more
            theirs = self._question(words, told_by, asked)
            q = theirs if _explained(theirs) > _explained(q) else q
        asking = (
            None if told else chatter(q, breaks(text, self.text, len(q.tokens), sentences=True))
        )
        if asking is not None:  # "я пенсионерка из караганды… . скажите, какая была явка"
            return self._reading(asking, q.lang, told=True)
        marks = breaks(text, self.text, len(q.tokens))
        kept = disclaimed(q, marks)
        kept = or_not(q, self._negating(q.lang)) if kept is None else kept
        if kept is not None:  # "…, not maslikhat": the question is what comes before
            q = self._question(q.words(0, kept), q.lang, asked)
            marks = frozenset(m for m in marks if m < kept)
        frame = build(q, self.lexicon, self.grammar, marks)
        reply = self.reply_language(q, lang_hint)
        return Reading(
            frame,
            q.lang,
            words,
            clauses(q, self.lexicon.priority, marks),
            reply if reply != q.lang else None,
        )

    def _unknown_at_least(self, text: str, lang_hint: Lang | None, enough: int) -> int:
        """A lower bound of the unknown words of `_reading(text)`, counted up to `enough`,
        without reading it: words that no figure, no entry of any language it may be read in
        and no misspelt word or pair of words can cover (a word's morphology is looked up
        only when the cheaper tests leave it open)."""
        words = basic(text)
        lang, others = self._languages(words, lang_hint)
        q = Question(words, lang)  # as `question` reads it
        self.tokenizer(q)
        tokens = q.tokens
        kinds = dict.fromkeys(Morphological.latin_readings(c) for c in (lang, *others))
        readings = [_Analysed(tokens, self.morphology, latin) for latin in kinds]
        near_figures = {t.position + d for t in tokens if t.is_number for d in (-1, 0, 1)}
        found = 0
        for i, t in enumerate(tokens):
            if (
                unknown_word(t)  # (before its morphology: the function words are not out yet)
                and i not in near_figures
                and not self._misspelt_at(tokens, i)
                and unknown_word(readings[0][i])
                and not any(self.corrections.correctable(a[i], a.latin) for a in readings)
                and not any(self._entry_over(analysed, i) for analysed in readings)
            ):
                found += 1
                if found >= enough:
                    break
        return found

    def _misspelt_at(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether `Misspelt` may read token `i`, alone or with a neighbour, as a known word."""
        grams = [tokens[i].norm]
        grams += [f"{tokens[j].norm} {tokens[j + 1].norm}" for j in (i - 1, i)
                  if 0 <= j < len(tokens) - 1]  # fmt: skip
        return any(self.misspelt.closest(gram) is not None for gram in grams)

    def _entry_over(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether an entry of the vocabulary or a name (of any language) covers token `i`."""
        index = self.lexicon.index
        return any(
            j + len(e.words) > i
            for j in range(max(0, i - index.longest + 1), i + 1)
            if not tokens[j].is_number
            for e in index.at(tokens, j)
        )

    def stems_of(self, decision: Decision, lang: Lang) -> frozenset[str]:
        """The question's words, roughly (`text.stems`), with every wording the vocabulary has
        for its measures and narrowing words, less its subjects' names (the whole answer is
        about them): what picks the lines of a long answer the question asks."""
        frame = decision.frame
        about = frozenset().union(
            *(self._synonym_stems(s.kind, s.id, lang) for s in frame.subjects)
        )
        return (stems(decision.words) - about) | self._meant_stems(frame, lang)

    @functools.cache  # noqa: B019 - one reader per process, three keys
    def _negating(self, lang: Lang) -> frozenset[str]:
        """The negation words of `lang` ("не", "not"), as typed."""
        return frozenset(self.lexicon.synonyms("marker", "negation", lang))

    @functools.cache  # noqa: B019 - one reader per process, a few hundred keys
    def _synonym_stems(self, label: str, value: str, lang: Lang) -> frozenset[str]:
        """The stems of every wording of `label: value` (and of the value itself: a name)."""
        return stems(" ".join((value, *self.lexicon.synonyms(label, value, lang))))

    def _meant_stems(self, frame: Frame, lang: Lang) -> frozenset[str]:
        """The words of the question's measures and narrowing words in every wording the
        vocabulary has ("first sitting" is also "first session", "заседание" also "сессия")."""
        meant = [("measure", m) for m in frame.measures]
        meant += [("narrow", n.value) for n in frame.narrow]
        words = frozenset().union(*(self._synonym_stems(lab, v, lang) for lab, v in meant))
        return words - self._name_stems  # "народный избранник": not the People's Party

    @functools.cached_property
    def _name_stems(self) -> frozenset[str]:
        """The stems of the parties' names: a wording of a measure that shares a word with one
        ("народный депутат") points at no line about that party."""
        return stems(" ".join(self.lexicon.names.parties))

    def question(self, text: str, lang: Lang, *, asked: bool = False) -> Question:
        """The read question itself, spans settled (for tests and debugging); `asked`: the
        message ended with a question mark."""
        return self._question(basic(text), lang, asked)

    def _question(self, words: str, lang: Lang, asked: bool) -> Question:
        """`question` of a text already through `basic()` (which leaves such a text as it is)."""
        tokens, spans, entries = self._tokens(words, Morphological.latin_readings(lang))
        q = Question(words, lang, asked, list(tokens), list(spans), list(entries))
        for component in self.components:
            component(q)
        q.settle()
        return q

    def _tokens_uncached(
        self, words: str, latin_readings: bool
    ) -> tuple[tuple[Token, ...], tuple[Span, ...], tuple[tuple[int, tuple[Entry, ...]], ...]]:
        """`words`' tokens with their morphology, the figures on them and the entries at them
        (`self.shared`): computed once for the readings of a text in several languages."""
        q = Question(words, "ru" if latin_readings else "en")
        for component in self.shared:
            component(q)
        return tuple(q.tokens), tuple(q.spans), tuple(q.entries)


SHARED_KINDS = frozenset({"party", "region"})
"""Subjects a message's later words name for its first question too."""


def _compares_only(frame: Frame) -> bool:
    """A clause that asks only how the figures before it compare ("и какая разница", "на
    сколько меньше чем в 2021"): a comparison or change of no measure of its own."""
    return not frame.measures and (frame.form == "compare" or frame.has("change"))


def _supposes_only(first: Frame, whole: Frame) -> bool:
    """A message read whole as a what-if whose first clause only names the threshold supposed
    ("under a 5% threshold, …"): the clause asks nothing of its own."""
    supposed = whole.settings.threshold is not None
    return supposed and first.measures == (THRESHOLD,) and not first.asks


def _heading(first: Frame, whole: Frame) -> bool:
    """A first clause that asks nothing and names only a topic the message read whole takes as
    its setting, not a measure of its own ("распределение 2021: сколько мандатов роздано по
    целым частям": the quota's arithmetic, not the electoral system as well)."""
    return (
        first.asks is None
        and bool(first.measures)
        and not (first.subjects or first.settings or first.extreme or first.comparison)
        and whole.asks is not None
        and bool(whole.measures)
        and set(first.measures).isdisjoint(whole.measures)
    )


def _unknown_only(clause: Frame) -> bool:
    """A clause that names no measure, subject, year or end, and words nobody knows: nothing
    in it can take the first clause's measure."""
    named = clause.measures or clause.subjects or clause.years or clause.extreme
    return bool(clause.unknown) and not (named or clause.settings or clause.narrow)


def _covers_more(split: Decision, whole: Decision) -> bool:
    """Whether the clauses' decision answers more of the message than the whole one read as a
    single question: more parts or plain lines on what is not held, or a question the whole
    reading lost (the turnout between two parties' figures); on a tie, a line on what is not
    held rather than a broader figure than the one asked ("votes abroad" answered with all
    the votes)."""
    said = len(split.parts) + len(split.missing) + len(split.unread)
    whole_said = 1 if whole.not_held else len(whole.parts)
    lost = {p.intent for p in split.parts} - {p.intent for p in whole.parts}
    if said > whole_said or (lost and not whole.not_held):
        return True
    return said == whole_said and bool(split.missing) and bool(whole.unhonoured)


def _asked(text: str) -> bool:
    """Whether a message is put as a question: it ends with "?", or one tag word follows the
    last "?" ("nur otan got over 70%?? fr", "серьёзно? лол"); two words after it are a part
    of their own."""
    mark = text.rfind("?")
    return mark >= 0 and len(text[mark + 1 :].split()) <= 1
