"""Every answer as a reader sees it: the broad question set of tests/answer_matrix.py (every
answer family x year x language, through `pipeline.answer_intent`), rendered as text and as
Telegram HTML, must have no empty slot or citation, no raw URL, no factual answer longer than a
phone screen, and no word of another language than the reader's beyond proper names."""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from answer_matrix import answers
from babel import Locale
from pydantic import BaseModel

from sailau import render
from sailau.answers.env import PHONE_CHARS, older
from sailau.answers.registry import MORE
from sailau.factbase import load_factbase
from sailau.facts.checks import walk
from sailau.facts.models import NoteText, RegionalTurnout, Sourced, Text
from sailau.figures import stated
from sailau.i18n import load_catalog
from sailau.pipeline import answer_intent
from sailau.reply import LANGS, Lang, Reply, ReplyKind

NAMED_IN_FACT_TEXTS = frozenset(
    {"AKIpress", "COVID-19", "Oyan", "Qazaqstan", "Sailau", "Reuters", "ElectionGuide"}
)
"""Latin-script names the fact base's texts use that are neither a source nor a party."""

ROMAN = re.compile(r"^[IVXLC]+$")  # convocations and sessions: VII шақырылым, XXVIII сессия
LATIN_WORD = re.compile(r"(?:\d+\.)?[A-Za-z][A-Za-z0-9'’&\-]*(?:\.[a-z]{2,})*")
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
    texts += [(urlsplit(s.url).hostname or "").removeprefix("www.") for s in fb.sources.values()]
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


SOURCE_LABELS = ("Source:", "Sources:", "Источник:", "Источники:", "Дереккөз:", "Дереккөздер:")


def test_one_source_line_naming_publisher_and_date() -> None:
    for intent, slots, lang, reply, text in rendered():
        lines = [line for line in text.splitlines() if line.startswith(SOURCE_LABELS)]
        assert len(lines) == (1 if reply.sources else 0), (intent, slots, lang)


def test_no_line_cites_a_source_older_than_what_it_states() -> None:
    """A source dated before the event or election a line reports cannot hold it (the review
    found 2016 results credited for 2021 and 2023 figures, a decree's date for the timeline)."""
    fb = load_factbase()
    found = {
        (intent, lang, cite.source, cite.on)
        for intent, _, lang, reply, _ in rendered()
        for line in reply.cites
        for cite in line
        if older(fb.source(cite.source).date, cite.on and dt.date.fromisoformat(cite.on))
    }
    assert not found, sorted(found)[:10]


def test_the_source_line_names_every_source_the_lines_cite() -> None:
    """A comparison names each election's source, a timeline each event's: the line lists what
    the answer's lines cite (and a page what its own lines cite)."""
    for intent, slots, lang, reply, _ in rendered():
        cited = {c.source for line in reply.cites for c in line}
        assert cited == {s.id for s in reply.sources}, (intent, slots, lang)
        shown = render.source_line(reply)
        for source in reply.sources:  # its name, or the name of the site it is reprinted on
            name = render.publisher(source.name, lang).split(" (")[0]
            assert name in shown, (intent, slots, lang, source)


def test_a_comparison_cites_each_election_compared() -> None:
    reply = answer_intent("compare", {}, "ru")
    dates = {c.on for line in reply.cites for c in line}
    assert {str(e.date) for e in load_factbase().elections.values()} <= dates
    assert "22.03.2016" in render.source_line(reply) and "12.01.2021" in render.source_line(reply)


MEDIA_BRANDS = frozenset(
    {
        "AFP", "AP", "Agenzia", "Nova", "Almaty.tv", "Astana", "Times", "Business", "Recorder",
        "Chatham", "House", "ElectionGuide", "IFES", "Euractiv", "Foreign", "Brief", "IDEA",
        "JJTV", "Kazakhstan", "Today", "Kazinform", "Parline", "Pledge", "Reuters", "Sputnik",
        "Trend", "Washington", "Post", "Ulysmedia", "inAlmaty", "informburo", "sailaunews",
        "The", "Diplomat", "clever-geek", "Armenpress", "TASS",
    }
)  # fmt: skip
"""Latin words a Kazakh or Russian source line may hold: news outlets' own brands (and, by
their dot, site addresses). Organisations and encyclopaedias are named in the reader's
language (ЕҚЫҰ ДИАҚБ / БДИПЧ ОБСЕ, Парламентаралық одақ / МПС, Уикипедия / Википедия)."""


