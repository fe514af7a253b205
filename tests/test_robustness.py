"""Property-based robustness: whatever comes in, the answer pipeline, the fact-base loader and the
seat calculator give a usable result or a precise error, never a traceback.

- `answer()` on arbitrary Unicode (empty, 100,000 characters, control characters, RTL, emoji,
  mixed scripts, HTML/Markdown metacharacters) returns a non-empty reply whose Telegram HTML is
  well formed (user text escaped) and within Telegram's limits.
- `read_factbase()` on a mutated copy of the shipped YAML returns a valid base or raises
  `FactBaseInvalid` listing `file: field: reason` problems.
- The seat calculator keeps its invariants on valid scenarios and refuses invalid ones with a
  `SeatError` that says what is wrong.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from sailau import render
from sailau.answers.registry import REGISTRY
from sailau.factbase import FactBase, FactBaseInvalid, read_factbase
from sailau.paths import REPO_FACTS_DIR
from sailau.pipeline import answer, answer_intent
from sailau.reply import LANGS, Context, Lang, Reply, ReplyKind, Suggestion, freeze_slots
from sailau.seats.allocation import NoPartyPasses, SeatError
from sailau.seats.methods import METHODS
from sailau.seats.scenario import custom, parse_percent
from sailau.seats.thresholds import Base

sys.path.insert(0, str(Path(__file__).parent / "telegram"))
from tg_botapi import (
    CALLBACK_DATA_LIMIT,
    TEXT_LIMIT,
    ApiError,
    visible_length,
)

# -- answer() on arbitrary text ---------------------------------------------------------------

RTL = "مرحبا بالانتخابات שלום בחירות"
SPECIAL = [
    "",
    " ",
    "\x00\x01\x1b[31m\x7f",
    "\u200b\u200e\u200f\u202e\u2066\ufeff",
    RTL,
    "🗳️🇰🇿👩‍👩‍👧 🤔🔥",
    "<b>Ak Zhol</b> & <script>alert(1)</script> &amp; &lt;",
    "*bold* _it_ [link](http://x) `code` ~~s~~ ||spoiler|| > quote",
    "Нұр Отан сколько seats 2021 жылы?",
    "\U0010ffff\ud7ff\ue000",
]
"""Hand-picked awkward inputs, mixed in with hypothesis' own."""

