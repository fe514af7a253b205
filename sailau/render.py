"""Render a `Reply` for a front end: plain text, Telegram HTML, or a JSON-ready dict."""

from __future__ import annotations

import functools
import html as _html
from collections.abc import Callable

from sailau.i18n import Catalog, load_catalog
from sailau.reply import Lang, Reply, ReplyKind, Source

TELEGRAM_MAX_CHARS = 4096

HTML_CACHE = 4096
"""Answers rendered for Telegram and remembered: the same answer is asked for over and over."""


def source_text(source: Source, lang: Lang) -> str:
    """`CEC (Astana Times), 12 January 2021`: one source as answers name it, without its URL."""
    return _source_part(load_catalog(), lang, source, source.name)


def _source_part(catalog: Catalog, lang: Lang, source: Source, name: str) -> str:
    """`CEC (Astana Times), 12 January 2021`: the publisher (quoting the CEC) and the date."""
    if source.quoted:
        name = catalog.t("source_quoting_cec", lang, name=name)
    if not source.date:
        return name
    date = catalog.fmt_date(source.date, lang)
    return catalog.t("source_with_date", lang, name=name, date=date)


def source_line(
    reply: Reply,
    catalog: Catalog | None = None,
    name: Callable[[Source], str] = lambda s: s.name,
) -> str:
    """`Source: CEC (Astana Times), 12 January 2021` in the reply's language, or ''.

    One source: the reply's first, which answers put first because it is the most
    authoritative for the headline's figure; `as_json` lists them all."""
    return _sources_line(reply.sources, reply.lang, catalog or load_catalog(), name)


def _sources_line(
    sources: tuple[Source, ...], lang: Lang, catalog: Catalog, name: Callable[[Source], str]
) -> str:
    if not sources:
        return ""
    return catalog.t(
        "source_line", lang, sources=_source_part(catalog, lang, sources[0], name(sources[0]))
    )


def body(reply: Reply) -> str:
    """The answer as a reader sees it: headline, details and the source line (no follow-ups).
    Its length is what "phone-sized" measures."""
    lines = [reply.headline, *reply.details]
    if reply.sources:
        lines.append(source_line(reply))
    return "\n".join(lines)


def text(reply: Reply) -> str:
    """Plain text: headline, details, the source line, then numbered follow-ups."""
    lines = [body(reply)]
    if reply.suggestions:
        if reply.kind is not ReplyKind.DID_YOU_MEAN:  # its headline already asks
            lines.append(load_catalog().t("followups_label", reply.lang))
        lines += [f"{i}. {s.label}" for i, s in enumerate(reply.suggestions, 1)]
    return "\n".join(lines)


def _link(source: Source) -> str:
    name = _html.escape(source.name)
    return f'<a href="{_html.escape(source.url)}">{name}</a>' if source.url else name


def _escaped_within(raw: str, limit: int) -> str:
    """`raw` HTML-escaped, cut (with an ellipsis) so the result is at most `limit` chars."""
    out = _html.escape(raw)
    while len(out) > limit:
        raw = raw[: max(0, len(raw) - (len(out) - limit) - 1)]
        out = _html.escape(raw) + "…"
    return out


def html(reply: Reply) -> str:
    """Telegram HTML: bold headline, details, italic linked sources; never over 4096 chars."""
    return _html_of(reply.headline, reply.details, reply.sources, reply.lang)


@functools.lru_cache(maxsize=HTML_CACHE)
def _html_of(
    headline: str, details: tuple[str, ...], sources: tuple[Source, ...], lang: Lang
) -> str:
    credits = _sources_line(sources, lang, load_catalog(), _link)
    tail = f"<i>{credits}</i>" if sources else ""
    budget = TELEGRAM_MAX_CHARS - len(tail) - len("<b></b>\n")
    parts = [f"<b>{_escaped_within(headline, budget)}</b>"]
    budget -= len(parts[0]) - len("<b></b>")
    for line in details:
        escaped = _html.escape(line)
        if len(escaped) + 1 > budget:
            break
        parts.append(escaped)
        budget -= len(escaped) + 1
    if tail:
        parts.append(tail)
    return "\n".join(parts)


def as_json(reply: Reply, question: str, chart_path: str | None = None) -> dict[str, object]:
    """The `--json` object: the DESIGN.md fields plus kind, slots, figures and suggestions."""
    return {
        "question": question,
        "lang": reply.lang,
        "intent": reply.intent,
        "confidence": round(reply.confidence, 3),
        "kind": str(reply.kind),
        "text": text(reply),
        "chart": chart_path,
        "slots": dict(reply.slots),
        "figures": [{"name": f.name, "value": f.value} for f in reply.figures],
        "sources": [
            {"id": s.id, "name": s.name, "url": s.url, "date": s.date} for s in reply.sources
        ],
        "suggestions": [
            {"label": s.label, "intent": s.intent, "slots": dict(s.slots), "code": s.code()}
            for s in reply.suggestions
        ],
    }
