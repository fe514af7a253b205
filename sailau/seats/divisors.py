"""Divisors for highest-averages methods: seats held so far in, divisor out (exact).

A party holding `s` seats bids `votes / d(s)` for the next one. Huntington-Hill's divisor
sqrt(s(s+1)) is irrational, so every divisor is stored as a power `p` and the function
`d(s) ** p`: bids are compared as `votes ** p / d(s) ** p`, exactly, with integers.
A divisor of 0 (Adams and Huntington-Hill at 0 seats) is an infinite bid: every party with votes
gets a first seat before any party gets a second; among infinite bids, more votes go first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType


@dataclass(frozen=True)
class Divisor:
    """`d(s) ** power` as a function of the seats held."""

    powered: Callable[[int], Fraction]
    power: int = 1


def dhondt(seats: int) -> Fraction:
    """D'Hondt (Jefferson): 1, 2, 3, ..."""
    return Fraction(seats + 1)


def sainte_lague(seats: int) -> Fraction:
    """Sainte-Laguë (Webster): 1, 3, 5, ..."""
    return Fraction(2 * seats + 1)


def modified_sainte_lague(seats: int) -> Fraction:
    """Modified Sainte-Laguë (Norway, Sweden): 1.4, 3, 5, ..."""
    return Fraction(7, 5) if seats == 0 else Fraction(2 * seats + 1)


def imperiali(seats: int) -> Fraction:
    """Imperiali divisor: 2, 3, 4, ... (not the Imperiali quota)."""
    return Fraction(seats + 2)


def adams(seats: int) -> Fraction:
    """Adams (smallest divisors): 0, 1, 2, ..."""
    return Fraction(seats)


def huntington_hill_squared(seats: int) -> Fraction:
    """The square of the Huntington-Hill divisor sqrt(s(s+1)): 0, 2, 6, 12, ..."""
    return Fraction(seats * (seats + 1))


DIVISORS: Mapping[str, Divisor] = MappingProxyType(
    {
        "dhondt": Divisor(dhondt),
        "sainte_lague": Divisor(sainte_lague),
        "modified_sainte_lague": Divisor(modified_sainte_lague),
        "imperiali": Divisor(imperiali),
        "huntington_hill": Divisor(huntington_hill_squared, power=2),
        "adams": Divisor(adams),
    }
)


@functools.cache
def divisor_table(name: str, length: int) -> tuple[tuple[int, int], ...]:
    """(numerator, denominator) of `d(s) ** p` for s = 0 .. length - 1, cached per method."""
    powered = DIVISORS[name].powered
    return tuple((f.numerator, f.denominator) for f in map(powered, range(length)))
