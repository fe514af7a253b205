"""Logging for the bot: one format, quiet HTTP libraries, and no secret in any output.

Secrets (the bot token, its secret half, the webhook secret) are removed in two places, so that
no code path can print them: from every log record as it is made (whatever handler later
writes it, and at every level), and from everything else written to stderr and stdout (an
uncaught traceback, a warning, a print).
"""

from __future__ import annotations

import io
import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from typing import Any, TextIO

QUIET_LOGGERS = ("httpx", "httpcore", "aiohttp.access", "aiohttp.client")
"""HTTP libraries may log request URLs at INFO, and the URL carries the token."""
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "<redacted>"


class Redactor:
    """Replaces each secret (longest first) with `REDACTED`."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text


def _redacting_factory(
    make: Callable[..., logging.LogRecord], redact: Redactor
) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: log what there is
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_text = record.exc_text.rstrip("\n")
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return record

    return factory


class RedactingStream(io.TextIOBase):
    """A text stream that writes whole lines to `target`, each with the secrets removed."""

    def __init__(self, target: TextIO, redact: Redactor) -> None:
        super().__init__()
        self._target = target
        self._redact = redact
        self._partial = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        if lines:
            self._target.write(self._redact("\n".join(lines) + "\n"))
        return len(text)

    def flush(self) -> None:
        if self._partial:
            self._target.write(self._redact(self._partial))
            self._partial = ""
        self._target.flush()

    def fileno(self) -> int:
        return self._target.fileno()

    def isatty(self) -> bool:
        return self._target.isatty()


_installed: list[str] = []


def protect(secrets: Iterable[str], streams: bool = True) -> Redactor:
    """From now on, keep `secrets` (and those protected before) out of log records and, with
    `streams`, out of everything written to stderr and stdout."""
    _installed.extend(s for s in secrets if s and s not in _installed)
    redact = Redactor(_installed)
    factory = logging.getLogRecordFactory()
    base = getattr(factory, "__wrapped__", factory)
    wrapped = _redacting_factory(base, redact)
    wrapped.__wrapped__ = base  # type: ignore[attr-defined]
    logging.setLogRecordFactory(wrapped)
    for name in ("stdout", "stderr") if streams else ():
        stream = getattr(sys, name)
        target = stream._target if isinstance(stream, RedactingStream) else stream
        setattr(sys, name, RedactingStream(target, redact))
    return redact


def configure_logging(level: str, secrets: Iterable[str]) -> None:
    """Log to stderr at `level`, with `secrets` kept out of every line; HTTP libraries at
    WARNING; warnings through logging too."""
    protect(secrets)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
    logging.captureWarnings(True)
