"""The frame: what a question asks, about whom, when, under which settings, in which form.

A `Frame` is frozen and JSON-friendly (`to_dict` / `from_dict`): a conversation keeps the last one
(`sailau.reply.Context.frame`) so that an elliptical follow-up can take its missing parts from it.
`build(question)` turns a read `Question`'s settled spans into a frame.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from sailau.records import altered

FORMS = ("value", "yesno", "compare", "list")
BOTH = "both"
"""The extreme of a question that asks for the highest and the lowest."""
SUM = "sum"
"""The marker of the parties' figures added up ("add up to", "в сумме"), not each party's."""
CHANGE = "change"
"""The marker of a change word ("increase", "рост", "өсті"): alone, the previous figure's."""
REST = "rest"
"""The narrowing of the rest besides what was said ("а у остальных?", "who elected the rest")."""
BY_REGION = "by_region"
"""The narrowing of a figure asked region by region ("по регионам", "regional turnout")."""
RELATIVE = "relative_change"
"""The marker of a count's change asked in percent of the earlier figure ("in relative terms")."""
RATIO = "ratio"
"""The marker of one figure divided by another ("the ratio of", "во сколько раз", "неше есе")."""

# The measures, quantifiers, markers and narrowings the code names, one table for the reader,
# the dialogue and the composer (what each word means is `facts/understanding/vocabulary.yaml`)
SEATS = "seats"
VOTES = "votes"
SHARE = "share"
"""The measure of a party's share of the vote (said alone after a count, the count's share)."""
TURNOUT = "turnout"
RESULTS = "results"
"""The measure of an election's whole result (every party's votes and seats)."""
WINNER = "winner"
THRESHOLD = "threshold"
"""The measure of the threshold: a figure supposed right after it asked is a threshold."""
PASSED = "passed"
"""The measure of the parties that passed the threshold ("how many passed": what "they" are)."""
MAJORITY = "majority"
"""The measure of the seats needed for a majority ("how many more than needed": the margin)."""
ALL = "all"
"""The quantifier "all" ("барлығы", "all of them"): the parties' figures added up."""
GOT = "got"
"""The marker of a verb of getting ("алды", "получила", "got"): its subject may be dropped."""
EXCEPT = "except"
"""The narrowing of parties left out ("besides Amanat", "кроме", "басқа")."""
NTH_PLACE = "nth_place"
"""The narrowing word of a place beyond the third: a figure right before it is the place."""
MARKERS = frozenset(
    {"opener", "reference", "negation", "conditional", "actual", "conjunction", "between", "base",
     "since", "new", "after", "before", "same_day", "alternative", "change", "future", "each",
     "every", "all", "president", "official", "national", "named_only", "then", "only",
     "yesno_said", "election_said", "repeat", "election_named", "both", "got", "gathered",
     "sum", "runs", "including", "first_time", "same_year", "out_of", "than_party", "than_last",
     "than_first", "exact", "of_those", "remark", "named_source", "country_only", "ratio",
     "relative_change", "both_times"}
)  # fmt: skip


@dataclass(frozen=True)
class Subject:
    """Who or what a question is about: a party, region, institution or person (by id)."""

    kind: str
    id: str


@dataclass(frozen=True)
class Settings:
    """What-if settings: a threshold (percent, as a decimal string) and a seat-allocation method."""

    threshold: str | None = None
    method: str | None = None

    def __bool__(self) -> bool:
        return self.threshold is not None or self.method is not None


UPWARD = frozenset({"more", "atleast"})
"""Comparison directions asking for more ("more than", "at least"); `less` and `atmost` ask
for less."""
DOWNWARD = frozenset({"less", "atmost"})


@dataclass(frozen=True)
class Comparison:
    """ "more than 70 %", "больше половины", "400-ден асты": a direction and, if given, a figure."""

    direction: str
    value: str | None = None
    percent: bool = False
    negated: bool = False
    """The comparison is said negated ("didn't exceed 70 %", "не превысила", "аспады"): a
    yes/no answers the statement said, so its verdict is the opposite of the plain one."""


@dataclass(frozen=True)
class Narrowing:
    """A word that narrows the figure asked: its meaning and the words as typed."""

    value: str
    words: str


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {value!r}")
    return value


def _list(value: object) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list, got {value!r}")
    return list(value)


def _fields(value: object, kind: type) -> dict[str, Any]:
    """A stored settings or comparison object: its known keys (text, or a flag for `percent`)."""
    if not isinstance(value, dict):
        raise ValueError(f"expected an object, got {value!r}")
    names = {f.name for f in fields(kind)}
    return {
        k: bool(v) if k == "percent" else None if v is None else _text(v)
        for k, v in value.items()
        if k in names
    }


