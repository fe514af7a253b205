"""Comparisons and changes, computed from the facts: one figure across elections ("turnout 2016 vs
2021", "how many seats did Nur Otan lose since 2016", "which year had the higher turnout"), or
across parties ("the gap between Nur Otan and Ak Zhol"), or a party's shortfall to the threshold.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from sailau.answers.env import Env
from sailau.answers.registry import Query
from sailau.compose.phrases import keyed, pair, what, which
from sailau.compose.values import (
    ESTIMATES,
    FIGURE_OF,
    GETTERS,
    Subject,
    Value,
    estimated,
    ranked_measure,
    value,
)
from sailau.facts.models import Sourced
from sailau.reply import Reply
from sailau.understanding.decide import ROW_INTENT, Decision
from sailau.understanding.frame import (
    BOTH,
    BY_REGION,
    CHANGE,
    DOWNWARD,
    PASSED,
    RATIO,
    RELATIVE,
    SEATS,
    SUM,
    TURNOUT,
    Frame,
)

PARTY_FIGURES = ("seats", "share")
"""What "how did Nur Otan do compared with 2016" compares when no figure is named."""
GATHERED = "gathered"
GATHERED_FIGURES = ("votes", "share")
"""What it compares when the verb is one of gathering votes ("кто набрал больше, X или Y")."""
COUNTED = frozenset({"seats", "votes"})
PARTY_COUNTS = frozenset({"votes"})
"""A party's count that an election-wide count of votes ("against all") is set against."""
ELECTION_COUNTS = frozenset({"against_all"})
"""The election's counts of votes a party's votes can be set against."""
"""A party's counts, which a comparison gives with its share of the vote (a result is both)."""
SHORTFALL_MEASURES = frozenset({"votes_needed", "threshold", "passed"})
PARTY_ENDS = frozenset({"share", "votes", "seats"})
"""The party figures whose two ends (the first party and the last) a gap may be asked between."""
SEAT_TIERS = frozenset({"list_seats", "district_seats"})
"""The narrowings that split a mixed system's seats: the lists' and the districts'."""
RATIO_PLACES = Decimal("0.01")
"""A ratio's precision: 76 seats to 12 is 6.33 to 1."""
WHEN = frozenset({"when", "which"})
"""What a question asks that names the year first ("when was it higher")."""


