"""The question reader: morphology, extractors, frames, scope, and what it costs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pymorphy3
import pytest

from sailau.answers.env import DEFAULT_YEAR
from sailau.answers.registry import REGISTRY
from sailau.factbase import load_factbase
from sailau.paths import REPO_FACTS_DIR
from sailau.pipeline import engine
from sailau.reply import Context, Lang
from sailau.understanding.decide import Status
from sailau.understanding.doc import Question
from sailau.understanding.engine import Reader
from sailau.understanding.extractors import PipelineError, Settings, Tokens, check
from sailau.understanding.frame import Frame, Subject
from sailau.understanding.morphology import Analysis, Sequences
from sailau.understanding.text import load_tables
from sailau.yamlio import load_file


@pytest.fixture(scope="module")
def reader() -> Reader:
    return engine().reader


def frame(reader: Reader, text: str) -> Frame:
    return reader.read(text).frame


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("партиялардың", "партия"),
        ("жылғы", "жыл"),
        ("мәжіліске", "мажилис"),
        ("орындары", "орын"),
        ("графигі", "график"),  # к -> г before a vowel
        (["2016", "дағыдан"][1], None),  # a bare suffix chain: no stem
    ],
)
def test_kazakh_suffixes_are_stripped_to_a_known_stem(
    reader: Reader, word: str, stem: str | None
) -> None:
    analysis = reader.morphology.analyse(word)
    if stem is None:
        assert reader.morphology.suffix_cases(word) == frozenset({"ablative"})
    else:
        assert stem in analysis.kk


def test_sequences_read_each_slot_at_most_once_in_order() -> None:
    # the automaton that tells a run of suffixes: slots optional, in order, each once
    runs = Sequences([[["ы", "ым"], ["да", "дан"]], [["ма"], ["ды"]]])
    for word in ("", "ы", "ым", "да", "ыда", "ымдан", "ма", "мады", "ды"):
        assert runs.accepts(word), word
    for word in ("дады", "даы", "ымы", "мада", "м", "ыма", "дыма", "ымдаа"):
        assert not runs.accepts(word), word
    assert list(runs.prefixes("ымданы")) == [0, 1, 2, 4, 5]  # "", ы, ым, ымда, ымдан


@pytest.mark.parametrize(
    ("ending", "cases"),
    [
        ("лардың", {"genitive"}),  # plural + case
        ("ларымыздың", {"genitive"}),  # plural + possessive + case
        ("дағыдан", {"ablative"}),  # adjectival + outer case
        ("мағандарды", {"accusative"}),  # a negated participle's plural + case
        ("", set()),
        ("дарлар", None),  # the plural twice
        ("ныңлар", None),  # a case before the plural
        ("қзға", None),
    ],
)
def test_runs_of_kazakh_suffixes_and_their_cases(
    reader: Reader, ending: str, cases: set[str] | None
) -> None:
    found = reader.morphology.suffix_cases(ending)
    assert found == (None if cases is None else frozenset(cases))


def test_kazakh_negation_is_kept_as_meaning(reader: Reader) -> None:
    analysis = reader.morphology.analyse("өтпеді")
    assert "от" in analysis.kk and analysis.negated


def test_russian_lemmas_and_english_base_forms(reader: Reader) -> None:
    assert "голос" in reader.morphology.analyse("голосов").ru
    assert "место" in reader.morphology.analyse("мест").ru
    assert reader.morphology.analyse("parties").en == ("party",)
    assert reader.morphology.analyse("won").en == ("win",)


@pytest.mark.parametrize(
    ("question", "measures", "parties", "years"),
    [
        ("нұр отанның 2016 және 2021 жылғы пайызы", ("share",), ("nur_otan",), (2016, 2021)),
        ("сколько голосов и мандатов у ауыла", ("votes", "seats"), ("auyl",), ()),
        ("halyq partiasy qansha dauys aldy", ("votes",), ("ppk",), ()),  # Latin-typed Kazakh
        ("skolko mest u ak zhola v 2023", ("seats",), ("ak_zhol",), (2023,)),  # Latin Russian
        ("crjkmrj vtcn e fr ;jkf", ("seats",), ("ak_zhol",), ()),  # wrong keyboard layout
        ("ак жол мен ауылдын орындары канша", ("seats",), ("ak_zhol", "auyl"), ()),
        ("how many seats did nur otan win", ("seats",), ("nur_otan",), ()),  # not "who won"
    ],
)
def test_frames_name_measures_subjects_and_years(
    reader: Reader,
    question: str,
    measures: tuple[str, ...],
    parties: tuple[str, ...],
    years: tuple[int, ...],
) -> None:
    read = frame(reader, question)
    assert (read.measures, read.parties, read.years) == (measures, parties, years)


@pytest.mark.parametrize(
    ("question", "base", "asked"),
    [
        ("how much did turnout drop since 2016", 2016, ()),
        ("ақ жол 2016-ға қарағанда неше орынға көбейді", 2016, ()),
        ("на сколько голосов нур отан получил меньше чем в 2016", 2016, ()),
        ("келу 2016 дан 2021 ге дейін қалай өзгерді", 2016, (2021,)),
    ],
)
def test_a_year_compared_with_is_the_base_not_the_election_asked(
    reader: Reader, question: str, base: int, asked: tuple[int, ...]
) -> None:
    read = frame(reader, question)
    assert (read.base_year, read.years, read.form) == (base, asked, "compare")


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("did auyl make it past the threshold", "yesno"),
        ("ауыл парламентке өтті ме", "yesno"),
        ("была ли явка выше 70%", "yesno"),
        ("у нур отана большинство есть?", "yesno"),  # no marker, a predicate
        ("qai jyly kelu joğary boldy 2021 be älde 2023 pe", "compare"),  # an alternative
        ("turnout 2016 vs 2021", "compare"),
        ("how many seats did ak zhol win", "value"),
        ("did the referendum cut the number of senators", "yesno"),  # the auxiliary first
        ("маслихаты выбирали в тот же день?", "yesno"),
    ],
)
def test_the_form_of_the_question(reader: Reader, question: str, form: str) -> None:
    assert frame(reader, question).form == form


def test_a_comparison_keeps_its_figure(reader: Reader) -> None:
    read = frame(reader, "набрал ли кто нибудь больше половины голосов")
    assert read.comparison is not None
    assert (read.comparison.direction, read.comparison.value) == ("more", "50")
    assert read.form == "yesno"


def test_misspelt_names_and_words_are_read_lower(reader: Reader) -> None:
    read = frame(reader, "turnuot in 2016")
    assert read.measures == ("turnout",) and read.score < 1


def test_every_word_is_accounted_for(reader: Reader) -> None:
    read = frame(reader, "how many seats did nur otan win according to the zorblax")
    assert read.unknown == ("zorblax",)
    decision, _ = reader.understand("how many seats did nur otan win according to the zorblax")
    assert decision.confidence < 1


@pytest.mark.parametrize(
    ("word", "parsed"),
    [
        ("прошедших", "прошедших"),  # in the dictionary: a participle among later readings
        ("выборров", "выборров"),  # a slip: pymorphy3 guesses by analogy, the dearest reading
        ("vybborov", "выбборов"),  # Latin-typed: its Russian transliteration is parsed
        ("сайлаууда", "сайлаууда"),  # a Kazakh word with a slip: read as Russian too
    ],
)
def test_a_new_word_costs_one_pymorphy3_parse(
    reader: Reader, monkeypatch: pytest.MonkeyPatch, word: str, parsed: str
) -> None:
    """A word's lemmas, its part of speech and whether it may be a participle all come from one
    parse; and a Cyrillic word is analysed once whether Latin readings are asked or not."""
    calls: list[str] = []
    parse = pymorphy3.MorphAnalyzer.parse

    def counted(self: pymorphy3.MorphAnalyzer, text: str) -> list[object]:
        calls.append(text)
        return parse(self, text)

    monkeypatch.setattr(pymorphy3.MorphAnalyzer, "parse", counted)
    reader.morphology.forget()
    analysis = reader.morphology.analyse(word)
    if not analysis.latin:
        assert reader.morphology.analyse(word, latin_readings=False) is analysis
    assert calls == [parsed]
    assert analysis.participle == (word == "прошедших")


@pytest.mark.parametrize(
    ("lang", "question"),
    [("ru", "берешшь"), ("ru", "skollko mest"), ("kk", "жолдңы")],
)
def test_a_slip_with_a_hundred_corrections_is_settled_by_the_first_that_reads_as_nothing(
    reader: Reader, monkeypatch: pytest.MonkeyPatch, lang: Lang, question: str
) -> None:
    """A slip after a stem spelled right ("берешшь": "бер" + a rest one slip from a hundred
    endings) is corrected only when every correction means the same thing: one that reads as
    nothing settles it, and the others are not looked up."""
    word = question.split()[0]
    assert len(reader.corrections.corrections(word)) > 50
    analysed: list[str] = []
    analyse = reader.morphology.analyse

    def counted(text: str, *, latin_readings: bool = True) -> Analysis:
        analysed.append(text)
        return analyse(text, latin_readings=latin_readings)

    monkeypatch.setattr(reader.morphology, "analyse", counted)
    reader.forget()
    q = reader.question(question, lang)
    assert not any(t.slip for t in q.tokens)
    assert len(analysed) < 10


def test_forget_drops_every_word_remembered(reader: Reader) -> None:
    """The corrections of slips and the closest names of misspelt words are remembered per word
    like the words' analyses, and forgotten with them (a never-seen benchmark's second pass is
    as new to the reader as its first)."""
    reader.read("skollko mest v mazhilise")
    assert reader.corrections.corrections.cache_info().currsize
    assert reader.misspelt.closest.cache_info().currsize  # type: ignore[attr-defined]
    reader.forget()
    assert not reader.corrections.corrections.cache_info().currsize
    assert not reader.misspelt.closest.cache_info().currsize  # type: ignore[attr-defined]


def test_a_party_name_implies_its_elections(reader: Reader) -> None:
    decision, _ = reader.understand("сколько мест у аманата")
    assert decision.parts[0].slot("year") == "2023"
    decision, _ = reader.understand("сколько мест у нур отана")
    assert decision.parts[0].slot("year") is None  # the default election, 2021


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("when did tokayev call the election", Status.MATCHED),
        ("Токаев 2021 жылғы сайлауды қашан тағайындады", Status.MATCHED),
        ("what % did tokayev get in the 2019 presidential election", Status.OFF_TOPIC),
        ("tokayev vote share", Status.OFF_TOPIC),
        ("who won the us election", Status.OFF_TOPIC),
        ("сколько мест в госдуме", Status.OFF_TOPIC),
        ("whats 2+2", Status.NOT_UNDERSTOOD),
    ],
)
def test_scope_by_meaning_not_by_name(reader: Reader, question: str, status: Status) -> None:
    assert reader.understand(question)[0].status is status


@pytest.mark.parametrize(
    "question",
    ["мәслихатта нұр отан неше орын алды", "сколько мест у нур отана в маслихате",
     "almaty maslikhat results"],
)  # fmt: skip
def test_maslikhat_questions_get_the_maslikhat_answer(reader: Reader, question: str) -> None:
    """Local councils are not the Mäjilis: a party's maslikhat seats are not its Mäjilis seats."""
    assert reader.understand(question)[0].intent == "maslikhats"


