"""`bot.py chart KIND [options] --lang xx --out FILE.png`: render one chart to a PNG file.

`bot.py chart --all DIR` renders every kind in every language into DIR, plus `contact-sheet.png`
with all of them side by side; `bot.py chart --sheet FILE` writes only the contact sheet (that is
how docs/charts/contact-sheet.png is made).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sailau.charts.spec import BASES, KINDS, METRICS, PARAMS
from sailau.reply import LANGS, ChartSpec, freeze_slots


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", nargs="?", choices=KINDS, help="which chart")
    parser.add_argument("--year", help="election year (default 2021)")
    parser.add_argument("--other-year", dest="other_year", help="compare: a second election")
    parser.add_argument(
        "--years", help="compare: the elections, e.g. 2016,2023 (default: all of them)"
    )
    parser.add_argument("--metric", choices=METRICS, help="compare: what to compare")
    parser.add_argument("--method", help="whatif: allocation method, e.g. dhondt, sainte_lague")
    parser.add_argument("--threshold", help="whatif: threshold in percent, e.g. 5 or 3.5")
    parser.add_argument("--base", choices=BASES, help="whatif: what the threshold is a share of")
    parser.add_argument("--seats", help="whatif: list seats to share out (default: the election's)")
    parser.add_argument("--lang", choices=LANGS, default="en", help="language (default en)")
    parser.add_argument("--out", type=Path, help="PNG file to write (default KIND-LANG.png)")
    parser.add_argument("--caption", action="store_true", help="also print the text caption")
    parser.add_argument(
        "--all", metavar="DIR", type=Path, help="every kind in every language, and a contact sheet"
    )
    parser.add_argument("--sheet", metavar="FILE", type=Path, help="only the contact sheet")


def main(args: argparse.Namespace) -> int:
    from sailau import charts

    try:
        if args.all or args.sheet:
            from sailau.charts.sheet import write_all, write_sheet

            for path in write_all(args.all) if args.all else [write_sheet(args.sheet)]:
                print(path)
            return 0
        if not args.kind:
            kinds = ", ".join(KINDS)
            print(f"chart: name a kind ({kinds}), or --all DIR, or --sheet FILE", file=sys.stderr)
            return 2
        spec = ChartSpec(args.kind, freeze_slots({p: getattr(args, p) for p in PARAMS}))
        out: Path = args.out or Path(f"{args.kind}-{args.lang}.png")
        out.write_bytes(charts.render(spec, args.lang))
    except charts.ChartError as exc:
        print(f"chart: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"chart: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    print(out)
    if args.caption:
        print(charts.caption(spec, args.lang))
    return 0
