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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
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


FORMATTED_REMEMBERED = 8192
"""Figures, dates, plural categories and endings remembered once worked out: a fact base holds
a few thousand, and Babel's formatting costs tens of microseconds each time."""


@functools.cache
def _locale(lang: Lang) -> Locale:
    return Locale.parse(lang)


def plural_category(lang: Lang, n: int) -> str:
    """CLDR plural category of the whole number `n`: ru one/few/many, kk and en one/other."""
    if type(n) is int:  # 1.0 is not `one` in English: only ints are remembered
        return _plural_of_int(lang, n)
    return str(_locale(lang).plural_form(abs(n)))


@functools.lru_cache(maxsize=FORMATTED_REMEMBERED)
def _plural_of_int(lang: Lang, n: int) -> str:
    return str(_locale(lang).plural_form(abs(n)))


class CatalogError(ValueError):
    """The locale files are broken; each problem reads `file: key: lang: reason`."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


def _placeholders(text: str) -> frozenset[str]:
    return _template(text).names


@dataclass(frozen=True)
class _Template:
    """A catalog text parsed once: literal text and the fields between it, each with the
    endings its format spec asks for (`{percent:poss+acc}` -> ("poss", "acc"))."""

    text: str
    """The catalog text as written."""
    parts: tuple[tuple[str, str | None, str | None, tuple[str, ...]], ...]
    """(literal text, field name or None, conversion (`r`, `s`, `a`) or None, endings)."""
    names: frozenset[str]
    terms: tuple[str, ...]
    """Its `term_` fields, filled from the catalog."""

    def fill(self, values: Mapping[str, object], inflector: Inflector | None) -> str:
        """The text with its fields filled as `str.format` would, each format spec being the
        endings its value takes."""
        out = []
        for literal, name, conversion, endings in self.parts:
            out.append(literal)
            if name is not None:
                value = values[name]
                text = _CONVERSIONS[conversion](value) if conversion else str(value)
                out.append(_with_endings(inflector, text, endings) if endings else text)
        return "".join(out)


@functools.cache  # one per catalog text: a bounded set
def _template(text: str) -> _Template:
    parts = tuple(
        (literal, name, conversion, tuple(spec.split("+")) if spec else ())
        for literal, name, spec, conversion in _FORMATTER.parse(text)
    )
    names = frozenset(name for _, name, _, _ in parts if name is not None)
    return _Template(text, parts, names, tuple(sorted(n for n in names if n.startswith(TERM))))


Parsed = _Template | Mapping[str, _Template]
"""A language's text parsed: one template, or a template per plural category."""


def _parsed(value: Value) -> Parsed:
    if isinstance(value, str):
        return _template(value)
    return MappingProxyType({form: _template(text) for form, text in value.items()})


_CONVERSIONS: Mapping[str, Callable[[object], str]] = {"r": repr, "s": str, "a": ascii}


def _with_endings(inflector: Inflector | None, text: str, endings: tuple[str, ...]) -> str:
    """`text` with `endings` (a format spec such as `poss+acc`, split) in a language's grammar."""
    if inflector is None:
        raise ValueError(f"no endings in this language: {{:{'+'.join(endings)}}}")
    return _inflected(inflector, text, endings)


