"""Round 62 (set AS): another country's election is off-topic by its name (Australia and the
countries the vocabulary lacked), ...."""

from __future__ import annotations

from reply_checks import no_figure, said_plainly
from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import ReplyKind


def test_another_countrys_election_is_off_topic() -> None:
    no_figure(
        ReplyKind.OFF_TOPIC,
        "what was turnout at the last australian election",
        "did the swedish social democrats win seats",
        "кто победил на выборах в австралии",
        "сколько мест получили партии в парламенте нидерландов",
        "аустралиядағы сайлауда кім жеңді",
        "бразилия сайлауында неше пайыз дауыс берді",
    )


def test_ppk_typed_in_cyrillic_and_an_ending_typed_apart_from_a_name() -> None:
    """ "ппк" (the English abbreviation typed in Cyrillic) is the People's Party; a Kazakh
    ablative typed apart from a name ("ппк дан", "ҚХП-дан") makes it what the others are
    compared with."""
    for question, first, figure in (
        ("адал мен ауылдың дауысын қоссақ ҚХП-дан асады ма", "Жоқ", "641 641"),
        ("ауыл мен адал бирге ппк дан коп дауыс алды ма", "Жоқ", "659 019"),
        ("ппк набрала больше голосов чем адал?", "Да", "659 019"),
        ("did auyl and adal together beat ппк", "No", "641,641"),
    ):
        said = said_plainly(answer(question))
        assert said.startswith(first) and figure in said, (question, said)


def test_a_figure_inflected_in_kazakh_gets_a_kazakh_reply() -> None:
    """A Kazakh case ending typed apart after a figure ("2016 ға", "23 тен") is written by a
    Kazakh speaker, whatever Russian words the rest has; Russian "…в 2016, да?" stays Russian."""
    for question, lang in (
        ("2021 де сколько мест получил ак жол", "kk"),
        ("а 2016 ға дейин явка какая была", "kk"),
        ("2023 te skolko mest u respubliki", "kk"),
        ("явка была 77 процентов в 2016, да?", "ru"),
    ):
        assert answer(question).lang == lang, question


def test_a_town_the_facts_hold_no_figure_for_is_said_not_held() -> None:
    """A region's centre or another town (not a region, not a city of republican significance)
    narrows nothing the facts hold: the reply names it, never its region's figure as the
    town's."""
    for question in (
        "what was the turnout in kokshetau in 2021",
        "явка в усть-каменогорске 2023",
        "таразда неше адам дауыс берді 2021",
        "how many people voted in semey",
    ):
        reply = answer(question)
        assert reply.unhonoured or reply.kind is ReplyKind.UNKNOWN, (question, said_plainly(reply))


def test_a_fraction_is_a_share_not_a_faction() -> None:
    for question, figure in (
        ("what fraction of the ballots in 2016 were invalid", "0.57"),
        ("what fraction of the vote went to auyl in 2021", "5.29"),
    ):
        said = said_plainly(answer(question))
        assert figure in said, (question, said)


def test_a_what_ifs_seats_are_compared_with_the_figuresaid_plainly() -> None:
    """ "Would Nur Otan have got more than 76 seats under d'Hondt?" is decided by the
    recalculated 77, not by the official 76."""
    for question, first in (
        ("по методу д'Ондта нур отан имел бы больше 76 мандатов?", "Да"),
        ("under d'hondt would nur otan have won more than 76 seats in 2021", "Yes"),
        ("д'ондт әдісімен нұр отан 76 орыннан көп алар ма еді", "Иә"),
        ("with d'hondt would ak zhol have won fewer than 12 seats in 2021", "No"),
    ):
        said = said_plainly(answer(question))
        assert said.startswith(first), (question, said)


def test_a_partys_seat_share_against_its_vote_share() -> None:
    """One party's share of the seats filled against its share of the vote, in one election."""
    for question, first, figures in (
        ("получил ли нур отан в 2016 долю мест выше доли голосов", "Да", ("85,71", "82,20")),
        ("was ak zhol's share of seats smaller than its vote share in 2021", "No", ("12.24",)),
        ("2023 жылы аманаттың орын үлесі дауыс үлесінен жоғары болды ма", "Иә", ("63,27", "53,90")),
    ):
        said = said_plainly(answer(question))
        assert said.startswith(first) and all(f in said for f in figures), (question, said)


def test_compared_with_after_a_year_in_english_sets_no_base_year() -> None:
    """ "…in 2021, compared with its vote share": 2021 is the year asked, not the base."""
    for question in (
        "how big a percent of the seats did ak zhol take in 2016, compared with its vote share",
        "ak zhol's percentage of seats in 2016 compared to its share",
    ):
        said = said_plainly(answer(question))
        assert "7.14" in said, (question, said)


