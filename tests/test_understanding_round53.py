"""Round 53 (set AM's failures by cause): numbers spelled out in words (hundreds, teens,
ordinals: "в двадцать первом году" is 2021), a clause that only tells the user's circumstances
(figures and one unknown word are enough), "or" before a negation as "or not", a later clause
pointing back at a post or counting one organisation's observers, frost and the garden as
everyday words, "AZ" and chat shorthands, and a Latin-typed Russian follow-up naming "PA
OBSE"."""

from __future__ import annotations

from reply_checks import plain_text
from test_pipeline import ask_in_turn

from sailau.pipeline import answer, match
from sailau.reply import Reply, ReplyKind
from sailau.understanding.text import normalise


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details)).replace("\xa0", " ").replace("\u202f", " ")


def test_spelled_numbers_past_the_tens_are_one_figure() -> None:
    for text, written in (
        ("двухсот девяноста семи тысяч", "297 тысяч"),
        ("триста сорок одна тысяча", "341 тысяча"),
        ("two hundred twelve seats", "212 seats"),
        ("үш жүз қырық бір", "341"),
        ("шестнадцать мест", "16 мест"),
        ("восемьдесят четыре места", "84 места"),
    ):
        assert normalise(text) == written, (text, normalise(text))
    # a unit word alone stays a word; an ordinal below ten alone is "first", not a figure
    assert normalise("первом месте") == "первом месте"
    assert normalise("три партии") == "3 партии"


def test_an_ordinal_is_an_election_year_unless_a_month_follows() -> None:
    for question, year in (
        ("сколько голосов получил нур отан в двадцать первом году", 2021),
        ("сколько мест получил ак жол в шестнадцатом", 2016),
        ("явка в двадцать третьем", 2023),
        ("ak zhol seats in the twenty first", 2021),
        ("жиырма бірінші жылы ақ жол неше орын алды", 2021),
    ):
        assert year in match(question).frame.years, question
    assert normalise("десятого января") == "10 января"
    assert "2021" in _said(answer("сколько голосов получил нур отан в двадцать первом году"))
    assert "5 148 074" in _said(answer("сколько голосов получил нур отан в двадцать первом году"))


def test_a_clause_telling_the_users_circumstances_is_left_out() -> None:
    for question, figure in (
        (
            "добрый день. я инженер на пенсии, сорок лет на заводе, цифры люблю точные. "
            "скажите сколько голосов получил нур отан в 2021 году",
            "5 148 074",
        ),
        ("what was turnout in 2021? my grandson insists, 40 years of arguing", "63.25"),
        ("2021 жылы сайлауға қатысу қанша болды? немерем сұрап отыр", "63,25"),
        ("какой проходной барьер был в 2021? внук спорит что пять", "7 %"),
    ):
        reply = answer(question)
        assert reply.kind == "answer" and figure in _said(reply), (question, _said(reply))


def test_or_before_a_negation_asks_yes_or_no() -> None:
    for question, no in (
        ("прошла ли партия ауыл в мажилис в 2021 году или опять не дотянула до 7 %", "Нет"),
        ("did auyl pass in 2021 or not make it", "No"),
        ("2021 жылы ауыл өтті ме әлде өтпеді ме", "Жоқ"),
    ):
        headline = answer(question).headline
        assert headline.startswith(no), (question, headline)
    # a choice between two parties stays a choice
    assert not answer("ауыл или адал прошла в 2021").headline.startswith(("Да", "Нет"))


def test_a_later_clause_pointing_back_at_a_post_asks_its_holders_vote() -> None:
    for question in (
        "кто стал премьер министром после выборов 2021 и сколько депутатов за него проголосовало",
        "who became prime minister after the 2021 election and how many deputies voted for him",
        "2021 жылғы сайлаудан кейін кім премьер-министр болды және оған неше депутат дауыс берді",
    ):
        said = _said(answer(question))
        assert "78" in said and ("Мамин" in said or "Mamin" in said), (question, said)


def test_a_later_clause_counts_one_organisations_observers() -> None:
    for question, line in (
        (
            "сколько иностранных наблюдателей аккредитовали в 2021 и сколько из них от бдипч обсе",
            "БДИПЧ ОБСЕ — 42",
        ),
        (
            "how many foreign observers were accredited in 2021 and how many of them from odihr",
            "sent 42 observers",
        ),
    ):
        said = _said(answer(question))
        assert "398" in said and line in said, (question, said)


def test_frost_and_the_garden_are_off_topic() -> None:
    for question in (
        "как на даче укрыть виноград на зиму, у нас под павлодаром морозы",
        "how to protect grapes in the garden from frost in pavlodar",
        "павлодарда саяжайда жүзімді қалай жабу керек",
    ):
        reply = answer(question)
        assert reply.intent is None and not reply.figures, (question, reply.headline)
    # held in the frost, the kettling in Almaty, is still the election day's row
    assert "9" in answer("сколько часов держали протестующих на морозе в алматы").headline


