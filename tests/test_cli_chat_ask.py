"""`bot.py ask` and `bot.py chat` as a user runs them: real processes, piped stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        check=False,
    )


def test_ask_prints_the_answer_as_text() -> None:
    out = run("ask", "сколько мест у нур отан")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("В 2021 году партия «Нур Отан» получила 76 мест.")
    assert "Источник" in out.stdout


def test_ask_json_with_lang() -> None:
    out = run("ask", "turnout", "--lang", "kk", "--json")
    obj = json.loads(out.stdout)
    assert obj["lang"] == "kk" and obj["intent"] == "turnout" and obj["chart"] is None
    assert f"63,25{NBSP}%" in obj["text"]
    assert {"question", "confidence", "sources", "kind", "figures", "suggestions"} <= set(obj)


def test_ask_batch_one_object_per_line_in_order(tmp_path: Path) -> None:
    questions = ["turnout", "", "who won the 2020 US election", "явка в алматы", "🙂"]
    batch = tmp_path / "q.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    out = run("ask", "--json", "--batch", str(batch))
    assert out.returncode == 0, out.stderr
    objects = [json.loads(line) for line in out.stdout.splitlines()]
    assert [o["question"] for o in objects] == questions
    assert objects[0]["intent"] == "turnout"
    assert objects[1]["intent"] is None and objects[2]["intent"] is None
    assert objects[3]["lang"] == "ru" and "30,3" in objects[3]["text"]
    assert all(o["chart"] is None for o in objects)


def test_ask_batch_from_stdin() -> None:
    out = run("ask", "--json", "--batch", "-", stdin="turnout\nявка\n")
    assert [json.loads(line)["lang"] for line in out.stdout.splitlines()] == ["en", "ru"]


@pytest.mark.parametrize(
    ("args", "message"),
    [(("ask",), "give a question"), (("ask", "--batch", "x.txt"), "add --json"),
     (("ask", "--json", "--batch", "/no/such/file"), "cannot read")],
)  # fmt: skip
def test_ask_usage_errors_are_clear(args: tuple[str, ...], message: str) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


def test_chat_conversation_like_a_newcomer() -> None:
    script = "\n".join(
        [
            "привет",
            "сколько мест у нур отан",
            "а ак жол?",
            "/lang kk",
            "явка",
            "1",
            "asdf qwer zxcv",
            "/lang xx",
            "/help",
            "/quit",
            "never read",
        ]
    )
    out = run("chat", stdin=script + "\n", env={"LANG": "en_US.UTF-8"})
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("Hello! I'm Sailau")
    assert "Здравствуйте!" in text
    assert "партия «Нур Отан» получила 76 мест" in text
    assert "Енді қазақша жауап беремін." in text
    assert "сайлаушылардың келуі — 63,25" in text.replace(NBSP, " ")
    assert "Мен тек Қазақстан Мәжілісінің сайлаулары туралы білемін." in text
    assert "Тілді таңдаңыз" in text
    assert text.rstrip().endswith("Сау болыңыз!")
    assert "Traceback" not in out.stderr


def test_chat_follow_up_context() -> None:
    out = run("chat", stdin="how many seats did nur otan win\nand ak zhol?\n", env={"LANG": "C"})
    assert "Ak Zhol won 12 seats in 2021." in out.stdout


def test_chat_ends_cleanly_on_eof_and_greets_in_the_terminal_language() -> None:
    out = run("chat", stdin="", env={"LANG": "ru_RU.UTF-8", "LC_ALL": ""})
    assert out.returncode == 0
    assert out.stdout.startswith("Здравствуйте!")
    assert out.stdout.rstrip().endswith("До свидания!")


def test_ask_batch_writes_chart_pngs_only_with_charts_dir(tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("chart of seats\nturnout\n", encoding="utf-8")
    charts = tmp_path / "charts"
    out = run("ask", "--json", "--batch", str(batch), "--charts-dir", str(charts))
    chart, turnout = (json.loads(line) for line in out.stdout.splitlines())
    assert chart["intent"] == "chart" and turnout["chart"] is None
    path = Path(chart["chart"])
    assert path.parent == charts and path.name.endswith("-en.png")
    assert path.read_bytes().startswith(b"\x89PNG")
    without = run("ask", "--json", "--batch", str(batch))
    assert json.loads(without.stdout.splitlines()[0])["chart"] is None


@pytest.mark.parametrize("command", [("ask", "turnout"), ("chat",)])
def test_a_broken_fact_base_is_named_not_a_traceback(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    (tmp_path / "locales").mkdir()
    out = run(*command, env={"SAILAU_FACTS_DIR": str(tmp_path)})
    assert out.returncode == 1
    assert f"cannot load {tmp_path}" in out.stderr
    assert "Traceback" not in out.stderr
