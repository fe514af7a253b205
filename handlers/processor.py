"""Concurrent update processing that keeps each chat's updates in order, and gives up its slot
while a call waits for Telegram's leave (`idle`)."""

from __future__ import annotations

import asyncio
import contextvars
import inspect
from collections import Counter
from collections.abc import Awaitable
from typing import Any, TypeVar

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from handlers import tickets

T = TypeVar("T")

ADMITTED = 4096
"""Updates waiting at once (PTB's own semaphore); how many *run* at once is `concurrency`."""


def chat_key(update: object) -> int | None:
    """The chat an update belongs to (the user for inline queries), or None."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class _Slot:
    """One of the processor's concurrency slots, as held by one update."""

    __slots__ = ("held", "semaphore")

    def __init__(self, semaphore: asyncio.Semaphore) -> None:
        self.semaphore = semaphore
        self.held = False

    async def take(self) -> None:
        await self.semaphore.acquire()
        self.held = True

    def give(self) -> None:
        if self.held:
            self.held = False
            self.semaphore.release()


_SLOT: contextvars.ContextVar[_Slot | None] = contextvars.ContextVar("slot", default=None)


async def idle(awaitable: Awaitable[T]) -> T:
    """Await `awaitable` (a wait Telegram imposed on one chat: 429, a back-off, a pace) without
    holding a slot, so that other chats go on meanwhile; the slot is taken back after."""
    slot = _SLOT.get()
    if slot is None:
        return await awaitable
    slot.give()
    try:
        return await awaitable
    finally:
        await slot.take()


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Different chats are answered concurrently; one chat's updates one after another.

    Order within a chat matters (a follow-up question needs the answer before it as context);
    across chats it does not, and waiting for one chat's network round trips would slow all.
    An update first waits for its chat's turn, then for a free slot: a chat sending many
    messages at once never holds slots that other chats could use.
    """

    def __init__(self, concurrency: int) -> None:
        super().__init__(ADMITTED)
        self._slots = asyncio.Semaphore(concurrency)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await self._run(coroutine)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                await self._run(coroutine)
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    def busy(self, chat_id: int) -> bool:
        """Whether an update of `chat_id` is being answered or waits its turn."""
        return chat_id in self._users

    async def _run(self, coroutine: Awaitable[Any]) -> None:
        slot = _Slot(self._slots)
        try:
            await slot.take()
            ticket = tickets.current()
            if ticket is not None:
                ticket.started = True
            token = _SLOT.set(slot)
            try:
                await coroutine
            finally:
                _SLOT.reset(token)
        finally:
            slot.give()
            if inspect.iscoroutine(coroutine) and inspect.getcoroutinestate(coroutine) == (
                inspect.CORO_CREATED
            ):
                coroutine.close()  # cancelled before it ran: no "never awaited" warning

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
