"""The `chart` intent: a Reply carrying a ChartSpec, its figures as text, and other charts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import main as bot_main
from sailau import charts
from sailau.answers import charts as charts_answer
from sailau.answers.registry import Query
from sailau.pipeline import answer, answer_intent, engine
from sailau.reply import LANGS, ChartSpec, Lang, Reply

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
    assert reply.chart == charts.canonical(ChartSpec("compare", (("metric", "turnout"),)))


def test_regional_turnout_of_a_year_without_it_shows_turnout_by_election_and_says_so() -> None:
    reply = answer_intent("chart", {"chart": "turnout_regions", "year": "2016"}, "en")
    assert reply.chart == charts.canonical(ChartSpec("compare", (("metric", "turnout"),)))
    assert "no turnout by region for 2016" in reply.details[0]


SLOTS_TO_CHART = [
    ({"chart": "seats_votes", "year": "2016"}, "seats_votes", {"year": "2016"}),
    ({"chart": "seats_votes", "year": "2021"}, "seats_votes", {"year": "2021"}),
    ({"chart": "seats_votes", "year": "2023"}, "seats_votes", {"year": "2023"}),
    ({"year": "2016", "other_year": "2021"}, "compare", {"years": "2016,2021"}),
    ({"years": "2016,2021,2023"}, "compare", {"metric": "share"}),
    ({"chart": "compare", "year": "2023", "other_year": "2016"}, "compare", {"years": "2016,2023"}),
    ({"metric": "seats", "year": "2016", "other_year": "2021"}, "compare", {"metric": "seats"}),
    ({"metric": "share", "year": "2021"}, "shares", {"year": "2021"}),
    ({"metric": "votes", "year": "2016"}, "shares", {"year": "2016"}),
    ({"metric": "seats", "year": "2023"}, "parliament", {"year": "2023"}),
    ({"metric": "turnout", "year": "2023"}, "turnout_regions", {"year": "2023"}),
    ({"threshold": "5"}, "whatif", {"threshold": "5", "method": "hare"}),
    ({"method": "dhondt", "year": "2016"}, "whatif", {"method": "dhondt", "year": "2016"}),
    ({"threshold": "5", "seats": "120"}, "whatif", {"threshold": "5", "seats": "120"}),
    ({"chart": "whatif", "base": "party_votes"}, "whatif", {"base": "party_votes"}),
]


def chart_answer(slots: dict[str, str], lang: Lang) -> Reply:
    """The chart answer to these slots as the understanding layer hands them over (the
    pipeline keeps only slots it knows: `years`, `seats` and `base` are not among them yet)."""
    return charts_answer.chart(engine().env, Query("chart", slots, lang, 1.0))


@pytest.mark.parametrize(("slots", "kind", "params"), SLOTS_TO_CHART)
def test_every_parameter_a_request_carries_reaches_its_chart(
    slots: dict[str, str], kind: str, params: dict[str, str]
) -> None:
    reply = chart_answer(slots, "ru")
    assert reply.chart is not None
    assert reply.chart.kind == kind
    assert params.items() <= dict(reply.chart.params).items()


def test_distinct_requests_get_distinct_charts() -> None:
    specs = [chart_answer(slots, "en").chart for slots, _, _ in SLOTS_TO_CHART]
    assert len(set(specs)) == len(specs)


def test_buttons_and_commands_reach_the_same_charts() -> None:
    for slots, _, _ in SLOTS_TO_CHART:
        if {"years", "seats", "base"} & slots.keys():
            continue  # slots the pipeline does not know yet
        assert answer_intent("chart", slots, "kk").chart == chart_answer(slots, "kk").chart


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
    ("args", "spec"),
    [
        (["compare", "--years", "2016,2023"], ChartSpec("compare", (("years", "2016,2023"),))),
        (
            ["compare", "--year", "2021", "--other-year", "2016", "--metric", "seats"],
            ChartSpec("compare", (("metric", "seats"), ("years", "2016,2021"))),
        ),
        (
            ["whatif", "--threshold", "5", "--seats", "120"],
            ChartSpec("whatif", (("seats", "120"), ("threshold", "5"))),
        ),
    ],
)
def test_command_takes_every_chart_parameter(
    args: list[str], spec: ChartSpec, tmp_path: Path
) -> None:
    out = tmp_path / "c.png"
    assert bot_main(["chart", *args, "--lang", "en", "--out", str(out)]) == 0
    assert out.read_bytes() == charts.render(spec, "en")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["shares", "--year", "1999"], "year must be one of"),
        (["whatif", "--threshold", "lots"], "threshold must be"),
        (["whatif", "--method", "coin"], "method must be one of"),
        (["whatif", "--threshold", "99"], "no party passes"),
        (["whatif", "--seats", "0"], "seats must be"),
        (["compare", "--years", "2016,1999"], "years must be"),
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
