"""Chart geometry and drawing on small made-up inputs (no fact base): layout holds at the edges."""

from __future__ import annotations

import math
from io import BytesIO

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.image import imread
from PIL import Image

from sailau.charts.builders import percent_of, two_thirds
from sailau.charts.draw import MAX_HEIGHT, MIN_HEIGHT, WIDTH, encode_png, figure, png, style
from sailau.charts.geometry import layout
from sailau.charts.summary import CAPTION_LIMIT, summary
from sailau.charts.views import (
    BarRow,
    Bars,
    Cell,
    Chamber,
    Chart,
    Frame,
    Mark,
    RefLine,
    SeatGroup,
)


@given(st.integers(min_value=1, max_value=600))
@settings(max_examples=60, deadline=None)
def test_every_seat_has_a_place_left_to_right(total: int) -> None:
    geo = layout(total)
    assert len(geo.seats) == total
    angles = [s.angle for s in geo.seats]
    assert angles == sorted(angles, reverse=True)
    for seat in geo.seats:
        assert geo.inner < math.hypot(seat.x - 1, seat.y) < geo.outer
        assert 0 <= seat.x <= 2 and 0 <= seat.y <= 1


@given(st.integers(min_value=2, max_value=600), st.data())
@settings(max_examples=60, deadline=None)
def test_a_mark_has_its_seats_on_the_left(total: int, data: st.DataObject) -> None:
    geo = layout(total)
    seats = data.draw(st.integers(min_value=1, max_value=total - 1))
    angle = geo.mark_angle(seats)
    left = sum(s.angle > angle + 1e-9 for s in geo.seats)
    on = sum(abs(s.angle - angle) <= 1e-9 for s in geo.seats)  # a column of seats at one angle
    assert left <= seats <= left + on


def test_a_mark_outside_the_chamber_is_refused() -> None:
    with pytest.raises(ValueError, match="0 < seats"):
        layout(10).mark_angle(10)
    with pytest.raises(ValueError, match="at least one seat"):
        layout(0)


@pytest.mark.parametrize(("total", "mark"), [(3, 2), (98, 66), (100, 67), (107, 72), (150, 100)])
def test_two_thirds_is_the_smallest_count_reaching_it(total: int, mark: int) -> None:
    assert two_thirds(total) == mark
    assert 3 * mark >= 2 * total > 3 * (mark - 1)


def test_percent_of_rounds_half_up_to_two_decimals() -> None:
    assert str(percent_of(1, 8)) == "12.50"
    assert str(percent_of(1, 3)) == "33.33"
    assert str(percent_of(2, 3)) == "66.67"
    assert str(percent_of(0, 5)) == "0.00"


LONG = "A party name long enough to need two lines when it labels a row of bars on a phone"
FRAME = Frame(" ".join(["Title"] * 12), " ".join(["subtitle"] * 30), "Source: CEC (a wire, 1 May)")
CHARTS = {
    "chamber": Chart(
        FRAME,
        (
            Chamber(
                (
                    SeatGroup("A: 5 (3 + 2)", 3, "#0072B2"),
                    SeatGroup("", 2, "#0072B2", "ring"),
                    SeatGroup(LONG, 4, "#D55E00", alt="LP: 4"),
                    SeatGroup("Tie: 1", 1, "#999999", "ring"),
                    SeatGroup("Appointed: 2", 2, "#999999", "appointed"),
                ),
                (Mark(7, "7: majority"), Mark(8, "8: two-thirds")),
                "12",
                "seats",
            ),
        ),
    ),
    "bars": Chart(
        FRAME,
        (
            Bars(
                (
                    BarRow(LONG, "#009E73", (Cell(90, "90%"),)),
                    BarRow("B", "#009E73", (Cell(0, "0%", muted=True),)),
                    BarRow("x", "#000000", (Cell(3.5, "3.5%", muted=True),)),
                    BarRow("y", "#000000", (Cell(5.2, "5.2%"),)),
                ),
                lines=(RefLine(5, "5% threshold"),),
            ),
        ),
    ),
    "grouped": Chart(
        FRAME,
        (
            Bars(
                (
                    BarRow(LONG, "#0072B2", (Cell(70, "70%"), Cell(0, "—", muted=True))),
                    BarRow("B", "#F0E442", (Cell(12, "12%"), Cell(14, "14%"))),
                ),
                series=("votes", "seats"),
            ),
        ),
    ),
}


@pytest.mark.parametrize("name", CHARTS)
def test_long_text_wraps_inside_the_figure(name: str) -> None:
    with style():
        fig = figure(CHARTS[name])
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        fig.draw(renderer)
    texts = list(fig.texts) + [t for ax in fig.axes for t in ax.texts]
    assert texts
    for text in texts:
        box = text.get_window_extent(renderer)
        assert fig.bbox.x0 - 1 <= box.x0 and box.x1 <= fig.bbox.x1 + 1, text.get_text()
        assert fig.bbox.y0 - 1 <= box.y0 and box.y1 <= fig.bbox.y1 + 1, text.get_text()


@pytest.mark.parametrize("name", CHARTS)
def test_png_is_phone_sized_and_the_same_every_time(name: str) -> None:
    data = png(CHARTS[name])
    assert data == png(CHARTS[name])
    height, width = imread(BytesIO(data), format="png").shape[:2]
    assert width == WIDTH
    assert MIN_HEIGHT <= height <= MAX_HEIGHT


def test_a_picture_too_tall_for_a_phone_shrinks_its_rows_to_fit() -> None:
    rows = tuple(BarRow(f"Region {i}", "#5a5a5a", (Cell(i, f"{i}%"),)) for i in range(22))
    chart = Chart(Frame("Turnout", "Twenty-two regions", "Source: CEC"), (Bars(rows),))
    height = imread(BytesIO(png(chart)), format="png").shape[0]
    assert height <= MAX_HEIGHT


def test_png_encoding_keeps_every_pixel() -> None:
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, size=(37, 53, 3), dtype=np.uint8)
    with Image.open(BytesIO(encode_png(pixels))) as decoded:
        assert decoded.mode == "RGB"
        assert (np.asarray(decoded) == pixels).all()


def test_a_long_caption_keeps_its_title_and_source() -> None:
    many = Bars(tuple(BarRow(f"Region {i}", "#5a5a5a", (Cell(i, f"{i}.00%"),)) for i in range(200)))
    chart = Chart(Frame("Title", "Subtitle", "Source: CEC"), (many,))
    text = summary(chart)
    assert len(text) <= CAPTION_LIMIT
    assert text.startswith("Title\nSubtitle\n")
    assert text.endswith("…\nSource: CEC")


def test_caption_names_each_series() -> None:
    text = summary(CHARTS["grouped"])
    assert "B — votes: 12%, seats: 14%" in text
