"""Round 39 (set X's failures by cause): "what percent took part" in a region is its turnout,
ballots "not given to the parties" are the invalid ones, "is it right to vote for X" asks
advice, a figure of "the parties that didn't get in" is theirs added up, and follow-ups that
ask the change or the difference of what was just said."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer, match
from sailau.reply import ReplyKind


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def _read_as(intent: str, figure: str, questions: tuple[str, ...]) -> None:
    """Each question is read as `intent` and its answer's headline states `figure`."""
    for question in questions:
        found = match(question)
        assert found.intent == intent, (question, found.intent)
        assert figure in answer(question).headline.replace(",", "."), question


def test_what_percent_took_part_in_a_region_is_its_turnout() -> None:
    _read_as("turnout_region", "56.5", (
        "шымкентте 2021 жылы неше пайыз қатысты",
        "shymkentte 2021 qansha payyz qatysty",
        "какой процент участвовал в шымкенте в 2021",
        "what percentage took part in shymkent in 2021",
    ))  # fmt: skip
    # the parties that took part, and their share in a region: not held, as before
    assert match("шымкентте қатысқан партиялар неше пайыз алды 2021").intent == "regional_results"


def test_ballots_not_given_to_the_parties_are_the_invalid_ones() -> None:
    _read_as("invalid_ballots", "43", (
        "2016 жылы партияларға берілмеген бюллетеньдер",
        "2016 partiyalarga berilmegen byulletender",
        "сколько бюллетеней не отдано партиям в 2016",
        "how many ballots were not given to a party in 2016",
    ))  # fmt: skip


def test_is_it_right_to_vote_for_a_party_asks_advice() -> None:
    for question in (
        "аманатқа дауыс беру дұрыс па",
        "amanatqa dauys bergen zhon be",
        "правильно ли голосовать за аманат",
        "is it right to vote for amanat",
        "is voting for amanat the right choice",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.REFUSAL, (question, reply.headline)
    # a figure stated and checked with "right?" is still a yes/no about the figure
    assert answer("ақ жол 2021 жылы 12 орын алды, дұрыс па").headline.startswith("Иә")
    assert answer("ak zhol got 12 seats in 2021, right?").headline.startswith("Yes")


def test_a_figure_of_the_parties_below_the_threshold_is_theirs_added_up() -> None:
    for question in (
        "2021 жылы мәжіліске өтпеген партиялар барлығы неше дауыс жинады",
        "2021 mazhiliske otpegen partiyalar neshe dauys zhinady",
        "сколько голосов набрали не прошедшие партии в 2021",
        "сколько голосов всего у партий, не прошедших в мажилис в 2021",
        "how many votes did the parties that failed to get in win in 2021",
        "total votes of the parties below the threshold in 2021",
    ):
        text = render.text(answer(question))
        assert "641" in text and "383" in text and "258" in text, (question, text)
    # the share: added up the same way
    text = render.text(answer("what share did the parties that did not pass get in 2021"))
    assert "8.86" in text, text
    # every party's votes stay the total of all
    assert "7,241,562" in answer("how many votes did the parties get in 2021").headline


def test_a_negated_participle_after_a_comma_describes_what_came_before() -> None:
    found = match("сколько голосов у партий, не прошедших в мажилис в 2021")
    assert "not_passed" in found.frame.claims
    # "на прошедших выборах": the elections held, not the parties that passed
    assert match("сколько голосов на прошедших выборах получил ак жол").intent == "party_votes"


def test_a_kazakh_past_participle_of_a_move_asks_the_change() -> None:
    reply = ask_in_turn("2016 жылы қатысу қанша", "2021 де ше", "қаншаға төмендеген")[-1]
    assert "13,87" in reply.headline, reply.headline
    for turns in (
        ("ауыл 2016 да неше дауыс алды", "2021 де ше", "қанша өскен"),
        ("auyl 2016 da neshe dauys aldy", "2021 de she", "qanshaga kobeigen"),
    ):
        headline = _plain(ask_in_turn(*turns)[-1].headline)
        assert "231 738" in headline, (turns, headline)
    # "өскен" is the verb, not the CEC's abbreviation with an ending
    assert "institution" not in match("ауыл дауысы қанша өскен 2016 дан").slots


def test_two_figures_of_one_election_are_set_against_each_other() -> None:
    for question in (
        "difference between registered voters and ballots issued in 2016",
        "разница между зарегистрированными избирателями и выданными бюллетенями 2016",
        "2016 тіркелген сайлаушылар мен берілген бюллетеньдердің айырмасы",
    ):
        gap = "2,244,702" if question.isascii() else "2 244 702"
        headline = _plain(answer(question).headline)
        assert gap in headline, (question, headline)
    # a change since another election stays a change
    assert "2016" in answer("how did registered voters and ballots change since 2016").headline


def test_a_bare_difference_after_another_figure_of_the_same_election() -> None:
    for turns in (
        ("how many voters were registered in 2016", "and ballots issued?", "the gap?"),
        ("сколько избирателей было в списках в 2016", "а бюллетеней выдали", "на сколько меньше"),
        ("2016 жылы қанша сайлаушы тіркелді", "ал қанша бюллетень берілді", "айырмасы қанша"),
    ):
        gap = "2,244,702" if turns[0].isascii() else "2 244 702"
        headline = _plain(ask_in_turn(*turns)[-1].headline)
        assert gap in headline, (turns, headline)
    # after a follow-up that changed the election, the difference is between the elections
    headline = ask_in_turn("turnout in 2021", "and in 2023?", "difference?")[-1].headline
    assert "9.06" in headline, headline


def test_the_seats_needed_for_a_majority_after_a_party_are_the_chamber_s() -> None:
    for turns, need in (
        (("did amanat get a majority in 2023", "and how many did a majority need?"), "50"),
        (("аманат 2023 жылы көпшілік алды ма", "ал көпшілік үшін қанша керек болды"), "50"),
        (("у аманата было большинство в 2023?", "а сколько требовалось для большинства"), "50"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert need in reply.headline and "98" in reply.headline, (turns, reply.headline)


def test_a_part_of_a_party_s_total_after_that_party() -> None:
    for turns, seats in (
        (("аманат 2023 жылы неше пайыз алды", "тізім бойынша орындары"), "40"),
        (("какой процент у аманата в 2023", "сколько мест по спискам"), "40"),
        (("amanat share 2023", "seats from party lists"), "40"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert reply.intent == "party_seats", (turns, reply.intent)
        assert seats in render.text(reply), (turns, reply.headline)
