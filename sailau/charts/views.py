"""What a chart shows, already in the asker's language: the drawing code's only input.

The builders turn fact-base figures into these; the drawing code turns these into pixels. Neither
side knows the other's details, so each is tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

NEUTRAL = "#999999"
"""Seats and bars that belong to no party (APK without a colour, "against all", open seats)."""
PLAIN = "#5A5A5A"
"""Bars of one series that is no party's (turnout)."""

SeatStyle = Literal["filled", "ring", "appointed"]
"""filled: a list seat; ring: a single-member-district seat; appointed: not elected by voters."""


@dataclass(frozen=True)
class Frame:
    """The text around every chart: title, an optional subtitle and the one-line source footer."""

    title: str
    subtitle: str
    footer: str
    sources: tuple[str, ...] = ()
    """Ids (facts/sources.yaml) of the sources the footer names."""


@dataclass(frozen=True)
class SeatGroup:
    """A run of seats of one colour and style in the hemicycle, with its legend label.

    alt: the label with the party's abbreviation, for a legend short of room.
    """

    label: str
    seats: int
    color: str
    style: SeatStyle = "filled"
    alt: str = ""


@dataclass(frozen=True)
class Mark:
    """A radial line in the hemicycle: the seat count a block must reach, and its label."""

    seats: int
    label: str


@dataclass(frozen=True)
class Chamber:
    """A hemicycle: seat groups from left to right, marks, and the total written in the middle."""

    groups: tuple[SeatGroup, ...]
    marks: tuple[Mark, ...]
    centre: str
    centre_label: str

    @property
    def total(self) -> int:
        return sum(g.seats for g in self.groups)

    @property
    def legend(self) -> tuple[SeatGroup, ...]:
        """The groups with a legend entry (a party's district seats share its list seats')."""
        return tuple(g for g in self.groups if g.label)


@dataclass(frozen=True)
class Cell:
    """One bar: its length (axis units) and the exact figure printed at its end.

    muted: greyed (below the threshold, "against all"; with value 0, "did not run").
    """

    value: float
    text: str
    muted: bool = False


@dataclass(frozen=True)
class BarRow:
    """An item: its label on the left and one bar per series under each other, in its colour.

    alt: a shorter label (an abbreviation) for when the full one would take more than two lines.
    """

    label: str
    color: str
    cells: tuple[Cell, ...]
    alt: str = ""


@dataclass(frozen=True)
class RefLine:
    """A vertical reference line across the bars (threshold, national figure) and its label."""

    value: float
    label: str


@dataclass(frozen=True)
class Bars:
    """Horizontal bars, all on one scale: one row per item, one bar per series in each row.

    With several series (elections; votes and seats) each bar is labelled with its series name;
    reference lines are drawn only across bars of a single series.
    """

    rows: tuple[BarRow, ...]
    series: tuple[str, ...] = ()
    lines: tuple[RefLine, ...] = ()


Panel = Chamber | Bars


@dataclass(frozen=True)
class Chart:
    """A whole picture: the frame and its panels from top to bottom."""

    frame: Frame
    panels: tuple[Panel, ...]
