"""A figure asked of the parties that fell below the threshold, named by that and not by their
names ("the combined votes of the parties that didn't get in", "өтпеген партиялар неше дауыс
алды", "сколько голосов у партий ниже барьера"), or added up over those that passed ("the
combined share of the parties that cleared the threshold"): each of them, and their sum,
computed."""

from __future__ import annotations

from decimal import Decimal

from sailau.answers.env import Env, sentence
from sailau.answers.registry import Query
from sailau.answers.results import threshold_sentences
from sailau.compose.lines import Cited, cited
from sailau.compose.merge import PART_MEASURES, merged
from sailau.reply import freeze_slots
from sailau.understanding.decide import Decision, Part
from sailau.understanding.frame import PASSED, SUM, THRESHOLD, Frame
from sailau.understanding.framing import NEGATED

FAMILIES = {m: intent for intent, m in PART_MEASURES.items() if intent.startswith("party_")}
"""A party's figure (votes, seats, share) -> the answer family of one party's."""
LESS = "less"


def _below(frame: Frame, threshold: Decimal | None = None) -> bool:
    """Whether the question's parties are those that did not pass: "that didn't get in",
    "өтпеген", or "below the threshold" (or below its figure, `threshold`: "below the 7 %
    bar")."""
    if f"{NEGATED}{PASSED}" in frame.claims:
        return True
    comparison = frame.comparison
    if comparison is None or comparison.direction != LESS:
        return False
    if comparison.value is None:
        return THRESHOLD in frame.mentions
    return comparison.percent and threshold is not None and _figure(comparison.value) == threshold


def _figure(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except ArithmeticError:
        return None


def _above(frame: Frame) -> bool:
    """Whether the question adds up the parties that passed ("the combined share of the parties
    that cleared the threshold", "в сумме у прошедших партий"): a sum asked of them; without
    one, "the parties that got in" are the results list."""
    return frame.has(SUM) and PASSED in frame.mentions and not _below(frame)


def _measure(frame: Frame) -> str | None:
    """The party figure asked: the one measured, else the one mentioned ("how many votes did
    the parties below the threshold get": the measure read is the threshold)."""
    for measure in (*frame.measures, *sorted(frame.mentions)):
        if measure in FAMILIES:
            return measure
    return None


def below_threshold(env: Env, q: Query, decision: Decision) -> list[Cited] | None:
    """The figure of each party that fell below the threshold, and their sum; then which
    parties those are. None unless a party figure is asked of them and of no party named."""
    frame = decision.frame
    if frame.parties or decision.form not in ("value", "list"):
        return None
    # "the parties below…", or those that did not pass said alone ("өтпегендер", "не прошедшие")
    if "party" not in frame.kinds and f"{NEGATED}{PASSED}" not in frame.claims:
        return None
    measure = _measure(frame)
    election = env.election(q)
    below = _below(frame, election.system.threshold.percent)
    if measure is None or not (below or _above(frame)):
        return None
    passed, failed = election.by_threshold()
    group = failed if below else passed
    if not group:
        return None
    year = {"year": str(election.year)}
    parts = [Part(FAMILIES[measure], freeze_slots({**year, "party": r.party})) for r in group]
    said = merged(env, q, parts, total=True)
    if said is None:
        return None
    which = threshold_sentences(env, q, election, passed, failed)[1 if below else 0]
    return [said, cited(env, q.lang, sentence(which), *group)]
