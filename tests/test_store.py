"""The store (sailau/store.py): chats, bot data and the update journal in SQLite, across
reopening; a repeated update id is kept once; the retention rule; a file from a newer schema is
refused with its name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sailau.reply import Context
from sailau.store import JOURNAL_KEPT_SECONDS, Outcome, SqliteStore, StoreError, open_store


def test_chats_and_bot_data_survive_reopening(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.save_chat(42, {"lang": "kk"}, seen=100.0)
    store.save_chat(-1001, {"lang": "ru", "cooldown": 10}, seen=100.0)
    store.save_bot({"file_ids": {"parliament|year=2021|ru": "AgAC-1"}})
    store.drop_chat(-1001)
    store.close()
    again = open_store(tmp_path)
    assert again.load_chat(42) == {"lang": "kk"}
    assert again.load_chat(-1001) is None
    assert again.load_bot() == {"file_ids": {"parliament|year=2021|ru": "AgAC-1"}}
    assert (tmp_path / "sailau.sqlite3").exists()
    again.close()


def test_the_journal_keeps_each_update_once_until_it_is_answered(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.journal([(1, "{}"), (2, "{}")], received=1.0) == [1, 2]
    assert store.journal([(2, "{}"), (3, "{}")], received=1.0) == [3]  # 2 came again
    store.finish(2, Outcome.ANSWERED)
    assert store.journal([(2, "{}")], received=2.0) == []  # answered ids are remembered too
    assert [e.update_id for e in store.pending(0, 10)] == [1, 3]
    assert [e.update_id for e in store.pending(1, 10)] == [3]
    assert store.restarted() == 2
    assert [e.attempts for e in store.pending(0, 10)] == [1, 1]
    store.close()


def test_retention_forgets_idle_chats_and_old_answered_updates(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.save_chat(1, {}, seen=10.0)
    store.save_chat(2, {}, seen=500.0)
    store.journal([(1, "{}"), (2, "{}")], received=0.0)
    store.finish(1, Outcome.ANSWERED)
    now = JOURNAL_KEPT_SECONDS + 1
    assert store.prune(now, chats_older_than=100.0, limit=1) == (1, 1)
    assert store.load_chat(1) is None and store.load_chat(2) == {}
    assert [e.update_id for e in store.pending(0, 10)] == [2]  # unanswered is never pruned
    store.close()


def test_a_transaction_commits_all_or_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    with pytest.raises(RuntimeError), store.transaction():
        store.save_chat(1, {}, seen=1.0)
        raise RuntimeError("midway")
    assert store.load_chat(1) is None
    store.close()


def test_a_newer_schema_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "sailau.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=99")
    with pytest.raises(StoreError, match=r"sailau\.sqlite3"):
        SqliteStore(path)


def test_a_damaged_row_reads_as_absent(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.save_chat(7, {}, seen=1.0)
    store.close()
    with sqlite3.connect(tmp_path / "sailau.sqlite3") as db:
        db.execute("UPDATE chats SET data = '{not json' WHERE chat_id = 7")
    assert open_store(tmp_path).load_chat(7) is None


@pytest.mark.parametrize(
    "context",
    [
        Context(),
        Context("kk", "party_seats", (("party", "ak_zhol"), ("year", "2016"))),
    ],
)
def test_a_conversation_round_trips_through_json(context: Context) -> None:
    assert Context.from_json(context.to_json()) == context


def test_a_stored_conversation_of_another_version_is_read_as_far_as_it_goes() -> None:
    stored = {"lang": "de", "intent": 5, "slots": [["party", "ak_zhol"], ["x"], 3], "new": 1}
    assert Context.from_json(stored) == Context(None, None, (("party", "ak_zhol"),))
