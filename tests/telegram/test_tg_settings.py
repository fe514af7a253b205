"""Settings from the environment: defaults, checks, one-line errors, no secret in repr."""

from __future__ import annotations

from pathlib import Path

import pytest

from sailau.settings import DEFAULT_API_BASE_URL, Settings, SettingsError

TOKEN = "123456:" + "A" * 35


def test_defaults_from_a_token_alone() -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert s.token == TOKEN
    assert s.api_base_url == DEFAULT_API_BASE_URL
    assert s.webhook_url is None
    assert s.rate_limit is True
    assert s.data_dir == Path("data")
    assert s.log_level == "INFO"


def test_every_variable_is_read() -> None:
    s = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": f" {TOKEN} ",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "WEBHOOK_URL": "https://example.org/hook",
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": "8443",
            "WEBHOOK_SECRET": "s3cret_-x",
            "SAILAU_DATA_DIR": "/tmp/sailau",
            "SAILAU_RATE_LIMIT": "off",
            "LOG_LEVEL": "debug",
            "SAILAU_POLL_TIMEOUT": "0.5",
            "SAILAU_GROUP_COOLDOWN": "0",
            "WEBAPP_URL": "https://sailau.example.org/app",
        }
    )
    assert s.api_base_url == "http://127.0.0.1:8081/bot"
    assert (s.webhook_url, s.webhook_listen, s.webhook_port) == (
        "https://example.org/hook",
        "127.0.0.1",
        8443,
    )
    assert s.webhook_secret == "s3cret_-x"
    assert s.data_dir == Path("/tmp/sailau")
    assert s.rate_limit is False
    assert s.log_level == "DEBUG"
    assert (s.poll_timeout, s.group_cooldown) == (0.5, 0.0)
    assert s.webapp_url == "https://sailau.example.org/app/"  # the page is served at its path
    assert s.webapp_path == "/app"


@pytest.mark.parametrize(
    ("url", "path"),
    [("https://sailau.example.org", ""), ("https://x.org:8443/a/b/", "/a/b")],
)
def test_the_mini_app_is_mounted_at_the_path_of_webapp_url(url: str, path: str) -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBAPP_URL": url})
    assert s.webapp_path == path
    assert s.webapp_url is not None and s.webapp_url.endswith("/")
    assert Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN}).webapp_path is None


def test_secrets_stay_out_of_repr() -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "topsecret"})
    assert TOKEN not in repr(s)
    assert "topsecret" not in repr(s)


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"TELEGRAM_BOT_TOKEN": ""}, ["TELEGRAM_BOT_TOKEN", "python bot.py chat"]),
        ({"TELEGRAM_BOT_TOKEN": "   "}, ["TELEGRAM_BOT_TOKEN", "python bot.py chat"]),
        ({"TELEGRAM_BOT_TOKEN": "abc:def"}, ["TELEGRAM_BOT_TOKEN", "malformed"]),
        ({"TELEGRAM_BOT_TOKEN": "123:" + "a" * 29}, ["malformed"]),
        ({"TELEGRAM_BOT_TOKEN": "123:" + "я" * 35}, ["malformed"]),
        ({"TELEGRAM_API_BASE_URL": "ftp://x"}, ["TELEGRAM_API_BASE_URL"]),
        ({"WEBHOOK_URL": "example.org"}, ["WEBHOOK_URL"]),
        ({"WEBHOOK_PORT": "99999"}, ["WEBHOOK_PORT"]),
        ({"WEBHOOK_PORT": "x"}, ["WEBHOOK_PORT"]),
        ({"WEBHOOK_SECRET": "has space"}, ["WEBHOOK_SECRET"]),
        ({"SAILAU_RATE_LIMIT": "maybe"}, ["SAILAU_RATE_LIMIT"]),
        ({"LOG_LEVEL": "loud"}, ["LOG_LEVEL"]),
        ({"SAILAU_POLL_TIMEOUT": "-1"}, ["SAILAU_POLL_TIMEOUT"]),
        ({"SAILAU_GROUP_COOLDOWN": "soon"}, ["SAILAU_GROUP_COOLDOWN"]),
        ({"WEBAPP_URL": "http://sailau.example.org/app/"}, ["WEBAPP_URL", "https://"]),
        ({"WEBAPP_URL": "sailau.example.org/app/"}, ["WEBAPP_URL"]),
        ({"WEBAPP_URL": "https:///app/"}, ["WEBAPP_URL"]),
        ({"WEBAPP_URL": "https://x.org/app/?lang=kk"}, ["WEBAPP_URL"]),
        ({"WEBAPP_URL": "https://x.org:99999/"}, ["WEBAPP_URL"]),
    ],
)
def test_bad_values_get_one_line_naming_the_variable(env: dict[str, str], names: list[str]) -> None:
    with pytest.raises(SettingsError) as info:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, **env})
    message = str(info.value)
    assert "\n" not in message
    for name in names:
        assert name in message
    assert TOKEN not in message
