"""The HTTP layer: calls go out as a JSON body the Bot API reads like a form; uploads as
multipart."""

from __future__ import annotations

import json
from typing import Any

import httpx
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from handlers.request import JsonRequest

URL = "http://127.0.0.1:1/botTOKEN/sendMessage"


async def sent_through(data: RequestData) -> httpx.Request:
    """The HTTP request `JsonRequest` makes for `data` (answered with an empty success)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True, "result": True})

    request = JsonRequest(httpx_kwargs={"transport": httpx.MockTransport(handler)})
    async with request:
        assert await request.post(URL, data) is True
    return seen[0]


def params(**values: Any) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])


async def test_parameters_travel_as_json_with_objects_as_json_strings() -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Иә?", callback_data="turnout")]])
    data = params(chat_id=-100, text="Сайлау <b>2023</b> & «Аманат»", reply_markup=keyboard)
    request = await sent_through(data)
    assert request.headers["content-type"] == "application/json"
    body = json.loads(request.content)
    assert body == data.json_parameters  # exactly what PTB would have form-encoded
    assert body["text"] == "Сайлау <b>2023</b> & «Аманат»"
    assert json.loads(body["reply_markup"]) == keyboard.to_dict()


async def test_uploads_stay_multipart() -> None:
    photo = InputFile(b"\x89PNG\r\n", filename="chart.png")
    request = await sent_through(params(chat_id=5, caption="Қатысу", photo=photo))
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'filename="chart.png"' in request.content
    assert "Қатысу".encode() in request.content


async def test_calls_without_parameters_send_no_body() -> None:
    request = await sent_through(RequestData())
    assert request.content == b""
