"""Round 25 (issue 12): what a follow-up carries and what it drops (docs/understanding.md,
conversation rule 13). Our own wording, in all three languages."""

from __future__ import annotations

from reply_checks import plain_text
from test_pipeline import ask_in_turn


def test_when_was_the_election_is_a_question_of_its_own() -> None:
    for turns, day in (
        (
            ("who chaired the majilis after the 2016 vote", "when did the 2016 election happen"),
            "20 March 2016",
        ),
        (
            (
                "сколько голосов получили все партии в 2021",
                "хорошо, когда состоялись выборы 2023 года",
            ),
            "19 марта 2023",
        ),
        (
            (
                "2021 жылы партиялар барлығы неше дауыс алды",
                "жарайды, 2023 жылғы сайлау қашан өткен",
            ),
            "19 наурызда",
        ),
        (
            ("2021 jyly partialar barlygy neshe dauys aldy", "zharaidy, 2016 saılauy qashan otti"),
            "20 наурызда",
        ),
        (("ак жол канша дауыс алды", "жақсы, 2016 сайлауы қашан болды"), "20 наурызда"),
    ):
        *_, date = ask_in_turn(*turns)
        assert date.intent == "election_date" and day in plain_text(date), turns


def test_good_alone_is_no_advice_asked() -> None:
    for question in ("ақ жол жақсы партия ма", "qai partia en jaqsy", "аманат жақсы ма"):
        (advice,) = ask_in_turn(question)
        assert advice.intent == "neutrality", question


def test_a_topic_said_as_a_time_is_not_what_is_asked() -> None:
    for question, day in (
        ("on what date was the election held that came before the referendum", "10 January 2021"),
        ("when was the majilis chosen after the referendum", "19 March 2023"),
        ("а после референдума когда выбирали мажилис", "19 марта 2023"),
        ("референдумнан кейінгі мәжіліс сайлауы қай күні өтті", "19 наурызда"),
        ("референдумға дейінгі соңғы сайлау қашан болды", "10 қаңтарда"),
    ):
        (date,) = ask_in_turn(question)
        assert date.intent == "election_date" and day in plain_text(date), question


def test_a_follow_up_naming_no_figure_of_the_topic_leaves_it() -> None:
    _, final, who = ask_in_turn(
        "когда был референдум",
        "а окончательные результаты выборов когда огласили",
        "кто их огласил",
    )
    assert final.intent == who.intent == "final_results"
    assert "Петров" in plain_text(who)
    _, final_en = ask_in_turn(
        "when was the referendum", "and when were the election's final results out"
    )
    assert "12 January 2021" in plain_text(final_en)
    # a figure the topic has stays within it
    _, share = ask_in_turn("referendum qashan boldy", "neshe paiyzy qoldady")
    assert share.intent == "referendum" and "77,18" in plain_text(share)


def test_a_party_asked_after_a_what_if_stays_in_it() -> None:
    for turns, seats in (
        (
            (
                "если бы барьер был 5%, сколько мест досталось бы народной партии в 2021",
                "а ак жолу?",
            ),
            "«Ак жол» — 11",
        ),
        (
            (
                "if the threshold had been 3% how many seats would adal have won in 2021",
                "and auyl?",
            ),
            "Auyl would win 5 seats",  # the party asked leads (not "Yes": an if-clause)
        ),
        (("шек 3 пайыз болса адал 2021 де неше орын алар еді", "ауыл ше?"), "«Ауыл» — 5"),
        (("shek 3 paiyz bolsa adal 2021 de neshe oryn alar edi", "auyl she"), "«Ауыл» — 5"),
    ):
        _, other = ask_in_turn(*turns)
        assert other.intent == "whatif" and seats in plain_text(other), turns


def test_really_with_a_party_asks_its_real_seats() -> None:
    for turns, real in (
        (
            (
                "если бы барьер был 5%, сколько мест досталось бы народной партии в 2021",
                "а ак жолу?",
                "а в действительности у ак жола сколько",
            ),
            "12 мест",
        ),
        (
            (
                "if the threshold had been 3% how many seats would adal have won in 2021",
                "and auyl?",
                "what did auyl really get",
            ),
            "no seats",
        ),
        (
            (
                "шек 3 пайыз болса адал 2021 де неше орын алар еді",
                "ауыл ше?",
                "шын мәнінде ауыл неше орын алды",
            ),
            "орын алған жоқ",
        ),
    ):
        *_, actual = ask_in_turn(*turns)
        assert actual.intent == "party_seats" and real in plain_text(actual), turns