def test_a_later_clause_asking_the_change_against_another_election() -> None:
    """ "How many … in 2021, and by how much more than in 2016": the figure, then the change
    computed against the election the later clause names."""
    for question, figures in (
        ("сколько мест получил нур отан в 2021 и на сколько меньше чем в 2016", ("76", "84")),
        ("какая была явка в 2023 и на сколько ниже чем в 2021", ("54,19", "9,06")),
        ("2023 жылы келу қандай болды және 2021 ге қарағанда қаншаға төмен", ("54,19", "9,06")),
        ("how many seats did ak zhol win in 2021 and how many more than in 2016", ("12", "7")),
    ):
        said = said_plainly(answer(question))
        assert all(f in said for f in figures), (question, said)


def test_how_many_times_a_count_grew_between_elections() -> None:
    """ "Во сколько раз", "неше есе", "how many times": the larger count over the smaller."""
    for question, figure in (
        ("во сколько раз больше зарегистрированных избирателей было в 2021 чем в 2016", "1,21"),
        ("2021 жылы жарамсыз бюллетень 2016 жылғыдан неше есе көп", "6,88"),
        ("how many times more invalid ballots were there in 2021 than in 2016", "6.88"),
    ):
        said = said_plainly(answer(question))
        assert figure in said, (question, said)


def test_than_a_party_named_with_its_kind_word_after_one_partys_figure() -> None:
    """ "X's share" - "ол Ақ жол партиясынан қанша дауыс артық алды": the margin between the
    two (the ablative is on "партиясынан", the kind word after the name)."""
    for turns, figure in (
        (("2021 жылы халық партиясы неше дауыс алды", "ол Ауыл партиясынан қанша дауыс көп алды"),
         "275 996"),
        (("how many seats did ak zhol win in 2021", "how many more than the people's party"), "2"),
        (("сколько голосов у ауыла в 2021", "а на сколько больше чем у партии адал"), "124 405"),
    ):  # fmt: skip
        said = said_plainly(ask_in_turn(*turns)[-1])
        assert figure in said, (turns, said)


def test_list_seats_said_with_a_russian_noun_and_a_kazakh_postposition() -> None:
    replies = ask_in_turn("аманат 2023 неше пайыз алды", "список бойынша неше орын", "округтен ше")
    assert "40" in said_plainly(replies[1]) and "22" in said_plainly(replies[2]), [
        said_plainly(r) for r in replies
    ]


def test_a_person_said_to_lead_a_party_is_a_yes_or_no() -> None:
    for question, first in (
        ("назарбаев вел аманат в 2023?", "Нет"),
        ("перуашев вел ак жол в 2021?", "Да"),
    ):
        said = said_plainly(answer(question))
        assert said.startswith(first), (question, said)


def test_a_region_first_in_turnout_is_its_highest() -> None:
    for question, first in (
        ("алматы была первой по явке в 2023?", "Нет"),
        ("was kyzylorda first in turnout in 2023", "Yes"),
        ("2023 жылы қызылорда облысы келу бойынша бірінші болды ма", "Иә"),
    ):
        said = said_plainly(answer(question))
        assert said.startswith(first) and "67" in said, (question, said)


def test_when_the_early_election_was_is_its_date() -> None:
    for question, day in (
        ("когда прошли досрочные выборы 2023 года", "19 марта"),
        ("when was the early election of 2016 held", "20 March"),
        ("2016 жылғы кезектен тыс сайлау қашан болды", "20 наурыз"),
    ):
        said = said_plainly(answer(question))
        assert day in said, (question, said)


def test_the_quota_of_the_list_seats_is_the_votes_per_seat() -> None:
    for question, figure in (
        ("what was the quota per list seat in 2016", "74,094.76"),
        ("какая была квота на мандат по партийным спискам в 2023", "86 546,65"),
        ("2021 жылы партиялық тізім бойынша бір мандатқа квота қанша болды", "67 346,13"),
    ):
        said = said_plainly(answer(question))
        assert figure in said, (question, said)


def test_which_party_is_decent_is_a_judgement_declined() -> None:
    for question in (
        "ауыл мен адал қайсысы норм партия",
        "ак жол нормальная партия?",
        "is respublica a decent party",
    ):
        assert answer(question).kind is ReplyKind.REFUSAL, question


def test_how_many_of_them_in_a_kazakh_second_part() -> None:
    """ "… саны қанша және олардың нешеуінде …": the count, then the part asked of them."""
    said = said_plainly(
        answer("2023 жылы бір мандатты округ нешеу еді және нешеуінде аманат жеңді")
    )
    assert "29" in said and "22" in said, said
