"""The chamber and its rules: size, majority, threshold, electoral system, APK, candidates."""

from __future__ import annotations

from sailau.answers.env import Env, cited
from sailau.answers.registry import Query, handles
from sailau.facts.models import ApkVote, Elected, Election, Sourced
from sailau.reply import LANGS, Reply, Suggestion


def _offers(env: Env, q: Query, *more: str) -> list[Suggestion]:
    year = env.year(q)
    return env.followups(q, "parliament", *(env.suggest(q, i, f"ask_{i}", year=year) for i in more))


def composition(env: Env, q: Query, election: Election) -> str:
    """`98 were filled from party lists and 9 were elected by the APK` / `69 were filled from
    party lists and 29 from single-member districts`:
    the seats voters elect under one verb (kk), then the Assembly's."""
    s = election.system
    elected = [env.t(q, "seats_from_lists", s.list_seats, n=s.list_seats)]
    if s.district_seats:
        elected.append(env.t(q, "seats_from_districts", n=s.district_seats))
    parts = [env.t(q, "composition_elected", parts=env.join(q, elected, "clauses_last"))]
    if s.appointed_seats:
        parts.append(env.t(q, "seats_from_apk", s.appointed_seats, n=s.appointed_seats))
    return env.join(q, parts, "clauses_last")


PARTS = ("list_seats", "district_seats")
"""The parts of the chamber a question may ask of it ("seats filled from party lists")."""


@handles("chamber_size")
def chamber_size(env: Env, q: Query) -> Reply:
    """The chamber's size and make-up; the part asked (`figure`: list or district seats) first,
    where the chamber has it."""
    election = env.election(q)
    s = election.system
    part = q.slots.get("figure")
    n = getattr(s, part) if part in PARTS else 0
    parts = composition(env, q, election)
    head = env.t(q, "chamber_size", s.total_seats, year=election.year, n=s.total_seats)
    whole = env.t(q, "chamber_composition", parts=parts)
    if n:  # "69 of the Mäjilis' 98 seats were filled from party lists", then the whole
        head = env.t(q, f"chamber_{part}", s.total_seats, year=election.year, n=n,
                     total=s.total_seats)  # fmt: skip
        whole = env.t(q, "chamber_total_composition", s.total_seats, year=election.year,
                      total=s.total_seats, parts=parts)  # fmt: skip
    return env.reply(
        q,
        head,
        details=[cited(whole, s)],
        sources=[s],
        figures={"total_seats": s.total_seats, "list_seats": s.list_seats},
        suggestions=_offers(env, q, "majority"),
    )


@handles("majority")
def majority(env: Env, q: Query) -> Reply:
    election = env.election(q)
    s = election.system
    first = election.ranked[0]
    over = (first.seats or 0) - s.majority.value
    return env.reply(
        q,
        env.t(
            q,
            "majority",
            s.total_seats,
            year=election.year,
            n=s.majority.value,
            total=s.total_seats,
        ),
        details=[
            cited(
                env.t(
                    q,
                    "majority_holder_over" if over > 0 else "majority_holder",
                    party=env.party_phrase(q, first.party, election.year),
                    seats=env.seats_text(q, election, first, short=True),
                    over=env.num(q, over),
                ),
                first,
                on=election.date,
            )
        ],
        sources=[s.majority, s],
        figures={"majority": s.majority.value, "total_seats": s.total_seats},
        suggestions=_offers(env, q, "chamber_size"),
    )


@handles("threshold")
def threshold(env: Env, q: Query) -> Reply:
    election = env.election(q)
    t = election.system.threshold
    passed = election.by_threshold()[0]
    return env.reply(
        q,
        env.t(q, "threshold", year=election.year, threshold=env.threshold_text(q, election)),
        details=[
            env.threshold_base(q, election),
            cited(
                env.t(q, "threshold_passed", parties=env.share_list(q, election.year, passed)),
                *passed,
                on=election.date,
            ),
        ],
        sources=[t],
        figures={"threshold": t.percent},
        suggestions=_offers(env, q, "electoral_system"),  # who passed is said already
    )


def rule(env: Env, q: Query, method: str) -> str:
    """A seat-allocation rule's name (`rule_<method>` in the catalog)."""
    return env.t(q, f"rule_{method}")


@handles("electoral_system")
def electoral_system(env: Env, q: Query) -> Reply:
    election = env.election(q)
    s = election.system
    inferred = s.remainder.status == "computed"  # a rule inferred, not documented: say so
    quota = rule(env, q, s.quota.method)
    details = [
        cited(quota, s.quota)
        if inferred
        else cited(f"{quota} {rule(env, q, s.remainder.method)}", s.quota, s.remainder),
        cited(env.note(q, s.remainder), s.remainder) if inferred else "",
        # a tie-break only where the sources document one for that year
        cited(rule(env, q, s.tie_break.method), s.tie_break) if s.tie_break else "",
        cited(
            env.t(
                q,
                "chamber_total_composition",
                s.total_seats,
                year=election.year,
                total=s.total_seats,
                parts=composition(env, q, election),
            ),
            s,
        ),
    ]
    if s.district_rule:
        details.append(
            cited(
                env.t(q, "system_districts", rule=rule(env, q, s.district_rule.method)),
                s.district_rule,
            )
        )
    if s.single_party_rule:
        details.append(cited(env.note(q, s.single_party_rule), s.single_party_rule))
    return env.reply(
        q,
        env.t(
            q,
            "electoral_system",
            s.list_seats,
            year=election.year,
            list_seats=s.list_seats,
            threshold=env.threshold_text(q, election),
        ),
        details=details,
        sources=[s, s.threshold],
        figures={"list_seats": s.list_seats, "threshold": s.threshold.percent},
        suggestions=_offers(env, q, "passed_threshold"),  # the threshold is said already
    )


