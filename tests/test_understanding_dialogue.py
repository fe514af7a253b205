"""Conversation rules (docs/understanding.md): what a follow-up takes from the question before.

- An elliptical follow-up takes every part it does not name: measure, subjects, years, what-if
  settings, form, extreme, narrowing words.
- One that names its own measure takes only the subjects that measure is asked of.
- A complete new question takes nothing.
- "Really" drops a what-if's settings.
"""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import Context


def test_elliptical_follow_ups_take_the_missing_parts() -> None:
    _, party, year = ask_in_turn("how many seats did ak zhol get", "and auyl?", "and in 2016?")
    assert party.intent == year.intent == "party_seats"
    assert "Auyl won no seats in the Mäjilis in 2021" in party.headline
    assert "2016" in year.headline and "Auyl" in year.headline


def test_a_follow_up_with_its_own_measure_keeps_the_party() -> None:
    *_, share = ask_in_turn(
        "how many seats did ak zhol get", "and auyl?", "what about its vote share"
    )
    assert share.intent == "party_share" and "5.29%" in share.headline


def test_a_follow_up_keeps_what_if_settings_and_changes_one() -> None:
    first, five, ak_zhol = ask_in_turn(
        "how many seats would nur otan get at a 3% threshold", "and at 5%?", "and ak zhol at 5"
    )
    assert first.intent == five.intent == ak_zhol.intent == "whatif"
    # the party asked leads, the whole split follows
    assert "Nur Otan would win 70 seats" in first.headline
    assert "Nur Otan 72" in render.text(five) and "Ak Zhol 11" in render.text(five)
    method = ask_in_turn("what if the threshold were 5%", "and with d'Hondt?")[1]
    slots = dict(method.context.slots)
    assert (slots.get("threshold"), slots.get("method")) == ("5", "dhondt")


def test_really_drops_the_what_if() -> None:
    _, real = ask_in_turn(
        "если б барьер был 5% скока мест у нур отана было бы", "а реально сколько процентов у ауыла"
    )
    assert real.intent == "party_share" and "5,29" in real.headline


def test_a_yes_no_follow_up_stays_a_yes_no() -> None:
    _, adal, ppk = ask_in_turn("ауыл в мажилис прошел или нет", "а адал?", "а народная партия")
    assert adal.headline.startswith("Нет.") and "3,57" in adal.headline
    assert ppk.headline.startswith("Да.")


def test_a_kazakh_follow_up_changes_the_year_and_the_extreme() -> None:
    _, highest, lowest_2023 = ask_in_turn(
        "ең төмен келу қай жерде болды", "ең жоғарысы ше", "ал 2023 те ең төмені"
    )
    assert "75,5" in highest.headline
    assert "25,82" in lowest_2023.headline


def test_a_complete_new_question_takes_nothing() -> None:
    _, _, full = ask_in_turn(
        "сколько мест у аманата после выборов 2023", "а у ауыла", "сколько мест получил ак жол"
    )
    assert "12 мест" in full.headline and "2021" in full.headline


def test_a_follow_up_names_its_own_base_year() -> None:
    *_, change = ask_in_turn(
        "2021 де тиркелген сайлаушылар саны канша",
        "бюллетень алғандар ше",
        "2023 те ше",
        "2021 мен салыстырғанда қаншаға азайды",
    )
    shown = (change.headline + " ".join(change.details)).replace("\u00a0", " ")
    assert "1 017 420" in shown


def test_the_conversation_survives_json() -> None:
    first = answer("how many seats did ak zhol get")
    stored = Context.from_json(first.context.to_json())
    assert stored == first.context
    assert "Auyl" in answer("and auyl?", context=stored).headline


def test_small_talk_keeps_the_topic() -> None:
    first, _, follow = ask_in_turn("turnout 2021", "what's the weather like", "and in 2016?")
    assert follow.intent == "turnout" and "77.12%" in follow.headline
    assert first.context.intent == "turnout"


def test_a_percentage_after_a_seat_question_is_a_what_if() -> None:
    _, three = ask_in_turn("how many seats did ak zhol get", "and at 3 %?")
    assert three.intent == "whatif" and "3%" in three.headline