def comparison(env: Env, q: Query, decision: Decision) -> Reply | None:
    """The comparison the question asks, or None when the facts hold no figure to compare."""
    frame = decision.frame
    part = decision.parts[0]
    if part.intent == ROW_INTENT:  # a row of the reference sheet ("the Senate's size in 2021
        return None  # and 2023"): its own figures, not the Mäjilis' ones compared here
    party, region = part.slot("party"), part.slot("region")
    if frame.measure in SHORTFALL_MEASURES and party is not None:
        short = shortfall(env, q, party)
        if short is not None:
            return short
    if frame.measure in ESTIMATES and party is not None and len(set(frame.years)) <= 1:
        return estimate(env, q, frame.measure, party)
    measures = [FIGURE_OF.get(m, m) for m in frame.measures if FIGURE_OF.get(m, m) in GETTERS]
    if party is not None and not measures:
        measures = list(GATHERED_FIGURES if frame.has(GATHERED) else PARTY_FIGURES)
    elif party is not None and set(measures) <= COUNTED:
        measures.append("share")
    if not measures:
        return None
    named = {*frame.years, *([frame.base_year] if frame.base_year else [])}
    subjects = (
        [Subject(p) for p in frame.parties]
        or [Subject(None, r) for r in frame.of("region")]
        or [Subject(organisation=o) for o in frame.of("organisation")]
        or _ends(env, q, frame, measures[0])
    )
    # "since 2016, by how many points did Ak Zhol's share grow, and the PPK's?": each party's
    # change from the base, not the parties against each other in the base year
    each = len(frame.parties) > 1 and bool(frame.base_year) and not frame.years
    each = each and frame.has(CHANGE)
    if len(subjects) > 1 and len(named) <= 1 and not each:
        if named:  # "who did better in 2023, Auyl or Respublica": the election named (read as
            # the base of "better … in 2023"), not the default one
            q = Query(q.intent, {**q.slots, "year": str(min(named))}, q.lang, q.confidence)
        return _across(env, q, frame, measures[0], subjects)
    if len(frame.narrow) > 1 and len(named) <= 1:  # "list seats vs district seats": side by side
        return None
    if len(measures) == 2 and not subjects and len(named) <= 1 and _between(frame):
        return measures_gap(env, q, measures[0], measures[1])
    side = _side_by_side(env, q, measures, party) if len(named) <= 1 else None
    if side is not None:  # "against all" vs Baytaq's votes
        return side
    years = _years(env, q, frame)
    if len(years) < 2:
        return None
    ends = _extreme_years(env, q, frame, years)
    if ends is not None:  # "the lowest regional turnout, 2021 against 2023": each one's region
        return ends
    changed = subjects if each else [Subject(party, region)]
    share = "share" in frame.mentions  # "invalid ballots share 2016 vs 2021": the measure's share
    lines: list[str] = []
    sources: list[Sourced] = []
    for subject, measure in ((s, m) for s in changed for m in measures):
        found = [(y, value(env, measure, y, subject, frame.narrowed, share=share)) for y in years]
        known = [(y, v) for y, v in found if v is not None]
        if len(known) < 2:
            continue
        lines += _lines(env, q, frame, measure, subject, known)
        change = relative(env, q, frame, known)
        lines += [change] if change else []
        if frame.has(RATIO) and len(known) == 2:  # "неше есе көп": the larger over the smaller
            (_, a), (_, b) = sorted(known, key=lambda yv: yv[1].amount, reverse=True)
            lines += [ratio(env, q, a, b)] if b.amount else []
        sources += [s for _, v in known for s in v.sources if isinstance(s, Sourced)]
    if not lines:
        return None
    return env.reply(q, lines[0], details=lines[1:], sources=sources)


def _extreme_years(env: Env, q: Query, frame: Frame, years: Sequence[int]) -> Reply | None:
    """The regions' highest (or lowest) turnout of two elections set against each other: the
    region at that end in each, and the difference of the two figures."""
    extreme = frame.extreme
    regions = "region" in frame.kinds or frame.narrows(BY_REGION)
    if extreme not in ("highest", "lowest") or frame.subjects or not regions:
        return None
    if (frame.measure or TURNOUT) != TURNOUT:
        return None
    found: list[tuple[int, str, Decimal]] = []
    sources: list[Sourced] = []
    for year in (years[0], years[-1]):
        regional = env.fb.election(year).regional_turnout
        if regional is None or not regional.rows:
            return None
        values = regional.by_region()
        end = (max if extreme == "highest" else min)(values, key=values.__getitem__)
        found.append((year, end, values[end]))
        sources.append(regional.reading())
    (year_a, _, a), (year_b, _, b) = found
    before, after = Value(a, True), Value(b, True)
    head = env.t(q, f"compare_{extreme}_years", year_a=year_a, year_b=year_b,
                 a=env.pct(q, a), b=env.pct(q, b), gap=after.gap(env, q, before, TURNOUT),
                 dir=env.t(q, after.direction(before)))  # fmt: skip
    details = [region_said(env, q, f"turnout_{extreme}", r, y, v) for y, r, v in found]
    return env.reply(q, head, details=details, sources=sources)


def region_said(env: Env, q: Query, key: str, region: str, year: int, turnout: Decimal) -> str:
    """A region's turnout reading in a sentence of `key`, with the time of the reading."""
    regional = env.fb.election(year).regional_turnout
    assert regional is not None
    reading = env.t(q, f"reading_{regional.status}", time=regional.reading().time)
    return env.t(q, key, region=env.region(q, region, year), year=year,
                 turnout=env.pct(q, turnout), reading=reading)  # fmt: skip


def _side_by_side(env: Env, q: Query, measures: Sequence[str], party: str | None) -> Reply | None:
    """Two counts of one election, the election's and the party's (the votes "against all" and
    Baytaq's votes): both, then the difference, computed."""
    if (
        len(measures) != 2
        or party is None
        or not (PARTY_COUNTS & set(measures) and ELECTION_COUNTS & set(measures))
    ):
        return None
    first, second = measures
    return measures_gap(
        env, q, first, second, tuple(party if m in PARTY_COUNTS else None for m in measures)
    )


