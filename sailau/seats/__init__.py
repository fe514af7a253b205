"""Seat allocation: methods, thresholds, Kazakhstan's rules, explanations, indices, what-ifs.

Methods follow votelib's design: the system's parameters go in the constructor and
`evaluate(votes, seats, ballots=None) -> Allocation` does the work, with exact arithmetic
(Fractions, or their integers cross-multiplied); ties come back as explicit `Tie` values.

    allocation.py  Allocation, Tie, SeatError (NoPartyPasses), input checks and the limits
                   every front end shares: MAX_SEATS, MAX_PARTIES, MAX_VOTES
    quotas.py      hare, droop, hagenbach_bischoff, imperiali_quota (QUOTAS)
    divisors.py    dhondt, sainte_lague, modified_sainte_lague, imperiali, huntington_hill, adams
    methods.py     LargestRemainder(quota), HighestAverages(divisor), METHODS, method_by_name
    thresholds.py  ShareThreshold (base, inclusive), AbsoluteThreshold, AnyOf, RunnerUpAdmitted,
                   Conditioned(threshold, method)
    kazakh.py      KazakhRule, kazakh_rule(system, ...), SoleQualifierRule, reproduce(election)
    explain.py     explain(method, votes, seats, ballots) -> Explanation
    indices.py     seats_vs_votes, gallagher, loosemore_hanby
    marginal.py    votes_for_seat, votes_to_pass
    scenario.py    Scenario, custom(...), from_election(election, ...), parse_percent (at most
                   PERCENT_PLACES decimals)
    text.py        SeatText: the kk/ru/en sentences (facts/locales/seats.yaml)

The fact-base validator reproduces an official allocation with
`sailau.seats.kazakh.reproduce(election).seats` (party id -> list seats).
"""
