"""Round 42 (blind sets M and AA's failures by cause): the voters "most active" are the
turnout's extremes, a body's vote carried to another year and counted, the lowest region "that
year", a chart showing the measure asked, the gap between the regions' ends, "a million", the
day of the week, who headed ODIHR, "your opinion" declined."""

from __future__ import annotations

from test_pipeline import ask_in_turn
from test_understanding_round39 import _plain, _read_as

from sailau import render
from sailau.pipeline import answer, match
from sailau.reply import ReplyKind


def test_the_voters_most_active_are_the_turnout_s_extreme() -> None:
    _read_as("turnout_extremes", "75.5", (
        "2021 кай облыста сайлаушылар ен белсенди болды",
        "2021 қай облыста сайлаушылар ең белсенділері болды",
        "2021 kai oblysta sailaushylar en belsendi boldy",
        "2021 в какой области избиратели были самыми активными",
        "в каком регионе избиратели наиболее активны 2021",
        "where were voters most active in 2021",
        "which region had the most active voters in 2021",
    ))  # fmt: skip
    _read_as("turnout_extremes", "25.82", (
        "where were voters least active in 2023",
        "в каком регионе избиратели были наименее активны в 2023",
    ))  # fmt: skip
    # the most active region, as before
    assert match("ең белсенді облыс 2021").intent == "turnout_extremes"


def test_the_members_of_a_body_asked_in_a_later_clause_are_that_body_s() -> None:
    for question, members in (
        ("сколько депутатов избрала ассамблея народа и сколько ее членов голосовало", "351"),
        ("how many deputies did the assembly elect and how many of its members voted", "351"),
        ("ассамблея мәжіліске неше депутат сайлады және оның неше мүшесі дауыс берді", "351"),
        ("assambleya mazhiliske neshe deputat sailady zhane onyn neshe mushesi dauys berdi", "351"),
        ("сколько депутатов избрала ассамблея в 2016 и сколько ее членов голосовало", "372"),
    ):
        text = _plain(render.text(answer(question)))
        assert "9" in text and members in text, (question, text)
        assert "63" not in text, (question, text)  # not the election's turnout


def test_a_year_asked_after_the_assembly_s_vote_keeps_the_vote() -> None:
    for turns in (
        ("сколько членов апк голосовало в 2021", "а в 2016", "из скольких"),
        ("2021 жылы ассамблеяның неше мүшесі дауыс берді", "2016 ше", "қанша адамнан"),
        ("2021 zhyly assambleyanyn neshe mushesi dauys berdi", "2016 she", "qansha adamnan"),
        ("how many apk members voted in 2021", "and in 2016", "out of how many"),
    ):
        replies = ask_in_turn(*turns)
        year, out_of = (_plain(render.text(r)) for r in replies[1:])
        assert "372" in year and "446" in year, (turns, year)
        assert "446" in out_of, (turns, out_of)


def test_how_many_votes_after_the_assembly_s_top_candidate_are_that_vote_s() -> None:
    for turns in (
        ("who topped the apk vote for majilis deputies in 2021", "with how many votes",
         "and the lowest"),
        ("кто из депутатов от ассамблеи набрал больше всего голосов в 2021",
         "сколькими голосами", "а меньше всего"),
        ("2021 жылы ассамблеяда кім ең көп дауыс алды", "неше дауыспен", "ал ең азы ше"),
    ):  # fmt: skip
        _, votes, lowest = ask_in_turn(*turns)
        assert "298" in votes.headline, (turns, votes.headline)
        assert "270" in lowest.headline, (turns, lowest.headline)


def test_the_lowest_that_year_after_a_region_is_the_lowest_region() -> None:
    for turns in (
        ("turnout in north kazakhstan 2021", "and in 2023", "what was the lowest that year"),
        ("turnout in north kazakhstan 2021", "and in 2023", "and the lowest that year"),
        ("солтүстік қазақстанда келу 2021", "2023 те ше", "сол жылы ең төмені қандай болды"),
        ("soltustik qazaqstanda kelu 2021", "2023 te she", "sol zhyly en tomeni qandai boldy"),
        ("явка в северо-казахстанской области 2021", "а в 2023", "а самая низкая в том году"),
    ):
        headline = _plain(ask_in_turn(*turns)[-1].headline)
        assert "25,82" in headline or "25.82" in headline, (turns, headline)
    # said of the region itself, it is still a yes/no on that region
    assert ask_in_turn("явка в алматы 2023", "это самая низкая?")[-1].headline.startswith("Да")


