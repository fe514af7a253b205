"""The Dockerfile, checked statically (images can't be pulled on the build machines): a slim
Python base, a non-root user, `pip install .`, a writable matplotlib cache, exec-form entry point,
a health check that asks the bot's /healthz, and a .dockerignore that keeps secrets and the venv
out of the image."""

from __future__ import annotations

import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    text = re.sub(r"\\\n\s*", " ", text)
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def args_of(name: str) -> list[str]:
    return [rest for word, rest in instructions() if word == name]


def env() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for rest in args_of("ENV"):
        pairs.update(re.findall(r"(\w+)=(\S+)", rest))
    return pairs


def test_slim_python_base_matching_the_project() -> None:
    [base] = args_of("FROM")
    assert re.fullmatch(r"python:3\.11(\.\d+)?-slim(-\w+)?", base)


def test_runs_as_a_non_root_user_created_in_the_image() -> None:
    words = [word for word, _ in instructions()]
    [user] = args_of("USER")
    assert user not in ("root", "0")
    assert any("adduser" in r and user in r for r in args_of("RUN"))
    assert words.index("USER") < words.index("ENTRYPOINT")


def test_installs_the_project_with_pip() -> None:
    assert any(re.search(r"pip install --no-cache-dir \.(\s|$)", r) for r in args_of("RUN"))


def test_copies_only_what_exists_and_what_the_package_needs() -> None:
    copied = [part for rest in args_of("COPY") for part in rest.split()[:-1]]
    for source in copied:
        assert (ROOT / source).exists(), source
    for needed in ("pyproject.toml", "README.md", "bot.py", "sailau/", "handlers/", "facts/"):
        assert needed in copied


def test_matplotlib_cache_is_writable_and_facts_are_found() -> None:
    variables = env()
    assert variables["MPLBACKEND"] == "Agg"
    cache = variables["MPLCONFIGDIR"]
    assert any(cache in r and "chown" in r for r in args_of("RUN"))
    assert variables["SAILAU_FACTS_DIR"] == "/app/facts"
    assert variables["PTB_TIMEDELTA"] == "1"


def test_exec_form_entry_point_runs_the_bot() -> None:
    [entry] = args_of("ENTRYPOINT")
    [cmd] = args_of("CMD")
    assert json.loads(entry)[:2] == ["python", "/app/bot.py"]
    assert json.loads(cmd) == ["run"]


def health_command() -> list[str]:
    [check] = args_of("HEALTHCHECK")
    form = check.split(" CMD ", 1)[1]
    command: list[str] = json.loads(form)
    return command


class Health(http.server.BaseHTTPRequestHandler):
    """A /healthz that answers the status the server was given."""

    def do_GET(self) -> None:
        status = self.server.status if self.path == "/healthz" else 404  # type: ignore[attr-defined]
        self.send_response(status)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.mark.parametrize(("status", "healthy"), [(200, True), (503, False)])
def test_health_check_asks_the_bots_healthz(status: int, healthy: bool) -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), Health)
    server.status = status  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    try:
        port = str(server.server_address[1])
        result = run_health_check(port)
    finally:
        thread.join(5)
        server.server_close()
    assert (result.returncode == 0) is healthy


def test_health_check_fails_when_nothing_answers() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    assert run_health_check(port).returncode != 0


def run_health_check(port: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, *health_command()[1:]]
    return subprocess.run(
        command, env={**os.environ, "WEBHOOK_PORT": port}, capture_output=True, timeout=10
    )


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    ignored = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".git", ".venv", ".env", "data", "tests"} <= ignored
    assert not {"README.md", "pyproject.toml", "facts", "sailau", "handlers"} & ignored
