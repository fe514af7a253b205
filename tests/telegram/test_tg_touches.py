"""The touches users expect of a Telegram bot, through the real Application on the fake Bot API:
/help with example questions as buttons, "share" under answers and charts, "typing…" only when
an answer takes longer than a moment, toasts for what concerns the presser alone, deep links
for every answer family, /compare over the three elections, figures in bold."""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import Any

import pytest
from tg_botapi import BOT_USERNAME, BotApi, Fault
from tg_harness import Harness, running_harness
from tg_updates import GROUP_ID, callback_update, inline_update, text_update

from handlers import links
from sailau import pipeline, render
from sailau.reply import Suggestion


def buttons(call: Any) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def shared_query(call: Any) -> str:
    """The inline query the answer's "share" button writes into the chat picked."""
    [share] = [b for b in buttons(call) if "switch_inline_query" in b]
    query: str = share["switch_inline_query"]
    return query


# --- /help -------------------------------------------------------------------------------------

HELP_WORDS = {
    "kk": ("Мәжіліс", "Бөлісу", "/lang", "Басқа чатта сұрау"),
    "ru": ("Мажилис", "Поделиться", "/lang", "Спросить в другом чате"),
    "en": ("Mäjilis", "Share", "/lang", "Ask in another chat"),
}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
async def test_help_is_a_short_guide_with_example_questions_as_buttons(
    harness: Harness, lang: str
) -> None:
    [call] = await harness.send(text_update("/help", lang=lang))
    text = call.params["text"]
    about, share, lang_command, inline_label = HELP_WORDS[lang]
    assert about in text and share in text and lang_command in text
    assert f"@{BOT_USERNAME}" in text  # how to ask inline, with the bot's own name
    assert len(text) < 1200  # short
    examples = [b for b in buttons(call) if "callback_data" in b]
    assert len(examples) >= 3
    # the examples are questions in the user's language, and each gets its answer
    for button in examples:
        intent, slots = Suggestion.decode(button["callback_data"])
        expected = pipeline.answer_intent(intent, dict(slots), lang)  # type: ignore[arg-type]
        assert expected.intent == intent
        calls = await harness.send(callback_update(button["callback_data"], lang=lang))
        assert html.escape(expected.headline) in calls[-1].params["text"]
    [inline] = [b for b in buttons(call) if "switch_inline_query" in b]
    assert (inline["text"], inline["switch_inline_query"]) == (inline_label, "")
    assert not [b for b in buttons(call) if "web_app" in b]  # no Mini App without WEBAPP_URL


async def test_an_unknown_command_gets_the_same_help(harness: Harness) -> None:
    [help_call] = await harness.send(text_update("/help"))
    [unknown] = await harness.send(text_update("/nosuchcommand"))
    assert unknown.params["text"] == help_call.params["text"]


# --- share -------------------------------------------------------------------------------------


async def test_an_answer_is_shared_as_itself_into_another_chat(harness: Harness) -> None:
    [answer] = await harness.send(text_update("how many seats did ak zhol win"))
    query = shared_query(answer)
    assert query == "party_seats-p-ak_zhol"
    # in the chat picked, `@bot <query>` offers that answer first, ready to post: the same
    # headline, lines and sources (the lines in the family's order: the link carries what was
    # answered, not the wording that brought the lines it asked to the top)
    [call] = await harness.send(inline_update(query))
    shared = call.params["results"][0]["input_message_content"]["message_text"].split("\n")
    lines = answer.params["text"].split("\n")
    assert shared[0] == lines[0] and shared[-1] == lines[-1]
    assert sorted(shared) == sorted(lines)


async def test_a_follow_up_is_shared_with_what_the_conversation_meant(harness: Harness) -> None:
    """ "а в 2016?" means nothing in another chat: the share carries the party and the year."""
    await harness.send(text_update("сколько мест у нур отан", lang="ru"))
    [answer] = await harness.send(text_update("а в 2016?", lang="ru"))
    assert "84" in answer.params["text"]
    query = shared_query(answer)
    assert links.parse(query) == ("party_seats", {"party": "nur_otan", "year": "2016"})
    [call] = await harness.send(inline_update(query, user_id=77, lang="ru"))
    assert "84" in call.params["results"][0]["title"]


async def test_share_is_offered_in_the_answers_language(harness: Harness) -> None:
    [answer] = await harness.send(text_update("сайлаушылардың келуі", lang="en"))
    assert [b["text"] for b in buttons(answer) if "switch_inline_query" in b] == ["Бөлісу"]