def test_asking_for_the_highest_and_the_lowest_asks_both(reader: Reader) -> None:
    decision, _ = reader.understand("самая высокая и самая низкая явка по регионам")
    assert decision.frame.extreme == "both"
    assert decision.intent == "turnout_extremes" and decision.parts[0].slot("extreme") is None


def test_an_exact_vocabulary_phrase_is_not_its_lemma(reader: Reader) -> None:
    """ "=днем" narrows turnout to the daytime; "в тот же день" is not a time of day."""
    assert frame(reader, "явка днем").narrows("time")
    assert not frame(reader, "маслихаты выбирали в тот же день?").narrows("time")


def test_the_question_words_are_kept_roughly_for_the_answer(reader: Reader) -> None:
    decision, lang = reader.understand("first sitting of the new majilis")
    asked = reader.stems_of(decision, lang)
    assert {"first", "sessi"} <= asked  # "sitting" is also "session" (the vocabulary)
    assert "majil" not in asked  # the subject: the whole answer is about it


def test_narrowing_words_are_honoured_or_reported(reader: Reader) -> None:
    exit_poll, _ = reader.understand("exit poll share of nur otan")
    assert exit_poll.intent == "exit_poll" and not exit_poll.unhonoured
    women, _ = reader.understand("how many female candidates")
    assert women.intent == "women"
    abroad, _ = reader.understand("turnout abroad")
    assert abroad.not_held == "votes_abroad"


