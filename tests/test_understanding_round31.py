"""Round 31 (issue 12): leftovers of set O read by cause — a count said with "parties" is no
threshold, list and district seats per party, and follow-ups that carry a measure into an
election where it makes no sense — in all three languages."""

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


@pytest.mark.parametrize(
    ("question", "lang", "yes"),
    [
        ("значит в 2023 прошло 6 партий", "ru", True),
        ("в 2023 прошло 6 партий?", "ru", True),
        ("в 2023 прошли 5 партий?", "ru", False),
        ("so 6 parties got in in 2023", "en", True),
        ("so 4 parties got in in 2023", "en", False),
        ("2023 те 6 партия өтті ме", "kk", True),
        ("2023 te 6 partiya otti me", "kk", True),
    ],
)
def test_a_count_said_with_parties_is_no_threshold(question: str, lang: str, yes: bool) -> None:
    """ "6 партий": the number counts the parties that passed; it is no 6 % what-if."""
    text = _last(question)
    assert text.startswith(YES[lang] if yes else NO[lang]), text
    assert "Baytaq" in text or "Байтак" in text or "Байтақ" in text, text


@pytest.mark.parametrize(
    ("question", "figures", "not_first"),
    [
        ("how many list seats did the social democrats get in 2023", ("4",), ""),
        ("Amanat from party lists in 2023", ("40", "22"), "62"),
        ("how many seats did amanat get from party lists in 2023", ("40", "22"), "62"),
        ("сколько мест по спискам получил Аманат в 2023", ("40", "22"), "62"),
        ("Аманат 2023 жылы партиялық тізім бойынша неше орын алды", ("40", "22"), "62"),
        ("how many district seats did auyl get in 2023", ("8",), ""),
    ],
)
def test_list_and_district_seats_of_a_party(
    question: str, figures: tuple[str, ...], not_first: str
) -> None:
    """The list (or district) seats lead; the total is no answer to them."""
    text = _last(question)
    head = text.splitlines()[0]
    for figure in figures:
        assert figure in head, text
    assert "threshold" not in head, text
    if not_first:
        assert head.index(figures[0]) < head.index(not_first), text


@pytest.mark.parametrize(
    ("questions", "share"),
    [
        (("did auyl pass in 2021", "how far short were they", "and in 2023?"), "10.90"),
        (("how far short was auyl in 2021", "and in 2023?"), "10.90"),
        (("how far short was auyl in 2023",), "10.90"),
        (("ауыл 2021 де қанша жетпеді", "ал 2023 те?"), "10,90"),
        (("auyl 2021 de qansha jetpedi", "al 2023 te?"), "10,90"),
    ],
)
def test_a_shortfall_in_an_election_the_party_passed_says_it_passed(
    questions: tuple[str, ...], share: str
) -> None:
    """A threshold shortfall carried into an election the party passed falls back to the
    question it came from: it passed, with its share (no "short of one more seat")."""
    head = _last(*questions).splitlines()[0]
    assert share in head, head
    assert "short" not in head and "жетпеді" not in head, head


def test_the_votes_for_one_more_seat_are_still_answered() -> None:
    head = _last("how many more votes did auyl need for one more seat in 2023").splitlines()[0]
    assert "37,692" in head, head


@pytest.mark.parametrize(
    "question",
    [
        "did adal have more members than auyl",
        "how many members does adal have",
        "у адала было больше членов чем у ауыла",
        "адалдың мүшелері ауылдан көп пе",
        "adaldyn musheleri auyldan kop pe",
    ],
)
def test_party_membership_is_not_held(question: str) -> None:
    """Members of a party are not its seats: not held, said plainly (no confident "No")."""
    reply = ask_in_turn(question)[-1]
    text = render.text(reply)
    assert reply.kind is ReplyKind.UNKNOWN, text
    assert not text.startswith(tuple(YES.values()) + tuple(NO.values())), text


def test_members_of_the_majilis_are_its_seats() -> None:
    assert "107" in _last("how many members does the majilis have")


@pytest.mark.parametrize(
    ("question", "lang", "yes", "figures"),
    [
        ("did ak zhol get more seats than the previous time", "en", True, ("12", "7", "10.95")),
        ("did nur otan get fewer seats than last time", "en", True, ("76", "84")),
        ("did nur otan get more seats than last time", "en", False, ("76", "84")),
        ("ак жол получил больше мест чем в прошлый раз?", "ru", True, ("12", "7")),
        ("ақ жол өткен жолғыдан көп орын алды ма", "kk", True, ("12", "7")),
        ("aq jol otken jolgydan kop oryn aldy ma", "kk", True, ("12", "7")),
    ],
)
def test_more_than_the_previous_time_compares_two_elections(
    question: str, lang: str, yes: bool, figures: tuple[str, ...]
) -> None:
    """ "The previous time", no year: the election asked against the one before it — not the
    previous election's figure alone, and no detail of the earlier election as the asked one."""
    text = _last(question)
    assert text.startswith(YES[lang] if yes else NO[lang]), text
    head = "\n".join(text.splitlines()[:2])
    for figure in figures:
        assert figure in head, text
    assert "7.18" not in text and "7,18" not in text, text
