"""The what-if Mini App: a page and a small JSON API on aiohttp, Telegram-free.

    make_web_app(token=None, sender=None) -> web.Application     the app, standalone or mounted
    setup_web_app(app, ..., prefix="")                            its routes on a given app
    SEATS, INIT_DATA, SENDER, LAUNCH                               its typed keys
    ShareRequest, Sender, SendError                                the "send to chat" contract
    InitDataCheck, sign_init_data                                  Telegram's initData HMAC

See `app.py` for the routes and docs/contracts.md for the contract with the bot's server.
"""

from sailau.web.app import INIT_DATA, LAUNCH, SEATS, SENDER, make_web_app, setup_web_app
from sailau.web.initdata import InitData, InitDataCheck, InitDataError, sign_init_data
from sailau.web.service import SeatService
from sailau.web.share import Sender, SendError, ShareRequest

__all__ = [
    "INIT_DATA",
    "LAUNCH",
    "SEATS",
    "SENDER",
    "InitData",
    "InitDataCheck",
    "InitDataError",
    "SeatService",
    "SendError",
    "Sender",
    "ShareRequest",
    "make_web_app",
    "setup_web_app",
    "sign_init_data",
]
