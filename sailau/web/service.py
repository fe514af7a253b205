"""What the Mini App's routes ask of the core: seats as JSON, the page's words and elections,
and every scenario the page's sliders reach, computed once.

`SeatService` holds the fact base and the locale catalog (both immutable), so the routes stay
thin and tests can build the web app over another fact base.

Why precompute (docs/miniapp.md, `bench/bench_webapp.py`): the 1,860 scenarios the controls reach
at each election's own seat count take 0.4 s to compute once and 25 KiB gzipped to send, after
which the page redraws as a slider moves without a round trip per step; another seat count (the
seat slider alone reaches 355,260 scenarios) is asked for one at a time.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sailau import charts
from sailau.factbase import FactBase, load_factbase
from sailau.i18n import Catalog, load_catalog
from sailau.jsonlines import dumps_line
from sailau.render import source_line
from sailau.reply import LANGS, ChartSpec, Lang, Reply, ReplyKind, freeze_slots
from sailau.seats.allocation import MAX_SEATS, NoPartyPasses, SeatError
from sailau.seats.codec import (
    ParameterError,
    SeatQuery,
    allocation_to_json,
    query_from_params,
)
from sailau.seats.kazakh import SoleQualifierRule
from sailau.seats.methods import METHODS
from sailau.seats.scenario import PERCENT_PLACES
from sailau.seats.text import percent_figure
from sailau.seats.thresholds import Base

LABEL_PREFIX = "webapp_"
"""The page's own words are the catalog keys with this prefix (facts/locales/webapp.yaml)."""
DEFAULT_ELECTION = "kz-2021"
"""The page opens on the official allocation of the election the bot is about first."""
THRESHOLD_SLIDER = (Decimal(0), Decimal(15), Decimal("0.5"))
"""The page's threshold slider: min, max, step (in %). Real thresholds run from 0 to 10 %."""
SEATS_SLIDER = (10, 200)
"""The page's seat slider: min and max (the Majilis has 69 to 98 list seats)."""
PAGE_FIELDS = ("election", "method", "threshold", "threshold_base", "seats")
"""The parameters the page sends, in its order."""

Answer = tuple[int, dict[str, Any]]
"""An HTTP status and its JSON body."""


def parameter_problem(exc: ParameterError) -> dict[str, Any]:
    """A 400's body: the message, starting with the parameter's name, and the name."""
    text = str(exc)
    if not text.startswith(exc.parameter):
        text = f"{exc.parameter}: {text}"
    return {"error": text, "parameter": exc.parameter}


def allocation_problem(exc: SeatError) -> dict[str, Any]:
    """A 422's body: a well-formed question with no allocation (nobody passes, a quota
    overflows), with a code the page words in its language."""
    code = "no_party_passes" if isinstance(exc, NoPartyPasses) else "cannot_allocate"
    return {"error": str(exc), "code": code}


def slider_thresholds() -> Iterator[str]:
    """Every value of the threshold slider as the page writes it: 0, 0.5, 1, ... 15."""
    low, high, step = THRESHOLD_SLIDER
    value = low
    while value <= high:
        yield f"{value:f}".removesuffix(".0")
        value += step


