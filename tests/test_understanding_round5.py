"""Round 5 of issue 12 (docs/understanding.md): off-topic sums and place names, and the
conversation rules it widened, each in phrasings of our own."""

from __future__ import annotations

import pytest
from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    "question",
    [
        "сколько будет 12*4",
        "what is 9 × 6",
        "12 ÷ 3 қанша",
        "когда астану переименовали в нур-султан",
    ],
)
def test_sums_and_a_city_renamed_are_off_topic(question: str) -> None:
    assert answer(question).kind is ReplyKind.OFF_TOPIC


def test_a_party_renamed_is_still_answered() -> None:
    reply = answer("когда переименовали нур отан")
    assert reply.intent == "renaming" and "Аманат" in reply.headline


def test_a_share_alone_after_a_count_asks_the_count_share() -> None:
    _, share = ask_in_turn("сколько было испорченных бюллетеней в 2021", "а в процентах?")
    assert share.intent == "invalid_ballots" and "3,95" in render.text(share)


def test_a_narrowing_follow_up_narrows_the_previous_measure() -> None:
    _, listed = ask_in_turn("нур отан сколько мест взял в 2023", "а по партийному списку?")
    assert listed.intent == "party_seats" and "40" in render.text(listed)


def test_an_organisation_counted_is_its_observers() -> None:
    _, odihr = ask_in_turn("how many international observers were there", "and how many odihr")
    assert odihr.intent == "observers" and "42" in render.text(odihr)


def test_who_of_them_keeps_the_party() -> None:
    _, leader = ask_in_turn("когда ОСДП решила бойкотировать выборы", "кто их лидер?")
    assert leader.intent == "party_leader" and "Рахимжанов" in leader.headline


def test_after_a_year_is_the_state_from_then() -> None:
    _, after = ask_in_turn("how many senators were there in 2021", "and after 2023?")
    assert "50" in after.headline


def test_nationwide_drops_the_previous_region() -> None:
    _, national = ask_in_turn("явка в шымкенте 2021", "а в целом по стране?")
    assert national.intent == "turnout" and "63,25" in national.headline


def test_seats_needed_after_a_majority_is_the_majority() -> None:
    _, needed = ask_in_turn("did amanat hold a majority in 2023", "how many seats did it need")
    assert needed.intent == "majority" and "50" in needed.headline


def test_votes_short_of_a_seat_stay_votes_needed() -> None:
    assert answer("how many votes was ak zhol short of another seat in 2021").intent == (
        "votes_needed"
    )


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("у ауыла больше голосов чем у адала?", "Да."),
        ("did adal win more votes than auyl", "No."),
        ("адал ауылдан көп дауыс алды ма", "Жоқ."),
    ],
)
def test_one_party_against_another_is_decided_between_them(question: str, yes: str) -> None:
    assert answer(question).headline.startswith(yes)


def test_the_kazakh_year_word_in_the_ablative_is_the_base() -> None:
    reply = answer("2021 жылы келу 2016 жылдан төмен болды ма")
    assert reply.headline.startswith("Иә.") and "63,25" in reply.headline


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("jaramsyz dauystar qansha 2016", "invalid_ballots"),  # j is ж in Kazakh Latin
        ("qazaqstan halqy assambleiasy neshe deputat sailady", "apk"),  # "ia" after a vowel: я
        ("2016 сайлау кай кун өтті", "election_date"),  # "қай күн" typed without Kazakh letters
        ("кто возглавляет народную партию (нпк)", "party_leader"),  # a name and its abbreviation
    ],
)
def test_spellings_and_names_read_as_meant(question: str, intent: str) -> None:
    assert answer(question).intent == intent


def test_two_digit_years_between_small_words_are_years() -> None:
    reply = answer("на сколько упала явка в 21 по сравнению с 16")
    assert "63,25" in reply.headline and "77,12" in reply.headline
