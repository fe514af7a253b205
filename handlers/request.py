"""The HTTP layer: PTB's `BaseRequest` on aiohttp, each call's parameters sent as one JSON body.

Chosen on measurement (bench/bench_transport.py): the same echo bot spends about half the CPU
per update on aiohttp (its HTTP parser is compiled) that it spends on PTB's `HTTPXRequest`
(httpx, httpcore and h11 in pure Python). Everything above the transport stays PTB's:
`BaseRequest.post` turns statuses into PTB's errors (429 into `RetryAfter`) and parses answers.
Behaviour follows `HTTPXRequest`: the same timeouts, timeouts raised as `TimedOut`, other
transport failures as `NetworkError` (whose message never holds the URL, and so never the
token), a proxy from the environment (`env_proxy`).

Kept-alive connections: a server may close an idle connection just as a call is written to it
(the keep-alive race, tests/telegram/test_tg_request.py); the call then fails before any of the
answer arrived. Such a call is sent again on a fresh connection (`resent_on`, at most `RESENDS`
times), as browsers do for a connection that closed under them: the server read nothing on a
connection it was closing. A call whose answer had begun is never sent again here.
"""

from __future__ import annotations

import errno
import functools
import json
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

JSON_HEADERS = {"Content-Type": "application/json"}
RESENDS = 2
"""How often a call is sent again when its kept-alive connection turned out closed."""
_RESET = frozenset({errno.ECONNRESET, errno.EPIPE})


@functools.lru_cache(maxsize=64)
def client_timeout(
    read: float | None, write: float | None, connect: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    """PTB's four timeouts as aiohttp's: waiting for a pooled connection counts towards
    `connect`, and the whole call is bounded by their sum (aiohttp has no write timeout)."""
    parts = (read, write, connect, pool)
    return aiohttp.ClientTimeout(
        total=None if None in parts else sum(p for p in parts if p is not None),
        connect=None if connect is None or pool is None else connect + pool,
        sock_connect=connect,
        sock_read=read,
    )


def request_body(data: RequestData | None) -> dict[str, Any]:
    """The `data=`/`headers=` of one call: nothing, a JSON object, or a multipart form."""
    if data is None:
        return {}
    if data.contains_files:
        form = aiohttp.FormData(data.json_parameters)
        for name, (filename, content, mimetype) in data.multipart_data.items():
            form.add_field(name, content, filename=filename, content_type=mimetype)
        return {"data": form}
    fields = data.parameters
    if not fields:
        return {}
    return {"data": json.dumps(fields, ensure_ascii=False).encode(), "headers": JSON_HEADERS}


def env_proxy(url: str) -> str | None:
    """The proxy the environment sets for `url` (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, less
    `NO_PROXY`), looked up once: aiohttp's own `trust_env` reads the environment on every call,
    which cost more CPU than the call itself on the loopback benchmark."""
    parts = urlsplit(url)
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all")


ECHOED = ("text", "entities", "caption_entities", "reply_markup", "link_preview_options")
"""What Telegram repeats of a message the bot just sent, and the bot does not read back."""


def lean(payload: Any) -> Any:
    """A Bot API answer without the echo of the bot's own sent message (`ECHOED`): PTB would
    rebuild all of it (entities, keyboard) as objects, for nothing. Other answers as they are."""
    result = payload.get("result") if isinstance(payload, dict) else None
    if isinstance(result, dict) and "message_id" in result:
        sender = result.get("from")
        if isinstance(sender, dict) and sender.get("is_bot"):
            for key in ECHOED:
                result.pop(key, None)
    return payload


def resent_on(exc: BaseException) -> bool:
    """The connection was closed under the call before any answer came (the keep-alive race)."""
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return True
    return isinstance(exc, aiohttp.ClientOSError) and exc.errno in _RESET


def without_url(exc: BaseException, url: str) -> str:
    """`exc` as text, with the URL (and so the token in it) left out."""
    text = str(exc)
    for part in (url, urlsplit(url).path):
        text = text.replace(part, "<Bot API URL>")
    return f"aiohttp.{type(exc).__name__}: {text}"


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` with `connection_pool_size` pooled keep-alive connections over aiohttp.

    Timeouts (seconds, None for none) are `HTTPXRequest`'s defaults unless given; a call's own
    timeouts win over them, and uploads get `media_write_timeout` to write. `proxy`: an HTTP(S)
    proxy URL for every call (see `env_proxy`).
    """

    def __init__(
        self,
        connection_pool_size: int = 1,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        proxy: str | None = None,
    ) -> None:
        self._pool_size = connection_pool_size
        self._timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write_timeout = media_write_timeout
        self._proxy = proxy
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (PTB adds a long poll's own timeout to it)."""
        return self._timeouts[0]

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """The answer's JSON (PTB's parser), without the echo of a message the bot sent."""
        parsed: dict[str, Any] = lean(BaseRequest.parse_json_payload(payload))
        return parsed

    async def initialize(self) -> None:
        """Open the session (inside the running event loop, as aiohttp wants)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
                proxy=self._proxy,
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _timeout(
        self, request_data: RequestData | None, given: tuple[object, object, object, object]
    ) -> aiohttp.ClientTimeout:
        defaults = list(self._timeouts)
        if request_data is not None and request_data.contains_files:
            defaults[1] = self._media_write_timeout
        chosen = [
            default if value is BaseRequest.DEFAULT_NONE else value
            for value, default in zip(given, defaults, strict=True)
        ]
        return client_timeout(*chosen)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One HTTP call: its status and body; `TimedOut` or `NetworkError` when it fails."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        timeout = self._timeout(
            request_data, (read_timeout, write_timeout, connect_timeout, pool_timeout)
        )
        try:
            response = await self._send(method, url, timeout, request_data)
            async with response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(without_url(exc, url)) from exc

    async def _send(
        self,
        method: str,
        url: str,
        limits: aiohttp.ClientTimeout,
        request_data: RequestData | None,
    ) -> aiohttp.ClientResponse:
        """The response (its head read), sending again while the connection closes under the
        call before any of it arrives."""
        assert self._session is not None
        for _ in range(RESENDS):
            try:
                return await self._session.request(
                    method, url, timeout=limits, **request_body(request_data)
                )
            except aiohttp.ClientError as exc:
                if not resent_on(exc):
                    raise
        return await self._session.request(
            method, url, timeout=limits, **request_body(request_data)
        )
