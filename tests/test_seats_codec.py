"""The seat codec: one reading of options, batch lines and query parameters, one JSON out."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

import bot
from sailau.seats.codec import (
    Names,
    ParameterError,
    allocation_to_json,
    json_name,
    option_name,
    param_name,
    query_from_json,
    query_from_params,
)
from sailau.seats.kazakh import SoleQualifierRule
from sailau.seats.thresholds import Base


def test_params_and_json_read_the_same_question() -> None:
    from_params = query_from_params(
        [("election", "kz-2021"), ("method", "dhondt"), ("threshold", "5"), ("seats", "120")]
    )
    from_json = query_from_json(
        {"election": "kz-2021", "method": "dhondt", "threshold": 5, "seats": 120}
    )
    assert from_params == from_json
    assert from_json.threshold == Fraction(1, 20)


def test_votes_as_repeated_params_or_an_object() -> None:
    params = query_from_params([("votes", "A=5_000"), ("votes", "B=1,200"), ("seats", "3")])
    assert params.votes == {"A": 5000, "B": 1200}
    assert params == query_from_json({"votes": {"A": 5000, "B": 1200}, "seats": 3})


def test_every_field_is_typed() -> None:
    query = query_from_params(
        [
            ("votes", "A=10"),
            ("seats", "4"),
            ("threshold_base", "ballots"),
            ("ballots", "12"),
            ("strict", "true"),
            ("sole_rule", "coefficient"),
        ]
    )
    assert query.threshold_base is Base.BALLOTS
    assert (query.ballots, query.strict) == (12, True)
    assert query.sole_rule is SoleQualifierRule.COEFFICIENT


@pytest.mark.parametrize(
    ("pairs", "parameter", "message"),
    [
        ([("seats", "x")], "seats", "seats must be a whole number, not 'x'"),
        ([("seats", "0")], "seats", "at least 1"),
        ([("seats", "1001")], "seats", "at most 1,000"),
        ([("seats", "9" * 30)], "seats", "whole number"),
        ([("method", "borda")], "method", "unknown method 'borda'; known: hare,"),
        ([("threshold", "x")], "threshold", "percentage like 5"),
        ([("threshold", "101")], "threshold", "between 0 and 100"),
        ([("threshold_base", "votes")], "threshold_base", "unknown threshold base 'votes'"),
        ([("sole_rule", "none")], "sole_rule", "unknown sole rule"),
        ([("strict", "maybe")], "strict", "true or false"),
        ([("ballots", "-5")], "ballots", "at least 0"),
        ([("votes", "A")], "votes", "NAME=COUNT"),
        ([("votes", "A=1"), ("votes", "A=2")], "votes", "given twice"),
        ([("votes", "A=-1")], "votes", "votes for A must be a whole number of at least 0"),
        ([("votes", f"{'x' * 101}=1")], "votes", "1 to 100 characters"),
        ([("votes", f"P{i}=1") for i in range(101)], "votes", "at most 100 parties"),
        ([("threshold", "5"), ("threshold", "7")], "threshold", "given more than once"),
        ([("treshold", "5")], "treshold", "unknown parameter treshold"),
        ([("election", " ")], "election", "must be a name"),
    ],
)
def test_bad_params_name_the_parameter(
    pairs: list[tuple[str, str]], parameter: str, message: str
) -> None:
    with pytest.raises(ParameterError, match=message) as caught:
        query_from_params(pairs).scenario()
    assert caught.value.parameter == parameter


def test_unknown_election_lists_the_known_ones() -> None:
    with pytest.raises(ParameterError, match=r"no election 'kz-1999'.*known: kz-2016") as caught:
        query_from_params([("election", "kz-1999")]).scenario()
    assert caught.value.parameter == "election"


@pytest.mark.parametrize(
    ("names", "written"),
    [(option_name, "give --seats and --votes"), (json_name, 'give "seats" and "votes"')],
)
def test_each_front_end_spells_names_its_way(names: Names, written: str) -> None:
    with pytest.raises(ParameterError, match=written):
        query_from_json({"votes": {"A": 1}}, names).scenario()
    assert param_name("threshold_base") == "threshold_base"


def test_the_json_is_the_command_lines(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["seats", "--election", "kz-2023", "--method", "adams", "--threshold", "3", "--json"]
    assert bot.main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    scenario = query_from_json({"election": "kz-2023", "method": "adams", "threshold": 3})
    built = scenario.scenario()
    assert printed == allocation_to_json(built, built.allocate())


def test_batch_lines_may_start_from_a_stored_election(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"election": "kz-2021", "threshold": 5, "method": "dhondt"}\n')
    assert bot.main(["seats", "--batch", str(batch), "--json"]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["method"] == "dhondt"
    assert line["official"]["nur_otan"] == 76