def test_a_party_carried_to_an_election_it_skipped_is_asked_of_those_it_ran_in() -> None:
    for turns, name in (
        (("who boycotted the vote in 2021", "who is their chairman"), "Rakhimzhanov"),
        (("какая партия объявила бойкот выборам 2021", "кто ими руководит"), "Рахимжанов"),
        (("2021 жылы сайлауға қай партия бойкот жариялады", "олардың төрағасы кім"), "Рахымжанов"),
    ):
        _, leader = ask_in_turn(*turns)
        assert leader.intent == "party_leader" and leader.kind.value == "answer", turns
        assert name in plain_text(leader) and "2023" in plain_text(leader), turns


def test_did_they_run_asks_the_claim_of_the_previous_party() -> None:
    for turns, yes, share in (
        (
            (
                "who boycotted the vote in 2021",
                "who is their chairman",
                "did they take part in 2016?",
            ),
            "Yes.",
            "1.18%",
        ),
        (("какая партия объявила бойкот выборам 2021", "они участвовали в 2016?"), "Да.", "1,18"),
        (
            ("2021 жылы сайлауға қай партия бойкот жариялады", "olar 2023 te qatysty ma"),
            "Иә.",
            "5,20",
        ),
    ):
        *_, ran = ask_in_turn(*turns)
        assert ran.headline.startswith(yes) and share in plain_text(ran), turns


def test_a_measure_in_a_narrowing_phrase_is_asked_when_the_previous_one_takes_no_narrowing() -> (
    None
):
    for turns in (
        ("what was the cutoff in 2023", "and the list seats that year?"),
        ("какой был проходной барьер в 2023", "а сколько мест распределяли по спискам тогда"),
        ("2023 жылы өту шегі қанша болды", "ал тізіммен неше орын бөлінді"),
    ):
        _, seats = ask_in_turn(*turns)
        assert seats.intent != "threshold" and "69" in plain_text(seats), turns


def test_of_those_by_party_list_narrows_the_seats() -> None:
    _, of_those = ask_in_turn(
        "аманат 2023 жылы қанша мандат алды", "олардың нешеуі партиялық тізім бойынша"
    )
    assert of_those.intent == "party_seats" and "40" in plain_text(of_those)


def test_the_regions_extreme_after_a_count_with_no_regional_figure_is_turnout() -> None:
    for turns, figure in (
        (("2023 жылы тіркелген сайлаушылар қанша", "ең төменгі облыс қайсы"), "25,82"),
        (("how many registered voters were there in 2021", "and where was it highest"), "75.5"),
        (("сколько избирателей было в списках в 2023", "а в каком регионе меньше всего"), "25,82"),
    ):
        _, region = ask_in_turn(*turns)
        assert region.intent == "turnout_extremes" and figure in plain_text(region), turns


def test_a_share_after_a_count_of_against_all_is_its_share() -> None:
    for turns, share in (
        (("how many people voted against all in 2023", "what percentage was that"), "3.90%"),
        (("сколько было против всех в 2023", "это сколько процентов"), "3,90"),
        (("2023 jyly barlygyna qarsy qansha adam dauys berdi", "bul neshe paiyz"), "3,90"),
    ):
        _, part = ask_in_turn(*turns)
        assert part.intent == "against_all" and share in plain_text(part), turns


def test_a_share_of_a_population_keeps_the_previous_narrowing() -> None:
    *_, share = ask_in_turn(
        "how many female candidates stood in 2021",
        "and how many women won seats",
        "what percent of all candidates were they",
    )
    assert "28.8%" in plain_text(share)


def test_that_year_points_back_and_asks_no_year() -> None:
    for turns, figure in (
        (("где была самая высокая явка в 2023", "а самая низкая в том году"), "25,82"),
        (("где была самая высокая явка в 2023", "а самая низкая в тот год"), "25,82"),
    ):
        _, lowest = ask_in_turn(*turns)
        assert lowest.intent == "turnout_extremes" and figure in plain_text(lowest), turns


