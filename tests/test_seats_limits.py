"""The calculator's own limits: no request, from any front end, can make it run long."""

from __future__ import annotations

import pytest

import bot
from sailau.seats.allocation import MAX_PARTIES, MAX_SEATS, MAX_VOTES, SeatError
from sailau.seats.methods import METHODS
from sailau.seats.scenario import custom, parse_percent


@pytest.mark.parametrize("method", METHODS)
def test_the_largest_chamber_allowed_is_allocated(method: str) -> None:
    votes = {f"P{i}": 1_000_000 + 7919 * i for i in range(MAX_PARTIES)}
    allocation = custom(votes, MAX_SEATS, method).allocate()
    assert allocation.total == MAX_SEATS


@pytest.mark.parametrize("method", METHODS)
def test_more_seats_than_the_limit_are_refused(method: str) -> None:
    with pytest.raises(SeatError, match=f"at most {MAX_SEATS:,}, not 100,000,000"):
        METHODS[method].evaluate({"A": 5, "B": 3}, 100_000_000)


def test_more_parties_than_the_limit_are_refused() -> None:
    votes = {f"P{i}": 1 for i in range(MAX_PARTIES + 1)}
    with pytest.raises(SeatError, match=f"at most {MAX_PARTIES} parties"):
        custom(votes, 10, "dhondt").allocate()


def test_more_votes_than_the_limit_are_refused() -> None:
    with pytest.raises(SeatError, match="votes for A must be at most"):
        custom({"A": MAX_VOTES + 1, "B": 1}, 10, "huntington_hill").allocate()


def test_more_ballots_than_the_limit_are_refused() -> None:
    scenario = custom({"A": 5, "B": 3}, 10, "hare", parse_percent(5), ballots=MAX_VOTES + 1)
    with pytest.raises(SeatError, match="ballots cast must be at most"):
        scenario.allocate()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1e-999999999", "at most 4 decimals"),  # once a billion-digit Fraction
        ("3.33333", "at most 4 decimals"),
        ("1" * 40, "a percentage like 5 or 3.5"),
    ],
)
def test_thresholds_past_the_display_precision_are_refused(text: str, message: str) -> None:
    with pytest.raises(SeatError, match=message):
        parse_percent(text)


@pytest.mark.parametrize(
    ("text", "share"),
    [("0e-999999999", 0), ("5.2500", 0.0525), ("1E+1", 0.1), ("3,3333 %", 0.033333)],
)
def test_thresholds_within_the_precision_are_read(text: str, share: float) -> None:
    assert float(parse_percent(text)) == pytest.approx(share)


def test_the_command_line_refuses_a_huge_chamber_at_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before the limit this ran for more than 20 s (a divisor table of 100 million rows).
    argv = ["seats", "--election", "kz-2021", "--seats", "100000000", "--method", "dhondt"]
    assert bot.main(argv) == 2
    assert "at most 1,000" in capsys.readouterr().err
