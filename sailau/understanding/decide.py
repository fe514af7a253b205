"""Decide after understanding: a frame -> which answer families answer it, and how sure we are.

`decide(frame, ...)` owns the confidence bar (Rasa's fallback classifier): the frame's own score
(misspellings and other-language words count less), lowered for words nobody knows, must reach
`Tuning.bar`. Below it, the frame's own readings (one per measure it names) are offered as "did
you mean", with the user's party, year and region filled in: never an offer unrelated to what
was asked. Two measures the question names without "and" between them are not two readings:
the more specific one is meant (`framing`). The table of which family answers
which measure is `facts/understanding/readings.yaml`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sailau.reply import Slots, freeze_slots
from sailau.understanding.frame import BOTH, Frame, Settings, Subject
from sailau.yamlio import load_file

READINGS_FILE = "readings.yaml"
OUTCOMES = frozenset({"intent", "unknown", "honours", "declines", "election", "slots", "row"})
PERSONAL = frozenset({"apk"})
"""Answers that say something of each person they name (a deputy's votes at the APK's vote):
the person asked goes to them as a slot."""
ROLE_ANSWER = {"deputy_speaker": "speaker"}
"""Posts answered by another post's answer (the Speaker's answer names the deputy chairs)."""
OFFICES = frozenset({"speaker", "prime_minister"})
"""Posts whose answer takes the holder named: their own term, not the post's first holder."""
ROW_INTENT = "row"
EARLIER_ELECTION = "earlier_election"
"""The topic not held of a Mäjilis election before those the fact base holds."""
"""`row: <id>` in a rule is the intent `row` with the row's id as its slot (`answers/rows`)."""
DECLINED = frozenset({"neutrality", "advocacy"})
"""What is declined whatever else the question says: the reasons given for advice asked ("which
party should I vote for if I care about the economy") cost it no confidence."""


@dataclass(frozen=True)
class Tuning:
    """The knobs of deciding, in one place."""

    bar: float = 0.6
    """The least confidence an answer needs."""
    unknown_word: float = 0.2
    """Confidence lost per word nobody knows (at most `max_unknown` of them)."""
    unanchored_unknown: float = 0.45
    """...when nothing else ties the question to the elections (no party, year, election word)."""
    max_unknown: int = 3
    specific: int = 3
    """Measures at least this specific ("turnout", "threshold") anchor a question by themselves."""


class Status(StrEnum):
    MATCHED = "matched"
    BELOW_BAR = "below_bar"  # not sure: offer the readings
    OFF_TOPIC = "off_topic"
    EMPTY = "empty"  # nothing to read
    NOT_UNDERSTOOD = "not_understood"  # words, but no reading of them


@dataclass(frozen=True)
class Part:
    """One answer family's question: an intent and its slots."""

    intent: str
    slots: Slots = ()

    def slot(self, name: str) -> str | None:
        return dict(self.slots).get(name)


@dataclass(frozen=True)
class Decision:
    """What to answer: the parts (one per party, year or measure asked), in which form."""

    status: Status
    frame: Frame
    parts: tuple[Part, ...] = ()
    confidence: float = 0.0
    alternatives: tuple[Part, ...] = ()
    unhonoured: tuple[str, ...] = ()
    """Narrowing words (as typed) the answer cannot honour."""
    not_held: str | None = None
    """What the fact base does not hold (an `unknown` topic of the election files, or a
    narrowing word's meaning) when that is the answer."""
    missing: tuple[str, ...] = ()
    """What the fact base does not hold of the other questions of a message that asks
    several ("how many seats did Ak Zhol win, and when was it founded"): each is said plainly
    after the parts that are held."""
    words: str = ""
    """The question as read (`text.basic`): the lines of a long answer it asks come first."""
    asked: Frame | None = None
    """What a follow-up leans on when it is not `frame` (a message of several questions: the
    first clause's frame with every clause's measure, so "same for 2023" asks them all)."""
    clauses: tuple[Decision, ...] = ()
    unread: tuple[str, ...] = ()
    """The clauses of a message of several questions that could not be read (as written): the
    reply says so plainly rather than answer only the rest."""
    """A message of several questions: each later clause's own decision, answered in turn in
    the reply when the parts composed together leave its answer out."""

    @property
    def intent(self) -> str | None:
        return self.parts[0].intent if self.parts else None

    @property
    def form(self) -> str:
        return self.frame.form


