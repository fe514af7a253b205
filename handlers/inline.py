"""Inline mode: `@bot turnout` in any chat offers the answer (figure + source) as an article,
charts already uploaded as photos by file id, and the most asked facts for an empty query."""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable

from telegram import (
    InlineQueryResult,
    InlineQueryResultArticle,
    InlineQueryResultCachedPhoto,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit, MessageLimit, ParseMode

from handlers.charts import chart_key
from handlers.commands import deep_link_payload
from handlers.context import BotData, SailauContext
from sailau import charts, pipeline, render
from sailau.reply import Reply, Slots

TOP_FACTS = ("results", "turnout", "winner", "threshold", "chamber_size", "registered_voters")
"""Offered for an empty query until the users' own most asked facts take over."""
NOT_FACTS = frozenset({"help", "greeting", "thanks", "about", "sources", "neutrality"})
TOP_SHOWN = 8
TITLE_CHARS = 100
CACHE_SECONDS = 60


def result_id(reply: Reply, kind: str) -> str:
    """A short id that is the same for the same answer (≤ 64 bytes, as Telegram wants)."""
    key = f"{kind}|{reply.intent}|{reply.slots}|{reply.lang}|{reply.headline}"
    return hashlib.blake2s(key.encode(), digest_size=12).hexdigest()


def _title(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def article(reply: Reply) -> InlineQueryResultArticle:
    """The answer as a message the user can post: headline as title, source as description."""
    return InlineQueryResultArticle(
        id=result_id(reply, "a"),
        title=_title(reply.headline),
        description=render.source_line(reply) or None,
        input_message_content=InputTextMessageContent(render.html(reply), ParseMode.HTML),
    )


def cached_photo(
    reply: Reply, bot_data: BotData, title: str
) -> InlineQueryResultCachedPhoto | None:
    """The reply's chart when it was uploaded before (inline answers can't upload)."""
    if reply.chart is None:
        return None
    try:
        file_id = bot_data.file_ids.get(chart_key(reply.chart, reply.lang))
    except charts.ChartError:
        return None
    if file_id is None:
        return None
    caption = render.html(reply)
    if len(caption) > MessageLimit.CAPTION_LENGTH:
        caption = html.escape(charts.caption(reply.chart, reply.lang))
    return InlineQueryResultCachedPhoto(
        id=result_id(reply, "p"),
        photo_file_id=file_id,
        title=_title(title),
        caption=caption if len(caption) <= MessageLimit.CAPTION_LENGTH else None,
        parse_mode=ParseMode.HTML,
    )


def results_for(replies: Iterable[Reply], context: SailauContext) -> list[InlineQueryResult]:
    """Photo (when cached) and article per reply, without repeats, at most 50."""
    results: dict[str, InlineQueryResult] = {}
    catalog = context.services.catalog
    for reply in replies:
        title = catalog.t("tg_inline_chart", reply.lang, None, title=reply.headline)
        for result in (cached_photo(reply, context.bot_data, title), article(reply)):
            if result is not None:
                results.setdefault(result.id, result)
    return list(results.values())[: InlineQueryLimit.RESULTS]


def top_questions(bot_data: BotData) -> list[tuple[str, Slots]]:
    """The most asked facts (intent and slots), then the default ones, each once."""
    asked = [question for question, _ in bot_data.asked.most_common()]
    ordered = dict.fromkeys([*asked, *((intent, ()) for intent in TOP_FACTS)])
    found = [q for q in ordered if q[0] not in NOT_FACTS]
    return found[:TOP_SHOWN]


def inline_replies(query: str, context: SailauContext) -> list[Reply]:
    """The answer to `query` and to each of its follow-ups; the top facts when it is empty."""
    if not query.strip():
        asked = top_questions(context.bot_data)
        return [pipeline.answer_intent(i, dict(s), context.lang) for i, s in asked]
    reply = pipeline.answer(query, context.chosen_lang, context.conversation)
    follow_ups = [
        pipeline.answer_intent(s.intent, dict(s.slots), reply.lang, reply.context)
        for s in reply.suggestions
    ]
    return [reply, *follow_ups]


async def on_inline(update: Update, context: SailauContext) -> None:
    """Answer an inline query in the asker's language (their /lang choice, else Telegram's)."""
    query = update.inline_query
    if query is None:
        return
    await context.recall_user_choice(query.from_user.id)
    replies = inline_replies(query.query, context)
    first = replies[0] if replies else None
    payload = (
        deep_link_payload(first.intent, dict(first.slots)) if first and first.intent else "help"
    )
    button_lang = first.lang if first else context.lang
    catalog = context.services.catalog
    await query.answer(
        results_for(replies, context),
        cache_time=CACHE_SECONDS,
        is_personal=True,
        button=InlineQueryResultsButton(
            text=catalog.t("tg_inline_button", button_lang), start_parameter=payload
        ),
    )
