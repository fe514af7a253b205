"""Matplotlib drawing of chart views into PNG bytes (Agg, no pyplot, deterministic metadata).

Everything is laid out in inches on a fixed-width figure sized for a phone: Telegram shows a photo
about 400 px wide, so the figure is 5 in wide and no text is smaller than 9 pt (about 10 px there).
`png()` is the entry point (`figure()` and `style()` are public for tests that measure text);
matplotlib is imported when it is first called, and only its Agg canvas is used.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from io import BytesIO
from typing import TYPE_CHECKING, Any

from sailau.charts.geometry import Layout, layout
from sailau.charts.views import Bars, Chamber, Chart, Panel, SeatGroup

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

WIDTH = 5.0  # inches
DPI = 160  # 800 px wide: sharp on a phone (twice the 400 px it is shown at), light to upload
MARGIN = 0.18  # left/right margin, inches
TITLE_PT, SUBTITLE_PT, HEADING_PT, TEXT_PT, FOOTER_PT, CENTRE_PT = 13.0, 10.0, 11.0, 10.0, 9.0, 22.0
INK, SOFT_INK, MUTED, GRID = "#1a1a1a", "#4d4d4d", "#b3b3b3", "#d9d9d9"
APPOINTED_EDGE = "#1a1a1a"
DASH = (0, (3, 2))
LINE = 1.3  # line height, in em

ROW_IN = 0.22  # a bar label line or a bar, inches
LEGEND_KEY = 0.4  # a legend entry's seat key and gap, inches
INLINE_SHARE = 0.4  # labels narrower than this share of the width go left of their bar
GROUP_GAP = 0.07  # below a group heading, inches
ARCH_IN = WIDTH - 2 * MARGIN  # hemicycle width; its height is half of it plus the mark labels
ARCH_TOP = 0.17  # room above the arch for mark labels, in arch units (1 = the outer radius)
ARCH_BOTTOM = 0.04


@dataclass(frozen=True)
class _Lines:
    """Wrapped text and the height it takes."""

    text: str
    pt: float

    @property
    def height(self) -> float:
        return 0.0 if not self.text else (self.text.count("\n") + 1) * self.pt * LINE / 72


@cache
def _font(pt: float, bold: bool) -> FontProperties:
    from matplotlib.font_manager import FontProperties

    return FontProperties(family="DejaVu Sans", size=pt, weight="bold" if bold else "normal")


@cache
def _ruler() -> RendererAgg:
    """An Agg renderer at 72 dpi (1 px = 1 pt) used only to measure text before layout."""
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(8, 8, 72)  # type: ignore[no-untyped-call]


@lru_cache(maxsize=8192)
def _text_width(text: str, pt: float, *, bold: bool = False) -> float:
    """The exact width of one line of text, in inches (cached: words and labels repeat)."""
    ruler = _ruler()
    width, _, _ = ruler.get_text_width_height_descent(  # type: ignore[no-untyped-call]
        text, _font(pt, bold), ismath=False
    )
    return float(width) / 72


def _wrap(text: str, pt: float, *, bold: bool = False, width: float = ARCH_IN) -> _Lines:
    """`text` broken at spaces into lines no wider than `width` inches.

    Line widths are the sum of measured words and spaces (kerning across a space is nil), so
    each distinct word is measured once.
    """
    space = _text_width("x x", pt, bold=bold) - 2 * _text_width("x", pt, bold=bold)
    lines: list[str] = []
    used = 0.0
    for word in text.split(" "):
        size = _text_width(word, pt, bold=bold)
        if lines and used + space + size <= width * 0.98:
            lines[-1] += " " + word
            used += space + size
        else:
            lines.append(word)
            used = size
    return _Lines("\n".join(lines), pt)


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


def png(chart: Chart) -> bytes:
    """Draw the chart and return PNG bytes (same input, same bytes: no metadata is written)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    with style():
        canvas = FigureCanvasAgg(figure(chart))
        canvas.draw()  # type: ignore[no-untyped-call]
        rgba = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
        pixels = Image.frombuffer("RGBA", canvas.get_width_height(), rgba, "raw", "RGBA", 0, 1)
    out = BytesIO()
    # RGB at a middle compression level: a third faster to encode than savefig's RGBA default.
    pixels.convert("RGB").save(out, format="PNG", compress_level=3)
    return out.getvalue()