def test_source_lines_name_organisations_in_the_readers_language() -> None:
    found = set()
    for intent, _, lang, reply, _ in rendered():
        if lang == "en" or not reply.sources:
            continue
        # a site's address may start with digits (24.kg): the word is read from them
        for word in re.findall(r"(?:\d+\.)?[A-Za-z][\w'&.-]*", render.source_line(reply)):
            if "." not in word.rstrip(".") and word not in MEDIA_BRANDS:
                found.add((intent, lang, word))
    assert not found, sorted(found)[:20]
    bad = "Источник: OSCE/ODIHR, 11 марта 2016 г."
    assert {"OSCE/ODIHR"} & set(re.findall(r"[A-Za-z][\w'&./-]*", bad))


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


def lines_matching(lang: Lang, pattern: re.Pattern[str]) -> set[tuple[str, str]]:
    """(intent, line) for every rendered line in `lang` that `pattern` finds something in."""
    return {
        (intent, line)
        for intent, _, text_lang, _, text in rendered()
        if text_lang == lang
        for line in text.splitlines()
        if pattern.search(line)
    }


def test_english_has_no_cyrillic() -> None:
    found = lines_matching("en", CYRILLIC)
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


def test_a_follow_up_never_leads_to_i_dont_have_that() -> None:
    """The review found "And in 2016?" under answers 2016 has no figures for, and a regional
    chart offered for 2016: every follow-up (but a chart, which is drawn) gets an answer."""
    dead = set()
    for intent, _, lang, reply, _ in rendered():
        if intent.endswith(MORE) or reply.kind is not ReplyKind.ANSWER:
            continue
        for s in reply.suggestions:
            if s.intent == "chart" or s.intent.endswith(MORE):
                continue
            if answer_intent(s.intent, dict(s.slots), lang).kind is ReplyKind.UNKNOWN:
                dead.add((intent, lang, s.label))
    assert not dead, sorted(dead)[:10]


KAZAKH_CONVERB = re.compile(r"(ғанда|генде|қанда|кенде)$")


def test_a_follow_up_label_is_a_question_or_a_name() -> None:
    """«Алдыңғы сайлаумен салыстырғанда» (a converb with no head) reads as a dangling clause;
    a label is a question («... ше?», «Кому достался ...?») or a name («Итоги выборов»)."""
    bad = {
        (intent, s.label)
        for intent, _, lang, reply, _ in rendered()
        if lang == "kk"
        for s in reply.suggestions
        if KAZAKH_CONVERB.search(s.label.rstrip("?. "))
    }
    assert not bad, sorted(bad)[:10]
    assert KAZAKH_CONVERB.search("Алдыңғы сайлаумен салыстырғанда")


def test_a_kazakh_percentage_before_a_noun_takes_its_ending() -> None:
    """«7 % өту шегі» wants «7 %-дық өту шегі»: a percentage qualifying a noun is an adjective."""
    bare = re.compile(r"%\s+(өту шег|шек)")
    found = lines_matching("kk", bare)
    assert not found, sorted(found)[:10]
    assert bare.search("2021 жылы 7 % өту шегінен 3 партия өтті")


