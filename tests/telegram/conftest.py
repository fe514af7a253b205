"""Fixtures for the Telegram tests: the real Application on a fake Bot API, errors recorded, and
no secret in any log record of any test."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")

from tg_botapi import SECRETS, BotApi
from tg_harness import WEBAPP_URL, Harness, running_harness

from handlers.logs import protect

protect(SECRETS, streams=False)  # as `bot.py run` does (with its streams too)


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
