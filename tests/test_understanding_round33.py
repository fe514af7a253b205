"""Round 33 (set N's failures by cause): the Kazakh "not counted for parties" ballots, the
seats of the parties a question counts, the CEC's head, and follow-ups keeping their election
or computing a figure from the turn before."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer


def _text(question: str) -> str:
    return render.text(answer(question))


def test_ballots_not_counted_for_parties_in_kazakh_are_the_invalid_ballots() -> None:
    for question in (
        "партияларга есептелмеген бюллетендер саны 2021",
        "partiyalarga eseptelmegen byulletender 2021",
        "партияға есепке алынбаған бюллетеньдер 2021",
    ):
        assert "297" in answer(question).headline, question


def test_the_seats_of_the_parties_a_question_counts_are_their_seats() -> None:
    for question in (
        "seats for the three parties in 2016",
        "сколько мест у трех партий в 2016",
        "2016 дағы үш партияның орындары",
    ):
        assert "84" in answer(question).headline, question
    # the count asked, not given: still which parties passed
    assert "84" not in answer("how many parties got seats in 2016").headline


def test_who_headed_the_cec_is_its_chair_not_a_party() -> None:
    for question, chair in (
        ("кто возглавлял цик на выборах 2023", "Абдиров"),
        ("who headed the cec in 2023", "Abdirov"),
        ("2023 жылы оскны кім басқарды", "Әбдіров"),
    ):
        assert chair in _text(question), question


def test_an_election_wide_question_after_a_named_election_asks_of_it() -> None:
    for first, then, second, count in (
        ("какой барьер был в 2021", "а в 2023", "сколько партий тогда прошло", "6"),
        ("what was the threshold in 2021", "and in 2023", "how many parties passed then", "6"),
        ("2021 жылы шек қандай болды", "ал 2023 те", "неше партия өтті", "6"),
    ):
        reply = ask_in_turn(first, then, second)[-1]
        assert "2023" in reply.headline and count in reply.headline, (second, reply.headline)


def test_a_total_of_the_election_after_a_party_is_not_the_party_s() -> None:
    for first, then in (
        ("сколько мест у аманата в 2023", "а одномандатных округов всего сколько"),
        ("amanat seats in 2023", "and how many single-member districts in total"),
        ("2023 те аманат неше орын алды", "ал барлығы қанша бір мандатты округ болды"),
    ):
        reply = ask_in_turn(first, then)[-1]
        assert "29" in reply.headline and "62" not in reply.headline, (then, reply.headline)


def test_a_share_of_the_votes_asked_of_that_after_a_party_s_votes_is_its_share() -> None:
    for first, share, seats in (
        (
            "nur otan votes 2021",
            "what share of all party votes is that",
            "how many seats did that give them",
        ),
        (
            "сколько голосов у нур отана в 2021",
            "какая это доля от всех голосов за партии",
            "сколько мест это им дало",
        ),
        (
            "нұр отан 2021 неше дауыс алды",
            "бұл партияларға берілген дауыстың неше пайызы",
            "бұл оларға неше орын берді",
        ),
    ):
        _, of_that, gave = ask_in_turn(first, share, seats)
        assert "71" in of_that.headline and "7\xa0241" not in of_that.headline, share
        assert "76" in gave.headline, seats


def test_a_change_in_share_after_a_change_in_seats_keeps_the_base_election() -> None:
    for first, then, share in (
        ("ak zhol seats 2021", "how many more than 2016", "and in share, how many points up"),
        ("ak zhol seats 2021", "how many more than 2016", "and the share, how many points up"),
        ("мест у ак жола в 2021", "на сколько больше чем в 2016", "а доля на сколько выросла"),
        ("ак жол 2021 неше орын", "2016 дағыдан қаншаға көп", "ал пайызы неше пунктке өсті"),
    ):
        text = render.text(ask_in_turn(first, then, share)[-1])
        assert "3.77" in text or "3,77" in text, (share, text)


def test_more_than_needed_after_the_majority_is_the_party_s_margin_over_it() -> None:
    for first, party, margin in (
        (
            "skolko mest nuzhno dlya bolshinstva",
            "a u nur otana skolko bylo",
            "на сколько больше чем нужно",
        ),
        ("skolko mest nuzhno dlya bolshinstva", "a u nur otana", "na skolko bolshe chem nado"),
        (
            "how many seats are needed for a majority",
            "and nur otan had how many",
            "how many more than needed",
        ),
        ("көпшілік үшін неше орын керек", "нұр отанда неше болды", "керектен қаншаға көп"),
    ):
        text = render.text(ask_in_turn(first, party, margin)[-1])
        assert "22" in text and "54" in text, (margin, text)


def test_how_far_short_of_the_threshold_after_a_party_s_share() -> None:
    for first, then in (
        ("адал неше пайыз алды", "шекке дейин канша жетпеди"),
        ("adal neshe payyz aldy", "shekke deyin kansha zhetpedi"),
        ("сколько процентов у адала", "сколько не хватило до барьера"),
        ("adal share 2021", "how far short of the threshold was that"),
    ):
        text = render.text(ask_in_turn(first, then)[-1])
        assert "3.43" in text or "3,43" in text, (then, text)


def test_the_voters_who_did_not_come_are_registered_minus_ballots_computed() -> None:
    for question in (
        "сколько человек не пришло на выборы 2021",
        "how many people did not vote in 2021",
        "2021 жылы канша адам келмеди",
    ):
        reply = answer(question)
        assert "4" in reply.headline and "379" in reply.headline, question
        assert "7" in _text(question) and "539" in _text(question), question  # the ballots used
    for first, then, stayed in (
        ("2021 тиркелген сайлаушылар", "сонда канша адам келмеди", "379"),
        ("registered voters 2016", "and how many stayed home", "244"),
    ):
        assert stayed in ask_in_turn(first, then)[-1].headline, then
