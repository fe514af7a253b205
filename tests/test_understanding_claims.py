"""Issue 12, round 3: the readings set C showed weak, tested with phrasings of our own.

A yes/no question that states a figure is checked against the fact (equality for a stated
value, the comparison for "more / less than"), the verdict first, then the true figure.
"""

from __future__ import annotations

import pytest
from reply_checks import NO, YES

from sailau.pipeline import answer
from sailau.understanding.text import basic


def verdict_of(question: str) -> tuple[bool | None, str]:
    reply = answer(question)
    head = reply.headline
    lang = reply.lang
    if head.startswith(YES[lang]):
        return True, head
    if head.startswith(NO[lang]):
        return False, head
    return None, head


@pytest.mark.parametrize(
    ("question", "yes", "figure"),
    [
        ("nur otan won 75 seats in 2021, correct?", False, "76"),
        ("aq zhol got 12 seats in 2021 right", True, "12"),
        ("в 2021 ак жол взял 11 мест, это так?", False, "12"),
        ("явка 2021 года 63,25 %, верно?", True, "63,25"),
        ("говорят, явка была 65%, правда?", False, "63,25"),
        ("2021 жылы нұр отан 76 орын алды, солай ма", True, "76"),
        ("2023 zhyly amanat 60 oryn aldy ma", False, "62"),
        ("amanat got 3 431 510 votes in 2023 right?", True, "3,431,510"),
        ("were 11.919.241 voters registered in 2021", True, "11,919,241"),
        ("in 2021 were there more than 25 women elected to the majilis", True, "29"),
        ("больше 10% бюллетеней были недействительными в 2021?", False, "3,95"),
    ],
)
def test_a_stated_figure_is_checked_against_the_fact(question: str, yes: bool, figure: str) -> None:
    got, head = verdict_of(question)
    assert got is yes, head
    assert figure in head.replace("\xa0", " ").replace(" ", ",") or figure in head, head


def test_numbers_grouped_in_thousands_are_one_number() -> None:
    assert basic("11,915,903 and 3.431.510 and 792 828") == "11915903 and 3431510 and 792828"
    assert basic("3,5 % or 60,8%") == "3.5% or 60.8%"  # decimals stay decimals
    assert basic("2016 2021") == "2016 2021"  # two years are not one number


def test_a_what_if_figure_is_no_claim() -> None:
    reply = answer("would auyl get seats at 5 %?")
    assert reply.intent == "whatif" or "5" in reply.headline


@pytest.mark.parametrize(
    "question",
    [
        "ауыл шаруашылығы туралы заң қашан қабылданды",  # agriculture, not the Auyl party
        "где находится улица ак жол",
        "ak zhol avenue how to get there",
        "nur otan street in astana",
    ],
)
def test_a_party_name_inside_another_noun_is_not_the_party(question: str) -> None:
    assert answer(question).kind.value == "off_topic"


@pytest.mark.parametrize(
    "question",
    [
        "мен қай партияға дауыс берейін",
        "стоит ли голосовать за ак жол в этот раз",
        "should we vote for auyl",
        "is amanat a corrupt party",
        "ақ жол жемқор партия ма",
        # advice in the infinitive, first person or future (a past-tense fact is no advice)
        "за кого голосовать в этот раз?",
        "кого мне выбрать на выборах",
        "за кого проголосовать в марте",
        "кімге дауыс берсем екен",
        "who should i vote for in march",
        # Kazakh typed without its letters, each word also read in Russian ("кай", "жаксы"):
        # the language the reply is in reads it too
        "кай партия жаксы айтшы",
        "кай партия жаксы",
    ],
)
def test_voting_advice_and_value_judgements_are_refused(question: str) -> None:
    reply = answer(question)
    assert reply.kind.value == "refusal", reply.headline
    assert not reply.unhonoured


@pytest.mark.parametrize(
    ("question", "yes", "figure"),
    [
        ("did the exit poll overestimate ak zhol", False, "10.95"),  # poll 10.18 < 10.95
        ("экзит пол завысил нур отан?", True, "71,97"),
        ("adal got past 7%?", False, "3.57"),
        ("respublika 10 paiyzdan asty ma", False, "8,59"),  # the party's own election: 2023
    ],
)
def test_yes_no_said_with_a_verb_of_comparison(question: str, yes: bool, figure: str) -> None:
    got, head = verdict_of(question)
    assert got is yes, head
    assert figure in head, head