def test_a_yes_no_without_a_subject_is_about_the_previous_party() -> None:
    _, passed = ask_in_turn("адал қанша пайыз алды", "мәжіліске өтті ме")
    assert passed.headline.startswith("Жоқ.") and "3,57" in passed.headline


def test_a_bare_question_word_and_measure_leans_on_the_previous_question() -> None:
    _, votes = ask_in_turn("когда мажилис утвердил мамина премьером", "а сколько голосов?")
    # the approval's own count (round 37: the vote taken, its row), led by the 78
    assert votes.intent in ("prime_minister", "row") and "78" in votes.headline
    _, fresh = ask_in_turn("how many seats did ak zhol get in 2016", "who won the election")
    assert "2016" not in fresh.headline  # a complete new question takes no year


def test_a_bare_measure_is_asked_of_the_previous_subject_and_year() -> None:
    _, voters, ballots = ask_in_turn("what was turnout in 2016", "voters on the rolls?", "ballots?")
    assert "9,810,852" in voters.headline and "2016" in voters.headline
    assert "7,566,150" in ballots.headline
    _, seats, again = ask_in_turn("ауыл 2023 пайызы", "мандаттар?", "ал 2021 де?")
    assert "8" in seats.headline and "Ауыл" in seats.headline
    assert "2021" in again.headline and "Ауыл" in again.headline


def test_a_year_after_since_with_nothing_compared_is_the_state_since_then() -> None:
    *_, since = ask_in_turn("сколько сенаторов было в 2021", "а с 2023?")
    assert "50" in since.headline and "98" not in since.headline
    alone = answer("senators since 2023, how many")
    assert "50" in alone.headline
    change = answer("насколько просела явка с 2016")  # a change since: still a comparison
    assert "77,12" in render.text(change) and "63,25" in render.text(change)


def test_a_year_before_a_percent_word_is_no_percentage() -> None:
    reply = answer("auyl 2023 percentage")
    assert "10.90%" in reply.headline


def test_a_figure_only_follow_up_stays_within_its_topic() -> None:
    *_, turnout = ask_in_turn("tell me about the 2022 referendum", "what about turnout?")
    assert turnout.intent == "referendum" and "68" in turnout.headline, turnout.headline
    *_, kk = ask_in_turn("референдум қашан өтті", "ал келу ше")
    assert kk.intent == "referendum", kk.headline


def test_a_region_after_a_measure_with_no_regional_figure_asks_its_turnout() -> None:
    *_, region = ask_in_turn("registered voters in 2023?", "and in shymkent?")
    assert region.intent == "turnout_region" and "45.46%" in region.headline, region.headline
    *_, party = ask_in_turn("how many seats did ak zhol get", "and in almaty?")
    assert party.intent != "turnout_region", party.headline


def test_what_if_settings_after_a_question_not_about_seats_ask_the_what_if() -> None:
    for turnout, what_if in (
        ("какая была явка?", "а если барьер 5%?"),
        ("kelu qansha boldy", "al shek 5 payyz bolsa she"),
        ("what was the turnout", "and with a 5% threshold?"),
    ):
        first, second = ask_in_turn(turnout, what_if)
        assert first.intent == "turnout" and second.intent == "whatif", second.headline
        assert "72" in second.headline, second.headline  # Nur Otan's 72 seats at 5 %


def test_a_claim_read_as_yes_no_is_not_carried_to_a_question_word() -> None:
    # "катысу" (turnout, or "took part") is no yes/no asked: "which region" gets the region
    *_, lowest = ask_in_turn("2021 сайлауга катысу", "ал Астанада ше", "ең төмені қай өңірде болды")
    assert lowest.intent == "turnout_extremes" and "30,3" in lowest.headline
    assert not lowest.headline.startswith(("Жоқ", "Иә"))


def test_a_kazakh_case_ending_typed_apart_keeps_the_reply_kazakh() -> None:
    _, follow = ask_in_turn("2023 жылы неше сайлаушы тіркелді", "ал 2016 да")
    assert follow.lang == "kk" and "9\u00a0810\u00a0852" in follow.headline


