"""Every chart kind in every language as PNG files, and a contact sheet showing them together.

The contact sheet puts the three languages side by side, each picture shown 400 px wide (what a
phone shows of a 1,024 px photo), so it is also the check that every chart reads at that size.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from sailau.reply import LANGS, ChartSpec

if TYPE_CHECKING:
    from PIL import Image

THUMB_PX = 400  # about the width a phone gives a photo in a chat
SHEET_NAME = "contact-sheet.png"


def sheet_specs() -> list[ChartSpec]:
    """Every kind for every election it can draw, every comparison metric, two what-ifs."""
    from sailau.charts.spec import METRICS
    from sailau.factbase import load_factbase

    fb = load_factbase()
    out: list[ChartSpec] = []
    for kind in ("parliament", "shares", "seats_votes", "turnout_regions"):
        for year in fb.years:
            if kind != "turnout_regions" or fb.election(year).regional_turnout is not None:
                out.append(ChartSpec(kind, (("year", str(year)),)))
    out += [ChartSpec("compare", (("metric", m),)) for m in METRICS]
    out.append(ChartSpec("whatif", (("threshold", "5"),)))
    out.append(ChartSpec("whatif", (("method", "dhondt"), ("year", "2016"))))
    return out


def file_name(spec: ChartSpec, lang: str) -> str:
    """`whatif-2016-dhondt-kk.png`: the kind, the parameters it was asked with, the language."""
    values = [v.replace(",", "-") for _, v in spec.params]
    return "-".join([spec.kind, *values, lang]) + ".png"


def rendered() -> list[list[tuple[str, bytes]]]:
    """Every sheet spec in every language: rows of (file name, PNG bytes)."""
    from sailau.charts import render

    return [
        [(file_name(spec, lang), render(spec, lang)) for lang in LANGS] for spec in sheet_specs()
    ]


def write_sheet(path: Path) -> Path:
    """Write the contact sheet alone (what docs/charts/ keeps)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(contact_sheet([[png for _, png in row] for row in rendered()]))
    return path


def write_all(directory: Path) -> list[Path]:
    """Write every sheet spec in every language into `directory`, then the contact sheet."""
    directory.mkdir(parents=True, exist_ok=True)
    rows = rendered()
    written = []
    for name, png in (cell for row in rows for cell in row):
        (directory / name).write_bytes(png)
        written.append(directory / name)
    sheet = directory / SHEET_NAME
    sheet.write_bytes(contact_sheet([[png for _, png in row] for row in rows]))
    return [*written, sheet]


def contact_sheet(rows: list[list[bytes]]) -> bytes:
    """PNG pictures tiled in rows, each `THUMB_PX` wide (Pillow: matplotlib depends on it)."""
    from PIL import Image

    gap = 8
    thumbs = [[_thumbnail(Image.open(BytesIO(png))) for png in row] for row in rows]
    width = max(len(row) for row in thumbs) * (THUMB_PX + gap) + gap
    heights = [max(t.height for t in row) for row in thumbs]
    sheet = Image.new("RGB", (width, sum(heights) + gap * (len(rows) + 1)), "#dddddd")
    y = gap
    for row, height in zip(thumbs, heights, strict=True):
        for column, thumb in enumerate(row):
            sheet.paste(thumb, (gap + column * (THUMB_PX + gap), y))
        y += height + gap
    out = BytesIO()
    sheet.quantize(256, dither=Image.Dither.NONE).save(out, format="PNG", optimize=True)
    return out.getvalue()


def _thumbnail(image: Image.Image) -> Image.Image:
    """The picture at `THUMB_PX` wide: what a phone shows."""
    from PIL import Image

    height = round(image.height * THUMB_PX / image.width)
    return image.convert("RGB").resize((THUMB_PX, height), Image.Resampling.LANCZOS)
