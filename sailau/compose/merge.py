"""Several parts of a question said in one sentence: parties of one election ("In 2021 Ak Zhol
won 12 seats and the People's Party 10"), one party in several elections, or several figures of
one election or party ("In 2023, turnout was 54.19% and 12,035,578 voters were registered") —
rather than one line per part, each repeating the same frame."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sailau.answers.env import DEFAULT_YEAR, Env, HasSources, sentence
from sailau.answers.registry import Query
from sailau.compose.lines import Cited, cited
from sailau.compose.values import Subject, Value, value
from sailau.understanding.decide import Part

PART_MEASURES = {
    "party_seats": "seats",
    "party_votes": "votes",
    "party_share": "share",
    "turnout": "turnout",
    "registered_voters": "registered",
    "ballots": "ballots",
}
"""The answer families whose part is one figure, and that figure's measure."""
LISTED = frozenset({"seats", "votes", "share"})
"""Party figures several parties (or elections) can list in one sentence."""
SUMMED = frozenset({"seats", "votes", "share"})
"""Party counts that add up: "together" / "вместе" / "барлығы" asks their sum."""


def merged(
    env: Env, q: Query, parts: Sequence[Part], *, counted: bool = False, total: bool = False
) -> Cited | None:
    """One sentence for all `parts`, or None when they are not figures that share a frame
    (`counted`: the question asks "how many", so a turnout comes with its voters; `total`: it
    asks the parties' figures together, so their sum follows, computed)."""
    rows = []
    for part in parts:
        measure = PART_MEASURES.get(part.intent)
        year = part.slot("year")
        when = int(year) if year and year.isdigit() else DEFAULT_YEAR
        if measure is None or when not in env.fb.years:
            return None
        rows.append((measure, part.slot("party"), when))
    measures = {m for m, _, _ in rows}
    parties = [p for _, p, _ in rows]
    years = [y for _, _, y in rows]
    if len(measures) == 1 and len(set(years)) == 1 and None not in parties:
        subjects = [(p, years[0]) for p in parties if p]
        return _listed(env, q, rows[0][0], subjects, "parties", total=total)
    if len(measures) == 1 and len(set(parties)) == 1 and parties[0] is not None:
        party = parties[0]
        if len({env.party(q, party, y) for y in years}) == 1:  # not across a renaming
            return _listed(env, q, rows[0][0], [(party, y) for y in years], "years")
    if len(measures) == len(rows) and len(set(parties)) == 1 and len(set(years)) == 1:
        return _clauses(env, q, [m for m, _, _ in rows], parties[0], years[0], counted)
    return None


def _figure(env: Env, q: Query, measure: str, party: str, year: int) -> tuple[Value, Value] | None:
    """A party's figure of `measure` in `year`, and its share of the vote."""
    found = value(env, measure, year, Subject(party))
    share = value(env, "share", year, Subject(party))
    return None if found is None or share is None else (found, share)


def _listed(
    env: Env,
    q: Query,
    measure: str,
    subjects: Sequence[tuple[str, int]],
    by: str,
    *,
    total: bool = False,
) -> Cited | None:
    """Parties of one election (`by` "parties") or one party's elections (`by` "years");
    `total`: the parties' sum after them, where the figure adds up."""
    if measure not in LISTED or len(set(subjects)) < len(subjects):
        return None
    figures = [_figure(env, q, measure, p, y) for p, y in subjects]
    known = [f for f in figures if f is not None]
    summed = total and by == "parties" and measure in SUMMED
    if len(known) < len(subjects):
        return None
    if measure == "seats" and not summed and not all(f.amount for f, _ in known):
        return None  # a party without seats is said with the reason (its own answer)
    one = "party" if by == "parties" else "year"
    items = []
    for i, ((party, year), (found, share)) in enumerate(zip(subjects, known, strict=True)):
        key = f"merged_{one}_{'first' if i == 0 else 'item'}_{measure}"
        name = env.party_phrase(q, party, year) if i == 0 else env.party_inline(q, party, year)
        items.append(_filled(env, q, key, found, share, party=name, year=year))
    party, year = subjects[0]
    text = env.t(q, f"merged_{by}_{measure}", year=year, items=env.join(q, items, "gapped_last"),
                 party=env.party_phrase(q, party, year))  # fmt: skip
    if summed:
        added = Value(sum((f.amount for f, _ in known), Decimal(0)), known[0][0].percent)
        text = f"{sentence(text)} {_filled(env, q, f'merged_total_{measure}', added, None)}"
    return cited(
        env,
        q.lang,
        sentence(text),
        *(s for f, share in known for s in (*f.sources, *share.sources)),
    )


def _clauses(
    env: Env, q: Query, measures: Sequence[str], party: str | None, year: int, counted: bool
) -> Cited | None:
    """Several figures of one election, or of one party in it, as clauses of one sentence."""
    subject = Subject(party)
    found = [(m, value(env, m, year, subject)) for m in measures]
    known = [(m, v) for m, v in found if v is not None]
    if len(known) < len(measures):
        return None
    share = value(env, "share", year, subject) if party is not None else None
    clauses = []
    sources: list[HasSources] = []
    for i, (measure, figure) in enumerate(known):
        tail = "" if i == len(known) - 1 else "_then"
        key = f"clause_{measure}"
        if measure == "seats" and not figure.amount:
            key = "clause_no_seats"
        voted = value(env, "ballots", year, subject) if measure == "turnout" and counted else None
        if voted is not None:  # "how many came": the voters as well as the percentage
            key = "clause_turnout_count"
        if f"{key}{tail}" not in env.catalog:
            return None
        clauses.append(_clause(env, q, f"{key}{tail}", figure, share, year, voted))
        sources += [*figure.sources, *(share.sources if share else ())]
        sources += voted.sources if voted is not None else ()
    items = (
        clauses[-1]
        if len(clauses) == 1
        else env.t(q, "clauses_join", head=", ".join(clauses[:-1]), last=clauses[-1])
    )
    if party is None:
        return cited(env, q.lang, env.t(q, "merged_clauses", year=year, items=items), *sources)
    name = env.party_phrase(q, party, year)
    text = env.t(q, "merged_clauses_party", year=year, party=name, items=items)
    return cited(env, q.lang, text, *sources)


def _clause(
    env: Env,
    q: Query,
    key: str,
    figure: Value,
    share: Value | None,
    year: int,
    voted: Value | None = None,
) -> str:
    """One clause; `voted`: the voters who took a ballot, beside a turnout."""
    threshold = env.pct(q, env.fb.election(year).system.threshold.percent)
    if voted is not None:
        return env.t(q, key, value=figure.text(env, q), n=voted.text(env, q))
    return _filled(env, q, key, figure, share, threshold=threshold)


def _filled(
    env: Env, q: Query, key: str, figure: Value, share: Value | None, **values: object
) -> str:
    """Template `key` with the figure (`n`, `value`: its plural form where it has them) and the
    party's share."""
    raw = env.catalog.raw(key, q.lang)
    count = None if isinstance(raw, str) else int(figure.amount)
    text = figure.text(env, q)
    return env.catalog.t(key, q.lang, count, n=text, value=text,
                         share=share.text(env, q) if share else "", **values)  # fmt: skip


def summed_parties(
    env: Env, q: Query, measure: str, parties: Sequence[str], year: int
) -> Cited | None:
    """The parties' `measure` in one election and their sum ("how many seats did the parties
    other than Nur Otan get": each, then together)."""
    return _listed(env, q, measure, [(p, year) for p in parties], "parties", total=True)
