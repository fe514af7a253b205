"""Typed, immutable models of the YAML files under `facts/` (pydantic v2, frozen, no extras)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Generic, Literal, Self, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from sailau.reply import LANGS, Lang

_DECIMAL = re.compile(r"^[-+]?[0-9]+(\.[0-9]+)?$")
_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _decimal(value: Any) -> Decimal:
    """A decimal written as a quoted string, so that its published precision survives."""
    if isinstance(value, Decimal):
        return value
    if not isinstance(value, str):
        raise ValueError(
            f"write decimals as quoted strings, e.g. '{value}' "
            "(an unquoted number loses trailing zeros: 1.10 becomes 1.1)"
        )
    if not _DECIMAL.match(value):
        raise ValueError(f"not a decimal number: {value!r}")
    return Decimal(value)


def _day(value: Any) -> date:
    """An ISO date `YYYY-MM-DD` (plain YAML scalars stay strings, see `sailau.yamlio`)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        raise ValueError(f"expected an ISO date YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {value!r}") from exc


Dec = Annotated[Decimal, BeforeValidator(_decimal)]
Day = Annotated[date, BeforeValidator(_day)]
Count = Annotated[int, Field(ge=0, strict=True)]
Signed = Annotated[int, Field(strict=True)]
Str = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), Field(strict=True)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$"), Field(strict=True)]
ElectionId = Annotated[str, StringConstraints(pattern=r"^kz-[0-9]{4}$"), Field(strict=True)]
SourceId = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$"), Field(strict=True)
]
PartialDate = Annotated[
    str, StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"), Field(strict=True)
]
"""A publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD."""
Status = Literal["preliminary", "final", "computed", "disputed", "secondary", "party_claim"]
T = TypeVar("T")


def normalize_alias(text: str) -> str:
    """The form aliases are compared in: casefolded, ё as е, single spaces."""
    return " ".join(text.casefold().replace("ё", "е").split())


def normalized(texts: list[Text | None], extra: tuple[str, ...]) -> list[str]:
    """Every language of `texts` plus `extra`, normalised, without repeats, in order."""
    forms = [*extra, *(t(lang) for t in texts if t is not None for lang in LANGS)]
    return list(dict.fromkeys(normalize_alias(form) for form in forms))


class Model(BaseModel):
    """Base of every fact-base model: immutable, and unknown fields are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Text(Model):
    """One piece of user-facing text in all three languages."""

    kk: Str
    ru: Str
    en: Str

    def __call__(self, lang: Lang) -> str:
        text: str = getattr(self, lang)
        return text


class NoteText(Text):
    """A fact's note, or a statement's text. `sources`: where what it says comes from other
    sources than the fact's figure, those sources, each holding a part of it (a line stating
    it cites them all). `date`: when what it says held, where that is not the line's day
    (ODIHR counted the commissions weeks before election day)."""

    sources: tuple[SourceId, ...] = ()
    date: Day | None = None


class Sourced(Model):
    """Anything that states facts: its sources (ids in sources.yaml), status and a note.

    A line citing the fact cites its first source (the one its figure is taken from);
    `held_by` names, by field, a figure that only some of the sources hold (AMANAT's 62 seats
    of 2023: only RIA Novosti quotes the CEC on them), and a line stating that figure cites
    each of those too."""

    sources: tuple[SourceId, ...] = Field(min_length=1)
    status: Status | None = None
    note: NoteText | None = None
    held_by: dict[str, tuple[SourceId, ...]] = {}

    @model_validator(mode="after")
    def _figures_held(self) -> Self:
        for name, ids in self.held_by.items():
            figure = getattr(self, name, None)
            if isinstance(figure, bool) or not isinstance(figure, int | Decimal):
                raise ValueError(f"held_by: {name!r} is not a figure of this fact")
            if not ids:
                raise ValueError(f"held_by: {name!r} names no source")
        return self


class Fact(Sourced, Generic[T]):
    """One sourced value."""

    value: T


class Note(Sourced):
    """A sourced statement in words (finding, event, context, discrepancy). `ahead`: its date
    is a day the statement looks ahead to, and its text says so (protests called for election
    day): the line does not start with the date, and its sources may be older. `party`: the
    one party the statement is about (the party that boycotted), what "who leads it?" asks of."""

    text: NoteText
    date: Day | None = None
    by: Text | None = None
    ahead: bool = False
    party: str | None = None


# --- sources.yaml -------------------------------------------------------------------------------


class Source(Model):
    """Where figures come from; `authority` is the reference sheet's OFF / OBS / SEC key."""

    name: Str
    title: Str
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$"), Field(strict=True)]
    date: PartialDate | None = None
    authority: Literal["OFF", "OBS", "SEC"]
    remark: Str | None = None


