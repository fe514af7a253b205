"""Replies composed from a decided frame, on top of the answer families.

The families (`sailau.answers`) answer one intent with its slots. Here a decision becomes one
reply: a single family's answer; several parts in one reply ("seats of Ak Zhol and Auyl",
"turnout and registered voters"); a yes/no that starts with yes or no, then the figure that
decides it (`verdicts`); a comparison or change computed from the facts (`comparisons`); a
narrowed figure the facts hold ("turnout at 14:00"); a note on what could not be narrowed; what the
fact base does not hold; "did you mean" with the user's own party and year; off-topic.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from sailau import render
from sailau.answers import meta
from sailau.answers.env import DEFAULT_YEAR, Env, sentence
from sailau.answers.registry import MORE, REGISTRY, Query
from sailau.compose.comparisons import comparison, lowest_party, organisation, shortfall
from sailau.compose.disputes import SOURCES, disputed
from sailau.compose.groups import below_threshold
from sailau.compose.lines import (
    Cited,
    apart,
    cited,
    figures,
    is_header,
    lead,
    line_stems,
    lines_of,
    novel,
    rebuilt,
    restated,
    untailed,
    years,
)
from sailau.compose.mentions import said_once
from sailau.compose.merge import merged, summed_parties
from sailau.compose.portions import portion, seats_against_votes
from sailau.compose.rankings import place, ranking
from sailau.compose.values import ESTIMATES, Subject, elected, value
from sailau.compose.verdicts import (
    MOVES,
    SUMMABLE,
    WEEKDAY,
    Verdict,
    each_party,
    elsewhere,
    figure_gap,
    honoured,
    passed_instead,
    summed_yes,
    verdict,
    weekday_line,
)
from sailau.facts.models import Sourced, TurnoutReading
from sailau.records import altered
from sailau.reply import Cite, Lang, Reply, ReplyKind, Slots, Suggestion, freeze_slots
from sailau.understanding.decide import Decision, Part, Status
from sailau.understanding.frame import ALL, MAJORITY, REST, RESULTS, SUM, TURNOUT, Frame
from sailau.understanding.framing import EQUAL, NEGATED, YESNO_SAID
from sailau.understanding.text import stems

Leaf = Callable[[str, Slots, Lang], Reply]
"""An answer family's reply to one intent and its slots (remembered by the pipeline)."""
Labels = Callable[[str, Lang], str]
"""A question that asks an intent, in a language (its first phrasing)."""
Asked = Callable[[Decision, Lang], frozenset[str]] | None
"""The question's words, roughly (`Reader.stems_of`)."""

DETAIL_SLOTS = ("party", "region", "year", "threshold", "method")


def compose(
    env: Env, decision: Decision, lang: Lang, leaf: Leaf, label: Labels, asked: Asked = None
) -> Reply:
    """The reply to a decided question (`asked`: its words, to pick the lines it asks)."""
    q = Query(decision.intent or "", dict(decision.parts[0].slots) if decision.parts else {},
              lang, decision.confidence)  # fmt: skip
    status = decision.status
    if status is Status.OFF_TOPIC:
        return meta.off_topic(env, q)
    if status is Status.EMPTY:
        return meta.empty(env, q)
    if status is Status.BELOW_BAR and decision.alternatives:
        return meta.did_you_mean(env, q, _offers(env, q, decision.alternatives, label))
    if status is not Status.MATCHED:
        return _not_understood(env, q, decision)
    if decision.not_held:
        return _not_held(env, q, decision)
    missing = _narrowing_missing(env, q, decision)
    if missing is not None:
        return replace(missing, unhonoured=tuple(n.words for n in decision.frame.narrow))
    reply = _composed(env, q, decision, leaf, asked)
    reply = disputed(env, q, decision, reply, _sources_part(decision, leaf, lang))
    reply = altered(reply, suggestions=_offers_kept(env, decision, reply, leaf))
    unhonoured = decision.unhonoured if reply.kind in FACT_KINDS else ()  # a refusal narrows
    if unhonoured:  # what the verdict honours itself, or the reply states all the same
        answered = honoured(decision) | _stated(decision, reply)
        unhonoured = tuple(w for w in unhonoured if w not in answered)
    if unhonoured:
        note: Cited = (env.t(q, "not_narrowed", words=", ".join(unhonoured)), ())
        lines = lines_of(reply)
        verdicts = (env.t(q, "answer_yes"), env.t(q, "answer_no"))
        if lines[0][0].startswith(verdicts):  # the verdict stays first
            reply = rebuilt(env, reply, [lines[0], note, *lines[1:]])
        else:
            reply = rebuilt(env, reply, [note, *lines])
    if decision.clauses and reply.kind in FACT_KINDS:  # every question of the message, in turn
        reply = _each_clause(env, q, decision, reply, leaf, label, asked)
    if decision.unread and reply.kind in FACT_KINDS:  # the questions not read: said, not dropped
        notes = [(env.t(q, "clause_unread", words=words), ()) for words in decision.unread]
        reply = rebuilt(env, reply, [*lines_of(reply), *notes])
    if decision.missing and reply.kind in FACT_KINDS:  # the other questions' plain "not held"
        notes = [(_not_held_text(env, q, topic, decision), ()) for topic in decision.missing]
        reply = rebuilt(env, reply, [*lines_of(reply), *notes])
    reply = said_once(env, reply)
    return altered(reply, unhonoured=unhonoured, confidence=decision.confidence)


