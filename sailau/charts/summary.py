"""The plain-text summary sent with a chart: the same words and figures as the picture."""

from __future__ import annotations

from sailau.charts.views import Chamber, Chart, Panel

CAPTION_LIMIT = 1024  # Telegram's caption limit, in characters


def _panel_lines(panel: Panel) -> list[str]:
    if isinstance(panel, Chamber):
        return [
            "; ".join(g.label for g in panel.legend),
            "; ".join(m.label for m in panel.marks),
        ]
    lines = [line.label for line in panel.lines]
    for row in panel.rows:
        if panel.series:
            pairs = zip(panel.series, row.cells, strict=True)
            lines.append(f"{row.label} — " + ", ".join(f"{h}: {c.text}" for h, c in pairs))
        else:
            lines.append(f"{row.label}: {row.cells[0].text}")
    return lines


def summary(chart: Chart) -> str:
    """Title, subtitle, one line per item and the source; items cut to fit a Telegram caption."""
    body = [line for panel in chart.panels for line in _panel_lines(panel)]
    frame = chart.frame

    def joined(items: list[str]) -> str:
        return "\n".join(x for x in (frame.title, frame.subtitle, *items, frame.footer) if x)

    text = joined(body)
    while len(text) > CAPTION_LIMIT and body:
        body.pop()
        text = joined([*body, "…"])
    return text[:CAPTION_LIMIT]
