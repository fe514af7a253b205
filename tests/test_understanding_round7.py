"""Round 7's failure classes (issue 12, docs/understanding.md): a topic's figures in a
follow-up, "the party" pointing back, the Senate's period asked, deputy speakers, list heads
(not held), the list quota, turnout and ballot words, "without spoiled" votes, a short full name,
each in phrasings of our own (typos, Latin, Kazakh endings)."""

from __future__ import annotations

import pytest
from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


@pytest.mark.parametrize(
    ("opening", "share", "turnout"),
    [
        ("when did the referendum take place", "what percent said yes?", "and the turnout"),
        ("референдум кагда проводили", "скок процентов проголосовало за", "а сколько пришло"),
        ("референдум қашан өтті", "неше пайызы иә деді", "келгендер қанша"),
    ],
)
def test_a_topics_figures_stay_within_it(opening: str, share: str, turnout: str) -> None:
    first, yes, came = ask_in_turn(opening, share, turnout)
    assert first.intent == yes.intent == came.intent == "referendum"
    assert "77" in render.text(yes) and "68" in render.text(came)


def test_a_full_question_after_a_topic_is_its_own() -> None:
    _, turnout = ask_in_turn("when was the referendum", "turnout in 2016?")
    assert turnout.intent == "turnout" and "77.12" in render.text(turnout)


@pytest.mark.parametrize(
    ("first", "renamed", "seats", "figure"),
    [
        ("who led nur otan in 2021", "when was the party renamed", "and its seats in 2023", "62"),
        (
            "нур отан сколько мест в 2021",
            "когда эту партию переименовали",
            "сколько мандатов она взяла в 2023",
            "62",
        ),
        (
            "нұр отанды кім басқарды",
            "партия атын қашан өзгертті",
            "2023 те ол неше орын алды",
            "62",
        ),
    ],
)
def test_the_party_points_back_to_the_one_asked_about(
    first: str, renamed: str, seats: str, figure: str
) -> None:
    _, renaming, won = ask_in_turn(first, renamed, seats)
    assert renaming.intent == "renaming" and "2022" in render.text(renaming)
    assert "Birlik" not in render.text(renaming) and "Бірлік" not in render.text(renaming)
    assert figure in render.text(won)


def test_which_party_is_still_asked() -> None:
    _, winner = ask_in_turn("how many seats did auyl get", "which party won?")
    assert winner.intent == "winner"


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("senators how many today", "50"),
        ("скока сенаторов щас", "50"),
        ("қазір сенаторлар саны қанша", "50"),
    ],
)
def test_the_senates_current_size_leads(question: str, figure: str) -> None:
    text = render.text(answer(question))
    first_figure = next(w for w in text.split() if w.strip(":").isdigit() and len(w) == 2)
    assert first_figure == figure, text


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("who were the vice speakers after the 2021 vote", ("Kesebayeva", "Kazantsev")),
        ("вице-спикеры мажилиса 2023 года", ("Рау", "Еспаева")),
        ("2021 жылы мәжіліс төрағасының орынбасары кім болды", ("Кесебаева",)),
    ],
)
def test_deputy_speakers_are_the_speakers_answer(question: str, names: tuple[str, ...]) -> None:
    reply = answer(question)
    assert reply.intent == "speaker"
    assert all(name in render.text(reply) for name in names)


@pytest.mark.parametrize(
    "question",
    [
        "who was at the head of ak zhols list",
        "кто возглавлял список ак жола",
        "ақ жол тізімін басқарған кім",
    ],
)
def test_list_heads_are_not_held(question: str) -> None:
    assert answer(question).kind is ReplyKind.UNKNOWN


@pytest.mark.parametrize(
    "question",
    [
        "the quota for women and youth on party lists?",
        "квота женщин в партийных списках",
        "партия тізімдеріндегі жастар квотасы",
    ],
)
def test_the_list_quota_is_not_the_hare_quota(question: str) -> None:
    reply = answer(question)
    assert reply.intent == "row" and "30" in render.text(reply)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many voters turned up in 2016", "7,566,150"),
        ("skolko byulletenei bylo vydano v 2021", "539"),
        ("сколько голосов получили партии без испорченных бюллетеней", "241"),
        ("votes cast for parties excluding spoiled ones", "7,241,562"),
    ],
)
def test_turnout_ballots_and_valid_votes(question: str, figure: str) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.ANSWER and figure in render.text(reply)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many votes did yuri li get at the apk", "282"),
        ("юрий ли сколько голосов получил", "282"),
        ("юрий ли неше дауыс жинады", "282"),
    ],
)
def test_a_short_surname_is_reached_by_the_full_name(question: str, figure: str) -> None:
    assert figure in render.text(answer(question))