def _each_clause(
    env: Env, q: Query, decision: Decision, reply: Reply, leaf: Leaf, label: Labels, asked: Asked
) -> Reply:
    """`reply` with the answer of each later clause its composed parts left out ("who came
    fourth, what share did they get, and how far short of 7 % were they": the shortfall too):
    a clause is answered when the reply states its answer's figures."""
    lines = lines_of(reply)
    for clause in decision.clauses:
        own = compose(env, clause, q.lang, leaf, label, asked)
        if own.kind not in FACT_KINDS:
            continue
        lines = [*lines, *novel(lines, [lead(own)])]
    return rebuilt(env, reply, lines) if len(lines) > len(lines_of(reply)) else reply


def _sources_part(decision: Decision, leaf: Leaf, lang: Lang) -> Reply | None:
    """The plain answer to "which sources", when it is a part of what the question asks beside
    a figure (the notes on where they disagree about the figure then answer it)."""
    part = next((p for p in decision.parts[1:] if p.intent == SOURCES), None)
    return leaf(part.intent, part.slots, lang) if part is not None else None


def _stated(decision: Decision, reply: Reply) -> frozenset[str]:
    """The narrowing words whose figure the reply states all the same: "по спискам" beside
    "по округам" is answered by another part's "40 by party list, 22 in districts"."""
    names = {f.name for f in reply.figures}
    return frozenset(n.words for n in decision.frame.narrow if n.value in names)


TELLING = 3
"""Characters a figure needs to tell one answer from another (107, 63.25; not 29 or 50)."""
CHART = "chart"
"""A chart follow-up: it draws figures, which a reply stating them does not replace."""
CHANGES = frozenset({"party_change", "compare"})
"""Follow-ups that compare with another election: what a comparison has just answered."""


def _offers_kept(env: Env, decision: Decision, reply: Reply, leaf: Leaf) -> tuple[Suggestion, ...]:
    """Follow-ups that ask something new: not the same question for a year it already named
    ("А в 2016 году?" after "…compared with 2016"), not another comparison after a comparison
    (or after a yes/no that compared), not a party's question with no party named when several
    parties were asked about, and not a question whose answer's figures this reply has just
    given ("How many seats does the Mäjilis have?" after "76 of the 107 seats")."""
    frame = decision.frame
    asked = {str(y) for y in (*frame.years, frame.base_year) if y is not None}
    intents = {p.intent for p in decision.parts}
    compared = decision.form == "compare" or (
        decision.form == "yesno" and (frame.comparison is not None or frame.base_year is not None)
    )
    # only a line with a telling figure can hold a follow-up's telling figures: with none, no
    # follow-up's reply is built to find that out
    shown = [f for f in map(figures, (reply.headline, *reply.details)) if _telling(f)]
    # a yes/no that names other years in its lines has answered them ("it ran in 2016 and
    # 2023"); an answer's change since 2016 still leaves "And in 2016?" to ask
    lines = (reply.headline, *reply.details) if decision.form == "yesno" else ()
    said = {y for line in lines for y in years(line)}
    own = {p.slot("year") for p in decision.parts} | years(reply.headline)  # the reply's year
    kept = []
    for offer in reply.suggestions:
        slots = dict(offer.slots)
        if offer.intent in intents and slots.get("year") in asked | said:
            continue  # "And in 2016?" after a line that says what 2016 was
        if compared and offer.intent in CHANGES:
            continue
        if len(frame.parties) > 1 and offer.intent.startswith("party_"):
            continue
        # "How many ballots counted for no party?" after saying how many; "And in 2016?" asks
        # the question again, anew (the checks that build no reply come first)
        same = offer.intent in intents and slots.get("year") in own
        other = offer.intent not in intents
        checked = bool(shown) and reply.kind in FACT_KINDS and (same or other)
        if checked and _answered(env, leaf, offer, reply.lang, shown):
            continue
        kept.append(offer)
    return tuple(kept)


def _answered(
    env: Env, leaf: Leaf, offer: Suggestion, lang: Lang, shown: list[frozenset[str]]
) -> bool:
    """Whether the follow-up's answer leads with figures that one line of the reply (`shown`:
    each line's figures) already states together — not figures that only happen to recur
    apart (the Senate's 50 members and a majority of 50); its "more" page and a chart draw
    what a reply does not say. Its headline is the one it was tried out with (`Env.holds`);
    only a header's first line under it needs the reply as the page shows it."""
    if offer.intent == CHART or offer.intent.endswith(MORE) or offer.intent not in REGISTRY:
        return False
    tried = env.tried(offer, lang)
    if tried.kind not in FACT_KINDS:
        return False
    head = tried.headline
    if is_header(head):
        head = lead(leaf(offer.intent, offer.slots, lang))[0]
    stated = figures(head)
    return _telling(stated) and any(stated <= line for line in shown)


def _telling(found: AbstractSet[str]) -> bool:
    """Whether a figure of `found` tells one answer from another ("29" recurs by chance:
    "under 29")."""
    return any(len(f) >= TELLING for f in found)


FACT_KINDS = frozenset({ReplyKind.ANSWER, ReplyKind.UNKNOWN})
"""Replies a yes/no, a comparison or another part can build on (not refusals or prompts)."""