def test_a_change_after_a_changed_year_is_between_the_two_elections() -> None:
    *_, drop = ask_in_turn("явка 2023", "а в 2016?", "насколько снизилась")
    assert "22,93" in drop.headline  # 77.12 (2016) to 54.19 (2023), not 2016 against 2011
    *_, fell = ask_in_turn("turnout 2021", "and in 2023", "how much did it drop")
    assert "9.06" in fell.headline


def test_now_after_a_year_asks_the_latest() -> None:
    _, now = ask_in_turn("сенаторов сколько в 2016", "а сейчас?")
    assert now.intent == "row" and "50" in now.headline and not now.headline.startswith("Да")
    _, now_en = ask_in_turn("how many senators were there in 2021", "and now?")
    assert "50 members" in now_en.headline


def test_a_verb_without_a_subject_asks_the_previous_party() -> None:
    _, seats = ask_in_turn("ак жол прошел в 2023?", "скоко мест взял")
    assert seats.intent == "party_seats" and "6 мест" in seats.headline


def test_a_what_if_threshold_after_a_yes_no_stays_a_yes_no() -> None:
    _, at_five = ask_in_turn("did auyl get into the majilis in 2021", "and at 5%?")
    assert at_five.headline.startswith("Yes.") and dict(at_five.context.slots)["threshold"] == "5"


def test_a_narrowing_alone_narrows_the_previous_seats() -> None:
    _, districts = ask_in_turn(
        "how many seats did amanat take in 2023", "how many from the districts"
    )
    assert districts.intent == "party_seats"
    assert "22 from single-member districts" in render.text(districts)


def test_pointing_at_the_prime_minister_asks_his_approval_vote() -> None:
    _, votes = ask_in_turn("кто стал премьером в 2021", "сколько депутатов его поддержало")
    assert "78" in votes.headline
    _, latin = ask_in_turn("premier kim boldy 2021", "oghan qansha deputat dauys berdi")
    assert latin.lang == "kk" and "78 депутат" in latin.headline


# --- round 12: a follow-up that changes one part keeps the rest (issue 12 item 4) ---------------


def test_a_new_population_keeps_the_narrowing_and_a_share_follows_it() -> None:
    for turns in (
        ("how many women entered the majilis in 2021", "and among candidates?", "as a percentage?"),
        ("сколько женщин прошло в мажилис в 2021", "а среди кандидатов?", "а в процентах?"),
        (
            "2021 жылы мәжіліске неше әйел депутат сайланды",
            "ал кандидаттар арасында ше",
            "пайызбен ше",
        ),
        ("2021 jyly majiliske neshe ayel saylandy", "al kandidattar arasynda she", "payyzben she"),
    ):
        _, among, share = ask_in_turn(*turns)
        assert among.intent == share.intent == "women", turns
        assert "90" in render.text(among) and "28" in render.text(share), turns


def test_a_threshold_said_in_words_changes_only_the_threshold() -> None:
    for turns, nur_otan in (
        (
            ("если бы барьер был 5 %, сколько мест досталось бы ак жолу", "а при трёх процентах?"),
            "70",
        ),
        (("what if the cutoff were 5 percent, seats for ak zhol", "and at three percent?"), "70"),
        (("бес пайыздық шекте ақ жол неше орын алар еді", "ал үш пайызда ше"), "70"),
        (("bes payyzdyq shekte aq zhol neshe oryn alar edi", "al ush payyzda she"), "70"),
    ):
        _, three = ask_in_turn(*turns)
        assert three.intent == "whatif", turns
        assert dict(three.context.slots).get("threshold") == "3", turns
        assert nur_otan in render.text(three), turns


def test_it_points_at_the_party_the_answer_named() -> None:
    for turns in (
        ("which party won in 2023", "how many seats did it get?"),
        ("кто победил в 2023", "сколько у неё мест?"),
        ("2023 жылы қай партия жеңді", "оның неше орны бар"),
    ):
        _, seats = ask_in_turn(*turns)
        assert seats.intent == "party_seats" and "62" in seats.headline, turns
    # not pointing: a new year asks the winner again, not that party's result
    _, again = ask_in_turn("which party won in 2023", "and in 2016?")
    assert again.intent != "party_seats" and "Nur Otan" in again.headline


