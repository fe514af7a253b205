"""A fake Telegram Bot API: the methods Sailau calls, Telegram's validation, and injected faults.

Used two ways: behind a fake `BaseRequest` in handler tests (`tg_fakerequest.py`), and behind a
real HTTP server on 127.0.0.1 for end-to-end tests and the benchmark (`tg_fakeserver.py`).
Everything it answers has the JSON shape Telegram gives; everything Telegram would refuse
(over-long text or caption, callback data over 64 bytes, more than 50 inline results, HTML
Telegram can't parse) gets Telegram's 400.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

BOT_ID = 123456
BOT_USERNAME = "sailau_test_bot"
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Sailau",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": True,
    "supports_inline_queries": True,
}
TOKEN = f"{BOT_ID}:AAH-test-token-0123456789abcdefghijkl"
WEBHOOK_SECRET = "hook-secret_1"
SECRETS = (TOKEN, TOKEN.partition(":")[2], WEBHOOK_SECRET)
"""What no output of any test may contain."""

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
INLINE_RESULTS_LIMIT = 50
CALLBACK_ANSWER_LIMIT = 200
INLINE_QUERY_LIMIT = 256
CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice"}
    | {"upload_document", "choose_sticker", "find_location", "record_video_note"}
    | {"upload_video_note"}
)
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "results",
        "commands",
        "scope",
        "link_preview_options",
        "reply_parameters",
        "allowed_updates",
        "button",
        "entities",
        "caption_entities",
        "menu_button",
    }
)
TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span"}
    | {"tg-spoiler", "tg-emoji", "blockquote"}
)
ENTITIES = frozenset({"lt", "gt", "amp", "quot"})
Params = Mapping[str, Any]
Files = Mapping[str, Any]
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


class ApiError(Exception):
    """A Telegram error answer: HTTP status, description and optional parameters. `expected`:
    Telegram's side of things (an old button, a migrated group), not a mistake of the bot's."""

    def __init__(
        self, status: int, description: str, expected: bool = False, **parameters: Any
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.expected = expected
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass
class Fault:
    """An injected failure for the next call of a method."""

    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0
    """Seconds to wait before answering (longer than the client's timeout: a timeout)."""
    drop: bool = False
    """Close the connection without an answer (HTTP server only)."""
    chat_id: int | None = None
    """Only for a call to this chat (None: the next call of the method, whatever its chat)."""


@dataclass(frozen=True)
class Call:
    """One request the bot made: method, decoded parameters, uploaded files."""

    method: str
    params: Mapping[str, Any]
    files: Mapping[str, Any]
    at: float


class _HtmlChecker(HTMLParser):
    """Telegram's HTML rules: known tags, balanced, only four named entities, no bare < > &."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.visible = 0
        self.problem: str | None = None

    def _fail(self, problem: str) -> None:
        self.problem = self.problem or problem

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            self._fail(f'unsupported start tag "{tag}"')
        if tag == "a" and not dict(attrs).get("href"):
            self._fail("a tag without href")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self._fail(f'unexpected end tag "{tag}"')
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if any(ch in data for ch in "<>&"):
            self._fail("unescaped <, > or & in text")
        self.visible += len(data)

    def handle_entityref(self, name: str) -> None:
        if name not in ENTITIES:
            self._fail(f"unsupported entity &{name};")
        self.visible += 1

    def handle_charref(self, name: str) -> None:
        self.visible += 1


def visible_length(text: str, parse_mode: str | None) -> int:
    """Characters after entity parsing; 400 "can't parse entities" when HTML is malformed."""
    if parse_mode is None or parse_mode.upper() != "HTML":
        return len(text)
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    if checker.rawdata:
        checker._fail("unfinished tag")
    if checker.stack:
        checker._fail(f'unclosed tag "{checker.stack[-1]}"')
    if checker.problem:
        raise ApiError(400, f"Bad Request: can't parse entities: {checker.problem}")
    return checker.visible


def check_text(text: object, parse_mode: object, limit: int, what: str, empty_ok: bool) -> str:
    """The text after Telegram's checks (length after entity parsing, HTML well-formed)."""
    if not isinstance(text, str) or (not text and not empty_ok):
        raise ApiError(400, f"Bad Request: {what} must be non-empty")
    n = visible_length(text, parse_mode if isinstance(parse_mode, str) else None)
    if n > limit or (n == 0 and not empty_ok):
        raise ApiError(400, f"Bad Request: {what} is " + ("too long" if n else "empty"))
    return text


BUTTON_KINDS = frozenset(
    {"callback_data", "url", "web_app", "switch_inline_query", "switch_inline_query_current_chat"}
)


def check_keyboard(markup: object, private: bool = True) -> None:
    """Every inline button: one action; callback data of 1-64 bytes; URLs http(s) or tg:;
    Mini App buttons (HTTPS) only in private chats; inline queries of at most 256 characters."""
    if not markup:
        return
    if not isinstance(markup, Mapping):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            if len(BUTTON_KINDS & set(button)) != 1:
                raise ApiError(400, "Bad Request: can't parse inline keyboard button")
            data = button.get("callback_data")
            if data is not None and not 0 < len(data.encode()) <= CALLBACK_DATA_LIMIT:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            url = button.get("url")
            if url is not None and not url.startswith(("https://", "http://", "tg://")):
                raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
            web_app = button.get("web_app")
            if web_app is not None and (not private or not web_app["url"].startswith("https://")):
                raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
            query = button.get("switch_inline_query")
            if query is not None and len(query) > INLINE_QUERY_LIMIT:
                raise ApiError(400, "Bad Request: BUTTON_SWITCH_INLINE_INVALID")


def decode_params(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Form fields as Telegram reads them: JSON fields parsed, numbers as numbers."""
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, str) and key in JSON_FIELDS:
            try:
                value = json.loads(value)
            except ValueError:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from None
        elif isinstance(value, str) and re.fullmatch(r"-?\d+", value) and key != "text":
            value = int(value)
        params[key] = value
    return params


@dataclass
class BotApi:
    """The fake Bot API's state: calls, messages, uploads, updates, faults, blocked chats."""

    calls: list[Call] = field(default_factory=list)
    faults: defaultdict[str, deque[Fault]] = field(default_factory=lambda: defaultdict(deque))
    blocked: set[int] = field(default_factory=set)
    admins: set[int] = field(default_factory=set)
    webhook: dict[str, Any] = field(default_factory=dict)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    file_ids: set[str] = field(default_factory=set)
    polls: int = 0
    """How many getUpdates calls were answered (they are not kept in `calls`)."""
    confirmed: int = 0
    """Updates with ids below this were confirmed by a getUpdates offset (Telegram forgets
    them)."""
    migrated: dict[int, int] = field(default_factory=dict)
    """Groups upgraded to supergroups: old id -> new id (writing to the old id fails)."""
    expired_queries: bool = False
    """Every answerCallbackQuery is refused as "query is too old"."""
    gate: asyncio.Event | None = None
    """While set to an unset event, sends wait before they are taken (they are "in flight")."""
    held: int = 0
    """Sends waiting at the gate."""
    gate_takes: int = 0
    """How many of the next messages sent while the gate is closed are taken first (delivered)
    and then wait: Telegram has them, the bot does not know it."""
    unconfirmed: set[tuple[int, int]] = field(default_factory=set)
    """(chat, message id) of each message taken at the gate: a bot killed meanwhile never
    learns that it went out, and may rightly send it again."""
    menu_buttons: dict[int | None, dict[str, Any]] = field(default_factory=dict)
    """The menu button set per private chat (None: every chat's default)."""
    quotes: dict[tuple[int, int], int] = field(default_factory=dict)
    """(chat, message id) of a sent text -> the id of the message it replied to."""
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(method, description) of every 4xx the fake gave that was not injected."""
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _changed: asyncio.Condition | None = None

    @property
    def changed(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    # -- the test side ---------------------------------------------------------------------

    async def push(self, *updates: dict[str, Any]) -> list[int]:
        """Queue updates for getUpdates; returns their update ids."""
        ids = []
        for update in updates:
            update = {"update_id": next(self._update_ids), **update}
            self._updates.append(update)
            ids.append(update["update_id"])
        async with self.changed:
            self.changed.notify_all()
        return ids

    def inject(self, method: str, *faults: Fault) -> None:
        self.faults[method].extend(faults)

    def take_fault(self, method: str, params: Mapping[str, Any]) -> Fault | None:
        """The first fault queued for this call (its method, and its chat if the fault names
        one)."""
        queued = self.faults.get(method)
        for fault in queued or ():
            if fault.chat_id is None or fault.chat_id == params.get("chat_id"):
                queued.remove(fault)  # type: ignore[union-attr]
                return fault
        return None

    def texts(self, chat_id: int) -> list[str]:
        """Texts and captions delivered to a chat, oldest first."""
        return [
            m.get("text") or m.get("caption") or ""
            for (chat, _), m in sorted(self.messages.items())
            if chat == chat_id
        ]

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if (method is None or c.method == method)
            and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    async def wait_for(self, predicate: Callable[[BotApi], bool], seconds: float = 10.0) -> None:
        """Until `predicate(self)` holds (checked after each call); TimeoutError after `seconds`."""
        async with asyncio.timeout(seconds), self.changed:
            await self.changed.wait_for(lambda: predicate(self))

    # -- the bot side ----------------------------------------------------------------------

    async def handle(
        self, method: str, params: Mapping[str, Any], files: Mapping[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        """Answer one request: (HTTP status, JSON body)."""
        if method != "getUpdates":
            self.calls.append(Call(method, dict(params), dict(files), time.monotonic()))
        fault = None
        try:
            gate = self.gate if method.startswith(("send", "edit")) else None
            taken = (
                gate is not None and self.gate_takes > 0 and method in ("sendMessage", "sendPhoto")
            )
            if taken:
                self.gate_takes -= 1
            if gate is not None and not taken:
                await self._wait_at(gate)
            fault = self.take_fault(method, params)
            if fault is not None:
                await asyncio.sleep(fault.delay)
                extra = {} if fault.retry_after is None else {"retry_after": fault.retry_after}
                raise ApiError(fault.status, fault.description, **extra)
            handler = getattr(self, f"_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            result = await handler(params, files)
            if gate is not None and taken:
                if isinstance(result, dict) and "message_id" in result:
                    self.unconfirmed.add((result["chat"]["id"], result["message_id"]))
                await self._wait_at(gate)
            return 200, {"ok": True, "result": result}
        except ApiError as exc:
            if fault is None and exc.status == 400 and not exc.expected:
                self.errors.append((method, exc.description))
            return exc.status, exc.body()
        finally:
            async with self.changed:
                self.changed.notify_all()

    async def _wait_at(self, gate: asyncio.Event) -> None:
        """Hold a send at the gate (counted in `held`) until the gate opens."""
        self.held += 1
        async with self.changed:
            self.changed.notify_all()
        try:
            await gate.wait()
        finally:
            self.held -= 1

    def _chat(self, params: Mapping[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                expected=True,
                migrate_to_chat_id=self.migrated[chat_id],
            )
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        kind = "private" if chat_id > 0 else "supergroup"
        return {"id": chat_id, "type": kind, **({"title": "g"} if chat_id < 0 else {})}

    def _message(self, chat: dict[str, Any], **content: Any) -> dict[str, Any]:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            **content,
        }
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    async def _getMe(self, params: Params, files: Files) -> Any:
        return BOT_USER

    async def _getUpdates(self, params: Params, files: Files) -> Any:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        self.confirmed = max(self.confirmed, offset)
        if not self._updates and timeout > 0:
            async with self.changed:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await self.changed.wait_for(lambda: bool(self._updates))
        self.polls += 1
        return self._updates[:limit]

    async def _sendMessage(self, params: Params, files: Files) -> Any:
        text = check_text(params.get("text"), params.get("parse_mode"), TEXT_LIMIT, "text", False)
        chat = self._chat(params)
        check_keyboard(params.get("reply_markup"), chat["type"] == "private")
        quoted = (params.get("reply_parameters") or {}).get("message_id")
        message = self._message(chat, text=text)
        if quoted is not None:
            self.quotes[(message["chat"]["id"], message["message_id"])] = quoted
        return message

    async def _sendPhoto(self, params: Params, files: Files) -> Any:
        caption = check_text(
            params.get("caption", ""), params.get("parse_mode"), CAPTION_LIMIT, "caption", True
        )
        chat = self._chat(params)
        check_keyboard(params.get("reply_markup"), chat["type"] == "private")
        upload = files.get("photo")
        if upload is not None:
            _, data, mime = upload
            if not data.startswith(b"\x89PNG") or mime != "image/png":
                raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
            file_id = f"AgAC-{len(self.file_ids) + 1}"
            self.file_ids.add(file_id)
        else:
            file_id = params.get("photo", "")
            if file_id not in self.file_ids:
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        photo = [{"file_id": file_id, "file_unique_id": file_id[::-1], "width": 800, "height": 600}]
        return self._message(chat, photo=photo, **({"caption": caption} if caption else {}))

    async def _editMessageText(self, params: Params, files: Files) -> Any:
        text = check_text(params.get("text"), params.get("parse_mode"), TEXT_LIMIT, "text", False)
        chat = self._chat(params)
        check_keyboard(params.get("reply_markup"), chat["type"] == "private")
        message = self.messages.get((chat["id"], params.get("message_id", 0)))
        if message is None or "text" not in message:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["text"] == text:
            raise ApiError(400, "Bad Request: message is not modified")
        message["text"] = text
        return message

    async def _answerCallbackQuery(self, params: Params, files: Files) -> Any:
        if self.expired_queries:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query id is invalid",
                expected=True,
            )
        if len(params.get("text") or "") > CALLBACK_ANSWER_LIMIT:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _answerInlineQuery(self, params: Params, files: Files) -> Any:
        results = params.get("results")
        if not isinstance(results, list) or len(results) > INLINE_RESULTS_LIMIT:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id", "") for r in results]
        if len(set(ids)) != len(ids) or not all(0 < len(i.encode()) <= 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content")
            if content is not None:
                check_text(
                    content.get("message_text"),
                    content.get("parse_mode"),
                    TEXT_LIMIT,
                    "text",
                    False,
                )
            if "caption" in result:
                check_text(
                    result["caption"], result.get("parse_mode"), CAPTION_LIMIT, "caption", True
                )
            if result.get("photo_file_id", "") not in self.file_ids | {""}:
                raise ApiError(400, "Bad Request: wrong file identifier")
            if result.get("type") == "photo" and "photo_file_id" not in result:
                urls = (result.get("photo_url", ""), result.get("thumbnail_url", ""))
                if not all(u.startswith("https://") for u in urls):
                    raise ApiError(400, "Bad Request: PHOTO_URL_INVALID")  # both needed
            thumbnail = result.get("thumbnail_url")
            if thumbnail is not None and not thumbnail.startswith("https://"):
                raise ApiError(400, "Bad Request: THUMBNAIL_URL_INVALID")
            check_keyboard(result.get("reply_markup"), private=False)  # posted anywhere
        button = params.get("button")
        if button is not None and not re.fullmatch(
            r"[A-Za-z0-9_-]{1,64}", button.get("start_parameter", "")
        ):
            raise ApiError(400, "Bad Request: START_PARAM_INVALID")
        return True

    async def _sendChatAction(self, params: Params, files: Files) -> Any:
        self._chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _setChatMenuButton(self, params: Params, files: Files) -> Any:
        button = params.get("menu_button") or {}
        web_app = button.get("web_app") if button.get("type") == "web_app" else None
        if web_app is not None and not (button.get("text") and web_app["url"].startswith("https")):
            raise ApiError(400, "Bad Request: BUTTON_INVALID")
        if "chat_id" in params:
            self._chat(params)
        self.menu_buttons[params.get("chat_id")] = button
        return True

    async def _setMyCommands(self, params: Params, files: Files) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands")
        for command in commands:
            if not COMMAND_NAME.match(command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 0 < len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        return True

    async def _setMyDescription(self, params: Params, files: Files) -> Any:
        if len(params.get("description", "")) > DESCRIPTION_LIMIT:
            raise ApiError(400, "Bad Request: description is too long")
        return True

    async def _setMyShortDescription(self, params: Params, files: Files) -> Any:
        if len(params.get("short_description", "")) > SHORT_DESCRIPTION_LIMIT:
            raise ApiError(400, "Bad Request: short description is too long")
        return True

    async def _deleteWebhook(self, params: Params, files: Files) -> Any:
        self.webhook.clear()
        return True

    async def _setWebhook(self, params: Params, files: Files) -> Any:
        self.webhook = dict(params)
        return True

    async def _getChatMember(self, params: Params, files: Files) -> Any:
        self._chat(params)
        user = {"id": params.get("user_id"), "is_bot": False, "first_name": "U"}
        if params.get("user_id") in self.admins:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}
