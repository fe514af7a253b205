"""Seat allocation: methods, thresholds, Kazakhstan's rules, explanations, indices, what-ifs.

Methods follow votelib's design: the system's parameters go in the constructor and
`evaluate(votes, seats, ballots=None) -> Allocation` does the work, with exact arithmetic.
"""
