"""Shares computed from held counts: a part of a whole the facts count both of ("what share of
the deputies are women": 29 of 107; "what percent of the seats did Nur Otan win": 76 of the 98
filled at the election), stated with the two counts; never a stored share that is not held
(the party's share of the vote is not its share of the seats, nor of the registered voters)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sailau.answers.env import Env
from sailau.answers.registry import Query
from sailau.compose.lines import Cited, cited
from sailau.compose.values import elected
from sailau.facts.checks import share
from sailau.understanding.decide import Decision
from sailau.understanding.frame import SEATS, SHARE, VOTES

REGISTERED = "registered"
VOTE_INTENTS = frozenset({"party_votes", "party_share"})
"""The answers a party's votes as a share of the registered voters is asked by."""
SEAT_INTENTS = frozenset({"party_seats", "party_share"})
"""The answers a party's share of the seats is asked by ("what percent of seats did X get")."""
CENT = Decimal("0.01")
ONE = Decimal(1)
LIST_SEATS = "list_seats"
PER_SEAT = "per_seat"
"""The narrowing of votes counted for each seat ("votes per seat")."""
FORMS = frozenset({"value", "list"})


def portion(env: Env, q: Query, decision: Decision) -> Cited | None:
    """The share a question asks of a part of a whole the facts count both of, computed; None
    when it asks none (or the facts do not hold both counts)."""
    frame = decision.frame
    party = decision.parts[0].slot("party") if decision.parts else None
    if frame.narrows(PER_SEAT) and decision.intent in VOTE_INTENTS and party is not None:
        return _per_seat(env, q, party)  # "Ak Zhol's votes per seat"
    # "what % of the 98 list seats": "list" is the seats', not a list asked
    if SHARE not in frame.mentions or decision.form not in FORMS or len(decision.parts) != 1:
        return None
    if decision.intent == "women" and elected(frame):
        return _women(env, q)
    party = decision.parts[0].slot("party")
    # "… with 71.09 % of the votes": the votes said with the share stated, not the share asked
    stated = any(f.endswith("%") for f in frame.figures)
    seats = SEATS in frame.mentions and (VOTES not in frame.mentions or stated)
    if decision.intent in SEAT_INTENTS and seats and party is not None:
        return _seats(env, q, party)
    if decision.intent in VOTE_INTENTS and REGISTERED in frame.mentions and party is not None:
        return _registered(env, q, party)
    return None


def seats_against_votes(env: Env, q: Query, decision: Decision) -> Cited | None:
    """A party's share of the seats (or of the list seats) set against its share of the vote
    ("seat share minus vote share", "list-seat share vs its vote share"): both, and the gap in
    points; None unless one party of one election is compared so."""
    frame = decision.frame
    named = {*frame.years, *([frame.base_year] if frame.base_year else [])}
    if decision.form != "compare" or len(decision.parts) != 1 or len(named) > 1:
        return None
    if not {SEATS, SHARE} <= frame.mentions or len(frame.parties) != 1:
        return None
    party = frame.parties[0]
    election = env.election(q)
    if not election.has_party(party):
        return None
    row, system = election.party(party), election.system
    lists = frame.narrows(LIST_SEATS) and row.district_seats is not None
    n, whole = (
        (row.list_seats, system.list_seats)
        if lists
        else (row.seats_won, system.list_seats + system.district_seats)
    )
    if not whole:
        return None
    seats = share(n, whole, CENT)
    gap = seats - row.percent
    key = f"portion_{'list_' if lists else ''}seats_votes_{'more' if gap >= 0 else 'less'}"
    text = env.t(q, key, whole, year=election.year, n=env.num(q, n), total=env.num(q, whole),
                 seats=env.pct(q, seats), votes=env.pct(q, row.percent),
                 gap=env.catalog.fmt_decimal(abs(gap), q.lang),
                 party=env.party_phrase(q, party, election.year))  # fmt: skip
    return cited(env, q.lang, text, row, system)


def _per_seat(env: Env, q: Query, party: str) -> Cited | None:
    """A party's votes for each seat it won, rounded to a whole vote (none when it won none)."""
    election = env.election(q)
    if not election.has_party(party) or not election.party(party).seats_won:
        return None
    row = election.party(party)
    per = int((Decimal(row.votes) / row.seats_won).quantize(ONE, ROUND_HALF_UP))
    text = env.t(q, "portion_per_seat", per, year=election.year, votes=env.num(q, row.votes),
                 seats=env.num(q, row.seats_won), per=env.num(q, per),
                 party=env.party_phrase(q, party, election.year))  # fmt: skip
    return cited(env, q.lang, text, row)


def _registered(env: Env, q: Query, party: str) -> Cited | None:
    """A party's votes as a share of the registered voters ("what % of registered voters voted
    Nur Otan"), not of the votes cast for parties."""
    election = env.election(q)
    whole = election.participation.registered
    if not election.has_party(party) or whole is None or not whole.value:
        return None
    row = election.party(party)
    text = env.t(q, "portion_registered", row.votes, year=election.year, n=env.num(q, row.votes),
                 total=env.num(q, whole.value), party=env.party_phrase(q, party, election.year),
                 share=env.pct(q, share(row.votes, whole.value, CENT)))  # fmt: skip
    return cited(env, q.lang, text, row, whole)


def _seats(env: Env, q: Query, party: str) -> Cited | None:
    """A party's share of the seats filled at the election (party lists and districts)."""
    election = env.election(q)
    system = election.system
    whole = system.list_seats + system.district_seats
    if not election.has_party(party) or not whole:
        return None
    row = election.party(party)
    text = env.t(q, "portion_seats", whole, year=election.year, n=env.num(q, row.seats_won),
                 total=env.num(q, whole), party=env.party_phrase(q, party, election.year),
                 share=env.pct(q, share(row.seats_won, whole, CENT)))  # fmt: skip
    return cited(env, q.lang, text, row, system)


def _women(env: Env, q: Query) -> Cited | None:
    """Women's share of the deputies of the Mäjilis elected, where the facts count them."""
    election = env.election(q)
    c = election.candidates
    whole = election.system.total_seats
    if c is None or c.women_elected is None or not whole:
        return None
    n = c.women_elected.value
    text = env.t(q, "portion_women", whole, year=election.year, n=env.num(q, n),
                 total=env.num(q, whole), share=env.pct(q, share(n, whole, CENT)))  # fmt: skip
    return cited(env, q.lang, text, c.women_elected, election.system)
