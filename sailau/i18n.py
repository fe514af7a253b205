"""User-facing text in three languages: the locale catalog, and numbers, dates and plurals.

Every string lives in `facts/locales/*.yaml` as `key: {kk: ..., ru: ..., en: ...}`; a language's
value may instead be a plural mapping (`ru`: one/few/many, `kk`/`en`: one/other). Numbers, dates
and plural categories come from CLDR through Babel; the patterns we choose (a percent with a
no-break space in Kazakh, a date with жылғы) are locale data in `format.yaml`. A placeholder
may ask for an ending or a case (`{percent:poss+acc}`, `{region:loc}`): the rules are
`facts/locales/grammar/` (see `sailau.grammar`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    format_decimal,
    format_percent,
    get_decimal_symbol,
    get_group_symbol,
    get_plus_sign_symbol,
)

from sailau import paths
from sailau.grammar import GrammarError, Inflector, load_grammar
from sailau.reply import LANGS, Lang
from sailau.yamlio import YamlError, load_file

PLURAL_FORMS: Mapping[Lang, frozenset[str]] = MappingProxyType(
    {
        "kk": frozenset({"one", "other"}),
        "ru": frozenset({"one", "few", "many"}),
        "en": frozenset({"one", "other"}),
    }
)
"""The CLDR plural categories of whole numbers in each language."""

Value = str | Mapping[str, str]
"""A language's text: one string, or plural forms keyed by category."""

MINUS = "\u2212"
"""The minus sign of a signed change (−4), which CLDR writes as a hyphen-minus in kk, ru, en."""

TERM = "term_"
"""Placeholders named `term_...` are filled with that catalog key's text, with the ending the
template asks for: `{term_cec:gen}` writes ОСК-ның in Kazakh, ЦИК in Russian."""

_FORMATTER = string.Formatter()
_ONE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
"""A value ending in a full stop before the template's own ("10 января 2021 г..")."""


@functools.cache
def _locale(lang: Lang) -> Locale:
    return Locale.parse(lang)


def plural_category(lang: Lang, n: int) -> str:
    """CLDR plural category of the whole number `n`: ru one/few/many, kk and en one/other."""
    return str(_locale(lang).plural_form(abs(n)))


class CatalogError(ValueError):
    """The locale files are broken; each problem reads `file: key: lang: reason`."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


def _placeholders(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(text) if name is not None)


def _is_blank(text: str) -> bool:
    """Empty or ASCII whitespace only (a lone no-break space is a real value: a separator)."""
    return not text.strip(" \t\r\n")


def _check_value(where: str, lang: Lang, value: object) -> tuple[list[str], frozenset[str]]:
    """Problems with one language's value and the placeholders it uses."""
    if isinstance(value, str):
        return ([f"{where}: {lang}: empty value"] if _is_blank(value) else []), _placeholders(value)
    if not isinstance(value, Mapping):
        return [f"{where}: {lang}: expected text or plural forms, got {type(value).__name__}"], (
            frozenset()
        )
    problems = []
    if set(value) != PLURAL_FORMS[lang]:
        expected = "/".join(sorted(PLURAL_FORMS[lang]))
        problems.append(f"{where}: {lang}: plural forms must be {expected}, got {sorted(value)}")
    names: set[str] = set()
    for form, text in value.items():
        if not isinstance(text, str) or _is_blank(text):
            problems.append(f"{where}: {lang}.{form}: empty value")
        else:
            names |= _placeholders(text)
    return problems, frozenset(names)


def _check_entry(where: str, entry: object) -> list[str]:
    if not isinstance(entry, Mapping):
        return [f"{where}: expected a mapping of kk/ru/en, got {type(entry).__name__}"]
    problems = [f"{where}: {lang}: missing language" for lang in LANGS if lang not in entry]
    problems += [f"{where}: {extra}: unknown language" for extra in set(entry) - set(LANGS)]
    seen: dict[Lang, frozenset[str]] = {}
    for lang in LANGS:
        if lang in entry:
            found, seen[lang] = _check_value(where, lang, entry[lang])
            problems += found
    for lang, names in seen.items():
        if names != seen.get("en", names):
            problems.append(
                f"{where}: {lang}: placeholders {sorted(names)} differ from en {sorted(seen['en'])}"
            )
    return problems


def _read_yaml(path: Path) -> object:
    try:
        return load_file(path, path.name)
    except YamlError as exc:
        raise CatalogError([str(exc)]) from exc


class _Writer(string.Formatter):
    """`str.format` whose format spec is an ending or case: `{percent:poss+acc}`."""

    def __init__(self, inflector: Inflector | None) -> None:
        self.inflector = inflector

    def format_field(self, value: object, format_spec: str) -> str:
        if not format_spec:
            return str(value)
        if self.inflector is None:
            raise ValueError(f"no endings in this language: {{:{format_spec}}}")
        return self.inflector.inflect(str(value), format_spec.split("+"))


