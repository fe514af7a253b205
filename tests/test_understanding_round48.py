"""Round 48 (set AH's failures by cause): "соңғы қорытынды" is the final count, registered voters
who got no ballot are the non-voters, "in absolute terms" is no term of office, "spread" and
"bottom" ask the gap between the extremes, a what-if asked with "бы" stays a yes/no for the next
party, and "for comparison" asks the question before again."""

from __future__ import annotations

from reply_checks import stated
from test_pipeline import ask_in_turn

from sailau.pipeline import answer


def test_the_last_summing_up_is_the_final_count_not_the_latest_election() -> None:
    for question in (
        "соңғы қорытынды нәтижелер қашан жарияланды",
        "сонгы корытынды нәтижелер кашан жарияланды",
        "songgy qorytyndy natizheler qashan zhariyalandy",
        "соңғы қорытындыны кім жариялады",
    ):
        reply = answer(question)
        assert reply.intent == "final_results" and "2021" in reply.headline, (question, reply)
    assert "2021" in answer("when were the final results announced").headline


def test_voters_who_got_no_ballot_are_the_non_voters() -> None:
    for question, figure in (
        ("how many registered voters didnt get a ballot in 2021", "4,379,961"),
        ("how many voters did not receive a ballot in 2021", "4,379,961"),
        ("сколько избирателей не получили бюллетени в 2021", "4\u00a0379\u00a0961"),
        ("2021 де канша сайлаушы бюллетень алмады", "4\u00a0379\u00a0961"),
    ):
        reply = answer(question)
        assert reply.intent == "non_voters" and figure in stated(reply), (question, reply)


def test_in_absolute_terms_is_no_term_of_office() -> None:
    for question in (
        "ak zhol vote gain 2016 to 2021 in absolute terms",
        "рост голосов ак жола с 2016 по 2021 в абсолютных цифрах",
        "ак жолдын дауысы 2016 дан 2021 ге дейин канша ости абсолют сандармен",
    ):
        reply = answer(question)
        assert reply.intent == "party_change", (question, reply)
        assert "252" in reply.headline, (question, reply.headline)


def test_spread_between_top_and_bottom_is_the_gap_between_the_extremes() -> None:
    for question, gap in (
        ("spread between top and bottom regional turnout in 2021", "45.2"),
        ("spread between the top and bottom regional turnout in 2023", "41.39"),
    ):
        headline = answer(question).headline
        assert gap in headline, (question, headline)


def test_a_what_if_asked_with_by_stays_a_yes_no_for_the_next_party() -> None:
    for first, then, no in (
        ("получил бы ауыл места в 2021 если бы порог был 5%", "а адал?", "Нет"),
        ("прошел бы ауыл в мажилис в 2021 при пороге 5%", "а адал", "Нет"),
        ("would auyl get seats in 2021 if the threshold were 5%", "and adal?", "No"),
        ("шек 5 пайыз болса 2021 де ауыл орын алар ма еди", "ал адал ше", "Жоқ"),
    ):
        last = ask_in_turn(first, then)[-1]
        assert last.headline.startswith(no) and "3" in last.headline, (first, then, last)


def test_for_comparison_asks_the_question_before_again() -> None:
    for turns, figure in (
        (("invalid ballots 2021", "2016 share for comparison"), "0.57"),
        (("недействительные бюллетени 2021", "доля в 2016 для сравнения"), "0,57"),
        (("2021 жарамсыз бюллетеньдер", "2016 жылғы үлесі салыстыру үшін"), "0,57"),
    ):
        last = ask_in_turn(*turns)[-1]
        assert last.intent == "invalid_ballots" and figure in stated(last), (turns, last)


def test_a_clause_that_tells_the_users_circumstances_is_not_asked() -> None:
    for question, figure in (
        (
            "всю жизнь хожу на выборы а соседка говорит что в 2021 почти никто не пришел. "
            "скажите какая была явка в 2021 году",
            "63,25",
        ),
        (
            "какая явка была в шымкенте в 2021, у нас во дворе вроде никто не ходил, хочу "
            "понять сколько на самом деле",
            "56,5",
        ),
        (
            "my grandson keeps arguing at dinner that hardly anybody showed up. what was the "
            "turnout in 2021?",
            "63.25",
        ),
        (
            "немерем үйде дауласып отыр, ешкім бармады дейді. 2021 жылы қатысу қанша болды?",
            "63,25",
        ),
    ):
        headline = answer(question).headline
        assert figure in headline, (question, headline)
    # a clause naming what the question points back at is kept: no guess without it
    assert "63" not in answer("в 2023 появилась графа против всех, а какой процент за нее").headline
    # "2016 i think it was": one word not known is no story told; the year stays
    reply = answer("how many seats did nur otan lose compared to the last election, 2016 i think")
    assert "84" in stated(reply), reply


def test_a_gender_split_is_the_women_and_the_men() -> None:
    for question, women, men in (
        ("gender split of list candidates 2021", "90", "222"),
        ("гендерный состав кандидатов в списках 2021", "90", "222"),
        ("2021 тізімдегі кандидаттардың гендерлік құрамы", "90", "222"),
    ):
        said = stated(answer(question))
        assert women in said and men in said, (question, said)


def test_a_poll_station_is_a_polling_station_not_the_exit_poll() -> None:
    reply = answer("how many poll stations were there abroad in 2021")
    assert reply.intent != "exit_poll" and "66" in stated(reply), reply
