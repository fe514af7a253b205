"""The what-if Mini App wired into the bot (WEBAPP_URL): "what if…" buttons (a Mini App button in
private chats, a link in groups), /help and the menu button, chart thumbnails for every inline
chart result served by the bot's own server, and "send to chat" from a signed launch through
POST /api/send to Telegram's sendPhoto — in-process, and with `bot.py run` as a process."""

from __future__ import annotations

import gc
import html
import io
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from PIL import Image
from tg_botapi import TOKEN, BotApi
from tg_fakerequest import FakeRequest
from tg_fakeserver import FakeServer
from tg_harness import WEBAPP_URL, Harness, running_harness, settings
from tg_process import START_TIMEOUT, bot_env, running_bot
from tg_updates import GROUP_ID, inline_update, text_update

from handlers import make_web_app
from sailau import charts
from sailau.reply import ChartSpec
from sailau.web import sign_init_data

USER_ID = 4242
SCENARIO = {"election": "kz-2021", "method": "dhondt", "threshold": "5", "lang": "ru"}
WHATIF_5_DHONDT = ChartSpec(
    "whatif", (("base", "ballots"), ("method", "dhondt"), ("threshold", "5"), ("year", "2021"))
)


def buttons(call: Any) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def launch(user_lang: str = "ru", user_id: int = USER_ID) -> dict[str, str]:
    """`Authorization: tma <initData>` as the page sends it, signed as Telegram signs it."""
    user = {"id": user_id, "first_name": "Aigerim", "language_code": user_lang}
    fields = {"auth_date": str(int(time.time())), "user": json.dumps(user)}
    return {"Authorization": f"tma {sign_init_data(fields, TOKEN)}"}


# --- buttons -----------------------------------------------------------------------------------


async def test_a_whatif_answer_opens_the_mini_app_on_its_scenario(
    webapp_harness: Harness,
) -> None:
    [answer] = await webapp_harness.send(text_update("/calc 5% dhondt"))
    [app] = [b for b in buttons(answer) if "web_app" in b]
    assert app["text"] == "What if…?"
    url = app["web_app"]["url"]
    assert url.startswith(WEBAPP_URL + "?")
    assert query_of(url) == {**SCENARIO, "lang": "en"}
    assert [b for b in buttons(answer) if "switch_inline_query" in b]  # and "share"


async def test_in_a_group_the_mini_app_is_a_link(webapp_harness: Harness) -> None:
    [answer] = await webapp_harness.send(text_update("/calc 5% dhondt", chat_id=GROUP_ID))
    assert not [b for b in buttons(answer) if "web_app" in b]  # Telegram refuses them there
    [link] = [b for b in buttons(answer) if "url" in b]
    assert link["url"].startswith(WEBAPP_URL + "?") and "threshold=5" in link["url"]


async def test_other_answers_have_no_whatif_button(webapp_harness: Harness) -> None:
    [answer] = await webapp_harness.send(text_update("/turnout"))
    assert not [b for b in buttons(answer) if "web_app" in b or "url" in b]


async def test_no_whatif_button_without_webapp_url(harness: Harness) -> None:
    [answer] = await harness.send(text_update("/calc 5% dhondt"))
    assert not [b for b in buttons(answer) if "web_app" in b or "url" in b]


async def test_help_offers_the_mini_app(webapp_harness: Harness) -> None:
    [call] = await webapp_harness.send(text_update("/help", lang="kk"))
    assert "Басқаша болса ше?" in call.params["text"]  # the guide says what the button does
    [app] = [b for b in buttons(call) if "web_app" in b]
    assert app["text"] == "Басқаша болса ше?"
    assert query_of(app["web_app"]["url"]) == {"lang": "kk"}  # the official 2021 allocation


async def test_the_chats_menu_button_opens_the_mini_app_in_its_language(
    webapp_harness: Harness,
) -> None:
    await webapp_harness.send(text_update("/start"))
    menu = webapp_harness.api.menu_buttons[42]
    assert (menu["type"], menu["text"]) == ("web_app", "What if…?")
    await webapp_harness.send(text_update("/lang ru"))
    menu = webapp_harness.api.menu_buttons[42]
    assert menu["text"] == "Что если…?"
    assert query_of(menu["web_app"]["url"]) == {"lang": "ru"}
    await webapp_harness.send(text_update("/start", chat_id=GROUP_ID))
    assert GROUP_ID not in webapp_harness.api.menu_buttons  # private chats only


