"""Round 38 (set W's failures by cause): Kazakh "could not" (-а алмады), "on which day",
comparisons asked with "салыстыр", a change "between" two years, sums with "барлығы", the
list's head, yes/no over several elections or two results of one party, regional party
results, campaign material declined, and follow-ups."""

from __future__ import annotations

from sailau.pipeline import answer


def test_a_kazakh_could_not_pass_asks_the_negated_claim() -> None:
    for question, word in (
        ("ауыл 2021 жылы шектен аса алмады ма", "Иә"),
        ("auyl shekten ote almady ma 2021", "Иә"),
        ("ақ жол мәжіліске кіре алмады ма", "Жоқ"),
        ("ақ жол мәжіліске кіре алды ма", "Иә"),
    ):
        headline = answer(question).headline
        assert headline.startswith(word), (question, headline)


def test_on_which_day_in_kazakh_asks_the_date() -> None:
    for question, date in (
        ("2023 сайлауы кай кунде болды", "19"),
        ("2021 жылғы сайлау қай күнде өтті", "10"),
        ("2016 сайлау kai kunde bolgan", "20"),
    ):
        headline = answer(question).headline
        assert date in headline and ("наурыз" in headline or "қаңтар" in headline), (
            question,
            headline,
        )
