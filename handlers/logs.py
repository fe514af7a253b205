"""Logging for the bot: one format, quiet HTTP libraries, and the token never in a line."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

QUIET_LOGGERS = ("httpx", "httpcore", "aiohttp")
"""HTTP libraries may log request URLs at INFO (httpx does), and the URL carries the token."""

REDACTED = "<redacted>"


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then replaces every secret (message, arguments and traceback alike)."""

    def __init__(self, secrets: Iterable[str], fmt: str | None = None) -> None:
        super().__init__(fmt)
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text


def token_secrets(token: str) -> tuple[str, ...]:
    """The token and its secret half (which alone already grants control of the bot)."""
    return (token, token.partition(":")[2])


def configure_logging(level: str, secrets: Iterable[str]) -> None:
    """Log to stderr at `level` through a redacting formatter; HTTP libraries at WARNING."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter(secrets, "%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
