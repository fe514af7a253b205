"""Answer families: every intent in three languages, figures as the fact base has them."""

from __future__ import annotations

import re

import pytest

from sailau import render
from sailau.answers.registry import REGISTRY
from sailau.factbase import load_factbase
from sailau.pipeline import answer_intent
from sailau.reply import LANGS, Lang, Reply, ReplyKind

NBSP = "\u00a0"

# Intents answered by this package's families, each with slots that exercise it.
CASES: dict[str, dict[str, str]] = {
    "results": {},
    "winner": {},
    "passed_threshold": {},
    "exit_poll": {},
    "party_seats": {"party": "nur_otan"},
    "party_votes": {"party": "ak_zhol"},
    "party_share": {"party": "ppk"},
    "party_change": {"party": "auyl"},
    "party_leader": {"party": "nur_otan"},
    "party_list": {"party": "nur_otan"},
    "party_info": {"party": "adal"},
    "parties": {},
    "turnout": {},
    "turnout_region": {"region": "almaty_city"},
    "turnout_extremes": {},
    "registered_voters": {},
    "ballots": {},
    "invalid_ballots": {},
    "party_votes_total": {},
    "polling_stations": {},
    "regional_results": {},
    "chamber_size": {},
    "majority": {},
    "threshold": {},
    "electoral_system": {},
    "apk": {},
    "candidates": {},
    "women": {},
    "election_date": {},
    "timeline": {},
    "final_results": {},
    "speaker": {},
    "prime_minister": {},
    "observers": {},
    "osce_findings": {},
    "boycott": {},
    "protests": {},
    "context": {},
    "compare": {},
    "renaming": {},
    "institution": {"institution": "senate"},
    "help": {},
    "greeting": {},
    "thanks": {},
    "sources": {},
    "about": {},
    "bot_self": {},
    "neutrality": {},
    "prediction": {},
}

# English words that must not leak into a Kazakh or Russian reply (names are fine).
ENGLISH = re.compile(
    r"\b(the|of|and|seats?|votes?|turnout|party|parties|election|source|threshold|won)\b", re.I
)


def plain(reply: Reply) -> str:
    return render.text(reply).replace(NBSP, " ")


SOURCE_NAMES = sorted({s.name for s in load_factbase().sources.values()}, key=len, reverse=True)


def body(reply: Reply) -> str:
    """Headline, details and follow-ups: the text written by the templates and the fact base,
    without the sources' names (proper names, not prose)."""
    text = "\n".join([reply.headline, *reply.details, *(s.label for s in reply.suggestions)])
    for name in SOURCE_NAMES:
        text = text.replace(name, "")
    return text


def test_every_case_is_registered() -> None:
    assert set(CASES) <= set(REGISTRY)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", sorted(CASES))
def test_every_intent_answers_in_every_language(intent: str, lang: Lang) -> None:
    reply = answer_intent(intent, CASES[intent], lang)
    assert reply.lang == lang
    assert reply.intent == intent
    assert reply.headline.strip()
    assert "{" not in plain(reply), "unfilled placeholder"
    assert all(len(s.code().encode()) <= 64 for s in reply.suggestions), "callback data limit"
    if reply.kind is ReplyKind.ANSWER:
        assert reply.sources, "a fact answer names its sources"
    if lang != "en":
        assert not ENGLISH.search(body(reply)), body(reply)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Nur Otan won 76 seats in 2021"),
     ("ru", "В 2021 году партия «Нур Отан» получила 76 мест"),
     ("kk", "«Нұр Отан» партиясы 2021 жылы 76 орын алды")],
)  # fmt: skip
def test_party_seats_figure_first(lang: Lang, expected: str) -> None:
    reply = answer_intent("party_seats", {"party": "nur_otan"}, lang)
    assert reply.headline.startswith(expected)
    assert ("5,148,074" if lang == "en" else f"5{NBSP}148{NBSP}074") in plain(reply).replace(
        " ", NBSP
    ) or "5 148 074" in plain(reply)


def test_russian_plurals_agree_with_the_number() -> None:
    assert "12 мест" in answer_intent("party_seats", {"party": "ak_zhol"}, "ru").headline
    assert (
        "62 места"
        in answer_intent("party_seats", {"party": "nur_otan", "year": "2023"}, "ru").headline
    )
    assert "5 148 074 голоса" in plain(answer_intent("party_votes", {"party": "nur_otan"}, "ru"))


def test_numbers_and_percent_per_language() -> None:
    assert "63.25%" in answer_intent("turnout", {}, "en").headline
    assert f"63,25{NBSP}%" in answer_intent("turnout", {}, "ru").headline
    assert f"11{NBSP}919{NBSP}241 сайлаушының" in answer_intent("turnout", {}, "kk").details[0]


