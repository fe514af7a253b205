"""Per-chat settings and chart file ids survive a restart; a broken file does not stop the bot."""

from __future__ import annotations

import json
from pathlib import Path

from sailau.chatstore import ChatSettings, ChatStore, JsonChatStore, MemoryChatStore


def test_settings_and_file_ids_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "chats.json"
    store: ChatStore = JsonChatStore(path)
    assert store.get(42) == ChatSettings()
    store.put(42, ChatSettings(lang="kk"))
    store.put(-1001, ChatSettings(lang="ru", cooldown=10.0))
    store.put_file_id("parliament|year=2021|ru", "AgAC-1")
    again = JsonChatStore(path)
    assert again.get(42) == ChatSettings(lang="kk")
    assert again.get(-1001) == ChatSettings(lang="ru", cooldown=10.0)
    assert again.file_id("parliament|year=2021|ru") == "AgAC-1"
    assert again.file_id("missing") is None


def test_resetting_a_chat_forgets_it(tmp_path: Path) -> None:
    store = JsonChatStore(tmp_path / "chats.json")
    store.put(7, ChatSettings(lang="en"))
    store.put(7, ChatSettings())
    assert json.loads((tmp_path / "chats.json").read_text())["chats"] == {}


def test_a_corrupt_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "chats.json"
    path.write_text("{not json", encoding="utf-8")
    store = JsonChatStore(path)
    assert store.get(1) == ChatSettings()
    assert (tmp_path / "chats.json.corrupt").read_text() == "{not json"


def test_unknown_values_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "chats.json"
    chats = {"5": {"lang": "de", "cooldown": -3}, "x": {}, "6": "ru", "7": {"lang": "ru"}}
    path.write_text(json.dumps({"chats": chats, "file_ids": {"a": 1}}), encoding="utf-8")
    store = JsonChatStore(path)
    assert store.get(5) == ChatSettings()
    assert store.get(6) == ChatSettings()
    assert store.get(7) == ChatSettings(lang="ru")
    assert store.file_id("a") is None


def test_memory_store_is_a_chat_store() -> None:
    store: ChatStore = MemoryChatStore()
    store.put(1, ChatSettings(cooldown=0.0))
    assert store.get(1).cooldown == 0.0
