"""How every Bot API call is made (PTB's rate-limiter hook, always installed): Telegram's answers
that are not a result get their due here, the same for every call.

- 429 (`RetryAfter`): that chat waits `retry_after`, whatever else happens; the call is then
  repeated. Other chats go on (the waiting call gives up its concurrency slot meanwhile).
- 5xx, time-outs, dropped connections (`NetworkError`, not `BadRequest`): repeated with
  exponential back-off and jitter, `MAX_RETRIES` times within `GIVE_UP_SECONDS`; then the error
  goes to the handler (and from it to the error handler), logged once.
- `ChatMigrated` (a group became a supergroup): the chat's data moves to the new id
  (`on_migrated`), the call is repeated there, and later calls for the old id go there directly.
- `Forbidden` (blocked, kicked): `on_forbidden` marks the chat; the error goes on.
- With `pace` (SAILAU_RATE_LIMIT=on), calls also keep to Telegram's flood limits: 30 a second
  overall and, per private chat, a burst of `PRIVATE_BURST` then one a second. Groups are paced
  by the group outbox (`handlers.outbox`), which can merge answers.
- A message that has to wait for the pace or a back-off shows its chat that it is coming
  ("typing…", "sending a photo…": `announce`) once the wait lasts beyond a moment; the usual
  message, sent at once, costs nothing of the kind. (A 429's wait is not announced: Telegram
  asked for no calls to that chat meanwhile.) Chat actions themselves (`COURTESIES`) are
  made once, as they come: never paced (they would hold up the answer they announce), never
  repeated, and not made at all while their chat waits out a 429.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import random
import time
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
)
from telegram.ext import BaseRateLimiter

from handlers.processor import idle

log = logging.getLogger(__name__)

MAX_RETRIES = 5
GIVE_UP_SECONDS = 30.0
"""No further attempt starts this long after the first (a 429's wait does not count)."""
MAX_FLOOD_WAITS = 5
"""How often one call waits out a 429 before it gives up."""
FIRST_BACKOFF, MAX_BACKOFF = 0.5, 8.0
OVERALL_PER_SECOND = 30
PRIVATE_BURST = 3
"""A private chat gets a short burst (a chart and its text), then one message a second."""
PRIVATE_LIMITERS_KEPT = 4096
COURTESIES = frozenset({"sendChatAction"})
"""Calls worth nothing once late: made once, unpaced, skipped while their chat must wait."""
ANNOUNCED = {"sendMessage": "typing", "sendPhoto": "upload_photo"}
"""What a chat is shown while a message of this kind waits to be sent to it."""

Announce = Callable[[int, int | None, str], AbstractAsyncContextManager[None]]
"""(chat, forum topic, action) -> a block during which the chat is shown the action."""

Callback = Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]]
Result = bool | dict[str, Any] | list[dict[str, Any]]


def backoff(attempt: int) -> float:
    """Seconds before retry number `attempt` (1, 2, ...): doubling, capped, ±25 % jitter."""
    base: float = min(MAX_BACKOFF, FIRST_BACKOFF * 2.0 ** (attempt - 1))
    return base * random.uniform(0.75, 1.25)


def seconds(value: int | dt.timedelta) -> float:
    return float(value.total_seconds() if isinstance(value, dt.timedelta) else value)


def _chat(data: dict[str, Any]) -> int | str | None:
    chat = data.get("chat_id")
    return chat if isinstance(chat, int | str) and not isinstance(chat, bool) else None


