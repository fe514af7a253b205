"""Round 56 (#12): a place beyond the winner asked by its ordinal ("which party came 4th",
"кто занял пятое место", "төртінші орынды қай партия алды", Latin-typed "chetvertoe mesto"):
the party in that place by votes with its votes, share and seats; a place beyond the last
party is said to be none; "and the fifth?" after one asks the next place."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details)).replace("\xa0", " ").replace("\u202f", " ")


def _placed(reply: Reply, place: int, *words: str) -> None:
    said = _said(reply)
    assert {f.name: f.value for f in reply.figures}.get("place") == str(place), said
    assert all(w in said for w in words), (words, said)


def test_an_ordinal_place_names_the_party_in_it_with_its_figures() -> None:
    for question, place, words in (
        ("which party came 4th in 2021 and with what share", 4, ("Auyl", "5.29%")),
        ("who was fifth in 2021", 5, ("Adal", "3.57%")),
        ("3rd place votes 2016", 3, ("Communist", "537,123")),
        ("who finished fouth in 2023", 4, ("Ak Zhol", "6 seats")),  # a typo
        ("кто занял четвертое место в 2023 и сколько мест", 4, ("Ак жол", "6 мест")),
        ("кто на 4-м месте в 2023", 4, ("Ак жол", "8,41")),
        ("chetvertoe mesto 2023", 4, ("Ак жол",)),
        ("2021 жылы төртінші орынды қай партия алды", 4, ("Ауыл", "5,29")),
        ("2016 жылы 3-ші орын кімде", 3, ("Коммунистік", "537 123")),
        ("2021 zhyly tortinshi orindy qai partiya aldy", 4, ("Ауыл",)),
    ):
        _placed(answer(question), place, *words)


def test_a_place_beyond_the_last_party_is_said_to_be_none() -> None:
    for question, words in (
        ("who was 8th in 2021", ("5 parties", "no place 8")),
        ("кто занял шестое место в 2021", ("5 партий", "6-го места не было")),
        ("2021 жылы алтыншы орын", ("5 партия", "6-орын болған жоқ")),
    ):
        reply = answer(question)
        assert all(w in _said(reply) for w in words), (question, _said(reply))


def test_the_next_ordinal_after_one_asks_that_place() -> None:
    for turns, words in (
        (("which party came fourth in 2021", "and the fifth?"), ("Adal",)),
        (("кто занял четвертое место в 2021", "а пятое?"), ("Адал",)),
        (("2021 жылы төртінші орынды қай партия алды", "ал бесінші ше?"), ("Адал",)),
        (("who came 4th in 2021", "and 5th?"), ("Adal",)),
        (("кто на четвертом месте в 2021", "а на пятом?"), ("Адал",)),
    ):
        _placed(ask_in_turn(*turns)[-1], 5, *words)


def test_it_after_an_ordinal_place_is_the_party_in_it() -> None:
    for turns, words in (
        (("who came 4th in 2023", "how many seats did it win"), ("Ak Zhol", "6 seats")),
        (("кто занял четвертое место в 2023", "сколько у неё мест"), ("Ак жол", "6 мест")),
        (("2023 жылы төртінші орын кімде", "оның неше орны бар"), ("Ақ жол", "6 орын")),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert all(w in said for w in words), (turns, said)


def test_an_ordinal_that_names_a_majilis_or_a_year_is_no_place() -> None:
    for question in (
        "how many seats in the 8th majilis",
        "who chaired the 7th convocation",
        "turnout in the 21th",
        "turnout on the 21st",
        "turnout on the 10th",
        "сколько мест у восьмого мажилиса",
    ):
        reply = answer(question)
        assert not any(f.name == "place" for f in reply.figures), (question, _said(reply))
