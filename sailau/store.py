"""What the bot keeps across restarts: each chat's data, the bot's own data, and the journal of
updates received from Telegram and not yet answered.

`Store` is the interface the Telegram layer uses; `SqliteStore` is the default, one SQLite file
in write-ahead-log mode (`$SAILAU_DATA_DIR/sailau.sqlite3`). A store shared by several replicas
(Redis, a database server) can implement the same methods later: chats and the journal are
keyed by Telegram's own ids, and nothing here assumes one process.

Values are JSON objects whose shape belongs to the caller (`handlers.context.ChatData` and
`BotData`); the store only keeps them. The journal holds each update's JSON until it is answered:
an update goes in before Telegram is told it arrived, and comes out answered (or skipped), so
that a crash in between loses nothing. Each call is synchronous and short; `transaction()`
groups several into one commit.
"""

from __future__ import annotations

import contextlib
import enum
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

JsonObject = dict[str, Any]

SCHEMA_VERSION = 1
JOURNAL_KEPT_SECONDS = 2 * 24 * 3600.0
"""How long answered update ids are remembered, to recognise Telegram delivering one again
(Telegram keeps undelivered updates for 24 hours)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chats (
    chat_id INTEGER PRIMARY KEY,
    data TEXT NOT NULL,
    seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS chats_seen ON chats (seen);
CREATE TABLE IF NOT EXISTS bot (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
    update_id INTEGER PRIMARY KEY,
    payload TEXT,
    received REAL NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS updates_pending ON updates (update_id) WHERE state = 0;
CREATE INDEX IF NOT EXISTS updates_received ON updates (received) WHERE state != 0;
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class Outcome(enum.IntEnum):
    """What became of a journalled update."""

    PENDING = 0
    ANSWERED = 1
    SKIPPED = 2
    """Could not be handled (unreadable, or it crashed the bot on every attempt)."""


@dataclass(frozen=True)
class Entry:
    """One journalled update: its id, its JSON, and how many starts it has survived unanswered."""

    update_id: int
    payload: str
    attempts: int


class StoreError(Exception):
    """The store can't be opened or written; the message names the file."""


class Store(Protocol):
    """Chats, bot data and the update journal."""

    path: Path

    def load_chat(self, chat_id: int) -> JsonObject | None: ...

    def save_chat(self, chat_id: int, data: JsonObject, seen: float) -> None: ...

    def drop_chat(self, chat_id: int) -> None: ...

    def load_bot(self) -> JsonObject: ...

    def save_bot(self, data: JsonObject) -> None: ...

    def journal(self, updates: Sequence[tuple[int, str]], received: float) -> list[int]: ...

    def pending(self, after: int, limit: int) -> list[Entry]: ...

    def finish(self, update_id: int, outcome: Outcome) -> None: ...

    def restarted(self) -> int: ...

    def prune(self, now: float, chats_older_than: float, limit: int) -> tuple[int, int]: ...

    def meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...

    def transaction(self, durable: bool = False) -> contextlib.AbstractContextManager[None]: ...

    def close(self) -> None: ...


