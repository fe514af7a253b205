"""Round 55 (set AO): a percent of a figure the user gives and the price of a thing are
off-topic, not a seat calculation or the results; a what-if over "the list seats" is the seat
calculator's own allocation, with no "no separate figure" note before it."""

from __future__ import annotations

from reply_checks import no_figure, plain, said_plainly
from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import ReplyKind


def test_a_percent_of_a_figure_given_is_a_sum_not_a_seat_calculation() -> None:
    no_figure(
        ReplyKind.OFF_TOPIC,
        "посчитай 12% от 350000",
        "сколько будет 20 процентов от 4500",
        "calculate 12% of 350000",
        "what is 20 percent of 4500",
        "350000 нан 12 пайызы канша",
        "4500-дің 20%-ы қанша болады",
    )


def test_a_percent_of_a_year_or_of_a_word_stays_a_question_of_the_elections() -> None:
    for question, figure in (
        ("если барьер 5% от 2021 года как бы распределились места", "2021"),
        ("5% от бюллетеней 2021 это сколько голосов", "2021"),
    ):
        reply = answer(question)
        assert reply.kind is not ReplyKind.OFF_TOPIC and reply.figures, (
            question,
            said_plainly(reply),
        )
        assert figure in said_plainly(reply), (question, said_plainly(reply))


def test_the_price_of_a_thing_in_kazakhstan_is_off_topic() -> None:
    no_figure(
        ReplyKind.OFF_TOPIC,
        "сколько стоит молоко в казахстане",
        "сколько стоит аренда квартиры в казахстане",
        "how much does milk cost in kazakhstan",
        "қазақстанда сүттің құны қанша",
    )


def test_the_cost_of_the_elections_stays_in_scope() -> None:
    for question in (
        "сколько стоили выборы в казахстане налогоплательщикам",
        "сколько денег потратили на выборы",
        "how much did kazakhstan spend on the election",
        "сайлаудың құны қанша болды",
    ):
        reply = answer(question)
        assert reply.kind is not ReplyKind.OFF_TOPIC, (question, said_plainly(reply))


def test_a_what_if_over_the_list_seats_is_the_calculators_allocation_with_no_note() -> None:
    for question, seats, note in (
        ("if the threshold in 2023 were 7%, how would the 69 list seats go", "46", "no separate"),
        ("what if dhondt in 2023 for party list seats, amanat how many", "AMANAT", "no separate"),
        ("при барьере 7% в 2023 как бы поделили 69 мест по партийным спискам", "46", "в таком"),
        ("сколько из 69 мест по спискам получил бы аманат при барьере 7% в 2023", "46", "в таком"),
        ("2023 жылы шек 7 пайыз болса тізім бойынша 69 орын қалай бөлінер еді", "46", "бөлек"),
    ):
        said = said_plainly(answer(question))
        assert seats in said and note not in said, (question, said)


def test_a_greeting_before_who_won_answers_the_winner() -> None:
    for question, winner in (
        ("hello, who won in 2016", "Nur Otan"),
        ("здравствуйте, кто выиграл выборы 2016", "Нур Отан"),
        ("сәлеметсіз бе, 2016 жылы кім жеңді", "Нұр Отан"),
        ("salem 2016 kim zhendi", "Нұр Отан"),
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.ANSWER and winner in reply.headline, (
            question,
            said_plainly(reply),
        )


def test_going_to_parliament_is_passing_the_threshold() -> None:
    for question, verdict in (
        ("only two party went to parliament in 2021?", "No"),
        ("did ppk go to parliament in 2023", "Yes"),
        ("how many party go to the parliament in 2023", "six"),
    ):
        headline = answer(question).headline
        assert headline.startswith(verdict) or verdict in headline, (question, headline)


def test_whether_there_will_be_early_elections_is_a_forecast_refused() -> None:
    no_figure(
        ReplyKind.REFUSAL,
        "will there be snap elections next year",
        "is there going to be an early election",
        "будут ли внеочередные выборы в мажилис",
    )
    assert answer("was the 2023 election early").headline.startswith("Yes")


def test_which_party_i_should_support_is_advice_refused() -> None:
    no_figure(
        ReplyKind.REFUSAL, "which party i should support", "what party should i support in 2023"
    )


def test_national_observers_are_the_domestic_ones_not_held() -> None:
    for question in (
        "сколько национальных наблюдателей было на выборах 2021",
        "2021 сайлауында ұлттық бақылаушылар қанша болды",
        "how many national observers were at the 2021 election",
    ):
        said = said_plainly(reply := answer(question))
        assert reply.kind is ReplyKind.UNKNOWN and "398" not in said, (question, said)


def test_what_the_assembly_of_people_is_names_it_and_its_nine_deputies() -> None:
    for question in (
        "what is the assembly of people of kazakhstan",
        "что такое ассамблея народа казахстана",
        "қазақстан халқы ассамблеясы деген не",
    ):
        said = said_plainly(reply := answer(question))
        assert reply.kind is ReplyKind.ANSWER and "9" in said, (question, said)


def test_the_one_before_is_the_previous_election() -> None:
    for first, then, figure in (
        ("turnout in 2021", "and the one before?", "77.12"),
        ("when was the 2021 election", "and the one before that", "2016"),
    ):
        reply = ask_in_turn(first, then)[-1]
        assert figure in plain(reply.headline), (then, reply.headline)
