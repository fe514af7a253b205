"""The fake Bot API over HTTP on 127.0.0.1: what `TELEGRAM_API_BASE_URL` points a real bot at.

A small HTTP/1.1 server (keep-alive, Content-Length bodies, form and multipart encodings, as
httpx sends them) in front of `tg_botapi.BotApi`. Faults that need the socket: `Fault.drop`
closes the connection without an answer; `Fault.delay` longer than the client's read timeout
makes a timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from email.parser import BytesParser
from email.policy import HTTP
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

from tg_botapi import TOKEN, ApiError, BotApi, decode_params

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}
REASONS |= {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"}


def parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Form fields and file parts of a request body."""
    if not body:
        return {}, {}
    if content_type.startswith("application/x-www-form-urlencoded"):
        return dict(parse_qsl(body.decode(), keep_blank_values=True)), {}
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(head + body)
        fields: dict[str, Any] = {}
        files: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename:
                files[str(name)] = (filename, payload, part.get_content_type())
            else:
                fields[str(name)] = payload.decode()
        return fields, files
    if content_type.startswith("application/json"):
        return json.loads(body), {}
    raise ApiError(400, f"Bad Request: unsupported content type {content_type}")


class FakeServer:
    """`async with FakeServer(api) as server:` serves `api` at `server.base_url`."""

    def __init__(self, api: BotApi, latency: float = 0.0) -> None:
        self.api = api
        self.latency = latency
        """Seconds every call but getUpdates takes, like a round trip to api.telegram.org."""
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def __aenter__(self) -> FakeServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        for task in list(self._connections):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while await self._one_request(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()

    async def _one_request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Serve one request on a kept-alive connection; False when the connection ends."""
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {
            k.strip().lower(): v.strip()
            for k, _, v in (line.partition(":") for line in header_lines if line)
        }
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        target = request_line.split()[1]
        path, _, query = target.partition("?")
        status, reply = await self._answer(path, query, headers.get("content-type", ""), body)
        if reply is None:
            return False  # dropped: the client sees the connection close
        data = json.dumps(reply).encode()
        reason = REASONS.get(status, "Error")
        writer.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\nConnection: keep-alive\r\n\r\n".encode()
            + data
        )
        await writer.drain()
        return True

    async def _answer(
        self, path: str, query: str, content_type: str, body: bytes
    ) -> tuple[int, dict[str, Any] | None]:
        prefix = f"/bot{TOKEN}/"
        if not path.startswith(prefix):
            return 401, ApiError(401, "Unauthorized").body()
        method = path[len(prefix) :]
        try:
            fields, files = parse_body(content_type, body)
            params = decode_params({**dict(parse_qsl(query)), **fields})
        except ApiError as exc:
            return exc.status, exc.body()
        queued = self.api.faults.get(method, ())
        fault = next((f for f in queued if f.chat_id in (None, params.get("chat_id"))), None)
        if fault is not None and fault.drop:
            self.api.faults[method].remove(fault)
            await asyncio.sleep(fault.delay)
            return 0, None
        if self.latency and method != "getUpdates":
            await asyncio.sleep(self.latency)
        return await self.api.handle(method, params, files)
