"""A read question's spans -> its `Frame`.

- Measures: the question's measure words; two joined by "and" (or a comma-like run of question
  words) are both asked ("votes and seats of Adal"); otherwise the most specific one is meant
  ("how many seats did Ak Zhol win" asks seats, not who won).
- Years: a year after "since / compared with / than / с" or before a Kazakh ablative ("2016-дан")
  or "салыстырғанда" is the comparison's base, not an election asked about.
- Form: yes/no when the question says so ("ли", "ма/ме", "did ...", "или нет") or, with no question
  word, asks a predicate ("прошла в мажилис?", "большинство есть?", "выше 70 %?"); a comparison when
  it compares, measures a change, or sets two years or parties against each other ("2021 or 2023").
- Every token is accounted for: used by a span, a function word, or unknown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter

from sailau.understanding.doc import READING_ORDER, Question, Said, Span, Token
from sailau.understanding.frame import (
    ALL,
    BOTH,
    EXCEPT,
    MAJORITY,
    MARKERS,
    NTH_PLACE,
    PASSED,
    RATIO,
    SEATS,
    SHARE,
    SUM,
    TURNOUT,
    VOTES,
    WINNER,
    Comparison,
    Frame,
    Narrowing,
    Settings,
    Subject,
    unique,
)
from sailau.understanding.lexicon import Lexicon
from sailau.understanding.text import fold, ordinal_of

NAMED_ONLY = "named_only"
"""Marker of a frame whose every measure word is a subject's name ("а от БДИПЧ?")."""
NARROWED_ONLY = "narrowed_only"
"""Marker of a frame whose every measure word lies inside a narrowing phrase ("по спискам")."""
SUBJECT_LABELS = ("party", "region", "person", "institution", "organisation")
VALUE_MEASURES = frozenset({"seats", "votes", "share", "leader"})
"""A party named by two names asks its renaming, unless a figure is asked of each name or its
leader ("who leads the People's Party (PPK)")."""
DATIVE = "dative"
GAP_LABELS = frozenset({"marker", "filler", "asks", "suffix", "kind", "topic", "op"})
"""What may stand between two measures joined by "and" ("сколько голосов и сколько мест")."""
UNKNOWN_MIN_CHARS = 3
CONFIRM = "confirm"
"""The marker of a statement put up to be confirmed ("so the PPK got 12 seats")."""
BASE_MARKERS = frozenset({("marker", "base"), ("marker", "since")})
BASE_CUES = BASE_MARKERS | {("form", "compare"), ("op", "more"), ("op", "less")}
BASE_CUE_LABELS = frozenset(label for label, _ in BASE_CUES)
INCLUSIVE = frozenset({"atleast", "atmost"})
"""Comparisons the figure itself meets ("at least 60", "не больше 5 мест"): a negation is
part of their words ("не меньше", "кем емес"), not a second one."""
BASE_CASES = frozenset({"ablative"})
BEFORE_OPERATOR, AFTER, BEFORE_WORD = 1, 2, 3
"""How plainly a year is set apart as the base (see `_base_rank`), weakest first."""
OPENER_SPAN = 2
ESTIMATES = frozenset({"exit_poll"})
"""Measures that estimate what the official result states: "and the official one?" after one,
or "less than the exit poll showed", holds the estimate against it."""
OFFICIAL = "official"
"""The marker of "the official result" / "how far off": an estimate held against the official
figure, which leans on the estimate asked before ("exit poll" - "and the official one?")."""
FIRST_TIME = "first_time"
"""The marker of "for the first time (since ...)": the year after "since" is not the one asked."""
STRANDED = "stranded"
"""The marker of a preposition that ends the message ("сколько голосов за"): it points back."""
REFERENCE = "reference"
"""An opener counts in the first two tokens ("а в 2016?", "and what about ...")."""


@dataclass(frozen=True)
class Grammar:
    """The few facts about forms the builder needs from the decide table."""

    predicates: frozenset[str]
    """Measures a question without a question word asks as yes/no ("прошла в мажилис?")."""
    party_predicates: frozenset[str]
    """...when it names a party ("осдп участвовала в выборах?", not "список партий")."""
    default_year: int
    years: tuple[int, ...]
    convocations: Mapping[int, int] = field(default_factory=dict)
    """A Mäjilis convocation's number -> the year of the election that chose it."""
    convocation_end: frozenset[str] = frozenset()
    """Measures asked of a convocation that happen at its end, at the next election
    ("when was the 7th Mäjilis dissolved": 2023)."""
    narrowed: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """A narrowing word's meaning -> the measures whose answers honour it (`list_seats` ->
    seats)."""
    anchors: Mapping[str, int] = field(default_factory=dict)
    """A topic measure -> the election it belongs to (the referendum that set 2023's rules):
    "before / after the referendum" is a time (`_anchor`)."""
    descriptive: frozenset[str] = frozenset()
    """Measures that describe the election when said right before its noun (`_described`)."""


RELATIVE_CLAUSE = "relative_clause"
"""A relative pronoun ("которые", "that did not"): what follows describes what came before."""


def _relative(said: Said) -> Said:
    """ "Сумма голосов Ауыла и Адала, которые не прошли барьер": a clause after a relative
    pronoun describes the parties named before it, with a measure asked before it too — its
    measures and claims ask nothing (with no party named, "голоса партий, которые не прошли"
    picks the parties by the claim: kept)."""
    pronouns = [s.start for s in said.of("marker") if s.value == RELATIVE_CLAUSE]
    if not pronouns:  # (most questions)
        return said
    at = min(pronouns)
    named = any(s.end <= at for s in said.of("party"))
    asked = any(s.end <= at for s in said.of("measure"))
    if not (named and asked):
        return said
    claims = [s for s in said.of("claim") if s.start < at]
    measures = [s for s in said.of("measure") if s.start < at]
    return said.replaced("claim", claims).replaced("measure", measures)


PREPOSITION_LETTERS = 2
"""A filler word this short is a preposition ("in", "at", "в", "на"): before a year it goes with
the year."""


