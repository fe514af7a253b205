"""The pipeline: language choice, follow-up context, fallbacks and hostile input."""

from __future__ import annotations

import re

import pytest

from sailau import render
from sailau.pipeline import MAX_QUESTION_CHARS, answer, answer_intent, clean
from sailau.reply import Context, Reply, ReplyKind


def ask_in_turn(*questions: str) -> list[Reply]:
    """A conversation: each question gets the previous reply's context."""
    replies: list[Reply] = []
    context: Context | None = None
    for question in questions:
        replies.append(answer(question, context=context))
        context = replies[-1].context
    return replies


def test_follow_ups_reuse_the_previous_question_in_english() -> None:
    first, party, year = ask_in_turn(
        "how many seats did nur otan win", "and ak zhol?", "and in 2016?"
    )
    assert first.intent == party.intent == year.intent == "party_seats"
    assert "76" in first.headline
    assert party.headline.startswith("Ak Zhol won 12 seats")
    assert year.headline.startswith("Ak Zhol won 7 seats in 2016")


def test_follow_ups_in_russian() -> None:
    _, party, year = ask_in_turn("сколько мест у нур отан", "а ак жол?", "а в 2016?")
    assert party.lang == year.lang == "ru"
    assert "12 мест" in party.headline
    assert "7 мест" in year.headline and "2016" in year.headline


def test_follow_ups_in_kazakh() -> None:
    _, year = ask_in_turn("нұр отан неше орын алды", "ал 2023 жылы?")
    assert year.lang == "kk"
    assert year.headline.startswith("«Аманат» партиясы 2023 жылы 62 орын")


def test_follow_up_with_a_slot_the_previous_question_cannot_take() -> None:
    _, region = ask_in_turn("turnout", "and almaty?")
    assert region.intent == "turnout_region"
    assert "30.3%" in region.headline


def test_bare_party_without_context_asks_about_the_party() -> None:
    reply = answer("ak zhol")
    assert reply.intent == "party_info"


def test_language_explicit_choice_wins_over_detection() -> None:
    reply = answer("how many seats did nur otan win", lang="kk")
    assert reply.lang == "kk"
    assert "76 орын" in reply.headline


@pytest.mark.parametrize(("question", "lang"), [("явка", "ru"), ("сайлаушылардың келуі", "kk"),
                                                  ("turnout", "en")])  # fmt: skip
def test_language_detected_from_the_question(question: str, lang: str) -> None:
    assert answer(question).lang == lang


def test_off_topic_gets_suggestions_and_no_figure() -> None:
    reply = answer("who won the 2020 US election")
    assert reply.intent is None
    assert reply.kind is ReplyKind.OFF_TOPIC
    assert reply.suggestions
    assert not re.search(r"\d", reply.headline + "".join(reply.details))


def test_off_topic_keeps_the_conversation() -> None:
    first, _, follow = ask_in_turn("turnout 2021", "what's the weather like", "and in 2016?")
    assert follow.intent == "turnout" and "77.12%" in follow.headline
    assert first.context.intent == "turnout"


def test_neutrality_refusal() -> None:
    reply = answer("who should I vote for")
    assert reply.kind is ReplyKind.REFUSAL
    assert not re.search(r"\d", reply.headline)


def test_regional_party_results_say_not_held_and_offer_regional_turnout() -> None:
    reply = answer("party results by region")
    assert reply.intent == "regional_results"
    assert reply.kind is ReplyKind.UNKNOWN
    assert "turnout_region" in {s.intent for s in reply.suggestions}


@pytest.mark.parametrize(
    "question",
    ["", "   ", "🙂🙂🙂", "\x00\x07\x1b[31m", "?!...", "a" * 100_000, "явка " * 20_000,
     "<script>alert(1)</script>", "\u202e\u200bturnout"],
)  # fmt: skip
def test_hostile_input_gets_a_clear_reply(question: str) -> None:
    reply = answer(question)
    assert reply.headline
    assert render.text(reply)
    assert len(render.html(reply)) <= 4096


def test_clean_strips_controls_and_truncates() -> None:
    assert clean("a\x00b\tc\u200bd") == "a b c d"
    assert len(clean("x" * 100_000)) == MAX_QUESTION_CHARS


def test_every_reply_carries_context_and_intent_metadata() -> None:
    reply = answer("turnout in 2016")
    assert reply.intent == "turnout"
    assert dict(reply.slots)["year"] == "2016"
    context = reply.context
    assert (context.lang, context.intent, context.slots) == ("en", "turnout", reply.slots)
    assert context.frame is not None and context.frame.measures == ("turnout",)
    assert context.frame.years == (2016,)
    assert 0 < reply.confidence <= 1


def test_answer_intent_from_a_button_code() -> None:
    reply = answer("turnout")
    code = next(s for s in reply.suggestions if s.intent == "turnout").code()
    intent, slots = type(reply.suggestions[0]).decode(code)
    again = answer_intent(intent, dict(slots), "ru")
    assert again.lang == "ru" and "77,12" in again.headline


def test_answer_intent_unknown_intent_is_off_topic() -> None:
    reply = answer_intent("no_such_intent", {}, "en")
    assert reply.intent is None and reply.kind is ReplyKind.OFF_TOPIC


def test_a_complete_new_question_does_not_keep_the_year_of_the_conversation() -> None:
    """Issue 12: "after 'а в 2016?', the year 2016 sticks to the next, unrelated full question"
    was a bug; only a follow-up that leans on the previous question ("and the turnout?") takes
    its year (docs/understanding.md, conversation rules)."""
    _, turnout = ask_in_turn("how many seats did ak zhol win in 2016", "what was the turnout")
    assert turnout.intent == "turnout"
    assert "63.25%" in turnout.headline
    _, elliptical = ask_in_turn("how many seats did ak zhol win in 2016", "and the turnout?")
    assert "77.12%" in elliptical.headline


def test_a_question_naming_its_own_year_is_not_overridden() -> None:
    _, turnout = ask_in_turn("turnout 2016", "turnout 2023")
    assert "54.19%" in turnout.headline


def test_wordings_of_one_meaning_share_the_answer_but_keep_their_own_confidence() -> None:
    sure, typo = answer("turnout in 2021"), answer("turnot 2021")
    assert sure.intent == typo.intent == "turnout"
    assert sure.headline == typo.headline and sure.sources == typo.sources
    assert sure.suggestions == typo.suggestions
    assert sure.confidence > typo.confidence


def test_a_remembered_answer_does_not_carry_another_conversation() -> None:
    first = answer("how many seats did ak zhol win in 2016")
    fallback = answer("tell me a joke", context=first.context)
    assert fallback.context.intent == "party_seats"  # the conversation's topic is kept
    again = answer("tell me a joke")
    assert again.headline == fallback.headline
    assert again.context.intent is None  # ...but not lent to a chat that never asked it
    button = answer_intent("turnout", {}, "en", context=first.context)
    assert button.context.intent == "turnout" and button.confidence == 1.0
