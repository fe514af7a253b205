"""Telegram's initData checked as Telegram documents it, and "send to chat" behind it."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from aiohttp.test_utils import TestClient, TestServer
from web_kit import TOKEN, USER, Outbox, init_data

from sailau.reply import ChartSpec
from sailau.web import InitDataCheck, InitDataError, SeatService, make_web_app
from sailau.web.initdata import data_check_string

Client = TestClient[Any, Any]
SCENARIO = {"election": "kz-2021", "method": "dhondt", "threshold": "5", "seats": 98}


def tma(raw: str) -> dict[str, str]:
    return {"Authorization": f"tma {raw}"}


# --- the check itself ---------------------------------------------------------------------------


def test_the_hash_is_telegrams_recipe_spelled_out() -> None:
    raw = init_data(signature="ed25519-signature-is-signed-too")
    fields = dict(parse_qsl(raw))
    lines = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()) if k != "hash")
    secret = hmac.new(b"WebAppData", TOKEN.encode(), hashlib.sha256).digest()
    assert data_check_string(fields) == lines
    assert fields["hash"] == hmac.new(secret, lines.encode(), hashlib.sha256).hexdigest()
    launch = InitDataCheck.for_token(TOKEN).verify(raw)
    assert (launch.user_id, launch.language_code) == (USER["id"], "kk")
    assert launch.query_id == "AAHdF6IQAAAAAN0XohDhrOrc"


def test_the_check_keeps_the_derived_key_not_the_token() -> None:
    check = InitDataCheck.for_token(TOKEN)
    assert TOKEN not in repr(check)
    assert TOKEN.encode() != check.secret


def forged(raw: str, key: str, value: str) -> str:
    fields = dict(parse_qsl(raw))
    fields[key] = value
    return urlencode(fields)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "missing"),
        (init_data(token="654321:another-bot"), "not signed by this bot"),
        (forged(init_data(), "user", '{"id":1,"first_name":"Mallory"}'), "not signed"),
        (forged(init_data(), "hash", "0" * 64), "not signed"),
        (init_data().replace("hash=", "hash=f"), "not signed"),
        (init_data(age=2 * 24 * 3600), "too old"),
        (init_data(age=-3600), "in the future"),
        (init_data() + "&user=x", "repeats a field"),
        ("%%%", "not a query string"),
        ("a" * 5000, "too long"),
    ],
)
def test_forged_stale_or_broken_init_data_is_refused(raw: str, reason: str) -> None:
    with pytest.raises(InitDataError, match=reason):
        InitDataCheck.for_token(TOKEN).verify(raw)


def test_freshness_is_measured_against_the_clock_given() -> None:
    check = InitDataCheck.for_token(TOKEN, max_age=600)
    raw = init_data(age=0)
    assert check.verify(raw, now=time.time() + 599).user_id == USER["id"]
    with pytest.raises(InitDataError, match="too old"):
        check.verify(raw, now=time.time() + 700)


# --- send to chat -------------------------------------------------------------------------------


async def test_a_genuine_user_gets_the_chart_sent(client: Client, outbox: Outbox) -> None:
    response = await client.post("/api/send", json=SCENARIO, headers=tma(init_data()))
    assert response.status == 200
    assert await response.json() == {"ok": True}
    [sent] = outbox.sent
    assert sent.chat_id == USER["id"]
    assert sent.lang == "kk"  # the Telegram user's language when the page names none
    assert sent.chart == ChartSpec(
        "whatif", (("base", "ballots"), ("method", "dhondt"), ("threshold", "5"), ("year", "2021"))
    )
    assert sent.query.method == "dhondt"


async def test_the_page_language_wins_over_telegrams(client: Client, outbox: Outbox) -> None:
    body = {**SCENARIO, "lang": "ru"}
    assert (await client.post("/api/send", json=body, headers=tma(init_data()))).status == 200
    assert outbox.sent[0].lang == "ru"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        tma(""),
        {"Authorization": f"Bearer {init_data()}"},
        tma(init_data(token="654321:another-bot")),
        tma(init_data(age=3 * 24 * 3600)),
    ],
    ids=["none", "empty", "other scheme", "forged", "expired"],
)
async def test_without_genuine_init_data_nothing_is_sent(
    client: Client, outbox: Outbox, headers: dict[str, str]
) -> None:
    response = await client.post("/api/send", json=SCENARIO, headers=headers)
    body = await response.json()
    assert response.status == 401
    assert body["parameter"] == "initData"
    assert body["error"].startswith("initData")
    assert outbox.sent == []


@pytest.mark.parametrize(
    ("body", "parameter", "words"),
    [
        ({**SCENARIO, "seats": 120}, "seats", "own 98 seats"),
        ({**SCENARIO, "threshold": "x"}, "threshold", "percentage"),
        ({**SCENARIO, "lang": "de"}, "lang", "one of kk, ru, en"),
        ({"seats": 5, "votes": {"A": 1}}, "election", "stored election"),
        ({**SCENARIO, "sole_rule": "coefficient"}, "sole_rule", "admitted reading"),
        ([1, 2], "body", "JSON object"),
        ({**SCENARIO, "pad": "x" * 5000}, "body", "at most 4096 bytes"),
    ],
)
async def test_a_bad_scenario_is_a_400_and_nothing_is_sent(
    client: Client, outbox: Outbox, body: object, parameter: str, words: str
) -> None:
    response = await client.post("/api/send", json=body, headers=tma(init_data()))
    found = await response.json()
    assert response.status == 400
    assert found["parameter"] == parameter
    assert words in found["error"]
    assert outbox.sent == []


async def test_a_scenario_with_no_allocation_is_a_422(client: Client, outbox: Outbox) -> None:
    body = {**SCENARIO, "threshold": "90", "threshold_base": "party_votes"}
    response = await client.post("/api/send", json=body, headers=tma(init_data()))
    assert response.status == 422
    assert (await response.json())["code"] == "no_party_passes"
    assert outbox.sent == []


async def test_the_senders_reason_reaches_the_user(client: Client, outbox: Outbox) -> None:
    outbox.fail = "the bot is blocked by the user"
    response = await client.post("/api/send", json=SCENARIO, headers=tma(init_data()))
    assert response.status == 502
    found = await response.json()
    assert found == {"error": "the bot is blocked by the user", "code": "send_failed"}


async def test_a_token_without_a_sender_cannot_send(service: SeatService) -> None:
    async with TestClient(TestServer(make_web_app(token=TOKEN, service=service))) as client:
        response = await client.post("/api/send", json=SCENARIO, headers=tma(init_data()))
        assert response.status == 503
        assert (await (await client.get("/api/meta")).json())["send"] is False
