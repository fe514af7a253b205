"""The `chart` intent: a Reply carrying a ChartSpec, its figures as text, and other charts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import main as bot_main
from sailau import charts
from sailau.pipeline import answer, answer_intent
from sailau.reply import LANGS, ChartSpec, Lang

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", charts.KINDS)
def test_chart_intent_carries_the_spec_and_the_caption(kind: str, lang: Lang) -> None:
    reply = answer_intent("chart", {"chart": kind}, lang)
    assert reply.chart == charts.canonical(ChartSpec(kind))
    assert reply.intent == "chart"
    view = charts.build(reply.chart, lang)
    assert reply.headline == view.frame.title
    assert reply.sources, "the source line comes with the text"
    assert all(s.intent == "chart" for s in reply.suggestions[:2])


def test_chart_intent_defaults_to_the_hemicycle_and_keeps_the_year() -> None:
    assert answer_intent("chart", {}, "en").chart == ChartSpec("parliament", (("year", "2021"),))
    reply = answer_intent("chart", {"year": "2016"}, "kk")
    assert reply.chart == ChartSpec("parliament", (("year", "2016"),))


def test_rules_without_a_kind_ask_for_the_whatif_chart() -> None:
    reply = answer_intent("chart", {"threshold": "5", "method": "dhondt"}, "ru")
    assert reply.chart is not None
    assert reply.chart.kind == "whatif"
    assert reply.chart.param("threshold") == "5"


def test_a_whatif_nobody_passes_is_answered_in_words() -> None:
    reply = answer_intent("chart", {"chart": "whatif", "threshold": "99"}, "ru")
    assert reply.chart is None
    assert reply.headline == answer_intent("whatif", {"threshold": "99"}, "ru").headline


def test_a_metric_without_a_kind_asks_for_the_comparison() -> None:
    reply = answer_intent("chart", {"metric": "turnout"}, "kk")
    assert reply.chart == ChartSpec("compare", (("metric", "turnout"),))


def test_a_chart_the_fact_base_lacks_falls_back_to_what_it_has() -> None:
    reply = answer_intent("chart", {"chart": "turnout_regions", "year": "2016"}, "en")
    assert reply.chart == charts.canonical(ChartSpec("turnout_regions"))


@pytest.mark.parametrize(
    ("question", "kind"),
    [("диаграмма мест", "parliament"), ("нәтижелер диаграммасы", None), ("seat diagram", None)],
)
def test_questions_asking_for_a_chart_get_one(question: str, kind: str | None) -> None:
    reply = answer(question)
    assert reply.intent == "chart"
    assert reply.chart is not None
    assert kind is None or reply.chart.kind == kind


def test_command_writes_the_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p.png"
    args = ["chart", "parliament", "--year", "2023", "--lang", "kk", "--out", str(out)]
    assert bot_main(args) == 0
    assert out.read_bytes() == charts.render(ChartSpec("parliament", (("year", "2023"),)), "kk")
    assert capsys.readouterr().out.strip() == str(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["shares", "--year", "1999"], "year must be one of"),
        (["whatif", "--threshold", "lots"], "threshold must be"),
        (["whatif", "--method", "coin"], "method must be one of"),
        (["whatif", "--threshold", "99"], "no party passes"),
        ([], "name a kind"),
    ],
)
def test_command_refuses_bad_input_clearly(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bot_main(["chart", *args, "--out", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_command_says_when_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bot_main(["chart", "shares", "--out", str(tmp_path / "no" / "x.png")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_ask_json_writes_the_chart(tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("диаграмма мест\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "bot.py",
            "ask",
            "--json",
            "--batch",
            str(batch),
            "--charts-dir",
            str(tmp_path / "charts"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    record = json.loads(done.stdout)
    assert record["intent"] == "chart"
    assert Path(record["chart"]).read_bytes().startswith(b"\x89PNG")


def test_contact_sheet_has_every_kind_in_every_language(tmp_path: Path) -> None:
    assert bot_main(["chart", "--all", str(tmp_path)]) == 0
    names = {p.name for p in tmp_path.glob("*.png")}
    assert "contact-sheet.png" in names
    for kind in charts.KINDS:
        for lang in LANGS:
            assert any(n.startswith(kind) and n.endswith(f"-{lang}.png") for n in names)
