"""Each update's ticket: whether its handling has started, and what of it is still outstanding.

An update is finished (and leaves the journal) once its handlers returned and every answer they
queued for later (a group's send budget) has gone out. The intake gives each update a ticket
in a context variable; whatever the handlers queue holds it until sent.
"""

from __future__ import annotations

import asyncio
import contextvars


class Ticket:
    """One update on its way through the bot."""

    __slots__ = ("_done", "_handled", "_held", "started", "update_id")

    def __init__(self, update_id: int) -> None:
        self.update_id = update_id
        self.started = False
        """A handler has begun (before that, stopping the bot may simply drop the update)."""
        self._handled = False
        self._held = 0
        self._done = asyncio.Event()

    def hold(self) -> None:
        """Something of this update is queued to go out later."""
        self._held += 1

    def release(self) -> None:
        """What `hold` announced went out (or was given up on)."""
        self._held -= 1
        self._check()

    def handled(self) -> None:
        """The handlers have returned."""
        self._handled = True
        self._check()

    @property
    def running(self) -> bool:
        """Its handlers have begun and not yet returned."""
        return self.started and not self._handled

    def _check(self) -> None:
        if self._handled and self._held <= 0:
            self._done.set()

    async def settled(self) -> None:
        """Until the handlers returned and everything held was released."""
        await self._done.wait()


CURRENT: contextvars.ContextVar[Ticket | None] = contextvars.ContextVar("ticket", default=None)


def current() -> Ticket | None:
    """The ticket of the update being handled in this task, if any."""
    return CURRENT.get()
