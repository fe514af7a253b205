"""Yes/no answers: the verdict first ("Yes." / "Нет." / "Иә."), then the figure that decides it.

A verdict is computed from the facts: a party passed the threshold (or would have under a
what-if's settings), holds a majority, won seats, won, ran; an election was early; a figure is
above or below the one asked ("явка выше 70 %?", "more than half"); a figure grew or fell between
two elections; the exit poll was above the result. A yes/no question none of these decides gets
the plain answer (no guessed yes or no).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from rapidfuzz import fuzz

from sailau.answers import rows
from sailau.answers.assessment import note_line
from sailau.answers.env import Env, HasSources, sentence
from sailau.answers.party import renaming_text
from sailau.answers.registry import Query
from sailau.answers.results import placed, threshold_sentences
from sailau.answers.timeline import term
from sailau.answers.whatif import whatif
from sailau.compose.comparisons import (
    ELECTION_COUNTS,
    across,
    extreme_lines,
    measures_gap,
    region_said,
    sum_against,
)
from sailau.compose.phrases import pair, what
from sailau.compose.values import Subject, Value, elected, estimated, value
from sailau.facts.checks import share
from sailau.facts.models import Election, PartyResult, Sourced, Text, TurnoutReading
from sailau.facts.rows import resolve
from sailau.reply import Reply, freeze_slots
from sailau.seats.allocation import SeatError
from sailau.seats.scenario import from_election, parse_percent
from sailau.understanding.decide import ROW_INTENT, Decision, Part
from sailau.understanding.dialogue import NATIONAL
from sailau.understanding.frame import (
    ALL,
    CHANGE,
    GOT,
    RESULTS,
    SEATS,
    SHARE,
    SUM,
    THRESHOLD,
    TURNOUT,
    UPWARD,
    VOTES,
    Comparison,
    Frame,
)
from sailau.understanding.framing import (
    APPROXIMATE,
    EQUAL,
    INCLUSIVE,
    NEGATED,
    NONE,
    RAN,
    STILL,
    THAN_FIRST,
    THAN_LAST,
    TWO_NAMES,
)

HALF = Decimal(50)
REGULAR = "regular"
"""The claim that an election was held when due: the `early` yes/no asked the other way."""


@dataclass(frozen=True)
class Verdict:
    """Yes or no, the sentence with the deciding figure, and its sources."""

    yes: bool
    text: str
    sources: tuple[HasSources, ...] = ()
    whole: bool = False
    """The text answers the question whole: the plain answer's lines are not added (they say
    what it decided is not held)."""


def each_party(env: Env, q: Query, decision: Decision) -> list[tuple[str, Verdict]] | None:
    """A yes/no asked of several named parties at once ("did Ak Zhol and Auyl both pass?",
    "ақ жол мен ауыл өтті ме"): each party's verdict, decided as if asked alone; None when the
    question sets the parties against each other ("did X do better than Y") or not every
    party's is decided."""
    frame, parts = decision.frame, decision.parts
    parties = [p.slot("party") for p in parts]
    one_each = len(parts) > 1 and None not in parties and len(set(parties)) == len(parts)
    against = frame.comparison is not None and frame.comparison.value is None
    against = against or SAME in frame.claims  # "а мест у них одинаково?": one with the other
    if not one_each or against or _quantifier(frame) is not None:
        return None
    found: list[tuple[str, Verdict]] = []
    for part, party in zip(parts, parties, strict=True):
        alone = Query(part.intent, dict(part.slots), q.lang, q.confidence)
        decided = verdict(env, alone, replace(decision, parts=(part,)))
        if decided is None or party is None:
            return None
        found.append((party, decided))
    return found


WHATIF_SEATS = frozenset({"passed", "seats", "threshold", "whatif"})
"""Measures a yes/no under a what-if's settings asks of the recalculated seats."""
SYSTEM = "system"
FIRST_PLACE = "first_place"
"""The marker of a change asked ("would the seats change"): the split set against the real one."""
SUMMABLE = {"seats": "party_seats", "votes": "party_votes", "share": "party_share"}
"""Party counts a yes/no may ask of several parties together ("together", "в сумме"), and the
answer family of each party's."""


def summed_yes(env: Env, q: Query, decision: Decision) -> tuple[bool, tuple[Part, ...]] | None:
    """ "Did Amanat and Ak Zhol get 88 seats together", "do the winning parties' seats add up to
    98": the parties' counts added up in one election (those named; else every party that won
    seats, or every party's votes) against the figure stated, and the parts that add up; None
    unless that is what is asked."""
    frame, parts = decision.frame, decision.parts
    comparison = frame.comparison
    measure = frame.measure or ""
    if comparison is None or comparison.value is None or measure not in SUMMABLE:
        return None
    parties = [p.slot("party") for p in parts]
    if len({p.slot("year") for p in parts}) != 1:
        return None
    year = env.year(Query(parts[0].intent, dict(parts[0].slots), q.lang, q.confidence))
    # "do the parties' seats add up to 98", "барлығы 98 орын алды ма": every party that won seats
    every = frame.has(SUM) or frame.has(ALL)
    if parties == [None] and every and ("party" in frame.kinds or frame.has(GOT)):
        held = env.fb.election(year).ranked
        parties = [r.party for r in held if measure != "seats" or r.seats_won]
        parts = tuple(
            Part(SUMMABLE[measure], freeze_slots({**dict(parts[0].slots), "party": p}))
            for p in parties
        )
    if len(parts) < 2 or None in parties:
        return None
    found = [value(env, measure, year, Subject(p)) for p in parties]
    if any(f is None for f in found):
        return None
    added = sum((f.amount for f in found if f is not None), Decimal(0))
    return holds(added, Decimal(comparison.value), comparison.direction), parts


