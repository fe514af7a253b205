"""Matplotlib drawing of chart views into PNG bytes (Agg, no pyplot, deterministic bytes).

Pictures are made for a phone: 1,024 px wide and 576-1,280 px tall (16:9 landscape to 4:5
portrait), so Telegram, which keeps photos up to 1,280 px on the long side, sends them as drawn.
The figure is set at 72 dpi, so one point is one pixel and every size below is in pixels; no text
is smaller than `MIN_TEXT_PX`. Everything is laid out from measured text before it is drawn: rows
of bars shrink (within limits) so that the tallest chart still fits.

`png()` is the entry point (`figure()` and `style()` are public for tests that measure text);
matplotlib is imported when it is first called, and only its Agg canvas is used.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from sailau.charts.geometry import Layout, layout
from sailau.charts.views import BarRow, Bars, Chamber, Chart, SeatGroup

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from numpy.typing import NDArray

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WIDTH = 1024  # px
MIN_HEIGHT, MAX_HEIGHT = 576, 1280  # 16:9 and 4:5 at this width
DPI = 72  # one point is one pixel
MARGIN = 44
INNER = WIDTH - 2 * MARGIN

TITLE_PX, SUBTITLE_PX, TEXT_PX, FOOTER_PX, CENTRE_PX = 40, 27, 28, 24, 84
MIN_TEXT_PX = 24
LEADING = 1.22  # line height, in em
INK, SOFT_INK, MUTED, LINE_INK = "#1A1A1A", "#4D4D4D", "#BDBDBD", "#1A1A1A"
APPOINTED_EDGE = "#1A1A1A"
DASH = (0, (6, 4))

TOP, BOTTOM, GAP = 30, 22, 24  # padding above the title and below the footer; between blocks
ROW_MAX, ROW_MIN = 62, 42  # the pitch of a row of bars: as roomy as fits, never tighter than this
SERIES_PX = 26  # series names and figures of bars in groups (elections; votes and seats)
SERIES_SHARE, SERIES_ROW_MIN = 0.66, 30  # a grouped bar's pitch: this share of a row's, or more
GROUP_GAP = 16  # between groups of bars
LINE_ROW = 40  # the row above the bars that carries reference-line labels
LABEL_SHARE, GROUPED_LABEL_SHARE = 0.42, 0.36  # the most of the width row labels take
KEY_PX = 28  # a legend seat's diameter
LEGEND_GAP = 10  # between the arch and its legend
ARCH_TOP, ARCH_BOTTOM = 0.12, 0.03  # room above and below the arch, in radii


# --- text ------------------------------------------------------------------------------------


@cache
def _font(px: float, bold: bool) -> FontProperties:
    from matplotlib.font_manager import FontProperties

    return FontProperties(family="DejaVu Sans", size=px, weight="bold" if bold else "normal")


@cache
def _ruler() -> RendererAgg:
    """An Agg renderer at 72 dpi (1 pt = 1 px) used only to measure text before layout."""
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(8, 8, DPI)  # type: ignore[no-untyped-call]


@lru_cache(maxsize=8192)
def text_width(text: str, px: float, *, bold: bool = False) -> float:
    """The width of one line of text, in pixels (cached: words and labels repeat)."""
    width, _, _ = _ruler().get_text_width_height_descent(  # type: ignore[no-untyped-call]
        text, _font(px, bold), ismath=False
    )
    return float(width)


def wrap(text: str, px: float, width: float, *, bold: bool = False) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` pixels (a word longer than the
    width stays whole on its own line).

    A line's width is the sum of its measured words and spaces (kerning across a space is nil),
    so each distinct word is measured once.
    """
    space = text_width("x x", px, bold=bold) - 2 * text_width("x", px, bold=bold)
    lines: list[str] = []
    used = 0.0
    for word in text.split(" "):
        size = text_width(word, px, bold=bold)
        if lines and used + space + size <= width:
            lines[-1] += " " + word
            used += space + size
        else:
            lines.append(word)
            used = size
    return lines if text else []


def _block(lines: Sequence[str], px: float) -> float:
    """The height of `lines` of text at `px`."""
    return len(lines) * px * LEADING


