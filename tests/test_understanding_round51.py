"""Round 51 (set AF's failures by cause): a figure asked with why another source gives another,
or quoted from elsewhere, gets the note on where the sources disagree; a party asked "under its
new / old name" is that party as it ran, no renaming asked."""

from __future__ import annotations

from reply_checks import plain_text
from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import Reply


def _head(reply: Reply) -> str:
    """The reply's first line, figures with plain spaces."""
    return plain_text(reply).splitlines()[0]


def test_a_figure_asked_with_why_another_source_differs_gets_the_note_on_it() -> None:
    for question, official, other in (
        ("official turnout in 2021 and why is the ipu number lower", "63.25%", "60.8%"),
        ("why is the ipu turnout figure for 2021 lower", "63.25%", "60.8%"),
        ("явка 2021 и почему у МПС она ниже", "63,25 %", "60,8 %"),
        ("yavka 2021 i pochemu u ipu nizhe", "63,25 %", "60,8 %"),
        ("2021 жылғы келу қанша және неге парламентаралық одақта ол төмен", "63,25 %", "60,8 %"),
        ("registered voters 2021 according to the ipu", "11,919,241", "11,915,903"),
    ):
        reply = answer(question)
        said = plain_text(reply)
        assert official in _head(reply) and other in said, (question, said)
    # no source asked, no figure quoted: no note
    assert "60.8" not in plain_text(answer("what was the turnout in 2021"))


def test_a_figure_quoted_from_elsewhere_is_checked_and_the_note_on_it_given() -> None:
    for question, no in (
        ("amanat's votes in 2023 - i've seen 3,341,510 somewhere, which is right?", "No."),
        ("голоса аманата в 2023: я видел в статье 3 341 510, какая цифра правильная?", "Нет."),
        ("golosa amanata v 2023, ya videl 3 341 510, kakaya cifra pravilnaya", "Нет."),
        ("2023 жылы аманаттың дауысы: мақалада 3 341 510 деп көрдім, қайсысы дұрыс?", "Жоқ."),
        ("turnout in 2021, i've seen 60.8% too, which is correct", "No."),
        ("ipu says 11,915,903 registered voters, is that the official number", "No."),
    ):
        reply = answer(question)
        said = plain_text(reply)
        assert reply.headline.startswith(no), (question, said)
        assert any(s in said for s in ("Kazinform", "Казинформ", "IPU")), (question, said)


def test_a_party_under_its_new_or_old_name_is_the_party_as_it_ran() -> None:
    *_, renamed = ask_in_turn("nur otan's votes in 2021", "and under its new name in 2023")
    assert "3,431,510" in plain_text(renamed), plain_text(renamed)
    for first, then, share in (
        ("процент адал в 2021", "а в 2016 под старым названием?", "0,29 %"),
        ("protsent adal v 2021", "a v 2016 pod starym nazvaniem?", "0,29 %"),
        ("адал 2021 жылы неше пайыз алды", "ал 2016 да ескі атымен ше", "0,29 %"),
    ):
        *_, old = ask_in_turn(first, then)
        assert share in plain_text(old) and old.intent == "party_share", (then, plain_text(old))
    # "старейший" is the oldest, its lemma "старый" alone is no age
    assert answer("кто старейший депутат").unhonoured


def test_a_partys_share_of_the_list_vote_is_its_share() -> None:
    for question, share in (
        ("what share of the party-list vote did respublica get in 2023", "8.59%"),
        ("respublica party-list votes 2023", "547,154"),
        ("какую долю голосов по партийным спискам получила республика в 2023", "8,59 %"),
        ("республика 2023 жылы партиялық тізімдер бойынша қанша пайыз алды", "8,59 %"),
    ):
        reply = answer(question)
        assert share in _head(reply) and not reply.unhonoured, (question, plain_text(reply))


def test_list_seats_under_a_threshold_are_the_what_if_split() -> None:
    for question, seats in (
        ("how many list seats would each party get in 2021 under a 5% threshold", "72"),
        ("сколько мест по спискам получили бы партии в 2021 при барьере 5%", "72"),
        ("2021 жылы шек 5 пайыз болса партиялар тізім бойынша неше орын алар еді", "72"),
        ("how many seats did auyl get in 2021 under a 5% threshold", "6"),
    ):
        reply = answer(question)
        assert reply.intent == "whatif" and not reply.unhonoured, (question, plain_text(reply))
        assert seats in reply.headline, (question, reply.headline)
    # the election's own threshold: the official seats, of the list
    reply = answer("respublica's share in 2023 and how many list seats under the 5% threshold")
    assert "8.59%" in reply.headline and "6 seats" in reply.headline, plain_text(reply)


def test_list_seats_after_a_share_still_asks_the_seats() -> None:
    for first, then in (
        ("amanat share 2023", "list seats?"),
        ("доля аманата в 2023", "а по спискам?"),
        ("аманат 2023 жылы неше пайыз алды", "тізім бойынша ше"),
    ):
        *_, seats = ask_in_turn(first, then)
        assert "40" in seats.headline, (first, plain_text(seats))


def test_a_rate_across_elections_is_the_shares_compared() -> None:
    for question, gap in (
        ("invalid ballot rate 2016 vs 2021", "3.38"),
        ("доля недействительных бюллетеней 2016 против 2021", "3,38"),
        ("2016 бен 2021 жарамсыз бюллетеньдер үлесі салыстыр", "3,38"),
    ):
        headline = answer(question).headline
        assert gap in headline, (question, headline)


def test_votes_including_against_all_and_single_member_races() -> None:
    for question in (
        "total votes in 2023 incl. against all",
        "всего голосов в 2023 включая против всех",
        "2023 жылы барлығына қарсы дауыстарды қоса алғанда барлығы қанша дауыс",
    ):
        assert "366" in plain_text(answer(question)), question
    said = plain_text(answer("how many candidates were registered in the 2023 single-member races"))
    assert "435" in said, said


def test_past_the_cutoff_is_passing_it() -> None:
    for question, no in (
        ("did auyl make it past the cutoff in 2021", "No. Auyl won 5.29%"),
        ("did auyl get past the barrier in 2021", "No. Auyl won 5.29%"),
        ("прошёл ли ауыл барьер в 2021", "Нет"),
        ("ауыл 2021 жылы шектен өтті ме", "Жоқ"),
    ):
        headline = answer(question).headline
        assert headline.startswith(no) and "5" in headline, (question, headline)


def test_was_that_the_top_region_asks_it_of_the_region_before() -> None:
    for first, then, no, top in (
        ("turnout in north kazakhstan 2023", "was that the top region too", "No.", "67.21%"),
        ("явка в северо-казахстанской области 2023", "это был самый активный регион?", "Нет.",
         "67,21 %"),
        ("солтүстік қазақстан облысында 2023 жылы келу", "бұл ең белсенді облыс па", "Жоқ.",
         "67,21 %"),
    ):  # fmt: skip
        *_, yes_no = ask_in_turn(first, then)
        assert yes_no.headline.startswith(no) and top in _head(yes_no), (
            then,
            plain_text(yes_no),
        )
    *_, yes = ask_in_turn("turnout in kyzylorda 2023", "was it the top region")
    assert yes.headline.startswith("Yes."), plain_text(yes)
