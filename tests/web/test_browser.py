"""The Mini App in a real browser: Debian's headless Chromium, driven over WebDriver (Selenium,
with Debian's chromedriver), against the app served on 127.0.0.1.

Skipped, with the reason, where Chromium or chromedriver is missing (`.ci/run` installs both).
`SAILAU_SCREENSHOTS=docs/miniapp pytest tests/web/test_browser.py` also saves the phone-size
screenshots of the page in each language (docs/miniapp/*.png).
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from aiohttp import web
from browser_kit import MISSING, phone_browser
from web_kit import TOKEN, Outbox, init_data

import bot
from sailau.i18n import load_catalog
from sailau.web import SeatService, make_web_app

NIGHT = {
    "bg_color": "#17212b",
    "text_color": "#f5f5f5",
    "hint_color": "#708499",
    "link_color": "#6ab3f3",
    "button_color": "#5288c1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#232e3c",
    "header_bg_color": "#17212b",
    "accent_text_color": "#6ab2f2",
    "section_bg_color": "#17212b",
    "section_header_text_color": "#6ab3f3",
    "subtitle_text_color": "#708499",
    "destructive_text_color": "#ec3942",
}
"""A night theme as Telegram passes it in the launch parameters (tgWebAppThemeParams)."""

pytestmark = pytest.mark.skipif(bool(MISSING), reason=MISSING)
pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402


@contextmanager
def serving(app: web.Application) -> Iterator[str]:
    """`app` on 127.0.0.1 (a free port) in a thread of its own; yields its base URL."""
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app, access_log=None)
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", 0).start())
    host, port = runner.addresses[0][:2]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{port}"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.run_until_complete(runner.cleanup())
        loop.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with phone_browser(tmp_path_factory.mktemp("chromium")) as driver:
        yield driver


def console_errors(driver: Any, expected: str = "\0") -> list[str]:
    """Severe console messages since the last call, but for one expected failure."""
    messages = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    return [m for m in messages if expected not in m]


def shown(driver: Any, query: str | None = None) -> dict[str, int]:
    """Wait until the page has drawn (the given query), then the seats its table shows."""

    def drawn(d: Any) -> bool:
        body = d.find_element(By.TAG_NAME, "body")
        state, at = body.get_attribute("data-state"), body.get_attribute("data-query") or ""
        return state == "ready" and (query is None or at == query)

    WebDriverWait(driver, 15).until(drawn)
    cells = driver.find_elements(By.CSS_SELECTOR, "#rows td.seats")
    rows = driver.find_elements(By.CSS_SELECTOR, "#rows tr")
    return {
        row.get_attribute("data-party"): int(cell.get_attribute("data-seats"))
        for row, cell in zip(rows, cells, strict=True)
    }


def seat_requests(driver: Any) -> int:
    """How many times the page has asked the server for one scenario's seats."""
    count: int = driver.execute_script(
        "return performance.getEntriesByType('resource')"
        ".filter((e) => new URL(e.name).pathname.endsWith('/api/seats')).length"
    )
    return count


def seat_circles(driver: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for circle in driver.find_elements(By.CSS_SELECTOR, "#hemicycle circle.seat"):
        party = circle.get_attribute("data-party")
        counts[party] = counts.get(party, 0) + 1
    return counts


def cli_seats(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, int]:
    assert bot.main(["seats", *argv, "--json"]) == 0
    seats: dict[str, int] = json.loads(capsys.readouterr().out)["seats"]
    return seats


def screenshot(driver: Any, name: str) -> None:
    folder = os.environ.get("SAILAU_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


def test_threshold_method_and_language_in_a_plain_browser(
    browser: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = load_catalog()
    with serving(make_web_app(service=SeatService.load())) as base:
        browser.get(f"{base}/?lang=en")
        official = shown(browser)
        assert official == cli_seats(capsys, "--election", "kz-2021")
        assert seat_circles(browser) == {p: n for p, n in official.items() if n}
        assert browser.find_element(By.ID, "share").is_displayed() is False  # no Telegram
        WebDriverWait(browser, 15).until(
            lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-preloaded")
        )
        asked = seat_requests(browser)

        threshold = browser.find_element(By.ID, "threshold")
        threshold.send_keys(Keys.HOME, *[Keys.ARROW_RIGHT] * 10)  # 0 %, then 10 steps of 0.5
        assert threshold.get_attribute("value") == "5"
        assert browser.find_element(By.ID, "threshold-out").text == "5%"
        Select(browser.find_element(By.ID, "method")).select_by_value("dhondt")
        query = "election=kz-2021&method=dhondt&threshold=5&threshold_base=ballots&seats=98"
        dhondt = shown(browser, query)
        expected = cli_seats(capsys, "--election", "kz-2021", "--method", "dhondt",
                             "--threshold", "5")  # fmt: skip
        assert dhondt == expected
        assert seat_circles(browser) == {p: n for p, n in expected.items() if n}
        assert seat_requests(browser) == asked  # drawn from the precomputed scenarios
        screenshot(browser, "whatif-en")

        seats = browser.find_element(By.ID, "seats")
        seats.send_keys(Keys.ARROW_RIGHT)  # 99 seats: not precomputed, asked for
        bigger = shown(browser, query.replace("seats=98", "seats=99"))
        assert bigger == cli_seats(capsys, "--election", "kz-2021", "--method", "dhondt",
                                   "--threshold", "5", "--seats", "99")  # fmt: skip
        assert seat_requests(browser) == asked + 1
        seats.send_keys(Keys.ARROW_LEFT)
        assert shown(browser, query) == expected

        for lang in ("ru", "kk"):
            browser.find_element(By.CSS_SELECTOR, f"#langs button[value={lang}]").click()
            WebDriverWait(browser, 10).until(
                lambda d, lang=lang: (
                    d.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
                )
            )
            assert browser.find_element(By.ID, "title").text == catalog.t("webapp_title", lang)
            method_label = browser.find_element(By.CSS_SELECTOR, "[data-label=method]").text
            assert method_label == catalog.t("webapp_method", lang)
            assert shown(browser, query) == expected
            screenshot(browser, f"whatif-{lang}")

        unlabelled = browser.execute_script(
            "return [...document.querySelectorAll('#controls select, #controls input')]"
            ".filter((e) => !e.labels.length).map((e) => e.id)"
        )
        assert unlabelled == []
        assert console_errors(browser) == []


def test_inside_telegram_the_theme_applies_and_the_chart_is_sent(browser: Any) -> None:
    outbox = Outbox()
    theme = json.dumps(NIGHT)
    launch = urlencode(
        {"tgWebAppData": init_data(), "tgWebAppVersion": "8.0", "tgWebAppThemeParams": theme}
    )  # the fragment Telegram opens a Mini App with
    app = make_web_app(token=TOKEN, sender=outbox, service=SeatService.load())
    with serving(app) as base:
        browser.get(f"{base}/?threshold=5#{launch}")
        shown(browser)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk"  # the user's
        background = browser.execute_script(
            "return getComputedStyle(document.body).backgroundColor"
        )
        assert background == "rgb(23, 33, 43)"
        screenshot(browser, "telegram-dark-kk")
        send = browser.find_element(By.ID, "send")
        assert send.is_displayed() and send.is_enabled()
        send.click()
        WebDriverWait(browser, 10).until(lambda d: outbox.sent)
        assert outbox.sent[0].chart.param("threshold") == "5"
        assert outbox.sent[0].lang == "kk"
        # Telegram's own script cannot load here; the page works without it.
        assert console_errors(browser, expected="telegram-web-app.js") == []
