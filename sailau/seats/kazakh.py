"""Kazakhstan's list-seat rules, built from an election's `system` in the fact base.

The rules (fact sheet §7a): parties at or over the threshold share the seats; the quota is the
Hare quota over their votes only; whole parts first, then the largest remainders; equal
remainders go to the party whose list was registered first. If only one party passes, the party
with the next-highest vote takes part too. What the runner-up then gets is disputed
(Discrepancy 22), so it is an explicit option, `SoleQualifierRule`, defaulting to the reading
all sources share (`ADMITTED`: it simply takes part). Its figures (minimum seats, coefficient)
come from the fact base.

The fact-base validator reproduces an official allocation with::

    from sailau.seats.kazakh import reproduce
    reproduce(election).seats   # party id -> list seats, to compare with results[].list_seats
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING

from sailau.seats.allocation import Allocation, SeatError, Votes, split_at_cut
from sailau.seats.methods import LargestRemainder, Method
from sailau.seats.quotas import QUOTAS
from sailau.seats.thresholds import Base, Conditioned, RunnerUpAdmitted, ShareThreshold, Threshold

if TYPE_CHECKING:
    from sailau.facts.models import Election, ElectoralSystem

REMAINDER_METHODS = frozenset({"largest_remainder"})
"""The remainder rules this module implements (fact-base `system.remainder.method`)."""


class SoleQualifierRule(StrEnum):
    """What the runner-up gets when only one party passes the threshold."""

    ADMITTED = "admitted"
    """It takes part in the allocation like a party over the threshold (all sources agree)."""
    MIN_SEATS = "min_seats"
    """...and gets at least the fact base's minimum, taken from the leader (IPU, ElectionGuide)."""
    COEFFICIENT = "coefficient"
    """...with its quotient multiplied by the fact base's coefficient (the law's translation,
    whose clause breaks off: seats so freed go to the leader)."""


@dataclass(frozen=True)
class KazakhRule:
    """Threshold (with the runner-up rule), then the method (the law's: Hare largest remainders).

    A what-if may swap in another `method`; the threshold and the runner-up rule stay.
    """

    threshold: Threshold
    method: Method
    sole_rule: SoleQualifierRule = SoleQualifierRule.ADMITTED
    runner_up_min_seats: int | None = None
    correction_coefficient: Fraction | None = None
    tie_order: tuple[str, ...] = ()
    """Parties in list-registration order, when known; without it a tie stays explicit."""

    @property
    def name(self) -> str:
        return self.method.name

    def evaluate(self, votes: Votes, seats: int, ballots: int | None = None) -> Allocation:
        allocation = Conditioned(self.threshold, self.method).evaluate(votes, seats, ballots)
        if allocation.admitted:
            allocation = self.apply_sole_rule(allocation, votes, seats)
        return allocation.resolved(self.tie_order) if self.tie_order else allocation

    def apply_sole_rule(self, allocation: Allocation, votes: Votes, seats: int) -> Allocation:
        """Adjust for the chosen reading of the sole-qualifier rule; say which in `notes`."""
        notes = (*allocation.notes, f"sole_rule:{self.sole_rule.value}")
        if self.sole_rule is SoleQualifierRule.MIN_SEATS:
            return replace(self.with_minimum(allocation), notes=notes)
        if self.sole_rule is SoleQualifierRule.COEFFICIENT:
            return replace(self.with_coefficient(allocation, votes, seats), notes=notes)
        return replace(allocation, notes=notes)

    def with_minimum(self, allocation: Allocation) -> Allocation:
        if self.runner_up_min_seats is None:
            raise SeatError("the fact base states no minimum for the runner-up")
        seats = dict(allocation.seats)
        leader = leading_party(allocation)
        for party in allocation.admitted:
            short = max(0, self.runner_up_min_seats - seats[party])
            seats[party] += short
            seats[leader] -= short
        return replace(allocation, seats=seats)

    def with_coefficient(self, allocation: Allocation, votes: Votes, seats: int) -> Allocation:
        if self.correction_coefficient is None:
            raise SeatError("the fact base states no correction coefficient")
        leader = leading_party(allocation)
        taking_part = [leader, *allocation.admitted]
        total = sum(votes[p] for p in taking_part)
        quotients = {
            p: Fraction(votes[p] * seats, total)
            * (self.correction_coefficient if p in allocation.admitted else 1)
            for p in taking_part
        }
        out = dict.fromkeys(votes, 0)
        for party, quotient in quotients.items():
            out[party] = int(quotient)
        left = seats - sum(out.values())
        ranked = sorted(((p, q - int(q)) for p, q in quotients.items()), key=lambda pq: -pq[1])
        winners, tie = split_at_cut(ranked, min(left, len(ranked)), list(votes))
        for party in winners:
            out[party] += 1
        out[leader] += left - len(winners) - (tie.seats if tie else 0)
        return replace(allocation, seats=out, ties=(tie,) if tie else ())


def leading_party(allocation: Allocation) -> str:
    """The one party that passed the threshold when the runner-up rule applied."""
    outside = (*allocation.excluded, *allocation.admitted)
    return next(p for p in allocation.seats if p not in outside)


def kazakh_rule(
    system: ElectoralSystem,
    *,
    share: Fraction | None = None,
    base: Base | None = None,
    method: Method | None = None,
    sole_rule: SoleQualifierRule = SoleQualifierRule.ADMITTED,
    tie_order: tuple[str, ...] = (),
) -> KazakhRule:
    """The rules of one election's system; `share`, `base`, `method` override them (what-ifs)."""
    if system.quota.method not in QUOTAS:
        raise SeatError(f"the fact base's quota {system.quota.method!r} is not implemented")
    if system.remainder.method not in REMAINDER_METHODS:
        raise SeatError(f"the fact base's remainder rule {system.remainder.method!r} is unknown")
    stated = system.threshold
    threshold: Threshold = ShareThreshold(
        Fraction(stated.percent) / 100 if share is None else share,
        Base(stated.base) if base is None else base,
        stated.inclusive,
    )
    single = system.single_party_rule
    if single is not None and single.runner_up_admitted:
        threshold = RunnerUpAdmitted(threshold)
    coefficient = single.correction_coefficient if single else None
    return KazakhRule(
        threshold=threshold,
        method=LargestRemainder(system.quota.method) if method is None else method,
        sole_rule=sole_rule,
        runner_up_min_seats=single.runner_up_min_seats if single else None,
        correction_coefficient=None if coefficient is None else Fraction(coefficient),
        tie_order=tie_order,
    )


def election_votes(election: Election) -> dict[str, int]:
    """Party id -> list votes, in the fact base's order."""
    return {row.party: row.votes for row in election.results}


def reproduce(election: Election) -> Allocation:
    """The list-seat allocation that the election's own rules give from its party votes."""
    return kazakh_rule(election.system).evaluate(
        election_votes(election), election.system.list_seats, election.participation.ballots.value
    )
