"""Replies composed from frames: several parts in one reply, yes/no first, comparisons computed,
narrowed figures, what could not be narrowed, and "did you mean" with the user's entities."""

from __future__ import annotations

import re

import pytest

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


def text(question: str) -> str:
    return render.text(answer(question))


def numbers(reply_text: str) -> str:
    """Group separators out, decimal commas as points, minus as a hyphen: figures as the sets
    write them."""
    plain = re.sub(r"(?<=\d)[\u00a0 ,](?=\d{3}(?!\d))", "", reply_text)
    return re.sub(r"(?<=\d),(?=\d)", ".", plain).replace("\u2212", "-")  # a real minus sign


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("ак жол мен ауылдын орындары канша", ["12", "Ауыл", "орын алған жоқ"]),
        ("сколько голосов и мандатов у ауыла", ["383023", "не получила мест в Мажилисе"]),
        ("nur otan % in 2016 and in 2021", ["82.20", "71.09"]),
        ("2023 жылғы тіркелген сайлаушылар мен келу пайызы", ["12035578", "54.19"]),
        ("turnout in karaganda and kostanay", ["70.7", "71.8"]),
        ("сколько мест в сенате и мажилисе в 2016", ["47", "107"]),
    ],
)
def test_several_parts_in_one_reply(question: str, figures: list[str]) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.ANSWER
    shown = numbers(render.text(reply))
    assert all(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", shown) for f in figures), shown
    # a zero is written out: "«Ауыл» партиясы ... орын алған жоқ", "не прошла в Мажилис (0 мест)"


@pytest.mark.parametrize(
    ("question", "first_word", "figure"),
    [
        ("did auyl make it past the threshold", "No.", "5.29"),
        ("ауыл парламентке өтті ме", "Жоқ.", "5.29"),
        ("народная партия прошла?", "Да.", "9.10"),
        ("Нұр Отан көпшілік алды ма", "Иә.", "76"),
        ("была ли явка выше 70%", "Нет.", "63.25"),
        ("was turnout over 60 percent in 2021", "Yes.", "63.25"),
        ("ак жол получил больше мест чем в 2016?", "Да.", "7"),
        ("did ak zhol win more seats in 2023 than in 2021", "No.", "6"),
        ("набрал ли кто нибудь больше половины голосов", "Да.", "71.09"),
        ("was the exit poll for nur otan higher than the real result", "Yes.", "71.97"),
        ("at 5 percent would auyl have gotten seats", "Yes.", "six"),
        ("әйел кандидаттар 30 пайыздан көп пе еді", "Жоқ.", "28.8"),
        ("did any party get a majority of the seats", "Yes.", "76"),
        ("did one party take more than half of the vote", "Yes.", "71.09"),
        ("ак жол 2016 дағыдан көп дауыс алды ма", "Иә.", "540406"),
        ("did adal get more than 3%", "Yes.", "3.57"),
    ],
)
def test_yes_no_starts_with_the_verdict_then_the_deciding_figure(
    question: str, first_word: str, figure: str
) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.ANSWER
    assert reply.headline.startswith(first_word), reply.headline
    assert figure in numbers(reply.headline), reply.headline


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many fewer seats did nur otan get than in 2016", "8 fewer than in 2016"),
        ("на сколько голосов нур отан получил меньше чем в 2016", "1035683"),
        ("by how much did turnout drop between 2021 and 2023", "9.06"),
        ("gap between nur otan and ak zhol in percentage points", "60.14"),
        ("сколько процентов не хватило ауылу до барьера", "1.71"),
        ("2021 мен 2023 жылғы келудің айырмасы қанша", "9.06"),
        ("which year had the higher turnout 2021 or 2023", "63.25"),
        ("how many more votes did nur otan get than ak zhol", "4355246"),
        ("разница в явке между шымкентом и алматы", "26.2"),
        ("на сколько процентов адал не дотянул до барьера", "3.43"),
        ("келу 2016 жылдан бері қанша пайызға азайды", "13.87"),
        ("2016 ga karaganda 2021 de kelu kansha azaidy", "13.87"),
        ("насколько выросла доля правящей партии с 2016 по 2021", "11.11"),
    ],
)
def test_comparisons_and_changes_are_computed(question: str, figure: str) -> None:
    assert figure in numbers(text(question))


