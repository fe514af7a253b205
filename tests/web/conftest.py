"""Fixtures for the Mini App: the web app over the real fact base, with a test bot token and a
sender that records what it was asked to post."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from web_kit import TOKEN, Outbox

from sailau.web import SeatService, make_web_app


@pytest.fixture(scope="session")
def service() -> SeatService:
    return SeatService.load()


@pytest.fixture
def outbox() -> Outbox:
    return Outbox()


@pytest.fixture
async def client(service: SeatService, outbox: Outbox) -> AsyncIterator[TestClient[Any, Any]]:
    """The app as the bot mounts it: a token to check initData, a sender to post charts."""
    app = make_web_app(token=TOKEN, sender=outbox, service=service)
    async with TestClient(TestServer(app)) as found:
        yield found


@pytest.fixture
async def standalone(service: SeatService) -> AsyncIterator[TestClient[Any, Any]]:
    """The app as `bot.py web` serves it: no token, no sender."""
    async with TestClient(TestServer(make_web_app(service=service))) as found:
        yield found