META = "<>&\"'*_[]()`~|#+-=.!{}\\/"
alphabet = st.characters(codec="utf-8") | st.sampled_from(META)
mixed = st.lists(st.text(alphabet, max_size=40) | st.sampled_from(SPECIAL), max_size=6).map(
    " ".join
)
huge = st.text(alphabet, min_size=1, max_size=30).map(
    lambda s: (s * (100_000 // len(s) + 1))[:100_000]
)
langs = st.sampled_from([None, *LANGS])

_PREVIOUS = answer("сколько мест у Ак Жол в 2021")
contexts = st.sampled_from([None, _PREVIOUS.context, Context(lang="kk")])


def check_page(reply: Reply) -> None:
    """Non-empty, and its Telegram HTML valid (user text escaped) within 4096 characters."""
    assert isinstance(reply, Reply)
    assert reply.headline.strip()
    assert render.text(reply).strip()
    page = render.html(reply)
    assert len(page) <= TEXT_LIMIT
    try:
        shown = visible_length(page, "HTML")
    except ApiError as exc:  # Telegram would refuse it: "can't parse entities"
        pytest.fail(f"{exc.description} in {page!r}")
    assert 0 < shown <= TEXT_LIMIT
    assert all(suggestion.label.strip() for suggestion in reply.suggestions)


def check_reply(reply: Reply) -> None:
    """`check_page`, and every follow-up button's callback data within Telegram's 64 bytes."""
    check_page(reply)
    for suggestion in reply.suggestions:
        code = suggestion.code()
        assert 0 < len(code.encode()) <= CALLBACK_DATA_LIMIT, code


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed, langs, contexts)
def test_answer_never_raises_on_any_text(text: str, lang, context) -> None:
    check_reply(answer(text, lang, context))


TEMPLATES = [
    "what if the threshold were {n}%",
    "last seat with a {n}% threshold",
    "votes needed for {party} at {n} %",
    "сколько мест при барьере {n}% по методу д'Ондта",
    "{party} {year} жылы қанша орын алды",
    "явка в {year} году",
    "seats of {party} in {year} with sainte-lague and {n}%",
    "compare {year} and {n}",
]
numbers = (
    st.integers(-(10**9), 10**9).map(str)
    | st.decimals(allow_nan=True).map(str)
    | st.sampled_from(["", "0", "100", "99.999", "1e3", "½", "٣", "5,5", "7 %"])
)
typed = st.builds(
    lambda template, n, party, year: template.format(n=n, party=party, year=year),
    st.sampled_from(TEMPLATES),
    numbers,
    st.sampled_from(["Nur Otan", "ак жол", "Ауыл", "<b>x</b>", "Respublica", "zzz"]),
    numbers | st.sampled_from(["2016", "2021", "2023", "1991"]),
)


@settings(max_examples=300, deadline=None)
@given(typed, langs, contexts)
def test_answer_on_question_shaped_text_with_odd_numbers(text: str, lang, context) -> None:
    check_page(answer(text, lang, context))


def test_what_if_follow_ups_fit_callback_data() -> None:
    check_reply(answer("what if 2016 used modified sainte-lague with a 3.25% threshold"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(huge, langs)
def test_answer_copes_with_100k_characters(text: str, lang) -> None:
    check_reply(answer(text, lang))


@pytest.mark.parametrize("text", SPECIAL)
def test_answer_on_each_awkward_input(text: str) -> None:
    check_reply(answer(text))


@pytest.mark.parametrize("name", sorted(read_factbase(REPO_FACTS_DIR).all_people()))
def test_every_person_named_alone_gets_a_reply(name: str) -> None:
    """A bare name (a deputy chair's too, whose post has no answer of its own) is answered."""
    for lang in LANGS:
        check_reply(answer(name, lang))


@given(st.sampled_from(["", " \t\n", SPECIAL[3], "\x00\x7f\u2028"]))
def test_blank_or_invisible_input_asks_for_a_question(text: str) -> None:
    assert answer(text).kind is ReplyKind.INFO


# -- the fact-base loader on mutated YAML -------------------------------------------------------

FACT_FILES = (
    "sources.yaml",
    "parties.yaml",
    "regions.yaml",
    "institutions.yaml",
    "elections/kz-2016.yaml",
    "elections/kz-2021.yaml",
    "elections/kz-2023.yaml",
)
KNOWN_PLACES = {*FACT_FILES, "elections"}
NOISE = st.sampled_from(
    [
        "",
        ":",
        "- ",
        "  ",
        "\t",
        "{",
        "]",
        "&a",
        "*a",
        "!!python/object:os.system",
        "null",
        "no",
        "010",
        "-1",
        "1e400",
        "99999999999999999999",
        "'",
        '"',
        "#",
        "?",
        "%",
        "@",
        "é",
        "🗳",
        "\x00",
    ]
) | st.text(max_size=8)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the shipped fact base; each example mutates one file and restores it."""
    root = tmp_path_factory.mktemp("facts")
    for name in ("sources.yaml", "parties.yaml", "regions.yaml", "institutions.yaml"):
        shutil.copy(REPO_FACTS_DIR / name, root / name)
    shutil.copytree(REPO_FACTS_DIR / "elections", root / "elections")
    return root


@st.composite
def mutation(draw: st.DrawFn, text: str) -> bytes:
    """`text` with one random change: a line dropped, doubled, swapped, re-indented or cut,
    noise inserted, or bytes flipped (which may leave it not UTF-8)."""
    lines = text.splitlines(keepends=True)
    i = draw(st.integers(0, len(lines) - 1))
    j = draw(st.integers(0, len(lines) - 1))
    kind = draw(
        st.sampled_from(["drop", "double", "swap", "indent", "cut", "noise", "value", "bytes"])
    )
    if kind == "drop":
        del lines[i]
    elif kind == "double":
        lines.insert(i, lines[i])
    elif kind == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "indent":
        lines[i] = draw(st.sampled_from(["", " ", "   ", "\t"])) + lines[i].lstrip(" ")
    elif kind == "cut":
        return "".join(lines)[: draw(st.integers(0, len(text)))].encode()
    elif kind == "noise":
        at = draw(st.integers(0, len(lines[i])))
        lines[i] = lines[i][:at] + draw(NOISE) + lines[i][at:]
    elif kind == "value":
        key, colon, _ = lines[i].partition(":")
        lines[i] = f"{key}{colon} {draw(NOISE)}\n" if colon else lines[i]
    else:
        data = bytearray("".join(lines).encode())
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    return "".join(lines).encode()


def load_mutated(root: Path, rel: str, data: bytes) -> FactBase:
    """`read_factbase(root)` with `rel` replaced by `data` for the call; the file is restored."""
    path = root / rel
    original = path.read_bytes()
    path.write_bytes(data)
    try:
        return read_factbase(root)
    finally:
        path.write_bytes(original)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_fact_base_loads_or_names_the_problem(pristine: Path, data: st.DataObject) -> None:
    rel = data.draw(st.sampled_from(FACT_FILES))
    mutated = data.draw(mutation((pristine / rel).read_text(encoding="utf-8")))
    try:
        fb = load_mutated(pristine, rel, mutated)
    except FactBaseInvalid as exc:
        event("refused")
        assert exc.errors, "FactBaseInvalid without a single error"
        for error in exc.errors:
            assert error.file in KNOWN_PLACES, str(error)
            assert error.field.strip(), str(error)
            assert error.reason.strip(), str(error)
            assert "Traceback" not in error.reason
        return
    event("loaded")
    assert isinstance(fb, FactBase)
    assert set(fb.elections) == {"kz-2016", "kz-2021", "kz-2023"}


def test_loader_restores_the_pristine_copy(pristine: Path) -> None:
    assert isinstance(read_factbase(pristine), FactBase)


# -- the seat calculator --------------------------------------------------------------------------

PARTIES = "ABCDEFGHIJ"
valid_votes = st.dictionaries(
    st.sampled_from(PARTIES), st.integers(0, 10_000_000), min_size=1, max_size=10
).filter(lambda v: any(v.values()))
thresholds = st.none() | st.fractions(0, Fraction(1, 5), max_denominator=1000)


@settings(max_examples=200, deadline=None)
@given(
    valid_votes,
    st.integers(1, 300),
    st.sampled_from(list(METHODS)),
    thresholds,
    st.sampled_from(list(Base)),
    st.booleans(),
    st.integers(0, 2_000_000),
)
def test_valid_scenarios_keep_their_invariants(
    votes: dict[str, int],
    seats: int,
    method: str,
    share: Fraction | None,
    base: Base,
    inclusive: bool,
    spoilt: int,
) -> None:
    ballots = sum(votes.values()) + spoilt
    scenario = custom(votes, seats, method, share, base, inclusive, ballots)
    try:
        allocation = scenario.allocate()
    except NoPartyPasses as exc:
        assert share is not None and "threshold" in str(exc)
        return
    except SeatError as exc:  # a quota method may hand out more seats than there are
        assert not isinstance(exc, NoPartyPasses)
        assert str(exc).strip()
        assume(False)
        return
    assert allocation.total == seats
    assert list(allocation.seats) == list(votes)
    assert all(n >= 0 for n in allocation.seats.values())
    assert all(allocation.seats[p] == 0 for p in allocation.excluded)
    assert all(allocation.seats[p] == 0 for p, v in votes.items() if v == 0)
    if share is not None:
        whole = ballots if base is Base.BALLOTS else sum(votes.values())
        for party in allocation.excluded:
            assert votes[party] <= share * whole
    tied = {p for t in allocation.ties for p in t.parties}
    assert tied.isdisjoint(allocation.excluded)


bad_counts = st.one_of(
    st.integers(max_value=-1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=5),
    st.none(),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(list(METHODS)), valid_votes, st.sampled_from(PARTIES), bad_counts)
def test_invalid_votes_are_refused_by_name(
    method: str, votes: dict[str, object], party: str, bad: object
) -> None:
    votes = {**votes, party: bad}
    with pytest.raises(SeatError, match=f"votes for {party} must be a whole number"):
        METHODS[method].evaluate(votes, 10)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(list(METHODS)), valid_votes, bad_counts | st.integers(max_value=0))
def test_invalid_seat_counts_are_refused(method: str, votes: dict[str, int], seats: object) -> None:
    with pytest.raises(SeatError, match="number of seats must be a whole number"):
        METHODS[method].evaluate(votes, seats)  # type: ignore[arg-type]


@given(st.text(max_size=12) | st.floats() | st.integers())
def test_threshold_text_is_a_percentage_or_refused(text: object) -> None:
    try:
        share = parse_percent(text)  # type: ignore[arg-type]
    except SeatError as exc:
        assert "threshold must be" in str(exc)
    else:
        assert 0 <= share <= 1


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
batch_items = (
    st.fixed_dictionaries(
        {},
        optional={
            "votes": st.dictionaries(st.sampled_from(PARTIES), json_values | st.integers(0, 10**6)),
            "seats": json_values | st.integers(-3, 200),
            "method": st.sampled_from([*METHODS, "nope", ""]) | json_values,
            "threshold": json_values | st.sampled_from(["5", "3,5 %", "101", "-1", "x"]),
            "threshold_base": st.sampled_from([*Base, "votes"]) | json_values,
            "ballots": json_values,
            "extra": json_values,
        },
    )
    | json_values
)


@pytest.fixture
def batch_file(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "batch.jsonl"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(batch_items | st.text(max_size=20), min_size=1, max_size=5))
def test_seat_batch_answers_every_line_or_says_why(
    batch_file: Path, capsys: pytest.CaptureFixture[str], items: list[object]
) -> None:
    from sailau.commands.seats import run_batch

    lines = [item if isinstance(item, str) else json.dumps(item) for item in items]
    lines = [line for line in lines if line.strip() and line.splitlines() == [line]]
    assume(lines)
    batch_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    status = run_batch(batch_file)
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(lines)
    errors = 0
    for line in out:
        result = json.loads(line)
        if "error" in result:
            errors += 1
            assert result["error"].startswith("line "), result
    assert (status == 0) == (errors == 0)


# -- button presses: callback data comes from the client and can be anything ----------------------

INTENTS = sorted(REGISTRY)
SLOT_NAMES = ["year", "party", "region", "extreme", "method", "threshold", "chart", "institution"]
slot_values = st.sampled_from(["2021", "1999", "-1", "nan", "inf", "1e9", "5", "100.5", ""]) | (
    st.text(alphabet, max_size=12)
)


langs_only = st.sampled_from(LANGS)
forged_slots = st.dictionaries(
    st.sampled_from(SLOT_NAMES) | st.text(max_size=6), slot_values, max_size=4
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(INTENTS) | st.text(alphabet, max_size=15), forged_slots, st.sampled_from(LANGS)
)
def test_any_button_press_gets_a_reply(intent: str, slots: dict[str, str], lang: Lang) -> None:
    code = Suggestion(label="x", intent=intent, slots=freeze_slots(slots)).code()
    pressed, decoded = Suggestion.decode(code)
    check_page(answer_intent(pressed, dict(decoded), lang))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(INTENTS), forged_slots, langs_only)
@example("institution", {"year": "2021", "": "00\x80𐀀"}, "kk")
def test_forged_slots_stay_out_of_follow_ups(
    intent: str, slots: dict[str, str], lang: Lang
) -> None:
    check_reply(answer_intent(intent, slots, lang))


@given(st.text(alphabet, max_size=64))
def test_any_callback_data_decodes(code: str) -> None:
    intent, slots = Suggestion.decode(code)
    assert isinstance(intent, str)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in slots)
