"""Chart kinds, their parameters and defaults: one canonical `ChartSpec` per distinct picture.

`normalise` fills in defaults and drops parameters a kind does not use, so that "the parliament"
and "the parliament in 2021" share one cache entry; bad values raise `ChartError`.
"""

from __future__ import annotations

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
PARAMS: tuple[str, ...] = ("year", "metric", "method", "threshold", "base")
"""Every parameter a chart kind may take (each kind keeps only its own: see `normalise`)."""
METRICS: tuple[str, ...] = ("share", "votes", "seats", "turnout")
BASES: tuple[str, ...] = ("ballots", "party_votes")
DEFAULT_YEAR = "2021"  # the election the bot is about first (DESIGN.md)


class ChartError(ValueError):
    """A chart that cannot be drawn as asked; the message says which parameter and why."""


def _year(spec: ChartSpec, fb: FactBase) -> str:
    year = spec.param("year", DEFAULT_YEAR) or DEFAULT_YEAR
    known = [str(y) for y in fb.years]
    if year not in known:
        raise ChartError(f"year must be one of {', '.join(known)}, not {year!r}")
    return year


def _choice(spec: ChartSpec, name: str, allowed: tuple[str, ...], default: str) -> str:
    value = spec.param(name, default) or default
    if value not in allowed:
        raise ChartError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _threshold(value: str) -> str:
    """A percentage between 0 and 100 in its shortest form (`5.0` -> `5`)."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ChartError(f"threshold must be a percentage like 5 or 3.5, not {value!r}") from None
    if not number.is_finite() or not 0 <= number < 100:
        raise ChartError(f"threshold must be at least 0 and below 100, not {value!r}")
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def normalise(spec: ChartSpec, fb: FactBase, methods: Collection[str]) -> ChartSpec:
    """The canonical spec of the same picture; `methods` are the seat module's method names."""
    kind = spec.kind
    if kind not in KINDS:
        raise ChartError(f"chart kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if kind == "compare":
        return ChartSpec(kind, freeze_slots({"metric": _choice(spec, "metric", METRICS, "share")}))
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
    }
    return ChartSpec(kind, freeze_slots(params))
