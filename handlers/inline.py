"""Inline mode: `@bot turnout` in any chat offers the answer (figure first, then context and
source) as an article, its chart as a photo with a thumbnail (from the bot's server with
WEBAPP_URL, else by the file id of an earlier upload), and the most asked facts for an empty
query. A "share" button's query (a link payload, `handlers.links`) is answered exactly. Each
posted answer carries a link that opens the bot on it."""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterable

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResult,
    InlineQueryResultArticle,
    InlineQueryResultCachedPhoto,
    InlineQueryResultPhoto,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit, MessageLimit, ParseMode

from handlers import links
from handlers.charts import chart_key
from handlers.context import BotData, SailauContext
from sailau import charts, pipeline, render
from sailau.reply import ChartSpec, Reply, Slots

TOP_FACTS = ("results", "turnout", "winner", "threshold", "chamber_size", "registered_voters")
"""Offered for an empty query until the users' own most asked facts take over."""
NOT_FACTS = frozenset({"help", "greeting", "thanks", "about", "bot_self", "sources", "neutrality"})
TOP_SHOWN = 8
TITLE_CHARS = 100
CACHE_SECONDS = 60


def result_id(reply: Reply, kind: str) -> str:
    """A short id that is the same for the same answer (≤ 64 bytes, as Telegram wants)."""
    key = f"{kind}|{reply.intent}|{reply.slots}|{reply.lang}|{reply.headline}"
    return hashlib.blake2s(key.encode(), digest_size=12).hexdigest()


def _title(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def open_button(reply: Reply, context: SailauContext) -> InlineKeyboardMarkup | None:
    """Under a posted answer: a link that opens the bot on the same answer (a deep link), so
    that whoever reads it in that chat can ask on."""
    link = links.of(reply)
    if link is None or not context.bot.username:
        return None
    label = context.services.catalog.t("tg_inline_open", reply.lang)
    url = links.deep_link(context.bot.username, link)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, url=url)]])


def description(reply: Reply) -> str | None:
    """Under the title (the headline, figure first): the first line of context and the source."""
    lines = [*reply.details[:1], render.source_line(reply)]
    return "\n".join(line for line in lines if line) or None


def article(
    reply: Reply, markup: InlineKeyboardMarkup | None, thumbnail: str | None = None
) -> InlineQueryResultArticle:
    """The answer as a message the user can post: headline as title, context and source as
    description, the chart's thumbnail if it has one."""
    return InlineQueryResultArticle(
        id=result_id(reply, "a"),
        title=_title(reply.headline),
        description=description(reply),
        input_message_content=InputTextMessageContent(render.html(reply), ParseMode.HTML),
        reply_markup=markup,
        thumbnail_url=thumbnail,
    )


def photo_caption(reply: Reply, chart: ChartSpec) -> str | None:
    """The whole answer when it fits a caption, else the chart's own caption."""
    caption = render.html(reply)
    if len(caption) > MessageLimit.CAPTION_LENGTH:
        caption = html.escape(charts.caption(chart, reply.lang))
    return caption if len(caption) <= MessageLimit.CAPTION_LENGTH else None


def chart_results(
    reply: Reply, chart: ChartSpec, context: SailauContext, markup: InlineKeyboardMarkup | None
) -> list[InlineQueryResult]:
    """A chart answer: the picture (from the bot's server, else uploaded before) and the text
    with the picture's thumbnail. Inline answers can't upload: without WEBAPP_URL, a chart
    nobody was sent yet is offered as text only."""
    title = _title(context.services.catalog.t("tg_inline_chart", reply.lang, title=reply.headline))
    caption = photo_caption(reply, chart)
    pictures = context.services.pictures
    full = thumb = None
    if pictures is not None:
        full = pictures.url(chart, reply.lang, "full")
        thumb = pictures.url(chart, reply.lang, "thumb")
    if full is not None and thumb is not None and pictures is not None:
        pictures.prepare(chart, reply.lang)
        photo: InlineQueryResult | None = InlineQueryResultPhoto(
            id=result_id(reply, "p"),
            photo_url=full,
            thumbnail_url=thumb,
            title=title,
            description=render.source_line(reply) or None,
            caption=caption,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
        )
    else:
        photo = cached_photo(reply, chart, context.bot_data, title, caption, markup)
    found = [photo] if photo is not None else []
    return [*found, article(reply, markup, thumb)]


def cached_photo(
    reply: Reply,
    chart: ChartSpec,
    bot_data: BotData,
    title: str,
    caption: str | None,
    markup: InlineKeyboardMarkup | None,
) -> InlineQueryResultCachedPhoto | None:
    """The reply's chart when it was uploaded before."""
    file_id = bot_data.file_ids.get(chart_key(chart, reply.lang))
    if file_id is None:
        return None
    return InlineQueryResultCachedPhoto(
        id=result_id(reply, "p"),
        photo_file_id=file_id,
        title=title,
        caption=caption,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
    )


def results_for(replies: Iterable[Reply], context: SailauContext) -> list[InlineQueryResult]:
    """Per reply, its chart (when it has one) and its text; without repeats, at most 50."""
    results: dict[str, InlineQueryResult] = {}
    for reply in replies:
        markup = open_button(reply, context)
        chart = drawable(reply.chart)
        found: list[InlineQueryResult] = [article(reply, markup)]
        if chart is not None:
            found = chart_results(reply, chart, context, markup)
        for result in found:
            results.setdefault(result.id, result)
    return list(results.values())[: InlineQueryLimit.RESULTS]


def drawable(chart: ChartSpec | None) -> ChartSpec | None:
    """The chart, canonical, if it has one that can be drawn."""
    if chart is None:
        return None
    try:
        return charts.canonical(chart)
    except charts.ChartError:
        return None


def top_questions(bot_data: BotData) -> list[tuple[str, Slots]]:
    """The most asked facts (intent and slots), then the default ones, each once."""
    asked = [question for question, _ in bot_data.asked.most_common()]
    ordered = dict.fromkeys([*asked, *((intent, ()) for intent in TOP_FACTS)])
    found = [q for q in ordered if q[0] not in NOT_FACTS]
    return found[:TOP_SHOWN]


def linked_reply(query: str, context: SailauContext) -> Reply | None:
    """The answer a link payload names (what a "share" button writes: `turnout-y-2016`), in the
    asker's language; None when `query` is no payload of a known answer."""
    linked = links.parse(query)
    if linked is None:
        return None
    reply = pipeline.answer_intent(*linked, context.lang)
    return reply if reply.intent is not None else None


def inline_replies(query: str, context: SailauContext) -> list[Reply]:
    """The answer to `query` and to each of its follow-ups; the top facts when it is empty."""
    query = query.strip()
    if not query:
        asked = top_questions(context.bot_data)
        return [pipeline.answer_intent(i, dict(s), context.lang) for i, s in asked]
    reply = linked_reply(query, context) or pipeline.answer(
        query, context.chosen_lang, context.conversation
    )
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
    payload = (links.of(first) if first else None) or "help"
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
