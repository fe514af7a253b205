"""Telegram's flood limits: PTB's limiter (overall, per group, 429 retries) plus one per chat."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

PRIVATE_BURST = 3
"""A private chat gets a short burst (a chart and its text), then one message a second."""
MAX_RETRIES = 3
"""How often a request that got 429 is retried after waiting `retry_after`."""

Callback = Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]]


class ChatRateLimiter(AIORateLimiter):
    """`AIORateLimiter` (30/s overall, 20/min per group, waits out 429) + 1/s per private chat."""

    def __init__(self) -> None:
        super().__init__(max_retries=MAX_RETRIES)
        self._private: dict[int, AsyncLimiter] = {}

    def _private_limiter(self, chat_id: object) -> AsyncLimiter | contextlib.nullcontext[None]:
        with contextlib.suppress(TypeError, ValueError):
            chat = int(chat_id)  # type: ignore[call-overload]
            if chat > 0:
                if len(self._private) > 4096:
                    self._forget_idle()
                return self._private.setdefault(chat, AsyncLimiter(PRIVATE_BURST, PRIVATE_BURST))
        return contextlib.nullcontext()

    def _forget_idle(self) -> None:
        """Drop limiters whose whole burst is available again (as PTB does for groups)."""
        for key, limiter in list(self._private.items()):
            if limiter.has_capacity(PRIVATE_BURST):
                del self._private[key]

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        async with self._private_limiter(data.get("chat_id")):
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