@contextmanager
def style() -> Iterator[None]:
    """The rc settings every chart is drawn (and measured) with, whatever a matplotlibrc says.

    DejaVu Sans has every Kazakh letter; labels are never TeX; unhinted glyphs draw about a fifth
    faster and look the same at this resolution.
    """
    from matplotlib import rc_context

    with rc_context(
        {"font.family": "DejaVu Sans", "text.parse_math": False, "text.hinting": "no_hinting"}
    ):
        yield


# --- layout ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    """A row of bars as laid out: its label lines and its height."""

    lines: tuple[str, ...]
    height: float


@dataclass(frozen=True)
class _BarsPlan:
    """Where a bar panel's parts go, in pixels from the panel's top-left corner.

    A row holds one bar per series, `pitch` apart; with several series each bar is labelled
    with its series in a narrow column between the row labels and the bars.
    """

    bars: Bars
    label_width: float
    series_width: float
    rows: tuple[_Row, ...]
    pitch: float

    @property
    def line_row(self) -> float:
        return LINE_ROW if self.bars.lines else 0.0

    @property
    def height(self) -> float:
        return self.line_row + sum(r.height for r in self.rows)

    @property
    def figure_px(self) -> float:
        """The size of the figures at the bars' ends (smaller when bars come in groups)."""
        return TEXT_PX if len(self.bars.series) < 2 else SERIES_PX


def _label_lines(row: BarRow, width: float) -> tuple[str, ...]:
    """The row's label on one line, else its short form, else wrapped to two lines."""
    for text in dict.fromkeys(t for t in (row.label, row.alt) if t):
        if text_width(text, TEXT_PX) <= width:
            return (text,)
    for text in dict.fromkeys(t for t in (row.label, row.alt) if t):
        lines = wrap(text, TEXT_PX, width)
        if len(lines) <= 2:
            return tuple(lines)
    return tuple(wrap(row.alt or row.label, TEXT_PX, width))


def _plan_bars(bars: Bars, pitch: float) -> _BarsPlan:
    grouped = len(bars.series) > 1
    limit = INNER * (GROUPED_LABEL_SHARE if grouped else LABEL_SHARE)
    labels = [_label_lines(row, limit) for row in bars.rows]
    label_width = max(text_width(line, TEXT_PX) for lines in labels for line in lines) + 20
    series_width = max(text_width(name, SERIES_PX) for name in bars.series) + 14 if grouped else 0.0
    bar_pitch = max(SERIES_ROW_MIN, pitch * SERIES_SHARE) if grouped else pitch
    per_row = bar_pitch * len(bars.series) + GROUP_GAP if grouped else bar_pitch
    rows = tuple(_Row(lines, max(per_row, _block(lines, TEXT_PX) + 10)) for lines in labels)
    return _BarsPlan(bars, label_width, series_width, rows, bar_pitch)


@dataclass(frozen=True)
class _ChamberPlan:
    """A hemicycle laid out: the arch, then the legend's entries in one or two columns."""

    columns: int
    labels: tuple[tuple[str, ...], ...]

    def row_heights(self) -> list[float]:
        """The height of each row of legend entries."""
        rows = [self.labels[i : i + self.columns] for i in range(0, len(self.labels), self.columns)]
        return [max(_block(lines, TEXT_PX) for lines in row) + 12 for row in rows]

    @property
    def legend_height(self) -> float:
        return sum(self.row_heights())

    @property
    def height(self) -> float:
        return _arch_height() + LEGEND_GAP + self.legend_height


def _plan_chamber(chamber: Chamber, *, compact: bool = False) -> _ChamberPlan:
    """The legend in two columns when every label fits there on at most two lines, else one;
    `compact`: two columns of the short labels (party abbreviations), for a picture short of
    room."""
    entries = chamber.legend
    half = INNER / 2 - KEY_PX - 26
    if compact:
        return _ChamberPlan(2, tuple(tuple(wrap(g.alt or g.label, TEXT_PX, half)) for g in entries))
    two = [tuple(wrap(g.label, TEXT_PX, half)) for g in entries]
    if len(entries) > 2 and all(len(lines) <= 2 for lines in two):
        one_line = all(len(lines) == 1 for lines in two)
        if one_line or len(entries) > 5:
            return _ChamberPlan(2, tuple(two))
    return _ChamberPlan(
        1, tuple(tuple(wrap(g.label, TEXT_PX, INNER - KEY_PX - 16)) for g in entries)
    )