def _party_of_figure(env: Env, decision: Decision, leaf: Leaf, lang: Lang) -> Reply | None:
    """ "Which party had 84 seats": the one party whose seats (or votes) were the figure said,
    in the election named or the latest that has one; None when none or several had it."""
    frame = decision.frame
    said = frame.comparison
    intent = SUMMABLE.get(frame.measure or "")
    if said is None or said.direction != EQUAL or said.value is None or intent is None:
        return None
    if frame.asks != "which" or frame.parties or "party" not in frame.kinds:
        return None
    years = [y for y in frame.years if y in env.fb.years] or sorted(env.fb.years, reverse=True)
    for year in years:
        found = [
            r.party
            for r in env.fb.election(year).results
            if (v := value(env, frame.measure or "", year, Subject(r.party))) is not None
            and v.amount == Decimal(said.value)
        ]
        if len(found) == 1:
            return leaf(intent, freeze_slots({"party": found[0], "year": str(year)}), lang)
        if found:  # several had it: the whole split, where each is named with its figure
            return leaf(RESULTS, freeze_slots({"year": str(year)}), lang)
    return None


def _percent_said(frame: Frame) -> Decimal | None:
    """The percentage a shortfall is asked against ("how far short of 7 %"), if one is said and
    no votes are asked ("how many votes short of 7 %")."""
    if "votes" in frame.mentions:
        return None
    said = [f for f in frame.figures if f.endswith("%")]
    return Decimal(said[0].removesuffix("%")) if said else None


def _composed(env: Env, q: Query, decision: Decision, leaf: Leaf, asked: Asked) -> Reply:
    form = decision.form
    frame = decision.frame
    first = leaf(decision.parts[0].intent, decision.parts[0].slots, q.lang)
    if first.kind not in FACT_KINDS:
        return first
    party = decision.parts[0].slot("party")
    # a shortfall said, or carried to another party ("how far short" - "what about auyl")
    short_of = "votes_needed" in frame.mentions or frame.measures == ("votes_needed",)
    short_of = short_of and decision.intent != MAJORITY  # "more than needed for a majority"
    if short_of and party is not None and decision.form != "yesno":
        against = _percent_said(frame)
        short = shortfall(env, q, party, against)  # "сколько процентов не хватило Ауылу"
        if short is not None and ("share" in frame.mentions or against is not None):
            # "how far short of 7 %": a percentage said is a gap in points
            return short
        if short is not None and decision.intent == "votes_needed":  # the votes, and the points
            lines = lines_of(first)
            return rebuilt(env, first, [lines[0], *lines_of(short), *lines[1:]])
    shortfall_asked = "votes_needed" in frame.mentions or decision.intent == "votes_needed"
    shortfall_asked = shortfall_asked and decision.intent != MAJORITY
    if shortfall_asked and party is not None and form == "value" and "seats" not in frame.mentions:
        # a shortfall of the threshold carried into an election the party passed ("and in
        # 2023?"): that it passed; the votes for one more seat only when seats are asked
        passed = passed_instead(env, q, party)
        if passed is not None and "votes_needed" not in frame.mentions:
            # carried, not said: the yes/no it came from ("did Auyl pass" - "how far short")
            shown = lines_of(passed)
            yes = f"{env.t(q, 'answer_yes')} {passed.headline}"
            passed = rebuilt(env, passed, [(yes, shown[0][1]), *shown[1:]])
        if passed is not None:
            return replace(passed, suggestions=first.suggestions, context=first.context)
    grouped = below_threshold(env, q, decision)  # "votes of the parties that didn't get in"
    if grouped is not None:
        return rebuilt(env, first, grouped, kind=ReplyKind.ANSWER)
    whose = _party_of_figure(env, decision, leaf, q.lang)
    if whose is not None:
        return whose
    gap = figure_gap(env, q, decision) if form == "value" else None
    if gap is not None:  # "how many seats more than 54 did Nur Otan have": the difference
        head = cited(env, q.lang, gap.text, *gap.sources)
        return rebuilt(env, first, [head, *novel([head], lines_of(first))])
    listed = ranking(env, q, decision) if decision.intent == "winner" else place(env, q, decision)
    if listed is not None:  # "top 3 parties by votes", "where did Ak Zhol finish"
        return replace(listed, suggestions=first.suggestions, context=first.context)
    if decision.intent == "winner":
        last = lowest_party(env, q, decision)
        if last is not None:
            return replace(last, suggestions=first.suggestions, context=first.context)
        if decision.frame.extreme == "lowest":  # several share the last place: the whole list
            return leaf("results", decision.parts[0].slots, q.lang)
    claimed = any(c.removeprefix(NEGATED) in MOVES for c in frame.claims)
    if form == "yesno" and decision.intent in CHANGES and frame.comparison is None and not claimed:
        form = "compare"  # "by how much did it fall": a change; "did it lose seats?": yes or no
    if frame.measure in ESTIMATES and frame.comparison is None and _against_official(frame):
        form = "compare"  # "the exit poll and the official result": the estimate's error
    # "add up to" / "в сумме", or "all" with the figure they got ("X мен Y барлығы 22 орын алды
    # ма"): their sum; "did all parties get more than 5" asks it of each
    stated = frame.comparison is not None and frame.comparison.direction == EQUAL
    added = frame.has(SUM) or (frame.has(ALL) and stated)
    together = summed_yes(env, q, decision) if form == "yesno" and added else None
    said = merged(env, q, together[1], total=True) if together is not None else None
    if together is not None and said is not None:  # "did X and Y get 88 seats together"
        word = env.t(q, "answer_yes" if together[0] else "answer_no")
        base = _parts(env, q, decision, leaf, asked)
        return rebuilt(env, base, [(f"{word} {said[0]}", said[1])], kind=ReplyKind.ANSWER)
    if form == "yesno" and first.kind is ReplyKind.UNKNOWN and frame.comparison is not None:
        # the figure asked is not held ("did Ak Zhol get 15 % in Almaty": no party results by
        # region): a yes or no decided on another figure (the national share) would be wrong
        return _parts(env, q, decision, leaf, asked)
    if form == "yesno":
        several = each_party(env, q, decision)
        if several is not None:
            return _each_verdict(env, q, several, _parts(env, q, decision, leaf, asked))
        found = verdict(env, q, decision)
        if found is not None:
            word = env.t(q, "answer_yes" if found.yes else "answer_no")
            base = _parts(env, q, decision, leaf, asked)
            head = cited(env, q.lang, found.text, *found.sources)
            # the plain answer's lines, unless the verdict answers the question whole
            rest = [] if found.whole else novel([head], lines_of(base))
            fuller = [line for line in rest if _restates(head[0], line[0])]
            if fuller:  # a line of the answer says the verdict's fact, and more: it is the verdict
                head = (fuller[0][0], (*head[1], *fuller[0][1]))
                rest = [line for line in rest if line is not fuller[0]]
            head = (f"{word} {sentence(head[0])}", head[1])
            turned = elsewhere(env, q, decision, found)  # "no in 2021, but yes in 2023"
            heads = (
                [head]
                if turned is None
                else [head, cited(env, q.lang, turned.text, *turned.sources)]
            )
            return rebuilt(env, base, [*heads, *apart(heads, rest[:1])], kind=ReplyKind.ANSWER)
        base = _parts(env, q, decision, leaf, asked)
        if base.kind is ReplyKind.ANSWER and frame.has(YESNO_SAID):  # not decided: said so
            return rebuilt(env, base, [(env.t(q, "verdict_undecided"), ()), *lines_of(base)])
        return base
    against_votes = seats_against_votes(env, q, decision) if form == "compare" else None
    if against_votes is not None:  # "seat share minus vote share": both shares and the gap
        base = _parts(env, q, decision, leaf, asked)
        return rebuilt(env, base, [against_votes], kind=ReplyKind.ANSWER)
    if form == "compare":
        found_reply = comparison(env, q, decision)
        if found_reply is not None:
            base = _parts(env, q, decision, leaf, asked)
            lines = lines_of(found_reply)
            # not a change between other elections (2016→2021 under 2021→2023)
            others = {str(y) for y in env.fb.years} - {y for t, _ in lines for y in years(t)}
            more = [line for line in [lead(base)] if not years(line[0]) & others]
            lines += apart(lines, more)  # a figure of its own, not the same again
            return rebuilt(env, base, lines, kind=ReplyKind.ANSWER)
    return _parts(env, q, decision, leaf, asked)


