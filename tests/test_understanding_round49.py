"""Round 49 (sets AI and AJ's failures by cause): a place asked of with nothing of the
elections is off-topic, arithmetic said as a power is off-topic, ..."""

from __future__ import annotations

from sailau.pipeline import answer
from sailau.reply import ReplyKind


def test_a_place_asked_of_with_nothing_of_the_elections_is_off_topic() -> None:
    for question in (
        "is it cold in astana in january",
        "is it warm in almaty in may",
        "в астане холодно в январе?",
        "в алматы тепло весной?",
        "астанада қаңтарда суық па",
        "almatyda kokteme zhyly ma",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.OFF_TOPIC, (question, reply.kind, reply.headline)
    # a region alone is still its turnout
    for question in ("а в астане?", "turnout in astana", "астанада явка қанша"):
        assert answer(question).intent == "turnout_region", question


def test_a_power_of_a_figure_is_arithmetic() -> None:
    for question in (
        "посчитай 17 в квадрате",
        "calculate 17 squared",
        "17-нің квадратын есепте",
        "посчитай квадратный корень из 144",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.OFF_TOPIC, (question, reply.kind, reply.headline)
    assert answer("посчитай мандаты 2021").intent == "seat_explain"
