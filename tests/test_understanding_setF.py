"""Set F's failure classes (issue 12, docs/understanding.md): yes/no on events and on running,
fractions, lists vs the voter roll, a party in a region, the capitals, personal questions and
the follow-ups set F showed, each in phrasings of our own (typos, Latin, Kazakh endings)."""

from __future__ import annotations

import pytest
from reply_checks import NO, YES
from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    ("question", "lang", "yes", "figure"),
    [
        ("протесты в день голосования были?", "ru", True, "30"),
        ("did police detain anyone on voting day", "en", True, "30"),
        ("сайлау күні ұсталғандар болды ма", "kk", True, "30"),
        ("жсдп 2021 сайлауына қатысты ма", "kk", False, "2016"),
        ("did osdp take part in 2021 at all", "en", False, "2016"),
        ("does the osce call this vote competitive?", "en", False, "competitive"),
        ("еқыұ бақылаушылары сайлауды бәсекелі деп атады ма", "kk", False, "ЕҚЫҰ"),
        ("правда ли что в шымкенте явка выше двух третей", "ru", False, "56,5"),
        ("turnout in almaty under a quarter?", "en", False, "30.3"),
        ("алматыда келу үштен бірінен аз ба", "kk", True, "30,3"),
    ],
)
def test_a_yes_no_leads_with_its_verdict(question: str, lang: str, yes: bool, figure: str) -> None:
    reply = answer(question)
    text = render.text(reply)
    assert text.startswith((YES if yes else NO)[lang]), text
    assert figure in text


def test_protests_the_facts_do_not_hold_get_no_guessed_no() -> None:
    reply = answer("were there protests after the 2023 vote?")
    assert not render.text(reply).startswith(("No", "Yes"))


@pytest.mark.parametrize(
    ("question", "intent", "figure"),
    [
        ("скока людей в списке ак жола", "party_list", "38"),
        ("nur otan tiziminde kansha adam boldy", "party_list", "126"),
        ("тізімдегі сайлаушылар қанша", "registered_voters", "919"),
        ("how many party list candidates did the cec register in 2021", "candidates", "312"),
        ("partiya tizimderinde neshe ayel boldy", "women", "90"),
    ],
)
def test_a_list_is_a_party_list_unless_voters_are_on_it(
    question: str, intent: str, figure: str
) -> None:
    reply = answer(question)
    assert reply.intent == intent and figure in render.text(reply)


@pytest.mark.parametrize(
    "question",
    [
        "сколько голосов ак жол набрал в мангистауской области",
        "ақтөбе облысында нұр отанға қанша адам дауыс берді",
        "how many people voted for auyl in shymkent",
    ],
)
def test_a_party_in_a_region_is_not_held(question: str) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.UNKNOWN
    assert "792" not in render.text(reply) and "5 148" not in render.text(reply)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("а какая явка была в столице?", "45,1"),
        ("елордада 2023 жылы келу қанша", "42,91"),
        ("turnout in the capital 2021", "45.1"),
        ("явка в южной столице", "30,3"),
    ],
)
def test_the_capitals_are_places(question: str, figure: str) -> None:
    reply = answer(question)
    assert reply.intent == "turnout_region" and figure in render.text(reply)


@pytest.mark.parametrize(
    "question",
    [
        "сколько лет назарбаеву",
        "токаев қайда туылған",
        "how old is president tokayev",
        "где родился мамин",
        "какая столица казахстана",
    ],
)
def test_personal_questions_are_off_topic(question: str) -> None:
    assert answer(question).kind is ReplyKind.OFF_TOPIC


def test_an_adjective_names_the_peoples_party() -> None:
    _, seats, share = ask_in_turn("ак жол сколько мандатов", "а у народной?", "а в процентах")
    assert seats.intent == "party_seats" and "10" in seats.headline
    assert share.intent == "party_share" and "9,10" in share.headline


def test_a_party_after_a_whatif_keeps_its_settings() -> None:
    _, _, otan = ask_in_turn(
        "если бы барьер был 5%, сколько мест у ауыла", "а при 3?", "а нур отан?"
    )
    assert otan.intent == "whatif" and "70" in render.text(otan)


def test_a_change_after_the_first_election_is_to_the_next() -> None:
    _, _, drop = ask_in_turn("turnout in 2021?", "what about 2016", "how much did it fall")
    assert "13.87" in render.text(drop)


def test_a_party_after_a_region_is_not_held() -> None:
    _, otan = ask_in_turn("явка в актобе", "а нур отан там сколько голосов взял")
    assert otan.kind is ReplyKind.UNKNOWN


def test_a_duration_of_the_kettling() -> None:
    reply = answer("скока часов протестующих держали на морозе в алматы")
    assert "9" in render.text(reply) and reply.kind is ReplyKind.ANSWER
