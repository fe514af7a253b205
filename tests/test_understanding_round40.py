"""Round 40 (sets T and Y's confident wrong answers by cause): a party's change asked after its
own figure stays the party's, and a Kazakh "ше" after a case ending typed apart opens a
follow-up."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer


def test_a_change_against_another_election_after_a_party_figure_is_the_party_change() -> None:
    for first, change, figure in (
        ("ак жол 2023 жылы неше орын алды", "2021 мен салыстырғанда қанша орынға кеміді", "6"),
        ("ak zhol 2023 jyly neshe oryn aldy", "2021 men salystyrganda kansha orynga kemidi", "6"),
        ("сколько мест у ак жола в 2023", "на сколько мест меньше чем в 2021", "6"),
        ("how many seats did ak zhol get in 2023", "how many seats fewer than in 2021", "6"),
        ("халық партиясы 2021 де неше орын алды", "2016 мен салыстырғанда қанша орынға көп", "3"),
    ):
        _, reply = ask_in_turn(first, change)
        assert reply.intent != "chamber_size" and figure in reply.headline, (change, reply.headline)


def test_kazakh_she_after_a_case_ending_typed_apart_opens_a_follow_up() -> None:
    for question in ("2023 те ше неше орын", "2023 te she neshe oryn"):
        _, reply = ask_in_turn("халық партиясы 2021 де неше орын алды", question)
        assert "5 орын" in reply.headline, (question, reply.headline)


def test_more_or_less_than_the_exit_poll_showed_is_the_estimate_against_the_official() -> None:
    for question, gap in (
        ("на сколько процентов ак жол получил больше чем показал экзитпол", "0,77"),
        ("how much lower was nur otan's official share than the exit poll", "0.88"),
        ("ауыл экзитполдан қанша пайызға аз алды", "0,46"),
    ):
        headline = answer(question).headline
        assert gap in headline, (question, headline)
    # asked as a yes/no, it stays one
    headline = answer("was the exit poll higher for ak zhol than the official result").headline
    assert headline.startswith("No"), headline


def test_the_exit_poll_alone_after_a_party_share_is_that_party_then_the_gap() -> None:
    for turns, gap in (
        (("nur otan share 2021", "what did the exit poll say", "gap?"), "0.88"),
        (("доля нур отана в 2021", "а что показал экзитпол", "разница?"), "0,88"),
        (("ауыл 2021 неше пайыз алды", "экзитпол қанша көрсетті", "айырмасы қанша"), "0,46"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert gap in reply.headline, (turns, reply.headline)


def test_a_follow_up_after_now_stays_now() -> None:
    for turns, figure in (
        (("how many seats does the majilis have now", "how many of them single member"), "29"),
        (("сколько сейчас мест в мажилисе", "а сколько из них одномандатных"), "29"),
        (("қазір мәжілісте неше орын бар", "оның ішінде бір мандатты округтер қанша"), "29"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert figure in reply.headline and "2023" in reply.headline, (turns, reply.headline)


def test_in_total_after_one_party_candidates_is_every_candidate() -> None:
    for turns in (
        ("сколько кандидатов выдвинул нур отан", "а всего"),
        ("how many candidates did ak zhol nominate", "and in total?"),
        ("нұр отан неше кандидат ұсынды", "ал барлығы"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert "312" in reply.headline, (turns, reply.headline)
