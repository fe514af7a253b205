"""`Question.says`: the (label, value) look-up the frame builder asks before scanning the spans
(perf10) follows the spans as they are added and settled."""

from __future__ import annotations

from sailau.understanding.doc import Question, Span
from sailau.understanding.extractors import Tokens
from sailau.understanding.text import load_tables


def _question(text: str) -> Question:
    q = Question(text, "en")
    Tokens(load_tables())(q)
    return q


def test_says_follows_the_spans_added_and_settled() -> None:
    q = _question("seats of amanat vs ak zhol")
    assert not q.says("form", "compare")  # (remembered now: nothing said)
    q.add(Span("form", 3, 4, "compare", "test"))
    assert q.says("form", "compare")
    assert not q.says("form", "yesno")
    q.extend([Span("form", 3, 4, "yesno", "test")])
    assert q.says("form", "yesno")
    q.extend([Span("measure", 2, 5, "seats", "test")])  # longer: settling drops both forms
    q.settle()
    assert q.says("measure", "seats")
    assert not q.says("form", "compare")


def test_says_is_no_part_of_a_questions_value() -> None:
    q = _question("seats")
    other = _question("seats")
    q.says("form", "compare")
    assert q == other
    assert repr(q) == repr(other)
