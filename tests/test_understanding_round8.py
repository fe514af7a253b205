"""Round 8's failure classes (issue 12, docs/understanding.md): two different measures of one
subject in one message, an extreme of turnout in Kazakh with "қатысу", a party's change across
its two names, "members" after the APK, founding dates (not held), each in phrasings of our own
(typos, Latin, Kazakh endings)."""

from __future__ import annotations

import pytest
from reply_checks import answered
from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # a later clause with no measure of its own keeps the first's party
        ("амнат 2023те партиялык тизиммен канша мандат алды, жалпы саны нешеу", ("40", "62")),
        # a clause whose only measure is its narrowing's word ("by list") asks the seats
        ("аманаттың 2023 жылғы тізім бойынша нешеу, ал барлық орны қанша", ("40", "62")),
        ("skolko mest u amanata po spiskam v 2023, a skolko vsego", ("40", "62")),
        # each clause's narrowing reaches the reply
        ("how many female and how many male candidates were on party lists", ("90", "222")),
        ("сколько женщин и сколько мужчин было в партийных списках", ("90", "222")),
        # a row asked for two elections is not compared as the Mäjilis' size
        ("what was the size of the senate in 2021 and in 2023", ("49", "50")),
        ("сенатта 2023 жылдан бері неше адам бар, қаншасын президент тағайындайды", ("50", "10")),
        # "how many did X win" after another measure: X's seats
        ("2023 жылы неше бір мандатты округ болды, аманат нешесін ұтты", ("29", "22")),
        ("how many single member districts in 2023 and how many did amanat win", ("29", "22")),
        # votes to the parties are their total
        ("қанша бюллетень берілді, ал партияларға қанша дауыс берілді", ("7 539 280", "7 241 562")),
    ],
)
def test_two_measures_of_one_subject_in_one_message(
    question: str, figures: tuple[str, ...]
) -> None:
    text = answered(question)
    assert all(f in text for f in figures), text


def test_the_senate_in_two_years_is_not_the_majilis() -> None:
    text = render.text(answer("senate size in 2021 and 2023"))
    assert "49" in text and "50" in text and "107" not in text


@pytest.mark.parametrize(
    "question",
    [
        "облыстар ішінде ең жоғары және ең төмен қатысу қандай болды",
        "ен жогары мен ен томен катысу кай облыста",
    ],
)
def test_an_extreme_with_qatysu_is_turnout(question: str) -> None:
    reply = answer(question)
    text = render.text(reply)
    assert reply.intent == "turnout_extremes", (reply.intent, text)
    assert "75,5" in text and "30,3" in text


@pytest.mark.parametrize(
    "question",
    [
        "how much did amanat's vote share fall compared with nur otan",
        "насколько упала доля аманата по сравнению с нур отаном в 2021",
        "аманаттың үлесі нұр отанмен салыстырғанда қанша пайызға азайды",
    ],
)
def test_a_change_across_a_partys_two_names(question: str) -> None:
    text = render.text(answer(question))
    assert "17.19" in text or "17,19" in text, text


def test_a_name_the_default_election_ran_under_is_that_election() -> None:
    text = render.text(answer("how many more seats did the ppk get than the communists in 2016"))
    assert "10" in text and "7" in text and "2023" not in text.split("\n")[0]


@pytest.mark.parametrize(
    ("about", "members", "figure"),
    [
        ("when did the assembly of people elect its deputies", "how many members took part", "351"),
        ("когда ассамблея народа избрала депутатов", "а сколько членов голосовало", "351"),
        ("халық ассамблеясы депутаттарды қашан сайлады", "неше мүшесі дауыс берді", "351"),
    ],
)
def test_members_after_the_apk_are_its_members(about: str, members: str, figure: str) -> None:
    _, counted = ask_in_turn(about, members)
    assert figure in render.text(counted) and counted.intent != "chamber_size"


def test_members_alone_are_the_majilis() -> None:
    assert answer("how many members does the majilis have").intent == "chamber_size"


@pytest.mark.parametrize(
    "question",
    ["when was auyl party founded", "ак жол когда основали", "ауыл партиясы қашан құрылды"],
)
def test_founding_dates_are_not_held(question: str) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.UNKNOWN, render.text(reply)


def test_the_party_founded_after_a_party_question_is_not_held() -> None:
    _, founded = ask_in_turn("сколько мест у ауыла в 2021", "а когда эту партию создали")
    assert founded.kind is ReplyKind.UNKNOWN, render.text(founded)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("сколько казахстанцев голосовало за рубежом в 2021", None),
        ("токаев когда вступил в должность президента", "2019"),
        ("2021 жылғы сайлау тәуелсіздіктен бергі нешінші сайлау", "сегізінші"),
    ],
)
def test_held_facts_reached_and_the_rest_said_not_held(question: str, figure: str | None) -> None:
    reply = answer(question)
    if figure is None:
        assert reply.kind is ReplyKind.UNKNOWN, render.text(reply)
    else:
        assert reply.kind is ReplyKind.ANSWER and figure in render.text(reply)
