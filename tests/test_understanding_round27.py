"""Round 27 (issue 12, docs/understanding.md): confident wrong figures and yes/no verdicts by
cause — "no party" claims over every party, a renamed party's name dating every figure, the
runner-up's share, Latin-typed Kazakh read by vowel harmony, a carried measure that must fit
the new subject, yes/no over several named parties, negated and "at least" claims, renamings
asked as a claim — our own phrasings, in all three languages (Kazakh with and without its
letters)."""

from __future__ import annotations

import pytest
from reply_checks import NO, YES
from test_pipeline import ask_in_turn

from sailau import render
from sailau.reply import ReplyKind


def _texts(*questions: str) -> list[str]:
    """Each reply of one conversation as plain text; every one must be an answer."""
    replies = ask_in_turn(*questions)
    for reply in replies:
        assert reply.kind is ReplyKind.ANSWER, render.text(reply)
    return [render.text(r).replace("\u00a0", " ") for r in replies]


def _answer(question: str) -> str:
    (text,) = _texts(question)
    return text


# --- "no party": a claim over every party of the election ------------------------------------


@pytest.mark.parametrize(
    ("question", "lang", "yes", "figure"),
    [
        ("did no party win over half the vote in 2021?", "en", False, "71.09"),
        ("so no party topped 60% in 2023?", "en", True, "53.90"),
        ("в 2021 ни одна партия не набрала больше половины?", "ru", False, "71,09"),
        ("правда, что в 2023 ни одна из партий не получила больше 60 %?", "ru", True, "53,90"),
        ("2021 жылы бірде-бір партия жартыдан көп дауыс алмады ма", "kk", False, "71,09"),
        ("2023 жылы ешбір партия 60 пайыздан көп алмады ма", "kk", True, "53,90"),
        ("2023 jyly eshbir partiya 60 payyzdan kop almady ma", "kk", True, "53,90"),
    ],
)
def test_no_party_is_decided_over_every_party(
    question: str, lang: str, yes: bool, figure: str
) -> None:
    first = _answer(question).split("\n")[0]
    assert first.startswith((YES if yes else NO)[lang]) and figure in first, first


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("did no party clear the threshold in 2021?", "en"),
        ("ни одна партия не прошла в мажилис в 2021?", "ru"),
        ("2021 жылы ешбір партия мәжіліске өтпеді ме", "kk"),
    ],
)
def test_no_party_passing_is_decided_by_those_that_passed(question: str, lang: str) -> None:
    first = _answer(question).split("\n")[0]
    assert first.startswith(NO[lang]) and "71" in first, first


def test_a_positive_kazakh_any_party_stays_any() -> None:
    text = _answer("бірде-бір партия дауыстың жартысынан астамын алды ма")
    assert text.startswith(YES["kk"]) and "71,09" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "how many votes in 2021 went to no party",
        "сколько голосов в 2021 не досталось ни одной партии",
        "2021 жылы ешбір партияға берілмеген дауыс қанша",
    ],
)
def test_votes_for_no_party_are_still_the_ballots_no_party_got(question: str) -> None:
    assert "297" in _answer(question).split("\n")[0]


# --- a renamed party's name dates every figure ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what share of the party votes did amanat get",
        "какую долю голосов за партии получил аманат",
    ],
)
def test_a_renamed_partys_name_dates_a_figure_that_is_not_its_own_result(question: str) -> None:
    first = _answer(question).split("\n")[0]
    assert "2023" in first and "71" not in first, first


def test_a_name_that_never_changed_does_not_date_an_event() -> None:
    text = _answer("when did OSDP decide to boycott")
    assert "2020" in text.split("\n")[0], text


