"""Groups and channels get the bot's messages through an outbox that keeps Telegram's limit of
20 messages a minute per group: a group's messages go out one by one, at least its cooldown
apart and at most `PER_MINUTE` in any minute. Questions asked meanwhile are not refused: their
answers wait, and answers waiting together go out merged into one message (each under its
question, quoted) while they fit in Telegram's 4096 characters.

An update whose answer waits here is not finished until the answer has gone out (its ticket is
held), so a bot stopped meanwhile answers it after its restart; the updates of a message that
went out are finished together, in the step its result came in (`handlers.tickets`). While the
group waits, it sees that an answer is coming ("typing…", `handlers.actions`); whoever pressed
a button learns when (`delay`, shown to them alone).
"""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from telegram import Message
from telegram.constants import MessageLimit
from telegram.ext import Application

from handlers import tickets
from handlers.actions import MOMENT, TYPING, Showing
from handlers.tickets import Ticket
from handlers.where import Where

log = logging.getLogger(__name__)

PER_MINUTE = 19
"""Messages to one group in any 60 s (Telegram's limit is 20; one is left for error notices
that Telegram itself might count)."""
WINDOW = 60.0
QUESTION_SHOWN = 120
"""Characters of a question quoted above its answer in a merged message."""
SEPARATOR = "\n\n"


def wait_before(sent: Sequence[float], now: float, spacing: float, per_minute: int) -> float:
    """Seconds until a group that was written to at `sent` (oldest first) may be written to
    again: `spacing` after the last message, and no more than `per_minute` in any `WINDOW`."""
    recent = [t for t in sent if now - t < WINDOW]
    wait = recent[-1] + spacing - now if recent else 0.0
    if len(recent) >= per_minute:
        wait = max(wait, recent[-per_minute] + WINDOW - now)
    return max(0.0, wait)


@dataclass(eq=False)
class Item:
    """One message waiting for its group's turn. `send` sends it alone; `text` (HTML), when
    set, lets it merge with the text items queued next to it (same forum topic)."""

    where: Where
    send: Callable[[Where], Awaitable[Message | None]]
    text: str | None = None
    question: str | None = None
    update: object = None
    action: str = TYPING
    """What the group is shown while the item waits for its turn."""
    ticket: Ticket | None = field(default=None, repr=False)


def merged_text(items: Sequence[Item]) -> str:
    """Several answers as one message: each under its question, quoted."""
    parts = []
    for item in items:
        question = (item.question or "").strip()
        if len(question) > QUESTION_SHOWN:
            question = question[: QUESTION_SHOWN - 1] + "…"
        quote = (
            f"<blockquote>{html.escape(question, quote=False)}</blockquote>\n" if question else ""
        )
        parts.append(quote + (item.text or ""))
    return SEPARATOR.join(parts)


def take_batch(queue: deque[Item]) -> list[Item]:
    """The next message's items: the first, and the text items after it that merge with it."""
    batch = [queue.popleft()]
    if batch[0].text is None:
        return batch
    while (
        queue and queue[0].text is not None and queue[0].where.thread_id == batch[0].where.thread_id
    ):
        if len(merged_text([*batch, queue[0]])) > MessageLimit.MAX_TEXT_LENGTH:
            break
        batch.append(queue.popleft())
    return batch


class Outbox:
    """The outboxes of all groups. `spacing(chat_id)` is a group's cooldown in seconds;
    `history(chat_id)` the list of its last send times (seconds since the epoch), which the
    outbox updates (it is kept with the chat's data)."""

    def __init__(
        self,
        spacing: Callable[[int], float],
        history: Callable[[int], list[float]],
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self._spacing = spacing
        self._history = history
        self._clock = clock
        self._sleep = sleep
        self._queues: dict[int, deque[Item]] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._app: Application[Any, Any, Any, Any, Any, Any] | None = None

    def waiting(self) -> int:
        """Messages queued in all groups."""
        return sum(len(q) for q in self._queues.values())

    def holds(self, chat: int) -> bool:
        """Whether `chat` has messages queued or being sent."""
        return bool(self._queues.get(chat)) or chat in self._tasks

    def delay(self, chat: int) -> float:
        """Seconds, at most, before a message queued now for `chat` goes out: the group's wait,
        and a cooldown for each message queued before it (those may yet go out merged)."""
        queued = len(self._queues.get(chat, ()))
        spacing = self._spacing(chat)
        wait = wait_before(self._history(chat), self._clock(), spacing, PER_MINUTE)
        return wait + queued * spacing

    def put(self, app: Application[Any, Any, Any, Any, Any, Any], item: Item) -> None:
        """Queue `item` for its group; the current update's ticket is held until it is sent."""
        self._app = app
        item.ticket = tickets.current()
        if item.ticket is not None:
            item.ticket.hold()
        chat = item.where.chat_id
        self._queues.setdefault(chat, deque()).append(item)
        if chat not in self._tasks:
            self._tasks[chat] = asyncio.create_task(self._drain(chat), name=f"outbox {chat}")

    async def _drain(self, chat: int) -> None:
        """Send the group's queue in order: one message at a time while the budget allows, all
        that waited merged (when they fit) once it had to wait."""
        queue = self._queues[chat]
        waited = False
        try:
            while queue:
                sent = self._history(chat)
                wait = wait_before(sent, self._clock(), self._spacing(chat), PER_MINUTE)
                if wait > 0:
                    await self._wait(wait, queue[0])
                    waited = True
                    continue
                batch = take_batch(queue) if waited else [queue.popleft()]
                waited = False
                try:
                    await self._send(batch)
                finally:
                    sent.append(self._clock())
                    del sent[:-PER_MINUTE]
                # in the step the send's result came in: the journal records it before anything
                # else runs (cancelled meanwhile, the updates stay unfinished and are resent)
                tickets.release(item.ticket for item in batch if item.ticket is not None)
        finally:
            del self._tasks[chat]
            if not queue:
                del self._queues[chat]

    async def _wait(self, seconds: float, item: Item) -> None:
        """Wait for the group's turn, showing it that an answer is coming (unless the turn is
        only a moment away)."""
        if self._app is None or seconds < MOMENT:
            await self._sleep(seconds)
            return
        async with Showing(self._app.bot, item.where, item.action, after=0.0):
            await self._sleep(seconds)

    async def _send(self, batch: list[Item]) -> None:
        first = batch[0]
        try:
            if len(batch) == 1:
                await first.send(first.where)
                return
            assert self._app is not None
            last = batch[-1].where
            await self._app.bot.send_message(
                first.where.chat_id,
                merged_text(batch),
                message_thread_id=first.where.thread_id,
                reply_parameters=last.reply_parameters,
            )
        except Exception as exc:
            if self._app is None:
                raise
            await self._app.process_error(update=first.update, error=exc)

    async def settled(self) -> None:
        """Until every queued message has gone out (tests)."""
        while self._tasks:
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def close(self) -> None:
        """Drop what is still queued: its updates stay unfinished and are answered after a
        restart."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._queues.clear()
