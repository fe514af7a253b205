"""Quotas for largest-remainder methods: total votes and seats in, votes per seat out (exact)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from types import MappingProxyType

QuotaFn = Callable[[int, int], Fraction]


def hare(votes: int, seats: int) -> Fraction:
    """Hare (simple) quota V / S; Kazakhstan's "first electoral quotient"."""
    return Fraction(votes, seats)


def droop(votes: int, seats: int) -> Fraction:
    """Droop quota floor(V / (S + 1)) + 1."""
    return Fraction(votes // (seats + 1) + 1)


def hagenbach_bischoff(votes: int, seats: int) -> Fraction:
    """Hagenbach-Bischoff quota V / (S + 1), unrounded."""
    return Fraction(votes, seats + 1)


def imperiali_quota(votes: int, seats: int) -> Fraction:
    """Imperiali quota V / (S + 2); it can award more seats than there are."""
    return Fraction(votes, seats + 2)


QUOTAS: Mapping[str, QuotaFn] = MappingProxyType(
    {
        "hare": hare,
        "droop": droop,
        "hagenbach_bischoff": hagenbach_bischoff,
        "imperiali_quota": imperiali_quota,
    }
)
