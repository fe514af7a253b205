"""Round 52 (set AG's failures by cause): a verb of staying is no slip of "remainder", a rate
or "percentage terms" is a share, two digits after a preposition or in the Kazakh locative are
a year, a threshold denied ("7 емес", "не 7") is not the what-if's, ..."""

from __future__ import annotations

from reply_checks import NO, YES, plain_text, stated
from test_pipeline import ask_in_turn

from sailau.pipeline import answer


def test_who_remained_prime_minister_is_the_pm_not_the_seat_allocation() -> None:
    for question, name in (
        ("who remained pm after the 2021 election", "Mamin"),
        ("who stayed prime minister after the 2016 vote", "Massimov"),
        ("кто остался премьером после выборов 2021", "Мамин"),
        ("2016 сайлаудан кейін премьер болып кім қалды", "Мәсімов"),
        ("2021 sailaudan keiin premier bolyp kim qaldy", "Мамин"),
    ):
        reply = answer(question)
        assert reply.intent == "prime_minister" and name in stated(reply), (
            question,
            reply.intent,
            reply.headline,
        )


def test_i_would_like_to_know_in_kazakh_is_a_lead_in_not_turnout_or_non_voters() -> None:
    for question, figure in (
        ("2016 жылы сайлаушылардың неше пайызы дауыс берді, білгім келеді", "77,12"),
        ("білгім келеді, 2023 жылы аманат неше орын алды", "62"),
    ):
        reply = answer(question)
        assert reply.confidence == 1.0 and figure in stated(reply), (question, reply.headline)
    assert answer("білгім келеді: 2016 жылы неше адам келмеді").intent == "non_voters"


def test_a_rate_or_percentage_terms_is_a_share() -> None:
    for question, figures in (
        ("compare the spoiled-ballot rate in 2016 and 2021", ("0.57%", "3.95%")),
        ("доля испорченных бюллетеней в процентном выражении, 2016 и 2021", ("0,57", "3,95")),
        ("2016 және 2021 жарамсыз бюллетеньдерді пайыздық есеппен салыстыр", ("0,57", "3,95")),
    ):
        said = plain_text(answer(question))
        assert all(f in said for f in figures), (question, said)
    for question, yes in (
        ("did ak zhol do better in percentage terms in 2021 than in 2016", "Yes."),
        ("ак жол в процентном выражении в 2023 получил больше чем в 2021?", "Нет."),
    ):
        headline = answer(question).headline
        assert headline.startswith(yes), (question, headline)
    assert answer("turnout rate in 2016").intent == "turnout"


def test_two_digits_after_a_preposition_or_in_the_locative_are_the_year() -> None:
    for question, start, figure in (
        ("ауыл в 23 прошел?", YES["ru"], "10,90"),
        ("auyl v 23 proshel v mazhilis?", YES["ru"], "10,90"),
        ("адал 21 де өтті ме", NO["kk"], "3,57"),
        ("ауыл 23-те мәжіліске өтті ме", YES["kk"], "10,90"),
        ("did respublica beat ak zhol in 23 by share", YES["en"], "8.59"),
        ("республика в 23 обошла ак жол по голосам?", YES["ru"], "547 154"),
    ):
        headline = answer(question).headline.replace("\xa0", " ")
        assert headline.startswith(start) and figure in headline, (question, headline)
    # a figure with a noun after it stays a figure: no year
    assert "2016" not in answer("в 16 регионах явка выше 60?").headline


def test_a_threshold_denied_is_not_the_what_ifs() -> None:
    for question, figure in (
        ("кедергі 7 емес, 5 пайыз болғанда 2021 жылы адал неше орын алар еді", "5 %"),
        ("если бы барьер в 2021 был не 7, а 5 %, сколько мест получил бы адал", "5 %"),
    ):
        headline = answer(question).headline.replace("\xa0", " ")
        assert figure in headline and "7 %" not in headline and "7%" not in headline, (
            question,
            headline,
        )
    _, then = ask_in_turn(
        "шек 7 емес, 5 пайыз болса 2021 жылы ауыл неше орын алар еді", "ақ жол ше"
    )
    assert "11" in then.headline and "5 %" in then.headline.replace("\xa0", " "), then.headline


def test_a_short_russian_question_is_replied_in_russian() -> None:
    for question in ("явка больше 50", "доли всех партий", "дата", "проценты голосов 2016"):
        reply = answer(question)
        assert reply.lang == "ru", (question, reply.lang, reply.headline)
    # a Kazakh word beside them still makes the reply Kazakh
    for question in ("явка больше 50 ме", "дата қандай", "барлық партиялардың проценттері"):
        assert answer(question).lang == "kk", question


def test_an_abbreviated_invalid_is_the_invalid_ballots_and_the_follow_ups_keep_them() -> None:
    count, share, year = ask_in_turn("недейств бюллетени 2016", "а в процентах", "а в 21м")
    assert "43 282" in plain_text(count), count.headline
    assert "0,57" in plain_text(share), share.headline
    assert "3,95" in plain_text(year), year.headline


def test_a_short_year_before_an_extreme_is_the_year() -> None:
    _, then = ask_in_turn("самая высокая явка по регионам в 21", "а в 23 самая низкая")
    assert "25,82" in plain_text(then), then.headline
    _, then = ask_in_turn("highest turnout by region in 2023", "and in 21 the lowest")
    assert "30.3" in plain_text(then), then.headline


