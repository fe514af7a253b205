"""Endings and agreement: the Kazakh numeral-ending table, Russian case forms of names, and
Russian agreement of nouns with the real figures of the fact base."""

from __future__ import annotations

import random
import re

import pytest
from answer_matrix import REVIEW

from sailau import render
from sailau.factbase import load_factbase
from sailau.grammar import GrammarError, Kazakh, Russian
from sailau.i18n import load_catalog
from sailau.pipeline import answer_intent
from sailau.reply import LANGS

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def kk() -> Kazakh:
    grammar = load_catalog().grammar["kk"]
    assert isinstance(grammar, Kazakh)
    return grammar


@pytest.fixture(scope="module")
def ru() -> Russian:
    grammar = load_catalog().grammar["ru"]
    assert isinstance(grammar, Russian)
    return grammar


# --- Kazakh ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        # ../shared/reference/kazakh-morphology.md, "Suffixes after numerals and percentages"
        ("7", "poss", "7-сі"),
        ("40", "poss", "40-ы"),
        ("280", "poss", "280-і"),
        ("76", "poss", "76-сы"),
        ("2021", "dat", "2021-ге"),
        ("2016", "loc", "2016-да"),
        ("10", "abl", "10-нан"),
        (f"71,09{NBSP}%", "poss", f"71,09{NBSP}%-ы"),
        (f"71,09{NBSP}%", "poss+acc", f"71,09{NBSP}%-ын"),
        (f"7{NBSP}%", "abl", f"7{NBSP}%-дан"),
        (f"7{NBSP}539{NBSP}280", "poss", f"7{NBSP}539{NBSP}280-і"),
        # the review's corrections
        (f"3,95{NBSP}%", "poss", f"3,95{NBSP}%-ы"),
        ("66", "poss", "66-сы"),
        ("22:00", "locadj", "22:00-дегі"),
        ("14:00", "loc", "14:00-те"),
        ("22:10", "loc", "22:10-да"),
        ("150", "poss", "150-і"),
        ("сайлау", "poss", "сайлауы"),
        ("8", "dat", "8-ге"),
        # the reference's suffix table, after words
        ("партия", "gen", "партияның"),
        ("Нұр Отан", "gen", "Нұр Отанның"),
        ("Ауыл", "gen", "Ауылдың"),
        ("Ақ жол", "gen", "Ақ жолдың"),
        ("Отан", "acc", "Отанды"),
        ("дауыс", "acc", "дауысты"),
        ("Мәжіліс", "dat", "Мәжіліске"),
        ("парламент", "dat", "парламентке"),
        ("Алматы", "loc", "Алматыда"),
        ("шек", "abl", "шектен"),
        ("орын", "abl", "орыннан"),
        ("орын", "poss", "орны"),
        ("дауыс", "poss", "дауысы"),
        ("тармақ", "poss", "тармағы"),
        ("пайыз", "poss+abl", "пайызынан"),
        # a soft sign has no sound: the letter before it decides (review compose2: «бюллетеньке»)
        ("бюллетень", "dat", "бюллетеньге"),
        ("254 436 бюллетень", "dat", "254 436 бюллетеньге"),
        ("бюллетень", "abl", "бюллетеньнен"),
        ("бюллетень", "poss", "бюллетені"),
        # names that already end in the possessive take н before a case
        ("Ақмола облысы", "loc", "Ақмола облысында"),
        ("«Нұр Отан» партиясы", "gen", "«Нұр Отан» партиясының"),
        ("Қазақстан Халық партиясы", "dat", "Қазақстан Халық партиясына"),
        ("2021 жылғы 10 қаңтар", "loc", "2021 жылғы 10 қаңтарда"),
        ("2022 жылғы 1 наурыз", "abl", "2022 жылғы 1 наурыздан"),
        # abbreviations are read letter by letter: ОСК is о-эс-ка (review 2: «ОСК-нің» was wrong)
        ("ОСК", "gen", "ОСК-ның"),
        ("ОСК", "dat", "ОСК-ға"),
        ("ОСК", "abl", "ОСК-дан"),
        ("ЖСДП", "gen", "ЖСДП-ның"),
        ("ДИАҚБ", "gen", "ДИАҚБ-ның"),
        ("ЕҚЫҰ ДИАҚБ", "abl", "ЕҚЫҰ ДИАҚБ-дан"),
        ("ЕҚЫҰ", "gen", "ЕҚЫҰ-ның"),
        ("ҚХП", "gen", "ҚХП-ның"),
        # a percentage qualifying a noun is an adjective: 7 %-дық өту шегі (review 3)
        (f"7{NBSP}%", "adj", f"7{NBSP}%-дық"),
        (f"3,5{NBSP}%", "adj", f"3,5{NBSP}%-дық"),
        ("жыл", "adj", "жылдық"),
        ("бес", "adj", "бестік"),
        ("апта", "adj", "апталық"),
    ],
)
def test_kazakh_endings(kk: Kazakh, text: str, spec: str, expected: str) -> None:
    assert kk.inflect(text, spec.split("+")) == expected