def test_internal_observers_are_the_domestic_ones_not_held() -> None:
    for question in (
        "ішкі бақылаушылар саны 2021",
        "ishki baqylaushylar sany 2021",
        "сколько было внутренних наблюдателей в 2021",
        "internal observers 2021",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN, (question, reply.headline)
        assert "398" not in reply.headline, question
    follow = ask_in_turn("2021 неше шетелдік бақылаушы тіркелді", "ишки бакылаушылар ше")[-1]
    assert follow.kind is ReplyKind.UNKNOWN, follow.headline


def test_a_chart_asked_with_a_measure_shows_that_measure() -> None:
    for question in (
        "turnout 2016 2021 2023 for a chart pls",
        "явка 2016 2021 2023 для графика",
        "қатысу 2016 2021 2023 диаграмма үшін",
        "qatysu 2016 2021 2023 diagramma ushin",
    ):
        reply = answer(question)
        assert reply.chart is not None and reply.chart.kind == "compare", question
        assert dict(reply.chart.params).get("metric") == "turnout", question
        text = _plain(render.text(reply)).replace(",", ".")
        assert all(f in text for f in ("77.12", "63.25", "54.19")), (question, text)
    reply = answer("chart of turnout 2016 vs 2023")
    assert reply.chart is not None and dict(reply.chart.params).get("metric") == "turnout"
    # a kind of one election's chart is still drawn for the election asked
    reply = answer("seats chart 2016 and 2023")
    assert reply.chart is not None and reply.chart.kind == "parliament"


def test_an_english_verb_with_its_consonant_doubled_reads_as_its_base() -> None:
    for question, figure in (
        ("shymkent turnout dropped how much between 2021 and 2023", "11.04"),
        ("turnout dropped how much between 2021 and 2023", "9.06"),
    ):
        headline = answer(question).headline
        assert figure in headline, (question, headline)
    headline = answer("how much has turnout dropped since 2016").headline
    assert "13.87" in headline, headline


def test_a_change_after_a_follow_up_that_named_an_election_starts_from_the_default_one() -> None:
    for turns in (
        ("нур-султанда катысу канша болды", "2023 те астанада ше", "канша пайызга азайды"),
        ("nur-sultanda qatysu qansha boldy", "2023 te astanada she", "qansha payyzga azaidy"),
        ("явка в астане", "а в 2023", "на сколько процентов упала"),
        ("turnout in astana", "and in 2023", "by how many points did it fall"),
    ):
        headline = _plain(ask_in_turn(*turns)[-1].headline)
        assert "2,19" in headline or "2.19" in headline, (turns, headline)


def test_an_organisation_s_observers_lead_the_reply() -> None:
    for question in (
        "скольких наблюдателей прислало бдипч",
        "сколько наблюдателей прислало бдипч",
        "skolko nablyudateley prislalo bdipch",
        "ДИАҚБ неше бақылаушы жіберді",
        "how many observers did odihr send",
    ):
        headline = answer(question).headline
        assert "42" in headline and "398" not in headline, (question, headline)


def test_the_gap_between_the_regions_ends_is_computed() -> None:
    for question in (
        "разница между самой высокой и самой низкой явкой по регионам 2021",
        "gap between highest and lowest turnout region 2021",
        "difference between the highest and lowest regional turnout 2021",
        "облыстар арасында ең жоғары мен ең төмен келудің айырмасы 2021",
        "oblystar arasynda en zhogary men en tomen keludin aiyrmasy 2021",
    ):
        reply = answer(question)
        headline = _plain(reply.headline).replace(",", ".")
        assert "45.2" in headline, (question, headline)
        assert not reply.unhonoured, (question, reply.unhonoured)
    # both ends asked with no difference: each end, as before
    headline = answer("самая высокая и самая низкая явка по регионам 2021").headline
    assert "75,5" in headline and "45,2" not in headline, headline


def test_a_magnitude_word_alone_is_one_of_it() -> None:
    for question in (
        "did any party other than nur otan crack a million votes",
        "did any party besides nur otan get more than a million votes",
        "набрала ли какая-нибудь партия кроме нур отана больше миллиона голосов",
        "нур отаннан басқа партия миллионнан астам дауыс алды ма",
    ):
        reply = answer(question)
        headline = _plain(reply.headline)
        assert headline.startswith(("No", "Нет", "Жоқ")), (question, headline)
        assert "792" in headline, (question, headline)
    # several millions asked stay a question of how many
    assert match("сколько миллионов голосов у нур отана").intent == "party_votes"


def test_a_vote_count_claimed_of_any_party_is_decided_by_the_parties_votes() -> None:
    headline = answer("did any party except nur otan get more than 700000 votes").headline
    assert headline.startswith("Yes") and "792,828" in headline, headline
    headline = answer("did any party get more than a million votes in 2021").headline
    assert headline.startswith("Yes") and "5,148,074" in headline, headline


def test_the_day_of_the_week_is_decided_by_the_election_date() -> None:
    for question, yes in (
        ("was the vote on a sunday", "Yes"),
        ("was the 2023 election on a monday", "No"),
        ("was the election on a weekend", "Yes"),
        ("выборы прошли в воскресенье?", "Да"),
        ("выборы 2023 были в субботу?", "Нет"),
        ("сайлау жексенбі күні өтті ме", "Иә"),
        ("saylau zheksenbi kuni otti me", "Иә"),
    ):
        headline = answer(question).headline
        assert headline.startswith(yes), (question, headline)
    for question, day in (
        ("what day of the week was the election", "Sunday"),
        ("в какой день недели прошли выборы 2023", "воскресенье"),
        ("сайлау аптаның қай күні өтті", "жексенбі"),
    ):
        headline = answer(question).headline
        assert day in headline, (question, headline)


def test_who_headed_odihr_is_the_head_of_its_mission() -> None:
    for question in (
        "who headed odihr in 2023",
        "кто возглавлял бдипч в 2023",
        "ДИАҚБ-ны 2023 жылы кім басқарды",
        "diaqb 2023 zhyly kim basqardy",
    ):
        headline = answer(question).headline
        assert "Murphy" in headline or "Мерфи" in headline, (question, headline)
    follow = ask_in_turn(
        "who led the odihr mission in 2021",
        "how many foreign observers were accredited overall",
        "and who headed odihr in 2023",
    )[-1]
    assert "Murphy" in follow.headline, follow.headline
    # the foreign observers accredited: their count, "foreign" honoured
    reply = answer("how many foreign observers were accredited overall")
    assert "398" in reply.headline and not reply.unhonoured, reply.headline


def test_your_opinion_asks_advice_and_honestly_is_chatter() -> None:
    for question in (
        "ак жол лучше аманата? только честно твое мнение",
        "is ak zhol better than amanat? honestly your opinion",
        "ақ жол аманаттан жақсы ма? шынымды айтшы өз пікірің",
        "aq zhol amanattan zhaksy ma? shynymdy aitshy oz pikirin",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.REFUSAL, (question, reply.headline)
    # "fair" is still the observers' word
    assert match("выборы прошли честно?").intent == "osce_findings"


def test_a_forecast_of_a_party_said_by_two_names_asks_no_renaming() -> None:
    reply = answer("будет ли нур отан... ну аманат побеждать дальше, как думаешь")
    assert reply.kind is ReplyKind.REFUSAL, reply.headline
    assert match("адал раньше назывался бирлик?").intent == "renaming"
    # the most active region asked with a percentage is the turnout's extreme still
    assert match("ен белсенди облыс кайсы болды 2021 канша пайыз").intent == "turnout_extremes"