def _spec_problems(where: str, lang: Lang, value: Value, inflector: Inflector | None) -> list[str]:
    """Endings a template asks for that its language's grammar does not know."""
    texts = [value] if isinstance(value, str) else list(value.values())
    problems = []
    for text in texts:
        for _, name, spec, _ in _FORMATTER.parse(text):
            if name is None or not spec:
                continue
            if inflector is None or not inflector.knows(spec.split("+")):
                problems.append(f"{where}: {lang}: unknown ending {{{name}:{spec}}}")
    return problems


@dataclass(frozen=True)
class Catalog:
    """All user-facing strings, checked for completeness when loaded, and the formatting of
    numbers, dates and names in each language."""

    entries: Mapping[str, Mapping[Lang, Value]]
    origin: Mapping[str, str]
    """Which file each key came from (for error messages and tests)."""
    grammar: Mapping[str, Inflector]
    """The endings and cases of each language that has them (kk, ru)."""

    @classmethod
    def load(cls, locales_dir: Path) -> Catalog:
        """Read every `*.yaml` in `locales_dir` and its `grammar/`; raise `CatalogError`
        listing all problems."""
        entries: dict[str, Mapping[Lang, Value]] = {}
        origin: dict[str, str] = {}
        problems: list[str] = []
        files = sorted(locales_dir.glob("*.yaml"))
        if not files:
            raise CatalogError([f"{locales_dir}: no locale files"])
        try:
            grammar = load_grammar(locales_dir)
        except GrammarError as exc:
            raise CatalogError([str(exc)]) from exc
        for path in files:
            data = _read_yaml(path)
            if not isinstance(data, Mapping):
                problems.append(f"{path.name}: expected a mapping of keys")
                continue
            for key, entry in data.items():
                where = f"{path.name}: {key}"
                if not isinstance(key, str):
                    problems.append(f"{where}: key must be text, got {type(key).__name__}")
                    continue
                if key in origin:
                    problems.append(f"{where}: duplicate key (also in {origin[key]})")
                    continue
                found = _check_entry(where, entry)
                if not found:
                    found = [
                        p
                        for lang in LANGS
                        for p in _spec_problems(where, lang, entry[lang], grammar.get(lang))
                    ]
                problems += found
                if not found:
                    entries[key] = MappingProxyType(dict(entry))
                    origin[key] = path.name
        problems += _term_problems(entries, origin)
        if problems:
            raise CatalogError(problems)
        return cls(MappingProxyType(entries), MappingProxyType(origin), MappingProxyType(grammar))

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def raw(self, key: str, lang: Lang) -> Value:
        """The stored value, plural forms unresolved; KeyError names the missing key."""
        try:
            return self.entries[key][lang]
        except KeyError:
            raise KeyError(f"locale key {key!r} is not defined in facts/locales/") from None

    def t(self, key: str, lang: Lang, count: int | None = None, /, **values: object) -> str:
        """The text for `key` in `lang`, plural form chosen by `count`, filled with `values`
        (with the endings its placeholders ask for)."""
        value = self.raw(key, lang)
        if not isinstance(value, str):
            if count is None:
                raise ValueError(f"locale key {key!r} has plural forms: pass a count")
            value = value[plural_category(lang, count)]
        terms = {n: self.t(n, lang) for n in _placeholders(value) if n.startswith(TERM)}
        if not values and not terms:
            return value
        writer = _Writer(self.grammar.get(lang))
        return _ONE_STOP.sub(".", writer.format(value, **terms, **values))

    def fill(self, text: str, lang: Lang, /, **values: object) -> str:
        """`text` (not a catalog entry: a fact's own sentence) filled with `values`, with the
        endings its placeholders ask for (`{value:poss}`)."""
        if "{" not in text:
            return text
        return _ONE_STOP.sub(".", _Writer(self.grammar.get(lang)).format(text, **values))

    def inflect(self, text: str, lang: Lang, spec: str) -> str:
        """`text` with the ending or case `spec` (`loc`, `poss+acc`) of `lang`."""
        return _Writer(self.grammar.get(lang)).format_field(text, spec)

    # --- numbers --------------------------------------------------------------------------------

    def fmt_int(self, n: int, lang: Lang) -> str:
        """`5 148 074` (no-break spaces) in kk/ru, `5,148,074` in en."""
        return str(format_decimal(n, locale=_locale(lang)))

    def fmt_decimal(self, value: Decimal | str, lang: Lang) -> str:
        """A decimal at its own published precision (`82,20`, not `82,2`)."""
        d = Decimal(value)
        return str(format_decimal(d, _decimals("#,##0", d), locale=_locale(lang)))

    def fmt_percent(self, value: Decimal | str, lang: Lang) -> str:
        """`71,09 %` in kk/ru, `71.09%` in en; never rounded."""
        d = Decimal(value)
        pattern = _decimals(self.t("percent_format", lang), d)
        return str(format_percent(d / 100, pattern, locale=_locale(lang)))

    def fmt_points(self, value: Decimal | str, lang: Lang) -> str:
        """A signed change in percentage points: `+3,77 п. п.`, `-11.11 pp`."""
        d = Decimal(value)
        return self.t("points", lang, value=self._signed(self.fmt_decimal(d, lang), d, lang))

    def fmt_signed_int(self, n: int, lang: Lang) -> str:
        """A signed change in a count: `+5`, `-8`, `0`."""
        return self._signed(self.fmt_int(n, lang), n, lang)

    def number_format(self, lang: Lang) -> dict[str, str]:
        """The signs a front end formatting numbers itself needs: CLDR's group and decimal
        separators, and the percent as a template (`{value} %` in kk and ru, `{value}%` in en)."""
        pattern = self.t("percent_format", lang)
        return {
            "group": str(get_group_symbol(_locale(lang))),
            "decimal": str(get_decimal_symbol(_locale(lang))),
            "percent": re.sub(r"[#0,.]+", "{value}", pattern, count=1),
        }

    @staticmethod
    def _signed(text: str, value: Decimal | int, lang: Lang) -> str:
        """`+5`, `−8` (a minus sign, not CLDR's hyphen-minus: a change reads as one), `0`."""
        if value < 0:
            return MINUS + text.lstrip("-")
        return (str(get_plus_sign_symbol(_locale(lang))) if value > 0 else "") + text

    # --- dates ----------------------------------------------------------------------------------

    def fmt_date(self, value: dt.date | str, lang: Lang, *, on: bool = False) -> str:
        """kk `2021 жылғы 10 қаңтар`, ru `10 января 2021 г.`, en `10 January 2021`.

        `on`: the form used in a sentence ("held on ..."), kk `2021 жылғы 10 қаңтарда`.
        An ISO string may be partial: `2016-03` is a month (`March 2016`), `2016` a year.
        """
        if isinstance(value, dt.date):
            value = value.isoformat()
        year, month, day = ([*value.split("-"), "", ""])[:3]
        key = "date" if day else "date_month" if month else "date_year"
        date = dt.date(int(year), int(month or 1), int(day or 1))
        text = str(format_date(date, self.t(f"{key}_format", lang), locale=_locale(lang)))
        return self.inflect(text, lang, "loc") if on and lang == "kk" else text

    def fmt_date_short(self, value: str, lang: Lang) -> str:
        """A date in a list of dates: `12.01.2021`, `03.2016`, `2017` (en `12 Jan 2021`)."""
        year, month, day = ([*value.split("-"), "", ""])[:3]
        key = "date_short" if day else "date_month_short" if month else "date_year"
        date = dt.date(int(year), int(month or 1), int(day or 1))
        return str(format_date(date, self.t(f"{key}_format", lang), locale=_locale(lang)))

    def fmt_date_range(self, start: dt.date, end: dt.date, lang: Lang) -> str:
        """`10–20 ноября 2020 г.` within one month; else `start – end` in full."""
        text = self.fmt_date(end, lang)
        if (start.year, start.month) == (end.year, end.month):
            return re.sub(rf"(?<!\d){end.day}(?!\d)", f"{start.day}–{end.day}", text, count=1)
        return self.t("date_range", lang, start=self.fmt_date(start, lang), end=text)

    # --- names ----------------------------------------------------------------------------------

    def party(self, name: str, lang: Lang, *, phrase: bool = False) -> str:
        """A party's name as text uses it: a name that is not a description of the party is
        quoted in kk and ru («Нұр Отан», but Қазақстан Халық партиясы). `phrase`: as the
        subject of a sentence — ru `партия «Ауыл»`, kk `«Ауыл» партиясы`, en `the People's
        Party of Kazakhstan`."""
        described = self.t("party_word", lang).casefold() in name.casefold()
        key = "party_named" if described else "party_brand"
        return self.t(f"{key}_phrase" if phrase else key, lang, name=name)