def test_a_calculation_under_other_rules_says_it_is_not_the_result() -> None:
    """A what-if must never read as the official result: every seat answer under other rules
    than the election's own says it is a calculation (or speaks in the conditional)."""
    found = []
    for intent, slots, lang, reply, _ in rendered():
        base = intent.removesuffix(MORE)
        if base not in {"whatif", "seat_explain", "last_seat", "votes_needed"}:
            continue
        if not ({"method", "threshold"} & set(slots)) or reply.kind is not ReplyKind.ANSWER:
            continue
        election = load_factbase().election(slots.get("year", "2021"))
        own = slots.get("method", election.system.quota.method) == election.system.quota.method
        own = own and slots.get("threshold", "") in ("", str(election.system.threshold.percent))
        whole = render.text(answer_intent(base, slots, lang)) + render.text(
            answer_intent(base + MORE, slots, lang)
        )
        said = [
            load_catalog().t(k, lang)
            for k in ("seats_hypothetical", "seats_hypothetical_votes", "seats_whatif_same")
        ]
        if not own and not any(s in whole for s in said):
            found.append((intent, slots, lang))
    assert not found, found[:10]


ANY_SOURCE = "*"
"""A figure the fact base holds without a source of its own (an organisation's observer
count, listed under the CEC total): any citation covers it."""


def _figure_holders(
    obj: object, ids: tuple[str, ...], held: dict[Decimal, tuple[str, ...]], into: dict
) -> None:
    """Every figure under `obj` (fields and the numbers its texts write), with the sources that
    hold it: the nearest fact's, `held_by`'s for the figures they name, a note's own."""
    if isinstance(obj, tuple | list):
        for item in obj:
            _figure_holders(item, ids, held, into)
        return
    if isinstance(obj, dict):
        for item in obj.values():
            _figure_holders(item, ids, held, into)
        return
    if not isinstance(obj, BaseModel):
        return
    if isinstance(obj, Sourced):
        ids = obj.sources
        held = {Decimal(getattr(obj, name)): own for name, own in obj.held_by.items()}
    if isinstance(obj, Text):
        own = obj.sources if isinstance(obj, NoteText) and obj.sources else ids
        for lang in LANGS:
            for n in stated(obj(lang), lang):
                into.setdefault(n, set()).update(held.get(n, own) or (ANY_SOURCE,))
        return
    if isinstance(obj, RegionalTurnout):  # a region's figure is its reading's
        by_reading = {r.id: r.sources for r in obj.readings}
        for row in obj.rows:
            for reading, value in row.values.items():
                into.setdefault(value, set()).update(by_reading[reading])
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            n = Decimal(value)
            into.setdefault(n, set()).update(held.get(n, ids) or (ANY_SOURCE,))
        else:
            _figure_holders(value, ids, held, into)


@functools.cache
def figure_holders() -> dict[Decimal, frozenset[str]]:
    """Every figure of the fact base's elections and institutions, with the sources holding it."""
    fb = load_factbase()
    into: dict[Decimal, set[str]] = {}
    _figure_holders((*fb.elections.values(), *fb.institutions.values()), (), {}, into)
    return {n: frozenset(ids) for n, ids in into.items()}


NOT_FIGURES = re.compile(
    r"\d{1,2}:\d{2}"  # clock times
    r"|\d{1,2}\.\d{2}\.\d{4}"  # dates in lists
    r"|COVID-19|\d+-\d+-(?:бап|тармақ)|ст\. \d+-\d+|Art\. \d+-\d+"  # names, article numbers
    r"|(?<!\d)\d{1,2}(?:–\d{1,2})?\s+(?:"
    + "|".join(
        {
            re.escape(name.lower()[:4])
            for lang in LANGS
            for context in ("format", "stand-alone")
            for name in Locale.parse(lang).months[context]["wide"].values()
        }
    )
    + r")",
    re.IGNORECASE,
)
"""What reads as a number but is no figure: times, dates (`10 января`, `2021 жылғы 10 қаңтар`),
article numbers."""


def figures_of(text: str, lang: Lang) -> set[Decimal]:
    """The figures a line states: numbers but years, small counts and dates."""
    found = stated(NOT_FIGURES.sub(" ", text), lang)
    return {n for n in found if n != n.to_integral() or (n >= 10 and not 1990 <= n <= 2030)}


