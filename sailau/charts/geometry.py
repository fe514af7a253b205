"""Hemicycle geometry: where each seat sits and where a seat-count mark falls.

Seat centres come from parliamentarch (a 2 x 1 canvas, centre of the arch at (1, 0)); this module
orders them from left to right so that consecutive seats form wedges, one per group.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Seat:
    """A seat centre on the 2 x 1 canvas and its angle from the arch's centre (pi = far left)."""

    x: float
    y: float
    angle: float


@dataclass(frozen=True)
class Layout:
    """All seats of a chamber, left to right, with the seat radius and the arch's radii."""

    seats: tuple[Seat, ...]
    seat_radius: float
    inner: float
    outer: float

    def mark_angle(self, seats: int) -> float:
        """The angle of a radial line with exactly `seats` seats on its left."""
        if not 0 < seats < len(self.seats):
            raise ValueError(f"a mark needs 0 < seats < {len(self.seats)}, got {seats}")
        return (self.seats[seats - 1].angle + self.seats[seats].angle) / 2


@cache
def layout(total: int) -> Layout:
    """The seat layout of a `total`-seat hemicycle (cached: a chamber's size rarely changes)."""
    from parliamentarch.geometry import (
        get_nrows_from_nseats,
        get_row_thickness,
        get_seats_centers,
    )

    if total < 1:
        raise ValueError(f"a chamber needs at least one seat, got {total}")
    centres: dict[tuple[float, float], float] = get_seats_centers(total)
    seats = sorted(
        (Seat(x, y, angle) for (x, y), angle in centres.items()),
        key=lambda s: (-s.angle, math.hypot(s.x - 1, s.y)),
    )
    rows: int = get_nrows_from_nseats(total)
    thickness: float = get_row_thickness(rows)
    return Layout(
        seats=tuple(seats),
        seat_radius=0.8 * thickness,
        inner=0.5 - thickness,
        outer=0.5 + 2 * (rows - 1) * thickness + thickness,
    )
