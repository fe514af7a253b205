"""The intent matcher: slots, confidence bar, margin, follow-ups, off-topic, intent files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sailau.factbase import load_factbase
from sailau.matcher import (
    SLOT_NAMES,
    Entities,
    IntentFileError,
    Matcher,
    Status,
    load_intents,
)
from sailau.normalize import load_lexicon
from sailau.paths import REPO_FACTS_DIR
from sailau.reply import LANGS

CONTRACTS = Path(__file__).resolve().parents[1] / "docs" / "contracts.md"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.from_facts(REPO_FACTS_DIR, Entities.from_factbase(load_factbase()))


def contract_intents() -> set[str]:
    """Intent ids listed in docs/contracts.md (the `| family | intents |` table)."""
    text = CONTRACTS.read_text(encoding="utf-8")
    table = text.split("| family | intents |", 1)[1].split("\n\n", 1)[0]
    return {m for line in table.splitlines()[2:] for m in re.findall(r"`([a-z_]+)`", line)}


# -- intent files -------------------------------------------------------------------------------


def test_every_contract_intent_has_phrasings_and_no_other() -> None:
    intents = {i.id for i in load_intents(REPO_FACTS_DIR / "intents")}
    assert intents == contract_intents()


def test_labels_are_complete_questions_without_placeholders() -> None:
    for intent in load_intents(REPO_FACTS_DIR / "intents"):
        for lang in LANGS:
            label = intent.label(lang)
            assert "{" not in label, (intent.id, lang, label)
            assert label[0].isupper(), (intent.id, lang, label)
            assert len(intent.phrasings[lang]) >= 4, (intent.id, lang)


def test_placeholders_are_slots_the_intent_takes() -> None:
    for intent in load_intents(REPO_FACTS_DIR / "intents"):
        for lang in LANGS:
            for phrasing in intent.phrasings[lang]:
                used = set(re.findall(r"\{([a-z_]+)\}", phrasing))
                assert used <= intent.accepts, (intent.id, phrasing)


def test_every_phrasing_of_an_intent_with_keywords_has_one(matcher: Matcher) -> None:
    """Keyword rules (keywords, excludes, words another intent owns) must not penalise the
    intent's own phrasings."""
    lex = matcher.lex
    for intent in matcher.intents.values():
        for lang in LANGS:
            for phrasing in intent.phrasings[lang]:
                words = tuple(lex.folded(phrasing).split())
                words += tuple(lex.folded(w) for w in re.findall(r"\{([a-z_]+)\}", phrasing))
                hits = matcher._word_hits(list(words))
                assert not matcher._word_penalty(intent.id, hits), (
                    intent.id,
                    phrasing,
                )


def test_each_phrasing_matches_its_own_intent(matcher: Matcher) -> None:
    """Phrasings without placeholders, asked as questions, come back as their intent."""
    misses = []
    for intent in matcher.intents.values():
        for lang in LANGS:
            for phrasing in intent.phrasings[lang]:
                if "{" in phrasing or intent.required:
                    continue
                got = matcher.match(phrasing)
                if got.intent != intent.id:
                    misses.append((intent.id, phrasing, got.intent, got.status.value))
    assert not misses


