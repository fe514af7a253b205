"""The Telegram layer under faults, end to end: `python bot.py run` against the fake Bot API server
on 127.0.0.1, which fails the way Telegram and networks do.

Every question is answered exactly once through 5xx, dropped connections and time-outs on send;
through `kill -9` in the middle of a backlog and a restart; through SIGTERM in mid-flight (and the
bot is gone within 8 s). One chat's 429 delays that chat only. Old buttons still get their
answer, a migrated group is followed, a poison update is skipped once, the health check turns
red when the bot can't move. No secret reaches any output (`tg_process.running` checks each
bot's whole output).
"""

from __future__ import annotations

import asyncio
import itertools
import signal
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from tg_botapi import BOT_USERNAME, BotApi, Fault
from tg_fakeserver import FakeServer
from tg_process import START_TIMEOUT, BotProcess, bot_env, running_bot
from tg_questions import expected_texts, text_questions
from tg_updates import GROUP_ID, callback_update, text_update

from handlers.app import CONCURRENT_UPDATES
from handlers.web import STOP_GRACE
from sailau import pipeline, render

pytestmark = pytest.mark.timeout(90)

STOP_LIMIT = 8.0
"""Docker kills a container 10 s after SIGTERM; the bot must be gone well before."""


def questions(count: int, longest: int = 10_000) -> list[str]:
    """Distinct questions answered with one text message of at most `longest` characters."""
    found = [q for q in text_questions() if len(render.html(pipeline.answer(q))) <= longest]
    assert len(found) >= count
    return found[:count]


def conversations(chats: int, per_chat: int) -> dict[int, list[str]]:
    """Chat id -> the questions it asks, in order; no question asked twice."""
    pool = questions(chats * per_chat)
    return {100 + c: pool[c * per_chat : (c + 1) * per_chat] for c in range(chats)}


def updates(asked: dict[int, list[str]]) -> list[dict[str, Any]]:
    """Every chat's questions, interleaved across chats as they would arrive."""
    rounds = max(map(len, asked.values()))
    return [
        text_update(qs[k], chat_id=chat)
        for k in range(rounds)
        for chat, qs in asked.items()
        if k < len(qs)
    ]


def assert_each_answered_once(api: BotApi, asked: dict[int, list[str]]) -> None:
    for chat, qs in asked.items():
        assert api.texts(chat) == expected_texts(qs), f"chat {chat}"


async def answered(api: BotApi, bot: BotProcess, count: int, seconds: float = 30.0) -> None:
    """Until the fake API holds `count` messages from the bot."""
    await bot.until(api.wait_for(lambda a: len(a.messages) >= count, seconds), f"send {count}")


async def logged(bot: BotProcess, text: str, count: int, seconds: float = 15.0) -> None:
    """Until `text` occurs `count` times in the bot's log (each line is an event)."""
    async with asyncio.timeout(seconds), bot.logged:
        await bot.logged.wait_for(lambda: bot.count(text) >= count)


@asynccontextmanager
async def bot_on(api: BotApi, data: Path, **env: str) -> AsyncIterator[BotProcess]:
    """`bot.py run` against `api` (served on 127.0.0.1), started and polling."""
    polled = api.polls
    async with FakeServer(api) as server, running_bot(bot_env(server.base_url, data, **env)) as bot:
        await bot.until(api.wait_for(lambda a: a.polls > polled, START_TIMEOUT), "start polling")
        yield bot


@asynccontextmanager
async def bots_on(api: BotApi) -> AsyncIterator[FakeServer]:
    async with FakeServer(api) as server:
        yield server


async def test_failed_sends_are_retried_and_each_question_answered_once(
    api: BotApi, tmp_path: Path
) -> None:
    asked = conversations(chats=6, per_chat=3)
    chats = list(asked)
    api.inject(
        "sendMessage",
        Fault(502, "Bad Gateway", chat_id=chats[0]),
        Fault(500, "Internal Server Error", chat_id=chats[1]),
        Fault(drop=True, chat_id=chats[2]),
        Fault(delay=1.5, chat_id=chats[3]),  # longer than SAILAU_API_TIMEOUT: a time-out
        Fault(502, "Bad Gateway", chat_id=chats[4]),
        Fault(502, "Bad Gateway", chat_id=chats[4]),
        Fault(504, "Gateway Timeout", chat_id=chats[4]),
    )
    async with bot_on(api, tmp_path, SAILAU_RATE_LIMIT="off", SAILAU_API_TIMEOUT="1") as bot:
        await api.push(*updates(asked))
        await answered(api, bot, 18)
        assert await bot.stop() == 0
    assert not any(api.faults.values()), "every fault was met"
    assert_each_answered_once(api, asked)
    assert api.errors == []


