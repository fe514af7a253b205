"""What-if seat answers: another threshold or method, votes needed, the last seat, the arithmetic.

Every reply names the method, the threshold and its base, shows the seats against the official
result, and offers the explanation and a chart. The arithmetic is `sailau.seats`; the sentences
are `facts/locales/seats.yaml`, shared with the command line through `SeatText`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction

from sailau.answers.env import DEFAULT_YEAR, Env, cited
from sailau.answers.party import did_not_run
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election, Sourced
from sailau.reply import Reply, ReplyKind, Suggestion, freeze_slots
from sailau.seats.allocation import Allocation, NoPartyPasses, SeatError
from sailau.seats.explain import Explanation
from sailau.seats.marginal import votes_for_seat, votes_to_pass, with_extra
from sailau.seats.methods import METHODS
from sailau.seats.scenario import Scenario, from_election, parse_percent
from sailau.seats.text import SeatText, percent_figure
from sailau.seats.thresholds import Threshold

ALTERNATIVE_METHODS = ("dhondt", "sainte_lague")
"""Methods offered as a follow-up what-if: the first that differs from the one just used."""


WORKED_REMEMBERED = 256
"""Elections allocated under asked rules and remembered: the what-if, its explanation, the
last seat, the votes needed and the follow-ups tried out all start from the same few."""


@dataclass(frozen=True, eq=False)
class Worked:
    """An election allocated under the rules asked, once per fact base and rules; what the
    answers derive from it (the explanation, votes needed) is worked out once too."""

    election: Election
    scenario: Scenario
    allocation: Allocation | None
    refused: SeatError | None = None
    """Why there is no allocation (no party passes the threshold, ...)."""

    @functools.cached_property
    def explanation(self) -> Explanation:
        return self.scenario.explain()

    marginal: dict[tuple[str, str], int | None] = field(default_factory=dict, repr=False)
    """Votes needed, worked out: (what for, party) -> votes (see `votes_for_seat`)."""

    def votes_for_seat(self, party: str) -> int | None:
        """Votes `party` needed for one seat more (`marginal.votes_for_seat`)."""
        s = self.scenario
        if ("seat", party) not in self.marginal:
            found = votes_for_seat(s.method, s.votes, s.seats, party, s.ballots)
            self.marginal["seat", party] = found
        return self.marginal["seat", party]

    def votes_to_pass(self, threshold: Threshold, party: str) -> int | None:
        """Votes `party` needed to pass the scenario's `threshold` (`marginal.votes_to_pass`)."""
        s = self.scenario
        if ("pass", party) not in self.marginal:
            self.marginal["pass", party] = votes_to_pass(threshold, s.votes, party, s.ballots)
        return self.marginal["pass", party]


def worked(env: Env, year: int, method: str | None, threshold: str | None) -> Worked:
    """`year`'s election under its own rules, with `method` and `threshold` (a slot value)
    instead; SeatError when the threshold is not a percentage. Remembered by `env`."""
    return env.remembered(_worked, WORKED_REMEMBERED)(env, year, method, threshold)


def _worked(env: Env, year: int, method: str | None, threshold: str | None) -> Worked:
    election = env.fb.election(year)
    scenario = from_election(
        election, method=method, share=None if threshold is None else parse_percent(threshold)
    )
    try:
        return Worked(election, scenario, scenario.allocate())
    except SeatError as refused:
        return Worked(election, scenario, None, refused)


@dataclass(frozen=True)
class Calc:
    """One question's allocation and text writer."""

    worked: Worked
    allocation: Allocation
    text: SeatText

    @property
    def election(self) -> Election:
        return self.worked.election

    @property
    def scenario(self) -> Scenario:
        return self.worked.scenario

    @property
    def year(self) -> int:
        return self.election.year

    def rules(self) -> dict[str, str]:
        """The method and threshold, as slots for follow-ups."""
        share = self.scenario.share or Fraction(0)
        return {"method": self.scenario.method_name, "threshold": str(percent_figure(share))}

    @property
    def hypothetical(self) -> bool:
        """Rules other than the election's own: the answer is a calculation, not the result."""
        return bool(self.changed())

    def changed(self) -> dict[str, str]:
        """The rules that differ from the election's own: slots for follow-ups (callback data
        is limited to 64 bytes, and the defaults come back by themselves)."""
        stated = self.election.system
        own = {
            "method": stated.quota.method,
            "threshold": str(percent_figure(Fraction(stated.threshold.percent) / 100)),
        }
        return {k: v for k, v in self.rules().items() if own[k] != v}


