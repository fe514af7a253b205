"""PTB's persistence over Sailau's store (`sailau.store`): chat data read when a chat is first
seen, written when its update is finished (and by PTB's own periodic run); the bot's data; and
the one writer thread every store call goes through.

The store's calls are short, but a commit that syncs the journal to disk must not stall the
event loop, so they run on one thread of their own, in the order they were made. Writes that
nobody waits for (`post`) are committed together, as one transaction per batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
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
class _Job:
    run: Callable[[], Any]
    future: Future[Any] | None
    durable: bool
    note: str | None = None


_STOP = object()


class StoreThread:
    """Runs store calls on one thread, in order. `call` returns the result (awaitable);
    `post` does not wait; consecutive jobs are committed as one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._jobs: queue.SimpleQueue[_Job | object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="sailau-store", daemon=True)
        self._thread.start()

    async def call(self, run: Callable[[], T], *, durable: bool = False) -> T:
        """`run()` on the store thread; with `durable`, committed with a sync to disk."""
        future: Future[T] = Future()
        self._jobs.put(_Job(run, future, durable))
        return await asyncio.wrap_future(future)

    def post(self, run: Callable[[], object], note: str | None = None) -> None:
        """`run()` on the store thread, some time soon; a failure is logged, and so (at DEBUG)
        is `note` once the write is committed."""
        self._jobs.put(_Job(run, None, False, note))

    def _work(self) -> None:
        while True:
            first = self._jobs.get()
            if first is _STOP:
                return
            batch = [first]
            while not self._jobs.empty() and len(batch) < 1000:
                job = self._jobs.get()
                if job is _STOP:
                    self._run(batch)
                    return
                batch.append(job)
            self._run(batch)

    def _run(self, batch: list[Any]) -> None:
        jobs: list[_Job] = batch
        results: list[tuple[Future[Any] | None, Any, BaseException | None]] = []
        try:
            with self.store.transaction(durable=any(job.durable for job in jobs)):
                for job in jobs:
                    try:
                        results.append((job.future, job.run(), None))
                    except Exception as exc:
                        results.append((job.future, None, exc))
        except Exception as exc:  # the commit itself failed: every job did
            results = [(job.future, None, exc) for job in jobs]
        else:
            notes = [job.note for job in jobs if job.note]
            if notes and log.isEnabledFor(logging.DEBUG):
                log.debug("committed: %s", "; ".join(notes))
        for future, value, error in results:
            if future is None:
                if error is not None:
                    log.error("store write failed: %s", error, exc_info=error)
            elif error is not None:
                future.set_exception(error)
            else:
                future.set_result(value)

    async def close(self) -> None:
        """Finish what is queued, stop the thread, close the store."""
        self._jobs.put(_STOP)
        await asyncio.to_thread(self._thread.join)
        self.store.close()


class StorePersistence(BasePersistence[dict[Any, Any], ChatData, BotData]):
    """PTB's `BasePersistence` on a `Store`: chat data and bot data (no user data, no callback
    data, no conversations). A chat's data is read when the chat is first seen in this process
    (`refresh_chat_data`), not all at start."""

    def __init__(self, writer: StoreThread) -> None:
        super().__init__(
            store_data=PersistenceInput(user_data=False, callback_data=False),
            update_interval=UPDATE_INTERVAL,
        )
        self.writer = writer

    async def get_chat_data(self) -> dict[int, ChatData]:
        return {}

    async def refresh_chat_data(self, chat_id: int, chat_data: ChatData) -> None:
        if not chat_data.loaded:
            stored = await self.writer.call(lambda: self.writer.store.load_chat(chat_id))
            if not chat_data.loaded:  # another update of the chat may have loaded it meanwhile
                chat_data.load(stored or {})

    async def update_chat_data(self, chat_id: int, data: ChatData) -> None:
        self.save_chat(chat_id, data)

    def save_chat(self, chat_id: int, data: ChatData) -> None:
        """Queue a write of the chat's data as it is now."""
        if data.loaded:
            snapshot, seen = data.to_json(), time.time()
            self.writer.post(lambda: self.writer.store.save_chat(chat_id, snapshot, seen))

    async def drop_chat_data(self, chat_id: int) -> None:
        self.writer.post(lambda: self.writer.store.drop_chat(chat_id))

    async def get_bot_data(self) -> BotData:
        data = BotData()
        data.load(await self.writer.call(self.writer.store.load_bot))
        return data

    async def update_bot_data(self, data: BotData) -> None:
        snapshot = data.to_json()
        self.writer.post(lambda: self.writer.store.save_bot(snapshot))

    async def refresh_bot_data(self, bot_data: BotData) -> None:
        """The bot's data lives in this process only."""

    async def flush(self) -> None:
        await self.writer.call(lambda: None)

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