def verdict(env: Env, q: Query, decision: Decision) -> Verdict | None:
    """The yes/no the question asks, if the facts decide it."""
    frame, part = decision.frame, decision.parts[0]
    if part.intent == ROW_INTENT:
        return _row(env, q, frame, part) or _elections_extreme(env, q, frame, part)
    year = env.year(q)
    party = part.slot("party")
    if party is not None and part.slot("year") is None:
        year = _ran_in(env, party, year)
    election = env.fb.election(year)
    measure = frame.measure or ""
    if not measure and party is not None and RAN in frame.claims:
        measure = "parties"  # "did the social democrats even run in 2021?"
    concord = _quantifier(frame) == NONE  # "ни одна партия не набрала": one negation said twice
    for decide in (
        _over_parties,
        _by_figure,
        _seats_against_votes,
        _between_parties,
        _sum_against_party,
        _count_against_party,
        _moved,
        # "was Pavlodar's 2023 turnout above the national figure?": the country's, not 2021's
        _region_national,
        _across_years,
        _region_extreme,
    ):
        found = decide(env, q, frame, part, year)
        negated = frame.comparison is not None and frame.comparison.negated and not concord
        if found is not None and negated:
            return replace(found, yes=not found.yes)  # "turnout didn't exceed 70 %, right?"
        if found is not None:
            return found
    # "would the distribution change", "would the seat distribution change"
    split = measure in WHATIF_SEATS or measure in (SYSTEM, RESULTS)
    if party is None and frame.settings and frame.has(CHANGE) and split:
        return _whatif_changes(env, q, election, frame)  # "would the seats change at 5 %?"
    if party is not None and election.has_party(party):
        seats = measure in WHATIF_SEATS or (measure == SYSTEM and SEATS in frame.mentions)
        if frame.settings and seats:  # "по методу д'Ондта … больше 76 мандатов?"
            return _whatif(env, q, election, party, frame)
        predicate = PARTY_PREDICATES.get(measure)
        if predicate is not None:
            found = predicate(env, q, election, party)
            if f"{NEGATED}passed" in frame.claims:  # "правда, что Адал не прошёл?": the
                return Verdict(not found.yes, found.text, found.sources)  # statement said
            return found
    if party is not None and measure in ("parties", "passed", "winner", "seats"):
        not_ran = env.t(q, "verdict_not_ran", party=env.party_phrase(q, party), year=year)
        return Verdict(False, not_ran, tuple(election.results[:1]))  # decided by the results
    if measure == "majority" and party is None:  # did any party win a majority (of the vote)?
        if "votes" in frame.mentions:
            return _any_party(env, q, election, HALF, "more")
        return _majority(env, q, election, election.ranked[0].party)
    if measure in EVENTS and frame.comparison is None and not frame.claims:
        return _happened(env, q, election)
    if measure == WEEKDAY:
        return _weekday(env, q, election, frame)
    if measure == "early":
        early = election.kind != "regular"
        if REGULAR in frame.claims:  # "was it a regular election?": the other way round
            early = not early
        return Verdict(early, env.t(q, f"election_kind_{election.kind}"))
    if party is not None and measure in ("approval", "pm"):
        return None  # "did Ak Zhol back Mamin": a faction's own vote is not held
    said = frame.comparison
    counted = said is not None and said.value is not None and not said.percent
    if measure == "approval" or (measure == "pm" and counted):
        # "did over 90 deputies back Mamin as PM": a count said of him is his approval vote's
        return _approval(env, q, election, frame)
    if measure == AGAINST_ALL and party is None and frame.comparison is None and not frame.claims:
        return _against_all(env, q, election)  # "was there an 'against all' line in 2023?"
    if measure == "referendum" and party is None:
        return _referendum(env, q)
    if measure == "maslikhat" and party is None and frame.comparison is None:
        return _maslikhats(env, q, election)
    named = frame.of("person") or _president_named(election, decision.words)
    if measure in LEADS and party is not None and named:
        return _leader(env, q, election, party, named)  # "chairman of Nur Otan"
    if measure in ("speaker", "pm", "chair") and frame.of("person"):
        return _person(env, q, election, measure, frame.of("person")[0])
    renaming = measure == "renaming" and frame.comparison is None
    if renaming and party is not None and STILL in frame.claims:  # the name asked decides,
        # not whether it was renamed by then (a name implying no election: undecided)
        return _still_called(env, q, election, party, frame.implied_years)
    if renaming and party is not None and part.slot("year") is not None:
        return _renamed(env, q, election, party, after=frame.has("after"))
    if renaming and party is not None and frame.has(TWO_NAMES):
        return _named_twice(env, q, party)
    return None


TURNS = ("passed", "threshold", "seats", "winner")
"""What a party's yes/no asks that another election may answer the other way."""


def elsewhere(env: Env, q: Query, decision: Decision, found: Verdict) -> Verdict | None:
    """A party's yes/no with no year asked, answered for the default election: the latest other
    election whose answer is the opposite ("did Auyl get in": no in 2021, yes in 2023)."""
    frame, part = decision.frame, decision.parts[0]
    party = part.slot("party")
    if party is None or part.slot("year") is not None or frame.years or frame.settings:
        return None
    predicate = PARTY_PREDICATES.get(frame.measure or "") if frame.measure in TURNS else None
    if predicate is None:
        return None
    year = _ran_in(env, party, env.year(q))
    said = found.yes != (f"{NEGATED}passed" in frame.claims)  # the fact, not the statement
    for other in sorted(env.fb.years, reverse=True):
        election = env.fb.election(other)
        if other == year or not election.has_party(party):
            continue
        turned = predicate(env, q, election, party)
        if turned.yes != said:
            text = (
                turned.text[:1].lower() + turned.text[1:]
                if turned.text[1:2] == " "
                else turned.text
            )
            return Verdict(turned.yes, env.t(q, "verdict_elsewhere", text=text), turned.sources)
    return None


def _renamed(env: Env, q: Query, election: Election, party: str, *, after: bool) -> Verdict | None:
    """ "Was Nur Otan already called Amanat at the 2021 election?": its last renaming's date
    against the election's (`after`: "renamed after the election?")."""
    names = env.fb.party(party).names
    since = names[-1].since
    if len(names) < 2 or since is None:
        return None
    old, new = names[-2], names[-1]
    before = since <= election.date
    return Verdict(before != after, renaming_text(env, q, old, new), (new,))


def _named_twice(env: Env, q: Query, party: str) -> Verdict | None:
    """ "Адал раньше назывался Бирлик?": two names said of one party are its names (the
    reader found both for the same party); its renaming."""
    names = env.fb.party(party).names
    if len(names) < 2:
        return None
    return Verdict(True, renaming_text(env, q, names[-2], names[-1]), (names[-1],))


SPELLING = 85
"""How alike (rapidfuzz ratio) a word and a surname are to be the same name spelt otherwise."""

LEADS = ("leader", "chair")
"""A party's leader, also asked as its chairman ("председатель Нур Отана")."""


def _still_called(
    env: Env, q: Query, election: Election, party: str, named: tuple[int, ...]
) -> Verdict | None:
    """ "Is Nur Otan still called Nur Otan?": whether the name asked (the elections it ran
    under, `named`) is the party's name at the election asked (the latest); its renaming."""
    names = env.fb.party(party).names
    if len(names) < 2 or not named:
        return None
    return Verdict(election.year in named, renaming_text(env, q, names[-2], names[-1]),
                   (names[-1],))  # fmt: skip


def _leader(
    env: Env, q: Query, election: Election, party: str, names: tuple[str, ...]
) -> Verdict | None:
    """ "Did Nazarbayev lead Nur Otan at the 2021 election?": the leader the facts hold."""
    if not election.has_party(party) or election.party(party).leader is None:
        return None
    leader = election.party(party).leader
    assert leader is not None
    held = {leader.name(lang) for lang in ("kk", "ru", "en")}
    since = env.t(q, "leader_since", date=env.date(q, leader.since)) if leader.since else ""
    text = env.t(q, "party_leader", party=env.party_phrase(q, party, election.year),
                 year=election.year, leader=leader.name(q.lang), since=since)  # fmt: skip
    return Verdict(bool(held & set(names)), text, (leader,))


