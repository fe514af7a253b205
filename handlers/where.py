"""Where a reply goes: the chat, its forum topic (if any), and the question it quotes."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message, ReplyParameters


@dataclass(frozen=True)
class Where:
    """The destination of a reply; `quote` is a message id in that chat."""

    chat_id: int
    thread_id: int | None = None
    quote: int | None = None

    @classmethod
    def of(cls, message: Message, quote: bool) -> Where:
        """Next to `message`: same chat, same forum topic, quoting it when `quote`."""
        thread = message.message_thread_id if message.is_topic_message else None
        return cls(message.chat_id, thread, message.message_id if quote else None)

    def unquoted(self) -> Where:
        return Where(self.chat_id, self.thread_id)

    @property
    def reply_parameters(self) -> ReplyParameters | None:
        if self.quote is None:
            return None
        return ReplyParameters(self.quote, allow_sending_without_reply=True)
