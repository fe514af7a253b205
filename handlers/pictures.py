"""Chart pictures at public HTTPS addresses, for inline results.

An inline answer cannot upload a picture: Telegram takes an inline photo from an HTTPS URL (a
JPEG) or by the file id of an earlier upload, and a thumbnail from a URL only. So when
WEBAPP_URL gives the bot's server a public HTTPS address, that server also serves the chart of
every result it offers, as a JPEG and as a 320-pixel thumbnail, under the Mini App's path:

    <WEBAPP_URL>chart/<lang>/<size>/<chart payload>.jpg?s=<signature>

(chosen over uploading each chart once to a storage chat: no chat to set up, every chart has a
thumbnail at once, and nothing is posted anywhere.) The chart is named by its link payload
(`handlers.links`) and the address signed with a key derived from the bot token, so the server
draws only charts the bot itself offered — nobody can make it draw every possible what-if. A
thumbnail is drawn as soon as its result is offered, off the event loop, so it is ready when
Telegram comes for it; pictures are kept (`CACHED`).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import io
import logging
from typing import Literal

from aiohttp import web

from handlers import links
from sailau import charts
from sailau.reply import LANGS, ChartSpec, Lang, freeze_slots

log = logging.getLogger(__name__)

Size = Literal["full", "thumb"]
SIZES: tuple[Size, ...] = ("full", "thumb")
THUMB_WIDTH = 320
"""Telegram shows inline thumbnails at most this wide."""
QUALITY = {"full": 85, "thumb": 80}
CACHED = 256
"""JPEGs kept (a full one is about 100 KB, a thumbnail about 10 KB)."""
SIGNATURE_BYTES = 16
ROUTE = "/chart/{lang}/{size}/{code}.jpg"
HEADERS = {"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"}


def signing_key(token: str) -> bytes:
    """A key of its own for chart addresses, derived from the bot token (never the token)."""
    return hmac.new(b"SailauChartPictures", token.encode(), hashlib.sha256).digest()


@functools.lru_cache(maxsize=CACHED)
def jpeg(spec: ChartSpec, lang: Lang, size: Size) -> bytes:
    """The chart as a JPEG, full size or as a thumbnail (CPU-bound: run it off the loop)."""
    from PIL import Image

    with Image.open(io.BytesIO(charts.render(spec, lang))) as picture:
        image = picture.convert("RGB")
    if size == "thumb":
        image.thumbnail((THUMB_WIDTH, 4 * THUMB_WIDTH))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY[size], optimize=True)
    return out.getvalue()


class Pictures:
    """The chart pictures of one bot: their addresses, and the route that serves them."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url
        """The public address of the Mini App's path (ends with "/")."""
        self._key = signing_key(token)
        self._drawing: dict[tuple[ChartSpec, Lang, Size], asyncio.Future[bytes]] = {}

    def _signature(self, path: str) -> str:
        digest = hmac.new(self._key, path.encode(), hashlib.sha256).digest()
        return digest[:SIGNATURE_BYTES].hex()

    def url(self, spec: ChartSpec, lang: Lang, size: Size) -> str | None:
        """The public address of a chart (canonical spec); None when it can't be named in one."""
        code = links.payload(spec.kind, spec.params)
        if code is None:
            return None
        path = f"chart/{lang}/{size}/{code}.jpg"
        return f"{self.base_url}{path}?s={self._signature(path)}"

    def prepare(self, spec: ChartSpec, lang: Lang) -> None:
        """Start drawing the thumbnail now: Telegram fetches it as soon as it gets the results."""
        self._draw(spec, lang, "thumb")

    def _draw(self, spec: ChartSpec, lang: Lang, size: Size) -> asyncio.Future[bytes]:
        """The picture, drawn once however many ask for it at the same time."""
        key = (spec, lang, size)
        found = self._drawing.get(key)
        if found is None:
            found = asyncio.ensure_future(asyncio.to_thread(jpeg, spec, lang, size))
            self._drawing[key] = found
            found.add_done_callback(lambda done: self._forget(key, done))
        return found

    def _forget(self, key: tuple[ChartSpec, Lang, Size], done: asyncio.Future[bytes]) -> None:
        self._drawing.pop(key, None)
        if not done.cancelled() and done.exception() is not None:
            log.warning("chart picture %s not drawn: %s", key, done.exception())

    def spec_of(self, request: web.Request) -> tuple[ChartSpec, Lang, Size] | None:
        """The chart a request asks for, if its address is one this bot signed."""
        lang, size, code = (request.match_info[k] for k in ("lang", "size", "code"))
        path = f"chart/{lang}/{size}/{code}.jpg"
        given = request.query.get("s", "")
        if not hmac.compare_digest(given.encode(), self._signature(path).encode()):
            return None
        parsed = links.parse(code)
        found_lang = next((known for known in LANGS if known == lang), None)
        found_size = next((known for known in SIZES if known == size), None)
        if parsed is None or found_lang is None or found_size is None:
            return None
        kind, params = parsed
        return ChartSpec(kind, freeze_slots(params)), found_lang, found_size

    async def serve(self, request: web.Request) -> web.StreamResponse:
        """GET ROUTE: the JPEG, or 404 for an address this bot did not give out."""
        asked = self.spec_of(request)
        if asked is None:
            raise web.HTTPNotFound()
        try:
            body = await asyncio.shield(self._draw(*asked))
        except charts.ChartError:
            raise web.HTTPNotFound() from None
        return web.Response(body=body, content_type="image/jpeg", headers=HEADERS)
