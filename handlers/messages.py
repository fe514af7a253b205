"""Messages that are not commands: questions in private chats, questions addressed to the bot in
groups and channels (a mention or a reply to the bot), edited questions, stickers and the like."""

from __future__ import annotations

import re

from telegram import Message, Update
from telegram.ext import ContextTypes

from handlers.dialog import answer_edit, answer_intent, answer_text, is_group
from handlers.state import state


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question in `message` when it is meant for the bot, else None.

    Private chats: every text. Groups and channels: a reply to one of the bot's messages, or a
    text mentioning @username (the mention is removed from the question). Never other chatter.
    """
    text = message.text or ""
    if not is_group(message.chat):
        return text
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    mention = re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE)
    if username and mention.search(text):
        return mention.sub(" ", text).strip()
    return None


def _question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    message = update.effective_message
    if message is None:
        return None
    return addressed_question(message, context.bot.username or "", context.bot.id)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A new text message: answered when it is addressed to the bot."""
    question = _question(update, context)
    if question is not None:
        await answer_text(update, context, question)


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited question: its answer is edited too."""
    question = _question(update, context)
    if question is not None:
        await answer_edit(update, context, question)


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot doesn't have (private chats only): the help answer."""
    await answer_intent(update, context, "help", {})


async def on_not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice in a private chat: say that questions are text."""
    message = update.effective_message
    if message is not None:
        st = state(context)
        await message.reply_text(st.html("tg_text_only", st.lang_for(update)))
