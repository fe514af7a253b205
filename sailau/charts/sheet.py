"""Every chart kind in every language as PNG files, and a contact sheet showing them together.

The contact sheet puts the three languages side by side at 400 px wide each, the size Telegram
shows a photo on a phone, so it is also the check that every chart reads at that size.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from sailau.reply import LANGS, ChartSpec

THUMB_PX = 400  # the width Telegram gives a photo on a phone
SHEET_NAME = "contact-sheet.png"


def sheet_specs() -> list[ChartSpec]:
    """One picture per kind, plus the other years' hemicycles and comparison metrics."""
    from sailau.charts import KINDS
    from sailau.factbase import load_factbase

    fb = load_factbase()
    out = [ChartSpec(kind) for kind in KINDS if kind != "whatif"]
    out += [ChartSpec("compare", (("metric", m),)) for m in ("seats", "turnout")]
    out += [ChartSpec("parliament", (("year", str(y)),)) for y in fb.years if y != 2021]
    out.append(ChartSpec("whatif", (("method", "dhondt"), ("threshold", "5"))))
    return out


def file_name(spec: ChartSpec, lang: str) -> str:
    """`parliament-2016-kk.png`: the kind, its non-default parameters, the language."""
    return "-".join([spec.kind, *(v for _, v in spec.params), lang]) + ".png"


def write_all(directory: Path) -> list[Path]:
    """Render every sheet spec in every language into `directory`, then the contact sheet."""
    from sailau.charts import render

    directory.mkdir(parents=True, exist_ok=True)
    rows: list[list[bytes]] = []
    written: list[Path] = []
    for spec in sheet_specs():
        rows.append([])
        for lang in LANGS:
            data = render(spec, lang)
            path = directory / file_name(spec, lang)
            path.write_bytes(data)
            written.append(path)
            rows[-1].append(data)
    sheet = directory / SHEET_NAME
    sheet.write_bytes(contact_sheet(rows))
    return [*written, sheet]


def contact_sheet(rows: list[list[bytes]]) -> bytes:
    """PNG pictures tiled in rows, each scaled to `THUMB_PX` wide."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.image import imread

    images = [[imread(BytesIO(png), format="png") for png in row] for row in rows]
    ratios = [max(img.shape[0] / img.shape[1] for img in row) for row in images]
    columns = max(len(row) for row in images)
    dpi = 100
    cell = THUMB_PX / dpi
    fig = Figure(figsize=(columns * cell, sum(ratios) * cell), dpi=dpi, facecolor="#eeeeee")
    FigureCanvasAgg(fig)
    grid = fig.add_gridspec(
        len(rows),
        columns,
        height_ratios=ratios,
        wspace=0.02,
        hspace=0.02,
        left=0,
        right=1,
        bottom=0,
        top=1,
    )
    for r, row in enumerate(images):
        for c, img in enumerate(row):
            ax = fig.add_subplot(grid[r, c])
            ax.imshow(img, interpolation="antialiased")
            ax.set_anchor("N")
            ax.axis("off")
    out = BytesIO()
    fig.savefig(out, format="png", dpi=dpi, metadata={"Software": None})
    return out.getvalue()
