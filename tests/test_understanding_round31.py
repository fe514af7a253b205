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
    if len(questions) > 1:  # carried: the yes/no it came from
        assert head.startswith((YES["en"], YES["kk"])), head


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
    assert "50" in _last("how many members does the senate have since 2023")


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


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("who won in 2021 and what was turnout", ("Nur Otan", "63.25")),
        ("кто победил и какая явка в 2021", ("Нур Отан", "63,25")),
        ("2021 жылы кім жеңді және келу қанша болды", ("Нұр Отан", "63,25")),
        ("2021 jyly kim jendi jane kelu qansha boldy", ("Нұр Отан", "63,25")),
    ],
)
def test_who_won_and_the_turnout_are_both_answered(question: str, figures: tuple[str, ...]) -> None:
    """A generic verb asked by its own question word ("кім жеңді") is a part of its own, not
    the way another measure was got."""
    text = _last(question)
    for figure in figures:
        assert figure in text, text


@pytest.mark.parametrize(
    ("questions", "figure", "not_said"),
    [
        (("how many seats did ak zhol win in 2021", "and in total?"), "107", "12 seats"),
        (("сколько мест получил ак жол в 2021", "а всего?"), "107", "12 мест"),
        (("ақ жол 2021 жылы неше орын алды", "ал барлығы?"), "107", "12 орын"),
        (("how many votes did ak zhol get in 2021", "and in total?"), "7,241,562", "792,828"),
    ],
)
def test_in_total_after_one_party_is_the_whole_election(
    questions: tuple[str, ...], figure: str, not_said: str
) -> None:
    """ "And in total?" after one party's figure: the same figure of every party together."""
    text = _last(*questions)
    assert figure in text.replace("\u00a0", " "), text
    assert not_said not in text, text


@pytest.mark.parametrize("question", ["самое", "самый", "самая высокая", "the highest"])
def test_a_question_word_alone_is_unfinished_not_off_topic(question: str) -> None:
    """A word of the vocabulary said alone ("самое" of "самый высокий") is no misspelling of an
    off-topic word, and a question of grammar only is unfinished, not off-topic."""
    reply = ask_in_turn(question)[-1]
    assert reply.kind is not ReplyKind.OFF_TOPIC, render.text(reply)


@pytest.mark.parametrize(
    ("question", "lang", "yes", "total"),
    [
        ("did amanat and ak zhol get 88 seats together", "en", False, "68"),
        ("did amanat and ak zhol get 68 seats together", "en", True, "68"),
        (
            "did nur otan, ak zhol and the people's party get 98 seats combined in 2021",
            "en",
            True,
            "98",
        ),
        ("аманат и ак жол вместе получили 68 мест?", "ru", True, "68"),
        ("аманат пен ақ жол қосқанда 70 орын алды ма", "kk", False, "68"),
        # no party named: every party that won seats (the chamber's 107 has 9 APK seats)
        ("do the three winning parties' seats add up to 98", "en", True, "98"),
        ("do the seats of all parties add up to 107", "en", False, "98"),
        ("места всех партий в сумме дают 98 в 2021?", "ru", True, "98"),
        ("2021 жылы барлық партиялар қосқанда 98 орын алды ма", "kk", True, "98"),
    ],
)
def test_a_yes_no_on_named_parties_together_is_decided_by_their_sum(
    question: str, lang: str, yes: bool, total: str
) -> None:
    """ "Together" / "вместе" / "қосқанда" with a stated figure: the sum, computed, decides —
    not a verdict for each party against the whole figure."""
    head = _last(question).splitlines()[0]
    assert head.startswith(YES[lang] if yes else NO[lang]), head
    assert total in head, head
