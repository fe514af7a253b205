"""Render a `Reply` for a front end: plain text, Telegram HTML, or a JSON-ready dict."""

from __future__ import annotations

import functools
import html as _html
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from sailau.i18n import Catalog, load_catalog
from sailau.reply import Lang, Reply, ReplyKind, Source

TELEGRAM_MAX_CHARS = 4096

HTML_CACHE = 4096
"""Answers rendered for Telegram and remembered: the same answer is asked for over and over."""

PUBLISHER = "publisher:"
"""Catalog keys naming a publisher in each language: `publisher:OSCE/ODIHR` -> БДИПЧ ОБСЕ."""

_HOSTED = re.compile(r"^(?P<name>.+?) \((?P<host>[^()]+)\)$")
"""`Interfax (khovar.tj)`: a publisher as reprinted by another site."""

Link = Callable[[Source | None, str], str]
"""How a source's words are shown: plain, or (HTML) escaped and linked to the source if one is
given."""


def _plain(source: Source | None, text: str) -> str:
    return text


def publisher(name: str, lang: Lang, catalog: Catalog | None = None) -> str:
    """A publisher's name in the reader's language (`OSCE/ODIHR` -> kk ЕҚЫҰ ДИАҚБ, ru БДИПЧ
    ОБСЕ); `Interfax (khovar.tj)` keeps its host; a name with no entry is a brand kept as is."""
    catalog = catalog or load_catalog()
    if PUBLISHER + name in catalog:
        return catalog.t(PUBLISHER + name, lang)
    hosted = _HOSTED.match(name)
    if hosted and PUBLISHER + hosted["name"] in catalog:
        return f"{catalog.t(PUBLISHER + hosted['name'], lang)} ({hosted['host']})"
    return name


def source_text(source: Source, lang: Lang) -> str:
    """`CEC (Astana Times), 12 January 2021`: one source as answers name it, without its URL."""
    return _one_source(load_catalog(), lang, source, _plain)


def _one_source(catalog: Catalog, lang: Lang, source: Source, link: Link) -> str:
    """`CEC, as quoted by Astana Times, 12 January 2021`: the publisher and the date."""
    name = link(source, publisher(source.name, lang, catalog))
    if source.quoted:
        name = catalog.t("source_quoting_cec", lang, name=name)
    if not source.date:
        return name
    date = catalog.fmt_date(source.date, lang)
    return catalog.t("source_with_date", lang, name=name, date=date)


def _many_sources(catalog: Catalog, lang: Lang, sources: tuple[Source, ...], link: Link) -> str:
    """`CEC, as quoted by Kazinform (22.03.2016) and Astana Times (12.01.2021, 27.03.2023);
    OSCE/ODIHR (11.03.2016)`: each publisher once with the dates of its sources, the
    publishers quoting the CEC together."""
    by_publisher: dict[tuple[bool, str], list[Source]] = {}
    for source in sources:  # a publisher and its reprints on other sites together
        hosted = _HOSTED.match(source.name)
        by_publisher.setdefault(
            (source.quoted, hosted["name"] if hosted else source.name), []
        ).append(source)

    def named(group: list[Source]) -> str:
        first = group[0]
        if len({s.name for s in group}) > 1:  # Радио Свобода (rferl.org, ecoi.net)
            return _sites(catalog, lang, group, link)
        name = publisher(first.name, lang, catalog)
        dated = sorted((s for s in group if s.date), key=lambda s: s.date or "")
        if not dated:
            return link(first, name)
        dates = ", ".join(link(s, catalog.fmt_date_short(s.date or "", lang)) for s in dated)
        hosted = _HOSTED.match(name)  # Sputnik (urdupoint.com, 10.01.2021), not "(…) (…)"
        if hosted:
            name, dates = hosted["name"], f"{link(None, hosted['host'])}, {dates}"
        return catalog.t("source_dates", lang, name=link(None, name), dates=dates)

    parts: list[str] = []
    quoting = [named(g) for (quoted, _), g in by_publisher.items() if quoted]
    for (quoted, _), group in by_publisher.items():
        if not quoted:
            parts.append(named(group))
        elif quoting:  # all the publishers quoting the CEC, where the first of them stood
            names = _join(catalog, lang, quoting)
            parts.append(catalog.t("source_quoting_cec", lang, name=names))
            quoting = []
    return "; ".join(parts)