def test_a_note_is_cited_to_every_source_it_draws_on() -> None:
    """A note putting together several sources' claims (the 2009 draft: sarbc.ru; Massimov's
    successor: Kazinform; the factions behind the Speaker: Kazinform and Kazpravda) names its
    sources, and every line stating it cites each of them."""
    notes = [
        model
        for election in load_factbase().elections.values()
        for _, model in walk(election)
        if isinstance(model, NoteText) and model.sources
    ]
    assert len(notes) >= 5
    missing = set()
    for intent, _, lang, reply, _ in rendered():
        if len(reply.cites) != 1 + len(reply.details):
            continue
        for text, cites in zip((reply.headline, *reply.details), reply.cites, strict=True):
            for note in notes:
                if note(lang) in text and not set(note.sources) <= {c.source for c in cites}:
                    missing.add((intent, lang, note(lang)[:50]))
    assert not missing, sorted(missing)[:10]


CALCULATIONS = frozenset({"whatif", "seat_explain", "last_seat", "votes_needed"})
"""Answers whose figures are worked out (seats, quotas, votes needed: they say so), not taken
from the fact base; every line of them cites the votes and the rules used."""


def test_every_figure_is_cited_to_a_source_that_holds_it() -> None:
    """The review found AMANAT's 62 seats of 2023 credited to Astana Times (only RIA Novosti
    quotes the CEC on them), a 2009 draft with no source at all, a September 2016 change of
    government under a source that cannot hold it: every figure a line states that the fact
    base holds is cited to a source that holds it there."""
    holders = figure_holders()
    found = set()
    for intent, _, lang, reply, _ in rendered():
        if intent.removesuffix(MORE) in CALCULATIONS:
            continue
        texts = (reply.headline, *reply.details)
        if len(reply.cites) == len(texts):
            cites = [{c.source for c in line} for line in reply.cites]
        else:  # a reply without line citations: its source line covers every line
            cites = [{s.id for s in reply.sources}] * len(texts)
        for text, cited in zip(texts, cites, strict=True):
            for n in figures_of(text, lang) & holders.keys():
                held = holders[n]
                if not cited & held and not (ANY_SOURCE in held and cited):
                    found.add((intent, lang, str(n), text[:60]))
    assert not found, sorted(found)[:20]


REVIEW2_CORRECTED: tuple[tuple[Lang, str], ...] = (
    # the Hare quota without its whole-quota step: "the remaining seats" referred to nothing
    ("kk", "Хэр квотасы — өту шегінен"),
    ("ru", "квота Хэра — голоса партий"),
    # "no seats this time either" framed as a change since 2016
    ("kk", "партияның бұл жолы да орны болмады"),
    ("kk", "партиясының бұл жолы да орны болмады"),
    # two verbless clauses joined by және; a present-tense size of a past chamber
    ("kk", "бойынша және 9-ы"),
    ("kk", "Мәжілісте барлығы 107 орын:"),
    ("ru", "Всего в Мажилисе 107 мест"),
    # a parenthesis splitting the list of years
    ("kk", "2016 ("),
    ("ru", "Мажилис 2016 (как"),
    # the indicative in a what-if; the present for the official last seat
    ("kk", "Өту шегінен тек «Нұр Отан» өтеді"),
    ("ru", "Барьер преодолевает только"),
    ("ru", "В распределении не участвуют:"),
    ("kk", "партиясына тиеді"),
    ("ru", "целых мандат"),
    ("ru", "в этом все источники сходятся"),
    ("ru", "Получив недостающие"),
    ("kk", "өту үшін тағы"),
    # calques and label phrasings
    ("kk", "Партиялардың пайыздары —"),
    ("kk", "тізімдермен"),
    ("kk", "тізіммен"),
    ("kk", "өткен ережелерді өзгертті"),
    ("kk", "2009 жылғы бір жоба "),
    ("ru", "Проект 2009 года"),
    ("ru", "Бюллетени получили"),
    ("ru", "Явки по регионам"),
    ("kk", "Арменпресс"),
    ("ru", "Международный институт IDEA"),
    ("kk", "дереккөздердің мәліметі әртүрлі"),
    ("kk", "322-сі — "),
    ("kk", "(оларды ақпарат агенттіктері келтірген), ЕҚЫҰ"),
    ("ru", "не засчитан"),
    ("ru", "Перед выборами 2021 года: кто"),
    ("ru", "обновлялась каждые"),
    ("ru", "в выборах в Мажилис она участвовала"),
    ("ru", "Общего числа участков у меня нет"),
    ("ru", "г. — Токаев"),
    ("ru", "Его поддержали и фракции"),
)
"""Phrasings the second native review corrected (review2-kk.md, review2-ru.md)."""