def test_a_narrowed_figure_the_facts_hold_is_answered() -> None:
    assert "43.9" in numbers(text("turnout at 2pm on election day"))
    assert "63.1" in numbers(text("явка к 20 часам"))
    assert answer("явка на 14:00 10 января").intent == "turnout_times"  # a date, not a figure
    assert "по партийному списку 40" in text("аманат 2023 мандаты по партийным спискам")
    assert "71.97" in numbers(text("exit poll result for nur otan"))
    assert "66" in text("how many polling stations abroad")


def test_a_narrowing_the_facts_lack_is_said() -> None:
    noon = answer("явка на 12 часов")
    assert noon.kind is ReplyKind.UNKNOWN and "14:00" in noon.headline
    assert render.as_json(noon, "явка на 12 часов")["unhonoured"] == ["12:00"]
    assert answer("number of domestic observers").kind is ReplyKind.UNKNOWN
    assert answer("ak zhol results by region").kind is ReplyKind.UNKNOWN


def test_the_json_shows_the_frame() -> None:
    data = render.as_json(answer("how many seats did ak zhol get in 2016"), "q")
    assert data["frame"]["measures"] == ["seats"] and data["frame"]["years"] == [2016]
    assert data["unhonoured"] == []


def test_did_you_mean_offers_the_readings_with_the_users_entities() -> None:
    reply = answer("ak zhol zorblax quux blorp seats 2016")
    assert reply.kind is ReplyKind.DID_YOU_MEAN
    assert reply.suggestions
    offer = reply.suggestions[0]
    assert offer.intent == "party_seats"
    assert dict(offer.slots) == {"party": "ak_zhol", "year": "2016"}
    assert "Ak Zhol" in offer.label and "2016" in offer.label


def test_refusals_are_never_composed_into_answers() -> None:
    assert answer("какая партия лучше ак жол или ауыл").kind is ReplyKind.REFUSAL
    assert answer("кто победит на следующих выборах").kind is ReplyKind.REFUSAL


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("when did the new majilis first meet in 2021", "first session of the 7th Parliament"),
        ("первое заседание нового мажилиса", "первая сессия Парламента"),
        ("how many recommendations did the odihr final report make", "25 recommendations"),
    ],
)
def test_the_line_the_question_asks_comes_first(question: str, line: str) -> None:
    """A question that asks one line of a long answer (a timeline, the observers' findings)
    gets that line first: its row of the reference sheet."""
    reply = answer(question)
    assert line in reply.headline


@pytest.mark.parametrize(
    ("question", "party", "figure"),
    [
        ("which party got the fewest votes in 2016", "Birlik", "21,484"),
        ("какая партия набрала меньше всего голосов", "«Адал»", "258 618"),
        ("which party did worst", "Adal", "3.57%"),
    ],
)
def test_the_last_party_is_computed(question: str, party: str, figure: str) -> None:
    reply = answer(question)
    assert party in reply.headline and figure in reply.headline.replace("\u00a0", " ")


def test_a_tie_for_last_place_gets_the_whole_list() -> None:
    assert answer("who won the fewest seats").intent == "results"


def test_a_threshold_named_as_a_figure_asks_whether_the_party_passed() -> None:
    reply = answer("адал жеті пайыздық шектен асты ма")
    assert reply.headline.startswith("Жоқ.") and "3,57" in reply.headline


def test_a_narrowed_figure_comes_first_and_once() -> None:
    men = answer("how many men were on the lists")
    assert men.headline.startswith("Men on the lists: 222")
    abroad = render.text(answer("участки за рубежом"))
    assert abroad.count("66") == 1  # the family's own line, not a second one from here


def test_a_kazakh_hour_before_its_figure_is_a_time_of_day() -> None:
    assert "43,9" in answer("сағат 14-тегі келу").headline


@pytest.mark.parametrize(
    ("question", "first_word", "name"),
    [
        ("Нигматулин қайтадан спикер болды ма", "Иә.", "Нығматулин"),
        ("was koshanov the speaker", "Yes.", "Koshanov"),
        ("was balaim kesebayeva the speaker", "No.", "Nigmatulin"),
    ],
)
def test_who_held_a_post_is_decided_for_each_holder(
    question: str, first_word: str, name: str
) -> None:
    """The Mäjilis elected in 2021 had two Speakers (Nigmatulin, then Koshanov from 2022)."""
    reply = answer(question)
    assert reply.headline.startswith(first_word) and name in reply.headline