def _each_verdict(env: Env, q: Query, found: list[tuple[str, Verdict]], base: Reply) -> Reply:
    """Yes when every party named meets what is asked, then each party's own yes or no and the
    figure that decides it."""
    year = int(q.slots["year"]) if "year" in q.slots else env.year(q)
    word = env.t(q, "answer_yes" if all(v.yes for _, v in found) else "answer_no")
    items = [_each_item(env, q, party, year, v.yes) for party, v in found]
    head = (env.t(q, "verdict_each_all", word=word, items=env.join(q, items)), ())
    lines = [cited(env, q.lang, v.text, *v.sources) for _, v in found]
    return rebuilt(env, base, [head, *lines], kind=ReplyKind.ANSWER)


def _each_item(env: Env, q: Query, party: str, year: int, yes: bool) -> str:
    """ "Ak Zhol: yes": one party's own verdict."""
    word = env.t(q, "verdict_each_yes" if yes else "verdict_each_no")
    return env.t(q, "verdict_each", party=env.party_inline(q, party, year), word=word)


MATCHED = frozenset({"same", "changed"})
"""Claims that two figures agree or differ ("did the exit poll and the CEC match?")."""


def _against_official(frame: Frame) -> bool:
    """An estimate held against the official result: "the official result" or the CEC named
    beside it, or a yes/no whether the two agreed (decided by the two figures' difference)."""
    if frame.has("official") or any(
        s.kind == "institution" and s.id == "cec" for s in frame.subjects
    ):
        return True
    return any(c.removeprefix(NEGATED) in MATCHED for c in frame.claims)