def test_year_slot_switches_election() -> None:
    assert (
        "84" in answer_intent("party_seats", {"party": "nur_otan", "year": "2016"}, "en").headline
    )
    reply = answer_intent("party_seats", {"party": "nur_otan", "year": "2023"}, "en")
    assert reply.headline.startswith("AMANAT won 62 seats")


def test_party_missing_from_default_year_uses_its_latest_election() -> None:
    reply = answer_intent("party_seats", {"party": "respublica"}, "en")
    assert "6 seats" in reply.headline and "2023" in reply.headline


def test_party_that_did_not_run_that_year_is_said_plainly() -> None:
    reply = answer_intent("party_seats", {"party": "osdp", "year": "2021"}, "en")
    assert reply.kind is ReplyKind.UNKNOWN
    assert "did not run" in reply.headline
    assert {dict(s.slots).get("year") for s in reply.suggestions} >= {"2016", "2023"}


def test_party_question_without_a_party_asks_which() -> None:
    reply = answer_intent("party_seats", {}, "ru")
    assert reply.kind is ReplyKind.INFO
    assert {dict(s.slots)["party"] for s in reply.suggestions} == {
        "nur_otan", "ak_zhol", "ppk", "auyl", "adal"
    }  # fmt: skip
    assert reply.context.intent == "party_seats"


@pytest.mark.parametrize("lang", LANGS)
def test_regional_party_results_are_not_held_and_regional_turnout_is_offered(lang: Lang) -> None:
    reply = answer_intent("regional_results", {}, lang)
    assert reply.kind is ReplyKind.UNKNOWN
    assert not reply.figures
    offered = {s.intent for s in reply.suggestions}
    assert {"turnout_region", "turnout_extremes"} <= offered


def test_regional_turnout_missing_for_2016_is_said() -> None:
    reply = answer_intent("turnout_region", {"region": "almaty_city", "year": "2016"}, "en")
    assert reply.kind is ReplyKind.UNKNOWN


def test_regional_turnout_is_marked_preliminary() -> None:
    reply = answer_intent("turnout_region", {"region": "almaty_city"}, "en")
    assert "30.3%" in reply.headline and "preliminary" in reply.headline


def test_turnout_extremes() -> None:
    reply = answer_intent("turnout_extremes", {}, "en")
    assert "North Kazakhstan" in reply.headline and "75.5%" in reply.headline
    assert any("30.3%" in d for d in reply.details)
    low = answer_intent("turnout_extremes", {"extreme": "lowest"}, "en")
    assert "30.3%" in low.headline


def test_threshold_and_who_passed() -> None:
    reply = answer_intent("passed_threshold", {}, "en")
    assert reply.headline.startswith("In 2021, three parties passed the 7% threshold")
    assert "Auyl 5.29%" in reply.details[0]


def test_exit_poll_is_labelled_unofficial() -> None:
    reply = answer_intent("exit_poll", {}, "en")
    assert "71.97%" in reply.headline
    assert "not official" in reply.details[0]


def test_prime_minister_vote() -> None:
    reply = answer_intent("prime_minister", {}, "en")
    assert "Askar Mamin" in reply.headline
    assert "78 for and none against, with 21 abstentions" in plain(reply)


def test_compare_two_elections() -> None:
    reply = answer_intent("compare", {"year": "2021", "other_year": "2016"}, "en")
    assert "63.25%" in reply.headline and "77.12%" in reply.headline


@pytest.mark.parametrize("intent", ["neutrality", "prediction"])
def test_neutral_refusals_carry_no_figure(intent: str) -> None:
    reply = answer_intent(intent, {}, "en")
    assert reply.kind is ReplyKind.REFUSAL
    assert not re.search(r"\d", reply.headline)


def test_followups_offer_another_year() -> None:
    reply = answer_intent("turnout", {}, "en")
    assert ("turnout", (("year", "2016"),)) in {(s.intent, s.slots) for s in reply.suggestions}
    assert all(len(s.code().encode()) <= 64 for s in reply.suggestions)


def test_forged_slots_are_dropped() -> None:
    reply = answer_intent("party_seats", {"party": "nope", "year": "1999"}, "en")
    assert reply.kind is ReplyKind.INFO  # asks which party, for the default year


@pytest.mark.parametrize("year", ["2016", "2023"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", sorted(CASES))
def test_every_intent_answers_for_the_other_elections(intent: str, lang: Lang, year: str) -> None:
    """What an election lacks is said plainly, in the asked language, never as an error."""
    reply = answer_intent(intent, {**CASES[intent], "year": year}, lang)
    assert reply.lang == lang and reply.headline.strip()
    assert "{" not in plain(reply)
    if reply.kind is ReplyKind.ANSWER:
        assert reply.sources
    if lang != "en":
        assert not ENGLISH.search(body(reply)), body(reply)
