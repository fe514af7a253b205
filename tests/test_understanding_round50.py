"""Round 50 (set AH's missing capabilities): rankings of N parties by a figure and a party's
place, a sum of parties set against another party as a yes/no, and "now 3%: adal?" after a
what-if as the next threshold, not the latest election."""

from __future__ import annotations

from test_pipeline import ask_in_turn

from sailau.pipeline import answer
from sailau.reply import Reply


def _said(reply: Reply) -> str:
    return _plain("\n".join((reply.headline, *reply.details)))


def _plain(text: str) -> str:
    """Figures' thin and no-break spaces as plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_top_n_parties_lists_each_with_its_figure_in_one_reply() -> None:
    for question, figures in (
        ("top 3 parties by votes in 2021", ("5,148,074", "792,828", "659,019")),
        ("top 3 partii po golosam", ("5 148 074", "792 828", "659 019")),
        ("первые три партии по голосам", ("5 148 074", "792 828", "659 019")),
        ("ең көп дауыс алған үш партия", ("5 148 074", "792 828", "659 019")),
        ("en kop dauys algan ush partiya", ("5 148 074", "792 828", "659 019")),
        ("the two smallest parties by share in 2021", ("3.57%", "5.29%")),
        ("top 2 parties by seats in 2023", ("62", "8")),
    ):
        headline = _plain(answer(question).headline)
        assert all(f in headline for f in figures), (question, headline)
    assert "659,019" not in answer("top 2 parties by votes in 2021").headline


def test_a_ranking_by_seats_names_the_parties_tied() -> None:
    for question, tied in (
        ("bottom 2 parties by seats in 2021", "tied"),
        ("последние две партии по числу мест в 2021", "Поровну"),
    ):
        said = _said(answer(question))
        assert tied in said and ("Adal" in said or "Адал" in said), (question, said)


def test_a_partys_place_is_its_rank_by_votes_with_the_figure() -> None:
    for question, figure in (
        ("where did ak zhol finish", "792,828"),
        ("where did ak zhol land in 2021", "792,828"),
        ("какое место занял ак жол", "792 828"),
        ("kakoe mesto zanyal ak zhol", "792 828"),
        ("ак жол нешінші орын алды", "792 828"),
        ("ақ жол қай орында болды", "792 828"),
    ):
        headline = _plain(answer(question).headline)
        assert figure in headline and "2" in headline.replace(figure, ""), (question, headline)


def test_a_sum_of_parties_against_another_party_is_a_yes_no_with_the_gap() -> None:
    for question, no, gap in (
        ("auyl and adal votes together more than ppk?", "No", "17,378"),
        ("auyl and adal votes togther more than ppk?", "No", "17,378"),
        ("вместе ауыл и адал набрали больше чем нпк?", "Нет", "17 378"),
        ("vmeste auyl i adal nabrali bolshe chem npk?", "Нет", "17 378"),
        ("ауыл мен адалдың дауыстарын қоссақ халық партиясынан көп бола ма", "Жоқ", "17 378"),
        ("auyl men adaldyn dauystaryn qossaq halyq partiyasynan kop bola ma", "Жоқ", "17 378"),
    ):
        headline = _plain(answer(question).headline)
        assert headline.startswith(no) and gap in headline and "641" in headline, (
            question,
            headline,
        )
    less = answer("auyl and adal votes together less than ppk?").headline
    assert less.startswith("Yes"), less


def test_a_sum_of_shares_against_a_figure_is_a_yes_no() -> None:
    for question, no in (
        ("did auyl and adal together get more than 10% in 2021", "No"),
        ("ауыл и адал вместе набрали больше 10%?", "Нет"),
        ("ауыл мен адалдың үлесін қоссақ 10 пайыздан көп бола ма", "Жоқ"),
    ):
        headline = _plain(answer(question).headline)
        assert headline.startswith(no) and ("8.86" in headline or "8,86" in headline), (
            question,
            headline,
        )


def test_now_with_a_percentage_after_a_what_if_is_the_next_threshold() -> None:
    for first, then, yes in (
        ("would auyl get seats in 2021 if the threshold were 5%", "now 3%: adal?", "Yes"),
        ("would auyl get seats in 2021 if the threshold were 5%", "and at 3%: adal?", "Yes"),
        ("получил бы ауыл места в 2021 если бы порог был 5%", "теперь 3%: а адал?", "Да"),
        ("шек 5 пайыз болса 2021 де ауыл орын алар ма еди", "енді 3%: адал ше?", "Иә"),
    ):
        last = ask_in_turn(first, then)[-1]
        assert last.intent == "whatif" and dict(last.slots).get("threshold") == "3", (then, last)
        assert last.headline.startswith(yes) and "2021" in last.headline, (then, last)
