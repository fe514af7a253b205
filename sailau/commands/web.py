"""`bot.py web [--host H] [--port P]`: the what-if Mini App as a standalone web server.

It serves the page at `/` and the seat API under `/api/` (see `sailau.web`); it needs no bot
token, so "send to chat" is off. Inside the bot, the same app is mounted in the bot's own
server instead. Ctrl-C or SIGTERM stops it.
"""

from __future__ import annotations

import argparse
import sys

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help=f"address to listen on ({DEFAULT_HOST})"
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port to listen on ({DEFAULT_PORT})"
    )


def main(args: argparse.Namespace) -> int:
    from aiohttp import web

    from sailau.web import make_web_app

    try:
        app = make_web_app()
    except ValueError as exc:  # FactBaseInvalid, CatalogError: the facts name the problem
        print(f"error: {exc}", file=sys.stderr)
        return 1
    url = f"http://{args.host}:{args.port}/"

    def started(_: str) -> None:
        print(f"Sailau Mini App on {url} (Ctrl-C stops it)", flush=True)

    try:
        web.run_app(app, host=args.host, port=args.port, print=started, access_log=None)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0