@dataclass(frozen=True)
class SeatService:
    """The fact base and catalog behind the API; each language's page data built once."""

    fb: FactBase
    catalog: Catalog
    pages: Mapping[Lang, Mapping[str, Any]]
    _made: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    @classmethod
    def load(cls, facts_dir: Path | None = None) -> SeatService:
        """The service over `facts_dir` (default: $SAILAU_FACTS_DIR or the repository's)."""
        fb, catalog = load_factbase(facts_dir), load_catalog(facts_dir)
        pages = {lang: page_data(fb, catalog, lang) for lang in LANGS}
        return cls(fb, catalog, MappingProxyType(pages))

    def seats(self, params: Iterable[tuple[str, str]], explain: bool = False) -> Answer:
        """The allocation as `bot.py seats --json` prints it (200), or why not (400, 422)."""
        try:
            scenario = query_from_params(params).scenario(self.fb)
            explanation = scenario.explain() if explain else None
            allocation = explanation.allocation if explanation else scenario.allocate()
        except ParameterError as exc:
            return 400, parameter_problem(exc)
        except SeatError as exc:
            return 422, allocation_problem(exc)
        return 200, allocation_to_json(scenario, allocation, explanation)

    def precomputed(self) -> bytes:
        """Every scenario the page's controls reach at each election's own seat count, with
        its answer, as gzipped JSON: `{"scenarios": [{"params", "status", "body"}, ...]}`.
        Computed on first use (0.4 s: call it off the event loop), then kept."""
        with self._lock:
            if "scenarios" not in self._made:
                entries = [
                    {"params": params, "status": status, "body": body}
                    for params in self.page_scenarios()
                    for status, body in [self.seats(params.items())]
                ]
                document = dumps_line({"fields": PAGE_FIELDS, "scenarios": entries})
                self._made["scenarios"] = gzip.compress(document.encode(), mtime=0)
            return self._made["scenarios"]

    def page_scenarios(self) -> Iterator[dict[str, str]]:
        for election in self.fb.elections.values():
            for method in METHODS:
                for threshold in slider_thresholds():
                    for base in Base:
                        yield {
                            "election": election.id,
                            "method": method,
                            "threshold": threshold,
                            "threshold_base": base.value,
                            "seats": str(election.system.list_seats),
                        }

    def chart(self, query: SeatQuery) -> ChartSpec:
        """The what-if chart of a stored election's scenario; ParameterError for what the chart
        cannot show (custom votes, another chamber size, another runner-up reading)."""
        if query.election is None or query.votes:
            raise ParameterError("election", "a chart needs a stored election without new votes")
        election = self.fb.election(query.election)
        if query.seats not in (None, election.system.list_seats):
            raise ParameterError(
                "seats", f"a chart shows the election's own {election.system.list_seats} seats"
            )
        if query.sole_rule is not SoleQualifierRule.ADMITTED:
            raise ParameterError("sole_rule", "a chart uses the admitted reading of the rule")
        threshold = None if query.threshold is None else percent_figure(query.threshold)
        params = {
            "year": election.year,
            "method": query.method,
            "threshold": threshold,
            "base": query.threshold_base,
        }
        return charts.canonical(ChartSpec("whatif", freeze_slots(params)))


def labels(catalog: Catalog, lang: Lang) -> dict[str, str]:
    """The page's words in `lang`: every `webapp_*` key, the prefix dropped."""
    return {
        key.removeprefix(LABEL_PREFIX): catalog.t(key, lang)
        for key in catalog.entries
        if key.startswith(LABEL_PREFIX)
    }


def page_data(fb: FactBase, catalog: Catalog, lang: Lang) -> dict[str, Any]:
    """Everything the page shows besides the seats, in `lang` (`GET /api/meta`)."""
    return {
        "lang": lang,
        "langs": [{"id": code, "name": catalog.t("tg_lang_label", code)} for code in LANGS],
        "labels": labels(catalog, lang),
        "format": catalog.number_format(lang),
        "methods": [{"id": m, "name": catalog.t(f"seats_method_{m}", lang)} for m in METHODS],
        "bases": [{"id": b.value, "name": catalog.t(f"webapp_base_{b.value}", lang)} for b in Base],
        "elections": [election_data(fb, catalog, lang, e) for e in fb.elections],
        "default_election": DEFAULT_ELECTION,
        "limits": {"seats": MAX_SEATS, "threshold_places": PERCENT_PLACES},
        "controls": {
            "threshold": dict(zip(("min", "max", "step"), map(str, THRESHOLD_SLIDER), strict=True)),
            "seats": dict(zip(("min", "max", "step"), map(str, (*SEATS_SLIDER, 1)), strict=True)),
        },
    }


def election_data(fb: FactBase, catalog: Catalog, lang: Lang, election_id: str) -> dict[str, Any]:
    """One election's own rules, its parties (votes first) and the sources of their votes."""
    election = fb.election(election_id)
    system = election.system
    ids = [s for row in election.results for s in row.sources]
    credits = Reply(lang, ReplyKind.INFO, "", sources=fb.reply_sources(ids))
    return {
        "id": election.id,
        "year": election.year,
        "date": catalog.fmt_date(election.date, lang),
        "seats": system.list_seats,
        "method": system.quota.method,
        "threshold": str(system.threshold.percent),
        "threshold_base": system.threshold.base,
        "parties": [
            {
                "id": row.party,
                "name": fb.party_name(row.party, election.year, lang),
                "colour": fb.party(row.party).colour,
                "votes": row.votes,
                "percent": catalog.fmt_percent(row.percent, lang),
            }
            for row in election.ranked
        ],
        "sources": source_line(credits, catalog),
    }
