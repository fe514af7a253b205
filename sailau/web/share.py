""" "Send to chat": what the Mini App asks the bot to post, and the sender the bot provides.

The web app knows nothing of Telegram's API. The bot injects a `Sender` (an async callable under
`sailau.web.SENDER`); the page's button reaches it only after the user's `initData` has been
checked, with a `ShareRequest` naming who asked and which chart to post:

    async def send_chart(request: ShareRequest) -> None:
        png = await asyncio.to_thread(charts.render, request.chart, request.lang)
        caption = charts.caption(request.chart, request.lang)
        await bot.send_photo(request.chat_id, png, caption=caption)   # or answerWebAppQuery
        # raise SendError("...") for a failure the user should read (blocked bot, flood wait)

Standalone (`bot.py web`) there is no sender: the API says so and the page hides the button.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sailau.reply import ChartSpec, Lang
from sailau.seats.codec import SeatQuery
from sailau.web.initdata import InitData


class SendError(Exception):
    """The sender could not post; the message is shown to the user as the reason."""


@dataclass(frozen=True)
class ShareRequest:
    """A checked request to post the chart of `query` for the Telegram user in `launch`."""

    launch: InitData
    """The verified launch data: the user (`launch.user_id`), `query_id`, `chat_type`, ..."""
    query: SeatQuery
    """The scenario as the page showed it."""
    chart: ChartSpec
    """Its what-if chart, canonical: `sailau.charts.render(chart, lang)` draws it."""
    lang: Lang

    @property
    def chat_id(self) -> int | None:
        """Where to post: the private chat with the user who pressed the button."""
        return self.launch.user_id


Sender = Callable[[ShareRequest], Awaitable[None]]
"""Posts a ShareRequest's chart to Telegram; raises SendError with a reason when it cannot."""