@pytest.mark.parametrize(
    ("yaml_text", "problem"),
    [
        ("x: {phrasings: {kk: [a], ru: [b]}}", "phrasings.en"),
        ("x: {slots: {required: [colour]}, phrasings: {kk: [a], ru: [b], en: [c]}}", "colour"),
        ("x: [a, b]", "needs `phrasings"),
        ("x: {keywords: seat, phrasings: {kk: [a], ru: [b], en: [c]}}", "keywords"),
    ],
)
def test_broken_intent_files_are_refused_with_a_reason(
    tmp_path: Path, yaml_text: str, problem: str
) -> None:
    (tmp_path / "bad.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(IntentFileError, match=re.escape(problem)):
        load_intents(tmp_path)


def test_an_intent_defined_twice_is_refused(tmp_path: Path) -> None:
    body = "x: {phrasings: {kk: [a], ru: [b], en: [c]}}\n"
    (tmp_path / "a.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(IntentFileError, match="defined twice"):
        load_intents(tmp_path)


# -- matching -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent", "slots", "lang"),
    [
        ("сколько мест у нур отан", "party_seats", {"party": "nur_otan"}, "ru"),
        (
            "Сколько мест у «Нур Отана» в 2016?",
            "party_seats",
            {"party": "nur_otan", "year": "2016"},
            "ru",
        ),
        ("скока мест у нуротана", "party_seats", {"party": "nur_otan"}, "ru"),
        ("сколько депутатов у народной партии", "party_seats", {"party": "ppk"}, "ru"),
        ("ақ жолдың орындары", "party_seats", {"party": "ak_zhol"}, "kk"),
        ("nur otan seats", "party_seats", {"party": "nur_otan"}, "en"),
        ("skolko mest u nur otan", "party_seats", {"party": "nur_otan"}, "ru"),
        ("crjkmrj vtcn e yeh jnfy", "party_seats", {"party": "nur_otan"}, "ru"),
        ("явка?", "turnout", {}, "ru"),
        ("явка в алматы", "turnout_region", {"region": "almaty_city"}, "ru"),
        ("где самая низкая явка", "turnout_extremes", {"extreme": "lowest"}, "ru"),
        ("что если барьер 5%", "whatif", {"threshold": "5"}, "ru"),
        ("шек бес пайыз болса", "whatif", {"threshold": "5"}, "kk"),
        ("если бы барьер был 3.5", "whatif", {"threshold": "3.5"}, "ru"),
        ("what if the threshold was 5", "whatif", {"threshold": "5"}, "en"),
        ("seats under d'hondt", "whatif", {"method": "dhondt"}, "en"),
        ("compare 2016 and 2023", "compare", {"year": "2016", "other_year": "2023"}, "en"),
        (
            "сравни явку 2016 и 2021",
            "compare",
            {"year": "2016", "other_year": "2021", "metric": "turnout"},
            "ru",
        ),
        ("что такое сенат", "institution", {"institution": "senate"}, "ru"),
        ("who should I vote for", "neutrality", {}, "en"),
        ("hi", "greeting", {}, "en"),
        ("ghbdtn", "greeting", {}, "ru"),
    ],
)
def test_match_finds_intent_slots_and_language(
    matcher: Matcher, question: str, intent: str, slots: dict[str, str], lang: str
) -> None:
    got = matcher.match(question)
    assert (got.intent, dict(got.slots), got.lang) == (intent, slots, lang)
    assert got.status is Status.MATCHED
    assert 0.78 <= got.confidence <= 1.0


@pytest.mark.parametrize(
    ("question", "slots"),
    [
        ("а в 2016?", {"year": "2016"}),
        ("and ak zhol?", {"party": "ak_zhol"}),
        ("what about ak zhol", {"party": "ak_zhol"}),
        ("ал ақ жол ше?", {"party": "ak_zhol"}),
        ("а что с ауылом", {"party": "auyl"}),
        ("а ак жол?", {"party": "ak_zhol"}),
        ("Ak Zhol", {"party": "ak_zhol"}),
    ],
)
def test_a_bare_slot_is_a_follow_up(matcher: Matcher, question: str, slots: dict[str, str]) -> None:
    got = matcher.match(question)
    assert got.intent is None
    assert got.slots_only
    assert dict(got.slots) == slots


@pytest.mark.parametrize(
    "question",
    [
        "who won the 2020 US election",
        "how many seats does the US Senate have",
        "сколько мест в госдуме",
        "АҚШ сайлауында кім жеңді",
        "выборы 2012 года в мажилис",
        "какая погода в алматы",
    ],
)
def test_other_countries_and_years_are_off_topic(matcher: Matcher, question: str) -> None:
    got = matcher.match(question)
    assert got.intent is None
    assert got.off_topic


def test_the_kazakh_senate_is_on_topic(matcher: Matcher) -> None:
    assert matcher.match("what is the senate").intent == "institution"


@pytest.mark.parametrize("question", ["", "   ", "?!", "🙂🙂", "\x00\x07", "я"])
def test_nothing_to_match(matcher: Matcher, question: str) -> None:
    got = matcher.match(question)
    assert got.intent is None
    assert got.status in (Status.EMPTY, Status.OFF_TOPIC, Status.BELOW_BAR)


def test_below_the_bar_offers_alternatives_with_labels(matcher: Matcher) -> None:
    got = matcher.match("how many seats")  # chamber size, or a party's seats?
    assert got.intent is None or got.intent == "chamber_size"
    near = matcher.match("сколько голосов")
    assert near.alternatives
    for alt in near.alternatives:
        assert alt.intent in matcher.intents
        assert set(alt.labels) == set(LANGS)
        assert all(alt.label(lang) for lang in LANGS)
    scores = [a.score for a in near.alternatives]
    assert scores == sorted(scores, reverse=True)


def test_margin_between_different_intents(matcher: Matcher) -> None:
    got = matcher.match("сколько")
    assert got.intent is None
    assert got.status is Status.BELOW_BAR
    assert len({a.intent for a in got.alternatives}) == len(got.alternatives) >= 2


def test_a_hint_sets_the_language_only_without_evidence(matcher: Matcher) -> None:
    assert matcher.match("2016", lang_hint="kk").lang == "kk"
    assert matcher.match("явка", lang_hint="en").lang == "ru"


def test_huge_input_is_cut_not_choked_on(matcher: Matcher) -> None:
    got = matcher.match("явка " * 20_000)
    assert got.intent == "turnout"


def test_slots_are_limited_to_what_the_intent_takes(matcher: Matcher) -> None:
    got = matcher.match("явка в алматы на выборах в мажилис")
    assert got.intent == "turnout_region"
    assert dict(got.slots) == {"region": "almaty_city"}  # not the institution
    assert matcher.match("явка в алматы у нур отан").intent is None  # no party turnout


def test_lexicon_slot_values_are_contract_values() -> None:
    lex = load_lexicon(REPO_FACTS_DIR)
    assert set(lex.slot_words) <= SLOT_NAMES
    assert set(lex.slot_words["extreme"].values()) == {"highest", "lowest"}
    assert set(lex.slot_words["institution"].values()) == {"majilis", "senate", "apk", "cec"}
    methods = {"hare", "droop", "hagenbach_bischoff", "imperiali_quota", "dhondt"}
    methods |= {"sainte_lague", "modified_sainte_lague", "imperiali", "huntington_hill", "adams"}
    assert set(lex.slot_words["method"].values()) == methods
    charts = {"parliament", "shares", "seats_votes", "compare", "turnout_regions", "whatif"}
    assert set(lex.slot_words["chart"].values()) == charts
    assert [value for value, _ in lex.metrics] == ["turnout", "share", "votes", "seats"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_match_never_raises_and_stays_in_range(text: str) -> None:
    matcher = _shared_matcher()
    got = matcher.match(text)
    assert 0.0 <= got.confidence <= 1.0
    assert got.lang in LANGS
    assert (got.intent is None) == (got.status is not Status.MATCHED)


_CACHE: list[Matcher] = []


def _shared_matcher() -> Matcher:
    if not _CACHE:
        _CACHE.append(Matcher.from_facts(REPO_FACTS_DIR, Entities.from_factbase(load_factbase())))
    return _CACHE[0]


@pytest.mark.parametrize(
    ("question", "slot", "value"),
    [
        ("явка в алмате", "region", "almaty_city"),
        ("шымкентте келу", "region", "shymkent"),
        ("лидер республики", "party", "respublica"),
        ("сколько голосов у респулики", "party", "respublica"),  # a typo
        ("ақ жолдың дауыс саны", "party", "ak_zhol"),
        ("how many seats did the peoples party get", "party", "ppk"),
    ],
)
def test_names_are_found_inflected_and_misspelt(
    matcher: Matcher, question: str, slot: str, value: str
) -> None:
    assert matcher.match(question).slots.get(slot) == value


@pytest.mark.parametrize(
    "question",
    ["кедергіден өте алмаған партиялар", "greetings", "сколько адам", "what is a party"],
)
def test_ordinary_words_are_not_taken_for_names(matcher: Matcher, question: str) -> None:
    slots = matcher.match(question).slots
    assert "party" not in slots
    assert "region" not in slots


def test_a_slot_the_intent_cannot_take_keeps_it_below_the_bar(matcher: Matcher) -> None:
    """National turnout is not an answer to a question about Shymkent."""
    got = matcher.match("шымкентте қанша адам сайлауға келмеді")
    assert got.intent in (None, "turnout_region")


def test_aliases_stay_distinct_in_matching_form() -> None:
    """Folding Kazakh letters or reading Latin as Cyrillic must not merge two parties' names."""
    from sailau.matcher import _aliases

    fb = load_factbase()
    lex = load_lexicon(REPO_FACTS_DIR)
    for table in (fb.all_party_aliases(), fb.all_region_aliases()):
        owners: dict[str, set[str]] = {}
        for alias, ident in table.items():
            for form in _aliases({alias: ident}, lex):
                owners.setdefault(form, set()).add(ident)
        clashes = {form: ids for form, ids in owners.items() if len(ids) > 1}
        assert not clashes


# -- questions nobody tuned for (issue 3 follow-up) ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["сенатта қанша депутат", "сколько депутатов в сенате", "how many senators are there",
     "how many seats in the senate of kazakhstan", "crjkmrj ltgenfnjd d ctyfnt"],
)  # fmt: skip
def test_a_senate_question_is_never_a_majilis_figure(matcher: Matcher, question: str) -> None:
    got = matcher.match(question)
    assert (got.intent, got.slots.get("institution")) == ("institution", "senate")


