"""Round 34 (set Q's failures by cause): a sum said with "на", parties listed without commas,
yes/no claims said as statements, a gap to a sum of parties, what the fact base does not hold
about the districts, and follow-ups keeping the measure or the year of the turn before."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


def _text(question: str) -> str:
    return render.text(answer(question))


def test_two_bare_figures_joined_by_na_are_a_sum_not_an_election() -> None:
    for question in ("сколько получится 14 на 22", "а 41 на 19 это сколько", "Посчитай 9 на 21"):
        assert answer(question).kind is ReplyKind.OFF_TOPIC, question
    # a change from one figure to another, or a percent after it, is not a sum
    assert answer("если бы барьер опустили с 7 на 5").intent == "whatif"
    assert answer("в 2021 на 7 % барьере кто прошел").kind is ReplyKind.ANSWER
