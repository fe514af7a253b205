"""The Mini App on aiohttp: the page, the seat API, and "send to chat" for Telegram users.

    app = make_web_app()                                   # standalone (`bot.py web`)
    app = make_web_app(token=TOKEN, sender=send_chart)     # with Telegram's initData checked
    root.add_subapp("/app/", app)                          # mounted in the bot's server, or:
    setup_web_app(root, token=TOKEN, sender=send_chart, prefix="/app")   # routes on its app

Routes, relative to where the app is mounted (names in the router: `sailau_*`):

    GET  /              the page (`static/index.html`)
    GET  /static/...    its CSS and JavaScript
    GET  /api/meta      the page's words, methods, elections and parties (`?lang=kk|ru|en`)
    GET  /api/seats     the seat calculator: the same JSON as `bot.py seats --json`
    GET  /api/scenarios every scenario the page's sliders reach, answered (gzipped JSON)
    POST /api/send      post the scenario's chart to the user's chat (Telegram `initData`)

Services live under typed keys (`SEATS`, `INIT_DATA`, `SENDER`), never in globals; a bad
parameter is a 400 with `{"error": ..., "parameter": ...}`.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import hashlib
import html
import json
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from string import Template
from typing import Any

from aiohttp import web

from sailau.jsonlines import dumps_line
from sailau.reply import LANGS, Lang
from sailau.seats.allocation import SeatError
from sailau.seats.codec import FLAG_TEXTS, ParameterError, param_name, query_from_json
from sailau.web.initdata import DEFAULT_MAX_AGE, InitData, InitDataCheck, InitDataError
from sailau.web.service import SeatService, allocation_problem, parameter_problem
from sailau.web.share import Sender, SendError, ShareRequest

STATIC_DIR = Path(__file__).resolve().parent / "static"
MAX_BODY = 4096
"""The largest request body read (a scenario is a few dozen bytes)."""
PAGE_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' https://telegram.org; style-src 'self'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
"""The page loads only its own files and, inside Telegram, Telegram's script."""

