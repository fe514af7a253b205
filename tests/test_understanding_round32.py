"""Round 32 (set P's failures by cause): observers counted by organisation, the accreditation,
the boycott said as "we will not take part", the Mäjilis before the reform and now, the
election a conversation set, the CEC approving the final results, the Assembly's deputies'
votes, Kazakh turnout verbs, numbers in words, and changes / differences in follow-ups."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer


def _text(question: str) -> str:
    return render.text(answer(question))


def test_an_organisation_counted_with_an_inflected_how_many_is_its_observers() -> None:
    for question in (
        "сколько наблюдателей аккредитовали от бдипч обсе",
        "скольких наблюдателей от шос аккредитовали",
        "how many observers did odihr get accredited",
    ):
        text = _text(question)
        assert ("42" in text or "15" in text) and "398" in text, (question, text)


def test_odihr_typed_as_bdihr_and_the_cis_executive_committee_shortened_in_kazakh() -> None:
    _, odihr, cis = ask_in_turn(
        "шетелдік бақылаушылар қанша болды 2021",
        "еқыұ бдихр тен қанша бақылаушы",
        "ал тмд атқомынан ше",
    )
    assert "42" in render.text(odihr) and "179" in render.text(cis)


def test_closing_the_accreditation_is_not_the_polls_closing() -> None:
    for question in (
        "когда цик закрыл аккредитацию наблюдателей",
        "when did the cec close the accreditation of foreign observers",
    ):
        assert "398" in answer(question).headline, question


def test_kazakh_polling_stations_typed_with_a_t() -> None:
    assert "10\xa0060" in answer("2021 жылы барлығы қанша сайлау участкесі болды").headline


def test_a_boycott_said_as_a_decision_not_to_take_part() -> None:
    for question in (
        "жсдп сайлауға қатыспаймыз деп қашан айтты",
        "когда осдп решила не участвовать в выборах",
        "when did the osdp decide not to take part",
    ):
        text = _text(question)
        assert "2020" in text and ("27" in text), (question, text)


def test_the_majilis_before_the_reform_and_now() -> None:
    text = _text("сколько мест было в мажилисе до реформы и сколько сейчас")
    assert "107" in text and "2023" in text and "98" in text
    # before and after the topic both: the topic's own answer (the Senate's appointees)
    text = _text("сколько сенаторов назначал президент до реформы и сколько после")
    assert "10" in text and "15" in text


def test_a_question_after_the_date_of_a_named_election_asks_of_it() -> None:
    for first, then in (
        ("when was the 2023 election", "who announced the final results"),
        ("когда были выборы 2023 года", "кто объявил окончательные итоги"),
        ("2023 жылғы сайлау қашан болды", "түпкілікті нәтижелерді кім жариялады"),
    ):
        _, reply = ask_in_turn(first, then)
        assert "2023" in render.text(reply) and "2021" not in reply.headline, then


def test_the_cec_approving_the_final_results_is_the_final_results() -> None:
    for question in (
        "когда цик утвердил окончательные итоги выборов 2023",
        "when did the cec approve the final results in 2023",
    ):
        assert answer(question).intent == "final_results", question


def test_the_assembly_deputy_with_the_most_or_fewest_votes() -> None:
    fewest = answer("кто из избранных ассамблеей получил меньше всего голосов")
    assert "Амирханян" in fewest.headline and "270" in fewest.headline
    most = answer("which deputy elected by the assembly got the most votes")
    assert "Abdrakhmanov" in most.headline and "298" in most.headline
    most_kk = answer("ассамблея сайлаған депутаттардың қайсысы ең көп дауыс алды")
    assert "298" in most_kk.headline


def test_a_deputys_votes_at_the_assembly_session_are_theirs() -> None:
    reply = answer("сколько голосов получил амирханян на сессии ассамблеи")
    assert "270" in reply.headline


def test_kazakh_turnout_said_with_any_form_of_the_verb() -> None:
    text = _text("сағат 14-ке дейін неше пайыз адам дауыс беріпті")
    assert "43,9" in text


def test_a_latin_i_typed_for_the_kazakh_one_reads_the_word() -> None:
    # a Kazakh keyboard without і gives Latin "i": "кунi" is "күні", not an unknown word
    for question in ("мажилис сайлауы кай кунi отти 2021", "сайлау қай күнi болды"):
        assert "10\xa0қаңтарда" in _text(question)
    assert "71,09" in _text("нур отан 2021 жылы канша пайыз алдi")


def test_numbers_in_words() -> None:
    assert answer("adal won zero seats, right?").headline.startswith("Yes")
    assert answer("нұр отан жетпіс алты орын алды ма").headline.startswith("Иә")
    assert answer("нур отан получил семьдесят шесть мест?").headline.startswith("Да")


def test_a_change_in_percent_after_a_percentage_is_that_figures_change() -> None:
    for questions in (
        ("turnout in kostanay region 2023", "and in 2021", "by how many percent did it drop"),
        ("явка в костанайской области 2023", "а в 2021", "на сколько процентов снизилась"),
    ):
        *_, change = ask_in_turn(*questions)
        assert change.intent != "results" and "2021" in change.headline, questions


def test_a_bare_difference_after_an_exit_poll_is_its_error() -> None:
    for questions in (
        ("ak zhol exit poll share", "and officially", "what difference is there"),
        ("сколько процентов у ак жола было по экзитполу", "а официально", "разница какая"),
        ("ақ жол экзитпол бойынша", "ал ресми", "айырмасы қанша"),
    ):
        *_, gap = ask_in_turn(*questions)
        assert "2016" not in gap.headline, (questions, gap.headline)
        assert "0,77" in gap.headline or "0.77" in gap.headline, (questions, gap.headline)


def test_candidates_registered_in_the_districts_are_candidates_not_seats() -> None:
    for question in (
        "how many candidates were registered in the single-member districts in 2023",
        "сколько кандидатов зарегистрировали в одномандатных округах",
        "бір мандатты округтерде қанша кандидат тіркелді",
    ):
        assert "435" in answer(question).headline, question


def test_as_a_percentage_after_the_number_who_voted_is_the_turnout() -> None:
    for questions in (
        ("how many people voted in 2016", "as a percentage"),
        ("сколько человек проголосовало в 2016", "а в процентах"),
    ):
        _, share = ask_in_turn(*questions)
        assert "77" in share.headline and share.intent == "turnout", (questions, share.headline)


def test_the_same_measure_asked_again_of_nothing_keeps_the_election() -> None:
    for questions in (
        ("how many parties got into the majilis in 2023", "which parties did not get in"),
        ("сколько партий прошло в мажилис в 2023", "а какие не прошли и сколько у них процентов"),
        ("2023 жылы мәжіліске неше партия өтті", "қай партиялар өтпей қалды"),
    ):
        _, failed = ask_in_turn(*questions)
        text = render.text(failed)
        assert "2,30" in text or "2.30" in text, (questions, text)


def test_long_chatty_messages_with_the_question_inside() -> None:
    for question, figure in (
        (
            "привет, мы с другом поспорили, я думаю что аманат в 2023 набрал больше трёх "
            "миллионов голосов, рассудите пожалуйста сколько было",
            "3\xa0431\xa0510",
        ),
        (
            "сәлем, кеше жаңалықтан оқыдым, әжем сұрап отыр, 2023 жылы аманатқа қанша адам "
            "дауыс берді екен, айтып жіберіңіз",
            "3\xa0431\xa0510",
        ),
        (
            "hi, writing a piece for my uni paper on central asia and i keep seeing different "
            "figures, how many votes did amanat get in 2023",
            "3,431,510",
        ),
    ):
        assert figure in answer(question).headline, question


def test_a_dictionary_word_is_no_slip_of_an_off_topic_word() -> None:
    reply = answer("я думаю что ак жол получил 12 мест, верно?")
    assert reply.intent != "off_topic" and "12" in reply.headline


def test_the_assembly_deputy_with_most_votes_where_none_are_held_says_so() -> None:
    for question in (
        "кто из депутатов от ассамблеи получил меньше всего голосов в 2016",
        "which apk deputy got the most votes in 2016",
        "2016 жылы ассамблеядан сайланған депутаттардың қайсысы ең көп дауыс алды",
    ):
        reply = answer(question)
        assert reply.kind.value == "unknown" and "372" not in reply.headline, question
