"""Round 41 (issue 12: confident wrong answers on never-seen questions, by cause): a question
word the answer family states nothing of, an exact count held only roughly, a party left out,
the whole after parties asked in turn, "there", "scraped in", a population carried into the
chamber, "which of the three", an election's count against a party, a majority's margin, and a
part counted "including" (our own wording, three languages)."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import ReplyKind


def _text(reply: object) -> str:
    return "\n".join((reply.headline, *reply.details))  # type: ignore[attr-defined]


def test_a_question_word_the_answer_states_nothing_of_is_not_answered_as_if_it_were() -> None:
    for question in (
        "when did nur otan get 76 seats",
        "когда нур отан получил 76 мест",
        "нұр отан 76 орынды қашан алды",
        "nur otan 76 oryndy kashan aldy",
        "who had a turnout of 63 percent",
    ):
        reply = answer(question)
        assert reply.kind is not ReplyKind.ANSWER, (question, reply.headline)
    # "when" between the years it names is answered by their figures
    for question, figure in (
        ("когда у ак жола было больше мест, в 2021 или в 2023", "12"),
        ("when did ak zhol have more seats, 2021 or 2023", "12"),
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.ANSWER and figure in reply.headline, question
    # and a "when" the family was written for keeps its date
    assert "12" in answer("түпкілікті қорытындыны ОСК қашан жариялады").headline


def test_an_exact_count_held_only_roughly_is_said_not_held() -> None:
    for question in (
        "exactly how many people were detained in almaty",
        "сколько точно задержали в алматы",
        "алматыда нақты неше адам ұсталды",
        "almatyda nakty neshe adam ustaldy",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN, (question, reply.headline)
    # without the word, the rough figure held is the answer
    assert "30" in answer("сколько задержали в алматы").headline


def test_a_party_negated_beside_who_is_left_out_not_answered() -> None:
    for question in (
        "who won the districts that amanat did not win in 2023",
        "кто выиграл округа, которые не взял аманат",
    ):
        reply = answer(question)
        # the negated party named as left out, or the districts' winners said not held (round 45)
        assert reply.unhonoured or reply.kind is ReplyKind.UNKNOWN, (question, reply.headline)
        assert "62" not in reply.headline, (question, reply.headline)


def test_all_after_parties_asked_in_turn_is_the_whole_election() -> None:
    for turns in (
        ("сколько кандидатов выдвинул нур отан", "а ак жол", "а адал", "а всего"),
        ("how many candidates did nur otan nominate", "and ak zhol", "and adal", "total?"),
        ("нұр отан неше кандидат ұсынды", "ақ жол ше", "адал ше", "ал барлығы"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert "312" in reply.headline, (turns, reply.headline)
    # "both together" still adds up the two
    reply = ask_in_turn("ақ жол 2021 неше орын алды", "халық партиясы ше", "екеуі қосқанда")[-1]
    assert "22" in _text(reply), reply.headline


def test_there_points_at_the_region_said_before() -> None:
    turns = ("how many votes did nur otan get in 2021", "in almaty region?")
    reply = ask_in_turn(*turns, "ok what was turnout there")[-1]
    assert "73.5" in reply.headline, reply.headline
    # an existential "there" points at nothing and keeps its yes/no
    reply = ask_in_turn(*turns, "were there any protests")[-1]
    assert reply.headline.startswith("Yes"), reply.headline
    assert ask_in_turn(*turns, "how many polling stations were there")[-1].intent == (
        "polling_stations"
    )


def test_the_lowest_share_among_those_that_passed() -> None:
    for turns in (
        (
            "how many parties passed the threshold in 2023",
            "and which one scraped in with the lowest share",
        ),
        ("сколько партий прошло барьер в 2023", "какая из прошедших набрала меньше всех процентов"),
        ("2023 жылы неше партия шектен өтті", "шектен өткендердің ішінде ең аз пайыз алғаны қайсы"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert reply.intent == "passed_threshold", (turns, reply.intent, reply.headline)
        assert "5,20" in reply.headline or "5.20" in reply.headline, reply.headline


def test_a_population_said_before_is_carried_into_the_chamber() -> None:
    for turns in (
        ("how many women were on the lists in 2021", "and how many actually got into the chamber"),
        ("сколько женщин было в списках в 2021", "а сколько из них прошло в мажилис"),
        ("2021 жылы тізімдерде неше әйел болды", "олардың нешеуі мәжіліске өтті"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert "29" in reply.headline, (turns, reply.headline)


def test_which_of_the_three_chooses_among_the_elections_asked_in_turn() -> None:
    for turns in (
        ("turnout in 2016", "and 2021?", "and 2023?", "which of the three was the highest"),
        ("явка в 2021", "а в 2016?", "а в 2023?", "какая из трёх самая низкая"),
        ("2021 сайлауында қатысу қанша", "2016 да ше", "2023 те", "үшеуінің ең төмені қайсы"),
        ("2021 saylauynda katysu kansha", "2016 da she", "2023 te", "usheuinin en tomeni kaisy"),
    ):
        reply = ask_in_turn(*turns)[-1]
        text = reply.headline.replace(",", ".")
        assert all(f in text for f in ("77.12", "63.25", "54.19")), (turns, reply.headline)
    # three years named at once are compared, not their regions
    reply = answer("which of 2016, 2021 and 2023 had the lowest turnout")
    assert "54.19" in reply.headline and "77.12" in reply.headline, reply.headline


def test_an_election_count_against_a_party_as_a_yes_no() -> None:
    for turns, yes in (
        (("сколько голосов против всех в 2023", "больше чем у байтака?"), "Да"),
        (("how many voted against all in 2023", "was that less than baytaq got"), "No"),
        (("2023 жылы барлығына қарсы қанша дауыс берілді", "байтақтан көп пе"), "Иә"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert reply.headline.startswith(yes), (turns, reply.headline)
        assert "248" in reply.headline and "146" in reply.headline, reply.headline


def test_the_margin_over_a_majority_is_the_party_set_aside_before() -> None:
    for turns in (
        (
            "сколько мест у нур отан в 2021",
            "а сколько нужно для большинства",
            "на сколько больше у них",
        ),
        (
            "how many seats did nur otan win in 2021",
            "and how many were needed for a majority",
            "how many more did they have",
        ),
        (
            "нұр отан 2021 жылы неше орын алды",
            "көпшілік үшін қанша орын керек",
            "олардың қаншасы артық",
        ),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert "22" in _text(reply), (turns, _text(reply))


def test_a_part_said_with_including_is_counted_in_the_chamber() -> None:
    for question, figure in (
        ("total seats in the majilis incl the assembly ones", "107"),
        ("сколько всего мест в мажилисе включая депутатов от ассамблеи", "107"),
        ("мәжілістегі барлық орын саны ассамблея депутаттарын қоса алғанда", "107"),
    ):
        reply = answer(question)
        assert reply.intent == "chamber_size" and figure in reply.headline, (
            question,
            reply.headline,
        )
    # a party's seats including its districts stay the party's
    reply = ask_in_turn("amanat vote count 2023", "total seats incl the districts?")[-1]
    assert "62" in _text(reply), reply.headline
