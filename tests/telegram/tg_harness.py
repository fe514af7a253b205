"""The handler-test harness: the real Application on the fake Bot API, errors recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from tg_botapi import BotApi, Call

from handlers.app import App
from sailau.chatstore import JsonChatStore


@dataclass
class Harness:
    """The application under test, the fake API behind it, and the errors handlers raised."""

    app: App
    api: BotApi
    store: JsonChatStore
    errors: list[BaseException] = field(default_factory=list)

    async def send(self, payload: dict[str, Any]) -> list[Call]:
        """Process one update; the API calls it caused."""
        before = len(self.api.calls)
        await self.app.process_update(Update.de_json({"update_id": 1, **payload}, self.app.bot))
        return self.api.calls[before:]

    def last_message_id(self, chat_id: int) -> int:
        """The id of the last message the bot sent to `chat_id`."""
        return max(m for chat, m in self.api.messages if chat == chat_id)

    async def texts(self, payload: dict[str, Any]) -> list[str]:
        """Process one update; the texts and captions the bot sent for it."""
        calls = await self.send(payload)
        return [
            c.params.get("text") or c.params.get("caption") or ""
            for c in calls
            if c.method in ("sendMessage", "sendPhoto", "editMessageText")
        ]