async def test_the_menu_button_is_set_only_when_it_changes(webapp_harness: Harness) -> None:
    first = await webapp_harness.send(text_update("/start turnout-y-2016"))  # a deep link too
    assert [c.method for c in first] == ["sendMessage", "setChatMenuButton"]
    again = await webapp_harness.send(text_update("/start"))
    assert [c.method for c in again] == ["sendMessage"]


async def test_without_webapp_url_a_chats_menu_button_goes_back_to_the_default(
    api: BotApi, tmp_path: Path
) -> None:
    async with running_harness(api, tmp_path, webapp_url=WEBAPP_URL) as harness:
        await harness.send(text_update("/start"))
    assert api.menu_buttons[42]["type"] == "web_app"
    async with running_harness(api, tmp_path) as harness:  # restarted without WEBAPP_URL
        await harness.send(text_update("/start"))
        assert api.menu_buttons[42] == {"type": "default"}
        calls = await harness.send(text_update("/lang en"))
        assert "setChatMenuButton" not in [c.method for c in calls]


# --- inline thumbnails -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(charts.KINDS))
async def test_every_inline_chart_result_has_a_thumbnail(
    webapp_harness: Harness, kind: str
) -> None:
    [call] = await webapp_harness.send(inline_update(f"chart-c-{kind}"))
    results = call.params["results"]
    photos = [r for r in results if r["type"] == "photo"]
    assert photos, "a chart nobody was sent yet is offered as a photo too"
    for photo in photos:
        assert photo["photo_url"].startswith(WEBAPP_URL + "chart/")
        assert photo["thumbnail_url"].startswith(WEBAPP_URL + "chart/")
        assert "/thumb/" in photo["thumbnail_url"]
    chart_articles = [r for r in results if r["type"] == "article" and "thumbnail_url" in r]
    assert chart_articles  # the text answer of a chart shows its thumbnail too


async def test_text_answers_lead_with_their_figure_inline(webapp_harness: Harness) -> None:
    [call] = await webapp_harness.send(inline_update("turnout 2016"))
    first = call.params["results"][0]
    assert first["type"] == "article"
    assert first["title"] == "Turnout in 2016 was 77.12%."
    context, source = first["description"].split("\n")
    assert "registered voters" in context and source.startswith("Source")


@pytest.fixture
async def bot_server(api: BotApi, tmp_path: Path) -> AsyncIterator[TestClient[Any, Any]]:
    """The bot's whole web server (bot, Mini App, pictures) on the fake Bot API, in-process."""
    bot_settings = settings(tmp_path, webapp_url=WEBAPP_URL, poll_timeout=0.2)
    try:
        async with TestClient(TestServer(make_web_app(bot_settings, FakeRequest(api)))) as client:
            yield client
    finally:
        gc.unfreeze()  # the bot froze the heap it started with: this process goes on


