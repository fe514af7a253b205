"""A Telegram chat drawn as a web page from what the bot really sent: the HTML of each message
exactly as it went to the (fake) Bot API, its photo's bytes, its inline keyboard. Used for the
README's picture of the bot in a chat (test_tg_chat_picture.py)."""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tg_botapi import Call

BUTTON_MARKS = {"url": "↗", "web_app": "⊞", "switch_inline_query": "↪"}
"""The small sign Telegram draws in a button's corner, by what the button does."""

STYLE = """
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.35 "DejaVu Sans", "Noto Sans", sans-serif; color: #000;
       background: #9bbc8f; }
header { position: sticky; top: 0; display: flex; align-items: center; gap: 10px;
         padding: 8px 12px; background: #fff; border-bottom: 1px solid #d9d9d9; z-index: 1; }
.avatar { width: 38px; height: 38px; border-radius: 50%; background: #3a8ad6; color: #fff;
          display: grid; place-items: center; font-weight: bold; font-size: 18px; }
header b { display: block; font-size: 16px; }
header small { color: #8a8a8a; }
main { padding: 10px 8px 64px; display: flex; flex-direction: column; gap: 6px; }
.row { display: flex; flex-direction: column; max-width: 88%; }
.row.user { align-self: flex-end; }
.bubble { padding: 6px 10px 16px; border-radius: 12px; background: #fff; position: relative;
          white-space: pre-wrap; overflow-wrap: anywhere; box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.user .bubble { background: #effedd; }
.bubble time { position: absolute; right: 8px; bottom: 2px; font-size: 11px; color: #8fa58a; }
.bot .bubble time { color: #a0a0a0; }
.bubble a { color: #168acd; text-decoration: none; }
.bubble blockquote { margin: 2px 0; padding-left: 8px; border-left: 3px solid #3a8ad6; }
.photo { padding: 0; overflow: hidden; }
.photo img { display: block; width: 100%; }
.photo .caption { padding: 6px 10px 16px; }
.keyboard { display: grid; gap: 4px; margin-top: 4px; }
.keyboard .line { display: flex; gap: 4px; }
.keyboard span { flex: 1; position: relative; padding: 9px 14px; border-radius: 8px;
                 background: rgba(38, 69, 36, .38); color: #fff; text-align: center;
                 font-size: 14px; font-weight: 500; }
.keyboard span i { position: absolute; top: 2px; right: 5px; font-style: normal; font-size: 11px; }
footer { position: fixed; bottom: 0; left: 0; right: 0; display: flex; gap: 8px;
         align-items: center; padding: 8px; background: #fff; border-top: 1px solid #d9d9d9; }
footer .menu { padding: 6px 12px; border-radius: 16px; background: #3a8ad6; color: #fff;
               font-size: 14px; white-space: nowrap; }
footer .input { flex: 1; color: #a0a0a0; }
"""


@dataclass(frozen=True)
class Bubble:
    """One message: the user's question (plain text) or a bot call (sendMessage, sendPhoto)."""

    text: str
    call: Call | None = None


def keyboard(markup: Mapping[str, Any] | None) -> str:
    if not markup:
        return ""
    lines = []
    for row in markup.get("inline_keyboard", []):
        cells = []
        for button in row:
            mark = next((m for kind, m in BUTTON_MARKS.items() if kind in button), "")
            sign = f"<i>{mark}</i>" if mark else ""
            cells.append(f"<span>{html.escape(button['text'])}{sign}</span>")
        lines.append(f'<div class="line">{"".join(cells)}</div>')
    return f'<div class="keyboard">{"".join(lines)}</div>'


def bot_bubble(call: Call, at: str) -> str:
    """A bot message: its HTML as sent (Telegram's tags are HTML tags), the photo it uploaded,
    its keyboard."""
    params = call.params
    if call.method == "sendPhoto":
        data = base64.b64encode(call.files["photo"][1]).decode()
        caption = params.get("caption") or ""
        inner = f'<img src="data:image/png;base64,{data}" alt="">'
        inner += f'<div class="caption">{caption}<time>{at}</time></div>'
        body = f'<div class="bubble photo">{inner}</div>'
    else:
        body = f'<div class="bubble">{params["text"]}<time>{at}</time></div>'
    return f'<div class="row bot">{body}{keyboard(params.get("reply_markup"))}</div>'


def chat_page(
    title: str, subtitle: str, bubbles: Iterable[Bubble], menu: str | None, hint: str
) -> str:
    """The whole chat as one HTML page, at phone width."""
    rows = []
    for n, bubble in enumerate(bubbles):
        at = f"12:{10 + n:02d}"
        if bubble.call is None:
            text = f"{html.escape(bubble.text)}<time>{at}</time>"
            rows.append(f'<div class="row user"><div class="bubble">{text}</div></div>')
        else:
            rows.append(bot_bubble(bubble.call, at))
    button = f'<span class="menu">{html.escape(menu)}</span>' if menu else ""
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>{STYLE}</style></head>
<body><header><div class="avatar">S</div><div><b>{html.escape(title)}</b>
<small>{html.escape(subtitle)}</small></div></header>
<main>{"".join(rows)}</main>
<footer>{button}<span class="input">{html.escape(hint)}</span></footer></body></html>"""
