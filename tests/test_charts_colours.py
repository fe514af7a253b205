"""Party colours: told apart in every chart, by normal eyes and as colour-blind eyes see them.

Colours are compared in CIELAB (CIE76 distance, D65 white). Colour-blind vision is simulated
with the Machado, Oliveira and Fernandes (2009) matrices at full severity, for protanopia and
deuteranopia (together about 6 % of men), applied in linear RGB.
"""

from __future__ import annotations

from itertools import combinations, pairwise

import numpy as np
import pytest

from sailau.charts import build
from sailau.charts.views import NEUTRAL, PLAIN, Bars, Chamber, Chart
from sailau.factbase import load_factbase
from sailau.reply import ChartSpec
from tests.test_charts import SPECS, spec_id

APART = 35.0
"""The least CIELAB distance between two parties' colours in one chart (about "clearly
different at a glance"; 2.3 is the smallest difference anyone notices)."""
APART_COLOUR_BLIND = 15.0
"""The same as a protanope or deuteranope sees them: smaller, but still plainly distinct."""

PROTANOPIA = np.array(
    [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ]
)
DEUTERANOPIA = np.array(
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]
)
SRGB_TO_XYZ = np.array(
    [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
)
WHITE = np.array([0.95047, 1.0, 1.08883])


def _linear(colour: str) -> np.ndarray:
    srgb = np.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _lab(linear: np.ndarray) -> np.ndarray:
    xyz = SRGB_TO_XYZ @ np.clip(linear, 0, 1) / WHITE
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def distances(a: str, b: str) -> tuple[float, float, float]:
    """CIELAB distance for normal vision, protanopia and deuteranopia."""
    la, lb = _linear(a), _linear(b)
    return tuple(
        float(np.linalg.norm(_lab(m @ la) - _lab(m @ lb)))
        for m in (np.eye(3), PROTANOPIA, DEUTERANOPIA)
    )  # type: ignore[return-value]


def _assert_apart(a: str, b: str, where: str) -> None:
    normal, protan, deutan = distances(a, b)
    assert normal >= APART, f"{where}: {a} and {b} look alike ({normal:.1f})"
    assert min(protan, deutan) >= APART_COLOUR_BLIND, (
        f"{where}: {a} and {b} look alike to colour-blind eyes ({protan:.1f}, {deutan:.1f})"
    )


def party_colours(chart: Chart) -> list[str]:
    """The colours that stand for parties, in the order they are drawn (neighbours adjacent)."""
    drawn: list[str] = []
    for panel in chart.panels:
        if isinstance(panel, Chamber):
            drawn += [g.color for g in panel.legend if g.style != "appointed"]
        elif isinstance(panel, Bars):
            drawn += [r.color for r in panel.rows if not all(c.muted for c in r.cells)]
    return [c for c in drawn if c not in (NEUTRAL, PLAIN)]


def test_the_two_largest_parties_are_no_longer_both_blue() -> None:
    fb = load_factbase()
    for election in fb.elections.values():
        first, second = (fb.party(row.party).colour for row in election.ranked[:2])
        _assert_apart(first, second, f"{election.year}: the two largest parties")


def test_parties_of_one_election_are_told_apart() -> None:
    fb = load_factbase()
    for election in fb.elections.values():
        for a, b in combinations(election.ranked, 2):
            where = f"{election.year}: {a.party} and {b.party}"
            _assert_apart(fb.party(a.party).colour, fb.party(b.party).colour, where)


@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_every_chart_tells_its_parties_apart(spec: ChartSpec) -> None:
    colours = party_colours(build(spec, "en"))
    for a, b in pairwise(colours):
        if a != b:  # a party's district seats follow its list seats in the same colour
            _assert_apart(a, b, f"{spec_id(spec)}: neighbours")
    for a, b in combinations(dict.fromkeys(colours), 2):
        _assert_apart(a, b, spec_id(spec))


def test_the_check_catches_look_alikes() -> None:
    with pytest.raises(AssertionError, match="look alike"):
        _assert_apart("#0072B2", "#56B4E9", "the old Nur Otan and Ak Zhol blues")
    with pytest.raises(AssertionError, match="colour-blind"):
        _assert_apart("#D55E00", "#00A000", "an orange-red and a green of one lightness")
