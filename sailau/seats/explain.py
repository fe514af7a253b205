"""Step-by-step account of an allocation: the quota table or the divisor table, the last seat.

Display values (divisors, averages) for Huntington-Hill are square roots, so `SeatWin` holds
floats: they are for showing only; the seats themselves were decided exactly in `methods`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Protocol, runtime_checkable

from sailau.seats.allocation import Allocation, Votes
from sailau.seats.divisors import DIVISORS
from sailau.seats.marginal import votes_for_seat
from sailau.seats.methods import HighestAverages, LargestRemainder, Method, beats
from sailau.seats.quotas import QUOTAS


@runtime_checkable
class Wrapper(Protocol):
    """A method that wraps another (a threshold, a national rule)."""

    @property
    def method(self) -> Method: ...


@dataclass(frozen=True)
class QuotaRow:
    """One party's line in a largest-remainder table."""

    party: str
    votes: int
    quotient: Fraction
    whole: int
    remainder: Fraction
    remainder_seat: bool


@dataclass(frozen=True)
class SeatWin:
    """One seat of a highest-averages allocation, in the order the seats were won."""

    seat: int
    party: str
    votes: int
    divisor: float
    average: float


@dataclass(frozen=True)
class Explanation:
    """Everything needed to tell how the seats were decided."""

    method: str
    seats: int
    allocation: Allocation
    quota: Fraction | None = None
    rows: tuple[QuotaRow, ...] = ()
    wins: tuple[SeatWin, ...] = ()
    last: tuple[str, ...] = ()
    """Who took the last seat (several parties when it is tied)."""
    next: tuple[str, ...] = ()
    """Who came next: the best bid or remainder that won nothing."""
    shortfall: int | None = None
    """Extra votes the first party in `next` needed to take a seat from the others."""


def core_method(method: Method) -> Method:
    """The largest-remainder or highest-averages method inside any wrappers."""
    while isinstance(method, Wrapper):
        method = method.method
    return method


def explain(method: Method, votes: Votes, seats: int, ballots: int | None = None) -> Explanation:
    """Allocate and explain; `method` may be wrapped in thresholds and national rules."""
    allocation = method.evaluate(votes, seats, ballots)
    outside = set(allocation.excluded)
    taking_part = {p: v for p, v in votes.items() if p not in outside}
    core = core_method(method)
    if isinstance(core, LargestRemainder):
        explanation = quota_table(core, taking_part, seats, allocation)
    elif isinstance(core, HighestAverages):
        explanation = divisor_table(core, taking_part, seats, allocation)
    else:
        return Explanation(core.name, seats, allocation)
    if explanation.next and not allocation.ties:
        shortfall = votes_for_seat(method, votes, seats, explanation.next[0], ballots)
        explanation = replace(explanation, shortfall=shortfall)
    return explanation


def quota_table(
    method: LargestRemainder, votes: Votes, seats: int, allocation: Allocation
) -> Explanation:
    quota = QUOTAS[method.quota](sum(votes.values()), seats)
    whole, _ = method.parts(votes, seats)
    tied = {p for t in allocation.ties for p in t.parties}
    rows = tuple(
        QuotaRow(
            party=p,
            votes=v,
            quotient=v / quota,
            whole=whole[p],
            remainder=v / quota - whole[p],
            remainder_seat=allocation.seats[p] > whole[p],
        )
        for p, v in votes.items()
    )
    winners = [r for r in rows if r.remainder_seat]
    losers = [r for r in rows if not r.remainder_seat and r.party not in tied and r.votes]
    last = allocation.ties[0].parties if tied else ()
    if not last and winners:
        last = (min(winners, key=lambda r: r.remainder).party,)
    best_loser = max(losers, key=lambda r: r.remainder, default=None)
    return Explanation(
        method=method.name,
        seats=seats,
        allocation=allocation,
        quota=quota,
        rows=rows,
        last=last,
        next=() if tied or best_loser is None else (best_loser.party,),
    )


def divisor_table(
    method: HighestAverages, votes: Votes, seats: int, allocation: Allocation
) -> Explanation:
    bidder = method.bidder(votes, seats)
    divisor = DIVISORS[method.divisor]
    held = dict.fromkeys(bidder.weights, 0)
    wins: list[SeatWin] = []
    for seat in range(1, sum(allocation.seats.values()) + 1):
        party = bidder.best_next(held)
        d = float(divisor.powered(held[party])) ** (1 / divisor.power)
        wins.append(SeatWin(seat, party, votes[party], d, votes[party] / d if d else math.inf))
        held[party] += 1
    if allocation.ties:
        tie = allocation.ties[0].parties
        return Explanation(method.name, seats, allocation, wins=tuple(wins), last=tie)
    best = bidder.next_bid(bidder.best_next(held), held)
    level = tuple(p for p in bidder.weights if not beats(best, bidder.next_bid(p, held)))
    return Explanation(
        method=method.name,
        seats=seats,
        allocation=allocation,
        wins=tuple(wins),
        last=(wins[-1].party,) if wins else (),
        next=level,
    )
