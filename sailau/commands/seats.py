"""`bot.py seats`: the seat calculator.

    bot.py seats --seats 98 --method dhondt --threshold 7 --votes A=5148074 B=792828 C=659019
    bot.py seats --election kz-2021 --threshold 5 --explain      # a stored election, one change
    bot.py seats --batch FILE --json                             # one JSON object per line

Options and batch lines are read by `sailau.seats.codec` (as the web API's parameters are): a
batch line holds the options as JSON fields, e.g. `{"election": "kz-2021", "threshold": 5}` or
`{"votes": {"A": 100, "B": 80}, "seats": 8, "method": "dhondt"}`.

Bad input (negative votes, zero seats, an unknown method, more seats than a method can give)
prints `error: ...` and exits with 2; in batch mode the line's output is `{"error": ...}` and
the exit status is 1 if any line failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from sailau.jsonlines import dumps_line, split_lines
from sailau.reply import LANGS
from sailau.seats.allocation import Allocation, SeatError
from sailau.seats.codec import FIELDS, allocation_to_json, option_name, query_from_json
from sailau.seats.explain import Explanation
from sailau.seats.kazakh import SoleQualifierRule
from sailau.seats.methods import METHODS
from sailau.seats.scenario import Scenario
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
        print(dumps_line(allocation_to_json(scenario, allocation, explanation)))
    else:
        print("\n".join(as_text(args, scenario, allocation, explanation)))
    return 0


def build(args: argparse.Namespace) -> Scenario:
    """The scenario the options describe, read by the same codec as batch lines and the web."""
    options = {name: getattr(args, name) for name in FIELDS}
    return query_from_json(options, option_name).scenario()


# --- output ------------------------------------------------------------------------------------


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
            scenario = query_from_json(json.loads(line)).scenario()
            out = allocation_to_json(scenario, scenario.allocate())
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
