"""The HTTP layer: PTB's `BaseRequest` on aiohttp, each call's parameters sent as one JSON body.

PTB's own `HTTPXRequest` (httpx, httpcore and h11, all pure Python) is half of what a bare echo
bot costs per update: on the loopback benchmark the same echo bot took 0.72 ms of CPU per update
on it and 0.36 ms on this layer, whose HTTP parser (aiohttp's) is compiled. Everything above
the transport stays PTB's: `BaseRequest` turns statuses into PTB's errors (429 into
`RetryAfter`) and parses the answers. Behaviour follows `HTTPXRequest`: its default timeouts,
timeouts raised as `TimedOut`, other transport failures as `NetworkError`, a proxy from the
environment (`env_proxy`). Calls go out as one JSON body in UTF-8 (objects such as keyboards
nested in it, as the Bot API takes them: encoded once, and Cyrillic in 2 bytes a letter rather
than 6); uploads as multipart.
"""

from __future__ import annotations

import functools
import json
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

JSON_HEADERS = {"Content-Type": "application/json"}


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


def _given(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


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

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One HTTP call: its status and body; `TimedOut` or `NetworkError` when it fails."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read, write, connect, pool = self._timeouts
        if request_data is not None and request_data.contains_files:
            write = self._media_write_timeout
        timeout = client_timeout(
            _given(read_timeout, read),
            _given(write_timeout, write),
            _given(connect_timeout, connect),
            _given(pool_timeout, pool),
        )
        try:
            async with self._session.request(
                method, url, timeout=timeout, **request_body(request_data)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