@pytest.mark.parametrize(
    ("question", "yes", "figure"),
    [
        ("was turnout higher in 2016 than 2021", True, "77.12"),
        ("was turnout lower in 2016 than in 2021?", False, "77.12"),
        ("did nur otan get more seats in 2016 than 2021", True, "84"),
        ("compared to 2016, was turnout higher in 2021?", False, "63.25"),
        ("явка была выше в 2016 чем в 2021?", True, "77,12"),
        ("в 2021 явка была ниже чем в 2016?", True, "63,25"),
        ("2016 жылы келу 2021 жылғыдан жоғары ма", True, "77,12"),
        ("2021 жылы келу 2016 жылдан жоғары болды ма", False, "63,25"),
    ],
)
def test_the_year_before_than_is_the_claim_the_one_after_its_base(
    question: str, yes: bool, figure: str
) -> None:
    got, head = verdict_of(question)
    assert got is yes, head
    assert figure in head, head


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("мамина снова утвердили премьером?", True),  # approved: 78 for, 0 against
        ("was mamin approved as prime minister in 2021?", True),
        ("мамин премьер-министр болып бекітілді ме?", True),
        ("was mamin approved unanimously?", False),  # 21 abstained
        ("мамина утвердили единогласно?", False),
        ("все фракции поддержали мамина?", False),
        ("did all factions back mamin?", False),
        ("мамин бекітілгенде барлық фракциялар қолдады ма?", False),
        ("did anyone vote against mamin?", False),
    ],
)
def test_an_approval_vote_is_decided_by_its_outcome_unanimity_by_its_counts(
    question: str, yes: bool
) -> None:
    got, head = verdict_of(question)
    assert got is yes, head
    assert "78" in head or "21" in head, head


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("кого выбрали спикером мажилиса в 2021", "Нигматулин"),
        ("who was elected speaker in 2021", "Nigmatulin"),
        ("спикер болып кім сайланды 2016 жылы", "Ізмұхамбетов"),
        ("кого выбрали в мажилис от ак жола", "12"),
        ("за кого проголосовали в 2016", None),
        ("2021 жылы көпшілік кімге дауыс берген", None),
    ],
)
def test_a_past_tense_fact_about_a_vote_is_no_request_for_advice(
    question: str, figure: str | None
) -> None:
    reply = answer(question)
    assert reply.kind.value != "refusal", reply.headline
    assert figure is None or figure in reply.headline, reply.headline


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("did Ak Zhol back Mamin as PM", "en"),
        ("ак жол поддержал мамина премьером?", "ru"),
        ("ppk faction voted for mamin?", "en"),
    ],
)
def test_a_factions_vote_for_the_prime_minister_is_not_decided_by_the_chambers(
    question: str, lang: str
) -> None:
    """The Mäjilis approved Mamin 78 to 0 (21 abstained); how a faction voted is not held, so a
    yes/no about a party's backing gets no verdict (it was a confident "Yes")."""
    reply = answer(question)
    assert reply.lang == lang
    assert not reply.headline.startswith((YES[lang], NO[lang])), reply.headline


@pytest.mark.parametrize(
    ("question", "figure", "yes"),
    [
        ("could you confirm the number of seats nur otan won in 2021", "76", None),
        ("подтвердите, сколько мест получил нур отан в 2021", "76", None),
        ("нур отан 2021 жылы неше орын алғанын растаңызшы", "76", None),
        ("can you confirm that nur otan won 76 seats in 2021", "76", True),
    ],
)
def test_the_askers_could_you_confirm_is_no_approval_vote(
    question: str, figure: str, yes: bool | None
) -> None:
    """ "Confirm" asked of the bot opens a question (a yes/no with a figure stated), not the
    Mäjilis's vote confirming the Prime Minister."""
    reply = answer(question)
    assert reply.intent == "party_seats" and figure in reply.headline, (question, reply.headline)
    assert reply.headline.startswith("Yes") == bool(yes), reply.headline
