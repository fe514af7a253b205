"""Seat results as text in kk/ru/en, shared by the what-if answers and the command line.

Every sentence is a template in `facts/locales/seats.yaml`; this module only picks templates
and formats the numbers (rounded for display; the seats were decided exactly elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sailau.i18n import Catalog
from sailau.reply import Lang
from sailau.seats.allocation import Allocation, Votes
from sailau.seats.explain import Explanation
from sailau.seats.indices import gallagher, loosemore_hanby
from sailau.seats.kazakh import KazakhRule
from sailau.seats.scenario import Scenario

WINS_SHOWN = 5
"""How many of the last seats a divisor explanation lists."""


def rounded(value: Fraction | float, places: int) -> Decimal:
    """`value` rounded half-up to `places` decimals, for display."""
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    else:
        exact = Decimal(repr(value))
    return exact.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def percent_figure(share: Fraction) -> Decimal:
    """A threshold share as the percentage people wrote: 7, 3.5 (no trailing zeros)."""
    text = f"{rounded(share * 100, 4):f}".rstrip("0").rstrip(".")
    return Decimal(text)


def plain(party: str) -> str:
    """Party names as given (the command line without a stored election)."""
    return party


HYPOTHETICAL = "_hyp"
"""Suffix of a template's conditional form ("would have won"), used for a calculation under
other rules than the election's own."""