class SourcesFile(Model):
    sources: dict[SourceId, Source] = Field(min_length=1)


# --- parties.yaml -------------------------------------------------------------------------------


class Aliases(Model):
    """Names users may type, per language; `latin` holds transliterations of kk/ru names."""

    kk: tuple[Str, ...] = ()
    ru: tuple[Str, ...] = ()
    en: tuple[Str, ...] = ()
    latin: tuple[Str, ...] = ()

    def all(self) -> tuple[str, ...]:
        return (*self.kk, *self.ru, *self.en, *self.latin)


class PartyName(Model):
    """A party's name for a period: from `since` (inclusive) to `until` (exclusive)."""

    name: Text
    full: Text | None = None
    abbr: Text | None = None
    since: Day | None = None
    until: Day | None = None
    sources: tuple[SourceId, ...] = ()


class Party(Model):
    names: tuple[PartyName, ...] = Field(min_length=1)
    aliases: Aliases
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9A-F]{6}$")]
    note: Text | None = None

    def alias_forms(self) -> list[str]:
        """Every alias and every name, full name and abbreviation, normalised."""
        texts = [t for n in self.names for t in (n.name, n.full, n.abbr)]
        return normalized(texts, self.aliases.all())

    def name_on(self, day: date) -> PartyName:
        """The name the party carried on `day` (names are listed oldest first)."""
        current = self.names[0]
        for entry in self.names:
            if entry.since is None or entry.since <= day:
                current = entry
        return current


class PartiesFile(Model):
    parties: dict[Id, Party] = Field(min_length=1)


# --- regions.yaml -------------------------------------------------------------------------------


class Region(Model):
    kind: Literal["region", "city"]
    name: Text
    names_in: dict[int, Text] = {}
    """The name used in a given election year, where it differs from `name`."""
    short: Text | None = None
    """The name without "Region" / "область" / "облысы", for chart labels."""
    aliases: Aliases
    elections: tuple[int, ...] = Field(min_length=1)
    """Election years in which the region existed as a unit of the fact base's data."""

    def alias_forms(self) -> list[str]:
        """Every alias and every name, normalised."""
        return normalized([self.name, *self.names_in.values()], self.aliases.all())

    def name_for(self, year: int | None, *, short: bool = False) -> Text:
        """The name used in that election (the short form, if asked and there is one)."""
        if short and self.short is not None:
            return self.short
        return self.names_in.get(year, self.name) if year is not None else self.name


class RegionsFile(Model):
    regions: dict[Id, Region] = Field(min_length=1)


# --- institutions.yaml --------------------------------------------------------------------------


class InstitutionPeriod(Sourced):
    """The institution's size and make-up for a period of years (inclusive; open ends = None)."""

    from_year: int | None = None
    to_year: int | None = None
    seats: Count | None = None
    elected: Count | None = None
    appointed: Count | None = None
    """Of the seats: those filled by election, and those appointed (by the President)."""
    term_years: Count | None = None
    composition: Text

    def covers(self, year: int) -> bool:
        return (self.from_year or year) <= year <= (self.to_year or year)


class Institution(Sourced):
    name: Text
    abbr: Text | None = None
    description: Text
    periods: tuple[InstitutionPeriod, ...] = ()
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9A-F]{6}$")] | None = None

    def period(self, year: int) -> InstitutionPeriod | None:
        """The period `year` falls in; of several, the one that starts latest (a period with
        no start is the fallback)."""
        covering = [p for p in self.periods if p.covers(year)]
        return max(covering, key=lambda p: p.from_year or 0, default=None)


class InstitutionsFile(Model):
    institutions: dict[Id, Institution] = Field(min_length=1)


