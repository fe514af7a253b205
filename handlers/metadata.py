"""Bot metadata set once at start-up: command menus, description and short description, in
Kazakh, Russian and English, plus the default (English) for every other interface language."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeAllChatAdministrators
from telegram.error import TelegramError

from sailau.i18n import Catalog
from sailau.reply import LANGS, Lang

log = logging.getLogger(__name__)

MENU = (
    "start",
    "help",
    "results",
    "seats",
    "turnout",
    "parties",
    "party",
    "compare",
    "chart",
    "calc",
    "lang",
    "sources",
    "about",
)
ADMIN_MENU = (*MENU, "cooldown")
"""What group administrators see: the menu plus the group's own settings."""
DEFAULT_LANG: Lang = "en"


def commands(catalog: Catalog, lang: Lang, menu: tuple[str, ...] = MENU) -> list[BotCommand]:
    """The command menu with descriptions in `lang`."""
    return [BotCommand(name, catalog.t(f"tg_cmd_{name}", lang)) for name in menu]


async def publish(bot: Bot, catalog: Catalog) -> None:
    """Set menus and descriptions per language; a failure is logged, the bot still starts."""
    targets: list[tuple[str | None, Lang]] = [(lang, lang) for lang in LANGS]
    targets.append((None, DEFAULT_LANG))
    try:
        for code, lang in targets:
            await bot.set_my_commands(commands(catalog, lang), language_code=code)
            await bot.set_my_commands(
                commands(catalog, lang, ADMIN_MENU),
                scope=BotCommandScopeAllChatAdministrators(),
                language_code=code,
            )
            await bot.set_my_description(catalog.t("tg_description", lang), language_code=code)
            await bot.set_my_short_description(
                catalog.t("tg_short_description", lang), language_code=code
            )
    except TelegramError as exc:
        log.warning("bot metadata not set: %s", exc)
