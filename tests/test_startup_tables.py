"""What the engine works out once instead of on every question gives what the per-question work
gave (perf17): pymorphy3 without the units that cannot read a Cyrillic word, the misspelt-word
candidates cut by length, the catalog's texts parsed at load, an answer line's stems remembered."""

from __future__ import annotations

import random

import pymorphy3
from rapidfuzz import fuzz, process

from sailau import slips
from sailau.compose.lines import line_stems
from sailau.i18n import load_catalog
from sailau.pipeline import engine
from sailau.reply import LANGS
from sailau.understanding.extractors import FUZZY_CUTOFF, FUZZY_MIN_CHARS, TYPO_LENGTH
from sailau.understanding.morphology import _russian_analyser
from sailau.understanding.text import stems

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
WORDS = ["-", "--", "кто-то", "по-русски", "из-за", "А", "Ё", "выборы", "выбборов", "маслихате",
         "костанае", "прцоентов", "партиялар", "нұр", "сайлауда", "голосовавших"]  # fmt: skip


def _some_words(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(CYRILLIC + "-") for _ in range(rng.randint(1, 12))) for _ in range(n)
    ]


def _readings(parses: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(p[0], str(p[1]), p[2], p[3]) for p in parses]


def test_the_russian_analyser_reads_cyrillic_words_as_pymorphy3s_default_does() -> None:
    pruned, default = _russian_analyser(), pymorphy3.MorphAnalyzer()
    for word in [*WORDS, *_some_words(3000, seed=17)]:
        assert _readings(pruned.parse(word)) == _readings(default.parse(word)), word


def _closest_of_all(words: dict[str, list[str]], gram: str) -> str | None:
    """`Misspelt._closest` as it was: every word of the gram's initial scored."""
    keys = words.get(gram[:1])
    if len(gram.replace(" ", "")) < FUZZY_MIN_CHARS or not keys:
        return None
    hit = process.extractOne(
        gram, keys, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_CUTOFF
    )
    if hit is None or abs(len(hit[0]) - len(gram)) > TYPO_LENGTH:
        return None
    return str(hit[0])


def test_misspelt_words_are_found_among_the_words_of_a_length_that_can_match() -> None:
    misspelt = engine().reader.misspelt
    rng = random.Random(3)
    known = [w for ws in misspelt.by_initial.values() for w in ws]
    grams = [slips.slip(rng.choice(known), rng) for _ in range(3000)]
    grams += [w + rng.choice(CYRILLIC) * rng.randint(1, 6) for w in rng.sample(known, 300)]
    grams += [w[: rng.randint(1, len(w))] for w in rng.sample(known, 300)]
    for gram in grams:
        assert misspelt._closest(gram) == _closest_of_all(misspelt.by_initial, gram), gram


def test_the_catalogs_parsed_texts_are_its_texts() -> None:
    catalog = load_catalog()
    for key, entry in catalog.entries.items():
        for lang in LANGS:
            value = entry[lang]
            texts = [value] if isinstance(value, str) else list(value.values())
            parsed = catalog.templates[key][lang]
            found = [parsed.text] if isinstance(value, str) else [t.text for t in parsed.values()]
            assert found == texts, key


def test_an_answer_lines_stems_are_its_stems() -> None:
    for line in ("Nur Otan: 5,148,074 votes (71.09%), 76 seats", "Явка — 63,25 %", ""):
        assert line_stems(line) == stems(line)
