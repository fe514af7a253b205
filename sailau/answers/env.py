"""What every answer function needs: the fact base, the catalog, and helpers to build replies."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, ParamSpec, Protocol, TypeVar, cast

from sailau import figures, render
from sailau.answers.registry import MORE, REGISTRY, Query
from sailau.factbase import FactBase
from sailau.facts.models import Election, NoteText, PartyPercent, PartyResult, Sourced
from sailau.i18n import Catalog
from sailau.records import altered
from sailau.reply import (
    ChartSpec,
    Cite,
    Context,
    Figure,
    Lang,
    Reply,
    ReplyKind,
    Slots,
    Source,
    Suggestion,
    freeze_slots,
)

DEFAULT_YEAR = 2021
"""The election a question is about when it names none (docs/contracts.md)."""

SECOND_YEAR = 2016
"""The comparison offered for the default year; other years are compared with the default."""


class HasSources(Protocol):
    """Anything that names its sources by id (facts, notes, party names)."""

    @property
    def sources(self) -> tuple[str, ...]: ...


KINDS_WITH_CONTEXT = frozenset({ReplyKind.ANSWER, ReplyKind.UNKNOWN, ReplyKind.REFUSAL})
"""Replies a follow-up ("and in 2016?") can build on; fallbacks keep the previous context."""


@dataclass(frozen=True)
class Line:
    """A line of an answer and the facts it states: their sources are its citation.

    `on`: when what the line states happened, where its facts do not say themselves (an
    election's results happened on election day); a source older than that is never cited."""

    text: str
    facts: tuple[HasSources, ...] = ()
    on: dt.date | None = None


def cited(text: str, *facts: HasSources, on: dt.date | None = None) -> Line:
    """`text`, citing the sources of `facts` (see `Line`)."""
    return Line(text, facts, on)


@dataclass(frozen=True)
class Dated:
    """A fact as of a day — an election's results, as of election day — for a line that
    cites facts of several days (a comparison of elections)."""

    fact: HasSources
    date: dt.date

    @property
    def sources(self) -> tuple[str, ...]:
        return self.fact.sources


def fact_date(fact: HasSources) -> dt.date | None:
    """The day a fact itself is about, when it has one (an event, a note, an appointment).
    A period (an event with an end, such as the nomination period) is set in advance: a source
    may announce it before it starts, and a call for protests on election day is made before it."""
    if attribute(fact, "end") is not None or attribute(fact, "ahead", False):
        return None
    for name in ("date", "since"):
        value = attribute(fact, name)
        if isinstance(value, dt.date):
            return value
    return None


@functools.cache
def _has(cls: type, name: str) -> bool | None:
    """Whether every instance of `cls` has the attribute `name` (a field or a property) when
    that is decided by the class: a fact model (its fields are all set, it takes no other) or a
    dataclass; None for another class."""
    fields = getattr(cls, "model_fields", None)
    if fields is None:
        fields = getattr(cls, "__dataclass_fields__", None)
    return None if fields is None else name in fields or hasattr(cls, name)


def attribute(fact: object, name: str, default: Any = None) -> Any:
    """`getattr(fact, name, default)`, decided by the fact's class where it can be: a fact model
    lacking the attribute raises AttributeError from pydantic's `__getattr__` first (about
    1.5 us, and a line asks several of each fact it cites)."""
    kind: type = type(fact)
    has = _has(kind, name)
    if has is False:
        return default
    return getattr(fact, name, default)  # a property may still raise AttributeError


def older(published: str | None, on: dt.date | None) -> bool:
    """A source published (YYYY, YYYY-MM or YYYY-MM-DD) before the day `on`."""
    return bool(published and on and published < on.isoformat()[: len(published)])


UNPROBED = frozenset({"chart"})
"""Follow-ups not tried out before they are offered: a chart is drawn, not looked up (and the
chart answer falls back to another picture rather than to "I don't have it")."""

_PROBING: ContextVar[bool] = ContextVar("probing", default=False)
"""Set while a follow-up is tried out (`Env.holds`): only the reply's kind is wanted, so trying
it tries nothing further, and its lines are neither cited nor cut to a phone screen."""

P = ParamSpec("P")
T = TypeVar("T")

_HOST = re.compile(r" \([^()]*\)$")
"""A publisher's host or series in parentheses: `ElectionGuide (IFES)`, `Interfax (khovar.tj)`."""

PHONE_CHARS = 600
"""The most an answer shows at once (headline, details and source line): one phone screen.
What does not fit is behind a "more" follow-up."""

TRUST = {"OFF": 0, "OBS": 1, "SEC": 2}
"""Sources in the order they are trusted: official, observers, secondary."""


PROBES_REMEMBERED = 4096
"""Follow-ups tried out and remembered (`Env.holds`): the same few are offered over and over."""


@dataclass(frozen=True)
class Tried:
    """A follow-up tried out (`Env.tried`): its reply's kind and headline (the reply whole,
    uncited: its headline is the one it gives when asked)."""

    kind: ReplyKind
    headline: str


def _tried(env: Env, intent: str, slots: Slots, lang: Lang) -> Tried:
    """`intent` with `slots` tried out (`_PROBING`)."""
    token = _PROBING.set(True)
    try:
        reply = REGISTRY[intent](env, Query(intent, dict(slots), lang, 1.0))
    finally:
        _PROBING.reset(token)
    return Tried(reply.kind, reply.headline)


CITES_REMEMBERED = 4096
"""A fact's sources and date -> the source a line cites: a fact base has a few thousand."""


def _cite(env: Env, sources: tuple[str, ...], when: dt.date | None) -> Cite:
    """The first of `sources` not older than `when` (see `Env.cite`)."""
    fitting = [s for s in sources if not older(env.fb.source(s).date, when)]
    return Cite((fitting or list(sources))[0], when.isoformat() if when else None)


def sentence(text: str) -> str:
    """`text` with a capital first letter (a line that starts with a name such as
    `партия «Ауыл»` starts a sentence)."""
    return text[:1].upper() + text[1:]


def _fits(reply: Reply) -> bool:
    return len(render.body(reply)) <= PHONE_CHARS


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per fact base
class Env:
    """The loaded fact base and catalog, with the helpers answer families share."""

    fb: FactBase
    catalog: Catalog
    _memos: dict[Callable[..., Any], Any] = field(default_factory=dict, init=False, repr=False)

    def remembered(self, fn: Callable[P, T], size: int) -> Callable[P, T]:
        """`fn` (a function of this fact base) with its last `size` results remembered here:
        what is remembered goes with the fact base, and `forget` drops it."""
        memo = self._memos.get(fn)
        if memo is None:
            memo = self._memos[fn] = functools.lru_cache(maxsize=size)(fn)
        return cast("Callable[P, T]", memo)

    @property
    def probing(self) -> bool:
        """Whether a follow-up is being tried out (`Env.holds`): only its reply's kind and
        headline are wanted, so a family may skip building its details."""
        return _PROBING.get()

    def forget(self) -> None:
        """Drop what `remembered` functions remembered."""
        for memo in self._memos.values():
            memo.cache_clear()

    # --- text -----------------------------------------------------------------------------------

    def t(self, q: Query, key: str, count: int | None = None, /, **values: object) -> str:
        """Catalog text in the question's language."""
        return self.catalog.t(key, q.lang, count, **values)

    def num(self, q: Query, n: int) -> str:
        return self.catalog.fmt_int(n, q.lang)

    def pct(self, q: Query, value: Decimal) -> str:
        return self.catalog.fmt_percent(value, q.lang)

    def pp(self, q: Query, value: Decimal) -> str:
        """A size in percentage points, unsigned (the sentence says up or down): `11,11 п. п.`"""
        return self.catalog.t("points", q.lang, value=self.catalog.fmt_decimal(value, q.lang))

    def date(self, q: Query, day: dt.date, *, on: bool = False) -> str:
        """A date; `on=True` for the form inside a sentence (Kazakh adds the locative)."""
        return self.catalog.fmt_date(day, q.lang, on=on)

    def join(self, q: Query, items: Iterable[str], last: str = "list_last") -> str:
        """`a, b and c` in the question's language (`last="clauses_last"`: clauses sharing one
        verb, which kk joins with a comma only)."""
        parts = list(items)
        if len(parts) < 2:
            return "".join(parts)
        return self.t(q, last, head=", ".join(parts[:-1]), last=parts[-1])

    # --- fact-base lookups ----------------------------------------------------------------------

    def year(self, q: Query, slot: str = "year") -> int:
        """The election year the question is about (a valid year, `DEFAULT_YEAR` if none)."""
        value = q.slots.get(slot, "")
        return int(value) if value.isdigit() and int(value) in self.fb.years else DEFAULT_YEAR

    def election(self, q: Query) -> Election:
        return self.fb.election(self.year(q))

    def other_year(self, year: int) -> int:
        """The election to compare `year` with by default."""
        return SECOND_YEAR if year == DEFAULT_YEAR else DEFAULT_YEAR

    def previous_year(self, election: Election) -> int | None:
        """The year of the election before this one (`previous` is an id like `kz-2016`)."""
        return int(election.previous.removeprefix("kz-")) if election.previous else None

    def note(self, q: Query, fact: Sourced) -> str:
        """A fact's note (caveat, status explanation) in the question's language, or ''."""
        return fact.note(q.lang) if fact.note else ""

    def party(self, q: Query, party_id: str, year: int | None = None) -> str:
        """The party's name in the question's language, as it stood in `year` (quoted in kk
        and ru when it is a name, not a description: «Нұр Отан»)."""
        return self.catalog.party(self.fb.party_name(party_id, year, q.lang), q.lang)

    def party_inline(self, q: Query, party_id: str, year: int | None = None) -> str:
        """The party named inside a sentence, not as its subject (en `the People's Party of
        Kazakhstan` in a list; kk and ru as `party`)."""
        name = self.fb.party_name(party_id, year, q.lang)
        return self.catalog.party(name, q.lang, inline=True)

    def party_phrase(self, q: Query, party_id: str, year: int | None = None) -> str:
        """The party as the subject of a sentence: ru `партия «Ауыл»`, kk `«Ауыл» партиясы`."""
        name = self.fb.party_name(party_id, year, q.lang)
        return self.catalog.party(name, q.lang, phrase=True)

    def region(self, q: Query, region_id: str, year: int | None = None) -> str:
        return self.fb.region_name(region_id, year, q.lang)

    # --- replies --------------------------------------------------------------------------------

    def cite(self, fact: HasSources, on: dt.date | None = None) -> Cite | None:
        """The source a line cites for `fact`: the first of its sources (the one its figure is
        taken from) that is not older than what it states; None for a fact with no source."""
        return self._first(fact.sources, on or fact_date(fact))

    def _first(self, ids: Iterable[str], when: dt.date | None) -> Cite | None:
        """The first of `ids` not older than `when` (the first of all if none fits)."""
        ids = tuple(ids)
        return self.remembered(_cite, CITES_REMEMBERED)(self, ids, when) if ids else None

    def cites_of(self, line: Line, lang: Lang) -> tuple[Cite, ...]:
        """What `line` cites: for each fact it states, its first source; for a figure of the
        fact that only some sources hold (`held_by`) and that the line states, each of those
        (the answers name them: "per the IPU and ElectionGuide"); for the fact's note or
        text, if the line states it and it has sources of its own, each of them (as of its
        own date, if it has one; and only them when the line is the note alone)."""
        found: list[Cite | None] = []
        stated: frozenset[object] | None = None
        for fact in line.facts:
            inner = fact.fact if isinstance(fact, Dated) else fact
            when = line.on or fact_date(fact)
            own = [
                t
                for t in (attribute(inner, "note"), attribute(inner, "text"))
                if isinstance(t, NoteText) and t.sources and t(lang).rstrip(".") in line.text
            ]
            if not any(line.text == t(lang) and t is attribute(inner, "note") for t in own):
                found.append(self._first(fact.sources, when))
            for text in own:
                found += [self._first((s,), text.date or when) for s in text.sources]
            held: dict[str, tuple[str, ...]] = attribute(inner, "held_by", {})
            if held and stated is None:
                stated = figures.stated(line.text, lang)
            for name, ids in held.items():
                if stated is not None and getattr(inner, name) in stated:
                    found += [self._first((s,), when) for s in ids]
        return tuple(dict.fromkeys(c for c in found if c is not None))

    def _sources_of(self, cites: Iterable[tuple[Cite, ...]]) -> tuple[Source, ...]:
        return self.fb.reply_sources(c.source for line in cites for c in line)

    def reply(
        self,
        q: Query,
        headline: str | Line,
        *,
        details: Iterable[str | Line] = (),
        sources: Iterable[HasSources] = (),
        on: dt.date | None = None,
        figures: Mapping[str, object] | None = None,
        suggestions: Iterable[Suggestion] = (),
        kind: ReplyKind = ReplyKind.ANSWER,
        chart: ChartSpec | None = None,
        remember: bool | None = None,
        sentences: bool = True,
        fold: int | None = None,
    ) -> Reply:
        """A Reply for `q`: each line cites the sources of the facts it states (`Line`; the
        headline cites `sources`, as of `on`), follow-ups limited to answerable intents, every
        line starting with a capital (`sentences`; not for a list of names such as
        `sailaunews`); `fold`: at most so many details on the first page (`Reply.fold`).

        `remember` (default: the kind is a fact answer, an unknown or a refusal) makes this
        question the context for follow-ups; otherwise the reply starts no topic and the
        conversation keeps the one it had (`pipeline.continued`).
        """
        slots = freeze_slots(q.slots)
        if remember is None:
            remember = kind in KINDS_WITH_CONTEXT
        context = Context(q.lang, q.intent, slots) if remember and q.intent else Context(q.lang)
        top = headline if isinstance(headline, Line) else Line(headline, tuple(sources), on)
        lines = [d if isinstance(d, Line) else Line(d) for d in details]
        lines = [line for line in lines if line.text]
        cites = () if _PROBING.get() else tuple(self.cites_of(ln, q.lang) for ln in (top, *lines))
        return Reply(
            lang=q.lang,
            kind=kind,
            headline=sentence(top.text),
            details=tuple(sentence(d.text) if sentences else d.text for d in lines),
            intent=q.intent or None,
            confidence=q.confidence,
            slots=slots,
            figures=tuple(Figure(k, str(v)) for k, v in (figures or {}).items()),
            sources=self._sources_of(cites),
            chart=chart,
            suggestions=tuple(
                dict.fromkeys(s for s in suggestions if s.intent in REGISTRY and self.holds(q, s))
            ),
            context=context,
            cites=cites if any(cites) else (),
            fold=fold,
        )

    # --- phone-sized answers --------------------------------------------------------------------

    def first_part(self, reply: Reply) -> Reply:
        """`reply` as it fits one phone screen (`PHONE_CHARS`): the headline and the details
        that fit (at most `reply.fold`), and a "more" follow-up first when some did not. A
        chart's text is its caption, which the chart module sizes (it goes out with the
        picture). A follow-up being tried out is left whole (`_PROBING`)."""
        if reply.kind is ReplyKind.DID_YOU_MEAN or reply.chart is not None or _PROBING.get():
            return reply
        shown = len(reply.details) if reply.fold is None else min(reply.fold, len(reply.details))
        if shown == len(reply.details) and _fits(reply):
            return reply
        kept = 0
        while kept < shown and _fits(self._page(reply, range(kept + 1))):
            kept += 1
        more = Suggestion(self.catalog.t("more", reply.lang), f"{reply.intent}{MORE}", reply.slots)
        return replace(self._page(reply, range(kept)), suggestions=(more, *reply.suggestions))

    def rest(self, reply: Reply) -> Reply:
        """What `first_part` left out of `reply`: its headline again, then the other details."""
        kept = len(self.first_part(reply).details)
        return self._page(reply, range(kept, len(reply.details)))

    def _page(self, reply: Reply, shown: range) -> Reply:
        """`reply` with its headline and the details `shown`, citing what those lines cite."""
        details = tuple(reply.details[i] for i in shown)
        if len(reply.cites) != 1 + len(reply.details):  # no line citations: sources as they are
            return altered(reply, details=details, fold=None)
        cites = (reply.cites[0], *(reply.cites[1 + i] for i in shown))
        sources = self._sources_of(cites)
        return altered(reply, details=details, cites=cites, sources=sources, fold=None)

    def suggest(self, q: Query, intent: str, label: str, **slots: object) -> Suggestion:
        """A follow-up asking `intent` with `slots`, labelled by catalog key `label`."""
        values = {k: str(v) for k, v in slots.items()}
        return Suggestion(self.t(q, label, **values), intent, freeze_slots(values))

    def same_for_year(self, q: Query, year: int) -> Suggestion:
        """ "The same for 2016": this question again for another election."""
        slots = {**q.slots, "year": str(year)}
        return Suggestion(self.t(q, "followup_year", year=year), q.intent, freeze_slots(slots))

    def holds(self, q: Query, offer: Suggestion) -> bool:
        """Whether a follow-up gets an answer rather than "I don't have that": only then is it
        offered. (What trying it offers in turn is not tried.)"""
        if offer.intent not in REGISTRY or offer.intent in UNPROBED or _PROBING.get():
            return True
        return self.tried(offer, q.lang).kind is not ReplyKind.UNKNOWN

    def tried(self, offer: Suggestion, lang: Lang) -> Tried:
        """The follow-up tried out (remembered: `holds` tried the reply's offers)."""
        return self.remembered(_tried, PROBES_REMEMBERED)(self, offer.intent, offer.slots, lang)

    def followups(
        self, q: Query, chart: str | None = None, *more: Suggestion, other: int | None = None
    ) -> list[Suggestion]:
        """The usual offers: a chart of this election, the same for another year (`other`,
        default `other_year`; none when `other` is 0), then `more`."""
        year = self.year(q)
        other = self.other_year(year) if other is None else other
        offers = [self.same_for_year(q, other)] if other else []
        if chart:
            offers.insert(
                0, self.suggest(q, "chart", f"followup_chart_{chart}", chart=chart, year=year)
            )
        return [*offers, *more]

    def not_held(self, q: Query, text: str, *offers: Suggestion) -> Reply:
        """The fact base does not hold this: say so plainly and offer what it has."""
        return self.reply(q, text, kind=ReplyKind.UNKNOWN, suggestions=offers)

    def choose(self, q: Query, prompt: str, slot: str, options: Mapping[str, str]) -> Reply:
        """Ask which value of `slot` is meant, one follow-up per option (value -> label)."""
        offers = [
            Suggestion(label, q.intent, freeze_slots({**q.slots, slot: value}))
            for value, label in options.items()
        ]
        return self.reply(q, prompt, kind=ReplyKind.INFO, suggestions=offers, remember=True)

    # --- shared phrases -------------------------------------------------------------------------

    def seats_text(
        self,
        q: Query,
        election: Election,
        row: PartyResult,
        *,
        short: bool = False,
        listed: bool = False,
    ) -> str:
        """`76 seats`, `62 seats (40 list, 22 districts)`, or the list seats when the total is
        disputed, with each source's total (`short`: without the parentheses, for the middle
        of a sentence; `listed`: as an item of a list of parties' seats, where a total must say
        it holds district seats beside another party's list seats). A line stating the
        disputed totals cites `row.seats_reported`."""
        if row.seats is None:
            n, shown = row.list_seats, self.num(q, row.list_seats)
            if short:
                return self.t(q, "seats_list_only_short", n, n=shown)
            reports = ", ".join(
                self.t(
                    q,
                    "seats_reported_item",
                    source=self.publishers(q, r.sources[:1]),
                    n=self.num(q, r.seats),
                )
                for r in row.seats_reported
            )
            return self.t(q, "seats_list_only", n, n=shown, reports=reports)
        total = self.t(q, "seats_n", row.seats, n=self.num(q, row.seats))
        if (short and not listed) or not election.system.district_seats or not row.district_seats:
            return total
        key = "seats_mixed_item" if short else "seats_mixed"
        return self.t(q, key, total=total, list=row.list_seats, district=row.district_seats)

    def publishers(self, q: Query, source_ids: Iterable[str]) -> str:
        """`ElectionGuide and English Wikipedia`: the publishers of these sources, each once,
        named as the source line names them."""
        names = (render.publisher(self.fb.source(s).name, q.lang, self.catalog) for s in source_ids)
        # in running text without the site that reprints it: ElectionGuide, not "(IFES)"
        return self.join(q, dict.fromkeys(_HOST.sub("", name) for name in names))

    def seats_split(self, q: Query, election: Election, row: PartyResult) -> str:
        """`Of these, 40 from the party list and 22 in single-member districts.`, or ''."""
        if not election.system.district_seats or not row.district_seats:
            return ""
        return self.t(q, "seats_split", list=row.list_seats, district=row.district_seats)

    def votes_text(self, q: Query, votes: int) -> str:
        return self.t(q, "votes_n", votes, n=self.num(q, votes))

    def result_row(self, q: Query, election: Election, row: PartyResult) -> str:
        """`Nur Otan: 5,148,074 votes (71.09%), 76 seats`."""
        return self.t(
            q,
            "result_row",
            party=self.party(q, row.party, election.year),
            votes=self.votes_text(q, row.votes),
            percent=self.pct(q, row.percent),
            seats=self.seats_text(q, election, row),
        )

    def threshold_base(self, q: Query, election: Election) -> Line:
        """What the threshold is measured against, and what the parties' percentages are
        shares of where that differs (votes for parties, or with "against all")."""
        t = election.system.threshold
        shares = "valid_votes" if election.participation.valid_votes else "party_votes"
        text = self.t(q, f"threshold_base_{t.base}")
        if t.base != shares:
            text += " " + self.t(q, f"shares_base_{shares}")
        return cited(text, t)

    def threshold_text(self, q: Query, election: Election) -> str:
        return self.pct(q, election.system.threshold.percent)

    def share_list(self, q: Query, year: int, rows: Iterable[PartyPercent | PartyResult]) -> str:
        """`Nur Otan 71.09%, Ak Zhol 10.95% and Auyl 5.29%`."""
        return self.join(
            q,
            (
                self.t(
                    q,
                    "share_item",
                    party=self.party_inline(q, r.party, year),
                    percent=self.pct(q, r.percent),
                )
                for r in rows
            ),
        )