def test_components_are_checked_in_order() -> None:
    with pytest.raises(PipelineError, match="settings needs"):
        check([Tokens(load_tables()), Settings()])


def test_frames_round_trip_through_json(reader: Reader) -> None:
    read = frame(reader, "если бы барьер был 5 процентов сколько мест получил бы нур отан")
    assert Frame.from_dict(read.to_dict()) == read
    context = Context("ru", "whatif", (("threshold", "5"),), read)
    assert Context.from_json(json.loads(json.dumps(context.to_json()))) == context
    stored = Context.from_json({"lang": "ru", "frame": {"measures": 5, "nonsense": []}})
    assert stored.lang == "ru" and stored.frame is None  # another shape: no frame, not an error


def test_reading_does_not_use_the_phrasings(tmp_path: Path) -> None:
    """Cost follows the question, not the phrasings: the reader never opens facts/intents."""
    facts = tmp_path / "facts"
    shutil.copytree(REPO_FACTS_DIR, facts)
    shutil.rmtree(facts / "intents")
    reader = Reader(facts, load_factbase(facts), frozenset(REGISTRY), DEFAULT_YEAR)
    assert reader.understand("сколько мест у ак жола")[0].intent == "party_seats"


def test_a_question_is_annotated_not_rewritten(reader: Reader) -> None:
    q = reader.question("Сколько мест у «Ак жола»?!", "ru")
    assert isinstance(q, Question)
    assert [t.text for t in q.tokens] == ["сколько", "мест", "у", "ак", "жола"]
    assert {(s.label, s.value) for s in q.spans} >= {("party", "ak_zhol"), ("measure", "seats")}
    assert Subject("party", "ak_zhol") in frame(reader, "Сколько мест у «Ак жола»?!").subjects


def test_the_same_question_reads_the_same_in_every_process(tmp_path: Path) -> None:
    """Sets iterate in another order in each process (string hashing): nothing a question is
    read or answered as may follow it (the Telegram soak test compares the bot's process with
    its own)."""
    questions = tmp_path / "questions.txt"
    items = load_file(REPO_FACTS_DIR.parent / "tests" / "data" / "setA.yaml")["items"]
    asked = ["nur otan men aq joldyn dauys sany", *(i["q"] for i in items[:120])]
    questions.write_text("\n".join(asked), encoding="utf-8")
    command = [sys.executable, "bot.py", "ask", "--json", "--batch", str(questions)]
    outputs = {
        subprocess.run(
            command, cwd=REPO_FACTS_DIR.parent, capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }  # fmt: skip
    assert len(outputs) == 1
