"""Messages that are not commands: questions in private chats, questions addressed to the bot in
groups and channels (a mention of it, or a reply to it), edited questions, stickers and the like."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update

from handlers import replies
from handlers.commands import on_help
from handlers.context import SailauContext
from handlers.dialog import answer_edit, answer_text
from handlers.replies import is_group

MENTIONS: list[str | None] = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question in `message` when it is meant for the bot, else None.

    Private chats: every text. Groups and channels: a reply to one of the bot's messages, or a
    text whose `mention` entities (Telegram's own reading of the text, not a pattern over it)
    name the bot; its mentions are taken out of the question. Never other chatter: an address
    like info@bot.kz is no mention.
    """
    text = message.text or ""
    if not is_group(message.chat):
        return text
    replied = message.reply_to_message
    to_bot = (
        replied is not None and replied.from_user is not None and replied.from_user.id == bot_id
    )
    mentions = message.parse_entities(MENTIONS)
    ours = [
        entity
        for entity, shown in mentions.items()
        if (entity.type == MessageEntity.MENTION and shown[1:].lower() == username.lower())
        or (entity.user is not None and entity.user.id == bot_id)
    ]
    if not ours and not to_bot:
        return None
    return _without(message, ours).strip() if ours else text


def _without(message: Message, entities: list[MessageEntity]) -> str:
    """The message's text with these entities cut out (offsets are in UTF-16 units)."""
    encoded = (message.text or "").encode("utf-16-le")
    for entity in sorted(entities, key=lambda e: e.offset, reverse=True):
        start, end = 2 * entity.offset, 2 * (entity.offset + entity.length)
        encoded = encoded[:start] + " ".encode("utf-16-le") + encoded[end:]
    return encoded.decode("utf-16-le")


def _question(update: Update, context: SailauContext) -> str | None:
    message = update.effective_message
    if message is None:
        return None
    return addressed_question(message, context.bot.username or "", context.bot.id)


async def on_text(update: Update, context: SailauContext) -> None:
    """A new text message: answered when it is addressed to the bot."""
    question = _question(update, context)
    if question is not None:
        await answer_text(update, context, question)


async def on_edited(update: Update, context: SailauContext) -> None:
    """An edited question: its answer is edited too."""
    question = _question(update, context)
    if question is not None:
        await answer_edit(update, context, question)


async def on_unknown_command(update: Update, context: SailauContext) -> None:
    """A command the bot doesn't have (private chats only): the help answer."""
    await on_help(update, context)


async def on_not_text(update: Update, context: SailauContext) -> None:
    """Stickers, photos, voice in a private chat: say that questions are text."""
    await replies.say(update, context, context.html("tg_text_only"))
