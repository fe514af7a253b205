"""The official allocations and the fact sheet's what-ifs, reproduced from the fact base."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from sailau.factbase import FactBase, load_factbase
from sailau.facts.models import Election
from sailau.seats.kazakh import election_votes, kazakh_rule, reproduce
from sailau.seats.thresholds import Base

GOLDEN: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "data" / "seats" / "official.yaml").read_text("utf-8")
)


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load_factbase()


def stored(fb: FactBase, election_id: str) -> Election:
    if election_id not in fb.elections:
        pytest.skip(f"{election_id} is not in the fact base yet")
    return fb.election(election_id)


def expected(election: Election, seats: dict[str, int]) -> dict[str, int]:
    return {row.party: seats.get(row.party, 0) for row in election.results}


@pytest.mark.parametrize("election_id", sorted(GOLDEN["official"]))
def test_official_allocation_is_reproduced(fb: FactBase, election_id: str) -> None:
    election = stored(fb, election_id)
    allocation = reproduce(election)
    assert dict(allocation.seats) == expected(election, GOLDEN["official"][election_id])
    assert dict(allocation.seats) == {row.party: row.list_seats for row in election.results}
    assert allocation.ties == ()


@pytest.mark.parametrize("case", GOLDEN["hypothetical"], ids=lambda c: f"{c['threshold']}%")
@pytest.mark.parametrize("base", list(Base))
def test_hypothetical_thresholds(fb: FactBase, case: dict[str, Any], base: Base) -> None:
    # The sheet notes the outcome is the same on either base in 2021.
    election = stored(fb, case["election"])
    rule = kazakh_rule(election.system, share=Fraction(case["threshold"]) / 100, base=base)
    allocation = rule.evaluate(
        election_votes(election),
        election.system.list_seats,
        election.participation.ballots.value,
    )
    assert dict(allocation.seats) == expected(election, case["seats"])
