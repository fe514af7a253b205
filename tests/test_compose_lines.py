"""`compose.lines.figures` and `years`: what a line states, remembered per line."""

from __future__ import annotations

import pytest

from sailau.compose.lines import figures, years


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nur Otan won 5 148 074 votes (71,09 %) in 2021.", {"5 148 074", "71,09"}),
        ("Явка на 14:00 составила 42,5 %", {"42,5"}),
        ("Сайлау 2021 жылғы 10 қаңтарда өтті", {"10"}),
        ("No figure here", set()),
        ("12:30", set()),
        ("1:2", {"1", "2"}),  # no time of day: a colon without two digits after it
    ],
)
def test_figures_leave_out_years_and_times_of_day(text: str, found: set[str]) -> None:
    assert figures(text) == found
    assert figures(text) is figures(text)  # remembered, and so never to be changed in place
    assert isinstance(figures(text), frozenset)


def test_years_are_election_years_standing_alone() -> None:
    assert years("2016 and 2021, not 12021 or 1999x") == {"2016", "2021", "1999"}
    assert isinstance(years("2016"), frozenset)
