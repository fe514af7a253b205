"""Button presses: follow-up questions (suggestion codes), the language choice, and buttons this
version no longer knows. The button's answer comes as a message even when Telegram no longer
takes the press's acknowledgement (a press older than a few minutes, or replayed after a
restart)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest

from handlers import replies
from handlers.commands import refuse_configuring, set_lang
from handlers.context import SailauContext
from handlers.dialog import remember
from handlers.keyboards import parse_lang
from sailau import pipeline
from sailau.reply import Suggestion

log = logging.getLogger(__name__)

SUGGESTION = r"^[a-z][a-z0-9_]*(\|[A-Za-z_]+=[^|]*)*$"
"""What `Suggestion.code()` produces."""
LANG_BUTTON = r"^lang:"


async def acknowledge(update: Update) -> None:
    """Stop the button's spinner; an expired press (Telegram: "query is too old") is no error."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer()
    except BadRequest as exc:
        log.debug("button press %s not acknowledged: %s", query.id, exc)


async def on_suggestion(update: Update, context: SailauContext) -> None:
    """A follow-up button: answer the question it stands for."""
    await acknowledge(update)
    query = update.callback_query
    intent, slots = Suggestion.decode(query.data or "") if query else ("", ())
    reply = pipeline.answer_intent(intent, dict(slots), context.lang, context.conversation)
    if reply.intent is not None:
        await replies.answer(update, context, remember(context, reply))


async def on_lang_button(update: Update, context: SailauContext) -> None:
    """A language button: the chat's language, confirmed in place of the prompt."""
    await acknowledge(update)
    query = update.callback_query
    lang = parse_lang(query.data or "") if query else None
    if query is None or lang is None or await refuse_configuring(update, context):
        return
    confirmation = set_lang(context, lang)
    try:
        await query.edit_message_text(confirmation)
    except BadRequest as exc:  # the prompt is gone or already says so: say it anew
        log.debug("language prompt not edited: %s", exc)
        await replies.say(update, context, confirmation)


async def on_unknown_button(update: Update, context: SailauContext) -> None:
    """A button of an older version, or forged data: acknowledged, nothing else."""
    await acknowledge(update)