def _parts(env: Env, q: Query, decision: Decision, leaf: Leaf, asked: Asked) -> Reply:
    """Every part's answer in one reply: the first part's reply, with the others' headlines."""
    parts = [decision.parts[0], *(p for p in decision.parts[1:] if _wanted(decision, p))]
    replies = [leaf(p.intent, p.slots, q.lang) for p in parts]
    if len(parts) > 1 and decision.form != "compare":  # "… и на сколько больше, чем в 2016"
        later = zip(parts[1:], replies[1:], strict=True)
        replies[1:] = [_changed(env, q, decision, p) or r for p, r in later]
    first, rest = replies[0], replies[1:]
    computed = portion(env, q, decision) if not rest else None
    if computed is not None:  # "what share of the deputies are women": 29 of 107, computed
        return rebuilt(env, first, [computed, *novel([computed], lines_of(first))])
    extra = _narrowed(env, q, decision)
    also = _alongside(env, q, decision, leaf)
    if not rest and extra and first.kind is ReplyKind.UNKNOWN:
        # the broad figure is not held, the narrowed one is ("polling stations abroad, 2016")
        return rebuilt(env, first, [*extra, *lines_of(first)], kind=ReplyKind.ANSWER)
    question = asked(decision, q.lang) if asked is not None else frozenset()
    if not rest and extra and _answers_first(decision, lead(first)):
        # "how many foreign observers in all, and how many of them from the CIS": the total
        # first, its parts after
        extra = tuple(line for line in extra if not _shown(line[0], first))
        return rebuilt(env, first, [*lines_of(first), *extra, *also])
    if not rest:
        first = _focused(env, decision, leaf, first, question if asked is not None else None)
        if decision.form != "yesno":  # a yes/no's verdict picks its own line
            first = _led(env, first, stems(decision.words))
        # the parties besides one named restate figures the list shows, but are what was asked
        extra = (
            _besides(env, q, decision)
            + _rest_of_chamber(env, q, decision)
            + _weekday(env, q, decision)
            + tuple(e for e in extra if not _shown(e[0], first))
        )
        if extra or also:  # a narrowed figure is what was asked: it comes first
            return rebuilt(env, first, [*extra, *lines_of(first), *also])
        return first
    # a turnout asked by a later clause's "how many" ("неше сайлаушы болды, нешеуі келді"; the
    # decision's frame is the first clause's): its voters too, not only the percentage
    counted = decision.frame.asks == "count" and TURNOUT not in decision.frame.measures
    added = decision.frame.has(TOTAL) or decision.frame.has(SUM)  # "all" or "sum": their sum
    one = merged(env, q, parts, counted=counted, total=added)
    # words every part's headline has (the year asked: "2023 жылы") tell no line apart
    question -= frozenset.intersection(*(line_stems(lead(r)[0]) for r in replies))
    found = [line for r in _narrowest_first(replies) for line in _asked_lines(r, question)]
    heads = [one] if one is not None else found[:1]
    heads += novel(heads, [] if one is not None else found[1:], strict=False)
    lines = untailed([*heads, *novel(heads, extra)])
    # a part held beside one that is not ("Baytaq and Ak Zhol in 2021"): an answer
    held = any(r.kind is ReplyKind.ANSWER for r in replies)
    kind = ReplyKind.ANSWER if held else first.kind
    return rebuilt(
        env, first, lines, figures=tuple(f for r in replies for f in r.figures), kind=kind
    )


def _changed(env: Env, q: Query, decision: Decision, part: Part) -> Reply | None:
    """A later clause's change against another election ("сколько избирателей было в 2021 и на
    сколько больше, чем в 2016": its part has the base election as `other_year`), computed as a
    comparison of its own; None when the part sets no other election apart."""
    year, other = part.slot("year"), part.slot("other_year")
    if year is None or other is None or not (year.isdigit() and other.isdigit()):
        return None
    frame = decision.frame.with_(form="compare", years=(int(year),), base_year=int(other))
    alone = replace(decision, parts=(part,), frame=frame)
    return comparison(env, Query(part.intent, dict(part.slots), q.lang, q.confidence), alone)


def _answers_first(decision: Decision, line: Cited) -> bool:
    """Whether `line` answers the question's first narrowing word ("foreign" observers, before
    "of them, from the CIS"): the family's own line comes before the narrowed figures."""
    narrow = decision.frame.narrow
    said = stems(narrow[0].words) if narrow else frozenset()
    return bool(said) and said <= line_stems(line[0])


LEADS = 2
"""More of the question's own words a detail shares than its headline does, to lead it."""


def _led(env: Env, reply: Reply, words: frozenset[str]) -> Reply:
    """`reply` led by the detail line the question's own `words` point at clearly more than at
    its headline, when that line stands on its own (it names its year): "how many candidates
    were on the lists, how many of them women" is answered by the candidates, the women
    elected after."""
    head, *rest = lines_of(reply)
    if is_header(head[0]) or not rest:
        return reply
    shared = [len(words & line_stems(text)) for text, _ in rest]
    best = max(shared)
    found = rest[shared.index(best)]
    if (
        best < len(words & line_stems(head[0])) + LEADS
        or shared.count(best) > 1
        or _continues(found[0])
    ):
        return reply
    return rebuilt(env, reply, [found, head, *(line for line in rest if line is not found)])


DETAILED = 2
"""Figures a part's headline shares with another part's details to be a detail of it (not one
threshold both name)."""


def _narrowest_first(replies: list[Reply]) -> list[Reply]:
    """The parts' replies, a part that details another's figures first: "polling stations
    abroad, in how many countries" is answered by the stations abroad (66, in 53 countries),
    the total they are counted in (10 060) is its context, said after."""

    def detail(reply: Reply) -> bool:
        head = figures(lead(reply)[0])
        for other in replies:
            seen = {f for t, _ in lines_of(other)[1:] for f in figures(t)}
            if other is not reply and len(head & seen) >= DETAILED and restated(head, seen):
                return True
        return False

    return sorted(replies, key=lambda r: not detail(r))  # stable: the question's order otherwise


TOTAL = "all"
"""The marker of "together", "combined", "в сумме", "барлығы": the named parties' sum."""
SUMMARY = "results"
"""The election's results headline: a further part only when the question names the results
(not "how many invalid ballots and what percent", whose "percent" read as the parties')."""
SPLIT = "seats"
"""The measure the results headline gives of every party (the seat split)."""