def _president_named(election: Election, words: str) -> tuple[str, ...]:
    """The election's President when the question names him by surname ("did Tokayev chair Nur
    Otan"): a person the fact base holds as a row, not among its officials or leaders."""
    row = election.rows.get("president")
    if row is None or not isinstance(row.value, Text):
        return ()
    names = tuple(row.value(lang) for lang in ("kk", "ru", "en"))
    surnames = {name.split()[-1].casefold() for name in names}
    said = words.casefold().split()  # "Тоқаевтың", "Tokaev": its case ending, a spelling
    named = any(w.startswith(s) or fuzz.ratio(w, s) >= SPELLING for w in said for s in surnames)
    return names if named else ()


def _ran_in(env: Env, party: str, year: int) -> int:
    """The election a party's figure is asked of when none is named: the default one if the
    party ran in it, else the latest it ran in ("did Baytaq get over 5 %": 2023)."""
    if env.fb.election(year).has_party(party):
        return year
    ran = [y for y in env.fb.years if env.fb.election(y).has_party(party)]
    return max(ran) if ran else year


# --- a row of the reference sheet ---------------------------------------------------------------


def _row(env: Env, q: Query, frame: Frame, part: Part) -> Verdict | None:
    """What the question asks of a row: a claim it holds or not ("did the OSCE call it
    competitive?"), the extreme it is ("the lowest turnout since 1999?"), a figure above or
    below one asked, or the row's own statement ("did the OSDP boycott?")."""
    q = Query(ROW_INTENT, dict(part.slots), q.lang, q.confidence)
    found = rows.find(env, q, part.slot(ROW_INTENT) or "")
    if found is None:
        return None
    election, row = found
    resolved = resolve(row, election, env.fb.institutions)
    line = rows.row_line(env, q, election, row, resolved)
    # "still" sets the time asked (the latest election), not what the row must hold
    asked = [c for c in frame.claims if c != STILL] + ([frame.extreme] if frame.extreme else [])
    for claim in asked:
        negated = claim.startswith(NEGATED)
        held = row.holds.get(claim.removeprefix(NEGATED))
        if held is not None:
            return Verdict(held != negated, line.text, line.facts)
    comparison = frame.comparison
    amount = resolved.value
    if (
        comparison is not None
        and comparison.value is not None
        and isinstance(amount, int | Decimal)
    ):
        yes = holds(Decimal(amount), Decimal(comparison.value), comparison.direction)
        return Verdict(yes, line.text, line.facts)
    if row.yes is not None and not asked:
        return Verdict(row.yes, line.text, line.facts)
    return None


# --- a party -----------------------------------------------------------------------------------


def _passed(env: Env, q: Query, election: Election, party: str) -> Verdict:
    row = election.party(party)
    threshold = election.system.threshold.percent
    passed = bool(election.passed(row))
    values = {
        "party": env.party_phrase(q, party, election.year),
        "year": election.year,
        "share": env.pct(q, row.percent),
        "threshold": env.pct(q, threshold),
    }
    if passed:
        seats = row.seats_won
        text = env.t(q, "verdict_passed", seats, seats=seats, **values)
        return Verdict(True, text, (row, election.system.threshold))
    gap = env.catalog.t(
        "points", q.lang, value=env.catalog.fmt_decimal(threshold - row.percent, q.lang)
    )
    return Verdict(
        False, env.t(q, "verdict_failed", gap=gap, **values), (row, election.system.threshold)
    )


def passed_instead(env: Env, q: Query, party: str) -> Reply | None:
    """ "How far short were they" of a party that passed that election ("and in 2023?" after
    Auyl's 2021 shortfall): that it passed, with its share, not a shortfall that is none."""
    election = env.election(q)
    if not election.has_party(party) or not election.passed(election.party(party)):
        return None
    found = _passed(env, q, election, party)
    return env.reply(q, found.text, sources=list(found.sources))


def _majority(env: Env, q: Query, election: Election, party: str) -> Verdict:
    row = election.party(party)
    needed = election.system.majority.value
    seats = row.seats_won
    return Verdict(
        seats >= needed,
        env.t(
            q,
            "verdict_majority",
            party=env.party_phrase(q, party, election.year),
            year=election.year,
            seats=seats,
            total=election.system.total_seats,
            majority=needed,
        ),
        (row, election.system.majority),
    )


def _seats(env: Env, q: Query, election: Election, party: str) -> Verdict:
    """Did the party win seats: how many; with none, why (below the threshold), which says
    its share once (not "won 0 seats (3.57%). It won 3.57% …, short of the threshold")."""
    row = election.party(party)
    seats = row.seats_won
    failed = _passed(env, q, election, party)
    if not seats and not failed.yes:
        return Verdict(False, failed.text, failed.sources)
    text = env.t(
        q,
        "verdict_seats",
        seats,
        party=env.party_phrase(q, party, election.year),
        year=election.year,
        seats=seats,
        total=election.system.total_seats,  # the figure a "more than half?" is decided by
        share=env.pct(q, row.percent),
    )
    return Verdict(seats > 0, text, (row,))


def _winner(env: Env, q: Query, election: Election, party: str) -> Verdict:
    first = election.ranked[0]
    return Verdict(
        first.party == party,
        env.t(
            q,
            "verdict_winner",
            winner=env.party_phrase(q, first.party, election.year),
            year=election.year,
            share=env.pct(q, first.percent),
            seats=first.seats_won,
        ),
        (first,),
    )


def _runner_up(env: Env, q: Query, election: Election, party: str) -> Verdict:
    """ "Did Ak Zhol come second?": the party in second place, with its figures."""
    second = election.ranked[1]
    text = placed(env, q, election, second, "runner_up")
    return Verdict(second.party == party, text, (second,))


def _ran(env: Env, q: Query, election: Election, party: str) -> Verdict:
    row = election.party(party)
    return Verdict(
        True,
        env.t(
            q,
            "verdict_ran",
            party=env.party_phrase(q, party, election.year),
            year=election.year,
            share=env.pct(q, row.percent),
        ),
        (row,),
    )


PARTY_PREDICATES = {
    "passed": _passed,
    "threshold": _passed,
    "majority": _majority,
    "seats": _seats,
    "winner": _winner,
    "runner_up": _runner_up,
    "parties": _ran,
}


def _recalculated(election: Election, frame: Frame) -> Mapping[str, int] | None:
    """The seats under the what-if's threshold or method, or None when it cannot be worked."""
    threshold = frame.settings.threshold
    try:
        scenario = from_election(
            election,
            method=frame.settings.method,
            share=None if threshold is None else parse_percent(threshold),
        )
        return scenario.allocate().seats
    except SeatError:
        return None


def _whatif_changes(env: Env, q: Query, election: Election, frame: Frame) -> Verdict | None:
    """Would the seats (of the lists, where some are districts') go otherwise under the what-if's
    threshold or method? The recalculated split decides it, set against the official one."""
    seats = _recalculated(election, frame)
    if seats is None:
        return None
    official = {r.party: r.list_seats for r in election.results if r.list_seats}
    recalculated = {p: n for p, n in seats.items() if n}
    found = whatif(env, q)
    return Verdict(recalculated != official, found.headline, tuple(election.results))


