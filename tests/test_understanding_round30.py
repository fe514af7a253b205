"""Round 30 (issue 12, docs/understanding.md rule 18): follow-ups that point back at the two
subjects or figures said before (a gap, "both", "more than X?", "the same?", "how far short"),
statements put up to be confirmed, the size of a move between two elections, and Kazakh read as
Kazakh — our own phrasings, in all three languages (Kazakh with and without its letters)."""

from __future__ import annotations

import pytest
from reply_checks import NO, YES
from test_pipeline import ask_in_turn

from sailau import render
from sailau.reply import ReplyKind


def _last(*questions: str) -> str:
    """The last reply of one conversation as plain text; it must be an answer."""
    reply = ask_in_turn(*questions)[-1]
    assert reply.kind is ReplyKind.ANSWER, render.text(reply)
    return render.text(reply).replace("\u00a0", " ")


def _has(text: str, *figures: str) -> None:
    for figure in figures:
        assert figure in text, (figure, text)


# --- yes/no: a move's size, a stated share, a statement put up to be confirmed --------------


@pytest.mark.parametrize(
    ("question", "lang", "yes", "figure"),
    [
        # a claimed move between two elections is decided by its size
        ("did turnout drop by more than 10 points between 2016 and 2021", "en", True, "13.87"),
        ("did turnout drop by more than 15 points between 2016 and 2021", "en", False, "13.87"),
        ("явка снизилась более чем на 15 пунктов с 2016 по 2021?", "ru", False, "13,87"),
        ("2016 дан 2021 ге дейін қатысу 10 пайыздан артық түсті ме", "kk", True, "13,87"),
        ("did nur otan lose more than 5 seats compared to 2016", "en", True, "84"),
        ("нур отан потерял ровно 8 мест по сравнению с 2016, так?", "ru", True, "84"),
        # a party's lone percentage states its share
        ("адал 3.57 пайыз алды ма", "kk", True, "3,57"),
        ("ақ жол 12 пайыз алды ма", "kk", False, "10,95"),
        ("ак жол набрал 10.95%?", "ru", True, "10,95"),
        ("did ak zhol get 12 percent?", "en", False, "10.95"),
        # a statement put up to be confirmed
        ("so ak zhol got 15 seats", "en", False, "12"),
        ("i heard auyl won 8 seats in 2023", "en", True, "8"),
        ("значит ак жол получил 12 мест", "ru", True, "12"),
        ("сонымен ақ жол 12 орын алды", "kk", True, "12"),
        ("sonymen aq jol 15 oryn aldy", "kk", False, "12"),
        ("ауыл 2021 де 5.29 пайыз алды ғой", "kk", True, "5,29"),
    ],
)
def test_a_stated_figure_is_a_yes_no_decided_by_the_facts(
    question: str, lang: str, yes: bool, figure: str
) -> None:
    text = _last(question)
    assert text.startswith(YES[lang] if yes else NO[lang]), text
    _has(text, figure)


@pytest.mark.parametrize(
    "question", ["so turnout was what", "so how big was the drop", "so what did auyl get"]
)
def test_so_with_no_figure_stated_is_no_yes_no(question: str) -> None:
    text = _last("turnout in 2016", "and 2021", question)
    assert not text.startswith((YES["en"], NO["en"])), text


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("how many seats did nur otan lose vs last time", ("84", "76")),
        ("by how many points did auyl improve on 2016", ("3.28",)),
    ],
)
def test_last_time_and_improving_on_a_year_are_a_change(
    question: str, figures: tuple[str, ...]
) -> None:
    _has(_last(question), *figures)


# --- follow-ups on the two subjects said last ------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        ("сколько мест у ак жола", "а у нур отана", "на сколько больше"),
        ("how many seats did ak zhol win", "and nur otan?", "what's the difference"),
        ("ақ жол неше орын алды", "ал нұр отан ше", "айырмасы қанша"),
        ("aq jol neshe oryn aldy", "al nur otan she", "aiyrmasy qansha"),
    ],
)
def test_a_gap_after_a_follow_up_that_replaced_the_party_is_between_the_two(
    turns: tuple[str, ...],
) -> None:
    _has(_last(*turns), "76", "12", "64")