def build(
    q: Question, lex: Lexicon, grammar: Grammar, breaks: frozenset[int] = frozenset()
) -> Frame:
    """The frame of a read, settled question; `breaks`: where its clauses start (a lead-in
    before one that says nothing the reader knows is no unknown word: `preamble`).

    The spans are grouped by label once (`Said`: the question's own grouping when no span is
    set aside); every step reads the grouping, and one that drops or adds spans of a label
    replaces them in it."""
    spans = _denied(q, _together(q, _under_rules(q, _year_preposition(q, q.spans))))
    spans = _excepted(q, _unnamed(q, _repeated(q, _versus(q, spans))))
    spans = _closing_check(q, spans)
    said = q.said if spans is q.spans else Said.grouped(spans)
    short = _short_years(q, said, grammar, lex)
    if short:  # "а явка 21?": two digits that are an election year's
        spans = _as_years(spans, short)
        said = Said.grouped(spans)
    hours = _hours(q, said, lex)
    if hours:  # "явка на 20 и на 22": the readings at 20:00 and 22:00
        spans = [
            Span("time", s.start, s.end, f"{int(s.value):02d}:00", s.source) if s in hours else s
            for s in spans
        ]
        said = Said.grouped(spans)
    supposes = not said.pairs.isdisjoint(SUPPOSING)
    said = _relative(_led(q, said))
    by = said.by
    threshold = _first(by.get("threshold", ()))
    measure_spans: Sequence[Span] = by.get("measure", ())
    about_threshold = _about_threshold(q, said, threshold)
    if about_threshold:  # "в 2023 тоже был барьер 7 %?": the threshold asked, no what-if
        threshold = None
    if threshold is not None:  # "at a 3 % threshold": the word sets the what-if, asks nothing
        measure_spans = [s for s in measure_spans if s.value != "threshold"]
    advising_ops = [o for o in by.get("op", ()) if any(
        (m.start, m.end, m.value) == (o.start, o.end, ADVICE) for m in measure_spans
    )] if said.has("measure", ADVICE) else []  # fmt: skip
    counted = said.has("asks", "count")
    qualifying = _qualifying(measure_spans) if counted else []
    graders = [*by.get("extreme", ()), *advising_ops, *qualifying]
    measure_spans = _graded(measure_spans, graders)
    measure_spans = _sized(measure_spans, said)
    if "op" in by or said.has("form", "compare"):
        measure_spans = _said_with_year(q, measure_spans, by.get("year", ()), lex)
    described = _described(q, measure_spans, said, grammar.descriptive)
    # "хватило бы и без ассамблеи?": a measure said as left out is not asked (a mention)
    narrowings = by.get("narrow", ())
    left_out = _measures_left_out(q, measure_spans, narrowings)
    if described or left_out:
        measure_spans = [s for s in measure_spans if s not in described and s not in left_out]
    # "мест по партийным спискам": the list inside a narrowing phrase narrows the seats; with
    # every measure inside one ("list seats"), the most general is what the phrase narrows
    outside = _narrowing(_outside(measure_spans, narrowings), narrowings, grammar)
    narrowed_only = bool(measure_spans) and not outside
    if narrowed_only:
        outside = [min(measure_spans, key=lambda s: lex.priority.get(s.value, 0))]
    outside = _outranked(outside, measure_spans, lex)
    # "оның ішінде партиялық тізіммен": every measure is said by the words of a narrowing; a
    # follow-up may mean it as that narrowing of the previous measure (`dialogue._narrows`)
    narrowed_only = narrowed_only or (bool(measure_spans) and bool(narrowings) and all(
        any((n.start, n.end) == (s.start, s.end) for n in narrowings)
        for s in measure_spans
    ))  # fmt: skip
    anchor = _anchor(q, said, grammar)
    around = _around(q, said, grammar) if anchor is None else None
    if anchor is not None:  # "выборы в мажилис перед референдумом": a time, not what is asked
        outside = [s for s in outside if s.value != anchor[0]]
    elif around is not None:  # "the threshold before and after the reform": both elections
        outside = [s for s in outside if s.value != around[0]]
    if said.has("kind", PARTY_KIND):  # "which party ... lowest share"
        outside = _extreme_of(outside, by.get("extreme", ()))
    share_stated = _share_stated(q, said)
    measures = _measures(outside, q, lex) or share_stated
    if measures == (GREETING,) and "asks" in by and ("year" in by or said.has("topic", ELECTION)):
        measures = ()  # "hi, when was the 2023 election": a greeting before a question of it
    two_names = _two_names(q, by.get("party", ()))
    future = said.has("marker", "future") or (q.lang == "ru" and _future_verb(q, said))
    # "будет ли нур отан... ну аманат побеждать": a forecast of the party, no renaming asked
    if two_names and measures == ("votes_needed",) and said.has("form", "compare"):
        measures = (VOTES,)  # "how many more votes did the PPK get than the CPPK had": the gap
    if two_names and VALUE_MEASURES.isdisjoint(measures) and not future:
        # "did Adal do better than Birlik had": the party's results under each name compared
        measures = (SHARE,) if "op" in by else ("renaming",)
    if "chart" in by and "chart" not in measures:
        measures = ("chart", *measures)
    years, base = _years(q, by.get("year", ()), grammar.years)
    chosen = _convocations(q, said, grammar, measures)
    years = years or chosen or (anchor[1:] if anchor is not None else ())
    if around is not None:  # (the reform's own year said is no election asked)
        years, base = around[1], None
    if two_names and not VALUE_MEASURES.isdisjoint(measures):  # (a share compared, too)
        years = _each_name(by["party"], years, lex, grammar.default_year)
        ordered = _name_order(by["party"], years, lex) if "op" in by else None
        if ordered is not None:  # "did Adal do better (in 2021) than Birlik (in 2016)"
            years, base = ordered
    first_time = said.has("marker", FIRST_TIME)
    if first_time:  # "the first regular election since 2004": since when, not the one asked
        years = tuple(y for y in years if y in grammar.years)
    elif _since(said) and not _compares(said):
        years, base = _since_years(years, base, grammar.years)
        # "since 2023" asks the state from then on: the word is no change asked
        since = {(s.start, s.end) for s in by.get("marker", ()) if s.value == "since"}
        said = said.replaced("form", [
            s for s in by.get("form", ()) if not (s.value == "change" and (s.start, s.end) in since)
        ])  # fmt: skip
        by = said.by
    markers = frozenset(s.value for s in by.get("marker", ()) if _marker_counts(s, q))
    if _stranded(q):  # "сколько голосов за", "how many votes for": for whom was said before
        markers |= {REFERENCE}
    # "by party list": a quantifier inside a narrowing phrase is part of it
    # ("votes for no party", "не досталось ни одной партии": a quantifier on a measure's words
    # is part of it)
    # "total seats including the districts": the whole of the figure, not of all parties
    quantifiers = by.get("quantifier", ())
    if quantifiers:
        said = said.replaced("quantifier", _quantifying(quantifiers, said, narrowings))
        by = said.by
        quantifiers = by.get("quantifier", ())
        markers |= {s.value for s in quantifiers}
    if NONE in markers and not _negative(q):  # "бірде-бір партия ... алды ма": "any party"
        markers = (markers - {NONE}) | {EACH}
    if said.has("form", "change"):
        markers |= {"change"}
    if narrowed_only:  # "а по спискам?": a follow-up narrows the previous measure
        markers |= {NARROWED_ONLY}
    if two_names and measures == ("renaming",):  # "адал раньше назывался бирлик?": one party
        markers |= {TWO_NAMES}  # said by two of its names, a claim the renamings decide
    # the names said, in the order said (the settled spans' order: by start, then the rest)
    named_spans = sorted(
        [s for label in SUBJECT_LABELS for s in by.get(label, ())], key=READING_ORDER
    )
    if outside and _named_only(outside, named_spans):
        markers |= {NAMED_ONLY}  # "а от БДИПЧ?": the measure is only the organisation's name
    if future:
        markers |= {"future"}
    if said.has("topic", "person"):
        markers |= {"president"}
    if said.has("topic", ELECTION):
        markers |= {ELECTION_SAID}  # "when was the 2023 election": the election itself
    elif said.has("topic", COUNTRY):  # "в казахстане": the elections' country, not one of them
        markers |= {ELECTION_SAID, COUNTRY_ONLY}
    if _than_party(q, said):  # "more votes than Ak Zhol?": the party compared with
        markers |= {THAN_PARTY}
    if _than_last(q, said):  # "auyl and adal together more than ppk?": the others' sum against it
        markers |= {THAN_LAST}
    elif _than_first(q, said):  # "is ppk more than auyl and adal together?": the same, turned
        markers |= {THAN_FIRST}
    # "барлығы ... алды ма": with a yes/no said, a word that is "all" as well as "how many"
    # is "all"
    said_yesno = said.has("form", "yesno")
    asks_spans = [  # "кто-нибудь", "anyone": a quantifier, not a question word
        s
        for s in by.get("asks", ())
        if not any(
            k.start <= s.start
            and s.end <= k.end
            and (k.length > s.length or (said_yesno and k.length == s.length))
            for k in quantifiers
        )
    ] if quantifiers else list(by.get("asks", ()))  # fmt: skip
    asks = asks_spans[0].value if asks_spans else None
    kinds = _kinds(said, asks)
    if counted and _counts_measure(asks_spans, by.get("measure", ())):
        # "how many seats did the parties that passed get": the seats are counted, the
        # parties only said ("how many parties won seats" counts them)
        markers |= {COUNTED}
    extremes = {s.value for s in by.get("extreme", ())}
    extreme = extremes.pop() if len(extremes) == 1 else BOTH if extremes else None
    figures_said = [*by.get("number", ()), *by.get("fraction", ()), *by.get("year", ())]
    ops = [o for o in by.get("op", ()) if not _advice(o, by.get("measure", ()), figures_said)]
    comparison = _comparison(q, ops, by.get("number", ()), by.get("fraction", ()))
    if about_threshold and comparison is None:
        comparison = Comparison(EQUAL, about_threshold, True)
    subjects = unique(
        Subject("institution" if s.label == "institution" else s.label, s.value)
        for s in named_spans
        if not _compared_with(q, s, by.get("year", ()))
    )
    # "добрый вечер": the evening of a greeting narrows nothing
    greeted = [s for s in said.of("measure") if s.value == GREETING]
    narrow = unique(
        Narrowing(s.value, q.words(_place_start(s, by.get("number", ())), s.end))
        if s.label == "narrow"
        else Narrowing("time", s.value)
        for s in _narrowings_said(said)
        if _a_place(q, s, said) and not any(g.start <= s.start and s.end <= g.end for g in greeted)
    ) + tuple(Narrowing(GRADE, q.tokens[s.start].text) for s in qualifying)
    narrow += _party_left_out(q, said, asks)
    method = _first(by.get("method", ()))
    forms = {s.value for s in by.get("form", ())}
    alternative = "alternative" in forms or "alternative" in markers
    parties = [s for s in subjects if s.kind == "party"]
    # "2004 жылдан бері алғаш рет кезекті өткен сайлау": "өткен" is "held", not "the previous"
    relative = None if anchor or first_time else _first(by.get("relative", ()))
    stated_claims = _said(said)
    claims = unique((*_claims(q, stated_claims), *_failing(q, said)))
    move = _than_before(comparison, relative, len(parties) + len(years), base)
    if move is not None:
        # "more seats than the previous time": a move into the election asked from the one
        # before it, which is its base, not the election asked
        claims, relative = unique((*claims, move)), None
    # "would Ak Zhol still have 12 seats at 5 %": kept from the election's result, not "now"
    # ... nor after an "if" ("if only one party passes, does the second still get seats")
    supposed = threshold is not None or method is not None or "conditional" in markers
    now = STILL in claims and not supposed and "then" not in markers
    if now and not years and relative is None:
        relative = "latest"  # "does the APK still elect deputies?": now, not at an election
    if now and _before(anchor, grammar) and relative is None:
        # "сколько депутатов было до реформы и сколько сейчас": the election before, and now
        years = unique((*years, max(grammar.years)))
    form = "value"
    every_measure = {s.value for s in by.get("measure", ()) if s not in described}
    every_measure.update(share_stated)
    # "облыстар арасында ең жоғары", "highest among the regions": an extreme, not a comparison
    among = (
        extreme is not None
        and "region" in kinds
        and base is None
        and len(years) <= 1
        and not _ends_apart(said, extreme)
    ) or _among(said, years, parties)
    claimed = _claimed(q, stated_claims, by.get("measure", ()), forms)
    yesno = _yesno(
        q,
        forms,
        asks_spans,
        every_measure,
        comparison,
        grammar,
        claimed,
        TWO_NAMES in markers,
        figures=len(said.of("number")),
    )
    ratio = RATIO in markers  # "во сколько раз больше": how many times, never a yes or no
    if yesno and not ratio and _checks(q, forms, every_measure, comparison, grammar):
        form = "yesno"
        # said as a question, not only read as one ("сайлауға қатысу": a claim word alone); a
        # what-if asked ("получил бы ауыл места, если бы порог был 5%") is one
        if "yesno" in forms or q.asked or q.lang == "en" or (CONDITIONAL in markers and threshold):
            markers |= {YESNO_SAID}
    elif not among and (
        forms & {"compare", "change"}
        or base is not None
        or (alternative and (len(years) > 1 or len(parties) > 1))
        or ("year" in kinds and (extreme or comparison))
        # "which of 2016, 2021 and 2023 had the lowest turnout": the extreme among the years
        or (extreme is not None and len(years) > 2 and not (parties or kinds or "region" in by))
        or (comparison is not None and comparison.value is None and len(years) > 1)
        # "на сколько больше голосов у ак жола чем у народной партии": two parties (or two
        # observer organisations), no figure
        or (comparison is not None and comparison.value is None and _two_of_a_kind(subjects))
        or (ratio and (len(parties) > 1 or len(years) > 1))
    ):
        form = "compare"
    elif "list" in forms:
        form = "list"
    if form != "yesno" and _estimate_against(measures, comparison, base, years, parties):
        # "how much less did Nur Otan get than the exit poll showed": the estimate's error
        form, markers = "compare", markers | {OFFICIAL}
    if form == "compare" and _over_majority(measures, parties, comparison, years, base):
        form = "value"  # "how many more seats than a majority needs did X have": its margin
    two = len(parties) > 1 or base is not None or len(years) > 1
    if form == "compare" and two and measures == ("votes_needed",):
        # "how many more votes did X get than Y / than in 2016": the gap, not a need
        measures = ("votes",)
    figures = _figures(q, said)
    if (
        # "... grew by more than 3 points from 2016 to 2021. Check.": a move claimed, too
        (form == "value" or (form == "compare" and bool(claims)))
        and not asks_spans
        # "claim: the PPK got more than 10 %": the figure stated may be a bound already read
        and (figures or (comparison is not None and comparison.value is not None))
        and _confirms(by.get("marker", ()), len(q.tokens))
        # "so how far short of the 7 % was that": the measure's own words ask
        and not _asks_inside(q, measure_spans)
    ):
        form = "yesno"  # "so the PPK got 12 seats": the figure stated is put up to be confirmed
        markers |= {YESNO_SAID}
    if form == "yesno" and comparison is None and _states(measures, figures, threshold, supposes):
        # "did Amanat get 63 seats?", "явка была 60,8 %?": the figure stated is the claim
        stated = APPROXIMATE if _approximate(said, figures[0]) else EQUAL
        comparison = Comparison(stated, figures[0].rstrip("%"), figures[0].endswith("%"))
        figures = ()
        if measures == (SEATS,) and _counts_parties(said):
            measures = (PASSED,)  # "did 3 parties get seats": how many parties won any
    count, ranked = _ranked_count(said, extreme, said.of("measure"))
    if count is not None:  # "top 3 parties", "ең көп дауыс алған үш партия": how many are listed
        figures = tuple(f for f in figures if f != count)
    if ranked != extreme:  # "последние две партии", "last two parties": the lowest, no election
        extreme, relative = ranked, None
    if form == "yesno" and _none_claimed(comparison, claims):
        # "approved with zero votes against", "ноль голосов против": a claim counted as none
        # is the claim denied, not a figure to match
        claims = tuple(_denied_claim(c) for c in claims)
        comparison = None
    if _whose_figure(asks, kinds, parties, measures, figures, comparison):
        # "which party had 84 seats": the party whose figure is the one said
        comparison = Comparison(EQUAL, figures[0], False)
        figures = ()
    return Frame(
        measures=measures,
        subjects=subjects,
        years=years,
        base_year=base,
        settings=Settings(threshold, method),
        form=form,
        asks=asks,
        extreme=extreme,
        comparison=comparison,
        narrow=narrow,
        markers=markers | ({"alternative"} if alternative else frozenset()),
        mentions=frozenset(
            s.value for s in by.get("measure", ()) if not anchor or s.value != anchor[0]
        ),
        kinds=kinds,
        all_parties=bool(quantifiers),
        relative=relative,
        chart=_first([*by.get("chart", ()), *by.get("chart_kind", ())]),
        topic="topic" in by or bool(subjects) or bool(years) or _shares(kinds, comparison),
        off_topic=_off_topic(q, said),
        unknown=_unknown(q, preamble(q, breaks)),
        figures=figures,
        count=count,
        implied_years=_implied_years(by.get("party", ()), lex) if not years else (),
        claims=claims,
        roles=unique(
            lex.names.people[s.value][0]
            for s in by.get("person", ())
            if s.value in lex.names.people
        ),
        score=min((s.score for s in spans if s.label not in UNSCORED), default=1.0),
    )


UNSCORED = frozenset({"filler", "marker", "suffix"})
"""Labels whose spans carry no reading the frame's score rests on."""


def _quantifying(quantifiers: Sequence[Span], said: Said, narrow: Sequence[Span]) -> list[Span]:
    """The quantifiers that quantify the parties: not one inside a narrowing phrase ("by
    party list"), nor one on a measure's words ("votes for no party"), nor "all" beside
    "including" ("total seats including the districts": the whole of the figure)."""
    included = said.has("marker", INCLUDING)
    measures = said.of("measure")
    return [
        s
        for s in quantifiers
        if not _within(s, narrow)
        and not any(m.start <= s.start and s.end <= m.end for m in measures)
        and not (included and s.value == ALL)
    ]


def _kinds(said: Said, asks: str | None) -> tuple[str, ...]:
    """The kind words that ask what kind of thing is meant ("which party", "what year")."""
    found = said.of("kind")
    if not found:  # (most questions)
        return ()
    years, markers, measures = said.of("year"), said.of("marker"), said.of("measure")
    return unique(
        s.value
        for s in found
        if not (s.value == "year" and _touches(s, years))  # "2016 жылы"
        # "в тот год", "этом году": the year said before, not "which year" ("в каком из этих
        # годов" still asks which)
        and not (
            s.value == "year" and asks not in ("which", "when") and _after(s, markers, REFERENCE)
        )
        # "сколько мест": a count of the measure the word also is (seats), not "which place"
        and not (asks == "count" and any(m.start == s.start for m in measures))
        # "у какой партии, получившей места": a party's places are its seats, not "which place"
        and not (
            s.value == "region"
            and said.has("kind", PARTY_KIND)
            and any(m.start == s.start for m in measures)
        )
    )


def _narrowings_said(said: Said) -> Sequence[Span]:
    """The narrowing words and times of day said, in the order said."""
    narrow, times = said.of("narrow"), said.of("time")
    if not narrow or not times:  # (most questions: neither)
        return narrow or times
    return sorted([*narrow, *times], key=READING_ORDER)


def _figures(q: Question, said: Said) -> tuple[str, ...]:
    """The numbers said as figures: not a threshold's or an operator's ("more than 5"), a day
    of a month ("10 января") or a convocation's number."""
    numbers = said.of("number")
    if not numbers:  # (most questions)
        return ()
    ops, convocations = said.of("op"), said.of("convocation")
    months = [f for f in said.of("filler") if f.value == "month"]
    places = [n for n in said.of("narrow") if n.value == NTH_PLACE]
    return tuple(
        s.value
        for s in numbers
        if not q.covered(s.start, ("threshold", "op"))
        and not _near(s, ops)
        and not _beside(s, months)
        and not _beside(s, convocations)
        and not any(p.start == s.end for p in places)
    )


def _a_place(q: Question, narrow: Span, said: Said) -> bool:
    """Whether a narrowing word is read: an ordinal place is one only with its ordinal or its
    figure ("21th" is a year; "the 7th convocation", "восьмой мажилис" name a Mäjilis)."""
    if narrow.value != NTH_PLACE:
        return True
    chambers = [s for s in said.of("institution") if s.value == "majilis"]
    if any(w.start == narrow.end for w in [*said.of("convocation"), *chambers]):
        return False
    return ordinal_of(q.words(_place_start(narrow, said.of("number")), narrow.end)) is not None


def _place_start(narrow: Span, numbers: Sequence[Span]) -> int:
    """Where a place's words start: at the figure right before an ordinal's ending ("4th",
    "на 4-м месте", "4-ші орын": the place is the figure), else at the narrowing word."""
    if narrow.value != NTH_PLACE:
        return narrow.start
    return next((n.start for n in numbers if n.end == narrow.start), narrow.start)


def _named_only(measures: Sequence[Span], names: Sequence[Span]) -> bool:
    """Whether every measure is read on the very words of a name ("а от БДИПЧ?": the
    organisation's name is all the measure is)."""
    named = {(s.start, s.end) for s in names}
    return all((s.start, s.end) in named for s in measures)