# --- elections/kz-YYYY.yaml ---------------------------------------------------------------------


class Announcement(Sourced):
    kind: Literal["preliminary", "final"]
    date: Day
    by: Text | None = None


class Threshold(Sourced):
    percent: Dec
    base: Literal["ballots", "party_votes"]
    """`ballots`: votes of all who took part (the law's wording); `party_votes`: party votes."""
    inclusive: bool


class Rule(Sourced):
    """One named rule of the allocation (quota, remainder, tie-break)."""

    method: Id


class SinglePartyRule(Sourced):
    """What happens when only one party passes the threshold (disputed details in `note`)."""

    runner_up_admitted: bool
    runner_up_min_seats: Count | None = None
    correction_coefficient: Dec | None = None


class ElectoralSystem(Sourced):
    list_seats: Count
    district_seats: Count
    appointed_seats: Count
    """Seats filled by the Assembly of People of Kazakhstan (APK), not by voters."""
    total_seats: Count
    majority: Fact[Count]
    threshold: Threshold
    quota: Rule
    remainder: Rule
    tie_break: Rule | None = None
    """Only where the sources document one for that year's law (not for 2023)."""
    single_party_rule: SinglePartyRule | None = None
    district_rule: Rule | None = None
    against_all: bool = False


class PointChange(Sourced):
    """A change in percentage points from a previous figure."""

    points: Dec
    from_value: Dec | None = None


class VoteShare(Sourced):
    votes: Count
    percent: Dec


class Participation(Model):
    registered: Fact[Count]
    ballots: Fact[Count]
    turnout: Fact[Dec]
    turnout_change: PointChange | None = None
    party_votes: Fact[Count]
    """Votes cast for parties (the sum of the results)."""
    valid_votes: Fact[Count] | None = None
    """Party votes plus "against all", where the ballot had that option."""
    against_all: VoteShare | None = None
    invalid_ballots: Fact[Count] | None = None
    """Ballots not counted for any party (or against all): ballots minus valid votes."""
    invalid_percent: Fact[Dec] | None = None
    polling_stations: Fact[Count] | None = None
    polling_stations_abroad: Fact[Count] | None = None
    polling_stations_countries: Fact[Count] | None = None
    """The number of countries the stations abroad were in."""
    voting_hours: Note | None = None

    @property
    def percent_base(self) -> int:
        """The votes that party percentages are shares of."""
        return (self.valid_votes or self.party_votes).value


class Leader(Sourced):
    name: Text
    since: Day | None = None


class Change(Sourced):
    """Change since the previous election: seats and percentage points, with the old values."""

    seats: Signed | None = None
    points: Dec | None = None
    from_seats: Count | None = None
    from_percent: Dec | None = None


class ReportedSeats(Sourced):
    """A party's total seats as one source gives it, where the sources disagree."""

    seats: Count


class PartyResult(Sourced):
    """One party's national list result; `sources` cover votes, percent and seats."""

    party: Id
    votes: Count
    percent: Dec
    list_seats: Count
    district_seats: Count | None = None
    seats: Count | None = None
    """Official total seats; None where the sources disagree (see `seats_reported`)."""
    seats_reported: tuple[ReportedSeats, ...] = ()
    """Where the sources disagree on the total: what each gives (`seats` is then None)."""
    leader: Leader | None = None
    list_size: Fact[Count] | None = None
    change: Change | None = None
    preliminary: Fact[Dec] | None = None
    """The share announced before the final count (its status `preliminary`)."""

    @property
    def seats_won(self) -> int:
        """The seats it won: the official total, or its list seats where the total is disputed."""
        return self.seats if self.seats is not None else self.list_seats

    @model_validator(mode="after")
    def _disputed_total(self) -> Self:
        if (self.seats is None) != bool(self.seats_reported):
            raise ValueError("seats_reported: give it exactly when the total (seats) is disputed")
        return self


class TurnoutReading(Sourced):
    """One time of reading of turnout on election night (local Nur-Sultan/Astana time)."""

    id: Id
    time: Annotated[str, StringConstraints(pattern=r"^[0-2][0-9]:[0-5][0-9]$")]
    national: Dec | None = None


