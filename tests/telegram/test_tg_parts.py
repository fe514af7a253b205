"""The Telegram layer's parts on their own: token redaction, bot metadata, keyboards, deep links,
per-chat ordering of updates, the rate limiter's retry."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import pytest
from telegram import Update
from telegram.error import RetryAfter
from tg_botapi import TOKEN
from tg_harness import Harness

from handlers.commands import deep_link, deep_link_payload
from handlers.keyboards import CALLBACK_DATA_LIMIT, examples, lang_keyboard, suggestions_keyboard
from handlers.logs import REDACTED, RedactingFormatter, token_secrets
from handlers.metadata import ADMIN_MENU, MENU, publish
from handlers.processor import PerChatUpdateProcessor
from handlers.ratelimit import ChatRateLimiter
from sailau.i18n import load_catalog
from sailau.reply import LANGS, Suggestion


def test_token_never_reaches_a_log_line() -> None:
    formatter = RedactingFormatter(token_secrets(TOKEN), "%(message)s")
    try:
        raise ValueError(f"POST https://api.telegram.org/bot{TOKEN}/getMe failed")
    except ValueError as exc:
        args = (f"/bot{TOKEN}/x",)
        record = logging.LogRecord(
            "httpx", logging.ERROR, __file__, 1, "url %s", args, (ValueError, exc, None)
        )
    line = formatter.format(record)
    assert TOKEN not in line
    assert TOKEN.partition(":")[2] not in line
    assert REDACTED in line


async def test_metadata_per_language_and_default(harness: Harness) -> None:
    await publish(harness.app.bot, load_catalog())
    sent = harness.api.sent("setMyCommands")
    commands = [c for c in sent if "scope" not in c.params]
    admins = [c for c in sent if c.params.get("scope") == {"type": "all_chat_administrators"}]
    assert [c.params.get("language_code") for c in commands] == [*LANGS, None]
    assert [c.params.get("language_code") for c in admins] == [*LANGS, None]
    for call in commands:
        assert [c["command"] for c in call.params["commands"]] == list(MENU)
    for call in admins:
        assert [c["command"] for c in call.params["commands"]] == list(ADMIN_MENU)
    ru = commands[1].params["commands"]
    assert any("Явка" in c["description"] for c in ru)
    assert len(harness.api.sent("setMyDescription")) == 4
    assert len(harness.api.sent("setMyShortDescription")) == 4


def test_all_menu_commands_are_handled(harness: Harness) -> None:
    handled: set[str] = set()
    for handlers in harness.app.handlers.values():
        for handler in handlers:
            handled |= set(getattr(handler, "commands", ()))
    assert set(MENU) <= handled


def test_callback_data_over_64_bytes_is_dropped() -> None:
    ok = Suggestion("ok", "party_seats", (("party", "nur_otan"),))
    too_long = Suggestion("long", "party_seats", (("party", "ж" * 40),))
    markup = suggestions_keyboard((ok, too_long))
    assert markup is not None
    assert [b.callback_data for row in markup.inline_keyboard for b in row] == [ok.code()]
    assert suggestions_keyboard(()) is None


def test_fixed_keyboards_fit_telegram() -> None:
    catalog = load_catalog()
    data = [b.callback_data for row in lang_keyboard(catalog).inline_keyboard for b in row]
    for lang in LANGS:
        data += [s.code() for s in examples(catalog, lang)]
    assert all(isinstance(d, str) and len(d.encode()) <= CALLBACK_DATA_LIMIT for d in data)


@pytest.mark.parametrize(
    ("intent", "slots"),
    [("turnout", {}), ("party_seats", {"party": "ak_zhol", "year": "2016"})],
)
def test_deep_links_round_trip(intent: str, slots: dict[str, str]) -> None:
    assert deep_link(deep_link_payload(intent, slots)) == (intent, slots)


def test_deep_links_drop_what_cannot_travel() -> None:
    assert deep_link_payload("whatif", {"threshold": "3.5", "method": "dhondt"}) == (
        "whatif-method-dhondt"
    )
    assert deep_link("bad payload!") is None
    assert deep_link("turnout-year") is None


async def test_updates_of_one_chat_stay_in_order_others_run_alongside() -> None:
    processor = PerChatUpdateProcessor(2)
    order: list[str] = []
    release = asyncio.Event()

    def update(chat_id: int) -> Update:
        payload = {"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "x"}}
        payload["message"]["chat"] = {"id": chat_id, "type": "private"}
        return Update.de_json(payload, None)

    async def step(name: str, wait: bool = False) -> None:
        if wait:
            await release.wait()
        order.append(name)

    first = asyncio.create_task(processor.process_update(update(1), step("1a", wait=True)))
    waiting = [
        asyncio.create_task(processor.process_update(update(1), step(f"1{n}")))
        for n in "bcdefghijk"
    ]
    other = asyncio.create_task(processor.process_update(update(2), step("2a")))
    await asyncio.wait_for(other, 5)
    assert order == ["2a"]  # chat 2 waited neither for chat 1 nor for a slot chat 1 held
    release.set()
    await asyncio.gather(first, *waiting)
    assert order == ["2a", "1a", *(f"1{n}" for n in "bcdefghijk")]


async def test_rate_limiter_waits_out_429_and_retries() -> None:
    limiter = ChatRateLimiter()
    attempts: list[int] = []

    async def call(*_: Any, **__: Any) -> dict[str, Any]:
        attempts.append(1)
        if len(attempts) == 1:
            raise RetryAfter(dt.timedelta(seconds=0))
        return {"ok": True}

    await limiter.initialize()
    result = await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": 42}, None)
    assert result == {"ok": True}
    assert len(attempts) == 2