def _measures(found: Sequence[Span], q: Question, lex: Lexicon) -> tuple[str, ...]:
    """The measures asked: the group of "and"-joined measures with the most specific one."""
    if len(found) <= 1:  # (most questions) one measure word, or none
        return (found[0].value,) if found else ()
    groups: list[list[Span]] = [[found[0]]]
    for span in found[1:]:
        last = groups[-1][-1]
        between = range(last.end, span.start)
        joined = any(
            s.value == "conjunction" and s.start in between for s in q.of("marker")
        ) and all(
            q.covered(i, GAP_LABELS) or q.covered(i, ("party", "region", "year")) for i in between
        )
        if joined:
            groups[-1].append(span)
        else:
            groups.append([span])

    said = Counter(s.value for s in found)
    heads = {s.start for s in found} & {s.end for s in found if s.value in lex.qualifiers}
    asked = {a.end for a in q.of("asks") if a.value in OWN_QUESTION}
    # "hi, which party won": the verb right after the kind word "which" asks of
    asked |= {k.end for k in q.of("kind") if k.start in asked}

    def rank(group: list[Span]) -> tuple[int, bool, int, bool]:
        """The most specific measure of the group; between generic verbs and small talk, the
        one its own question word asks ("hi, who won": the winner, not the greeting); between
        equals, the one said more often ("тізімде ... сайлаушы": registered voters, twice), then
        the measure a qualifier right before it qualifies ("registered candidates")."""
        return max(
            (
                lex.priority.get(s.value, 0),
                s.start in asked and lex.priority.get(s.value, 0) <= SMALL_TALK,
                said[s.value],
                s.start in heads,
            )
            for s in group
        )

    best = max(groups, key=rank)
    top = rank(best)[0]
    if len(best) == 1:
        return (best[0].value,)
    # a generic verb joined to a specific measure says how it was got ("сколько мест получила
    # и …"), unless its own question word asks it ("кім жеңді және келу қанша": who won, too)
    return unique(
        s.value for s in best if lex.priority.get(s.value, 0) > 1 or top <= 1 or s.start in asked
    )


OWN_QUESTION = frozenset({"who", "which"})
"""Question words that ask the generic verb right after them ("кім жеңді", "who won")."""


PARTY_KIND = "party"
"""The kind word of "which party", "a party": what the elections are contested by."""
YEAR_KIND = "year"


def _shares(kinds: Sequence[str], comparison: Comparison | None) -> bool:
    """ "Was there a party with over 50 %", "which party got less than 5 %": a percentage set
    against the parties is their share of the vote, which ties the question to the elections
    (not "in which year could a second party pass below 7 %": a year asked)."""
    return (
        PARTY_KIND in kinds
        and YEAR_KIND not in kinds
        and comparison is not None
        and comparison.percent
    )


def _graded(measures: Sequence[Span], extremes: Sequence[Span]) -> Sequence[Span]:
    """ "The best turnout", "худший результат", "явка хуже 60 %": a word that is an extreme,
    or a comparison that is also advice ("which party is best"), grades the other measure
    said, it asks nothing."""
    if not extremes:  # (most questions)
        return measures
    at = {(s.start, s.end) for s in extremes}
    kept = [s for s in measures if (s.start, s.end) not in at]
    return kept if kept else measures


def _extreme_of(measures: list[Span], extremes: Sequence[Span]) -> list[Span]:
    """ "У какой партии, получившей места, наименьшая доля", "lowest share of a party that got
    seats": of several measures, the one an extreme word stands right beside is ranked; the
    others say which parties are ranked."""
    if not extremes or len(measures) < 2:  # (most questions)
        return measures
    # the measure right after the extreme ("наименьшая доля"), else right before ("share lowest")
    after = [m for m in measures if any(m.start == e.end for e in extremes)]
    before = [m for m in measures if any(m.end == e.start for e in extremes)]
    beside = after or before
    return beside if len(beside) == 1 else measures


GRADE = "grade"
"""The narrowing of a figure by an advice word ("good ballots"): no answer honours it."""


LEADER = "leader"
RUNS = "runs"
LED = frozenset({"party", "institution", "organisation"})
"""What is led: "who was running the PPK" asks its leader."""


def _led(q: Question, said: Said) -> Said:
    """ "Who was running the PPK", "who ran Ak Zhol in 2016": a verb of running with an
    organisation right after it (an article between) asks who led it (its measure and claim
    words give way to the leader); "who ran for Ak Zhol", "who ran in 2016" still ask who stood
    or took part."""
    if not said.has("marker", RUNS):  # (most questions)
        return said
    runs = [s for s in said.of("marker") if s.value == RUNS]
    starts = {s.start for label in LED for s in said.of(label)}
    fillers = {s.start for s in said.of("filler") if s.length == 1}
    led = [
        r
        for r in runs
        if r.end in starts or (r.end in fillers and not q.covered(r.end, ("party", "region"))
                               and r.end + 1 in starts)
    ]  # fmt: skip
    if not led:
        return said
    claims = [s for s in said.of("claim") if not any(s.overlaps(r) for r in led)]
    measures = [s for s in said.of("measure") if not any(s.overlaps(r) for r in led)]
    measures += [Span("measure", r.start, r.end, LEADER, r.source, r.score) for r in led]
    measures.sort(key=_START)
    return said.replaced("claim", claims).replaced("measure", measures)


def _unnamed(q: Question, spans: list[Span]) -> list[Span]:
    """The spans less a narrowing word inside a longer name: "нур отандыкинде" is the party's
    ("Нұр Отандікінде"), not "domestic" ("отандық")."""
    if "narrow" not in q.labels:  # (most questions)
        return spans
    names = [s for s in spans if s.label in SUBJECT_LABELS]
    if not names:
        return spans
    return [s for s in spans if s.label != "narrow" or not _within(s, names)]


def _qualifying(measures: Sequence[Span]) -> list[Span]:
    """ "How many good ballots", "сколько хороших бюллетеней": in a count, an advice word that
    is one adjective right before another measure's noun says what kind of figure is counted,
    it asks no advice ("which party is good", "лучше голосовать", "a good leader?" do)."""
    starts = {s.start for s in measures if s.value != ADVICE}
    return [s for s in measures if s.value == ADVICE and s.length == 1 and s.end in starts]


def _sized(measures: Sequence[Span], said: Said) -> Sequence[Span]:
    """ "How big was the drop", "how big is the gap": a measure read on the words of "how big"
    (the chamber's size) asks the size of the change or gap the question names, not a measure
    of its own."""
    if not (said.has("form", "change") or said.has("form", "compare")):  # (most questions)
        return measures
    asks = {(s.start, s.end) for s in said.of("asks")}
    return [s for s in measures if (s.start, s.end) not in asks]


def _said_with_year(
    q: Question, measures: Sequence[Span], years: Sequence[Span], lex: Lexicon
) -> Sequence[Span]:
    """ "How many more is that than Auyl got in 2021": in a comparison, a measure phrase whose
    last word is a preposition (short filler) said right before a year ("got in" | "2021") is
    not said: the word goes with the year, and "got" is the verb of what is compared ("did
    Auyl get in?", "which parties got in 2023" still ask whether they passed; "не пришло на
    выборы 2021" ends in a noun, it stays)."""
    starts = {y.start for y in years}
    ending = [s for s in measures if s.end in starts and s.end - s.start > 1]
    if not ending:  # (most questions)
        return measures
    filler = frozenset(lex.synonyms("filler", "words", q.lang))

    return [s for s in measures if s not in ending or not _preposition(q, s.end - 1, filler)]


def _preposition(q: Question, index: int, filler: frozenset[str]) -> bool:
    """Whether token `index` is a preposition: a filler word of `PREPOSITION_LETTERS` at most
    (Latin-typed Russian "v": its Russian reading)."""
    token = q.tokens[index]
    if len(token.text) > PREPOSITION_LETTERS:
        return False
    latin = token.analysis.latin and not filler.isdisjoint(token.analysis.ru)
    return token.text in filler or latin


def _described(
    q: Question, measures: Sequence[Span], said: Said, descriptive: frozenset[str]
) -> list[Span]:
    """ "Date of the 2023 snap election", "внеочередных выборов", "кезектен тыс сайлау күні":
    a measure that describes an election, said before the election's noun (a year or filler at
    most between) and not after it, asks nothing when another measure or a question word
    asks: the measure spans it describes with."""
    if descriptive.isdisjoint([s.value for s in measures]):  # (most questions)
        return []
    # the election's noun, also where it opens a phrase of another measure ("сайлау күні")
    nouns = [
        at
        for at, entries in q.entries
        if any(
            e.label == "topic" and e.value in ELECTION_WORDS and len(e.words) == 1 for e in entries
        )
    ]
    # "мерзімінен бұрын өткен сайлау қай күні": with a question word, "өткен" (held) between is
    # no previous election; asked yes/no, the descriptor may be the claim ("мерзімінде өткен")
    gap = ("year", "filler", "relative") if "asks" in said.by else ("year", "filler")
    described = [
        s
        for s in measures
        if s.value in descriptive
        and not any(at < s.start for at in nouns)  # "was the 2021 vote a snap election": said of it
        and any(
            s.end <= at <= s.end + 1 and all(q.covered(i, gap) for i in range(s.end, at))
            for at in nouns
        )
    ]
    if len(described) < len(measures) or "asks" in said.by:
        return described
    return []


ADVICE = "neutrality"
"""The measure of advice asked ("which party is better"): the bot declines it."""


def _advice(op: Span, measures: Sequence[Span], figures: Sequence[Span]) -> bool:
    """ "Is Amanat worse than Ak Zhol": a comparison word that is also advice, with no figure
    or year beside it, asks advice ("хуже 60 %", "worse than in 2021" compare)."""
    said = any(m.value == ADVICE and m.start < op.end and op.start < m.end for m in measures)
    return said and not any(
        abs(f.start - op.end) <= 2 or abs(op.start - f.end) <= 2 for f in figures
    )


def _two_of_a_kind(subjects: Sequence[Subject]) -> bool:
    """Two parties, or two observer organisations: what a comparison sets side by side."""
    kinds = Counter(s.kind for s in subjects)
    return kinds["party"] > 1 or kinds["organisation"] > 1


def _convocations(
    q: Question, said: Said, grammar: Grammar, measures: tuple[str, ...]
) -> tuple[int, ...]:
    """The elections a question names by the Mäjilis they chose ("7 созыва", "VIII
    шақырылым", "the eighth convocation"): a number or ordinal beside the word; the next
    election for what happens at a convocation's end."""
    if "convocation" not in said.by and "institution" not in said.by:  # (most questions)
        return ()
    numbers = [*said.of("ordinal"), *said.of("number")]
    found: list[int] = []
    # "the 7th Mäjilis", "седьмой мажилис": an ordinal right before the chamber is its number
    chambers = [s for s in said.of("institution") if s.value == "majilis"]
    for word in [*said.of("convocation"), *chambers]:
        near = (word.start, word.start - 1)
        beside = [n for n in numbers if n.end in near or n.start == word.end]
        if word.label == "institution":  # before it only, and only a convocation's number
            beside = [n for n in beside if n.end in near and int(n.value) in grammar.convocations]
        if not beside or not beside[0].value.isdigit():
            continue
        n = int(beside[0].value) + (1 if grammar.convocation_end & set(measures) else 0)
        if n in grammar.convocations:
            found.append(grammar.convocations[n])
    return tuple(dict.fromkeys(found))


def _years(
    q: Question, found: Sequence[Span], elections: Sequence[int]
) -> tuple[tuple[int, ...], int | None]:
    """The years asked about, and the comparison's base year if one is set apart (only an
    election can be one: "since the 2022 reform" compares nothing)."""
    if not found:  # (most questions name no year or one)
        return (), None
    cues = [
        *q.of("suffix"),
        *(s for label in BASE_CUE_LABELS for s in q.of(label) if (label, s.value) in BASE_CUES),
    ]
    ranked = [(_base_rank(q, span, cues), int(span.value)) for span in found]
    candidates = [(rank, year) for rank, year in ranked if rank and year in elections]
    base = max(candidates, key=lambda c: c[0])[1] if candidates else None
    asked = [y for y in dict.fromkeys(y for _, y in ranked) if y != base]
    return tuple(asked), base


def _base_rank(q: Question, year: Span, cues: Sequence[Span]) -> int:
    """How plainly a year is set apart as what is compared with; 0 when it is not. A word
    before it that introduces the base ranks highest ("than 2021", "чем в 2016", "compared to
    2016", "since 2016"), then a case ending or word after it ("2016-дан", "2016 жылмен
    салыстырғанда", "2016 жылдан бері"), then an operator before it ("more than 2016"): in
    "higher in 2016 than 2021" the year after "than" is the base, the one after "higher" the
    claim's subject. `cues`: the spans that may set it apart (a cue word or a case ending)."""
    rank = 0
    for span in cues:
        cue = (span.label, span.value)
        if cue in BASE_CUES and span.end in (year.start, year.start - 1):
            gap = span.end == year.start or q.covered(year.start - 1, ("filler",))
            if gap:
                rank = max(rank, BEFORE_OPERATOR if span.label == "op" else BEFORE_WORD)
        postposition = q.lang == "kk"  # "2016 жылдан бері"; "in 2021, compared with its
        # share": an English or Russian base word introduces what follows it, not the year before
        after = postposition and _follows(q, year, span) and not _before_year(q, span)
        if cue in BASE_MARKERS and after:
            rank = max(rank, AFTER)  # not "in 2023 than in 2021"
        suffix = span.label == "suffix" and span.start == year.end
        if suffix and BASE_CASES & set(span.value.split(",")):
            rank = max(rank, AFTER)
        if (
            cue == ("form", "compare")
            and year.end <= span.start <= year.end + 2
            and span.start > year.start
        ):
            rank = max(rank, AFTER)
        if _than_apart(q, year, span):
            rank = max(rank, BEFORE_WORD)
    return rank


