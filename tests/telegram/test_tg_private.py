"""Private chats through the real Application on the fake Bot API: commands, free text in three
languages, buttons, /lang, deep links, charts by file id, edited questions, odd messages, errors."""

from __future__ import annotations

import time
from typing import Any

import pytest
from tg_botapi import Fault
from tg_harness import Harness
from tg_updates import callback_update, edited_update, sticker_update, text_update

from handlers.keyboards import CALLBACK_DATA_LIMIT
from sailau import pipeline
from sailau.reply import Suggestion

WELCOME_WORDS = {"kk": "Сәлеметсіз бе", "ru": "Здравствуйте", "en": "Hi!"}


def buttons(call: Any) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
async def test_start_welcomes_in_the_users_language_with_example_questions(
    harness: Harness, lang: str
) -> None:
    calls = await harness.send(text_update("/start", lang=lang))
    [welcome] = calls
    assert WELCOME_WORDS[lang] in welcome.params["text"]
    examples = buttons(welcome)
    assert 3 <= len(examples) <= 4
    for button in examples:
        data = button["callback_data"]
        assert len(data.encode()) <= CALLBACK_DATA_LIMIT
        intent, _ = Suggestion.decode(data)
        assert intent
    # pressing an example answers it, in the same language
    seats = next(b for b in examples if b["callback_data"].startswith("party_seats"))
    calls = await harness.send(callback_update(seats["callback_data"], lang=lang))
    assert calls[0].method == "answerCallbackQuery"
    assert "76" in calls[1].params["text"]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [("turnout", "63.25%"), ("party_seats-party-ak_zhol", "12"), ("no_such_intent", "Hi!")],
)
async def test_start_with_a_deep_link_answers_directly(
    harness: Harness, payload: str, expected: str
) -> None:
    [text] = await harness.texts(text_update(f"/start {payload}"))
    assert expected in text


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/help", "Mäjilis"),
        ("/results", "76"),
        ("/seats", "76"),
        ("/seats Ak Zhol", "12"),
        ("/turnout", "63.25%"),
        ("/parties", "Ak Zhol"),
        ("/party Amanat", "62"),  # issue 12: Amanat is the name it ran under in 2023
        ("/party", "Ak Zhol"),
        ("/compare", "77.12%"),
        ("/calc 5% dhondt", "Nur Otan 73"),
        ("/calc 3.5%", "threshold 3.5%"),  # a bare threshold is still the calculator's
        ("/turnout almaty", "Almaty"),
        ("/sources", "Astana Times"),
        ("/about", "Sailau"),
        ("/nosuchcommand", "Mäjilis"),
    ],
)
async def test_every_command_answers(harness: Harness, command: str, expected: str) -> None:
    texts = await harness.texts(text_update(command))
    assert texts, f"{command} got no answer"
    assert expected in texts[-1]


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("2021 жылы Нұр Отан неше орын алды", "kk", "76 орын"),
        ("сколько мест получил нур отан", "ru", "76 мест"),
        ("how many seats did nur otan win", "en", "76 seats"),
        ("сайлаушылардың келуі", "kk", "63,25"),
        ("какая была явка", "ru", "63,25\xa0%"),
        ("what was the turnout", "en", "63.25%"),
    ],
)
async def test_free_text_in_three_languages(
    harness: Harness, question: str, lang: str, expected: str
) -> None:
    [call] = await harness.send(text_update(question, lang="en"))
    assert expected in call.params["text"]
    assert call.params["parse_mode"] == "HTML"
    assert buttons(call), "answers offer follow-ups"


async def test_follow_up_buttons_and_conversation_context(harness: Harness) -> None:
    [answer] = await harness.send(text_update("сколько мест у нур отан"))
    codes = [b["callback_data"] for b in buttons(answer) if "callback_data" in b]
    follow_up = next(code for code in codes if code.startswith("party_seats"))
    calls = await harness.send(callback_update(follow_up))
    assert [c.method for c in calls] == ["answerCallbackQuery", "sendMessage"]
    assert "84" in calls[1].params["text"]  # the same party, 2016
    [text] = await harness.texts(text_update("а ак жол?"))
    assert "Ак жол" in text


