"""Conversation rules: what a follow-up takes from the previous question's frame.

- An elliptical follow-up ("and Ak Zhol?", "а в 2016?", "and with d'Hondt?", "what about their
  share?", "ал 2023 те ең төмені") takes every part it does not name from the previous frame: the
  measure, the subjects of each kind it does not name, the years, the what-if settings (for
  seat questions), the form (a yes/no stays a yes/no), the extreme and the narrowing words.
- A follow-up that names its own measure takes only the subjects and years it lacks ("and their
  share?"), and its own form.
- A complete new question (no opener, no pointing back, its own measure) takes nothing: not the
  previous year, not the previous party; except a yes/no about a party's result that names no
  party and no year ("мәжіліске өтті ме?" after a question about Auyl): it is about that party;
  and a bare measure, alone or with "how many" ("registered voters?", "неше дауыспен?"), is a
  follow-up.
- "Really" / "actually" ("а реально сколько процентов") drops the previous what-if settings.
- A follow-up changing only the population keeps the previous narrowing its measure takes
  ("women deputies" - "and among the candidates?"); a pointing one with no party takes the party
  the previous answer named ("which party won?" - "how many seats did it get?").
- A follow-up drops what it states itself: "when was the 2016 election" is the date whatever was
  asked before; a party carried to an election it did not run in is asked of those it ran in;
  a narrowing narrows the previous measure only when that measure takes it.
docs/understanding.md states the same rules with examples; tests/test_understanding_dialogue.py
checks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sailau.understanding.frame import BOTH as EXTREMES
from sailau.understanding.frame import (
    BY_REGION,
    CHANGE,
    GOT,
    MAJORITY,
    PASSED,
    REST,
    SEATS,
    SHARE,
    SUM,
    THRESHOLD,
    TURNOUT,
    VOTES,
    WINNER,
    Frame,
    Narrowing,
    Settings,
    Subject,
    unique,
)
from sailau.understanding.framing import (
    CONDITIONAL,
    ELECTION_SAID,
    EQUAL,
    ESTIMATES,
    LATEST,
    LEADER,
    NAMED_ONLY,
    NARROWED_ONLY,
    OFFICIAL,
    RAN,
    STILL,
    THAN_PARTY,
    YESNO_SAID,
)

MAX_THRESHOLD = 50
"""A bare figure above this is no threshold."""
SEAT_MEASURES = frozenset(
    {"seats", "passed", "whatif", "votes_needed", "last_seat", "seat_explain"}
)
"""Measures a what-if's threshold or method still applies to."""
MEMBERS = "members"
"""The measure of a word that asks a body's members ("members", "члены", "мүшелері")."""
ASSEMBLY = "apk"
"""The measure of the Assembly of People, which elects the seats no party list fills."""
PREVIOUS = "previous"
"""The relative election before another ("the previous one", "оған дейінгі")."""
LIST_SEATS = "list_seats"
"""The narrowing of the seats filled from party lists."""
BODIES = frozenset({ASSEMBLY})
"""Measures that name a body with members of its own (the Assembly of People)."""
PARTY_COUNTS = ("votes", "seats", "share")
"""A party's own counts: said with a measure no party has ("против всех, сколько голосов"), the
one a party named next is asked ("а у байтака": its votes)."""
VOTE_COUNTS = frozenset({"against_all"})
"""An election's counts of votes a party's votes can be set against."""
OUT_OF = "out_of"
OF_THOSE = "of_those"
"""The marker of "of the three" / "из трёх" / "үшеуінің": the things just asked in turn."""
"""The marker of "out of how many" / "из скольких" / "неше адамнан": the whole the count just
given was out of, stated by the previous question's answer."""
BALLOTS_TAKEN = frozenset({"approval"})
"""Measures that are a vote taken in a chamber (the Prime Minister's approval): a bare count of
votes after one ("неше дауыспен?", "by how many votes?") counts that vote."""
CANDIDATES = "candidates"
"""The measure of the candidates: a population of its own, no chamber's members."""
REAL = ("seats", "results")
"""What "and really?" after a what-if asks: a party's seats as allocated, else every party's."""
ALLOCATION = frozenset({"system"})
"""A measure that names how seats are allocated ("and the real allocation?")."""
PERCENTAGES = frozenset({TURNOUT})
"""Measures whose figure is a percentage itself: a change "in points" after one is its own."""
FIRST_PLACE = "first_place"
"""The narrowing of "the first": with the winner alone, a post's first holder after one."""
BOTH = "both"
"""The marker of "both of them" / "екеуі": the subjects of the last two questions."""
BOTH_TIMES = "both_times"
"""The marker of "both times" / "оба раза": the question of each election asked in turn."""
SHORTFALL = "votes_needed"
"""The measure of what a party lacked to pass: a follow-up saying it is about the party asked
before, whatever measure it names ("the threshold": how far short of it)."""
ELECTION_DATE = "election_date"
THRESHOLD_MEASURES = frozenset({THRESHOLD, SHORTFALL, PASSED})
"""Measures a shortfall is asked with ("how far short of the threshold")."""
CHAMBER = "majilis"
"""The Mäjilis as a subject: where the elected went ("got into the chamber")."""
ELECTION_NAMED = "election_named"
"""The marker of the election itself named ("выборы", "сайлау", not "vote" or "Kazakhstan"):
after a question on a topic (the referendum), its figure is the election's."""
ORGANISATION = "organisation"
ORGANISATION_NARROWING = "by_organisation"
"""The narrowing of a count by the organisation it is of ("observers from the ODIHR")."""
NATIONAL = "national"
"""The marker of "nationally" / "по стране" / "ел бойынша": the whole country, no region."""
SAME_YEAR = "same_year"
"""The marker of "the same year" / "в том же году" / "сол жылы": the election said before."""
TOTAL = "all"
"""The marker of "together", "combined", "в сумме", "екеуі қосқанда": the named parties' sum."""


