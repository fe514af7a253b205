"""Issue 12, round 65 (understanding65): the merged rounds' regressions. "Chairman of this
party" after a party's leader is that party's leader (a phrase pointing at a party keeps its
party word); a heading before a question ("распределение 2021: …") is the question's setting,
not a question of its own. Our own wordings, in the three languages."""

from __future__ import annotations

import pytest
from reply_checks import plain_text
from test_pipeline import ask_in_turn

from sailau.pipeline import answer


@pytest.mark.parametrize(
    ("first", "then", "since"),
    [
        (
            "who was at the head of Nur Otan at the 2021 election?",
            "and from what date has he chaired this party?",
            "1 March 1999",
        ),
        (
            "кто руководил Нур Отаном на выборах 2021 года?",
            "а когда он стал председателем этой партии?",
            "1 марта 1999",
        ),
        (
            "2021 жылғы сайлауда Нұр Отанды кім басқарды?",
            "ол бұл партияның төрағасы қай күннен бері?",
            "1999 жылғы 1 наурыз",
        ),
    ],
)
def test_the_chairman_of_the_party_pointed_at_is_its_leader(
    first: str, then: str, since: str
) -> None:
    replies = ask_in_turn(first, then)
    reply = replies[-1]
    text = plain_text(reply)
    assert reply.intent == "party_leader", text
    assert since in text, text


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("раздача мест 2021: сколько мест отдали по целым частям квоты", "дают 96 мандатов"),
        ("2021 жылғы бөлу: бүтін бөліктер бойынша неше орын берілді", "96 мандат береді"),
        ("seat distribution 2021: how many seats went out on whole quotas", "give 96 seats"),
        ("2021 allocation - how many mandates did the whole parts hand out", "give 96 seats"),
    ],
)
def test_a_heading_before_the_question_is_its_setting(question: str, line: str) -> None:
    """The quota's arithmetic, not the electoral system too; the seats whole quotas gave are
    said with the quota, whichever party's row the answer puts first."""
    reply = answer(question)
    text = plain_text(reply)
    assert reply.intent == "seat_explain", text
    assert line in text[:600], text


@pytest.mark.parametrize(
    ("first", "then", "lang", "figure"),
    [
        ("явка в Караганде в 2021", "2023 she", "kk", "59,48"),
        ("karagandy oblysy kelu 2021", "a v 2023?", "ru", "59,48"),
        ("turnout in karaganda 2021", "and 2023?", "en", "59.48"),
    ],
)
def test_a_latin_typed_follow_up_keeps_its_own_language_on_a_tie(
    first: str, then: str, lang: str, figure: str
) -> None:
    """Latin-typed Kazakh or Russian read in each language: another language wins only when
    its own words explain more, not on a tie with the language the last reply was in."""
    reply = ask_in_turn(first, then)[-1]
    text = plain_text(reply)
    assert reply.lang == lang, text
    assert figure in text, text
