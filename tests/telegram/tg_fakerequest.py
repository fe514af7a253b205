"""A `BaseRequest` that answers from the fake Bot API in-process: no sockets, real PTB routing."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from telegram.request import BaseRequest, RequestData
from tg_botapi import BotApi


class FakeRequest(BaseRequest):
    """Every Bot API call goes to `api` (a `BotApi`), with the parameters PTB would send."""

    def __init__(self, api: BotApi) -> None:
        self.api = api

    async def initialize(self) -> None:
        """No connection pool."""

    async def shutdown(self) -> None:
        """No connection pool."""

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        path, _, query = url.partition("?")  # the intake's long polls carry a query string
        endpoint = path.rsplit("/", 1)[-1]
        params: dict[str, object] = dict(parse_qsl(query))
        params |= dict(request_data.parameters) if request_data else {}
        files = {}
        if request_data is not None and request_data.contains_files:
            files = {
                key: value
                for key, value in request_data.multipart_data.items()
                if isinstance(value, tuple)
            }
            for key in files:
                params.pop(key, None)
        status, body = await self.api.handle(endpoint, params, files)
        return status, json.dumps(body).encode()
