"""Telegram Mini App launch data (`initData`): checked with the bot token's HMAC, as documented.

Telegram signs the launch parameters it hands a Mini App (a query string: `auth_date`, `user`,
`query_id`, `chat_type`, `start_param`, ..., `hash`). The server trusts them only when

    secret = HMAC_SHA256(key=b"WebAppData", msg=bot_token)
    hash   = hex(HMAC_SHA256(key=secret, msg=data_check_string))

where the data-check string is every other `key=value` pair, sorted by key, joined with `\\n`;
the hashes are compared in constant time, and `auth_date` must be recent (`max_age`).

    check = InitDataCheck.for_token(token)
    launch = check.verify(init_data)          # InitData, or InitDataError saying why not
    sign_init_data({"auth_date": "...", "user": "{...}"}, token)   # what Telegram does (tests)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

DEFAULT_MAX_AGE = 24 * 60 * 60
"""Launch data older than this (seconds) is refused: a Mini App is rarely open longer."""
CLOCK_SKEW = 5 * 60
"""How far in the future `auth_date` may be (seconds), for clocks that differ a little."""
MAX_LENGTH = 4096
"""The longest `initData` read; Telegram's are a few hundred bytes."""


class InitDataError(ValueError):
    """The launch data is missing, malformed, forged or too old; the message says which."""


@dataclass(frozen=True)
class InitData:
    """Launch data that passed the check: who opened the Mini App, and from where."""

    auth_date: int
    user: Mapping[str, Any] = field(default_factory=dict)
    query_id: str | None = None
    chat_type: str | None = None
    chat_instance: str | None = None
    start_param: str | None = None
    chat: Mapping[str, Any] | None = None
    receiver: Mapping[str, Any] | None = None

    @property
    def user_id(self) -> int | None:
        user_id = self.user.get("id")
        return user_id if isinstance(user_id, int) and not isinstance(user_id, bool) else None

    @property
    def language_code(self) -> str | None:
        code = self.user.get("language_code")
        return code if isinstance(code, str) else None


def data_check_string(fields: Mapping[str, str]) -> str:
    """Every field but `hash`, as `key=value` lines sorted by key."""
    return "\n".join(f"{k}={v}" for k, v in sorted(fields.items()) if k != "hash")


def secret_key(token: str) -> bytes:
    return hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()


def signature(fields: Mapping[str, str], secret: bytes) -> str:
    message = data_check_string(fields).encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def sign_init_data(fields: Mapping[str, str], token: str) -> str:
    """`fields` as the query string Telegram would hand the Mini App, `hash` added."""
    return urlencode({**fields, "hash": signature(fields, secret_key(token))})


@dataclass(frozen=True)
class InitDataCheck:
    """Checks launch data against one bot's token; holds the derived key, never the token."""

    secret: bytes = field(repr=False)
    max_age: int = DEFAULT_MAX_AGE

    @classmethod
    def for_token(cls, token: str, max_age: int = DEFAULT_MAX_AGE) -> InitDataCheck:
        return cls(secret_key(token), max_age)

    def verify(self, init_data: str, now: float | None = None) -> InitData:
        """The launch data if it is genuine and fresh; `InitDataError` otherwise."""
        if not init_data:
            raise InitDataError("initData is missing: open the page from Telegram")
        if len(init_data) > MAX_LENGTH:
            raise InitDataError("initData is too long")
        try:
            pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
        except ValueError:
            raise InitDataError("initData is not a query string") from None
        fields = dict(pairs)
        if len(fields) != len(pairs):
            raise InitDataError("initData repeats a field")
        given = fields.get("hash", "")
        if not hmac.compare_digest(given.encode(), signature(fields, self.secret).encode()):
            raise InitDataError("initData is not signed by this bot")
        return self.fresh(fields, time.time() if now is None else now)

    def fresh(self, fields: Mapping[str, str], now: float) -> InitData:
        """The checked fields as `InitData`, if `auth_date` is recent."""
        auth_date = fields.get("auth_date", "")
        if not auth_date.isdecimal():
            raise InitDataError("initData has no auth_date")
        age = now - int(auth_date)
        if age > self.max_age:
            raise InitDataError(f"initData is too old ({int(age)} s; at most {self.max_age} s)")
        if age < -CLOCK_SKEW:
            raise InitDataError("initData is dated in the future")
        return InitData(
            auth_date=int(auth_date),
            user=json_object(fields, "user") or {},
            query_id=fields.get("query_id"),
            chat_type=fields.get("chat_type"),
            chat_instance=fields.get("chat_instance"),
            start_param=fields.get("start_param"),
            chat=json_object(fields, "chat"),
            receiver=json_object(fields, "receiver"),
        )


def json_object(fields: Mapping[str, str], key: str) -> dict[str, Any] | None:
    """A signed field that holds a JSON object (`user`, `chat`, `receiver`), or None."""
    if key not in fields:
        return None
    try:
        value = json.loads(fields[key])
    except (ValueError, RecursionError):
        raise InitDataError(f"initData field {key} is not JSON") from None
    if not isinstance(value, dict):
        raise InitDataError(f"initData field {key} is not an object")
    return value
