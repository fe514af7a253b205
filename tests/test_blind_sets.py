"""Blind sets (issue 12): questions written from the fact sheet alone, by people who never saw
the phrasings, scored as a new user would judge the answers (`bot.py report --set`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sailau import blindsets, render
from sailau.commands.report import SET_GATES
from sailau.i18n import load_catalog
from sailau.pipeline import answer, engine
from sailau.reply import Reply, ReplyKind

DATA = Path(__file__).parent / "data"
SETS = sorted(DATA.glob("set[A-Z]*.yaml"))


@pytest.fixture(scope="module", params=SETS, ids=lambda p: p.stem)
def scored(request: pytest.FixtureRequest) -> tuple[blindsets.Score, blindsets.Gates]:
    cases = blindsets.load_set(request.param)
    gates = blindsets.load_gates(request.param, SET_GATES)
    spellings = engine().env.fb.surname_spellings()
    return blindsets.run(cases, answer, render.text, load_catalog(), spellings), gates


def test_each_set_reaches_its_bar(scored: tuple[blindsets.Score, blindsets.Gates]) -> None:
    """Issue 12's bar, or for a set added below it the floor it reached (`gates:` in the set)."""
    score, gates = scored
    failures = [(v.case.q, v.verdict, v.detail) for v in score.verdicts if v.verdict != "ok"]
    for group, gate in gates.shares.items():
        assert score.share(group) >= gate, (group, score.share(group), failures)


def test_off_topic_questions_get_no_figure_and_wrong_answers_do_not_grow(
    scored: tuple[blindsets.Score, blindsets.Gates],
) -> None:
    score, gates = scored
    for verdict, allowed in (("leak", gates.leak), ("wrong", gates.wrong)):
        bad = [(v.case.q, v.detail) for v in score.verdicts if v.verdict == verdict]
        assert len(bad) <= allowed, (verdict, bad)


def test_a_set_may_set_its_own_floor(tmp_path: Path) -> None:
    path = tmp_path / "setZ.yaml"
    path.write_text("gates: {shares: {kk: 0.5}, wrong: 2}\nitems: []\n", encoding="utf-8")
    gates = blindsets.load_gates(path, SET_GATES)
    assert gates.shares["kk"] == 0.5 and gates.shares["ru"] == SET_GATES["ru"]
    assert (gates.wrong, gates.leak) == (2, 0)
    path.write_text("gates: {shares: {klingon: 0.5}}\n", encoding="utf-8")
    with pytest.raises(blindsets.SetError):
        blindsets.load_gates(path, SET_GATES)


def test_the_report_command_scores_a_set(capsys: pytest.CaptureFixture[str]) -> None:
    import bot

    assert bot.main(["report", "--set", str(SETS[0])]) == 0
    out = capsys.readouterr().out
    assert "in-scope" in out and "dialogue" in out and out.rstrip().endswith("PASS")


def _reply(text: str, lang: str = "en", kind: ReplyKind = ReplyKind.ANSWER) -> Reply:
    return Reply(lang=lang, kind=kind, headline=text)  # type: ignore[arg-type]


def test_judging_follows_the_kinds() -> None:
    catalog = load_catalog()
    case = blindsets.Case("did auyl pass", "en", "yesno", ("5.29",), yes=False)
    assert (
        blindsets.judge(case, _reply("No. Auyl won 5.29%"), "No. Auyl won 5.29%", catalog)[0]
        == "ok"
    )
    assert blindsets.judge(case, _reply("Yes. 5.29%"), "Yes. 5.29%", catalog)[0] == "wrong"
    assert blindsets.judge(case, _reply("Auyl 5.29%"), "Auyl 5.29%", catalog)[0] == "miss"
    off = blindsets.Case("2+2", "en", "offtopic")
    assert blindsets.judge(off, _reply("4"), "4", catalog)[0] == "leak"
    unknown = blindsets.Case("domestic observers", "en", "unknown")
    not_held = _reply("Not found.", kind=ReplyKind.UNKNOWN)
    assert blindsets.judge(unknown, not_held, "Not found.", catalog)[0] == "ok"


