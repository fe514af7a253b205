"""Round 54 (set AN's failures by cause): a gap in points, ratios, relative change, sums of the
parties that passed or of all but one, a party's votes of the registered voters, "against all"
set against the threshold, advice and judgements declined, the asker's guess put up as a
yes/no, and follow-ups on the chamber's other seats, the election before and the regions'
two ends."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return _plain("\n".join((reply.headline, *reply.details)))


def _plain(text: str) -> str:
    """Figures' thin and no-break spaces as plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_points_are_the_share_and_minus_compares() -> None:
    for question, figure in (
        ("the pp difference of auyl and adal in 2021", "1.72"),
        ("auyl adal pp gap 2021", "1.72"),
        ("adal votes 2021 minus 2023", "258,618"),
        ("голоса ауыла 2021 минус 2023", "383 023"),
        ("ауыл дауыстары 2021 минус 2023", "383 023"),
    ):
        said = _said(answer(question))
        assert figure in said, (question, said)
    assert "1.72" in _said(answer("the pp difference of auyl and adal in 2021"))
    assert "seats" not in answer("auyl adal pp gap 2021").headline


def test_raw_votes_are_the_votes_and_the_partys_nickname_is_read() -> None:
    for question, figure in (
        ("raw votes of adal in 2021", "258,618"),
        ("сколько голосов у нардпартии в 2021", "659 019"),
        ("нарпартия сколько мест получила", "10"),
    ):
        reply = answer(question)
        assert reply.intent is not None and figure in _said(reply), (question, _said(reply))


def test_the_non_voters_said_in_slang() -> None:
    for question in (
        "сколько избирателей забили на выборы в 2021",
        "скольким было пофиг, забили на голосование 2021",
    ):
        said = _said(answer(question))
        assert "4 379 961" in said, (question, said)


def test_a_judgement_of_a_party_or_the_vote_is_declined() -> None:
    for question in (
        "is amanat a party of crooks, your honest opinion",
        "were the 2023 elections rigged",
        "аманат это жулики?",
        "ак жол мошенники или нет",
        "аманат алаяқтар ма",
    ):
        reply = answer(question)
        assert reply.intent == "neutrality", (question, reply.intent, reply.headline)


def test_advice_with_reasons_given_is_still_declined() -> None:
    for question in (
        "who should i vote for if pensions matter most to me",
        "за кого голосовать если для меня важны пенсии",
        "зейнетақы маңызды болса кімге дауыс берсем",
    ):
        reply = answer(question)
        assert reply.intent == "neutrality", (question, reply.intent, reply.headline)


def test_against_all_set_against_the_threshold_as_if_a_party() -> None:
    for question, no in (
        ("could against all have got into parliament if it were a party", "No"),
        ("would against all pass a 3% threshold if it were a party", "Yes"),
        ("против всех прошли бы в мажилис, будь они партией?", "Нет"),
        ("барлығына қарсы партия болса мәжіліске өтер ме еді", "Жоқ"),
    ):
        headline = _plain(answer(question).headline)
        assert headline.startswith(no) and ("3.90" in headline or "3,90" in headline), (
            question,
            headline,
        )


def test_a_sum_said_with_sum_of_or_plus() -> None:
    for question, total in (
        ("the sum of ak zhol and ppk seats in 2021", "22"),
        ("ak zhol plus ppk votes 2021", "1,451,847"),
        ("ак жол плюс нпк голоса 2021", "1 451 847"),
        ("ақ жол плюс халық партиясы дауыс 2021", "1 451 847"),
    ):
        said = _said(answer(question))
        assert total in said, (question, said)


def test_a_sum_asked_of_the_parties_that_passed() -> None:
    for question, total in (
        ("total votes of the parties that passed the threshold combined, 2021", "6,599,921"),
        ("сколько голосов в сумме у прошедших партий в 2021", "6 599 921"),
        ("барьерден өткен партиялар бірге алғанда неше дауыс алды 2021", "6 599 921"),
    ):
        said = _said(answer(question))
        assert total in said, (question, said)
    plain = _said(answer("which parties passed the threshold in 2021"))
    assert "6,599,921" not in plain


def test_missed_the_threshold_is_not_passing() -> None:
    said = _said(answer("combined votes of the parties that missed the threshold in 2021"))
    assert "641,641" in said, said
    assert answer("did adal miss the threshold in 2021").headline.startswith("Yes")


def test_the_share_of_everyone_but_one_party_is_the_others_added_up() -> None:
    for question, total in (
        ("share of party votes of everyone other than amanat in 2023", "42.20"),
        ("доля всех партий кроме аманата в 2023", "42,20"),
        ("аманаттан басқа партиялардың үлесі 2023", "42,20"),
    ):
        said = _said(answer(question))
        assert total in said, (question, said)


def test_the_askers_own_need_is_no_votes_needed() -> None:
    for question, figure in (
        ("for my essay i need ak zhol share in 2016", "7.18"),
        ("мне нужно: доля ак жола в 2016", "7,18"),
        ("маған керек: ақ жолдың 2016 жылғы пайызы", "7,18"),
    ):
        said = _said(answer(question))
        assert figure in said and "short" not in said, (question, said)


