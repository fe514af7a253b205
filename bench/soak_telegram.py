"""Soak: `python bot.py run` answers 20,000 updates from 2,000 chats against the fake Bot API on
127.0.0.1 while everything that goes wrong with Telegram goes wrong, and loses nothing.

Mixed into the batches (1,000 updates each, queued at once, the next once these are answered):
sends failing with 502, 500, a dropped connection or a time-out; 429 with `retry_after` on
some chats; getUpdates failing now and then; unreadable (poison) updates; button presses too old
for Telegram to acknowledge; chats that blocked the bot; group questions (mentions) answered
with a quote, in groups of which some become supergroups halfway; and the bot itself killed with
SIGKILL in the middle of a backlog (with answers in flight, a few of them already taken by
Telegram) and stopped with SIGTERM in the middle of another, each time restarted on the same data
directory.

At the end every question must have got exactly one answer, the right one, in its chat (lost:
questions with none; duplicated: answers beyond one); blocked chats none; poison updates none.
The one exception is the bot's documented one (`handlers.intake`): an answer Telegram took
while the bot was being killed, before the bot could learn so, is sent again after the restart.
The fake API knows exactly which answers those are (taken, their result never sent back), and
only their questions may have a second answer (`resent`); any other repeat is duplicated.
Resident memory is read after the warm-up and again after the last batch of the same process
(before the first kill): growth must stay under 10 %.

    .venv/bin/python bench/soak_telegram.py [--updates 20000] [--chats 2000] [--batch 1000]

`tests/telegram/test_tg_soak.py` runs the same with 1,000 updates as a smoke test.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "telegram")]

from common import memory_kb  # noqa: E402
from tg_botapi import BOT_USERNAME, BotApi, Fault  # noqa: E402
from tg_fakeserver import FakeServer  # noqa: E402
from tg_process import START_TIMEOUT, BotProcess, bot_env, running_bot  # noqa: E402
from tg_questions import expected_texts, text_questions  # noqa: E402
from tg_updates import callback_update, text_update  # noqa: E402

from handlers.app import CONCURRENT_UPDATES  # noqa: E402
from sailau import pipeline, render  # noqa: E402
from sailau.reply import Suggestion  # noqa: E402

T = TypeVar("T")
MAX_GROWTH = 0.10
WARM_UP = 2
"""Batches before the first memory reading."""
GROUPS = 10
BLOCKED_SHARE = 0.01
BUTTON_SHARE = 0.02
POISON_PER_BATCH = 3
SEND_FAULTS_PER_BATCH = 8
FLOODS_PER_BATCH = 2
STOP_LIMIT = 8.0
BATCH_SECONDS = 60.0
TAKEN_AT_KILL = 3
"""Answers Telegram takes without telling the bot just before the kill -9."""
BUTTONS = (
    "party_seats|p=ak_zhol|y=2016",
    "turnout|y=2016",
    "results|y=2023",
    "chamber_size",
    "party_share|p=auyl|y=2021",
    "threshold|y=2021",
)


@dataclass
class Plan:
    """Who asks what, and what each must get back."""

    questions: dict[int, list[str]] = field(default_factory=dict)
    """Private chat -> its text questions, in order."""
    buttons: dict[int, list[str]] = field(default_factory=dict)
    """Private chat -> the buttons it pressed (too old to acknowledge), in order."""
    blocked: set[int] = field(default_factory=set)
    groups: dict[int, int] = field(default_factory=dict)
    """Group -> the supergroup it becomes (some halfway through)."""
    group_questions: dict[int, str] = field(default_factory=dict)
    """A group question's message id -> its text."""
    poison: int = 0


@dataclass
class Report:
    """What the soak found."""

    updates: int = 0
    answers: int = 0
    lost: int = 0
    duplicated: int = 0
    wrong: int = 0
    resent: int = 0
    """Answers Telegram took from the killed bot without its knowing, sent again after the
    restart: the one repeat no bot can avoid."""
    poison: int = 0
    refused: int = 0
    rss_warm_kb: int = 0
    rss_end_kb: int = 0
    sigterm_seconds: float = 0.0
    faults: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    stalls: list[str] = field(default_factory=list)
    """Batches whose answers did not all come within `BATCH_SECONDS`."""

    @property
    def growth(self) -> float:
        return self.rss_end_kb / self.rss_warm_kb - 1 if self.rss_warm_kb else 0.0

    @property
    def ok(self) -> bool:
        return (
            not (self.lost or self.duplicated or self.wrong)
            and self.growth < MAX_GROWTH
            and self.sigterm_seconds < STOP_LIMIT
        )