def _ends(env: Env, q: Query, frame: Frame, measure: str) -> list[Subject]:
    """The regions at both ends of a regional figure, for "the gap between the highest and the
    lowest turnout", or the parties at both ends of a party's figure ("ең көп алған партия мен
    ең аз алған партияның пайыз айырмасы"); nothing when the question asks no both ends, or
    the facts hold no such figures."""
    if frame.extreme != BOTH:
        return []
    election = env.election(q)
    if measure in PARTY_ENDS:
        found = {
            r.party: value(env, measure, election.year, Subject(r.party)) for r in election.results
        }
        amounts = {p: v.amount for p, v in found.items() if v is not None}
        return [Subject(pick(amounts, key=amounts.__getitem__)) for pick in (max, min)]
    regional = election.regional_turnout
    if measure != TURNOUT or regional is None or not regional.rows:
        return []
    values = regional.by_region()
    return [Subject(None, pick(values, key=values.__getitem__)) for pick in (max, min)]


def _between(frame: Frame) -> bool:
    """Two figures of one election set against each other ("the difference between ballots
    issued and votes for parties"), not each one's change since another election."""
    return frame.base_year is None and not frame.has("change")


def measures_gap(
    env: Env,
    q: Query,
    first: str,
    second: str,
    parties: tuple[str | None, ...] = (None, None),
    *,
    share: bool = False,
) -> Reply | None:
    """Two figures of one election, both counts or both percentages, and the difference
    between them ("ballots issued 7,539,280, votes for parties 7,241,562: 297,718"); `parties`:
    whose each figure is (None: the whole election's; "against all" vs Baytaq's votes)."""
    year = env.year(q)
    (p, r) = parties
    a = value(env, first, year, Subject(p), share=share)
    b = value(env, second, year, Subject(r), share=share)
    if a is None or b is None or a.percent != b.percent:
        return None
    text = env.t(q, "compare_measures", year=year, what_a=what(env, q, first, p, None, year),
                 a=a.text(env, q), what_b=what(env, q, second, r, None, year),
                 b=b.text(env, q), gap=a.gap(env, q, b, ""))  # fmt: skip
    sources = [s for v in (a, b) for s in v.sources if isinstance(s, Sourced)]
    return env.reply(q, text, sources=sources)


def estimate(env: Env, q: Query, measure: str, party: str) -> Reply | None:
    """An estimate set against the official figure ("how far off was the exit poll for Nur
    Otan"): both figures and the estimate's error, up or down."""
    year = env.year(q)
    found = estimated(env, measure, year, party)
    if found is None:
        return None
    guess, held = found
    text = env.t(q, f"compare_{measure}", party=env.party_inline(q, party, year),
                 estimate=guess.text(env, q), official=held.text(env, q),
                 gap=guess.gap(env, q, held, measure),
                 dir=env.t(q, guess.direction(held)))  # fmt: skip
    sources = [s for v in found for s in v.sources if isinstance(s, Sourced)]
    return env.reply(q, text, sources=sources)


def _years(env: Env, q: Query, frame: Frame) -> list[int]:
    """The elections compared, oldest first: those named (with the base, and the election asked
    about when only the base is named: "since 2016"), every election for "which year", or the
    one asked and the one before it (the first election: the one after it)."""
    known = set(env.fb.years)
    named = sorted({y for y in (*frame.years, frame.base_year) if y in known})
    asked = env.year(q)
    if frame.base_year is not None and not [y for y in frame.years if y in known]:
        return sorted({frame.base_year, asked}) if frame.base_year != asked else named
    if "year" in frame.kinds and len(named) < 2:
        return list(env.fb.years)
    if len(named) >= 2:
        return named
    year = named[0] if named else asked
    before = [y for y in env.fb.years if y < year]
    if before:
        return [max(before), year]
    after = [y for y in env.fb.years if y > year]  # the first election: the change to the next
    return [year, min(after)] if after else [year]