def calculated(env: Env, q: Query, build: Callable[[Env, Query, Calc], Reply]) -> Reply:
    """Allocate for the question and let `build` word it; what cannot be allocated is said."""
    method = q.slots.get("method")
    try:
        found = worked(env, env.year(q), method if method in METHODS else None,
                       q.slots.get("threshold"))  # fmt: skip
    except SeatError:  # the threshold asked (typed, or a forged button) is not 0-100 %
        return env.reply(q, env.t(q, "seats_bad_threshold"), kind=ReplyKind.INFO)
    election, scenario = found.election, found.scenario
    text = SeatText(
        env.catalog,
        q.lang,
        lambda p: env.fb.party_name(p, election.year, q.lang),
        tie_rule=election.system.tie_break is not None,
    )
    if isinstance(found.refused, NoPartyPasses):
        headline = env.t(q, "seats_no_party_passes", threshold=text.threshold(scenario))
        return env.reply(q, headline, kind=ReplyKind.INFO, sources=[election.system.threshold])
    if found.allocation is None:
        return env.reply(q, env.t(q, "seats_cannot"), kind=ReplyKind.INFO)
    calc = Calc(found, found.allocation, text)
    return build(env, q, replace(calc, text=replace(text, hypothetical=calc.hypothetical)))


def sources(calc: Calc) -> list[Sourced]:
    """The votes and every rule the calculation used."""
    system = calc.election.system
    used: list[Sourced] = [*calc.election.results, system.threshold, system.quota]
    used += [system.remainder, *([system.tie_break] if system.tie_break else [])]
    if calc.allocation.admitted and system.single_party_rule is not None:
        used.append(system.single_party_rule)
    return used


def figures(calc: Calc) -> dict[str, object]:
    return {
        **calc.rules(),
        "threshold_base": calc.scenario.base.value,
        **{f"{p}_seats": n for p, n in calc.allocation.seats.items()},
    }


def offer(label: str, intent: str, **slots: object) -> Suggestion:
    return Suggestion(label, intent, freeze_slots(slots))


def offers(env: Env, q: Query, calc: Calc, *skip: str) -> list[Suggestion]:
    """The explanation, a chart, the last seat; another method or threshold, the rest kept."""
    rules = calc.changed()
    year = {} if calc.year == DEFAULT_YEAR else {"year": calc.year}
    t = calc.text.t
    out = [
        offer(t("seats_suggest_explain"), "seat_explain", **rules, **year),
        offer(t("seats_suggest_chart"), "chart", chart="whatif", **rules, **year),
        offer(t("seats_suggest_last_seat"), "last_seat", **rules, **year),
    ]
    other = next(m for m in ALTERNATIVE_METHODS if m != calc.scenario.method_name)
    out.append(
        offer(
            t("seats_suggest_method", method=calc.text.method(other)),
            "whatif",
            **{**rules, "method": other},
            **year,
        )
    )
    # another election's threshold, not this election's own (which is no "what if" but the rule)
    real = calc.election.system.threshold.percent
    stated = sorted({e.system.threshold.percent for e in env.fb.elections.values()} - {real},
                    reverse=True)  # fmt: skip
    other_share = next((p for p in stated if Fraction(p) / 100 != calc.scenario.share), None)
    if other_share is not None:
        percent = calc.text.percent(Fraction(other_share) / 100)
        out.append(
            offer(
                t("seats_suggest_threshold", percent=percent),
                "whatif",
                **{**rules, "threshold": other_share},
                **year,
            )
        )
    return [s for s in out if s.intent not in skip]


# --- answers ------------------------------------------------------------------------------------


Lines = Callable[[], list[str]]
"""A seat answer's details, built only when they are wanted (not while it is tried out)."""


