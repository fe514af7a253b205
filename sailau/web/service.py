"""What the Mini App's routes ask of the core: seats as JSON, the page's words and elections.

`SeatService` holds the fact base and the locale catalog (both immutable), so the routes stay
thin and tests can build the web app over another fact base.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sailau import charts
from sailau.factbase import FactBase, load_factbase
from sailau.i18n import Catalog, load_catalog
from sailau.render import source_line
from sailau.reply import LANGS, ChartSpec, Lang, Reply, ReplyKind, freeze_slots
from sailau.seats.allocation import MAX_SEATS
from sailau.seats.codec import ParameterError, SeatQuery, allocation_to_json, query_from_params
from sailau.seats.kazakh import SoleQualifierRule
from sailau.seats.methods import METHODS
from sailau.seats.scenario import PERCENT_PLACES
from sailau.seats.text import percent_figure
from sailau.seats.thresholds import Base

LABEL_PREFIX = "webapp_"
"""The page's own words are the catalog keys with this prefix (facts/locales/webapp.yaml)."""
DEFAULT_ELECTION = "kz-2021"
"""The page opens on the official allocation of the election the bot is about first."""


@dataclass(frozen=True)
class SeatService:
    """The fact base and catalog behind the API; each language's page data built once."""

    fb: FactBase
    catalog: Catalog
    pages: Mapping[Lang, Mapping[str, Any]]

    @classmethod
    def load(cls, facts_dir: Path | None = None) -> SeatService:
        """The service over `facts_dir` (default: $SAILAU_FACTS_DIR or the repository's)."""
        fb, catalog = load_factbase(facts_dir), load_catalog(facts_dir)
        pages = {lang: page_data(fb, catalog, lang) for lang in LANGS}
        return cls(fb, catalog, MappingProxyType(pages))

    def seats(
        self, params: Iterable[tuple[str, str]], explain: bool = False
    ) -> tuple[SeatQuery, dict[str, Any]]:
        """The query and its allocation as `bot.py seats --json` prints it; ParameterError or
        SeatError when it cannot be allocated."""
        query = query_from_params(params)
        scenario = query.scenario(self.fb)
        explanation = scenario.explain() if explain else None
        allocation = explanation.allocation if explanation else scenario.allocate()
        return query, allocation_to_json(scenario, allocation, explanation)

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
        "format": {
            "group": catalog.t("group_separator", lang),
            "decimal": catalog.t("decimal_separator", lang),
            "percent": catalog.t("percent", lang),
        },
        "methods": [{"id": m, "name": catalog.t(f"seats_method_{m}", lang)} for m in METHODS],
        "bases": [{"id": b.value, "name": catalog.t(f"webapp_base_{b.value}", lang)} for b in Base],
        "elections": [election_data(fb, catalog, lang, e) for e in fb.elections],
        "default_election": DEFAULT_ELECTION,
        "limits": {"seats": MAX_SEATS, "threshold_places": PERCENT_PLACES},
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