@dataclass(frozen=True)
class Frame:
    """One question's meaning."""

    measures: tuple[str, ...] = ()
    subjects: tuple[Subject, ...] = ()
    years: tuple[int, ...] = ()
    base_year: int | None = None
    settings: Settings = field(default_factory=Settings)
    form: str = "value"
    asks: str | None = None
    extreme: str | None = None
    """`highest`, `lowest`, or `both` when the question asks for the two."""
    comparison: Comparison | None = None
    narrow: tuple[Narrowing, ...] = ()
    markers: frozenset[str] = frozenset()
    mentions: frozenset[str] = frozenset()
    """Every measure word the question has, chosen or not ("сколько процентов не хватило"
    asks votes needed and mentions the share)."""
    kinds: tuple[str, ...] = ()
    all_parties: bool = False
    relative: str | None = None
    chart: str | None = None
    """The kind of chart asked for ("pie chart": shares)."""
    topic: bool = False
    off_topic: bool = False
    unknown: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    """Numbers the question has that no part of the frame explains ("2 + 2", "at 5")."""
    count: str | None = None
    """How many parties a ranking lists ("top 3 parties", "екі партия")."""
    implied_years: tuple[int, ...] = ()
    """The elections a party's name implies ("Amanat" -> 2023), when no year is named."""
    earlier: tuple[int, ...] = ()
    """The elections the conversation asked about just before a follow-up changed them ("явка
    в 2023" - "а в 21м": 2023): what a change asked next compares with."""
    in_turn: tuple[int, ...] = ()
    """Every election asked one per turn of the same figure ("явка в 2021" - "а в 2016" - "а в
    2023": 2021, 2016, 2023): what "which of the three" next chooses among."""
    replaced: tuple[Subject, ...] = ()
    """The parties asked about just before a follow-up replaced them ("ақ жол неше дауыс алды"
    - "халық партиясы ше": Ak Zhol): what "the two together" next adds up with them."""
    before: tuple[str, ...] = ()
    """The measures asked just before a follow-up asked another of the same election ("сколько
    бюллетеней выдали" - "а сколько голосов за партии": ballots): what a difference asked next
    sets the new figure against."""
    claims: tuple[str, ...] = ()
    """What a yes/no question asks of a statement ("competitive", "unanimously"); a claim
    negated in the question ("no genuine choice") is written `not_<claim>`."""
    roles: tuple[str, ...] = ()
    """The posts of the people the question names (`prime_minister`, `speaker`, ...)."""
    answered: tuple[Subject, ...] = ()
    """The party the answer named when the question named none ("which party won in 2023":
    AMANAT): what "it" / "оның" / "у неё" in the next question points at."""
    score: float = 1.0

    # --- what the frame names ---------------------------------------------------------------

    @property
    def measure(self) -> str | None:
        return self.measures[0] if self.measures else None

    def of(self, kind: str) -> tuple[str, ...]:
        """The ids of the subjects of one kind, in the question's order."""
        return self._ids.get(kind, ())

    @functools.cached_property
    def _ids(self) -> dict[str, tuple[str, ...]]:
        """`of` each kind, grouped once: the decide table asks it of a frame dozens of times."""
        found: dict[str, list[str]] = {}
        for s in self.subjects:
            found.setdefault(s.kind, []).append(s.id)
        return {kind: tuple(ids) for kind, ids in found.items()}

    @property
    def parties(self) -> tuple[str, ...]:
        return self.of("party")

    def narrows(self, value: str) -> bool:
        return bool(self.narrow) and any(n.value == value for n in self.narrow)

    @property
    def narrowed(self) -> frozenset[str]:
        """The meanings of the narrowing words."""
        return frozenset(n.value for n in self.narrow)

    def has(self, marker: str) -> bool:
        return marker in self.markers

    @property
    def empty(self) -> bool:
        """Nothing read at all: no measure, subject, year, setting, form or narrowing word."""
        return not (
            self.measures or self.subjects or self.years or self.base_year or self.settings
            or self.narrow or self.extreme or self.comparison or self.asks or self.topic
            or self.figures
        )  # fmt: skip

    @property
    def elliptical(self) -> bool:
        """A follow-up that leans on the previous question: it opens with "and"/"а"/"ал", points
        back ("their", "оның", "at the time": `pointing`), or names no measure."""
        return self.has("opener") or self.pointing or not self.measures

    @property
    def pointing(self) -> bool:
        """It points back at what was said before: "their", "оның", "at the time", "сол кезде",
        "both of them"."""
        return self.has("reference") or self.has("then") or self.has("both")

    # --- JSON ---------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the non-default fields only."""
        out: dict[str, Any] = {}
        for name, default in _defaults():
            value = getattr(self, name)
            if value == default:
                continue
            if isinstance(value, frozenset):
                out[name] = sorted(value)
            elif isinstance(value, Settings | Comparison):
                out[name] = {k: v for k, v in vars(value).items() if v not in (None, False)}
            elif name in ("subjects", "narrow", "answered", "replaced"):
                out[name] = [dict(vars(v)) for v in value]  # flat: asdict() without its walk
            else:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Frame:
        """Inverse of `to_dict`; unknown keys are ignored (an older or newer conversation). A
        value of another shape raises ValueError (a stored frame is then dropped, not used)."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("subjects", "answered", "replaced"):
                values[key] = tuple(Subject(_text(s["kind"]), _text(s["id"])) for s in _list(value))
            elif key == "narrow":
                values[key] = tuple(
                    Narrowing(_text(n["value"]), _text(n["words"])) for n in _list(value)
                )
            elif key == "settings":
                values[key] = Settings(**_fields(value, Settings))
            elif key == "comparison":
                values[key] = None if value is None else Comparison(**_fields(value, Comparison))
            elif key in ("markers", "mentions"):
                values[key] = frozenset(_text(v) for v in _list(value))
            elif key in ("years", "implied_years", "earlier", "in_turn"):
                values[key] = tuple(int(y) for y in _list(value))
            elif key == "base_year":
                values[key] = None if value is None else int(value)
            elif key == "score":
                values[key] = float(value)
            elif key in ("all_parties", "topic", "off_topic"):
                values[key] = bool(value)
            elif isinstance(getattr(cls(), key), tuple):
                values[key] = tuple(_text(v) for v in _list(value))
            else:
                values[key] = None if value is None else _text(value)
        return cls(**values)

    def with_(self, **changes: Any) -> Frame:
        return altered(self, **changes)


@functools.cache
def _defaults() -> tuple[tuple[str, Any], ...]:
    """Each field of `Frame` and its default, in order (`to_dict` leaves defaults out)."""
    empty = Frame()
    return tuple((f.name, getattr(empty, f.name)) for f in fields(Frame))


def unique(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(items))
