"""Charts: every kind in every language renders a readable PNG; specs, cache and captions."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from itertools import combinations
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.text import Text

from sailau import charts
from sailau.charts import ChartError, build, canonical, caption, render
from sailau.charts.draw import DPI, WIDTH, figure, style
from sailau.charts.spec import METRICS
from sailau.charts.views import Chart
from sailau.factbase import load_factbase
from sailau.i18n import load_catalog
from sailau.reply import LANGS, ChartSpec, Lang

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ROOT = Path(__file__).resolve().parent.parent


def specs() -> list[ChartSpec]:
    """One spec per kind and variant the fact base can draw, every year it holds."""
    fb = load_factbase()
    out = [ChartSpec("compare", (("metric", m),)) for m in METRICS]
    for year in fb.years:
        slots = (("year", str(year)),)
        out += [ChartSpec(k, slots) for k in ("parliament", "shares", "seats_votes", "whatif")]
        if fb.election(year).regional_turnout is not None:
            out.append(ChartSpec("turnout_regions", slots))
    rules = (("base", "party_votes"), ("method", "sainte_lague"), ("threshold", "0"))
    out.append(ChartSpec("whatif", rules))
    return [s for s in out if s.kind in charts.KINDS]


SPECS = specs()


def texts(fig: Figure) -> list[Text]:
    """Every piece of text drawn: figure texts, axes texts and annotations, legend labels."""
    found = list(fig.texts)
    for ax in fig.axes:
        found += ax.texts
        legend = ax.get_legend()
        if legend is not None:
            found += legend.get_texts()
    return [t for t in found if t.get_visible() and t.get_text().strip()]


def test_every_kind_has_a_spec() -> None:
    assert {s.kind for s in SPECS} == set(charts.KINDS)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("spec", SPECS, ids=lambda s: "-".join([s.kind, *dict(s.params).values()]))
def test_chart_is_a_readable_png(spec: ChartSpec, lang: Lang) -> None:
    data = render(spec, lang)
    assert data.startswith(PNG_SIGNATURE)
    assert 20_000 < len(data) < 1_000_000
    pixels = imread(BytesIO(data), format="png")
    height, width = pixels.shape[:2]
    assert width == WIDTH * DPI
    assert width * 0.25 < height < width * 3, "a phone shows it without endless scrolling"
    grey = pixels[..., :3].mean(axis=2)
    assert grey.std() > 0.1, "not blank"
    assert 0.03 < (grey < 0.9).mean() < 0.6, "ink covers a sensible part of the picture"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("spec", SPECS, ids=lambda s: "-".join([s.kind, *dict(s.params).values()]))
def test_text_fits_and_does_not_overlap(spec: ChartSpec, lang: Lang) -> None:
    with style():
        fig = figure(build(spec, lang))
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        fig.draw(renderer)
    page = fig.bbox
    boxes = []
    for text in texts(fig):
        box = text.get_window_extent(renderer)
        assert box.x0 >= page.x0 - 1 and box.x1 <= page.x1 + 1, text.get_text()
        assert box.y0 >= page.y0 - 1 and box.y1 <= page.y1 + 1, text.get_text()
        assert text.get_fontsize() >= 9, f"readable at 400 px wide: {text.get_text()!r}"
        boxes.append((text.get_text(), box.shrunk(0.98, 0.9)))
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r}"


def test_same_chart_is_drawn_once() -> None:
    spec = ChartSpec("parliament")
    first = render(spec, "en")
    assert render(ChartSpec("parliament", (("year", "2021"),)), "en") is first
    assert render(spec, "kk") is not first


def test_canonical_fills_defaults_and_drops_unused_params() -> None:
    assert canonical(ChartSpec("shares")) == ChartSpec("shares", (("year", "2021"),))
    compare = canonical(ChartSpec("compare", (("year", "2016"),)))
    assert compare == ChartSpec("compare", (("metric", "share"),))


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (ChartSpec("pie"), "chart kind"),
        (ChartSpec("shares", (("year", "1999"),)), "year"),
        (ChartSpec("compare", (("metric", "mood"),)), "metric"),
        (ChartSpec("whatif", (("threshold", "abc"),)), "threshold"),
        (ChartSpec("whatif", (("threshold", "100"),)), "threshold"),
        (ChartSpec("whatif", (("method", "lottery"),)), "method"),
        (ChartSpec("whatif", (("base", "moon"),)), "base"),
    ],
)
def test_bad_spec_gets_a_clear_error(spec: ChartSpec, message: str) -> None:
    with pytest.raises(ChartError, match=message):
        render(spec, "en")


@pytest.mark.parametrize("lang", LANGS)
def test_caption_states_the_figures_in_the_language(lang: Lang) -> None:
    fb, catalog = load_factbase(), load_catalog()
    election = fb.election(2021)
    text = caption(ChartSpec("shares"), lang)
    assert len(text) <= 1024
    assert text.startswith(catalog.t("chart_shares_title", lang, year=2021))
    for row in election.results:
        name, share = fb.party_name(row.party, 2021, lang), catalog.fmt_percent(row.percent, lang)
        assert f"{name}: {share}" in text
    assert catalog.t("source_line", lang, 1, sources="").split(":")[0] in text


@pytest.mark.parametrize("lang", LANGS)
def test_parliament_caption_adds_up_to_the_chamber(lang: Lang) -> None:
    system = load_factbase().election(2021).system
    text = caption(ChartSpec("parliament"), lang)
    assert load_catalog().t("chart_majority_mark", lang, n=system.majority.value) in text


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: "-".join([s.kind, *dict(s.params).values()]))
def test_every_caption_fits_telegram(spec: ChartSpec) -> None:
    for lang in LANGS:
        assert 0 < len(caption(spec, lang)) <= 1024


def test_concurrent_requests_draw_a_chart_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from sailau.charts import draw

    drawn: list[Chart] = []
    real_png = draw.png

    def counting_png(chart: Chart) -> bytes:
        drawn.append(chart)
        return real_png(chart)

    monkeypatch.setattr(draw, "png", counting_png)
    spec = ChartSpec("compare", (("metric", "turnout"),))
    charts._cache.pop((canonical(spec), "ru"), None)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: render(spec, "ru"), range(8)))
    assert len(drawn) == 1
    assert all(r is results[0] for r in results)


def test_answering_without_a_chart_never_imports_matplotlib() -> None:
    code = (
        "import sys; from sailau.pipeline import answer; from sailau import charts; "
        "r = answer('диаграмма мест'); charts.caption(r.chart, r.lang); "
        "print('matplotlib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