def _wanted(decision: Decision, part: Part) -> bool:
    """Whether a further part is one the question asks for, not a reading of a stray word: the
    results when named, or when a clause asks seats of no party ("кто они и сколько мест"
    after how many passed: the seat split)."""
    asked = decision.asked or decision.frame
    return part.intent != SUMMARY or SUMMARY in decision.frame.mentions or SPLIT in asked.measures


def _asked_lines(reply: Reply, question: frozenset[str]) -> list[Cited]:
    """A part's headline, and the line of its details the question's words point at more than
    at the headline ("how many votes did Abdrakhmanov get" in the APK's answer); a header
    is not the headline, the line under it is."""
    lines = lines_of(reply)
    head = lead(reply)
    rest = lines[lines.index(head) + 1 :]
    shared = [len(question & line_stems(text)) for text, _ in rest]
    best = max(shared, default=0)
    if best <= len(question & line_stems(head[0])) or shared.count(best) > 1:
        return [head]
    return [head, rest[shared.index(best)]]


FOCUS_SHARE = 3
"""A line is what the question asks when at most a third of the answer's lines share as much of
the question's words with it (a word in fewer lines weighs more; a word every line has picks
nothing)."""


def _focused(
    env: Env, decision: Decision, leaf: Leaf, reply: Reply, question: frozenset[str] | None
) -> Reply:
    """`reply` with the lines the question's own words (`question`, None: not known) point at
    first, from the whole answer (also what its "more" would show): "the first sitting of the
    new Mäjilis" in the timeline, "the final report's recommendations" in the observers'
    findings."""
    part = decision.parts[0]
    more = f"{part.intent}{MORE}"
    if question is None or reply.kind is not ReplyKind.ANSWER or more not in REGISTRY:
        return reply
    cut = any(s.intent == more for s in reply.suggestions)
    if not cut and len(reply.details) < 2:  # nothing to put first
        return reply
    head, *lines = lines_of(reply)
    kept = lines[:1] if lines and _continues(lines[0][0]) else []
    lines = lines[len(kept) :]  # a sentence that goes on from the headline stays under it
    if cut:
        lines += lines_of(leaf(more, part.slots, reply.lang))[1:]
    unit = _unit(env, reply.lang)
    shared = [
        question & line_stems(_unnamed(env, t, cites, reply.lang, unit)) for t, cites in lines
    ]
    often = Counter(word for words in shared for word in words)
    # rarer words weigh more; exact fractions: the same choice in every process, whatever the
    # order a set of words is summed in
    scores = [sum((Fraction(1, often[word]) for word in words), Fraction(0)) for words in shared]
    top = max(scores, default=0)
    chosen = [line for line, score in zip(lines, scores, strict=True) if score == top]
    if top == 0 or len(chosen) * FOCUS_SHARE > max(len(lines), FOCUS_SHARE):
        return reply
    if lines[: len(chosen)] == chosen:
        return reply
    others = [line for line, score in zip(lines, scores, strict=True) if score != top]
    suggestions = tuple(s for s in reply.suggestions if s.intent != more)
    lines = [head, *kept, *chosen, *others]
    return env.first_part(rebuilt(env, reply, lines, suggestions=suggestions))


def _continues(text: str) -> bool:
    """Whether a detail goes on from the line above it ("Of them, 322 …"): it names no year
    of its own and is no header."""
    return not years(text) and not is_header(text)


def _unnamed(env: Env, text: str, cites: tuple[Cite, ...], lang: Lang, unit: str) -> str:
    """`text` without the names of the secondary sources it cites (and without the `unit` of
    percentage points): they report the story and are no word of it ("ElectionGuide and
    English Wikipedia disagree" says nothing about how an election ended); observers and
    officials (ODIHR's report) act in it."""
    for cite in cites:
        source = env.fb.source(cite.source)
        if source.authority == "SEC":
            name = render.publisher(source.name, lang, env.catalog)
            text = text.replace(name.split(" (")[0], " ")
    return text.replace(unit, " ")


def _unit(env: Env, lang: Lang) -> str:
    """The unit of percentage points ("п. п."): a unit, not the percent a question asks for."""
    return env.catalog.t("points", lang, value="").strip()


ALONGSIDE = frozenset({"party_seats", "party_votes", "party_share", "party_info"})
"""Party answers that, for a year a party's name implied, add the default election's result."""


def _alongside(env: Env, q: Query, decision: Decision, leaf: Leaf) -> tuple[Cited, ...]:
    """ "Amanat" with no year is 2023 (the name it ran under); Nur Otan's 2021 result, under the
    party's other name, comes alongside."""
    part = decision.parts[0]
    year = part.slot("year")
    implied = not decision.frame.years and decision.frame.implied_years
    if not implied or part.intent not in ALONGSIDE or year is None:
        return ()
    party = part.slot("party")
    election = env.fb.election(DEFAULT_YEAR)
    if year == str(DEFAULT_YEAR) or party is None or not election.has_party(party):
        return ()
    slots = freeze_slots({**dict(part.slots), "year": str(DEFAULT_YEAR)})
    return (lines_of(leaf(part.intent, slots, q.lang))[0],)


def _weekday(env: Env, q: Query, decision: Decision) -> tuple[Cited, ...]:
    """ "What day of the week was the election": the date's weekday, which restates the date
    the answer shows but is what was asked."""
    frame = decision.frame
    if WEEKDAY not in frame.measures or decision.intent != "election_date":
        return ()
    election = env.election(q)
    line = weekday_line(env, q, election)
    return (cited(env, q.lang, line, Sourced(sources=election.kind_sources)),)


