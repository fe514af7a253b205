"""Round 63 (set AT): the PPK as "ппк" in Cyrillic; a city that is no region of the fact base
beside a party's figure is a regional result (not held), beside its region's turnout an aside;
"where did X do best" is a regional result (not held), not the party's national figure."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import Reply, ReplyKind
from sailau.understanding.text import basic, breaks


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details)).replace("\xa0", " ").replace("\u202f", " ")


def test_ppk_typed_in_cyrillic_is_the_peoples_party() -> None:
    for question, figure in (
        ("сколько голосов у ппк в 2023", "432 920"),
        ("ппк 2021 жылы неше орын алды", "10"),
        ("how many votes did ppk get in 2023", "432,920"),
    ):
        reply = answer(question)
        assert reply.intent in ("party_votes", "party_seats"), (question, reply.intent)
        assert figure in _said(reply), (question, _said(reply))
    said = _said(ask_in_turn("мест у ппк в 2021", "а в 2023", "на сколько меньше")[-1])
    assert "5" in said and "10" in said, said


def test_a_partys_figure_in_a_city_is_a_regional_result_not_held() -> None:
    for question in (
        "how many votes did ak zhol win in petropavl in 2021",
        "сколько голосов набрал ауыл в усть-каменогорске",
        "өскеменде адал неше дауыс алды",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN, (question, _said(reply))
        assert not any(ch.isdigit() for ch in reply.headline.replace("2021", "")), reply.headline


def test_a_later_clause_is_asked_in_the_town_the_first_names() -> None:
    """ "… in Semey, and what percent": the percent is Semey's too, which no source holds — not
    the party's national share after a line saying the town's results are not held."""
    for question in (
        "как в Семее голосовали за Нур Отан, сколько процентов?",
        "how did people in taraz vote for ak zhol, what percent did it get",
        "семейде нұр отанға қалай дауыс берді, неше пайыз алды",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN, (question, _said(reply))
        assert not any(ch.isdigit() for ch in _said(reply).replace("2021", "")), _said(reply)


def test_a_city_beside_its_region_is_an_aside_and_alone_is_said_not_narrowed() -> None:
    for question, figure in (
        ("turnout in north kazakhstan region 2021, I live in petropavl", "75.5%"),
        ("явка в восточно-казахстанской области 2023, я из усть-каменогорска", "%"),
        ("мен өскеменденмін, шығыс қазақстан облысында 2021 жылы келу қанша", "%"),
    ):
        reply = answer(question)
        assert reply.intent == "turnout_region" and not reply.unhonoured, (question, reply)
        assert figure in _said(reply), (question, _said(reply))
    reply = answer("turnout in petropavl 2021")
    assert reply.unhonoured, _said(reply)
    for question in ("погода в усть-каменогорске", "weather in petropavl tomorrow"):
        assert answer(question).kind is ReplyKind.OFF_TOPIC, question


def test_where_a_party_did_best_is_by_region_not_held() -> None:
    for question in (
        "where did ak zhol get its highest share in 2021",
        "in what region was ak zhol's result highest",
        "в какой области ак жол набрал больше всего голосов",
        "ақ жолдың нәтижесі қай өңірде ең жоғары болды",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN, (question, _said(reply))
    # ... a party's place is still its rank
    assert "ranked 2" in _said(answer("where did Ak Zhol finish in 2021"))


def test_a_years_abbreviation_ends_no_sentence() -> None:
    """ "2016 г." / "2016 ж." is the year, not a full stop: the message is not cut there into
    two questions (a sentence still ends at a full stop after a word or a year alone)."""
    for text in (
        "как поделили бы места 2016 г. по методу сент-лагю",
        "орындар 2016 ж. сент-лагю әдісімен қалай бөлінер еді",
        "места 2016 г. и 2021 гг. по методу сент-лагю",
    ):
        assert not breaks(text, sentences=True), text
    for text in ("seats in 2016. how would sainte-lague split them", "в 2016 году. а в 2021"):
        assert breaks(text, sentences=True), text


def test_a_supposition_with_words_the_reader_does_not_know_is_still_the_question() -> None:
    """ "если бы удержали 5% барьер, …": a clause that supposes a threshold or a method is part
    of the question, not a remark left out as chatter."""
    for question, figure in (
        ("если бы удержали 5% барьер в 2021, сколько мест досталось бы ак жолу", "11"),
        ("егер 2021 де шекті 5 пайызда ұстап қалса, ақ жол неше орын алар еді", "11"),
        ("if they had kept a 5% bar in 2021, how many seats would ak zhol have got", "11"),
    ):
        reply = answer(question)
        assert reply.intent == "whatif", (question, reply.intent)
        assert figure in _said(reply), (question, _said(reply))


def test_the_official_figure_after_a_claim_on_an_exit_poll_is_the_figure() -> None:
    """After "the exit poll gave X N %, right?" (a yes/no), "official figure?" asks the official
    result held against the estimate, not the claim decided again."""
    for turns, official, gap in (
        (("exit poll had nur otan on 71.97%, correct?", "official result?"), "71.09", "0.88"),
        (("экзитпол дал нур отану 71,97 %, так?", "а официально?"), "71,09", "0,88"),
        (("экзитпол нұр отанға 71,97 пайыз берді ме", "ресми нәтиже ше"), "71,09", "0,88"),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert not said.startswith(("Yes", "Да", "Иә")), (turns, said)
        assert official in said and gap in said, (turns, said)


def test_the_highest_in_the_country_after_a_region_asks_it_of_that_region() -> None:
    """ "Is that the highest in the country?" after a region's turnout: among the regions, of the
    region asked (not the country's turnout across elections)."""
    for turns, first in (
        (("turnout in kyzylorda region in 2023", "is that the highest in the country?"), "Yes"),
        (("явка в алматы 2023", "это самый высокий показатель по стране?"), "Нет"),
        (("Қызылорда облысында 2023 жылы келу қанша", "бұл ел бойынша ең жоғары ма?"), "Иә"),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert said.startswith(first) and "67" in said, (turns, said)
        assert "77" not in said, (turns, said)  # 2016's national turnout is not the point


def test_the_party_leader_after_one_party_is_that_partys() -> None:
    for turns, name in (
        (("how many seats did ak zhol win in 2023", "who is the party leader?"), "Peruashev"),
        (("сколько мест у ауыла в 2023", "а кто лидер партии?"), "Ауыл"),
        (("ақ жол 2021 жылы неше дауыс алды", "партия жетекшісі кім?"), "Перуашев"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert reply.intent == "party_leader" and name in _said(reply), (turns, _said(reply))
    # ... "which party" is still asked when no party was asked before
    assert answer("who is the party leader?").kind is not ReplyKind.ANSWER


def test_earlier_after_one_election_is_the_one_before() -> None:
    for turns, figure in (
        (("какой порог был в 2023 году", "а раньше?"), "7 %"),
        (("what was the threshold in 2023", "and earlier?"), "7%"),
        (("2023 жылы өту шегі қандай болды", "ал бұрынғы ше?"), "7 %"),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert figure in said and "2021" in said, (turns, said)
    # ... "раньше" in "как раньше называлась" is still the old name
    assert answer("как раньше называлась партия адал").intent == "renaming"


def test_odihr_as_dibah_and_a_name_change_said_of_them() -> None:
    for question in (
        "ДИБАХ миссиясын 2021 жылы кім басқарды?",
        "кто возглавлял миссию БДИПЧ в 2021?",
        "who headed the ODIHR mission in 2021?",
    ):
        said = _said(answer(question))
        assert "Доманск" in said or "Domański" in said, (question, said)
    for question in (
        "when did the communists change their name",
        "когда коммунисты сменили название",
        "коммунистер атын қашан өзгертті",
    ):
        reply = answer(question)
        assert reply.intent == "renaming" and "2020" in _said(reply), (question, _said(reply))


def test_seats_by_party_are_the_results() -> None:
    for question, figure in (
        ("распределение мест по партиям 2016", "84"),
        ("seat distribution by party 2016", "84"),
        ("2016 жылғы орын бөлінісі партиялар бойынша", "84"),
    ):
        reply = answer(question)
        assert reply.intent == "results" and figure in _said(reply), (question, _said(reply))


def test_a_share_of_seats_asked_beside_the_vote_share_stated_is_the_seats_share() -> None:
    """ "What share of the 98 seats did X take with 10.95 % of the vote": the seats' share is
    asked; the votes are said with the share the user states."""
    for question, figure in (
        ("what share of the 98 seats did ak zhol take with 10.95% of the vote", "12.24%"),
        ("какой процент из 98 мест получил ак жол, набрав 10,95 % голосов", "12,24"),
        ("98 орынның қанша пайызын ақ жол 10,95 пайыз дауыспен алды", "12,24"),
    ):
        said = _said(answer(question))
        assert figure in said, (question, said)


def test_who_led_a_mission_carries_to_another_election() -> None:
    for turns, name in (
        (("who led the ODIHR mission in 2023", "and in 2021?"), "Domański"),
        (("кто руководил миссией БДИПЧ в 2023", "а в 2021?"), "Доманск"),
        (("2023 жылы ДИАҚБ миссиясын кім басқарды", "ал 2021 де ше?"), "Доманск"),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert name in said, (turns, said)


def test_an_english_figure_with_one_thousands_comma_is_whole() -> None:
    assert "10060" in basic("there were 10,060 polling stations")
    assert "1000" in basic("ak zhol got 1,000 votes more")
    # ... a Russian or Kazakh decimal comma stays a decimal
    assert "3.141" in basic("3,141 голоса")
    assert "63.25" in basic("yavka 63,25")


def test_a_party_that_did_not_pass_said_with_the_participle() -> None:
    """ "Өткен жоқ" (did not pass) is the claim, not "өткен" (the previous election)."""
    for question in ("адал неге мәжіліске өткен жоқ", "адал неге мажилиске откен жок"):
        reply = answer(question)
        assert reply.intent == "passed_threshold" and "2021" in _said(reply), (question, reply)
        assert "2016" not in _said(reply), (question, _said(reply))
    # ... "өткен сайлау" is still the previous election
    assert "2016" in _said(answer("өткен сайлауда ауыл неше орын алды"))


def test_plus_how_many_after_two_elections_of_one_party_is_the_gain() -> None:
    for turns, figure in (
        (("ak zhol seats 2016", "and 2021", "plus how many?"), "5 more"),
        (("сколько мест у ак жола в 2021", "а в 2016", "плюс сколько?"), "на 5 мест больше"),
        (("ақ жол 2016 да неше орын алды", "2021 де ше", "плюс қанша?"), "5 орын"),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert figure in said, (turns, said)
    # ... after two parties "plus" and "together" still add them up
    said = _said(ask_in_turn("голоса ауыла и адала в 2021", "плюс сколько вместе")[-1])
    assert "641 641" in said, said


def test_explain_how_many_members_asks_the_count_not_the_seat_calculation() -> None:
    for question, figure in (
        ("please explain how many members the senate had in 2021", "49"),
        ("объясните сколько членов было в сенате в 2021", "49"),
        ("түсіндіріңізші, 2021 жылы сенатта неше мүше болды", "49"),
    ):
        reply = answer(question)
        assert reply.intent == "row" and figure in _said(reply), (question, _said(reply))
    assert answer("explain the seat allocation in 2021").intent == "seat_explain"


def test_how_many_of_a_partys_candidates_got_in_is_its_seats() -> None:
    for turns, figure in (
        (("how many candidates were on ak zhol's list in 2021", "how many of them got in?"), "12"),
        (("сколько кандидатов было в списке ак жола в 2021", "а сколько из них прошли?"), "12"),
        (("ақ жол тізімінде 2021 жылы неше кандидат болды", "олардың нешеуі өтті?"), "12"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert reply.intent == "party_seats" and figure in _said(reply), (turns, _said(reply))
    # ... after the parties that ran, the parties that passed
    assert ask_in_turn("which parties ran in 2021", "how many of them got in")[-1].intent == (
        "passed_threshold"
    )
