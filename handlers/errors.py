"""The error handler: what went wrong is logged once (never a secret), and for a fault of the bot
itself the chat gets a short "something went wrong" in its language."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from handlers import replies
from handlers.context import SailauContext

log = logging.getLogger(__name__)

EXPECTED = ("not modified", "query is too old")
"""Telegram's refusals that are no fault: an edit to what is already there, an inline query
or button press answered after Telegram stopped waiting (a restart replays them)."""


async def on_error(update: object, context: SailauContext) -> None:
    """Telegram's refusals and a network that stays down were logged where they happened
    (`handlers.ratelimit`); anything else is logged with its traceback and the chat told."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        return  # the chat is marked inactive (handlers.chats), logged the first time
    if isinstance(error, BadRequest) and any(m in str(error).lower() for m in EXPECTED):
        log.debug("update %s: %s", update_id, error)
        return
    if isinstance(error, RetryAfter | NetworkError) and not isinstance(error, BadRequest):
        log.warning("update %s: no answer sent, Telegram unreachable (%s)", update_id, error)
        return
    log.error("update %s failed", update_id, exc_info=error)
    if not isinstance(update, Update) or replies.where(update) is None:
        return
    try:
        await replies.say(update, context, context.html("tg_error"))
    except TelegramError as exc:
        log.warning("could not tell chat of update %s about the error: %s", update_id, exc)
