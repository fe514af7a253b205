"""Start-up stays light: the command line answers without loading Telegram, HTTP or matplotlib,
and the answer engine (fact base, catalog, intent index) is built once per process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sailau import pipeline
from sailau.matcher import Matcher

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


def test_engine_and_intent_index_are_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Matcher] = []
    original = Matcher.from_facts.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Matcher], *args: object, **kwargs: object) -> Matcher:
        built.append(original(cls, *args, **kwargs))
        return built[-1]

    monkeypatch.setattr(Matcher, "from_facts", classmethod(counting))
    pipeline.forget(facts=True)
    try:
        for question in ["turnout", "явка 2016", "қанша орын", "who won", "what if 5%"]:
            pipeline.answer(question)
        pipeline.answer_intent("party_seats", {"party": "ak_zhol"}, "kk")
        assert len(built) == 1
        assert pipeline.engine().matcher is built[0]
    finally:
        pipeline.forget(facts=True)
