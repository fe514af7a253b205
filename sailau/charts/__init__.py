"""Charts of the fact base as PNG pictures, for Telegram photos and the command line.

    render(spec, lang) -> bytes     PNG, drawn once per (spec, language) and then cached
    caption(spec, lang) -> str      the plain-text summary sent with it (<= 1024 characters)
    KINDS                           the chart kinds (`ChartSpec.kind`)

Specs are normalised first (defaults filled in, unused parameters dropped), so equal pictures
share one cache entry. Matplotlib is imported on the first render only; each render uses its own
`Figure` on an Agg canvas, so the module is safe to call from `asyncio.to_thread`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from sailau.charts.spec import KINDS, ChartError
from sailau.charts.views import Chart
from sailau.reply import LANGS, ChartSpec, Lang

__all__ = ["KINDS", "ChartError", "build", "canonical", "caption", "render"]

CACHE_SIZE = 512
"""Pictures kept (about 60 KB each); far more than the distinct charts people ask for."""

_cache: OrderedDict[tuple[ChartSpec, Lang], bytes] = OrderedDict()
_lock = threading.Lock()


def canonical(spec: ChartSpec) -> ChartSpec:
    """The spec with defaults filled in; `ChartError` when a parameter is not valid."""
    from sailau.charts.spec import normalise
    from sailau.factbase import load_factbase
    from sailau.seats.methods import METHODS

    return normalise(spec, load_factbase(), METHODS)


def build(spec: ChartSpec, lang: Lang) -> Chart:
    """What the chart shows, in `lang`, before it is drawn."""
    from sailau.charts.builders import BUILDERS, Ctx
    from sailau.factbase import load_factbase
    from sailau.i18n import load_catalog

    if lang not in LANGS:
        raise ChartError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    spec = canonical(spec)
    return BUILDERS[spec.kind](Ctx(load_factbase(), load_catalog(), lang), spec)


def caption(spec: ChartSpec, lang: Lang) -> str:
    """The chart's plain-text summary: title, figures and source, at most 1024 characters."""
    from sailau.charts.summary import summary

    return summary(build(spec, lang))


def render(spec: ChartSpec, lang: Lang) -> bytes:
    """The chart as PNG bytes; the same (spec, language) is drawn once and then served cached."""
    key = (canonical(spec), lang)
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
        from sailau.charts.draw import png

        data = png(build(*key))
        _cache[key] = data
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return data
