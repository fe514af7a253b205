"""Fixtures for the Telegram tests: the real Application on a fake Bot API, errors recorded."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram.ext import ContextTypes
from tg_botapi import TOKEN, BotApi
from tg_fakerequest import FakeRequest
from tg_harness import Harness

from handlers import build_application
from sailau.chatstore import JsonChatStore
from sailau.settings import Settings


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