def _kind_compared(q: Question) -> bool:
    """A comparison word right after a kind ("the parties (that fell) below the 7 % bar",
    "партий ниже барьера"): it says which of them, it claims no figure."""
    measured = {(s.start, s.end) for s in q.of("measure")}  # "мест больше": the seats compared
    kinds = {s.end for s in q.of("kind") if (s.start, s.end) not in measured}
    pointing = {s.start for s in q.of("marker") if s.value == REFERENCE}
    for op in q.of("op"):
        before = op.start
        while before - 1 in pointing:
            before -= 1
        if before in kinds:
            return True
    return False


THAN_GAP = 5
"""Words at most between "than" and the year it compares with ("than it had back in 2016")."""
NOT_BETWEEN = frozenset({"year", "party", "region", "person", "institution", "number", "op"})
"""What may not stand between "than" and its year: another year, subject, figure or operator."""


def _than_apart(q: Question, year: Span, span: Span) -> bool:
    """A year a few words after "than" (or "higher than"), a year of the claim before it: the
    base ("more votes in 2023 than it had back in 2016", "its 2021 share higher than what it
    got in 2023"). Not Kazakh, whose base comes before its word ("2016 жылға қарағанда")."""
    if q.lang == "kk" or (span.label, span.value) not in BASE_CUES - BASE_MARKERS:
        return False
    if not span.end < year.start <= span.end + THAN_GAP:
        return False
    if not any(s.label == "year" and s.end <= span.start for s in q.spans):
        return False  # "more votes in 2016": the operator's own year, not one compared with
    return not any(q.covered(i, NOT_BETWEEN) for i in range(span.end, year.start))


def _follows(q: Question, year: Span, span: Span) -> bool:
    """Whether `span` comes right after `year`, fillers between them at most."""
    return year.end <= span.start <= year.end + 1 and all(
        q.covered(i, ("filler",)) for i in range(year.end, span.start)
    )


def _before_year(q: Question, span: Span) -> bool:
    """Whether a year follows `span` ("in 2023 than in 2021": "than" before a year)."""
    return span.end < len(q.tokens) and q.covered(span.end, ("year",))


def _anchor(q: Question, said: Said, grammar: Grammar) -> tuple[str, int] | None:
    """A topic said as the time of a question about the election ("the Mäjilis elections before
    the referendum", "референдумнан кейінгі сайлау"): the topic's measure and the election
    meant, the one before the election the topic belongs to, or that election after it."""
    anchored = [s for s in said.of("measure") if s.value in grammar.anchors]
    if not anchored:  # (most questions)
        return None
    if said.has("form", "change") or said.has("form", "compare"):
        return None  # "what changed in the elections after the referendum": the referendum's
    if said.has("marker", BEFORE_MARKER) and said.has("marker", AFTER_MARKER):
        return None  # "сколько назначал до реформы и сколько после": the topic's before and after
    # "соңғы сайлау", "when was the Mäjilis chosen after the referendum"; "сколько депутатов
    # после реформы" (a figure of the election asked); "а после реформы?" (a follow-up: the time
    # of the figure asked before)
    about_election = (
        said.has("topic", ELECTION)
        or said.has("topic", COUNTRY)
        or "relative" in said.by
        or "institution" in said.by
        or any(s.value not in grammar.anchors for s in said.of("measure"))
        or said.has("marker", OPENER)
    )
    for measure in anchored:
        belongs = grammar.anchors.get(measure.value)
        if belongs is None or not about_election:
            continue
        for marker in said.of("marker"):
            beside = _follows(q, marker, measure) or _follows(q, measure, marker)
            if marker.value == AFTER_MARKER and beside:
                return measure.value, belongs
            earlier = [y for y in grammar.years if y < belongs]
            if marker.value == BEFORE_MARKER and beside and earlier:
                return measure.value, max(earlier)
    return None


OPENER = "opener"
INCLUDING = "including"
COUNTED = "counted"
"""The marker of "how many" said right before a measure's word ("how many seats")."""


REFORM_OWN = frozenset({"apk"})
"""Measures of a body the reform itself changed (the Assembly's quota moved to the Senate): asked
before and after it, they are the reform's own answer, not two elections'."""


def _around(q: Question, said: Said, grammar: Grammar) -> tuple[str, tuple[int, ...]] | None:
    """A topic said as the time on both sides of an election measure ("the list threshold
    before and after the 2022 reform", "порог до и после реформы"): the topic's measure and the
    elections either side of it. An institution's make-up asked before and after ("сколько
    сенаторов назначал до реформы и сколько после") is the topic's own answer."""
    if not (said.has("marker", BEFORE_MARKER) and said.has("marker", AFTER_MARKER)):
        return None  # (most questions)
    measures = said.of("measure")
    anchored = [s for s in measures if s.value in grammar.anchors]
    if (
        not anchored
        or "institution" in said.by
        or any(s.value in REFORM_OWN for s in measures)
        or all(s.value in grammar.anchors for s in measures)
    ):
        return None
    belongs = grammar.anchors[anchored[0].value]
    earlier = [y for y in grammar.years if y < belongs]
    return (anchored[0].value, (max(earlier), belongs)) if earlier else None


def _before(anchor: tuple[str, int] | None, grammar: Grammar) -> bool:
    """Whether a topic said as a time is "before" it (the election before the referendum)."""
    return anchor is not None and anchor[1] < grammar.anchors[anchor[0]]


def _since(said: Said) -> bool:
    """ "Since" or "after" a year ("2023-тен кейін", "после 2023"): the state from then on."""
    return said.has("marker", "since") or said.has("marker", "after")


def _since_years(
    years: tuple[int, ...], base: int | None, elections: Sequence[int]
) -> tuple[tuple[int, ...], int | None]:
    """ "Since <year>" with nothing compared asks the state since then: that election ("сенатта
    2023 жылдан бері"), or after a year between elections the first one after it ("since the
    2022 reform": 2023)."""
    if base is not None and not years:
        return (base,), None
    if base is None and len(years) == 1 and years[0] not in elections:
        after = [y for y in elections if y > years[0]]
        return ((min(after),) if after else years), None
    return years, base


def _compares(said: Said) -> bool:
    """A comparison or change is said, other than by "since" itself ("how much has turnout
    grown since 2016", "по сравнению с 2016"), or an operator sets two figures apart. With one
    year, a "vs" away from it sets other things apart ("since 2023, appointed vs elected")."""
    since = [s for s in said.of("marker") if s.value == "since"]
    years = said.of("year")
    found = [
        s
        for s in (*said.of("form"), *said.of("op"))
        if s.value in ("more", "less", *INCLUSIVE)
        or (s.value == "compare" and (len(years) != 1 or _sets_apart(s, years[0], since)))
        or (s.value == "change" and not any((m.start, m.end) == (s.start, s.end) for m in since))
    ]
    return bool(found)


def _sets_apart(word: Span, year: Span, since: Sequence[Span]) -> bool:
    """A comparison word that leads to the year, "since" at most between ("по сравнению с 2016")."""
    between = [m for m in since if word.end <= m.start and m.end <= year.start]
    gap = year.start - word.end - sum(m.length for m in between)
    return 0 <= gap <= 1


THAN_PARTY = "than_party"
"""The marker of one party named only as what is compared with ("more votes than Ak Zhol?",
"больше мест, чем у Республики?", "Халық партиясынан көп пе?")."""


def _than_party(q: Question, said: Said) -> bool:
    """One party, named after "more / less" (English, Russian) or in the Kazakh ablative."""
    parties, ops = said.of("party"), said.of("op")
    if len(parties) != 1 or not ops:
        return False
    party = parties[0]
    return ops[0].end <= party.start or _ablative(q, party)


def _ranked_count(
    said: Said, extreme: str | None, measures: Sequence[Span]
) -> tuple[str | None, str | None]:
    """The number of parties a ranking lists, and the end it lists them from: a whole number of
    2 or more right before the word "parties" (one word between: "two smallest parties"), with
    a highest or lowest or a word of winning ("первые три партии") said, or "last" right before
    it ("последние две партии", "last two parties", "соңғы екі партия": the lowest)."""
    winning = extreme is not None or any(m.value == WINNER for m in measures)
    kinds = [k for k in said.of("kind") if k.value == "party"]
    for number in said.of("number"):
        near = any(0 <= k.start - number.end <= 1 for k in kinds)
        if not (near and number.value.isdigit() and int(number.value) >= 2):
            continue
        last = any(r.value == LATEST and r.end == number.start for r in said.of("relative"))
        if last or winning:
            return number.value, LOWEST if last else extreme
    return None, extreme


THAN_LAST = "than_last"
"""The marker of the last of three or more parties named as what the others are compared with
("auyl and adal together more than ppk?", "вместе ауыл и адал больше чем нпк?", "ауыл мен
адалдың дауыстарын қоссақ халық партиясынан көп бола ма")."""


def _than_last(q: Question, said: Said) -> bool:
    """Three or more parties, the last alone after "more / less" (English, Russian) or in the
    Kazakh ablative, the others before it."""
    sides = _sides_of_op(said)
    if sides is None:
        return False
    parties, before, after = sides
    *others, last = parties
    ablative = _ablative(q, last) and last in before
    return (before == others and after == [last]) or ablative


def _ablative(q: Question, name: Span) -> bool:
    """A name in the Kazakh ablative: its own ending ("халық партиясынан") or one typed apart
    from it ("ҚХП-дан", "ппк дан")."""
    if q.tokens[name.end - 1].analysis.case == "ablative":
        return True
    kind = any(s.start == name.end for s in q.of("kind"))  # "«Ақ жол» партиясынан"
    if kind and q.tokens[name.end].analysis.case == "ablative":
        return True
    return any(s.start == name.end and "ablative" in s.value.split(",") for s in q.of("suffix"))


THAN_FIRST = "than_first"
"""The marker of the first of three or more parties named as what the others are compared with
("is ppk more than auyl and adal together?", "нпк больше, чем ауыл и адал вместе?")."""


def _than_first(q: Question, said: Said) -> bool:
    """Three or more parties, the first alone before "more / less", the others after it."""
    sides = _sides_of_op(said)
    if sides is None or q.lang == "kk":  # (Kazakh compares in the ablative)
        return False
    parties, before, after = sides
    first, *others = parties
    return before == [first] and after == others


def _sides_of_op(said: Said) -> tuple[list[Span], list[Span], list[Span]] | None:
    """Three or more parties named with "more / less": all of them, those that end before the
    first such word and those that start after it, each in order; None when fewer parties or no
    such word."""
    parties, ops = sorted(said.of("party"), key=lambda s: s.start), said.of("op")
    if len(parties) < 3 or not ops:
        return None
    op = ops[0]
    before = [p for p in parties if p.end <= op.start]
    return parties, before, [p for p in parties if p.start >= op.end]


def _compared_with(q: Question, span: Span, years: Sequence[Span]) -> bool:
    """A name that is also "compared with" after a word in the dative or right after one of two
    years: "2016 ға караганда", "өткен сайлауға қарағанда", "2023 te ... 2021 ge karaganda"
    are Kazakh 'қарағанда', not Karaganda Region."""
    if not q.says("marker", "base") or not any(
        (s.value, s.start, s.end) == ("base", span.start, span.end) for s in q.of("marker")
    ):
        return False
    return _after_dative(q, span.start) or (
        len(years) > 1 and any(span.start - 2 <= y.end <= span.start for y in years)
    )


def _after_dative(q: Question, at: int) -> bool:
    """Whether the word before token `at` is in the Kazakh dative: a case ending written apart
    from a figure ("2016 ға") or a word's own ending ("жылға", "сайлауға")."""
    if at == 0:
        return False
    ending = [s for s in q.of("suffix") if s.end == at]
    if ending:
        return any(DATIVE in s.value.split(",") for s in ending)
    return q.lang == "kk" and q.tokens[at - 1].analysis.case == DATIVE


def _stranded(q: Question) -> bool:
    """The message ends with a preposition whose object is left out (read before overlaps are
    settled: "votes for" is a measure's phrase too)."""
    if not q.entries:
        return False
    at, entries = q.entries[-1]
    return at == len(q.tokens) - 1 and any(
        (e.label, e.value) == ("marker", STRANDED) for e in entries
    )


def _asks_inside(q: Question, measures: Sequence[Span]) -> bool:
    """Whether a measure's phrase holds a question word ("how far short", "на сколько больше")."""
    return any(
        e.label == "asks"
        for at, entries in q.entries
        if any(m.start <= at < m.end for m in measures)
        for e in entries
    )


def _confirms(markers: Sequence[Span], length: int) -> bool:
    """It opens by putting a statement up to be confirmed ("so ...", "то есть ...", "i heard"),
    or closes by asking it checked ("... 66 of them abroad. Confirm.", "... Check.")."""
    return any(s.value == CONFIRM and (s.start < OPENER_SPAN or s.end == length) for s in markers)


def _closing_check(q: Question, spans: list[Span]) -> list[Span]:
    """A statement with a figure closed (or opened) by a word asking it checked ("... 10,060
    polling stations. Confirm.", "Утверждение: ..."): the word asks a yes/no of the statement,
    it is no measure (never the PM's approval vote)."""
    length = len(q.tokens)
    closing = [
        (s.start, s.end)
        for s in spans
        if s.label == "marker" and s.value == CONFIRM and (s.start == 0 or s.end == length)
    ]
    if not closing or not any(s.label == "number" for s in spans):  # (most questions)
        return spans
    return [s for s in spans if not (s.label == "measure" and (s.start, s.end) in closing)]


def _estimate_against(
    measures: Sequence[str],
    comparison: Comparison | None,
    base: int | None,
    years: Sequence[int],
    parties: Sequence[Subject],
) -> bool:
    """An estimate said in a comparison with no figure, of one election and at most one party
    ("на сколько меньше, чем показал экзитпол"): the estimate set against the official figure."""
    return (
        bool(ESTIMATES & set(measures))
        and comparison is not None
        and comparison.value is None
        and base is None
        and len(years) <= 1
        and len(parties) <= 1
    )