def test_a_party_against_the_others_sum_said_first_is_a_yes_no() -> None:
    for question, start in (
        ("is ppk more than auyl and adal together", YES["en"]),
        ("did the ppk get fewer votes than auyl and adal combined in 2021", NO["en"]),
        ("нпк больше чем ауыл и адал вместе?", YES["ru"]),
        ("npk bolshe chem auyl i adal vmeste?", YES["ru"]),
    ):
        said = plain_text(answer(question))
        assert said.startswith(start) and "641" in said and "17" in said, (question, said)


def test_birge_right_after_the_parties_adds_them_up() -> None:
    for question, start in (
        ("ауыл мен адал бірге халық партиясынан көп дауыс алды ма", NO["kk"]),
        ("auyl men adal birge halyk partiyasynan kop dauys aldy ma", NO["kk"]),
    ):
        said = plain_text(answer(question))
        assert said.startswith(start) and "641 641" in said, (question, said)
    said = plain_text(answer("ақ жол мен халық партиясы бірге 2021 жылы 22 орын алды ма"))
    assert said.startswith(YES["kk"]) and "22" in said, said
    # "-мен бірге" after no party is still "on the same day"
    assert answer("маслихат сайлауы мәжіліспен бірге өтті ме").intent == "maslikhats"


def test_the_largest_parties_are_a_ranking() -> None:
    for question, figures in (
        ("три крупнейшие партии 2021", ("5 148 074", "792 828", "659 019")),
        ("две крупнейшие партии по местам в 2023", ("62", "8")),
        ("2023 жылғы ең ірі үш партия", ("3 431 510", "693 938", "547 154")),
    ):
        headline = answer(question).headline.replace("\xa0", " ")
        assert all(f in headline for f in figures), (question, headline)


def test_how_much_more_than_a_figure_said_is_the_difference() -> None:
    for question, figures in (
        ("нур отанның 2021 жылғы 76 орны 54-тен қаншаға артық", ("76", "22")),
        ("nur otannyn 76 orny 54 ten kansha artyk", ("76", "22")),
        ("на сколько мест больше 54 получил нур отан в 2021", ("76", "22")),
        ("how many seats more than 54 did nur otan win in 2021", ("76", "22")),
        ("how many points above 7% was ak zhol in 2021", ("10.95%", "3.95")),
    ):
        headline = plain_text(answer(question)).split("\n")[0]
        assert all(f in headline for f in figures), (question, headline)


def test_the_list_seats_under_a_threshold_supposed_are_the_what_if() -> None:
    for question, figures in (
        ("under a 5% threshold, how would the list seats have been split in 2021", ("72", "6")),
        ("under a 3% cutoff, how would the seats have been split in 2021", ("70", "3")),
        ("при барьере 5 %, как распределились бы места по спискам в 2023", ("40", "8")),
        ("5 пайыздық шекте 2023 жылы тізім бойынша орындар қалай бөлінер еді", ("40", "8")),
    ):
        reply = answer(question)
        assert reply.intent == "whatif" and all(f in reply.headline for f in figures), (
            question,
            reply.headline,
        )
    # "a threshold under 5 %" is still a comparison
    assert answer("was the threshold under 5% in 2023").headline.startswith(NO["en"])


def test_an_organisations_observers_asked_beside_the_accredited_total_are_given() -> None:
    for question, figures in (
        (
            "how many foreign observers were accredited in 2021 and how many came from ODIHR",
            ("398", "42"),
        ),
        ("сколько иностранных наблюдателей аккредитовали и сколько из них от БДИПЧ", ("398", "42")),
        (
            "2021 жылы қанша шетелдік байқаушы тіркелді, оның ішінде ДИАҚБ-дан қаншасы",
            ("398", "42"),
        ),
    ):
        said = plain_text(answer(question))
        assert all(f in said for f in figures), (question, said)


def test_a_regions_turnout_against_the_national_figure_is_a_yes_no() -> None:
    for question, start, figures in (
        ("did almaty's 2021 turnout exceed the national figure", NO["en"], ("30.3%", "63.25%")),
        (
            "явка в костанайской области в 2021 была выше чем по стране?",
            YES["ru"],
            ("71,8", "63,25"),
        ),
        (
            "2021 жылы алматы қаласында келу ел бойынша көрсеткіштен төмен болды ма",
            YES["kk"],
            ("30,3", "63,25"),
        ),
    ):
        said = plain_text(answer(question))
        assert said.startswith(start) and all(f in said for f in figures), (question, said)


def test_the_regions_end_in_two_elections_is_set_against_itself() -> None:
    for question, figures in (
        ("lowest regional turnout 2021 vs 2023", ("25.82%", "30.3%", "4.48")),
        ("разница самой низкой явки по регионам между 2021 и 2023", ("25,82", "30,3", "4,48")),
        (
            "2021 бен 2023 жылдардағы өңірлердегі ең жоғары келудің айырмасы",
            ("67,21", "75,5", "8,29"),
        ),
    ):
        headline = plain_text(answer(question)).split("\n")[0]
        assert all(f in headline for f in figures), (question, headline)
    *_, gap = ask_in_turn(
        "самая высокая явка по регионам в 2023", "а самая низкая", "а в 2021?", "разница?"
    )
    assert "4,48" in plain_text(gap), gap.headline
    *_, gap = ask_in_turn("lowest turnout region in 2023", "and in 2021?", "what's the difference")
    assert "4.48" in plain_text(gap), gap.headline
    # after the two ends of one election it is still their gap
    *_, gap = ask_in_turn("ең төмен келу қай жерде болды 2021", "ең жоғарысы ше", "айырмасы қанша")
    assert "45,2" in plain_text(gap), gap.headline