def test_the_cec_announcing_results_is_still_about_the_results(matcher: Matcher) -> None:
    """Only the Senate's words decide the intent: the CEC announces the Majilis results."""
    assert matcher.match("когда цик огласил результаты").intent == "final_results"


@pytest.mark.parametrize(
    ("question", "intent", "party"),
    [("кто такой Нигматулин", "speaker", None), ("who is Mamin", "prime_minister", None),
     ("Peruashev", "party_leader", "ak_zhol"), ("перуашев кім", "party_leader", "ak_zhol"),
     ("нигматулина", "speaker", None)],
)  # fmt: skip
def test_people_of_the_fact_base_route_to_their_role(
    matcher: Matcher, question: str, intent: str, party: str | None
) -> None:
    got = matcher.match(question)
    assert (got.intent, got.slots.get("party")) == (intent, party)


def test_a_person_does_not_override_a_sure_question(matcher: Matcher) -> None:
    got = matcher.match("сколько голосов за мамина")
    assert got.intent == "prime_minister"
    assert matcher.match("сколько мест у ак жола").intent == "party_seats"


@pytest.mark.parametrize(
    "question", ["what if there was no threshold", "что было бы без барьера", "шегі болмаса ше"]
)
def test_no_threshold_is_threshold_zero(matcher: Matcher, question: str) -> None:
    assert matcher.match(question).slots.get("threshold") == "0"


