"""Round 45 (set AE's failures by cause): years listed with commas and no spaces, "when were the
Mäjilis and maslikhat elections" is the election day, ..."""

from __future__ import annotations

from reply_checks import stated
from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import ReplyKind
from sailau.understanding.text import normalise


def test_years_joined_by_a_bare_comma_are_a_list() -> None:
    for question in (
        "ак жол в 2016,2021 и 2023 сколько мест получал",
        "ak zhol seats in 2016,2021,2023",
        "ак жол 2016,2021 жане 2023 жылдары канша орын алды",
    ):
        headline = answer(question).headline
        assert all(s in headline for s in ("7", "12", "6")), (question, headline)
    # a decimal comma stays a decimal
    assert normalise("явка 30,3 2016,2021") == "явка 30.3 2016 2021"


def test_when_were_the_majilis_and_maslikhat_elections_is_the_day() -> None:
    for question in (
        "когда были выборы в мажилис и маслихаты,в январе 2021?",
        "when were the majilis and maslikhat elections in 2021",
        "мажилис пен маслихат сайлауы кашан отти 2021",
    ):
        reply = answer(question)
        assert reply.intent == "election_date", (question, reply.intent)


def test_a_party_got_in_a_region_is_its_regional_result_not_held() -> None:
    for question in (
        "what did ak zhol get in east kazakhstan region in 2021",
        "what did nur otan get in almaty in 2021",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN and reply.intent == "regional_results", question
    # "get in" with no region stays the threshold passed
    assert answer("did ak zhol get in in 2021").intent == "passed_threshold"


def test_who_won_the_districts_a_party_did_not_is_not_held() -> None:
    for question in (
        "who won the 7 single member districts amanat didnt win in 2023",
        "кто выиграл округа которые не выиграл аманат в 2023",
        "аманат утпеген округтерде ким женди 2023",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN and "62" not in reply.headline, (question, reply)
    last = ask_in_turn(
        "сколько мест у аманата в 2023 всего",
        "а из них по одномандатным округам",
        "а кто выиграл остальные округа?",
    )[-1]
    assert last.kind is ReplyKind.UNKNOWN, last
    assert "22" in stated(answer("how many districts did amanat win in 2023"))


def test_the_hare_quota_is_the_quota_not_a_what_if() -> None:
    for question, quota in (
        ("what was the hare quota in the 2021 allocation", "67,346.13"),
        ("какая была квота хэйра в 2021", "67\u00a0346,13"),
        ("хэйр квотасы 2021 канша болды", "67\u00a0346,13"),
    ):
        reply = answer(question)
        assert reply.intent == "seat_explain" and quota in stated(reply), (question, reply)
    follow = ask_in_turn("what was the hare quota in the 2021 allocation", "and 2016")[-1]
    assert "74,094.76" in stated(follow), follow


def test_for_comparison_sets_no_year_apart() -> None:
    for question, quotas in (
        ("quota in 2016 and in 2023 for comparison", ("74,094.76", "86,546.65")),
        ("квота в 2016 и в 2023 для сравнения", ("74\u00a0094,76", "86\u00a0546,65")),
        ("2016 жане 2023 квотасы салыстыру ушин", ("74\u00a0094,76", "86\u00a0546,65")),
    ):
        text = stated(answer(question))
        assert all(q in text for q in quotas), (question, text)


def test_a_measure_before_and_after_the_reform_is_both_elections() -> None:
    for question, lines in (
        ("what was the list threshold before and after the 2022 reform", ("7%", "5%")),
        ("какой был порог до и после реформы 2022 года", ("7\u00a0%", "5\u00a0%")),
    ):
        text = stated(answer(question))
        assert all(line in text for line in lines), (question, text)
    # an institution's make-up before and after stays the reform's own answer, and so do the
    # Assembly's seats (its quota moved to the Senate)
    text = stated(answer("сколько сенаторов назначал президент до реформы и сколько после"))
    assert "10" in text and "15" in text, text
    text = stated(answer("сколько мест у ассамблеи до и после референдума"))
    assert "9 мест" in text and "5 сенаторов" in text.replace("\u00a0", " "), text


def test_the_list_threshold_is_the_threshold() -> None:
    for question, value in (
        ("2023 те партиялык тизимге шекти пайыз кандай болды", "5"),
        ("party list threshold 2021", "7"),
        ("2021 partiyalyk tizimge shekti paiyz kandai boldy", "7"),
    ):
        reply = answer(question)
        assert reply.intent == "threshold" and value in reply.headline, (question, reply)


def test_how_many_party_lists_counts_the_parties_that_ran() -> None:
    for question in (
        "how many party lists were actually on the 2021 ballot",
        "сколько партийных списков было в 2021",
    ):
        reply = answer(question)
        assert reply.intent == "parties" and "5" in reply.headline, (question, reply)
    assert answer("how many candidates were on party lists in 2021").intent == "candidates"


def test_a_quiz_lead_in_is_chatter_before_the_question() -> None:
    for question in (
        "викторинага сурак дайындап жатырмын: 2021 сайлауында неше партия 7 пайыздык шектен отти",
        "готовлю вопрос для викторины: сколько партий прошли 7% барьер в 2021",
        "preparing a quiz question: how many parties passed the 7% threshold in 2021",
    ):
        reply = answer(question)
        assert reply.intent == "passed_threshold" and "71" in reply.headline, (question, reply)
    assert answer("қандай сұрақ қоюға болады").intent == "help"


def test_campaign_material_asked_for_a_party_is_declined() -> None:
    for question in (
        "напишите мне агитацию за народную партию",
        "write me campaign material for amanat",
        "аманат ушин угит жазыңыз",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.REFUSAL, (question, reply)
    # when the campaign began stays the campaign's date
    assert answer("когда началась агитация в 2021").kind is ReplyKind.ANSWER


def test_a_tag_word_after_the_question_mark_keeps_it_a_question() -> None:
    for question, word in (
        ("nur otan got over 70%?? fr", "Yes."),
        ("нур отан набрал больше 70%? серьезно", "Да."),
        ("nur otan 70 paiyzdan asty? shynymen", "Иә."),
    ):
        headline = answer(question).headline
        assert headline.startswith(word), (question, headline)
    # a statement with no question mark is no yes/no
    assert not answer("nur otan got over 70%").headline.startswith("Yes")


def test_a_not_held_answer_keeps_what_was_asked_for_a_follow_up() -> None:
    for first, then, said in (
        (
            "how many people were detained on election day 2021",
            "ok what about almaty, any number there",
            "more than 30",
        ),
        ("сколько задержали в день выборов 2021", "а в алматы", "более 30"),
        ("2021 сайлау куни канша адам усталды", "алматыда ше", "30-дан астам"),
    ):
        reply = ask_in_turn(first, then)[-1]
        assert reply.intent != "turnout_region" and said in stated(reply), (then, reply)