@pytest.mark.parametrize(
    ("text", "figure", "lang", "found"),
    [
        ("5 148 074 votes", "5148074", "ru", True),
        ("5,148,074 votes", "5148074", "en", True),
        ("71,09 %", "71.09", "kk", True),
        ("771.09", "71.09", "en", False),
        ("10 January 2021", "2021-01-10", "en", True),
        ("2021 жылғы 10 қаңтарда", "2021-01-10", "kk", True),
        ("10 января 2021 г.", "2021-01-11", "ru", False),
        ("Нұрлан Нығматулин", "Нигматулин", "kk", True),
        ("Auyl won no seats in the Mäjilis in 2021", "0", "en", True),
        ("«Ауыл» партиясы Мәжілістен орын алған жоқ", "0", "kk", True),
        ("Auyl won 10 seats", "0", "en", False),
    ],
)
def test_figures_are_found_as_readers_see_them(
    text: str, figure: str, lang: str, found: bool
) -> None:
    assert blindsets.has_figure(text, figure, lang, load_catalog()) is found  # type: ignore[arg-type]


def test_a_greeting_to_small_talk_is_no_leak_but_a_stated_figure_is() -> None:
    """An off-topic question leaks only through a figure the reply states, not through the
    numbers of its follow-up offers ("привет как дела" gets the greeting and its menu)."""
    case = blindsets.Case("привет как дела", "ru", "offtopic")
    greeting = answer(case.q, "ru")
    assert greeting.kind is ReplyKind.INFO and greeting.suggestions
    assert blindsets.judge(case, greeting, render.text(greeting), load_catalog())[0] == "ok"
    figure = answer("явка 2021", "ru")
    assert blindsets.judge(case, figure, render.text(figure), load_catalog())[0] == "leak"


def test_a_name_shows_in_any_language_spelling_of_that_person() -> None:
    """The PPK leader is Қоңыров in Kazakh and Конуров in Russian (the fact sheet's note 24):
    a Kazakh reply naming him shows the expected surname; another person's name does not."""
    catalog = load_catalog()
    names = blindsets.folded_names(engine().env.fb.surname_spellings())
    text = "ҚХП жетекшісі — Айқын Қоңыров"
    assert blindsets.has_figure(text, "Конуров", "kk", catalog, names)
    assert blindsets.has_figure(text, "Қоңыров", "kk", catalog, names)
    assert not blindsets.has_figure(text, "Конуров", "kk", catalog)
    assert not blindsets.has_figure(text, "Перуашев", "kk", catalog, names)


def test_a_name_or_decimal_shows_however_the_reply_writes_it() -> None:
    """A surname the fact base holds only in a row's text (Турганкулов), or after another
    spelling in parentheses (Khodzhanazarov (Qojanazarov)), and a decimal written with a
    trailing zero (28.30 for 28.3) show the expected figure; another surname does not."""
    catalog = load_catalog()
    names = blindsets.folded_names(engine().env.fb.surname_spellings())
    assert blindsets.has_figure(
        "председатель ЦИК Куандык Турганкулов", "Turgankulov", "ru", catalog
    )
    assert blindsets.has_figure("елші Ярослав Доманский басқарды", "Domański", "kk", catalog)
    leader = "жетекшісі — Айдарбек Қожаназаров"
    assert blindsets.has_figure(leader, "Khodzhanazarov", "kk", catalog, names)
    assert not blindsets.has_figure("председатель ЦИК Нурлан Абдиров", "Turgankulov", "ru", catalog)
    assert blindsets.has_figure("28.30 percentage points lower", "28.3", "en", catalog)
    assert not blindsets.has_figure("28.31 percentage points", "28.3", "en", catalog)
    assert not blindsets.has_figure("28 points", "28.0", "en", catalog)


def test_a_latin_surname_shows_as_a_cyrillic_reply_writes_it() -> None:
    """A set writes surnames in Latin letters; a Kazakh or Russian reply names the person in
    Cyrillic (the CEC's announcer, an observer mission's head): the transliteration counts, another
    person's name still does not."""
    catalog = load_catalog()
    assert blindsets.has_figure("Нәтижені Константин Петров жариялады", "Petrov", "kk", catalog)
    assert blindsets.has_figure("председатель ЦИК Нурлан Әбдіров", "Abdirov", "ru", catalog)
    assert blindsets.has_figure("elder Petrov", "Petrov", "en", catalog)
    assert not blindsets.has_figure("Нурлан Абдиров", "Petrov", "ru", catalog)
