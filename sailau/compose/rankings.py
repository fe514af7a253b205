"""Rankings ("top 3 parties by votes", "ең аз үлес алған екі партия") and a party's place
("where did Ak Zhol finish", "ак жол нешінші орын алды"): the parties ordered by the figure
asked, computed from the results, each with its figure, and ties said."""

from __future__ import annotations

from collections.abc import Sequence

from sailau.answers.env import Env
from sailau.answers.registry import Query
from sailau.compose.values import Subject, Value, ranked_measure, value
from sailau.facts.models import Sourced
from sailau.reply import Reply
from sailau.understanding.decide import Decision
from sailau.understanding.frame import NTH_PLACE, Frame
from sailau.understanding.text import ordinal_of

PLACE = "place"
"""The narrowing word asking a party's place in the results ("where did it finish")."""

Ranked = list[tuple[int, str, Value]]
"""Place (1 for the first; parties with the same figure share one), party and figure."""


def ranking(env: Env, q: Query, decision: Decision) -> Reply | None:
    """ "Top 3 parties by votes", "the two smallest parties by share", "bottom 2": the first (or,
    asked for the lowest, the last) N parties by the figure asked, in one reply; the parties
    that share the figure of the last one shown are named with it."""
    frame = decision.frame
    if frame.narrows(NTH_PLACE):
        return nth(env, q, decision)
    count = _count(frame)
    if count is None or frame.parties or frame.of("region"):
        return None
    measure = ranked_measure(frame, "votes")  # votes when none is asked
    year = env.election(q).year
    table = _table(env, measure, year)
    lowest = frame.extreme == "lowest"
    if table is None or count > len(table):
        return None
    order = list(reversed(table)) if lowest else table
    shown = order[:count]
    items = env.join(
        q,
        (
            env.t(
                q,
                "ranking_item",
                place=place,
                name=env.party_inline(q, party, year),
                value=figure.counted(env, q, measure),
            )
            for place, party, figure in shown
        ),
    )
    key = f"ranking_{'lowest' if lowest else 'highest'}_{measure}"
    text = env.t(q, key, n=count, year=year, items=items)
    sources = [s for _, _, v in shown for s in v.sources if isinstance(s, Sourced)]
    details = _ties(env, q, measure, year, order, shown)
    figures = {party: figure.amount for _, party, figure in shown}
    return env.reply(q, text, sources=sources, details=details, figures=figures)


def place(env: Env, q: Query, decision: Decision) -> Reply | None:
    """ "Where did Ak Zhol finish", "какое место занял ак жол": its place by votes (or the
    figure asked), with the figure, and the parties it shares that place with."""
    frame = decision.frame
    if not frame.narrows(PLACE) or len(frame.parties) != 1:
        return None
    party = frame.parties[0]
    # "какое место": the word is the one for a seat, but a place is by the vote unless a
    # share is asked
    measure = "share" if "share" in frame.measures else "votes"
    year = env.election(q).year
    table = _table(env, measure, year)
    row = next((r for r in table or () if r[1] == party), None)
    if table is None or row is None:
        return None
    at, _, figure = row
    text = env.t(q, f"ranking_place_{measure}", year=year, place=at, of=len(table),
                 party=env.party_phrase(q, party, year),
                 value=figure.counted(env, q, measure))  # fmt: skip
    sources = [s for s in figure.sources if isinstance(s, Sourced)]
    details = _ties(env, q, measure, year, table, [row])
    return env.reply(q, text, sources=sources, details=details, figures={"place": at})


def nth(env: Env, q: Query, decision: Decision) -> Reply | None:
    """ "Which party came 4th and with what share", "кто занял пятое место": the party in
    that place by votes, with its votes, share and seats, and the parties it ties with; a
    place beyond the last party is said to be none."""
    said = (ordinal_of(n.words) for n in decision.frame.narrow if n.value == NTH_PLACE)
    at = next(filter(None, said), 0)
    election = env.election(q)
    year = election.year
    table = _table(env, "votes", year)
    if not at or table is None:
        return None
    if at > len(table):
        return env.reply(q, env.t(q, "ranking_no_place", year=year, place=at, of=len(table)))
    row = table[at - 1]
    result = next(r for r in election.ranked if r.party == row[1])
    text = env.t(q, "ranking_nth", year=year, place=at, of=len(table),
                 party=env.party_phrase(q, row[1], year), votes=env.votes_text(q, result.votes),
                 percent=env.pct(q, result.percent),
                 seats=env.seats_text(q, election, result))  # fmt: skip
    sources = [s for s in row[2].sources if isinstance(s, Sourced)]
    details = _ties(env, q, "votes", year, table, [row])
    # the party: what "how many seats did it win" next is about
    return env.reply(q, text, sources=sources, details=details,
                     figures={"place": at, "party": row[1]})  # fmt: skip


def _count(frame: Frame) -> int | None:
    """The number of parties asked ("top 3", "үш партия")."""
    return None if frame.count is None else int(frame.count)


def _table(env: Env, measure: str, year: int) -> Ranked | None:
    """Every party of the election by `measure`, the highest first, with its place."""
    found = [
        (r.party, value(env, measure, year, Subject(r.party))) for r in env.fb.election(year).ranked
    ]
    known = [(p, v) for p, v in found if v is not None]
    if len(known) != len(found):
        return None
    known.sort(key=lambda pv: pv[1].amount, reverse=True)
    return [(1 + sum(v.amount > f.amount for _, v in known), p, f) for p, f in known]


def _ties(
    env: Env,
    q: Query,
    measure: str,
    year: int,
    order: Ranked,
    shown: Sequence[tuple[int, str, Value]],
) -> list[str]:
    """A line for each figure that parties shown share with another party (shown or not)."""
    lines: list[str] = []
    for amount in dict.fromkeys(f.amount for _, _, f in shown):
        tied = [(p, f) for _, p, f in order if f.amount == amount]
        if len(tied) < 2:
            continue
        names = env.join(q, (env.party_inline(q, p, year) for p, _ in tied))
        lines.append(
            env.t(q, "ranking_tied", parties=names, value=tied[0][1].counted(env, q, measure))
        )
    return lines