@pytest.mark.parametrize(
    "turns",
    [
        ("алматыда явка қанша болды", "ал шымкентте ше", "айырмасы қанша"),
        ("turnout in almaty 2021", "and in shymkent", "how big is the gap"),
    ],
)
def test_a_gap_after_a_follow_up_that_replaced_the_region_is_between_the_two(
    turns: tuple[str, ...],
) -> None:
    _has(_last(*turns), "30,3" if turns[0].startswith("алм") else "30.3")


@pytest.mark.parametrize(
    "turns",
    [
        ("ақ жол неше пайыз алды", "ал халық партиясы ше", "екеуі неше орын алды"),
        ("ak zhol share 2021", "and the ppk", "how many seats did both get"),
        ("сколько процентов у ак жола", "а у народной партии", "а сколько мест у обеих"),
    ],
)
def test_both_asks_the_two_parties_said_last(turns: tuple[str, ...]) -> None:
    _has(_last(*turns), "12", "10")


@pytest.mark.parametrize(
    ("turns", "lang", "yes", "figures"),
    [
        (
            ("how many votes did respublica get", "was that more than ak zhol?"),
            "en",
            True,
            ("547,154", "535,139"),
        ),
        (
            ("сколько голосов у республики", "это больше, чем у ак жола?"),
            "ru",
            True,
            ("547 154", "535 139"),
        ),
        (
            ("республика неше дауыс алды", "бұл ақ жолдан көп пе"),
            "kk",
            True,
            ("547 154", "535 139"),
        ),
        (
            ("how many seats did respublica win", "did ak zhol get the same?"),
            "en",
            True,
            ("6",),
        ),
    ],
)
def test_more_than_or_the_same_as_another_party_sets_the_two_side_by_side(
    turns: tuple[str, ...], lang: str, yes: bool, figures: tuple[str, ...]
) -> None:
    text = _last(*turns)
    assert text.startswith(YES[lang] if yes else NO[lang]), text
    _has(text, *figures)


def test_two_parties_said_the_same_are_compared_in_the_election_both_ran_in() -> None:
    text = _last("сколько голосов у республики", "это больше, чем у ак жола?", "а мест поровну?")
    assert text.startswith(YES["ru"]), text
    _has(text.split("\n")[0], "Respublica", "Ак жол", "6")


@pytest.mark.parametrize(
    ("turns", "figure"),
    [
        (
            ("how many seats did amanat win in 2023", "how many fewer than nur otan had in 2021"),
            "14",
        ),
        (("сколько мест у аманата в 2023", "на сколько меньше чем у нур отана в 2021"), "14"),
    ],
)
def test_fewer_than_the_same_party_in_another_year_makes_that_year_the_base(
    turns: tuple[str, ...], figure: str
) -> None:
    _has(_last(*turns).split("\n")[0], figure)


# --- follow-ups keeping the party or the count ---------------------------------------------


@pytest.mark.parametrize(
    ("turns", "figure"),
    [
        (("ауыл қанша пайыз алды", "шектен өту үшін қанша пайыз жетпеді"), "1,71"),
        (("auyl share 2021", "how far short of the cutoff were they"), "1.71"),
        (("сколько процентов у ауыла", "сколько процентов не хватило до барьера"), "1,71"),
    ],
)
def test_a_shortfall_asked_of_no_party_is_the_previous_partys(
    turns: tuple[str, ...], figure: str
) -> None:
    _has(_last(*turns), figure)


@pytest.mark.parametrize(
    ("turns", "figure"),
    [
        (("аманат 2023 неше орын алды", "бір мандатты округтерден қаншасын алды"), "22"),
        (("сколько процентов у аманата в 2023", "а сколько мест получила по округам"), "22"),
    ],
)
def test_a_partys_verb_with_the_party_dropped_is_the_previous_partys(
    turns: tuple[str, ...], figure: str
) -> None:
    _has(_last(*turns), figure)


@pytest.mark.parametrize(
    ("turns", "figures"),
    [
        (("ак жол в 2016 и 2021 сколько мест", "а у нур отана за те же годы"), ("84", "76")),
        (("ak zhol seats in 2016 and 2021", "and nur otan in the same years?"), ("84", "76")),
    ],
)
def test_the_same_years_point_back(turns: tuple[str, ...], figures: tuple[str, ...]) -> None:
    text = _last(*turns)
    assert not text.startswith((YES["en"], YES["ru"])), text
    _has(text, *figures)


