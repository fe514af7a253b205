"""JSON Lines helpers: one object per line, whatever characters a question holds."""

import json

from sailau.jsonlines import dumps_line, split_lines


def test_line_breaking_characters_are_escaped_but_text_stays_readable() -> None:
    obj = {"q": "явка\x85\u2028\u2029?"}
    line = dumps_line(obj)
    assert line.splitlines() == [line]
    assert "явка" in line
    assert json.loads(line) == obj


def test_input_splits_on_newlines_only() -> None:
    assert split_lines("a\x85b\r\nc\u2028d\n\ne\n") == ["a\x85b", "c\u2028d", "", "e"]
    assert split_lines("") == []
    assert split_lines("no newline") == ["no newline"]
