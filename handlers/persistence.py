"""PTB's persistence over Sailau's store (`sailau.store`): chat data read when a chat is first
seen, written when its update is finished (and by PTB's own periodic run); the bot's data; and
the session every store call goes through.

The store is used from the event loop's thread only, at once: its calls take microseconds
(SQLite in WAL mode, no sync to disk but for the journal), and a thread of its own cost the
loop more in handing work over (and in the interpreter lock) than the calls themselves.
Writes that nobody waits for are committed together, once per turn of the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from telegram.ext import BasePersistence, PersistenceInput

from handlers.context import BotData, ChatData
from sailau.reply import LANGS
from sailau.store import Store, StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")
UPDATE_INTERVAL = 60.0
"""PTB writes the data of the chats it saw every so often too; Sailau already writes a chat's
data when each of its updates is finished, so this is only a backstop."""
MIGRATED_SUFFIX = ".migrated"


@dataclass
class _Write:
    run: Callable[[], object]
    note: str | None


class StoreSession:
    """The store as the event loop uses it, from the loop's thread only: `now` runs a call at
    once (after what was posted) in a transaction of its own; `post` queues a write, and what
    was posted during one turn of the loop is committed together at its end."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._posted: list[_Write] = []

    def now(self, run: Callable[[], T], *, durable: bool = False) -> T:
        """`run()` now; with `durable`, its commit is synced to disk before this returns."""
        self.flush()
        with self.store.transaction(durable=durable):
            return run()

    def post(self, run: Callable[[], object], note: str | None = None) -> None:
        """`run()` at the end of this turn of the event loop; a failure is logged, and so (at
        DEBUG) is `note` once the write is committed."""
        if not self._posted:
            asyncio.get_running_loop().call_soon(self.flush)
        self._posted.append(_Write(run, note))

    def flush(self) -> None:
        """Commit what was posted."""
        writes, self._posted = self._posted, []
        if not writes:
            return
        try:
            with self.store.transaction():
                for write in writes:
                    try:
                        write.run()
                    except Exception as exc:
                        log.error("store write failed: %s", exc, exc_info=exc)
        except Exception as exc:  # the commit itself failed
            log.error("store commit of %d writes failed: %s", len(writes), exc, exc_info=exc)
            return
        notes = [write.note for write in writes if write.note]
        if notes and log.isEnabledFor(logging.DEBUG):
            log.debug("committed: %s", "; ".join(notes))

    def close(self) -> None:
        """Commit what was posted, close the store."""
        self.flush()
        self.store.close()


class StorePersistence(BasePersistence[dict[Any, Any], ChatData, BotData]):
    """PTB's `BasePersistence` on a `Store`: chat data and bot data (no user data, no callback
    data, no conversations). A chat's data is read when the chat is first seen in this process
    (`refresh_chat_data`), not all at start."""

    def __init__(self, session: StoreSession) -> None:
        super().__init__(
            store_data=PersistenceInput(user_data=False, callback_data=False),
            update_interval=UPDATE_INTERVAL,
        )
        self.session = session
        self._released: set[int] = set()
        """Chats let go from memory (`release`) whose drop PTB has yet to pass on."""
        self._returned: dict[int, ChatData] = {}
        """Released chats that wrote again before that drop: written again after it."""

    async def get_chat_data(self) -> dict[int, ChatData]:
        return {}

    async def refresh_chat_data(self, chat_id: int, chat_data: ChatData) -> None:
        chat_data.touched = time.monotonic()
        if not chat_data.loaded:
            stored = self.session.now(lambda: self.session.store.load_chat(chat_id))
            chat_data.load(stored or {})
            if chat_id in self._released:
                self._returned[chat_id] = chat_data

    async def update_chat_data(self, chat_id: int, data: ChatData) -> None:
        self.save_chat(chat_id, data)

    def save_chat(self, chat_id: int, data: ChatData) -> None:
        """Queue a write of the chat's data as it is now."""
        if data.loaded:
            snapshot, seen = data.to_json(), time.time()
            self.session.post(lambda: self.session.store.save_chat(chat_id, snapshot, seen))

    def release(self, chat_id: int, data: ChatData) -> None:
        """Write the chat's data before `Application.drop_chat_data` lets it go from memory; the
        drop PTB passes on for it keeps it in the store (it is read back on the chat's next
        update)."""
        self.save_chat(chat_id, data)
        self._released.add(chat_id)

    async def drop_chat_data(self, chat_id: int) -> None:
        if chat_id in self._released:
            self._released.discard(chat_id)
            back = self._returned.pop(chat_id, None)
            if back is not None:  # PTB skips a dropped chat's update: what it wrote since
                self.save_chat(chat_id, back)
            return
        self.session.post(lambda: self.session.store.drop_chat(chat_id))

    async def get_bot_data(self) -> BotData:
        data = BotData()
        data.load(self.session.now(self.session.store.load_bot))
        return data

    async def update_bot_data(self, data: BotData) -> None:
        snapshot = data.to_json()
        self.session.post(lambda: self.session.store.save_bot(snapshot))

    async def refresh_bot_data(self, bot_data: BotData) -> None:
        """The bot's data lives in this process only."""

    async def flush(self) -> None:
        self.session.flush()

    # -- what Sailau does not keep ---------------------------------------------------------

    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        """No user data is kept."""

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        """No user data is kept."""

    async def drop_user_data(self, user_id: int) -> None:
        """No user data is kept."""

    async def get_callback_data(self) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        """Buttons carry their own data."""

    async def get_conversations(self, name: str) -> dict[Any, Any]:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        """No conversation handlers."""


def migrate_json(store: Store, path: Path) -> int | None:
    """Bring the chats of the old `chats.json` (language, cooldown, uploaded charts) into the
    store, once: the file is renamed to `chats.json.migrated`. How many chats; None if there was
    no file. A file that can't be read is kept as it is and reported."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path} can't be migrated: {exc}") from exc
    data = data if isinstance(data, dict) else {}
    chats, file_ids = data.get("chats"), data.get("file_ids")
    moved = 0
    with store.transaction(durable=True):
        for key, raw in (chats if isinstance(chats, dict) else {}).items():
            if not (isinstance(key, str) and key.lstrip("-").isdigit() and isinstance(raw, dict)):
                continue
            chat = ChatData()
            chat.load({"lang": raw.get("lang"), "cooldown": raw.get("cooldown")})
            if chat.lang in LANGS or chat.cooldown is not None:
                store.save_chat(int(key), chat.to_json(), time.time())
                moved += 1
        if isinstance(file_ids, dict):
            bot = BotData()
            bot.load(store.load_bot())
            bot.file_ids.update({k: v for k, v in file_ids.items() if isinstance(v, str)})
            store.save_bot(bot.to_json())
    with contextlib.suppress(OSError):
        path.replace(path.with_name(path.name + MIGRATED_SUFFIX))
    return moved
