"""The fact base: load `facts/` into typed, immutable objects, validated on the way in.

    fb = load_factbase()                 # default: $SAILAU_FACTS_DIR or the repo's facts/
    fb.election(2021).party("ak_zhol").seats
    fb.party_name("nur_otan", 2023, "en")    # -> "AMANAT"

A fact base that fails validation raises `FactBaseInvalid`, listing every problem as
`file: field: reason`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from sailau import reply
from sailau.facts.checks import FactBaseError, check_factbase
from sailau.facts.models import (
    Election,
    Institution,
    InstitutionsFile,
    Model,
    PartiesFile,
    Party,
    Region,
    RegionsFile,
    Source,
    SourcesFile,
    Text,
    normalize_alias,
)
from sailau.paths import facts_dir
from sailau.reply import Lang
from sailau.yamlio import YamlError, load_file

ELECTIONS_DIR = "elections"
M = TypeVar("M", bound=BaseModel)
__all__ = [
    "FactBase",
    "FactBaseError",
    "FactBaseInvalid",
    "NotInFactBase",
    "clear_cache",
    "facts_dir",
    "load_factbase",
    "normalize_alias",
    "read_factbase",
]


def quotes_cec(remark: str | None) -> bool:
    """A source's remark says it quotes the CEC: "quoted" or "quoted; ..." (sources.yaml)."""
    return remark is not None and (remark == "quoted" or remark.startswith("quoted;"))