SEATS = web.AppKey("sailau.seats", SeatService)
INIT_DATA = web.AppKey("sailau.init_data", InitDataCheck)
SENDER: web.AppKey[Sender] = web.AppKey("sailau.sender")
PAGE = web.AppKey("sailau.page", Template)
LAUNCH = web.RequestKey("sailau.launch", InitData)
"""The checked launch data of a personal request (set by `personal`)."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def make_web_app(
    *,
    token: str | None = None,
    sender: Sender | None = None,
    service: SeatService | None = None,
    max_age: int = DEFAULT_MAX_AGE,
) -> web.Application:
    """A new application serving the Mini App at its root; see `setup_web_app`."""
    return setup_web_app(
        web.Application(), token=token, sender=sender, service=service, max_age=max_age
    )


def setup_web_app(
    app: web.Application,
    *,
    token: str | None = None,
    sender: Sender | None = None,
    service: SeatService | None = None,
    max_age: int = DEFAULT_MAX_AGE,
    prefix: str = "",
) -> web.Application:
    """Add the Mini App's routes (under `prefix`) and services to `app`, and return it.

    `token` (the bot's) lets personal routes check Telegram's `initData`; `sender` posts charts
    to chats; `service` replaces the fact base (tests). Without a token or a sender, "send to
    chat" answers 503 and the page hides its button.
    """
    app[SEATS] = service or SeatService.load()
    app[PAGE] = Template((STATIC_DIR / "index.html").read_text("utf-8"))
    if token:
        app[INIT_DATA] = InitDataCheck.for_token(token, max_age)
    if sender is not None:
        app[SENDER] = sender
    router = app.router
    router.add_get(f"{prefix}/", page, name="sailau_page")
    router.add_static(f"{prefix}/static", STATIC_DIR, name="sailau_static", append_version=True)
    router.add_get(f"{prefix}/api/meta", meta, name="sailau_meta")
    router.add_get(f"{prefix}/api/seats", seats, name="sailau_seats")
    router.add_get(f"{prefix}/api/scenarios", scenarios, name="sailau_scenarios")
    router.add_post(f"{prefix}/api/send", send, name="sailau_send")
    return app


# --- helpers -----------------------------------------------------------------------------------


def json_response(body: Mapping[str, Any], status: int = 200) -> web.Response:
    """JSON exactly as the command line prints it (`sailau.jsonlines.dumps_line`)."""
    return web.json_response(body, status=status, dumps=dumps_line)


def error(status: int, message: str, **extra: str) -> web.Response:
    return json_response({"error": message, **extra}, status)


def bad_parameter(exc: ParameterError) -> web.Response:
    return json_response(parameter_problem(exc), 400)


def lang_param(value: str | None, default: Lang = "en") -> Lang:
    if value is None:
        return default
    for lang in LANGS:
        if value == lang:
            return lang
    raise ParameterError("lang", f"lang must be one of {', '.join(LANGS)}, not {value!r}")


def flag_param(name: str, value: str | None) -> bool:
    if value is None:
        return False
    if value.strip().lower() not in FLAG_TEXTS:
        raise ParameterError(name, f"{name} must be true or false, not {value!r}")
    return FLAG_TEXTS[value.strip().lower()]


def can_send(request: web.Request) -> bool:
    return INIT_DATA in request.config_dict and SENDER in request.config_dict


def personal(handler: Handler) -> Handler:
    """Run `handler` only for a request carrying genuine, fresh Telegram launch data
    (`Authorization: tma <initData>`); it finds it under `request[LAUNCH]`."""

    @functools.wraps(handler)
    async def checked(request: web.Request) -> web.StreamResponse:
        check = request.config_dict.get(INIT_DATA)
        if check is None:
            return error(503, "this server has no bot token to check initData", code="unavailable")
        scheme, _, init_data = request.headers.get("Authorization", "").partition(" ")
        try:
            request[LAUNCH] = check.verify(init_data.strip() if scheme.lower() == "tma" else "")
        except InitDataError as exc:
            return error(401, str(exc), parameter="initData")
        return await handler(request)

    return checked


async def json_body(request: web.Request) -> dict[str, Any]:
    """The request's JSON object, at most MAX_BODY bytes; ParameterError otherwise."""
    too_large = ParameterError("body", f"the body must be at most {MAX_BODY} bytes")
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise too_large
    raw = await request.content.read(MAX_BODY + 1)
    if len(raw) > MAX_BODY:
        raise too_large
    try:
        body = json.loads(raw or b"{}")
    except (ValueError, RecursionError):
        raise ParameterError("body", "the body must be a JSON object") from None
    if not isinstance(body, dict):
        raise ParameterError("body", "the body must be a JSON object")
    return body


# --- routes ------------------------------------------------------------------------------------


async def page(request: web.Request) -> web.Response:
    """The page, with its own URLs filled in (they depend on where the app is mounted)."""
    router = request.app.router
    asked = request.query.get("lang", "")
    lang = asked if asked in LANGS else "en"
    labels = request.config_dict[SEATS].pages[lang]["labels"]
    text = request.config_dict[PAGE].substitute(
        lang=lang,
        title=html.escape(labels["title"]),
        noscript=html.escape(labels["noscript"]),
        favicon=router["sailau_static"].url_for(filename="favicon.svg"),
        css=router["sailau_static"].url_for(filename="app.css"),
        js=router["sailau_static"].url_for(filename="app.js"),
        hemicycle=router["sailau_static"].url_for(filename="hemicycle.js"),
        meta=router["sailau_meta"].url_for(),
        seats=router["sailau_seats"].url_for(),
        scenarios=router["sailau_scenarios"].url_for(),
        send=router["sailau_send"].url_for(),
    )
    return web.Response(text=text, content_type="text/html", headers=PAGE_HEADERS)


async def meta(request: web.Request) -> web.Response:
    try:
        lang = lang_param(request.query.get("lang"))
    except ParameterError as exc:
        return bad_parameter(exc)
    return json_response({**request.config_dict[SEATS].pages[lang], "send": can_send(request)})


async def seats(request: web.Request) -> web.Response:
    """`bot.py seats --json` over HTTP: the same parameters (and `lang`, `explain`)."""
    query = request.query
    try:
        lang_param(query.get("lang"))  # the JSON carries ids, not names: lang is only checked
        explain = flag_param("explain", query.get("explain"))
    except ParameterError as exc:
        return bad_parameter(exc)
    params = [(k, v) for k, v in query.items() if k not in ("lang", "explain")]
    status, body = request.config_dict[SEATS].seats(params, explain)
    return json_response(body, status)


async def scenarios(request: web.Request) -> web.Response:
    """Every scenario the page's sliders reach, answered: the page redraws from it as a slider
    moves, and asks `api/seats` only for what it does not hold (another seat count)."""
    packed = await asyncio.to_thread(request.config_dict[SEATS].precomputed)
    tag = hashlib.sha256(packed).hexdigest()[:32]
    headers = {"Vary": "Accept-Encoding", "Cache-Control": "no-cache", "ETag": f'"{tag}"'}
    if any(e.value == tag for e in request.if_none_match or ()):
        return web.Response(status=304, headers=headers)  # the browser's copy is current
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        headers["Content-Encoding"] = "gzip"
    else:
        packed = gzip.decompress(packed)
    return web.Response(body=packed, content_type="application/json", headers=headers)


@personal
async def send(request: web.Request) -> web.Response:
    """Post the scenario's chart to the user's chat through the injected sender."""
    sender = request.config_dict.get(SENDER)
    if sender is None:
        return error(503, "sending to a chat is not available here", code="unavailable")
    launch = request[LAUNCH]
    service = request.config_dict[SEATS]
    try:
        body = await json_body(request)
        lang = lang_param(body.pop("lang", None), launch_lang(launch))
        query = query_from_json(body, param_name)
        query.scenario(service.fb).allocate()  # what the chart would fail on, said here
        chart = service.chart(query)
    except ParameterError as exc:
        return bad_parameter(exc)
    except SeatError as exc:
        return json_response(allocation_problem(exc), 422)
    try:
        await sender(ShareRequest(launch, query, chart, lang))
    except SendError as exc:
        return error(502, str(exc), code="send_failed")
    return json_response({"ok": True})


def launch_lang(launch: InitData) -> Lang:
    """The Telegram user's language if the page speaks it, else English."""
    code = (launch.language_code or "").split("-")[0]
    return next((lang for lang in LANGS if lang == code), "en")
