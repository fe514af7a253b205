"""Telegram front end of Sailau: the only package that imports `telegram`."""

from handlers.app import build_application
from handlers.logs import configure_logging
from handlers.web import add_bot, make_web_app, run

__all__ = ["add_bot", "build_application", "configure_logging", "make_web_app", "run"]
