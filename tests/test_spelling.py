"""Typing slips (sailau/understanding/spelling.py, `extractors.Corrections`): a word with one
letter swapped, doubled or dropped reads as the word meant, inflected words included; real words
and words a slip cannot tell apart stay as typed; one-slip robustness holds its gate."""

from __future__ import annotations

import pytest

from sailau import slips
from sailau.commands.report import REGRESSION_FILE, SLIP_GATE, load_cases
from sailau.pipeline import answer, engine
from sailau.understanding.spelling import one_slip

SLIP_GATES = {"kk": 0.935, "ru": 0.93, "en": 0.95, None: SLIP_GATE}
"""What main reaches on the regression set at seed 7, per language (74 % before typing slips
were read; the target is 95 %); overall, the gate `bot.py report --slips` holds."""


@pytest.mark.parametrize(
    ("typed", "meant", "slip"),
    [
        ("прцоент", "процент", True),  # swapped
        ("выббор", "выбор", True),  # doubled
        ("мст", "мест", True),  # dropped
        ("шети", "шешти", True),  # dropped (the typed word is the shorter)
        ("шешти", "шети", False),  # an added letter that is not its neighbour again
        ("мост", "мест", False),  # replaced: too many real words are a letter apart
        ("явка", "явка", False),
        ("abcd", "badc", False),
    ],
)
def test_one_slip(typed: str, meant: str, slip: bool) -> None:
    assert one_slip(typed, meant) is slip


def test_inflected_words_are_corrected_by_their_stem() -> None:
    speller = engine().reader.corrections.speller
    assert "выборов" in speller.corrections("выбборов")
    assert "процентов" in speller.corrections("прцоентов")
    assert "избирателей" in speller.corrections("избирателлей")
    assert speller.corrections("какой") == () or "какой" not in speller.corrections("какой")


@pytest.mark.parametrize(
    ("question", "intent", "slot"),
    [
        ("сколько прцоентов у нур отана", "party_share", ("party", "nur_otan")),
        ("сколько манндатов получил ак жол", "party_seats", ("party", "ak_zhol")),
        ("какие партии участвовали в выборрах", "parties", None),
        ("сколько избирателлей", "registered_voters", None),
        ("голоса за аыул", "party_votes", ("party", "auyl")),
        ("yavak 2021", "turnout", ("year", "2021")),
        ("ауыл қанша орын алдды", "party_seats", ("party", "auyl")),
        ("how many seast did adal get", "party_seats", ("party", "adal")),
    ],
)
def test_a_slip_keeps_the_reading(question: str, intent: str, slot: tuple[str, str]) -> None:
    reply = answer(question)
    assert reply.intent == intent, (question, reply.intent, reply.kind)
    assert slot is None or slot in reply.slots


def test_a_corrected_word_counts_less() -> None:
    reader = engine().reader
    assert reader.read("сколько процентов у нур отана").frame.score == 1.0
    assert reader.read("сколько прцоентов у нур отана").frame.score < 1.0


@pytest.mark.parametrize(
    "question",
    [
        "какая явка будет в следующий раз как думаешь",  # "думаешь" is a word: not "дума" + "ше"
        "жсдп сайлауга катыспаймыз деп кашан шешти",  # "шешти" is not "шет" + a doubled letter
    ],
)
def test_real_words_are_not_taken_for_slips(question: str) -> None:
    reader = engine().reader
    reading = reader.read(question)
    q = reader.question(reading.words, reading.lang)
    assert not any(t.slip for t in q.tokens), [t.text for t in q.tokens if t.slip]


def test_one_slip_robustness_holds_its_gate() -> None:
    cases = load_cases(REGRESSION_FILE)
    score = slips.measure(((c.q, c.lang) for c in cases), answer)
    for lang, gate in SLIP_GATES.items():
        assert score.share(lang) >= gate, (lang, score.format(verbose=True))


def test_the_report_command_measures_slips(capsys: pytest.CaptureFixture[str]) -> None:
    import bot

    bot.main(["report", "--slips"])
    out = capsys.readouterr().out
    assert "one-slip robustness" in out and "all" in out


def test_any_text_is_safe() -> None:
    speller = engine().reader.corrections.speller
    assert speller.corrections("") == ()
    assert answer("M <b>Ak Zhol</b> & <script>alert(1)</script> &amp; &lt;") is not None
