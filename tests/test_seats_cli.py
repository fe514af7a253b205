"""`bot.py seats`: the command-line calculator, single runs and batch mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bot


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = bot.main(["seats", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_custom_election_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--seats", "8", "--method", "dhondt", "--json",
        "--votes", "A=100000", "B=80000", "C=30000", "D=20000",
    )  # fmt: skip
    result = json.loads(out)
    assert code == 0
    assert result["seats"] == {"A": 4, "B": 3, "C": 1, "D": 0}
    assert result["ties"] == []
    assert result["method"] == "dhondt"


def test_tie_is_listed_explicitly(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--seats", "3", "--json", "--votes", "A=1", "B=1", "--method", "dhondt"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert json.loads(out)["ties"] == [{"parties": ["A", "B"], "seats": 1}]


def test_stored_election_with_one_change(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--election", "kz-2021", "--threshold", "5", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["seats"] == {"nur_otan": 72, "ak_zhol": 11, "ppk": 9, "auyl": 6, "adal": 0}
    assert result["official"]["nur_otan"] == 76
    assert (result["threshold"], result["threshold_base"]) == ("5", "ballots")


def test_stored_election_text_names_rules_and_changes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--election", "kz-2021", "--threshold", "3", "--explain")
    assert code == 0
    assert "Hare quota and largest remainders" in out
    assert "3% or more of all ballots cast" in out
    assert "Auyl: 5 (official 0, +5)" in out
    assert "The last seat goes to" in out


def test_explain_as_json_has_the_quota_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--election", "kz-2021", "--explain", "--json")
    explanation = json.loads(out)["explanation"]
    assert code == 0
    assert explanation["quota_exact"] == "6599921/98"
    assert [r["whole"] for r in explanation["rows"][:3]] == [76, 11, 9]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--seats", "3", "--votes", "A=-1", "B=3"], "at least 0"),
        (["--seats", "0", "--votes", "A=1"], "at least 1"),
        (["--seats", "3", "--method", "borda", "--votes", "A=1"], "unknown method 'borda'"),
        (["--seats", "3", "--method", "imperiali_quota", "--votes", "A=5", "B=5"], "more than"),
        (["--seats", "3", "--votes", "A"], "NAME=COUNT"),
        (["--seats", "3", "--votes", "A=x"], "whole number"),
        (["--seats", "3", "--threshold", "120", "--votes", "A=1"], "between 0 and 100"),
        (["--election", "kz-1999"], "no election"),
        (["--votes", "A=1"], "give --seats"),
    ],
)
def test_bad_input_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code != 0
    assert out == ""
    assert err.startswith("error: ") and message in err
    assert "Traceback" not in err


def test_batch_one_object_per_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lines = [
        {"votes": {"A": 100000, "B": 80000, "C": 30000, "D": 20000}, "seats": 8},
        {"votes": {"A": 700, "B": 9300}, "seats": 10, "method": "hare", "threshold": 7},
        {"votes": {"A": 10, "B": 10}, "seats": 3, "method": "sainte_lague", "threshold": 3.5},
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    code, out, _ = run(capsys, "--batch", str(batch), "--json")
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["seats"] for r in results] == [
        {"A": 3, "B": 3, "C": 1, "D": 1},  # the default method is hare
        {"A": 1, "B": 9},  # A has exactly 7 %: it passes
        {"A": 1, "B": 1},
    ]
    assert results[2]["ties"] == [{"parties": ["A", "B"], "seats": 1}]


def test_batch_reports_bad_lines_and_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"votes": {"A": 5}, "seats": 0}\nnot json\n{"votes": {"A": 5}, "seats": 2}\n')
    code, out, _ = run(capsys, "--batch", str(batch), "--json")
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert "at least 1" in results[0]["error"]
    assert "line 2: not a JSON object" in results[1]["error"]
    assert results[2]["seats"] == {"A": 2}


@pytest.mark.parametrize(
    ("rule", "ak_zhol"),
    [("admitted", 8), ("min_seats", 8), ("coefficient", 6)],
)
def test_sole_qualifier_readings_on_a_stored_election(
    capsys: pytest.CaptureFixture[str], rule: str, ak_zhol: int
) -> None:
    # 2016 at 80 %: only Nur Otan passes; Ak Zhol, the runner-up, takes part. Hare over both:
    # 98 * 540406 / 6724163 = 7.88 -> 8; with the 0.7 coefficient 5.51 -> 5 + 1 remainder seat.
    argv = ["--election", "kz-2016", "--threshold", "80", "--sole-rule", rule, "--json"]
    code, out, _ = run(capsys, *argv)
    result = json.loads(out)
    assert code == 0
    assert result["admitted"] == ["ak_zhol"]
    assert result["seats"]["ak_zhol"] == ak_zhol
    assert result["seats"]["nur_otan"] == 98 - ak_zhol
    assert f"sole_rule:{rule}" in result["notes"]
