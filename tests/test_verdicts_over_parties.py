"""Yes/no claims over the set of parties (issue 12): "did any party get more than half", "did
every party pass", "any party besides X over 10 %", "was X the only party over 50 %", "did more
than three parties get in". Each is decided from the parties' figures: the reply starts with yes
or no and states the figures that decide it. Our own phrasings, in all three languages."""

from __future__ import annotations

import pytest
from reply_checks import NO, YES, answered

FIRST_LINE = 0


@pytest.mark.parametrize(
    ("question", "lang", "yes", "figure"),
    [
        # any party above a share: the parties above it, with theirs
        ("did any party top 60 % in 2023", "en", False, "53.90%"),
        ("хотя бы одна партия набрала больше половины голосов в 2021 году?", "ru", True, "71,09 %"),
        ("2016 жылы бір партия 80 пайыздан көп алды ма", "kk", True, "82,20 %"),
        # besides a party: the others only, the excluded one's figure does not decide
        ("did any party other than amanat get more than 10 % in 2023", "en", True, "10.90%"),
        ("кроме нур отана хоть одна партия набрала больше 11 % в 2021?", "ru", False, "10,95 %"),
        ("2021 жылы нұр отаннан басқа партия 10 пайыздан асты ма", "kk", True, "10,95 %"),
        ("2021 jyly nur otannan baska partiia 11 paiyzdan asty ma", "kk", False, "10,95 %"),
        # every party: the ones that fall short decide a "no"
        ("did every party clear the threshold in 2016", "en", False, "0.29%"),
        ("все ли партии преодолели барьер в 2023 году?", "ru", False, "2,30 %"),
        ("2021 жылы барлық партиялар өту шегінен өтті ме", "kk", False, "3,57 %"),
        ("did each party get more than 5 % in 2023", "en", False, "2.30%"),
        # the only one
        ("was amanat the only party above 50 % in 2023", "en", True, "53.90%"),
        ("нур отан — единственная партия, набравшая больше 10 % в 2021?", "ru", False, "10,95 %"),
        ("аманат 2023 жылы 50 пайыздан асқан жалғыз партия ма", "kk", True, "53,90 %"),
        # how many parties got in
        ("did more than four parties get into the majilis in 2023", "en", True, "5.20%"),
        ("больше трёх партий прошло в мажилис в 2021?", "ru", False, "9,10 %"),
        ("2023 жылы мәжіліске үш партиядан көп өтті ме", "kk", True, "5,20 %"),
        # seats
        ("did any party win more than 70 seats in 2023", "en", False, "62"),
        ("хоть одна партия получила больше 70 мест в 2021?", "ru", True, "76"),
    ],
)
def test_a_claim_over_the_parties_is_decided_with_its_figures(
    question: str, lang: str, yes: bool, figure: str
) -> None:
    text = answered(question)
    first = text.splitlines()[FIRST_LINE]
    assert first.startswith((YES if yes else NO)[lang]), text
    assert figure in first, text


def test_besides_is_honoured_not_said_to_be_dropped() -> None:
    """The verdict leaves the party named after "besides" out: no "can't narrow" note."""
    text = answered("apart from nur otan, did anyone win over 10 % in 2021?")
    assert text.startswith("Yes."), text
    assert "Ak Zhol 10.95%" in text.splitlines()[0], text
    assert "can't narrow" not in text, text


def test_a_figure_equal_to_the_one_asked_is_not_above_it() -> None:
    """5 seats is not "more than 5": the People's Party's 5 is among those that fall short."""
    first = answered("все партии получили больше 5 мест в 2023?").splitlines()[0]
    assert first.startswith("Нет.") and "не больше 5 мест" in first, first
    assert "Народная партия Казахстана — 5" in first, first


def test_each_party_still_asks_each_partys_figure() -> None:
    """ "Each party" without a yes/no is the per-party figure, as before."""
    text = answered("how many seats did each party win in 2021")
    assert "76" in text and "12" in text and "10" in text, text


@pytest.mark.parametrize(
    ("question", "lang", "yes", "figure"),
    [
        ("did auyl do better than ak zhol in 2023", "en", True, "10.90%"),
        ("ак жол выступил лучше ауыла в 2021?", "ru", True, "10,95 %"),
        ("у народной партии больше, чем у ак жола, в 2021?", "ru", False, "9,10 %"),
    ],
)
def test_better_than_another_party_is_decided_by_the_share(
    question: str, lang: str, yes: bool, figure: str
) -> None:
    """ "Did X do better than Y" names no figure: the share of the vote decides it."""
    first = answered(question).splitlines()[0]
    assert first.startswith((YES if yes else NO)[lang]), first
    assert figure in first, first


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("who did better in 2023, respublica or auyl", ("8", "6")),
        ("2023 жылы ауыл мен республика қайсысы көп дауыс алды", ("693 938", "547 154")),
        ("2023 jyly auyl pen respublica qaisysy kop dauys aldy", ("693 938", "547 154")),
    ],
)
def test_which_of_two_parties_did_better_in_the_year_named(
    question: str, figures: tuple[str, ...]
) -> None:
    """The election named is the one compared (not the default one, where Respublica did not
    run), and a "which" question gets no yes or no."""
    first = answered(question).splitlines()[0]
    assert not first.startswith(("Yes.", "No.", "Иә.", "Жоқ.")), first
    assert all(f in first for f in figures), first


@pytest.mark.parametrize(
    ("question", "lang", "yes", "figures"),
    [
        ("did amanat lose seats vs the last election", "en", True, ("62", "76")),
        ("did amanat lose seats against the previous election", "en", True, ("62", "76")),
        ("нур отан потерял места по сравнению с прошлыми выборами?", "ru", True, ("76", "84")),
        (
            "потерял ли ак жол места по сравнению с прошлыми выборами в 2021",
            "ru",
            False,
            ("12", "7"),
        ),
        (
            "нур отан потерял места в 2021 году по сравнению с прошлыми выборами?",
            "ru",
            True,
            ("76", "84"),
        ),
        (
            "2023 жылы аманат өткен сайлаумен салыстырғанда орын жоғалтты ма",
            "kk",
            True,
            ("62", "76"),
        ),
        (
            "2023 jyly amanat otken sailaumen salystyrganda oryn zhogaltty ma",
            "kk",
            True,
            ("62", "76"),
        ),
    ],
)
def test_lost_since_the_last_election_compares_with_the_one_before_the_year_asked(
    question: str, lang: str, yes: bool, figures: tuple[str, ...]
) -> None:
    """ "Lost seats vs last time": 2021 against 2016, 2023 against 2021 (AMANAT's seats as Nur
    Otan); the verdict's line states both figures."""
    first = answered(question).splitlines()[0]
    assert first.startswith((YES if yes else NO)[lang]), first
    assert all(f in first for f in figures), first
