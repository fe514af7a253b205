"""What an allocation method returns: seats per party, explicit ties, and input checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

Votes = Mapping[str, int]
"""Votes per party, in a stable order (the order of the ballot or of registration)."""


class SeatError(ValueError):
    """The input or the method cannot produce an allocation; the message says why."""


class NoPartyPasses(SeatError):
    """Every party is below the threshold, so there is nobody to give seats to."""


@dataclass(frozen=True)
class Tie:
    """`seats` seats that the `parties` are exactly tied for; only a stated rule can resolve it."""

    parties: tuple[str, ...]
    seats: int


@dataclass(frozen=True)
class Allocation:
    """Seats for every party that took part (zeros included, input order) and unresolved ties.

    Seats that are tied are not in `seats`: they are in `ties`. `excluded` are the parties that
    failed the threshold; `admitted` those let in by a special rule (Kazakhstan's runner-up rule).
    """

    seats: Mapping[str, int]
    ties: tuple[Tie, ...] = ()
    excluded: tuple[str, ...] = ()
    admitted: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def total(self) -> int:
        """Seats given out, tied seats included."""
        return sum(self.seats.values()) + sum(t.seats for t in self.ties)

    def resolved(self, order: Sequence[str]) -> Allocation:
        """Ties settled by a stated order of precedence (e.g. list registration): first wins."""
        if not self.ties:
            return self
        rank = {party: i for i, party in enumerate(order)}
        seats = dict(self.seats)
        for tie in self.ties:
            missing = [p for p in tie.parties if p not in rank]
            if missing:
                raise SeatError(f"the tie-break order does not rank {', '.join(missing)}")
            for party in sorted(tie.parties, key=rank.__getitem__)[: tie.seats]:
                seats[party] += 1
        return replace(self, seats=seats, ties=())


def require_known(name: str, registry: Mapping[str, object], what: str) -> None:
    """Refuse a name the registry does not hold, listing the ones it does."""
    if name not in registry:
        raise SeatError(f"unknown {what} {name!r}; known: {', '.join(registry)}")


MAX_SEATS = 1000
"""The most seats one allocation fills: more than any directly elected chamber has (the largest
have 600-750); it keeps a divisor method's table and an explanation's seat-by-seat account small,
so no request runs long."""
MAX_PARTIES = 100
"""The most parties (lists) in one allocation; no national list election has had this many."""
MAX_VOTES = 10**10
"""The most votes one party (or the ballots cast) may have: above the world's population."""


def check_seats(seats: object) -> int:
    """`seats` if it is a whole number from 1 to MAX_SEATS; else a SeatError saying why."""
    if isinstance(seats, bool) or not isinstance(seats, int) or seats < 1:
        raise SeatError(f"the number of seats must be a whole number of at least 1, not {seats}")
    if seats > MAX_SEATS:
        raise SeatError(f"the number of seats must be at most {MAX_SEATS:,}, not {seats:,}")
    return seats


def check_count(what: str, count: object) -> int:
    """`count` if it is a whole number from 0 to MAX_VOTES; `what` names it in the error."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise SeatError(f"{what} must be a whole number of at least 0, not {count}")
    if count > MAX_VOTES:
        raise SeatError(f"{what} must be at most {MAX_VOTES:,}, not {count:,}")
    return count


def check_votes(votes: Votes) -> None:
    """Refuse votes no method can allocate, or more parties or votes than the limits."""
    if not votes:
        raise SeatError("no parties given")
    if len(votes) > MAX_PARTIES:
        raise SeatError(f"at most {MAX_PARTIES} parties can be given, not {len(votes)}")
    for party, count in votes.items():
        check_count(f"votes for {party}", count)
    if not any(votes.values()):
        raise SeatError("every party has 0 votes: there is nothing to allocate")


def check_input(votes: Votes, seats: int, ballots: int | None = None) -> None:
    """Refuse what no method can allocate, or what is past the limits, with a message a user
    can act on. Every method calls it first, so every front end has the same limits."""
    check_seats(seats)
    check_votes(votes)
    if ballots is not None:
        check_count("ballots cast", ballots)


def split_at_cut(
    ranked: Sequence[tuple[str, object]], places: int, order: Sequence[str]
) -> tuple[list[str], Tie | None]:
    """The first `places` of a best-first ranking; equal keys straddling the cut become a Tie.

    `ranked` pairs each party with a comparable key (equal keys mean an exact tie); `order` is
    the input order used to list tied parties stably.
    """
    if places <= 0:
        return [], None
    cut = ranked[places - 1][1]
    above = [p for p, key in ranked[:places] if key != cut]
    level = [p for p, key in ranked if key == cut]
    free = places - len(above)
    if free == len(level):
        return above + level, None
    position = {p: i for i, p in enumerate(order)}
    return above, Tie(tuple(sorted(level, key=position.__getitem__)), free)