@dataclass(frozen=True)
class Rule:
    """One row of the decide table: conditions on the frame, and what answers it."""

    when: Mapping[str, Any]
    intent: str | None = None
    unknown: str | None = None
    honours: frozenset[str] = frozenset()
    year: int | None = None
    slots: Slots = ()
    """Slots the rule's intent gets when the frame names none (`institution: majilis`)."""
    declines: frozenset[str] = frozenset()
    """Narrowing words honoured elsewhere that this answer cannot meet ("final" turnout by
    region: only the preliminary figures are held)."""

    @functools.cached_property
    def tests(self) -> tuple[tuple[Callable[[Frame, Any], bool], Any], ...]:
        """`when` as (test, wanted value) pairs, its conditions looked up once."""
        return tuple((CONDITIONS[key], want) for key, want in self.when.items())

    def holds(self, frame: Frame) -> bool:
        for test, want in self.tests:  # noqa: SIM110 - a plain loop: all() of a generator
            if not test(frame, want):  # costs 2 % of reading a question (dozens of rules each)
                return False
        return True


def _names(kind: str) -> Callable[[Frame, Any], bool]:
    """The condition on the subjects of one kind: named at all, this one, or one of these."""

    def test(frame: Frame, want: Any) -> bool:
        ids = frame.of(kind)
        if isinstance(want, list):  # one of these
            return any(w in ids for w in want)
        return bool(ids) == want if isinstance(want, bool) else want in ids

    return test


CONDITIONS: dict[str, Callable[[Frame, Any], bool]] = {
    **{kind: _names(kind) for kind in ("party", "region", "person", "institution", "organisation")},
    "claim": lambda f, want: bool(f.claims) == want if isinstance(want, bool) else want in f.claims,
    "role": lambda f, want: want in f.roles,
    # a marker said ("including": a part counted in the whole asked), or a list: any of them
    "marker": lambda f, want: any(map(f.has, want)) if isinstance(want, list) else f.has(want),
    "asks": lambda f, want: f.asks == want,
    # a narrowing word's meaning, or (false) none at all
    "narrow": lambda f, want: not f.narrow if want is False else f.narrows(str(want)),
    "extreme": lambda f, want: (f.extreme is not None) == want,
    "all": lambda f, want: f.has("all") == want,
    "each": lambda f, want: (f.has("each") or f.has("every")) == want,
    # a measure's word said (or, a list: each of them)
    "mentions": lambda f, want: (
        f.mentions.issuperset(want) if isinstance(want, list) else str(want) in f.mentions
    ),
    # which party / region / year is asked, or (a bool) whether any is
    "kind": lambda f, want: bool(f.kinds) == want if isinstance(want, bool) else want in f.kinds,
    "form": lambda f, want: f.form == want,
    "change": lambda f, want: f.has("change") == want,
    "base": lambda f, want: (f.base_year is not None) == want,
    "settings": lambda f, want: bool(f.settings) == want,
    "topic": lambda f, want: f.topic == want,
    # an election named, by its year or as "now" / "the previous one"
    "year": lambda f, want: bool(f.years or f.relative) == want,
    # a bare number said ("the three parties"): a count the question gives, not asks
    "number": lambda f, want: bool(f.figures) == want,
    # "top 3 parties": how many parties a ranking lists
    "count": lambda f, want: (f.count is not None) == want,
}
"""Each key of a rule's `when`, as a test of the frame (one look-up, not a chain of ifs)."""


class ReadingsError(ValueError):
    """The decide table is malformed: names the measure, the rule and the problem."""