async def test_nothing_to_share_under_did_you_mean_or_off_topic(harness: Harness) -> None:
    for question in ("what is the weather", "сколько?"):
        [answer] = await harness.send(text_update(question))
        assert not [b for b in buttons(answer) if "switch_inline_query" in b], question


async def test_a_chart_is_shared_from_its_photo(harness: Harness) -> None:
    [photo] = await harness.send(text_update("/chart"))
    assert photo.method == "sendPhoto"
    query = shared_query(photo)
    assert links.parse(query) == ("chart", {})  # what /chart asked: the chamber, 2021
    [call] = await harness.send(inline_update(query))
    first = call.params["results"][0]
    assert first["type"] == "photo"  # uploaded once, offered by its file id
    assert first["photo_file_id"] == photo_file_id(harness, photo)


def photo_file_id(harness: Harness, call: Any) -> str:
    sent = [m for m in harness.api.messages.values() if "photo" in m]
    file_id: str = sent[-1]["photo"][0]["file_id"]
    return file_id


async def test_posted_inline_answers_link_back_to_the_bot(harness: Harness) -> None:
    [call] = await harness.send(inline_update("turnout in 2016"))
    first = call.params["results"][0]
    [[link]] = first["reply_markup"]["inline_keyboard"]
    assert link["url"] == f"https://t.me/{BOT_USERNAME}?start=turnout-y-2016"
    [text] = await harness.texts(text_update("/start turnout-y-2016"))
    assert "77.12%" in text


# --- chat actions ------------------------------------------------------------------------------


async def test_a_quick_answer_costs_no_chat_action(harness: Harness) -> None:
    calls = await harness.send(text_update("what was the turnout"), actions=True)
    assert [c.method for c in calls] == ["sendMessage"]


async def test_no_chat_action_while_telegram_asks_for_no_calls(harness: Harness) -> None:
    """A 429 means no calls to that chat for `retry_after`: not even "typing…"."""
    harness.api.inject("sendMessage", Fault(429, "Too Many Requests: retry after 1", retry_after=1))
    calls = await harness.send(text_update("what was the turnout"), actions=True)
    assert [c.method for c in calls] == ["sendMessage", "sendMessage"]
    assert calls[1].at - calls[0].at >= 1.0
    assert "63.25%" in harness.api.texts(42)[0]


async def test_typing_is_shown_while_the_pace_holds_an_answer(api: BotApi, tmp_path: Path) -> None:
    """With Telegram's flood limits kept, a private chat gets a burst of 3, then 1 a second:
    the 4th quick answer waits, and the chat sees that it is coming."""
    async with running_harness(api, tmp_path, rate_limit=True) as harness:
        for n in range(3):
            calls = await harness.send(text_update("what was the turnout"), actions=True)
            assert [c.method for c in calls] == ["sendMessage"], n
        calls = await harness.send(text_update("what was the turnout"), actions=True)
        assert [c.method for c in calls] == ["sendChatAction", "sendMessage"]
        assert calls[1].at - calls[0].at >= 0.25


async def test_a_retried_answer_shows_typing_meanwhile(harness: Harness) -> None:
    harness.api.inject("sendMessage", Fault(502, "Bad Gateway"), Fault(502, "Bad Gateway"))
    calls = await harness.send(text_update("what was the turnout"), actions=True)
    methods = [c.method for c in calls]
    assert methods.count("sendMessage") == 3
    assert "sendChatAction" in methods[: methods.index("sendMessage", 2)]


async def test_a_chart_to_draw_shows_upload_photo_at_once_and_not_when_resent(
    harness: Harness,
) -> None:
    calls = await harness.send(text_update("/chart"), actions=True)
    assert [c.method for c in calls] == ["sendChatAction", "sendPhoto"]
    assert calls[0].params["action"] == "upload_photo"
    again = await harness.send(text_update("/chart"), actions=True)
    assert [c.method for c in again] == ["sendPhoto"]  # by file id: a moment


async def test_a_group_waiting_for_its_turn_sees_typing(harness: Harness) -> None:
    await harness.send(text_update("/turnout", chat_id=GROUP_ID))
    harness.chat(GROUP_ID).cooldown = 0.6
    calls = await harness.send(text_update("/seats", chat_id=GROUP_ID), actions=True)
    assert [c.method for c in calls] == ["sendChatAction", "sendMessage"]
    assert calls[0].params == {"chat_id": GROUP_ID, "action": "typing"}