def _marker_counts(span: Span, q: Question) -> bool:
    """Markers count anywhere, but an opener only at the start ("а в 2016?") or, for the Kazakh
    "ше", at the end; a Kazakh case ending typed apart ("2023 те ше") takes no place of its own."""
    if span.value != "opener":
        return span.value in MARKERS
    apart = sum(1 for s in q.of("suffix") if s.end <= span.start)
    return span.start - apart < OPENER_SPAN or span.end == len(q.tokens)


def _checks(
    q: Question,
    forms: set[str],
    measures: set[str],
    comparison: Comparison | None,
    grammar: Grammar,
) -> bool:
    """A yes/no a question says it asks is one, except a what-if's that claims nothing to check
    ("if the cutoff were 5 %", "если бы барьер был 5 %?", "не болар ма еді": the calculation);
    "would Ak Zhol still get 12 seats at 5 %?", "would Auyl pass?" are."""
    if q.labels.isdisjoint(("threshold", "method")):
        return True
    named = "party" in q.labels
    stated = any(not q.covered(s.start, ("threshold",)) for s in q.of("number"))
    return (
        comparison is not None
        or stated  # "12 seats"
        or "claim" in q.labels  # "still", "change"
        or "change" in forms
        or bool(grammar.predicates & measures)  # "pass", "a majority"
        or (named and bool(grammar.party_predicates & measures))  # "would Ak Zhol get seats"
    )


def _guessed(q: Question, asks: Sequence[Span]) -> bool:
    """A question word answered by the asker's own guess, put up to be confirmed: a yes/no
    word after every question word, and a person named after it ("кто спикером стал, небось
    нигматулин?")."""
    if not asks:
        return False
    after = max(a.end for a in asks)
    said = [f.start for f in q.of("form") if f.value == "yesno" and f.start >= after]
    return bool(said) and any(p.start >= min(said) for p in q.of("person"))


def _yesno(
    q: Question,
    forms: set[str],
    asks: Sequence[Span],
    measures: set[str],
    comparison: Comparison | None,
    grammar: Grammar,
    claimed: bool,
    named_twice: bool = False,
    *,
    figures: int,
) -> bool:
    """A yes/no question: it says so ("ли", "ме", "или нет"); or, in English, an auxiliary
    comes before what is asked about ("did Auyl pass", "at 5 % would Auyl ..."); or, with no
    question word, it asks a predicate or compares ("прошла в мажилис?", "выше 70 %?"), or
    says one party by two of its names (`named_twice`: "народная партия это бывшие
    коммунисты?"). `figures`: the numbers said that are no year ("явка 23?" asks 2023's
    turnout, states no figure)."""
    labels = q.labels
    aux = _asking_aux(q)
    # "did the referendum cut the number of senators": the auxiliary comes before "the number"
    aux_first = q.lang == "en" and bool(aux) and all(min(aux) < a.start for a in asks)
    if _guessed(q, asks):  # "кто стал спикером, небось нигматулин?": the guess is asked
        return True
    if (asks and not aux_first) or "alternative" in forms:
        return False
    if "yesno" in forms:
        return True
    if q.lang == "en" and aux and _aux_before(q, min(aux)):
        return True
    if comparison is not None and _kind_compared(q):
        comparison = None  # "доля партий ниже барьера": which parties, no claim of a figure
    # "ең жоғары мен ең төмен қатысу": an extreme of a measure whose word is also a claim
    # ("қатысу": turnout, or took part) asks the measure's extreme, not whether it happened
    extreme = "extreme" in labels
    claims = not extreme and claimed
    # "ak zhol got 12 seats in 2021?": a statement of one figure of what it names, asked
    stated = (
        q.asked
        and bool(measures)
        and figures == 1
        and "threshold" not in labels
        and q.said.pairs.isdisjoint(SUPPOSING)
    )
    if q.lang == "en":  # "auyl made it past 7%?", "osce said voters had a real choice?": a
        # statement asked (an auxiliary after what it is about is the statement's own)
        decides = (
            comparison is not None
            or claims
            or stated
            or named_twice
            or bool(grammar.predicates & measures)
            or _obtains(q, grammar, measures)
        )
        # "respublica overtook ak zhol in 2023": one party set above another is a claim to
        # check, question mark or not
        parties = {s.value for s in q.of("party")}
        ranked = comparison is not None and len(parties) > 1
        return (q.asked or ranked) and decides
    # "это самая высокая?": an extreme said of what it points back at, asked
    pointed = extreme and q.asked and q.says("marker", REFERENCE)
    # "нур отан больше 70 % набрал?"
    if not (measures or claims or named_twice or pointed) and comparison is None:
        return False
    named = "party" in labels
    same_day = q.says("marker", "same_day")
    return (
        comparison is not None
        or pointed
        or same_day  # "маслихаты выбирали в тот же день?"
        or claims  # "мамина единогласно утвердили?"
        # "доля не прошедших партий": the predicate picks the parties, it is not asked
        or (bool(grammar.predicates & measures) and not _group_picked(q, measures, grammar))
        # "осдп участвовала?"
        or (named and bool(grammar.party_predicates & measures) and _verb(q))
        # "нигматулина переизбрали спикером?"
        or (q.asked and (stated or named_twice or _verb(q)))
    )


def _obtains(q: Question, grammar: Grammar, measures: set[str]) -> bool:
    """ "Adal get any seats?", "Nur Otan win in 2021?": an English verb of winning after a
    party named, no auxiliary before it, asks whether the party got what is measured."""
    parties = q.of("party")
    said = [s.start for s in q.of("marker") if s.value == OBTAINS]
    return (
        bool(grammar.party_predicates & measures)
        and bool(parties)
        and any(min(p.start for p in parties) < at for at in said)
    )


OBTAINS = "obtains"
"""The marker of an English verb of winning ("get", "won"): with a party before it, a yes/no."""


def _group_picked(q: Question, measures: set[str], grammar: Grammar) -> bool:
    """Whether a predicate picks the parties another figure is asked of ("доля непрошедших
    партий", "өтпеген партиялардың дауысы"): said of the parties as a kind, none named."""
    return (
        "party" not in q.labels
        and q.says("kind", PARTY_KIND)
        and bool(measures - grammar.predicates - {"threshold"})
    )


def _aux_before(q: Question, aux: int) -> bool:
    """Whether an English auxiliary at token `aux` comes before what is asked about (a
    measure or a name; none said: it does)."""
    # "at a 5 % cutoff, would": the threshold word is the what-if's setting, not what the
    # auxiliary comes after
    supposing = "threshold" in q.labels
    content = [
        s.start
        for label in ("measure", "party", "region", "person")
        for s in q.of(label)
        if not (supposing and label == "measure" and s.value == "threshold")
    ]
    return not content or aux < min(content)


def _verb(q: Question) -> bool:
    """Whether the question has a finite verb, not a name read as one ("адала")."""
    return any(t.analysis.verb and not q.covered(i, SUBJECT_LABELS) for i, t in enumerate(q.tokens))


def _asking_aux(q: Question) -> list[int]:
    """Where the English auxiliaries that may ask a yes/no stand: not the verb of an if-clause
    ("if the cutoff were 5 %, what would ...": "were" supposes, it asks nothing), the first
    auxiliary after a conditional word that is no auxiliary itself."""
    if not q.says("marker", "aux"):  # (most questions)
        return []
    markers = q.of("marker")
    aux = sorted(s.start for s in markers if s.value == "aux")
    ifs = [s.start for s in markers if s.value == "conditional" and s.start not in aux]
    supposed = {next((a for a in aux if a > i), None) for i in ifs}
    return [a for a in aux if a not in supposed and not _stated_order(q, a)]


def _stated_order(q: Question, aux: int) -> bool:
    """Whether the English auxiliary at token `aux` stands in a statement's order, after its
    subject: a subject pronoun just before it ("he is pm since which year",
    "i have an office in ..."), or a question word just after it ("difference is how much",
    "turnout was what"): it asks no yes or no."""
    if any(s.value == "subject" and s.start < aux <= s.end for s in q.of("marker")):
        return True
    return any(s.start == aux + 1 for s in q.of("asks"))


def _comparison(
    q: Question, ops: Sequence[Span], numbers: Sequence[Span], fractions: Sequence[Span]
) -> Comparison | None:
    """ "more than 70 %", "больше половины", "400-ден асты": the direction and the figure
    beside it."""
    if not ops:
        return None
    op = ops[0]
    # "не превысила", "didn't exceed", "did not get more", "аспады" (a Kazakh negative verb,
    # the op and its negation in one word)
    negations = _negations(q)
    # ... or "80 пайыздан көп алмады", "көп дауыс жинамады": a Kazakh negated verb just after
    negated = (
        op.start in negations
        or (op.start - 1 in negations and q.covered(op.start - 1, ("filler",)))
        or (op.value not in INCLUSIVE and any(op.start < end <= op.end for end in negations))
        or any(t.analysis.negated for t in q.tokens[op.end : op.end + NEGATED_VERB_REACH])
    )
    # "the two parties that fell below": a count of what follows it, not the figure compared
    # (Kazakh says the figure compared before its word: "үш партиядан көп")
    counts = {s.start - 1 for s in q.spans if s.label == "kind"} if q.lang != "kk" else set()
    figures = [f for f in (*numbers, *fractions) if f.end - 1 not in counts or f.start >= op.end]
    near = [n for n in figures if abs(n.start - op.end) <= 2 or abs(op.start - n.end) <= 2]
    if not near:
        return Comparison(op.value, negated=negated)
    figure = min(near, key=lambda n: abs(n.start - op.start))
    value = figure.value
    percent = value.endswith("%") or figure.label == "fraction"
    return Comparison(op.value, value.rstrip("%"), percent, negated)


NEGATED_VERB_REACH = 2
"""How many words after "more / less" a negated verb may come and negate the comparison."""
NEGATED = "not_"
"""The prefix of a claim the question negates ("no genuine choice": `not_genuine_choice`)."""
STILL = "still"
"""The claim that a state lasts until now ("still called", "до сих пор"): it asks the latest
election, unless the question sets the time ("at the time")."""
ELECTION = "election"
"""The topic word naming the election itself ("election", "выборы", "сайлау")."""
COUNTRY = "country"
"""The topic word naming the country ("Kazakhstan"): read as the election's words, alone."""
ELECTION_WORDS = frozenset({ELECTION, COUNTRY})
ELECTION_SAID = "election_said"
"""The marker of a question that names the election itself (or its country)."""
COUNTRY_ONLY = "country_only"
"""The marker of a question whose only election word is the country ("хлеб в казахстане")."""
BEFORE_MARKER, AFTER_MARKER = "before", "after"
"""Markers of a time before / after something said ("перед референдумом", "after 2016")."""
RAN = "took_part"
"""The claim that a party ran ("did X run / take part")."""
REPEAT = "repeat"
"""The marker of "same for 2023" / "то же для 2023": the previous question asked again."""
YESNO_SAID = "yesno_said"
"""The marker of a yes/no said as a question ("ма", "ли", "?", an English auxiliary)."""
CONDITIONAL = "conditional"
"""The marker of an if-clause ("если бы", "if it were", "болса")."""
NONE, EACH = "none", "each"
"""The quantifiers "no party" and "any party"."""
TWO_NAMES = "two_names"
"""The marker of a renaming asked by saying one party's two names ("Адал — бывший Бирлик?")."""


def _claimed(q: Question, said: Sequence[Span], measures: Sequence[Span], forms: set[str]) -> bool:
    """Whether the question states a claim to check: not one read on a measure's very words
    unless it is asked ("2016 мен 2021 қатысуы": "қатысу" is the turnout, not "took part",
    until "... қатысты ма?")."""
    if q.asked or "yesno" in forms:
        return bool(said)
    return any(not any((m.start, m.end) == (s.start, s.end) for m in measures) for s in said)


def _whose_figure(
    asks: str | None,
    kinds: Sequence[str],
    parties: Sequence[Subject],
    measures: tuple[str, ...],
    figures: tuple[str, ...],
    comparison: Comparison | None,
) -> bool:
    """ "Which party had 84 seats / 792 828 votes": one count said, the party asked."""
    counted = measures in ((SEATS,), (VOTES,)) and len(figures) == 1 and figures[0].isdigit()
    return asks == "which" and PARTY_KIND in kinds and not parties and counted and not comparison


def _over_majority(
    measures: tuple[str, ...],
    parties: Sequence[Subject],
    comparison: Comparison | None,
    years: tuple[int, ...],
    base: int | None,
) -> bool:
    """More or fewer than the majority needs, of one party in one election: its margin over
    the majority (the majority's answer for the party), not the majority across elections."""
    one = len(parties) == 1 and len(years) <= 1 and base is None
    vague = comparison is not None and comparison.value is None
    return measures == (MAJORITY,) and one and vague


def _off_topic(q: Question, said: Said) -> bool:
    """Whether the question says an off-topic word: as typed, or (a typing slip undone) with
    no measure of the elections said ("сайлаушылар саны ... коебейди": a slip read as "street"
    does not take an electorate's question off the topic)."""
    found = said.of("offtopic")
    if not found:  # (most questions)
        return False
    # ("для справки акиму": the akim a lead-in names is no off-topic word)
    found = _past_lead_in(found, said)
    if not found:
        return False
    return any(not q.tokens[s.start].slip for s in found) or "measure" not in said.by


def _past_lead_in(offtopic: Sequence[Span], said: Said) -> Sequence[Span]:
    """The off-topic words outside a lead-in that gives the question's purpose ("акимге
    справка керек, 2021 сайлауда жарамсыз бюллетень саны қанша", "для справки акиму нужно:
    ...": the akim the certificate is for), up to the first measure asked after it; all of
    them when there is no such lead-in."""
    if not said.has("filler", PURPOSE):  # (most questions)
        return offtopic
    purpose = max(p.end for p in said.of("filler") if p.value == PURPOSE)
    asked = [m.start for m in said.of("measure") if m.start >= purpose]
    lead = min(asked, default=0)
    return [s for s in offtopic if s.end > lead]