# --- renamings asked as a claim; the Senate and the kettling ----------------------------------


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("правда что адал раньше назывался бирлик", "ru"),
        ("народная партия это бывшие коммунисты?", "ru"),
        ("нур отан стал аманатом?", "ru"),
        ("is amanat the former nur otan?", "en"),
        ("was adal formerly called birlik?", "en"),
        ("адал бұрын бірлік деп аталды ма", "kk"),
        ("nur otan amanat boldy ma", "kk"),
    ],
)
def test_two_names_of_one_party_said_as_a_claim_are_yes(question: str, lang: str) -> None:
    text = _answer(question)
    assert text.startswith(YES[lang]), text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("сколько сенаторов было в 2020-2021", "49"),
        ("how many senators were there in 2020", "49"),
        ("2020 жылы сенатта неше депутат болды", "49"),
    ],
)
def test_the_year_before_the_2021_vote_is_in_the_story(question: str, figure: str) -> None:
    assert figure in _answer(question).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("сколько часов полиция держала протестующих в окружении в алматы", "9 час"),
        ("how long were protesters encircled by police in almaty", "9 hours"),
        ("алматыда полиция наразыларды неше сағат қоршауда ұстады", "9 сағат"),
    ],
)
def test_the_kettling_hours_are_answered(question: str, figure: str) -> None:
    assert figure in _answer(question).split("\n")[0]


# --- the party in second place --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "party", "figure"),
    [
        ("what share did the second place party get", "Ak Zhol", "10.95"),
        ("how many seats did the runner-up win in 2016", "Ak Zhol", "7 seats"),
        ("какой процент набрала партия, занявшая второе место в 2023", "Ауыл", "10,90"),
        ("екінші орынға шыққан партия неше пайыз алды", "Ақ жол", "10,95"),
        ("ekinshi orynga shyqqan partiya neshe payiz aldy", "Ақ жол", "10,95"),
    ],
)
def test_the_runner_up_is_the_party_asked(question: str, party: str, figure: str) -> None:
    first = _answer(question).split("\n")[0]
    assert party in first and figure in first, first


@pytest.mark.parametrize(
    ("question", "lang", "yes"),
    [
        ("did ak zhol come second in 2021?", "en", True),
        ("did the people's party come second in 2021", "en", False),
        ("ак жол занял второе место?", "ru", True),
        ("ауыл 2023 жылы екінші орынға шықты ма", "kk", True),
    ],
)
def test_whether_a_party_came_second_is_a_yes_no(question: str, lang: str, yes: bool) -> None:
    text = _answer(question)
    assert text.startswith((YES if yes else NO)[lang]), text


def test_the_runner_up_is_what_a_pointing_follow_up_asks_of() -> None:
    _, seats = _texts("which party came second", "how many seats did it get?")
    assert seats.startswith("Ak Zhol won 12 seats"), seats


# --- Latin-typed Kazakh: y / i read by vowel harmony --------------------------------------------


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("jaramsiz byulletender sany 2021", "297 718", "7 539 280"),
        ("2021 jyly saylauga qatisqandar neshe payiz", "63,25", "76 орын"),
        ("respublika qansha dauis jinady", "547 154", None),
        ("ak zhol neshe orin aldy", "12 орын", "10,95"),
    ],
)
def test_latin_kazakh_y_and_i_follow_vowel_harmony(
    question: str, figure: str, not_figure: str | None
) -> None:
    first = _answer(question).split("\n")[0]
    assert figure in first and (not_figure is None or not_figure not in first), first


# --- a measure carried to a party must be one a party has --------------------------------------


@pytest.mark.parametrize(
    ("first", "follow_up", "lang"),
    [
        ("what was turnout in 2021", "nur otan didnt get more than 80 percent?", "en"),
        ("явка в 2021", "нур отан не набрал больше 80 процентов?", "ru"),
        ("2021 жылы келу қанша", "нұр отан 80 пайыздан көп алмады ма", "kk"),
        ("2021 jyly kelu qansha", "nur otan 80 payyzdan kop almady ma", "kk"),
    ],
)
def test_a_partys_percent_after_turnout_is_its_share(first: str, follow_up: str, lang: str) -> None:
    _, text = _texts(first, follow_up)
    head = text.split("\n")[0]
    assert head.startswith(YES[lang]) and "71" in head and "63,25" not in head, head
    assert "63.25" not in head, head