async def test_lang_is_chosen_by_button_and_remembered_across_restarts(harness: Harness) -> None:
    [prompt] = await harness.send(text_update("/lang"))
    assert [b["callback_data"] for b in buttons(prompt)] == ["lang:kk", "lang:ru", "lang:en"]
    calls = await harness.send(callback_update("lang:kk", message_id=harness.last_message_id(42)))
    assert calls[-1].method == "editMessageText"
    assert "қазақша" in calls[-1].params["text"]
    [text] = await harness.texts(text_update("how many seats did nur otan win"))
    assert "76 орын" in text
    stored = await harness.stored_chat(42)
    assert stored is not None and stored["lang"] == "kk"


async def test_lang_with_an_argument(harness: Harness) -> None:
    [text] = await harness.texts(text_update("/lang ru"))
    assert "по-русски" in text
    assert harness.chat(42).lang == "ru"


async def test_edited_question_edits_the_answer(harness: Harness) -> None:
    question = text_update("how many seats did nur otan win")
    await harness.send(question)
    [edit] = await harness.send(edited_update(question, "how many seats did ak zhol win"))
    assert edit.method == "editMessageText"
    assert "12 seats" in edit.params["text"]


async def test_edited_question_without_an_answer_is_answered(harness: Harness) -> None:
    question = text_update("hello there")
    calls = await harness.send(edited_update(question, "what was the turnout"))
    assert [c.method for c in calls] == ["sendMessage"]
    assert "63.25%" in calls[0].params["text"]


@pytest.mark.parametrize(
    "payload",
    [
        text_update("я" * 4096),
        text_update("🗳️🇰🇿🤔"),
        text_update("?!"),
        text_update("<b>&amp; 'quotes' \"and\" </i>"),
        text_update("\u200b\u0000 control"),
    ],
)
async def test_odd_messages_get_a_valid_reply(harness: Harness, payload: dict[str, Any]) -> None:
    texts = await harness.texts(payload)
    assert len(texts) == 1 and texts[0]


async def test_stickers_get_a_pointer_to_text_questions(harness: Harness) -> None:
    [text] = await harness.texts(sticker_update(lang="ru"))
    assert "текстовые вопросы" in text


async def test_a_failed_send_is_retried_and_answered_once(harness: Harness) -> None:
    harness.api.inject("sendMessage", Fault(502, "Bad Gateway"), Fault(500, "Internal"))
    calls = await harness.send(text_update("what was the turnout"))
    assert [c.method for c in calls] == ["sendMessage"] * 3
    assert harness.api.texts(42) == [calls[-1].params["text"]]
    assert "63.25%" in harness.api.texts(42)[0]


async def test_a_fault_of_the_bot_is_reported_to_the_user(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(pipeline, "answer", broken)
    calls = await harness.send(text_update("what was the turnout"))
    assert [c.method for c in calls] == ["sendMessage"]
    assert "something went wrong" in calls[-1].params["text"]
    assert len(harness.errors) == 1
    harness.errors.clear()


async def test_a_blocked_user_is_logged_once_and_marked_inactive(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness.api.blocked.add(42)
    for _ in range(3):
        calls = await harness.send(text_update("what was the turnout"))
        assert [c.method for c in calls] == ["sendMessage"]  # tried once, not retried
    assert caplog.text.count("inactive") == 1
    assert harness.chat(42).active is False
    stored = await harness.stored_chat(42)
    assert stored is not None and stored["inactive_since"]
    harness.errors.clear()
    harness.api.blocked.clear()  # unblocked: writes again
    await harness.send(text_update("what was the turnout", date=int(time.time()) + 1))
    assert harness.chat(42).active is True
