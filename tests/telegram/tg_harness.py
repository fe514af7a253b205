"""The handler-test harness: the real Application on the fake Bot API, errors recorded."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from tg_botapi import TOKEN, BotApi, Call
from tg_fakerequest import FakeRequest

from handlers import build_application
from handlers.context import ChatData, SailauApp, SailauContext
from handlers.persistence import StoreSession
from sailau.settings import Settings
from sailau.store import open_store

WEBAPP_URL = "https://sailau.test/app/"
"""Where the tests' Mini App is served publicly (nothing fetches it: Telegram would)."""


def settings(data_dir: Path, **overrides: Any) -> Settings:
    return Settings(**{"token": TOKEN, "data_dir": data_dir, "rate_limit": False, **overrides})


@dataclass
class Harness:
    """The application under test, the fake API behind it, its store, and handler errors."""

    app: SailauApp = field(repr=False)
    api: BotApi
    session: StoreSession
    errors: list[BaseException] = field(default_factory=list)

    async def send(self, payload: dict[str, Any], actions: bool = False) -> list[Call]:
        """Process one update (and send what it queued for a group); the API calls it caused,
        chat actions ("typing…") only if `actions`."""
        before = len(self.api.calls)
        await self.app.process_update(Update.de_json({"update_id": 1, **payload}, self.app.bot))
        await self.app.services.outbox.settled()
        calls = self.api.calls[before:]
        return calls if actions else [c for c in calls if c.method != "sendChatAction"]

    def chat(self, chat_id: int) -> ChatData:
        """A chat's data as the bot holds it."""
        return self.app.chat_data[chat_id]

    async def stored_chat(self, chat_id: int) -> dict[str, Any] | None:
        """A chat's data as the store holds it, once what the bot holds is written."""
        await self.app.update_persistence()
        store = self.session.store
        return self.session.now(lambda: store.load_chat(chat_id))

    def last_message_id(self, chat_id: int) -> int:
        """The id of the last message the bot sent to `chat_id`."""
        return max(m for chat, m in self.api.messages if chat == chat_id)

    async def texts(self, payload: dict[str, Any]) -> list[str]:
        """Process one update; the texts and captions the bot sent for it."""
        calls = await self.send(payload)
        return [
            c.params.get("text") or c.params.get("caption") or ""
            for c in calls
            if c.method in ("sendMessage", "sendPhoto", "editMessageText")
        ]


@contextlib.asynccontextmanager
async def running_harness(api: BotApi, tmp_path: Path, **overrides: Any) -> AsyncIterator[Harness]:
    """The bot on the fake API with `overrides` of its settings; fails on any handler error or
    refused call."""
    session = StoreSession(open_store(tmp_path))
    bot_settings = settings(tmp_path, group_cooldown=0.0, **overrides)
    app = build_application(bot_settings, session, FakeRequest(api))
    found = Harness(app, api, session)

    async def record(update: object, context: SailauContext) -> None:
        assert context.error is not None
        found.errors.append(context.error)

    app.add_error_handler(record)
    try:
        async with app:
            yield found
            await app.services.outbox.settled()
    finally:
        session.close()
    assert found.errors == [], found.errors
    assert api.errors == [], api.errors
