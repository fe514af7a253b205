"""Sailau command line: run | chat | ask | validate | seats | chart | report | web.

With no sub-command, the bot runs on Telegram when a token is configured and opens the terminal
chat otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# sub-command -> module in sailau.commands; each module has configure(parser) and main(args) -> int.
# Modules are light at import time: heavy imports (telegram, matplotlib) happen inside main().
COMMANDS: dict[str, str] = {
    "run": "Telegram bot: long polling, or a webhook server when WEBHOOK_URL is set",
    "chat": "a conversation in the terminal",
    "ask": "one answer as the bot would give it (--json, --batch FILE)",
    "validate": "check a fact base; exit 0 when valid",
    "seats": "the seat calculator",
    "chart": "render one chart to a PNG file",
    "report": "accuracy of the intent regression set per language and intent",
    "web": "the what-if Mini App as a standalone web server (no token needed)",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot.py", description=__doc__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        module = importlib.import_module(f"sailau.commands.{name}")
        module.configure(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        argv = ["run" if os.environ.get("TELEGRAM_BOT_TOKEN") else "chat"]
    args = build_parser().parse_args(argv)
    module = importlib.import_module(f"sailau.commands.{args.command}")
    result: int = module.main(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
