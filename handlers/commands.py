"""Slash commands: /start with deep links, /help, /lang, /cooldown, and the commands that ask the
pipeline a fixed question (/results, /seats NAME, /calc 5% dhondt, ...)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from telegram import Chat, ChatMember, Update

from handlers import links, replies
from handlers.context import SailauContext
from handlers.dialog import answer_intent, remember
from handlers.keyboards import Extra, examples, lang_keyboard, suggestions_keyboard
from handlers.replies import app_button, is_group
from handlers.webapp import sync_chat_menu
from sailau import pipeline
from sailau.reply import LANGS, Lang

MAX_COOLDOWN = 3600.0


@dataclass(frozen=True)
class Route:
    """A command's intent, and the intent it becomes when its argument names a slot."""

    intent: str
    refine: Mapping[str, str] = field(default_factory=dict)


ROUTES: Mapping[str, Route] = {
    "results": Route("results"),
    "seats": Route("results", {"party": "party_seats"}),
    "turnout": Route("turnout", {"region": "turnout_region"}),
    "parties": Route("parties"),
    "party": Route("parties", {"party": "party_info"}),
    "compare": Route("compare"),
    "chart": Route("chart"),
    "calc": Route("whatif"),
    "sources": Route("sources"),
    "about": Route("about"),
}
"""Commands answered by the pipeline. Menu order: see `handlers.metadata.MENU`."""


def command_name(update: Update) -> str:
    """`/Seats@SailauBot ak zhol` -> `seats`."""
    message = update.effective_message
    first = (message.text or "").split(maxsplit=1)[0] if message and message.text else ""
    return first.lstrip("/").split("@", 1)[0].lower()


def argument_slots(args: str, lang: Lang) -> dict[str, str]:
    """Slots named in a command's argument (party, year, region, method, threshold, chart), as
    the pipeline reads them on their own: "/calc 5%" names a threshold though "5%" alone asks
    nothing."""
    text = pipeline.clean(args)
    return dict(pipeline.match(text, lang).slots) if text else {}


async def on_routed(update: Update, context: SailauContext) -> None:
    """/results, /seats, /turnout, /parties, /party, /compare, /chart, /calc, /sources, ..."""
    route = ROUTES[command_name(update)]
    lang = context.lang
    slots = argument_slots(" ".join(context.args or ()), lang)
    intent = next((i for slot, i in route.refine.items() if slot in slots), route.intent)
    await answer_intent(update, context, intent, slots, lang)


async def on_help(update: Update, context: SailauContext) -> None:
    """/help (and, in a private chat, a command the bot doesn't have): what the bot answers and
    example questions as buttons (the pipeline's), then how it is used in Telegram: inline in
    any chat, "share", the what-if calculator (when WEBAPP_URL is set), /lang."""
    reply = pipeline.answer_intent("help", {}, context.lang, context.conversation)
    services, lang = context.services, reply.lang
    private = not is_group(update.effective_chat)
    app = app_button(services.settings, services.catalog, lang, private=private)
    keys = ["tg_help_inline", *(["tg_help_whatif"] if app else []), "tg_help_lang"]
    username = f"@{context.bot.username}"
    guide = tuple(services.catalog.t(key, lang, bot=username) for key in keys)
    reply = dataclasses.replace(reply, details=(*reply.details, *guide))
    inline = Extra("share", services.catalog.t("tg_help_try_inline", lang), "")
    more = (inline, app) if app else (inline,)
    await replies.answer(update, context, remember(context, reply), more=more)


async def on_start(update: Update, context: SailauContext) -> None:
    """Welcome with example questions; a deep link to a question the bot answers is answered.
    Either way the chat's menu button is brought up to date."""
    linked = links.parse(context.args[0]) if context.args else None
    reply = None
    if linked is not None:
        reply = pipeline.answer_intent(*linked, context.lang, context.conversation)
    if reply is not None and reply.intent is not None:
        await replies.answer(update, context, remember(context, reply))
    else:
        keyboard = suggestions_keyboard(examples(context.services.catalog, context.lang))
        await replies.say(update, context, context.html("tg_welcome"), keyboard)
    await chat_menu_button(update, context)


async def chat_menu_button(update: Update, context: SailauContext) -> None:
    """A private chat's menu button opens the Mini App in the chat's language (`sync_chat_menu`)."""
    chat = update.effective_chat
    if chat is not None and not is_group(chat) and context.chat_data is not None:
        services = context.services
        await sync_chat_menu(
            context.bot,
            services.settings,
            services.catalog,
            context.lang,
            chat.id,
            context.chat_data,
        )


async def may_configure(update: Update, context: SailauContext) -> bool:
    """Anyone in a private chat; in groups, admins only (anonymous admins and channels too)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or not is_group(chat):
        return True
    message = update.effective_message
    sender = message.sender_chat if message is not None else None
    if chat.type == Chat.CHANNEL or (sender is not None and sender.id == chat.id):
        return True
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def refuse_configuring(update: Update, context: SailauContext) -> bool:
    """Tell a non-admin they can't change the group's settings; True when refused."""
    if await may_configure(update, context):
        return False
    await replies.say(update, context, context.html("tg_lang_admins_only"))
    return True


def set_lang(context: SailauContext, lang: Lang) -> str:
    """Store the chat's language; the confirmation, in that language."""
    if context.chat_data is not None:
        context.chat_data.lang = lang
    return context.html("tg_lang_set")


async def on_lang(update: Update, context: SailauContext) -> None:
    """/lang kk sets the language at once; /lang alone offers the three as buttons."""
    if await refuse_configuring(update, context):
        return
    wanted = (context.args or [""])[0].lower()
    lang = next((code for code in LANGS if code == wanted), None)
    if lang is not None:
        await replies.say(update, context, set_lang(context, lang))
        await chat_menu_button(update, context)
        return
    keyboard = lang_keyboard(context.services.catalog)
    await replies.say(update, context, context.html("tg_lang_prompt"), keyboard)


async def on_cooldown(update: Update, context: SailauContext) -> None:
    """/cooldown SECONDS (group admins): how far apart the bot's messages in this group are."""
    chat = context.chat_data
    if chat is None or not is_group(update.effective_chat):
        return
    if await refuse_configuring(update, context):
        return
    try:
        seconds = float((context.args or [""])[0].replace(",", "."))
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= MAX_COOLDOWN:
        await replies.say(update, context, context.html("tg_cooldown_usage"))
        return
    chat.cooldown = seconds
    shown = context.services.catalog.fmt_decimal(f"{seconds:g}", context.lang)
    await replies.say(update, context, context.html("tg_cooldown_set", seconds=shown))
