"""The held-out set: questions written without looking at the phrasings, never tuned on.

Floors are honest, below the regression set's 97 %: at least 90 % right per language, no
question answered with another intent (a wrong answer is worse than "did you mean"), no
off-topic question answered, and every right answer carries its figure. See
docs/understanding.md for the before/after numbers; `python bot.py report --file
tests/data/heldout.yaml --gate 0.9` prints the run in detail.
"""

from __future__ import annotations

from collections import Counter

import pytest

from sailau.commands.report import HELDOUT_FILE, Summary, evaluate, load_cases, pipeline_runner
from sailau.reply import LANGS

FLOOR = 0.90
CASES = load_cases(HELDOUT_FILE)
MAX_VERBATIM = 54
"""Held-out questions that are also phrasings: 50 short, natural ones already were before the set
was written ("когда были выборы"), plus the issue's own examples ("how was the last seat
decided?", "show me the parliament", "кого выбрать?") and the against-all intent's label."""
KNOWN_MISSING_FIGURES = {"аманат неше пайыз алды"}
"""Amanat named with no year is read as the party in 2021 (then Nur Otan, 71,09 %), not 2023."""


@pytest.fixture(scope="module")
def summary() -> Summary:
    return evaluate(CASES, pipeline_runner(), FLOOR)


def test_the_set_is_big_and_varied_enough() -> None:
    per_lang = Counter(c.lang for c in CASES)
    assert len(CASES) >= 240
    assert all(per_lang[lang] >= 80 for lang in LANGS), per_lang
    assert sum(c.intent is None for c in CASES) >= 60
    assert len({c.q for c in CASES}) == len(CASES), "duplicate questions"


def test_no_held_out_question_is_a_phrasing_verbatim() -> None:
    """The set measures generalisation: pasting its questions into the phrasings would hide it."""
    from sailau.paths import REPO_FACTS_DIR
    from sailau.understanding.intents import load_intents

    phrasings = {
        p.casefold().strip(" ?!.")
        for i in load_intents(REPO_FACTS_DIR / "intents")
        for ps in i.phrasings.values()
        for p in ps
    }
    pasted = [c.q for c in CASES if c.q.casefold().strip(" ?!.") in phrasings]
    assert len(pasted) <= MAX_VERBATIM, pasted


def test_accuracy_per_language_reaches_the_floor(summary: Summary) -> None:
    for lang in LANGS:
        ok, total = summary.accuracy(lang)
        mine = [o for o in summary.answered() if o.case.lang == lang]
        wrong = [(o.case.q, o.intent) for o in mine if not o.ok]
        assert ok / total >= FLOOR, f"{lang}: {ok}/{total}; failures: {wrong}"


def test_no_question_is_answered_with_another_intent(summary: Summary) -> None:
    assert not [(o.case.q, o.case.intent, o.intent) for o in summary.wrong_answers()]


def test_no_off_topic_question_is_answered(summary: Summary) -> None:
    assert not [(o.case.q, o.intent, o.stray_numbers) for o in summary.leaks()]


def test_right_answers_carry_their_figure(summary: Summary) -> None:
    missing = [(o.case.q, o.case.figure) for o in summary.missing_figures()]
    assert {q for q, _ in missing} <= KNOWN_MISSING_FIGURES, missing
