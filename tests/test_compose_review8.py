"""The native editors' review of the composed answers (round 8, kk and ru): the corrected
phrasings hold — the old ones appear in no composed answer of the reviewed sets, the new ones
answer the reviewed questions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sailau import render
from sailau.pipeline import answer

SETS = [Path("tests/data/setE.yaml"), Path("tests/data/setF.yaml")]
KINDS = frozenset({"multi", "yesno", "compare"})

OLD = [
    # kk: a change with no verb, the party itself "more/fewer"
    "жылғыдан 8 орынға аз:",
    "жылғыдан 5 орынға көп:",
    "дауысқа көп:",
    # ru: the «На X ниже/меньше:» fragment
    "На 8 мест меньше:",
    "На 6 мест меньше:",
    "п. п. ниже:",
    "процентного пункта ниже:",
    # the frames the round-10 review rewrote: a static "was lower: A, and in Y — B"
    "төмен болды: ",
    "жоғары болды: ",
    "болатын:",
    "өту шегінен асты да",
    # a zero said again after "none"
    "(0 орын)",
    "(0 мест)",
    "болмады (0)",
    "никто (0)",
    # labels for sentences
    "Явка (город Алматы)",
    "Алматы қаласы: сайлаушылардың келуі",
    "Выборы в Мажилис 2021 года:",
    "2021 жылғы Мәжіліс сайлауы:",
    # a reappointment read as the start in office
    "в этой должности с 15 января 2021",
]


def _answers(lang: str) -> list[str]:
    out = []
    for path in SETS:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]:
            if item["lang"] == lang and item["kind"] in KINDS:
                out.append(render.text(answer(item["q"], lang)).replace("\u00a0", " "))
    return out


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_old_phrasings_are_gone(lang: str) -> None:
    found = [(old, text) for text in _answers(lang) for old in OLD if old in text]
    assert not found, found


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("нур отан 2016 мен салыстырганда канша орын жогалтты",
         "«Нұр Отан» партиясы 8 орын жоғалтты: 2016 жылы 84 орын алса,"),
        ("ак жолдын орны 2016 дан бери канша кобейди", "5 орын қосты"),
        ("ақ жол 2016 дағыдан қанша дауыс көп алды",
         "2021 жылы 792 828 дауыс жинады — 252 422 дауысқа көп"),
        ("2016 дан 2021 ге дейин катысу канша томендеди",
         "63,25 %-ға дейін төмендеді — 13,87 пайыздық тармаққа"),
        ("нур отан скока мандатов потерял по сравнению с 16 годом",
         "Партия «Нур Отан» потеряла 8 мест: в 2016 году у неё было 84, в 2021-м — 76."),
        ("как поменялась явка с 2016 к 2021",
         "Явка снизилась на 13,87 процентного пункта: с 77,12 % в 2016 году до 63,25 % в 2021-м."),
        ("когда у ак жола было больше мест в 2021 или в 2023",
         "Больше мест у партии «Ак жол» было в 2021 году: 12 против 6"),
        ("мамина переназначили премьером?",
         "Мажилис дал согласие на его повторное назначение"),
        ("Алматы қаласында қатысу 50 пайыздан төмен болды ма",
         "Алматы қаласында сайлаушылардың келуі — 30,3 % (сайлау күні сағат 22:00-дегі"),
        ("правда что в алматы явка была меньше трети",
         "Явка в городе Алматы в 2021 году — 30,3 % ("),
        ("ауыл 2021 және 2023 жылдары неше мандат алды", "Мәжілістен орын алған жоқ:"),
        ("хоть один депутат голосовал против мамина", "против не было ни одного голоса"),
    ],
)  # fmt: skip
def test_the_corrected_phrasings(question: str, wanted: str) -> None:
    text = render.text(answer(question)).replace("\u00a0", " ")
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "unwanted"),
    [
        # the follow-up asks what the answer has just said
        ("барлығы қанша бюллетень берілді, оның нешеуі жарамсыз", "ешбір партияға есептелмеді?"),
        ("сколько выдали бюллетеней и сколько из них недействительны", "ни одной партии?"),
        # the regional turnout chart under ballots, stations, registered voters
        ("сколько участков было за границей и в скольких странах", "Диаграмма: явка по регионам"),
        ("на сколько больше избирателей стало в 2023 чем в 2021", "Диаграмма: явка по регионам"),
        # the years the answer has just named
        ("осдп вообще участвовала в выборах 2021?", "А в 2016 году?"),
        ("ЖСДП 2021 жылғы сайлауға қатысты ма өзі", "2023 жылы ше?"),
    ],
)  # fmt: skip
def test_follow_ups_ask_something_new(question: str, unwanted: str) -> None:
    assert unwanted not in render.text(answer(question)), render.text(answer(question))