def _counts_measure(asks: Sequence[Span], measures: Sequence[Span]) -> bool:
    """ "How many" right before a measure's word ("how many seats", "сколько мест", "неше
    орын"): that measure is what is counted."""
    starts = {m.start for m in measures}
    return any(a.value == "count" and a.end in starts for a in asks)


def _counts_parties(said: Said) -> bool:
    """A figure said right before "parties" ("3 parties", "3 партии", "3 партия"): it counts
    parties, not the measure's own figure."""
    kinds = {s.start for s in said.of("kind") if s.value == PARTY_KIND}
    return any(s.end in kinds for s in said.of("number"))


def _said(said: Said) -> list[Span]:
    """The claims a question states: not one inside a reference back ("за те же годы", "the
    same years": the years said before, not the claim "the same"), nor inside a phrase that
    carries nothing ("большинство без других партий": no claim that something changed), nor
    a word of a longer measure's phrase ("fall short" is a shortfall, not a fall)."""
    claims = said.of("claim")
    if not claims:  # (most questions)
        return []
    references = [s for s in said.of("marker") if s.value == REFERENCE]
    aside = [*references, *said.of("filler")]
    phrases = [m for m in said.of("measure") if m.end - m.start > 1]
    return [
        s
        for s in claims
        if not _within(s, aside)
        and not any(_within(s, [m]) and m.end - m.start > s.end - s.start for m in phrases)
    ]


BEFORE_MOVES = {"more": "rose", "less": "fell"}
"""A comparison with "the previous time" and no figure: the move it claims."""


def _than_before(
    comparison: Comparison | None, relative: str | None, named: int, base: int | None
) -> str | None:
    """ "Did Ak Zhol get more seats than the previous time": the move claimed between the
    election asked and the one before it (not the previous election's figure alone), when
    nothing else is set beside it (a second party or year, a base); else None."""
    if relative != "previous" or comparison is None or comparison.value is not None:
        return None
    return BEFORE_MOVES.get(comparison.direction) if named <= 1 and base is None else None


def _claims(q: Question, found: Sequence[Span]) -> tuple[str, ...]:
    """What a yes/no question asks of a statement; a claim right after a negation ("no real
    choice", "не было конкурентной") is asked negated."""
    if not found:  # (most questions)
        return ()
    negations = _negations(q)
    return unique(
        f"{NEGATED}{s.value}"
        if s.start in negations
        or (s.start - 1 in negations and q.covered(s.start - 1, ("filler",)))
        else s.value
        for s in found
    )


def _none_claimed(comparison: Comparison | None, claims: Sequence[str]) -> bool:
    """Whether the one figure stated is none, said of a claim that is no move or sameness."""
    return (
        comparison is not None
        and comparison.direction == EQUAL
        and not comparison.percent
        and comparison.value is not None
        and _is_none(comparison.value)
        and bool(claims)
        and all(c.removeprefix(NEGATED) not in UNCOUNTED_CLAIMS for c in claims)
    )


def _is_none(value: str) -> bool:
    """Whether a figure said is nought."""
    try:
        return float(value.replace(",", ".")) == 0
    except ValueError:
        return False


def _denied_claim(claim: str) -> str:
    """The claim said the other way ("against" → "not_against", and back)."""
    return claim.removeprefix(NEGATED) if claim.startswith(NEGATED) else f"{NEGATED}{claim}"


UNCOUNTED_CLAIMS = frozenset({"rose", "fell", "changed", "doubled", "halved", "same"})
"""Claims a figure stated measures, not counts: a move or sameness is never denied by a nought."""


def _negative(q: Question) -> bool:
    """Whether the question says a negation anywhere: a negation word or a negated verb form
    ("алмады")."""
    return q.says("marker", "negation") or any(t.analysis.negated for t in q.tokens)


def _negations(q: Question) -> set[int]:
    """Where a negation ends: a claim or measure starting there is said negated."""
    if not q.says("marker", "negation"):  # (most questions)
        return set()
    return {s.end for s in q.of("marker") if s.value == "negation"}


def _failing(q: Question, said: Said) -> tuple[str, ...]:
    """A party's passing the question states negated ("правда, что Адал не прошёл?", "өтпей
    қалды", "did Auyl fail (to pass)?"): asked as the claim `not_passed`, so the verdict answers
    the statement said."""
    if not said.has("measure", PASSED):  # (most questions)
        return ()
    passed = [s for s in said.of("measure") if s.value == PASSED]
    negations = _negations(q)
    # "fail" / "failed" is both the measure and its negation; "fail to pass": "to" between
    negating = [(n.start, n.end) for n in q.of("marker") if n.value == "negation"]
    failed = any(
        s.start in negations
        or (s.start - 1 in negations and q.covered(s.start - 1, ("filler",)))
        or any(s.start <= a and b <= s.end for a, b in negating)
        or any(t.analysis.negated for t in q.tokens[s.start : s.end])
        for s in passed
    )
    return (f"{NEGATED}{PASSED}",) if failed else ()


LATEST = "latest"
LOWEST = "lowest"
EQUAL = "equal"
"""A comparison asking whether a figure is the one named ("was the threshold 7 %?")."""
APPROXIMATE = "approximate"
"""...or roughly the one named ("явка была около 30 %?"): the marker said right before it."""


def _approximate(said: Said, figure: str) -> bool:
    """Whether the figure stated is said as rough ("около 30 процентов", "about 63 %")."""
    if not said.has("marker", APPROXIMATE):  # (most questions)
        return False
    starts = {s.start for s in said.of("number") if s.value == figure}
    return any(s.value == APPROXIMATE and s.end in starts for s in said.of("marker"))


SUPPOSING = frozenset({("marker", "conditional"), ("measure", "whatif")})


def _share_stated(q: Question, said: Said) -> tuple[str, ...]:
    """ "Адал 3.57 пайыз алды ма", "nur otan got 72 percent?": a party's one percentage, no
    measure word left beside it (the percent word is the figure's), states its vote share."""
    numbers = said.of("number")
    if "party" not in said.by or "threshold" in said.by or len(numbers) != 1:
        return ()
    if not numbers[0].value.endswith("%") or q.covered(numbers[0].start, ("op",)):
        return ()
    return ("share",)


def _states(
    measures: tuple[str, ...], figures: tuple[str, ...], threshold: str | None, supposes: bool
) -> bool:
    """A yes/no question that states one figure of what it asks, supposing nothing ("did Amanat
    get 63 seats", "is 11,915,903 the number registered"): whether the figure is the fact.
    (`supposes`: the question says a what-if, `SUPPOSING`.)"""
    return bool(measures) and len(figures) == 1 and threshold is None and not supposes


def _about_threshold(q: Question, said: Said, threshold: str | None) -> str | None:
    """The threshold figure when the question asks whether the threshold was it ("в 2023 тоже
    был барьер 7 %?", "was the threshold 5 %?") rather than supposing one ("and with a 3 %
    threshold?"): it says "is/was" (a verb, an auxiliary, a yes/no particle), supposes
    nothing, follows nothing up, and asks about nothing but the threshold."""
    if threshold is None or "method" in said.by:
        return None
    if not said.pairs.isdisjoint(SUPPOSING):
        return None
    if any(s.value == "opener" and s.start < OPENER_SPAN for s in said.of("marker")):
        return None
    says = (
        said.has("marker", "aux")
        or said.has("form", "yesno")
        or any(t.analysis.verb for t in q.tokens)
    )
    measures = {s.value for s in said.of("measure")}
    return threshold if says and measures == {"threshold"} else None


def _among(said: Said, years: Sequence[int], parties: Sequence[Subject]) -> bool:
    """ "Кандидаттар арасында", "among the candidates": a word that is both "between" and a
    comparison sets one population, not two things apart, when the question names no two years,
    parties or measures and no other comparison word."""
    if not (said.has("form", "compare") or said.has("form", "change")):  # (most questions)
        return False
    compares = [s for s in said.of("form") if s.value in ("compare", "change")]
    between = {(s.start, s.end) for s in said.of("marker") if s.value == "between"}
    return (
        bool(compares)
        and all((s.start, s.end) in between for s in compares)
        and len(years) <= 1
        and len(parties) <= 1
        and len({s.value for s in said.of("measure")}) <= 1
    )


def _ends_apart(said: Said, extreme: str) -> bool:
    """ "Разница между самой высокой и самой низкой явкой по регионам": a comparison word
    beside both extremes sets the two ends apart (not "among the regions")."""
    between = {(s.start, s.end) for s in said.of("marker") if s.value == "between"}
    return extreme == BOTH and any(
        s.value == "compare" and (s.start, s.end) not in between for s in said.of("form")
    )


APART = frozenset({("marker", "between"), ("form", "compare")})
"""What sets two things apart as one question ("the gap between X and Y", "compare X and Y")."""

ABBREVIATION_CHARS = 4
"""The longest abbreviation of a party's name ("OSDP", "ҚХП")."""

LEADING = frozenset({"marker", "filler", "suffix"})
"""What may open a clause before its question word or measure ("а кто", "and how many")."""


def clauses(
    q: Question, priority: Mapping[str, int], breaks: frozenset[int] = frozenset()
) -> tuple[str, ...]:
    """The questions of a message that asks several; empty when it asks one. A clause starts
    where a new question word follows "and" ("когда выборы были и когда первое заседание?",
    "how many APK members voted and how many votes did Abdrakhmanov get"), or where, after a
    comma (`breaks`) or "vs", a new question word or another measure comes ("кто стал спикером,
    а кто премьером", "ballots issued vs valid votes", "неше бюллетень берілді, оның қаншасы
    жарамсыз")."""
    if not (breaks or q.says("marker", "conjunction") or q.says("form", "compare")):
        return ()  # (most questions) nothing may start a clause
    after_and = {
        s.end: s.start for s in q.spans if s.label == "marker" and s.value == "conjunction"
    }
    after_vs = {s.end: s.start for s in q.spans if s.label == "form" and s.value == "compare"}
    if not (after_and or after_vs or breaks):  # (most questions) nothing may start a clause
        return ()
    cuts: list[tuple[int, int]] = []  # (where the previous clause ends, where the next starts)
    asked = False
    for span in sorted(q.spans, key=lambda s: (s.start, -s.end)):
        # "и в скольких странах": function words may come between "and" and the question word
        at = next((e for e in after_and if e <= span.start and _openers(q, e, span.start)), None)
        new = at is not None and at > (cuts[-1][1] if cuts else 0)
        if span.label == "asks" and asked and new and at is not None:
            cuts.append((after_and[at], at))
        asked = asked or span.label in ("asks", "measure")
    vs = {e: s for e, s in after_vs.items() if _measure_ends(q, s)}
    # "… и в скольких странах"; not "the gap between the exit poll and the result"
    setting_apart = [s.end for s in q.spans if (s.label, s.value) in APART]
    vs |= {
        e: s for e, s in after_and.items() if e not in vs and not any(a <= s for a in setting_apart)
    }
    # "больше, чем нужно": a comma inside a phrase, or "than" after "more", goes on comparing
    inside = {i for s in q.spans for i in range(s.start + 1, s.end)}
    compared = [s.end for s in q.spans if s.label == "op"]
    for at, end in [*((b, b) for b in breaks), *vs.items()]:
        if any(a <= at <= b for a, b in cuts) or at in inside:
            continue
        if at in after_vs and any(e <= after_vs[at] for e in compared):
            continue
        if at in breaks and _denies_figure(q, at):
            continue  # "кедергі 7 емес, 5 пайыз болғанда …": what the figure is not, then it
        since = max((b for _, b in cuts if b < at), default=0)
        until = min((b for b in (*breaks, *vs) if b > at), default=len(q.tokens))
        if _opens_clause(q, priority, at, since, until, comma=at in breaks):
            cuts.append((end, at))
    if not cuts:
        return ()
    cuts.sort()
    words = [t.text for t in q.tokens]
    starts = [0, *(start for _, start in cuts)]
    ends = [*(end for end, _ in cuts), len(words)]
    return tuple(" ".join(words[a:b]) for a, b in zip(starts, ends, strict=True))


def _denies_figure(q: Question, at: int) -> bool:
    """Whether the words before a comma at `at` end in a figure denied ("7 емес", "не 7")."""
    if at < 2:
        return False
    negated = {i for s in q.of("marker") if s.value == "negation" for i in range(s.start, s.end)}
    figure, other = (at - 2, at - 1), (at - 1, at - 2)  # "7 емес" | "не 7"
    return any(q.covered(f, ("number",)) and n in negated for f, n in (figure, other))


DISCLAIMING = frozenset({"measure", "institution", "party", "region", "year", "narrow"})
"""What a message's last clause may name as not asked ("…, not maslikhat", "…, not 2016")."""


def disclaimed(q: Question, breaks: frozenset[int]) -> int | None:
    """Where a message's last clause (after a comma) only says what is *not* asked: "Almaty
    2021 majilis vote, not maslikhat", "…, а не маслихат", "…, мәслихат емес" (the negation
    opens the clause or ends the message, and it asks nothing). The question is the words
    before it; None when there is no such clause."""
    if not breaks or not q.says("marker", "negation"):  # (most questions)
        return None
    at = max(breaks)
    if _describes(q, at):  # "у партий, не прошедших в мажилис": it describes the parties
        return None
    inside = [s for s in q.spans if s.start >= at]
    negations = [s for s in inside if (s.label, s.value) == ("marker", "negation")]
    if not negations or any(s.label in ("asks", "form") for s in inside):
        return None
    said = [s for s in inside if s.label in DISCLAIMING]
    opens = _openers(q, at, negations[0].start)
    ends = negations[-1].end == len(q.tokens) and negations[-1].start > at
    return at if said and (opens or ends) else None


OR_NOT_REACH = 3
"""How far (in tokens) after "or" a negation may stand for the alternative to be "or not"."""


