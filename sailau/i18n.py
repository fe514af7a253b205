"""User-facing text in three languages: the locale catalog and number/date formatting.

Every string lives in `facts/locales/*.yaml` as `key: {kk: ..., ru: ..., en: ...}`; a language's
value may instead be a plural mapping (`ru`: one/few/many, `kk`/`en`: one/other). Formatting
conventions (separators, month names, the date pattern) are locale data too, in `format.yaml`.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from sailau import paths
from sailau.reply import LANGS, Lang
from sailau.yamlio import YamlError, load_file

PLURAL_FORMS: Mapping[Lang, frozenset[str]] = MappingProxyType(
    {
        "kk": frozenset({"one", "other"}),
        "ru": frozenset({"one", "few", "many"}),
        "en": frozenset({"one", "other"}),
    }
)

Value = str | Mapping[str, str]
"""A language's text: one string, or plural forms keyed by category."""

_FORMATTER = string.Formatter()


def plural_category(lang: Lang, n: int) -> str:
    """CLDR plural category of `n` for integers: ru one/few/many, kk and en one/other."""
    n = abs(n)
    if lang != "ru":
        return "one" if n == 1 else "other"
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


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


@dataclass(frozen=True)
class Catalog:
    """All user-facing strings, checked for completeness when loaded."""

    entries: Mapping[str, Mapping[Lang, Value]]
    origin: Mapping[str, str]
    """Which file each key came from (for error messages and tests)."""

    @classmethod
    def load(cls, locales_dir: Path) -> Catalog:
        """Read every `*.yaml` in `locales_dir`; raise `CatalogError` listing all problems."""
        entries: dict[str, Mapping[Lang, Value]] = {}
        origin: dict[str, str] = {}
        problems: list[str] = []
        files = sorted(locales_dir.glob("*.yaml"))
        if not files:
            raise CatalogError([f"{locales_dir}: no locale files"])
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
                problems += found
                if not found:
                    entries[key] = MappingProxyType(dict(entry))
                    origin[key] = path.name
        if problems:
            raise CatalogError(problems)
        return cls(MappingProxyType(entries), MappingProxyType(origin))

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def raw(self, key: str, lang: Lang) -> Value:
        """The stored value, plural forms unresolved; KeyError names the missing key."""
        try:
            return self.entries[key][lang]
        except KeyError:
            raise KeyError(f"locale key {key!r} is not defined in facts/locales/") from None

    def t(self, key: str, lang: Lang, count: int | None = None, /, **values: object) -> str:
        """The text for `key` in `lang`, plural form chosen by `count`, filled with `values`."""
        value = self.raw(key, lang)
        if not isinstance(value, str):
            if count is None:
                raise ValueError(f"locale key {key!r} has plural forms: pass a count")
            value = value[plural_category(lang, count)]
        return value.format(**values) if values else value

    def fmt_int(self, n: int, lang: Lang) -> str:
        """`5 148 074` (no-break spaces) in kk/ru, `5,148,074` in en."""
        sign = "-" if n < 0 else ""
        return sign + f"{abs(n):,}".replace(",", self.t("group_separator", lang))

    def fmt_decimal(self, value: Decimal | str, lang: Lang) -> str:
        """A decimal at its own published precision, with the language's separators."""
        d = Decimal(value)
        whole, _, frac = f"{abs(d):f}".partition(".")
        text = self.fmt_int(int(whole), lang)
        if frac:
            text += self.t("decimal_separator", lang) + frac
        return ("-" if d < 0 else "") + text

    def fmt_percent(self, value: Decimal | str, lang: Lang) -> str:
        """`71,09 %` in kk/ru, `71.09%` in en; never rounded."""
        return self.t("percent", lang, value=self.fmt_decimal(value, lang))

    def fmt_points(self, value: Decimal | str, lang: Lang) -> str:
        """A signed change in percentage points: `+3,77 п. п.`, `-11.11 pp`."""
        d = Decimal(value)
        return self.t("points", lang, value=("+" if d > 0 else "") + self.fmt_decimal(d, lang))

    def fmt_signed_int(self, n: int, lang: Lang) -> str:
        """A signed change in a count: `+5`, `-8`, `0`."""
        return ("+" if n > 0 else "") + self.fmt_int(n, lang)

    def fmt_date(self, value: dt.date | str, lang: Lang, *, on: bool = False) -> str:
        """kk `2021 жылғы 10 қаңтар`, ru `10 января 2021 г.`, en `10 January 2021`.

        `on`: the form used in a sentence ("held on ..."), kk `2021 жылғы 10 қаңтарда`.
        An ISO string may be partial: `2016-03` is a month (`March 2016`), `2016` a year.
        """
        if isinstance(value, dt.date):
            value = value.isoformat()
        year, month, day = ([*value.split("-"), "", ""])[:3]
        if not month:
            return self.t("date_year", lang, year=int(year))
        if not day:
            name = self.t(f"month_alone_{int(month)}", lang)
            return self.t("date_month", lang, month=name, year=int(year))
        d = dt.date.fromisoformat(value)
        month = self.t(f"month_on_{d.month}" if on else f"month_{d.month}", lang)
        return self.t("date", lang, day=d.day, month=month, year=d.year)


@functools.cache
def load_catalog(facts_dir: Path | None = None) -> Catalog:
    """The catalog of `facts_dir/locales` (default: `paths.facts_dir()`), loaded once per
    directory however it is named (the engine names it, `render` does not)."""
    return _catalog_at(paths.facts_dir(facts_dir).resolve() / "locales")


@functools.cache
def _catalog_at(locales: Path) -> Catalog:
    return Catalog.load(locales)