def test_a_measure_changed_after_a_changed_year_compares_the_two() -> None:
    for turns, change in (
        (("ауыл 2023 те неше орын алды", "ал 2021 де ше", "пайызы қалай өзгерді"), "5,61"),
        (
            ("how many seats did ak zhol take in 2016", "and in 2021?", "how did the share change"),
            "3.77",
        ),
        (
            ("сколько мест у народной партии в 2016", "а в 2021?", "как изменилось число голосов"),
            "121 896",
        ),
    ):
        *_, changed = ask_in_turn(*turns)
        assert changed.intent == "party_change" and change in plain_text(changed), turns


def test_onda_points_back_at_the_election_asked() -> None:
    _, seats = ask_in_turn("2016 сайлауы қашан болды", "нұр отан онда неше орын алды")
    assert seats.intent == "party_seats" and "84" in plain_text(seats)


def test_a_follow_up_naming_an_election_leaves_the_topic() -> None:
    _, turnout = ask_in_turn("когда был референдум", "а явка на выборах 2023?")
    assert turnout.intent == "turnout" and "54,19" in plain_text(turnout)
    _, turnout_kk = ask_in_turn("референдум қашан болды", "ал 2021 жылы келу қанша")
    assert turnout_kk.intent == "turnout" and "63,25" in plain_text(turnout_kk)
    _, date = ask_in_turn("кто стал спикером в 2016", "когда проходили те выборы")
    assert date.intent == "election_date" and "20 марта 2016" in plain_text(date)


def test_what_share_alone_asks_the_previous_counts_share() -> None:
    for turns, share in (
        (("сколько недействительных бюллетеней в 2016", "какой это процент"), "0,57"),
        (("how many invalid ballots in 2016", "what percentage?"), "0.57%"),
        (("2016 жылы жарамсыз бюллетень қанша", "қандай пайыз"), "0,57"),
    ):
        _, part = ask_in_turn(*turns)
        assert part.intent == "invalid_ballots" and share in plain_text(part), turns


def test_in_fact_after_a_what_if_is_the_real_result() -> None:
    for turns, real in (
        (("что было бы при барьере 3 процента в 2021", "а у адала?", "а на деле?"), "3,57"),
        (("what if the threshold were 5%", "and auyl?", "in fact?"), "5.29%"),
        (("шек 5 пайыз болса орындар қалай бөлінер еді", "ауыл ше", "шындығында ше"), "5,29"),
    ):
        *_, actual = ask_in_turn(*turns)
        assert actual.intent == "party_seats" and real in plain_text(actual), turns


def test_the_last_party_named_by_an_answer_is_what_a_pronoun_points_at() -> None:
    for turns, leader, ran in (
        (
            (
                "which party got the fewest votes in 2023",
                "who is its leader",
                "did it run in 2021?",
            ),
            "Amirtayev",
            "No.",
        ),
        (
            (
                "какая партия набрала меньше всего в 2023",
                "кто её лидер",
                "а в 2021 она участвовала?",
            ),
            "Амиртаев",
            "Нет.",
        ),
        (
            (
                "2023 жылы ең аз дауыс алған партия қайсы",
                "оның жетекшісі кім",
                "2021 де қатысты ма",
            ),
            "Әміртаев",
            "Жоқ.",
        ),
    ):
        _, who, did = ask_in_turn(*turns)
        assert who.intent == "party_leader" and leader in plain_text(who), turns
        assert did.headline.startswith(ran), turns


def test_a_renaming_asked_with_a_pronoun_is_not_the_previous_measure() -> None:
    _, renamed = ask_in_turn("who was speaker in 2016", "when did amanat get its name")
    assert renamed.intent == "renaming" and "2022" in plain_text(renamed)


def test_a_figure_asked_before_or_after_the_referendum_is_the_elections() -> None:
    for question, intent, figure in (
        ("what was turnout at the election before the referendum", "turnout", "63.25%"),
        ("сколько мест было в мажилисе после референдума", "chamber_size", "98"),
        ("референдумға дейінгі сайлауда келу қанша болды", "turnout", "63,25"),
    ):
        (reply,) = ask_in_turn(question)
        assert reply.intent == intent and figure in plain_text(reply), question


def test_what_changed_after_the_referendum_is_the_referendums_answer() -> None:
    for question in (
        "what changed in the majilis elections after the referendum",
        "что изменилось в выборах после референдума",
        "референдумнан кейін сайлауда не өзгерді",
    ):
        (reply,) = ask_in_turn(question)
        assert reply.intent == "referendum", question
