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


def test_said_groups_the_spans_by_label_in_order() -> None:
    q = _question("seats of amanat vs ak zhol")
    q.extend([Span("party", 4, 6, "ak_zhol", "test"), Span("measure", 0, 1, "seats", "test")])
    q.add(Span("party", 2, 3, "amanat", "test"))
    assert [s.value for s in q.of("party")] == ["ak_zhol", "amanat"]  # as added
    q.settle()
    assert [s.value for s in q.of("party")] == ["amanat", "ak_zhol"]  # as said
    assert q.of("year") == ()
    assert q.labels == {"measure", "party"}


def test_a_label_replaced_leaves_the_questions_own_grouping() -> None:
    q = _question("seats of amanat")
    q.extend([Span("measure", 0, 1, "seats", "test"), Span("party", 2, 3, "amanat", "test")])
    said = q.said.replaced("party", [])
    assert "party" not in said.by and not said.has("party", "amanat")
    assert said.has("measure", "seats") and said.labels == {"measure"}
    leader = Span("measure", 0, 1, "leader", "test")
    assert list(said.replaced("measure", [leader]).of("measure")) == [leader]
    assert q.says("party", "amanat") and q.of("party")
