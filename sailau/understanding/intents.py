"""The intents of `facts/intents/*.yaml`: each answer family's slots and its phrasings.

Phrasings are no longer how a question is understood (that is the frame: `sailau.understanding`);
they label "did you mean" offers, back up idioms no measure word covers, and keep the regression
tests honest (a held-out question must not be pasted in as a phrasing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sailau.reply import LANGS, Lang
from sailau.yamlio import load_file

INTENTS_DIR = "intents"
SLOT_NAMES = frozenset(
    {"year", "other_year", "party", "region", "extreme", "method", "threshold", "chart",
     "institution", "metric"}
)  # fmt: skip


@dataclass(frozen=True)
class Intent:
    """One intent of `facts/intents/`: its slots and phrasings per language."""

    id: str
    required: frozenset[str]
    optional: frozenset[str]
    phrasings: Mapping[Lang, tuple[str, ...]]

    @property
    def accepts(self) -> frozenset[str]:
        return self.required | self.optional

    def label(self, lang: Lang) -> str:
        """The first phrasing of a language: a complete question, shown in "did you mean"."""
        return self.phrasings[lang][0]


class IntentFileError(ValueError):
    """An intent file is malformed: names the file, the intent and the problem."""


def load_intents(intents_dir: Path) -> list[Intent]:
    """Every intent of `intents_dir/*.yaml`, checked: known slots, phrasings in all languages."""
    intents: dict[str, Intent] = {}
    files = sorted(intents_dir.glob("*.yaml"))
    if not files:
        raise IntentFileError(f"{intents_dir}: no intent files")
    for path in files:
        data = load_file(path) or {}
        if not isinstance(data, dict):
            raise IntentFileError(f"{path.name}: expected a mapping of intent ids")
        for intent_id, spec in data.items():
            if intent_id in intents:
                raise IntentFileError(f"{path.name}: {intent_id}: defined twice")
            intents[intent_id] = _intent(path.name, str(intent_id), spec)
    return list(intents.values())


def _intent(file: str, intent_id: str, spec: Any) -> Intent:
    where = f"{file}: {intent_id}"
    if not isinstance(spec, dict) or not isinstance(spec.get("phrasings"), dict):
        raise IntentFileError(f"{where}: needs `phrasings: {{kk: [...], ru: [...], en: [...]}}`")
    slots = spec.get("slots") or {}
    required = frozenset(slots.get("required") or ())
    optional = frozenset(slots.get("optional") or ())
    unknown = (required | optional) - SLOT_NAMES
    if unknown:
        raise IntentFileError(f"{where}: unknown slots {sorted(unknown)}")
    phrasings: dict[Lang, tuple[str, ...]] = {}
    for lang in LANGS:
        items = spec["phrasings"].get(lang) or []
        if not items or not all(isinstance(p, str) and p.strip() for p in items):
            raise IntentFileError(f"{where}: phrasings.{lang}: needs non-empty strings")
        phrasings[lang] = tuple(items)
    return Intent(intent_id, required, optional, phrasings)