def _asks_which(frame: Frame, subject: Subject) -> bool:
    """ "In which year was turnout higher", "where was it higher, 2021 or 2023" — not "how much
    did it fall", which asks the change."""
    if frame.asks == "count":
        return False
    if frame.asks in WHEN:
        return True
    vague = frame.comparison is not None and frame.comparison.value is None
    named = "year" in frame.kinds and bool(frame.years)
    return named or frame.extreme is not None or (vague and subject.party is None)


def _lines(
    env: Env,
    q: Query,
    frame: Frame,
    measure: str,
    subject: Subject,
    known: Sequence[tuple[int, Value]],
) -> list[str]:
    """Two elections: one sentence with the difference and its unit (the winner first when the
    question asks which); more: each figure, the highest (or lowest), and each step's change."""
    party, region = subject.party, subject.region
    if len(known) == 2:
        a, b = known
        # the winner first for a rate ("turnout was higher in 2021") and for a party's count
        # asked "when" ("when did Ak Zhol have more seats"); another count says its change
        ranked = a[1].percent or (party is not None and frame.asks in WHEN)
        if _asks_which(frame, subject) and ranked and a[1].amount != b[1].amount:
            # "which year was it lower": the lower one first
            lower = frame.comparison is not None and frame.comparison.direction in DOWNWARD
            lowest = frame.extreme == "lowest" or (frame.extreme is None and lower)
            return [which(env, q, measure, party, region, (a, b), lowest)]
        return [pair(env, q, measure, party, region, a, b)]
    steps = [pair(env, q, measure, party, region, a, b) for a, b in itertools.pairwise(known)]
    return [*extreme_lines(env, q, frame.extreme, measure, subject, known)[0], *steps]


def extreme_lines(
    env: Env,
    q: Query,
    extreme: str | None,
    measure: str,
    subject: Subject,
    known: Sequence[tuple[int, Value]],
) -> tuple[list[str], int]:
    """Each election's figure and the election at the end asked (the highest unless
    `extreme` is "lowest"), and that election's year."""
    items = env.join(q, (env.t(q, "compare_year_item", year=y, value=v.text(env, q))
                         for y, v in known))  # fmt: skip
    label = what(env, q, measure, subject.party, subject.region, known[-1][0])
    pick = min if extreme == "lowest" else max
    year, top = pick(known, key=lambda yv: yv[1].amount)
    key = "compare_lowest" if extreme == "lowest" else "compare_highest"
    return [env.t(q, "compare_subjects", what=label, items=items),
            env.t(q, key, year=year, value=top.text(env, q))], year  # fmt: skip


def _across(
    env: Env, q: Query, frame: Frame, measure: str, subjects: Sequence[Subject]
) -> Reply | None:
    """One figure of several parties, or of several regions, in one election: both figures,
    then who has more and by how much (the first two)."""
    found = across(env, q, frame, measure, subjects)
    if found is None:
        return None
    text, known = found
    return env.reply(q, text, sources=[s for _, v in known for s in v.sources
                                       if isinstance(s, Sourced)])  # fmt: skip


