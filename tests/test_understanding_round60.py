"""Issue 12, round 60 (understanding60): a message of several clauses answered clause by
clause — a clause pointing back ("they", "этой партии", "оған") is about the party the clause
before named or its answer names, a clause that only says "which one in 2023" keeps the end
asked before, and a clause nobody can read is said, not dropped; "than" a few words before its
year; a party group compared with the threshold's figure. Our own wordings, in the three
languages."""

from __future__ import annotations

import pytest
from reply_checks import answered


def _covers(question: str, figures: tuple[str, ...]) -> str:
    text = answered(question)
    missing = [f for f in figures if f not in text]
    assert not missing, f"{missing} missing from: {text}"
    return text


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # the second clause points at the party the first clause's answer names (Auyl, 4th)
        (
            "who came in fourth in 2021, and how many points short of the threshold were they",
            ("Auyl", "1.71"),
        ),
        (
            "кто был четвёртым в 2021 году и на сколько процентов они не дотянули до барьера",
            ("Ауыл", "1,71"),
        ),
        (
            "кто занял четвёртое место в 2021 и сколько процентов не хватило этой партии"
            " до барьера",
            ("Ауыл", "1,71"),
        ),
        (
            "2021 жылы төртінші орында қай партия болды және оған шекке дейін неше пайыз жетпеді",
            ("Ауыл", "1,71"),
        ),
        # "which one in 2023": the end the clause before asked, of the other election
        ("where was turnout lowest in 2021, and where in 2023", ("30.3%", "25.82%")),
        ("в каком регионе явка была самой низкой в 2021, а в каком в 2023", ("30,3", "25,82")),
        ("2021 жылы келу ең төмен қай өңірде болды, ал 2023 жылы қайсы", ("30,3", "25,82")),
    ],
)
def test_each_clause_takes_what_it_lacks_from_the_one_before(
    question: str, figures: tuple[str, ...]
) -> None:
    _covers(question, figures)


@pytest.mark.parametrize(
    ("question", "first", "note"),
    [
        ("who won in 2021 and what colour is the sky", "Nur Otan", "couldn't answer"),
        ("кто победил в 2021, а почему небо синее", "Нур Отан", "ответить не могу"),
        ("2021 жылы кім жеңді, ал неге аспан көк", "Нұр Отан", "жауап бере алмадым"),
    ],
)
def test_a_clause_not_read_is_said_not_dropped(question: str, first: str, note: str) -> None:
    text = _covers(question, (first, note))
    assert text.index(first) < text.index(note)


@pytest.mark.parametrize(
    ("question", "verdict", "figures"),
    [
        ("did nur otan win fewer seats in 2021 than it did back in 2016", "Yes", ("76", "84")),
        ("was auyl's 2023 share higher than what it had in 2021", "Yes", ("10.90%", "5.29%")),
        ("did ak zhol get more votes in 2023 than they had in 2016", "No", ("535,139", "540,406")),
        ("получил ли нур отан в 2021 меньше мест, чем он получил в 2016", "Да", ("76", "84")),
        ("нұр отан 2021 жылы 2016 жылмен салыстырғанда аз орын алды ма", "Иә", ("76", "84")),
    ],
)
def test_than_a_few_words_before_its_year(
    question: str, verdict: str, figures: tuple[str, ...]
) -> None:
    assert _covers(question, figures).startswith(verdict)


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("total share of the parties that dropped below the 7% bar in 2021", ("8.86%",)),
        ("combined vote share of the two parties that fell below the threshold", ("8.86%",)),
        ("суммарная доля партий ниже 7% барьера в 2021", ("8,86 %",)),
        ("2021 жылы 7% шектен төмен қалған партиялардың жалпы үлесі қанша", ("8,86 %",)),
    ],
)
def test_parties_below_the_threshold_said_by_its_figure(
    question: str, figures: tuple[str, ...]
) -> None:
    text = _covers(question, figures)
    assert not text.startswith(("No", "Нет", "Жоқ"))


@pytest.mark.parametrize(
    "question",
    [
        "у ак жола мест больше чем у народной партии?",
        "did ak zhol win more seats than the ppk?",
    ],
)
def test_a_comparison_of_named_parties_is_still_a_yes_or_no(question: str) -> None:
    assert answered(question).startswith(("Yes", "Да"))


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # "get in 2021": the verb and the year's preposition, not "get in" (passing)
        ("how many more votes did ak zhol get in 2021 than in 2016", ("252,422",)),
        # one party under two names, each with its year: its votes compared, no renaming asked
        (
            "how many more votes did the ppk get in 2021 than the communist people's party got"
            " in 2016",
            ("121,896",),
        ),
        (
            "на сколько больше голосов получила народная партия в 2021, чем компартия в 2016",
            ("121 896",),
        ),
        (
            "халық партиясы 2021 жылы 2016 жылғы коммунистік халық партиясынан қанша дауыс"
            " артық алды",
            ("121 896",),
        ),
    ],
)
def test_a_gap_in_votes_between_two_elections(question: str, figures: tuple[str, ...]) -> None:
    text = _covers(question, figures)
    assert not text.startswith(("No", "Yes", "Нет", "Да", "Жоқ", "Иә"))


def test_passing_asked_of_a_year_is_still_passing() -> None:
    assert answered("did auyl get in 2023?").startswith("Yes")
