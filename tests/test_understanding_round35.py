"""Round 35 (set R's failures by cause): Kazakh "қарағанда" (compared with) after a dative is no
Karaganda, a snap election named as the election asked of, "added / gained" as a change, the
voters who "didn't turn up", and follow-ups that keep what the previous question asked."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer


def _text(question: str) -> str:
    return render.text(answer(question))


def test_karaganda_after_a_dative_is_compared_with_not_the_region() -> None:
    for question in (
        "сайлауга келу 2016 ға караганда канша азайды",
        "2016-ға қарағанда келу қаншаға төмендеді",
        "келу 2016 жылға караганда неше пайызға кеміді",
        "откен сайлауга караганда катысу канша азайды",
        "qatysu 2016ga qaraganda qansha tomendedi",
        "qatysu 2016 jylga qaraganda qansha azaidy",
    ):
        reply = answer(question)
        assert "13,87" in reply.headline, (question, reply.headline)
        assert "Қарағанды" not in reply.headline, question
    # the region itself, named without a dative before it
    for question in ("караганды облысында катысу 2021", "2021 караганда катысу канша"):
        assert "70,7" in answer(question).headline, question


def test_a_snap_election_named_is_the_election_asked_of() -> None:
    for question, date in (
        ("what was the date of the 2023 snap election", "19\xa0March 2023"),
        ("on what day was the early 2023 election held", "19\xa0March 2023"),
        ("дата внеочередных выборов 2023 года", "19\xa0марта 2023"),
        ("2023 жылғы кезектен тыс сайлау күні", "19\xa0наурызда"),
        ("2023 kezekten tys saylau kuni", "19\xa0наурызда"),
    ):
        reply = answer(question)
        assert date in reply.headline, (question, reply.headline)
        assert not reply.headline.startswith(("Yes", "Да", "Иә")), question
    assert "62" in answer("кезектен тыс сайлауда аманат неше орын алды").headline
    # said of the election, it is still the yes/no asked
    for question, yes in (
        ("was the 2021 vote a snap election", "No"),
        ("were the 2023 elections early", "Yes"),
        ("2023 сайлау кезектен тыс болды ма", "Иә"),
        ("досрочные выборы 2023?", "Да"),
    ):
        assert answer(question).headline.startswith(yes), question


def test_voters_added_between_two_elections_is_the_change() -> None:
    for question, figure in (
        ("how many voters were added to the rolls from 2016 to 2021", "2,108,389"),
        ("how many registered voters did 2021 add compared with 2016", "2,108,389"),
        ("сколько избирателей добавилось между 2016 и 2021", "2\xa0108\xa0389"),
        ("на сколько прибавилось избирателей в 2021 по сравнению с 2016", "2\xa0108\xa0389"),
        ("2016 мен 2021 арасында неше сайлаушы қосылды", "2\xa0108\xa0389"),
    ):
        assert figure in _text(question), question


def test_voters_who_did_not_turn_up_are_the_non_voters() -> None:
    for question, figure in (
        ("how many people didnt turn up in 2021", "4,379,961"),
        ("how many voters did not turn up in 2016", "2,244,702"),
        ("how many didn't go to the polls in 2023", "5,513,718"),
        ("сколько человек не пошли голосовать в 2021", "4\xa0379\xa0961"),
        ("сколько избирателей не пошло на выборы 2016", "2\xa0244\xa0702"),
        ("2021 жылы қанша адам сайлауға бармады", "4\xa0379\xa0961"),
        ("2021 de qansha adam saylauga barmady", "4\xa0379\xa0961"),
    ):
        assert figure in answer(question).headline, question


def test_another_election_after_a_count_of_parties_that_passed_keeps_passed() -> None:
    for first, then, count in (
        ("how many parties cleared the threshold in 2021", "and in 2023", "6"),
        ("сколько партий преодолели барьер в 2021 году", "а в 2023", "6"),
        ("2021 жылы неше партия шектен өтті", "ал 2023 те ше", "6"),
        ("how many parties got over the threshold in 2023", "and 2016?", "three"),
    ):
        reply = ask_in_turn(first, then)[-1]
        assert count in reply.headline and "%" in reply.headline, (then, reply.headline)
        assert reply.intent == "passed_threshold", then


def test_votes_for_with_the_object_left_out_after_an_approval_are_its_votes() -> None:
    for first, then in (
        ("кто стал премьером после выборов 2021", "а сколько депутатов было за"),
        ("кого утвердили премьером в 2021", "сколько голосов было за"),
        ("who was approved as prime minister in 2021", "how many votes for"),
        ("who was approved as prime minister in 2021", "and how many mps voted for him"),
        ("2021 жылы премьер-министр болып кім бекітілді", "оған неше депутат дауыс берді"),
    ):
        reply = ask_in_turn(first, then)[-1]
        assert "78" in reply.headline, (then, reply.headline)
    # a preposition with its object is no pointing back
    assert "5\xa0148\xa0074" in answer("сколько голосов за нур отан в 2021").headline


def test_is_it_the_highest_after_a_region_s_turnout_is_decided() -> None:
    for first, then, yes, figure in (
        ("явка в кызылординской области 2023", "это самая высокая?", "Да", "67,21"),
        ("явка в алматы в 2021", "она самая высокая?", "Нет", "75,5"),
        ("turnout in almaty 2021", "was that the lowest?", "Yes", "30.3"),
        ("turnout in kyzylorda region 2023", "is that the lowest?", "No", "25.82"),
        ("2023 жылы қызылорда облысында келу қанша", "бұл ең жоғарысы ма?", "Иә", "67,21"),
        ("2021 almaty qalasynda qatysu", "bul en tomeni me?", "Иә", "30,3"),
    ):
        text = render.text(ask_in_turn(first, then)[-1])
        assert text.startswith(yes) and figure in text.split("\n")[0], (then, text)


def test_an_extreme_alone_after_a_region_s_turnout_asks_which_region() -> None:
    for turns, figure in (
        (("какая явка была в кызылорде в 2023", "это самая высокая?", "а самая низкая"), "25,82"),
        (("явка в шымкенте 2021", "а самая высокая"), "75,5"),
        (("turnout in shymkent in 2021", "and the lowest?"), "30.3"),
        (("2021 жылы шымкентте келу қанша", "ал ең төмені ше"), "30,3"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert figure in reply.headline, (turns[-1], reply.headline)
        assert not reply.headline.startswith(("Да", "Нет", "Yes", "No", "Иә", "Жоқ")), turns


def test_seats_in_total_after_another_figure_of_one_party_are_its_seats() -> None:
    for turns, figure in (
        (
            ("amanat share 2023", "and how many seats in total", "and those from the party list"),
            "40",
        ),
        (("amanat share 2023", "how many seats altogether"), "62"),
        (("сколько процентов у аманата в 2023", "а всего сколько мест"), "62"),
        (("аманат 2023 неше пайыз алды", "барлығы неше орын"), "62"),
        (("ak zhol votes 2021", "how many seats in total"), "12"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert figure in reply.headline, (turns[-1], reply.headline)
    for question in (
        "amanat seats from the party list 2023",
        "сколько мест аманат получил из партийного списка в 2023",
    ):
        assert "40" in answer(question).headline, question
    # after the party's seats, "in total" is still the whole election's
    assert (
        "29" in ask_in_turn("amanat seats in 2023", "and how many districts in total")[-1].headline
    )


def test_ballots_that_did_not_count_for_any_party_are_the_invalid_ones() -> None:
    for turns, figure in (
        (("ballots issued in 2021", "and how many of them didn't count"), "297,718"),
        (("how many voters came in 2016", "how many did not go to any party"), "43,282"),
        (("how many votes didnt count for any party in 2021",), "297,718"),
    ):
        assert figure in ask_in_turn(*turns)[-1].headline, turns[-1]


def test_was_it_regular_is_the_early_yes_no_asked_the_other_way() -> None:
    for question, yes in (
        ("was the 2021 election a regular one", "Yes"),
        ("was the 2023 vote held on schedule", "No"),
        ("выборы 2021 были очередными?", "Да"),
        ("выборы 2016 прошли в срок?", "Нет"),
        ("2021 жылғы сайлау кезекті болды ма", "Иә"),
        ("2023 jylgy saylau kezekti boldy ma", "Жоқ"),
        ("были ли выборы 2016 не очередными?", "Да"),
    ):
        assert answer(question).headline.startswith(yes), question


def test_the_first_time_since_a_year_asks_of_the_election_not_that_year() -> None:
    for question, yes in (
        ("was this the first regular election since 2004", "Yes"),
        ("впервые с 2004 года выборы прошли в срок?", "Да"),
        ("2004 жылдан бері алғаш рет мерзімінде өткен сайлау ма", "Иә"),
    ):
        reply = answer(question)
        assert reply.headline.startswith(yes), (question, reply.headline)
