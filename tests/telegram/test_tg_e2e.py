"""End to end: `python bot.py run` as a subprocess against the fake Bot API server on 127.0.0.1.

The server checks what Telegram checks and injects Telegram's faults; every question must be
answered exactly once, nothing may crash, SIGTERM must end the bot cleanly, and the token must
never reach the log.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from tg_botapi import BOT_USERNAME, TOKEN, WEBHOOK_SECRET, BotApi, Fault
from tg_fakeserver import FakeServer
from tg_process import START_TIMEOUT, BotProcess, bot_env, free_port, run_to_exit, running_bot
from tg_updates import GROUP_ID, edited_update, sticker_update, text_update

pytestmark = pytest.mark.timeout(60)

SECRET_HALF = TOKEN.partition(":")[2]
SECRET = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture
async def server(api: BotApi) -> AsyncIterator[FakeServer]:
    async with FakeServer(api) as found:
        yield found


def answers(api: BotApi, chat_id: int) -> list[str]:
    """Texts and captions the bot delivered to a chat (refused attempts excluded)."""
    delivered = [m for (chat, _), m in api.messages.items() if chat == chat_id]
    return [m.get("text") or m.get("caption") or "" for m in delivered]


async def started(api: BotApi, bot: BotProcess) -> None:
    """Until the bot polls; fails with its log if it dies first."""
    await bot.until(api.wait_for(lambda a: a.polls > 0, START_TIMEOUT), "start polling")


async def stopped_cleanly(bot: BotProcess) -> None:
    assert await bot.stop() == 0, bot.stderr
    assert TOKEN not in bot.stderr
    assert SECRET_HALF not in bot.stderr
    assert "Traceback" not in bot.stderr, bot.stderr


async def test_polling_survives_telegram_faults(api: BotApi, server: FakeServer, tmp_path: Path):
    env = bot_env(server.base_url, tmp_path)  # rate limiter on: 429 is waited out and retried
    async with running_bot(env) as bot:
        await started(api, bot)

        # bot metadata was set at start-up, per language and the default
        commands = [c for c in api.sent("setMyCommands") if "scope" not in c.params]
        assert sorted(str(c.params.get("language_code")) for c in commands) == [
            "None",
            "en",
            "kk",
            "ru",
        ]
        assert len(api.sent("setMyDescription")) == len(api.sent("setMyShortDescription")) == 4

        # getUpdates fails four ways; polling carries on and the question still arrives
        api.inject(
            "getUpdates",
            Fault(502, "Bad Gateway"),
            Fault(500, "Internal Server Error"),
            Fault(drop=True),
            Fault(delay=4.0, drop=True),  # longer than the client's read timeout
        )
        await api.push(text_update("сколько мест получил нур отан", chat_id=101))
        await api.wait_for(lambda a: len(answers(a, 101)) == 1, 30)
        assert "76" in answers(api, 101)[0]

        # 429 with retry_after: waited out, then the message arrives (once)
        api.inject("sendMessage", Fault(429, "Too Many Requests: retry after 1", retry_after=1))
        await api.push(text_update("what was the turnout in 2021", chat_id=102))
        await api.wait_for(lambda a: len(answers(a, 102)) == 1, 15)
        assert "63.25%" in answers(api, 102)[0]
        assert len(api.sent("sendMessage", 102)) == 2

        # a user who blocked the bot: 403 is logged, the next chat is answered
        api.blocked.add(103)
        await api.push(text_update("явка", chat_id=103), text_update("явка", chat_id=104))
        await api.wait_for(lambda a: len(answers(a, 104)) == 1, 15)
        assert answers(api, 103) == []
        await bot.until(bot.wait_log("blocked"), "log the blocked user")

        # oversized, blank, emoji-only and sticker messages: a clear reply each, no crash
        odd = {
            105: text_update("сайлау " * 600, chat_id=105),
            106: text_update("   ", chat_id=106),
            107: text_update("🗳️🇰🇿🤔", chat_id=107),
            108: sticker_update(chat_id=108),
        }
        await api.push(*odd.values())
        await api.wait_for(lambda a: all(len(answers(a, chat)) == 1 for chat in odd), 15)

        # a group: chatter ignored, the command addressed to the bot answered
        await api.push(
            text_update("what was the turnout", chat_id=GROUP_ID),
            text_update(f"/seats@{BOT_USERNAME}", chat_id=GROUP_ID),
        )
        await api.wait_for(lambda a: len(answers(a, GROUP_ID)) == 1, 15)
        assert "76" in answers(api, GROUP_ID)[0]

        # an edited question edits its answer
        question = text_update("how many seats did nur otan win", chat_id=109)
        await api.push(question)
        await api.wait_for(lambda a: len(answers(a, 109)) == 1, 15)
        await api.push(edited_update(question, "how many seats did ak zhol win"))
        await api.wait_for(lambda a: "12 seats" in answers(a, 109)[0], 15)
        assert len(answers(api, GROUP_ID)) == 1  # the chatter before the command got nothing

        await stopped_cleanly(bot)
    assert api.errors == []


async def test_webhook_is_bounded_checks_the_secret_first_and_answers_each_update_once(
    api: BotApi, server: FakeServer, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    env = bot_env(
        server.base_url,
        tmp_path,
        WEBHOOK_URL=url,
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET=WEBHOOK_SECRET,
        SAILAU_RATE_LIMIT="off",
        LOG_LEVEL="DEBUG",  # the secret stays out of the log at every level
    )
    async with running_bot(env) as bot:
        await bot.until(api.wait_for(lambda a: bool(a.webhook), START_TIMEOUT), "set a webhook")
        assert api.webhook["url"] == url
        assert api.webhook["secret_token"] == WEBHOOK_SECRET
        await bot.until(bot.wait_log("started"), "start serving")
        secret = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        update = {"update_id": 7, **text_update("turnout 2021", chat_id=201)}
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, json=update)
            assert forged.status_code == 403
            wrong = await client.post(url, json=update, headers={**secret, SECRET: "guess"})
            assert wrong.status_code == 403
            malformed = await client.post(url, content=b'{"update_id": 8, "mess', headers=secret)
            assert malformed.status_code == 400
            not_update = await client.post(url, json=[1, 2], headers=secret)
            assert not_update.status_code == 400
            for _ in range(3):  # Telegram delivering the same update again
                assert (await client.post(url, json=update, headers=secret)).status_code == 200
        assert await huge_body_is_refused_unread(port, "/telegram-hook") == 413
        assert await huge_body_is_refused_unread(port, "/telegram-hook", secret=False) == 403
        await api.wait_for(lambda a: len(answers(a, 201)) == 1, 15)
        await stopped_cleanly(bot)
    assert len(answers(api, 201)) == 1
    assert "63.25%" in answers(api, 201)[0]


async def huge_body_is_refused_unread(port: int, path: str, secret: bool = True) -> int:
    """Announce a 95 MB body, send none of it, and read the answer: a server that waited for the
    body would never answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    head += f"{SECRET}: {WEBHOOK_SECRET}\r\n" if secret else ""
    writer.write(f"{head}Content-Length: {95 * 2**20}\r\n\r\n".encode())
    await writer.drain()
    async with asyncio.timeout(5):
        status_line = await reader.readline()
    writer.close()
    return int(status_line.split()[1])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TELEGRAM_API_BASE_URL", "http://[::1/bot"),
        ("TELEGRAM_API_BASE_URL", f"http://[::1/bot{TOKEN}"),
        ("TELEGRAM_API_BASE_URL", "http://127.0.0.1:99999/bot"),
        ("WEBHOOK_URL", "https://[fe80::1/hook"),
    ],
)
async def test_a_malformed_setting_is_one_line_naming_it(
    tmp_path: Path, name: str, value: str
) -> None:
    env = bot_env("http://127.0.0.1:9/bot", tmp_path, **{name: value})
    status, output = await run_to_exit(env)
    assert status == 2
    assert output.strip().count("\n") == 0, output
    assert name in output


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("", ["TELEGRAM_BOT_TOKEN", "python bot.py chat"]),
        ("not-a-token", ["TELEGRAM_BOT_TOKEN", "malformed"]),
    ],
)
async def test_missing_or_malformed_token_is_one_line(
    tmp_path: Path, token: str, expected: list[str]
) -> None:
    env = bot_env("http://127.0.0.1:9/bot", tmp_path, TELEGRAM_BOT_TOKEN=token)
    status, stderr = await run_to_exit(env)
    assert status == 2
    assert len(stderr.strip().splitlines()) == 1, stderr
    for word in expected:
        assert word in stderr


async def test_token_refused_by_telegram_is_one_line(server: FakeServer, tmp_path: Path):
    other = "999:" + "B" * 35
    status, stderr = await run_to_exit(bot_env(server.base_url, tmp_path, TELEGRAM_BOT_TOKEN=other))
    assert status == 2
    assert stderr.strip().splitlines()[-1].startswith("bot.py run: Telegram refused")
    assert "B" * 35 not in stderr


async def test_unusable_data_dir_is_reported_before_connecting(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    env = bot_env("http://127.0.0.1:9/bot", blocker / "data")
    status, stderr = await run_to_exit(env)
    assert status == 1
    assert stderr.strip().startswith("bot.py run: SAILAU_DATA_DIR")
    assert len(stderr.strip().splitlines()) == 1
