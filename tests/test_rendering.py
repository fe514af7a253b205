"""Every answer as a reader sees it: the broad question set of tests/answer_matrix.py (every
answer family x year x language, through `pipeline.answer_intent`), rendered as text and as
Telegram HTML, must have no empty slot or citation, no raw URL, no factual answer longer than a
phone screen, and no word of another language than the reader's beyond proper names."""

from __future__ import annotations

import functools
import re

import pytest
from answer_matrix import answers

from sailau import render
from sailau.answers.env import PHONE_CHARS
from sailau.answers.registry import MORE
from sailau.factbase import load_factbase
from sailau.reply import LANGS, Lang, Reply, ReplyKind

NAMED_IN_FACT_TEXTS = frozenset(
    {"AKIpress", "COVID-19", "Oyan", "Qazaqstan", "Sailau", "Reuters", "ElectionGuide"}
)
"""Latin-script names the fact base's texts use that are neither a source nor a party."""

ROMAN = re.compile(r"^[IVXLC]+$")  # convocations and sessions: VII шақырылым, XXVIII сессия
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’&\-]*(?:\.[a-z]{2,})*")
KAZAKH_ONLY = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")

EMPTY = {
    "an unfilled placeholder": re.compile(r"[{}]"),
    "an empty citation": re.compile(r"\(\s*\)|\[\s*\]"),
    "an empty list": re.compile(r":\s*[.;,]|,\s*[,.]|—\s*[.;,]|\s[.,;:](?!\d)"),
    "a missing value": re.compile(r"\bNone\b|\bnan\b|  "),
    "a doubled full stop": re.compile(r"(?<!\.)\.\.(?!\.)"),
    "a raw URL": re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|org|kz|ru|az|tj|ua|us)/"),
}


@functools.cache
def proper_names() -> frozenset[str]:
    """Every word of the fact base's names: sources, parties, regions, institutions."""
    fb = load_factbase()
    texts = [s.name for s in fb.sources.values()]
    for party in fb.parties.values():
        for entry in party.names:
            texts += [t(lang) for t in (entry.name, entry.full, entry.abbr) if t for lang in LANGS]
    for region in fb.regions.values():
        texts += [region.name_for(y)(lang) for y in region.elections for lang in LANGS]
    return frozenset(w.strip(".,()") for text in texts for w in re.split(r"[\s/()«»]+", text))


@functools.cache
def rendered() -> list[tuple[str, dict[str, str], Lang, Reply, str]]:
    return [(i, s, lang, r, render.text(r)) for i, s, lang, r in answers()]


def test_the_set_is_broad() -> None:
    """Every family, every year and every language (and the "more" halves) are asked."""
    asked = {(i, s.get("year"), lang) for i, s, lang, _, _ in rendered()}
    intents = {i for i, _, _ in asked}
    assert len(rendered()) > 2000
    assert {"party_seats", "compare", "referendum", "maslikhats", "turnout_times"} <= intents
    assert any(i.endswith(MORE) for i in intents)
    assert {y for _, y, _ in asked} >= {None, "2016", "2021", "2023"}


@pytest.mark.parametrize("problem", sorted(EMPTY))
def test_no_empty_slot_citation_list_or_raw_url(problem: str) -> None:
    pattern = EMPTY[problem]
    found = []
    for intent, slots, lang, reply, text in rendered():
        for line in text.splitlines():
            if pattern.search(line.replace("\u00a0", " ")):
                found.append((intent, slots, lang, line))
        html = re.sub(r'<a href="[^"]*">', "", render.html(reply))
        if problem == "a raw URL" and pattern.search(html):
            found.append((intent, slots, lang, "html"))
    assert not found, found[:10]


def test_a_list_headline_has_its_list() -> None:
    """A headline ending in a colon ("Key dates of the 2021 election:") is followed by lines,
    or by buttons ("Which party do you mean?")."""
    bare = [
        (i, s, lang)
        for i, s, lang, r, _ in rendered()
        if r.headline.endswith(":") and not (r.details or r.suggestions)
    ]
    assert not bare, bare[:10]


def test_factual_answers_fit_a_phone_screen() -> None:
    """Headline, details and source line: at most 600 characters; the rest is behind "more"."""
    long = [
        (i, s, lang, len(render.body(r)))
        for i, s, lang, r, _ in rendered()
        if r.kind is ReplyKind.ANSWER and not i.endswith(MORE) and len(render.body(r)) > PHONE_CHARS
    ]
    assert not long, long[:10]


def test_the_more_button_gives_the_rest() -> None:
    for intent, slots, lang, reply, _ in rendered():
        if intent.endswith(MORE):
            assert reply.details, (intent, slots, lang)
            assert reply.headline, (intent, slots, lang)


def test_one_source_line_naming_publisher_and_date() -> None:
    for intent, slots, lang, reply, text in rendered():
        lines = [
            line
            for line in text.splitlines()
            if line.startswith(("Source:", "Источник:", "Дереккөз:"))
        ]
        assert len(lines) == (1 if reply.sources else 0), (intent, slots, lang)


def test_kazakh_and_russian_have_no_latin_words_but_proper_names() -> None:
    allowed = proper_names() | NAMED_IN_FACT_TEXTS
    found = set()
    for intent, _, lang, _, text in rendered():
        if lang == "en":
            continue
        for word in LATIN_WORD.findall(text):
            word = word.rstrip(".-")
            if word not in allowed and not ROMAN.match(word):
                found.add((intent, lang, word))
    assert not found, sorted(found)[:20]


def test_russian_has_no_kazakh_letters_but_in_names() -> None:
    allowed = proper_names()
    found = set()
    for intent, _, lang, _, text in rendered():
        if lang != "ru":
            continue
        for word in re.findall(r"[\w-]+", text):
            if KAZAKH_ONLY.search(word) and word not in allowed:
                found.add((intent, word))
    assert not found, sorted(found)[:20]


def test_english_has_no_cyrillic() -> None:
    found = {
        (i, line)
        for i, _, lang, _, text in rendered()
        if lang == "en"
        for line in text.splitlines()
        if CYRILLIC.search(line)
    }
    assert not found, sorted(found)[:10]


def test_every_follow_up_fits_telegram_callback_data() -> None:
    for intent, slots, lang, reply, _ in rendered():
        assert all(len(s.code().encode()) <= 64 for s in reply.suggestions), (intent, slots, lang)


@pytest.mark.parametrize(
    ("problem", "bad"),
    [
        ("an empty citation", "After the 2016 election, the Mäjilis approved Karim Massimov ()."),
        ("an empty list", "By party: ."),
        ("an unfilled placeholder", "{party} won 76 seats"),
        ("a raw URL", "Astana Times — https://astanatimes.com/2021/01/x"),
        ("a missing value", "Leader: None"),
        ("a doubled full stop", "Выборы прошли 10 января 2021 г.."),
    ],
)
def test_the_checks_catch_what_the_review_found(problem: str, bad: str) -> None:
    assert EMPTY[problem].search(bad)