def _arch_height() -> float:
    return INNER / 2 * (1 + ARCH_TOP + ARCH_BOTTOM)


@dataclass(frozen=True)
class _Plan:
    """The whole picture laid out: text blocks, panel plans and the height in pixels."""

    title: tuple[str, ...]
    subtitle: tuple[str, ...]
    footer: tuple[str, ...]
    panels: tuple[_BarsPlan | _ChamberPlan, ...]
    height: float


def _plan(chart: Chart) -> _Plan:
    """Lay the chart out with the roomiest row pitch that keeps it within `MAX_HEIGHT`."""
    frame = chart.frame
    title = tuple(wrap(frame.title, TITLE_PX, INNER, bold=True))
    subtitle = tuple(wrap(frame.subtitle, SUBTITLE_PX, INNER))
    footer = tuple(wrap(frame.footer, FOOTER_PX, INNER))
    text = TOP + _block(title, TITLE_PX) + BOTTOM + _block(footer, FOOTER_PX)
    text += (8 + _block(subtitle, SUBTITLE_PX) if subtitle else 0) + GAP * (len(chart.panels) + 1)
    bars = any(isinstance(p, Bars) for p in chart.panels)
    chamber = any(isinstance(p, Chamber) for p in chart.panels)
    pitch, compact = float(ROW_MAX), False
    while True:
        panels = tuple(
            _plan_chamber(p, compact=compact) if isinstance(p, Chamber) else _plan_bars(p, pitch)
            for p in chart.panels
        )
        height = text + sum(p.height for p in panels)
        if height <= MAX_HEIGHT:
            break
        if bars and pitch > ROW_MIN:
            pitch -= 2
        elif chamber and not compact:
            compact = True
        else:
            break
    return _Plan(title, subtitle, footer, panels, max(float(MIN_HEIGHT), math.ceil(height)))


# --- the figure ------------------------------------------------------------------------------