class FactBaseInvalid(ValueError):
    """The fact base did not validate; `errors` lists every problem found."""

    def __init__(self, errors: list[FactBaseError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class NotInFactBase(LookupError):
    """A lookup by id or year for something the fact base does not hold."""


class FactBase(Model):
    """Everything in `facts/` (except intents and locales), with small typed accessors."""

    sources: dict[str, Source]
    parties: dict[str, Party]
    regions: dict[str, Region]
    institutions: dict[str, Institution]
    elections: dict[str, Election]
    """Election id -> election, oldest first."""

    def election(self, year_or_id: int | str) -> Election:
        """An election by year (2021, "2021") or id ("kz-2021")."""
        key = str(year_or_id)
        found = self.elections.get(key) or self.elections.get(f"kz-{key}")
        if found is None:
            raise NotInFactBase(f"no election {year_or_id!r} in the fact base")
        return found

    @cached_property
    def years(self) -> tuple[int, ...]:
        """The elections' years, oldest first (made once: every answer asks them)."""
        return tuple(e.year for e in self.elections.values())

    def previous(self, election: Election) -> Election | None:
        """The election before this one, if the fact base holds it."""
        return self.elections.get(election.previous) if election.previous else None

    def party(self, party_id: str) -> Party:
        return _get(self.parties, party_id, "party")

    def party_name(
        self, party_id: str, year: int | str | None, lang: Lang, *, full: bool = False
    ) -> str:
        """The party's name in `lang` as it stood at that election (latest name if no year)."""
        party = self.party(party_id)
        entry = party.names[-1] if year is None else party.name_on(self.election(year).date)
        text = entry.full if full and entry.full else entry.name
        return text(lang)

    def source(self, source_id: str) -> Source:
        return _get(self.sources, source_id, "source")

    def reply_sources(self, source_ids: Iterable[str]) -> tuple[reply.Source, ...]:
        """Sources as the Reply contract carries them, in order, without repeats."""
        known = self._reply_sources
        try:
            return tuple(known[sid] for sid in dict.fromkeys(source_ids))
        except KeyError as missing:
            raise NotInFactBase(f"no source {missing.args[0]!r} in the fact base") from None

    @cached_property
    def _reply_sources(self) -> dict[str, reply.Source]:
        """Every source as the Reply contract carries it, made once: answers cite them often."""
        return {
            sid: reply.Source(
                id=sid,
                name=src.name,
                url=src.url,
                date=src.date,
                authority=src.authority,
                quoted=src.authority == "OFF" and quotes_cec(src.remark),
            )
            for sid, src in self.sources.items()
        }

    def region(self, region_id: str) -> Region:
        return _get(self.regions, region_id, "region")

    def region_name(
        self, region_id: str, year: int | None, lang: Lang, *, short: bool = False
    ) -> str:
        """The region's name in `lang` at that election (`short`: without "Region", for charts)."""
        return self.region(region_id).name_for(year, short=short)(lang)

    def institution(self, institution_id: str) -> Institution:
        return _get(self.institutions, institution_id, "institution")

    @cached_property
    def _party_aliases(self) -> dict[str, str]:
        return _alias_index(self.parties)

    @cached_property
    def _region_aliases(self) -> dict[str, str]:
        return _alias_index(self.regions)

    def all_party_aliases(self) -> dict[str, str]:
        """Normalised alias (see `normalize_alias`) -> party id, over all names and aliases."""
        return dict(self._party_aliases)

    def all_region_aliases(self) -> dict[str, str]:
        """Normalised alias -> region id."""
        return dict(self._region_aliases)

    def all_people(self) -> dict[str, tuple[str, str | None, int | None]]:
        """Every person's name as written, per language -> (role, party id or None, year):
        officials (`speaker`, `deputy_speaker`, `prime_minister`), party leaders
        (`party_leader`) and the deputies the APK elected (`apk`); the year only when the
        person appears in one election alone."""
        found: dict[str, tuple[str, str | None]] = {}
        years: dict[str, set[int]] = {}
        for year, text, role, party in self._named():
            for lang in reply.LANGS:
                found.setdefault(text(lang), (role, party))
                years.setdefault(_surname(text(lang)), set()).add(year)
        return {
            name: (role, party, min(known) if len(known := years[_surname(name)]) == 1 else None)
            for name, (role, party) in found.items()
        }

    def surname_spellings(self) -> dict[str, frozenset[str]]:
        """A person's surname as one language writes it (case-folded) -> their surname in every
        language: "конуров" -> {"қоңыров", "конуров", "konurov"}."""
        found: dict[str, frozenset[str]] = {}
        for text in (*(t for _, t, _, _ in self._named()), *self._named_in_words()):
            spellings = frozenset(
                spelling for lang in reply.LANGS for spelling in _surnames(text(lang))
            )
            for spelling in spellings:
                found[spelling] = found.get(spelling, frozenset()) | spellings
        return found

    def _named_in_words(self) -> Iterator[Text]:
        """The people the facts name only in words: who announced the results or made a
        statement ("CEC Deputy Chair Konstantin Petrov"), a row whose value is a person's
        name (the ODIHR mission's head) — for `surname_spellings`, not for the reader."""
        for year in self.years:
            e = self.election(year)
            notes = (*e.assessments, *e.boycotts_protests, *e.context, *e.discrepancies)
            yield from (a.by for a in e.announcements if a.by is not None)
            yield from (n.by for n in notes if n.by is not None)
            for row in e.rows.values():
                if isinstance(row.value, Text) and _person(row.value):
                    yield row.value

    def _named(self) -> Iterator[tuple[int, Text, str, str | None]]:
        """(year, name, role, party id or None) for every person an election names."""
        for year in self.years:
            e = self.election(year)
            for o in e.officials:
                yield year, o.person, o.role, None
            for r in e.results:
                if r.leader:
                    yield year, r.leader.name, "party_leader", r.party
            for d in e.apk_vote.elected if e.apk_vote else ():
                yield year, d.name, "apk", None


def _person(text: Text) -> bool:
    """Whether every language writes `text` as a name: two or three capitalised words."""
    return all(
        1 < len(words := text(lang).split()) <= 3 and all(w[:1].isupper() for w in words)
        for lang in reply.LANGS
    )


def _surname(name: str) -> str:
    """A name's last word: the same person named in full in one election and by surname in
    another ("Sauytbek Abdrakhmanov", "Abdrakhmanov") is one person."""
    return name.split()[-1].casefold()


def _surnames(name: str) -> tuple[str, ...]:
    """A name's surname, and the one it is also written as in parentheses: "Aidarbek
    Khodzhanazarov (Qojanazarov)" -> ("khodzhanazarov", "qojanazarov"); "Aikyn Konurov (Aiqyn
    Qongyrov)" -> ("konurov", "qongyrov")."""
    return tuple(_surname(part).strip(")") for part in name.split("(") if part.strip(" )"))


def _get(table: Mapping[str, M], key: str, what: str) -> M:
    try:
        return table[key]
    except KeyError:
        raise NotInFactBase(f"no {what} {key!r} in the fact base") from None


def _alias_index(items: Mapping[str, Party] | Mapping[str, Region]) -> dict[str, str]:
    return {alias: item_id for item_id, item in items.items() for alias in item.alias_forms()}


# --- loading ------------------------------------------------------------------------------------


def field_path(loc: Iterable[int | str]) -> str:
    """Pydantic's error location as a field path: `results[2].votes`."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def _reason(error: Mapping[str, Any]) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown field (misspelt or not part of the schema)"
    message = str(error["msg"])
    return message.removeprefix("Value error, ")


def _parse(root: Path, rel: str, model: type[M], errors: list[FactBaseError]) -> M | None:
    """Read one YAML file into `model`; problems are appended to `errors`."""
    try:
        data = load_file(root / rel, rel)
    except FileNotFoundError:
        errors.append(FactBaseError(rel, "(file)", "file is missing"))
        return None
    except YamlError as exc:
        where = f"line {exc.line}" if exc.line is not None else "(file)"
        errors.append(FactBaseError(rel, where, f"malformed YAML: {exc.problem}"))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors += [FactBaseError(rel, field_path(e["loc"]), _reason(e)) for e in exc.errors()]
        return None


def read_factbase(root: Path) -> FactBase:
    """Load and validate the fact base in `root`, uncached; raises `FactBaseInvalid`."""
    errors: list[FactBaseError] = []
    sources = _parse(root, "sources.yaml", SourcesFile, errors)
    parties = _parse(root, "parties.yaml", PartiesFile, errors)
    regions = _parse(root, "regions.yaml", RegionsFile, errors)
    institutions = _parse(root, "institutions.yaml", InstitutionsFile, errors)
    elections: dict[str, Election] = {}
    for path in sorted((root / ELECTIONS_DIR).glob("*.yaml")):
        rel = f"{ELECTIONS_DIR}/{path.name}"
        election = _parse(root, rel, Election, errors)
        if election is not None and election.id != path.stem:
            errors.append(FactBaseError(rel, "id", f"{election.id!r} differs from the file name"))
        elif election is not None:
            elections[election.id] = election
    if not elections and not errors:
        errors.append(FactBaseError(ELECTIONS_DIR, "(dir)", "no election files found"))
    if errors or sources is None or parties is None or regions is None or institutions is None:
        raise FactBaseInvalid(errors)
    fb = FactBase.model_construct(
        sources=sources.sources,
        parties=parties.parties,
        regions=regions.regions,
        institutions=institutions.institutions,
        elections=dict(sorted(elections.items(), key=lambda kv: kv[1].date)),
    )
    errors = check_factbase(fb)
    if errors:
        raise FactBaseInvalid(errors)
    return fb


@functools.cache
def _load_cached(root: Path) -> FactBase:
    return read_factbase(root)


def load_factbase(path: Path | None = None) -> FactBase:
    """The validated fact base, loaded once per directory (see `facts_dir`)."""
    return _load_cached(facts_dir(path).resolve())


def clear_cache() -> None:
    """Forget the loaded fact bases (for tests and benchmarks)."""
    _load_cached.cache_clear()
