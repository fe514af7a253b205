"""Thresholds as composable pieces, and `Conditioned`: a threshold applied before a method.

A share is measured against a stated base (the votes for parties, or all ballots cast), and is
inclusive (`>=`: a party exactly at the threshold passes) or strict (`>`). Comparisons are exact:
`votes >= share * base` with Fractions, so a party at exactly 7 % is never lost to rounding
(votelib 0.4.0 drops it; see docs/contracts.md and the engineering notes, §5.6).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Protocol

from sailau.seats.allocation import Allocation, NoPartyPasses, SeatError, Votes, check_input
from sailau.seats.methods import Method


class Base(StrEnum):
    """What a share threshold is a share of."""

    PARTY_VOTES = "party_votes"
    BALLOTS = "ballots"


@dataclass(frozen=True)
class Verdict:
    """Who passed the threshold, and who was admitted anyway by a stated rule (input order)."""

    passed: tuple[str, ...]
    admitted: tuple[str, ...] = ()

    def parties(self, votes: Votes) -> tuple[str, ...]:
        """Everyone who takes part in the allocation, in input order."""
        taking_part = set(self.passed) | set(self.admitted)
        return tuple(p for p in votes if p in taking_part)


class Threshold(Protocol):
    """Decides who takes part in the allocation."""

    def verdict(self, votes: Votes, ballots: int | None = None) -> Verdict: ...


def meets(count: int, need: Fraction, inclusive: bool) -> bool:
    """`count >= need` or `count > need`."""
    return count >= need if inclusive else count > need


@dataclass(frozen=True)
class ShareThreshold:
    """A share (e.g. Fraction(7, 100)) of the party votes or of the ballots cast."""

    share: Fraction
    base: Base = Base.PARTY_VOTES
    inclusive: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.share <= 1:
            raise SeatError(f"a threshold must be between 0 % and 100 %, not {self.share:.2%}")

    def base_total(self, votes: Votes, ballots: int | None) -> int:
        """The number the share is taken of."""
        party_votes = sum(votes.values())
        if self.base is Base.PARTY_VOTES:
            return party_votes
        if ballots is None:
            raise SeatError("a threshold on ballots cast needs the number of ballots")
        if ballots < party_votes:
            raise SeatError(f"ballots cast ({ballots}) cannot be fewer than party votes")
        return ballots

    def verdict(self, votes: Votes, ballots: int | None = None) -> Verdict:
        need = self.share * self.base_total(votes, ballots)
        return Verdict(tuple(p for p, v in votes.items() if meets(v, need, self.inclusive)))


@dataclass(frozen=True)
class AbsoluteThreshold:
    """A fixed number of votes."""

    votes: int
    inclusive: bool = True

    def verdict(self, votes: Votes, ballots: int | None = None) -> Verdict:
        need = Fraction(self.votes)
        return Verdict(tuple(p for p, v in votes.items() if meets(v, need, self.inclusive)))


@dataclass(frozen=True)
class AnyOf:
    """Alternatives: a party passes if it passes any of them ("5 % or 100,000 votes")."""

    alternatives: tuple[Threshold, ...]

    def verdict(self, votes: Votes, ballots: int | None = None) -> Verdict:
        passed = {p for t in self.alternatives for p in t.verdict(votes, ballots).passed}
        return Verdict(tuple(p for p in votes if p in passed))


@dataclass(frozen=True)
class RunnerUpAdmitted:
    """If exactly one party passes, the party with the next-highest vote takes part too.

    Kazakhstan's rule (fact sheet §7a). Parties tied for second place are all admitted.
    """

    inner: Threshold

    def verdict(self, votes: Votes, ballots: int | None = None) -> Verdict:
        verdict = self.inner.verdict(votes, ballots)
        if len(verdict.passed) != 1:
            return verdict
        rest = {p: v for p, v in votes.items() if p not in verdict.passed and v > 0}
        if not rest:
            return verdict
        second = max(rest.values())
        return Verdict(verdict.passed, tuple(p for p, v in rest.items() if v == second))


@dataclass(frozen=True)
class Conditioned:
    """A threshold, then a method over the parties that take part; everyone else gets 0."""

    threshold: Threshold
    method: Method

    @property
    def name(self) -> str:
        return self.method.name

    def evaluate(self, votes: Votes, seats: int, ballots: int | None = None) -> Allocation:
        check_input(votes, seats, ballots)
        verdict = self.threshold.verdict(votes, ballots)
        taking_part = verdict.parties(votes)
        if not taking_part:
            raise NoPartyPasses("no party passes the threshold: no seats can be allocated")
        inner = self.method.evaluate({p: votes[p] for p in taking_part}, seats, ballots)
        return Allocation(
            seats={p: inner.seats.get(p, 0) for p in votes},
            ties=inner.ties,
            excluded=tuple(p for p in votes if p not in taking_part),
            admitted=verdict.admitted,
            notes=inner.notes,
        )
