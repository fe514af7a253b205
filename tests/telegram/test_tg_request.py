"""The HTTP layer (`handlers.request.AiohttpRequest`) against a real HTTP server on 127.0.0.1:
calls go out as a JSON body the Bot API reads like a form, uploads as multipart; statuses reach
PTB as they are, failures as PTB's errors; a server closing idle connections just as calls come
(the keep-alive race) costs no call."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, RequestData
from tg_botapi import BotApi
from tg_fakerequest import FakeRequest

from handlers.request import AiohttpRequest, env_proxy

PATH = "/botTOKEN:SECRET/sendMessage"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Seen:
    """What the server received: each request's headers and body."""

    headers: list[dict[str, str]] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)


def success(seen: Seen) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        seen.headers.append(dict(request.headers))
        seen.bodies.append(await request.read())
        return web.json_response({"ok": True, "result": True})

    return handler


@asynccontextmanager
async def serving(handler: Handler) -> AsyncIterator[str]:
    """An HTTP server on 127.0.0.1 answering every POST with `handler`; yields the call's URL."""
    app = web.Application()
    app.router.add_post(PATH, handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url(PATH))
    finally:
        await server.close()


class Capture(FakeRequest):
    """Keeps the `RequestData` PTB builds for a call (the only public way to get one)."""

    def __init__(self) -> None:
        super().__init__(BotApi())
        self.data: RequestData | None = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *args: object,
        **kwargs: object,
    ) -> tuple[int, bytes]:
        self.data = request_data
        return 200, b'{"ok": true, "result": true}'


async def params(**values: object) -> RequestData:
    """The request data of a call with these parameters, as PTB builds it."""
    capture = Capture()
    bot = Bot("1:" + "a" * 35, request=capture, get_updates_request=capture)
    await bot.do_api_request("x_test_method", api_kwargs=values)
    assert capture.data is not None
    return capture.data


async def sent(data: RequestData) -> tuple[dict[str, str], bytes]:
    """The headers and body `AiohttpRequest` sends for `data` (answered with a success)."""
    seen = Seen()
    async with serving(success(seen)) as url, AiohttpRequest() as request:
        assert await request.post(url, data) is True
    return seen.headers[0], seen.bodies[0]


async def test_parameters_travel_as_one_json_object_in_utf8() -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Иә?", callback_data="turnout")]])
    data = await params(chat_id=-100, text="Сайлау <b>2023</b> & «Аманат»", reply_markup=keyboard)
    headers, body = await sent(data)
    assert headers["Content-Type"] == "application/json"
    assert headers["User-Agent"] == BaseRequest.USER_AGENT
    assert "Сайлау".encode() in body  # not \\u-escaped
    fields = json.loads(body)
    assert fields == {
        "chat_id": -100,
        "text": "Сайлау <b>2023</b> & «Аманат»",
        "reply_markup": keyboard.to_dict(),  # nested, not a JSON string inside JSON
    }


async def test_uploads_are_multipart() -> None:
    photo = InputFile(b"\x89PNG\r\n", filename="chart.png")
    headers, body = await sent(await params(chat_id=5, caption="Қатысу", photo=photo))
    assert headers["Content-Type"].startswith("multipart/form-data")
    assert b'filename="chart.png"' in body
    assert b"\x89PNG\r\n" in body
    assert "Қатысу".encode() in body


async def test_calls_without_parameters_send_no_body() -> None:
    _, body = await sent(RequestData())
    assert body == b""


async def test_telegram_statuses_reach_ptb_as_its_errors() -> None:
    async def flood(_: web.Request) -> web.Response:
        answer = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7"}
        return web.json_response(answer | {"parameters": {"retry_after": 7}}, status=429)

    async with serving(flood) as url, AiohttpRequest() as request:
        with pytest.raises(RetryAfter) as raised:
            await request.post(url, await params(chat_id=1, text="x"))
    assert raised.value.retry_after.total_seconds() == 7


async def test_a_server_that_does_not_answer_in_time_is_a_timeout() -> None:
    never = asyncio.Event()

    async def stalled(_: web.Request) -> web.Response:
        await never.wait()
        raise AssertionError("unreachable")

    async with serving(stalled) as url, AiohttpRequest(read_timeout=0.05) as request:
        with pytest.raises(TimedOut):
            await request.post(url, await params(chat_id=1, text="x"))
        with pytest.raises(TimedOut):  # a call's own timeout wins over the default
            await request.post(url, await params(chat_id=1, text="x"), read_timeout=0.01)


async def test_a_dropped_connection_is_a_network_error() -> None:
    async def dropped(request: web.Request) -> web.Response:
        assert request.transport is not None
        request.transport.close()
        return web.Response()

    async with serving(dropped) as url, AiohttpRequest() as request:
        with pytest.raises(NetworkError, match="aiohttp"):
            await request.post(url, await params(chat_id=1, text="x"))


async def test_an_unreachable_server_is_a_network_error_that_names_no_token() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with AiohttpRequest() as request:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{port}{PATH}", await params(chat_id=1, text="x"))
    assert "SECRET" not in str(raised.value)


async def test_it_can_be_started_again_after_a_shutdown() -> None:
    seen = Seen()
    request = AiohttpRequest()
    async with serving(success(seen)) as url:
        for _ in range(2):
            async with request:
                assert await request.post(url, RequestData()) is True
    assert len(seen.bodies) == 2


async def test_calls_before_initialize_are_refused() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request("http://127.0.0.1:1/", "POST")


def test_the_proxy_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.delenv("no_proxy", raising=False)
    assert env_proxy("https://api.telegram.org/bot") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert env_proxy("https://api.telegram.org/bot") == "http://proxy.example:3128"
    assert env_proxy("http://127.0.0.1:8081/bot") is None  # NO_PROXY


async def test_a_connection_closed_as_a_call_comes_costs_no_call() -> None:
    """The keep-alive race: the server closes each connection after `idle` seconds without a
    request; the client reuses it just then. Every call must still get its answer."""
    idle = 0.05
    answered = 0

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal answered
        try:
            while True:
                async with asyncio.timeout(idle):
                    head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                )
                await reader.readexactly(length)
                body = b'{"ok": true, "result": true}'
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
                await writer.drain()
                answered += 1
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}{PATH}"
    data = await params(chat_id=1, text="x")
    async with server, AiohttpRequest(4) as request:
        for _ in range(30):
            await asyncio.sleep(idle)  # the server is closing the connection right now
            assert await request.post(url, data) is True
    assert answered == 30
