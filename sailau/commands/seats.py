"""`bot.py seats`: the seat calculator.

    bot.py seats --seats 98 --method dhondt --threshold 7 --votes A=5148074 B=792828 C=659019
    bot.py seats --election kz-2021 --threshold 5 --explain      # a stored election, one change
    bot.py seats --batch FILE --json                             # one JSON object per line

Bad input (negative votes, zero seats, an unknown method, more seats than a method can give)
prints `error: ...` and exits with 2; in batch mode the line's output is `{"error": ...}` and
the exit status is 1 if any line failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sailau.jsonlines import dumps_line, split_lines
from sailau.reply import LANGS
from sailau.seats.allocation import Allocation, SeatError
from sailau.seats.explain import Explanation
from sailau.seats.indices import gallagher, loosemore_hanby, seats_vs_votes
from sailau.seats.kazakh import SoleQualifierRule
from sailau.seats.methods import METHODS
from sailau.seats.scenario import Scenario, custom, from_election, parse_percent
from sailau.seats.text import percent_figure, rounded
from sailau.seats.thresholds import Base

BAD_INPUT = 2
BATCH_FAILED = 1


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--election", metavar="ID", help="start from a stored election: kz-2021")
    parser.add_argument("--seats", type=int, metavar="N", help="seats to fill")
    parser.add_argument("--method", metavar="NAME", help=f"one of: {', '.join(METHODS)}")
    parser.add_argument("--threshold", metavar="PCT", help="threshold in percent, e.g. 5 or 3.5")
    parser.add_argument(
        "--threshold-base",
        choices=[b.value for b in Base],
        help="what the threshold is a share of (default: the election's, else party_votes)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a party exactly at the threshold fails (custom votes; stored elections keep theirs)",
    )
    parser.add_argument(
        "--ballots", type=int, metavar="N", help="ballots cast, for a ballots base (custom votes)"
    )
    parser.add_argument(
        "--votes", nargs="+", default=[], metavar="NAME=COUNT", help="votes per party"
    )
    parser.add_argument(
        "--sole-rule",
        choices=[r.value for r in SoleQualifierRule],
        default=SoleQualifierRule.ADMITTED.value,
        help="reading of the disputed rule when only one party passes (default: admitted)",
    )
    parser.add_argument("--explain", action="store_true", help="show the arithmetic")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--batch", type=Path, metavar="FILE", help="JSON lines in, JSON lines out")
    parser.add_argument("--lang", choices=LANGS, default="en", help="language of the text output")


def main(args: argparse.Namespace) -> int:
    if args.batch is not None:
        return run_batch(args.batch)
    try:
        scenario = build(args)
        allocation = scenario.allocate()
        explanation = scenario.explain() if args.explain else None
    except (SeatError, LookupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT
    if args.json:
        print(dumps_line(as_json(scenario, allocation, explanation)))
    else:
        print("\n".join(as_text(args, scenario, allocation, explanation)))
    return 0


def parse_votes(items: list[str]) -> dict[str, int]:
    """`NAME=COUNT` pairs, refusing malformed or repeated ones."""
    votes: dict[str, int] = {}
    for item in items:
        name, sep, count = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise SeatError(f"votes must be given as NAME=COUNT, not {item!r}")
        if name in votes:
            raise SeatError(f"votes for {name} are given twice")
        try:
            votes[name] = int(count.replace("_", "").replace(",", ""))
        except ValueError:
            raise SeatError(f"votes for {name} must be a whole number, not {count!r}") from None
    return votes


def build(args: argparse.Namespace) -> Scenario:
    """The scenario the arguments describe."""
    share = None if args.threshold is None else parse_percent(args.threshold)
    base = None if args.threshold_base is None else Base(args.threshold_base)
    votes = parse_votes(args.votes)
    if args.election:
        from sailau.factbase import load_factbase

        return from_election(
            load_factbase().election(args.election),
            method=args.method,
            share=share,
            base=base,
            seats=args.seats,
            votes=votes,
            sole_rule=SoleQualifierRule(args.sole_rule),
        )
    if args.seats is None or not votes:
        raise SeatError("give --seats and --votes (or start from --election ID)")
    return custom(
        votes,
        args.seats,
        args.method or "hare",
        share,
        base or Base.PARTY_VOTES,
        not args.strict,
        args.ballots,
    )


# --- output ------------------------------------------------------------------------------------


def as_json(
    scenario: Scenario, allocation: Allocation, explanation: Explanation | None = None
) -> dict[str, Any]:
    """The allocation for scripts: seats, explicit ties, the rules used, proportionality."""
    out: dict[str, Any] = {
        "method": scenario.method_name,
        "seats_total": scenario.seats,
        "threshold": None if scenario.share is None else str(percent_figure(scenario.share)),
        "threshold_base": scenario.base.value,
        "inclusive": scenario.inclusive,
        "seats": dict(allocation.seats),
        "ties": [{"parties": list(t.parties), "seats": t.seats} for t in allocation.ties],
        "excluded": list(allocation.excluded),
        "admitted": list(allocation.admitted),
        "notes": list(allocation.notes),
        "gallagher": str(rounded(gallagher(scenario.votes, allocation.seats), 4)),
        "loosemore_hanby": str(rounded(loosemore_hanby(scenario.votes, allocation.seats), 6)),
        "seats_vs_votes": [
            {
                "party": row.party,
                "vote_share": str(rounded(row.votes, 6)),
                "seat_share": str(rounded(row.seats, 6)),
            }
            for row in seats_vs_votes(scenario.votes, allocation.seats)
        ],
    }
    if scenario.official is not None:
        out["official"] = dict(scenario.official)
    if explanation is not None:
        out["explanation"] = explanation_json(explanation)
    return out


def explanation_json(explanation: Explanation) -> dict[str, Any]:
    quota = explanation.quota
    return {
        "quota": None if quota is None else str(rounded(quota, 6)),
        "quota_exact": None if quota is None else str(quota),
        "rows": [
            {
                "party": r.party,
                "votes": r.votes,
                "quotient": str(rounded(r.quotient, 6)),
                "whole": r.whole,
                "remainder": str(rounded(r.remainder, 6)),
                "remainder_seat": r.remainder_seat,
            }
            for r in explanation.rows
        ],
        "wins": [
            {"seat": w.seat, "party": w.party, "divisor": w.divisor, "average": w.average}
            for w in explanation.wins
        ],
        "last": list(explanation.last),
        "next": list(explanation.next),
        "shortfall": explanation.shortfall,
    }


def as_text(
    args: argparse.Namespace,
    scenario: Scenario,
    allocation: Allocation,
    explanation: Explanation | None,
) -> list[str]:
    from sailau.i18n import load_catalog
    from sailau.seats.text import SeatText

    writer = SeatText(load_catalog(), args.lang, party_names(args))
    lines = [writer.rules(scenario), *writer.seat_lines(scenario, allocation)]
    lines += writer.status_lines(scenario, allocation)
    if explanation is not None:
        lines += ["", *writer.explanation_lines(scenario, explanation)]
    return lines


def party_names(args: argparse.Namespace) -> Callable[[str], str]:
    """Party id -> name in the output language for a stored election; names as given otherwise."""
    if not args.election:
        return str
    from sailau.factbase import load_factbase

    fb = load_factbase()
    year = fb.election(args.election).year

    def name(party: str) -> str:
        return fb.party_name(party, year, args.lang) if party in fb.parties else party

    return name


# --- batch -------------------------------------------------------------------------------------


def run_batch(path: Path) -> int:
    """One JSON object per input line -> one per output line, in order; errors are objects."""
    failed = False
    try:
        lines = list(read_lines(path))
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return BAD_INPUT
    for number, line in lines:
        try:
            scenario = batch_scenario(json.loads(line))
            out = as_json(scenario, scenario.allocate())
        except json.JSONDecodeError as exc:
            failed = True
            out = {"error": f"line {number}: not a JSON object ({exc.msg})"}
        except (SeatError, ValueError) as exc:
            failed = True
            out = {"error": f"line {number}: {exc}"}
        print(dumps_line(out), flush=True)
    return BATCH_FAILED if failed else 0


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Non-blank lines of `path` ("-" for standard input), numbered from 1."""
    text = sys.stdin.read() if str(path) == "-" else path.read_text("utf-8")
    for number, line in enumerate(split_lines(text), 1):
        if line.strip():
            yield number, line


def batch_scenario(item: object) -> Scenario:
    """`{"votes": {...}, "seats": N, "method": "...", "threshold": PCT, ...}` as a scenario."""
    if not isinstance(item, Mapping):
        raise SeatError("each line must be a JSON object")
    unknown = set(item) - {"votes", "seats", "method", "threshold", "threshold_base", "ballots"}
    if unknown:
        raise SeatError(f"unknown field(s): {', '.join(map(repr, sorted(unknown)))}")
    votes, seats = item.get("votes"), item.get("seats")
    if not isinstance(votes, Mapping):
        raise SeatError('"votes" must be an object of party: count')
    if isinstance(seats, bool) or not isinstance(seats, int):
        raise SeatError('"seats" must be a whole number')
    ballots = item.get("ballots")
    if ballots is not None and (isinstance(ballots, bool) or not isinstance(ballots, int)):
        raise SeatError('"ballots" must be a whole number')
    threshold = item.get("threshold")
    return custom(
        {str(k): v for k, v in votes.items()},
        seats,
        str(item.get("method", "hare")),
        None if threshold is None else parse_percent(threshold),
        Base(item.get("threshold_base", Base.PARTY_VOTES.value)),
        True,
        ballots,
    )