def png(chart: Chart) -> bytes:
    """Draw the chart and return PNG bytes (same input, same bytes: no metadata is written)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with style():
        canvas = FigureCanvasAgg(figure(chart))
        canvas.draw()  # type: ignore[no-untyped-call]
        rgba = np.asarray(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return encode_png(rgba[:, :, :3])


def encode_png(rgb: NDArray[np.uint8]) -> bytes:
    """RGB pixels (height x width x 3) as a PNG file: rows unfiltered, zlib at level 1.

    A chart is mostly runs of flat colour, which deflate packs well without PNG's row filters;
    skipping them (Pillow always tries all five on every row) makes encoding about five times
    faster and the file no larger.
    """
    import zlib

    import numpy as np

    height, width, _ = rgb.shape
    rows = np.zeros((height, width * 3 + 1), dtype=np.uint8)  # each row: filter type 0, pixels
    rows[:, 1:] = rgb.reshape(height, width * 3)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    body = zlib.compress(rows.tobytes(), 1)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def _chunk(kind: bytes, data: bytes) -> bytes:
    import zlib

    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def figure(chart: Chart) -> Figure:
    """The chart as a matplotlib figure on an Agg canvas, laid out in pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    plan = _plan(chart)
    fig = Figure(figsize=(WIDTH / DPI, plan.height / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    canvas = _Canvas(fig, plan.height)
    y = float(TOP)
    canvas.text(plan.title, TITLE_PX, y, fontweight="bold", color=INK)
    y += _block(plan.title, TITLE_PX)
    if plan.subtitle:
        canvas.text(plan.subtitle, SUBTITLE_PX, y + 8, color=SOFT_INK)
        y += 8 + _block(plan.subtitle, SUBTITLE_PX)
    y += GAP
    for panel, laid in zip(chart.panels, plan.panels, strict=True):
        if isinstance(panel, Chamber) and isinstance(laid, _ChamberPlan):
            _draw_chamber(canvas, panel, laid, y)
        elif isinstance(laid, _BarsPlan):
            _draw_bars(canvas.axes(y, laid.height), laid)
        y += laid.height + GAP
    footer_top = plan.height - BOTTOM - _block(plan.footer, FOOTER_PX)
    canvas.text(plan.footer, FOOTER_PX, footer_top, color=SOFT_INK)
    return fig


@dataclass(frozen=True)
class _Canvas:
    """Places text and axes on the figure in pixels from its top-left corner."""

    fig: Figure
    height: float

    def text(self, lines: Sequence[str], px: float, top: float, **kw: Any) -> None:
        if lines:
            self.fig.text(
                MARGIN / WIDTH,
                1 - top / self.height,
                "\n".join(lines),
                fontsize=px,
                ha="left",
                va="top",
                linespacing=LEADING,
                **kw,
            )

    def axes(self, top: float, height: float, *, pixels: bool = True) -> Axes:
        """Axes between the margins, `height` px tall at `top`; data units are pixels from the
        axes' top-left corner unless `pixels` is False."""
        rect = (
            MARGIN / WIDTH,
            1 - (top + height) / self.height,
            INNER / WIDTH,
            height / self.height,
        )
        ax = self.fig.add_axes(rect)
        ax.axis("off")
        if pixels:
            ax.set_xlim(0, INNER)
            ax.set_ylim(height, 0)
        return ax


# --- hemicycle -------------------------------------------------------------------------------


def _draw_chamber(canvas: _Canvas, chamber: Chamber, plan: _ChamberPlan, top: float) -> None:
    geo = layout(chamber.total)
    ax = canvas.axes(top, _arch_height(), pixels=False)
    ax.set_xlim(0, 2)
    ax.set_ylim(-ARCH_BOTTOM, 1 + ARCH_TOP)
    ax.set_aspect("equal")
    _draw_seats(ax, geo, chamber.groups)
    for mark in chamber.marks:
        _draw_mark(ax, geo, mark.seats, mark.label)
    ax.text(
        1,
        0.1,
        chamber.centre,
        fontsize=CENTRE_PX,
        va="baseline",
        ha="center",
        color=INK,
        fontweight="bold",
    )
    ax.text(1, 0.055, chamber.centre_label, fontsize=TEXT_PX, color=SOFT_INK, ha="center", va="top")
    legend_top = top + _arch_height() + LEGEND_GAP
    _draw_legend(canvas.axes(legend_top, plan.legend_height), chamber, plan)


def _seat_faces(group: SeatGroup) -> tuple[str, str, float]:
    """Face colour, edge colour and edge width (px) of one group's seats."""
    if group.style == "ring":
        return "white", group.color, 3.0
    if group.style == "appointed":
        return group.color, APPOINTED_EDGE, 2.2
    return group.color, group.color, 0.0


def _draw_seats(ax: Axes, geo: Layout, groups: Sequence[SeatGroup]) -> None:
    from matplotlib.collections import EllipseCollection

    faces: list[str] = []
    edges: list[str] = []
    widths: list[float] = []
    for group in groups:
        face, edge, width = _seat_faces(group)
        faces += [face] * group.seats
        edges += [edge] * group.seats
        widths += [width] * group.seats
    size = 2 * geo.seat_radius
    ax.add_collection(
        EllipseCollection(
            size,
            size,
            0.0,
            units="xy",
            offsets=[(s.x, s.y) for s in geo.seats],
            offset_transform=ax.transData,
            facecolors=faces,
            edgecolors=edges,
            linewidths=widths,
        )
    )


def _draw_mark(ax: Axes, geo: Layout, seats: int, label: str) -> None:
    angle = geo.mark_angle(seats)
    cos, sin = math.cos(angle), math.sin(angle)
    inner, outer = geo.inner - 0.02, geo.outer + 0.03
    ax.plot(
        [1 + inner * cos, 1 + outer * cos],
        [inner * sin, outer * sin],
        color=LINE_INK,
        linewidth=2.4,
        linestyle=DASH,
        solid_capstyle="butt",
    )
    ha = "center" if abs(cos) < 0.25 else ("left" if cos > 0 else "right")
    ax.text(
        1 + (outer + 0.015) * cos,
        (outer + 0.015) * sin,
        label,
        fontsize=TEXT_PX,
        color=INK,
        ha=ha,
        va="bottom",
    )


def _draw_legend(ax: Axes, chamber: Chamber, legend: _ChamberPlan) -> None:
    column = INNER / legend.columns
    y = 0.0
    heights = legend.row_heights()
    for index, (group, lines) in enumerate(zip(chamber.legend, legend.labels, strict=True)):
        row, col = divmod(index, legend.columns)
        if col == 0 and row:
            y += heights[row - 1]
        x = col * column
        face, edge, width = _seat_faces(group)
        centre = y + TEXT_PX * LEADING / 2
        ax.scatter(
            [x + KEY_PX / 2],
            [centre],
            s=(KEY_PX - width) ** 2,
            c=[face],
            edgecolors=[edge],
            linewidths=width,
        )
        ax.text(
            x + KEY_PX + 14,
            y,
            "\n".join(lines),
            fontsize=TEXT_PX,
            color=INK,
            ha="left",
            va="top",
            linespacing=LEADING,
        )


# --- bars ------------------------------------------------------------------------------------


def _per_unit(plan: _BarsPlan) -> float:
    """Pixels per unit of value: the longest bar and every figure after its bar fit."""
    bars = plan.bars
    cells = [c for r in bars.rows for c in r.cells]
    room = INNER - plan.label_width - plan.series_width
    figures = max(text_width(c.text, plan.figure_px, bold=True) for c in cells) + 10
    high = max([c.value for c in cells] + [line.value for line in bars.lines]) or 1.0
    return (room - figures) / high


def _draw_bars(ax: Axes, plan: _BarsPlan) -> None:
    bars = plan.bars
    per_unit = _per_unit(plan)
    start = plan.label_width + plan.series_width
    lines = [start + line.value * per_unit for line in bars.lines]
    grouped = len(bars.series) > 1
    boxes: list[tuple[float, float, str]] = []  # (middle, length, colour) of every bar
    y = plan.line_row
    for row, laid in zip(bars.rows, plan.rows, strict=True):
        used = laid.height - (GROUP_GAP if grouped else 0)
        faded = all(c.muted for c in row.cells)
        ax.text(
            0,
            y + used / 2,
            "\n".join(laid.lines),
            fontsize=TEXT_PX,
            va="center",
            ha="left",
            linespacing=LEADING,
            color=SOFT_INK if faded else INK,
        )
        top = y + (used - plan.pitch * len(row.cells)) / 2
        for i, cell in enumerate(row.cells):
            middle = top + plan.pitch * (i + 0.5)
            if grouped:
                ax.text(
                    plan.label_width,
                    middle,
                    bars.series[i],
                    fontsize=SERIES_PX,
                    va="center",
                    ha="left",
                    color=SOFT_INK,
                )
            colour = MUTED if cell.muted else row.color
            length = cell.value * per_unit
            boxes.append((middle, length, colour))
            ink = SOFT_INK if cell.muted else INK
            _draw_figure(ax, cell.text, plan.figure_px, start, length, middle, lines, colour, ink)
        y += laid.height
    middles, lengths, colours = zip(*boxes, strict=True)
    ax.barh(
        middles, lengths, height=min(0.64 * plan.pitch, 36.0), left=start, color=colours, zorder=2
    )
    for line, x in zip(bars.lines, lines, strict=True):
        ax.vlines(x, LINE_ROW - 6, y, colors=LINE_INK, linewidth=2.2, linestyles=DASH, zorder=1)
        fits_right = x + 6 + text_width(line.label, TEXT_PX) <= INNER
        ax.text(
            x + 6 if fits_right else x - 6,
            LINE_ROW / 2 - 4,
            line.label,
            fontsize=TEXT_PX,
            color=INK,
            va="center",
            ha="left" if fits_right else "right",
        )


def _draw_figure(
    ax: Axes,
    text: str,
    size: float,
    start: float,
    length: float,
    middle: float,
    lines: Sequence[float],
    bar: str,
    ink: str,
) -> None:
    """A bar's figure after its end; where a reference line would cross it, inside the bar's
    end instead (in white on a dark bar), or past the line when the bar is too short."""
    width = text_width(text, size, bold=True)
    x, ha = start + length + 8, "left"
    if any(x - 6 <= line <= x + width + 6 for line in lines):
        if length >= width + 20:
            x, ha = start + length - 8, "right"
            ink = "white" if _luminance(bar) < 0.45 else INK
        else:
            x = max(line for line in lines if line >= x - 6) + 8
    ax.text(
        x, middle, text, fontsize=size, fontweight="bold", va="center", ha=ha, color=ink, zorder=3
    )


def _luminance(colour: str) -> float:
    """Relative luminance of a `#RRGGBB` colour (WCAG), 0 black to 1 white."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