class RegionTurnout(Model):
    region: Id
    values: dict[Id, Dec] = Field(min_length=1)
    """Turnout per reading id."""


class RegionalTurnout(Model):
    status: Status
    note: Text | None = None
    readings: tuple[TurnoutReading, ...] = Field(min_length=1)
    rows: tuple[RegionTurnout, ...] = ()

    def reading(self, reading_id: str | None = None) -> TurnoutReading:
        """The reading with this id, or the latest one that has regional figures."""
        if reading_id is None:
            with_rows = {k for row in self.rows for k in row.values}
            return [r for r in self.readings if r.id in with_rows][-1]
        for reading in self.readings:
            if reading.id == reading_id:
                return reading
        raise LookupError(f"no turnout reading {reading_id!r}")

    def by_region(self, reading_id: str | None = None) -> dict[str, Decimal]:
        """Region id -> turnout at one reading (default: the latest with regional figures)."""
        rid = self.reading(reading_id).id
        return {row.region: row.values[rid] for row in self.rows if rid in row.values}


class PartyPercent(Model):
    party: Id
    percent: Dec


class ExitPoll(Sourced):
    by: Text
    rows: tuple[PartyPercent, ...] = Field(min_length=1)


class Elected(Model):
    name: Text
    votes: Count | None = None


class ApkVote(Sourced):
    """The Assembly of People of Kazakhstan's election of its Majilis deputies."""

    date: Day
    seats: Count
    voted: Count
    members: Fact[Count] | None = None
    elected: tuple[Elected, ...] = ()


class Candidates(Model):
    """Candidate statistics; each figure optional because each election reports different ones."""

    list_candidates: Fact[Count] | None = None
    list_nominated: Fact[Count] | None = None
    women: Fact[Count] | None = None
    men: Fact[Count] | None = None
    average_age: Fact[Dec] | None = None
    youngest_age: Fact[Count] | None = None
    outgoing_deputies: Fact[Count] | None = None
    women_elected: Fact[Count] | None = None
    district_nominated: Fact[Count] | None = None
    district_self_nominated: Fact[Count] | None = None
    district_registered: Fact[Count] | None = None
    notes: tuple[Note, ...] = ()


class ObserverGroup(Model):
    name: Text
    count: Count
    id: Id | None = None
    """The organisation's id in the question reader's vocabulary (`organisation`)."""


class Observers(Model):
    foreign: Fact[Count] | None = None
    from_organisations: Fact[Count] | None = None
    from_countries: Fact[Count] | None = None
    by_organisation: tuple[ObserverGroup, ...] = ()
    missions: tuple[Note, ...] = ()


class Referendum(Sourced):
    """A constitutional referendum that set this election's rules; `sources` cover the figures."""

    date: Day
    yes_percent: Dec
    turnout: Dec
    turnout_approximate: bool = False
    """The sources give the turnout only roughly ("about 68%")."""
    changes: tuple[Note, ...] = Field(min_length=1)


class CouncilRow(Model):
    party: Id
    percent: Dec | None = None
    seats: Count | None = None


class Council(Sourced):
    """One local council's (maslikhat's) result, as far as the sources give it."""

    name: Text
    region: Id | None = None
    seats: Count | None = None
    """The council's size, where the sources state it."""
    turnout: Dec | None = None
    rows: tuple[CouncilRow, ...] = Field(min_length=1)


class Maslikhats(Model):
    """The local council elections held with this Majilis election (not Majilis figures)."""

    lists_submitted: Fact[Count] | None = None
    lists_registered: Fact[Count] | None = None
    councils: tuple[Council, ...] = ()
    claims: tuple[Note, ...] = ()
    """What a party said of its own result, not confirmed by the CEC."""


class Official(Sourced):
    role: Literal["speaker", "deputy_speaker", "prime_minister"]
    person: Text
    returning: bool = False
    """Already held the post before the election (re-elected Speaker, reappointed PM)."""
    since: Day | None = None
    until: Day | None = None
    votes_for: Count | None = None
    votes_against: Count | None = None
    abstentions: Count | None = None


class Event(Sourced):
    """A dated step of an election. `key`: one of its key dates (the call, the vote, the
    results), which the timeline's first page shows."""

    date: Day
    end: Day | None = None
    kind: Id | None = None
    text: NoteText
    key: bool = False


