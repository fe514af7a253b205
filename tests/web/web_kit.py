"""The Mini App tests' kit: a test bot token, Telegram-signed launch data, a recording sender."""

from __future__ import annotations

import json
import time

from sailau.web import SendError, ShareRequest, sign_init_data

TOKEN = "123456:TEST-token-for-the-mini-app"
"""The token Telegram would sign initData with; only these tests know it."""
USER = {"id": 4242, "first_name": "Aigerim", "language_code": "kk"}


def init_data(token: str = TOKEN, age: float = 60, **fields: str) -> str:
    """Launch data as Telegram hands it to the Mini App, signed with `token`, `age` s old."""
    signed = {
        "auth_date": str(int(time.time() - age)),
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps(USER, separators=(",", ":")),
        **fields,
    }
    return sign_init_data(signed, token)


class Outbox:
    """A sender that keeps every request; `fail` makes it refuse with that reason."""

    def __init__(self) -> None:
        self.sent: list[ShareRequest] = []
        self.fail: str | None = None

    async def __call__(self, request: ShareRequest) -> None:
        if self.fail is not None:
            raise SendError(self.fail)
        self.sent.append(request)