def _whatif(env: Env, q: Query, election: Election, party: str, frame: Frame) -> Verdict | None:
    """Would the party have won seats under the what-if's threshold or method?"""
    split = _recalculated(election, frame)
    if split is None:
        return None
    seats = split.get(party, 0)
    row = election.party(party)
    asked = next((int(f) for f in frame.figures if f.isdigit()), None)  # "still have 12 seats"
    key = "verdict_whatif_seats" if seats else "verdict_whatif_none"
    compared = frame.comparison
    if compared is not None and compared.value is not None and not compared.percent:
        # "would it have got more seats than 76 under d'Hondt?": the recalculated seats against
        # the figure said, not the official seats
        yes = holds(Decimal(seats), Decimal(compared.value), compared.direction)
        text = env.t(q, key, seats, party=env.party_phrase(q, party, election.year),
                     year=election.year, seats=seats, share=env.pct(q, row.percent))  # fmt: skip
        return Verdict(yes, text, (row,))
    if asked is not None and seats and asked != seats:
        key = "verdict_whatif_seats_not"
    text = env.t(q, key, seats, party=env.party_phrase(q, party, election.year),
                 year=election.year, seats=seats, share=env.pct(q, row.percent),
                 asked=asked)  # fmt: skip
    return Verdict(seats > 0 if asked is None else seats == asked, text, (row,))


# --- figures -----------------------------------------------------------------------------------


def _by_figure(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "явка выше 70 %?", "больше 60 мест?", "more than half the votes?"."""
    comparison = frame.comparison
    if comparison is None:
        comparison, year = _as_party(env, frame, year)
    if comparison is None or comparison.value is None or _moved_by(frame) is not None:
        return None
    figure = Decimal(comparison.value)
    measure = frame.measure or ""
    party, region = part.slot("party"), part.slot("region")
    if frame.settings and party is not None and measure in WHATIF_SEATS - {THRESHOLD}:
        return None  # the recalculated seats decide it (`_whatif`), not the official ones
    election = env.fb.election(year)
    if party is not None and measure in ("threshold", "passed") and election.has_party(party):
        if upward(comparison.direction) and figure == election.system.threshold.percent:
            return _passed(env, q, election, party)  # "Адал 7 пайыздық шектен асты ма"
        measure = "share"  # "did Adal get over 5 %": its share, not the threshold
    if comparison.percent and measure == "votes":
        measure = "share"  # "more than half the votes": its share, not its vote count
    if party is not None and not measure and comparison.percent:
        measure = "share"  # "did Ak Zhol get more than 10 %"
    if measure == "women" and elected(frame):
        measure = "women_elected"  # "more than 30 women in the new Mäjilis?"
    found = value(
        env, measure, year, Subject(party, region), frame.narrowed, share=comparison.percent
    )
    at = _reading_at(election, frame) if measure == TURNOUT and region is None else None
    if at is not None:  # "в 14:00 явка была 43.9 %?": the reading at that hour, not the final
        if at.national is None:
            return None
        found = Value(at.national, True, (at,))
    if found is None or (comparison.percent and not found.percent):
        return None  # a count is never compared with a percentage
    more = found.amount > figure
    shown = env.pct(q, figure) if found.percent else env.num(q, int(figure))
    key = "verdict_figure_more" if more else "verdict_figure_less"
    yes = holds(found.amount, figure, comparison.direction)
    if comparison.direction == EQUAL and found.percent and _rounds_to(found.amount, figure):
        # "явка была 63 %?" of 63,25 %: the share said to fewer places is the share, rounded
        key, yes = "verdict_figure_rounded", True
    if found.amount == figure:
        key = "verdict_figure_same"
    stated = found.text(env, q)
    counted = value(env, measure, year, Subject(party, region), frame.narrowed)
    if comparison.percent and counted is not None and not counted.percent:
        # a share computed from a count ("больше трети женщин?"): the count it is a share of
        stated = env.t(q, "value_counted", value=stated, n=counted.counted(env, q, measure))
    regional = env.fb.election(year).regional_turnout
    if (region is not None or at is not None) and measure == TURNOUT and regional is not None:
        time = (at or regional.reading()).time  # a reading
        reading = env.t(q, f"reading_{regional.status}", time=time)
        stated = env.t(q, "value_reading", value=stated, reading=reading)  # 30,3 % (at 22:00)
    text = env.t(q, key, what=what(env, q, measure, party, region, year), year=year,
                 value=stated, figure=shown)  # fmt: skip
    return Verdict(yes, text, found.sources)


def _rounds_to(amount: Decimal, figure: Decimal) -> bool:
    """Whether `amount`, rounded to as many decimal places as `figure` is said with, is
    `figure` (63,25 rounds to 63; 63,6 does not)."""
    places = Decimal(1).scaleb(min(0, figure.as_tuple().exponent))  # type: ignore[arg-type]
    return amount.quantize(places, rounding=ROUND_HALF_UP) == figure


def _reading_at(election: Election, frame: Frame) -> TurnoutReading | None:
    """The election night's turnout reading at the hour a question names ("at 14:00"); one
    whose national figure is not held has `national` None; None when no hour is named, or no
    reading was taken at it."""
    times = {n.words.replace(".", ":") for n in frame.narrow if n.value == "time"}
    regional = election.regional_turnout
    if not times or regional is None:
        return None
    return next((r for r in regional.readings if r.time in times), None)


def figure_gap(env: Env, q: Query, decision: Decision) -> Verdict | None:
    """ "How many seats more than 54 did Nur Otan have", "нур отаннын 76 орны 54 тен канша
    артык": one party's or region's figure against a figure said, the difference computed (a
    count against a count, a share against a percentage); `yes`: the figure is above it."""
    frame = decision.frame
    comparison = frame.comparison
    if comparison is None or comparison.value is None or frame.asks != "count":
        return None
    if comparison.direction not in GAPS or len(decision.parts) != 1 or frame.settings.threshold:
        return None
    part = decision.parts[0]
    party, region = part.slot("party"), part.slot("region")
    measure = frame.measure or ""
    if (party is None) == (region is None) or measure not in GAP_MEASURES:
        return None
    year = int(part.slot("year") or env.year(q))
    found = value(env, measure, year, Subject(party, region), frame.narrowed)
    if found is None or found.percent != comparison.percent:
        return None
    figure = Value(Decimal(comparison.value), found.percent)
    shown = env.pct(q, figure.amount) if found.percent else env.num(q, int(figure.amount))
    text = env.t(q, "figure_gap", what=what(env, q, measure, party, region, year), year=year,
                 value=found.text(env, q), figure=shown, gap=found.gap(env, q, figure, measure),
                 dir=env.t(q, found.direction(figure)))  # fmt: skip
    return Verdict(found.amount > figure.amount, sentence(text), found.sources)


GAPS = frozenset({"more", "less"})
"""The comparisons whose difference from a figure said `figure_gap` computes."""
GAP_MEASURES = frozenset({"seats", "votes", "share", "turnout"})
"""The figures `figure_gap` sets against a figure said."""


AS_PARTY = frozenset({"against_all"})
"""Votes of no party that a question sets against the threshold as if they were a party's."""


