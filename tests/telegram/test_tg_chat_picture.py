"""The picture of the bot in a chat (README): a conversation through the real Application on the
fake Bot API, drawn from exactly what the bot sent (its HTML, photo and buttons) as a Telegram
chat, in headless Chromium at phone width.

    SAILAU_SCREENSHOTS=docs/telegram .venv/bin/python -m pytest \
        tests/telegram/test_tg_chat_picture.py

writes docs/telegram/chat-en.png (and -ru). Without Chromium the page is still built and checked,
and the screenshot is skipped with the reason.
"""

from __future__ import annotations

import asyncio
import html
import os
import sys
from pathlib import Path

import pytest
from tg_chatpage import Bubble, chat_page
from tg_harness import Harness
from tg_updates import text_update

from sailau.i18n import load_catalog

sys.path.append(str(Path(__file__).resolve().parents[1] / "web"))  # the browser kit
from browser_kit import MISSING, PHONE, phone_browser

CONVERSATIONS = {
    "en": (
        ("how many seats did Nur Otan get?", "76"),
        ("draw the Majilis", "sendPhoto"),
        ("what if the threshold were 5%?", "Nur Otan 72"),
    ),
    "ru": (("какая была явка?", "63,25"), ("а если барьер 5%?", "«Нур Отан» — 72")),
}
"""Each turn: the question, and what its answer must hold (a text, or the kind of call)."""
TITLES = {"en": ("Sailau", "bot", "Message"), "ru": ("Sailau", "бот", "Сообщение")}


@pytest.mark.parametrize("lang", list(CONVERSATIONS))
async def test_the_chat_picture_shows_the_bots_real_answers(
    webapp_harness: Harness, lang: str, tmp_path: Path
) -> None:
    bubbles = []
    for question, holds in CONVERSATIONS[lang]:
        bubbles.append(Bubble(question))
        calls = await webapp_harness.send(text_update(question, lang=lang))
        assert calls and all(c.method in ("sendMessage", "sendPhoto") for c in calls)
        said = [c.method for c in calls] + [c.params.get("text", "") for c in calls]
        assert any(holds in part for part in said), (question, said)
        bubbles += [Bubble("", call) for call in calls]
    title, subtitle, hint = TITLES[lang]
    menu = load_catalog().t("tg_whatif", lang)  # type: ignore[arg-type]
    page = chat_page(title, subtitle, bubbles, menu, hint)
    for bubble in bubbles:  # every message as sent, and every button
        call = bubble.call
        if call is None:
            continue
        assert (call.params.get("text") or call.params.get("caption") or "") in page
        for row in call.params["reply_markup"]["inline_keyboard"]:
            assert all(html.escape(button["text"]) in page for button in row)
    if MISSING:
        pytest.skip(MISSING)
    shot = await asyncio.to_thread(screenshot, page, tmp_path)
    folder = os.environ.get("SAILAU_SCREENSHOTS")
    if folder:
        await asyncio.to_thread(save, shot, Path(folder) / f"chat-{lang}.png")


def screenshot(page: str, tmp_path: Path) -> bytes:
    """The page in Chromium at phone width, the whole of its height."""
    path = tmp_path / "chat.html"
    path.write_text(page, "utf-8")
    with phone_browser(tmp_path / "chromium") as driver:
        driver.get(path.as_uri())
        height = driver.execute_script("return document.documentElement.scrollHeight")
        metrics = {"width": PHONE[0], "height": height, "deviceScaleFactor": 1, "mobile": True}
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        shot: bytes = driver.get_screenshot_as_png()
    assert shot.startswith(b"\x89PNG") and height > PHONE[1]
    return shot


def save(shot: bytes, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(shot)