def figure(chart: Chart) -> Figure:
    """The chart as a matplotlib figure on an Agg canvas, laid out in inches."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    title = _wrap(chart.frame.title, TITLE_PT, bold=True)
    subtitle = _wrap(chart.frame.subtitle, SUBTITLE_PT)
    footer = _wrap(chart.frame.footer, FOOTER_PT)
    heights = [_panel_height(p) for p in chart.panels]
    gap = 0.16
    top = 0.14 + title.height + (subtitle.height + 0.06 if subtitle.text else 0) + gap
    bottom = footer.height + 0.16
    total = top + sum(heights) + gap * (len(heights) - 1) + bottom

    fig = Figure(figsize=(WIDTH, total), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    _put(fig, title, total - 0.14, total, fontweight="bold", color=INK)
    _put(fig, subtitle, total - 0.2 - title.height, total, color=SOFT_INK)
    y = total - top
    for panel, height in zip(chart.panels, heights, strict=True):
        _draw_panel(fig, panel, y - height, height, total)
        y -= height + gap
    _put(fig, footer, 0.08 + footer.height, total, color=SOFT_INK)
    return fig


def _put(fig: Figure, lines: _Lines, top: float, total: float, **style: Any) -> None:
    """Wrapped text between the margins, its top `top` inches above the figure's bottom."""
    if lines.text:
        fig.text(
            MARGIN / WIDTH,
            top / total,
            lines.text,
            fontsize=lines.pt,
            ha="left",
            va="top",
            linespacing=LINE,
            **style,
        )


def _panel_height(panel: Panel) -> float:
    if isinstance(panel, Chamber):
        return _arch_height() + _legend_height(panel)
    return _bars_height(panel)


def _draw_panel(fig: Figure, panel: Panel, bottom: float, height: float, total: float) -> None:
    if isinstance(panel, Chamber):
        _draw_chamber(fig, panel, bottom, total)
    else:
        _draw_bars(_axes(fig, bottom, height, total), panel)


def _axes(fig: Figure, bottom: float, height: float, total: float) -> Axes:
    """Axes spanning the width between the margins, `height` inches tall at `bottom` inches."""
    return fig.add_axes((MARGIN / WIDTH, bottom / total, ARCH_IN / WIDTH, height / total))


# --- hemicycle ---------------------------------------------------------------------------


def _arch_height() -> float:
    return ARCH_IN / 2 * (1 + ARCH_TOP + ARCH_BOTTOM)


def _legend_columns(chamber: Chamber) -> int:
    longest = max(_text_width(g.label, TEXT_PT) for g in chamber.legend)
    fits_two = longest + LEGEND_KEY < ARCH_IN / 2
    return 2 if fits_two and len(chamber.legend) > 2 else 1


def _legend_labels(chamber: Chamber) -> list[_Lines]:
    """Legend labels, wrapped to the width left of the seat key."""
    return [_wrap(g.label, TEXT_PT, width=ARCH_IN - LEGEND_KEY) for g in chamber.legend]


def _legend_height(chamber: Chamber) -> float:
    labels = _legend_labels(chamber)
    columns = _legend_columns(chamber)
    rows = math.ceil(len(labels) / columns)
    extra = sum(label.height for label in labels) / columns - rows * TEXT_PT * LINE / 72
    return 0.1 + rows * TEXT_PT * 1.45 / 72 + max(0.0, extra)


def _draw_chamber(fig: Figure, chamber: Chamber, bottom: float, total: float) -> None:
    geo = layout(chamber.total)
    legend_h = _legend_height(chamber)
    arch_h = _arch_height()
    ax = _axes(fig, bottom + legend_h, arch_h, total)
    ax.set_xlim(0, 2)
    ax.set_ylim(-ARCH_BOTTOM, 1 + ARCH_TOP)
    ax.set_aspect("equal")
    ax.axis("off")
    _draw_seats(ax, geo, chamber.groups)
    for mark in chamber.marks:
        _draw_mark(ax, geo, mark.seats, mark.label)
    ax.text(
        1,
        0.17,
        chamber.centre,
        fontsize=CENTRE_PT,
        fontweight="bold",
        color=INK,
        ha="center",
        va="bottom",
    )
    ax.text(1, 0.13, chamber.centre_label, fontsize=TEXT_PT, color=SOFT_INK, ha="center", va="top")
    leg = _axes(fig, bottom, legend_h, total)
    leg.axis("off")
    _draw_legend(leg, chamber)


def _seat_faces(group: SeatGroup) -> tuple[str, str, float]:
    """Face colour, edge colour and edge width of one group's seats."""
    if group.style == "ring":
        return "white", group.color, 1.6
    if group.style == "appointed":
        return group.color, APPOINTED_EDGE, 1.2
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
    inner, outer = geo.inner - 0.02, geo.outer + 0.04
    ax.plot(
        [1 + inner * cos, 1 + outer * cos],
        [inner * sin, outer * sin],
        color=INK,
        linewidth=1.4,
        linestyle=DASH,
        solid_capstyle="butt",
    )
    ha = "center" if abs(cos) < 0.25 else ("left" if cos > 0 else "right")
    ax.text(
        1 + (outer + 0.02) * cos,
        (outer + 0.02) * sin,
        label,
        fontsize=TEXT_PT,
        color=INK,
        ha=ha,
        va="bottom",
    )