def across(
    env: Env, q: Query, frame: Frame, measure: str, subjects: Sequence[Subject]
) -> tuple[str, list[tuple[Subject, Value]]] | None:
    """The text of `_across` and the figures it sets side by side, in the question's order."""
    year = env.year(q)
    found = [(s, value(env, measure, year, s, frame.narrowed)) for s in subjects]
    if not frame.years and any(v is None for _, v in found):
        # "Respublica's votes" - "more than Ak Zhol's?": no year named, the latest election
        # both ran in (Respublica ran only in 2023), not the default one
        both = _all_held(env, measure, subjects, frame.narrowed)
        if both is not None:
            year, found = both
    known = [(s, v) for s, v in found if v is not None]
    if len(known) < 2:
        return None
    if len(known) > 2 and len(known) == len(found) and frame.has(SUM):
        return _against_rest(env, q, measure, known, year), known
    items = env.join(
        q,
        (
            env.t(q, "compare_item", name=_name(env, q, s, year), value=v.text(env, q))
            for s, v in known
        ),
    )
    label = what(env, q, measure, None, None, year)
    ranked = sorted(known[:2], key=lambda pv: pv[1].amount, reverse=True)
    (top, a), (other, b) = ranked
    if a.amount == b.amount or len(known) > 2:
        text = env.t(q, "compare_parties_same" if a.amount == b.amount else "compare_subjects",
                     what=label, year=year, items=items)  # fmt: skip
    else:
        places = env.join(q, (env.t(q, "compare_place", name=_name(env, q, s, year),
                                    value=v.text(env, q)) for s, v in ranked))  # fmt: skip
        key = keyed(env, "compare_parties", measure, None) if top.party else "compare_regions"
        text = env.t(q, key, what=label, year=year, places=places, a=a.text(env, q),
                     b=b.text(env, q),
                     top=_name(env, q, top, year, phrase=True), gap=a.gap(env, q, b, measure),
                     other=_name(env, q, other, year, phrase=True),
                     dir=env.t(q, a.direction(b)))  # fmt: skip
        if frame.has(RATIO) and b.amount:  # "the ratio of Nur Otan's seats to Ak Zhol's"
            text = f"{text} {ratio(env, q, a, b)}"
    return text, known


def relative(env: Env, q: Query, frame: Frame, known: Sequence[tuple[int, Value]]) -> str | None:
    """A count's change in percent of the earlier count, when the question asks it ("in
    relative terms"): "Relative change: +46.71%"."""
    if not frame.has(RELATIVE) or len(known) != 2 or known[0][1].percent:
        return None
    (_, before), (_, after) = known
    if not before.amount:
        return None
    change = ((after.amount - before.amount) * 100 / before.amount).quantize(RATIO_PLACES)
    sign = "+" if change > 0 else "−" if change < 0 else ""
    return env.t(q, "compare_relative", change=f"{sign}{env.pct(q, abs(change))}")


def ratio(env: Env, q: Query, a: Value, b: Value) -> str:
    """The larger figure divided by the smaller, to two places: "The ratio is 6.33 to 1"."""
    quotient = (a.amount / b.amount).quantize(RATIO_PLACES)
    return env.t(q, "compare_ratio", ratio=env.catalog.fmt_decimal(quotient, q.lang))


def _against_rest(
    env: Env, q: Query, measure: str, known: Sequence[tuple[Subject, Value]], year: int
) -> str:
    """ "How many more seats than X and Y together": the first figure against the others added
    up, the gap computed (76 − (12 + 10) = 54)."""
    (first, a), rest = known[0], known[1:]
    b, items, others = _summed(env, q, rest, year)
    return env.t(q, "compare_against_together", year=year, first=_name(env, q, first, year),
                 a=a.counted(env, q, measure), others=others, b=b.counted(env, q, measure),
                 items=items,
                 gap=a.gap(env, q, b, measure), dir=env.t(q, a.direction(b)))  # fmt: skip


def sum_against(
    env: Env, q: Query, measure: str, known: Sequence[tuple[Subject, Value]], year: int
) -> tuple[Value, Value, str]:
    """ "Auyl and Adal together more than PPK?": every figure but the last added up, against
    the last, the gap computed (383 023 + 258 618 = 641 641 against 659 019: 17 378 fewer);
    the sum, the last figure and the sentence."""
    (last, b), rest = known[-1], known[:-1]
    a, items, others = _summed(env, q, rest, year)
    text = env.t(q, "compare_together_against", year=year, others=others,
                 a=a.counted(env, q, measure), items=items, last=_name(env, q, last, year),
                 b=b.counted(env, q, measure), gap=a.gap(env, q, b, measure),
                 dir=env.t(q, a.direction(b)))  # fmt: skip
    return a, b, text


def _summed(
    env: Env, q: Query, known: Sequence[tuple[Subject, Value]], year: int
) -> tuple[Value, str, str]:
    """Several subjects' figures added up, each one's figure listed, and their names."""
    added = Value(sum((v.amount for _, v in known), Decimal(0)), known[0][1].percent)
    items = env.join(
        q,
        (env.t(q, "compare_item", name=_name(env, q, s, year), value=v.text(env, q))
         for s, v in known),
    )  # fmt: skip
    return added, items, env.join(q, (_name(env, q, s, year) for s, _ in known))


