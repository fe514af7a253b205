"""Charts: every kind in every language is a phone-sized PNG with readable, unclashing text;
distinct requests give distinct pictures; specs, cache and captions."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from io import BytesIO
from itertools import combinations
from pathlib import Path

import pytest
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from sailau import charts
from sailau.charts import ChartError, build, canonical, caption, render
from sailau.charts.draw import DPI, MIN_TEXT_PX, figure, style
from sailau.charts.spec import METRICS
from sailau.charts.views import Bars, Chamber, Chart
from sailau.factbase import load_factbase
from sailau.i18n import load_catalog
from sailau.reply import LANGS, ChartSpec, Lang

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ROOT = Path(__file__).resolve().parent.parent
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def specs() -> list[ChartSpec]:
    """One spec per kind and variant the fact base can draw, every year it holds."""
    fb = load_factbase()
    out = [ChartSpec("compare", (("metric", m),)) for m in METRICS]
    out += [
        ChartSpec("compare", (("metric", "seats"), ("years", "2016,2021"))),
        ChartSpec("compare", (("metric", "share"), ("year", "2021"), ("other_year", "2023"))),
    ]
    for year in fb.years:
        slots = (("year", str(year)),)
        out += [ChartSpec(k, slots) for k in ("parliament", "shares", "seats_votes", "whatif")]
        if fb.election(year).regional_turnout is not None:
            out.append(ChartSpec("turnout_regions", slots))
    rules = (("base", "party_votes"), ("method", "sainte_lague"), ("threshold", "0"))
    out.append(ChartSpec("whatif", rules))
    out.append(ChartSpec("whatif", (("seats", "150"), ("threshold", "3"))))
    out.append(ChartSpec("whatif", (("method", "dhondt"), ("year", "2023"))))
    return out


SPECS = specs()


def spec_id(spec: ChartSpec) -> str:
    return "-".join([spec.kind, *dict(spec.params).values()])


def texts(fig: Figure) -> list[Text]:
    """Every piece of text drawn: figure texts and axes texts."""
    found = list(fig.texts)
    for ax in fig.axes:
        found += ax.texts
    return [t for t in found if t.get_visible() and t.get_text().strip()]


def drawn(spec: ChartSpec, lang: Lang) -> tuple[Figure, object]:
    with style():
        fig = figure(build(spec, lang))
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        fig.draw(renderer)
    return fig, renderer


def test_every_kind_has_a_spec() -> None:
    assert {s.kind for s in SPECS} == set(charts.KINDS)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_chart_is_a_phone_sized_png(spec: ChartSpec, lang: Lang) -> None:
    data = render(spec, lang)
    assert data.startswith(PNG_SIGNATURE)
    assert 20_000 < len(data) < 1_000_000, "light enough to upload"
    pixels = imread(BytesIO(data), format="png")
    height, width = pixels.shape[:2]
    assert 1000 <= width <= 1280
    assert width * 9 / 16 <= height <= width * 1.25, "16:9 landscape to 4:5 portrait"
    grey = pixels[..., :3].mean(axis=2)
    assert grey.std() > 0.1, "not blank"
    assert 0.03 < (grey < 0.9).mean() < 0.6, "ink covers a sensible part of the picture"


def _bars(fig: Figure) -> list[Bbox]:
    return [
        p.get_window_extent()
        for ax in fig.axes
        for p in ax.patches
        if isinstance(p, Rectangle) and p.get_width() > 0
    ]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_text_is_large_inside_and_never_collides(spec: ChartSpec, lang: Lang) -> None:
    fig, renderer = drawn(spec, lang)
    page = fig.bbox
    boxes = []
    for text in texts(fig):
        words = text.get_text()
        box = text.get_window_extent(renderer)
        assert box.x0 >= page.x0 - 1 and box.x1 <= page.x1 + 1, words
        assert box.y0 >= page.y0 - 1 and box.y1 <= page.y1 + 1, words
        px = text.get_fontsize() * DPI / 72
        assert px >= MIN_TEXT_PX, f"{words!r} is {px} px: too small on a phone"
        boxes.append((words, box.shrunk(0.98, 0.9)))
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r}"
    bars = _bars(fig)
    for words, box in boxes:
        inside = [bar for bar in bars if bar.contains(box.x0 + 1, box.y0 + 1)]
        for bar in bars:
            if bar not in inside:  # a figure written inside its own bar's end is fine
                assert not box.overlaps(bar.shrunk(0.98, 0.9)), f"{words!r} overlaps a bar"
    for ax in fig.axes:
        for lines in (c for c in ax.collections if isinstance(c, LineCollection)):
            for segment in lines.get_segments():
                (x, y0), (_, y1) = ax.transData.transform(segment)
                for words, box in boxes:
                    crosses = box.x0 < x < box.x1 and min(y0, y1) < box.y1 and box.y0 < max(y0, y1)
                    assert not crosses, f"a reference line crosses {words!r}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_one_title_and_a_one_line_footer_naming_the_source(spec: ChartSpec, lang: Lang) -> None:
    fig, _ = drawn(spec, lang)
    frame = build(spec, lang).frame
    [footer] = [t for t in fig.texts if t.get_text() == frame.footer]
    assert "\n" not in footer.get_text(), "the source footer is one line"
    assert "te.gob.mx" not in frame.footer, "the figures' source, not a law translation"
    catalog = load_catalog()
    cec = catalog.t("chart_footer_cec", lang, sources="|").split("|")[0]
    computed = catalog.t("chart_footer_computed", lang, sources="|").split("|")[0]
    assert frame.footer.startswith((cec, computed)), "the figures are the CEC's"
    [title] = [t for t in fig.texts if t.get_text().replace("\n", " ") == frame.title]
    assert title.get_fontsize() > max(t.get_fontsize() for t in fig.texts if t is not title)
    assert title.get_text().count("\n") <= 1, "a title of at most two lines"


def _requests() -> dict[str, ChartSpec]:
    """Requests a user tells apart, each of which must get its own picture."""
    return {
        "hemicycle 2016": ChartSpec("parliament", (("year", "2016"),)),
        "hemicycle 2021": ChartSpec("parliament", (("year", "2021"),)),
        "hemicycle 2023": ChartSpec("parliament", (("year", "2023"),)),
        "seats vs votes 2016": ChartSpec("seats_votes", (("year", "2016"),)),
        "seats vs votes 2021": ChartSpec("seats_votes", (("year", "2021"),)),
        "seats vs votes 2023": ChartSpec("seats_votes", (("year", "2023"),)),
        "shares 2016": ChartSpec("shares", (("year", "2016"),)),
        "shares 2023": ChartSpec("shares", (("year", "2023"),)),
        "what if 5 %": ChartSpec("whatif", (("threshold", "5"),)),
        "what if 3 %": ChartSpec("whatif", (("threshold", "3"),)),
        "what if d'Hondt": ChartSpec("whatif", (("method", "dhondt"),)),
        "what if 5 % on 120 seats": ChartSpec("whatif", (("seats", "120"), ("threshold", "5"))),
        "what if 2016 at 5 %": ChartSpec("whatif", (("threshold", "5"), ("year", "2016"))),
        "compare all three": ChartSpec("compare", (("years", "2016,2021,2023"),)),
        "compare 2016 and 2021": ChartSpec("compare", (("year", "2016"), ("other_year", "2021"))),
        "compare seats": ChartSpec("compare", (("metric", "seats"),)),
        "compare turnout": ChartSpec("compare", (("metric", "turnout"),)),
        "turnout by region 2021": ChartSpec("turnout_regions", (("year", "2021"),)),
        "turnout by region 2023": ChartSpec("turnout_regions", (("year", "2023"),)),
    }


@pytest.mark.parametrize("lang", LANGS)
def test_distinct_requests_get_distinct_pictures(lang: Lang) -> None:
    requests = _requests()
    canon = {name: canonical(spec) for name, spec in requests.items()}
    assert len(set(canon.values())) == len(canon), "each request keeps its own spec"
    digests = {name: hashlib.sha256(render(spec, lang)).hexdigest() for name, spec in canon.items()}
    seen: dict[str, str] = {}
    for name, digest in digests.items():
        assert digest not in seen, f"{name!r} drew the same picture as {seen.get(digest)!r}"
        seen[digest] = name


def _seats(chart: Chart) -> dict[str, int]:
    [chamber] = [p for p in chart.panels if isinstance(p, Chamber)]
    return {g.label.split(":")[0]: g.seats for g in chamber.groups if g.label}


def test_a_whatif_draws_its_own_allocation_not_the_official_one() -> None:
    official = _seats(build(ChartSpec("parliament"), "en"))
    whatif = _seats(build(ChartSpec("whatif", (("threshold", "5"),)), "en"))
    assert official != whatif
    assert whatif["Auyl"] == 6 and whatif["Nur Otan"] == 72  # fact sheet §7b: 72 / 11 / 9 / 6
    bigger = build(ChartSpec("whatif", (("seats", "120"), ("threshold", "5"))), "en")
    [chamber] = bigger.panels
    assert isinstance(chamber, Chamber)
    assert chamber.total == 120 + 9  # the list seats asked, and the APK's nine


@pytest.mark.parametrize("lang", LANGS)
def test_a_comparison_shows_every_election_asked(lang: Lang) -> None:
    every = build(ChartSpec("compare", (("years", "2023,2016,2021"),)), lang)
    [bars] = every.panels
    assert isinstance(bars, Bars) and bars.series == ("2016", "2021", "2023")
    assert all(len(row.cells) == 3 for row in bars.rows)
    two = build(ChartSpec("compare", (("year", "2021"), ("other_year", "2016"))), lang)
    [pair] = two.panels
    assert isinstance(pair, Bars) and pair.series == ("2016", "2021")
    fb = load_factbase()
    people = fb.party_name("ppk", 2021, lang)
    assert any(people in row.label or people in row.alt for row in pair.rows), "2021's name"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", ["2021", "2023"])
def test_turnout_shows_each_region_once_and_one_national_figure(year: str, lang: Lang) -> None:
    chart = build(ChartSpec("turnout_regions", (("year", year),)), lang)
    [bars] = chart.panels
    assert isinstance(bars, Bars)
    labels = [row.label for row in bars.rows]
    regional = load_factbase().election(int(year)).regional_turnout
    assert regional is not None
    assert len(labels) == len(set(labels)) == len(regional.by_region())
    [line] = bars.lines
    national = line.label.split(":")[-1].strip()
    assert national not in chart.frame.subtitle, "the national figure is given once"
    if lang == "ru":
        assert not KAZAKH_LETTERS & set("".join(labels)), "Russian names in Russian letters"


@pytest.mark.parametrize("lang", LANGS)
def test_shares_draw_the_threshold_on_the_bars_own_scale(lang: Lang) -> None:
    """The bars are shares of party votes; the threshold is 7 % of ballots: its line stands
    where 7 % of the 7,539,280 ballots (527,749.6 votes) falls among 7,241,562 party votes."""
    chart = build(ChartSpec("shares", (("year", "2021"),)), lang)
    [bars] = chart.panels
    assert isinstance(bars, Bars)
    [line] = bars.lines
    assert line.value == pytest.approx(7.29)
    catalog = load_catalog()
    assert catalog.fmt_percent("7.29", lang) in chart.frame.subtitle
    assert catalog.fmt_int(527750, lang) in chart.frame.subtitle


def test_same_chart_is_drawn_once() -> None:
    spec = ChartSpec("parliament")
    first = render(spec, "en")
    assert render(ChartSpec("parliament", (("year", "2021"),)), "en") is first
    assert render(spec, "kk") is not first


def test_canonical_fills_defaults_and_drops_unused_params() -> None:
    assert canonical(ChartSpec("shares")) == ChartSpec("shares", (("year", "2021"),))
    every = ChartSpec("compare", (("metric", "share"),))
    assert canonical(ChartSpec("compare", (("year", "2016"),))) == every
    assert canonical(ChartSpec("compare", (("years", "2023,2016,2021"),))) == every
    pair = canonical(ChartSpec("compare", (("year", "2021"), ("other_year", "2016"))))
    assert pair == canonical(ChartSpec("compare", (("years", "2016, 2021"),)))
    assert pair.param("years") == "2016,2021"
    whatif = canonical(ChartSpec("whatif", (("seats", "98"), ("threshold", "5.0"))))
    assert dict(whatif.params) == {
        "base": "ballots",
        "method": "hare",
        "threshold": "5",
        "year": "2021",
    }
    assert canonical(ChartSpec("whatif", (("seats", "120"),))).param("seats") == "120"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (ChartSpec("pie"), "chart kind"),
        (ChartSpec("shares", (("year", "1999"),)), "year"),
        (ChartSpec("compare", (("metric", "mood"),)), "metric"),
        (ChartSpec("compare", (("years", "2016,2019"),)), "years"),
        (ChartSpec("whatif", (("threshold", "abc"),)), "threshold"),
        (ChartSpec("whatif", (("threshold", "100"),)), "threshold"),
        (ChartSpec("whatif", (("method", "lottery"),)), "method"),
        (ChartSpec("whatif", (("base", "moon"),)), "base"),
        (ChartSpec("whatif", (("seats", "0"),)), "seats"),
        (ChartSpec("whatif", (("seats", "many"),)), "seats"),
        (ChartSpec("whatif", (("seats", "5000"),)), "seats"),
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
        share = catalog.fmt_percent(row.percent, lang)
        assert f": {share}" in text
    assert catalog.t("chart_footer_cec", lang, sources="|").split("|")[0] in text


@pytest.mark.parametrize("lang", LANGS)
def test_parliament_caption_adds_up_to_the_chamber(lang: Lang) -> None:
    system = load_factbase().election(2021).system
    text = caption(ChartSpec("parliament"), lang)
    assert load_catalog().t("chart_majority_mark", lang, n=system.majority.value) in text


@pytest.mark.parametrize("spec", SPECS, ids=spec_id)
def test_every_caption_fits_telegram(spec: ChartSpec) -> None:
    for lang in LANGS:
        assert 0 < len(caption(spec, lang)) <= 1024


def test_concurrent_requests_draw_a_chart_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from sailau.charts import draw

    drawn_charts: list[Chart] = []
    real_png = draw.png

    def counting_png(chart: Chart) -> bytes:
        drawn_charts.append(chart)
        return real_png(chart)

    monkeypatch.setattr(draw, "png", counting_png)
    spec = ChartSpec("compare", (("metric", "turnout"),))
    charts._cache.pop((canonical(spec), "ru"), None)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: render(spec, "ru"), range(8)))
    assert len(drawn_charts) == 1
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