def _as_party(env: Env, frame: Frame, year: int) -> tuple[Comparison | None, int]:
    """ "Would 'against all' have cleared the 5 % bar if it were a party?": its share against
    the threshold said, or the election's (with no year named, the latest that holds it)."""
    measure = frame.measure or ""
    if measure not in AS_PARTY or "passed" not in frame.mentions or frame.parties:
        return None, year
    if not frame.years:
        held = [y for y in env.fb.years if value(env, measure, y, Subject()) is not None]
        year = max(held, default=year)
    threshold = frame.settings.threshold or str(env.fb.election(year).system.threshold.percent)
    return Comparison("atleast", threshold, percent=True), year


def _region_extreme(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "Это самая высокая?" after a region's turnout: the region against every region's
    reading that year; the region at that end when it is another."""
    region, extreme = part.slot("region"), frame.extreme
    if extreme is None and FIRST_PLACE in frame.narrowed:  # "первая по явке?": the highest
        extreme = "highest"
    if region is None or extreme not in ("highest", "lowest") or frame.comparison is not None:
        return None
    if (frame.measure or "turnout") != "turnout":
        return None
    regional = env.fb.election(year).regional_turnout
    values = regional.by_region() if regional is not None and regional.rows else {}
    if regional is None or region not in values:
        return None
    end = (max if extreme == "highest" else min)(values, key=lambda r: values[r])
    reading = regional.reading()

    def said(key: str, where: str) -> str:
        return region_said(env, q, key, where, year, values[where])

    if values[region] == values[end]:
        return Verdict(True, said(f"turnout_{extreme}", region), (reading,))
    text = f"{said('turnout_region', region)} {said(f'turnout_{extreme}_too', end)}"
    return Verdict(False, text, (reading,))


def _region_national(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "Did Kostanay's turnout exceed the national figure?": the region's reading against the
    election's final turnout."""
    region, comparison = part.slot("region"), frame.comparison
    if region is None or comparison is None or comparison.value is not None:
        return None
    if not frame.has(NATIONAL) or (frame.measure or "turnout") != "turnout":
        return None
    regional = value(env, "turnout", year, Subject(None, region))
    national = value(env, "turnout", year, Subject(None))
    if regional is None or national is None:
        return None
    text = " ".join((
        region_said(env, q, "turnout_region", region, year, regional.amount),
        env.t(q, "turnout_national", turnout=env.pct(q, national.amount)),
    ))  # fmt: skip
    yes = holds(regional.amount, national.amount, comparison.direction)
    return Verdict(yes, text, (*regional.sources, *national.sources))


def _elections_extreme(env: Env, q: Query, frame: Frame, part: Part) -> Verdict | None:
    """ "Was 2023 turnout the lowest (of the three elections)?" where no row says so of that
    election: its figure against every election's the fact base holds."""
    extreme, measure = frame.extreme, frame.measure or ""
    if extreme not in ("highest", "lowest") or part.slot("region") or frame.comparison:
        return None
    asked = [y for y in frame.years if y in env.fb.years]
    subject = Subject(part.slot("party"))
    known = [(y, value(env, measure, y, subject, frame.narrowed)) for y in sorted(env.fb.years)]
    held = [(y, v) for y, v in known if v is not None]
    if len(asked) != 1 or len(held) != len(known) or len(held) < 2:
        return None
    lines, end = extreme_lines(env, q, extreme, measure, subject, held)
    sources = tuple(s for _, v in held for s in v.sources)
    figures = dict(held)
    yes = figures[asked[0]].amount == figures[end].amount
    return Verdict(yes, " ".join(lines), sources, whole=True)


def _any_party(env: Env, q: Query, election: Election, figure: Decimal, direction: str) -> Verdict:
    """Did any party get more (or less) than `figure` per cent of the vote?"""
    first = election.ranked[0]
    above = first.percent > figure
    values = {
        "party": env.party_phrase(q, first.party, election.year),
        "year": election.year,
        "share": env.pct(q, first.percent),
    }
    key = "verdict_any_half" if above else "verdict_none_half"
    if figure != HALF:  # "больше 60 %?": the leader's share, no word of half
        key = "verdict_top_share"
    return Verdict(above == (direction == "more"), env.t(q, key, **values), (first,))


def honoured(decision: Decision) -> frozenset[str]:
    """The narrowing words a yes/no's verdict honours itself: "besides X" in a claim over the
    other parties ("any party besides Amanat over 10 %?")."""
    frame = decision.frame
    if decision.form == "yesno" and frame.parties and _quantifier(frame) == "any":
        return frozenset(n.words for n in frame.narrow if n.value == "except")
    return frozenset()


# --- a claim over the parties --------------------------------------------------------------------


def _quantifier(frame: Frame) -> str | None:
    """The claim a yes/no makes over the parties: `only` (the party named alone meets it),
    `all`, `any` (of every party, or of all but those named after "besides"), `none` ("no
    party"), `count` ("more than three parties got in"); None when it is about the parties
    named."""
    comparison = frame.comparison
    if frame.has("only") and len(frame.parties) == 1:
        return "only"
    if frame.has(NONE) and (not frame.parties or frame.narrows("except")):
        return NONE  # "did no party (besides Amanat) get over 50 %?"
    if frame.parties:
        return "any" if frame.narrows("except") else None
    if frame.has("all") or frame.has("every"):
        return "all"
    if frame.has("each"):
        return "any"
    if comparison is not None and comparison.value is not None:
        if comparison.percent and (frame.measure or "") in SHARES:
            return "any"  # "did a party get more than 60 %?", "did the winner get over half?"
        if not comparison.percent and "party" in frame.kinds:
            return "count" if (frame.measure or "passed") in PASSING else None
    return None


SHARES = ("votes", "share", "winner", "passed", "results", "")
"""Measures whose "more than N %" with no party named is asked of any party."""
PASSING = ("passed", "threshold", "parties")
"""Measures a party meets by entering the Mäjilis ("did all parties pass", "get in")."""


def _test(
    frame: Frame, election: Election, quantifier: str
) -> tuple[str, Callable[[PartyResult], Decimal]] | None:
    """What each party is measured by (`share`, `seats`, or `passed`: 1 or 0) for the claim."""
    comparison = frame.comparison
    measure = frame.measure or ""
    if comparison is not None and comparison.value is not None and quantifier != "count":
        if comparison.percent:
            return "share", lambda row: row.percent
        if measure == "votes":  # "did any party besides Nur Otan crack a million votes"
            return "votes", lambda row: Decimal(row.votes)
        return ("seats", lambda row: Decimal(row.seats_won)) if measure == "seats" else None
    if measure in PASSING or quantifier == "count":
        return "passed", lambda row: Decimal(bool(election.passed(row)))
    return None


def _over_parties(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "Did any party get more than half?", "did all parties pass?", "any party besides
    Amanat over 10 %?", "was Amanat the only party over 50 %?", "did more than three parties
    get in?": decided by the parties that meet what is asked, with their figures."""
    quantifier = _quantifier(frame)
    if quantifier is None or frame.settings:
        return None
    election = env.fb.election(year)
    test = _test(frame, election, quantifier)
    comparison = frame.comparison
    if test is None or (quantifier == "all" and comparison and comparison.direction == EQUAL):
        return None
    kind, measure = test
    excluded = frame.parties if quantifier in ("any", NONE) else ()
    rows = [r for r in election.ranked if r.party not in excluded]
    if kind == "passed":
        meets = [r for r in rows if measure(r)]
    else:
        assert comparison is not None and comparison.value is not None
        figure = Decimal(comparison.value)
        meets = [r for r in rows if holds(measure(r), figure, comparison.direction)]
    if quantifier == "only":
        yes = [r.party for r in meets] == list(frame.parties)
    elif quantifier == "all":
        yes = len(meets) == len(rows)
    elif quantifier == "count":
        assert comparison is not None and comparison.value is not None
        n = Decimal(comparison.value)
        yes = holds(Decimal(len(meets)), n, comparison.direction)
    else:
        yes = bool(meets) != (quantifier == NONE)
    if kind == "passed":
        return Verdict(yes, _passing_text(env, q, election), tuple(election.ranked))
    assert comparison is not None
    if quantifier == "all" and not yes:  # the parties that fall short decide it
        meets = [r for r in rows if r not in meets]
        comparison = replace(comparison, direction=OPPOSITE[comparison.direction])
    shown = [(r, measure(r)) for r in rows]
    text = _meeting_text(env, q, election, kind, comparison, shown, meets, bool(excluded))
    return Verdict(yes, text, tuple(meets or rows[:1]))


OPPOSITE = {"more": "atmost", "less": "atleast", "atleast": "less", "atmost": "more"}
"""What the parties that fall short of "more than" / "less than" have (the figure itself too)."""


MARGIN = Decimal("0.05")
"""How far, as a part of the figure said, an amount may be from a figure said as rough."""


def holds(amount: Decimal, figure: Decimal, direction: str) -> bool:
    """`amount` is more than, less than, at least, at most, (`EQUAL`) exactly `figure`, or
    (`APPROXIMATE`) within `MARGIN` of it."""
    if direction == APPROXIMATE:
        return abs(amount - figure) <= abs(figure) * MARGIN
    if amount == figure:
        return direction in (EQUAL, *INCLUSIVE)
    return direction != EQUAL and (amount > figure) == upward(direction)


def upward(direction: str) -> bool:
    """Whether a comparison asks for more (`more`, `atleast`) rather than less."""
    return direction in UPWARD


def _passing_text(env: Env, q: Query, election: Election) -> str:
    """The parties that passed the threshold and those that fell below, with their shares."""
    over, under = threshold_sentences(env, q, election, *election.by_threshold())
    return f"{over} {sentence(under)}" if under else over


def _meeting_text(
    env: Env, q: Query, election: Election, kind: str, asked: Comparison,
    rows: list[tuple[PartyResult, Decimal]], meets: list[PartyResult], others: bool,
) -> str:  # fmt: skip
    """The parties above (below) the figure asked, with theirs; with none, the one closest to
    it (`rows`: each party with its figure; `others`: those named after "besides" left out)."""
    figure = Decimal(asked.value or 0)
    if kind == "share":
        relation = env.t(q, f"relation_share_{asked.direction}", figure=env.pct(q, figure))
    elif kind == "votes":
        relation = env.t(q, f"relation_votes_{asked.direction}", figure=env.num(q, int(figure)))
    else:
        relation = env.t(q, f"relation_seats_{asked.direction}", int(figure), figure=int(figure))
    if meets:
        listed = env.join(q, (_item(env, q, election.year, kind, r) for r in meets))
        return env.t(q, f"verdict_parties_{kind}", year=election.year, relation=relation,
                     parties=listed)  # fmt: skip
    closest = min(rows, key=lambda row: abs(row[1] - figure))[0]
    key = f"verdict_parties_{kind}_none" + ("_others" if others else "")
    return env.t(q, key, year=election.year, relation=relation,
                 closest=_item(env, q, election.year, kind, closest))  # fmt: skip


def _item(env: Env, q: Query, year: int, kind: str, row: PartyResult) -> str:
    """ "Ak Zhol 10.95%" / "Ak Zhol 12": a party with its share or its seats."""
    party = env.party_inline(q, row.party, year)
    if kind == "share":
        return env.t(q, "share_item", party=party, percent=env.pct(q, row.percent))
    if kind == "votes":
        return env.t(q, "vote_item", party=party, votes=env.num(q, row.votes))
    return env.t(q, "seat_item", party=party, seats=row.seats_won)


def _between_parties(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "у народной партии больше мест чем у ак жола?": the first party (or region) named
    against the second, in one election."""
    comparison = frame.comparison
    one_election = len(set(frame.years)) <= 1 and frame.base_year is None
    same = comparison is None and SAME in frame.claims  # "а мест у них одинаково?"
    if not same and (comparison is None or comparison.value is not None):
        return None
    regions = frame.of("region")
    if not one_election or not (
        len(frame.parties) == 2 or (len(regions) == 2 and not frame.parties)
    ):
        return None
    # ... or "was Nur-Sultan's turnout higher than Shymkent's?": two regions' turnout
    subjects = [Subject(p) for p in frame.parties] or [Subject(None, r) for r in regions]
    # "did Ak Zhol do better than Auyl?": with no figure named, the share of the vote
    found = across(
        env, q, frame, frame.measure or ("share" if frame.parties else "turnout"), subjects
    )
    if found is None:
        return None
    text, ((_, a), (_, b)) = found
    sources = (*a.sources, *b.sources)
    votes = across(env, q, frame, "votes", subjects) if frame.measure is None else None
    if votes is not None:  # "did Auyl beat Ak Zhol": the votes that decide it too
        text = f"{text} {votes[0]}"
        sources += tuple(s for _, v in votes[1] for s in v.sources)
    if same or comparison is None:
        return Verdict(a.amount == b.amount, text, sources)
    yes = holds(a.amount, b.amount, comparison.direction)
    return Verdict(yes, text, sources)


def _seats_against_votes(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "did Amanat get a bigger share of the seats than of the votes?": one party's share of the
    seats filled at the election against its share of the vote, in one election."""
    comparison = frame.comparison
    if comparison is None or comparison.value is not None or frame.settings:
        return None
    one_election = len(set(frame.years)) <= 1 and frame.base_year is None
    mentioned = {SEATS, SHARE} <= set(frame.mentions) or {SEATS, VOTES} <= set(frame.mentions)
    if not one_election or len(frame.parties) != 1 or not mentioned:
        return None
    election = env.fb.election(year)
    party = frame.parties[0]
    system = election.system
    whole = system.list_seats + system.district_seats
    if not election.has_party(party) or not whole:
        return None
    row = election.party(party)
    seats = share(row.seats_won, whole, Decimal("0.01"))
    name = env.party_phrase(q, party, year)
    text = env.t(q, "portion_seats", whole, year=year, n=env.num(q, row.seats_won),
                 total=env.num(q, whole), party=name, share=env.pct(q, seats))  # fmt: skip
    votes = env.t(q, "verdict_vote_share", votes=env.pct(q, row.percent))
    return Verdict(holds(seats, row.percent, comparison.direction), f"{text} {votes}",
                   (row, system))  # fmt: skip


def _sum_against_party(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "auyl and adal votes together more than ppk?", "ауыл мен адалдың дауыстарын қоссақ халық
    партиясынан көп бола ма": the parties before the last added up against the last one, in one
    election (votes when no figure is named)."""
    comparison = frame.comparison
    first = frame.has(THAN_FIRST)  # "is ppk more than auyl and adal together": turned round
    if comparison is None or comparison.value is not None or not (frame.has(THAN_LAST) or first):
        return None
    if len(set(frame.years)) > 1 or frame.base_year is not None:
        return None
    measure = frame.measure or "votes"
    parties = [*frame.parties[1:], frame.parties[0]] if first else frame.parties
    found = [(Subject(p), value(env, measure, year, Subject(p))) for p in parties]
    known = [(s, v) for s, v in found if v is not None]
    if len(known) != len(found) or measure not in SUMMABLE:
        return None
    added, other, text = sum_against(env, q, measure, known, year)
    sources = tuple(source for _, v in known for source in v.sources)
    if first:
        return Verdict(holds(other.amount, added.amount, comparison.direction), text, sources)
    return Verdict(holds(added.amount, other.amount, comparison.direction), text, sources)


def _count_against_party(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "Против всех больше, чем у Байтака?": an election's count of votes (against all) set
    against one party's votes, in one election: both, the difference, and yes or no."""
    comparison, party = frame.comparison, part.slot("party")
    counts = [m for m in frame.measures if m in ELECTION_COUNTS]
    if comparison is None or comparison.value is not None or party is None or not counts:
        return None
    a = value(env, counts[0], year, Subject(None))
    b = value(env, "votes", year, Subject(party))
    side = measures_gap(env, q, counts[0], "votes", (None, party))
    if a is None or b is None or side is None:
        return None
    shares = measures_gap(env, q, counts[0], "share", (None, party), share=True)
    text = side.headline if shares is None else f"{side.headline} {shares.headline}"
    return Verdict(holds(a.amount, b.amount, comparison.direction), text, (*a.sources, *b.sources))


def _across_years(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "more seats than in 2016?", "exit poll higher than the result?"."""
    comparison = frame.comparison
    if comparison is None:
        return None
    party = part.slot("party")
    # "did Ak Zhol do better in 2023 than in 2021": a party's result is its share of the vote
    measure = frame.measure or (SHARE if party is not None else "")
    if measure == "exit_poll" and party is not None:
        return _exit_poll(env, q, env.fb.election(year), party, comparison.direction)
    asked = [y for y in frame.years if y in env.fb.years] or [year]
    if frame.base_year is not None:
        earlier, later = frame.base_year, asked[0]
    elif len(asked) > 1:
        earlier, later = sorted(asked[:2])
    elif comparison.value is None and frame.years:  # "more seats than in 2016?": with the
        # election it is set against (a year named, no figure: not "past the threshold?")
        earlier, later = sorted({asked[0], env.other_year(asked[0])})
    else:
        return None
    if earlier == later:
        return None
    subject = Subject(party, part.slot("region"))
    a = value(env, measure, later, subject, frame.narrowed)
    b = value(env, measure, earlier, subject, frame.narrowed)
    if a is None or b is None:
        return None
    text = pair(env, q, measure, party, part.slot("region"), (earlier, b), (later, a))
    yes = holds(a.amount, b.amount, comparison.direction)
    return Verdict(yes, text, (*a.sources, *b.sources))


SAME = "same"
"""The claim that two figures are the same ("одинаково?", "the same number of seats?")."""
MOVES = {"changed": None, "rose": True, "fell": False, "doubled": True, "halved": False}
"""Claims that a figure moved between two elections: any way, up, down."""
FACTORS = {"doubled": Decimal(2), "halved": Decimal("0.5")}
"""Claims of a move by a factor ("doubled its seats"): the later figure against the earlier
one times it, at least (up) or at most (down)."""


def _moved(env: Env, q: Query, frame: Frame, part: Part, year: int) -> Verdict | None:
    """ "Was the threshold lowered in 2023?", "явка выросла с 2016?": the figure of the election
    asked against the one named as the base, or the election before it."""
    claims = [c for c in frame.claims if c.removeprefix(NEGATED) in MOVES]
    if frame.relative == "previous" and frame.base_year is not None and not frame.years:
        # "в 2021 году по сравнению с прошлыми выборами": the year named is the one asked,
        # the previous election is the base (not the year read as the base)
        frame = frame.with_(years=(frame.base_year,), base_year=None)
    measure = frame.measure or ""
    by = _moved_by(frame)
    figured = frame.comparison is not None and frame.comparison.value is not None
    if not claims or (figured and by is None):
        return None
    if frame.relative == "previous" and not frame.years and frame.base_year is None:
        # "lost seats vs the previous election", no year: the year read is the previous
        # election; the one asked is the latest the party's name implies, or the one after it
        after = [y for y in env.fb.years if y > year]
        later = max(frame.implied_years, default=min(after, default=None))
        if later is not None:
            frame = frame.with_(years=(later,))
    based = frame.has("base") or frame.has("since")  # "с 2016", not "lowered in 2023"
    named = {*frame.years, *([frame.base_year] if frame.base_year and not based else [])}
    asked = sorted(y for y in named if y in env.fb.years)
    later = asked[-1] if asked else year
    first = asked[0] if len(asked) > 1 else None
    # "по сравнению с прошлыми выборами": a base named by no year is the election before
    earlier = first or (frame.base_year if based else None)
    earlier = earlier or env.previous_year(env.fb.election(later))
    if earlier is None or earlier == later:
        return None
    backwards = later < earlier  # "lower in 2016 than in 2021": the base is the later election
    earlier, later = sorted((earlier, later))
    subject = Subject(part.slot("party"), part.slot("region"))
    if measure == "results" and subject.party is not None:
        measure = "share"  # "did Ak Zhol improve its result?": a party's result is its share
    a = value(env, measure, later, subject, frame.narrowed)
    b = value(env, measure, earlier, subject, frame.narrowed)
    if a is None or b is None:
        return None
    claim = claims[0]
    up = MOVES[claim.removeprefix(NEGATED)]
    if up is not None and backwards:
        up = not up
    moved = a.amount != b.amount and (up is None or (a.amount > b.amount) == up)
    factor = FACTORS.get(claim.removeprefix(NEGATED))
    if factor is not None:  # "doubled": 7 -> 10 rose, but not to twice 7
        new, old = (b.amount, a.amount) if backwards else (a.amount, b.amount)
        moved = moved and (new >= old * factor if factor > 1 else new <= old * factor)
    if by is not None and frame.comparison is not None:  # "fell by more than 10 points"
        moved = moved and holds(abs(a.amount - b.amount), by, frame.comparison.direction)
    text = pair(env, q, measure, part.slot("party"), part.slot("region"), (earlier, b), (later, a))
    return Verdict(moved != claim.startswith(NEGATED), text, (*a.sources, *b.sources))


def _moved_by(frame: Frame) -> Decimal | None:
    """The size of a move claimed between two elections named ("did turnout fall by more than
    10 points from 2016 to 2021"): the figure compared is the change, not the level."""
    comparison = frame.comparison
    if comparison is None or comparison.value is None:
        return None
    if not any(c.removeprefix(NEGATED) in MOVES for c in frame.claims):
        return None
    if frame.base_year is None and len(set(frame.years)) < 2:
        return None
    return Decimal(comparison.value)


def _exit_poll(
    env: Env, q: Query, election: Election, party: str, direction: str
) -> Verdict | None:
    found = estimated(env, "exit_poll", election.year, party)
    if found is None:
        return None
    poll, official = found
    text = env.t(
        q,
        "verdict_exit_poll",
        party=env.party_inline(q, party, election.year),
        poll=poll.text(env, q),
        official=official.text(env, q),
        # "did the exit poll overstate it? by how much": how far apart the two are
        gap=env.catalog.t(
            "points",
            q.lang,
            value=env.catalog.fmt_decimal(abs(poll.amount - official.amount), q.lang),
        ),
    )
    higher = poll.amount > official.amount
    return Verdict(higher == upward(direction), text, (*poll.sources, *official.sources))


WEEKDAY = "weekday"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The narrowings naming a day of the week, Monday first (`date.weekday()` order)."""
WEEKEND = "weekend"


def _weekday(env: Env, q: Query, election: Election, frame: Frame) -> Verdict | None:
    """ "Was the vote on a Sunday?": decided by the election day's weekday."""
    asked = [n.value for n in frame.narrow if n.value in (*WEEKDAYS, WEEKEND)]
    if not asked:
        return None
    day = election.date.weekday()
    if asked[0] == WEEKEND:
        yes = day >= WEEKDAYS.index("saturday")
    else:
        yes = day == WEEKDAYS.index(asked[0])
    return Verdict(
        yes,
        weekday_line(env, q, election),
        (Sourced(sources=election.kind_sources),),
    )


def weekday_line(env: Env, q: Query, election: Election) -> str:
    """ "The 2021 election was held on 10 January 2021, a Sunday." """
    day = env.t(q, f"weekday_{WEEKDAYS[election.date.weekday()]}")
    return env.t(q, "election_weekday", year=election.year, date=env.date(q, election.date),
                 weekday=day)  # fmt: skip


EVENTS = frozenset({"protests", "detentions"})
"""Events of election day a yes/no asks about ("were there protests / detentions?")."""


def _happened(env: Env, q: Query, election: Election) -> Verdict | None:
    """ "Were there protests on election day?": yes when the facts hold what happened that day,
    not only calls for it; undecided otherwise (the facts not holding an event is no "no")."""
    held = [n for n in election.boycotts_protests if n.date == election.date and not n.ahead]
    if not held:
        return None
    line = note_line(env, q, held[0])
    return Verdict(True, line.text, line.facts)


def _approval(env: Env, q: Query, election: Election, frame: Frame) -> Verdict | None:
    """ "Was Mamin approved?": the Prime Minister's approval vote. Whether it happened is its
    outcome (he took office); "unanimously?", "anyone against?", "anyone abstained?" are
    decided by the counts."""
    found = election.officials_by_role("prime_minister")
    votes_for = found[0].votes_for if found else None
    if votes_for is None:
        return None
    person = found[0]
    against, abstentions = person.votes_against or 0, person.abstentions or 0
    text = env.t(
        q,
        "verdict_against",
        votes_for=person.votes_for,
        against=against,
        abstentions=abstentions,
    )
    held = {"unanimous": not against and not abstentions, "against": bool(against)}
    held["abstained"] = bool(abstentions)
    for claim in frame.claims:
        state = held.get(claim.removeprefix(NEGATED))
        if state is not None:
            return Verdict(state != claim.startswith(NEGATED), text, (person,))
    if person.since is not None:
        key = "verdict_approved_returned" if person.returning else "verdict_approved"
        text = env.t(q, key, person=person.person(q.lang), date=env.date(q, person.since),
                     votes_for=votes_for, against=against, abstentions=abstentions)  # fmt: skip
    compared = frame.comparison
    if compared is not None and compared.value is not None and not compared.percent:
        # "did he get more than 80 votes?": the votes for him against the figure said
        yes = holds(Decimal(votes_for), Decimal(compared.value), compared.direction)
        return Verdict(yes, text, (person,))
    return Verdict(person.since is not None, text, (person,))


AGAINST_ALL = "against_all"


def _against_all(env: Env, q: Query, election: Election) -> Verdict:
    """Whether the ballot had the "against all" line: yes with its votes, or no."""
    against = election.participation.against_all
    if against is None:
        return Verdict(False, env.t(q, "against_all_missing", year=election.year))
    votes, percent = env.num(q, against.votes), env.pct(q, against.percent)
    key = "against_all_votes"
    text = env.t(q, key, against.votes, year=election.year, votes=votes, percent=percent)
    return Verdict(True, text, (against,))


def _referendum(env: Env, q: Query) -> Verdict | None:
    """Was the referendum passed: more than half voted yes."""
    held = [e.referendum for e in env.fb.elections.values() if e.referendum is not None]
    if not held:
        return None
    vote = held[-1]
    turnout = env.pct(q, vote.turnout)
    if vote.turnout_approximate:
        turnout = env.t(q, "approximately", value=turnout)
    text = env.t(
        q,
        "verdict_referendum",
        date=env.date(q, vote.date),
        yes=env.pct(q, vote.yes_percent),
        turnout=turnout,
    )
    return Verdict(vote.yes_percent > HALF, text, (vote,))


def _maslikhats(env: Env, q: Query, election: Election) -> Verdict:
    """Were the maslikhats elected with this Mäjilis election (the same day)?"""
    held = election.maslikhats is not None
    key = "verdict_maslikhats" if held else "verdict_no_maslikhats"
    return Verdict(held, env.t(q, key, year=election.year, date=env.date(q, election.date)))


def _person(env: Env, q: Query, election: Election, measure: str, name: str) -> Verdict | None:
    role = "prime_minister" if measure == "pm" else "speaker"
    found = election.officials_by_role(role)
    if not found:
        return None
    named = [o for o in found if name in {o.person(lang) for lang in ("kk", "ru", "en")}]
    if not named:  # someone else: who held the post after this election
        text = env.t(q, "verdict_person", year=election.year, person=found[0].person(q.lang))
        return Verdict(False, text, (found[0],))
    holder = named[0]
    text = term(env, q, holder) or env.t(
        q, "verdict_person", year=election.year, person=holder.person(q.lang)
    )
    return Verdict(True, text, (holder,))