REVIEW3_CORRECTED: tuple[tuple[Lang, str], ...] = (
    # the quota: "the votes are divided by the seats — this is the quota" read as each party's
    # votes divided by the seats; «бүтін бөлігінше», «мандаттар қалдығы», «мандат тізімі»
    ("ru", "это квота (квота Хэра)"),
    ("kk", "бүтін бөлігінше"),
    ("kk", "мандаттар қалдығы"),
    ("kk", "мандат тізімі бұрын"),
    ("kk", "мандат қалдығы ең үлкен партияларға"),
    ("ru", "выведен расчётом"),
    # "all sources read the rule so" right before the readings they disagree on
    ("kk", "барлық дереккөз бұл ережені осылай түсіндіреді"),
    ("ru", "Спорные дополнения"),
    # the calls for protests dated as if made on election day
    ("ru", "г. к протестам в день выборов"),
    ("ru", "(её возглавляет Жанболат Мамай)"),
    # labels standing in for sentences
    ("ru", "Позже:"),
    ("kk", "Кейін: "),
    ("ru", "По стране (окончательные данные)"),
    ("kk", "Бөлу: "),
    ("ru", "Распределение: "),
    ("ru", "Барьер: "),
    ("kk", "Өту шегі: "),
    ("ru", "Заместители председателя:"),
    ("kk", "Төрағаның орынбасарлары:"),
    ("ru", "Насколько доли мест"),
    ("ru", "2020–2021: "),
    ("ru", "2007–2022: "),
    ("ru", "С 2023 года: "),
    ("kk", "2020–2021: "),
    ("kk", "2007–2022: "),
    ("kk", "2023 жылдан бастап: "),
    ("ru", "Ниже барьера:"),
    ("ru", "не участвовали бы:"),
    ("kk", "Бөлуге қатыспайтындар:"),
    ("kk", "миссиялар туралы мәлімет:"),
    ("kk", "сайлау алдында: кім бойкот"),
    ("ru", "Проценты партий — доли"),
    # calques and fragments
    ("kk", "түпкілікті келуі"),
    ("kk", "Партиялардың пайызы"),
    ("kk", "ол үшін тағы 1 мандат"),
    ("kk", "өту шегінен өту үшін"),
    ("kk", "22-сі бір мандатты округтерден."),
    ("kk", "тәуелсіз түрде тексерілмеген"),
    ("kk", "есептелген шартты есеп"),
    # "X-а у меня нет" with a noun that is not "data"; «партия» as every sentence's subject
    ("ru", "Имени лидера"),
    ("ru", "Общего числа"),
    ("ru", "Числа "),
    ("ru", "Размера списка"),
    ("ru", "Партия набрала"),
    ("ru", "у партии на"),
    # the same fact twice; one-off wordings
    ("ru", "Воздержался 21 депутат —"),
    ("kk", "Қалыс қалған 21 депутат —"),
    ("ru", "в источниках разное"),
    ("ru", "назначать в Сенат"),
    ("ru", "в каждом ответе указан источник"),
    ("ru", "которую возглавляет Асхат"),
    ("ru", "в 2007–2016 годах"),
    ("ru", "Восьмые парламентские выборы за годы независимости;"),
)
"""Phrasings the third native review corrected (review3-kk.md, review3-ru.md)."""


