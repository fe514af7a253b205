""" "Sailau is typing…" / "sending a photo…" while an answer takes longer than a moment.

Most answers go out within milliseconds, and a chat action for them would be one more call per
answer for nothing; so the action starts only when the answer is still on its way after
`MOMENT` (a send held by Telegram's flood limits, retried after a fault, or waiting for a
group's turn), or at once for a chart that has to be drawn and uploaded. It is repeated while
the wait lasts (Telegram shows an action for 5 s) and stops with it. It is a courtesy: never
paced, retried or waited for (`handlers.ratelimit`), and a failure is only logged.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from types import TracebackType

from telegram import Bot
from telegram.constants import ChatAction
from telegram.error import TelegramError

from handlers.where import Where

log = logging.getLogger(__name__)

MOMENT = 0.3
"""Seconds an answer may take before the chat is shown that it is coming."""
REPEAT = 4.5
"""Seconds between repeats of a lasting action (Telegram clears one after 5 s)."""

TYPING = ChatAction.TYPING
UPLOAD_PHOTO = ChatAction.UPLOAD_PHOTO


class Showing:
    """`async with Showing(bot, where, action, after):` shows `action` in the chat from `after`
    seconds on, until the block ends. Costs one timer when the block ends sooner."""

    __slots__ = ("_action", "_after", "_bot", "_task", "_timer", "_where")

    def __init__(self, bot: Bot, where: Where, action: str, after: float = MOMENT) -> None:
        self._bot = bot
        self._where = where
        self._action = action
        self._after = after
        self._timer: asyncio.TimerHandle | None = None
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> None:
        if self._after <= 0:
            self._start()
        else:
            self._timer = asyncio.get_running_loop().call_later(self._after, self._start)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._task is not None:
            self._task.cancel()

    def _start(self) -> None:
        # a context of its own: the action is no part of the update's ticket or slot
        loop = asyncio.get_running_loop()
        self._task = loop.create_task(self._show(), context=contextvars.Context())

    async def _show(self) -> None:
        where = self._where
        try:
            while True:
                await self._bot.send_chat_action(
                    where.chat_id, self._action, message_thread_id=where.thread_id
                )
                await asyncio.sleep(REPEAT)
        except TelegramError as exc:
            log.debug("chat action in %s not shown: %s", where.chat_id, exc)
