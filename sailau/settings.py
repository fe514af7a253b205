"""The Telegram bot's settings, read once from the environment into one typed object."""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_SWITCH = {"on": True, "true": True, "1": True, "yes": True}
_SWITCH |= {"off": False, "false": False, "0": False, "no": False}


class SettingsError(ValueError):
    """A setting is missing or malformed; the message is one line for the operator."""


def _float(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low:g} and {high:g}, got {raw!r}")
    return value


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise SettingsError(f"{name} must be a port number 1-65535, got {raw!r}")
    return int(raw)


def _switch(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw not in _SWITCH:
        raise SettingsError(f"{name} must be 'on' or 'off', got {raw!r}")
    return _SWITCH[raw]


def _url(env: Mapping[str, str], name: str) -> str | None:
    """An http(s) URL with a host (and a valid port, if any); the value itself is never
    repeated in the error, since a Bot API URL may carry the token."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        parts = urlsplit(raw)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        valid = valid and (parts.port is None or parts.port > 0)
    except ValueError:
        valid = False
    if not valid:
        raise SettingsError(
            f"{name} must be an http(s) URL with a host, e.g. http://127.0.0.1:8081/bot"
        )
    return raw


def _webapp_url(env: Mapping[str, str]) -> str | None:
    """The Mini App's public page: https (Telegram opens nothing else), a host, no query or
    fragment (the bot adds the scenario's); its path ends with "/" (the page is served there)."""
    raw = env.get("WEBAPP_URL", "").strip()
    if not raw:
        return None
    try:
        parts = urlsplit(raw)
        valid = parts.scheme == "https" and bool(parts.hostname) and not parts.query
        valid = valid and not parts.fragment and (parts.port is None or parts.port > 0)
    except ValueError:
        valid = False
    if not valid:
        raise SettingsError(
            "WEBAPP_URL must be an https:// URL with a host and no query, where this bot's "
            "server is reachable, e.g. https://sailau.example.org/app/"
        )
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return parts._replace(path=path).geturl()


def _token(env: Mapping[str, str]) -> str:
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather, "
            "or talk to the bot in the terminal with `python bot.py chat`"
        )
    if not TOKEN_PATTERN.match(token):
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<30 or more of A-Z a-z 0-9 _ ->"
        )
    return token


def _log_level(env: Mapping[str, str]) -> str:
    level = env.get("LOG_LEVEL", "").strip().upper() or "INFO"
    if not isinstance(logging.getLevelName(level), int):
        raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
    return level


@dataclass(frozen=True)
class Settings:
    """Everything `python bot.py run` needs; secrets are kept out of `repr`."""

    token: str = field(repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    """Where the bot's HTTP server (webhook, /healthz) listens; 0.0.0.0 by default with a
    webhook."""
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    data_dir: Path = Path("data")
    rate_limit: bool = True
    log_level: str = "INFO"
    poll_timeout: float = 10.0
    group_cooldown: float = 3.0
    api_timeout: float = 10.0
    """Seconds to wait for the Bot API's answer to a call (a long poll waits this much more)."""
    retention_days: float = 180.0
    """A chat not heard from for this long is forgotten (its language, cooldown, context)."""
    webapp_url: str | None = None
    """The Mini App's public HTTPS address (its path ends with "/"): the bot's server serves
    the page there, and "what if…" buttons open it."""

    @property
    def webapp_path(self) -> str | None:
        """Where the bot's server mounts the Mini App: the path of `webapp_url` without its
        trailing slash ("" for the root)."""
        return urlsplit(self.webapp_url).path.rstrip("/") if self.webapp_url else None

    @property
    def secret_strings(self) -> tuple[str, ...]:
        """What must never appear in any output: the token, its secret half, the webhook
        secret."""
        return (self.token, self.token.partition(":")[2], self.webhook_secret or "")

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Read and check every variable; raise `SettingsError` naming the first bad one."""
        token = _token(env)
        try:
            return cls._read(env, token)
        except SettingsError as exc:  # never repeat the token, wherever it was pasted
            raise SettingsError(str(exc).replace(token, "<token>")) from None

    @classmethod
    def _read(cls, env: Mapping[str, str], token: str) -> Settings:
        secret = env.get("WEBHOOK_SECRET", "").strip() or None
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise SettingsError("WEBHOOK_SECRET must be 1-256 of A-Z a-z 0-9 _ -")
        webhook_url = _url(env, "WEBHOOK_URL")
        if webhook_url and secret is None:
            secret = secrets.token_urlsafe(32)
        return cls(
            token=token,
            api_base_url=_url(env, "TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL,
            webhook_url=webhook_url,
            webhook_listen=env.get("WEBHOOK_LISTEN", "").strip()
            or ("0.0.0.0" if webhook_url else "127.0.0.1"),
            webhook_port=_port(env, "WEBHOOK_PORT", 8443),
            webhook_secret=secret,
            data_dir=Path(env.get("SAILAU_DATA_DIR", "").strip() or "data"),
            rate_limit=_switch(env, "SAILAU_RATE_LIMIT", True),
            log_level=_log_level(env),
            poll_timeout=_float(env, "SAILAU_POLL_TIMEOUT", 10.0, 0.0, 60.0),
            group_cooldown=_float(env, "SAILAU_GROUP_COOLDOWN", 3.0, 0.0, 3600.0),
            api_timeout=_float(env, "SAILAU_API_TIMEOUT", 10.0, 0.1, 300.0),
            retention_days=_float(env, "SAILAU_RETENTION_DAYS", 180.0, 1.0, 36500.0),
            webapp_url=_webapp_url(env),
        )
