"""A broken copy of the fact base is refused with the file, the field and the reason."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from sailau.commands import validate
from sailau.factbase import FactBaseError, FactBaseInvalid, read_factbase
from sailau.paths import REPO_FACTS_DIR

FILES = ("sources.yaml", "parties.yaml", "regions.yaml", "institutions.yaml", "elections")
E21 = "elections/kz-2021.yaml"


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    """A private copy of the shipped fact base to break."""
    for name in FILES:
        source, target = REPO_FACTS_DIR / name, tmp_path / name
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    return tmp_path


def edit(root: Path, file: str, old: str, new: str) -> None:
    """Replace the first occurrence of `old` (which must exist) in one file of the copy."""
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors_of(root: Path) -> list[FactBaseError]:
    with pytest.raises(FactBaseInvalid) as caught:
        read_factbase(root)
    return caught.value.errors


def find(errors: list[FactBaseError], file: str, field: str, reason: str) -> FactBaseError:
    matches = [e for e in errors if e.file == file and e.field == field and reason in e.reason]
    assert matches, f"no {file}: {field}: ...{reason}... in:\n" + "\n".join(map(str, errors))
    return matches[0]


BREAKAGES = [
    pytest.param(
        E21,
        "votes: 792828",
        "votes: 892828",
        E21,
        "results[1].percent",
        "10.95 does not match 892,828 / 7,241,562 = 12.33%",
        id="changed-vote-count",
    ),
    pytest.param(
        E21,
        "votes: 792828",
        "votes: 892828",
        E21,
        "participation.party_votes.value",
        "differs from the sum of party votes, 7,341,562",
        id="votes-not-summing",
    ),
    pytest.param(
        E21,
        "11919241\n    status: final\n    sources: [AT-final21, SPK-seats, ZAKON-qagro]\n",
        "11919241\n    status: final\n",
        E21,
        "participation.registered.sources",
        "Field required",
        id="missing-source",
    ),
    pytest.param(
        E21,
        "    sources: [WP21]\n",
        "    sources: [WP99]\n",
        E21,
        "system.majority.sources[0]",
        "unknown source id 'WP99'",
        id="unknown-source-id",
    ),
    pytest.param(
        "parties.yaml",
        "en: [ak zhol, ",
        "en: [nur otan, ak zhol, ",
        "parties.yaml",
        "parties.ak_zhol.aliases",
        "alias 'nur otan' also names 'nur_otan'",
        id="duplicated-alias",
    ),
    pytest.param(
        "parties.yaml",
        "ru: [ак жол, ",
        "ru: [Нур  Отан, ак жол, ",
        "parties.yaml",
        "parties.ak_zhol.aliases",
        "alias 'нур отан' also names 'nur_otan'",
        id="duplicated-alias-after-normalisation",
    ),
    pytest.param(
        E21,
        "convocation: 7\n",
        "convocation: [7\n",
        E21,
        "line 11",
        "malformed YAML",
        id="malformed-yaml-with-line",
    ),
    pytest.param(
        E21,
        "year: 2021\n",
        "year: 2021\nyear: 2022\n",
        E21,
        "line 7",
        "found duplicate key 'year'",
        id="duplicate-key",
    ),
    pytest.param(
        "parties.yaml",
        "en: Auyl}",
        "en: false}",
        "parties.yaml",
        "parties.auyl.names[0].name.en",
        "valid string",
        id="boolean-as-a-name",
    ),
    pytest.param(
        E21,
        'percent: "71.09"',
        "percent: 71.09",
        E21,
        "results[0].percent",
        "write decimals as quoted strings",
        id="unquoted-float-percent",
    ),
    pytest.param(
        E21,
        "list_seats: 76\n",
        "list_seats: 77\n",
        E21,
        "system.list_seats",
        "98 differs from the sum of the parties' list seats, 99",
        id="seats-not-summing",
    ),
    pytest.param(
        E21,
        "list_seats: 76\n",
        "list_seats: 77\n",
        E21,
        "results[0].seats",
        "76 is not list seats 77 + district seats 0",
        id="list-plus-district-seats",
    ),
    pytest.param(
        E21,
        'value: "63.25"',
        'value: "63.52"',
        E21,
        "participation.turnout.value",
        "63.52 does not match 7,539,280 / 11,919,241 = 63.25%",
        id="wrong-turnout",
    ),
    pytest.param(
        E21,
        'change: {seats: -8, points: "-11.11", from_seats: 84,',
        'change: {seats: -7, points: "-11.11", from_seats: 83,',
        E21,
        "results[0].change.from_seats",
        "2016 gives 84 seats",
        id="wrong-change-vs-2016",
    ),
    pytest.param(
        E21,
        "change: {seats: 5,",
        "change: {seats: 6,",
        E21,
        "results[1].change.seats",
        "+6 is not 12 - 7",
        id="change-not-the-difference",
    ),
    pytest.param(
        E21,
        'date: "2020-11-05"',
        'date: "2020-11-30"',
        E21,
        "timeline[2].date",
        "2020-11-10 is before the previous event (2020-11-30)",
        id="dates-out-of-order",
    ),
    pytest.param(
        E21,
        '- date: "2021-03-26"\n    kind: observer_report',
        '- date: "2023-03-26"\n    kind: x',
        E21,
        "timeline[15].date",
        "more than a year from election day",
        id="date-out-of-bounds",
    ),
    pytest.param(
        E21,
        'date: "2021-01-10"',
        'date: "2021-02-30"',
        E21,
        "date",
        "not a calendar date",
        id="impossible-date",
    ),
    pytest.param(
        E21,
        "party: auyl",
        "party: aul",
        E21,
        "results[3].party",
        "unknown party id 'aul'",
        id="unknown-party-id",
    ),
    pytest.param(
        E21,
        "region: akmola",
        "region: aqmola",
        E21,
        "regional_turnout.rows[0].region",
        "unknown region id 'aqmola'",
        id="unknown-region-id",
    ),
    pytest.param(
        E21,
        "    kk: 2021 жылы отандық",
        "    xx: 2021 жылы отандық",
        E21,
        "unknown.domestic_observers.kk",
        "Field required",
        id="missing-kazakh-translation",
    ),
    pytest.param(
        E21,
        "    ru: Сколько было отечественных",
        '    ru: "  "\n    xx: Сколько было',
        E21,
        "unknown.domestic_observers.ru",
        "at least 1 character",
        id="empty-russian-translation",
    ),
    pytest.param(
        E21,
        "    votes: 5148074\n",
        "    votes: 5148074\n    votez: 1\n",
        E21,
        "results[0].votez",
        "unknown field",
        id="extra-unknown-field",
    ),
    pytest.param(
        E21,
        "value: 297718",
        "value: 297719",
        E21,
        "participation.invalid_ballots.value",
        "differs from ballots minus valid votes",
        id="non-party-ballots",
    ),
    pytest.param(
        E21,
        "value: 54\n",
        "value: 55\n",
        E21,
        "system.majority.value",
        "55 is not a bare majority of 107 (54)",
        id="wrong-majority",
    ),
    pytest.param(
        E21,
        'percent: "7"',
        'percent: "3"',
        E21,
        "results[0].list_seats",
        "76 differs from the 70 that the election's rules give",
        id="official-allocation-not-reproduced",
    ),
    pytest.param(
        "sources.yaml",
        "    authority: OBS\n",
        "    authority: OBSERVER\n",
        "sources.yaml",
        "sources.TREND-ODIHR.authority",
        "'OFF', 'OBS' or 'SEC'",
        id="bad-authority",
    ),
    pytest.param(
        E21,
        "  women:\n    value: 90",
        "  women:\n    value: 91",
        E21,
        "candidates.list_candidates.value",
        "312 differs from the sum of sexes, 313",
        id="candidates-not-summing",
    ),
    pytest.param(
        E21,
        "list_size: {value: 38,",
        "list_size: {value: 39,",
        E21,
        "candidates.list_candidates.value",
        "312 differs from the sum of the list sizes, 313",
        id="list-sizes-not-summing",
    ),
    pytest.param(
        E21,
        "count: 179}",
        "count: 178}",
        E21,
        "observers.from_organisations.value",
        "322 differs from the sum of organisations, 321",
        id="observers-not-summing",
    ),
    pytest.param(
        E21,
        "votes: 298}",
        "votes: 398}",
        E21,
        "apk_vote.elected[0].votes",
        "more than the 351 who voted",
        id="apk-votes-above-voters",
    ),
    pytest.param(
        E21,
        'region: akmola, values: {t2000: "72.8"',
        'region: akmola, values: {t2000: "172.8"',
        E21,
        "regional_turnout.rows[0].values.t2000",
        "172.8 is not a percentage",
        id="turnout-above-100",
    ),
    pytest.param(
        "institutions.yaml",
        "        seats: 107\n",
        "        seats: 108\n",
        "institutions.yaml",
        "institutions.majilis.periods[0].seats",
        "108 differs from the 107 seats of 2016",
        id="chamber-size-vs-election",
    ),
    pytest.param(
        "elections/kz-2023.yaml",
        "    votes: 693938\n",
        "    votes: 293938\n",
        "elections/kz-2023.yaml",
        "results[2].votes",
        "results must be listed by votes, most first",
        id="results-not-ranked",
    ),
    pytest.param(
        "elections/kz-2023.yaml",
        "previous: kz-2021",
        "previous: kz-2019",
        "elections/kz-2023.yaml",
        "previous",
        "unknown election 'kz-2019'",
        id="unknown-previous-election",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "err_file", "err_field", "reason"), BREAKAGES)
def test_breakage_is_reported_precisely(
    facts: Path, file: str, old: str, new: str, err_file: str, err_field: str, reason: str
) -> None:
    edit(facts, file, old, new)
    find(errors_of(facts), err_file, err_field, reason)


def test_missing_file_is_named(facts: Path) -> None:
    (facts / "regions.yaml").unlink()
    find(errors_of(facts), "regions.yaml", "(file)", "file is missing")


def test_election_id_must_match_file_name(facts: Path) -> None:
    (facts / E21).rename(facts / "elections/kz-2020.yaml")
    find(errors_of(facts), "elections/kz-2020.yaml", "id", "'kz-2021' differs from the file name")


def test_the_shipped_facts_have_no_errors() -> None:
    assert read_factbase(REPO_FACTS_DIR).elections


def test_invalid_message_lists_file_field_reason(facts: Path) -> None:
    edit(facts, E21, "value: 54\n", "value: 55\n")
    with pytest.raises(FactBaseInvalid) as caught:
        read_factbase(facts)
    assert f"{E21}: system.majority.value: 55 is not a bare majority" in str(caught.value)


def run_validate(root: Path | None) -> int:
    parser = argparse.ArgumentParser()
    validate.configure(parser)
    return validate.main(parser.parse_args([] if root is None else [str(root)]))


def test_validate_command_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_validate(None) == 0
    assert capsys.readouterr().out.startswith("OK: 3 elections, 8 parties, ")


def test_validate_command_reports_errors(facts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(facts, E21, "votes: 792828", "votes: 892828")
    assert run_validate(facts) == 1
    err = capsys.readouterr().err
    assert f"{E21}: results[1].percent: 10.95 does not match" in err
    assert "Traceback" not in err


def test_validate_command_missing_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_validate(tmp_path / "nope") == 2
    assert "not a directory" in capsys.readouterr().err
