"""Round 37 (sets U and V by cause): chit-chat about the bot itself, follow-ups asking how many
votes a figure had or what it was out of, sums and gaps of the two figures just given."""

from __future__ import annotations

import re

from test_pipeline import ask_in_turn

from sailau import render
from sailau.pipeline import answer
from sailau.reply import ReplyKind


def _text(question: str) -> str:
    return render.text(answer(question))


def test_chit_chat_about_the_bot_gets_its_own_reply_with_no_figure() -> None:
    for question, start in (
        ("haha you're a chatbot right", "Yes, I'm a bot"),
        ("r u human or a robot", "Yes, I'm a bot"),
        ("who built you lol", "Yes, I'm a bot"),
        ("вы вообще живой человек?", "Да, я бот"),
        ("ты робот что ли", "Да, я бот"),
        ("кто вас создал", "Да, я бот"),
        ("сен робот па", "Иә, мен ботпын"),
        ("сіз тірі адамсыз ба", "Иә, мен ботпын"),
        ("сені кім жасаған", "Иә, мен ботпын"),
    ):
        reply = answer(question)
        assert reply.intent == "bot_self", (question, reply.intent)
        assert reply.headline.startswith(start), (question, reply.headline)
        assert not re.search(r"\d", " ".join((reply.headline, *reply.details))), question
        assert reply.kind is ReplyKind.INFO
    # the bot's description is still the bot's description
    for question in ("what is this bot", "что это за бот", "бұл қандай бот"):
        assert answer(question).intent == "about", question


def test_voted_against_all_is_against_all_not_the_approval_vote() -> None:
    for question, figure in (
        ("how many ppl voted against all in 2023", "248,291"),
        ("number of voters voting against all", "248,291"),
        ("сколько людей голосовали против всех", "248\xa0291"),
        ("барлығына қарсы неше адам дауыс берді", "248\xa0291"),
    ):
        reply = answer(question)
        assert figure in reply.headline, (question, reply.headline)
    assert "78" in answer("how many deputies voted against mamin").headline


def test_a_single_mandate_seat_is_a_district_not_the_seat_split() -> None:
    for question in (
        "which party took the single mandate seat in almaty in 2023",
        "who won the single-mandate constituency of shymkent 2023",
    ):
        reply = answer(question)
        assert reply.kind is ReplyKind.UNKNOWN, (question, reply.kind)
        assert "62" not in reply.headline, question
    assert "29" in answer("how many single mandate seats were there in 2023").headline


def test_observers_who_came_from_abroad_are_the_foreign_observers() -> None:
    for question, figure in (
        ("шет елден келген бақылаушылар нешеу болды", "398"),
        ("shetelden kelgen baqylaushylar qansha", "398"),
        ("наблюдатели из-за границы сколько их было", "398"),
    ):
        reply = answer(question)
        assert reply.intent == "observers", (question, reply.intent)
        assert figure in reply.headline, (question, reply.headline)


def test_kazakh_and_russian_add_verbs_ask_the_parties_sum() -> None:
    for question, total in (
        ("ақ жол мен ауыл екеуін қоссақ неше орын", "12"),
        ("nur otan men aq jol ekeui qosyp qansha oryn aldy", "88"),
        ("адал мен ауыл екеуін қосса неше дауыс болады", "641\xa0641"),
        ("если сложить ак жол и народную партию сколько мест", "22"),
    ):
        reply = answer(question)
        assert f"— {total}" in reply.headline, (question, reply.headline)
    *_, both = ask_in_turn("адал қанша дауыс жинады", "ауыл ше", "екеуін қосып нешеу")
    assert "641\xa0641" in both.headline, both.headline


def test_kazakh_approve_and_premiership_are_the_approval_vote() -> None:
    for question in (
        "мәжіліс маминді премьерлікке неше дауыспен мақұлдады",
        "маминнің кандидатурасын мақұлдау кезінде неше депутат жақтады",
    ):
        assert "78" in answer(question).headline, question
    assert answer("маминді мақұлдады ма").headline.startswith("Иә"), "yes/no"


def test_by_how_many_votes_after_an_approval_is_that_vote() -> None:
    for questions in (
        ("2021 жылы кім премьер-министр болып бекітілді", "қанша дауыспен"),
        ("who was approved as prime minister in 2021", "with how many votes?"),
        ("кого утвердили премьер-министром в 2021", "сколькими голосами"),
    ):
        *_, last = ask_in_turn(*questions)
        assert "78" in last.headline, (questions, last.headline)


def test_out_of_how_many_asks_the_count_again_with_its_whole() -> None:
    for questions, whole in (
        (("how many assembly members cast a vote in 2016", "of how many?"), "446"),
        (("сколько членов АНК проголосовало в 2016", "а из скольких всего"), "446"),
        (("2016 жылы ассамблеяның қанша мүшесі дауыс берді", "қанша адамнан"), "446"),
        (("how many people voted in 2021", "out of how many"), "11,919,241"),
    ):
        *_, last = ask_in_turn(*questions)
        assert whole in render.text(last), (questions, last.headline)
    assert answer("out of how many").kind is ReplyKind.INFO  # alone: nothing to lean on