def test_a_pronoun_points_at_the_previous_party() -> None:
    for turns, name in (
        (
            ("сколько голосов набрал ак жол в 2021", "а в процентах?", "кто у неё лидер?"),
            "Перуашев",
        ),
        (
            ("how many votes did ak zhol get in 2021", "and in percent?", "who leads it?"),
            "Peruashev",
        ),
        (("ақ жол 2021 жылы неше дауыс алды", "пайызбен ше", "оның көсемі кім"), "Перуашев"),
        (
            ("aq zhol 2021 jyly neshe dauys aldy", "payyzben she", "onyn zhetekshisi kim"),
            "Перуашев",
        ),
    ):
        *_, leader = ask_in_turn(*turns)
        assert leader.intent == "party_leader" and name in leader.headline, turns


def test_really_alone_after_a_what_if_asks_the_seats_as_allocated() -> None:
    for turns, said in (
        (("если бы барьер был 3 %, сколько мест у ауыла", "а на самом деле?"), "5,29"),
        (("егер шек 3 пайыз болса ауыл неше орын алар еді", "ал шын мәнінде ше"), "5,29"),
        (("eger shek 3 payyz bolsa auyl neshe oryn alar edi", "al shyn maninde she"), "5,29"),
        (("seats at a 3% threshold in 2021?", "and the actual allocation?"), "Nur Otan 76"),
    ):
        _, real = ask_in_turn(*turns)
        assert real.intent != "whatif" and said in real.headline, turns


def test_a_year_after_a_yes_no_recomputes_the_verdict() -> None:
    for turns, no, yes in (
        (("was auyl over the cutoff in 2021", "what about 2023"), "No.", "Yes."),
        (("был ли ауыл выше барьера в 2021", "а в 2023?"), "Нет.", "Да."),
        (("ауыл 2021 жылы шектен жоғары болды ма", "ал 2023 ше"), "Жоқ.", "Иә."),
        (("auyl 2021 jyly shekten zhogary boldy ma", "2023 she"), "Жоқ.", "Иә."),
    ):
        before, after = ask_in_turn(*turns)
        assert before.headline.startswith(no) and "5,29" in before.headline.replace(".", ","), turns
        assert after.headline.startswith(yes) and "10,90" in after.headline.replace(".", ","), turns


def test_a_complete_new_question_after_a_yes_no_takes_nothing() -> None:
    *_, chair = ask_in_turn(
        "did adal get over the cutoff in 2021",
        "and in 2023?",
        "who chaired the CEC when 2023's count came out",
    )
    assert "Abdirov" in chair.headline
    _, came = ask_in_turn("did ak zhol pass in 2016", "how many came out in 2021")
    assert came.intent == "turnout" and "63.25" in came.headline


def test_a_comparison_word_alone_compares_the_two_elections_asked() -> None:
    for turns, gap in (
        (("turnout 2016", "and 2021", "difference?"), "13.87"),
        (("явка в 16", "а в 21м", "разница?"), "13,87"),
        (("қатысу 2016", "2021 ше", "айырмашылығы?"), "13,87"),
        (("votes for nur otan 2016", "and 2021", "by how much less"), "1,035,683"),
        (("голоса нур отана в 2016", "а в 2021", "насколько меньше"), "1035683"),
    ):
        *_, last = ask_in_turn(*turns)
        assert gap in last.headline.replace("\xa0", " ").replace(" ", ""), turns


def test_the_party_a_boycott_answer_names_is_what_it_points_at() -> None:
    for turns in (
        ("which party boycotted the 2021 vote", "who heads that party"),
        ("кто бойкотировал выборы 2021", "кто её возглавляет"),
        ("2021 сайлауына қай партия бойкот жариялады", "оны кім басқарады"),
    ):
        _, leader = ask_in_turn(*turns)
        assert leader.intent == "party_leader", turns
        assert "социал-демократ" in leader.headline.lower().replace(
            "social democrat", "социал-демократ"
        ), turns