@functools.lru_cache(maxsize=FORMATTED_REMEMBERED)
def _inflected(inflector: Inflector, text: str, endings: tuple[str, ...]) -> str:
    return inflector.inflect(text, endings)


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


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per facts directory
class Catalog:
    """All user-facing strings, checked for completeness when loaded, and the formatting of
    numbers, dates and names in each language."""

    entries: Mapping[str, Mapping[Lang, Value]]
    origin: Mapping[str, str]
    """Which file each key came from (for error messages and tests)."""
    grammar: Mapping[str, Inflector]
    """The endings and cases of each language that has them (kk, ru)."""
    templates: Mapping[str, Mapping[Lang, Parsed]] = field(init=False, repr=False)
    """Every entry's texts parsed once, when the catalog is loaded (`t` runs ~18 times an
    answer: it looks its template up, and parses nothing)."""

    def __post_init__(self) -> None:
        parsed = {
            key: MappingProxyType({lang: _parsed(value) for lang, value in entry.items()})
            for key, entry in self.entries.items()
        }
        object.__setattr__(self, "templates", MappingProxyType(parsed))

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
        try:
            template = self.templates[key][lang]
        except KeyError:
            raise KeyError(f"locale key {key!r} is not defined in facts/locales/") from None
        if not isinstance(template, _Template):
            if count is None:
                raise ValueError(f"locale key {key!r} has plural forms: pass a count")
            template = template[plural_category(lang, count)]
        if not values and not template.terms:
            return template.text
        if template.terms:
            values = {**{n: self.t(n, lang) for n in template.terms}, **values}
        text = template.fill(values, self.grammar.get(lang))
        return _ONE_STOP.sub(".", text) if ".." in text else text

    def fill(self, text: str, lang: Lang, /, **values: object) -> str:
        """`text` (not a catalog entry: a fact's own sentence) filled with `values`, with the
        endings its placeholders ask for (`{value:poss}`)."""
        if "{" not in text:
            return text
        return _ONE_STOP.sub(".", _template(text).fill(values, self.grammar.get(lang)))

    def inflect(self, text: str, lang: Lang, spec: str) -> str:
        """`text` with the ending or case `spec` (`loc`, `poss+acc`) of `lang`."""
        if not spec:
            return text
        return _with_endings(self.grammar.get(lang), text, tuple(spec.split("+")))

    # --- numbers --------------------------------------------------------------------------------

    def ready(self) -> None:
        """Have Babel read each language's CLDR number and date data now (it does on first use:
        some 20 ms that would otherwise fall on the first question's answer)."""
        for lang in LANGS:
            self.fmt_decimal("0.5", lang)
            self.fmt_date(dt.date(2021, 1, 10), lang)

    def fmt_int(self, n: int, lang: Lang) -> str:
        """`5 148 074` (no-break spaces) in kk/ru, `5,148,074` in en."""
        if type(n) is int:  # a Decimal equal to n is written otherwise
            return _formatted_int(n, lang)
        return str(format_decimal(n, locale=_locale(lang)))

    def fmt_decimal(self, value: Decimal | str, lang: Lang) -> str:
        """A decimal at its own published precision (`82,20`, not `82,2`)."""
        return _formatted_decimal(str(Decimal(value)), "#,##0", lang)

    def fmt_percent(self, value: Decimal | str, lang: Lang) -> str:
        """`71,09 %` in kk/ru, `71.09%` in en; never rounded."""
        return _formatted_percent(str(Decimal(value)), self.t("percent_format", lang), lang)

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
        text = _formatted_date(date, self.t(f"{key}_format", lang), lang)
        return self.inflect(text, lang, "loc") if on and lang == "kk" else text

    def fmt_date_short(self, value: str, lang: Lang) -> str:
        """A date in a list of dates: `12.01.2021`, `03.2016`, `2017` (en `12 Jan 2021`)."""
        year, month, day = ([*value.split("-"), "", ""])[:3]
        key = "date_short" if day else "date_month_short" if month else "date_year"
        date = dt.date(int(year), int(month or 1), int(day or 1))
        return _formatted_date(date, self.t(f"{key}_format", lang), lang)

    def fmt_date_range(self, start: dt.date, end: dt.date, lang: Lang) -> str:
        """`10–20 ноября 2020 г.` within one month; else `start – end` in full."""
        text = self.fmt_date(end, lang)
        if (start.year, start.month) == (end.year, end.month):
            return re.sub(rf"(?<!\d){end.day}(?!\d)", f"{start.day}–{end.day}", text, count=1)
        return self.t("date_range", lang, start=self.fmt_date(start, lang), end=text)

    # --- names ----------------------------------------------------------------------------------

    def party(self, name: str, lang: Lang, *, phrase: bool = False, inline: bool = False) -> str:
        """A party's name as text uses it: a name that is not a description of the party is
        quoted in kk and ru («Нұр Отан», but Қазақстан Халық партиясы). `phrase`: as the
        subject of a sentence — ru `партия «Ауыл»`, kk `«Ауыл» партиясы`, en `the People's
        Party of Kazakhstan`; `inline`: elsewhere in running text, a list in a sentence
        included (en `and the People's Party of Kazakhstan 10`; kk and ru the bare name)."""
        return _party(self, name, lang, phrase, inline)


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


@functools.lru_cache(maxsize=FORMATTED_REMEMBERED)  # a fact base names a few hundred parties
def _party(catalog: Catalog, name: str, lang: Lang, phrase: bool, inline: bool) -> str:
    described = catalog.t("party_word", lang).casefold() in name.casefold()
    key = "party_named" if described else "party_brand"
    form = "_phrase" if phrase else "_inline" if inline else ""
    return catalog.t(f"{key}{form}", lang, name=name)


@functools.lru_cache(maxsize=FORMATTED_REMEMBERED)
def _formatted_int(n: int, lang: Lang) -> str:
    return str(format_decimal(n, locale=_locale(lang)))


@functools.lru_cache(maxsize=FORMATTED_REMEMBERED)
def _formatted_decimal(value: str, pattern: str, lang: Lang) -> str:
    """A decimal (as `str(Decimal)`: its exponent is its precision) with `pattern`'s grouping."""
    d = Decimal(value)
    return str(format_decimal(d, _decimals(pattern, d), locale=_locale(lang)))


@functools.lru_cache(maxsize=FORMATTED_REMEMBERED)
def _formatted_percent(value: str, pattern: str, lang: Lang) -> str:
    d = Decimal(value)
    return str(format_percent(d / 100, _decimals(pattern, d), locale=_locale(lang)))


@functools.lru_cache(maxsize=FORMATTED_REMEMBERED)
def _formatted_date(date: dt.date, pattern: str, lang: Lang) -> str:
    return str(format_date(date, pattern, locale=_locale(lang)))


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
