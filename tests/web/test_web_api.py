"""The Mini App's JSON API through aiohttp's TestClient: the command line's JSON, clear 400s,
the calculator's limits, and the page data in three languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

import bot
from sailau.i18n import load_catalog
from sailau.reply import LANGS
from sailau.web import SeatService, make_web_app, setup_web_app

Client = TestClient[Any, Any]

SCENARIOS = [
    ["--election", "kz-2021", "--method", "dhondt", "--threshold", "5"],
    ["--election", "kz-2021"],
    ["--election", "kz-2016", "--threshold", "80", "--sole-rule", "coefficient"],
    ["--election", "kz-2023", "--seats", "120", "--method", "sainte_lague", "--threshold", "3",
     "--threshold-base", "party_votes", "--explain"],
    ["--election", "kz-2021", "--votes", "auyl=500000", "--method", "huntington_hill"],
    ["--seats", "3", "--method", "dhondt", "--votes", "A=1", "B=1"],
    ["--seats", "10", "--threshold", "7", "--ballots", "20000", "--threshold-base", "ballots",
     "--strict", "--votes", "A=700", "B=9300", "--lang", "kk"],
]  # fmt: skip


def as_params(argv: list[str]) -> list[tuple[str, str]]:
    """Command-line options as query parameters: `--threshold-base x` -> `threshold_base=x`."""
    params: list[tuple[str, str]] = []
    name = ""
    for word in argv:
        if word.startswith("--"):
            name = word[2:].replace("-", "_")
            if name in ("strict", "explain"):
                params.append((name, "true"))
        else:
            params.append((name, word))
    return params


@pytest.mark.parametrize("argv", SCENARIOS, ids=lambda argv: " ".join(argv))
async def test_the_api_prints_what_the_command_line_prints(
    client: Client, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert bot.main(["seats", *argv, "--json"]) == 0
    printed = capsys.readouterr().out.rstrip("\n")
    response = await client.get("/api/seats", params=as_params(argv))
    assert response.status == 200
    assert response.content_type == "application/json"
    assert await response.text() == printed


@pytest.mark.parametrize(
    ("query", "parameter", "words"),
    [
        ("election=kz-2021&seats=abc", "seats", "whole number"),
        ("election=kz-2021&seats=0", "seats", "at least 1"),
        ("election=kz-2021&seats=100000000", "seats", "at most 1,000"),
        ("election=kz-2021&method=borda", "method", "unknown method 'borda'"),
        ("election=kz-2021&threshold=x", "threshold", "percentage like 5"),
        ("election=kz-2021&threshold=120", "threshold", "between 0 and 100"),
        ("election=kz-2021&threshold=1e-999999999", "threshold", "at most 4 decimals"),
        ("election=kz-2021&threshold_base=votes", "threshold_base", "unknown threshold base"),
        ("election=kz-2021&sole_rule=any", "sole_rule", "unknown sole rule"),
        ("election=kz-1999", "election", "no election 'kz-1999'"),
        ("election=kz-2021&lang=de", "lang", "one of kk, ru, en"),
        ("election=kz-2021&explain=maybe", "explain", "true or false"),
        ("election=kz-2021&threshold=5&threshold=7", "threshold", "more than once"),
        ("election=kz-2021&treshold=5", "treshold", "unknown parameter"),
        ("seats=5&votes=A", "votes", "NAME=COUNT"),
        ("seats=5&votes=A%3D-3", "votes", "at least 0"),
        ("seats=5&votes=A%3D99999999999", "votes", "at most 10,000,000,000"),
        ("seats=5&" + "&".join(f"votes=P{i}%3D1" for i in range(101)), "votes", "at most 100"),
        ("seats=5&votes=A%3D1&ballots=x", "ballots", "whole number"),
        ("seats=5&votes=A%3D1&strict=perhaps", "strict", "true or false"),
        ("seats=5", "votes", "give seats and votes"),
        ("", "seats", "give seats and votes"),
    ],
)
async def test_a_bad_parameter_is_a_400_naming_it(
    client: Client, query: str, parameter: str, words: str
) -> None:
    response = await client.get(f"/api/seats?{query}")
    body = await response.json()
    assert response.status == 400
    assert body["parameter"] == parameter
    assert body["error"].startswith(parameter)
    assert words in body["error"]
    assert "Traceback" not in await response.text()


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("election=kz-2021&threshold=90&threshold_base=party_votes", "no_party_passes"),
        ("seats=3&method=imperiali_quota&votes=A%3D5&votes=B%3D5", "cannot_allocate"),
    ],
)
async def test_a_question_without_an_allocation_is_a_422(
    client: Client, query: str, code: str
) -> None:
    response = await client.get(f"/api/seats?{query}")
    body = await response.json()
    assert response.status == 422
    assert body["code"] == code
    assert body["error"]


async def test_the_largest_allowed_question_is_answered(client: Client) -> None:
    votes = [("votes", f"P{i}={1_000_000 + 7919 * i}") for i in range(100)]
    response = await client.get(
        "/api/seats", params=[("seats", "1000"), ("method", "adams"), *votes, ("explain", "1")]
    )
    body = await response.json()
    assert response.status == 200
    assert sum(body["seats"].values()) == 1000
    assert len(body["explanation"]["wins"]) == 1000


@pytest.mark.parametrize("lang", LANGS)
async def test_meta_gives_the_page_every_word_in_each_language(client: Client, lang: str) -> None:
    response = await client.get("/api/meta", params={"lang": lang})
    meta = await response.json()
    catalog = load_catalog()
    own = {k.removeprefix("webapp_") for k in catalog.entries if k.startswith("webapp_")}
    assert response.status == 200
    assert meta["lang"] == lang
    assert set(meta["labels"]) == own
    assert meta["labels"]["title"] == catalog.t("webapp_title", lang)
    assert [m["id"] for m in meta["methods"]][:2] == ["hare", "droop"]
    assert [e["id"] for e in meta["elections"]] == ["kz-2016", "kz-2021", "kz-2023"]
    assert meta["default_election"] == "kz-2021"
    kz2021 = meta["elections"][1]
    assert (kz2021["seats"], kz2021["method"], kz2021["threshold"]) == (98, "hare", "7")
    assert kz2021["parties"][0]["id"] == "nur_otan"
    assert kz2021["parties"][0]["percent"] == ("71.09%" if lang == "en" else "71,09\u00a0%")
    assert meta["limits"]["seats"] == 1000
    assert meta["send"] is True


async def test_meta_refuses_an_unknown_language(client: Client) -> None:
    response = await client.get("/api/meta", params={"lang": "de"})
    assert response.status == 400
    assert (await response.json())["parameter"] == "lang"


async def test_standalone_there_is_nothing_to_send_with(standalone: Client) -> None:
    meta = await (await standalone.get("/api/meta")).json()
    assert meta["send"] is False
    response = await standalone.post("/api/send", json={"election": "kz-2021"})
    assert response.status == 503
    assert (await response.json())["code"] == "unavailable"


async def test_the_page_names_its_own_urls_and_locks_down_what_it_loads(
    standalone: Client,
) -> None:
    response = await standalone.get("/", params={"lang": "ru"})
    html = await response.text()
    assert response.status == 200
    assert '<html lang="ru">' in html
    assert "<title>Места в Мажилисе: что если…?</title>" in html
    assert 'data-seats="/api/seats"' in html
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "https://telegram.org" in csp
    for asset in ("app.js", "hemicycle.js", "app.css"):
        assert f"/static/{asset}?v=" in html
        assert (await standalone.get(f"/static/{asset}")).status == 200


async def test_mounted_under_a_prefix_in_another_app(service: SeatService) -> None:
    root = web.Application()
    root.add_subapp("/app/", make_web_app(service=service))
    async with TestClient(TestServer(root)) as mounted:
        html = await (await mounted.get("/app/")).text()
        assert 'data-seats="/app/api/seats"' in html
        assert "/app/static/app.js?v=" in html
        response = await mounted.get("/app/api/seats", params={"election": "kz-2021"})
        assert (await response.json())["seats"]["nur_otan"] == 76


async def test_routes_added_to_the_bots_own_app(service: SeatService) -> None:
    async def webhook(request: web.Request) -> web.Response:
        return web.Response(text="update")

    root = web.Application()
    root.router.add_post("/telegram", webhook)
    setup_web_app(root, service=service, prefix="/calc")
    async with TestClient(TestServer(root)) as shared:
        assert (await (await shared.post("/telegram")).text()) == "update"
        html = await (await shared.get("/calc/")).text()
        assert 'data-meta="/calc/api/meta"' in html
        response = await shared.get("/calc/api/seats", params={"election": "kz-2023"})
        assert response.status == 200


async def test_every_scenario_the_sliders_reach_comes_precomputed(client: Client) -> None:
    response = await client.get("/api/scenarios")
    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    document = await response.json()
    assert document["fields"] == ["election", "method", "threshold", "threshold_base", "seats"]
    scenarios = document["scenarios"]
    assert len(scenarios) == 3 * 10 * 31 * 2  # elections, methods, thresholds 0-15 by 0.5, bases
    for entry in scenarios[::97]:  # the same answers as asking one at a time
        one = await client.get("/api/seats", params=entry["params"])
        assert (one.status, await one.json()) == (entry["status"], entry["body"])
    official = next(
        e
        for e in scenarios
        if e["params"]
        == {"election": "kz-2023", "method": "hare", "threshold": "5",
            "threshold_base": "ballots", "seats": "69"}
    )  # fmt: skip
    assert official["body"]["seats"] == official["body"]["official"]


async def test_the_precomputed_scenarios_without_gzip(client: Client) -> None:
    response = await client.get("/api/scenarios", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in response.headers
    assert len((await response.json())["scenarios"]) == 1860


async def test_the_browsers_copy_of_the_scenarios_is_revalidated(client: Client) -> None:
    first = await client.get("/api/scenarios")
    tag = first.headers["ETag"]
    again = await client.get("/api/scenarios", headers={"If-None-Match": tag})
    assert again.status == 304
    assert first.headers["Cache-Control"] == "no-cache"


def test_every_word_of_the_page_is_used_by_it() -> None:
    static = Path(__file__).resolve().parents[2] / "sailau" / "web" / "static"
    page = (static / "index.html").read_text() + (static / "app.js").read_text()
    words = [k.removeprefix("webapp_") for k in load_catalog().entries if k.startswith("webapp_")]
    unused = [
        w
        for w in words
        if not w.startswith("base_")  # the threshold-base options, named by the server
        and f'"{w}"' not in page
        and f'label("{w}")' not in page
    ]
    assert unused == []
