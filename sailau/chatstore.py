"""Per-chat settings (language, group cooldown) and uploaded chart file ids, kept across restarts.

`ChatStore` is the interface; `MemoryChatStore` keeps everything in memory and `JsonChatStore`
adds a local JSON file, rewritten atomically on every change (changes are rare: a /lang choice,
a chart uploaded for the first time). A shared store (Redis, a database) can implement the same
four methods later.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from sailau.reply import LANGS, Lang

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChatSettings:
    """What a chat chose; `None` means "not chosen, use the default"."""

    lang: Lang | None = None
    cooldown: float | None = None


class ChatStore(Protocol):
    """Where chat settings and chart file ids live."""

    def get(self, chat_id: int) -> ChatSettings: ...

    def put(self, chat_id: int, settings: ChatSettings) -> None: ...

    def file_id(self, key: str) -> str | None: ...

    def put_file_id(self, key: str, file_id: str) -> None: ...


class MemoryChatStore:
    """A `ChatStore` in memory: for tests, and the base of the file store."""

    def __init__(self) -> None:
        self._chats: dict[int, ChatSettings] = {}
        self._file_ids: dict[str, str] = {}

    def get(self, chat_id: int) -> ChatSettings:
        return self._chats.get(chat_id, ChatSettings())

    def put(self, chat_id: int, settings: ChatSettings) -> None:
        if settings == ChatSettings():
            self._chats.pop(chat_id, None)
        else:
            self._chats[chat_id] = settings
        self._changed()

    def file_id(self, key: str) -> str | None:
        return self._file_ids.get(key)

    def put_file_id(self, key: str, file_id: str) -> None:
        self._file_ids[key] = file_id
        self._changed()

    def _changed(self) -> None:
        """Hook for subclasses that persist."""


def _chat_settings(raw: object) -> ChatSettings:
    """Read one stored chat, ignoring values this version does not understand."""
    if not isinstance(raw, dict):
        return ChatSettings()
    lang = raw.get("lang")
    cooldown = raw.get("cooldown")
    return ChatSettings(
        lang=next((code for code in LANGS if code == lang), None),
        cooldown=float(cooldown) if isinstance(cooldown, int | float) and cooldown >= 0 else None,
    )


class JsonChatStore(MemoryChatStore):
    """A `ChatStore` in one JSON file; a corrupt file is kept aside and the store starts empty."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            aside = self.path.with_suffix(self.path.suffix + ".corrupt")
            log.warning("chat store %s unreadable (%s); moved to %s", self.path, exc, aside)
            self.path.replace(aside)
            return
        data = data if isinstance(data, dict) else {}
        chats, file_ids = data.get("chats"), data.get("file_ids")
        for key, raw in (chats if isinstance(chats, dict) else {}).items():
            if key.lstrip("-").isdigit():
                self._chats[int(key)] = _chat_settings(raw)
        if isinstance(file_ids, dict):
            self._file_ids.update({k: v for k, v in file_ids.items() if isinstance(v, str)})

    def _changed(self) -> None:
        data = {
            "chats": {str(chat_id): asdict(s) for chat_id, s in self._chats.items()},
            "file_ids": self._file_ids,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        Path(tmp).replace(self.path)
