"""The project's one YAML loader: safe, YAML-1.2-like scalars, duplicate keys refused.

PyYAML implements YAML 1.1, where `no` is false, `010` is 8, `1:30` is 90 and `2021-01-10` is a
date object. Here only `true`/`false` are booleans, integers are decimal, floats are plain
decimals, `null`/`~`/empty are null and every other plain scalar (dates included) is a string.
Errors carry the file name and the 1-based line and column.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class YamlError(ValueError):
    """Malformed YAML: which file, where, and what is wrong."""

    def __init__(self, file: str, line: int | None, column: int | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"{file}: {where}{problem}")


class Loader(_BaseLoader):
    """Safe loader with YAML 1.2 core-schema resolvers and duplicate-key detection."""

    # Own (empty) table, so the YAML 1.1 resolvers of the base class are not inherited.
    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found a list or mapping used as a key",
                    key_node.start_mark,
                )
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen[key] = key_node
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def _resolver(tag: str, pattern: str, first: list[str]) -> None:
    Loader.add_implicit_resolver(tag, re.compile(pattern), first)


_resolver("tag:yaml.org,2002:bool", r"^(?:true|false)$", ["t", "f"])
_resolver("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", list("-+0123456789"))
_resolver(
    "tag:yaml.org,2002:float",
    r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$",
    list("-+0123456789."),
)
_resolver("tag:yaml.org,2002:null", r"^(?:~|null|)$", ["~", "n", ""])


def loads(text: str, file: str = "<string>") -> Any:
    """Parse one YAML document; raise `YamlError` naming `file` and the line on bad input."""
    try:
        return yaml.load(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        raise YamlError(file, line, column, problem) from exc
    except yaml.YAMLError as exc:
        raise YamlError(file, None, None, str(exc)) from exc


def load_file(path: Path, file: str | None = None) -> Any:
    """Read and parse a YAML file; errors name `file` (default: the path)."""
    name = file or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlError(name, None, None, f"not UTF-8 text: {exc.reason}") from exc
    return loads(text, name)
