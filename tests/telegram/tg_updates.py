"""Update payloads as Telegram sends them (the JSON `Update.de_json` and getUpdates carry)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from tg_botapi import BOT_USER

_ids = itertools.count(1)
DATE = 1_700_000_000
PRIVATE_ID = 42
GROUP_ID = -1001


def user(user_id: int = PRIVATE_ID, lang: str | None = "en") -> dict[str, Any]:
    found: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "U"}
    if lang:
        found["language_code"] = lang
    return found


def chat(chat_id: int) -> dict[str, Any]:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "U"}
    return {"id": chat_id, "type": "supergroup", "title": "Group"}


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[dict[str, Any]]:
    """What Telegram marks in a text: a leading /command, and @username mentions."""
    found = []
    if text.startswith("/"):
        found.append({"type": "bot_command", "offset": 0, "length": _utf16(text.split()[0])})
    for mention in re.finditer(r"(?<![\w@.])@[A-Za-z0-9_]{5,32}\b", text):
        offset = _utf16(text[: mention.start()])
        found.append({"type": "mention", "offset": offset, "length": _utf16(mention.group())})
    return found


def message(
    text: str | None = None,
    chat_id: int = PRIVATE_ID,
    user_id: int | None = None,
    lang: str | None = "en",
    reply_to_bot: bool = False,
    date: int = DATE,
    **extra: Any,
) -> dict[str, Any]:
    """A message; a leading /command gets its bot_command entity, @mentions their entities."""
    found: dict[str, Any] = {
        "message_id": next(_ids),
        "date": date,
        "chat": chat(chat_id),
        "from": user(user_id or (chat_id if chat_id > 0 else 7), lang),
        **extra,
    }
    if text is not None:
        found["text"] = text
        if entities(text):
            found["entities"] = entities(text)
    if reply_to_bot:
        found["reply_to_message"] = {
            "message_id": 999,
            "date": DATE,
            "chat": chat(chat_id),
            "from": BOT_USER,
            "text": "earlier answer",
        }
    return found


def text_update(text: str, chat_id: int = PRIVATE_ID, **kw: Any) -> dict[str, Any]:
    return {"message": message(text, chat_id, **kw)}


def edited_update(original: dict[str, Any], text: str) -> dict[str, Any]:
    """The same message (same id) with new text."""
    edited = {**original["message"], "text": text, "edit_date": DATE + 60}
    edited.pop("entities", None)
    return {"edited_message": edited}


def sticker_update(chat_id: int = PRIVATE_ID, lang: str = "en") -> dict[str, Any]:
    sticker = {
        "file_id": "CAAC-sticker",
        "file_unique_id": "AgADsticker",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    return {"message": message(None, chat_id, lang=lang, sticker=sticker)}


def channel_post(text: str, chat_id: int = -100777) -> dict[str, Any]:
    post = {
        "message_id": next(_ids),
        "date": DATE,
        "chat": {"id": chat_id, "type": "channel", "title": "Channel"},
        "sender_chat": {"id": chat_id, "type": "channel", "title": "Channel"},
        "text": text,
    }
    if entities(text):
        post["entities"] = entities(text)
    return {"channel_post": post}


def callback_update(
    data: str,
    chat_id: int = PRIVATE_ID,
    user_id: int | None = None,
    lang: str = "en",
    message_id: int | None = None,
) -> dict[str, Any]:
    """A button press under message `message_id` (one the fake API sent, to edit it)."""
    return {
        "callback_query": {
            "id": f"cq{next(_ids)}",
            "chat_instance": "ci",
            "data": data,
            "from": user(user_id or (chat_id if chat_id > 0 else 7), lang),
            "message": {
                "message_id": message_id or next(_ids),
                "date": DATE,
                "chat": chat(chat_id),
                "from": BOT_USER,
                "text": "buttons",
            },
        }
    }


def inline_update(query: str, user_id: int = PRIVATE_ID, lang: str = "en") -> dict[str, Any]:
    return {
        "inline_query": {
            "id": f"iq{next(_ids)}",
            "query": query,
            "offset": "",
            "from": user(user_id, lang),
        }
    }
