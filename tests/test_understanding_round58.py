"""Round 58 (English on sets AF, AH, AM, AO, AG): a party's result asked with no auxiliary
("Adal get any seats?") is a yes/no; "top" after the regions' lowest is the regions' highest,
not the winner; "both times" after a follow-up that changed the election asks both."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details)).replace("\xa0", " ").replace("\u202f", " ")


def test_a_partys_result_asked_without_an_auxiliary_is_a_yes_no() -> None:
    for question, first, figure in (
        ("Adal get any seats?", "No.", "3.57%"),
        ("auyl won seats in 2021?", "No.", "5.29%"),
        ("nur otan got seats in 2021?", "Yes.", "76"),
        ("nur otan win in 2021?", "Yes.", "71.09%"),
        # ... as Russian and Kazakh already read from the verb
        ("адал получила места в 2021?", "Нет.", "3,57"),
        ("адал 2021 жылы орын алды ма?", "Жоқ.", "3,57"),
    ):
        said = _said(answer(question))
        assert said.startswith(first) and figure in said, (question, said)


def test_a_question_word_still_asks_the_figure() -> None:
    for question in ("how many seats did adal get", "adal get how many seats?"):
        said = _said(answer(question))
        assert not said.startswith(("Yes", "No")), (question, said)


def test_top_after_the_regions_lowest_is_the_regions_highest() -> None:
    for turns in (
        ("highest regional turnout 2023", "lowest?", "and 2021 top?"),
        ("lowest turnout region 2023", "and 2021 top?"),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert "75.5%" in said and "Nur Otan" not in said, (turns, said)
    # ... and after a party's figure "top" is still the winner
    said = _said(ask_in_turn("Nur Otan share 2021", "and 2016 top?")[-1])
    assert "Nur Otan won the 2016 election" in said, said


def test_both_times_asks_each_election_asked_in_turn() -> None:
    for turns, figures in (
        (
            ("turnout almaty city 2021", "and in 2023?", "so it was lowest in country both times?"),
            ("30.3", "25.82"),
        ),
        (
            ("явка в алматы 2021", "а в 2023?", "значит оба раза самая низкая в стране?"),
            ("30,3", "25,82"),
        ),
        (
            ("алматы қаласында қатысу 2021", "ал 2023 те?", "сонда екі рет те ең төмен болды ма?"),
            ("30,3", "25,82"),
        ),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert all(f in said for f in figures), (turns, said)


def test_the_seat_distribution_of_a_year_is_its_seats_by_party() -> None:
    for question, figures in (
        ("2016 seat distribution", ("84", "7")),
        ("distribution of seats in 2021", ("76", "12", "10")),
        ("2016 орын бөлінісі", ("84", "7")),
    ):
        said = _said(answer(question))
        assert all(f in said for f in figures), (question, said)
    # ... how seats are distributed is still the system, and a what-if still says whether
    assert answer("how are seats distributed").intent == "electoral_system"
    said = _said(answer("would the seat distribution have changed at a 7% threshold in 2021?"))
    assert said.startswith("No."), said
