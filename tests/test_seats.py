"""Seat module: textbook examples for every method, boundary cases, explanations and indices."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from sailau.seats.allocation import Allocation, SeatError, Tie
from sailau.seats.explain import explain
from sailau.seats.indices import gallagher, loosemore_hanby, seats_vs_votes
from sailau.seats.kazakh import KazakhRule, SoleQualifierRule
from sailau.seats.marginal import votes_for_seat, votes_to_pass
from sailau.seats.methods import METHODS, HighestAverages, LargestRemainder, method_by_name
from sailau.seats.thresholds import (
    AbsoluteThreshold,
    AnyOf,
    Base,
    Conditioned,
    RunnerUpAdmitted,
    ShareThreshold,
)

DATA = Path(__file__).parent / "data" / "seats"
CASES: list[dict[str, Any]] = yaml.safe_load((DATA / "textbook.yaml").read_text("utf-8"))["cases"]
SEVEN = Fraction(7, 100)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['method']}-{c['seats']}")
def test_textbook_example(case: dict[str, Any]) -> None:
    allocation = method_by_name(case["method"]).evaluate(case["votes"], case["seats"])
    assert dict(allocation.seats) == case["expected"]
    assert list(allocation.seats) == list(case["votes"]), "every party, in input order"
    ties = tuple(Tie(tuple(parties), seats) for parties, seats in case.get("ties", []))
    assert allocation.ties == ties
    assert allocation.total == case["seats"]


def test_every_method_has_a_textbook_case() -> None:
    assert {c["method"] for c in CASES} == set(METHODS)


def test_tie_is_resolved_only_by_a_stated_order() -> None:
    allocation = METHODS["dhondt"].evaluate({"A": 10, "B": 10}, 3)
    assert allocation.resolved(["B", "A"]).seats == {"A": 1, "B": 2}
    assert allocation.resolved(["A", "B"]).seats == {"A": 2, "B": 1}
    with pytest.raises(SeatError, match="does not rank B"):
        allocation.resolved(["A"])


# --- thresholds --------------------------------------------------------------------------------


def test_party_exactly_at_an_inclusive_threshold_passes() -> None:
    # votelib 0.4.0 drops A here (engineering notes §5.6); the law says "7 % or more".
    assert ShareThreshold(SEVEN).verdict({"A": 700, "B": 9300}).passed == ("A", "B")


def test_party_exactly_at_a_strict_threshold_fails() -> None:
    assert ShareThreshold(SEVEN, inclusive=False).verdict({"A": 700, "B": 9300}).passed == ("B",)


def test_one_vote_below_the_threshold_fails() -> None:
    assert ShareThreshold(SEVEN).verdict({"A": 699, "B": 9301}).passed == ("B",)


def test_threshold_on_ballots_counts_ballots_not_party_votes() -> None:
    votes = {"A": 700, "B": 9300}
    on_ballots = ShareThreshold(SEVEN, Base.BALLOTS)
    assert on_ballots.verdict(votes, ballots=10_000).passed == ("A", "B")
    assert on_ballots.verdict(votes, ballots=10_001).passed == ("B",)
    with pytest.raises(SeatError, match="needs the number of ballots"):
        on_ballots.verdict(votes)
    with pytest.raises(SeatError, match="cannot be fewer"):
        on_ballots.verdict(votes, ballots=9_999)


def test_absolute_and_alternative_thresholds() -> None:
    votes = {"A": 5000, "B": 300, "C": 90}
    five_percent_or_300 = AnyOf((ShareThreshold(Fraction(5, 100)), AbsoluteThreshold(300)))
    assert five_percent_or_300.verdict(votes).passed == ("A", "B")
    assert AbsoluteThreshold(300, inclusive=False).verdict(votes).passed == ("A",)


def test_conditioned_gives_excluded_parties_zero_and_names_them() -> None:
    method = Conditioned(ShareThreshold(SEVEN), LargestRemainder())
    allocation = method.evaluate({"A": 6000, "B": 3500, "C": 500}, 10)
    assert allocation.seats == {"A": 6, "B": 4, "C": 0}
    assert allocation.excluded == ("C",)


def test_all_parties_below_the_threshold_is_a_clear_error() -> None:
    method = Conditioned(ShareThreshold(Fraction(50, 100), inclusive=False), HighestAverages())
    with pytest.raises(SeatError, match="no party passes the threshold"):
        method.evaluate({"A": 50, "B": 50}, 3)


def test_runner_up_is_admitted_when_only_one_party_passes() -> None:
    rule = RunnerUpAdmitted(ShareThreshold(SEVEN))
    verdict = rule.verdict({"A": 9000, "B": 600, "C": 400})
    assert (verdict.passed, verdict.admitted) == (("A",), ("B",))
    assert rule.verdict({"A": 8000, "B": 1500, "C": 500}).admitted == ()


def kazakh(sole: SoleQualifierRule = SoleQualifierRule.ADMITTED) -> KazakhRule:
    # Figures of the disputed readings as the fact sheet gives them (§7a): 0.7 and 2 seats.
    return KazakhRule(
        threshold=RunnerUpAdmitted(ShareThreshold(SEVEN, Base.BALLOTS)),
        method=LargestRemainder("hare"),
        sole_rule=sole,
        runner_up_min_seats=2,
        correction_coefficient=Fraction(7, 10),
    )


ONE_PASSES = {"A": 9400, "B": 100, "C": 50}


def test_kazakh_rule_with_one_party_over_the_threshold() -> None:
    allocation = kazakh().evaluate(ONE_PASSES, 98, ballots=9600)
    # Hare quota over A and B only: 9500 / 98; A 96.97 -> 96 + 1, B 1.03 -> 1.
    assert allocation.seats == {"A": 97, "B": 1, "C": 0}
    assert allocation.admitted == ("B",)
    assert allocation.excluded == ("C",)
    assert "sole_rule:admitted" in allocation.notes


def test_kazakh_disputed_readings_are_explicit_options() -> None:
    at_least_two = kazakh(SoleQualifierRule.MIN_SEATS).evaluate(ONE_PASSES, 98, ballots=9600)
    assert at_least_two.seats == {"A": 96, "B": 2, "C": 0}
    weighted = kazakh(SoleQualifierRule.COEFFICIENT).evaluate(ONE_PASSES, 98, ballots=9600)
    # B: 0.7 * 100 * 98 / 9500 = 0.72 -> remainder seat; A: 97.01 -> 97.
    assert weighted.seats == {"A": 97, "B": 1, "C": 0}
    assert weighted.total == 98


def test_kazakh_rule_with_no_party_over_the_threshold() -> None:
    with pytest.raises(SeatError, match="no party passes"):
        kazakh().evaluate({"A": 60, "B": 40}, 98, ballots=10_000)


def test_kazakh_remainder_tie_goes_to_the_party_registered_first() -> None:
    rule = KazakhRule(ShareThreshold(SEVEN), LargestRemainder(), tie_order=("B", "A", "C"))
    allocation = rule.evaluate({"A": 100, "B": 100, "C": 100}, 2)
    assert allocation.seats == {"A": 1, "B": 1, "C": 0}
    assert allocation.ties == ()


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("votes", "seats", "message"),
    [
        ({"A": -1, "B": 5}, 3, "votes for A must be a whole number of at least 0"),
        ({"A": 1, "B": 5}, 0, "at least 1"),
        ({}, 3, "no parties"),
        ({"A": 0, "B": 0}, 3, "nothing to allocate"),
    ],
)
def test_bad_input_is_refused_clearly(votes: dict[str, int], seats: int, message: str) -> None:
    for method in METHODS.values():
        with pytest.raises(SeatError, match=message):
            method.evaluate(votes, seats)


def test_unknown_method_lists_the_known_ones() -> None:
    with pytest.raises(SeatError, match="unknown method 'borda'; known: hare, droop"):
        method_by_name("borda")


def test_imperiali_quota_over_award_is_an_error() -> None:
    with pytest.raises(SeatError, match="more than the 3 to fill"):
        METHODS["imperiali_quota"].evaluate({"A": 50, "B": 50}, 3)


def test_droop_with_more_remainder_seats_than_parties_is_an_error() -> None:
    with pytest.raises(SeatError, match="cannot fill 30 seats"):
        METHODS["droop"].evaluate({"A": 23, "B": 26, "C": 51}, 30)


# --- explanations, indices, votes needed -------------------------------------------------------


def test_largest_remainder_explanation() -> None:
    method = Conditioned(ShareThreshold(SEVEN), LargestRemainder())
    explanation = explain(method, {"A": 6050, "B": 3450, "C": 500}, 10)
    assert explanation.quota == Fraction(950)
    rows = {r.party: r for r in explanation.rows}
    assert (rows["A"].whole, rows["B"].whole) == (6, 3)
    assert rows["B"].remainder_seat and not rows["A"].remainder_seat
    assert explanation.last == ("B",)
    assert explanation.next == ("A",)
    assert explanation.shortfall is not None and explanation.shortfall > 0
    bumped = method.evaluate({"A": 6050 + explanation.shortfall, "B": 3450, "C": 500}, 10)
    assert bumped.seats["A"] == 7


def test_divisor_explanation_lists_seats_in_order() -> None:
    explanation = explain(METHODS["dhondt"], {"A": 100000, "B": 80000, "C": 30000, "D": 20000}, 8)
    assert [w.party for w in explanation.wins] == ["A", "B", "A", "B", "A", "C", "B", "A"]
    assert explanation.wins[-1].average == 25000
    assert explanation.last == ("A",)
    # The 9th seat would be a three-way tie: A 100000/5 = B 80000/4 = D 20000/1 = 20000.
    assert explanation.next == ("A", "B", "D")


def test_indices() -> None:
    votes = {"A": 50, "B": 50}
    assert gallagher(votes, {"A": 1, "B": 1}) == 0
    assert loosemore_hanby(votes, {"A": 2, "B": 0}) == Fraction(1, 2)
    assert gallagher(votes, {"A": 2, "B": 0}) == pytest.approx(50)
    assert [r.difference for r in seats_vs_votes(votes, {"A": 2, "B": 0})] == [
        Fraction(1, 2),
        Fraction(-1, 2),
    ]


def test_votes_needed_to_pass_a_threshold_is_exact() -> None:
    threshold = ShareThreshold(SEVEN)
    votes = {"A": 9000, "B": 400}
    need = votes_to_pass(threshold, votes, "B")
    assert need is not None
    assert "B" in threshold.verdict({"A": 9000, "B": 400 + need}).passed
    assert "B" not in threshold.verdict({"A": 9000, "B": 400 + need - 1}).passed
    assert votes_to_pass(threshold, votes, "A") == 0


def test_votes_needed_for_a_seat_is_the_least() -> None:
    votes = {"A": 100000, "B": 80000, "C": 30000, "D": 20000}
    need = votes_for_seat(METHODS["dhondt"], votes, 8, "D")
    assert need is not None
    assert METHODS["dhondt"].evaluate({**votes, "D": 20000 + need}, 8).seats["D"] == 1
    assert METHODS["dhondt"].evaluate({**votes, "D": 20000 + need - 1}, 8).seats["D"] == 0


def test_allocation_total_counts_tied_seats() -> None:
    assert Allocation({"A": 1}, (Tie(("A", "B"), 2),)).total == 3