def button_text(code: str) -> str:
    intent, slots = Suggestion.decode(code)
    return render.html(pipeline.answer_intent(intent, dict(slots), "en"))


class Soak:
    """One soak run: the plan, the fake API, the bot process(es), the report."""

    def __init__(self, updates: int, chats: int, batch: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.total, self.batch = updates, batch
        self.pool = list(text_questions())
        self.plan = Plan()
        self.api = BotApi()
        self.report = Report()
        people = list(range(1, chats - GROUPS + 1))
        pressers = max(1, int(len(people) * BUTTON_SHARE))
        self.pressers, self.private = people[:pressers], people[pressers:]
        self.plan.blocked = set(self.rng.sample(self.private, max(1, int(chats * BLOCKED_SHARE))))
        self.plan.groups = {-100 - g: -100 - g for g in range(GROUPS)}

    def next_updates(self, count: int) -> list[dict[str, Any]]:
        """`count` updates of every kind, in the order they arrive: one question per group
        (a group asks less often than Telegram's 20 answers a minute allow, so that each
        answer quotes its own question), button presses, private questions."""
        found: list[dict[str, Any]] = []
        while len(found) < count - len(self.plan.groups):
            if self.rng.random() < BUTTON_SHARE:
                chat = self.rng.choice(self.pressers)
                code = self.rng.choice(BUTTONS)
                self.plan.buttons.setdefault(chat, []).append(code)
                found.append(callback_update(code, chat_id=chat))
            else:
                chat = self.rng.choice(self.private)
                asked = self.plan.questions.setdefault(chat, [])
                asked.append(self.pool[(chat * 13 + len(asked)) % len(self.pool)])
                found.append(text_update(asked[-1], chat_id=chat))
        for now in self.plan.groups.values():
            text = self.rng.choice(self.pool)
            update = text_update(f"@{BOT_USERNAME} {text}", chat_id=now)
            self.plan.group_questions[update["message"]["message_id"]] = text
            found.insert(self.rng.randrange(len(found) + 1), update)
        return found

    def poison(self) -> list[dict[str, Any]]:
        self.plan.poison += POISON_PER_BATCH
        return [{"message": {"message_id": 1, "chat": "not a chat"}}] * POISON_PER_BATCH

    def inject_faults(self, number: int, updates: Sequence[dict[str, Any]]) -> None:
        """Faults for this batch's calls: sends failing for some of its chats, 429 for others,
        and a failing getUpdates every other batch."""
        kinds = {
            "send 502": Fault(502, "Bad Gateway"),
            "send 500": Fault(500, "Internal Server Error"),
            "send dropped": Fault(drop=True),
            "send timed out": Fault(delay=1.5),  # longer than SAILAU_API_TIMEOUT=1
        }
        asking = {u["message"]["chat"]["id"] for u in updates if "message" in u}
        chats = sorted(c for c in asking if c > 0 and c not in self.plan.blocked)
        for k in range(SEND_FAULTS_PER_BATCH):
            name = list(kinds)[k % len(kinds)]
            chat = self.rng.choice(chats)
            self.api.inject("sendMessage", dataclasses.replace(kinds[name], chat_id=chat))
            self.report.faults[name] += 1
        for chat in self.rng.sample(chats, FLOODS_PER_BATCH):
            self.api.inject(
                "sendMessage", Fault(429, "Too Many Requests", retry_after=1, chat_id=chat)
            )
            self.report.faults["send 429"] += 1
        if number % 2:
            self.api.inject(
                "getUpdates",
                [Fault(502), Fault(drop=True), Fault(429, retry_after=1)][number // 2 % 3],
            )
            self.report.faults["getUpdates"] += 1

    async def run(self, data: Path) -> Report:
        self.api.blocked |= self.plan.blocked
        self.api.expired_queries = True
        batches = self.total // self.batch
        kill_at, term_at = batches - 4, batches - 2
        async with FakeServer(self.api) as server, contextlib.AsyncExitStack() as stack:
            env = bot_env(
                server.base_url,
                data,
                SAILAU_RATE_LIMIT="off",
                SAILAU_API_TIMEOUT="1",
                SAILAU_GROUP_COOLDOWN="0",
            )
            bot = await self.start(stack, env)
            for number in range(batches):
                if number == batches // 2:  # half the groups become supergroups
                    for group in list(self.plan.groups)[: GROUPS // 2]:
                        self.api.migrated[group] = self.plan.groups[group] = group - 10**9
                updates = self.next_updates(self.batch)
                if WARM_UP <= number < kill_at:
                    self.inject_faults(number, updates)
                if number >= WARM_UP:
                    updates[len(updates) // 2 : len(updates) // 2] = self.poison()
                due = len(self.api.messages) + self.answers_due(updates)
                await self.api.push(*updates)
                self.report.updates += len(updates)
                if number == kill_at:
                    await self.kill(bot)
                    bot = await self.start(stack, env)
                elif number == term_at:
                    await self.terminate(bot)
                    bot = await self.start(stack, env)
                try:
                    await self.api.wait_for(lambda a, n=due: len(a.messages) >= n, BATCH_SECONDS)
                except TimeoutError:  # counted as lost below
                    self.report.stalls.append(f"batch {number}: {len(self.api.messages)} of {due}")
                if number == WARM_UP - 1:
                    self.report.rss_warm_kb = memory_kb(bot.process.pid)
                if number == kill_at - 1:
                    self.report.rss_end_kb = memory_kb(bot.process.pid)
            if await bot.stop() != 0:
                raise SystemExit(f"bot failed to stop:\n{bot.stderr[-3000:]}")
        unmet = sum(len(queued) for queued in self.api.faults.values())
        if unmet:
            self.report.faults["injected but never met"] = unmet
        self.tally()
        return self.report

    async def start(self, stack: contextlib.AsyncExitStack, env: dict[str, str]) -> BotProcess:
        """A bot process (reaped, and its output checked for secrets, when the soak ends)."""
        polls = self.api.polls
        bot = await stack.enter_async_context(running_bot(env))
        await bot.until(self.api.wait_for(lambda a: a.polls > polls, START_TIMEOUT), "start")
        return bot

    def answers_due(self, updates: Sequence[dict[str, Any]]) -> int:
        """How many messages these updates must bring (blocked chats and poison get none)."""
        due = 0
        for update in updates:
            message = update.get("message") or update.get("callback_query", {}).get("message")
            chat = (message or {}).get("chat")
            if isinstance(chat, dict) and chat["id"] not in self.plan.blocked:
                due += 1
        return due

    async def kill(self, bot: BotProcess) -> None:
        """SIGKILL with the batch fetched and confirmed and answers in flight: the first few
        taken by the server and their results held back (the bot can't know they went out),
        the rest held back before they are taken. Once as many sends are held as the bot has
        connections, every result it got before is one it has read, and must have recorded."""
        third = len(self.api.messages) + self.batch // 3
        await bot.until(self.api.wait_for(lambda a: len(a.messages) > third), "get going")
        self.api.gate_takes = TAKEN_AT_KILL
        self.api.gate = asyncio.Event()
        await bot.until(
            self.api.wait_for(lambda a: a.held >= CONCURRENT_UPDATES), "have sends in flight"
        )
        bot.process.send_signal(signal.SIGKILL)
        await bot.process.wait()
        self.api.gate = None
        self.report.faults["kill -9"] += 1

    async def terminate(self, bot: BotProcess) -> None:
        """SIGTERM in the middle of a backlog, timed."""
        third = len(self.api.messages) + self.batch // 3
        await bot.until(self.api.wait_for(lambda a: len(a.messages) > third), "get going")
        began = time.monotonic()
        status = await bot.stop()
        self.report.sigterm_seconds = time.monotonic() - began
        self.report.faults["SIGTERM"] += 1
        if status != 0:
            raise SystemExit(f"SIGTERM: exit {status}:\n{bot.stderr[-3000:]}")

    def tally(self) -> None:
        """Compare what each chat got with what it asked."""
        got: dict[int, list[tuple[tuple[int, int], str]]] = {}
        for key, message in sorted(self.api.messages.items()):
            if key not in self.api.quotes:
                got.setdefault(key[0], []).append((key, message.get("text", "")))
        report = self.report
        report.answers = len(self.api.messages)
        report.poison = self.plan.poison
        for chat, asked in self.plan.questions.items():
            if chat in self.plan.blocked:
                report.refused += len(asked)
            else:
                want = expected_texts(asked)
                self.compare(f"chat {chat}", self.not_resent(got.get(chat, []), want), want)
        for chat, codes in self.plan.buttons.items():
            want = [button_text(c) for c in codes]
            self.compare(f"chat {chat}", self.not_resent(got.get(chat, []), want), want)
        quoted: dict[int, list[tuple[tuple[int, int], int]]] = {}
        for key, question in sorted(self.api.quotes.items()):
            quoted.setdefault(question, []).append((key, question))
        for message_id in self.plan.group_questions:
            answers = self.not_resent(quoted.get(message_id, []), [message_id])
            self.compare(f"group question {message_id}", answers, [message_id])

    def not_resent(self, got: Sequence[tuple[tuple[int, int], T]], want: Sequence[T]) -> list[T]:
        """What a chat (or a question) got, (chat, message id) and content, less each answer
        Telegram took from the killed bot without its knowing whose question was answered
        again: only those may be repeated (counted in `resent`)."""
        kept = list(got)
        for entry in got:
            key, content = entry
            if key in self.api.unconfirmed and (
                sum(c == content for _, c in kept) > list(want).count(content)
            ):
                kept.remove(entry)
                self.report.resent += 1
        return [content for _, content in kept]

    def compare(self, what: str, got: Sequence[object], want: Sequence[object]) -> None:
        """One chat's answers against what it should have got: missing ones are lost, extra
        ones duplicated, others in their place wrong (order within a chat is checked too)."""
        lost = sum((Counter(want) - Counter(got)).values())
        extra = sum((Counter(got) - Counter(want)).values())
        wrong = min(lost, extra) + (0 if lost or extra or list(got) == list(want) else 1)
        self.report.wrong += wrong
        self.report.lost += lost - min(lost, extra)
        self.report.duplicated += extra - min(lost, extra)
        if (lost or extra or wrong) and len(self.report.examples) < 5:
            self.report.examples.append(f"{what}: {lost} missing, {extra} unexpected")


async def soak(updates: int, chats: int, batch: int) -> Report:
    with tempfile.TemporaryDirectory() as data:
        return await Soak(updates, chats, batch).run(Path(data))


async def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=20_000)
    parser.add_argument("--chats", type=int, default=2_000)
    parser.add_argument("--batch", type=int, default=1_000)
    args = parser.parse_args(argv)
    began = time.monotonic()
    report = await soak(args.updates, args.chats, args.batch)
    summary = {
        "updates": report.updates,
        "answers": report.answers,
        "lost": report.lost,
        "duplicated": report.duplicated,
        "wrong": report.wrong,
        "resent_taken_at_kill": report.resent,
        "poison_skipped": report.poison,
        "refused_blocked": report.refused,
        "rss_warm_mb": round(report.rss_warm_kb / 1024, 1),
        "rss_end_mb": round(report.rss_end_kb / 1024, 1),
        "rss_growth_pct": round(report.growth * 100, 2),
        "sigterm_exit_s": round(report.sigterm_seconds, 2),
        "faults": dict(report.faults),
        "stalls": report.stalls,
        "seconds": round(time.monotonic() - began, 1),
    }
    print(json.dumps(summary, ensure_ascii=False))
    for example in report.examples:
        print(example)
    if not report.ok:
        raise SystemExit(1)


if __name__ == "__main__":
    asyncio.run(main())
