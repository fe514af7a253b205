"""Charts as Telegram photos: rendered off the event loop, uploaded once, re-sent by file id. The
chat sees "sending a photo…" while a chart is drawn and uploaded."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

from handlers.actions import UPLOAD_PHOTO, Showing
from handlers.context import BotData
from handlers.where import Where
from sailau import charts
from sailau.reply import ChartSpec, Lang

log = logging.getLogger(__name__)


def chart_key(spec: ChartSpec, lang: Lang) -> str:
    """The cache key of a chart picture: kind, parameters (defaults filled in) and language;
    `ChartError` for a spec that can't be drawn."""
    spec = charts.canonical(spec)
    return "|".join([spec.kind, *(f"{k}={v}" for k, v in spec.params), lang])


async def send_chart(
    bot: Bot,
    where: Where,
    spec: ChartSpec,
    lang: Lang,
    bot_data: BotData,
    caption: str,
    keyboard: InlineKeyboardMarkup | None,
) -> Message | None:
    """Send the chart by its cached file id, or upload it and cache the id; None if it can't
    be drawn (the caller then sends the answer as text)."""
    try:
        key = chart_key(spec, lang)
    except charts.ChartError as exc:
        log.warning("chart %s not drawn: %s", spec, exc)
        return None

    async def send(photo: str | bytes) -> Message:
        return await bot.send_photo(
            where.chat_id,
            photo,
            caption=caption,
            filename="chart.png",
            reply_markup=keyboard,
            message_thread_id=where.thread_id,
            reply_parameters=where.reply_parameters,
        )

    file_id = bot_data.file_ids.get(key)
    if file_id is not None:
        try:
            return await send(file_id)
        except BadRequest as exc:
            log.info("cached file id of chart %s refused (%s): uploading again", key, exc)
    async with Showing(bot, where, UPLOAD_PHOTO, after=0.0):
        try:
            png = await asyncio.to_thread(charts.render, spec, lang)  # CPU-bound
        except Exception:
            log.exception("chart %s could not be drawn", key)
            return None
        sent = await send(png)
    if sent.photo:
        bot_data.file_ids[key] = sent.photo[-1].file_id
    return sent