@dataclass(frozen=True)
class Carry:
    """Which measures a follow-up that names its own measure may take the previous subjects
    for: "and their share?" keeps the party, "and the turnout?" does not."""

    party: frozenset[str]
    region: frozenset[str]
    region_default: str | None = None
    """What a follow-up naming only a region asks when the previous measure has no regional
    figure ("registered voters?" - "and in Almaty?": its turnout)."""
    topics: frozenset[str] = frozenset()
    """Measures naming a topic a figure-only follow-up stays within (the referendum)."""
    shares: frozenset[str] = frozenset()
    """Counts whose share a follow-up naming only a share asks ("as a percentage?")."""
    topic_figures: frozenset[str] = frozenset()
    """The figures a topic has: a question naming only these stays within it."""
    narrowable: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Each narrowing's meaning -> the measures that can be narrowed by it ("women": candidates,
    seats, share): a follow-up changing the population keeps the narrowing its measure takes."""
    pointing: frozenset[str] = frozenset()
    """Measures that ask about someone said before whether or not a pronoun is left to say so
    ("who came after him", "орнына кім келді"): they point back at the previous post."""
    ran: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    """Each party -> the elections it ran in: a party carried to an election it did not run in
    is asked of those ("which party boycotted in 2021" - "who leads it": 2023's leader)."""
    share_of: Mapping[str, str] = field(default_factory=dict)
    """Counts whose share is a measure of its own: "ballots issued" - "in per cent?" is the
    turnout."""
    of_party: frozenset[str] = frozenset()
    """The measures a party can be asked of: a follow-up naming only a party after any other
    ("who was Speaker after 2021" - "and Amanat?") asks the party's own answer, not that one."""
    party_only: frozenset[str] = frozenset()
    """Measures only a party has (its renaming): asked of no one after one party, they are that
    party's ("адал" - "бұрын қалай аталған", "what was it called before")."""
    percents: frozenset[str] = frozenset()
    """Measures whose figure is a percentage: "by how many percent did it fall" after one asks
    its change, the percent being the change's unit, not the vote share."""
    predicates: frozenset[str] = frozenset()
    """Measures said as what happened to another ("passed" the threshold): an elliptical
    follow-up that takes the measure takes them too."""
    totals: frozenset[str] = frozenset()
    """A party's figures that are totals of parts: "how many seats total" after another figure
    of one party is that party's total."""
    default_year: int | None = None
    """The election a question naming none is about (its answer's)."""
    figure_mentions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Per measure, the mentions that say which of its figures is asked ("how many APK
    members voted" - "and in 2016?": the Assembly's vote again, not its deputies)."""
    undated: frozenset[str] = frozenset()
    """Figures with no date of their own: a bare "when?" after one asks the election's date
    ("Nur Otan's seats in 2021" - "when?"); after an event (the Assembly's vote) its date."""

    posts: frozenset[str] = frozenset()
    """Posts held in turn: "who was first" after one asks its first holder ("кто председатель
    после выборов 2021" - "а после 2016 кто первым был")."""
    elections: tuple[int, ...] = ()
    """The elections the facts hold: "the one before" after one election is the one before it."""

    def kept(self, measures: Iterable[str]) -> frozenset[str]:
        """The mentions an elliptical follow-up taking `measures` keeps: the predicates, and
        those that say which of the measures' figures was asked."""
        return self.predicates.union(*(self.figure_mentions.get(m, frozenset()) for m in measures))

    def takes(self, kind: str, measures: tuple[str, ...]) -> bool:
        party = self.party | self.party_only
        wanted = party if kind == "party" else self.region if kind == "region" else None
        return wanted is None or bool(wanted & set(measures))


def _one_before(frame: Frame, previous: Frame, carry: Carry) -> int | None:
    """The election before the one just asked, for "the previous one" said after it with no
    year ("2023 сайлау қай күні" - "ал оған дейінгі"); None otherwise (rule 40)."""
    if frame.relative != PREVIOUS or frame.years or len(previous.years) != 1:
        return None
    earlier = [y for y in carry.elections if y < previous.years[0]]
    return max(earlier) if earlier else None


def _other_tier(frame: Frame, previous: Frame) -> bool:
    """ "The rest" asked with nothing else after the chamber's list seats ("сколько из них по
    партийным спискам" - "а остальных кто выбрал"): the seats the Assembly of People fills
    (rule 39)."""
    bare = not (frame.measures or frame.parties or frame.of("institution"))
    return bare and frame.narrows(REST) and previous.narrows(LIST_SEATS)


def follow(frame: Frame, previous: Frame | None, carry: Carry) -> Frame:
    """`frame` completed from `previous` when it is an elliptical follow-up."""
    if previous is None or frame.off_topic:
        return frame
    if _among_passed(frame, previous):  # "how many parties got in" - "the smallest of them"
        frame = frame.with_(mentions=frame.mentions | {PASSED})
    # "was that the top region", "lowest?" - "and 2021 top?": the regions' figure asked before
    if _top_region(frame) or _top_after_regions_end(frame, previous):
        frame = frame.with_(measures=())
    if _points_of(frame, previous):  # "turnout 2016 and 2023" - "the total drop in points":
        frame = frame.with_(measures=(), all_parties=False)  # turnout's, not the parties' share
    if _other_tier(frame, previous):  # "how many by party list" - "who elected the rest": the
        return frame.with_(measures=(ASSEMBLY,), narrow=(), years=previous.years)  # Assembly's
    before = _one_before(frame, previous, carry)
    if before is not None:  # "2023 election date" - "and the one before it": 2021, not the
        frame = frame.with_(years=(before,), relative=None)  # election before the default one
    if _date_alone(frame):  # "date", "дата", "күні" alone: "when?" of what was just asked
        frame = frame.with_(measures=(), asks="when", mentions=frame.mentions - {ELECTION_DATE})
    if _percent_only(frame, previous):  # "and nur otan with 3%" after a what-if: its threshold
        frame = _as_threshold(frame)
    if _first_holder(frame, previous, carry):  # "the Speaker after 2021" - "who was first after
        frame = frame.with_(measures=(), narrow=())  # 2016": the post's, not the winner
    if _figure_within(frame, previous, carry):  # "how many APK members voted" - "who got the
        frame = frame.with_(measures=())  # most votes": the Assembly's vote, not the election
    if _versus_own(frame, previous):  # "amanat seats 2023" - "vs NO 2021?": 2023 against 2021
        frame = frame.with_(years=previous.years, base_year=frame.years[0])
    if _plus_between(frame, previous):  # "ak zhol 2021" - "а в 2016" - "плюс сколько": the gain
        frame = frame.with_(form="compare", markers=frame.markers - {SUM})
    summed = _summed(frame, previous, carry)  # "and together?" after two parties: their sum
    # "and in total?" after one party, "барлық партиялар бойынша" after any: every party's
    whole = _whole(frame, previous, carry) or _every(frame, previous, carry)
    unnarrowed = _unnarrowed(frame, previous)  # ... after a narrowed figure: the whole of it
    if _unrelated(frame) and not (frame.has("actual") or summed or whole or unnarrowed):
        return frame
    if _change_alone(frame) and previous.earlier:  # "voters 2023" - "2021?" - "increase?":
        frame = frame.with_(form="compare")  # the change between the two elections asked
    if _among_asked(frame, previous):  # "2021?" - "2016?" - "2023?" - "үшеуінің ең төмені"
        years = tuple(sorted({*previous.in_turn, *previous.earlier, *previous.years}))
        frame = frame.with_(years=years, kinds=("year",), form="compare")
    if _extreme_alone(frame, previous, "region"):  # "turnout in Kyzylorda" - "а самая низкая"
        frame = frame.with_(asks=WHERE)  # where
    elif _extreme_alone(frame, previous, "party"):  # "Ak Zhol's share" - "and the lowest one?":
        frame = frame.with_(kinds=(*frame.kinds, "party"))  # which party
    if _when_alone(frame) and previous.measures and set(previous.measures) <= carry.undated:
        # "қай күні", "when?" after a figure with no date: the date of its election
        return frame.with_(measures=(ELECTION_DATE,), years=previous.years)
    dated = _dated(frame)  # "when was the 2023 election held": its date, whatever came before
    if dated and not (frame.has("opener") or frame.pointing):
        return frame
    members = _members(frame, previous)
    points = frame.pointing or bool(carry.pointing & set(frame.measures)) or _tally(frame, previous)
    # "did they run in 2023?", "2021 де қатысты ма": the claim is what it asks, of the party
    ran_claim = _ran_claim(frame, previous)
    party_total = _party_total(frame, previous, carry)
    if not (
        ran_claim
        or summed
        or whole
        or unnarrowed
        or party_total
        or members
        or points
        or frame.elliptical
        or _bare(frame)
        or _part_of_total(frame, previous, carry)
        or _whose(frame, previous, carry)
        or _in_topic(frame, previous, carry)
        or _the_party(frame, previous)
        or _party_own(frame, previous, carry)
        or _changed(frame, previous)
        or _party_change(frame, previous, carry)
        or _narrowed_again(frame, previous, carry)
        or _gap(frame, previous)
        or _short(frame, previous)
        or _short_of_answered(frame, previous)
        or _dropped(frame, previous, carry)
        or _needed_again(frame, previous)
        or _supposes(frame, previous)
        or _other_count(frame, previous)
        or _than_other(frame, previous)
        or _named_only(frame, previous, carry)
    ):
        return _of_election(frame, previous)
    # "а по спискам?": a measure said only inside a narrowing phrase narrows the previous one
    # ... and one said only by a subject's name ("а от БДИПЧ?") asks the previous one of it
    narrowed = _narrows(frame, previous, carry) if frame.has(NARROWED_ONLY) else ()
    narrows_previous = bool(narrowed) or (frame.has(NAMED_ONLY) and bool(previous.measures))
    # "а на самом деле?", "and the real allocation?" after a what-if: the seats as allocated
    real = _real(frame, previous)
    # "ал ресми нәтиже ше" after an exit poll: the estimate held against the official result
    against = frame.has(OFFICIAL) and bool(ESTIMATES & set(previous.measures))
    # "а методом д'Ондта?", "д'Ондт әдісімен ше": the method's noun names it, asks nothing new
    method_noun = bool(frame.settings.method) and set(frame.measures) <= ALLOCATION
    own_measure = (
        bool(frame.measures) and not (narrows_previous or members or against or method_noun)
    ) or real
    own_measure = (own_measure or ran_claim or dated) and not _in_percent(frame, previous, carry)
    measures = frame.measures if own_measure else _carried(frame, previous, carry)
    if narrowed and not set(narrowed) & set(measures):  # a measure the previous one mentioned
        measures = narrowed
    if real:
        measures = REAL[:1] if previous.parties or frame.parties else REAL[1:]
    if _other_count(frame, previous):  # "а у байтака" - "на сколько против всех больше"
        measures = (*frame.measures, VOTES)
    if _count_than_party(frame, previous):  # "против всех" - "больше чем у байтака?"
        measures = (previous.measures[0], VOTES)
    narrow = _narrowing(frame, previous, carry, measures) if own_measure else frame.narrow
    # "women deputies" - "and among the candidates?": the new population replaces the chamber
    repopulated = narrow != frame.narrow
    kinds = {s.kind for s in frame.subjects}
    # "а кто у них председатель": who of the previous subjects, whatever the measure
    pointing = (frame.pointing and frame.asks == "who") or _the_party(frame, previous) or ran_claim
    # "which party won?" - "how many seats did it get?": the party the answer named
    # "who came fourth?" - "how many points short of the threshold?": that party's shortfall
    short_of = _short_of_answered(frame, previous)
    answered = previous.answered if (frame.pointing or short_of) and "party" not in kinds else ()
    subjects = unique(
        (
            *frame.subjects,
            *(
                s
                for s in (*previous.subjects, *answered)
                if s.kind not in kinds
                # "а по стране?"; not "was that above the national figure?" (set against it)
                # nor "is that the highest in the country?" (its scope)
                and not (
                    s.kind == "region"
                    and frame.has(NATIONAL)
                    and not (_set_against(frame) or _in_country(frame))
                )
                and not (s.kind == "region" and _which_region(frame))
                and not (s.kind == "party" and (_which_party(frame) or whole))
                # "а одномандатных округов всего сколько" after a party: the election's total
                and not (s.kind == "party" and own_measure and _of_all(frame) and not party_total)
                # "а сколько надо было для большинства" after a party's majority: the chamber's
                and not (s.kind == "party" and _majority_needed(frame))
                and not (s.kind == "institution" and repopulated)
                # "women in the chamber" - "and women candidates in 2016": the lists' population
                and not (s.kind == "institution" and own_measure and CANDIDATES in frame.mentions)
                and (
                    not own_measure
                    or pointing
                    or carry.takes(s.kind, measures)
                    # "шекке жету үшін қанша жетпеді": the shortfall is the party's
                    or (s.kind == "party" and SHORTFALL in frame.mentions)
                    or (s.kind == "party" and _share_of_that(frame, previous))
                    or (s.kind == "region" and frame.has("reference"))  # "там", "there"
                )
            ),
        )
    )
    # "ақ жол ..." - "халық партиясы ше" - "екеуі қосқанда" (both, in turn), "на сколько больше"
    if summed or _gap(frame, previous):  # ... "and third" - "the gap": the two answers' parties
        named = () if previous.parties else previous.answered
        subjects = unique((*previous.replaced, *subjects, *named))
    elif _against(frame, previous):  # "respublica's votes" - "это больше чем у ак жола?"
        subjects = unique((*_replaced(frame, previous), *subjects))
    if _share_of_that(frame, previous):  # "what share of all party votes is that": the party's
        measures = (SHARE,)
    elif _needed_again(frame, previous):
        measures = previous.measures  # "seats for a majority" - "how many more than needed"
    # "what share of ballots was that", "as % of ballots": the share of what "that" points at,
    # or of a whole the count is part of
    share = measures == (SHARE,) or (
        SHARE in frame.mentions and (frame.pointing or set(measures) <= SHARE_WHOLES)
    )
    if share and not frame.subjects and _counted(previous, carry):
        measures = previous.measures  # "invalid ballots" - "as a percentage?": their share
        narrow = narrow or previous.narrow  # "women candidates" - "in percent?": theirs
    elif measures == (SHARE,) and not frame.subjects and len(previous.measures) == 1:
        # "ballots issued" - "это сколько в процентах": the turnout
        measures = (carry.share_of.get(previous.measures[0], SHARE),)
    elif measures == (VOTES,) and not frame.subjects and set(previous.measures) & carry.shares:
        measures = previous.measures  # "against all, in per cent" - "а в голосах": its count
    topic = tuple(m for m in previous.measures if m in carry.topics and m not in measures)
    # "когда был референдум" - "а явка?": the topic's answer, its figure among the mentions;
    # a follow-up naming no figure the topic has asks the election's ("а окончательные итоги?")
    of_topic = carry.topic_figures & {*measures, *frame.mentions}
    # "а явка на выборах (2023)?", "ал сайлауға келу қанша": the election's figure, not the topic's
    election = frame.subjects or frame.years or frame.has(ELECTION_NAMED)
    if own_measure and topic and not election and of_topic:
        measures = topic
    years, base_year = _years(frame, previous)
    ran = _ran(frame, subjects, years, carry)
    implied = frame.implied_years or (() if years else previous.implied_years)
    if _same_year(frame):  # "а ак жол в том же году": the election the turn before was about
        implied = previous.implied_years or implied
    if ran is not None:  # "кто бойкотировал в 2021" - "а кто у них председатель": 2016, 2023
        years, implied = (), ran
    merged = frame.with_(
        # "how far short of the 7 %": the percentage a shortfall is asked against stays
        figures=tuple(f for f in frame.figures if f.endswith("%"))
        if SHORTFALL in frame.mentions
        else (),
        # "сколько мест у нур отана" - "а сколько нужно для большинства" - "на сколько больше у
        # них": the party set aside for the chamber's figure is what "they" points at next
        answered=tuple(s for s in previous.subjects if s.kind == "party")
        if _majority_needed(frame)
        else (),
        measures=measures,
        subjects=subjects,
        narrow=narrow,
        years=years,
        base_year=base_year,
        # "how many seats does it have now" - "how many of them single member": now, still
        relative=frame.relative if years or base_year or frame.relative else previous.relative,
        earlier=_earlier(frame, previous, carry),
        in_turn=_in_turn(frame, previous, measures, years),
        replaced=_replaced(frame, previous),
        before=_before(frame, previous, measures, years),
        implied_years=implied,
        # "за него", "оған" after a question about a post: what was asked is what it points at
        # (not a party's figure: "its vote share" after its seats asks no share of the seats)
        mentions=_pointed_mentions(frame, previous, points),
        roles=frame.roles or (previous.roles if points else ()),
        settings=_settings(frame, previous, measures, () if own_measure else previous.mentions),
        topic=True,
    )
    if _needed_again(frame, previous):  # the margin over the need is the majority's answer
        merged = merged.with_(comparison=None, mentions=previous.mentions, form="value")
    if _other_count(frame, previous):  # both counts side by side, the gap computed
        merged = merged.with_(form="compare", comparison=None)
    if own_measure and _restated(frame, previous):
        return merged.with_(form=previous.form)
    if (
        own_measure
        and frame.asks == "count"
        and frame.form == "value"
        and _against(frame, previous)
    ):
        # "Respublica's share" - "ол Ақ жол партиясынан қанша дауыс артық алды": the margin
        return merged.with_(form="compare")
    if own_measure or _needed_again(frame, previous):  # ... "на сколько больше у них": the margin
        return merged
    if _measures_gap(frame, previous):  # "ballots issued" - "and votes for parties" - "the
        merged = merged.with_(measures=unique((*previous.before, *previous.measures)))  # gap?"
    form = _form(frame, previous)
    said = form == "yesno" and previous.has(YESNO_SAID)  # "... или нет" - "а адал?" - "а ППК?"
    # "разница какая" after an exit poll (and the official figure): the estimate's error
    estimate = _estimate_gap(frame, previous)
    # "насколько экзитпол ошибся по нур отану" - "а по ак жолу?": that party's error, too
    again = previous.has(OFFICIAL) and bool(ESTIMATES & set(merged.measures))
    off = bool(estimate) or again
    return merged.with_(
        measures=estimate or _as_asked(merged.measures, previous),
        # "сколько партий прошло барьер" - "а в 2023": the predicate that said which figure of
        # the measure was asked ("passed") comes with it
        # ... and "out of how many?" asks it again, with every word it was asked with
        mentions=merged.mentions
        | (
            previous.mentions
            if frame.has(OUT_OF)
            else previous.mentions & carry.kept(merged.measures)
        ),
        form=previous.form if off else form,
        markers=merged.markers | {m for m, on in ((YESNO_SAID, said), (OFFICIAL, off)) if on},
        asks=previous.asks if off else frame.asks or _asks(frame, previous),  # "разница какая"
        # "а по стране?" after the highest region: the country's figure, no region's extreme
        extreme=frame.extreme or (None if frame.has(NATIONAL) else _extreme(frame, previous)),
        comparison=frame.comparison
        or (None if _official_of(frame, previous) else previous.comparison),
        # "а всего?", "ал жалпы?" after a narrowed figure: the whole, not the part again
        narrow=frame.narrow or (() if frame.has(TOTAL) else previous.narrow),
        base_year=base_year if base_year is not None else previous.base_year,
        kinds=frame.kinds or (() if frame.has(NATIONAL) else previous.kinds),
        all_parties=frame.all_parties or previous.all_parties,
    )


def _years(frame: Frame, previous: Frame) -> tuple[tuple[int, ...], int | None]:
    """The elections a follow-up asks and the one it compares with: its own, else the previous
    ones (less the base it names); none after "now" or "the previous election" (`relative`
    decides); a change asked of nothing named after a follow-up that changed the election is
    the change between the two ("явка в 2023" - "а в 21м" - "на сколько упала": 2021 to 2023)."""
    if _than_then(frame, previous):  # "amanat's seats 2023" - "how many fewer than nur otan
        return previous.years, frame.years[0]  # had in 2021": 2021 is what 2023 is set against
    if frame.years or frame.relative is not None:
        return frame.years, frame.base_year
    asked = previous.in_turn or unique((*previous.earlier, *previous.years))
    if frame.has(BOTH_TIMES) and len(asked) > 1:  # "and 2023?" - "lowest both times?" (rule 42)
        return asked, None
    if frame.base_year is not None:
        return tuple(y for y in previous.years if y != frame.base_year), frame.base_year
    compared = frame.form == "compare" or _change(frame) or _restated(frame, previous)
    if compared and previous.base_year is not None and previous.form == "compare":
        # "how many more than 2016" - "and in share, how many points up": against 2016 again
        return previous.years, previous.base_year
    if compared and len(previous.years) == len(previous.earlier) == 1:
        first, last = sorted((*previous.earlier, *previous.years))  # changed: two elections
        return (last,), first
    return previous.years, None


def _earlier(frame: Frame, previous: Frame, carry: Carry) -> tuple[int, ...]:
    """The elections a follow-up naming its own replaced: the previous ones, or the default
    election its answer was about when it named none and no party implied one ("явка в
    Нур-Султане" - "а в 2023?" - "на сколько упала": 2021 to 2023)."""
    if not frame.years:
        return ()
    shown = previous.years or (
        (carry.default_year,)
        if carry.default_year is not None and not (previous.implied_years or previous.relative)
        else ()
    )
    return shown if shown != frame.years else ()


def _restated(frame: Frame, previous: Frame) -> bool:
    """ "How many votes did it lose since 2016" - "and in percent?": the same change in the unit
    the follow-up names (a share alone, opened with "and"), against the same base."""
    return (
        frame.has("opener")
        and frame.measures == (SHARE,)
        and not (frame.subjects or frame.years or frame.base_year)
        and previous.form == "compare"
        and previous.base_year is not None
    )


def _than_then(frame: Frame, previous: Frame) -> bool:
    """ "How many more / fewer than <the same party> had in <another year>": the year named is
    the base the previous election is set against."""
    comparison = frame.comparison
    return (
        comparison is not None
        and comparison.value is None
        and frame.asks == "count"
        and len(frame.years) == 1
        and frame.base_year is None
        and len(previous.years) == 1
        and frame.years != previous.years
        and bool(frame.parties)
        and frame.parties == previous.parties
    )


def _form(frame: Frame, previous: Frame) -> str:
    """The follow-up's own form, else the previous one. Its own yes/no counts when it asks
    something of its own: not "а сейчас?" ("now" alone reads as the claim "still"). The previous
    yes/no is kept only when it was asked as one ("ауыл прошел?" - "а адал?"), not read from a
    claim word alone ("2021 жылғы қатысу"), and not by a follow-up with a question word of its
    own ("ең жоғарысы қай облыста")."""
    only_now = not frame.measures and frame.claims == (STILL,)
    # "how many needed for a majority" - "so how many over that did nur otan have": the party
    # against the figure asked of no party, not the figure between elections
    if _change(frame) and not (frame.parties and not previous.parties):
        return "compare"
    if _which_more(frame) and _gap(frame, previous):  # "which got more?" of the two in turn
        return "compare"
    if frame.form != "value" and not (frame.form == "yesno" and only_now):
        return frame.form
    if previous.form == "yesno" and (frame.asks or not previous.has(YESNO_SAID)):
        return "value"
    # "the exit poll gave X 71.97 %, accurate?" - "official figure?": the figure the estimate is
    # held against, not the claim decided again
    if previous.form == "yesno" and _official_of(frame, previous):
        return "value"
    return previous.form


def _official_of(frame: Frame, previous: Frame) -> bool:
    """ "Official figure?" after an estimate (an exit poll): the official result is asked, the
    figure a claim stated of the estimate ("…gave X 71.97 %, accurate?") is not asked again."""
    return frame.has(OFFICIAL) and bool(ESTIMATES & set(previous.measures))


def _change(frame: Frame) -> bool:
    """ "How much less", "насколько больше" with no figure of its own: the change itself."""
    return (
        frame.comparison is not None
        and frame.comparison.value is None
        and frame.asks == "count"
        and not frame.measures
    )


def _real(frame: Frame, previous: Frame) -> bool:
    """ "Really" after a what-if with nothing asked but, at most, the allocation: the real seats
    ("если бы барьер был 3 %…" - "а на самом деле?"; "and the real allocation?")."""
    return (
        frame.has("actual")
        and bool(previous.settings.threshold or previous.settings.method)
        and set(frame.measures) <= ALLOCATION
        and not frame.settings.threshold
    )


def _narrowing(
    frame: Frame, previous: Frame, carry: Carry, measures: tuple[str, ...]
) -> tuple[Narrowing, ...]:
    """The follow-up's own narrowing; else, when it changes only the population ("how many
    women deputies" - "and among the candidates?", "what share of the candidates is that"), the
    previous narrowings its measure takes."""
    asks = frame.asks in (None, "count") or SHARE in frame.mentions
    # "which party came third" - "how many seats did it win": the rank chose "it", it is no
    # population of the new question
    chosen = frame.pointing and bool(previous.answered)
    # "... got into the chamber": the chamber named is where the population went, no new one
    named = any(s.kind != "institution" or s.id != CHAMBER for s in frame.subjects)
    if frame.narrow or named or frame.years or not asks or chosen or frame.has(TOTAL):
        return frame.narrow  # "жалпы учаскелер саны" after those abroad: all of them
    return tuple(
        n for n in previous.narrow if set(measures) & carry.narrowable.get(n.value, frozenset())
    )


def _narrows(frame: Frame, previous: Frame, carry: Carry) -> tuple[str, ...]:
    """The previous measures the follow-up's narrowing can narrow ("Amanat's seats" - "а по
    спискам?"), else the ones the previous question mentioned that it can (a part of the
    chamber asked in between: "мәжілісте неше орын" - "оның ішінде ассамблеядан нешеу" -
    "партиялық тізімнен ше" is the list seats); none: the measure said inside it is asked on
    its own ("the threshold in 2023" - "how many list seats were there then": the list seats,
    not the threshold narrowed)."""
    takes = frozenset().union(*(carry.narrowable.get(n.value, frozenset()) for n in frame.narrow))
    own = tuple(m for m in previous.measures if m in takes)
    return own or tuple(m for m in sorted(previous.mentions) if m in takes)


def _ran(
    frame: Frame, subjects: tuple[Subject, ...], years: tuple[int, ...], carry: Carry
) -> tuple[int, ...] | None:
    """The elections a party taken from the previous question ran in, when the elections taken
    with it are none of them ("which party boycotted the 2021 vote" - "who leads it"): its
    figures and leader are asked of those, not "it did not run in 2021"."""
    if frame.years or frame.settings or not years:
        return None
    carried = [s.id for s in subjects if s.kind == "party" and s not in frame.subjects]
    if len(carried) != 1 or carried[0] not in carry.ran:
        return None
    ran = carry.ran[carried[0]]
    return None if set(years) & set(ran) else ran


def _counted(previous: Frame, carry: Carry) -> bool:
    """The previous question counted something a share can be asked of: the count itself
    ("invalid ballots") or a count narrowed to it ("women among the candidates")."""
    counts = set(previous.measures) | {n.value for n in previous.narrow}
    return bool(carry.shares & counts)


def _members(frame: Frame, previous: Frame) -> bool:
    """ "How many members voted" after a question about a body (the APK, the Senate) that
    names no other: that body's members, not the Mäjilis' seats; "with how many votes" after
    the body's own vote (who topped the Assembly's vote): that vote's count, not the
    election's; "who got the most votes" after that vote: its top, not the election's winner."""
    own_vote = bool(BODIES & set(previous.measures))
    body = own_vote or bool(previous.of("institution"))
    # ... and "who got the most votes" there: that vote's top
    topped = frame.asks == "who" and frame.extreme is not None and not frame.years
    tally = own_vote and frame.measures == (VOTES,) and (_bare(frame) or topped)
    counted = MEMBERS in frame.mentions or tally
    return counted and body and not frame.subjects


def _carried(frame: Frame, previous: Frame, carry: Carry) -> tuple[str, ...]:
    """The previous measures, for a follow-up that names none; a region named, or the regions'
    extreme asked ("which region was lowest"), after a measure with no regional figure, about no
    party, asks the regional one; what-if settings after a question that is not about seats ask
    the what-if; a party named after a measure no party is asked of asks the party's own answer
    ("who was Speaker after 2021" - "and Amanat?": its result in 2021), and with a percentage
    after a measure a party has no percent of, its share ("turnout" - "Nur Otan over 80 %?")."""
    if frame.settings and not SEAT_MEASURES & set(previous.measures):
        return frame.measures  # "какая явка?" - "а если барьер 5 %?": the what-if, not turnout
    named = {s.kind for s in frame.subjects}
    if "party" in named and not carry.of_party & set(previous.measures):
        # "против всех, сколько голосов" - "а у байтака": the count said with it, the party's
        counted = tuple(m for m in PARTY_COUNTS if m in previous.mentions)
        return counted[:1] or frame.measures  # "кто стал спикером" - "а Аманат?": its answer
    regional = carry.region & set(previous.measures) or previous.parties
    of_regions = "region" in named or _which_region(frame)
    if of_regions and not regional and carry.region_default is not None:
        return (carry.region_default,)
    # "явка 2021" - "нур отан не набрал больше 80 %?": a party has no turnout; the percent of a
    # party is its share of the vote
    comparison = frame.comparison
    percent = comparison is not None and comparison.percent
    if "party" in named and percent and not carry.party & set(previous.measures):
        return (SHARE,)
    return previous.measures


def _among_passed(frame: Frame, previous: Frame) -> bool:
    """ "How many parties got into the Mäjilis / won seats" - "the smallest of them": the
    extreme is among the parties the previous answer counted, those that passed."""
    among = frame.extreme is not None and not (frame.parties or frame.of("region") or frame.years)
    counted = previous.asks == "count" and "party" in previous.kinds  # "how many parties got seats"
    return among and (previous.measures == (PASSED,) or (counted and previous.measures == (SEATS,)))


def _pointed_mentions(frame: Frame, previous: Frame, points: bool) -> frozenset[str]:
    """`frame`'s mentions, with what `previous` asked when `frame` points at it and it named
    no party ("за него", "оған" after a question about a post: the post's holder)."""
    if points and not previous.parties:
        return frame.mentions | set(previous.measures)
    return frame.mentions


def within(clause: Frame, first: Frame, carry: Carry) -> Frame:
    """A later clause of one message ("сколько голосов у ауыла и сколько мест?", "who was
    Speaker and who was PM?"): it is about the first clause's subjects and elections where it
    names none of its own."""
    kinds = {s.kind for s in clause.subjects}
    measures = clause.measures or first.measures  # "сколько мест у X, а сколько у Y"
    if _members(clause, first):  # "… the Assembly elected, and how many of its members voted"
        measures = first.measures
    # "X тізіммен неше орын алды, барлығы нешеу": the first's measure, so the first's party;
    # a party's figure asked of a party in a region ("how did Ak Zhol do in Almaty region,
    # vote share") keeps the region too
    regional = bool(first.parties) and "party" not in kinds and carry.takes("party", measures)
    taken = tuple(
        s
        for s in first.subjects
        if s.kind not in kinds
        and s.kind != "person"
        and (carry.takes(s.kind, measures) or (s.kind == "region" and regional))
    )
    # "кто они и сколько мест" after how many passed: the seats of the parties that passed
    grouped = PASSED in first.measures and "party" not in kinds and measures == (SEATS,)
    holder = clause.pointing and bool(carry.posts & set(first.measures))  # "за него": the PM
    return clause.with_(
        measures=measures,
        # "кто стал премьером и сколько депутатов за него проголосовало": the post's holder
        mentions=_pointed_mentions(clause, first, holder) | ({PASSED} if grouped else set()),
        roles=clause.roles or (first.roles if holder else ()),
        subjects=unique((*clause.subjects, *taken)),
        years=clause.years or first.years,
        implied_years=clause.implied_years or first.implied_years,
        topic=clause.topic or first.topic,
        settings=_supposed(clause, first, measures),
        # "which region had the highest turnout in 2021 and which one in 2023": the end again
        extreme=clause.extreme or (first.extreme if _choice_alone(clause) else None),
    )


def _choice_alone(clause: Frame) -> bool:
    """A clause that asks which one and names no measure or end of its own ("and which one in
    2023"): the choice the clause before made, as an elliptical follow-up is."""
    return not clause.measures and clause.extreme is None and clause.asks in CHOICES


def _supposed(clause: Frame, first: Frame, measures: tuple[str, ...]) -> Settings:
    """A later clause's what-if settings: its own, else the first clause's when it asks about
    seats or how they are allocated ("если бы барьер был 5 %, как распределились бы места":
    under that barrier), unless it says "really"."""
    asked = {*measures, *clause.mentions}
    if clause.has("actual") or not (SEAT_MEASURES | ALLOCATION) & asked:
        return clause.settings
    return _over(clause.settings, first.settings)


def _over(own: Settings, before: Settings) -> Settings:
    """`own` settings, each one not stated taken from `before`."""
    return Settings(own.threshold or before.threshold, own.method or before.method)


def _settings(
    frame: Frame, previous: Frame, measures: tuple[str, ...], mentions: Iterable[str] = ()
) -> Settings:
    """The what-if settings: the follow-up's own, else the previous ones for seat questions
    (`measures`, or the previous question's `mentions` for a follow-up naming no measure) unless
    it says "really"; a follow-up asking no measure after a what-if stays in it ("а ак жол?",
    "а нур отан при этом"); a bare figure after a what-if is its new threshold ("and Ak Zhol
    at 5"), and so is a percentage after any seat question ("how many seats did Nur Otan get" -
    "and at 5 %?")."""
    whatif = not measures and bool(previous.settings)
    seats = SEAT_MEASURES & {*measures, *mentions}
    if frame.has("actual") or not (seats or whatif):
        return frame.settings
    threshold = frame.settings.threshold
    figures = frame.figures
    # a bare figure after a what-if, or supposed of the threshold just asked ("какой был барьер"
    # - "а если бы был 5, сколько мест у ауыла"), or a percentage after any seat question
    if previous.settings.threshold is None and not _supposes(frame, previous):
        figures = tuple(f for f in figures if f.endswith("%"))
    if threshold is None and figures:
        figure = figures[0].rstrip("%")
        if figure.replace(".", "", 1).isdigit() and float(figure) <= MAX_THRESHOLD:
            threshold = figure
    return _over(Settings(threshold, frame.settings.method), previous.settings)


def _other_count(frame: Frame, previous: Frame) -> bool:
    """A gap asked of an election's count of votes after a party's votes ("против всех 2023" -
    "а у байтака" - "на сколько против всех больше"): the two side by side."""
    return (
        (frame.form == "compare" or frame.comparison is not None)
        and len(frame.measures) == 1
        and frame.measures[0] in VOTE_COUNTS
        and not frame.subjects
        and bool(previous.parties)
        and VOTES in previous.measures
    )


def _count_than_party(frame: Frame, previous: Frame) -> bool:
    """More or less than one party, no figure or measure named ("больше чем у байтака?", "was
    that more than baytaq got"), after an election's count of votes of no party (against all):
    that count against the party's votes, not the party's own figure."""
    comparison = frame.comparison
    return (
        comparison is not None
        and comparison.value is None
        and len(frame.parties) == 1
        and not (frame.measures or frame.years or frame.base_year)
        and not previous.parties
        and bool(previous.measures)
        and previous.measures[0] in VOTE_COUNTS
    )


def _percent_only(frame: Frame, previous: Frame) -> bool:
    """A share read only from a percentage said beside a party, no measure's word said ("and
    nur otan with 3%", "now 3%: adal?", "теперь 3%: а адал?"), after a what-if: the percentage
    is the new threshold, not the share."""
    return (
        bool(previous.settings.threshold)
        and frame.measures == (SHARE,)
        and not frame.mentions
        and frame.settings.threshold is None
        and bool(_percents(frame))
        and all(f.endswith("%") for f in frame.figures)
    )


def _percents(frame: Frame) -> tuple[str, ...]:
    """The percentages a frame says bare: its unexplained figures, or a share "equal" to one
    (a percentage alone before a yes/no is read as the share stated)."""
    said = frame.comparison
    if said is not None and said.direction == EQUAL and said.percent and said.value is not None:
        return (*frame.figures, f"{said.value}%")
    return frame.figures


def _as_threshold(frame: Frame) -> Frame:
    """`frame` with its bare percentage taken as the what-if's new threshold: no share asked,
    none stated, and "now" / "теперь" the next step of the what-if, not the latest election."""
    now = frame.relative == LATEST and not frame.years
    return frame.with_(
        measures=(),
        figures=_percents(frame),
        comparison=None if frame.figures != _percents(frame) else frame.comparison,
        relative=None if now else frame.relative,
        claims=tuple(c for c in frame.claims if c != STILL) if now else frame.claims,
    )


def _supposes(frame: Frame, previous: Frame) -> bool:
    """A bare figure supposed right after the threshold was asked ("what was the threshold" -
    "егер 5 болса ауыл неше орын алар еді"): a what-if threshold, the threshold's noun dropped."""
    return (
        frame.has(CONDITIONAL)
        and THRESHOLD in previous.measures
        and bool(frame.figures)
        and frame.settings.threshold is None
    )


def _date_alone(frame: Frame) -> bool:
    """ "Date", "дата", "күні" and nothing else: no subject, year or election said."""
    return (
        frame.measures == (ELECTION_DATE,)
        and frame.asks in (None, "when", "what")
        and not (frame.subjects or frame.narrow or frame.years or frame.base_year)
        and not frame.has(ELECTION_SAID)
    )


def _when_alone(frame: Frame) -> bool:
    """ "When?", "қай күні", "какого числа" and nothing else: no measure, subject, year or
    election said."""
    return (
        frame.asks == "when"
        and not (frame.measures or frame.subjects or frame.narrow or frame.years)
        and not frame.has(ELECTION_SAID)
    )


def _dated(frame: Frame) -> bool:
    """ "When" of the election itself, with no measure and no subject ("when was the 2023
    election held", "2016 сайлауы қашан болды"): the election's date is its measure."""
    return (
        frame.asks == "when"
        and frame.has(ELECTION_SAID)
        and not (frame.measures or frame.subjects or frame.narrow)
    )


def _of_election(frame: Frame, previous: Frame) -> Frame:
    """A question of its own that names no election asks of the one named before: after its
    date ("when was the 2023 election" - "who announced the final results": 2023's), or asking
    the same measure of no subject ("а сколько прошло" in 2023 - "кто не прошёл и с каким
    процентом": 2023's)."""
    if not previous.years or frame.years or frame.relative:
        return frame
    same = bool(set(frame.measures) & set(previous.measures)) and not frame.subjects
    # "какой барьер был в 2023" - "сколько партий тогда прошло": of the election, both of it
    # ... also after the chamber's own figure ("кто стал спикером мажилиса в 2023" - "когда была
    # первая сессия": the 2023 convocation's)
    of_chamber = not (previous.parties or previous.of("region") or previous.of("person"))
    nationwide = bool(frame.measures) and not frame.subjects and of_chamber
    if _dated(previous) or same or nationwide:
        return frame.with_(years=previous.years)
    return frame


SHARE_BASES = frozenset({"valid", VOTES})
"""The wholes a party's votes are a share of ("of all party votes", "of the votes")."""
SHARE_WHOLES = frozenset({"ballots", "registered", CANDIDATES, *SHARE_BASES})
"""The wholes a count asked before is a share of ("invalid ballots" - "as % of ballots")."""


def _share_of_that(frame: Frame, previous: Frame) -> bool:
    """A share of the votes asked of "that" after a party's votes ("what share of all party
    votes is that", "бұл барлық дауыстың неше пайызы"): the party's share, not the whole."""
    return (
        SHARE in frame.mentions
        and frame.pointing
        and not frame.subjects
        and bool(previous.parties)
        and previous.measures == (VOTES,)
        and set(frame.measures) <= SHARE_BASES
    )


def _majority_needed(frame: Frame) -> bool:
    """How many seats a majority takes, asked of no one ("how many were needed for a
    majority", "көпшілік үшін неше орын керек"): the chamber's figure, not a party's."""
    return (
        MAJORITY in frame.measures
        and frame.asks == "count"
        and frame.comparison is None  # "how many fewer than needed": the party's margin
        and not (frame.subjects or frame.pointing)
    )


def _needed_again(frame: Frame, previous: Frame) -> bool:
    """Only "needed" asked of no one after the seats needed for a majority ("на сколько больше,
    чем нужно", "how many more than needed"), or only a gap in seats ("by how many seats" after
    "did Nur Otan have that on its own"): the majority again, of the party asked before."""
    comparison = frame.comparison
    gap = (frame.form == "compare" or (comparison is not None and comparison.value is None)) and (
        set(frame.measures) <= {SEATS} and not (frame.years or frame.base_year)
    )
    return (
        (frame.measures == (SHORTFALL,) or gap)
        and previous.measures == (MAJORITY,)
        and not frame.subjects
    )


def _as_asked(measures: tuple[str, ...], previous: Frame) -> tuple[str, ...]:
    """The measure carried as it was asked: the threshold asked as a shortfall ("шекке дейін
    қанша жетпеді" - "ал ауылға ше") is the shortfall, of the new party too."""
    asked_short = SHORTFALL in previous.mentions and THRESHOLD_MEASURES & set(measures)
    return (SHORTFALL,) if asked_short and len(measures) == 1 else measures


def _asks(frame: Frame, previous: Frame) -> str | None:
    """The previous question word, but not "where" after "nationally" ("ең жоғары қай облыста"
    - "ал ел бойынша?": the country's figure)."""
    return None if frame.has(NATIONAL) and previous.asks == "where" else previous.asks


def _same_year(frame: Frame) -> bool:
    """ "In the same year" / "в том же году" / "сол жылы" with no year said: the year pointed
    back at, also one the previous party's name implied ("Respublica" - 2023), not the
    elections the new party's name implies."""
    return frame.has(SAME_YEAR) and not frame.years


def _of_all(frame: Frame) -> bool:
    """A measure of its own asked of all ("всего", "in total", "барлығы") and of no one the
    question points at: the whole election's figure, not the previous party's."""
    return frame.all_parties and not (frame.pointing or frame.subjects)


def _party_total(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """A party's total asked "in total" of no one after another figure of one party ("what % did
    Amanat get in 2023" - "how many seats total", "ал барлығы неше орын алды"): its seats from
    the lists and the districts, not the chamber's (after its seats, "in total" is the
    chamber's: `_whole`, `_of_all`)."""
    return (
        frame.all_parties
        and bool(frame.measures)
        and set(frame.measures) <= carry.totals
        and not (set(frame.measures) & set(previous.measures))
        and not (frame.subjects or frame.years or frame.settings)
        and len(previous.of("party")) == 1
    )


def _named_only(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """An organisation named alone, its measure said only by its name ("от бдипч", "ЕҚЫҰ-дан"
    after a count of observers), after a measure an organisation narrows: that measure of
    it, with no "and" before it."""
    if not frame.has(NAMED_ONLY) or not previous.measures:  # (most questions)
        return False
    named = {s.kind for s in frame.subjects}
    narrows = carry.narrowable.get(ORGANISATION_NARROWING, frozenset())
    return named == {ORGANISATION} and bool(narrows & set(previous.measures))


def _set_against(frame: Frame) -> bool:
    """Whether a follow-up sets what went before against another figure it names ("was that
    above the national figure?", "бұл ел бойынша көрсеткіштен жоғары ма?"): a comparison
    with no figure of its own."""
    return frame.comparison is not None and frame.comparison.value is None


def _in_country(frame: Frame) -> bool:
    """ "Is that the highest in the country?" / "бұл ел бойынша ең жоғары ма?" after a region's
    figure: the country is where the extreme is sought, the region asked before is what it asks
    of (not the country's own figure)."""
    pointing = frame.has("reference") or not (frame.measures or frame.subjects)  # "is that …"
    return frame.form == "yesno" and frame.extreme is not None and pointing


def _which_region(frame: Frame) -> bool:
    """An extreme asked of the regions ("ең жоғарысы қай облыста", "where was it highest"):
    not of the region asked before — unless a yes/no asks it of that region ("was that the
    top region in 2023 too")."""
    if frame.form == "yesno" and frame.has("reference"):
        return False
    return frame.extreme is not None and (frame.asks == WHERE or "region" in frame.kinds)


def _points_of(frame: Frame, previous: Frame) -> bool:
    """A change in points or percent of no one ("the drop in points", "на сколько процентов
    упала") after a figure that is a percentage itself (turnout): that figure's change, not
    the parties' shares."""
    return (
        frame.measures == (SHARE,)
        and not frame.subjects
        and (frame.form == "compare" or frame.has(CHANGE))
        and bool(PERCENTAGES & set(previous.measures))
    )


def _top_region(frame: Frame) -> bool:
    """ "The top region": "top" is the extreme of the regions' figure, not the election's
    winner (a party) — the figure is the one asked before."""
    return frame.measures == (WINNER,) and frame.extreme is not None and "region" in frame.kinds


def _top_after_regions_end(frame: Frame, previous: Frame) -> bool:
    """ "Top" with no party after the regions' highest or lowest ("lowest turnout region" - "and
    2021 top?"): the regions' other end of the same figure, not the election's winner (rule 42)."""
    return (
        _top_region(frame.with_(kinds=(*frame.kinds, "region")))
        and not frame.parties
        and _regions_end(previous)
    )


def _regions_end(previous: Frame) -> bool:
    """Whether the previous question asked the regions' highest or lowest of a figure ("which
    region was lowest", "regional turnout" - "and the lowest?")."""
    return previous.extreme in ("highest", "lowest") and (
        previous.asks == WHERE or "region" in previous.kinds or previous.narrows(BY_REGION)
    )


WHERE = "where"
CHOICES = frozenset({"which", WHERE, "who"})
"""Question words that pick one of several (a party, a region, a person)."""
"""The question word of "where" / "в каком регионе": an extreme asked of the regions."""


def _in_turn(
    frame: Frame, previous: Frame, measures: tuple[str, ...], years: tuple[int, ...]
) -> tuple[int, ...]:
    """The elections asked one per turn of the same figure, this turn's included."""
    if not frame.years or previous.years == frame.years or measures != previous.measures:
        return ()
    return unique((*(previous.in_turn or previous.years), *years))


def _among_asked(frame: Frame, previous: Frame) -> bool:
    """An extreme "of the three" / "из трёх" / "үшеуінің", no year or kind named, after a
    follow-up that changed the election: which of the elections asked in turn, not which region."""
    return (
        frame.has(OF_THOSE)
        and frame.extreme is not None
        and bool(previous.earlier)
        and not (frame.years or frame.kinds or frame.subjects)
    )


def _extreme_alone(frame: Frame, previous: Frame, kind: str) -> bool:
    """Only an extreme, not said of what it points back at, after a region's (or, with no
    region, a party's) figure ("turnout in Kyzylorda" - "а самая низкая", "and the lowest?"):
    which region or party is at that end, not the same one again ("это самая высокая?" asks
    that of the region). "What was the lowest that year", "сол жылы ең төмені қандай" point
    back at the year only, and "what" / "which" with no kind asks nothing else."""
    return (
        frame.extreme is not None
        and frame.asks in (None, "what", "which")
        and not frame.kinds
        and frame.form != "yesno"
        and not ((frame.pointing and not frame.has(SAME_YEAR)) or frame.subjects)
        and bool(previous.of(kind))
        and (kind == "region" or not previous.of("region"))
    )


def _extreme(frame: Frame, previous: Frame) -> str | None:
    """The previous extreme; both after "both" / "same two" ("highest turnout region" - "and
    the lowest" - "same two for 2023"), or a gap asked of the regions' ends."""
    both = frame.has(BOTH) or _gap_of_ends(frame, previous)
    if not both and _region_after_regions_end(frame, previous):
        return None
    return EXTREMES if both and previous.extreme else previous.extreme


def _region_after_regions_end(frame: Frame, previous: Frame) -> bool:
    """A region named after the regions' highest or lowest ("highest turnout region" - "what
    was Nur-Sultan's"): that region's figure, not the end again."""
    return (
        bool(frame.of("region"))
        and not previous.of("region")
        and (previous.asks == WHERE or "region" in previous.kinds)
    )


def _gap_of_ends(frame: Frame, previous: Frame) -> bool:
    """A difference asked of nothing after the regions' highest or lowest ("ең төмен келу қай
    жерде" - "ең жоғарысы ше" - "айырмасы қанша"): the gap between the two ends. Not after a
    follow-up that changed the election ("самая низкая в 23" - "а в 21" - "разница между
    ними?"): that end in the two elections (`Frame.earlier`, rule 11)."""
    return (
        frame.form == "compare"
        and not (frame.subjects or frame.years or frame.base_year or frame.settings)
        # ... also of the regions' figure said so ("regional turnout" - "and the lowest?")
        and _regions_end(previous)
        and not previous.earlier
    )


def _which_party(frame: Frame) -> bool:
    """An extreme asked of the parties ("and the party that came last", "а какая партия
    набрала меньше всех"): not of the party asked before."""
    return frame.extreme is not None and "party" in frame.kinds and not frame.parties


def _tally(frame: Frame, previous: Frame) -> bool:
    """ "Неше дауыспен?" / "by how many votes?" after a vote taken in a chamber (who was
    approved as PM): that vote's count, not the election's votes."""
    return (
        frame.measures == (VOTES,) and _bare(frame) and bool(BALLOTS_TAKEN & set(previous.measures))
    )


def _bare(frame: Frame) -> bool:
    """Only a measure, or "how many" and a measure ("registered voters?", "неше дауыспен?",
    "сколько голосов?"), or "what / which share" ("какой это процент"): that figure of what
    the previous question was about ("who won the election?" is a question of its own)."""
    share = frame.measures == (SHARE,) and frame.asks in ("what", "which")
    return (
        (frame.asks in (None, "count") or share)
        and len(frame.measures) == 1
        and not (frame.subjects or frame.years or frame.base_year)
        and not (frame.narrow and not frame.has(NARROWED_ONLY))  # "how many from districts"
        and not (frame.extreme or frame.comparison or frame.settings or frame.kinds)
        and not (frame.all_parties or frame.unknown or frame.figures or frame.claims)
    )


def _part_of_total(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """A part of a party's total, of no one and no election named ("тізім бойынша орындары",
    "seats from party lists"), after a question about one party: that party's part."""
    return (
        bool(frame.narrow)
        and bool(frame.measures)
        and set(frame.measures) <= carry.totals
        and frame.asks in (None, "count")
        and not (frame.subjects or frame.years or frame.base_year or frame.kinds)
        and not (frame.all_parties or frame.extreme or frame.comparison or frame.settings)
        and len(previous.parties) == 1
    )


def _ran_claim(frame: Frame, previous: Frame) -> bool:
    """A yes/no whether a party ran that names none, after a question about one ("did they run
    in 2023?", "а в 2021 она участвовала?", "2021 де қатысты ма" with the subject dropped)."""
    return (
        frame.form == "yesno"
        and RAN in frame.claims
        and not (frame.parties or frame.all_parties)
        and bool(previous.parties or previous.answered)
    )


def _before(
    frame: Frame, previous: Frame, measures: tuple[str, ...], years: tuple[int, ...]
) -> tuple[str, ...]:
    """The previous measures, when the follow-up asks another figure of the same election and
    of no one new ("ballots issued in 2021" - "and the votes for parties?")."""
    same = years == previous.years and not frame.subjects and not previous.subjects
    changed = bool(measures) and set(measures).isdisjoint(previous.measures)
    return previous.measures if same and changed else ()


def _measures_gap(frame: Frame, previous: Frame) -> bool:
    """A bare difference ("разница?", "айырмасы қанша", "how many fewer") after a follow-up
    that asked another figure of the same election: the two figures set against each other."""
    return (
        (frame.form == "compare" or _change(frame))
        and not (frame.measures or frame.subjects or frame.years or frame.base_year)
        and len(previous.before) == len(previous.measures) == 1
        and not previous.earlier
    )


def _changed(frame: Frame, previous: Frame) -> bool:
    """How a measure changed, of nothing and no election named, after a follow-up that changed
    the election ("Nur Otan's share in 2021" - "and in 2016?" - "how did the seat count
    change"): that measure of the same subject between the two elections."""
    return (
        frame.form == "compare"
        and len(frame.measures) == 1
        and not (frame.subjects or frame.years or frame.base_year or frame.settings)
        and len(previous.years) == len(previous.earlier) == 1
    )


def _narrowed_again(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """Only a narrowing that can narrow the previous figure, of no one named ("Nur Otan's share"
    - "what did the exit poll say"): the previous figure narrowed, of the same party."""
    return (
        frame.has(NARROWED_ONLY)
        and not (frame.subjects or frame.years or frame.all_parties)
        and bool(previous.parties)
        and bool(set(_narrows(frame, previous, carry)) & set(previous.measures))
    )


def _party_change(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """How a party's figure changed against another election, of no one named, after a question
    about one party's figure ("Ak Zhol's seats in 2023" - "how many fewer than in 2021"): that
    party's change, not the chamber's or the election's."""
    return (
        frame.form == "compare"
        and bool(frame.measures)
        and (frame.base_year is not None or bool(frame.years))
        and not (frame.subjects or frame.kinds or frame.all_parties or frame.settings)
        and len(previous.parties) == 1
        and carry.takes("party", frame.measures)
        and carry.takes("party", previous.measures)
    )


def _in_percent(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """A change asked "in percent" of nothing named after a percentage ("Akmola's turnout 2023"
    - "and 2021?" - "қанша пайызға азайды"): the change of that figure, not of the vote share."""
    return (
        frame.measures == (SHARE,)
        and (_changed(frame, previous) or _gap(frame, previous))
        and bool(carry.percents & set(previous.measures))
    )


def _estimate_gap(frame: Frame, previous: Frame) -> tuple[str, ...]:
    """A bare difference ("разница какая", "айырмасы қанша") after an estimate (an exit poll,
    its narrowing or its measure): the estimate, whose distance from the official figure is
    asked; none otherwise."""
    estimated = ESTIMATES & {*previous.measures, *(n.value for n in previous.narrow)}
    bare = not (frame.measures or frame.subjects or frame.years)
    return tuple(sorted(estimated)) if frame.form == "compare" and bare else ()


def _gap(frame: Frame, previous: Frame) -> bool:
    """A difference asked of nothing and no election named ("на сколько больше", "айырмасы
    қанша"), which is ahead ("кайсысы коп алды"), or "both of them" ("екеуі"), after a
    follow-up that replaced the subject ("Astana's turnout" - "and Almaty?"): the two
    subjects."""
    return (
        (frame.form == "compare" or _change(frame) or frame.has(BOTH) or _which_more(frame))
        and not (frame.subjects or frame.years or frame.base_year or frame.settings)
        and len(previous.replaced) == 1
    )


def _which_more(frame: Frame) -> bool:
    """ "Which got more?", "кайсысы коп алды": which of those said before is ahead, no figure
    of its own."""
    comparison = frame.comparison
    asks = frame.asks in ("which", "who")  # "у кого больше?"
    return asks and comparison is not None and comparison.value is None


def _against(frame: Frame, previous: Frame) -> bool:
    """More or less than one other party or region, no figure ("это больше, чем у Ак жола?",
    "was that more than the PPK got"), after a question about one: the two set side by side."""
    comparison = frame.comparison
    return (
        comparison is not None
        and comparison.value is None
        and not frame.years
        and bool(_replaced(frame, previous))
    )


def _than_other(frame: Frame, previous: Frame) -> bool:
    """ "More votes than Ak Zhol?" after one other party's figure, its own measure said: the
    one party named is what the previous party is set against (rule 18), not the subject of a
    new question; one year or base named is a question of its own."""
    return (
        frame.has(THAN_PARTY)
        and len(previous.parties) == 1
        and frame.base_year is None
        and _against(frame, previous)
    )


def _dropped(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """A party's figure with the party dropped ("бір мандатты округтерден неше орын алды",
    "а сколько мест получила"), after a question about one party: that party's."""
    return (
        frame.has(GOT)
        and not (frame.subjects or frame.all_parties or frame.extreme)
        and "party" not in frame.kinds
        and frame.asks not in ("who", "which")
        and len(previous.parties) == 1
        and carry.takes("party", frame.measures)
    )


def _short(frame: Frame, previous: Frame) -> bool:
    """How far short, of no party, after a question about one ("шекке жету үшін қанша пайыз
    жетпеді", "how far short of the cutoff were they"): that party's shortfall."""
    return SHORTFALL in frame.mentions and not frame.parties and len(previous.parties) == 1


def _short_of_answered(frame: Frame, previous: Frame) -> bool:
    """How far short, of no party, after a question whose answer named one party ("who came
    fourth?" - "на сколько процентов не добрал до барьера?"): that party's shortfall."""
    named = previous.answered
    return (
        SHORTFALL in frame.mentions
        and not (frame.parties or previous.parties or frame.all_parties or frame.pointing)
        and len(named) == 1
        and named[0].kind == "party"
    )


def _replaced(frame: Frame, previous: Frame) -> tuple[Subject, ...]:
    """The previous parties (or regions), when the follow-up names others in their place
    ("ak zhol" - "а нур отан", "Astana" - "and Almaty?")."""
    for kind in ("party", "region"):
        named = frame.of(kind)
        if named and set(named) != set(previous.of(kind)):
            return tuple(s for s in previous.subjects if s.kind == kind)
    # "who came second" - "and third": the party the answer named gives way to the next one
    if frame.narrow and previous.answered and not (previous.parties or frame.subjects):
        return () if frame.pointing or frame.years else previous.answered
    return ()


def _first_holder(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """ "Who was first" (the winner said only as the first), of no party, after a question
    about a post held in turn: its first holder in the period asked, not the election's
    winner."""
    return (
        frame.measures == (WINNER,)
        and frame.narrows(FIRST_PLACE)
        and not (frame.parties or frame.kinds)
        and bool(carry.posts & set(previous.measures))
    )


def _figure_within(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """Only the figure that said which of the previous measure's figures was asked, the
    extreme of it, of nothing and no election ("how many APK members voted for them" - "who
    got the most votes"): that measure's extreme (the Assembly's candidate with most votes)."""
    if not frame.extreme or frame.subjects or frame.years or not frame.measures:
        return False
    figures = [carry.figure_mentions.get(m, frozenset()) for m in previous.measures]
    return any(set(frame.measures) <= f and bool(f & previous.mentions) for f in figures)


def _summed(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """ "Together" / "вместе" / "екеуі қосқанда" alone or with the figure asked before, after a
    question about several parties, or about one that replaced another ("and PPK?"): those
    parties' figures added up, not every party's."""
    return (
        (frame.has(TOTAL) or frame.has(SUM))  # "сумма двух", "the sum of the two"
        and len(previous.parties) + len(previous.replaced) > 1
        and (not frame.measures or carry.takes("party", frame.measures))  # "... неше орын"
        and not (frame.subjects or frame.years or frame.settings)
        and not _every_party(frame)
        and not _in_turn_total(frame, previous)
    )


def _in_turn_total(frame: Frame, previous: Frame) -> bool:
    """ "А всего?" / "барлығы?" after parties asked one per turn ("nur otan's candidates" - "а ак
    жол" - "а адал"), with no word that adds up ("вместе", "together", "екеуі"): the whole
    election's figure, not the sum of the last two parties named."""
    return (
        frame.has(TOTAL)
        and not (frame.has(SUM) or frame.has(BOTH))
        and len(previous.parties) == 1
        and bool(previous.replaced)
    )


def _every_party(frame: Frame) -> bool:
    """ "Барлық партиялардың ... барлығы", "all parties together": every party, not the two
    said before ("both parties", "екі партия қосқанда" still are those two)."""
    return frame.has(TOTAL) and "party" in frame.kinds and not (frame.has(BOTH) or frame.figures)


def _every(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """ "Барлық партиялар бойынша", "and for all parties?" alone after a party's figure: that
    figure of every party."""
    return (
        _every_party(frame)
        and bool(previous.parties or previous.replaced)
        and not (frame.measures or frame.subjects or frame.years or frame.settings)
        # "нұр отан неше кандидат ұсынды" - "барлық партиялар бойынша": nominees too
        and (carry.takes("party", previous.measures) or bool(NOMINEES & set(previous.measures)))
    )


NOMINEES = frozenset({"nomination"})
"""A measure asked of a party as its list ("how many did Nur Otan nominate"), whose every-party
figure is all the candidates, though a follow-up naming it alone is the election's."""
WHOLE_OF = frozenset({"seats", "votes"})
"""A party's counts whose whole is every party's together (the chamber's seats, all votes)."""


def _whole(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """ "And in total?" / "а всего?" / "ал барлығы?" alone after a question about one party's
    figure: the same figure of the whole election (every party's: the chamber's seats), not
    that party's again. After a part of the party's figure ("its district seats" - "total?")
    it is the party's own total."""
    return (
        frame.has(TOTAL)
        and (len(previous.parties) + len(previous.replaced) == 1 or _in_turn_total(frame, previous))
        and not previous.narrow
        and bool(previous.measures)
        and set(previous.measures) <= WHOLE_OF | NOMINEES  # "X's candidates" - "а всего": all
        and not (frame.measures or frame.subjects or frame.years or frame.settings)
        and (carry.takes("party", previous.measures) or bool(NOMINEES & set(previous.measures)))
    )


def _unnarrowed(frame: Frame, previous: Frame) -> bool:
    """ "And in total?" / "а всего?" / "ал жалпы?" alone after a narrowed figure ("polling
    stations abroad"): the same figure, whole (the narrowing is dropped: `_narrowing`)."""
    return (
        frame.has(TOTAL)
        and bool(previous.narrow)
        and not (frame.measures or frame.subjects or frame.years or frame.settings)
    )


def _whose(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """A yes/no about a party's result that names no party and no election, after a question
    about one: Kazakh and Russian drop the subject ("Ауыл ... пайызы ше" - "мәжіліске өтті ме?");
    whether it passed also of another election ("2023 те өтті ме": it, in 2023)."""
    return (
        frame.form == "yesno"
        and not frame.subjects
        and (not frame.years or _passed_alone(frame))
        and not frame.all_parties
        and bool(previous.parties)
        and carry.takes("party", frame.measures)
    )


def _passed_alone(frame: Frame) -> bool:
    """Only "did (it) pass": no party kind, figure or count asked ("прошли 6 партий?" is
    about the parties)."""
    return frame.measures == (PASSED,) and not frame.kinds and frame.comparison is None


def _the_party(frame: Frame, previous: Frame) -> bool:
    """ "The party" / "эта партия" named by no name, not asked which, after a question about one
    party ("who chaired Nur Otan" - "when was the party renamed"): that party."""
    # "who is the party leader": who of the party, not which party
    asks_party = frame.asks == "which" or (frame.asks == "who" and LEADER not in frame.measures)
    return (
        "party" in frame.kinds
        and not asks_party
        and not (frame.parties or frame.all_parties)
        and len(previous.parties) == 1
    )


def _party_own(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """Only a measure only a party has, of no one, after a question about one party (Kazakh and
    Russian drop the subject: "адал" - "бұрын қалай аталған"): that party's."""
    return (
        bool(frame.measures)
        and set(frame.measures) <= carry.party_only
        and not (frame.subjects or frame.all_parties)
        and len(previous.parties) == 1
    )


def _in_topic(frame: Frame, previous: Frame, carry: Carry) -> bool:
    """Only a figure a topic has, of nothing and no election, after a question on the topic
    ("when was the referendum" - "what % voted yes"): the topic's figure."""
    return (
        bool(carry.topics & set(previous.measures))
        and bool(frame.measures)
        and set(frame.measures) <= carry.topic_figures
        and not (frame.subjects or frame.years or frame.base_year or frame.settings)
        and not frame.has(ELECTION_NAMED)  # "а явка на выборах?": the election's
    )


def _versus_own(frame: Frame, previous: Frame) -> bool:
    """A comparison with the same party at another election, no measure of its own ("amanat
    seats 2023" - "vs NO 2021?", "а против нур отана в 2021?"): the previous figure against
    that election's, as "vs 2021?" is."""
    return (
        frame.form == "compare"
        and not (frame.measures or frame.base_year)
        and len(frame.years) == len(previous.years) == 1
        and frame.years != previous.years
        and bool(frame.parties)
        and set(frame.parties) == set(previous.parties)
    )


def _plus_between(frame: Frame, previous: Frame) -> bool:
    """ "Плюс сколько" / "plus how many" alone after a follow-up that changed the election of
    one party (or of none): the gain between the two elections, not one party's figures at two
    elections added up ("and together?" after two parties still sums them)."""
    return (
        frame.has(SUM)
        and frame.with_(asks=None).empty  # "плюс сколько": "how many" and nothing else
        and frame.asks in (None, "count")
        and frame.relative is None
        and bool(previous.earlier)
        and len(previous.parties) <= 1
    )


def _change_alone(frame: Frame) -> bool:
    """A change word and nothing else ("increase?", "рост?", "өсті ме?")."""
    return frame.has(CHANGE) and frame.empty and frame.relative is None


def _unrelated(frame: Frame) -> bool:
    """Small talk and words nobody knows lean on nothing; a comparison word alone
    ("difference?", "айырмашылығы?"), the official result alone ("и официальный?", "how far
    off was it") or "out of how many?" leans on the question before, as "а сейчас?" does."""
    return (
        frame.empty
        and frame.relative is None
        and frame.form != "compare"
        and not frame.has(OFFICIAL)
        and not frame.has(OUT_OF)  # "out of how many?"
        and not frame.has(NATIONAL)  # "nationally?" after a region's figure: the country's
        and not _change_alone(frame)  # "increase?", "өсті ме?" after two elections: the change
    )