def _shown(line: str, reply: Reply) -> bool:
    """Whether `reply` already shows the figures of `line` ("66 polling stations abroad"): in a
    line of a few figures, not as one entry of a long list (every organisation's observers
    do not answer how many ODIHR sent)."""
    found = figures(line)
    shown = {
        f
        for d in (reply.headline, *reply.details)
        if len(said := figures(d)) <= len(found) + LISTED
        for f in said
    }
    return bool(found) and found <= shown


LISTED = 3
"""More figures than these beside a narrowed line's in one line make that line a list."""


def _restates(verdict: str, line: str) -> bool:
    """Whether `line` says all that `verdict` says (its words and figures), and more."""
    return line_stems(verdict) <= line_stems(line) and figures(verdict) <= figures(line)


def _narrowed(env: Env, q: Query, decision: Decision) -> tuple[Cited, ...]:
    """Figures a narrowing word asks for that the family's answer does not show: turnout at a
    time of day, men on the lists, the candidates' age."""
    frame = decision.frame
    election = env.election(q)
    out: list[Cited] = []
    narrowed = frame.narrowed
    named = [env.fb.election(y) for y in frame.years if y in env.fb.years] or [election]
    for each in named if "abroad" in narrowed and decision.intent == "polling_stations" else ():
        abroad = each.participation.polling_stations_abroad  # "участки за рубежом в 2016 и 2021"
        if abroad is not None:
            text = env.t(q, "stations_abroad_only", year=each.year, n=env.num(q, abroad.value))
            out.append(cited(env, q.lang, text, abroad))
    # "how many observers did ODIHR send", also as a later part ("… and how many from ODIHR")
    # (and beside their accreditation's date: "how many were accredited, and how many from ODIHR")
    if "observers" in {decision.intent, *(p.intent for p in decision.parts), *frame.measures}:
        for org in frame.of("organisation"):
            sent = value(env, "observers", election.year, Subject(organisation=org))
            if sent is not None:
                text = env.t(q, "organisation_observers", year=election.year,
                             name=organisation(env, q, org, election.year),
                             count=sent.counted(env, q, "observers"))  # fmt: skip
                out.append(cited(env, q.lang, text, *sent.sources))
    at = _region_at(env, q, decision)
    if at is not None:
        reading, turnout = at
        assert election.regional_turnout is not None
        note = env.t(q, f"reading_{election.regional_turnout.status}", time=reading.time)
        text = env.t(q, "turnout_region", region=env.region(q, q.slots.get("region", ""),
                     election.year), year=election.year, turnout=env.pct(q, turnout),
                     reading=note)  # fmt: skip
        out.append(cited(env, q.lang, text, reading))
    c = election.candidates
    if "men" in narrowed and c is not None and c.men is not None:
        out.append(cited(env, q.lang, env.t(q, "candidates_men", n=env.num(q, c.men.value)), c.men))
    if {"age", "oldest"} & narrowed and c is not None and c.average_age is not None:
        youngest = c.youngest_age.value if c.youngest_age else 0
        text = env.t(q, "candidates_age", youngest, youngest=youngest or "—",
                     average=env.catalog.fmt_decimal(c.average_age.value, q.lang))  # fmt: skip
        out.append(cited(env, q.lang, text, c.average_age))
    return tuple(out)


BESIDES = frozenset({"except", REST})
"""Narrowings that leave the parties named out ("кроме Нур Отана", "а у остальных?")."""
BESIDES_COUNTS = frozenset({"seats", "votes", "share"})
"""Figures asked of the parties besides one named: each party's and their sum (shares add up
too: "the share of everyone but Nur Otan")."""


def _besides(env: Env, q: Query, decision: Decision) -> tuple[Cited, ...]:
    """The parties that passed the threshold besides those named ("кроме Нур Отана"); asked a
    count ("сколько мест у партий кроме Нур Отана"), their counts and the sum."""
    left_out = set(decision.frame.parties)
    if decision.intent != "passed_threshold" or not BESIDES & decision.frame.narrowed:
        return ()
    election = env.election(q)
    passed, failed = election.by_threshold()
    counted = [m for m in decision.frame.measures if m in BESIDES_COUNTS]
    if counted and left_out:  # "how many seats did the parties other than Nur Otan get"
        ranked = passed if counted[0] == "seats" else (*passed, *failed)
        others = [r.party for r in ranked if r.party not in left_out]
        line = summed_parties(env, q, counted[0], others, election.year) if others else None
        if line is not None:
            return (line,)
    rest = [r for r in passed if r.party not in left_out]
    if not left_out or not rest:
        return ()
    named = env.join(q, (env.party_phrase(q, p, election.year) for p in sorted(left_out)))
    text = env.t(q, "passed_besides", len(rest), n=len(rest), year=election.year, party=named,
                 parties=env.share_list(q, election.year, rest))  # fmt: skip
    return (cited(env, q.lang, text, *rest),)


def _rest_of_chamber(env: Env, q: Query, decision: Decision) -> tuple[Cited, ...]:
    """The chamber's seats besides one party's ("AMANAT's seats" - "and the rest of the
    chamber"): the whole, the party's and the rest (98 − 62 = 36)."""
    frame = decision.frame
    if decision.intent != "chamber_size" or REST not in frame.narrowed:
        return ()
    election = env.election(q)
    held = [election.party(p) for p in frame.parties if election.has_party(p)]
    row = held[0] if len(held) == 1 else None
    if row is None or row.seats is None:
        return ()
    own, total = row.seats, election.system.total_seats
    seats = functools.partial(env.t, q, "seats_n")
    text = env.t(q, "chamber_rest", year=election.year, total=seats(total, n=total),
                 party=env.party(q, row.party, election.year), own=seats(own, n=own),
                 rest=seats(total - own, n=total - own))  # fmt: skip
    return (cited(env, q.lang, text, election.system, row),)