async def test_kill_9_mid_backlog_then_restart_answers_the_rest_once(
    api: BotApi, tmp_path: Path
) -> None:
    asked = conversations(chats=20, per_chat=8)
    total = 160
    async with bots_on(api) as server:
        env = bot_env(server.base_url, tmp_path, SAILAU_RATE_LIMIT="off", LOG_LEVEL="DEBUG")
        async with running_bot(env) as bot:
            await bot.until(api.wait_for(lambda a: a.polls > 0, START_TIMEOUT), "start polling")
            ids = await api.push(*updates(asked))
            await answered(api, bot, 40)
            # Sends from now on hang "in flight"; the bot fetches on, confirms everything to
            # Telegram, and writes down what it answered. Then it is killed.
            api.gate = asyncio.Event()
            await bot.until(
                api.wait_for(lambda a: a.confirmed > ids[-1] and a.held >= CONCURRENT_UPDATES),
                "fetch and confirm all, with every slot waiting on a send",
            )
            delivered = len(api.messages)
            await logged(bot, " answered", delivered)
            bot.process.send_signal(signal.SIGKILL)
            await bot.process.wait()
        assert delivered < total
        assert api.confirmed > ids[-1]  # Telegram will never send the rest again
        api.gate = None
        async with running_bot(env) as again:
            await answered(api, again, total)
            assert await again.stop() == 0
        assert "answered now" in again.stderr
    assert_each_answered_once(api, asked)


async def test_sigterm_mid_flight_exits_fast_and_loses_nothing(tmp_path: Path) -> None:
    asked = conversations(chats=30, per_chat=10)
    total = 300
    api = BotApi()
    async with FakeServer(api, latency=0.05) as server:  # every call a round trip away
        env = bot_env(server.base_url, tmp_path, SAILAU_RATE_LIMIT="off")
        async with running_bot(env) as bot:
            await bot.until(api.wait_for(lambda a: a.polls > 0, START_TIMEOUT), "start polling")
            ids = await api.push(*updates(asked))
            await bot.until(api.wait_for(lambda a: a.confirmed > ids[-1]), "fetch everything")
            await answered(api, bot, 40)
            began = time.monotonic()
            assert await bot.stop() == 0, bot.stderr[-2000:]
            took = time.monotonic() - began
        assert took < STOP_LIMIT, f"SIGTERM took {took:.1f} s"
        assert len(api.messages) < total
        async with running_bot(env) as again:
            await answered(api, again, total, 60)
            assert await again.stop() == 0
    assert_each_answered_once(api, asked)


async def test_sigterm_with_sends_hanging_gives_them_4_s_then_leaves_them_to_the_restart(
    api: BotApi, tmp_path: Path
) -> None:
    asked = conversations(chats=10, per_chat=3)
    async with bots_on(api) as server:
        env = bot_env(server.base_url, tmp_path, SAILAU_RATE_LIMIT="off")
        async with running_bot(env) as bot:
            await bot.until(api.wait_for(lambda a: a.polls > 0, START_TIMEOUT), "start polling")
            api.gate = asyncio.Event()  # Telegram takes the sends and never answers
            await api.push(*updates(asked))
            await bot.until(api.wait_for(lambda a: a.held >= CONCURRENT_UPDATES), "send")
            began = time.monotonic()
            assert await bot.stop() == 0, bot.stderr[-2000:]
            took = time.monotonic() - began
        assert STOP_GRACE <= took < STOP_LIMIT, f"SIGTERM took {took:.1f} s"
        api.gate = None
        async with running_bot(env) as again:
            await answered(api, again, 30)
            assert await again.stop() == 0
    assert_each_answered_once(api, asked)


@pytest.mark.parametrize("limiter", ["on", "off"])
async def test_a_429_delays_only_its_chat(api: BotApi, tmp_path: Path, limiter: str) -> None:
    slow, others = 500, [501, 502, 503, 504, 505]
    api.inject(
        "sendMessage", Fault(429, "Too Many Requests: retry after 2", retry_after=2, chat_id=slow)
    )
    async with bot_on(api, tmp_path, SAILAU_RATE_LIMIT=limiter) as bot:
        await api.push(text_update("what was the turnout", chat_id=slow))
        await bot.until(api.wait_for(lambda a: bool(a.sent("sendMessage", slow))), "try chat 500")
        await api.push(*(text_update("what was the turnout", chat_id=c) for c in others))
        await answered(api, bot, 6)
        assert await bot.stop() == 0
    flooded, retried = (c.at for c in api.sent("sendMessage", slow))
    assert retried - flooded >= 2.0  # retry_after honoured
    for chat in others:
        [call] = api.sent("sendMessage", chat)
        assert call.at - flooded < 2.0, f"chat {chat} waited for chat {slow}'s 429"
    assert all(len(api.texts(chat)) == 1 for chat in [slow, *others])


