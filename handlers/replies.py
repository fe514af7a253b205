"""Everything the bot writes in answer to an update goes out here: a pipeline `Reply` (HTML text,
follow-up buttons, its chart) or one of the bot's own texts. Private chats get it at once;
groups and channels through their outbox (`handlers.outbox`), which keeps Telegram's limits."""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable

from telegram import Bot, Chat, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit

from handlers.charts import send_chart
from handlers.context import BotData, SailauContext
from handlers.keyboards import suggestions_keyboard
from handlers.outbox import Item
from handlers.where import Where
from sailau import charts, render
from sailau.reply import Reply

GROUP_TYPES = frozenset({Chat.GROUP, Chat.SUPERGROUP, Chat.CHANNEL})


def is_group(chat: Chat | None) -> bool:
    return chat is not None and chat.type in GROUP_TYPES


def question_message(update: Update) -> Message | None:
    """The user's own message in this update (not a bot message under a pressed button)."""
    return update.message or update.channel_post or update.edited_message


def where(update: Update) -> Where | None:
    """Where answers to this update go: its chat and forum topic; in groups, quoting the
    question (a pressed button's answer quotes nothing)."""
    message = update.effective_message
    if message is None:
        return None
    question = question_message(update)
    return Where.of(message, quote=question is not None and is_group(message.chat))


async def deliver(
    update: Update,
    context: SailauContext,
    send: Callable[[Where], Awaitable[Message | None]],
    text: str | None = None,
    question: str | None = None,
) -> None:
    """Send now (private chats) or queue for the group (groups, channels). `text`: the HTML
    the message consists of, when it may be merged with other answers to the group."""
    target = where(update)
    if target is None:
        return
    if is_group(update.effective_chat):
        item = Item(target, send, text, question, update)
        context.services.outbox.put(context.application, item)
    else:
        await send(target)


async def say(
    update: Update, context: SailauContext, text: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """One of the bot's own texts (HTML), with `keyboard` if given."""

    async def send(at: Where) -> Message:
        return await context.bot.send_message(
            at.chat_id,
            text,
            reply_markup=keyboard,
            message_thread_id=at.thread_id,
            reply_parameters=at.reply_parameters,
        )

    await deliver(update, context, send, text if keyboard is None else None)


async def answer(
    update: Update, context: SailauContext, reply: Reply, question: str | None = None
) -> None:
    """The pipeline's `reply` to `question` (by default, the text of the update's message); a
    text answer is remembered against its question (so that an edited question edits it)."""
    text = render.html(reply)
    asked = question_message(update)
    if question is None and asked is not None:
        question = asked.text

    async def send(at: Where) -> Message | None:
        sent = await send_reply(context.bot, at, reply, text, context.bot_data)
        chat = context.chat_data
        if sent is not None and not sent.photo and asked is not None and chat is not None:
            chat.answered(asked.message_id, sent.message_id)
        return sent

    await deliver(update, context, send, text if reply.chart is None else None, question)


async def edit(update: Update, context: SailauContext, message_id: int, reply: Reply) -> None:
    """Replace an earlier text answer (the user edited their question)."""

    async def send(at: Where) -> Message | None:
        result = await context.bot.edit_message_text(
            render.html(reply),
            chat_id=at.chat_id,
            message_id=message_id,
            reply_markup=suggestions_keyboard(reply.suggestions),
        )
        return result if isinstance(result, Message) else None

    await deliver(update, context, send)


async def send_reply(
    bot: Bot, where: Where, reply: Reply, text: str, bot_data: BotData
) -> Message | None:
    """Send `reply` (`text` is its HTML); with a chart, the picture goes first and the buttons
    on the last message."""
    keyboard = suggestions_keyboard(reply.suggestions)
    if reply.chart is not None:
        fits = len(text) <= MessageLimit.CAPTION_LENGTH
        caption = text if fits else html.escape(charts.caption(reply.chart, reply.lang))
        if len(caption) > MessageLimit.CAPTION_LENGTH:
            caption = ""  # the whole answer follows as text anyway
        buttons = keyboard if fits else None
        photo = await send_chart(bot, where, reply.chart, reply.lang, bot_data, caption, buttons)
        if photo is not None and fits:
            return photo
        if photo is not None:
            where = where.unquoted()
    return await bot.send_message(
        where.chat_id,
        text,
        reply_markup=keyboard,
        message_thread_id=where.thread_id,
        reply_parameters=where.reply_parameters,
    )
