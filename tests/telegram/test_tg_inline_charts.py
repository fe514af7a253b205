"""Inline mode and charts: articles with figure and source in the asker's language, the most
asked facts for an empty query, charts uploaded once and then re-sent (and offered inline) by id."""

from __future__ import annotations

from typing import Any

import pytest
from tg_botapi import Fault
from tg_harness import Harness
from tg_updates import inline_update, text_update

from handlers.charts import chart_key
from handlers.inline import TOP_FACTS
from sailau import charts
from sailau.reply import ChartSpec

PARLIAMENT = ChartSpec("parliament", (("year", "2021"),))


async def inline_results(harness: Harness, query: str, lang: str = "en") -> list[dict[str, Any]]:
    [call] = await harness.send(inline_update(query, lang=lang))
    assert call.method == "answerInlineQuery"
    assert call.params["is_personal"] is True
    results: list[dict[str, Any]] = call.params["results"]
    return results


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("turnout", "en", "63.25%"),
        ("явка", "ru", "63,25\xa0%"),
        ("сайлауға қатысу", "kk", "63,25"),
        ("nur otan seats", "ru", "76"),
    ],
)
async def test_inline_answers_with_figure_and_source(
    harness: Harness, query: str, lang: str, expected: str
) -> None:
    results = await inline_results(harness, query, lang)
    first = results[0]
    assert first["type"] == "article"
    assert expected in first["title"]
    assert first["description"]  # the source line
    assert expected in first["input_message_content"]["message_text"]
    assert first["input_message_content"]["parse_mode"] == "HTML"
    assert len(results) <= 50


async def test_empty_inline_query_offers_the_most_asked_facts(harness: Harness) -> None:
    default = await inline_results(harness, "")
    assert len(default) >= len(TOP_FACTS) - 1
    await harness.send(text_update("how many seats did ak zhol win"))
    await harness.send(text_update("how many seats did ak zhol win"))
    asked = await inline_results(harness, "  ")
    assert "Ak Zhol" in asked[0]["title"]


async def test_inline_button_opens_the_private_chat_on_the_answer(harness: Harness) -> None:
    [call] = await harness.send(inline_update("turnout"))
    button = call.params["button"]
    assert button["start_parameter"].startswith("turnout")
    [text] = await harness.texts(text_update(f"/start {button['start_parameter']}"))
    assert "63.25%" in text


async def test_chart_is_uploaded_once_then_sent_by_file_id(harness: Harness) -> None:
    [first] = await harness.send(text_update("/chart"))
    assert first.method == "sendPhoto"
    assert first.files["photo"][0] == "chart.png"
    assert first.files["photo"][2] == "image/png"
    assert "76" in first.params["caption"]
    file_id = harness.app.bot_data.file_ids.get(chart_key(PARLIAMENT, "en"))
    assert file_id is not None
    [again] = await harness.send(text_update("/chart"))
    assert again.method == "sendPhoto"
    assert again.files == {}
    assert again.params["photo"] == file_id


async def test_uploaded_chart_is_offered_inline(harness: Harness) -> None:
    await harness.send(text_update("/chart"))
    results = await inline_results(harness, "parliament chart")
    photos = [r for r in results if r["type"] == "photo"]
    assert photos
    assert photos[0]["photo_file_id"] == harness.app.bot_data.file_ids.get(
        chart_key(PARLIAMENT, "en")
    )
    assert photos[0]["parse_mode"] == "HTML"


async def test_chart_kinds_are_cached_apart(harness: Harness) -> None:
    await harness.send(text_update("/chart"))
    [shares] = await harness.send(text_update("/chart shares"))
    assert shares.method == "sendPhoto"
    assert shares.files  # a different chart: uploaded, not re-sent by the parliament's id


async def test_a_chart_that_cannot_be_drawn_still_gets_its_answer(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(spec: ChartSpec, lang: str) -> bytes:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(charts, "render", broken)
    [call] = await harness.send(text_update("/chart"))
    assert call.method == "sendMessage"
    assert "76" in call.params["text"]


def test_equal_charts_share_one_upload() -> None:
    assert chart_key(ChartSpec("parliament"), "en") == chart_key(PARLIAMENT, "en")
    assert chart_key(PARLIAMENT, "en") != chart_key(PARLIAMENT, "kk")


async def test_an_inline_query_answered_too_late_is_no_error(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness.api.inject(
        "answerInlineQuery",
        Fault(
            400, "Bad Request: query is too old and response timeout expired or query id is invalid"
        ),
    )
    await harness.send(inline_update("turnout"))
    assert "ERROR" not in caplog.text  # the bot's error handler took it calmly
    assert [type(e).__name__ for e in harness.errors] == ["BadRequest"]
    harness.errors.clear()


async def test_inline_answers_in_the_language_chosen_in_the_private_chat(
    harness: Harness,
) -> None:
    await harness.send(text_update("/lang kk"))
    [first, *_] = await inline_results(harness, "turnout", lang="en")
    assert "63,25" in first["title"]  # Kazakh number format
