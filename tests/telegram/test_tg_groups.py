"""Groups and channels: only commands, mentions (Telegram's entities) and replies to the bot are
answered; answers keep the group's cooldown and are merged, never refused; the language and
cooldown are set by admins."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from tg_botapi import BOT_USER, BOT_USERNAME
from tg_harness import Harness
from tg_updates import GROUP_ID, callback_update, channel_post, sticker_update, text_update

from handlers.intake import Intake, Pending
from sailau.store import Outcome

ADMIN = 500
MEMBER = 600


@pytest.mark.parametrize(
    "text",
    [
        "what was the turnout",  # a question, but not to the bot
        "сколько мест у нур отан",
        "/seats@other_bot",
        "/nosuchcommand",
        "@someone_else what was the turnout",
        "hello everyone",
        f"write to info@{BOT_USERNAME}.kz about the turnout",  # an e-mail address, no mention
    ],
)
async def test_ordinary_chatter_is_ignored(harness: Harness, text: str) -> None:
    assert await harness.send(text_update(text, chat_id=GROUP_ID)) == []


async def test_a_mention_is_read_from_entities_not_from_the_text(harness: Harness) -> None:
    text = f"@{BOT_USERNAME} what was the turnout"
    unmarked = text_update(text, chat_id=GROUP_ID)
    del unmarked["message"]["entities"]  # the same text, but Telegram saw no mention in it
    assert await harness.send(unmarked) == []
    by_name = text_update("Sailau, what was the turnout", chat_id=GROUP_ID)
    by_name["message"]["entities"] = [
        {"type": "text_mention", "offset": 0, "length": 6, "user": BOT_USER}
    ]
    [call] = await harness.send(by_name)
    assert "63.25%" in call.params["text"]


async def test_group_stickers_are_ignored(harness: Harness) -> None:
    assert await harness.send(sticker_update(chat_id=GROUP_ID)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/seats", "76"),
        (f"/seats@{BOT_USERNAME} ak zhol", "12"),
        (f"/turnout@{BOT_USERNAME.upper()}", "63.25%"),
        (f"@{BOT_USERNAME} what was the turnout", "63.25%"),
        (f"сколько мест у нур отан, @{BOT_USERNAME}?", "76"),
    ],
)
async def test_commands_and_mentions_are_answered_quoting_the_question(
    harness: Harness, text: str, expected: str
) -> None:
    update = text_update(text, chat_id=GROUP_ID)
    [call] = await harness.send(update)
    assert expected in call.params["text"]
    quoted = call.params["reply_parameters"]["message_id"]
    assert quoted == update["message"]["message_id"]


async def test_replies_to_the_bot_are_answered(harness: Harness) -> None:
    update = text_update("and in 2016?", chat_id=GROUP_ID, reply_to_bot=True)
    assert len(await harness.send(update)) == 1


async def test_questions_inside_the_cooldown_are_answered_merged(harness: Harness) -> None:
    [first] = await harness.texts(text_update(f"/turnout@{BOT_USERNAME}", chat_id=GROUP_ID))
    assert "63.25%" in first
    harness.chat(GROUP_ID).cooldown = 0.3
    for ask in (f"/seats@{BOT_USERNAME}", f"@{BOT_USERNAME} ak zhol seats"):  # inside it
        payload = {"update_id": 1, **text_update(ask, chat_id=GROUP_ID)}
        await harness.app.process_update(Update.de_json(payload, harness.app.bot))
    await harness.app.services.outbox.settled()
    [_, merged] = harness.api.texts(GROUP_ID)
    assert "76 seats" in merged and "Ak Zhol won 12 seats" in merged  # both, in one message
    assert f"<blockquote>/seats@{BOT_USERNAME}</blockquote>" in merged
    assert "<blockquote>ak zhol seats</blockquote>" in merged
    sent = [c.at for c in harness.api.sent("sendMessage", GROUP_ID)]
    assert sent[1] - sent[0] >= 0.3
    # other chats are not affected
    assert len(await harness.send(text_update("/turnout", chat_id=GROUP_ID - 1))) == 1


async def test_only_admins_set_the_group_language(harness: Harness) -> None:
    [refusal] = await harness.texts(text_update("/lang kk", chat_id=GROUP_ID, user_id=MEMBER))
    assert "admins" in refusal
    assert harness.chat(GROUP_ID).lang is None
    harness.api.admins.add(ADMIN)
    await harness.send(text_update("/lang kk", chat_id=GROUP_ID, user_id=ADMIN))
    assert harness.chat(GROUP_ID).lang == "kk"
    [text] = await harness.texts(text_update("/seats", chat_id=GROUP_ID, user_id=MEMBER))
    assert "76 орын" in text


async def test_language_buttons_in_groups_are_for_admins(harness: Harness) -> None:
    calls = await harness.send(callback_update("lang:ru", chat_id=GROUP_ID, user_id=MEMBER))
    # the member alone is told, in a toast; nothing is posted in the group
    assert [c.method for c in calls] == ["getChatMember", "answerCallbackQuery"]
    assert "admins" in calls[-1].params["text"]
    assert harness.chat(GROUP_ID).lang is None


async def test_admins_set_the_cooldown(harness: Harness) -> None:
    harness.api.admins.add(ADMIN)
    [text] = await harness.texts(text_update("/cooldown 10", chat_id=GROUP_ID, user_id=ADMIN))
    assert "10 s" in text
    assert harness.chat(GROUP_ID).cooldown == 10.0
    harness.chat(GROUP_ID).sent.clear()  # the confirmation's own cooldown
    [usage] = await harness.texts(text_update("/cooldown soon", chat_id=GROUP_ID, user_id=ADMIN))
    assert "/cooldown 10" in usage
    harness.chat(GROUP_ID).sent.clear()
    await harness.send(text_update("/cooldown 1", chat_id=GROUP_ID, user_id=MEMBER))
    assert harness.chat(GROUP_ID).cooldown == 10.0


async def test_channels_answer_commands_and_mentions_only(harness: Harness) -> None:
    assert await harness.send(channel_post("what was the turnout")) == []
    [text] = await harness.texts(channel_post("/turnout"))
    assert "63.25%" in text
    [text] = await harness.texts(channel_post(f"@{BOT_USERNAME} how many seats did ak zhol win"))
    assert "12" in text
    await harness.send(channel_post("/lang ru"))
    assert harness.chat(-100777).lang == "ru"


async def test_answers_stay_in_the_forum_topic_of_the_question(harness: Harness) -> None:
    topic = {"is_topic_message": True, "message_thread_id": 77}
    [call] = await harness.send(text_update("/turnout", chat_id=GROUP_ID, **topic))
    assert call.params["message_thread_id"] == 77
    [chart] = await harness.send(text_update("/chart", chat_id=GROUP_ID, **topic))
    assert chart.method == "sendPhoto"
    assert chart.params["message_thread_id"] == 77


async def test_an_answer_is_journalled_in_the_step_its_send_came_back(
    harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between Telegram's result for an answer and the journal's record of it nothing else runs
    (no other call to Telegram could go out, no kill find it sent but unrecorded), and a merged
    message's questions are recorded in one transaction."""
    intake = Intake(harness.app, harness.session, stall_seconds=60.0)
    journal = sqlite3.connect(tmp_path / "sailau.sqlite3")  # sees what was committed
    seen: asyncio.Queue[tuple[set[int], int]] = asyncio.Queue()
    """For each answer: the updates answered and the transactions since, seen right after."""
    commits = depth = 0
    store = harness.session.store
    transaction = store.transaction

    @contextlib.contextmanager
    def counted(durable: bool = False) -> Iterator[None]:
        nonlocal commits, depth
        depth += 1
        try:
            with transaction(durable):
                yield
        finally:
            depth -= 1
        commits += depth == 0

    def look(before: int) -> None:
        rows = journal.execute("SELECT update_id FROM updates WHERE state = ?", (Outcome.ANSWERED,))
        seen.put_nowait(({row[0] for row in rows}, commits - before))

    send = harness.api.handle

    async def sent_then_look(
        method: str, params: Mapping[str, Any], files: Mapping[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        result = await send(method, params, files)
        if method == "sendMessage":
            asyncio.get_running_loop().call_soon(look, commits)
        return result

    monkeypatch.setattr(store, "transaction", counted)
    monkeypatch.setattr(harness.api, "handle", sent_then_look)
    asks = [f"/turnout@{BOT_USERNAME}", f"/seats@{BOT_USERNAME}", f"@{BOT_USERNAME} ak zhol seats"]
    updates = [
        Pending(n, {"update_id": n, **text_update(ask, chat_id=GROUP_ID)})
        for n, ask in enumerate(asks, 1)
    ]
    await intake.accept(updates[:1])
    assert await seen.get() == ({1}, 1)
    harness.chat(GROUP_ID).cooldown = 0.3
    await intake.accept(updates[1:])  # inside the cooldown: answered merged
    assert await seen.get() == ({1, 2, 3}, 1)
    await intake.stop(1.0)
    journal.close()
    assert "Ak Zhol won 12 seats" in harness.api.texts(GROUP_ID)[1]
