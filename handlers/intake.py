"""Updates in: from Telegram (long polling or the webhook) into the journal, then to the handlers,
and out of the journal once answered.

Process, then confirm. Telegram counts an update delivered when the next getUpdates asks past
it (polling) or when the webhook answers 200. Sailau writes every update to the journal (synced
to disk) before either happens, and takes it out of the journal only when it has been answered
(`handlers.tickets`). A bot killed at any moment therefore finds, at its next start, exactly the
updates that were delivered to it and not answered, and answers them; one delivered twice (a
webhook retry, a poll repeated after a crash) is recognised by its id and answered once.

An update is recorded as answered in the step the result of its answer's call came back, before
anything else runs (`handlers.tickets`; a group's merged answers in one transaction), so a kill
at any later instant finds it answered. What no bot can know: whether Telegram took a message
whose result never came back (a crash or a timeout in the middle of that call). Such an answer
is sent again: a question is never left unanswered, and may, in that case alone, be answered
twice. (The records of answers are not synced to disk: a power cut may also forget the last.)

A poison update (one that can't be read, or that brought the bot down `MAX_ATTEMPTS` times) is
logged once and skipped.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.request import BaseRequest

from handlers import tickets
from handlers.context import SailauApp
from handlers.persistence import StorePersistence, StoreSession
from handlers.ratelimit import backoff, seconds
from sailau.store import Outcome

log = logging.getLogger(__name__)

IN_MEMORY = 1000
"""Updates held in memory at once (being answered or waiting for their chat's turn); beyond
that, polling waits and the rest stay with Telegram (or in the journal)."""
POLL_LIMIT = 100
MAX_ATTEMPTS = 3
"""Starts an update may see unanswered before it counts as poison."""
STALL_FACTOR = 3.0
"""The bot is unhealthy when polling has not succeeded, or running updates have made no
progress, for this many (long-poll timeout + API timeout)."""


@dataclass
class Pending:
    """An update waiting to be handled: its id, and its JSON (parsed, or as text)."""

    update_id: int
    data: dict[str, Any] | None
    text: str = ""

    def json(self) -> dict[str, Any]:
        if self.data is not None:
            return self.data
        value = json.loads(self.text)
        if not isinstance(value, dict):
            raise ValueError("an update must be a JSON object")
        return value


@dataclass
class Progress:
    """When the bot last moved on, for the health check."""

    polled: float = field(default_factory=time.monotonic)
    finished: float = field(default_factory=time.monotonic)
    answered: int = 0
    skipped: int = 0
    poll_failures: int = 0


def update_id(data: object) -> int | None:
    """The `update_id` of an update's JSON, if it has a usable one."""
    value = data.get("update_id") if isinstance(data, dict) else None
    return value if type(value) is int and value >= 0 else None


class Intake:
    """The journal-backed way from Telegram to the handlers (see the module docstring)."""

    def __init__(self, app: SailauApp, session: StoreSession, stall_seconds: float) -> None:
        self._app = app
        self._session = session
        self._stall = stall_seconds
        self._queue: deque[Pending] = deque()
        self._spilled = False
        """The journal holds unanswered updates newer than those in `_queue`."""
        self._tail = 0
        """The newest update id taken from the journal or queued."""
        self._running: dict[int, tuple[tickets.Ticket, asyncio.Task[None]]] = {}
        self._room = asyncio.Event()
        self._room.set()
        self._refilling = False
        self._refill_task: asyncio.Task[None] | None = None
        self._stopping = False
        self.polling = False
        self.progress = Progress()

    @property
    def persistence(self) -> StorePersistence:
        found = self._app.persistence
        assert isinstance(found, StorePersistence)
        return found

    # -- in ------------------------------------------------------------------------------

    async def accept(self, updates: Sequence[Pending]) -> None:
        """Journal `updates` (synced to disk), then queue the new ones; repeated ids are
        dropped. Returns once the journal holds them: only then may Telegram be told."""
        if not updates:
            return
        received = time.time()
        rows = [(u.update_id, u.text or json.dumps(u.data, ensure_ascii=False)) for u in updates]
        store = self._session.store
        added = set(self._session.now(lambda: store.journal(rows, received), durable=True))
        for update in updates:
            if update.update_id not in added:
                log.debug("update %s repeated: already journalled", update.update_id)
            elif self._spilled or len(self._queue) >= IN_MEMORY:
                self._spilled = True
            else:
                self._queue.append(update)
                self._tail = max(self._tail, update.update_id)
        self._start_more()

    async def recover(self) -> None:
        """At start: what the journal holds unanswered is answered first (poison skipped)."""
        waiting = self._session.now(self._session.store.restarted)
        if waiting:
            log.info("%d updates received before the last stop are answered now", waiting)
            self._spilled = True
            self._start_more()

    def _start_more(self) -> None:
        while self._queue and len(self._running) < IN_MEMORY and not self._stopping:
            entry = self._queue.popleft()
            ticket = tickets.Ticket(entry.update_id, self._finished)
            task = asyncio.create_task(
                self._handle(entry, ticket), name=f"update {entry.update_id}"
            )
            self._running[entry.update_id] = (ticket, task)
        if self._spilled and len(self._queue) < IN_MEMORY // 2 and not self._refilling:
            self._refilling = True
            self._refill_task = asyncio.create_task(self._refill(), name="journal refill")
        if len(self._queue) + len(self._running) < IN_MEMORY:
            self._room.set()
        else:
            self._room.clear()

    async def _refill(self) -> None:
        """Take the next unanswered updates from the journal into the queue."""
        await asyncio.sleep(0)  # after what is running now
        store, tail, room = self._session.store, self._tail, IN_MEMORY - len(self._queue)
        try:
            entries = self._session.now(lambda: store.pending(tail, room))
        finally:
            self._refilling = False
        for entry in entries:
            if entry.attempts >= MAX_ATTEMPTS:
                self._skip(entry.update_id, f"unanswered after {entry.attempts} starts")
            else:
                self._queue.append(Pending(entry.update_id, None, entry.payload))
            self._tail = max(self._tail, entry.update_id)
        if len(entries) < room:
            self._spilled = False
        self._start_more()

    # -- handling ------------------------------------------------------------------------

    async def _handle(self, entry: Pending, ticket: tickets.Ticket) -> None:
        try:
            try:
                update = Update.de_json(entry.json(), self._app.bot)
            except Exception as exc:
                self._skip(entry.update_id, f"unreadable ({type(exc).__name__}: {exc})")
                return
            ticket.chat_id = update.effective_chat.id if update.effective_chat else None
            token = tickets.CURRENT.set(ticket)
            try:
                processor = self._app.update_processor
                await processor.process_update(update, self._app.process_update(update))
            finally:
                tickets.CURRENT.reset(token)
            ticket.handled()  # finished now, or once what it queued went out (`_finished`)
            await ticket.settled()
        finally:
            self._running.pop(entry.update_id, None)
            self._start_more()

    def _finished(self, done: Sequence[tickets.Ticket]) -> None:
        """These updates are answered (by one message, if several): their chats' data and their
        ends are committed at once, in one transaction, in the step their answer's result came
        in, so that nothing (no other call to Telegram) runs between the two."""
        store = self._session.store
        for ticket in done:
            chat, answered = ticket.chat_id, ticket.update_id
            if chat is not None and chat in self._app.chat_data:
                self.persistence.save_chat(chat, self._app.chat_data[chat])
            finish = functools.partial(store.finish, answered, Outcome.ANSWERED)
            self._session.post(finish, f"update {answered} answered")
        self._session.flush()
        self.progress.answered += len(done)
        self.progress.finished = time.monotonic()

    def _skip(self, update_id: int, why: str) -> None:
        log.error("update %s skipped: %s", update_id, why)
        store = self._session.store
        self._session.post(
            lambda: store.finish(update_id, Outcome.SKIPPED), f"update {update_id} skipped"
        )
        self.progress.skipped += 1

    # -- long polling --------------------------------------------------------------------

    async def poll(self, request: BaseRequest, wait: float, read_margin: float) -> None:
        """Long-poll getUpdates (each waiting up to `wait` seconds) until cancelled; each batch
        is journalled before the next poll confirms it. `InvalidToken` ends it (and the bot)."""
        self.polling = True
        offset: int | None = None
        failures = 0
        url = f"{self._app.bot.base_url}/getUpdates"
        while True:
            await self._room.wait()
            query: dict[str, object] = {"timeout": int(wait) if wait % 1 == 0 else wait}
            query["limit"] = POLL_LIMIT
            query["allowed_updates"] = json.dumps(Update.ALL_TYPES)
            if offset is not None:
                query["offset"] = offset
            try:
                result = await request.post(
                    f"{url}?{urlencode(query)}", read_timeout=wait + read_margin
                )
            except InvalidToken:
                raise
            except RetryAfter as exc:
                await self._poll_failed(failures := failures + 1, exc, seconds(exc.retry_after))
                continue
            except TelegramError as exc:
                await self._poll_failed(failures := failures + 1, exc, backoff(failures))
                continue
            if failures:
                log.info("polling works again after %d failures", failures)
            failures = 0
            self.progress.polled = time.monotonic()
            batch, offset = self._batch(result, offset)
            await self.accept(batch)

    def _batch(self, result: object, offset: int | None) -> tuple[list[Pending], int | None]:
        """getUpdates' result as pending updates, and the offset that confirms them."""
        items = result if isinstance(result, list) else []
        batch = []
        for item in items:
            found = update_id(item)
            if found is None:
                log.error("getUpdates returned an update without a usable update_id: skipped")
                continue
            batch.append(Pending(found, item))
            offset = max(offset or 0, found + 1)
        return batch, offset

    async def _poll_failed(self, failures: int, exc: TelegramError, wait: float) -> None:
        self.progress.poll_failures += 1
        level = logging.WARNING if failures == 1 or failures % 20 == 0 else logging.DEBUG
        log.log(level, "getUpdates failed (%s: %s); again in %.1f s", type(exc).__name__, exc, wait)
        await asyncio.sleep(wait)

    # -- stopping and health -------------------------------------------------------------

    async def stop(self, grace: float) -> None:
        """Start nothing new; updates not begun are left to the journal at once, those being
        handled get `grace` seconds to finish, then are cancelled (and stay journalled)."""
        self._stopping = True
        self._queue.clear()
        waiting = [task for ticket, task in self._running.values() if not ticket.started]
        for task in waiting:
            task.cancel()
        busy = [task for ticket, task in self._running.values() if ticket.started]
        if busy:
            log.info("stopping: %d updates being answered get %.0f s", len(busy), grace)
            _, late = await asyncio.wait(busy, timeout=grace)
            for task in late:
                task.cancel()
        tasks = [task for _, task in self._running.values()]
        await asyncio.gather(*tasks, return_exceptions=True)

    def health(self) -> tuple[bool, dict[str, Any]]:
        """Whether the bot is making progress, and the figures that say so."""
        now = time.monotonic()
        running = sum(1 for ticket, _ in self._running.values() if ticket.running)
        stalled_poll = self.polling and now - self.progress.polled > self._stall
        stalled_work = running > 0 and now - self.progress.finished > self._stall
        return not (stalled_poll or stalled_work), {
            "polling": self.polling,
            "seconds_since_poll": round(now - self.progress.polled, 1) if self.polling else None,
            "seconds_since_answer": round(now - self.progress.finished, 1),
            "running": running,
            "queued": len(self._queue) + len(self._running) - running,
            "answered": self.progress.answered,
            "skipped": self.progress.skipped,
            "poll_failures": self.progress.poll_failures,
        }
