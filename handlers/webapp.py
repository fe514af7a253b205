"""The what-if Mini App inside the bot's own server (with WEBAPP_URL).

- The page and its API (`sailau.web`) are served at WEBAPP_URL's path, with the bot token, so
  that Telegram's launch data (`initData`) is checked before "send to chat" is done.
- "Send to chat" is done by the bot: the scenario's chart goes to the user's private chat like
  any chart answer (drawn off the event loop, uploaded once and then re-sent by file id, through
  the same send policy), with "share" and "what if…" under it. What stops it is told to the page
  in the user's language (`SendError`).
- The chart pictures of inline results are served beside it (`handlers.pictures`).
- The chat menu button opens the Mini App: the default one at start-up, and each private chat's
  in its own language when it starts or changes its language (put back to the default there
  once WEBAPP_URL is gone).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from aiohttp import web
from telegram import Bot, MenuButton, MenuButtonDefault, MenuButtonWebApp, WebAppInfo
from telegram.error import Forbidden, TelegramError

from handlers import links
from handlers.charts import send_chart
from handlers.context import ChatData, SailauApp
from handlers.keyboards import Extra, suggestions_keyboard
from handlers.pictures import ROUTE as PICTURE_ROUTE
from handlers.replies import app_button
from handlers.where import Where
from sailau import charts
from sailau.i18n import Catalog
from sailau.reply import Lang
from sailau.settings import Settings
from sailau.web import Sender, SendError, ShareRequest, setup_web_app

log = logging.getLogger(__name__)

BotApp = Callable[[], SailauApp]
"""The running bot (it is built when the server starts, after the routes are added)."""


def add_webapp(web_app: web.Application, settings: Settings, bot_app: BotApp) -> None:
    """Serve the Mini App and the inline chart pictures at WEBAPP_URL's path (if it is set)."""
    prefix = settings.webapp_path
    if prefix is None:
        return
    setup_web_app(web_app, token=settings.token, sender=sender(bot_app), prefix=prefix)

    async def picture(request: web.Request) -> web.StreamResponse:
        pictures = bot_app().services.pictures
        if pictures is None:
            raise web.HTTPNotFound()
        return await pictures.serve(request)

    web_app.router.add_get(prefix + PICTURE_ROUTE, picture, name="sailau_chart_picture")


def sender(bot_app: BotApp) -> Sender:
    """The Mini App's "send to chat", done by the bot."""

    async def send(share: ShareRequest) -> None:
        app = bot_app()
        services = app.services
        no_chat = services.catalog.t("tg_send_no_chat", share.lang)
        if share.chat_id is None:
            raise SendError(no_chat)
        where = Where(share.chat_id)
        caption = html.escape(charts.caption(share.chart, share.lang), quote=False)
        keyboard = suggestions_keyboard(
            (), chart_extras(share, services.settings, services.catalog)
        )
        try:
            sent = await send_chart(
                app.bot, where, share.chart, share.lang, app.bot_data, caption, keyboard
            )
        except Forbidden as exc:
            log.info("what-if chart not sent to %s: %s", share.chat_id, exc)
            raise SendError(no_chat) from None
        except TelegramError as exc:
            log.warning("what-if chart not sent to %s: %s", share.chat_id, exc)
            raise SendError(services.catalog.t("tg_send_failed", share.lang)) from None
        if sent is None:
            raise SendError(services.catalog.t("tg_send_failed", share.lang))

    return send


def chart_extras(share: ShareRequest, settings: Settings, catalog: Catalog) -> tuple[Extra, ...]:
    """Under a chart sent from the Mini App: "share" (the chart answer for that scenario) and
    "what if…" (the Mini App again, on it)."""
    params = dict(share.chart.params)
    found = []
    slots = {"chart": share.chart.kind, **{k: v for k, v in params.items() if k != "base"}}
    link = links.payload("chart", slots)  # the pipeline takes no base: its own is the default
    if link is not None:
        found.append(Extra("share", catalog.t("tg_share", share.lang), link))
    app = app_button(settings, catalog, share.lang, links.page_scenario(params))
    if app is not None:
        found.append(app)
    return tuple(found)


async def set_menu_button(bot: Bot, settings: Settings, catalog: Catalog, lang: Lang) -> None:
    """Every private chat's default menu button opens the Mini App (at start-up), labelled in
    `lang`, the page in the Telegram user's language (the page reads it); nothing without
    WEBAPP_URL, so that a button set with @BotFather stays."""
    if settings.webapp_url is not None:
        label = catalog.t("tg_whatif", lang)
        await _set_menu(bot, None, MenuButtonWebApp(label, WebAppInfo(settings.webapp_url)))


async def sync_chat_menu(
    bot: Bot, settings: Settings, catalog: Catalog, lang: Lang, chat_id: int, chat: ChatData
) -> None:
    """A private chat's own menu button opens the Mini App in the chat's language; without
    WEBAPP_URL, one the bot set before goes back to the default. A call only when the button
    is to change (`ChatData.menu`)."""
    page = None if settings.webapp_url is None else links.webapp_page(settings.webapp_url, lang)
    if page == chat.menu:
        return
    button: MenuButton = (
        MenuButtonDefault()
        if page is None
        else MenuButtonWebApp(catalog.t("tg_whatif", lang), WebAppInfo(page))
    )
    if await _set_menu(bot, chat_id, button):
        chat.menu = page


async def _set_menu(bot: Bot, chat_id: int | None, button: MenuButton) -> bool:
    """Set a menu button; a failure is logged, nothing else."""
    try:
        return await bot.set_chat_menu_button(chat_id, button)
    except TelegramError as exc:
        log.warning("menu button of %s not set: %s", chat_id or "every chat", exc)
        return False
