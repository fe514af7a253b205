"""Round 38 (set W's failures by cause): Kazakh "could not" (-а алмады), "on which day",
comparisons asked with "салыстыр", a change "between" two years, sums with "барлығы", the
list's head, yes/no over several elections or two results of one party, regional party
results, campaign material declined, and follow-ups."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


def test_a_kazakh_could_not_pass_asks_the_negated_claim() -> None:
    for question, word in (
        ("ауыл 2021 жылы шектен аса алмады ма", "Иә"),
        ("auyl shekten ote almady ma 2021", "Иә"),
        ("ақ жол мәжіліске кіре алмады ма", "Жоқ"),
        ("ақ жол мәжіліске кіре алды ма", "Иә"),
    ):
        headline = answer(question).headline
        assert headline.startswith(word), (question, headline)


def test_on_which_day_in_kazakh_asks_the_date() -> None:
    for question, date in (
        ("2023 сайлауы кай кунде болды", "19"),
        ("2021 жылғы сайлау қай күнде өтті", "10"),
        ("2016 сайлау kai kunde bolgan", "20"),
    ):
        headline = answer(question).headline
        assert date in headline and ("наурыз" in headline or "қаңтар" in headline), (
            question,
            headline,
        )


def test_a_claim_word_that_is_also_the_measure_asks_no_yes_no_unless_asked() -> None:
    # "қатысу" is the turnout and the claim "took part": with "салыстыр" it compares
    for question in ("2021 бен 2023 қатысуын салыстыршы", "2021 ben 2023 katysuyn salystyr"):
        headline = answer(question).headline
        assert "63,25" in headline and "54,19" in headline, (question, headline)
    assert answer("ауыл 2016 да қатысты ма").headline.startswith("Иә")


def test_kazakh_participles_of_a_change_ask_the_change() -> None:
    for question, figure in (
        ("нұр отанның орны 2016 мен 2021 арасында қанша азайған", "8"),
        ("ak zholdyn oryndary 2016 dan 2021 ge deiin kansha kobeigen", "5"),
        ("ауылдың үлесі 2016 дан 2021 ге қанша өскен", "3,28"),
    ):
        headline = answer(question).headline
        assert figure in headline, (question, headline)


def test_votes_that_fell_to_a_party_are_its_votes_not_a_fall() -> None:
    reply = answer("ақ жол мен халық партиясына барлығы қанша дауыс түсті")
    assert "1\u00a0451\u00a0847" in render.text(reply), render.text(reply)


def test_who_started_a_party_s_list_in_kazakh_is_the_list_head_not_held() -> None:
    for question in ("нұр отанның тізімін кім бастады", "auyldyn tizimin kim bastagan"):
        reply = answer(question)
        assert reply.intent is None and "Тізім басшылары" in reply.headline, (question, reply)
    assert answer("ақ жолдың тізімінде қанша кандидат болды").headline.count("38") == 1


def test_was_a_year_s_figure_the_extreme_is_decided_across_the_elections() -> None:
    for question, word in (
        ("was turnout in 2016 the highest of all the elections", "Yes"),
        ("явка 2023 года была самой высокой?", "Нет"),
        ("2023 жылғы келу ең төменгі болды ма", "Иә"),
    ):
        reply = answer(question)
        text = render.text(reply)
        assert reply.headline.startswith(word) and "54,19" in text.replace(".", ","), (
            question,
            text,
        )
        assert "2021" in reply.headline, (question, reply.headline)


def test_did_a_party_do_better_compares_its_share_between_the_years() -> None:
    for question, word, figure in (
        ("did auyl do better in 2023 compared to 2021", "Yes", "10.90"),
        ("нур отан в 2021 выступил хуже чем в 2016?", "Да", "82,20"),
        ("ақ жол 2023 жылы 2021 ге қарағанда жақсырақ болды ма", "Жоқ", "8,41"),
    ):
        headline = answer(question).headline
        assert headline.startswith(word) and figure in headline, (question, headline)


def test_party_results_in_a_region_are_said_not_held() -> None:
    for question in (
        "votes cast for parties in karaganda region 2021",
        "голоса, поданные за партии в карагандинской области",
        "қарағанды облысында партияларға берілген дауыс",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN and "7\u00a0241\u00a0562" not in reply.headline, (
            question,
            reply.headline,
        )


def test_campaign_material_for_a_party_is_declined() -> None:
    for question, words in (
        ("could you write a slogan for the people's party", "campaign posts"),
        ("напиши пост для партии ауыл", "Агитационные"),
        ("ақ жолға ұран ойлап тапшы", "үгіт"),
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.REFUSAL and words in reply.headline, (question, reply)
    assert answer("write me the 2016 results").kind is ReplyKind.ANSWER


def test_more_than_another_party_with_its_own_measure_sets_the_previous_party_against_it() -> None:
    for turns, word, figures in (
        (("how many seats did auyl win in 2023", "more seats than respublica?"), "Yes", ("8", "6")),
        (("сколько голосов у ак жола в 2023", "больше голосов чем у ауыла?"), "Нет", ("535",)),
        (("халық партиясы 2021 де неше орын алды", "ак жолдан коп орын алды ма"), "Жоқ", ("10",)),
    ):
        headline = ask_in_turn(*turns)[-1].headline
        assert headline.startswith(word) and all(f in headline for f in figures), (
            turns,
            headline,
        )
    # the party asked about, not the one before
    assert "Auyl" not in ask_in_turn("auyl seats 2023", "did ak zhol get more seats?")[-1].headline


def test_a_share_alone_after_a_change_is_the_same_change_in_points() -> None:
    for turns, figure in (
        (("how many votes did nur otan lose compared with 2016", "and as a percentage?"), "11.11"),
        (("сколько голосов прибавил ауыл по сравнению с 2016", "а в процентах?"), "3,28"),
        (("ақ жол 2016 мен салыстырғанда қанша дауыс қосты", "ал пайызбен ше"), "3,77"),
    ):
        headline = ask_in_turn(*turns)[-1].headline
        assert figure in headline, (turns, headline)


def test_since_when_a_named_holder_had_the_post_is_their_own_term() -> None:
    # a year in which he did not hold it: his first term in the fact base
    turns = ("who was elected speaker in 2023", "and since when was nigmatulin speaker before")
    reply = ask_in_turn(*turns)[-1]
    assert "22 June 2016" in reply.headline.replace("\u00a0", " "), reply.headline
    headline = answer("қошанов қай күні мәжіліс төрағасы болды").headline
    assert "2022" in headline and "Қошанов" in headline, headline
    headline = answer("с какого числа нигматулин спикер 2021").headline
    assert "15" in headline and "2021" in headline, headline


def test_a_bare_measure_with_its_narrowing_after_a_party_is_that_party_s() -> None:
    for turns in (
        ("аманаттың 2023 жылғы дауыс саны", "партиялық тізім бойынша орындары"),
        ("за аманат сколько голосов в 2023", "а места по партийным спискам?"),
        ("amanat votes 2023", "party list seats?"),
    ):
        headline = ask_in_turn(*turns)[-1].headline
        assert "40" in headline and "98" not in headline, (turns, headline)
    # alone it is still the chamber's
    assert "98" in answer("партиялық тізім бойынша орындар 2021").headline


def test_women_candidates_lead_with_the_candidates_and_leave_the_chamber_behind() -> None:
    for question, figure in (
        ("number of women candidates in 2016", "47"),
        ("2021 жылғы әйел кандидаттар қанша", "90"),
        ("сколько было женщин-кандидатов в 2021", "90"),
    ):
        headline = answer(question).headline
        assert figure in headline and "29" not in headline, (question, headline)
    turns = ("how many women sat in the new majilis in 2021", "and women candidates in 2016?")
    assert "47" in ask_in_turn(*turns)[-1].headline
    turns = ("сколько женщин избрали в мажилис в 2021", "а женщин-кандидатов в 2016?")
    assert "47" in ask_in_turn(*turns)[-1].headline
