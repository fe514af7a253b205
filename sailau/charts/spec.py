"""Chart kinds, their parameters and defaults: one canonical `ChartSpec` per distinct picture.

`normalise` fills in defaults and drops parameters a kind does not use, so that "the parliament"
and "the parliament in 2021" share one cache entry while every different request keeps its own
picture; bad values raise `ChartError`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from decimal import Decimal, InvalidOperation

from sailau.factbase import FactBase
from sailau.reply import ChartSpec, freeze_slots

KINDS: tuple[str, ...] = (
    "parliament",
    "shares",
    "seats_votes",
    "compare",
    "turnout_regions",
    "whatif",
)
PARAMS: tuple[str, ...] = (
    "year",
    "other_year",
    "years",
    "metric",
    "method",
    "threshold",
    "base",
    "seats",
)
"""Every parameter a chart kind may take (each kind keeps only its own: see `normalise`).

`compare` takes the elections as `years` ("2016,2023") or as `year` and `other_year` (the
matcher's slots); its canonical form keeps `years` only, and only when they are not all of them.
`whatif` keeps `seats` only when it is not the election's own number of list seats. (Specs from
before these parameters existed stay canonical as they were.)
"""
METRICS: tuple[str, ...] = ("share", "votes", "seats", "turnout")
BASES: tuple[str, ...] = ("ballots", "party_votes")
DEFAULT_YEAR = "2021"  # the election the bot is about first (DESIGN.md)
MAX_SEATS = 300
"""The largest chamber a what-if hemicycle is drawn for (seats stay distinguishable on a phone)."""


class ChartError(ValueError):
    """A chart that cannot be drawn as asked; the message says which parameter and why."""


def _known_years(fb: FactBase) -> list[str]:
    return [str(y) for y in fb.years]


def _year(spec: ChartSpec, fb: FactBase) -> str:
    year = spec.param("year", DEFAULT_YEAR) or DEFAULT_YEAR
    known = _known_years(fb)
    if year not in known:
        raise ChartError(f"year must be one of {', '.join(known)}, not {year!r}")
    return year


def _years(spec: ChartSpec, fb: FactBase) -> str | None:
    """The elections a comparison covers, oldest first; None for all of them (the default, also
    when fewer than two are named: one election alone is no comparison)."""
    listed = spec.param("years")
    asked = (
        re.split(r"[,;\s]+", listed.strip())
        if listed
        else [y for y in (spec.param("year"), spec.param("other_year")) if y]
    )
    known = _known_years(fb)
    for year in asked:
        if year not in known:
            raise ChartError(f"years must be among {', '.join(known)}, not {year!r}")
    chosen = sorted(set(asked))
    return ",".join(chosen) if 1 < len(chosen) < len(known) else None


def _choice(spec: ChartSpec, name: str, allowed: tuple[str, ...], default: str) -> str:
    value = spec.param(name, default) or default
    if value not in allowed:
        raise ChartError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _threshold(value: str) -> str:
    """A percentage between 0 and 100 in its shortest form (`5.0` -> `5`)."""
    try:
        number = Decimal(value.strip().rstrip("%").strip().replace(",", "."))
    except InvalidOperation:
        raise ChartError(f"threshold must be a percentage like 5 or 3.5, not {value!r}") from None
    if not number.is_finite() or not 0 <= number < 100:
        raise ChartError(f"threshold must be at least 0 and below 100, not {value!r}")
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _seats(value: str | None, default: int) -> str | None:
    """A chamber size (list seats) from 1 to `MAX_SEATS`; None for the election's own."""
    if value is None or value == "":
        return None
    if not value.strip().isdigit() or not 1 <= int(value) <= MAX_SEATS:
        raise ChartError(f"seats must be a whole number from 1 to {MAX_SEATS}, not {value!r}")
    return None if int(value) == default else str(int(value))


def normalise(spec: ChartSpec, fb: FactBase, methods: Collection[str]) -> ChartSpec:
    """The canonical spec of the same picture; `methods` are the seat module's method names."""
    kind = spec.kind
    if kind not in KINDS:
        raise ChartError(f"chart kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if kind == "compare":
        metric = _choice(spec, "metric", METRICS, "share")
        return ChartSpec(kind, freeze_slots({"metric": metric, "years": _years(spec, fb)}))
    year = _year(spec, fb)
    if kind == "turnout_regions" and fb.election(year).regional_turnout is None:
        raise ChartError(f"the fact base has no regional turnout for {year}")
    if kind != "whatif":
        return ChartSpec(kind, freeze_slots({"year": year}))
    system = fb.election(year).system
    params = {
        "year": year,
        "method": _choice(spec, "method", tuple(methods), system.quota.method),
        "threshold": _threshold(spec.param("threshold") or str(system.threshold.percent)),
        "base": _choice(spec, "base", BASES, system.threshold.base),
        "seats": _seats(spec.param("seats"), system.list_seats),
    }
    return ChartSpec(kind, freeze_slots(params))
