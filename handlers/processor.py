"""Concurrent update processing that keeps each chat's updates in order."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> int | None:
    """The chat an update belongs to (the user for inline queries), or None."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


ADMITTED = 4096
"""Updates waiting at once (PTB's own semaphore); how many *run* at once is `concurrency`."""


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
            async with self._slots:
                await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