def or_not(q: Question, negating: frozenset[str]) -> int | None:
    """Where an "or" puts up the negation of what comes before it ("прошла ли ауыл в мажилис
    или опять не дотянула до 7 %", "did auyl pass or did it not make it", "ауыл өтті ме әлде
    өтпеді ме"): the question is the words before it, a yes/no, not a choice between two
    things; None when there is no such "or" (the words after it ask nothing of their own).
    `negating`: the negation words, also where a measure holds one ("не дотянула")."""
    ors = [s for s in q.of("form") if s.value == "alternative"]
    if not ors:  # (most questions)
        return None
    at = ors[-1]
    negations = [n.start for n in q.of("marker") if n.value == "negation"]
    after = q.tokens[at.end : at.end + OR_NOT_REACH]
    negations += [t.position for t in after if t.analysis.negated or t.norm in negating]
    negated = any(0 <= n - at.end < OR_NOT_REACH for n in negations)
    asks = any(s.label == "asks" and s.start >= at.end for s in q.spans)
    return at.start if at.start and negated and not asks else None


SMALL_TALK = 1
GREETING = "greeting"
"""The priority of measures that ask nothing of the facts ("привет", "thanks"): no question
of its own before a comma."""


def _openers(q: Question, start: int, end: int) -> bool:
    """Whether the tokens from `start` to `end` only open a clause: markers, filler and
    function words ("а", "and", "в")."""
    return all(
        q.covered(i, LEADING) or q.tokens[i].analysis.function_word for i in range(start, end)
    )


def _measure_ends(q: Question, at: int) -> bool:
    """Whether a measure ends right before token `at` ("ballots issued | vs ...")."""
    return any(s.label == "measure" and s.end == at for s in q.spans)


def _if_clause(q: Question, since: int, at: int) -> bool:
    """Whether the words from `since` to `at` are an if-clause that asks nothing ("if only one
    party passes the threshold, …"): the condition of the question after it."""
    opens = any((s.start, s.label, s.value) == (since, "marker", "conditional") for s in q.spans)
    return opens and not any(s.label == "asks" and since <= s.start < at for s in q.spans)


def _describes(q: Question, at: int) -> bool:
    """Whether a Russian participle, negated or not, or a relative pronoun starts at token `at`
    ("партия, занявшая второе место", "партий, не прошедших в мажилис", "партий, которые не
    прошли"): it describes what comes before."""
    if any(m.start == at and m.value == RELATIVE_CLAUSE for m in q.of("marker")):
        return True
    if at < len(q.tokens) and any(
        s.start == at and (s.label, s.value) == ("marker", "negation") for s in q.spans
    ):
        at += 1
    return at < len(q.tokens) and q.tokens[at].analysis.participle


def _opens_clause(
    q: Question, priority: Mapping[str, int], at: int, since: int, until: int, *, comma: bool
) -> bool:
    """Whether a question of its own starts at token `at` (and runs to `until`): the words
    before it (from `since`) ask something, and after its openers comes a measure they did not
    ask, or (after a comma) a question word, or a clause asking such a measure ("партияларга
    канша дауыс")."""
    if comma and _describes(q, at):
        return False  # "партия, занявшая второе место": it describes what comes before
    if comma and _if_clause(q, since, at):
        return False  # "if only one party passes, does the second get seats?": one question
    before = [s for s in q.spans if since <= s.start and s.end <= at]
    asking = [
        s for s in before
        if (s.label == "asks" and comma)
        or (s.label == "measure" and priority.get(s.value, 0) > SMALL_TALK)
    ]  # fmt: skip
    if not asking:
        return False
    asked = {s.value for s in before if s.label == "measure"}
    inside = sorted((s for s in q.spans if at <= s.start and s.end <= until),
                    key=lambda s: (s.start, -s.end))  # fmt: skip
    if comma and not asked and not any(s.label == "asks" for s in inside):
        return False  # "how did Ak Zhol do in Almaty region, vote share": what it asked
    new_measure = any(s.label == "measure" and s.value not in asked for s in inside)
    questions = comma or any(s.label == "asks" for s in before)  # not "women and men candidates"
    if questions and new_measure and any(s.label == "asks" for s in inside):
        return True  # "… and how many seats did Ak Zhol get": its own question, a name first
    first = next((s for s in inside if s.label not in LEADING), None)
    if first is None or not _openers(q, at, first.start):
        return False
    heads = [s for s in inside if s.start == first.start]  # "в скольких странах": a measure too
    if any(s.label in SUBJECT_LABELS for s in heads):  # "than ODIHR's": a name, no question
        return False
    return any(
        (s.label == "asks" and comma) or (s.label == "measure" and s.value not in asked)
        for s in heads
    )


def _first(spans: Sequence[Span]) -> str | None:
    """The value of the first of `spans`, if any."""
    return spans[0].value if spans else None


_START = attrgetter("start")


def _party_left_out(q: Question, said: Said, asks: str | None) -> tuple[Narrowing, ...]:
    """ "Who won the districts that Amanat didn't", "кто ещё, кроме тех, что не взял Аманат":
    a party negated right beside it, when who or which is asked, is the one left out (`except`),
    not the one asked about."""
    if asks not in ("who", "which") or not said.has("marker", "negation"):
        return ()
    parties = said.of("party")
    for n in (s for s in said.of("marker") if s.value == "negation"):
        near = [p for p in parties if _near(n, (p,))]
        if near:  # the words as said: "amanat didnt", "не взял аманат"
            start, end = min(n.start, near[0].start), max(n.end, near[0].end)
            return (Narrowing(EXCEPT, q.words(start, end)),)
    return ()


def _after(span: Span, others: Sequence[Span], value: str) -> bool:
    """`span` comes right after one of `others` with this value."""
    return any(o.end == span.start and o.value == value for o in others)


def _touches(span: Span, others: Sequence[Span]) -> bool:
    return any(o.end == span.start or span.end == o.start for o in others)


def _near(span: Span, others: Sequence[Span]) -> bool:
    return any(abs(o.end - span.start) <= 2 or abs(span.end - o.start) <= 2 for o in others)


def _outside(spans: Sequence[Span], others: Sequence[Span]) -> list[Span]:
    """`spans` but those `_within` one of `others` (most questions: no `others`)."""
    if not others:
        return list(spans)
    return [s for s in spans if not _within(s, others)]


def _within(span: Span, others: Sequence[Span]) -> bool:
    """Inside one of `others` that is longer."""
    return any(o.start <= span.start and span.end <= o.end and o.length > span.length
               for o in others)  # fmt: skip


def _narrowing(measures: list[Span], narrow: Sequence[Span], grammar: Grammar) -> list[Span]:
    """`measures` without those read on the very words of a narrowing phrase that another
    measure of the question is narrowed by ("партиялық тізіммен неше орын": the list narrows
    the seats, it is not the party's list)."""
    if not narrow:  # (most questions)
        return measures
    same = {(n.start, n.end): n.value for n in narrow}
    values = {s.value for s in measures}

    def narrows(span: Span) -> bool:
        meaning = same.get((span.start, span.end), span.value)
        # (a narrowing and a measure of one name are one meaning: "exit poll", "women")
        return meaning != span.value and bool(
            (values - {span.value}) & grammar.narrowed.get(meaning, frozenset())
        )

    return [s for s in measures if not narrows(s)]


def _outranked(outside: list[Span], spans: Sequence[Span], lex: Lexicon) -> list[Span]:
    """`outside`, or the measure a narrowing phrase narrows when only generic verbs are said
    outside it ("how many list seats did NSDP get in 2023": the seats, not "get in")."""
    inside = [s for s in spans if s not in outside]
    if not inside or not outside:
        return outside
    narrowed = min(inside, key=lambda s: lex.priority.get(s.value, 0))
    rank = lex.priority.get(narrowed.value, 0)
    if all(lex.priority.get(s.value, 0) < min(rank, 2) for s in outside):
        return [narrowed]
    return outside


def _beside(span: Span, others: Sequence[Span]) -> bool:
    """Next to one of `others`, with nothing between ("10 января", "jan 15")."""
    return any(o.start == span.end or o.end == span.start for o in others)


def _unknown(q: Question, start: int = 0) -> tuple[str, ...]:
    """Words no span covers that are neither figures nor function words, from token `start`."""
    covered = q.covered_positions()
    return tuple(t.text for t in q.tokens[start:] if t.position not in covered and unknown_word(t))


def preamble(q: Question, breaks: frozenset[int]) -> int:
    """Where the question starts after a lead-in no span covers a word of, ended by a comma or
    colon ("реферат жазып жатырмын, …", "checking this for an article: …"): the user's
    circumstances, not part of what is asked. 0 when there is none."""
    if not breaks:  # (most questions)
        return 0

    def says(i: int) -> bool:
        return q.covered(i) and not q.covered(i, ("filler",))

    start = 0
    for at in sorted(breaks):
        if any(says(i) for i in range(start, at)):
            break
        start = at
    return start if start and any(says(i) for i in range(start, len(q.tokens))) else 0


ASKING = ("asks", "form", "extreme", "op")
"""What a clause asks by: a question word, a form, an extreme, a comparison ("…, қайсысында ең
төмен болды")."""


REMARK = "remark"
"""The marker of a statement the user makes of what they know ("ведь", "after all")."""
SUPPOSED_BY = ("threshold", "method")
"""What a what-if clause supposes by: it is part of the question, however many words it has the
reader does not know ("если бы сохранили 7%-й барьер, …")."""
TOLD_UNKNOWN = 2
"""The fewest words the reader does not know (or bare figures) that make a clause with no
question of its own a story the user tells ("у нас в подъезде никто не ходил", "сорок лет на
заводе"), not a part of the question ("2016 i think it was"); one is enough in a clause of
filler words only ("цифры люблю точные")."""


def chatter(q: Question, breaks: frozenset[int]) -> str | None:
    """The message less its clauses that only tell the user's circumstances ("я пенсионерка из
    караганды … внучка говорит …. скажите какая была явка", "…, у нас в подъезде никто не
    ходил, …"): a clause with words the reader does not know and no question word, beside one
    that asks a measure. None when there is none, or when the question points back at what a
    told clause named ("…появилась графа против всех, а какой процент за нее")."""
    if not breaks:  # (most questions)
        return None
    bounds = [0, *sorted(breaks), len(q.tokens)]
    parts = list(pairwise(bounds))
    covered = q.covered_positions()

    def has(start: int, end: int, labels: tuple[str, ...]) -> bool:
        return any(s.label in labels and start <= s.start < end for s in q.spans)

    def told(start: int, end: int) -> bool:
        unknown = sum(i not in covered and unknown_word(q.tokens[i]) for i in range(start, end))
        inside = [s for s in q.spans if start <= s.start < end]
        figures = sum(s.label == "number" for s in inside)
        idle = all(s.label == "filler" for s in inside)  # says nothing of the elections
        enough = 1 if idle else TOLD_UNKNOWN
        remark = any(s.label == "marker" and s.value == REMARK for s in inside)
        return (remark or unknown + figures >= enough) and not has(
            start, end, (*ASKING, *SUPPOSED_BY)
        )

    kept = [(a, b) for a, b in parts if not told(a, b)]
    asking = [(a, b) for a, b in kept if has(a, b, ("asks", "form"))]
    if len(kept) == len(parts) or not any(has(a, b, ("measure",)) for a, b in asking):
        return None
    if any(s.value == REFERENCE and a <= s.start < b for s in q.spans for a, b in asking):
        return None
    return ", ".join(q.words(a, b) for a, b in kept)


def unknown_word(t: Token) -> bool:
    """Whether a token no span covers is an unknown word: not a figure, a function word or a
    short word."""
    return not t.is_number and len(t.norm) >= UNKNOWN_MIN_CHARS and not t.analysis.function_word


VERSUS_REACH = 3
"""How far (in tokens) a name may stand from "против"/"against" for the word to mean "vs"."""
NAMED = frozenset({"party", "region", "year"})


def _versus(q: Question, spans: list[Span]) -> list[Span]:
    """ "Аманат в 23м против Нур Отана в 21м", "2021 against 2016": "against" between two
    named things sets them side by side (a comparison), it claims no vote against."""
    if not q.says("claim", "against"):  # (most questions)
        return spans
    against = [s for s in spans if s.label == "claim" and s.value == "against"]
    if not against:  # (most questions)
        return spans
    named = [s for s in spans if s.label in NAMED]
    at = {
        s.start
        for s in against
        if any(0 <= s.start - n.end < VERSUS_REACH for n in named)
        and any(0 <= n.start - s.end < VERSUS_REACH for n in named)
    }
    if not at:
        return spans
    kept = [s for s in spans if s.start not in at or s.label not in ("claim", "measure")]
    return kept + [Span("form", i, i + 1, "compare", "versus") for i in sorted(at)]


def _year_preposition(q: Question, spans: list[Span]) -> list[Span]:
    """ "How many more votes did the PPK get in 2021": a phrase of a measure that ends in a
    preposition before a year ("get in", "got in": passing), after another measure, is the
    verb and the year's preposition, not a measure."""
    if "year" not in q.labels:  # (most questions)
        return spans
    starts = {s.start for s in spans if s.label == "year"}

    def split(span: Span) -> bool:
        last = q.tokens[span.end - 1]
        return (
            span.label == "measure"
            and span.length > 1
            and span.end in starts
            and len(last.norm) <= PREPOSITION_LETTERS
            and not last.is_number
        )

    found = [s for s in spans if split(s)]
    if not found:
        return spans
    # ... after another measure asked ("did auyl get in 2023" still asks the passing)
    first = min(f.start for f in found)
    if not any(s.label == "measure" and s.end <= first for s in spans):
        return spans
    return [s for s in spans if s not in found]


