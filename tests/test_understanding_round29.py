"""Round 29 (issue 12): follow-ups and computed figures (docs/understanding.md, conversation
rule 16). Our own wording, in all three languages."""

from __future__ import annotations

from reply_checks import plain_text
from test_pipeline import ask_in_turn


def test_a_party_after_a_question_no_party_is_asked_of_gets_its_own_answer() -> None:
    for turns, share in (
        (("who became speaker after the 2021 election", "and Amanat?"), "71.09"),
        (("кто стал спикером после выборов 2021 года", "а Аманат?"), "71,09"),
        (("2021 сайлаудан кейін спикер кім болды", "ал аманат ше?"), "71,09"),
        (("2021 saılaudan keıin spıker kim boldy", "al amanat she"), "71,09"),
        (("who was prime minister after the 2021 vote", "what about ak zhol?"), "10.95"),
    ):
        _, party = ask_in_turn(*turns)
        assert party.intent != "speaker" and share in plain_text(party), turns
    # a measure a party is asked of still carries: "who chaired the Mäjilis" - "and Nur Otan?"
    _, leader = ask_in_turn("who chaired the majilis in 2021", "and nur otan?")
    assert leader.intent == "party_leader"


def test_same_for_a_year_asks_the_previous_question_again() -> None:
    for turns, intent, said in (
        (("how many seats did ak zhol win in 2021", "same for 2023"), "party_seats", "6 seats"),
        (("сколько мест получил ак жол в 2021", "то же для 2023"), "party_seats", "6 мест"),
        (("какая была явка в 2021 году", "то же самое для 2023"), "turnout", "54,19"),
        (("ақ жол 2021 жылы неше орын алды", "2023 үшін де солай"), "party_seats", "6 орын"),
    ):
        _, again = ask_in_turn(*turns)
        text = plain_text(again)
        assert again.intent == intent and said in text, turns
        assert not text.startswith(("Да", "Yes", "Иә")), turns  # no yes/no read from "the same"


def test_same_for_a_year_keeps_a_yes_no_and_every_part() -> None:
    for turns, verdict in (
        (("did auyl pass the threshold in 2021", "same for 2023"), "Yes"),
        (("прошел ли ауыл барьер в 2021", "то же для 2023"), "Да"),
        (("ауыл 2021 жылы шектен өтті ме", "2023 үшін де солай"), "Иә"),
    ):
        _, again = ask_in_turn(*turns)
        assert plain_text(again).startswith(verdict), turns
    for turns, turnout in (
        (("who won in 2021 and what was the turnout", "same for 2023"), "54.19"),
        (("кто победил в 2021 и какая была явка", "то же для 2016"), "77,12"),
    ):
        _, again = ask_in_turn(*turns)
        text = plain_text(again)
        assert again.intent == "winner" and turnout in text, turns


def test_together_after_two_parties_is_their_sum() -> None:
    for turns, total in (
        (("how many seats did ak zhol and ppk get in 2021", "and together?"), "22 seats"),
        (("how many votes did ak zhol and auyl get in 2021", "both together"), "1,175,851"),
        (("сколько голосов у ак жол и ауыл в 2021", "а вместе?"), "1 175 851"),
        (("ақ жол мен халық партиясы 2021 жылы неше орын алды", "екеуі қосқанда"), "22 орын"),
        # a party with no seats adds nothing, but the sum is still given
        (("сколько мест у ак жол и ауыл в 2021", "а вместе?"), "Вместе — 12 мест"),
        # shares of one election add up too
        (("what share did ak zhol and ppk get in 2021", "combined"), "20.05%"),
        (("ақ жол мен халық партиясы 2021 жылы неше пайыз алды", "екеуі қосқанда"), "20,05"),
    ):
        _, summed = ask_in_turn(*turns)
        assert total in plain_text(summed), turns