@pytest.mark.parametrize(
    ("turns", "figure"),
    [
        (("ballots issued 2016", "what percentage of the electorate is that"), "77.12"),
        (("сколько бюллетеней выдали в 2016", "это сколько в процентах"), "77,12"),
        (("2016 да неше бюллетень берілді", "бұл қанша пайыз"), "77,12"),
        (("against all share 2023", "and in votes"), "248,291"),
        (("против всех сколько процентов в 2023", "а голосов сколько"), "248 291"),
        (("invalid ballots 2016", "what share of ballots was that"), "0.57"),
    ],
)
def test_a_share_after_a_count_and_a_count_after_a_share(
    turns: tuple[str, ...], figure: str
) -> None:
    _has(_last(*turns), figure)


@pytest.mark.parametrize(
    ("turns", "figure"),
    [
        (("nur otan share 2021", "and the party that finished last"), "3.57"),
        (("сколько процентов у нур отана", "а какая партия оказалась на последнем месте"), "3,57"),
    ],
)
def test_an_extreme_of_the_parties_drops_the_previous_party(
    turns: tuple[str, ...], figure: str
) -> None:
    _has(_last(*turns), "Adal" if figure == "3.57" else "Адал", figure)


@pytest.mark.parametrize(
    ("turns", "figures"),
    [
        (
            ("lowest turnout region 2021", "and the highest", "same two for 2023"),
            ("67.21", "25.82"),
        ),
    ],
)
def test_the_same_two_extremes_asked_again(
    turns: tuple[str, ...], figures: tuple[str, ...]
) -> None:
    _has(_last(*turns), *figures)


@pytest.mark.parametrize(
    ("turns", "figure"),
    [
        (("how many seats for a majority in 2021", "so how many more did nur otan have"), "22"),
        (("көпшілік үшін неше орын керек 2021", "нұр отан қаншаға артық алды"), "22"),
        (("сколько мест нужно для большинства в 2021", "а у нур отана на сколько больше"), "22"),
    ],
)
def test_a_party_against_the_majority_asked_before(turns: tuple[str, ...], figure: str) -> None:
    _has(_last(*turns), figure)


# --- single questions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("2021 жылы тізімде тұрған сайлаушылар қанша", "11 919 241"),
        ("2021 zhyly tizimde turgan sailaushylar qansha", "11 919 241"),
        ("2023 те ең жоғары пайыз қай облыста болды", "67,21"),
        ("2021 де екінші орынға шыққан партия қанша пайыз жинады", "10,95"),
        ("қорытындыны сик қашан жариялады", "12"),
    ],
)
def test_kazakh_single_questions(question: str, figure: str) -> None:
    _has(_last(question), figure)


@pytest.mark.parametrize("question", ["шымкенттеги явка", "алматыдагы явка 2021"])
def test_a_kazakh_attributive_ending_keeps_the_reply_kazakh(question: str) -> None:
    reply = ask_in_turn(question)[0]
    assert reply.lang == "kk", render.text(reply)


@pytest.mark.parametrize(
    ("turns", "third", "seats"),
    [
        (
            ("which party came second in 2021", "and third?", "how many seats did it win"),
            "9.10",
            "10",
        ),
        (("кто занял второе место в 2021", "а третье?", "сколько мест у них"), "9,10", "10"),
        (
            ("2021 жылы екінші орынға қай партия шықты", "үшінші ше", "олар неше орын алды"),
            "9,10",
            "10",
        ),
    ],
)
def test_a_rank_asked_leads_and_is_what_they_point_at(
    turns: tuple[str, ...], third: str, seats: str
) -> None:
    replies = ask_in_turn(*turns)
    second, placed, pointed = (render.text(r).replace("\u00a0", " ") for r in replies)
    _has(second.split("\n")[0], "10", "95")  # Ak Zhol's 10.95 % leads
    _has(placed.split("\n")[0], third)
    _has(pointed.split("\n")[0], seats)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("what party was third in 2023", "8.59"),
        ("какая партия заняла третье место в 2021", "9,10"),
        ("2023 те екінші орынға шыққан партия қанша пайыз алды", "10,90"),
    ],
)
def test_a_rank_in_a_single_question(question: str, figure: str) -> None:
    _has(_last(question).split("\n")[0], figure)
