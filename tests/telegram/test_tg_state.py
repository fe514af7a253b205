"""Chat state through PTB's own context and persistence: a chat's choices and conversation
survive a restart (written when its update is finished), the old chats.json is migrated once,
a group's upgrade to a supergroup moves its settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tg_botapi import BotApi
from tg_fakerequest import FakeRequest
from tg_harness import Harness, settings
from tg_updates import GROUP_ID, message, text_update

from handlers import build_application
from handlers.context import ChatData
from handlers.persistence import MIGRATED_SUFFIX, StoreSession, migrate_json
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