def reply(env: Env, q: Query, calc: Calc, headline: str, details: Lines, *skip: str) -> Reply:
    """The reply every seat answer gives: headline and details (each citing the votes and the
    rules the calculation uses), follow-ups. Tried out as a follow-up (`Env.probing`), only its
    kind and headline are wanted: the details, figures and follow-ups are not built (a seat
    explanation's lines cost about a millisecond)."""
    if env.probing:
        return env.reply(q, headline)
    used, day = sources(calc), calc.election.date
    return env.reply(
        q,
        cited(headline, *used, on=day),
        details=[cited(d, *used, on=day) for d in details()],
        figures=figures(calc),
        suggestions=offers(env, q, calc, *skip),
    )


def party_lead(calc: Calc, party: str) -> str:
    """A what-if asked of one party: its seats under the rules asked, against the official
    result ("Ak Zhol would win 11 seats (officially 12, −1)")."""
    text, official = calc.text, calc.scenario.official
    seats = calc.allocation.seats.get(party, 0)
    against = ""
    if official is not None:
        real = official.get(party, 0)
        change = text.catalog.fmt_signed_int(seats - real, text.lang)
        key = "seats_whatif_against" if seats != real else "seats_whatif_against_same"
        against = text.t(key, official=text.num(real), change=change)
    return text.t(
        "seats_whatif_party" if seats else "seats_whatif_party_none",
        year=calc.year,
        rules=text.short_rules(calc.scenario),
        party=text.phrase(party),
        seats=text.seats(seats),
        against=against,
    )


def whatif_reply(env: Env, q: Query, calc: Calc) -> Reply:
    text, allocation = calc.text, calc.allocation
    headline = text.t(
        "seats_whatif_headline",
        year=calc.year,
        rules=text.short_rules(calc.scenario),
        summary=text.summary(allocation),
    )
    party = q.slots.get("party")
    if party is not None and party in allocation.seats:  # its seats first, then the split
        split = [text.t("seats_whatif_split", summary=text.summary(allocation))]
        headline = party_lead(calc, party)
    else:
        split = []
    same = dict(allocation.seats) == dict(calc.scenario.official or {}) and not allocation.ties

    def details() -> list[str]:
        return [
            *split,
            text.t("seats_whatif_same") if same else text.t("seats_hypothetical"),
            *text.party_status(allocation),  # why the seats below are what they are
            *text.seat_lines(calc.scenario, allocation),
            *text.rule_notes(calc.scenario, allocation),
            text.threshold_rule(calc.scenario),  # the headline names the method
        ]

    return reply(env, q, calc, headline, details)


@handles("whatif")
def whatif(env: Env, q: Query) -> Reply:
    return calculated(env, q, whatif_reply)


def explain_reply(env: Env, q: Query, calc: Calc) -> Reply:
    text, scenario = calc.text, calc.scenario
    headline = text.t(
        "seats_explain_headline",
        scenario.seats,
        year=calc.year,
        seats=text.num(scenario.seats),
        rules=text.short_rules(scenario),
    )

    def details() -> list[str]:
        return [
            *([text.t("seats_hypothetical")] if calc.hypothetical else []),
            *_party_first(text.explanation_lines(scenario, calc.worked.explanation), q, text),
            *text.status_lines(scenario, calc.allocation),
        ]

    return reply(env, q, calc, headline, details, "seat_explain")


def _party_first(lines: list[str], q: Query, text: SeatText) -> list[str]:
    """The explanation asked of one party ("ak zhol remainder" - "and ppk's"): that party's own
    lines first (right under the headline), then the rest in their order."""
    party = q.slots.get("party")
    if party is None:
        return lines
    own = text.label(party)
    return sorted(lines, key=lambda line: own not in line)


@handles("seat_explain")
def seat_explain(env: Env, q: Query) -> Reply:
    return calculated(env, q, explain_reply)


