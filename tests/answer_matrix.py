"""The broad question set: every answer family, each election (and none), every language.

Used by tests/test_rendering.py, and by `python tests/answer_matrix.py [--review] [kk ru en]` to
dump every distinct rendered answer, or the review set (one question per template path), for a
native reader's review (docs/language.md).
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


REVIEW: tuple[tuple[str, Mapping[str, str]], ...] = (
    ("results", {}),
    ("results", {"year": "2023"}),
    ("winner", {}),
    ("passed_threshold", {}),
    ("passed_threshold", {"year": "2023"}),
    ("exit_poll", {}),
    ("exit_poll", {"year": "2023"}),
    ("party_seats", {"party": "nur_otan"}),
    ("party_seats", {"party": "auyl"}),
    ("party_seats", {"party": "ppk", "year": "2016"}),
    ("party_seats", {"party": "nur_otan", "year": "2023"}),
    ("party_seats", {"party": "osdp", "year": "2023"}),
    ("party_seats", {"party": "respublica", "year": "2021"}),
    ("party_votes", {"party": "ak_zhol"}),
    ("party_votes", {"party": "baytaq"}),
    ("party_share", {"party": "nur_otan"}),
    ("party_change", {"party": "ak_zhol"}),
    ("party_change", {"party": "adal"}),
    ("party_change", {"party": "nur_otan", "year": "2023"}),
    ("party_leader", {"party": "nur_otan"}),
    ("party_leader", {"party": "adal", "year": "2016"}),
    ("party_list", {"party": "ak_zhol"}),
    ("party_info", {"party": "ppk"}),
    ("party_info", {"party": "adal"}),
    ("parties", {}),
    ("party_seats", {}),
    ("turnout", {}),
    ("turnout", {"year": "2016"}),
    ("turnout_times", {}),
    ("turnout_region", {"region": "almaty_city"}),
    ("turnout_region", {"region": "nur_sultan"}),
    ("turnout_region", {"region": "abai", "year": "2023"}),
    ("turnout_region", {}),
    ("turnout_region", {"region": "almaty_city", "year": "2016"}),
    ("turnout_extremes", {}),
    ("registered_voters", {}),
    ("ballots", {}),
    ("invalid_ballots", {}),
    ("party_votes_total", {"year": "2023"}),
    ("against_all", {}),
    ("against_all", {"year": "2021"}),
    ("polling_stations", {}),
    ("polling_stations", {"year": "2016"}),
    ("regional_results", {}),
    ("chamber_size", {}),
    ("chamber_size", {"year": "2023"}),
    ("majority", {}),
    ("threshold", {}),
    ("electoral_system", {}),
    ("electoral_system", {"year": "2023"}),
    ("apk", {}),
    ("apk", {"year": "2023"}),
    ("candidates", {}),
    ("candidates", {"year": "2016"}),
    ("women", {}),
    ("women", {"year": "2016"}),
    ("election_date", {}),
    ("timeline", {}),
    ("final_results", {}),
    ("speaker", {}),
    ("prime_minister", {}),
    ("prime_minister", {"year": "2016"}),
    ("observers", {}),
    ("observers", {"year": "2023"}),
    ("osce_findings", {}),
    ("boycott", {}),
    ("protests", {}),
    ("context", {}),
    ("context", {"year": "2016"}),
    ("compare", {}),
    ("compare", {"year": "2021", "other_year": "2016"}),
    ("renaming", {}),
    ("renaming", {"party": "ak_zhol"}),
    ("institution", {"institution": "senate"}),
    ("institution", {"institution": "apk"}),
    ("referendum", {}),
    ("maslikhats", {}),
    ("maslikhats", {"region": "shymkent"}),
    ("whatif", {"threshold": "5"}),
    ("whatif", {"method": "dhondt"}),
    ("whatif", {"threshold": "60"}),
    ("whatif", {"threshold": "80"}),
    ("seat_explain", {}),
    ("last_seat", {}),
    ("last_seat", {"method": "sainte_lague"}),
    ("votes_needed", {"party": "auyl"}),
    ("votes_needed", {"party": "ak_zhol"}),
    ("help", {}),
    ("greeting", {}),
    ("about", {}),
    ("sources", {}),
    ("neutrality", {}),
    ("prediction", {}),
)
"""The review set: one question per template path, the way answer-review.md read them."""


def review(langs: tuple[str, ...]) -> str:
    """The review set's answers in `langs`, numbered, each followed by its "more" part."""
    out = []
    for n, (intent, slots) in enumerate(REVIEW, 1):
        for lang in langs:
            reply = answer_intent(intent, slots, lang)  # type: ignore[arg-type]
            asked = " ".join(f"{k}={v}" for k, v in sorted(slots.items()))
            out.append(f"### {n}{lang} {intent} {asked}\n{render.text(reply)}\n")
            if reply.suggestions and reply.suggestions[0].intent == f"{intent}{MORE}":
                more = answer_intent(f"{intent}{MORE}", slots, lang)  # type: ignore[arg-type]
                out.append(f"### {n}{lang}+ (more) {intent} {asked}\n{render.text(more)}\n")
    return "\n".join(out)


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
    # python tests/answer_matrix.py [--review] [kk ru en]: every distinct answer, or the review set
    args = sys.argv[1:]
    langs = tuple(a for a in args if a in LANGS) or LANGS
    print(review(langs) if "--review" in args else dump(langs))