def test_moved_lines_keep_their_sources() -> None:
    reply = answer("when did the new majilis first meet in 2021")
    assert len(reply.cites) == 1 + len(reply.details)
    assert "Agenzia Nova" in render.text(reply)  # the first session's source, not the decree's


def body(question: str) -> list[str]:
    """The reply's lines, without its source line and follow-ups."""
    reply = answer(question)
    return [reply.headline, *reply.details]


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("мест у ак жола и у народной партии сколько",
         "В 2021 году партия «Ак жол» получила 12 мест, а Народная партия Казахстана — 10."),
        ("2023 te amanat pen auyl neshe oryn aldy",
         "2023 жылы «Аманат» партиясы 62, «Ауыл» 8 орын алды."),
        ("halyq partiasy qansha dauys jäne qansha oryn aldy",
         "Қазақстан Халық партиясы 2021 жылы 659\u00a0019 дауыс (9,10\u00a0%) жинап, "
         "10 орын алды."),
        ("явка и количество избирателей в 2023",
         "В 2023 году явка составила 54,19\u00a0% и были зарегистрированы 12\u00a0035\u00a0578 "
         "избирателей."),
    ],
)  # fmt: skip
def test_parts_sharing_a_frame_are_one_sentence(question: str, sentence: str) -> None:
    assert body(question) == [sentence]


@pytest.mark.parametrize(
    ("question", "first", "wanted", "unwanted"),
    [
        ("нур отан получил больше половины голосов?", "Да.", "71,09", "больше, чем 50"),
        ("при барьере 5% ауыл прошел бы?", "Да.", "получила бы 6 мест", "получила мест: 6"),
        ("правда что в 2023 аманат получил больше 60 мест", "Да.", "62, то есть больше 60",
         ": 62 —"),
    ],
)  # fmt: skip
def test_yes_no_first_then_the_deciding_figure(
    question: str, first: str, wanted: str, unwanted: str
) -> None:
    headline = answer(question).headline
    assert headline.startswith(first) and wanted in headline and unwanted not in headline


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("разница в голосах между ак жолом и народной партией", "на 133\u00a0809 голосов больше"),
        ("ak zhol v 2023 skolko mest poteryal po sravneniyu s 2021", "потеряла 6 мест:"),
        ("как изменилась явка с 2016 по 2021", "Явка снизилась на 13,87\u00a0процентного пункта:"),
        ("где явка выше, в 2021 или в 2023", "выше в 2021 году"),
        ("2016 бен 2021 жылғы келуді салыстыр", "2021 жылы 63,25\u00a0%-ға дейін төмендеді"),
    ],
)  # fmt: skip
def test_a_difference_has_its_unit_and_verdict(question: str, wanted: str) -> None:
    shown = "\n".join(body(question))
    assert wanted in shown, shown
    assert not re.search(r"(Разница|Айырмасы|Изменение[^\n]*): [−+\-]?\d", shown), shown


@pytest.mark.parametrize(
    "question",
    ["у нур отана большинство есть?", "была ли явка выше 70%", "экзитпол по ауылу и адалу",
     "правда что в 2023 аманат получил больше 60 мест"],
)  # fmt: skip
def test_no_fact_is_stated_twice(question: str) -> None:
    lines = body(question)
    assert len(set(lines)) == len(lines), lines
    stated = [n for line in lines[1:] for n in re.findall(r"\d+(?:[,\u00a0]\d+)*", line)]
    head = set(re.findall(r"\d+(?:[,\u00a0]\d+)*", lines[0])) - {"2016", "2021", "2023"}
    assert not head & set(stated), lines


@pytest.mark.parametrize(
    "question",
    ["референдум 2022 прошел?", "выборы 2016 были досрочные?", "осдп участвовала в выборах 2021"],
)  # fmt: skip
def test_no_header_is_left_with_nothing_under_it(question: str) -> None:
    lines = body(question)
    assert not any(line.rstrip().endswith(":") for line in lines), lines
    assert len({line.removeprefix("Да. ").removeprefix("Нет. ") for line in lines}) == len(lines)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("насколько у нур отана мест убавилось по сравнению с 16м годом", {"2016"}),
        ("nur otan v 2016 i 2021 skolko procentov", {"2016", "2021"}),
        ("ак жол получил больше мест чем в 2016?", {"2016"}),
    ],
)
def test_follow_ups_do_not_offer_what_was_asked(question: str, years: set[str]) -> None:
    reply = answer(question)
    offered = {dict(s.slots).get("year") for s in reply.suggestions if s.intent == reply.intent}
    assert not offered & years, reply.suggestions