def _sites(catalog: Catalog, lang: Lang, group: list[Source], link: Link) -> str:
    """One publisher read on several sites, its own among them: `Радио Свобода (rferl.org,
    ecoi.net)`, each site linked to its source, then the dates there are."""
    hosted = _HOSTED.match(group[0].name)
    name = publisher(hosted["name"] if hosted else group[0].name, lang, catalog)
    sites: dict[str, Source] = {}
    for source in group:
        found = _HOSTED.match(source.name)
        site = found["host"] if found else (urlsplit(source.url).hostname or "")
        sites.setdefault(site.removeprefix("www."), source)
    dated = sorted((s for s in group if s.date), key=lambda s: s.date or "")
    parts = [link(s, site) for site, s in sites.items()]
    parts += [link(s, catalog.fmt_date_short(s.date or "", lang)) for s in dated]
    return catalog.t("source_dates", lang, name=link(None, name), dates=", ".join(parts))


def _join(catalog: Catalog, lang: Lang, items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return catalog.t("list_last", lang, head=", ".join(items[:-1]), last=items[-1])


def shown_sources(reply: Reply) -> tuple[Source, ...]:
    """The sources a reply's source line names: every one it cites, or (a reply built without
    line citations) its first."""
    return reply.sources if reply.cites else reply.sources[:1]


def source_line(reply: Reply, catalog: Catalog | None = None, link: Link = _plain) -> str:
    """`Source: CEC (Astana Times), 12 January 2021` in the reply's language, or ''.

    Every source the reply's lines cite (each publisher once, with its dates), or the first
    source of a reply without line citations; `as_json` lists them all."""
    return _sources_line(shown_sources(reply), reply.lang, catalog or load_catalog(), link)


@functools.lru_cache(maxsize=HTML_CACHE)  # a fact base cites a few hundred sets of sources
def _sources_line(sources: tuple[Source, ...], lang: Lang, catalog: Catalog, link: Link) -> str:
    if not sources:
        return ""
    if len(sources) == 1:
        text = _one_source(catalog, lang, sources[0], link)
    else:
        text = _many_sources(catalog, lang, sources, link)
    return catalog.t("source_line", lang, len(sources), sources=text)


def body(reply: Reply) -> str:
    """The answer as a reader sees it: headline, details and the source line (no follow-ups).
    Its length is what "phone-sized" measures."""
    lines = [reply.headline, *reply.details]
    if reply.sources:
        lines.append(source_line(reply))
    return "\n".join(lines)


def introduces_choices(reply: Reply) -> bool:
    """A reply whose follow-ups are its answer: "did you mean", or a headline that ends in a
    colon with nothing under it ("Which party? These ran in 2021:")."""
    bare_list = reply.headline.endswith(":") and not reply.details
    return reply.kind is ReplyKind.DID_YOU_MEAN or (bare_list and bool(reply.suggestions))


def text(reply: Reply) -> str:
    """Plain text: headline, details, the source line, then numbered follow-ups."""
    lines = [body(reply)]
    if reply.suggestions:
        if not introduces_choices(reply):  # its headline already introduces them
            lines.append(load_catalog().t("followups_label", reply.lang))
        lines += [f"{i}. {s.label}" for i, s in enumerate(reply.suggestions, 1)]
    return "\n".join(lines)


def _link(source: Source | None, text: str) -> str:
    """`text` (already in the reader's language) escaped, and linked to the source if given."""
    name = _html.escape(text)
    if source is None or not source.url:
        return name
    return f'<a href="{_html.escape(source.url)}">{name}</a>'


def _escaped_within(raw: str, limit: int) -> str:
    """`raw` HTML-escaped, cut (with an ellipsis) so the result is at most `limit` chars."""
    out = _html.escape(raw)
    while len(out) > limit:
        raw = raw[: max(0, len(raw) - (len(out) - limit) - 1)]
        out = _html.escape(raw) + "…"
    return out


def html(reply: Reply) -> str:
    """Telegram HTML: bold headline, details, italic linked sources; never over 4096 chars."""
    return _html_of(reply.headline, reply.details, shown_sources(reply), reply.lang)


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
        "frame": reply.frame.to_dict() if reply.frame is not None else None,
        "unhonoured": list(reply.unhonoured),
    }
