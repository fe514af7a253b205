"""Telegram front end of Sailau: the only package that imports `telegram`."""

from handlers.app import build_application, run
from handlers.logs import configure_logging, token_secrets

__all__ = ["build_application", "configure_logging", "run", "token_secrets"]