def test_a_party_question_is_not_offered_after_two_parties() -> None:
    reply = answer("мест у ак жола и у народной партии сколько")
    assert not [s for s in reply.suggestions if s.intent.startswith("party_")], reply.suggestions


@pytest.mark.parametrize(
    "question",
    ["осдп участвовала в выборах 2021", "мест у ак жола и у народной партии сколько",
     "явка и количество избирателей в 2023"],
)  # fmt: skip
def test_every_figure_cites_its_source(question: str) -> None:
    reply = answer(question)
    assert reply.sources and len(reply.cites) == 1 + len(reply.details)
    assert all(reply.cites), reply.cites


@pytest.mark.parametrize(
    "question",
    ["2016 жылмен салыстырғанда нұр отанның орны қаншаға азайды",
     "ақ жолдың орындары 2016 жылдан кейін қаншаға өсті"],
)  # fmt: skip
def test_by_how_much_is_not_answered_yes(question: str) -> None:
    assert not answer(question).headline.startswith(("Иә.", "Жоқ."))


def test_more_than_a_named_year_compares_with_its_counterpart() -> None:
    headline = answer("ak zhol 2016 dagydan kop oryn aldy ma").headline
    assert headline.startswith("Иә.") and "5 орын қосты" in headline, headline


def test_a_party_s_seat_change_comes_with_its_share_change() -> None:
    shown = "\n".join(body("насколько у нур отана мест убавилось по сравнению с 16м годом"))
    assert "потеряла 8 мест" in shown, shown
    assert "снизилась на 11,11\u00a0процентного пункта" in shown, shown


def test_a_total_held_by_one_source_cites_it() -> None:
    """AMANAT's 62 seats of 2023 (with the districts) are given only by RIA Novosti."""
    reply = answer("сколько мест у аманата и ауыла после выборов 2023")
    assert "RIA23" in {s.id for s in reply.sources}, reply.sources


@pytest.mark.parametrize(
    ("question", "wanted"),
    [("әйел кандидаттар 30 пайыздан көп пе еді", "28,8\u00a0% (90 кандидат), яғни"),
     ("женщин среди кандидатов было больше 30%?", "28,8\u00a0% (90 кандидатов), то есть меньше")],
)  # fmt: skip
def test_a_computed_share_is_a_figure_not_a_sentence(question: str, wanted: str) -> None:
    headline = answer(question).headline
    assert wanted in headline and "Бұл —" not in headline and "Это" not in headline, headline


@pytest.mark.parametrize(
    ("question", "lang"),
    [("auyldyñ dauysy qanşa", "kk"), ("ak zhol kansha oryn aldy", "kk"),
     ("skolko mest u ak zhola v 2016", "ru"), ("ak zhol seats in 2016", "en")],
)  # fmt: skip
def test_kazakh_and_russian_typed_in_latin_are_answered_in_their_language(
    question: str, lang: str
) -> None:
    reply = answer(question)
    assert reply.kind is ReplyKind.ANSWER and reply.lang == lang


@pytest.mark.parametrize("question", ["how many seats in the knesset", "lok sabha seats"])
def test_foreign_parliaments_are_off_topic(question: str) -> None:
    assert answer(question).kind is ReplyKind.OFF_TOPIC


# --- round 3 of the native reviews (review-compose2-ru/kk) ---------------------------------------

