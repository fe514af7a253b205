"""The conversation: a question or a known intent -> `pipeline` -> the reply in the chat; the
chat's conversation moves on, and an edited question edits its answer."""

from __future__ import annotations

import time
from collections.abc import Mapping

from telegram import Update

from handlers import replies
from handlers.context import SailauContext
from sailau import pipeline
from sailau.reply import Lang, Reply


def remember(context: SailauContext, reply: Reply) -> Reply:
    """Keep the reply's context for the chat's next question, and count what was asked."""
    if context.chat_data is not None:
        context.chat_data.remember(reply.context, time.time())
    context.bot_data.count(reply.intent, reply.slots)
    return reply


def ask(context: SailauContext, text: str) -> Reply:
    """The pipeline's answer to `text` in this chat's conversation and chosen language."""
    return remember(context, pipeline.answer(text, context.chosen_lang, context.conversation))


async def answer_text(update: Update, context: SailauContext, text: str) -> None:
    """Answer a free-text question (in the chat's language, or the question's own)."""
    await replies.answer(update, context, ask(context, text), question=text)


async def answer_intent(
    update: Update,
    context: SailauContext,
    intent: str,
    slots: Mapping[str, str],
    lang: Lang | None = None,
) -> None:
    """Answer a known intent (a command, a button, a deep link)."""
    reply = pipeline.answer_intent(intent, slots, lang or context.lang, context.conversation)
    await replies.answer(update, context, remember(context, reply))


async def answer_edit(update: Update, context: SailauContext, text: str) -> None:
    """An edited question: edit the earlier answer in place, or answer afresh."""
    message, chat = update.effective_message, context.chat_data
    previous = chat.answers.get(message.message_id) if message and chat else None
    if previous is None:
        await answer_text(update, context, text)
    else:
        await replies.edit(update, context, previous, ask(context, text))