def test_together_after_two_parties_asked_in_turn_is_their_sum() -> None:
    for turns, total in (
        (
            ("ақ жол 2021 неше дауыс алды", "халық партиясы ше", "екеуі қосқанда неше орын"),
            "22 орын",
        ),
        (("how many seats did ak zhol win in 2021", "and ppk?", "both together"), "22 seats"),
        (("сколько мест у ак жол в 2021", "а у нпк?", "а вместе?"), "Вместе — 22 места"),
    ):
        *_, summed = ask_in_turn(*turns)
        assert total in plain_text(summed), turns
    # alone, "how many seats in total" is still the chamber's
    (chamber,) = ask_in_turn("барлығы неше орын 2021")
    assert "107" in plain_text(chamber)


def test_the_election_named_after_a_referendum_question_leaves_the_referendum() -> None:
    for turns, turnout in (
        (("how many voted for the 2022 referendum", "and turnout at the election?"), "63.25"),
        (("сколько проголосовали за на референдуме 2022", "а явка на выборах?"), "63,25"),
        (("2022 референдумда неше пайыз қолдады", "ал сайлауға келу қанша"), "63,25"),
    ):
        _, election = ask_in_turn(*turns)
        assert election.intent == "turnout" and turnout in plain_text(election), turns
    # the referendum's turnout is held: a bare "and turnout?" stays on it (rule 6)
    _, stays = ask_in_turn("how many voted for the 2022 referendum", "and turnout?")
    assert stays.intent == "referendum" and "68" in plain_text(stays)
    # a vote is no election named: "what % voted yes" stays on the referendum
    _, yes = ask_in_turn("when was the referendum", "what % voted yes")
    assert yes.intent == "referendum" and "77.18" in plain_text(yes)


def test_a_share_of_a_whole_is_computed_from_the_two_counts() -> None:
    for question, said in (
        ("what share of deputies are women", "29 of the 107 deputies"),
        ("какая доля депутатов женщины", "29 из 107 депутатов: 27,10 %"),
        ("депутаттардың қанша пайызы әйелдер", "107 депутатының ішінде 29 әйел болды — 27,10 %"),
        (
            "what percent of seats did nur otan get",
            "76 of the 98 seats filled at the election: 77.55%",
        ),
        ("какой процент мест получил нур отан", "76 из 98 мест"),
        ("нұр отан орындардың қанша пайызын алды", "98 орынның 76 орнын алды — 77,55 %"),
    ):
        (reply,) = ask_in_turn(question)
        text = plain_text(reply)
        assert said in text, question
        assert not text.startswith(
            ("Nur Otan won 71.09", "В 2021 году партия «Нур Отан» набрала")
        ), question
    # asked of the party the answer named; "its vote share" after its seats is the vote's
    _, amanat = ask_in_turn("which party won in 2023", "what percent of seats did it get")
    assert "62 of the 98 seats" in plain_text(amanat)
    *_, vote_share = ask_in_turn("how many seats did auyl get", "what about its vote share")
    assert vote_share.headline.startswith("Auyl won 5.29% of the vote")
    # a share of the vote is still the stored one
    (vote,) = ask_in_turn("what percent of the vote did nur otan get")
    assert plain_text(vote).startswith("Nur Otan won 71.09%")


def test_the_seats_filled_from_party_lists_lead() -> None:
    for question, said in (
        ("seats filled from party lists in 2023", "69 of the Mäjilis' 98 seats"),
        ("партийные списки 2023 сколько мест", "по партийным спискам избраны 69 из 98"),
        ("сколько мест по партийным спискам в 2023", "избраны 69 из 98"),
        ("2023 жылы партиялық тізіммен неше орын толтырылды", "98 орнының 69 орны"),
        ("how many single-member district seats in 2023", "29 of the Mäjilis' 98 seats"),
    ):
        (reply,) = ask_in_turn(question)
        assert reply.intent == "chamber_size" and said in reply.headline.replace("\xa0", " "), (
            question
        )
    (lists,) = ask_in_turn("сколько кандидатов в партийных списках 2023")
    assert lists.intent == "candidates"
