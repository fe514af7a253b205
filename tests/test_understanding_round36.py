"""Round 36 (set S's failures by cause): two-digit years paired, "bad ballots" and advice
words before a figure's noun, claims of doubling, "without other parties", "who was running
<a party>", Kazakh names with possessive endings or a slip, and follow-ups asking the whole
("in total", "жалпы"), the time after the reform, or pointing back with "him"."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer, match
from sailau.reply import ReplyKind


def _text(question: str) -> str:
    return render.text(answer(question))


def test_two_digit_election_years_paired_by_a_small_word_are_years() -> None:
    for question in (
        "shymkent turnout 21 vs 23 difference",
        "явка в шымкенте 21 и 23 разница",
        "шымкентте келу 21 мен 23 айырмашылығы",
    ):
        headline = answer(question).headline
        assert "2021" in headline and "2023" in headline, (question, headline)


def test_bad_ballots_are_the_invalid_ones_not_advice() -> None:
    for question in (
        "how many bad ballots were there in 2016",
        "сколько плохих бюллетеней было в 2016",
        "2016 жылы жаман бюллетендер саны",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.ANSWER and "43" in reply.headline, (question, reply.headline)


def test_an_advice_word_before_a_figure_s_noun_narrows_it_and_is_said() -> None:
    found = match("how many good ballots were cast")
    assert found.intent != "neutrality"
    assert "good" in render.text(answer("how many good ballots were cast"))
    # advice asked of the parties is still declined
    assert match("which party is good").intent == "neutrality"


def test_a_claim_of_doubling_is_checked_as_a_factor() -> None:
    for question, word in (
        ("did ak zhol double its seat count compared to 2016", "No"),
        ("правда что ак жол удвоил свои места по сравнению с 2016", "Нет"),
        ("ақ жол 2016 мен салыстырғанда орнын екі есе көбейтті ме", "Жоқ"),
        ("did auyl double its share since 2016", "Yes"),
    ):
        headline = answer(question).headline
        assert headline.startswith(word), (question, headline)


def test_a_majority_without_other_parties_is_the_party_s_own() -> None:
    for question, word in (
        ("получил ли аманат большинство без других партий в 2023", "Да"),
        ("аманат 2023 те басқа партиясыз көпшілік алды ма", "Иә"),
        ("did amanat have enough seats for a majority on its own", "Yes"),
    ):
        headline = answer(question).headline
        assert headline.startswith(word) and "62" in headline, (question, headline)


def test_who_was_running_a_party_is_its_leader() -> None:
    assert "Bektayev" in answer("who was running auyl in 2021").headline
    assert "Peruashev" in answer("who ran ak zhol in 2016").headline
    # "ran for" a party: its candidates; "who ran in" a year: not a leader
    assert "19" in answer("who ran for auyl in 2021").headline
    assert match("who ran in 2016").intent != "party_leader"


def test_a_kazakh_party_name_with_a_possessive_and_locative_ending() -> None:
    reply = ask_in_turn("нұр отанның тізімінде қанша кандидат болды", "ауылдыкинде ше")[-1]
    assert "19" in reply.headline, reply.headline
    reply = ask_in_turn("auyldyn tiziminde neshe kandidat", "ak zholdykinde she")[-1]
    assert "38" in reply.headline, reply.headline
    reply = ask_in_turn("ауылдың тізімінде неше адам", "нур отандыкинде ше")[-1]
    assert "126" in reply.headline and "отанды" not in render.text(reply), reply.headline


def test_a_misspelt_region_keeps_its_kazakh_ending() -> None:
    for question, figure in (
        ("каракандыдагы келу канша болды", "70,7"),
        ("павладарда келу канша болды", "71,3"),
        ("pavladarda kelu qansha", "71,3"),
    ):
        assert figure in answer(question).headline, question


def test_in_total_after_a_narrowed_figure_asks_the_whole() -> None:
    for first, then in (
        ("шетелде неше учаске ашылды", "ал жалпы саны ше"),
        ("how many polling stations were abroad", "and in total?"),
        ("сколько участков было за рубежом", "а всего сколько участков"),
    ):
        reply = ask_in_turn(first, then)[-1]
        assert "10" in reply.headline and "060" in reply.headline, (then, reply.headline)


def test_total_seats_including_the_districts_are_the_party_s() -> None:
    for turns in (
        ("amanat votes 2023", "how many seats in total including districts"),
        ("сколько голосов у аманата в 2023", "а всего мест включая округа"),
        ("аманат 2023 неше дауыс алды", "барлық орны округтермен қоса"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert "62" in reply.headline, (turns, reply.headline)


def test_after_the_reform_is_the_election_after_it() -> None:
    assert "98" in answer("сколько депутатов после референдума").headline
    for turns in (
        ("сколько депутатов было в мажилисе в 2021", "а после реформы"),
        ("how many seats did the majilis have in 2021", "and after the reform?"),
        ("2021 жылы мәжілісте неше депутат болды", "ал реформадан кейін ше"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert "98" in reply.headline, (turns, reply.headline)


def test_him_points_back_at_the_office_holder() -> None:
    reply = ask_in_turn(
        "who was prime minister after the 2021 vote", "how many deputies voted for him"
    )[-1]
    assert "78" in reply.headline, reply.headline


def test_every_party_s_total_after_two_parties_is_not_their_sum() -> None:
    for turns in (
        (
            "нұр отанның тізімінде неше кандидат",
            "ақ жолдікі ше",
            "барлық партиялардың кандидаттары барлығы",
        ),
        (
            "сколько кандидатов у нур отана",
            "а у ак жола",
            "а у всех партий всего кандидатов сколько",
        ),
        (
            "nur otan candidates",
            "and ak zhol?",
            "how many candidates did all parties have in total",
        ),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert "312" in reply.headline, (turns, reply.headline)
    # alone after two parties' votes: every party's votes
    reply = ask_in_turn("нұр отан неше дауыс алды", "ақ жол ше", "барлық партиялар бойынша")[-1]
    assert "562" in reply.headline and "7" in reply.headline, reply.headline
    # "both together" is still the two parties' sum
    reply = ask_in_turn("ак жол 2021 неше орын алды", "халық партиясы ше", "екеуі қосқанда")[-1]
    assert "22" in render.text(reply)


def test_the_speaker_s_vote_count_is_said_not_held() -> None:
    for turns in (
        ("who became speaker in 2021", "how many votes did he get"),
        ("кто стал спикером в 2021", "сколько депутатов за него проголосовало"),
        ("2021 жылы мәжіліс төрағасы кім болды", "оған неше депутат дауыс берді"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert reply.kind is ReplyKind.UNKNOWN, (turns, reply.headline)
