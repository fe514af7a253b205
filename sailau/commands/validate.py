"""`bot.py validate [FACTS_DIR]`: check a fact base; exit 0 when valid, 1 with its errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "facts_dir",
        metavar="FACTS_DIR",
        nargs="?",
        type=Path,
        help="the fact-base directory (default: $SAILAU_FACTS_DIR or the repo's facts/)",
    )


def main(args: argparse.Namespace) -> int:
    from sailau.factbase import FactBaseInvalid, facts_dir, read_factbase

    root = facts_dir(args.facts_dir)
    if not root.is_dir():
        print(f"{root}: not a directory", file=sys.stderr)
        return 2
    try:
        fb = read_factbase(root)
    except FactBaseInvalid as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} error(s) in {root}", file=sys.stderr)
        return 1
    counts = f"{len(fb.elections)} elections, {len(fb.parties)} parties, {len(fb.sources)} sources"
    print(f"OK: {counts}")
    return 0