# --- yes/no over several named parties ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lang", "yes"),
    [
        ("did ak zhol and auyl both pass the threshold?", "en", False),
        ("did ak zhol and auyl both pass the threshold in 2023?", "en", True),
        ("ак жол и ауыл прошли в мажилис в 2021?", "ru", False),
        ("прошли ли ак жол и народная партия барьер в 2021?", "ru", True),
        ("ак жол мен ауыл өтті ме", "kk", False),
        ("aq zhol men auyl otti me", "kk", False),
        ("did nur otan and ak zhol get more than 10% in 2021?", "en", True),
    ],
)
def test_a_yes_no_over_several_parties_decides_each(question: str, lang: str, yes: bool) -> None:
    lines = _answer(question).split("\n")
    assert lines[0].startswith((YES if yes else NO)[lang]), lines
    figures = "\n".join(lines[1:3])
    assert "%" in figures and figures.count("\n") == 1, lines


# --- negations and "at least" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lang", "yes"),
    [
        ("did auyl fail to pass the threshold in 2021?", "en", True),
        ("did ak zhol fail to get into the majilis in 2021?", "en", False),
        ("did auyl fail in 2021?", "en", True),
        ("was turnout worse than 60% in 2023?", "en", True),
        ("была ли явка хуже 60 % в 2023?", "ru", True),
        ("2023 жылы келу 60 пайыздан нашар болды ма", "kk", True),
        ("2023 жылы аманат 60 пайыздан көп дауыс жинамады ма", "kk", True),
        ("was turnout at least 63.25% in 2021?", "en", True),
        ("did ak zhol win at most 11 seats in 2021?", "en", False),
        ("у ак жола было не больше 15 мест в 2021?", "ru", True),
        ("аманат набрал не меньше 55 % в 2023?", "ru", False),
        ("аманат 2023 жылы кемінде 60 орын алды ма", "kk", True),
        ("аманат 2023 жылы кем дегенде 55 пайыз алды ма", "kk", False),
        ("amanat 2023 jyly keminde 60 orin aldy ma", "kk", True),
    ],
)
def test_the_verdict_follows_the_polarity_said(question: str, lang: str, yes: bool) -> None:
    text = _answer(question)
    assert text.startswith((YES if yes else NO)[lang]), text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many senators were elected in august 2020", "17"),
        ("сколько сенаторов избрали в августе 2020", "17"),
        ("2020 жылы тамызда неше сенатор сайланды", "17"),
    ],
)
def test_the_senators_elected_in_2020_are_the_renewal(question: str, figure: str) -> None:
    assert figure in _answer(question).split("\n")[0]


@pytest.mark.parametrize(
    "question",
    ["is amanat better than ak zhol", "is amanat worse than ak zhol", "кто хуже, ак жол или ауыл"],
)
def test_better_or_worse_with_no_figure_is_advice(question: str) -> None:
    assert ask_in_turn(question)[0].kind is ReplyKind.REFUSAL


# --- a party's names date its figures: "last time", two names compared --------------------------


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("did nur otan lose seats compared to last time", "84"),
        ("how many seats did nur otan lose vs last time", "84"),
    ],
)
def test_compared_to_last_time_is_the_election_before(question: str, figure: str) -> None:
    assert figure in _answer(question).split("\n")[0]


def test_last_time_alone_is_the_latest() -> None:
    assert "54.19" in _answer("what was turnout last time").split("\n")[0]


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("did adal do better than birlik had in 2016", "en"),
        ("did adal do better in 2021 than birlik in 2016?", "en"),
        ("адал выступил лучше, чем бирлик?", "ru"),
        ("адал бірліктен көп алды ма", "kk"),
    ],
)
def test_a_party_compared_under_its_two_names_is_its_two_results(question: str, lang: str) -> None:
    first = _answer(question).split("\n")[0]
    assert first.startswith(YES[lang]) and "0" in first and "3" in first, first
    assert "3.57" in first or "3,57" in first, first