REVIEW4_CORRECTED: tuple[tuple[Lang, str], ...] = (
    # a title announcing what only the "more" page held; participles for finite verbs
    ("kk", "кім жіберілмеді — төменде"),
    ("ru", "и кого к ним не допустили:"),
    ("kk", "32-сі сайланатын"),
    # "in 2016 ... its share rose": the year framed both clauses
    ("ru", "году мест у неё тоже не было"),
    # «укладываться в» with the prepositional; «квота (квота Хэра)»; «восстановлен расчётом»
    ("ru", "укладывается в её голосах"),
    ("ru", "квота (квота Хэра)"),
    ("ru", "восстановлен расчётом"),
    ("ru", "Правила об остатках"),
    # minor: «(0 мест)» after a negative; a double «ещё»; «проценты ... считаются от»
    ("ru", "(0 мест)"),
    ("ru", "не было (0)"),
    ("ru", "ей нужно ещё"),
    ("ru", "Проценты партий считаются"),
)
"""Phrasings the fourth native review corrected (review4-kk.md, review4-ru.md)."""

REVIEW_EN_CORRECTED: tuple[tuple[Lang, str], ...] = (
    # verbless fragments set out as sentences; a headline for a sentence
    ("en", "Conducted by the"),
    ("en", "Of these, 98 from party lists"),
    ("en", "Of these, 69 from party lists"),
    ("en", "The 8th legislative election since independence;"),
    ("en", "Run by the CEC,"),
    ("en", "Total seats disputed"),
    # "it is the ballots"; present tense with "since"; senators called deputies; a loose "it"
    ("en", "It is the ballots issued less"),
    ("en", "the Senate has 50 deputies"),
    ("en", "Since 2023 the Senate has 50"),
    ("en", "senators are elected by regional assemblies"),
    ("en", "the President appoints 5 senators"),
    ("en", "it has no seats in the Mäjilis"),
    # translationese
    ("en", "resigned before the newly elected"),
    ("en", "first of all"),
)
"""Phrasings the native English review corrected (review-en.md)."""


@pytest.mark.parametrize(
    "corrected",
    [REVIEW2_CORRECTED, REVIEW3_CORRECTED, REVIEW4_CORRECTED, REVIEW_EN_CORRECTED],
    ids=["2", "3", "4", "en"],
)
def test_the_reviews_corrections_hold(corrected: tuple[tuple[Lang, str], ...]) -> None:
    """No answer writes a phrasing the second, third or fourth native review corrected (each
    was in the answers the review read)."""
    found = {
        (lang, phrase, intent)
        for intent, _, lang, _, text in rendered()
        for want, phrase in corrected
        if lang == want and phrase in text
    }
    assert not found, sorted(found)[:10]