UNITS = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]


def spelled(n: int) -> str:
    """`n` written out in Kazakh words (an independent check of the table's reading)."""
    if n == 0:
        return "нөл"
    words: list[str] = []
    for scale, name in ((10**9, "миллиард"), (10**6, "миллион"), (10**3, "мың")):
        if n >= scale:
            words += [*spelled_hundreds(n // scale), name]
            n %= scale
    return " ".join([*words, *spelled_hundreds(n)])


def spelled_hundreds(n: int) -> list[str]:
    words = [UNITS[n // 100], "жүз"] if n >= 100 else []
    return [w for w in [*words, TENS[n % 100 // 10], UNITS[n % 10]] if w]


def test_no_possessive_before_an_adjective_ending(kk: Kazakh) -> None:
    assert not kk.knows(["poss", "adj"])
    with pytest.raises(GrammarError):
        kk.inflect("Ақмола облысы", ["adj"])


def test_templates_name_terms_with_their_endings() -> None:
    """`{term_cec:gen}`: the CEC's abbreviation through the ending engine, in every language."""
    catalog = load_catalog()
    assert catalog.t("exit_poll_official", "kk", rows="…").startswith("ОСК-ның ")
    assert catalog.t("exit_poll_official", "ru", rows="…") == "Окончательные данные ЦИК: …."
    assert catalog.t("exit_poll_official", "en", rows="…").startswith("The CEC's ")


def test_no_answer_gives_the_cec_a_front_ending() -> None:
    found = {
        line
        for intent, slots in REVIEW
        for line in render.text(answer_intent(intent, slots, "kk")).splitlines()
        if re.search(r"ОСК-(нің|нікі|ге|не)\b", line)
    }
    assert not found, sorted(found)[:5]


def test_a_figure_takes_the_ending_of_its_last_spoken_word(kk: Kazakh) -> None:
    rng = random.Random(14)
    samples = [*range(2100), *(rng.randrange(10**10) for _ in range(3000))]
    samples += [10**k for k in range(10)] + [20_000, 300_000, 5_148_074, 11_919_241]
    for n in samples:
        assert kk.number_word(n) == spelled(n).split()[-1], n


def test_every_figure_of_the_fact_base_takes_its_possessive(kk: Kazakh) -> None:
    """7 539 280-і, 5 148 074-і, 258 618-і...: -сы/-сі after a vowel, -ы/-і after a consonant,
    back or front as the last vowel of the last spoken word."""
    catalog = load_catalog()
    for e in load_factbase().elections.values():
        figures = [e.participation.registered.value, e.participation.ballots.value]
        figures += [r.votes for r in e.results]
        for n in figures:
            word = spelled(n).split()[-1]
            back = [ch for ch in word if ch in "аәеоөұүыі"][-1] in "аоұы"  # елу is front
            ending = ("сы" if back else "сі") if word[-1] in "аеыі" else ("ы" if back else "і")
            text = catalog.fmt_int(n, "kk")
            assert kk.inflect(text, ["poss"]) == f"{text}-{ending}", n


def test_every_place_and_party_takes_kazakh_endings(kk: Kazakh) -> None:
    fb, catalog = load_factbase(), load_catalog()
    for region in fb.regions.values():
        for year in region.elections:
            name = region.name_for(year)("kk")
            assert kk.inflect(name, ["loc"]).startswith(name[:-1]), name
    for party in fb.parties.values():
        for entry in party.names:
            phrase = catalog.party(entry.name("kk"), "kk", phrase=True)
            assert kk.inflect(phrase, ["gen"]).endswith(("ның", "нің", "дың", "тың")), phrase


def test_a_word_already_possessive_refuses_a_second_possessive(kk: Kazakh) -> None:
    with pytest.raises(GrammarError):
        kk.inflect("Ақмола облысы", ["poss"])


# --- Russian case forms ------------------------------------------------------------------------


def test_russian_abbreviations_do_not_decline(ru: Russian) -> None:
    assert ru.inflect("ЦИК", ["gen"]) == "ЦИК"
    assert ru.inflect("БДИПЧ ОБСЕ", ["loc"]) == "БДИПЧ ОБСЕ"


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [
        ("Северо-Казахстанская область", "loc", "Северо-Казахстанской области"),
        ("Мангистауская область", "loc", "Мангистауской области"),
        ("область Абай", "loc", "области Абай"),
        ("город Алматы", "loc", "городе Алматы"),
        ("Нур-Султан", "loc", "Нур-Султане"),
        ("Астана", "loc", "Астане"),
        ("Шымкент", "loc", "Шымкенте"),
        ("партия «Нур Отан»", "gen", "партии «Нур Отан»"),
        ("Народная партия Казахстана", "acc", "Народную партию Казахстана"),
        ("Общенациональная социал-демократическая партия", "gen",
         "Общенациональной социал-демократической партии"),
        ("«AMANAT»", "acc", "«AMANAT»"),
    ],
)  # fmt: skip
def test_russian_case_forms(ru: Russian, name: str, case: str, expected: str) -> None:
    assert ru.inflect(name, [case]) == expected


def test_every_place_and_party_of_the_fact_base_declines(ru: Russian) -> None:
    fb, catalog = load_factbase(), load_catalog()
    for region in fb.regions.values():
        for year in region.elections:
            for case in ru.cases:
                assert ru.inflect(region.name_for(year)("ru"), [case])
    for party in fb.parties.values():
        for entry in party.names:
            for form in (catalog.party(entry.name("ru"), "ru", phrase=p) for p in (False, True)):
                for case in ru.cases:
                    assert ru.inflect(form, [case])


def test_a_name_the_rules_cannot_decline_is_an_error(ru: Russian) -> None:
    with pytest.raises(GrammarError, match=r"add it to grammar/ru\.yaml"):
        ru.inflect("Караганда", ["loc"])


# --- Russian agreement on real figures ---------------------------------------------------------


def form(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun after the whole number `n` (written independently of CLDR's rules)."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def ru_int(n: int) -> str:
    return f"{n:,}".replace(",", NBSP)


@pytest.mark.parametrize("year", ["2016", "2021", "2023"])
def test_russian_nouns_agree_with_every_party_figure(year: str) -> None:
    election = load_factbase().election(year)
    for row in election.results:
        slots = {"party": row.party, "year": year}
        votes = answer_intent("party_votes", slots, "ru").headline
        assert f"{ru_int(row.votes)} {form(row.votes, 'голос', 'голоса', 'голосов')}" in votes
        if row.seats:
            seats = answer_intent("party_seats", slots, "ru").headline
            assert f"{row.seats} {form(row.seats, 'место', 'места', 'мест')}" in seats


@pytest.mark.parametrize("year", ["2016", "2021", "2023"])
def test_of_registered_voters_takes_the_genitive_of_the_number(year: str) -> None:
    """«из 11 919 241 избирателя» (a number ending in 1), «из 9 810 852 избирателей»."""
    p = load_factbase().election(year).participation
    reply = answer_intent("turnout", {"year": year}, "ru")
    n = p.registered.value
    expected = f"Из {ru_int(n)} {form(n, 'избирателя', 'избирателей', 'избирателей')}"
    assert reply.details[0].startswith(expected)  # the registered voters first (review 8, ru 3)
    registered = answer_intent("registered_voters", {"year": year}, "ru").headline
    verb = form(n, "был зарегистрирован", "были зарегистрированы", "было зарегистрировано")
    assert f"{verb} {ru_int(n)} {form(n, 'избиратель', 'избирателя', 'избирателей')}" in registered


def test_verbs_agree_with_a_figure_ending_in_one() -> None:
    """248 291 «против всех»: «проголосовал 248 291 избиратель», not «проголосовали»."""
    reply = answer_intent("against_all", {"year": "2023"}, "ru")
    assert f"проголосовал 248{NBSP}291 избиратель" in reply.headline
    apk = answer_intent("apk", {"year": "2021"}, "ru")
    assert "В голосовании участвовал 351 член Ассамблеи." in apk.details


@pytest.mark.parametrize("lang", LANGS)
def test_a_party_is_the_subject_the_verb_agrees_with(lang: str) -> None:
    text = answer_intent("party_seats", {"party": "ak_zhol"}, lang).headline  # type: ignore[arg-type]
    expected = {
        "ru": "В 2021 году партия «Ак жол» получила 12 мест",
        "kk": "«Ақ жол» партиясы 2021 жылы 12 орын алды",
        "en": "Ak Zhol won 12 seats",
    }[lang]
    assert text.startswith(expected)
