"""The HTTP layer: PTB's own httpx request, with a call's parameters sent as one JSON body.

PTB form-encodes every call; percent-encoding a Kazakh or Russian answer (six bytes per
letter) takes about 40 us, JSON-encoding the same call about 5 us. The Bot API reads a JSON
body as it reads a form (string values as they are, so `reply_markup` and other object fields
may stay JSON strings). Uploads keep PTB's multipart encoding.
"""

from __future__ import annotations

from typing import Any

import httpx
from telegram.request import HTTPXRequest


class JsonBodyClient(httpx.AsyncClient):
    """An httpx client that sends form fields as a JSON object (files still as multipart)."""

    def build_request(
        self, method: str, url: httpx.URL | str, *, data: Any = None, files: Any = None, **kw: Any
    ) -> httpx.Request:
        if data and not files and kw.get("json") is None:
            kw["json"] = data
        else:
            kw.update(data=data, files=files)
        return super().build_request(method, url, **kw)


class JsonRequest(HTTPXRequest):
    """`HTTPXRequest` (same pool, timeouts and errors) whose calls carry a JSON body."""

    def _build_client(self) -> httpx.AsyncClient:
        """PTB's one place that creates the client (at construction and after a shutdown)."""
        return JsonBodyClient(**self._client_kwargs)