@pytest.mark.parametrize(
    ("intent", "slots", "lang", "expected"),
    [
        (  # the SUM of the parties' votes over the seats; then the whole quotas
            "electoral_system",
            {},
            "ru",
            "складываются и делятся на число мандатов — так получается квота Хэра. Каждая "
            "партия получает столько мандатов, сколько раз квота целиком укладывается в число "
            "её голосов.",
        ),
        (
            "electoral_system",
            {},
            "kk",
            "дауыстары қосылып, мандаттар санына бөлінеді — осылай квота (Хэр квотасы) шығады. "
            "Әр партияның дауысы квотаға бөлінеді, партия шыққан санның бүтін бөлігіне тең "
            "мандат алады. Бөлінбей қалған мандаттар ең үлкен қалдығы бар партияларға беріледі.",
        ),
        (
            "electoral_system",
            {},
            "en",
            "are added up and divided by the number of seats, which gives the quota",
        ),
        (
            "whatif",
            {"threshold": "60"},
            "kk",
            "Екінші партияның бөлуге қатысатынын барлық дереккөз растайды; оған қосымша шарт "
            "қойыла ма, жоқ па — бұл даулы",
        ),
        (
            "whatif",
            {"threshold": "60"},
            "ru",
            "дополнительные условия для неё спорны и в расчёте не учитывались",
        ),
        ("protests", {}, "ru", "К протестам в день выборов, 10 января 2021 г., призывали"),
        ("protests", {}, "kk", "ҚДТ сайлау күні (10 қаңтар) наразылыққа шығуға шақырды"),
        ("turnout_times", {}, "kk", "түпкілікті деректерге сәйкес, сайлаушылардың келуі"),
        ("turnout_region", {"region": "almaty_city"}, "kk", "Түпкілікті деректерге сәйкес, ел"),
        ("turnout_region", {"region": "almaty_city"}, "ru", "Окончательная явка по стране — 63"),
        ("institution", {"institution": "senate"}, "ru", "В 2020–2021 годах в Сенате было 49"),
        ("institution", {"institution": "senate"}, "kk", "2020–2021 жылдары Сенатта 49 сенатор"),
        ("speaker", {}, "ru", "Заместителями председателя стали"),
        ("context", {}, "ru", "1 марта 2022 года партию «Нур Отан» переименовали в «Аманат»"),
        # the second review's
        (
            "party_seats",
            {"party": "auyl"},
            "kk",
            "Партия 2016 жылғыдай бұл жолы да орын ала алмады, бірақ",
        ),
        (
            "chamber_size",
            {"year": "2023"},
            "kk",
            "Оның 69-ы партиялық тізімдер бойынша, 29-ы бір мандатты округтерден сайланды.",
        ),
        ("whatif", {"threshold": "60"}, "ru", "Барьер преодолел бы только «Нур Отан»"),
        ("whatif", {"threshold": "60"}, "kk", "«Нұр Отан» өтер еді"),
        # the fourth review's
        ("boycott", {}, "kk", "конференциясы сайлауға бойкот жариялады"),
        (
            "institution",
            {"institution": "senate"},
            "kk",
            "Сенатта 47 сенатор болды: 32-сін мәслихаттар сайлады, 15-ін Президент тағайындады.",
        ),
        (
            "party_seats",
            {"party": "auyl"},
            "ru",
            "Как и в 2016 году, мест партия не получила, но её доля выросла на 3,28 "
            "процентного пункта (в 2016 году — 2,01 %).",
        ),
        (
            "electoral_system",
            {"year": "2023"},
            "ru",
            "Положения об остатках в тексте закона 2023 года найти не удалось. То, что "
            "применялся метод наибольших остатков, подтверждает расчёт",
        ),
        # the English review's
        (
            "chamber_size",
            {},
            "en",
            "Of these, 98 were filled from party lists and 9 were elected by the Assembly of "
            "People of Kazakhstan.",
        ),
        (
            "chamber_size",
            {"year": "2023"},
            "en",
            "Of these, 69 were filled from party lists and 29 from single-member districts.",
        ),
        (
            "institution",
            {"institution": "senate"},
            "en",
            "Since 2023, the Senate has had 50 members: 40 elected by regional assemblies and 10 "
            "appointed by the President, 5 of them on the APK's proposal.",
        ),
        (
            "institution",
            {"institution": "apk"},
            "en",
            "Since 2023, the President has appointed 5 senators on the Assembly's proposal, and "
            "the Assembly has had no seats in the Mäjilis.",
        ),
        (
            "invalid_ballots",
            {},
            "en",
            "The figure is the number of ballots issued minus the votes cast for parties.",
        ),
    ],
)
def test_the_reviews_phrasings(
    intent: str, slots: dict[str, str], lang: Lang, expected: str
) -> None:
    """The corrected phrasing itself, in the answer (or its "more" page) it was asked of."""
    texts = [
        text
        for i, s, lg, _, text in rendered()
        if i.removesuffix(MORE) == intent and s == slots and lg == lang
    ]
    assert any(expected in t.replace("\u00a0", " ") for t in texts), texts[:2]


def _cited(intent: str, slots: dict[str, str], lang: Lang, words: str) -> set[str]:
    """The sources the line of this answer (or page) that contains `words` cites."""
    found: set[str] = set()
    for i, s, lg, reply, _ in rendered():
        if (i, s, lg) != (intent, slots, lang):
            continue
        for line, cites in zip((reply.headline, *reply.details), reply.cites, strict=True):
            if words in line.replace("\u00a0", " "):
                found |= {c.source for c in cites}
    return found