APK_VOTES_MISSING = "apk_votes_missing"
"""The key of the reply that the facts hold no deputy's votes at the Assembly's vote."""


def _deputy_asked(vote: ApkVote, q: Query) -> tuple[str, Elected | None]:
    """The deputy a question about the Assembly's vote asks of, and the headline's key: the one
    named ("how many votes did Abdrakhmanov get"), or the one with the most or fewest votes."""
    surname = q.slots.get("person", "").split()[-1:]
    named = [e for e in vote.elected if set(surname) & {e.name(x).split()[-1] for x in LANGS}]
    if named:
        return "apk_deputy", named[0]
    extreme = q.slots.get("extreme")
    counted = [e for e in vote.elected if e.votes is not None]
    if extreme not in ("highest", "lowest"):
        return "apk_deputy", None
    if not counted:
        return APK_VOTES_MISSING, None
    pick = max if extreme == "highest" else min
    return f"apk_deputy_{extreme}", pick(counted, key=lambda e: e.votes or 0)


@handles("apk")
def apk(env: Env, q: Query) -> Reply:
    election = env.election(q)
    vote = election.apk_vote
    if vote is None:
        key = "apk_none" if not election.system.appointed_seats else "apk_missing"
        return env.not_held(q, env.t(q, key, year=election.year), *_offers(env, q, "chamber_size"))
    names = env.join(
        q,
        (
            env.t(q, "apk_deputy_votes", e.votes, name=e.name(q.lang), votes=e.votes)
            if e.votes is not None
            else e.name(q.lang)
            for e in vote.elected
        ),
    )
    key, asked = _deputy_asked(vote, q)
    if key == APK_VOTES_MISSING:  # "who got the fewest votes" where no deputy's votes are held
        text = env.t(q, key, year=election.year, seats=vote.seats, date=env.date(q, vote.date))
        return env.not_held(q, text, *_offers(env, q, "chamber_size"))
    headline = env.t(q, "apk", vote.seats, seats=vote.seats, date=env.date(q, vote.date, on=True))
    if asked is not None and asked.votes is not None:  # "how many votes did Abdrakhmanov get"
        headline = env.t(q, key, asked.votes, name=asked.name(q.lang), votes=asked.votes,
                         date=env.date(q, vote.date))  # fmt: skip
    return env.reply(
        q,
        headline,
        details=[
            cited(env.t(q, "apk_voted", vote.voted, voted=env.num(q, vote.voted)), vote),
            cited(env.t(q, "apk_elected", names=names), vote) if names else "",
        ],
        sources=[vote],
        figures={"apk_seats": vote.seats, "voted": vote.voted},
        suggestions=_offers(env, q, "chamber_size"),
    )


def list_total(election: Election) -> int | None:
    """Candidates on all party lists: the reported total, else the sum of every list's size."""
    c = election.candidates
    if c is not None and c.list_candidates is not None:
        return c.list_candidates.value
    sizes = [r.list_size.value for r in election.results if r.list_size]
    return sum(sizes) if len(sizes) == len(election.results) else None


@handles("candidates")
def candidates(env: Env, q: Query) -> Reply:
    election = env.election(q)
    total = list_total(election)
    if total is None:
        return env.not_held(q, env.t(q, "candidates_missing", year=election.year), *_offers(env, q))
    sized = [(r, r.list_size) for r in election.ranked if r.list_size]
    lists = env.join(
        q,
        (
            env.t(q, "list_item", name=env.party(q, r.party, election.year), n=size.value)
            for r, size in sized
        ),
    )
    c = election.candidates
    return env.reply(
        q,
        env.t(q, "candidates", total, year=election.year, n=env.num(q, total)),
        details=[
            cited(env.t(q, "candidate_lists", lists=lists), *(size for _, size in sized))
            if lists
            else "",
            *(cited(note.text(q.lang), note) for note in (c.notes[:1] if c else ())),
        ],
        sources=[c.list_candidates] if c and c.list_candidates else [size for _, size in sized],
        figures={"candidates": total},
        suggestions=_offers(env, q, "women"),
    )


def _noted(env: Env, q: Query, text: str, fact: Sourced) -> str:
    """`text`, then the fact's note, as one line."""
    return " ".join(t for t in (text, env.note(q, fact)) if t)


@handles("women")
def women(env: Env, q: Query) -> Reply:
    election = env.election(q)
    c = election.candidates
    if c is None or c.women is None:
        return env.not_held(q, env.t(q, "women_missing", year=election.year), *_offers(env, q))
    total = list_total(election)
    elected = c.women_elected
    n = c.women.value
    if total:
        among = env.t(q, "among_candidates", total, n=env.num(q, total))
        candidates = env.t(q, "women", n, year=election.year, n=env.num(q, n), total=among)
    else:
        candidates = env.t(q, "women_no_total", n, year=election.year, n=env.num(q, n))
    # each figure with its note in one line: a share or a name stays with the sentence it is
    # about when a composed answer moves lines ("That is 28.8% of the candidates")
    lines = [cited(_noted(env, q, candidates, c.women), c.women)]
    if elected is not None:  # the deputies first ("how many women are in the Mäjilis?"),
        # unless the candidates are asked ("women candidates")
        deputies = env.t(q, "women_deputies", elected.value, year=election.year, n=elected.value)
        at = len(lines) if q.slots.get("figure") == "candidates" else 0
        lines.insert(at, cited(_noted(env, q, deputies, elected), elected, on=election.date))
    return env.reply(
        q,
        lines[0],
        details=lines[1:],
        figures={"women": c.women.value, "women_elected": elected.value if elected else None},
        suggestions=_offers(env, q, "candidates"),
    )