@dataclass(frozen=True)
class SeatText:
    """Templates and number formats for one language; `names` turns party ids into names.

    `hypothetical`: the rules are not the election's own, so a template with a conditional form
    (`key_hyp`) speaks in it: a calculation never reads as the official result."""

    catalog: Catalog
    lang: Lang
    names: Callable[[str], str] = plain
    hypothetical: bool = False
    tie_rule: bool = True
    """Whether the election's law documents a tie-break (not for 2023): only then is it said."""

    def t(self, key: str, count: int | None = None, /, **values: object) -> str:
        """The template `key` (its conditional form if hypothetical), plural form chosen by
        `count`, filled with `values`."""
        if self.hypothetical and key + HYPOTHETICAL in self.catalog:
            key += HYPOTHETICAL
        return self.catalog.t(key, self.lang, count, **values)

    def num(self, n: int) -> str:
        return self.catalog.fmt_int(n, self.lang)

    def dec(self, value: Fraction | float, places: int) -> str:
        return self.catalog.fmt_decimal(rounded(value, places), self.lang)

    def divisor(self, value: float) -> str:
        """A divisor as people write it: `3`, `1.4`, `1.41` (Huntington-Hill's roots)."""
        return self.dec(value, 2).rstrip("0").rstrip(",.")

    def percent(self, share: Fraction) -> str:
        return self.catalog.fmt_percent(percent_figure(share), self.lang)

    def label(self, party: str) -> str:
        """A party's name as lists show it (quoted in kk and ru: «Ауыл»)."""
        return self.catalog.party(self.names(party), self.lang)

    def inline(self, party: str) -> str:
        """A party in a list inside a sentence (en `the People's Party of Kazakhstan 9`)."""
        return self.catalog.party(self.names(party), self.lang, inline=True)

    def phrase(self, party: str) -> str:
        """A party as a sentence's subject (ru `партия «Ауыл»`, kk `«Ауыл» партиясы`)."""
        return self.catalog.party(self.names(party), self.lang, phrase=True)

    def votes(self, n: int, key: str = "votes_n") -> str:
        """`383 023 голоса`; `key="votes_lacking"` for the genitive of «не хватило»."""
        return self.t(key, n, n=self.num(n))

    def seats(self, n: int) -> str:
        """`7 мест`, `1 seat`."""
        return self.t("seats_n", n, n=self.num(n))

    def parties(self, ids: Iterable[str]) -> str:
        """Party names as a list: `A, B and C`."""
        names = [self.label(p) for p in ids]
        if len(names) < 2:
            return "".join(names)
        return self.t("list_last", head=", ".join(names[:-1]), last=names[-1])

    # --- rules ----------------------------------------------------------------------------------

    def method(self, name: str) -> str:
        return self.t(f"seats_method_{name}")

    def threshold(self, scenario: Scenario) -> str:
        """ "7 % or more of the votes of all who took part", or "no threshold"."""
        if not scenario.share:
            return self.t("seats_threshold_none")
        key = "seats_share_inclusive" if scenario.inclusive else "seats_share_strict"
        share = self.t(key, percent=self.percent(scenario.share))
        return self.t("seats_threshold", share=share, base=self.t(f"seats_base_{scenario.base}"))

    def vote_share(self, scenario: Scenario, party: str) -> str:
        """`5.08% of the votes of all who took part`: a party's share on the threshold's base."""
        share = Fraction(scenario.votes[party] * 100, scenario.base_total() or 1)
        percent = self.catalog.fmt_percent(rounded(share, 2), self.lang)
        base = self.t(f"seats_base_{scenario.base}")
        return self.t("seats_vote_share", percent=percent, base=base)

    def short_rules(self, scenario: Scenario) -> str:
        """ "threshold 5 %, D'Hondt method": the rules in a headline (`rules`: in full)."""
        method = self.method(scenario.method_name)
        if not scenario.share:
            return self.t("seats_rules_short_none", method=method)
        return self.t("seats_rules_short", percent=self.percent(scenario.share), method=method)

    def rules(self, scenario: Scenario) -> str:
        return self.t(
            "seats_rules",
            method=self.method(scenario.method_name),
            threshold=self.threshold(scenario),
        )

    def threshold_rule(self, scenario: Scenario) -> str:
        """The threshold in full, for an answer whose headline names the method already."""
        return self.t("seats_rules_threshold", threshold=self.threshold(scenario))

    # --- results --------------------------------------------------------------------------------

    def summary(self, allocation: Allocation) -> str:
        """`Nur Otan 72, Ak Zhol 11, ...`: the parties that won seats."""
        return ", ".join(
            self.t("seats_summary_item", party=self.inline(p), seats=self.num(n))
            for p, n in allocation.seats.items()
            if n
        )

    def seat_lines(self, scenario: Scenario, allocation: Allocation) -> list[str]:
        """One line per party; against the official result when the scenario has one."""
        official = scenario.official
        if official is None:
            return [
                self.t("seats_party_line", party=self.label(p), seats=self.num(n))
                for p, n in allocation.seats.items()
            ]
        return [
            self.t(
                "seats_party_line_official"
                if n != official.get(p, 0)
                else ("seats_party_line_official_same"),
                party=self.label(p),
                seats=self.num(n),
                official=self.num(official.get(p, 0)),
                change=self.catalog.fmt_signed_int(n - official.get(p, 0), self.lang),
            )
            for p, n in allocation.seats.items()
        ]

    def status_lines(self, scenario: Scenario, allocation: Allocation) -> list[str]:
        """Who failed the threshold and who was admitted, then the notes on how (see
        `party_status`, `rule_notes`)."""
        return [*self.party_status(allocation), *self.rule_notes(scenario, allocation)]

    def party_status(self, allocation: Allocation) -> list[str]:
        """Who failed the threshold, or who passed and who was admitted besides.

        With a runner-up admitted, every party but the one that passed is below the threshold:
        the runner-up is said to take part, the others to be left out."""
        excluded = self.parties(allocation.excluded)
        if not allocation.admitted:
            return [self.t("seats_excluded", parties=excluded)] if allocation.excluded else []
        passed = [p for p in allocation.seats if p not in allocation.excluded + allocation.admitted]
        lines = [
            self.t(
                "seats_admitted",
                passed=self.parties(passed),
                parties=self.parties(allocation.admitted),
            )
        ]
        if allocation.excluded:
            lines.append(self.t("seats_excluded_admitted", parties=excluded))
        return lines

    def rule_notes(self, scenario: Scenario, allocation: Allocation) -> list[str]:
        """Under which reading a runner-up was admitted, and exact ties (with the law's rule
        where the election documents one)."""
        lines = self.sole_rule_lines(scenario) if allocation.admitted else []
        for tie in allocation.ties:
            parties = self.parties(tie.parties)
            lines.append(self.t("seats_tie", tie.seats, parties=parties, n=self.num(tie.seats)))
        if allocation.ties and self.tie_rule and isinstance(scenario.method, KazakhRule):
            lines.append(self.t("seats_tie_rule"))
        return lines

    def sole_rule_lines(self, scenario: Scenario) -> list[str]:
        """Which reading of the disputed runner-up rule was used, with the fact base's figures."""
        rule = scenario.method
        if not isinstance(rule, KazakhRule):
            return []
        coefficient = rule.correction_coefficient
        return [
            self.t(
                f"seats_note_sole_{rule.sole_rule.value}",
                min_seats=self.num(rule.runner_up_min_seats or 0),
                coefficient=self.dec(coefficient, 1) if coefficient is not None else "—",
            )
        ]

    def indices_line(self, votes: Votes, seats: Mapping[str, int]) -> str:
        return self.t(
            "seats_indices",
            gallagher=self.dec(gallagher(votes, seats), 2),
            loosemore_hanby=self.catalog.fmt_percent(
                rounded(loosemore_hanby(votes, seats) * 100, 2), self.lang
            ),
        )

    # --- explanation ----------------------------------------------------------------------------

    def explanation_lines(self, scenario: Scenario, explanation: Explanation) -> list[str]:
        """The arithmetic step by step, then who took the last seat and who was next."""
        lines = self.quota_lines(explanation) + self.divisor_lines(explanation)
        lines.append(self.last_line(explanation))
        lines += self.next_lines(explanation)
        lines.append(self.indices_line(scenario.votes, explanation.allocation.seats))
        return lines

    def quota_lines(self, explanation: Explanation) -> list[str]:
        if explanation.quota is None:
            return []
        taking_part = sum(r.votes for r in explanation.rows)
        quota = self.t(
            "seats_explain_quota",
            quota=self.dec(explanation.quota, 2),
            votes=self.num(taking_part),
            seats=self.num(explanation.seats),
        )
        whole = sum(r.whole for r in explanation.rows)
        left = explanation.seats - whole
        whole_seats = self.t("mandates_n", whole, n=self.num(whole))
        # with the quota, before the rows: the seats whole quotas give ("how many seats went by
        # whole quotas" is answered whichever party's row a long answer puts first), and what
        # "1 more seat for the remainder" in the rows refers to
        given = self.t("seats_explain_left", left, n=self.num(left), whole=whole_seats)
        lines = [f"{quota} {given}"]
        for row in explanation.rows:
            key = "seats_explain_row_extra" if row.remainder_seat else "seats_explain_row"
            lines.append(
                self.t(
                    key,
                    row.whole,
                    party=self.label(row.party),
                    votes=self.votes(row.votes),
                    quotient=self.dec(row.quotient, 4),
                    whole=self.num(row.whole),
                    remainder=self.dec(row.remainder, 4),
                )
            )
        return lines

    def divisor_lines(self, explanation: Explanation) -> list[str]:
        if not explanation.wins:
            return []
        shown = explanation.wins[-WINS_SHOWN:]
        lines = [self.t("seats_explain_divisors", len(shown), n=self.num(len(shown)))]
        for win in shown:
            lines.append(
                self.t(
                    "seats_explain_win",
                    seat=win.seat,
                    party=self.label(win.party),
                    votes=self.num(win.votes),
                    divisor=self.divisor(win.divisor),
                    average=self.dec(win.average, 2),
                )
            )
        return lines

    def last_line(self, explanation: Explanation) -> str:
        if explanation.allocation.ties:
            return self.t("seats_explain_last_tied", parties=self.parties(explanation.last))
        if not explanation.last:
            return self.t("seats_explain_last_whole")
        return self.t("seats_explain_last", party=self.phrase(explanation.last[0]))

    def next_lines(self, explanation: Explanation) -> list[str]:
        if not explanation.next:
            return []
        party = self.phrase(explanation.next[0])
        # "next in line was Nur Otan again" when it also took the last seat (divisor methods)
        again = "_again" if explanation.next[0] in explanation.last else ""
        if explanation.shortfall is None:
            return [self.t(f"seats_explain_next_plain{again}", party=party)]
        needed = self.votes(explanation.shortfall)
        return [self.t(f"seats_explain_next{again}", party=party, votes=needed)]
