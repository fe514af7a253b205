"""Answers behind the hardened matcher: "against all", follow-ups that point back, and offers
that make sense for the intent."""

from __future__ import annotations

from sailau import render
from sailau.pipeline import answer, answer_intent


def test_against_all_defaults_to_the_election_that_had_it() -> None:
    reply = answer("сколько человек проголосовали против всех")
    assert reply.intent == "against_all"
    assert "248\xa0291" in reply.headline and "3,90\xa0%" in reply.headline
    assert "248,291" in render.text(answer("how many voted against all"))


def test_against_all_in_a_year_without_the_option_says_so() -> None:
    reply = answer_intent("against_all", {"year": "2021"}, "en")
    assert 'no "against all" option' in reply.headline
    assert not any(ch.isdigit() for ch in reply.headline.replace("2021", ""))
    assert [s.code() for s in reply.suggestions] == ["against_all|y=2023"]


def test_against_all_and_renaming_offer_no_same_for_another_year() -> None:
    for reply in (answer_intent("against_all", {}, "en"), answer_intent("renaming", {}, "en")):
        assert all(s.intent != reply.intent for s in reply.suggestions), reply.suggestions


def test_a_follow_up_pointing_back_keeps_the_party() -> None:
    first = answer("how many seats did ak zhol win")
    follow_ups = (("what was their share?", "party_share"), ("а их голоса?", "party_votes"))
    for question, intent in follow_ups:
        reply = answer(question, context=first.context)
        assert (reply.intent, dict(reply.context.slots).get("party")) == (intent, "ak_zhol")


def test_a_bare_method_asks_the_what_if() -> None:
    assert answer("dhondt instead").intent == "whatif"
    reply = answer("what if there was no threshold")
    assert reply.intent == "whatif" and dict(reply.context.slots).get("threshold") == "0"
