"""Run `python bot.py run` (or another bot script) as a subprocess against the fake Bot API
server, and stop it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from tg_botapi import SECRETS, TOKEN

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


SECRET_NAMES = ("the token", "the token's secret half", "the webhook secret")


@dataclass
class BotProcess:
    """A running bot: its process and everything it wrote (stderr and stdout) so far."""

    process: asyncio.subprocess.Process
    port: int = 0
    """Where its HTTP server (health, webhook) listens on 127.0.0.1."""
    log: list[str] = field(default_factory=list)
    logged: asyncio.Condition = field(default_factory=asyncio.Condition)

    @property
    def stderr(self) -> str:
        return "".join(self.log)

    async def drain(self, stream: asyncio.StreamReader) -> None:
        """Collect stderr lines as they come; wakes `wait_log`."""
        while line := await stream.readline():
            self.log.append(line.decode(errors="replace"))
            async with self.logged:
                self.logged.notify_all()

    async def wait_log(self, text: str, seconds: float = 10.0) -> None:
        """Until `text` appears in the bot's log."""
        async with asyncio.timeout(seconds), self.logged:
            await self.logged.wait_for(lambda: text in self.stderr)

    async def until(self, event: Awaitable[None], what: str) -> None:
        """Await `event`; fail with the bot's log if it times out or the bot exits first."""
        waiting = asyncio.ensure_future(event)
        exited = asyncio.ensure_future(self.process.wait())
        await asyncio.wait({waiting, exited}, return_when=asyncio.FIRST_COMPLETED)
        exited.cancel()
        if not waiting.done():
            waiting.cancel()
            pytest.fail(f"bot exited before it could {what}:\n{self.stderr}")
        if waiting.exception() is not None:
            pytest.fail(f"bot did not {what} in time:\n{self.stderr}")

    async def health(self) -> tuple[int, dict[str, Any]]:
        """GET /healthz: the status and the figures."""
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{self.port}/healthz") as response,
        ):
            return response.status, await response.json()

    def count(self, text: str) -> int:
        """How often `text` occurs in the log."""
        return sum(line.count(text) for line in self.log)

    async def stop(self) -> int:
        """SIGTERM, as `docker stop` sends; the exit status."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT)


def free_port() -> int:
    """A port nobody listens on now, on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def bot_env(base_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a bot run against the fake server (no real token, no internet); its
    HTTP server (health, webhook) on a free port of 127.0.0.1."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=base_url,
        SAILAU_DATA_DIR=str(data_dir),
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(free_port()),
        SAILAU_POLL_TIMEOUT="0.5",
        PTB_TIMEDELTA="1",
        PYTHONUNBUFFERED="1",
        MPLBACKEND="Agg",
    )
    env.update(extra)
    return env


def running_bot(env: Mapping[str, str]) -> contextlib.AbstractAsyncContextManager[BotProcess]:
    """`python bot.py run` with `env`."""
    return running(env, REPO / "bot.py", "run")


@contextlib.asynccontextmanager
async def running(env: Mapping[str, str], script: Path, *args: str) -> AsyncIterator[BotProcess]:
    """`python SCRIPT ARGS` with `env`; killed if the caller leaves it running."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *(["-m"] if str(script) == "-m" else [str(script)]),
        *args,
        cwd=REPO,
        env=dict(env),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    bot = BotProcess(process, int(env.get("WEBHOOK_PORT", "0")))
    assert process.stdout is not None
    drain = asyncio.create_task(bot.drain(process.stdout))
    try:
        yield bot
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await drain
    found = zip(SECRET_NAMES, SECRETS, strict=True)
    leaked = [name for name, secret in found if secret in bot.stderr]
    assert not leaked, f"{leaked} in the output of {script.name} {' '.join(args)}"


async def run_to_exit(env: Mapping[str, str]) -> tuple[int, str]:
    """Run `python bot.py run` to its end (it should refuse to start): status and stderr."""
    async with running_bot(env) as bot:
        status = await asyncio.wait_for(bot.process.wait(), START_TIMEOUT)
    return status, bot.stderr
