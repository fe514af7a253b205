"""Deliver a pipeline `Reply` to a chat: HTML text, follow-up buttons, and its chart."""

from __future__ import annotations

import html

from telegram import Bot, Message
from telegram.constants import MessageLimit

from handlers.charts import send_chart
from handlers.keyboards import suggestions_keyboard
from handlers.where import Where
from sailau import charts, render
from sailau.chatstore import ChatStore
from sailau.reply import Reply


async def send_reply(bot: Bot, where: Where, reply: Reply, store: ChatStore) -> Message:
    """Send `reply`; with a chart, the picture goes first and the buttons on the last message."""
    text = render.html(reply)
    keyboard = suggestions_keyboard(reply.suggestions)
    if reply.chart is not None:
        fits = len(text) <= MessageLimit.CAPTION_LENGTH
        caption = text if fits else html.escape(charts.caption(reply.chart, reply.lang))
        if len(caption) > MessageLimit.CAPTION_LENGTH:
            caption = ""  # the whole answer follows as text anyway
        buttons = keyboard if fits else None
        photo = await send_chart(bot, where, reply.chart, reply.lang, store, caption, buttons)
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


async def edit_reply(bot: Bot, chat_id: int, message_id: int, reply: Reply) -> None:
    """Replace an earlier text answer (the user edited their question)."""
    await bot.edit_message_text(
        render.html(reply),
        chat_id=chat_id,
        message_id=message_id,
        reply_markup=suggestions_keyboard(reply.suggestions),
    )