class SendPolicy(BaseRateLimiter[int]):
    """See the module docstring. `clock` is monotonic seconds (tests may pass their own)."""

    def __init__(
        self,
        *,
        pace: bool,
        on_migrated: Callable[[int, int], Awaitable[None]] | None = None,
        on_forbidden: Callable[[int, str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._pace = pace
        self.on_migrated = on_migrated
        """Called (old id, new id) when a group turned out to be a supergroup now."""
        self.on_forbidden = on_forbidden
        """Called (chat id, Telegram's words) when Telegram refuses to let the bot write."""
        self.announce: Announce | None = None
        """Shows a chat that a message to it is coming while the message waits."""
        self._clock = clock
        self._paused: dict[int | str, float] = {}
        """Chat -> until when (clock) Telegram asked us not to write to it."""
        self._moved: dict[int, int] = {}
        self._overall = AsyncLimiter(OVERALL_PER_SECOND, 1)
        self._private: dict[int, AsyncLimiter] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def paused_until(self, chat: int | str) -> float:
        """Until when (clock) the chat is waiting out a 429; 0 when it is not."""
        return self._paused.get(chat, 0.0)

    async def _turn(self, chat: int | str | None, action: str | None, thread: object) -> None:
        """Until this chat may be written to: its 429 wait over, and (with pacing) the flood
        limits allowing; the chat is shown `action` if the pace holds it a while."""
        if chat is not None and self._paused.get(chat, 0.0) <= self._clock():
            self._paused.pop(chat, None)
        private = None
        if self._pace and isinstance(chat, int) and chat > 0:
            private = self._private_limiter(chat)
        paced = self._pace and not (
            self._overall.has_capacity() and (private is None or private.has_capacity())
        )
        if not paced:  # a 429's wait is not announced: Telegram asked for no calls meanwhile
            await self._admit(chat, private)
            return
        async with self._announcing(chat, action, thread):
            await self._admit(chat, private)

    async def _admit(self, chat: int | str | None, private: AsyncLimiter | None) -> None:
        if chat is not None:
            wait = self._paused.get(chat, 0.0) - self._clock()
            if wait > 0:
                await idle(asyncio.sleep(wait))
        if not self._pace or chat is None:
            return
        if private is not None:
            await idle(private.acquire())
        await idle(self._overall.acquire())

    def _announcing(
        self, chat: int | str | None, action: str | None, thread: object
    ) -> AbstractAsyncContextManager[None]:
        """The chat shown `action` while a message to it waits (when there is one to show)."""
        if self.announce is None or action is None or not isinstance(chat, int):
            return contextlib.nullcontext()
        return self.announce(chat, thread if isinstance(thread, int) else None, action)

    def _private_limiter(self, chat: int) -> AsyncLimiter:
        if len(self._private) > PRIVATE_LIMITERS_KEPT:  # forget chats whose burst is back
            for key, limiter in list(self._private.items()):
                if limiter.has_capacity(PRIVATE_BURST):
                    del self._private[key]
        return self._private.setdefault(chat, AsyncLimiter(PRIVATE_BURST, PRIVATE_BURST))

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        chat = _chat(data)
        if isinstance(chat, int) and chat in self._moved:
            args, data, chat = self._redirect(args, data, self._moved[chat])
        if endpoint in COURTESIES:
            if chat is not None and self._paused.get(chat, 0.0) > self._clock():
                return True
            return await callback(*args, **kwargs)
        started = self._clock()
        failures = floods = 0
        action, thread = ANNOUNCED.get(endpoint), data.get("message_thread_id")
        while True:
            await self._turn(chat, action, thread)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                floods += 1
                wait = seconds(exc.retry_after)
                if floods > MAX_FLOOD_WAITS:
                    log.warning("%s to chat %s: still 429 after %d waits", endpoint, chat, floods)
                    raise
                log.info("%s to chat %s: Telegram asks to wait %.0f s", endpoint, chat, wait)
                if chat is None:
                    await idle(asyncio.sleep(wait))
                else:
                    self._paused[chat] = max(self._paused.get(chat, 0.0), self._clock() + wait)
            except ChatMigrated as exc:
                if not isinstance(chat, int) or self.on_migrated is None:
                    raise
                new = int(exc.new_chat_id)
                log.info(
                    "chat %s is now supergroup %s: its data and this call move there", chat, new
                )
                self._moved[chat] = new
                await self.on_migrated(chat, new)
                args, data, chat = self._redirect(args, data, new)
            except Forbidden as exc:
                if isinstance(chat, int) and self.on_forbidden is not None:
                    self.on_forbidden(chat, str(exc))
                raise
            except BadRequest:
                raise
            except NetworkError as exc:
                failures += 1
                if failures > MAX_RETRIES or self._clock() - started > GIVE_UP_SECONDS:
                    log.warning(
                        "%s to chat %s failed %d times, given up: %s", endpoint, chat, failures, exc
                    )
                    raise
                log.debug("%s to chat %s failed (%s); retry %d", endpoint, chat, exc, failures)
                async with self._announcing(chat, action, thread):
                    await idle(asyncio.sleep(backoff(failures)))

    @staticmethod
    def _redirect(args: Any, data: dict[str, Any], chat: int) -> tuple[Any, dict[str, Any], int]:
        """The same call for another chat: the data dict among the callback's arguments is
        replaced by a copy naming `chat`."""
        moved = {**data, "chat_id": chat}
        new_args = tuple(moved if arg is data else arg for arg in args)
        return new_args, moved, chat
