"""Round 26 (issue 12, docs/understanding.md): follow-ups about an office-holder (until when, who
came after, was he re-appointed), the Senate before and after the 2022 reform, and an exit poll
held against the official result — our own phrasings, in all three languages (Kazakh with and
without its letters)."""

from __future__ import annotations

import pytest
from reply_checks import YES
from test_pipeline import ask_in_turn

from sailau import render
from sailau.reply import ReplyKind


def _texts(*questions: str) -> list[str]:
    """Each reply of one conversation as plain text; every one must be an answer."""
    replies = ask_in_turn(*questions)
    for reply in replies:
        assert reply.kind is ReplyKind.ANSWER, render.text(reply)
    return [render.text(r).replace("\u00a0", " ") for r in replies]


@pytest.mark.parametrize(
    ("first", "until", "after", "date", "name"),
    [
        (
            "who chaired the majilis after the 2021 vote",
            "how long did he stay in office",
            "who was his successor",
            "1 February 2022",
            "Koshanov",
        ),
        (
            "кто возглавил мажилис после выборов 2021",
            "до каких пор он оставался на посту",
            "а кто пришёл после него",
            "1 февраля 2022",
            "Кошанов",
        ),
        (
            "2021 жылғы сайлаудан кейін мәжіліс төрағасы кім болды",
            "қашанға дейін төраға болды",
            "оның орнына кім сайланды",
            "1 ақпан",
            "Қошанов",
        ),
        (
            "2021 saylaudan keiin mazhilis toragasy kim boldy",
            "ol qashanga deiin otyrdy",
            "ornyna kim keldi",
            "1 ақпан",
            "Қошанов",
        ),
    ],
)
def test_an_office_holders_term_and_successor_follow_the_office(
    first: str, until: str, after: str, date: str, name: str
) -> None:
    _, term, successor = _texts(first, until, after)
    # the term, with its end, leads; the next holder follows in the answer
    assert date in term.split("\n")[0], term
    assert date in successor.split("\n")[0] and name in successor, successor


@pytest.mark.parametrize(
    ("first", "again", "lang"),
    [
        ("who was prime minister after the 2021 election", "was he reappointed?", "en"),
        ("кто был премьер-министром после выборов 2021", "а его переназначили?", "ru"),
        ("2021 сайлаудан кейін премьер-министр кім болды", "ол қайта тағайындалды ма", "kk"),
    ],
)
def test_a_reappointment_after_a_prime_minister_question_is_a_yes_no(
    first: str, again: str, lang: str
) -> None:
    _, verdict = _texts(first, again)
    assert verdict.startswith(YES[lang]) and "78" in verdict, verdict


@pytest.mark.parametrize(
    "follow_up", ["2023 жылдан бастап ше", "2023 ten bastap she", "2023-тен бастап қанша"]
)
def test_from_a_year_on_in_kazakh_is_the_state_since_then(follow_up: str) -> None:
    _, since = _texts("сенатта қанша сенатор бар", follow_up)
    assert "50" in since.split("\n")[0] and "49" not in since, since


@pytest.mark.parametrize(
    "question",
    [
        "after the reform how many senators does the president appoint",
        "сколько сенаторов президент назначает после реформы, а сколько назначал до неё",
        "реформадан кейін президент сенатқа қаншасын тағайындайды",
        "reformadan keiin prezident senatqa qanshasyn tagaiyndaidy",
    ],
)
def test_the_senators_appointed_since_the_reform_state_the_earlier_figure_too(
    question: str,
) -> None:
    (text,) = _texts(question)
    assert "10" in text and "15" in text, text


@pytest.mark.parametrize(
    ("poll", "official", "off", "figures"),
    [
        ("exit poll result for ak zhol", "and the official figure?", "how far off were they",
         ("10.95", "0.77")),
        ("какой экзитпол был у ауыла", "и официальный?", "насколько ошиблись",
         ("5,29", "0,46")),
        ("экзитпол бойынша адал неше пайыз алды", "ал ресми нәтиже ше", "қаншаға қателесті",
         ("3,57", "0,5")),
        ("exitpol boiynsha adal neshe payyz aldy", "al resmi natizhe she", "kanshaga kateleste",
         ("3,57", "0,5")),
    ],
)  # fmt: skip
def test_the_official_result_after_an_exit_poll_is_held_against_it(
    poll: str, official: str, off: str, figures: tuple[str, str]
) -> None:
    _, against, gap = _texts(poll, official, off)
    for text in (against, gap):
        assert all(f in text.split("\n")[0] for f in figures), text


@pytest.mark.parametrize(
    ("first", "until", "missing"),
    [
        ("who became prime minister in 2021", "until when did he stay in office", "I don't have"),
        ("кто стал премьером в 2021", "а до каких пор он был премьером", "у меня данных нет"),
        ("2021 жылы премьер-министр кім болды", "қашанға дейін отырды", "деректер менде жоқ"),
    ],
)
def test_a_term_the_sources_give_no_end_for_is_said_not_held(
    first: str, until: str, missing: str
) -> None:
    _, term = _texts(first, until)
    assert missing in term.split("\n")[1], term
