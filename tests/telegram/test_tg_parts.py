"""The Telegram layer's parts on their own: secret redaction, bot metadata, keyboards, deep links,
per-chat ordering of updates, the send policy (429 per chat, retries, migration)."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
import time
from typing import Any

import pytest
from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TimedOut
from tg_botapi import SECRETS, TOKEN, WEBHOOK_SECRET
from tg_harness import Harness
from tg_questions import text_questions

from handlers import links
from handlers.keyboards import (
    CALLBACK_DATA_LIMIT,
    Extra,
    examples,
    lang_keyboard,
    suggestions_keyboard,
)
from handlers.logs import REDACTED, RedactingStream, Redactor
from handlers.metadata import ADMIN_MENU, MENU, publish
from handlers.processor import PerChatUpdateProcessor
from handlers.ratelimit import MAX_RETRIES, SendPolicy
from sailau import pipeline
from sailau.i18n import load_catalog
from sailau.reply import LANGS, Suggestion


def test_no_secret_reaches_a_log_record(caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise ValueError(f"POST https://api.telegram.org/bot{TOKEN}/getMe failed")
    except ValueError:
        logging.getLogger("httpx").exception("url %s", f"/bot{TOKEN}/x")
    logging.getLogger("x").debug("secret %s", {"secret_token": WEBHOOK_SECRET})
    assert TOKEN not in caplog.text
    assert TOKEN.partition(":")[2] not in caplog.text
    assert WEBHOOK_SECRET not in caplog.text
    assert caplog.text.count(REDACTED) >= 3


def test_no_secret_reaches_a_stream_even_split_across_writes() -> None:
    target = io.StringIO()
    stream = RedactingStream(target, Redactor(SECRETS))
    half = len(TOKEN) // 2
    stream.write(f"Traceback: bot{TOKEN[:half]}")
    stream.write(f"{TOKEN[half:]}/getMe\nnext line {WEBHOOK_SECRET}")
    stream.flush()
    assert TOKEN not in target.getvalue()
    assert WEBHOOK_SECRET not in target.getvalue()


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


def test_a_keyboard_is_sent_as_ptb_writes_it() -> None:
    """The JSON a suggestions keyboard is made with is what PTB's own `to_dict` writes."""
    extras = (
        Extra("share", "Share", "q=turnout"),
        Extra("app", "What if…", "https://example.org/whatif"),
        Extra("url", "Open", "https://example.org/page"),
    )
    checked = 0
    for question in text_questions()[:150]:
        reply = pipeline.answer(question)
        for more in ((), extras[:1], extras[1:], extras):
            markup = suggestions_keyboard(reply.suggestions, more)
            if markup is not None:
                assert markup.to_dict() == InlineKeyboardMarkup.to_dict(markup), question
                checked += 1
    assert checked > 400


def test_fixed_keyboards_fit_telegram() -> None:
    catalog = load_catalog()
    data = [b.callback_data for row in lang_keyboard(catalog).inline_keyboard for b in row]
    for lang in LANGS:
        data += [s.code() for s in examples(catalog, lang)]
    assert all(isinstance(d, str) and len(d.encode()) <= CALLBACK_DATA_LIMIT for d in data)


@pytest.mark.parametrize(
    ("intent", "slots", "payload"),
    [
        ("turnout", {}, "turnout"),
        ("party_seats", {"party": "ak_zhol", "year": "2016"}, "party_seats-p-ak_zhol-y-2016"),
        ("whatif", {"threshold": "3.5", "method": "dhondt"}, "whatif-m-dhondt-t-3p5"),
        ("chart", {"chart": "compare", "metric": "seats"}, "chart-c-compare-k-seats"),
    ],
)
def test_link_payloads_round_trip(intent: str, slots: dict[str, str], payload: str) -> None:
    assert links.payload(intent, slots) == payload
    assert links.parse(payload) == (intent, slots)


def test_link_payloads_in_full_slot_names_still_work() -> None:
    assert links.parse("party_seats-party-ak_zhol") == ("party_seats", {"party": "ak_zhol"})


@pytest.mark.parametrize("bad", ["bad payload!", "turnout-year", "-y-2016", "x" * 65, ""])
def test_what_is_no_payload_is_refused(bad: str) -> None:
    assert links.parse(bad) is None


def test_what_cannot_travel_gets_no_link_rather_than_a_wrong_one() -> None:
    assert links.payload("party_seats", {"party": "ак жол"}) is None
    assert links.payload("turnout_region", {"region": "r" * 60}) is None


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


async def test_a_429_pauses_only_its_chat_and_retry_after_is_honoured() -> None:
    policy = SendPolicy(pace=False)
    calls: list[tuple[int, float]] = []

    async def call(endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        calls.append((data["chat_id"], time.monotonic()))
        if data["chat_id"] == 1 and len([c for c in calls if c[0] == 1]) == 1:
            raise RetryAfter(dt.timedelta(seconds=0.3))
        return {"ok": True}

    def send(chat: int) -> Any:
        data = {"chat_id": chat}
        return policy.process_request(call, ("sendMessage", data), {}, "sendMessage", data, None)

    started = time.monotonic()
    first = asyncio.create_task(send(1))
    await asyncio.sleep(0)  # chat 1 gets its 429
    assert await send(2) == {"ok": True}
    assert time.monotonic() - started < 0.2  # chat 2 did not wait for chat 1
    assert await first == {"ok": True}
    retried = [at for chat, at in calls if chat == 1]
    assert retried[1] - retried[0] >= 0.3  # chat 1 waited the whole retry_after


async def test_transient_failures_are_retried_then_given_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("handlers.ratelimit.FIRST_BACKOFF", 0.001)
    policy = SendPolicy(pace=False)
    attempts: list[int] = []

    async def failing(endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        attempts.append(1)
        raise (TimedOut() if len(attempts) % 2 else NetworkError("Bad Gateway"))

    data = {"chat_id": 5}
    with pytest.raises(NetworkError):
        await policy.process_request(failing, ("x", data), {}, "sendMessage", data, None)
    assert len(attempts) == MAX_RETRIES + 1

    async def bad(endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        attempts.append(1)
        raise BadRequest("Bad Request: message is too long")

    attempts.clear()
    with pytest.raises(BadRequest):
        await policy.process_request(bad, ("x", data), {}, "sendMessage", data, None)
    assert len(attempts) == 1  # the bot's own mistake is not retried


async def test_a_migrated_group_is_written_to_at_its_new_id() -> None:
    moved: list[tuple[int, int]] = []

    async def on_migrated(old: int, new: int) -> None:
        moved.append((old, new))

    policy = SendPolicy(pace=False, on_migrated=on_migrated)
    seen: list[int] = []

    async def call(endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["chat_id"])
        if data["chat_id"] == -1:
            raise ChatMigrated(-1001)
        return {"ok": True}

    for _ in range(2):
        data = {"chat_id": -1}
        await policy.process_request(call, ("x", data), {}, "sendMessage", data, None)
    assert seen == [-1, -1001, -1001]  # the second call went to the new id directly
    assert moved == [(-1, -1001)]
