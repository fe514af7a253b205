"""Round 66 (set AU's failures by cause): a share claimed to fewer places than it is held with
is the share rounded ("turnout was 63 %?" of 63.25 % is a yes); an English auxiliary standing
after its subject ("he is ...", "i have ...") or before a question word ("the gap is how
much") is a statement's order and asks no yes or no."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details)).replace("\xa0", " ").replace("\u202f", " ")


YES, NO = ("Yes", "Да", "Иә"), ("No", "Нет", "Жоқ")


def test_a_share_claimed_rounded_is_the_share() -> None:
    for question, figure in (
        ("so turnout in 2021 came to 63 percent, right?", "63.25%"),
        ("верно, что в 2021 году явка составила 63 процента?", "63,25"),
        ("2021 жылғы сайлауға келгендер 63 пайыз болды ғой, солай ма", "63,25"),
        ("ак жол в 2021 получил 11 процентов?", "10,95"),
    ):
        said = _said(answer(question))
        assert said.startswith(YES) and figure in said, (question, said)


def test_a_share_claimed_rounded_otherwise_is_not() -> None:
    for question, figure in (
        ("so turnout in 2021 came to 64 percent, right?", "63.25%"),
        ("верно, что в 2021 году явка составила 62 процента?", "63,25"),
        ("2021 жылғы сайлауға келгендер 64 пайыз болды ма", "63,25"),
    ):
        said = _said(answer(question))
        assert said.startswith(NO) and figure in said, (question, said)


def test_an_auxiliary_after_its_subject_asks_no_yes_or_no() -> None:
    for turns, figure in (
        (("voters on the rolls in 2023?", "and 2016", "the gap is how much"), "2,224,726"),
        (("2023 жылы неше сайлаушы тіркелді", "2016 ше", "айырмасы қанша"), "2 224 726"),
        (("сколько избирателей было в списках в 2023", "а в 2016", "разница какая"), "2 224 726"),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert figure in said and not said.startswith(YES + NO), (turns, said)
    said = _said(answer("we have a shop in shymkent, what was turnout there in 2023 vs 2021"))
    assert "45.46" in said and not said.startswith("I can't give"), said


def test_a_count_a_party_gathered_is_its_votes() -> None:
    for question, votes, share in (
        ("сколько же собрала партия Ауыл на выборах 2021", "383 023", "5,29"),
        ("2021 жылғы сайлауда ауыл партиясы қанша жинаған", "383 023", "5,29"),
        ("how much did the auyl party garner in 2021", "383,023", "5.29"),
    ):
        said = _said(answer(question))
        assert votes in said and share in said, (question, said)


def test_the_fewest_seats_among_the_parties_that_got_in() -> None:
    for question, party in (
        (
            "of the parties that made it into the majilis in 2023, which got the fewest seats",
            "Social Democratic",
        ),
        (
            "среди партий, прошедших в мажилис в 2023, у какой меньше всего мандатов",
            "социал-демократическая",
        ),
        (
            "2023 жылы мәжіліске өткен партиялардың ішінде ең аз орын алғаны қайсы",
            "социал-демократиялық",
        ),
    ):
        said = _said(answer(question))
        assert party in said and "4" in said and "Байта" not in said and "Baytaq" not in said, (
            question,
            said,
        )
    for turns, party in (
        (
            ("how many parties got seats in 2023", "which of them had the fewest"),
            "Social Democratic",
        ),
        (
            ("сколько партий прошло в мажилис в 2023", "а у какой из них меньше всего мест"),
            "социал-демократическая",
        ),
        (
            ("2023 жылы мәжіліске неше партия кірді", "солардың ең аз орын алғаны қайсы"),
            "социал-демократиялық",
        ),
    ):
        said = _said(ask_in_turn(*turns)[-1])
        assert party in said and "Байта" not in said and "Baytaq" not in said, (turns, said)


def test_a_greeting_before_which_party_won_leaves_the_winner() -> None:
    for question, figure in (
        ("hi there, which party won in 2023", "53.90%"),
        ("здравствуйте, какая партия выиграла в 2023", "53,90"),
        ("сәлеметсіз бе, 2023 жылы қай партия жеңіп шықты", "53,90"),
    ):
        said = _said(answer(question))
        assert figure in said, (question, said)