def _loads(text: str) -> JsonObject | None:
    """A stored JSON object; None for anything else (a damaged row is treated as absent)."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _dumps(data: JsonObject) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class SqliteStore:
    """A `Store` in one SQLite file (WAL, NORMAL sync: a commit survives the process being
    killed; the journal is synced to disk before Telegram is told an update arrived).

    One connection, used by one thread (the Telegram layer's event loop); other processes may
    read the file while it is open.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=5000")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: written by a newer Sailau (schema {version}, this one reads "
                    f"{SCHEMA_VERSION})"
                )
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: {exc}") from exc
        self._depth = 0

    @contextlib.contextmanager
    def transaction(self, durable: bool = False) -> Iterator[None]:
        """Everything inside is committed at once (nested calls join the outer one); with
        `durable`, the commit is synced to disk (it survives a power cut, not only a crash)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if durable:
            self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")
        finally:
            self._depth = 0
            if durable:
                self._db.execute("PRAGMA synchronous=NORMAL")

    # -- chats and the bot's own data ------------------------------------------------------

    def load_chat(self, chat_id: int) -> JsonObject | None:
        row = self._db.execute("SELECT data FROM chats WHERE chat_id = ?", (chat_id,)).fetchone()
        return None if row is None else _loads(row[0])

    def save_chat(self, chat_id: int, data: JsonObject, seen: float) -> None:
        self._db.execute(
            "INSERT INTO chats (chat_id, data, seen) VALUES (?, ?, ?) ON CONFLICT (chat_id) "
            "DO UPDATE SET data = excluded.data, seen = max(seen, excluded.seen)",
            (chat_id, _dumps(data), seen),
        )

    def drop_chat(self, chat_id: int) -> None:
        self._db.execute("DELETE FROM chats WHERE chat_id = ?", (chat_id,))

    def chat_ids(self) -> list[int]:
        return [row[0] for row in self._db.execute("SELECT chat_id FROM chats ORDER BY chat_id")]

    def load_bot(self) -> JsonObject:
        row = self._db.execute("SELECT data FROM bot WHERE key = 'bot'").fetchone()
        return (_loads(row[0]) if row else None) or {}

    def save_bot(self, data: JsonObject) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO bot (key, data) VALUES ('bot', ?)", (_dumps(data),)
        )

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- the update journal ----------------------------------------------------------------

    def journal(self, updates: Sequence[tuple[int, str]], received: float) -> list[int]:
        """Add updates (id, JSON); the ids that were new (a repeated id is ignored, whether
        still pending or long answered). Synced to disk before it returns."""
        added = []
        with self.transaction(durable=True):
            for update_id, payload in updates:
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO updates (update_id, payload, received) VALUES (?, ?, ?)",
                    (update_id, payload, received),
                )
                if cursor.rowcount:
                    added.append(update_id)
        return added

    def pending(self, after: int, limit: int) -> list[Entry]:
        """Unanswered updates with ids above `after`, oldest first."""
        rows = self._db.execute(
            "SELECT update_id, payload, attempts FROM updates "
            "WHERE state = 0 AND update_id > ? ORDER BY update_id LIMIT ?",
            (after, limit),
        )
        return [Entry(update_id, payload or "", attempts) for update_id, payload, attempts in rows]

    def finish(self, update_id: int, outcome: Outcome) -> None:
        """The update is answered or skipped: its JSON is dropped, its id kept for a while."""
        self._db.execute(
            "UPDATE updates SET state = ?, payload = NULL WHERE update_id = ?",
            (int(outcome), update_id),
        )

    def restarted(self) -> int:
        """Count one more start for every unanswered update (a poison update is one that is
        still unanswered after several); how many there are."""
        cursor = self._db.execute("UPDATE updates SET attempts = attempts + 1 WHERE state = 0")
        return cursor.rowcount

    def counts(self) -> dict[Outcome, int]:
        rows = self._db.execute("SELECT state, count(*) FROM updates GROUP BY state")
        return {Outcome(state): n for state, n in rows}

    def prune(self, now: float, chats_older_than: float, limit: int) -> tuple[int, int]:
        """Forget (at most `limit` of each) chats not seen since `chats_older_than` and answered
        updates older than `JOURNAL_KEPT_SECONDS`; how many of each."""
        with self.transaction():
            chats = self._db.execute(
                "DELETE FROM chats WHERE chat_id IN "
                "(SELECT chat_id FROM chats WHERE seen < ? LIMIT ?)",
                (chats_older_than, limit),
            )
            updates = self._db.execute(
                "DELETE FROM updates WHERE update_id IN (SELECT update_id FROM updates "
                "WHERE state != 0 AND received < ? LIMIT ?)",
                (now - JOURNAL_KEPT_SECONDS, limit),
            )
        return chats.rowcount, updates.rowcount

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (SQLite also does it by itself)."""
        self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()


def open_store(data_dir: Path) -> SqliteStore:
    """The store in `data_dir` (created if need be)."""
    return SqliteStore(data_dir / "sailau.sqlite3")
