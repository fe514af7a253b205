"""Button presses: follow-up questions (suggestion codes), the language choice, and buttons this
version no longer knows. The button's answer comes as a message even when Telegram no longer
takes the press's acknowledgement (a press older than a few minutes, or replayed after a
restart). What concerns the presser alone is said in the acknowledgement (a toast only they
see), never posted in a group: that their answer waits for the group's turn, that only admins
choose the group's language, that the button is out of date."""

from __future__ import annotations

import logging
import math

from telegram import Update
from telegram.error import BadRequest

from handlers import replies
from handlers.commands import chat_menu_button, may_configure, set_lang
from handlers.context import SailauContext
from handlers.dialog import remember
from handlers.keyboards import parse_lang
from handlers.replies import is_group
from sailau import pipeline
from sailau.reply import Suggestion

log = logging.getLogger(__name__)

SUGGESTION = r"^[a-z][a-z0-9_]*(\|[A-Za-z_]+=[^|]*)*$"
"""What `Suggestion.code()` produces."""
LANG_BUTTON = r"^lang:"
TOAST_WAIT = 1.0
"""Seconds an answer must wait for its group's turn before the presser is told when it comes."""


async def acknowledge(update: Update, toast: str | None = None) -> None:
    """Stop the button's spinner, with `toast` shown to the presser alone; an expired press
    (Telegram: "query is too old") is no error."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer(toast)
    except BadRequest as exc:
        log.debug("button press %s not acknowledged: %s", query.id, exc)


def wait_toast(update: Update, context: SailauContext) -> str | None:
    """In a group whose answers must wait their turn: when the presser's answer will come."""
    chat = update.effective_chat
    if chat is None or not is_group(chat):
        return None
    delay = context.services.outbox.delay(chat.id)
    if delay < TOAST_WAIT:
        return None
    seconds = math.ceil(delay)
    lang = context.own_lang
    shown = context.services.catalog.fmt_int(seconds, lang)
    return context.services.catalog.t("tg_toast_wait", lang, seconds, seconds=shown)


async def on_suggestion(update: Update, context: SailauContext) -> None:
    """A follow-up button: answer the question it stands for."""
    await acknowledge(update, wait_toast(update, context))
    query = update.callback_query
    intent, slots = Suggestion.decode(query.data or "") if query else ("", ())
    reply = pipeline.answer_intent(intent, dict(slots), context.lang, context.conversation)
    if reply.intent is not None:
        await replies.answer(update, context, remember(context, reply))


async def on_lang_button(update: Update, context: SailauContext) -> None:
    """A language button: the chat's language, confirmed in place of the prompt. In a group,
    a member who is not an admin is told so alone."""
    query = update.callback_query
    lang = parse_lang(query.data or "") if query else None
    if query is None or lang is None:
        await acknowledge(update)
        return
    if not await may_configure(update, context):
        await acknowledge(update, context.t_own("tg_lang_admins_only"))
        return
    await acknowledge(update)
    confirmation = set_lang(context, lang)
    try:
        await query.edit_message_text(confirmation)
    except BadRequest as exc:  # the prompt is gone or already says so: say it anew
        log.debug("language prompt not edited: %s", exc)
        await replies.say(update, context, confirmation)
    await chat_menu_button(update, context)


async def on_unknown_button(update: Update, context: SailauContext) -> None:
    """A button of an older version, or forged data: the presser is told it no longer works."""
    await acknowledge(update, context.t_own("tg_toast_old_button"))
