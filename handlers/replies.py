"""Deliver a pipeline `Reply` to a chat: HTML text, follow-up buttons, and its chart."""

from __future__ import annotations

import html

from telegram import Bot, Message, ReplyParameters
from telegram.constants import MessageLimit

from handlers.charts import chart_caption, send_chart
from handlers.keyboards import suggestions_keyboard
from sailau import render
from sailau.chatstore import ChatStore
from sailau.reply import Reply


async def send_reply(
    bot: Bot, chat_id: int, reply: Reply, store: ChatStore, quote: int | None = None
) -> Message:
    """Send `reply`; with a chart, the picture goes first and the buttons on the last message."""
    text = render.html(reply)
    keyboard = suggestions_keyboard(reply.suggestions)
    quoted = ReplyParameters(quote, allow_sending_without_reply=True) if quote else None
    if reply.chart is not None:
        fits = len(text) <= MessageLimit.CAPTION_LENGTH
        caption = text if fits else html.escape(chart_caption(reply.chart, reply.lang))
        if len(caption) > MessageLimit.CAPTION_LENGTH:
            caption = ""  # the whole answer follows as text anyway
        photo = await send_chart(
            bot,
            chat_id,
            reply.chart,
            reply.lang,
            store,
            caption,
            keyboard if fits else None,
            quoted,
        )
        if photo is not None and fits:
            return photo
        if photo is not None:
            quoted = None
    return await bot.send_message(chat_id, text, reply_markup=keyboard, reply_parameters=quoted)


async def edit_reply(bot: Bot, chat_id: int, message_id: int, reply: Reply) -> None:
    """Replace an earlier text answer (the user edited their question)."""
    await bot.edit_message_text(
        render.html(reply),
        chat_id=chat_id,
        message_id=message_id,
        reply_markup=suggestions_keyboard(reply.suggestions),
    )
