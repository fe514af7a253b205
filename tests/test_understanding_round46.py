"""Round 46 (sets Z and AB's confident wrong answers by cause): "add" said as a verb of the
asker ("дауыстарын қоссақ", "if we add") sums the named parties' figures, ..."""

from __future__ import annotations

from reply_checks import stated
from test_pipeline import ask_in_turn

from sailau.pipeline import answer


def test_adding_said_by_the_asker_sums_the_parties() -> None:
    for question in (
        "нур отан мен ак жолдын орындарын коссак канша 2021",
        "Нұр Отан мен Ақ жолдың орындарын қоссаңыз қанша болады 2021",
        "if we add nur otan and ak zhol seats in 2021",
        "if you add the seats of nur otan and ak zhol in 2021 how many",
        "если сложить места нур отана и ак жола в 2021",
    ):
        said = stated(answer(question))
        assert "88" in said, (question, said)
    # the plain third person is arithmetic, no party's figure
    assert "76" not in stated(answer("он бесті жетіге қосса неше болады"))


def test_a_verb_of_gathering_compares_parties_by_their_votes() -> None:
    for question in (
        "кто больше набрал в 2021, ауыл или адал",
        "which party garnered more in 2021, auyl or adal",
        "2021 жылы ауыл мен адал кайсысы копирек жинады",
    ):
        said = stated(answer(question))
        assert "383" in said and "258" in said, (question, said)
    # a figure named is the one compared; "получил" may be seats
    said = stated(answer("кто набрал больше мест в 2021, ак жол или народная партия"))
    assert "12" in said and "10" in said and "383" not in said, said


def test_how_many_people_took_part_is_the_turnout_not_the_parties() -> None:
    for question in (
        "how many people participated in the 2016 election",
        "сколько человек приняло участие в выборах 2016",
        "2016 сайлауына неше адам катыскан",
    ):
        reply = answer(question)
        assert reply.intent == "turnout", (question, reply.intent)
    # the parties that took part stay the parties
    assert answer("сколько партий участвовало в выборах 2016").intent == "parties"


def test_who_announced_the_results_is_the_final_announcement() -> None:
    for question in (
        "who announced the final 2016 results",
        "2016 сайлаудын корытындысын ким жариялады",
        "кто объявил окончательные итоги 2016",
    ):
        said = stated(answer(question))
        assert "Турган" in said or "Turgan" in said or "Тұрған" in said, (question, said)


def test_a_region_named_after_the_regions_end_is_that_region() -> None:
    for turns in (
        ("lowest turnout region in 2021", "and the highest?", "what about nur-sultan"),
        ("самая низкая явка среди регионов в 2021", "а самая высокая?", "а в нур-султане какая"),
        ("2021 жылы ең төмен келу қай өңірде", "ал ең жоғары?", "нур-султанда кандай болды"),
    ):
        last = ask_in_turn(*turns)[-1]
        assert last.intent == "turnout_region" and "45" in last.headline, (turns, last.headline)
