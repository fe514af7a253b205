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


def _answer(question: str) -> str:
    (text,) = _texts(question)
    return text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("where was turnout the best in 2023", "67.21"),
        ("в какой области была лучшая явка", "75,5"),
        ("қай облыста келу ең жақсы болды", "75,5"),
        ("kai oblysta kelu en zhaksy boldy", "75,5"),
        ("where was the worst turnout in 2021", "30.3"),
    ],
)
def test_the_best_or_worst_figure_is_its_extreme_not_advice(question: str, figure: str) -> None:
    assert figure in _answer(question).split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "which list was longer, ak zhol's or auyl's",
        "у кого было больше кандидатов в списке: у ак жола или у ауыла",
        "ақ жол мен ауылдың қайсысының тізімінде кандидат көп болды",
    ],
)
def test_two_parties_lists_are_compared_by_their_candidates(question: str) -> None:
    text = _answer(question)
    assert "38" in text and "19" in text and "12" not in text, text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("was there some party that got over 60%", "en"),
        ("была ли партия, набравшая больше 60%", "ru"),
        ("60 пайыздан астам алған партия болды ма", "kk"),
        ("60 payyzdan astam algan partiya boldy ma", "kk"),
    ],
)
def test_a_share_set_against_the_parties_is_in_scope(question: str, lang: str) -> None:
    text = _answer(question)
    assert text.startswith(YES[lang]) and "71" in text, text


@pytest.mark.parametrize(
    "question", ["who was at the top of the adal list", "who topped the auyl list in 2021"]
)
def test_the_top_of_a_list_is_its_head_which_is_not_held(question: str) -> None:
    assert ask_in_turn(question)[0].kind is ReplyKind.UNKNOWN


def test_a_party_named_with_the_party_votes_words_asks_its_own_votes() -> None:
    text = _answer("adal party votes 2021")
    assert "258,618" in text and "7,241,562" not in text, text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("ak zhol and auyl seats in 2023 combined", "14 seats"),
        ("сколько мест в сумме у ауыла и республики в 2023", "14 мест"),
        ("2023 жылы ауыл мен республика қосқанда неше орын алды", "14 орын"),
    ],
)
def test_parties_figures_asked_together_are_summed(question: str, total: str) -> None:
    assert total in _answer(question).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("turnout in 2023 didn't exceed 60 percent, did it?", "en"),
        ("в 2023 явка не превысила 60%, так ведь?", "ru"),
        ("2023 жылы қатысу 60 пайыздан аспады, иә?", "kk"),
        ("2023 zhyly katysu 60 payyzdan aspady goi", "kk"),
    ],
)
def test_a_negated_claim_is_answered_as_said(question: str, lang: str) -> None:
    text = _answer(question)
    assert text.startswith(YES[lang]) and "54" in text, text


@pytest.mark.parametrize(
    "question",
    ["is auyl worth backing", "стоит ли вообще поддерживать адал", "ауылды қолдауға тұра ма",
     "за кого в этот раз лучше голосовать"],
)  # fmt: skip
def test_whether_a_party_is_worth_it_is_advice(question: str) -> None:
    assert ask_in_turn(question)[0].kind is ReplyKind.REFUSAL


def test_a_share_computed_from_a_count_shows_the_count() -> None:
    assert "90" in _answer("было ли среди кандидатов больше четверти женщин")


@pytest.mark.parametrize(
    "turns",
    [
        ("where was turnout highest in 2021", "and in 2023?", "and the lowest that year"),
        ("где явка была выше всего в 2021", "а в 2023?", "и где минимальная в том году"),
        ("2021 жылы қай облыста келу ең жоғары болды", "ал 2023 те ше", "сол жылы ең төмені қайда"),
    ],
)  # fmt: skip
def test_that_year_after_a_regional_extreme_is_the_year_said_not_which_year(
    turns: tuple[str, str, str],
) -> None:
    *_, lowest = _texts(*turns)
    assert "25,82" in lowest.split("\n")[0] or "25.82" in lowest.split("\n")[0], lowest
