"""Button presses: follow-up questions (suggestion codes) and the language choice."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from handlers.commands import refuse_configuring, set_lang
from handlers.dialog import answer_intent
from handlers.keyboards import parse_lang
from sailau.answers.registry import REGISTRY
from sailau.reply import Suggestion


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop the button's spinner, then answer the question the button stands for."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    data = query.data or ""
    lang = parse_lang(data)
    if lang is not None:
        if not await refuse_configuring(update, context):
            await query.edit_message_text(set_lang(update, context, lang))
        return
    intent, slots = Suggestion.decode(data)
    if intent in REGISTRY:
        await answer_intent(update, context, intent, dict(slots))
