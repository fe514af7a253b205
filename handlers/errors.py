"""The error handler: log what went wrong (never the token) and tell the user, when there is one."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from handlers.dialog import where
from handlers.state import state

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Expected Telegram conditions are logged briefly; anything else with its traceback, and
    the chat gets a short "something went wrong" in its language."""
    error = context.error
    if isinstance(error, Forbidden):
        log.warning("not allowed to write (%s); update %s skipped", error, _update_id(update))
        return
    if isinstance(error, BadRequest) and "not modified" in str(error).lower():
        return
    if update is None and isinstance(error, NetworkError):
        log.warning("polling: %s; retrying", error)
        return
    log.error("update %s failed", _update_id(update), exc_info=error)
    if not isinstance(update, Update):
        return
    target = where(update)
    if target is not None:
        st = state(context)
        text = st.html("tg_error", st.lang_for(update))
        try:
            await context.bot.send_message(target.chat_id, text, message_thread_id=target.thread_id)
        except TelegramError as exc:
            log.warning("could not tell chat %s about the error: %s", target.chat_id, exc)


def _update_id(update: object) -> object:
    return update.update_id if isinstance(update, Update) else None
