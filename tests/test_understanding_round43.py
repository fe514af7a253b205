"""Round 43 (set AC's failures by cause): Kazakh "бірге" before the question word adds the
parties' figures up, "including the Assembly" keeps the whole chamber asked, internal observers
are the domestic ones (not held), "қанча" typed with ч is "қанша", the official result in any
Russian case is set against the exit poll, and a trailing "…, not X" says what is not asked."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import ReplyKind


def test_birge_before_the_question_word_is_the_parties_sum() -> None:
    for question, total in (
        ("ак жол мен халык партиясы бирге канша орын алды 2021", "22"),
        ("ақ жол мен халық партиясы бірге неше орын алды 2021", "22"),
        ("ak zhol men halyk partiyasy birge kansha oryn aldy 2021", "22"),
        ("ауыл мен адал бирге канша дауыс алды 2021", "641\u00a0641"),
    ):
        headline = answer(question).headline
        assert f"Барлығы — {total}" in headline, (question, headline)
    # "бірге" of the day the maslikhats were elected stays "on the same day"
    reply = answer("маслихат сайлауы мәжіліспен бірге өтті ме")
    assert reply.intent == "maslikhats", reply.intent


def test_total_seats_including_the_assembly_is_the_whole_chamber() -> None:
    for question in (
        "how many seats total in mazhilis 2021 including assembly ones",
        "total seats in 2021 incl the assembly ones",
        "мажилисте барлыгы неше орын болды 2021 ассамблеямен коса",
        "mazhiliste barlygy neshe oryn boldy 2021 assambleyamen kosa",
        "сколько всего мест в мажилисе в 2021 включая ассамблею",
    ):
        reply = answer(question)
        assert reply.intent == "chamber_size" and "107" in reply.headline, (question, reply)
    # the Assembly's own deputies stay the Assembly's
    assert "9" in answer("ассамблея 2021 жылы мажилиске неше депутат сайлады").headline


def test_internal_observers_are_the_domestic_ones_not_held() -> None:
    for question in (
        "2021 жылы ишки бакылаушылар саны канша болды",
        "2021 jyly ishki bakylaushylar sany kansha boldy",
        "сколько было внутренних наблюдателей в 2021",
        "how many internal observers were there in 2021",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN and "398" not in reply.headline, (question, reply)


def test_kancha_typed_with_che_is_kansha() -> None:
    for question in (
        "сол 297 мын бюллетеннин канчасы бос канчасы бузылган",
        "sol 297 myn byulletennin kanchasy bos kanchasy buzylgan",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN and "718" in reply.headline, (question, reply)


def test_the_official_result_in_any_case_is_set_against_the_exit_poll() -> None:
    for question, gap in (
        ("насколько экзитпол по нур отану разошелся с официальным результатом", "0,88"),
        ("naskolko ekzitpol po nur otanu razoshelsya s oficialnym rezultatom", "0,88"),
        ("на сколько экзитпол по ак жолу ошибся по сравнению с официальными итогами", "0,77"),
    ):
        headline = answer(question).headline
        assert gap in headline, (question, headline)


def test_a_last_clause_saying_what_is_not_asked_is_not_asked() -> None:
    for question in (
        "nur otan result in almaty city 2021 majilis vote, not maslikhat",
        "nur otan result in almaty city 2021, not maslikhat",
        "результат нур отана в алматы 2021, а не маслихат",
        "нұр отанның алматыдағы нәтижесі 2021, мәслихат емес",
    ):
        reply = answer(question)
        assert reply.intent == "regional_results", (question, reply.intent)
        assert reply.kind is ReplyKind.UNKNOWN, (question, reply.kind)
    assert "76" in answer("nur otan seats 2021, not 2016").headline
    # a tag question's "no?" is no disclaimer
    assert answer("did auyl pass in 2021, no?").headline.startswith("No")


def test_seats_asked_after_how_many_passed_are_the_seat_split() -> None:
    for turns in (
        ("2021 жылы мажилиске неше партия отти", "олар кимдер неше орыннан"),
        ("2021 jyly mazhiliske neshe partiya otti", "olar kimder neshe orynnan"),
        ("сколько партий прошло в мажилис в 2021", "кто они и сколько мест"),
        ("how many parties got into the majilis in 2021", "who are they and how many seats"),
    ):
        reply = ask_in_turn(*turns)[-1]
        text = " ".join((reply.headline, *reply.details))
        assert all(n in text for n in ("76", "12", "10")), (turns, text)
    for question in (
        "how many seats did the parties that passed get in 2021",
        "сколько мест получили прошедшие партии в 2021",
        "өткен партиялар неше орын алды 2021",
    ):
        assert "76" in answer(question).headline, question
    # "how many parties won seats" still counts the parties
    assert answer("how many parties won seats in 2021").intent == "passed_threshold"


def test_those_that_did_not_pass_said_alone_are_the_parties_below() -> None:
    for question in (
        "өтпегендер неше пайыз алды 2021",
        "otpegender neshe paiyz aldy 2021",
        "сколько процентов набрали не прошедшие в 2021",
        "what share did those that didn't pass get in 2021",
    ):
        headline = answer(question).headline
        assert "5,29" in headline or "5.29" in headline, (question, headline)
        assert "8,86" in headline or "8.86" in headline, (question, headline)


def test_a_bare_when_asks_the_date_of_what_was_asked() -> None:
    # after an event with its own date: that date
    for turns, date in (
        (("ассамблея 2021 де мажилиске неше депутат сайлады", "кай куни"), "11 қаңтар"),
        (
            ("ассамблея 2021 де мажилиске неше депутат сайлады", "2016 да кай куни болды"),
            "21 наурыз",
        ),
        (("сколько депутатов избрала ассамблея в 2021", "какого числа"), "11 января"),
        (("how many deputies did the assembly elect in 2021", "when"), "11 January"),
    ):
        headline = ask_in_turn(*turns)[-1].headline.replace("\u00a0", " ")
        assert date in headline, (turns, headline)
    # after a figure with no date: the date of its election
    for turns, date in (
        (("нур отан 2021 неше орын", "кай куни"), "10 қаңтар"),
        (("nur otan seats 2021", "when"), "10 January"),
        (("сколько мест у нур отана в 2016", "какого числа"), "20 марта"),
    ):
        headline = ask_in_turn(*turns)[-1].headline.replace("\u00a0", " ")
        assert date in headline, (turns, headline)


def test_a_slip_read_as_an_off_topic_word_leaves_an_election_question_in_scope() -> None:
    # "коебейди" (көбейді) undone as "көше…" (street): the electorate's change stays asked
    for question in (
        "сайлаушылар саны 2016 дан 2021 ге канша коебейди",
        "сайлаушылар саны 2016 дан 2021 ге канша кобейди",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.ANSWER, (question, reply.kind)
        assert "108" in reply.headline and "389" in reply.headline, (question, reply.headline)
    # an off-topic word typed as such still is one
    assert answer("сколько голосов набрал реал мадрид").kind is not ReplyKind.ANSWER


def test_a_percentage_beside_a_party_after_a_what_if_is_the_new_threshold() -> None:
    for turns, figure in (
        (
            (
                "with 5% threshold in 2021 how many seats would ak zhol have",
                "and ppk",
                "and nur otan with 3%",
            ),
            "70",
        ),
        (
            (
                "with 5% threshold in 2021 how many seats would ak zhol have",
                "and nur otan at 3 percent",
            ),
            "70",
        ),
        (("если бы барьер в 2021 был 5%, сколько мест было бы у нур отана", "а ак жол 3%"), "11"),
        (("eger 2021 de shek 5 paiyz bolsa auyl neshe oryn alar edi", "nur otan 3 paiyz"), "70"),
    ):
        reply = ask_in_turn(*turns)[-1]
        assert reply.intent == "whatif" and f"{figure} " in reply.headline, (turns, reply.headline)
    # without a what-if before, a percentage beside a party is its share
    reply = ask_in_turn("nur otan 2021 share", "and ak zhol 10%")[-1]
    assert reply.intent == "party_share", reply.intent


def test_if_only_one_party_passes_is_the_runner_up_rule_answered_yes() -> None:
    for question, yes in (
        ("if only one party passes the threshold, does second one still get seats?", "Yes."),
        ("если барьер преодолеет только одна партия, получит ли вторая места", "Да."),
        ("егер шектен бір ғана партия өтсе, екінші партия орын ала ма", "Иә."),
        ("eger shekten bir gana partiya otse ekinshi partiya oryn ala ma", "Иә."),
    ):
        reply = answer(question)
        assert reply.headline.startswith(yes) and "2" in reply.headline, (question, reply)
    # said without "if", "only one party" still asks who passed
    assert answer("did only one party pass in 2023").intent == "passed_threshold"


def test_an_if_clause_before_a_comma_is_the_condition_of_one_question() -> None:
    for question in (
        "if the threshold were 5% in 2021, auyl seats",
        "if the cutoff were 5%, what would auyl get in 2021",
    ):
        reply = answer(question)
        assert reply.intent == "whatif" and "6" in reply.headline, (question, reply.headline)
        assert not reply.headline.startswith(("Yes", "No")), (question, reply.headline)
