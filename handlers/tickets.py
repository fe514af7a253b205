"""Each update's ticket: whether its handling has started, and what of it is still outstanding.

An update is finished (and leaves the journal) once its handlers returned and every answer they
queued for later (a group's send budget) has gone out. The intake gives each update a ticket
in a context variable; whatever the handlers queue holds it until sent.

A ticket's `on_done` is called in the very step that finishes it (no task switch between), so
that the journal can record an answer before anything else runs, the bot's next call to
Telegram included; tickets finished by one message (a group's merged answers) are passed to it
together (`release`).
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable, Iterable, Sequence


class Ticket:
    """One update on its way through the bot."""

    __slots__ = ("_done", "_handled", "_held", "chat_id", "on_done", "started", "update_id")

    def __init__(self, update_id: int, on_done: Callable[[Sequence[Ticket]], None]) -> None:
        self.update_id = update_id
        self.on_done = on_done
        """Called with the tickets finished together, as they finish."""
        self.chat_id: int | None = None
        """The update's chat, once it is read."""
        self.started = False
        """A handler has begun (before that, stopping the bot may simply drop the update)."""
        self._handled = False
        self._held = 0
        self._done = asyncio.Event()

    def hold(self) -> None:
        """Something of this update is queued to go out later."""
        self._held += 1

    def handled(self) -> None:
        """The handlers have returned."""
        self._handled = True
        _finish([self] if self._finishes() else [])

    @property
    def running(self) -> bool:
        """Its handlers have begun and not yet returned."""
        return self.started and not self._handled

    def let_go(self) -> bool:
        """One thing `hold` announced went out (or was given up on); whether that finished
        the ticket (call `release` instead, which tells `on_done`)."""
        self._held -= 1
        return self._finishes()

    def _finishes(self) -> bool:
        """Whether this ticket is finished now (and was not before)."""
        if self._handled and self._held <= 0 and not self._done.is_set():
            self._done.set()
            return True
        return False

    async def settled(self) -> None:
        """Until the handlers returned and everything held was released."""
        await self._done.wait()


def release(held: Iterable[Ticket]) -> None:
    """What `hold` announced for each of `held` went out in one message: those this finishes
    are passed to their `on_done` together."""
    _finish([ticket for ticket in list(held) if ticket.let_go()])


def _finish(finished: Sequence[Ticket]) -> None:
    """Tell each `on_done` of the tickets just finished, once, with all of its tickets."""
    callbacks: dict[Callable[[Sequence[Ticket]], None], list[Ticket]] = {}
    for ticket in finished:
        callbacks.setdefault(ticket.on_done, []).append(ticket)
    for on_done, together in callbacks.items():
        on_done(together)


CURRENT: contextvars.ContextVar[Ticket | None] = contextvars.ContextVar("ticket", default=None)


def current() -> Ticket | None:
    """The ticket of the update being handled in this task, if any."""
    return CURRENT.get()