@dataclass(frozen=True)
class Readings:
    """`facts/understanding/readings.yaml`: measure -> rules, the bare rules, predicates."""

    measures: Mapping[str, tuple[Rule, ...]]
    bare: tuple[Rule, ...]
    predicates: frozenset[str]
    party_predicates: frozenset[str]
    presidential: frozenset[str]
    party_only: frozenset[str]
    """Measures only a party has: asked of a region with no party, off-topic."""
    party_measures: frozenset[str]
    region_measures: frozenset[str]
    region_default: str | None
    topic_measures: frozenset[str]
    topic_figures: frozenset[str]
    share_measures: frozenset[str]
    convocation_end: frozenset[str]
    always_honoured: frozenset[str]
    forecast_measures: frozenset[str]
    """Measures a question in the future tense asks as a forecast ("кто победит")."""
    pointing_measures: frozenset[str] = frozenset()
    """Measures asked of the post said before, pronoun or not ("who came after him")."""
    share_of: Mapping[str, str] = field(default_factory=dict)
    """Counts whose share is another measure: ballots issued -> turnout."""
    percent_measures: frozenset[str] = frozenset()
    """Measures whose figure is a percentage (a change "in percent" of one is its own)."""
    party_totals: frozenset[str] = frozenset()
    """A party's figures that are totals of parts (seats: list and district seats)."""
    descriptive: frozenset[str] = frozenset()
    """Measures that, said right before the election's noun, describe the election meant
    ("the 2023 snap election"): what else the question says is what it asks."""
    figure_mentions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Per measure, the mentions that say which of its figures is asked (the Assembly's
    vote): an elliptical follow-up taking the measure takes them too."""
    undated: frozenset[str] = frozenset()
    """Figures with no date of their own: "when?" asked after one asks the election's date."""
    states_none_of: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Question word -> the answer families that state nothing of what it asks ("when": the
    seat table states no date)."""
    post_measures: frozenset[str] = frozenset()
    """Posts held in turn (the Speaker): "who was first" after one asks its first holder."""
    earlier_elections: frozenset[int] = frozenset()
    """Mäjilis elections before those the fact base holds: asked about, in scope, not held."""
    earlier_rows: Mapping[str, str] = field(default_factory=dict)
    """Measure -> the row of the first election held that gives its figure for the one before
    ("turnout in 2012": 2016's turnout, up 1.68 points on 2012)."""
    intent_honours: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Intent -> the narrowing words every rule naming it honours (the seat calculator's
    allocation is of the party-list seats: "the 69 list seats" is what it shares out)."""
    place_narrowings: frozenset[str] = frozenset()
    """Narrowings that say where the figures are asked (a town, one polling station): every
    clause of the message is asked there ("… in Semey, and what percent")."""

    @classmethod
    def load(cls, path: Path) -> Readings:
        data: dict[str, Any] = load_file(path)
        measures = {
            str(m): tuple(_rule(path.name, f"{m}[{i}]", r) for i, r in enumerate(rules))
            for m, rules in data["measures"].items()
        }
        bare = tuple(_rule(path.name, f"bare[{i}]", r) for i, r in enumerate(data["bare"]))
        return cls(
            measures,
            bare,
            frozenset(data.get("predicates") or ()),
            frozenset(data.get("party_predicates") or ()),
            frozenset(data.get("presidential") or ()),
            frozenset(data.get("party_only") or ()),
            frozenset(data.get("party_measures") or ()),
            frozenset(data.get("region_measures") or ()),
            data.get("region_default"),
            frozenset(data.get("topic_measures") or ()),
            frozenset(data.get("topic_figures") or ()),
            frozenset(data.get("share_measures") or ()),
            frozenset(data.get("convocation_end") or ()),
            frozenset(data.get("always_honoured") or ()),
            frozenset(data.get("forecast_measures") or ()),
            frozenset(data.get("pointing_measures") or ()),
            {str(k): str(v) for k, v in (data.get("share_of") or {}).items()},
            frozenset(data.get("percent_measures") or ()),
            frozenset(data.get("party_totals") or ()),
            frozenset(data.get("descriptive") or ()),
            {
                str(m): frozenset(str(v) for v in said)
                for m, said in (data.get("figure_mentions") or {}).items()
            },
            frozenset(data.get("undated_measures") or ()),
            {str(k): frozenset(v) for k, v in (data.get("states_none_of") or {}).items()},
            frozenset(data.get("post_measures") or ()),
            frozenset(int(y) for y in data.get("earlier_elections") or ()),
            {str(k): str(v) for k, v in (data.get("earlier_rows") or {}).items()},
            {str(k): frozenset(v) for k, v in (data.get("intent_honours") or {}).items()},
            frozenset(data.get("place_narrowings") or ()),
        )

    def narrowed(self) -> dict[str, frozenset[str]]:
        """Each narrowing word's meaning -> the measures some rule of which honours it
        (`list_seats` -> seats); not a rule that honours it only beside a measure word said
        with it ("share of the party-list vote"): a follow-up of the narrowing word alone ("list
        seats?" after a share) does not narrow that measure."""
        found: dict[str, set[str]] = {}
        for measure, rules in self.measures.items():
            for rule in rules:
                if "mentions" in rule.when and "narrow" in rule.when:
                    continue
                for narrowing in rule.honours:
                    found.setdefault(narrowing, set()).add(measure)
        return {k: frozenset(v) for k, v in found.items()}

    def asked_of(self, kind: str) -> frozenset[str]:
        """The measures some rule answers of a subject of this kind (`party: true`, or one
        party's id); for parties also those a party's figures are asked by (`party_measures`)
        and those only a party has: "and Amanat?" after one of them asks it of Amanat."""
        ruled = {
            measure
            for measure, rules in self.measures.items()
            if any(rule.when.get(kind) not in (None, False) for rule in rules)
        }
        own = self.party_measures | self.party_only if kind == "party" else frozenset()
        return frozenset(ruled) | own

    def breaks_down(self, measure: str, topic: str) -> bool:
        """Whether `topic`, not held, is `measure` narrowed (`invalid` by "blank": the
        breakdown of invalid ballots)."""
        return any(rule.unknown == topic for rule in self.measures.get(measure, ()))

    def intents(self) -> frozenset[str]:
        rules = [*itertools.chain.from_iterable(self.measures.values()), *self.bare]
        return frozenset(r.intent for r in rules if r.intent)


def _rule(file: str, where: str, spec: Any) -> Rule:
    if not isinstance(spec, dict) or not (spec.keys() & {"intent", "unknown", "row"}):
        raise ReadingsError(f"{file}: {where}: a rule needs `intent`, `row` or `unknown`")
    when = {k: v for k, v in spec.items() if k not in OUTCOMES}
    strange = when.keys() - CONDITIONS
    if strange:
        raise ReadingsError(f"{file}: {where}: unknown conditions {sorted(strange)}")
    year = spec.get("election")
    slots = dict(spec.get("slots") or {})
    if "row" in spec:
        slots[ROW_INTENT] = str(spec["row"])
    return Rule(
        when,
        ROW_INTENT if "row" in spec else spec.get("intent"),
        spec.get("unknown"),
        frozenset(spec.get("honours") or ()),
        int(year) if isinstance(year, int) else None,
        freeze_slots(slots),
        frozenset(spec.get("declines") or ()),
    )


@dataclass(frozen=True)
class Facts:
    """What deciding needs to know about the fact base."""

    years: tuple[int, ...]
    related_years: frozenset[int]
    """Years that are not elections but belong to the story (the 2022 renamings, referendum)."""
    people: Mapping[str, tuple[str, str | None, int | None]]
    answerable: frozenset[str]
    """Intents some answer family answers."""
    thresholds: Mapping[int, str] = field(default_factory=dict)
    """Each election's own threshold, as a threshold slot value ("7")."""
    latest_year: int = 0
    default_year: int = 0
    renamed: frozenset[str] = frozenset()
    """Parties that ran under more than one name: a name of theirs dates every figure asked."""


@dataclass(frozen=True)
class Decider:
    """The decide table, the fact base's shape and the tuning: `decide(frame)`."""

    readings: Readings
    facts: Facts
    priority: Mapping[str, int]
    """How specific each measure is (the vocabulary's `priority`)."""
    tuning: Tuning = field(default_factory=Tuning)

    def decide(self, frame: Frame) -> Decision:
        frame = self._own_threshold(frame)
        if self._earlier(frame):
            return self._earlier_election(frame)
        if (
            frame.off_topic
            or self._foreign_year(frame)
            or self._presidential(frame)
            or self._place_story(frame)
            or _personal(frame)
            or _place_only(frame)
            or _priced(frame)
        ):
            return Decision(Status.OFF_TOPIC, frame)
        if frame.empty and not frame.unknown:
            return Decision(Status.EMPTY, frame)
        if self._future(frame):
            return self._decided(frame, [Part("prediction")], (), None)
        readings = self._readings(frame)
        if not readings:
            status = Status.EMPTY if not frame.unknown and frame.empty else Status.NOT_UNDERSTOOD
            return Decision(status, frame, confidence=0.0)
        rule, measure = readings[0]
        if self._disagrees(frame, rule):
            agreeing = [(r, m) for r, m in readings if not self._disagrees(frame, r)]
            offers = tuple(p for r, m in agreeing for p in self._parts(frame, r, m)[:1] if r.intent)
            return Decision(Status.BELOW_BAR, frame, confidence=0.0, alternatives=offers)
        parts = self._parts(frame, rule, measure)
        unhonoured = tuple(
            n.words for n in frame.narrow if n.value not in self._honoured(frame, rule)
        )
        decision = self._decided(frame, parts, unhonoured, rule.unknown)
        if decision.confidence < self.tuning.bar:
            offers = tuple(p for r, m in readings for p in self._parts(frame, r, m)[:1] if r.intent)
            return Decision(
                Status.BELOW_BAR, frame, confidence=decision.confidence, alternatives=offers
            )
        return decision

    def slots_of(self, frame: Frame) -> dict[str, str]:
        """Everything a frame names, as slots, whatever is asked: a command's argument
        ("/seats ak zhol 2016", "/calc 5% dhondt", "/chart shares"). A bare percentage is a
        threshold here."""
        slots = {s.kind: s.id for s in reversed(frame.subjects)}
        year = next(iter(self._years(frame, Rule({}))), None)
        if year is not None:
            slots["year"] = str(year)
        if frame.base_year is not None:
            slots["other_year"] = str(frame.base_year)
        threshold = frame.settings.threshold
        if threshold is None:
            threshold = next((f.rstrip("%") for f in frame.figures if f.endswith("%")), None)
        named = {
            "threshold": threshold,
            "method": frame.settings.method,
            "chart": frame.chart,
            "extreme": frame.extreme,
        }
        slots.update({k: v for k, v in named.items() if v is not None})
        slots.pop("person", None)
        return slots

    def frame_for(self, intent: str, slots: Mapping[str, str]) -> Frame:
        """The frame a button or command asks (its intent and slots), so that a follow-up to it
        works like one to a typed question: the first measure the intent answers, the slots'
        subjects, years and settings."""
        measure = next(
            (
                m
                for m, rules in self.readings.measures.items()
                if any(r.intent == intent for r in rules)
            ),
            None,
        )
        subjects = tuple(
            Subject(kind, slots[kind])
            for kind in ("party", "region", "institution")
            if kind in slots
        )
        year = slots.get("year", "")
        other = slots.get("other_year", "")
        return Frame(
            measures=(measure,) if measure else (),
            subjects=subjects,
            years=(int(year),) if year.isdigit() else (),
            base_year=int(other) if other.isdigit() else None,
            settings=Settings(slots.get("threshold"), slots.get("method")),
            extreme=slots.get("extreme"),
            topic=True,
        )

    # --- readings -----------------------------------------------------------------------------

    def _readings(self, frame: Frame) -> list[tuple[Rule, str | None]]:
        """The rules that answer the frame, best first: one per measure asked (or, with no
        measure, the bare rule by what the frame names)."""
        found: list[tuple[Rule, str | None]] = []
        for measure in frame.measures:
            rule = next(
                (r for r in self.readings.measures.get(measure, ()) if r.holds(frame)), None
            )
            if rule is not None:
                found.append((rule, measure))
        if not frame.measures:
            rule = next((r for r in self.readings.bare if r.holds(frame)), None)
            if rule is not None:
                found.append((rule, None))
        return [(r, m) for r, m in found if r.unknown or r.intent in self._intents]

    def _disagrees(self, frame: Frame, rule: Rule) -> bool:
        """The rule's answer states nothing of what the question word asks ("when" answered by
        the seat table), and the rule was not written for that question word. "When" between
        the years it names ("когда больше, в 2021 или в 2023") is answered by their figures."""
        return (
            frame.asks is not None
            and rule.intent in self.readings.states_none_of.get(frame.asks, frozenset())
            and "asks" not in rule.when
            and len(frame.years) < 2
            and frame.form != "compare"
        )

    @functools.cached_property
    def _intents(self) -> frozenset[str]:
        """The intents a reading may name: every answerable one, and `person` (built once)."""
        return self.facts.answerable | {"person"}

    def _honoured(self, frame: Frame, rule: Rule) -> frozenset[str]:
        """Narrowing words the answer honours: its rule's, those that chose the rule and those
        every answer honours, less those it declines."""
        chose = {str(v) for k, v in rule.when.items() if k == "narrow"}
        own = self.readings.intent_honours.get(rule.intent or "", frozenset())
        return (rule.honours | own | chose | self.readings.always_honoured) - rule.declines

    # --- parts --------------------------------------------------------------------------------

    def _parts(self, frame: Frame, rule: Rule, measure: str | None) -> list[Part]:
        """One part per measure, party (or region), institution and year asked."""
        institutions = frame.of("institution")
        if len(institutions) > 1:  # "депутатов в мажилисе и сенате": each its own rule
            parts: list[Part] = []
            for institution in institutions:
                one = frame.with_(subjects=tuple(
                    s for s in frame.subjects if s.kind != "institution" or s.id == institution
                ))  # fmt: skip
                r = self._rule_for(one, measure)
                parts += self._parts(one, r, measure) if r is not None else []
            return list(dict.fromkeys(parts))
        measures = [measure] if measure is None else list(frame.measures)
        parts = []
        for m in measures:
            r = rule if m is None or m == measure else self._rule_for(frame, m)
            if r is None or r.intent is None:
                continue
            for slots in self._slot_sets(frame, r):
                intent, slots = self._person(r.intent, slots, frame)
                parts.append(Part(intent, freeze_slots(slots)))
        return list(dict.fromkeys(parts))

    def _rule_for(self, frame: Frame, measure: str | None) -> Rule | None:
        """The first rule for `measure` (the bare rules with none) that holds for `frame`."""
        rules = self.readings.bare if measure is None else self.readings.measures.get(measure, ())
        return next((r for r in rules if r.holds(frame)), None)

    def _slot_sets(self, frame: Frame, rule: Rule) -> Iterable[dict[str, str]]:
        common: dict[str, str] = dict(rule.slots)
        if frame.settings.threshold is not None:
            common["threshold"] = frame.settings.threshold
        if frame.settings.method is not None:
            common["method"] = frame.settings.method
        if frame.extreme and frame.extreme != BOTH:  # both asked: the answer has both
            common["extreme"] = frame.extreme
        if frame.chart and rule.intent == "chart":
            common["chart"] = frame.chart
        institutions = frame.of("institution")
        if institutions:
            common["institution"] = institutions[0]
        years = self._years(frame, rule)
        if rule.intent == "chart" and len(years) > 1 and frame.chart in (None, "compare"):
            # "turnout 2016 2021 2023 for a chart": one chart across the elections (a kind of
            # one election's chart, "seats chart 2016 and 2023", is drawn for each)
            common["years"] = ",".join(str(y) for y in years)
            years = [None]
        parties: Sequence[str | None] = frame.parties or [None]
        regions: Sequence[str | None] = frame.of("region") or [None]
        for year, party, region in itertools.product(years, parties, regions):
            slots = dict(common)
            if year is not None:
                slots["year"] = str(year)
            if party is not None:
                slots["party"] = party
            if region is not None:
                slots["region"] = region
            if frame.base_year is not None and frame.base_year != year:
                slots["other_year"] = str(frame.base_year)
            yield slots

    def _years(self, frame: Frame, rule: Rule) -> list[int | None]:
        """The elections asked about: named, implied by a party's name, relative ("the last
        one"), the rule's own, or none (the answer's default)."""
        named = [y for y in frame.years if y in self.facts.years]
        if named:
            return list(named)
        if frame.relative == "latest":
            return [self.facts.latest_year]
        if frame.relative == "previous":
            before = [y for y in self.facts.years if y < self.facts.default_year]
            return [max(before)] if before else [None]
        if rule.year is not None:
            return [rule.year]
        implied = [y for y in frame.implied_years if y in self.facts.years]
        party_result = (
            frame.measure is None
            or frame.measure in self.readings.party_measures
            or any(p in self.facts.renamed for p in frame.parties)
            # "против всех больше, чем у Байтака?": the party's votes are set against the count
            or (bool(frame.parties) and frame.comparison is not None)
        )
        if implied and party_result and self.facts.default_year not in implied:
            return [max(implied)]
        return [None]

    def _person(
        self, intent: str, slots: dict[str, str], frame: Frame
    ) -> tuple[str, dict[str, str]]:
        """A question about a person with nothing else asked: their role, party and year; when
        a post's holder named took it up ("с какого числа X был спикером"): that person."""
        if intent in OFFICES and frame.asks == "when":
            held = [p for p in frame.of("person") if self.facts.people[p][0] == intent]
            if held:
                slots["person"] = held[0]
        if intent != "person":
            return intent, slots
        name = frame.of("person")[0]
        role, party, year = self.facts.people[name]
        if role in PERSONAL:
            slots["person"] = name
        if party is not None:
            slots.setdefault("party", party)
        if year is not None:
            slots.setdefault("year", str(year))
        return ROLE_ANSWER.get(role, role), slots

    # --- confidence ---------------------------------------------------------------------------

    def _decided(
        self, frame: Frame, parts: list[Part], unhonoured: tuple[str, ...], not_held: str | None
    ) -> Decision:
        return Decision(
            Status.MATCHED,
            frame,
            tuple(parts),
            self._confidence(frame),
            unhonoured=unhonoured,
            not_held=not_held,
        )

    def _confidence(self, frame: Frame) -> float:
        t = self.tuning
        unknown = min(len(frame.unknown) + len(frame.figures), t.max_unknown)
        if frame.measures and set(frame.measures) <= DECLINED:
            unknown = 0
        anchored = (
            frame.topic or any(self._specific(m) for m in frame.measures) or bool(frame.settings)
        )
        loss = t.unknown_word if anchored else t.unanchored_unknown
        return max(0.0, round(frame.score - unknown * loss, 3))

    def _specific(self, measure: str) -> bool:
        return self.priority.get(measure, 0) >= self.tuning.specific

    def _earlier(self, frame: Frame) -> bool:
        """A question about a Mäjilis election before those held ("what was turnout back in
        2012"): in scope (an election measure or word said), every year named an election."""
        earlier = self.readings.earlier_elections
        named = [*frame.years, *([frame.base_year] if frame.base_year else [])]
        if frame.off_topic or not earlier.intersection(named):  # (most questions)
            return False
        known = {*earlier, *self.facts.years}
        return all(y in known for y in named) and (frame.topic or bool(frame.measures))

    def _earlier_election(self, frame: Frame) -> Decision:
        """The row of the first election held that gives the figure asked for the one before
        it; else the earlier election said not held."""
        row = next((self.readings.earlier_rows[m] for m in frame.measures[:1]
                    if m in self.readings.earlier_rows), None)  # fmt: skip
        confidence = self._confidence(frame)
        before = max(self.readings.earlier_elections)  # the election the first one held follows
        if row is None or frame.years != (before,) or frame.base_year:
            return Decision(Status.MATCHED, frame, (), confidence, not_held=EARLIER_ELECTION)
        slots = freeze_slots({ROW_INTENT: row, "year": str(min(self.facts.years))})
        return Decision(Status.MATCHED, frame, (Part(ROW_INTENT, slots),), confidence)

    def _foreign_year(self, frame: Frame) -> bool:
        """A year before the elections the fact base holds, and not one of the story's."""
        first = min(self.facts.years)
        named = [*frame.years, *([frame.base_year] if frame.base_year else [])]
        known = {*self.facts.years, *self.facts.related_years}
        return any(y < first or (y not in known and y < self.facts.latest_year) for y in named)

    def _own_threshold(self, frame: Frame) -> Frame:
        """ "Кто прошёл барьер 7 %": the election's own threshold, named, is no what-if."""
        threshold = frame.settings.threshold
        if threshold is None or frame.settings.method or frame.has("conditional"):
            return frame
        years = [y for y in frame.years if y in self.facts.years] or [self.facts.default_year]
        if all(self.facts.thresholds.get(y) == threshold for y in years):
            return frame.with_(settings=Settings())
        return frame

    def _presidential(self, frame: Frame) -> bool:
        """A vote asked of the President with no party or chamber named: the presidential
        elections ("what % did Tokayev get")."""
        about_vote = bool(self.readings.presidential & set(frame.measures))
        return frame.has("president") and about_vote and not frame.parties

    def _place_story(self, frame: Frame) -> bool:
        """A measure only parties have asked of a region with no party named: the place's own
        story ("когда Нур-Султан переименовали в Астану")."""
        party_only = bool(self.readings.party_only & set(frame.measures))
        return party_only and bool(frame.of("region")) and not frame.parties

    def _future(self, frame: Frame) -> bool:
        """A question about the future: a year after the latest election, or a result asked in
        the future tense ("кто победит", not "что будет, если...")."""
        if any(y > self.facts.latest_year for y in frame.years):
            return True
        forecast = bool(self.readings.forecast_measures & set(frame.measures))
        return frame.has("future") and not frame.has("conditional") and forecast


def _personal(frame: Frame) -> bool:
    """A person's own life ("how old is Tokayev", "токаев нешеде"): a person named, no party,
    election or what-if, and their age asked; or, with no measure, a place or a word the reader
    does not know."""
    person = frame.has("president") or bool(frame.of("person"))
    if not person or frame.parties or frame.years or frame.settings:
        return False
    aged = any(n.value == "age" for n in frame.narrow) or (
        "year" in frame.kinds and frame.asks == "count"  # "сколько лет токаеву"
    )
    return aged or (not frame.measures and (bool(frame.unknown) or frame.asks == "where"))


def _priced(frame: Frame) -> bool:
    """The price of a thing the reader does not know ("сколько стоит хлеб в казахстане", "how
    much does registering a company cost"): a cost asked with no measure, party, year,
    institution, what-if or election word but the country. The elections' own cost names them
    ("сколько стоили выборы", "сколько стоили выборы 2021")."""
    if not frame.unknown or not frame.narrows("cost") or frame.measures or frame.parties:
        return False
    if frame.has("election_said") and not frame.has("country_only"):
        return False
    return not (frame.years or frame.settings or frame.of("institution") or frame.of("person"))


def _place_only(frame: Frame) -> bool:
    """A place asked of with nothing of the elections: a region named, no measure, party,
    year, institution or what-if, and a yes/no of nothing ("is it cold in astana", "астанада
    қаңтарда суық па"): the place's own life, as a person's (`_personal`). A region alone ("а
    в астане?") stays the region's turnout, also beside a word the reader does not know (a
    slip: "яка в вко")."""
    if not frame.of("region") or frame.measures or frame.parties or frame.years:
        return False
    if frame.settings or frame.of("institution") or frame.of("person") or frame.narrow:
        return False
    return frame.form == "yesno" and not frame.asks
