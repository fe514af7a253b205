"""Rendering one Reply as plain text, Telegram HTML and JSON."""

from __future__ import annotations

import json

from sailau import render
from sailau.reply import Reply, ReplyKind, Source, Suggestion

SOURCE = Source("AT-final21", "Astana Times", "https://example.org/a?b=1&c=2", "2021-01-12")


def reply(**changes: object) -> Reply:
    base: dict[str, object] = {
        "lang": "en",
        "kind": ReplyKind.ANSWER,
        "headline": "Nur Otan won 76 seats in 2021.",
        "details": ("It received 5,148,074 votes (71.09%).",),
        "intent": "party_seats",
        "confidence": 0.9876,
        "sources": (SOURCE,),
        "suggestions": (Suggestion("The same for 2016", "party_seats", (("year", "2016"),)),),
    }
    return Reply(**{**base, **changes})  # type: ignore[arg-type]


def test_text_has_headline_details_source_and_numbered_followups() -> None:
    lines = render.text(reply()).splitlines()
    assert lines[0] == "Nur Otan won 76 seats in 2021."
    assert lines[2] == "Source: Astana Times, 12\u00a0January 2021"
    assert lines[-1] == "1. The same for 2016"


def test_source_line_in_the_reply_language() -> None:
    assert render.text(reply(lang="ru")).splitlines()[2].startswith("Источник: Astana Times, 12")
    assert "Дереккөз:" in render.text(reply(lang="kk"))


def test_source_line_names_the_first_source_only() -> None:
    many = tuple(Source(f"s{i}", f"S{i % 4}", "https://x.org") for i in range(8))
    assert render.source_line(reply(sources=many)) == "Source: S0"


def test_a_source_quoting_the_cec_says_so() -> None:
    quoting = Source("AT-final21", "Astana Times", "https://x.org", "2021-01-12", "OFF", True)
    assert render.source_line(reply(sources=(quoting,), lang="ru")) == (
        "Источник: ЦИК в изложении Astana Times, 12\u00a0января 2021\u00a0года"
    )
    assert 'CEC, as quoted by <a href="https://x.org">Astana Times</a>' in render.html(
        reply(sources=(quoting,))
    )


def test_html_escapes_and_links() -> None:
    out = render.html(reply(headline="<b>&</b>", details=("a < b",)))
    assert out.startswith("<b>&lt;b&gt;&amp;&lt;/b&gt;</b>\n")
    assert "a &lt; b" in out
    assert '<a href="https://example.org/a?b=1&amp;c=2">Astana Times</a>' in out
    assert out.splitlines()[-1].startswith("<i>") and out.endswith("</i>")


def test_html_never_exceeds_telegram_limit() -> None:
    long = reply(headline="&" * 5000, details=tuple("<x>" * 300 for _ in range(20)))
    out = render.html(long)
    assert len(out) <= render.TELEGRAM_MAX_CHARS
    assert out.endswith("</i>")


def test_json_object() -> None:
    obj = render.as_json(reply(), "how many seats nur otan", None)
    assert json.loads(json.dumps(obj, ensure_ascii=False)) == obj
    assert obj["question"] == "how many seats nur otan"
    assert obj["lang"] == "en" and obj["intent"] == "party_seats" and obj["confidence"] == 0.988
    assert obj["chart"] is None and obj["kind"] == "answer"
    assert obj["sources"] == [
        {"id": "AT-final21", "name": "Astana Times", "url": SOURCE.url, "date": "2021-01-12"}
    ]
    assert obj["suggestions"][0]["code"] == "party_seats|y=2016"
    assert obj["text"] == render.text(reply())


def test_did_you_mean_lists_offers_without_a_second_prompt() -> None:
    text = render.text(reply(kind=ReplyKind.DID_YOU_MEAN, headline="Did you mean:", sources=()))
    assert text.splitlines() == ["Did you mean:", "It received 5,148,074 votes (71.09%).",
                                 "1. The same for 2016"]  # fmt: skip