def local(url: str) -> str:
    """A public address of the bot's server as the test server's path and query."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


async def test_chart_pictures_are_served_only_as_signed(
    api: BotApi, bot_server: TestClient[Any, Any]
) -> None:
    await api.push(inline_update("chart-c-parliament"))
    await api.wait_for(lambda a: bool(a.sent("answerInlineQuery")))
    [answer] = api.sent("answerInlineQuery")
    [photo, *_] = [r for r in answer.params["results"] if r["type"] == "photo"]
    thumb = await bot_server.get(local(photo["thumbnail_url"]))
    assert thumb.status == 200 and thumb.content_type == "image/jpeg"
    with Image.open(io.BytesIO(await thumb.read())) as image:
        assert image.format == "JPEG" and image.width <= 320
    full = await bot_server.get(local(photo["photo_url"]))
    with Image.open(io.BytesIO(await full.read())) as image:
        assert image.format == "JPEG" and image.width > 320
    forged = local(photo["thumbnail_url"]).replace("parliament", "shares")
    assert (await bot_server.get(forged)).status == 404  # another chart, same signature
    unsigned = local(photo["thumbnail_url"]).split("?")[0]
    assert (await bot_server.get(unsigned)).status == 404


# --- send to chat ------------------------------------------------------------------------------


async def test_send_posts_the_scenarios_chart_to_the_users_chat(
    api: BotApi, bot_server: TestClient[Any, Any]
) -> None:
    page = await bot_server.get("/app/")
    assert page.status == 200 and "text/html" in page.content_type
    body = {k: v for k, v in SCENARIO.items() if k != "lang"}
    answer = await bot_server.post("/app/api/send", json=body, headers=launch("ru"))
    assert answer.status == 200, await answer.text()
    assert await answer.json() == {"ok": True}
    [sent] = api.sent("sendPhoto")
    assert sent.params["chat_id"] == USER_ID
    _, png, mime = sent.files["photo"]
    assert (png, mime) == (charts.render(WHATIF_5_DHONDT, "ru"), "image/png")
    assert sent.params["caption"] == html.escape(charts.caption(WHATIF_5_DHONDT, "ru"), False)
    under = buttons(sent)
    [share] = [b["switch_inline_query"] for b in under if "switch_inline_query" in b]
    assert share == "chart-c-whatif-m-dhondt-t-5-y-2021"
    [app] = [b["web_app"]["url"] for b in under if "web_app" in b]
    assert query_of(app) == {**SCENARIO, "threshold_base": "ballots"}
    # a second send of the same chart goes by its file id
    again = await bot_server.post("/app/api/send", json=body, headers=launch("ru"))
    assert again.status == 200
    assert api.sent("sendPhoto")[-1].files == {}


async def test_send_to_a_user_who_blocked_the_bot_says_why(
    api: BotApi, bot_server: TestClient[Any, Any]
) -> None:
    api.blocked.add(USER_ID)
    body = {"election": "kz-2021", "threshold": "5"}
    answer = await bot_server.post("/app/api/send", json=body, headers=launch("kk"))
    assert answer.status == 502
    found = await answer.json()
    assert found["code"] == "send_failed"
    assert found["error"].startswith("сізге жаза алмаймын")  # in the user's language


async def test_send_with_forged_launch_data_posts_nothing(
    api: BotApi, bot_server: TestClient[Any, Any]
) -> None:
    forged = launch()["Authorization"].replace("Aigerim", "Mallory")
    body = {"election": "kz-2021", "threshold": "5"}
    answer = await bot_server.post("/app/api/send", json=body, headers={"Authorization": forged})
    assert answer.status == 401
    assert api.sent("sendPhoto") == []


async def test_bot_run_serves_the_mini_app_and_sends_its_chart(api: BotApi, tmp_path: Path) -> None:
    """End to end: `python bot.py run` with WEBAPP_URL, the fake Bot API over HTTP."""
    async with FakeServer(api) as server:
        env = bot_env(server.base_url, tmp_path, WEBAPP_URL=WEBAPP_URL, SAILAU_RATE_LIMIT="off")
        async with running_bot(env) as bot:
            await bot.until(api.wait_for(lambda a: a.polls > 0, START_TIMEOUT), "start polling")
            default = api.menu_buttons[None]
            assert default["type"] == "web_app" and default["web_app"]["url"] == WEBAPP_URL
            base = f"http://127.0.0.1:{bot.port}/app"
            body = {"election": "kz-2021", "method": "dhondt", "threshold": "5"}
            async with aiohttp.ClientSession() as session:
                async with session.get(f"{base}/") as page:
                    assert page.status == 200
                async with session.post(
                    f"{base}/api/send", json=body, headers=launch("en")
                ) as answer:
                    assert answer.status == 200, await answer.text()
            [sent] = api.sent("sendPhoto")
            assert sent.params["chat_id"] == USER_ID
            assert sent.files["photo"][1] == charts.render(WHATIF_5_DHONDT, "en")
            assert await bot.stop() == 0
