"""The native British English review of the composed answers (review-compose6-en.md): the
phrasings it corrected are gone from every English composed answer of blind sets A and B, the
house style of docs/language.md holds (no sentence opening with a figure, "percentage points",
small standalone counts in words), and follow-ups do not ask what the answer has just said."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from sailau import blindsets, render
from sailau.commands.chat import Conversation
from sailau.i18n import load_catalog
from sailau.pipeline import answer

DATA = Path(__file__).parent / "data"
COMPOSED = ("multi", "yesno", "compare")


@cache
def composed_en() -> tuple[tuple[str, str], ...]:
    """(question, rendered answer) of every English composed question of sets A and B."""
    out = []
    for path in (DATA / "setA.yaml", DATA / "setB.yaml"):
        for case in blindsets.load_set(path):
            if case.lang == "en" and case.kind in COMPOSED and case.dialogue is None:
                out.append((case.q, Conversation(ui_lang="en").handle(case.q)))
    return tuple(out)


def body(text: str) -> str:
    """The answer without its source line and follow-ups."""
    return re.split(r"\n(?:Sources?:|You can also ask:)", text)[0]


CORRECTED = [
    " pp ",  # "1.71 pp short" -> "1.71 percentage points short"
    "\u00a0pp",
    "won no seats (0)",
    "no seats (0)",
    "a majority takes",
    "takes at least",
    "seats more:",
    "seats fewer:",
    "votes fewer:",
    "candidates more:",
    "ballots more:",
    "voters more than",
    "pp higher:",
    "pp lower:",
    "had 60.14",
    "Share of the vote of",
    "The vote: ",
    "Prime Minister after the 2021 election:",
    "The 2021 exit poll: ",
    "The 2021 Mäjilis election: ",
    "2021 recalculated (",
    "Below the threshold: ",
    "(the same as official)",
    "and People's Party of Kazakhstan",
    "as Communist People's Party",
    "Nur Otan: 71.97% in the exit poll",
    "0 voted against",
    "elected 9 Mäjilis",
    "Turnout in 2021: 63.25%",
    "Under those rules",
]


def test_the_english_reviews_corrections_hold() -> None:
    """Each phrasing the English editor corrected is absent from every composed answer."""
    found = [(q, phrase) for q, text in composed_en() for phrase in CORRECTED if phrase in text]
    assert not found, found


def test_no_english_sentence_opens_with_a_figure() -> None:
    """British house style: a sentence never starts with digits (recast, or a word)."""
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    opening = re.compile(rf"(?:^|[.!?]\s)(\d[\d,.]*)(?!:\d)(?!\s(?:{months}))", re.M)
    found = [(q, m.group(0)) for q, text in composed_en() for m in opening.finditer(body(text))]
    assert not found, found


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did auyl make it past the threshold", "1.71 percentage points short"),
        ("did auyl make it past the threshold", "In 2021, three parties passed"),
        (
            "seats for ak zhol and ppk",
            "Ak Zhol won 12 seats and the People's Party of Kazakhstan 10",
        ),
        ("how many fewer seats did nur otan get than in 2016", "76 seats in 2021, 8 fewer than"),
        ("how many more candidates ran than in 2016", "In 2021, 312 candidates stood"),
        ("was anybody against mamin's approval", "none voted against"),
        ("does nur otan have a majority by itself", "a majority requires 54"),
        ("did ak zhol get more than 10%", "Yes. Ak Zhol's share of the vote in 2021"),
        ("is nur otan still called nur otan", "renamed"),
        ("did nur otan lose seats compared to last time", "Yes."),
        ("gap between nur otan and ak zhol in percentage points", "60.14 percentage points higher"),
        ("at 5 percent would auyl have gotten seats", "would have won six seats"),
    ],
)
def test_the_english_reviews_phrasings(question: str, expected: str) -> None:
    assert expected in Conversation(ui_lang="en").handle(question).replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("question", "offer"),
    [
        ("does nur otan have a majority by itself", "How many seats does the Mäjilis have?"),
        ("women: how many ran and how many got elected", "How many candidates ran?"),
        ("did ak zhol win more seats in 2023 than in 2021", "Change since the previous election"),
        ("highest and lowest regional turnout 2021", "3. Turnout by region"),
    ],
)
def test_follow_ups_do_not_ask_what_the_answer_said(question: str, offer: str) -> None:
    """A follow-up whose answer's figures one line of the reply already states, or a change
    after a yes/no that compared, is not offered (language-independent: kk and ru too)."""
    assert offer not in Conversation(ui_lang="en").handle(question)


def test_a_tally_is_not_said_twice() -> None:
    text = body(
        render.text(answer("mamin confirmation vote - how many for and how many abstained"))
    )
    assert text.count("78") == 1, text


def test_english_writes_small_standalone_counts_in_words() -> None:
    catalog = load_catalog()
    assert catalog.inflect("8", "en", "words") == "eight"
    assert catalog.inflect("0", "en", "words") == "none"
    assert catalog.inflect("12", "en", "words") == "12"  # 10 and above stay in figures
    case = blindsets.Case("how many parties passed", "en", "value", ("3",))
    assert blindsets.has_figure("Three parties passed", "3", "en", catalog)
    assert not blindsets.has_figure("Two parties passed", "3", "en", catalog)
    assert case.expect == ("3",)