def _all_held(
    env: Env, measure: str, subjects: Sequence[Subject], narrow: frozenset[str]
) -> tuple[int, list[tuple[Subject, Value | None]]] | None:
    """The latest election that holds `measure` for every subject, with the figures."""
    for year in sorted(env.fb.years, reverse=True):
        found = [(s, value(env, measure, year, s, narrow)) for s in subjects]
        if all(v is not None for _, v in found):
            return year, found
    return None


def _name(env: Env, q: Query, subject: Subject, year: int, *, phrase: bool = False) -> str:
    """The party's or region's name (`phrase`: a party as a sentence's subject)."""
    if subject.party is not None:
        named = env.party_phrase if phrase else env.party_inline
        return named(q, subject.party, year)
    if subject.organisation is not None:
        return organisation(env, q, subject.organisation, year)
    return env.region(q, subject.region or "")


def organisation(env: Env, q: Query, org: str, year: int) -> str:
    """An observer organisation's name as the facts write it (its id when they do not)."""
    observers = env.fb.election(year).observers
    groups = observers.by_organisation if observers is not None else ()
    return next((g.name(q.lang) for g in groups if g.id == org), org)


def lowest_party(env: Env, q: Query, decision: Decision) -> Reply | None:
    """ "Which party got the fewest votes / did worst": the last party by the figure asked (by
    share when none is), or None when several share the last place (the results list them)."""
    frame = decision.frame
    if frame.extreme != "lowest" or frame.parties or frame.of("region"):
        return None
    measure = ranked_measure(frame, "share")
    election = env.election(q)
    found = [(r.party, value(env, measure, election.year, Subject(r.party), frame.narrowed))
             for r in election.results]  # fmt: skip
    known = [(p, v) for p, v in found if v is not None]
    narrowed = measure == "seats" and frame.narrowed & SEAT_TIERS
    if narrowed:  # "the fewest list seats": of the parties that won some there
        known = [(p, v) for p, v in known if v.amount > 0]
    elif (measure != SEATS and SEATS in frame.mentions) or PASSED in frame.mentions:
        # "the lowest share of a party that got seats", "of the parties that got into the
        # Mäjilis, which won the fewest seats": of the parties that won some
        known = [(p, v) for p, v in known if election.party(p).seats_won]
    if not known:
        return None
    least = min(v.amount for _, v in known)
    last = [(p, v) for p, v in known if v.amount == least]
    if len(last) != 1:
        return None
    party, figure = last[0]
    name = env.party_phrase(q, party, election.year)
    tier = min(narrowed) if narrowed else None
    text = env.t(q, f"ranked_lowest_{tier or measure}", year=election.year, party=name,
                 value=figure.text(env, q))  # fmt: skip
    # the party it names is what a pointing follow-up asks of ("кто её лидер")
    sources = [s for s in figure.sources if isinstance(s, Sourced)]
    figures = {"party": party, **({tier: figure.text(env, q)} if tier else {})}
    return env.reply(q, text, sources=sources, figures=figures)


def shortfall(env: Env, q: Query, party: str, asked: Decimal | None = None) -> Reply | None:
    """ "How many points did Auyl lack to pass?": the threshold (or the percentage `asked`:
    "how far short of 5 %") minus its share; none when it reached it."""
    election = env.election(q)
    if not election.has_party(party):
        return None
    row = election.party(party)
    threshold = election.system.threshold.percent if asked is None else asked
    if election.passed(row) if asked is None else row.percent >= asked:
        return None
    gap = Decimal(threshold) - row.percent
    return env.reply(
        q,
        env.t(
            q,
            "compare_shortfall",
            party=env.party_phrase(q, party, election.year),
            year=election.year,
            share=env.pct(q, row.percent),
            threshold=env.pct(q, threshold),
            gap=env.catalog.t("points", q.lang, value=env.catalog.fmt_decimal(gap, q.lang)),
        ),
        sources=[row, election.system.threshold],
    )
