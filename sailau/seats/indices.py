"""How proportional an allocation is: seats against votes, Gallagher, Loosemore-Hanby."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from sailau.seats.allocation import Votes


@dataclass(frozen=True)
class SeatsVotes:
    """One party's share of the votes and of the seats (fractions of 1)."""

    party: str
    votes: Fraction
    seats: Fraction

    @property
    def difference(self) -> Fraction:
        """Seat share minus vote share: positive means over-represented."""
        return self.seats - self.votes


def seats_vs_votes(votes: Votes, seats: Mapping[str, int]) -> tuple[SeatsVotes, ...]:
    """Shares of votes and seats for every party, in the order of `votes`."""
    vote_total = sum(votes.values()) or 1
    seat_total = sum(seats.values()) or 1
    return tuple(
        SeatsVotes(p, Fraction(v, vote_total), Fraction(seats.get(p, 0), seat_total))
        for p, v in votes.items()
    )


def gallagher(votes: Votes, seats: Mapping[str, int]) -> float:
    """Gallagher's least-squares index in percentage points (display only: it is a root)."""
    squares = sum(row.difference**2 for row in seats_vs_votes(votes, seats))
    return 100 * math.sqrt(squares / 2)


def loosemore_hanby(votes: Votes, seats: Mapping[str, int]) -> Fraction:
    """Loosemore-Hanby index: half the sum of absolute share differences (fraction of 1)."""
    return sum((abs(row.difference) for row in seats_vs_votes(votes, seats)), Fraction(0)) / 2