def _under_rules(q: Question, spans: list[Span]) -> list[Span]:
    """ "Under a 5% threshold, how would the seats go": "under" before a threshold said with its
    word after the figure is the rules supposed, no "less than" ("a threshold under 5 %" stays
    one); "under d'Hondt" (a method right after it, fillers between at most) is the rules too."""
    if not q.says("op", "less"):  # (most questions)
        return spans
    methods = {s.start for s in spans if s.label == "method"}
    if not methods and not q.says("setting", "threshold_word"):
        return spans
    words = {s.start for s in spans if s.label == "setting" and s.value == "threshold_word"}
    figures = {s.start for s in spans if s.label in ("threshold", "number") and s.end in words}
    figures |= methods
    filler = {s.start for s in spans if s.label == "filler"}
    if _kind_compared(q):  # "the parties (that fell) below the 7 % bar": which parties
        return spans

    def rules(op: Span) -> bool:
        at = op.end
        while at in filler and at not in figures:
            at += 1
        return at in figures

    return [s for s in spans if not (s.label == "op" and s.value == "less" and rules(s))]


SAME_DAY = "same_day"


def _together(q: Question, spans: list[Span]) -> list[Span]:
    """ "Ауыл мен адал бірге …": "together" said right after the last of two or more parties adds
    them up (the marker `sum`); after anything else ("мәжіліспен бірге") it is the same day."""
    if not q.says("marker", SAME_DAY):  # (most questions)
        return spans
    parties = [s for s in spans if s.label == "party"]
    ends = {p.end for p in parties}
    together = [
        s
        for s in spans
        if s.label == "marker" and s.value == SAME_DAY and s.start in ends and s.length == 1
    ]
    if len(parties) < 2 or not together:
        return spans
    return [s for s in spans if s not in together] + [
        Span("marker", s.start, s.end, SUM, s.source) for s in together
    ]


def _denied(q: Question, spans: list[Span]) -> list[Span]:
    """ "Кедергі 7 емес, 5 пайыз болғанда", "не 7, а 5 %", "not 7 but 5 %": of several thresholds,
    one a negation stands right beside is the real one denied, the what-if is another; the
    denied figure is no setting and no figure asked about (filler)."""
    thresholds = [s for s in spans if s.label == "threshold"]
    if len(thresholds) < 2:  # (most questions)
        return spans
    negations = [s for s in spans if s.label == "marker" and s.value == "negation"]
    after = q.lang in NEGATED_AFTER
    denied = {
        (t.start, t.end)
        for t in thresholds
        if any((n.start == t.end) if after else (n.end == t.start) for n in negations)
    }
    if not denied or len(denied) == len(thresholds):
        return spans
    kept = [s for s in spans if (s.start, s.end) not in denied or s.label not in DENIABLE]
    return kept + [Span("filler", *at, "words", "denied") for at in sorted(denied)]


NEGATED_AFTER = frozenset({"kk"})
"""Languages whose negation follows what it denies ("7 емес"; "не 7", "not 7" precede it)."""
DENIABLE = frozenset({"threshold", "number"})
"""The spans of a threshold figure `_denied` turns into filler."""


def _short_years(q: Question, said: Said, grammar: Grammar, lex: Lexicon) -> dict[Span, int]:
    """Two digits that are an election year's last two, in a question naming no year, are that
    year where no figure can be meant: closing the question after a word that takes no figure
    ("astana turnout 23", "а явка 21?", "23?"), set against another such ("turnout 23 beat
    21?"), or right after a preposition with no measure or unknown word after them
    ("respublica v 23 oboshla ak zhol", "did auyl beat adal in 21"); not after or before an
    operator's figure ("turnout above 23", "больше 21 %"), nor "в 16 регионах".
    The numbers read as years, each with its year (most questions: none)."""
    if "number" not in said.by:  # (most questions)
        return {}
    short = {f"{y % 100:02d}": y for y in grammar.years}
    numbers = [s for s in said.of("number") if s.value in short]
    if not numbers:  # (most questions)
        return {}
    if "year" in said.by:
        return _set_against(q, said, numbers, short, lex)
    ops = [*said.of("op"), *said.of("threshold")]
    ends = {n.end: n for n in numbers}
    starts = {n.start: n for n in numbers}
    paired = {
        n
        for o in ops
        if o.start in ends and o.end in starts
        for n in (ends[o.start], starts[o.end])
    }
    last = len(q.tokens)
    # a figure beside it may be its alternative ("12 seats or 21")
    alone = len(said.of("number")) == 1
    closing = {
        n
        for n in numbers
        if alone
        and n.end == last
        and not any(o.start <= n.start < o.end or o.end == n.start for o in ops)
    }
    placed = _year_placed(q, numbers, lex) if alone else set()
    return {n: short[n.value] for n in paired | closing | placed}


def _counted(q: Question, index: int) -> bool:
    """Whether token `index` is what a figure before it counts: a kind ("в 16 регионах") that
    is no measure ("в 23 мест меньше": the seats of 2023), another figure or a time."""
    if q.covered(index, ("number", "time")):
        return True
    return q.covered(index, ("kind",)) and not q.covered(index, ("measure",))


HOURS_IN_DAY = 24
CASE_TYPED_APART = 2
"""Tokens of a figure read with its case ending typed apart ("21 ден")."""


def _hours(q: Question, said: Said, lex: Lexicon) -> set[Span]:
    """Whole numbers up to 24 said right after a preposition, each closing the question or
    followed by a small word, in a question of the turnout that compares and claims nothing:
    hours of the day ("мангистау явка на 20 и на 22", "turnout at 14"); "упала на 20",
    "выше 20" and "в 16 регионах" stay figures."""
    if not said.has("measure", TURNOUT) or "number" not in said.by:  # (most questions)
        return set()
    if said.of("op") or said.of("claim") or said.of("threshold"):
        return set()
    filler = frozenset(lex.synonyms("filler", "words", q.lang))
    last = len(q.tokens)
    return {
        n
        for n in said.of("number")
        if n.value.isdigit()
        and int(n.value) <= HOURS_IN_DAY
        and n.start > 0
        and _preposition(q, n.start - 1, filler)
        and (n.end == last or q.covered(n.end, ("filler", "marker")))
    }


def _set_against(
    q: Question, said: Said, numbers: Sequence[Span], short: Mapping[str, int], lex: Lexicon
) -> dict[Span, int]:
    """`_short_years` where a year is said, written in two digits too: two digits after a
    preposition, or with a Kazakh case ending typed apart, are the other year set against it
    ("у ак жола в 23 голосов меньше, чем в 21", "в 16 или 21 больше", "23 те … 21 ден аз
    ба"), not before a kind ("в 16 регионах") and not an operator's figure."""
    if not any(q.tokens[s.start].norm in short for s in said.of("year")):
        return {}  # "в 2021 году 16 партий": a year written whole sets no figure against it
    filler = frozenset(lex.synonyms("filler", "words", q.lang))
    ops = [*said.of("op"), *said.of("threshold")]
    return {
        n: short[n.value]
        for n in numbers
        if n.start > 0
        # after a preposition, or with a Kazakh case ending typed apart ("21 ден")
        and (_preposition(q, n.start - 1, filler) or n.end - n.start == CASE_TYPED_APART)
        and not (n.end < len(q.tokens) and _counted(q, n.end))
        and not any(o.start <= n.start < o.end or o.end == n.start - 1 for o in ops)
    }


YEAR_FOLLOWERS = frozenset(
    {"op", "claim", "extreme", "party", "region", "filler", "marker", "asks", "form", "topic"}
)
"""What may follow "в 23" for the figure to be a year (a verb may too): no measure noun, kind or
unknown word."""


def _year_placed(q: Question, numbers: Sequence[Span], lex: Lexicon) -> set[Span]:
    """`_short_years`' numbers right after a preposition and before nothing a figure counts
    ("в 23 прошел"; the Kazakh locative "23 те" is read with the figure: `Figures`)."""
    filler = frozenset(lex.synonyms("filler", "words", q.lang))
    return {
        n
        for n in numbers
        if n.start > 0 and _preposition(q, n.start - 1, filler) and _timed(q, n.end)
    }


def _timed(q: Question, index: int) -> bool:
    """Whether token `index` (or the question's end) may follow a year said after a
    preposition: a verb, or a word read as `YEAR_FOLLOWERS`."""
    if index == len(q.tokens):
        return True
    if q.covered(index, ("kind", "number")):
        return False
    if q.tokens[index].analysis.verb:
        return True
    return q.covered(index, YEAR_FOLLOWERS) and not q.covered(index, ("measure",))


def _as_years(spans: list[Span], years: Mapping[Span, int]) -> list[Span]:
    """`spans` with the numbers `_short_years` reads as years made those years (and no
    threshold: "ауыл в 23 прошел?" is 2023, not a 23 % what-if)."""
    at = {(s.start, s.end) for s in years}
    return [
        Span("year", s.start, s.end, str(years[s]), s.source) if s in years else s
        for s in spans
        if s in years or s.label != "threshold" or (s.start, s.end) not in at
    ]


def _repeated(q: Question, spans: list[Span]) -> list[Span]:
    """ "Same for 2023", "то же для 2023": the previous question asked again, no claim that two
    things are the same. (`spans`: some of `q`'s.)"""
    if not q.says("marker", REPEAT):  # (most questions)
        return spans
    again = [s for s in spans if s.label == "marker" and s.value == REPEAT]
    if not again:  # (most questions)
        return spans
    return [s for s in spans if not (s.label == "claim" and _within(s, again))]


def _excepted(q: Question, spans: list[Span]) -> list[Span]:
    """ "The parties other than Nur Otan": the "than" of "other than" excepts, it compares
    nothing (no comparison form inside an `except` narrowing); and "without" inside a longer
    phrase of its own ("without a threshold", "without spoiled ones") narrows nothing."""
    if not q.says("narrow", EXCEPT):  # (most questions; `spans`: some of `q`'s)
        return spans
    but = [s for s in spans if s.label == "narrow" and s.value == EXCEPT]
    if not but:  # (most questions)
        return spans
    inside = [
        b for b in but if any(o.label != "narrow" and o.length > b.length and _within(b, [o])
                              for o in spans)
    ]  # fmt: skip
    return [
        s
        for s in spans
        if not (s.label == "form" and _within(s, but)) and not any(s is b for b in inside)
    ]


PURPOSE = "purpose"
"""The filler that says why a question is asked: a lead-in, no topic."""
COPULA = "быть"
"""The Russian copula (folded as the morphology gives lemmas, when a future verb is read)."""


def _future_verb(q: Question, said: Said) -> bool:
    """A Russian verb in the future tense ("победит", "наберут"); "будет" said of a sum ("голоса
    ауыла и адала вместе сколько будет") is arithmetic on figures held, not a forecast."""
    future = [t for t in q.tokens if t.analysis.future]
    if not future:  # (most questions)
        return False
    summed = said.has("marker", SUM)
    copula = fold(COPULA)
    return any(not (summed and copula in t.analysis.ru) for t in future)


def _measures_left_out(q: Question, measures: Sequence[Span], narrow: Sequence[Span]) -> list[Span]:
    """The measures said right after "without / без / except" (only filler between), or in
    Kazakh right before its postposition ("ассамблеяны қоспағанда"): "would they have had a
    majority without the Assembly" asks the majority, the Assembly is left out."""
    but = [n for n in narrow if n.value == EXCEPT]
    if not but:  # (most questions)
        return []

    def gap(start: int, end: int) -> bool:
        return all(q.covered(i, ("filler",)) for i in range(start, end))

    return [
        s
        for s in measures
        if any(
            (b.end <= s.start and gap(b.end, s.start))
            or (q.lang == "kk" and s.end <= b.start and gap(s.end, b.start))
            for b in but
        )
        and not any(n.start <= s.start < n.end for n in narrow)
    ]


def _two_names(q: Question, parties: Sequence[Span]) -> bool:
    """One party named by two of its names ("когда Нур Отан стал Аманатом"): a renaming (a
    name and its abbreviation are one naming)."""
    if len(parties) < 2:  # (most questions)
        return False
    names: dict[str, set[str | None]] = {}
    for span in parties:
        if any(_abbreviation(q, span, o) for o in parties):
            continue
        names.setdefault(span.value, set()).add(span.role)
    return any(len(n) > 1 for n in names.values())


def _abbreviation(q: Question, name: Span, before: Span) -> bool:
    """A party's abbreviation right after its name ("the social democrats (OSDP)"): one
    naming, not two."""
    return (
        before.value == name.value
        and before.end == name.start
        and name.length == 1
        and len(q.tokens[name.start].norm) <= ABBREVIATION_CHARS
    )


def _each_name(
    parties: Sequence[Span], years: tuple[int, ...], lex: Lexicon, default: int
) -> tuple[int, ...]:
    """A figure asked of a party under two of its names ("Amanat's share vs Nur Otan's in
    2021"): the elections named, and for a name that ran in none of them, the default election
    if it ran under that name then, else its latest (a name with none: the default election,
    when no year is named)."""
    found = set(years)
    for span in parties:
        implied = lex.implied_years(span.role) if span.role else ()
        if implied and not found & set(implied):
            found.add(default if default in implied else max(implied))
        elif not years:
            found.add(default)
    return tuple(sorted(found))


def _name_order(
    parties: Sequence[Span], years: tuple[int, ...], lex: Lexicon
) -> tuple[tuple[int, ...], int] | None:
    """One party compared under two names: the election of the name said first is asked, the
    other's is the base (`years`: each name's election, `_each_name`)."""
    found: list[int] = []
    for span in sorted(parties, key=lambda s: s.start):
        implied = [y for y in years if y in (lex.implied_years(span.role) if span.role else ())]
        if implied and max(implied) not in found:
            found.append(max(implied))
    return ((found[0],), found[1]) if len(found) == 2 else None


def _implied_years(parties: Sequence[Span], lex: Lexicon) -> tuple[int, ...]:
    """The elections the named parties ran under the names used ("Amanat" -> 2023): those
    every name ran in ("Amanat and Auyl" -> 2023), else any of them (two names of one party)."""
    if not parties:  # (most questions)
        return ()
    runs = [set(lex.implied_years(span.role)) for span in parties if span.role]
    runs = [run for run in runs if run]
    common = set.intersection(*runs) if runs else set()
    return tuple(sorted(common or set().union(*runs)))