def last_seat_headline(calc: Calc, explanation: Explanation) -> str:
    """Who took the last seat and on what: a remainder, an average, or an exact tie."""
    text, year = calc.text, calc.year
    n = calc.scenario.seats
    seats = text.num(n)
    rules = text.short_rules(calc.scenario)
    if calc.allocation.ties:
        parties = text.parties(explanation.last)
        return text.t("seats_last_tied", year=year, parties=parties, rules=rules)
    if explanation.wins:
        win = explanation.wins[-1]
        return text.t(
            "seats_last_average",
            n,
            rules=rules,
            year=year,
            seats=seats,
            party=text.phrase(win.party),
            average=text.dec(win.average, 2),
            votes=text.votes(win.votes),
            divisor=text.divisor(win.divisor),
        )
    if not explanation.last:
        return text.t("seats_last_whole", n, year=year, seats=seats, rules=rules)
    row = next(r for r in explanation.rows if r.party == explanation.last[0])
    return text.t(
        "seats_last_remainder",
        n,
        rules=rules,
        year=year,
        seats=seats,
        party=text.phrase(row.party),
        remainder=text.dec(row.remainder, 4),
    )


def last_seat_reply(env: Env, q: Query, calc: Calc) -> Reply:
    explanation = calc.worked.explanation

    def details() -> list[str]:
        return [
            *calc.text.next_lines(explanation),
            # a calculation's headline names its rules already
            (calc.text.threshold_rule if calc.hypothetical else calc.text.rules)(calc.scenario),
            *([calc.text.t("seats_hypothetical")] if calc.hypothetical else []),
        ]

    return reply(env, q, calc, last_seat_headline(calc, explanation), details, "last_seat")


@handles("last_seat")
def last_seat(env: Env, q: Query) -> Reply:
    return calculated(env, q, last_seat_reply)


def asked_party(q: Query, calc: Calc) -> str:
    """The party asked about; else the one closest to the threshold; else the next in line."""
    party = q.slots.get("party")
    if party is not None and party in calc.allocation.seats:
        return party
    if calc.allocation.excluded:
        return max(calc.allocation.excluded, key=calc.scenario.votes.__getitem__)
    return calc.worked.explanation.next[0]


def published_share(calc: Calc, party: str) -> str:
    """The party's share on the threshold's base, and its published share where that differs
    (5.08% of all who voted; published 5.29%, a share of the votes for parties)."""
    share = calc.text.vote_share(calc.scenario, party)
    if not calc.election.has_party(party):
        return share
    published = calc.text.catalog.fmt_percent(calc.election.party(party).percent, calc.text.lang)
    if published in share:
        return share
    return calc.text.t("seats_share_published", share=share, percent=published)


def votes_needed_reply(env: Env, q: Query, calc: Calc) -> Reply:
    text, scenario = calc.text, calc.scenario
    party = asked_party(q, calc)
    values = {"year": calc.year, "party": text.phrase(party), "rules": text.short_rules(scenario)}
    threshold = scenario.threshold
    if party in calc.allocation.excluded and threshold is not None:
        more = calc.worked.votes_to_pass(threshold, party)
        if more is None:
            return reply(env, q, calc, text.t("seats_to_pass_never", **values), list)
        ballots = None if scenario.ballots is None else scenario.ballots + more
        won = scenario.method.evaluate(
            with_extra(scenario.votes, party, more), scenario.seats, ballots
        )
        headline = text.t("seats_to_pass", **values, more=text.votes(more, "votes_lacking"))
        details = [
            text.t(
                "seats_to_pass_detail",
                votes=text.votes(scenario.votes[party]),
                share=published_share(calc, party),
                seats=text.seats(won.seats[party]),
            )
        ]
    else:
        more = calc.worked.votes_for_seat(party)
        if more is None:
            return reply(env, q, calc, text.t("seats_for_seat_never", **values), list)
        headline = text.t(
            "seats_for_seat",
            **values,
            seats=text.seats(calc.allocation.seats[party]),
            more=text.votes(more, "votes_lacking"),
        )
        details = []
    details += [text.rules(scenario), text.t("seats_hypothetical_votes")]
    return reply(env, q, calc, headline, lambda: details)


@handles("votes_needed")
def votes_needed(env: Env, q: Query) -> Reply:
    election, party = env.election(q), q.slots.get("party")
    if party is not None and party in env.fb.parties and not election.has_party(party):
        return did_not_run(env, q, election, party)
    return calculated(env, q, votes_needed_reply)
