"""Marginal questions: how many more votes a party needed, holding every other party fixed.

Extra votes are counted as extra ballots too (new voters), so a threshold on ballots cast moves
with them. The search is exact: exponential then binary search over whole votes, re-running
the allocation each time. It finds the least number when more votes never cost a seat (true for
divisor methods and for thresholds); for largest remainders it finds a number that works.
"""

from __future__ import annotations

from collections.abc import Callable

from sailau.seats.allocation import SeatError, Votes
from sailau.seats.methods import Method
from sailau.seats.thresholds import Threshold


def least(works: Callable[[int], bool], limit: int) -> int | None:
    """The smallest x in 0..limit for which `works(x)` holds (monotone), or None."""
    if works(0):
        return 0
    failed, high = 0, 1
    while not works(high):
        if high >= limit:
            return None
        failed, high = high, min(2 * high, limit)
    while high - failed > 1:
        middle = (failed + high) // 2
        if works(middle):
            high = middle
        else:
            failed = middle
    return high


def with_extra(votes: Votes, party: str, extra: int) -> dict[str, int]:
    """The same votes, with `extra` more for `party`."""
    return {p: v + extra if p == party else v for p, v in votes.items()}


def search_limit(votes: Votes, seats: int, ballots: int | None) -> int:
    """Beyond this many extra votes the answer is "never": far past any proportional need."""
    return (seats + 2) * max(sum(votes.values()), ballots or 0, 1)


def votes_for_seat(
    method: Method, votes: Votes, seats: int, party: str, ballots: int | None = None
) -> int | None:
    """Extra votes `party` needed to win one seat more than it has (ties not counted as won)."""
    if party not in votes:
        raise SeatError(f"{party} is not among the parties")
    have = method.evaluate(votes, seats, ballots).seats[party]

    def works(extra: int) -> bool:
        try:
            allocation = method.evaluate(
                with_extra(votes, party, extra), seats, None if ballots is None else ballots + extra
            )
        except SeatError:
            return False
        return allocation.seats[party] > have

    return least(works, search_limit(votes, seats, ballots))


def votes_to_pass(
    threshold: Threshold, votes: Votes, party: str, ballots: int | None = None
) -> int | None:
    """Extra votes `party` needed to pass the threshold itself (0 if it already does)."""
    if party not in votes:
        raise SeatError(f"{party} is not among the parties")

    def works(extra: int) -> bool:
        more_ballots = None if ballots is None else ballots + extra
        return party in threshold.verdict(with_extra(votes, party, extra), more_ballots).passed

    return least(works, search_limit(votes, 1, ballots))