LABEL_LINE = re.compile(
    r"^(Места|Голоса|Зарегистрированные избиратели|Недействительные бюллетени|Кандидаты)"
    r"[^:]* в \d{4} году — \d"
)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("насколько у нур отана мест убавилось по сравнению с 16м годом",
         "Партия «Нур Отан» потеряла 8 мест: в 2016 году у неё было 84, в 2021-м — 76."),
        ("нұр отан 2016 жылмен салыстырғанда неше орын жоғалтты",
         "«Нұр Отан» партиясы 8 орын жоғалтты: 2016 жылы 84 орын алса, "
         "2021 жылы 76 орын алды."),
        ("насколько больше стало избирателей в 2021 чем в 2016",
         "В 2021 году было зарегистрировано на 2\u00a0108\u00a0389 избирателей больше, чем в "
         "2016-м: 11\u00a0919\u00a0241 против 9\u00a0810\u00a0852."),
        ("на сколько больше голосов у ак жола чем у народной партии",
         "У партии «Ак жол» на 133\u00a0809 голосов больше: 792\u00a0828 против 659\u00a0019 у "
         "Народной партии Казахстана в 2021 году."),
        ("нұр отан мен ақ жолдың арасы неше орын",
         "2021 жылы «Нұр Отан» партиясы 76, «Ақ жол» партиясы 12 орын алды: «Нұр Отан» "
         "партиясының орны 64 орынға көп."),
        ("солтүстік қазақстан облысы мен алматы қаласының келуінің айырмасы қанша",
         "2021 жылы сайлаушылардың келуі Солтүстік Қазақстан облысында 75,5\u00a0% және Алматы "
         "қаласында 30,3\u00a0% болды: айырмасы — 45,2\u00a0пайыздық тармақ."),
    ],
)  # fmt: skip
def test_a_comparison_opens_with_the_difference_then_both_figures(
    question: str, first: str
) -> None:
    lines = body(question)
    assert lines[0] == first, lines
    assert not any(LABEL_LINE.match(line) for line in lines), lines


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("ак жол получил больше мест чем в 2016?", "5 мест"),
        ("у аманата в 2023 насколько меньше процентов чем у нур отана в 2021", "53,90"),
        ("разница в голосах между ак жолом и народной партией", "792\u00a0828"),
        ("ақ жол халық партиясынан қанша дауыс артық алды", "792\u00a0828"),
        ("нур отан получил больше половины голосов?", "71,09"),
    ],
)
def test_a_figure_is_said_once(question: str, figure: str) -> None:
    shown = "\n".join(body(question))
    assert shown.count(figure) == 1, shown


def test_a_renamed_party_s_old_figure_names_it_without_a_case_ending() -> None:
    shown = "\n".join(body("2023 те аманат 2021 дегі нұр отаннан неше пайызға аз алды"))
    assert "партиясында" not in shown, shown
    assert "2021 жылғы «Нұр Отан» атымен 71,09\u00a0%-дан" in shown, shown


@pytest.mark.parametrize(
    "question",
    ["сколько недействительных бюллетеней и какой это процент",
     "za mamina skolko progolosovalo i skolko vozderzhalos"],
)  # fmt: skip
def test_the_results_headline_is_no_filler(question: str) -> None:
    assert not any("Выборы в Мажилис 2021 года:" in line for line in body(question))


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("кандидатов в 2021 было больше чем в 2016? на сколько", "ODIHR16-interim"),
        ("за мамина сколько было за и сколько воздержались", "KAZPRAVDA-abst"),
        ("ОСДП участвовала в выборах 2021?", "KAZINFORM16"),
    ],
)
def test_each_figure_stated_has_its_source(question: str, source: str) -> None:
    reply = answer(question)
    assert source in {s.id for s in reply.sources}, reply.sources


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("nur otan v 2016 i 2021 skolko procentov", "голосов, а в 2021 году — 71,09", " и в 2021"),
        ("2023 жылғы келу мен тіркелген сайлаушылар саны", "54,19\u00a0% болды,", "болып,"),
        ("сколько голосов и мандатов у ауыла", "не получила мест в Мажилисе", "(0 мест)"),
        ("явка в нурсултане и алматы", "30,3\u00a0% (предварительные", "45,1\u00a0% (пред"),
        ("кандидатов сколько было женщин и мужчин", "90 женщин. Это 28,8", "\nЭто 28,8"),
        ("шетелдік бақылаушы 400-ден асты ма", "400-ден аз", "деңгейінен"),
        (
            "средний возраст кандидатов и сколько лет самому молодому",
            "46,7 года, самому молодому было 25 лет.",
            "молодому — 25",
        ),
        ("Auyldyñ dauysy 2021-den 2023-ke deiın qanşa östı", "310\u00a0915", "2016"),
    ],
)
def test_native_wording(question: str, wanted: str, unwanted: str) -> None:
    shown = "\n".join(body(question))
    assert wanted in shown and unwanted not in shown, shown


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("мест у ак жола и у народной партии сколько", "места в Мажилисе", "доли голосов"),
        ("при барьере 5% ауыл прошел бы?", "", "барьер 7"),
    ],
)
def test_follow_ups_fit_the_question(question: str, wanted: str, unwanted: str) -> None:
    labels = " | ".join(s.label for s in answer(question).suggestions)
    assert wanted in labels and unwanted not in labels, labels
