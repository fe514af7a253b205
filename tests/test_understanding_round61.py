"""Round 61 (sets AK, AL, AO: Russian, Kazakh and dialogue failures by cause): a region's
adjective cut short before "обл" ("павлод обл"), a two-digit year stated with no figure ("явка
23?" asks 2023, states nothing) or set against another two-digit year ("в 23 ... чем в 21"),
hours said as bare figures after a preposition ("на 20 и на 22"), a Russian word cut short
("воздерж"), "ннп" for the People's Party, and a region's figure set against the national one
in a follow-up."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer, match
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details)).replace("\xa0", " ").replace("\u202f", " ")


def test_a_region_cut_short_before_obl_is_that_region() -> None:
    for question, region, figure in (
        ("явка павлод обл 23", "pavlodar", "58,68"),
        ("сколько процентов пришло в алмат. обл. в 2021", "almaty_region", "73,5"),
        ("какая явка была в костан обл в 21 году", "kostanay", "2021"),
    ):
        assert match(question).slots.get("region") == region, question
        assert figure in _said(answer(question)), question


def test_a_short_year_closing_a_question_states_no_figure() -> None:
    reply = answer("явка павлод обл 23?")
    assert not _said(reply).startswith("Однозначно"), _said(reply)
    assert match("явка 23?").frame.form == "value"
    assert "54,19" in _said(answer("явка 23?"))
    assert "54.19" in _said(answer("turnout 23?"))


def test_a_short_year_set_against_another_is_a_year() -> None:
    ru = answer("у нур отана в 23 мест меньше, чем в 21?")
    assert _said(ru).startswith("Да"), _said(ru)
    assert "62" in _said(ru) and "76" in _said(ru)
    en = answer("did ak zhol get fewer votes in 23 than in 21?")
    assert _said(en).startswith("Yes"), _said(en)
    assert "257,689" in _said(en)
    kk = answer("ақ жол 23 те 21 дегіге қарағанда аз дауыс алды ма")
    assert _said(kk).startswith("Иә"), _said(kk)
    # a year written whole sets no two digits against it: "в 16 регионах" stays a count
    assert 2016 not in match("в 2021 году в 16 регионах явка была выше 70%?").frame.years


def test_bare_hours_after_a_preposition_are_times_of_the_turnout() -> None:
    for question, figures in (
        ("атырау явка на 20 и на 22", ("55,5", "56,4")),
        ("kostanay turnout at 20 and at 22", ("71.8",)),
        ("атырау келу сағат 20 мен 22", ("55,5", "56,4")),
    ):
        said = _said(answer(question))
        assert all(f in said for f in figures), (question, said)
    # a change by a figure stays a figure
    assert not match("явка упала на 20?").frame.narrow


def test_a_russian_word_cut_short_is_the_word_it_begins() -> None:
    said = _said(answer("сколько воздерж при утверждении мамина"))
    assert "21" in said
    assert "12" in _said(answer("скольк мест у ак жола в 2021"))


def test_nnp_is_the_peoples_party() -> None:
    said = _said(answer("на сколько голосов ак жол опередил ннп в 2021"))
    assert "133 809" in said, said


def test_a_regions_figure_set_against_the_national_one_keeps_the_region() -> None:
    en = ask_in_turn("turnout in pavlodar region in 2023", "was it higher than nationally?")
    assert _said(en[1]).startswith("Yes"), _said(en[1])
    assert "58.68" in _said(en[1]) and "54.19" in _said(en[1])
    ru = ask_in_turn("явка в атырауской области в 2021", "это выше, чем по стране?")
    assert _said(ru[1]).startswith("Нет"), _said(ru[1])
    assert "56,4" in _said(ru[1])
    kk = ask_in_turn(
        "2021 жылы атырау облысында келу қанша", "бұл ел бойынша көрсеткіштен жоғары ма?"
    )
    assert _said(kk[1]).startswith("Жоқ"), _said(kk[1])
    assert "63,25" in _said(kk[1])
    # "and nationally?" alone is still the country's own figure
    again = ask_in_turn("turnout in pavlodar region in 2023", "and nationally?")
    assert "Pavlodar" not in again[1].headline


def test_an_organisation_named_alone_after_observers_is_its_count() -> None:
    ru = ask_in_turn("сколько иностранных наблюдателей было в 2021", "от бдипч")
    assert ru[1].intent == "observers", ru[1].intent
    assert "42" in _said(ru[1])
    kk = ask_in_turn("2021 жылы неше шетелдік байқаушы болды", "ЕҚЫҰ ДИАҚБ-дан")
    assert kk[1].intent == "observers" and "42" in _said(kk[1])
    en = ask_in_turn("how many foreign observers came in 2021", "from the sco")
    assert "15" in _said(en[1])
    # named alone after a figure no organisation narrows, it is a question of its own
    assert ask_in_turn("явка 2021", "от бдипч")[1].intent != "observers"


def test_which_got_more_compares_the_two_asked_in_turn() -> None:
    kk = ask_in_turn("2023 жылы ауыл неше пайыз жинады", "халық партиясы ше", "қайсысы көп алды")
    assert "10,90" in _said(kk[2]) and "6,80" in _said(kk[2]), _said(kk[2])
    ru = ask_in_turn("сколько мест у ауыла в 2023", "а у народной партии", "у кого больше?")
    assert "на 3 места больше" in _said(ru[2]), _said(ru[2])
    en = ask_in_turn("respublica votes in 2023", "and ak zhol?", "which got more?")
    assert "12,015" in _said(en[2]), _said(en[2])


def test_a_figure_after_the_assembly_vote_stays_the_assemblys() -> None:
    kk = ask_in_turn("ассамблея мәжіліс депутаттарын қашан сайлады", "қанша адам дауыс берді")
    assert "351" in _said(kk[1]) and "63,25" not in _said(kk[1]), _said(kk[1])
    ru = ask_in_turn("когда ассамблея народа избрала депутатов", "а больше всего голосов?")
    assert "298" in _said(ru[1]), _said(ru[1])
    en = ask_in_turn("when did the assembly elect its deputies", "how many people voted")
    assert "351" in _said(en[1]), _said(en[1])
    # an election named takes the follow-up back to the election
    back = ask_in_turn("when did the assembly elect its deputies", "and turnout in 2021?")
    assert "63.25" in _said(back[1])


def test_an_hour_after_a_latin_typed_hour_word_is_a_time() -> None:
    said = _said(answer("sailau kuni sagat 20da kelu kansha boldy"))
    assert "63,1" in said, said
    assert "43.9" in _said(answer("turnout at 14 oclock in 2021"))
    assert "43,9" in _said(answer("явка в 14 часов 2021"))


def test_a_partys_results_in_each_region_are_not_held() -> None:
    for question, words in (
        ("результаты ак жола по каждому региону за 2021", "по регионам"),
        ("ауыл партиясының 2021 жылғы нәтижелері әр облыс бойынша", "өңірлік нәтижелері"),
        ("nur otan results in each region in 2021", "by region"),
    ):
        reply = answer(question)
        assert reply.intent == "regional_results", (question, reply.intent)
        assert words in _said(reply), (question, _said(reply))


def test_the_exit_polls_error_asked_again_of_another_party() -> None:
    en = ask_in_turn(
        "what did the 2021 exit poll give ak zhol",
        "how far off was it from the result",
        "and auyl?",
    )
    assert not _said(en[1]).startswith(("Yes", "No", "I can't")), _said(en[1])
    assert "0.77" in _said(en[1])
    assert "0.46" in _said(en[2]), _said(en[2])
    ru = ask_in_turn("экзитпол по ауылу 2021", "насколько он промахнулся", "а по адалу?")
    assert "0,46" in _said(ru[1]) and "0,50" in _said(ru[2]), _said(ru[2])
    kk = ask_in_turn(
        "2021 жылғы экзитпол адалға неше пайыз берді",
        "ресми нәтижеден айырмасы қанша",
        "ауылға ше?",
    )
    assert "0,46" in _said(kk[2]), _said(kk[2])


def test_a_kazakh_short_year_with_its_case_typed_apart_is_set_against_the_other() -> None:
    reply = answer("23 те аманат 21 ден көп орын алды ма")
    assert _said(reply).startswith("Жоқ"), _said(reply)
    assert "62" in _said(reply) and "76" in _said(reply)
    # a figure that is no election's stays a figure
    assert _said(answer("2023 те ауыл 5 тен көп орын алды ма")).startswith("Иә")


def test_latin_typed_kazakh_with_one_russian_word_is_replied_in_kazakh() -> None:
    reply = answer("ak zhol 2016 men 2021 arasynda mest kanshaga osti")
    assert reply.lang == "kk", _said(reply)
    assert "5 орын" in _said(reply)
    assert answer("skolko procentov nabral ak zhol v 2021 godu").lang == "ru"
    assert answer("ak zhol vote share 2021").lang == "en"


def test_the_same_pair_of_extremes_for_another_election() -> None:
    en = ask_in_turn("highest turnout by region in 2021", "and the lowest?", "same pair for 2023")
    assert "67.21" in _said(en[2]) and "25.82" in _said(en[2]), _said(en[2])
    ru = ask_in_turn("самая высокая явка по регионам в 2021", "а самая низкая", "а обе в 2023")
    assert "67,21" in _said(ru[2]) and "25,82" in _said(ru[2]), _said(ru[2])
    kk = ask_in_turn(
        "2021 жылы қай облыста келу ең жоғары болды", "ең төмені ше", "2023 жылы екеуі де"
    )
    assert "67,21" in _said(kk[2]) and "25,82" in _said(kk[2]), _said(kk[2])


def test_votes_in_favour_of_the_prime_minister() -> None:
    en = ask_in_turn("who became prime minister after the 2021 vote", "vote count in favour?")
    assert "78" in _said(en[1]), _said(en[1])
    assert "78" in _said(answer("how many deputies voted in favour of mamin"))
    ru = ask_in_turn("кого утвердили премьером после выборов 2021", "сколько голосов за?")
    assert "78" in _said(ru[1])
    kk = ask_in_turn(
        "2021 сайлаудан кейін премьер болып кім бекітілді", "жақтап неше дауыс берілді"
    )
    assert "78" in _said(kk[1])
    # asked of the bot itself, it is advice, declined with no figure
    assert answer("are you in favour of amanat").intent == "neutrality"
