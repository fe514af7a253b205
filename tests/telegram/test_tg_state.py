"""Chat state through PTB's own context and persistence: a chat's choices and conversation
survive a restart (written when its update is finished), the old chats.json is migrated once,
a group's upgrade to a supergroup moves its settings, a quiet chat leaves memory but not the
store."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest
from telegram import Update
from tg_botapi import BotApi
from tg_fakerequest import FakeRequest
from tg_harness import Harness, settings
from tg_updates import GROUP_ID, message, text_update

from handlers import build_application, chats
from handlers.context import ChatData
from handlers.persistence import MIGRATED_SUFFIX, StoreSession, migrate_json
from handlers.processor import PerChatUpdateProcessor
from sailau.store import StoreError, open_store


async def restarted(harness: Harness, tmp_path: Path) -> Harness:
    """The same data directory opened by a new application, once the old one wrote its data."""
    await harness.app.update_persistence()
    harness.session.flush()
    session = StoreSession(open_store(tmp_path))
    api = BotApi()
    app = build_application(settings(tmp_path), session, FakeRequest(api))
    await app.initialize()
    return Harness(app, api, session)


async def test_language_and_conversation_survive_a_restart(
    harness: Harness, tmp_path: Path
) -> None:
    await harness.send(text_update("/lang ru"))
    await harness.send(text_update("how many seats did ak zhol win in 2016"))
    again = await restarted(harness, tmp_path)
    try:
        [text] = await again.texts(text_update("а в 2021?"))  # a follow-up of the old topic
        assert "Ак жол" in text and "12" in text
    finally:
        await again.app.shutdown()
        again.session.close()


def test_chat_data_reads_what_it_wrote_and_ignores_what_it_does_not_know() -> None:
    chat = ChatData()
    chat.lang, chat.cooldown, chat.inactive_since = "kk", 5.0, 12.0
    chat.answered(1, 101)
    chat.sent = [1.0, 2.0]
    copy = ChatData()
    copy.load({**chat.to_json(), "future_field": [1, 2]})
    assert copy.to_json() == chat.to_json()
    odd = ChatData()
    odd.load({"lang": "de", "cooldown": -1, "answers": [[1, "x"], 5], "sent": ["a", 3.0]})
    assert (odd.lang, odd.cooldown, odd.answers, odd.sent) == (None, None, {}, [3.0])


def test_the_old_chats_json_is_migrated_once(tmp_path: Path) -> None:
    old = tmp_path / "chats.json"
    chats = {"42": {"lang": "kk"}, "-1001": {"lang": "ru", "cooldown": 10}, "x": {}, "7": "ru"}
    old.write_text(json.dumps({"chats": chats, "file_ids": {"k": "AgAC-9"}}), encoding="utf-8")
    store = open_store(tmp_path)
    assert migrate_json(store, old) == 2
    assert not old.exists() and (tmp_path / f"chats.json{MIGRATED_SUFFIX}").exists()
    assert migrate_json(store, old) is None  # once
    kk, group = ChatData(), ChatData()
    kk.load(store.load_chat(42) or {})
    group.load(store.load_chat(-1001) or {})
    assert (kk.lang, group.lang, group.cooldown) == ("kk", "ru", 10.0)
    assert store.load_bot()["file_ids"] == {"k": "AgAC-9"}
    store.close()


async def test_a_group_upgraded_to_a_supergroup_keeps_its_settings(harness: Harness) -> None:
    harness.api.admins.add(7)
    await harness.send(text_update("/lang kk", chat_id=GROUP_ID))
    new = GROUP_ID - 1000
    service = message(chat_id=GROUP_ID, migrate_to_chat_id=new)
    await harness.send({"message": service})
    assert harness.chat(new).lang == "kk"
    stored = await harness.stored_chat(new)
    assert stored is not None and stored["lang"] == "kk"
    assert await harness.stored_chat(GROUP_ID) is None
    [text] = await harness.texts(text_update("/seats", chat_id=new))
    assert "76 орын" in text


def test_an_unreadable_chats_json_is_reported_and_kept(tmp_path: Path) -> None:
    old = tmp_path / "chats.json"
    old.write_text("{not json", encoding="utf-8")
    store = open_store(tmp_path)
    with pytest.raises(StoreError, match=r"chats\.json"):
        migrate_json(store, old)
    assert old.read_text(encoding="utf-8") == "{not json"
    store.close()


async def test_a_quiet_chat_leaves_memory_and_its_conversation_goes_on(harness: Harness) -> None:
    await harness.send(text_update("/lang ru", chat_id=7))
    await harness.send(text_update("how many seats did ak zhol win in 2016", chat_id=7))
    await harness.send(text_update("how many seats did auyl win", chat_id=8))
    quiet_since = harness.chat(7).touched + 1e-6  # chat 8 wrote later
    assert chats.forget_quiet(harness.app, quiet_since) == 1
    assert 7 not in harness.app.chat_data and 8 in harness.app.chat_data
    stored = await harness.stored_chat(7)  # the drop kept it in the store
    assert stored is not None and stored["lang"] == "ru"
    [text] = await harness.texts(text_update("а в 2021?", chat_id=7))  # read back: a follow-up
    assert "Ак жол" in text and "12" in text


async def test_a_chat_writing_again_before_its_release_is_stored_keeps_what_it_wrote(
    harness: Harness,
) -> None:
    await harness.send(text_update("how many seats did ak zhol win in 2016", chat_id=7))
    assert chats.forget_quiet(harness.app, time.monotonic()) == 1
    await harness.send(text_update("/lang kk", chat_id=7))  # before PTB passed the drop on
    stored = await harness.stored_chat(7)
    assert stored is not None and stored["lang"] == "kk"
    assert harness.chat(7).lang == "kk"
    await harness.app.update_persistence()  # a later write has nothing left to undo
    assert (await harness.stored_chat(7) or {}).get("lang") == "kk"


async def test_a_chat_with_an_update_in_flight_stays_in_memory(harness: Harness) -> None:
    await harness.send(text_update("how many seats did ak zhol win", chat_id=7))
    processor = harness.app.update_processor
    assert isinstance(processor, PerChatUpdateProcessor)
    entered, leave = asyncio.Event(), asyncio.Event()

    async def in_flight() -> None:
        entered.set()
        await leave.wait()

    update = Update.de_json({"update_id": 9, **text_update("?", chat_id=7)}, harness.app.bot)
    task = asyncio.create_task(processor.do_process_update(update, in_flight()))
    await entered.wait()
    assert chats.forget_quiet(harness.app, time.monotonic()) == 0
    leave.set()
    await task
    assert chats.forget_quiet(harness.app, time.monotonic()) == 1