def test_capital_az_and_chat_shorthands() -> None:
    assert "10.95%" in answer("AZ share jan 2021 vote").headline
    assert "3.77" in _said(answer("AZ gain in pts vs 2016"))
    assert "az" not in str(match("how many seats did az get").frame.subjects)
    assert "national" in match("nur-sultan turnout below natl avg in 2021?").frame.markers


def test_russian_written_abbreviations_of_preliminary_and_final() -> None:
    """ "предварит." and "окончат." as people write them: the figure's reading, no forecast."""
    final = answer("кто из цик озвучивал окончат итоги")
    assert final.kind is ReplyKind.ANSWER and "Петров" in final.headline, final.headline
    regional = answer("окончательная явка по карагандинской обл не предварит")
    assert "70,7" in plain_text(regional), plain_text(regional)
    assert "30,3" in answer("предварит явка 2021 по алматы").headline


def test_a_latin_typed_russian_follow_up_naming_an_organisation_stays_russian() -> None:
    _, odihr, pa = ask_in_turn(
        "skolko inostrannyh nablyudatelei bylo v 2021", "a ot ODIHR?", "a ot PA OBSE?"
    )
    assert odihr.lang == pa.lang == "ru"
    assert "9" in pa.headline and "ПА ОБСЕ" in pa.headline
    assert answer("OSCE PA observers 2021?").lang == "en"


def test_ordinal_years_in_follow_ups() -> None:
    replies = ask_in_turn(
        "явка в павлодарской области 2021", "а в двадцать третьем там?", "а в шестнадцатом?"
    )
    assert "2023" in replies[1].headline, replies[1].headline


def test_a_remark_after_the_question_is_not_asked() -> None:
    for question, yes in (
        ("получила ли партия ауыл места в мажилисе в 2023? в 2021 ведь не прошла", "Да"),
        ("did auyl win seats in 2023? it did not pass in 2021 after all", "Yes"),
    ):
        headline = answer(question).headline
        assert headline.startswith(yes) and "8" in headline, (question, headline)


def test_campaign_material_and_gut_calls_are_declined() -> None:
    for question in (
        "помогите составить агитационную листовку за ак жол",
        "give me a one-line endorsement of Ak Zhol",
        "ауыл тұрғындарын ақ жолға дауыс беруге шақыратын үндеу жазып беріңізші",
    ):
        assert match(question).frame.measures == ("advocacy",), question
    assert match("who should ppl back in next mazhilis vote").frame.measures
    assert "prediction" in match("who wins next mazhilis vote, gut call").frame.measures


def test_a_partys_full_name_is_the_party_not_the_observers_verdict() -> None:
    for question, figure in (
        ("«Ақ жол» Демократиялық партиясы 2021 жылы неше пайыз алды?", "10,95"),
        ("сколько процентов набрала демократическая партия ак жол в 2021", "10,95"),
        ("what share did the Ak Zhol Democratic Party get in 2021", "10.95"),
    ):
        assert figure in _said(answer(question)), question


def test_percentage_points_ask_the_share_change_in_a_follow_up() -> None:
    for turns, figure in (
        (("2021 жылы қатысу қандай болды?", "Ал 2023 жылы ше?",
          "Айырмашылығы неше пайыздық тармақты құрайды?"), "9,06"),
        (("явка 2021", "а в 2023?", "на сколько процентных пунктов разница?"), "9,06"),
    ):  # fmt: skip
        last = ask_in_turn(*turns)[-1]
        assert figure in _said(last), (turns, _said(last))


def test_the_lowest_one_in_kazakh_follows_the_highest() -> None:
    _, lowest, later = ask_in_turn(
        "2021 жылы қай өңірде қатысу ең жоғары болды?", "Ең төменгісі ше?", "2023 жылы ше?"
    )
    assert "30,3" in lowest.headline and "25,82" in later.headline, (lowest.headline, later)


def test_a_change_word_alone_compares_the_two_elections_asked_in_turn() -> None:
    for turns, figure in (
        (("registered voters 2023", "2021?", "increase?"), "116,337"),
        (("сколько избирателей было в списках в 2023", "а в 2021?", "рост?"), "116 337"),
        (("2023 жылы тіркелген сайлаушылар саны", "2021 жылы ше?", "өсті ме?"), "116 337"),
    ):
        last = ask_in_turn(*turns)[-1]
        assert figure in _said(last), (turns, _said(last))
    assert ask_in_turn("hello", "increase?")[-1].intent is None


def test_versus_the_same_party_at_another_election_is_its_change() -> None:
    for turns, figure in (
        (("amanat seats 2023", "vs NO 2021?"), "14"),
        (("сколько мест у аманата в 2023", "а в сравнении с нур отаном 2021?"), "14"),
        (("2023 жылы аманат неше орын алды", "2021 жылғы нұр отанмен салыстырғанда ше?"), "14"),
    ):
        last = ask_in_turn(*turns)[-1]
        assert figure in last.headline and "76" in last.headline, (turns, last.headline)
