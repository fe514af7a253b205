"""Everything the bot writes in answer to an update goes out here: a pipeline `Reply` (HTML text,
follow-up buttons, "share" and "what if…" buttons, its chart) or one of the bot's own texts.
Private chats get it at once; groups and channels through their outbox (`handlers.outbox`),
which keeps Telegram's limits."""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable

from telegram import Bot, Chat, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit

from handlers import links
from handlers.actions import TYPING, UPLOAD_PHOTO
from handlers.charts import send_chart
from handlers.context import BotData, SailauContext
from handlers.keyboards import Extra, suggestions_keyboard
from handlers.outbox import Item
from handlers.where import Where
from sailau import charts, render
from sailau.i18n import Catalog
from sailau.reply import Lang, Reply
from sailau.settings import Settings

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
    action: str = TYPING,
) -> None:
    """Send now (private chats) or queue for the group (groups, channels). `text`: the HTML
    the message consists of, when it may be merged with other answers to the group. `action`:
    what the group is shown while the message waits for its turn."""
    target = where(update)
    if target is None:
        return
    if is_group(update.effective_chat):
        item = Item(target, send, text, question, update, action=action)
        context.services.outbox.put(context.application, item)
    else:
        await send(target)


def app_button(
    settings: Settings,
    catalog: Catalog,
    lang: Lang,
    scenario: dict[str, str] | None = None,
    private: bool = True,
) -> Extra | None:
    """The "what if…" button opening the Mini App on `scenario` (when WEBAPP_URL is set): a
    Mini App button in private chats, a link to the page elsewhere (Telegram allows Mini App
    buttons only in private chats)."""
    if settings.webapp_url is None:
        return None
    url = links.webapp_page(settings.webapp_url, lang, scenario)
    return Extra("app" if private else "url", catalog.t("tg_whatif", lang), url)


def extras(reply: Reply, context: SailauContext, private: bool) -> tuple[Extra, ...]:
    """The buttons under an answer besides its follow-ups: "share" (the answer, by its link
    payload, into another chat) and, for a what-if answer, "what if…" (the Mini App)."""
    services = context.services
    found = []
    share = links.of(reply)
    if share is not None:
        found.append(Extra("share", services.catalog.t("tg_share", reply.lang), share))
    scenario = links.whatif_scenario(reply)
    if scenario is not None:
        app = app_button(services.settings, services.catalog, reply.lang, scenario, private)
        if app is not None:
            found.append(app)
    return tuple(found)


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
    update: Update,
    context: SailauContext,
    reply: Reply,
    question: str | None = None,
    more: tuple[Extra, ...] | None = None,
) -> None:
    """The pipeline's `reply` to `question` (by default, the text of the update's message),
    with the `more` buttons (by default, `extras`); a text answer is remembered against its
    question (so that an edited question edits it)."""
    text = render.html(reply)
    asked = question_message(update)
    if question is None and asked is not None:
        question = asked.text
    if more is None:
        more = extras(reply, context, not is_group(update.effective_chat))

    async def send(at: Where) -> Message | None:
        sent = await send_reply(context.bot, at, reply, text, context.bot_data, more)
        chat = context.chat_data
        if sent is not None and not sent.photo and asked is not None and chat is not None:
            chat.answered(asked.message_id, sent.message_id)
        return sent

    if reply.chart is None:
        await deliver(update, context, send, text, question)
    else:
        await deliver(update, context, send, None, question, UPLOAD_PHOTO)


async def edit(update: Update, context: SailauContext, message_id: int, reply: Reply) -> None:
    """Replace an earlier text answer (the user edited their question)."""

    keyboard = suggestions_keyboard(
        reply.suggestions, extras(reply, context, not is_group(update.effective_chat))
    )

    async def send(at: Where) -> Message | None:
        result = await context.bot.edit_message_text(
            render.html(reply),
            chat_id=at.chat_id,
            message_id=message_id,
            reply_markup=keyboard,
        )
        return result if isinstance(result, Message) else None

    await deliver(update, context, send)


async def send_reply(
    bot: Bot,
    where: Where,
    reply: Reply,
    text: str,
    bot_data: BotData,
    more: tuple[Extra, ...] = (),
) -> Message | None:
    """Send `reply` (`text` is its HTML) with its follow-ups and the `more` buttons. With a
    chart, the picture goes first: with the whole answer as its caption when that fits,
    else with its own caption and the `more` buttons, the answer and its follow-ups after it."""
    keyboard = suggestions_keyboard(reply.suggestions, more)
    if reply.chart is not None:
        fits = len(text) <= MessageLimit.CAPTION_LENGTH
        caption = text if fits else html.escape(charts.caption(reply.chart, reply.lang))
        if len(caption) > MessageLimit.CAPTION_LENGTH:
            caption = ""  # the whole answer follows as text anyway
        buttons = keyboard if fits else suggestions_keyboard((), more)
        photo = await send_chart(bot, where, reply.chart, reply.lang, bot_data, caption, buttons)
        if photo is not None and fits:
            return photo
        if photo is not None:
            where = where.unquoted()
            keyboard = suggestions_keyboard(reply.suggestions)
    return await bot.send_message(
        where.chat_id,
        text,
        reply_markup=keyboard,
        message_thread_id=where.thread_id,
        reply_parameters=where.reply_parameters,
    )
