"""Allocation methods in votelib's style: system parameters in the constructor, data in evaluate.

`LargestRemainder(quota)` and `HighestAverages(divisor)` decide every seat with exact integer
arithmetic (a Fraction's numerator and denominator, cross-multiplied); floats are never used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from sailau.seats.allocation import (
    Allocation,
    SeatError,
    Tie,
    Votes,
    check_input,
    require_known,
    split_at_cut,
)
from sailau.seats.divisors import DIVISORS, divisor_table
from sailau.seats.quotas import QUOTAS


class Method(Protocol):
    """Anything that turns votes and a seat count into an Allocation."""

    @property
    def name(self) -> str: ...

    def evaluate(self, votes: Votes, seats: int, ballots: int | None = None) -> Allocation: ...


@dataclass(frozen=True)
class LargestRemainder:
    """Whole parts of votes / quota, then one seat each to the largest remainders."""

    quota: str = "hare"

    def __post_init__(self) -> None:
        require_known(self.quota, QUOTAS, "quota")

    @property
    def name(self) -> str:
        return self.quota

    def evaluate(self, votes: Votes, seats: int, ballots: int | None = None) -> Allocation:
        """Allocate `seats`; `ballots` is unused (thresholds use it)."""
        check_input(votes, seats)
        whole, remainders = self.parts(votes, seats)
        left = seats - sum(whole.values())
        if left < 0:
            raise SeatError(
                f"the {self.quota} quota gives {seats - left} whole seats, more than the "
                f"{seats} to fill"
            )
        eligible = [p for p, v in votes.items() if v > 0]
        if left > len(eligible):
            raise SeatError(
                f"the {self.quota} quota leaves {left} seats for remainders but only "
                f"{len(eligible)} parties can take one: it cannot fill {seats} seats"
            )
        ranked = sorted(((p, remainders[p]) for p in eligible), key=lambda pr: -pr[1])
        winners, tie = split_at_cut(ranked, left, list(votes))
        for party in winners:
            whole[party] += 1
        return Allocation(whole, (tie,) if tie else ())

    def parts(self, votes: Votes, seats: int) -> tuple[dict[str, int], dict[str, int]]:
        """Whole parts of votes / quota and the remainders' numerators (all over one number)."""
        quota = QUOTAS[self.quota](sum(votes.values()), seats)
        num, den = quota.numerator, quota.denominator
        whole: dict[str, int] = {}
        remainders: dict[str, int] = {}
        for party, count in votes.items():
            whole[party], remainders[party] = divmod(count * den, num)
        return whole, remainders


Bid = tuple[int, int]
"""votes ** p / d(s) ** p as (numerator, denominator); a 0 denominator is an infinite bid."""


def beats(a: Bid, b: Bid) -> bool:
    """Whether bid `a` is strictly higher than bid `b`; infinite bids rank by their votes."""
    if a[1] == 0 or b[1] == 0:
        return a[1] == 0 and (b[1] != 0 or a[0] > b[0])
    return a[0] * b[1] > b[0] * a[1]


@dataclass(frozen=True)
class HighestAverages:
    """Each seat goes to the highest bid votes / d(seats held); see `divisors`."""

    divisor: str = "dhondt"

    def __post_init__(self) -> None:
        require_known(self.divisor, DIVISORS, "divisor")

    @property
    def name(self) -> str:
        return self.divisor

    def bidder(self, votes: Votes, seats: int) -> Bidder:
        """The bids of the parties with votes, for up to `seats` seats each."""
        return Bidder(votes, DIVISORS[self.divisor].power, divisor_table(self.divisor, seats + 1))

    def evaluate(self, votes: Votes, seats: int, ballots: int | None = None) -> Allocation:
        """Allocate `seats`; `ballots` is unused (thresholds use it)."""
        check_input(votes, seats)
        bidder = self.bidder(votes, seats)
        total = sum(votes.values())
        held = {p: votes[p] * seats // total for p in bidder.weights}
        count = sum(held.values())
        while count < seats:
            held[bidder.best_next(held)] += 1
            count += 1
        while True:  # swap seats until no party outside bids higher than a seat's holder
            gainer, loser = bidder.best_next(held), bidder.worst_last(held)
            if not beats(bidder.next_bid(gainer, held), bidder.last_bid(loser, held)):
                break
            held[gainer] += 1
            held[loser] -= 1
        tie = bidder.tie(held)
        seats_out = {p: held.get(p, 0) for p in votes}
        return Allocation(seats_out, (tie,) if tie else ())


class Bidder:
    """Bids of each party with votes under one divisor; helpers over a seat holding."""

    def __init__(self, votes: Votes, power: int, table: tuple[tuple[int, int], ...]) -> None:
        self.order = list(votes)
        self.weights = {p: v**power for p, v in votes.items() if v > 0}
        self.table = table

    def bid(self, party: str, held: int) -> Bid:
        num, den = self.table[held]
        return self.weights[party] * den, num

    def next_bid(self, party: str, held: Mapping[str, int]) -> Bid:
        return self.bid(party, held[party])

    def last_bid(self, party: str, held: Mapping[str, int]) -> Bid:
        return self.bid(party, held[party] - 1)

    def best_next(self, held: Mapping[str, int]) -> str:
        """The party with the highest bid for one more seat (the first such on a tie)."""
        best, best_bid = "", (0, 1)
        for party in self.weights:
            bid = self.bid(party, held[party])
            if not best or beats(bid, best_bid):
                best, best_bid = party, bid
        return best

    def worst_last(self, held: Mapping[str, int]) -> str:
        """The holder of the lowest-bid seat (the last seat to be won)."""
        worst, worst_bid = "", (0, 1)
        for party in self.weights:
            if held[party]:
                bid = self.bid(party, held[party] - 1)
                if not worst or beats(worst_bid, bid):
                    worst, worst_bid = party, bid
        return worst

    def tie(self, held: dict[str, int]) -> Tie | None:
        """Take back seats whose bid equals the best losing bid; they are an explicit Tie."""
        cut = self.last_bid(self.worst_last(held), held)
        if beats(cut, self.next_bid(self.best_next(held), held)):
            return None
        holders = [p for p in self.weights if held[p] and not beats(self.last_bid(p, held), cut)]
        others = [
            p for p in self.weights if p not in holders and not beats(cut, self.next_bid(p, held))
        ]
        for party in holders:
            held[party] -= 1
        tied = set(holders + others)
        return Tie(tuple(p for p in self.order if p in tied), len(holders))


METHODS: Mapping[str, Method] = MappingProxyType(
    {
        **{name: LargestRemainder(name) for name in QUOTAS},
        **{name: HighestAverages(name) for name in DIVISORS},
    }
)
"""Every method by its slot value (see docs/contracts.md)."""


def method_by_name(name: str) -> Method:
    """The method called `name`, or a SeatError listing the known names."""
    require_known(name, METHODS, "method")
    return METHODS[name]
