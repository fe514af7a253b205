"""The locale catalog: completeness of every locale file, plurals, number and date formatting."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from sailau.i18n import Catalog, CatalogError, load_catalog, plural_category
from sailau.paths import facts_dir
from sailau.reply import LANGS

NBSP = "\u00a0"
LOCALES = facts_dir() / "locales"


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


def test_every_locale_file_is_complete(cat: Catalog) -> None:
    # Loading checks: all three languages, no empty values, same placeholders, no duplicates.
    assert {Path(f).name for f in cat.origin.values()} == {p.name for p in LOCALES.glob("*.yaml")}
    for key in cat.entries:
        for lang in LANGS:
            value = cat.raw(key, lang)
            texts = [value] if isinstance(value, str) else list(value.values())
            assert all(len(t) < 4096 for t in texts), key


def test_kazakh_and_russian_values_are_not_english_copies(cat: Catalog) -> None:
    copied = [
        key
        for key in cat.entries
        if any(
            cat.raw(key, lang) == cat.raw(key, "en")
            and isinstance(cat.raw(key, "en"), str)
            and any(ch.isalpha() and ch.isascii() for ch in str(cat.raw(key, "en")))
            and not str(cat.raw(key, "en")).startswith("{")
            for lang in ("kk", "ru")
        )
    ]
    # Proper names (sources, institutions' acronyms) may legitimately be the same.
    assert not [k for k in copied if k not in ALLOWED_SAME], copied


ALLOWED_SAME = frozenset({"publisher:Armenpress/TASS"})
"""A brand kk writes as its owners do, beside the other outlets it lists in Latin script (review
2: «Арменпресс/ТАСС» among Astana Times, Trend, JJTV)."""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("kk", f"5{NBSP}148{NBSP}074"), ("ru", f"5{NBSP}148{NBSP}074"), ("en", "5,148,074")],
)
def test_fmt_int(cat: Catalog, lang: str, expected: str) -> None:
    assert cat.fmt_int(5148074, lang) == expected  # type: ignore[arg-type]


def test_fmt_percent_keeps_published_precision(cat: Catalog) -> None:
    assert cat.fmt_percent(Decimal("71.09"), "ru") == f"71,09{NBSP}%"
    assert cat.fmt_percent("71.09", "kk") == f"71,09{NBSP}%"
    assert cat.fmt_percent("71.09", "en") == "71.09%"
    assert cat.fmt_percent("63.3", "en") == "63.3%"
    assert cat.fmt_percent("3.50", "en") == "3.50%"


def test_fmt_points_is_signed(cat: Catalog) -> None:
    assert cat.fmt_points("3.77", "ru") == f"+3,77{NBSP}процентного пункта"
    assert cat.fmt_points("-11.11", "en").startswith("\u221211.11")  # a minus sign
    assert cat.fmt_signed_int(5, "en") == "+5"
    assert cat.fmt_signed_int(-8, "ru") == "\u22128"
    assert cat.fmt_signed_int(0, "kk") == "0"


def test_fmt_date(cat: Catalog) -> None:
    assert cat.fmt_date("2021-01-10", "kk").replace(NBSP, " ") == "2021 жылғы 10 қаңтар"
    assert cat.fmt_date("2021-01-10", "ru").replace(NBSP, " ") == "10 января 2021 года"
    assert cat.fmt_date("2021-01-10", "en").replace(NBSP, " ") == "10 January 2021"


@pytest.mark.parametrize(
    ("n", "category"),
    [
        (1, "one"),
        (2, "few"),
        (4, "few"),
        (5, "many"),
        (11, "many"),
        (12, "many"),
        (21, "one"),
        (22, "few"),
        (76, "many"),
        (98, "many"),
        (101, "one"),
        (111, "many"),
        (0, "many"),
    ],
)
def test_russian_plural(n: int, category: str) -> None:
    assert plural_category("ru", n) == category


def test_english_and_kazakh_plural() -> None:
    assert [plural_category("en", n) for n in (0, 1, 2)] == ["other", "one", "other"]
    assert plural_category("kk", 1) == "one"


def test_t_picks_plural_form(cat: Catalog) -> None:
    assert cat.t("seats_n", "ru", 1, n=1) == "1 место"
    assert cat.t("seats_n", "ru", 2, n=2) == "2 места"
    assert cat.t("seats_n", "ru", 5, n=5) == "5 мест"
    with pytest.raises(ValueError, match="pass a count"):
        cat.t("seats_n", "ru", n=1)
    with pytest.raises(KeyError, match="no_such_key"):
        cat.t("no_such_key", "en")


def _broken(tmp_path: Path, name: str, text: str) -> Path:
    shutil.copytree(LOCALES, tmp_path / "locales")
    (tmp_path / "locales" / name).write_text(text, encoding="utf-8")
    return tmp_path / "locales"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('a: {kk: "x", ru: "y"}\n', "zz.yaml: a: en: missing language"),
        ('a: {kk: "", ru: "y", en: "z"}\n', "zz.yaml: a: kk: empty value"),
        ('a: {kk: "{x}", ru: "{y}", en: "{x}"}\n', "zz.yaml: a: ru: placeholders ['y'] differ"),
        ('more: {kk: "a", ru: "b", en: "c"}\n', "zz.yaml: more: duplicate key"),
        ('a: {kk: "{x:xyz}", ru: "{x}", en: "{x}"}\n', "zz.yaml: a: kk: unknown ending {x:xyz}"),
        ('a: {kk: "{x}", ru: "{x}", en: "{x:loc}"}\n', "zz.yaml: a: en: unknown ending {x:loc}"),
        ('a: {kk: "a", ru: {one: "b"}, en: "c"}\n', "zz.yaml: a: ru: plural forms must be"),
        ('a: {kk: "a", ru: "b", en: "c", de: "d"}\n', "zz.yaml: a: de: unknown language"),
        ("1: {kk: a, ru: b, en: c}\n", "key must be text"),
        ("- a\n", "zz.yaml: expected a mapping"),
    ],
)
def test_broken_locale_is_refused_with_file_key_and_reason(
    tmp_path: Path, text: str, needle: str
) -> None:
    with pytest.raises(CatalogError) as err:
        Catalog.load(_broken(tmp_path, "zz.yaml", text))
    assert needle in str(err.value)


def test_fmt_date_accepts_partial_iso_dates(cat: Catalog) -> None:
    assert cat.fmt_date("2016-03", "ru").replace(NBSP, " ") == "март 2016 года"
    assert cat.fmt_date("2016-03", "en") == "March 2016"
    assert cat.fmt_date("2016", "kk").replace(NBSP, " ") == "2016 жыл"


def test_fmt_date_inside_a_sentence_takes_the_kazakh_locative(cat: Catalog) -> None:
    assert cat.fmt_date("2021-01-10", "kk", on=True).replace(NBSP, " ") == "2021 жылғы 10 қаңтарда"
    assert cat.fmt_date("2021-01-10", "ru", on=True) == cat.fmt_date("2021-01-10", "ru")


def test_number_format_for_front_ends_that_format_numbers_themselves(cat: Catalog) -> None:
    assert cat.number_format("ru") == {"group": NBSP, "decimal": ",", "percent": "{value}\u00a0%"}
    assert cat.number_format("en") == {"group": ",", "decimal": ".", "percent": "{value}%"}