def _region_readings(env: Env, q: Query) -> list[tuple[TurnoutReading, Decimal]]:
    """A region's turnout at each reading that has it ("явка в Кызылорде на 20:00")."""
    regional = env.election(q).regional_turnout
    region = q.slots.get("region")
    if regional is None or region is None:
        return []
    found = [(r, regional.by_region(r.id).get(region)) for r in regional.readings]
    return [(r, v) for r, v in found if v is not None]


def _region_at(env: Env, q: Query, decision: Decision) -> tuple[TurnoutReading, Decimal] | None:
    """The region's turnout at the hour asked, when a reading at that hour has it."""
    wanted = _asked_time(decision)
    if decision.intent != "turnout_region" or wanted is None:
        return None
    return next(((r, v) for r, v in _region_readings(env, q) if r.time == wanted), None)


def _readings(env: Env, q: Query) -> list[TurnoutReading]:
    """The election's national turnout readings during the day (14:00, 20:00, 22:00)."""
    regional = env.election(q).regional_turnout
    return [r for r in (regional.readings if regional else ()) if r.national is not None]


def _asked_time(decision: Decision) -> str | None:
    times = [n.words for n in decision.frame.narrow if n.value == "time" and ":" in n.words]
    return times[0] if times else None


def _narrowing_missing(env: Env, q: Query, decision: Decision) -> Reply | None:
    """A narrowed figure the facts do not hold: turnout at another hour than those read out,
    women elected in a year that only counts women candidates."""
    frame = decision.frame
    wanted = _asked_time(decision)
    if decision.intent == "turnout_times" and wanted is not None:
        readings = _readings(env, q)
        if not any(r.time == wanted for r in readings):
            listed = env.join(
                q,
                (
                    env.t(q, "reading_item", time=r.time, turnout=env.pct(q, r.national))
                    for r in readings
                    if r.national is not None
                ),
            )
            text = env.t(
                q, "turnout_at_missing", year=env.year(q), time=wanted, readings=listed or "—"
            )
            return env.not_held(q, text)
    if decision.intent == "turnout_region" and wanted is not None:
        held = _region_readings(env, q)
        if held and _region_at(env, q, decision) is None:
            listed = env.join(q, (env.t(q, "reading_item", time=r.time, turnout=env.pct(q, v))
                                  for r, v in held))  # fmt: skip
            text = env.t(q, "turnout_at_missing", year=env.year(q), time=wanted, readings=listed)
            return env.not_held(q, text)
    c = env.election(q).candidates
    if decision.intent == "women" and elected(frame) and (c is None or c.women_elected is None):
        key = "women_elected_none" if c is None or c.women is None else "women_elected_missing"
        return env.not_held(q, env.t(q, key, year=env.year(q)))
    return None


def _not_held(env: Env, q: Query, decision: Decision) -> Reply:
    """What the fact base does not hold, said plainly (its own note on it when there is one)."""
    return env.not_held(q, _not_held_text(env, q, decision.not_held or "", decision))


def _not_held_text(env: Env, q: Query, topic: str, decision: Decision) -> str:
    """The sentence saying the fact base does not hold `topic`."""
    note = env.election(q).unknown.get(topic)
    if note is not None:
        return note(q.lang)
    if f"not_held_{topic}" in env.catalog:
        return env.t(q, f"not_held_{topic}", **_not_held_years(env, q, decision.frame))
    words = ", ".join(n.words for n in decision.frame.narrow) or topic
    return env.t(q, "not_held", words=words)


def _not_held_years(env: Env, q: Query, frame: Frame) -> dict[str, str]:
    """The election years a not-held sentence may name: the one asked that the fact base does
    not hold (`year`), and those it holds (`held`)."""
    held = sorted(env.fb.years)
    asked = [y for y in frame.years if y not in held]
    return {"year": str(asked[0]) if asked else "", "held": env.join(q, map(str, held))}


def _not_understood(env: Env, q: Query, decision: Decision) -> Reply:
    """Words, but no reading of them: off-topic unless they are about the elections, or are
    only the question's own grammar ("самая высокая": an unfinished question, not off-topic)."""
    frame = decision.frame
    if not frame.topic and (frame.unknown or frame.off_topic):
        return meta.off_topic(env, q)
    return env.reply(
        q,
        env.t(q, "not_understood"),
        kind=ReplyKind.DID_YOU_MEAN,
        suggestions=meta.starters(env, q),
    )


def _offers(env: Env, q: Query, parts: tuple[Part, ...], label: Labels) -> tuple[Suggestion, ...]:
    """ "Did you mean" offers: each reading's question with the user's party, region and year."""
    offers = []
    for part in parts:
        slots = dict(part.slots)
        details = [
            env.party(q, v) if k == "party" else env.region(q, v) if k == "region" else v
            for k in DETAIL_SLOTS
            if (v := slots.get(k))
        ]
        question = label(part.intent, q.lang)
        text = env.t(q, "dym_label", question=question, details=", ".join(details))
        offers.append(Suggestion(text if details else question, part.intent, part.slots))
    return tuple(dict.fromkeys(offers))
