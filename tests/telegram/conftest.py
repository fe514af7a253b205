"""Fixtures for the Telegram tests: the real Application on a fake Bot API, errors recorded, and
no secret in any log record of any test."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")

from tg_botapi import SECRETS, TOKEN, BotApi
from tg_fakerequest import FakeRequest
from tg_harness import Harness

from handlers import build_application
from handlers.context import SailauContext
from handlers.logs import protect
from handlers.persistence import StoreSession
from sailau.settings import Settings
from sailau.store import open_store

protect(SECRETS, streams=False)  # as `bot.py run` does (with its streams too)


def settings(data_dir: Path, **overrides: Any) -> Settings:
    return Settings(**{"token": TOKEN, "data_dir": data_dir, "rate_limit": False, **overrides})


@pytest.fixture(autouse=True)
def no_secret_in_the_log(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every Telegram test logs at DEBUG, and none of it may hold a secret."""
    caplog.set_level(logging.DEBUG)
    yield
    for secret in SECRETS:
        assert secret not in caplog.text


@pytest.fixture
def api() -> BotApi:
    return BotApi()


WEBAPP_URL = "https://sailau.test/app/"
"""Where the tests' Mini App is served publicly (nothing fetches it: Telegram would)."""


@pytest.fixture
async def harness(api: BotApi, tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot with a zero group cooldown; fails the test on any handler error or refused call."""
    async with running_harness(api, tmp_path) as found:
        yield found


@pytest.fixture
async def webapp_harness(api: BotApi, tmp_path: Path) -> AsyncIterator[Harness]:
    """The same bot with the Mini App at WEBAPP_URL."""
    async with running_harness(api, tmp_path, webapp_url=WEBAPP_URL) as found:
        yield found


@contextlib.asynccontextmanager
async def running_harness(api: BotApi, tmp_path: Path, **overrides: Any) -> AsyncIterator[Harness]:
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
