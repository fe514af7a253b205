"""Round 68 (claims put up for checking, set AT above all): a statement closed by "true or
false", "правда или ложь", "рас па өтірік пе", opened by "claim:" / "тұжырым:", or closed by
"Confirm." / "Verify." / "Проверьте." / "Тексеріңіз." is a yes/no on the claim stated — the
closing word is never the PM's approval vote; a claim counted as none ("zero votes against",
"ноль голосов против", "қарсы нөл дауыс") is the claim denied."""

from __future__ import annotations

from sailau.pipeline import answer
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return "\n".join((reply.headline, *reply.details)).replace("\xa0", " ").replace("\u202f", " ")


YES, NO = ("Yes", "Да", "Иә"), ("No", "Нет", "Жоқ")


def test_true_or_false_asks_the_claim() -> None:
    for question, verdict, figure in (
        ("Auyl took 5.29% in 2021. True or false?", YES, "5.29%"),
        ("Ауыл в 2021 году набрал больше 5 %, правда или ложь?", YES, "5,29"),
        ("Ауыл 2021 жылы 5 пайыздан көп алды, рас па өтірік пе?", YES, "5,29"),
    ):
        said = _said(answer(question))
        assert said.startswith(verdict) and figure in said, (question, said)


def test_a_claim_opened_or_closed_for_checking_is_a_yes_or_no() -> None:
    for question, verdict, figure in (
        ("Claim: turnout in 2021 was under 60%.", NO, "63.25%"),
        ("Тұжырым: 2021 жылы Ақ жол 10 пайыздан көп алды.", YES, "10,95"),
        ("Ақ жол 2021 жылы 10 пайыздан көп алды. Тексеріңіз.", YES, "10,95"),
        ("Nur Otan won 80 seats in 2021. Verify.", NO, "76"),
        ("Нур Отан получил 80 мест в 2021 году. Проверьте.", NO, "76"),
        ("Нұр Отан 2021 жылы 80 орын алды. Тексеріңіз.", NO, "76"),
    ):
        said = _said(answer(question))
        assert said.startswith(verdict) and figure in said, (question, said)
        assert "Mamin" not in said and "Мамин" not in said, (question, said)


def test_a_claim_counted_as_none_is_the_claim_denied() -> None:
    for question in (
        "The premier was backed with zero votes against, is that so?",
        "Мамина утвердили, и ноль голосов против, верно?",
        "Маминді бекіткенде қарсы нөл дауыс болды, солай ма?",
    ):
        said = _said(answer(question))
        assert said.startswith(YES) and "78" in said, (question, said)


def test_off_topic_checked_stays_figureless() -> None:
    said = _said(answer("What is the weather today? True or false?"))
    assert not any(ch.isdigit() for ch in said), said