RowPath = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z_]+(\[[a-z0-9_]+\])?(\.[a-z_]+(\[[a-z0-9_]+\])?)*$"),
    Field(strict=True),
]
"""Where a row's figure is held: `apk_vote.voted`, `timeline[decree]`, `candidates.notes[1]`
(an item by its id, role or kind, or by position), `institution.senate.appointed` (the
institution's period that covers the election's year)."""


class Row(Model):
    """One row of the reference sheet, addressable by itself: a figure, name or date, stated
    in one sentence that leads with it (`sailau.facts.rows` resolves it).

    The figure is `value`, or the fact at `of` (then its sources are the row's, and `text`
    may write it as `{value}`, with endings: `{value:poss}`); a row whose `of` is a statement
    in words (a note, an event) may leave `text` out and say the statement. `yes` answers "is
    it so?" of the row's statement, `holds` what a yes/no question may ask of it (whether
    observers called the vote competitive)."""

    value: Count | Dec | Day | Text | None = None
    of: RowPath | None = None
    percent: bool = False
    """The figure is a percentage."""
    text: Text | None = None
    yes: bool | None = None
    holds: dict[Id, bool] = {}
    sources: tuple[SourceId, ...] = ()
    status: Status | None = None
    note: Text | None = None


class Election(Model):
    id: ElectionId
    year: int
    date: Day
    kind: Literal["regular", "early", "snap"]
    kind_sources: tuple[SourceId, ...] = Field(min_length=1)
    convocation: Count
    """The number of the Majilis convocation (Parliament) this election chose."""
    previous: ElectionId | None = None
    announcements: tuple[Announcement, ...] = Field(min_length=1)
    system: ElectoralSystem
    participation: Participation
    results: tuple[PartyResult, ...] = Field(min_length=1)
    regional_turnout: RegionalTurnout | None = None
    exit_poll: ExitPoll | None = None
    apk_vote: ApkVote | None = None
    referendum: Referendum | None = None
    maslikhats: Maslikhats | None = None
    candidates: Candidates | None = None
    observers: Observers | None = None
    assessments: tuple[Note, ...] = ()
    boycotts_protests: tuple[Note, ...] = ()
    officials: tuple[Official, ...] = ()
    timeline: tuple[Event, ...] = ()
    context: tuple[Note, ...] = ()
    discrepancies: tuple[Note, ...] = ()
    unknown: dict[Id, Text] = {}
    """Topics a user may ask about that the sources do not cover, with what is (not) known."""
    rows: dict[Id, Row] = {}
    """The reference sheet's rows a question may ask one by one (`sailau.facts.rows`)."""

    def party(self, party_id: str) -> PartyResult:
        """This election's result for a party; LookupError if it did not run."""
        for row in self.results:
            if row.party == party_id:
                return row
        raise LookupError(f"party {party_id!r} did not run in {self.year}")

    def has_party(self, party_id: str) -> bool:
        return any(row.party == party_id for row in self.results)

    @property
    def ranked(self) -> tuple[PartyResult, ...]:
        """Results ordered by votes, most first."""
        return tuple(sorted(self.results, key=lambda r: -r.votes))

    def by_threshold(self) -> tuple[tuple[PartyResult, ...], tuple[PartyResult, ...]]:
        """The parties that reached the threshold and those that did not, each most votes first."""
        ranked = self.ranked
        return tuple(r for r in ranked if self.passed(r)), tuple(
            r for r in ranked if not self.passed(r)
        )

    def passed(self, row: PartyResult) -> bool:
        """Whether the party reached the threshold, measured on the threshold's own base."""
        threshold = self.system.threshold
        base = (
            self.participation.ballots.value
            if threshold.base == "ballots"
            else self.participation.percent_base
        )
        share, limit = Decimal(row.votes) * 100, threshold.percent * base
        return share >= limit if threshold.inclusive else share > limit

    def announcement(self, kind: Literal["preliminary", "final"]) -> Announcement | None:
        return next((a for a in self.announcements if a.kind == kind), None)

    def officials_by_role(self, role: str) -> tuple[Official, ...]:
        return tuple(o for o in self.officials if o.role == role)