def test_a_ratio_of_two_parties_figures() -> None:
    for question, ratio in (
        ("ratio of ak zhol seats to ppk seats in 2021", "1.20"),
        ("how many times more votes did ak zhol get than adal in 2021", "3.07"),
        ("во сколько раз ак жол получил больше голосов чем адал в 2021", "3,07"),
        ("ақ жол адалдан неше есе көп дауыс алды 2021", "3,07"),
    ):
        reply = answer(question)
        said = _said(reply)
        assert ratio in said, (question, said)
        assert not reply.headline.startswith(("Да", "Иә", "Yes")), (question, reply.headline)


def test_a_counts_relative_change_when_asked() -> None:
    for question, change in (
        ("nur otan votes 2016 to 2021 change in relative terms", "−16.75"),
        (
            "как изменилось число голосов нур отана с 2016 по 2021 в относительном выражении",
            "−16,75",
        ),
        ("нұр отан дауыстары 2016 мен 2021 арасында салыстырмалы түрде қалай өзгерді", "−16,75"),
    ):
        said = _said(answer(question))
        assert change in said, (question, said)
        assert "term of" not in said
    assert "Relative" not in _said(answer("nur otan votes 2016 to 2021 change"))


def test_a_partys_votes_as_a_share_of_the_registered_voters() -> None:
    for question, share in (
        ("what share of the electorate voted for ak zhol in 2021", "6.65"),
        ("какой процент избирателей в списках проголосовал за ак жол в 2021", "6,65"),
        ("тіркелген сайлаушылардың неше пайызы ақ жолға дауыс берді 2021", "6,65"),
    ):
        said = _said(answer(question))
        assert share in said, (question, said)


def test_a_share_of_the_list_seats_is_a_portion_though_list_is_a_form_word() -> None:
    said = _said(answer("what % of the list seats did ak zhol take in 2021"))
    assert "12.24" in said, said


def test_the_askers_guess_after_a_question_word_is_a_yes_no() -> None:
    for question, yes in (
        ("кто стал премьером после выборов 2021, небось мамин?", "Да"),
        ("кто был спикером в 2021 небось опять нигматулин", "Да"),
    ):
        headline = answer(question).headline
        assert headline.startswith(yes), (question, headline)


def test_the_rest_after_the_list_seats_is_the_assemblys() -> None:
    for turns in (
        (
            "how many seats in the majilis in 2021",
            "how many of them from party lists",
            "who elected the rest",
        ),
        (
            "сколько мест в мажилисе в 2021",
            "сколько из них по партийным спискам",
            "а остальных кто выбрал",
        ),
        ("2021 мәжілісте неше орын", "оның қаншасы партия тізімі бойынша", "қалғанын кім сайлады"),
        ("2021 мажилисте неше орын", "онын канша партия тизими бойынша", "калганын ким сайлады"),
    ):
        lists, rest = ask_in_turn(*turns)[1:]
        assert "98" in lists.headline, (turns, lists.headline)
        assert rest.intent == "apk" and "9" in rest.headline, (turns, rest.headline)


def test_the_one_before_after_an_election_is_the_election_before_it() -> None:
    for turns, date in (
        (("when was the 2023 election", "and the one before"), "10 January 2021"),
        (("когда были выборы 2023", "а предыдущие"), "10 января 2021"),
        (("2023 сайлау қай күні болды", "ал оған дейінгі"), "10 қаңтар"),
    ):
        second = ask_in_turn(*turns)[1]
        assert date in _plain(second.headline), (turns, second.headline)
    assert "2016" in ask_in_turn("turnout 2021", "and the previous election")[1].headline


def test_the_gap_between_the_regions_ends_said_as_regional() -> None:
    for turns in (
        ("regional turnout 2021, where was it highest", "and the lowest?", "the gap between them"),
        ("явка по регионам 2021 где самая высокая", "а самая низкая", "разница между ними"),
    ):
        gap = ask_in_turn(*turns)[2]
        assert "45.2" in _plain(gap.headline) or "45,2" in _plain(gap.headline), (
            turns,
            gap.headline,
        )


def test_follow_ups_in_slang_and_short() -> None:
    leader = ask_in_turn("ак жол в 2021 сколько мест", "кто у них рулил")[1]
    assert "Перуашев" in leader.headline, leader.headline
    delta = ask_in_turn("registered voters 2021", "and 2016", "delta")[2]
    assert "2,108,389" in _plain(delta.headline), delta.headline
    winners = ask_in_turn("nur otan seats 2021", "how many of those were primary winners")[1]
    assert "36" in _said(winners), _said(winners)


def test_a_self_correction_and_gathered_votes_in_slang() -> None:
    for question, figure in (
        ("коммунисты ой простите народная партия сколько голосов собрали в 2021", "659 019"),
        ("сколько голосов собрал ак жол в 2021", "792 828"),
    ):
        reply = answer(question)
        assert reply.intent == "party_votes" and figure in _said(reply), (question, _said(reply))