def test_methods_with_diacritics_and_bare_parameters(matcher: Matcher) -> None:
    got = matcher.match("Sainte-Laguë and 3%?")
    assert got.slots.items() >= {"method": "sainte_lague", "threshold": "3"}.items()
    assert got.status is Status.SLOTS_ONLY  # the pipeline asks the what-if (SLOT_INTENTS)


def test_regional_turnout_chart_is_a_chart_kind(matcher: Matcher) -> None:
    got = matcher.match("регионы явка диаграмма")
    assert (got.intent, got.slots.get("chart")) == ("chart", "turnout_regions")


def test_chart_words_need_something_to_draw(matcher: Matcher) -> None:
    assert matcher.match("draw me a cat").intent is None
    assert matcher.match("show me the parliament").slots.get("chart") == "parliament"


@pytest.mark.parametrize(
    "question",
    ["how many seats in the stadium", "how many seats on a boeing 737", "стадионда неше орын бар",
     "pain threshold", "who won the world cup",
     "2022 президент сайлауына қатысу", "тоқаев неше пайыз алды"],
)  # fmt: skip
def test_other_senses_of_seats_and_other_elections_are_off_topic(
    matcher: Matcher, question: str
) -> None:
    assert matcher.match(question).intent is None


@pytest.mark.parametrize(
    "question",
    ["мәслихатта нұр отан неше орын алды", "сколько мест у нур отана в маслихате",
     "almaty maslikhat results"],
)  # fmt: skip
def test_maslikhat_questions_get_the_maslikhat_answer(matcher: Matcher, question: str) -> None:
    """Local councils are not the Mäjilis: a party's maslikhat seats are not its Mäjilis seats."""
    assert matcher.match(question).intent == "maslikhats"


def test_superlatives_belong_to_intents_that_take_them(matcher: Matcher) -> None:
    """'most' is a strong slot: the election date cannot be sure of 'where did most vote'."""
    assert matcher.match("where did most people vote").intent != "election_date"
    assert matcher.match("who got the most votes").intent == "winner"


def test_a_question_pointing_back_may_lack_the_conversations_slots(matcher: Matcher) -> None:
    question = "а их доля?"
    assert matcher.match(question).intent is None
    assert matcher.match(question, known=frozenset({"party"})).intent == "party_share"
    assert matcher.match("а доля?", known=frozenset({"party"})).intent is None


@pytest.mark.parametrize(
    "question",
    ["кто председатель цик", "цик сколько мест", "how many seats does the cec have"],
)
def test_the_cec_never_gets_a_majilis_figure(matcher: Matcher, question: str) -> None:
    """Another institution than the Majilis counts against every intent that cannot take it
    (the speaker, the chamber's size, the APK's seats)."""
    assert matcher.match(question).intent in (None, "institution")


def test_the_apk_and_the_cec_keep_their_own_questions(matcher: Matcher) -> None:
    assert matcher.match("сколько депутатов избирает ассамблея народа").intent == "apk"
    assert matcher.match("когда цик огласил результаты").intent == "final_results"


@pytest.mark.parametrize(
    "question",
    ["how much did turnout drop since 2016", "на сколько упала явка по сравнению с 2016",
     "2016 жылмен салыстырғанда қатысу қанша төмендеді"],
)  # fmt: skip
def test_a_year_compared_with_is_the_other_year(matcher: Matcher, question: str) -> None:
    got = matcher.match(question)
    assert (got.intent, got.slots.get("other_year"), got.slots.get("year")) == (
        "compare",
        "2016",
        None,
    )
    assert matcher.match("results from 2016").slots.get("year") == "2016"


def test_what_is_not_than(matcher: Matcher) -> None:
    """'чем' is 'what' as often as 'than': it does not make a year the comparison's base."""
    assert matcher.match("чем закончились выборы 2023 года").slots.get("year") == "2023"
