"""The project's YAML loader: YAML-1.2-like scalars, duplicate keys and errors with lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from sailau.yamlio import YamlError, load_file, loads


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no", "no"),
        ("yes", "yes"),
        ("off", "off"),
        ("010", "010"),
        ("1:30", "1:30"),
        ("0x1F", "0x1F"),
        ("1_000", "1_000"),
        ("2021-01-10", "2021-01-10"),
        ("true", True),
        ("false", False),
        ("null", None),
        ("~", None),
        ("", None),
        ("42", 42),
        ("-8", -8),
        ("0", 0),
        ("71.09", 71.09),
        ("'71.09'", "71.09"),
    ],
)
def test_scalars(text: str, value: object) -> None:
    assert loads(f"key: {text}\n") == {"key": value}


def test_duplicate_key_names_the_line() -> None:
    with pytest.raises(YamlError) as caught:
        loads("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert (caught.value.file, caught.value.line) == ("x.yaml", 3)
    assert "duplicate key 'a'" in str(caught.value)


@pytest.mark.parametrize("text", ["? [a, b]\n: 1\n", "{[a]: 1}\n", "? {a: 1}\n: 2\n"])
def test_list_or_mapping_as_a_key_names_the_line(text: str) -> None:
    with pytest.raises(YamlError) as caught:
        loads(text, "k.yaml")
    assert caught.value.file == "k.yaml" and caught.value.line == 1
    assert "used as a key" in str(caught.value)


def test_malformed_yaml_names_file_line_and_column() -> None:
    with pytest.raises(YamlError) as caught:
        loads("a:\n  - [1, 2\nb: 3\n", "broken.yaml")
    error = caught.value
    assert error.file == "broken.yaml" and error.line == 3 and error.column is not None
    assert str(error).startswith("broken.yaml: line 3, column")


def test_load_file_refuses_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: Ä\n".encode("latin-1"))
    with pytest.raises(YamlError, match="not UTF-8"):
        load_file(path, "latin1.yaml")


def test_no_arbitrary_objects() -> None:
    with pytest.raises(YamlError):
        loads("!!python/object/apply:os.system ['true']\n")
