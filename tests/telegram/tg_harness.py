"""The handler-test harness: the real Application on the fake Bot API, errors recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from tg_botapi import BotApi, Call

from handlers.context import ChatData, SailauApp
from handlers.persistence import StoreSession


@dataclass
class Harness:
    """The application under test, the fake API behind it, its store, and handler errors."""

    app: SailauApp = field(repr=False)
    api: BotApi
    session: StoreSession
    errors: list[BaseException] = field(default_factory=list)

    async def send(self, payload: dict[str, Any], actions: bool = False) -> list[Call]:
        """Process one update (and send what it queued for a group); the API calls it caused,
        chat actions ("typing…") only if `actions`."""
        before = len(self.api.calls)
        await self.app.process_update(Update.de_json({"update_id": 1, **payload}, self.app.bot))
        await self.app.services.outbox.settled()
        calls = self.api.calls[before:]
        return calls if actions else [c for c in calls if c.method != "sendChatAction"]

    def chat(self, chat_id: int) -> ChatData:
        """A chat's data as the bot holds it."""
        return self.app.chat_data[chat_id]

    async def stored_chat(self, chat_id: int) -> dict[str, Any] | None:
        """A chat's data as the store holds it, once what the bot holds is written."""
        await self.app.update_persistence()
        store = self.session.store
        return self.session.now(lambda: store.load_chat(chat_id))

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