def _term_problems(
    entries: Mapping[str, Mapping[Lang, Value]], origin: Mapping[str, str]
) -> list[str]:
    """Templates naming a `term_` placeholder that is not a plain-text key of the catalog."""
    problems = []
    for key, entry in entries.items():
        for lang, value in entry.items():
            texts = [value] if isinstance(value, str) else list(value.values())
            for name in {n for text in texts for n in _placeholders(text)}:
                term = entries.get(name) if name.startswith(TERM) else None
                if name.startswith(TERM) and (
                    term is None or not all(isinstance(v, str) for v in term.values())
                ):
                    problems.append(f"{origin[key]}: {key}: {lang}: no plain-text term {name!r}")
    return problems


def _decimals(pattern: str, value: Decimal) -> str:
    """A CLDR number pattern showing exactly the decimals `value` was published with."""
    places = max(0, -int(value.as_tuple().exponent))
    return pattern.replace("0", "0." + "0" * places, 1) if places else pattern


@functools.cache
def load_catalog(facts_dir: Path | None = None) -> Catalog:
    """The catalog of `facts_dir/locales` (default: `paths.facts_dir()`), loaded once per
    directory however it is named (the engine names it, `render` does not)."""
    return _catalog_at(paths.facts_dir(facts_dir).resolve() / "locales")


@functools.cache
def _catalog_at(locales: Path) -> Catalog:
    return Catalog.load(locales)
