"""The broad question set: every answer family, each election (and none), every language.

Used by tests/test_rendering.py, and by `python tests/answer_matrix.py` to dump every rendered
answer for a native reader's review (docs/language.md).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator, Mapping

from sailau import render
from sailau.answers.registry import MORE, REGISTRY
from sailau.factbase import load_factbase
from sailau.pipeline import answer_intent
from sailau.reply import LANGS, Lang, Reply

YEARS: tuple[str | None, ...] = (None, "2016", "2021", "2023")

# Slot values each family is asked with besides the year (every value once, not every
# combination): every party, a region per kind and per renaming, the what-if rules.
VARIANTS: Mapping[str, tuple[Mapping[str, str], ...]] = {
    "party": tuple({"party": p} for p in load_factbase().parties),
    "region": (
        {"region": "almaty_city"},
        {"region": "north_kazakhstan"},
        {"region": "nur_sultan"},
        {"region": "abai"},
        {"region": "mangystau"},
    ),
    "whatif": (
        {},
        {"threshold": "5"},
        {"threshold": "3"},
        {"threshold": "60"},
        {"method": "dhondt"},
        {"method": "sainte_lague", "threshold": "5"},
    ),
    "votes_needed": ({}, {"party": "auyl"}, {"party": "ak_zhol"}, {"party": "adal"}),
    "institution": tuple({"institution": i} for i in load_factbase().institutions),
    "extreme": ({"extreme": "highest"}, {"extreme": "lowest"}),
    "compare": ({}, {"other_year": "2016"}, {"other_year": "2023"}),
}

SLOTS_OF: Mapping[str, tuple[str, ...]] = {
    "party_seats": ("party",),
    "party_votes": ("party",),
    "party_share": ("party",),
    "party_change": ("party",),
    "party_leader": ("party",),
    "party_list": ("party",),
    "party_info": ("party",),
    "renaming": ("party",),
    "turnout_region": ("region",),
    "maslikhats": ("region",),
    "turnout_extremes": ("extreme",),
    "whatif": ("whatif",),
    "seat_explain": ("whatif",),
    "last_seat": ("whatif",),
    "votes_needed": ("votes_needed",),
    "institution": ("institution",),
    "compare": ("compare",),
}

SKIPPED = frozenset({"chart"})
"""Charts are drawn and checked by the chart tests; their text is the chart's caption."""


def families() -> list[str]:
    """Every registered answer, without the `_more` halves (asked through their buttons)."""
    return sorted(i for i in REGISTRY if not i.endswith(MORE) and i not in SKIPPED)


def questions() -> Iterator[tuple[str, dict[str, str], Lang]]:
    """(intent, slots, language) for the whole set."""
    for intent in families():
        variants = [{}, *itertools.chain(*(VARIANTS[s] for s in SLOTS_OF.get(intent, ())))]
        for extra, year, lang in itertools.product(variants, YEARS, LANGS):
            slots = dict(extra) | ({"year": year} if year else {})
            yield intent, slots, lang


def answers() -> Iterator[tuple[str, dict[str, str], Lang, Reply]]:
    """Each question with its reply, and the rest of it when the reply has a "more" button."""
    for intent, slots, lang in questions():
        reply = answer_intent(intent, slots, lang)
        yield intent, slots, lang, reply
        for s in reply.suggestions:
            if s.intent == f"{intent}{MORE}":
                yield s.intent, dict(s.slots), lang, answer_intent(s.intent, dict(s.slots), lang)


def dump(langs: tuple[str, ...]) -> str:
    """Every distinct answer text in `langs`, each once, with the question that gave it."""
    seen: set[str] = set()
    out = []
    for intent, slots, lang, reply in answers():
        text = render.text(reply)
        if lang not in langs or text in seen:
            continue
        seen.add(text)
        asked = " ".join(f"{k}={v}" for k, v in sorted(slots.items()))
        out.append(f"### {len(seen)}. [{lang}] {intent} {asked}\n{text}\n")
    return "\n".join(out)


if __name__ == "__main__":
    print(dump(tuple(sys.argv[1:]) or LANGS))