def _draw_legend(ax: Axes, chamber: Chamber) -> None:
    from matplotlib.lines import Line2D

    handles = []
    for group, label in zip(chamber.legend, _legend_labels(chamber), strict=True):
        face, edge, width = _seat_faces(group)
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=11,
                markerfacecolor=face,
                markeredgecolor=edge,
                markeredgewidth=max(width, 0.01),
                label=label.text,
            )
        )
    ax.legend(
        handles=handles,
        loc="upper left",
        ncols=_legend_columns(chamber),
        frameon=False,
        fontsize=TEXT_PT,
        borderaxespad=0,
        borderpad=0.2,
        handletextpad=0.3,
        columnspacing=1.0,
        labelspacing=0.45,
        labelcolor=INK,
    )


# --- bars --------------------------------------------------------------------------------


_TEXT: dict[str, Any] = {"fontsize": TEXT_PT, "color": INK, "va": "center", "zorder": 3}
_CLEAR = {"bbox": {"facecolor": "white", "edgecolor": "none", "pad": 0.5}}
"""Text over a reference line or the zero line: a tight white box keeps the line off it."""


@dataclass(frozen=True)
class _Row:
    """One bar's place, in rows of ROW_IN from the top: its label (wrapped) and the bar's centre.

    An inline label is centred on the bar; a label above the bar hangs from `label_y`.
    """

    label: str
    label_y: float
    bar_y: float


def _label_column(bars: Bars) -> float:
    """Width of a label column left of the bars when the labels are short, else 0 (above)."""
    column = max(_text_width(b.label, TEXT_PT) for b in bars.bars) + 0.12
    return 0.0 if bars.signed or column > INLINE_SHARE * ARCH_IN else column


def _rows(bars: Bars) -> tuple[list[_Row], list[tuple[float, str]], float]:
    """Where every bar and group heading goes, and the height of the whole in rows."""
    inline = _label_column(bars) > 0
    y = 1.0 if bars.lines else 0.0
    group = ""
    rows: list[_Row] = []
    headings: list[tuple[float, str]] = []
    for bar in bars.bars:
        if bar.group and bar.group != group:
            y += 0.35 if headings else 0.0
            heading = _wrap(bar.group, HEADING_PT, bold=True)
            headings.append((y + 0.05, heading.text))
            y += (heading.height + GROUP_GAP) / ROW_IN
            group = bar.group
        if inline:
            rows.append(_Row(bar.label, y + 0.6, y + 0.6))
            y += 1.3
        else:
            label = _wrap(bar.label, TEXT_PT)
            below = label.height / ROW_IN
            rows.append(_Row(label.text, y + 0.05, y + below + 0.6))
            y += below + 1.2
    return rows, headings, y


def _bars_height(bars: Bars) -> float:
    return _rows(bars)[2] * ROW_IN


def _limits(bars: Bars) -> tuple[float, float]:
    """The x range: label column, every bar and the figure printed after it fit inside."""
    room = max(_text_width(b.text, TEXT_PT, bold=True) for b in bars.bars) + 0.1
    if bars.signed:
        span = max(abs(b.value) for b in bars.bars) or 1.0
        half = span / max(0.2, 1 - 2 * room / ARCH_IN)
        return -half, half
    high = max([b.value for b in bars.bars] + [line.value for line in bars.lines] + [0.0]) or 1.0
    column = _label_column(bars)
    per_inch = high / max(0.5, ARCH_IN - column - room)
    return -column * per_inch, high + room * per_inch


def _draw_bars(ax: Axes, bars: Bars) -> None:
    rows, headings, height = _rows(bars)
    low, high = _limits(bars)
    ax.set_xlim(low, high)
    ax.set_ylim(height, 0)
    ax.axis("off")
    text = _TEXT | (_CLEAR if bars.lines or bars.signed else {})
    if bars.signed:
        ax.axvline(0, color=SOFT_INK, linewidth=0.8)
    for line in bars.lines:
        ax.axvline(line.value, ymax=1 - 0.8 / height, color=INK, linewidth=1.2, linestyle=DASH)
        left = line.value < (low + high) / 2
        ax.text(line.value, 0.5, f" {line.label} ", ha="left" if left else "right", **text)
    ax.barh(
        [row.bar_y for row in rows],
        [bar.value for bar in bars.bars],
        height=0.8,
        color=[MUTED if bar.muted else bar.color for bar in bars.bars],
    )
    inline = _label_column(bars) > 0
    for bar, row in zip(bars.bars, rows, strict=True):
        ink = text | {"color": SOFT_INK if bar.muted else INK}
        hang = {} if inline else {"va": "top", "linespacing": LINE}
        ax.text(low, row.label_y, row.label, ha="left", **(ink | hang))
        end = bar.value if bars.signed or bar.value > 0 else 0.0
        ax.annotate(
            bar.text,
            (end, row.bar_y),
            xytext=(4 if end >= 0 else -4, 0),
            textcoords="offset points",
            ha="left" if end >= 0 else "right",
            fontweight="bold",
            **ink,
        )
    heading = text | {"fontsize": HEADING_PT, "va": "top", "linespacing": LINE}
    for y, words in headings:
        ax.text(low, y, words, ha="left", fontweight="bold", **heading)
