"""A chat's life as Telegram reports it: blocked or removed (the chat is marked inactive, logged
once), back again (active), or upgraded to a supergroup (its data moves to the new id); and in
this process: a quiet chat leaves memory (its data stays in the store)."""

from __future__ import annotations

import logging
import time

from telegram import Update

from handlers.context import SailauApp, SailauContext
from handlers.persistence import StorePersistence
from handlers.processor import PerChatUpdateProcessor

log = logging.getLogger(__name__)


def forbidden(app: SailauApp, chat_id: int, why: str) -> None:
    """Telegram refused to let the bot write to `chat_id` (blocked, kicked): mark the chat
    inactive; logged the first time only."""
    chat = app.chat_data.get(chat_id)
    if chat is None or not chat.loaded:
        log.debug("chat %s refused a message (%s)", chat_id, why)
        return
    if chat.active:
        log.warning("chat %s is inactive from now on: %s", chat_id, why)
        chat.inactive_since = time.time()
        _save(app, chat_id)


async def migrated(app: SailauApp, old: int, new: int) -> None:
    """Group `old` became supergroup `new`: its data (language, cooldown, conversation) moves
    there, once, and is written at once."""
    moves = app.services.migrations
    if moves.get(old) == new:
        return
    moves[old] = new
    persistence = app.persistence
    if isinstance(persistence, StorePersistence):
        await persistence.refresh_chat_data(old, app.chat_data[old])
    app.migrate_chat_data(old_chat_id=old, new_chat_id=new)
    if isinstance(persistence, StorePersistence):
        await persistence.drop_chat_data(old)
    log.info("group %s moved to supergroup %s, and its settings with it", old, new)
    _save(app, new)


def forget_quiet(app: SailauApp, quiet_since: float) -> int:
    """Let go from memory the chats with no update since `quiet_since` (monotonic seconds) and
    nothing in flight; their data is written to the store first and read back on their next
    update. How many went."""
    persistence, processor = app.persistence, app.update_processor
    if not isinstance(persistence, StorePersistence):
        return 0
    outbox = app.services.outbox
    quiet = [
        chat_id
        for chat_id, data in app.chat_data.items()
        if data.loaded
        and data.touched < quiet_since
        and not outbox.holds(chat_id)
        and not (isinstance(processor, PerChatUpdateProcessor) and processor.busy(chat_id))
    ]
    for chat_id in quiet:
        persistence.release(chat_id, app.chat_data[chat_id])
        app.drop_chat_data(chat_id)
    return len(quiet)


def _save(app: SailauApp, chat_id: int) -> None:
    if isinstance(app.persistence, StorePersistence) and chat_id in app.chat_data:
        app.persistence.save_chat(chat_id, app.chat_data[chat_id])


async def on_any_update(update: Update, context: SailauContext) -> None:
    """(Runs before every other handler.) A chat that writes to the bot after it was found
    inactive is active again (what it wrote before is answered, or not, as it was)."""
    chat, message = context.chat_data, update.effective_message
    if chat is None or chat.inactive_since is None or update.effective_chat is None:
        return
    written = message.date.timestamp() if message is not None and message.date else time.time()
    if update.callback_query is not None or written > chat.inactive_since:
        chat.inactive_since = None
        log.info("chat %s is active again", update.effective_chat.id)


async def on_migration(update: Update, context: SailauContext) -> None:
    """The service message of a group's upgrade to a supergroup."""
    message = update.effective_message
    if message is None:
        return
    old = message.migrate_from_chat_id or message.chat.id
    new = message.migrate_to_chat_id or message.chat.id
    if old != new:
        await migrated(context.application, old, new)  # type: ignore[arg-type]