async def test_old_buttons_still_get_their_answer(api: BotApi, tmp_path: Path) -> None:
    api.expired_queries = True  # "query is too old and response timeout expired"
    async with bot_on(api, tmp_path) as bot:
        await api.push(callback_update("party_seats|p=ak_zhol|y=2016", chat_id=600))
        await answered(api, bot, 1)
        assert await bot.stop() == 0
    [answer] = api.texts(600)
    assert "Ak Zhol" in answer and "7 seats" in answer
    assert "went wrong" not in answer
    assert api.errors == []


async def test_a_migrated_group_gets_its_answer_and_keeps_its_settings(
    api: BotApi, tmp_path: Path
) -> None:
    old, new = GROUP_ID, -1009999
    api.admins.add(7)
    async with bot_on(api, tmp_path, SAILAU_GROUP_COOLDOWN="0") as bot:
        await api.push(text_update(f"/lang@{BOT_USERNAME} ru", chat_id=old))
        await answered(api, bot, 1)
        api.migrated[old] = new  # the group became a supergroup
        await api.push(text_update(f"@{BOT_USERNAME} what was the turnout", chat_id=old))
        await answered(api, bot, 2)
        await api.push(text_update(f"@{BOT_USERNAME} how many seats did ak zhol win", chat_id=new))
        await answered(api, bot, 3)
        assert await bot.stop() == 0
    [turnout, seats] = api.texts(new)
    assert "63,25\xa0%" in turnout  # in Russian: the language moved with the group
    assert "12" in seats and "мест" in seats
    assert bot.count("moved to supergroup") == 1


async def test_a_blocked_chat_is_logged_once_and_marked_inactive(
    api: BotApi, tmp_path: Path
) -> None:
    api.blocked.add(700)
    async with bot_on(api, tmp_path) as bot:
        await api.push(*(text_update(q, chat_id=700) for q in questions(3)))
        await api.push(text_update("what was the turnout", chat_id=701))
        await answered(api, bot, 1)
        await bot.until(api.wait_for(lambda a: len(a.sent("sendMessage", 700)) == 3), "try all")
        assert await bot.stop() == 0
    assert bot.count("inactive") == 1
    assert "Traceback" not in bot.stderr


async def test_a_poison_update_is_logged_once_and_skipped(api: BotApi, tmp_path: Path) -> None:
    async with bot_on(api, tmp_path) as bot:
        [poison] = await api.push({"message": {"message_id": 1, "chat": "not a chat"}})
        await api.push(text_update("what was the turnout", chat_id=800))
        await answered(api, bot, 1)
        assert await bot.stop() == 0
    assert bot.count(f"update {poison} skipped") == 1
    assert len(bot.stderr) < 20_000, "no spinning"
    async with bot_on(api, tmp_path) as again:  # not replayed
        assert await again.stop() == 0
    assert f"update {poison}" not in again.stderr


async def test_health_turns_red_while_telegram_is_unreachable(api: BotApi, tmp_path: Path) -> None:
    async with bot_on(api, tmp_path, SAILAU_API_TIMEOUT="0.5") as bot:
        status, figures = await bot.health()
        assert status == 200 and figures["status"] == "ok"
        api.inject("getUpdates", *[Fault(502, "Bad Gateway")] * 1000)
        assert await until_health(bot, 503)
        api.faults["getUpdates"].clear()
        assert await until_health(bot, 200)
        assert await bot.stop() == 0


async def until_health(bot: BotProcess, status: int, seconds: float = 20.0) -> bool:
    """Until /healthz answers `status`: it is a judgement over time, so it is asked again
    every 0.2 s (there is no event to wait for)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (await bot.health())[0] == status:
            return True
        await asyncio.sleep(0.2)
    return False


def questions_answered(texts: list[str]) -> int:
    """Questions a group's messages answer: a merged message quotes each of its questions; a
    message sent alone (the first, or the last when the one before was full) answers one."""
    return sum(max(1, text.count("<blockquote>")) for text in texts)


async def test_a_group_flood_is_answered_within_telegrams_limit(
    api: BotApi, tmp_path: Path
) -> None:
    asked = questions(60, longest=700)
    async with bot_on(api, tmp_path, SAILAU_GROUP_COOLDOWN="1") as bot:
        await api.push(*(text_update(f"@{BOT_USERNAME} {q}", chat_id=GROUP_ID) for q in asked))
        await bot.until(
            api.wait_for(lambda a: questions_answered(a.texts(GROUP_ID)) >= 60, 60), "answer all 60"
        )
        assert await bot.stop() == 0
    sent = [c.at for c in api.sent("sendMessage", GROUP_ID)]
    assert all(later - earlier >= 0.99 for earlier, later in itertools.pairwise(sent))
    assert max(sum(1 for t in sent if s <= t < s + 60) for s in sent) <= 20
    assert len(sent) < len(asked)  # answers waiting together went out merged