@pytest.mark.parametrize(
    ("intent", "slots", "words", "sources"),
    [
        # the 22:00 preliminary turnout: zakon.kz (mediaworld.kz), Astana Times of 11.01
        ("turnout", {}, "63,3", {"MEDIAWORLD", "AT-prelim21"}),
        # ODIHR's 10 061 precinct and 232 territorial commissions: its interim report
        ("polling_stations", {}, "232", {"ODIHR-interim21"}),
        # the government's resignation (24.kg) and the vote on Mamin (Interfax via Khovar)
        ("timeline_more", {}, "78", {"24KG", "KHOVAR"}),
        # the OSCE's preliminary statement of 11 January
        ("timeline_more", {}, "ОБСЕ выступили", {"OSCEPA-stmt"}),
        # Mamai at the head of the Democratic Party: The Diplomat
        ("protests", {}, "Мама", {"SPUTNIK-urdupoint", "THEDIPLOMAT"}),
        # the renaming to AMANAT (gov.kz) and the dissolution of 19 January 2023
        ("context_more", {}, "переименовали в «Аманат»", {"GOVKZ-amanat", "PLEDGE23"}),
        # the runner-up's two seats: the IPU and ElectionGuide, both named in the line
        ("whatif_more", {"threshold": "60"}, "ElectionGuide", {"IPU-arch", "EG21"}),
        # the fourth review's: the maslikhats' first election on party lists alone (Astana
        # Times of 12.12.2020); the renamings of Birlik and the CPPK (Kazakhstan Today)
        ("context", {}, "впервые полностью", {"WP21", "AT-maslists"}),
        ("party_info", {"party": "adal"}, "как «Бирлик»", {"KT-rebrand"}),
        ("party_info", {"party": "ppk"}, "как Коммунистическая", {"KT-rebrand"}),
        ("compare", {"other_year": "2016", "year": "2021"}, "«Бирлик» / «Адал»", {"KT-rebrand"}),
        ("compare_more", {}, "«Бирлик» / «Адал»", {"KT-rebrand"}),
    ],
)
def test_the_reviews_sources_are_cited(
    intent: str, slots: dict[str, str], words: str, sources: set[str]
) -> None:
    """Each statement the third and fourth reviews found without its source cites the one
    that holds it: the Russian line stating it, and the same answer in every language."""
    assert sources <= _cited(intent, slots, "ru", words)
    for lang in LANGS:
        every = {
            c.source
            for i, s, lg, r, _ in rendered()
            if (i, s, lg) == (intent, slots, lang)
            for line in r.cites
            for c in line
        }
        assert sources <= every, lang


def test_the_2023_remainder_rule_is_not_cited_to_the_law() -> None:
    """The largest-remainder rule of 2023 is inferred, not found in the law: its line says
    so on the first page, and cites the CEC's allocation it reproduces, not qmonitor.kz
    (which gives the quota only)."""
    for lang, words in (("ru", "подтверждает расчёт"), ("kk", "есептеу арқылы тексерілді")):
        assert _cited("electoral_system", {"year": "2023"}, lang, words) == {"AT23-final"}


def test_the_key_dates_reach_election_day_and_the_results() -> None:
    """The timeline's first page holds the key dates only (the call, the vote, the results),
    in order; for 2021 all of them, the campaign's steps behind "more" (review3-kk.md, 58)."""
    fb = load_factbase()
    for year in fb.years:
        key = [e for e in fb.election(year).timeline if e.key]
        assert {e.kind for e in key} >= {"decree", "election_day", "final_results"}
        for lang in LANGS:
            (reply,) = [
                r
                for i, s, lg, r, _ in rendered()
                if i == "timeline" and s.get("year", "2021") == str(year) and lg == lang
            ][:1]
            texts = [e.text(lang) for e in key]
            shown = [next(i for i, t in enumerate(texts) if t in d) for d in reply.details]
            assert shown == sorted(shown), (year, lang)
            if year == 2021:
                assert len(shown) == len(texts), (lang, reply.details)
