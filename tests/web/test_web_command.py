"""`python bot.py web`: the Mini App served standalone, as a script would start it."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from pathlib import Path

import aiohttp
import pytest

import bot

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def test_bot_py_web_serves_the_page_and_the_api_without_a_token() -> None:
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "bot.py", "web", "--host", "127.0.0.1", "--port", str(port),
        cwd=REPO, env={"PATH": "/usr/bin:/bin"},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 30)
        assert line.decode().startswith(f"Sailau Mini App on http://127.0.0.1:{port}/")
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
            async with http.get("/") as page:
                assert page.status == 200
                assert "api/seats" in await page.text()
            params = {"election": "kz-2021", "method": "dhondt", "threshold": "5"}
            async with http.get("/api/seats", params=params) as seats:
                assert (await seats.json())["seats"]["nur_otan"] == 73
    finally:
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    assert process.stderr is not None
    assert b"Traceback" not in await process.stderr.read()


def test_a_busy_port_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert bot.main(["web", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot listen on 127.0.0.1:{port}")
