"""Fixtures for the Telegram tests: the real Application on a fake Bot API, errors recorded."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import Update
from telegram.ext import ContextTypes
from tg_botapi import TOKEN, BotApi, Call
from tg_fakerequest import FakeRequest

from handlers import build_application
from handlers.app import App
from sailau.chatstore import JsonChatStore
from sailau.settings import Settings


@dataclass
class Harness:
    """The application under test, the fake API behind it, and the errors handlers raised."""

    app: App
    api: BotApi
    store: JsonChatStore
    errors: list[BaseException] = field(default_factory=list)

    async def send(self, payload: dict[str, Any]) -> list[Call]:
        """Process one update; the API calls it caused."""
        before = len(self.api.calls)
        await self.app.process_update(Update.de_json({"update_id": 1, **payload}, self.app.bot))
        return self.api.calls[before:]

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


def settings(data_dir: Path, **overrides: Any) -> Settings:
    return Settings(token=TOKEN, data_dir=data_dir, rate_limit=False, **overrides)


@pytest.fixture
def api() -> BotApi:
    return BotApi()


@pytest.fixture
async def harness(api: BotApi, tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot with a zero group cooldown; fails the test on any handler error or refused call."""
    store = JsonChatStore(tmp_path / "chats.json")
    app = build_application(settings(tmp_path, group_cooldown=0.0), FakeRequest(api), store)
    found = Harness(app, api, store)

    async def record(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        found.errors.append(context.error)

    app.add_error_handler(record)
    async with app:
        yield found
    assert found.errors == [], found.errors
    assert api.errors == [], api.errors