async def test_chat_actions_never_wait_for_the_pace(harness: Harness) -> None:
    """A chat action is a courtesy: a 429 on it is not waited out (the answer is not held)."""
    harness.api.inject("sendChatAction", Fault(429, "Too Many Requests", retry_after=30))
    start = time.monotonic()
    calls = await harness.send(text_update("/chart shares"), actions=True)
    assert [c.method for c in calls] == ["sendChatAction", "sendPhoto"]
    assert time.monotonic() - start < 10


# --- toasts ------------------------------------------------------------------------------------


async def test_a_button_pressed_while_the_group_waits_gets_a_toast_not_a_post(
    harness: Harness,
) -> None:
    await harness.send(text_update("/turnout", chat_id=GROUP_ID))
    harness.chat(GROUP_ID).cooldown = 1.2
    press = callback_update("turnout|y=2016", chat_id=GROUP_ID, lang="ru")
    calls = await harness.send(press)
    toast, answer = calls
    assert toast.method == "answerCallbackQuery"
    assert toast.params["text"].startswith("Ответ появится здесь примерно через 2 секунды")
    assert "show_alert" not in toast.params  # a toast, not a dialog
    assert answer.method == "sendMessage" and "77.12%" in answer.params["text"]
    assert len(harness.api.sent("sendMessage", GROUP_ID)) == 2  # no notice in the group


async def test_a_button_pressed_when_the_group_is_free_gets_no_toast(harness: Harness) -> None:
    calls = await harness.send(callback_update("turnout|y=2016", chat_id=GROUP_ID))
    assert "text" not in calls[0].params


async def test_an_out_of_date_button_gets_a_toast(harness: Harness) -> None:
    [toast] = await harness.send(callback_update("v1:turnout:2016", lang="kk"))
    assert toast.method == "answerCallbackQuery"
    assert toast.params["text"] == "Бұл батырма ескірген — сұрағыңызды қайта қойыңыз."


# --- deep links --------------------------------------------------------------------------------

FAMILIES = {
    "results": ("results", {"year": "2016"}),
    "party": ("party_seats", {"party": "ak_zhol", "year": "2016"}),
    "participation": ("turnout_region", {"region": "north_kazakhstan", "year": "2021"}),
    "regional results": ("regional_results", {"year": "2021"}),
    "chamber": ("threshold", {"year": "2023"}),
    "timeline": ("election_date", {"year": "2023"}),
    "assessment": ("osce_findings", {"year": "2021"}),
    "comparison": ("compare", {"year": "2016", "other_year": "2023"}),
    "related votes": ("maslikhats", {"region": "almaty_city"}),
    "institutions": ("institution", {"institution": "cec"}),
    "seats (what-if)": (
        "whatif",
        {"threshold": "3.5", "method": "modified_sainte_lague", "year": "2016"},
    ),
    "charts": ("chart", {"chart": "whatif", "threshold": "5", "method": "dhondt"}),
    "meta": ("sources", {"year": "2023"}),
}
"""One answer of each family of docs/contracts.md, with slots."""


@pytest.mark.parametrize("family", list(FAMILIES))
async def test_every_answer_family_can_be_linked(harness: Harness, family: str) -> None:
    intent, slots = FAMILIES[family]
    payload = links.payload(intent, slots)
    assert payload is not None
    assert links.PAYLOAD.match(payload)  # at most 64 of A-Z a-z 0-9 _ -
    expected = pipeline.answer_intent(intent, slots, "en")
    assert expected.intent == intent and dict(expected.slots).items() >= slots.items()
    shown = "\n".join(await harness.texts(text_update(f"/start {payload}")))
    assert render.html(expected).split("\n")[0] in shown  # the same answer: its headline


# --- /compare, bold figures --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "figures"),
    [("en", ("77.12%", "63.25%", "54.19%")), ("ru", ("77,12\xa0%", "63,25\xa0%", "54,19\xa0%"))],
)
async def test_compare_covers_2016_2021_and_2023(
    harness: Harness, lang: str, figures: tuple[str, ...]
) -> None:
    [call] = await harness.send(text_update("/compare", lang=lang))
    headline = call.params["text"].split("</b>")[0]
    for year, figure in zip(("2016", "2021", "2023"), figures, strict=True):
        assert year in headline and figure in headline


@pytest.mark.parametrize(
    ("command", "figure"),
    [("/turnout", "63.25%"), ("/seats ak zhol", "12"), ("/results", "76"), ("/calc 5%", "72")],
)
async def test_the_headline_figure_is_bold(harness: Harness, command: str, figure: str) -> None:
    [call] = await harness.send(text_update(command))
    text = call.params["text"]
    assert text.startswith("<b>")
    assert figure in text[: text.index("</b>")]
