"""Debian's headless Chromium at phone size, driven over WebDriver (Selenium with Debian's
chromedriver): the Mini App's browser test, and the picture of the bot in a chat
(tests/telegram/test_tg_chat_picture.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PHONE = (390, 844)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--hide-scrollbars",
    # Nothing leaves the machine: every name but the test server's fails at once, so Telegram's
    # script, loaded inside Telegram only, fails here as it would with no connection.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

_absent = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
MISSING = (
    f"headless Chromium not found ({', '.join(_absent)}): "
    "apt-get install chromium chromium-driver (.ci/run installs them)"
    if _absent
    else ""
)
"""Why the browser can't run here ('' when it can)."""


@contextmanager
def phone_browser(user_dir: Path, size: tuple[int, int] = PHONE) -> Iterator[Any]:
    """Chromium with a phone's viewport (`size`), its console log kept; quit at the end."""
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={user_dir}")
    options.add_argument(f"--window-size={size[0]},{size[1]}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    width, height = size  # the page's viewport, as on a phone
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        yield driver
    finally:
        driver.quit()
