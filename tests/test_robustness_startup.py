"""Start-up stays light: the command line answers without loading Telegram, HTTP or matplotlib,
and the answer engine (fact base, catalog, question reader) is built once per process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sailau import pipeline
from sailau.understanding.engine import Reader

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("telegram", "httpx", "aiohttp", "matplotlib", "handlers")

PROBE = """
import json, sys
import bot
bot.main(sys.argv[1:])
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "сколько мест у нур отан"],
        ["ask", "--json", "turnout 2016"],
        ["validate"],
        ["seats", "--election", "kz-2021", "--threshold", "5"],
    ],
    ids=["ask", "ask-json", "validate", "seats"],
)
def test_commands_do_not_import_heavy_modules(argv: list[str]) -> None:
    run = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout.splitlines()[-1]) == []


def test_engine_and_reader_are_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Reader] = []
    original = Reader.__init__

    def counting(self: Reader, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        built.append(self)

    monkeypatch.setattr(Reader, "__init__", counting)
    pipeline.forget(facts=True)
    try:
        for question in ["turnout", "явка 2016", "қанша орын", "who won", "what if 5%"]:
            pipeline.answer(question)
        pipeline.answer_intent("party_seats", {"party": "ak_zhol"}, "kk")
        assert len(built) == 1
        assert pipeline.engine().reader is built[0]
    finally:
        pipeline.forget(facts=True)