def test_a_gap_after_the_regions_two_ends_is_between_them() -> None:
    for questions, gap in (
        (("2021 жылы келу ең жоғары облыс қайсы", "ал ең төмені ше", "арасы қанша"), "45,2"),
        (("где была самая низкая явка в 2021", "а самая высокая", "какая разница"), "45,2"),
        (
            ("which region had the highest turnout in 2021", "and the lowest", "what's the gap"),
            "45.2",
        ),
    ):
        *_, last = ask_in_turn(*questions)
        assert gap in last.headline, (questions, last.headline)
    assert "45.2" in answer("gap between the highest and lowest turnout 2021").headline


def test_a_figure_supposed_after_the_threshold_is_a_what_if_threshold() -> None:
    for questions, first, second in (
        (
            ("what was the cutoff in 2021", "if it was 5 how many seats for auyl", "and at 3"),
            "6 seats",
            "5 seats",
        ),
        (
            ("барьер в 2021 какой", "а будь он 5, сколько мест у ауыла", "а при 3"),
            "6 мест",
            "5 мест",
        ),
        (
            ("2021 жылғы өту шегі қанша", "егер 5 болса ауылға неше орын", "ал 3 болса ше"),
            "6 орын",
            "5 орын",
        ),
    ):
        _, five, three = ask_in_turn(*questions)
        assert first in five.headline, (questions, five.headline)
        assert second in three.headline, (questions, three.headline)


def test_every_observer_organisation_held_can_be_named() -> None:
    for question, figure in (
        ("how many observers did the european union send", "2"),
        ("how many observers came from the organisation of islamic cooperation", "4"),
    ):
        reply = answer(question)
        assert reply.intent == "observers", question
        assert f"sent {figure} observers" in render.text(reply), (question, reply.headline)
    for question, name in (
        ("сколько наблюдателей прислал евросоюз", "Представительство ЕС — 2"),
        ("ео өкілдігінен неше бақылаушы болды", "ЕО өкілдігі — 2"),
    ):
        assert name in render.text(answer(question)), question
    *_, eu = ask_in_turn("how many observers did the sco send", "and the eu delegation?")
    assert "2 observers" in eu.headline, eu.headline


def test_a_party_after_a_count_no_party_has_takes_the_count_said() -> None:
    for questions, figure in (
        (("how many votes were cast against all in 2023", "and for baytaq?"), "146,431"),
        (("сколько голосов против всех было в 2023", "а у партии байтак"), "146\xa0431"),
        (("2023 жылы барлығына қарсы қанша дауыс болды", "байтақ ше"), "146\xa0431"),
    ):
        *_, last = ask_in_turn(*questions)
        assert figure in last.headline, (questions, last.headline)


def test_got_in_before_a_year_is_no_passing() -> None:
    *_, more = ask_in_turn(
        "respublica's votes in 2023",
        "what about auyl",
        "how many more is this than auyl got in 2021",
    )
    assert "310,915" in more.headline, more.headline
    assert answer("did auyl get in in 2021").headline.startswith("No"), "still passing"
    assert answer("which parties got in in 2021").intent == "passed_threshold"


def test_the_parties_other_than_one_named_are_counted_and_summed() -> None:
    for question, total in (
        ("how many seats did the parties other than amanat win in 2023", "Together: 29 seats"),
        ("сколько мест получили партии кроме нур отана в 2021", "Вместе — 22 места"),
        ("нұр отаннан басқа партиялар 2021 жылы неше орын алды", "Барлығы — 22 орын"),
        ("сколько голосов у всех партий кроме аманата 2023", "Вместе — 2\xa0686\xa0640"),
    ):
        reply = answer(question)
        assert total in reply.headline, (question, reply.headline)
    # "other than" compares nothing; which parties passed besides one is still that list
    assert answer("which parties other than amanat got in 2023").headline.startswith("Besides")
    assert answer("did nur otan win more seats than ak zhol").headline.startswith("Yes")


def test_a_gap_between_against_all_and_a_party_asked_after_its_votes() -> None:
    for questions, gap in (
        (
            (
                "how many votes went against all in 2023",
                "and baytaq?",
                "by how much more against all",
            ),
            "101,860",
        ),
        (
            ("голосов против всех в 2023 сколько", "а за байтак", "против всех на сколько больше"),
            "101\xa0860",
        ),
        (
            ("2023 жылы барлығына қарсы неше дауыс", "ал байтақ ше", "барлығына қарсы қаншаға көп"),
            "101\xa0860",
        ),
    ):
        *_, last = ask_in_turn(*questions)
        assert gap in last.headline, (questions, last.headline)
        assert "248" in last.headline and "146" in last.headline, last.headline
