"""The shipped fact base: loading, caching, immutability and the accessors answers use."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from sailau.factbase import (
    FactBase,
    NotInFactBase,
    clear_cache,
    load_factbase,
    normalize_alias,
)
from sailau.paths import REPO_FACTS_DIR


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load_factbase()


def test_load_is_cached_per_directory(fb: FactBase) -> None:
    assert load_factbase() is fb
    assert load_factbase(REPO_FACTS_DIR) is fb


def test_env_var_picks_the_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SAILAU_FACTS_DIR", str(REPO_FACTS_DIR))
    assert load_factbase().elections
    clear_cache()
    monkeypatch.setenv("SAILAU_FACTS_DIR", str(tmp_path))
    with pytest.raises(ValueError, match=re.escape("sources.yaml: (file): file is missing")):
        load_factbase()


def test_models_are_immutable(fb: FactBase) -> None:
    row = fb.election(2021).party("nur_otan")
    with pytest.raises(ValidationError):
        row.votes = 1


@pytest.mark.parametrize("key", [2021, "2021", "kz-2021"])
def test_election_by_year_or_id(fb: FactBase, key: int | str) -> None:
    assert fb.election(key).date.isoformat() == "2021-01-10"


def test_unknown_election_party_source_region(fb: FactBase) -> None:
    for lookup, key in (
        (fb.election, 2020),
        (fb.party, "otan"),
        (fb.source, "NOPE"),
        (fb.region, "mars"),
        (fb.institution, "court"),
    ):
        with pytest.raises(NotInFactBase, match=repr(key)):
            lookup(key)  # type: ignore[operator]
    with pytest.raises(LookupError, match="did not run in 2021"):
        fb.election(2021).party("respublica")


def test_elections_oldest_first(fb: FactBase) -> None:
    assert fb.years == (2016, 2021, 2023)
    assert fb.previous(fb.election(2021)) is fb.election(2016)
    assert fb.previous(fb.election(2016)) is None


def test_2021_results(fb: FactBase) -> None:
    e = fb.election(2021)
    assert [r.party for r in e.ranked] == ["nur_otan", "ak_zhol", "ppk", "auyl", "adal"]
    ak = e.party("ak_zhol")
    assert (ak.votes, ak.percent, ak.seats) == (792828, Decimal("10.95"), 12)
    assert str(e.party("ppk").percent) == "9.10"  # published precision kept
    assert ak.change is not None and (ak.change.seats, ak.change.points) == (5, Decimal("3.77"))
    assert [e.passed(r) for r in e.ranked] == [True, True, True, False, False]
    s = e.system
    assert (s.list_seats, s.appointed_seats, s.total_seats, s.majority.value) == (98, 9, 107, 54)
    assert (s.threshold.percent, s.threshold.base) == (Decimal(7), "ballots")


def test_2021_participation(fb: FactBase) -> None:
    p = fb.election(2021).participation
    assert (p.registered.value, p.ballots.value, p.party_votes.value) == (
        11919241,
        7539280,
        7241562,
    )
    assert p.turnout.value == Decimal("63.25")
    assert p.invalid_ballots is not None and p.invalid_ballots.value == 297718
    assert p.invalid_ballots.note is not None and "ElectionGuide" in p.invalid_ballots.note.en


def test_2023_against_all_and_disputed_seats(fb: FactBase) -> None:
    e = fb.election(2023)
    assert e.participation.against_all is not None
    assert e.participation.percent_base == 6366441
    assert e.party("nur_otan").seats == 62
    osdp = e.party("osdp")
    assert osdp.seats is None and osdp.list_seats == 4 and osdp.note is not None
    assert e.system.district_seats == 29 and e.apk_vote is None


def test_party_names_follow_renamings(fb: FactBase) -> None:
    assert fb.party_name("nur_otan", 2021, "en") == "Nur Otan"
    assert fb.party_name("nur_otan", 2023, "en") == "AMANAT"
    assert fb.party_name("nur_otan", None, "kk") == "Аманат"
    assert fb.party_name("adal", 2016, "ru") == "Бирлик"
    assert fb.party_name("adal", 2021, "en") == "Adal"
    assert fb.party_name("ppk", 2016, "en") == "Communist People's Party of Kazakhstan"
    assert fb.party_name("ppk", 2021, "kk") == "Қазақстан Халық партиясы"
    assert fb.party_name("ak_zhol", 2021, "ru", full=True).startswith("Демократическая партия")


@pytest.mark.parametrize(
    ("alias", "party"),
    [
        ("Nur Otan", "nur_otan"),
        ("нурОтан", "nur_otan"),
        ("AMANAT", "nur_otan"),
        ("aq jol", "ak_zhol"),
        ("Ақ жол", "ak_zhol"),
        ("QHP", "ppk"),
        ("кнпк", "ppk"),
        ("Халық партиясы", "ppk"),
        ("народная партия", "ppk"),
        ("ауыл", "auyl"),
        ("Birlik", "adal"),
        ("бірлік", "adal"),
        ("Зелёные", "baytaq"),
    ],
)
def test_party_aliases(fb: FactBase, alias: str, party: str) -> None:
    assert fb.all_party_aliases()[normalize_alias(alias)] == party


def test_regions(fb: FactBase) -> None:
    assert fb.region_name("nur_sultan", 2021, "en") == "Nur-Sultan"
    assert fb.region_name("nur_sultan", 2023, "ru") == "Астана"
    aliases = fb.all_region_aliases()
    assert aliases["алматы"] == "almaty_city"
    assert aliases[normalize_alias("Алматинская область")] == "almaty_region"
    assert fb.region("ulytau").elections == (2023,)


def test_regional_turnout(fb: FactBase) -> None:
    regional = fb.election(2021).regional_turnout
    assert regional is not None and regional.status == "preliminary"
    latest = regional.by_region()
    assert regional.reading().time == "22:00"
    assert max(latest, key=latest.__getitem__) == "north_kazakhstan"
    assert min(latest, key=latest.__getitem__) == "almaty_city"
    assert regional.by_region("t2000")["aktobe"] == Decimal("57.7")
    assert regional.reading("t1400").national == Decimal("43.9")
    assert len(fb.election(2023).regional_turnout.by_region()) == 20  # type: ignore[union-attr]


def test_officials_and_timeline(fb: FactBase) -> None:
    e = fb.election(2021)
    (pm,) = e.officials_by_role("prime_minister")
    assert (pm.votes_for, pm.abstentions, pm.votes_against) == (78, 21, 0)
    assert e.officials_by_role("speaker")[0].person("en") == "Nurlan Nigmatulin"
    final = e.announcement("final")
    assert final is not None and final.date.isoformat() == "2021-01-12"
    kinds = [event.kind for event in e.timeline]
    assert "election_day" in kinds and "first_session" in kinds
    assert "regional_party_results" in e.unknown


def test_reply_sources(fb: FactBase) -> None:
    first, second = fb.reply_sources(["AT-final21", "SPK-seats", "AT-final21"])
    assert (first.id, first.name, first.date) == ("AT-final21", "Astana Times", "2021-01-12")
    assert first.url.startswith("https://astanatimes.com/")
    assert second.id == "SPK-seats"


def test_institutions(fb: FactBase) -> None:
    majilis = fb.institution("majilis")
    assert [p.seats for p in majilis.periods] == [107, 98]
    assert fb.institution("apk").abbr is not None


def test_every_text_is_trilingual_and_distinct_somewhere(fb: FactBase) -> None:
    """Kazakh and Russian texts are real translations, not copies of the English."""
    notes = [n.text for e in fb.elections.values() for n in e.timeline]
    assert notes and all(t.kk != t.en and t.ru != t.en for t in notes)
