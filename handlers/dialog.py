"""The conversation: question -> pipeline -> reply in the chat, with context, flood control in
groups, and edits of earlier answers when a question is edited."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

from telegram import Chat, Message, Update
from telegram.ext import ContextTypes

from handlers.replies import edit_reply, send_reply
from handlers.state import GROUP_TYPES, Gate, hint_lang, state
from handlers.where import Where
from sailau import pipeline
from sailau.reply import Context, Lang, Reply

CONTEXT_KEY = "context"
CONTEXT_TTL_SECONDS = 30 * 60
"""How long a conversation's topic (intent, party, region, year) lasts: a question asked later
starts afresh instead of silently inheriting, say, the year 2016 from yesterday."""
ANSWERS_KEY = "answers"
ANSWERS_KEPT = 20
"""How many question -> answer pairs a chat remembers: people edit their latest questions."""


@dataclass(frozen=True)
class Remembered:
    """A chat's conversation context and when it was last used (`time.monotonic()`)."""

    context: Context
    at: float

    def current(self, now: float) -> Context:
        """The context while fresh; later only its language."""
        fresh = now - self.at <= CONTEXT_TTL_SECONDS
        return self.context if fresh else Context(lang=self.context.lang)


def conversation(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Context:
    """What this chat asked last; a new chat starts from the user's Telegram language."""
    stored = context.chat_data.get(CONTEXT_KEY) if context.chat_data is not None else None
    if isinstance(stored, Remembered):
        return stored.current(time.monotonic())
    return Context(lang=hint_lang(update.effective_user))


def answers(context: ContextTypes.DEFAULT_TYPE) -> OrderedDict[int, int]:
    """Question message id -> the id of its text answer, newest last."""
    data = context.chat_data if context.chat_data is not None else {}
    found = data.setdefault(ANSWERS_KEY, OrderedDict())
    assert isinstance(found, OrderedDict)
    return found


def is_group(chat: Chat | None) -> bool:
    return chat is not None and chat.type in GROUP_TYPES


def question_message(update: Update) -> Message | None:
    """The user's own message in this update (not a bot message under a pressed button)."""
    return update.message or update.channel_post


def reply_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Lang:
    """For answers without a question text: the chat's choice, else the conversation's language,
    else the user's Telegram language, else English."""
    st = state(context)
    chat_id = update.effective_chat.id if update.effective_chat else None
    return st.chosen_lang(chat_id) or conversation(update, context).lang or st.lang_for(update)


def where(update: Update) -> Where | None:
    """Where answers to this update go: its chat and forum topic; in groups, quoting the
    question (a pressed button's answer quotes nothing)."""
    message = update.effective_message
    if message is None:
        return None
    question = question_message(update)
    return Where.of(message, quote=question is not None and is_group(message.chat))


async def admitted(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Groups get one answer per cooldown; the first message inside it gets a short notice."""
    chat, target = update.effective_chat, where(update)
    if chat is None or target is None or not is_group(chat):
        return True
    st = state(context)
    gate = st.gate(chat.id, time.monotonic())
    if gate is Gate.NOTICE:
        lang = st.lang_for(update)
        seconds = st.catalog.fmt_decimal(f"{st.cooldown(chat.id):g}", lang)
        await context.bot.send_message(
            chat.id,
            st.html("tg_cooldown", lang, seconds=seconds),
            message_thread_id=target.thread_id,
        )
    return gate is Gate.ANSWER


def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> Reply:
    """The pipeline's answer to `text` in this chat's conversation; the conversation moves on."""
    st = state(context)
    chosen = st.chosen_lang(update.effective_chat.id if update.effective_chat else None)
    return remember(context, pipeline.answer(text, chosen, conversation(update, context)))


def remember(context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> Reply:
    """Keep the reply's context for the chat's next question, and count what was asked."""
    if context.chat_data is not None:
        context.chat_data[CONTEXT_KEY] = Remembered(reply.context, time.monotonic())
    if reply.intent:
        state(context).asked[reply.intent, reply.slots] += 1
    return reply


async def deliver(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    """Send `reply` to the update's chat and remember which message answered which question."""
    target = where(update)
    if target is None:
        return
    sent = await send_reply(context.bot, target, reply, state(context).store)
    question = question_message(update)
    if question is not None and sent.text is not None:
        remembered = answers(context)
        remembered[question.message_id] = sent.message_id
        while len(remembered) > ANSWERS_KEPT:
            remembered.popitem(last=False)


async def answer_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Answer a free-text question in the chat's language (or the question's own)."""
    if await admitted(update, context):
        await deliver(update, context, ask(update, context, text))


async def answer_intent(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    intent: str,
    slots: Mapping[str, str],
    lang: Lang | None = None,
) -> None:
    """Answer a known intent (a command, a button, a deep link)."""
    if not await admitted(update, context):
        return
    lang = lang or reply_lang(update, context)
    reply = pipeline.answer_intent(intent, slots, lang, conversation(update, context))
    await deliver(update, context, remember(context, reply))


async def answer_edit(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """An edited question: edit the earlier answer in place, or answer afresh."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    previous = answers(context).get(message.message_id)
    if previous is None:
        await answer_text(update, context, text)
        return
    await edit_reply(context.bot, chat.id, previous, ask(update, context, text))
