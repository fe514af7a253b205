"""`bot.py chat`: a conversation in the terminal, with the same follow-up context as Telegram."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field

from sailau import render
from sailau.i18n import load_catalog
from sailau.pipeline import LOAD_ERRORS, answer, answer_intent, load_problem
from sailau.reply import LANGS, Context, Lang, Reply, Slots, Suggestion

MAX_PICK_DIGITS = 2
"""`1`..`99` picks a follow-up; longer numbers (years like `2016`) are questions."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGS, help="answer in this language (default: detect)")


def system_lang() -> Lang:
    """The terminal's language from LC_ALL / LC_MESSAGES / LANG when it is kk or ru, else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = os.environ.get(var, "")[:2].lower()
        if code:
            return "kk" if code == "kk" else "ru" if code == "ru" else "en"
    return "en"


def _t(key: str, lang: Lang, **values: object) -> str:
    return load_catalog().t(key, lang, **values)


def quit_words() -> frozenset[str]:
    """Words that end the chat, in every language (`exit`, `выход`, `шығу`, ...)."""
    return frozenset(w for lang in LANGS for w in _t("chat_quit_words", lang).split())


@dataclass
class Conversation:
    """One terminal conversation: the chosen language, the context and the last follow-ups."""

    lang: Lang | None = None
    ui_lang: Lang = "en"
    context: Context = field(default_factory=Context)
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def current_lang(self) -> Lang:
        return self.lang or self.ui_lang

    def _show(self, reply: Reply) -> str:
        self.context = reply.context
        self.ui_lang = reply.lang
        self.suggestions = reply.suggestions
        return render.text(reply)

    def _intent(self, intent: str, slots: Slots = ()) -> str:
        return self._show(answer_intent(intent, dict(slots), self.current_lang, self.context))

    def greet(self) -> str:
        return self._intent("greeting") + "\n" + _t("chat_commands", self.current_lang)

    def bye(self) -> str:
        return _t("chat_bye", self.current_lang)

    def handle(self, line: str) -> str:
        """The text to print for one input line (quitting is the caller's business)."""
        line = line.strip()
        command, _, rest = line.partition(" ")
        if command == "/lang":
            choice = rest.strip().lower()
            if choice not in LANGS:
                return _t("chat_lang_usage", self.current_lang)
            self.lang = self.ui_lang = choice
            return _t("chat_lang_set", choice)
        if command in ("/help", "/start"):
            return self._intent("help")
        if line.isdigit() and len(line) <= MAX_PICK_DIGITS:
            return self._pick(int(line))
        return self._show(answer(line, self.lang, self.context))

    def _pick(self, number: int) -> str:
        if not 1 <= number <= len(self.suggestions):
            return _t("chat_no_followup", self.current_lang)
        chosen = self.suggestions[number - 1]
        return self._intent(chosen.intent, chosen.slots)


def main(args: argparse.Namespace) -> int:
    interactive = sys.stdin.isatty()
    if interactive:
        import readline  # noqa: F401 - line editing and history for input()
    chat = Conversation(lang=args.lang, ui_lang=args.lang or system_lang())
    try:
        print(chat.greet(), flush=True)
    except LOAD_ERRORS as exc:
        print(f"chat: {load_problem(exc)}", file=sys.stderr)
        return 1
    stop = quit_words()
    while True:
        try:
            line = input("> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            break
        if line.strip().casefold() in stop:
            break
        if line.strip():
            print(chat.handle(line) + "\n", flush=True)
    print(chat.bye())
    return 0
