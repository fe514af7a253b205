"""The what-if seat calculator as people ask it (issue 12: qualifiers silently dropped,
confident wrong readings; docs/understanding.md, conversation rule 15). Our own wording, in all
three languages."""

from __future__ import annotations

from reply_checks import plain_text
from test_pipeline import ask_in_turn

from sailau.reply import Reply


def _first(reply: Reply) -> str:
    return reply.headline.replace("\xa0", " ")


def test_a_percentage_said_with_seats_is_a_threshold() -> None:
    for question, lead in (
        ("how many seats did ak zhol get at 5 percent", "Ak Zhol would win 11 seats"),
        ("how many seats did ak zhol get at 5%", "Ak Zhol would win 11 seats"),
        ("how many seats did auyl get at 5 %", "Auyl would win 6 seats"),
        ("skolko mest poluchil by ak zhol pri 5%", "11 мест"),
        ("сколько мест получил бы ак жол при 5%", "11 мест"),
        ("сколько мест у ауыла при 5 процентах", "6 мест"),
        ("5 пайыздық шекпен ақ жол неше орын алар еді", "11 орын"),
        ("5 paiyzdyq shekpen aq zhol neshe oryn alar edi", "11 орын"),
        ("ауыл 5 пайызда неше орын алар еді", "6 орын"),
        ("ақ жол 5%-да неше орын алады", "11 орын"),
        ("how many seats did ak zhol get at 5 precent", "Ak Zhol would win 11 seats"),
        ("сколко мест получил бы ак жол при 5 процетах", "11 мест"),
    ):
        (reply,) = ask_in_turn(question)
        assert reply.intent == "whatif" and lead in _first(reply), (question, _first(reply))


def test_a_partys_own_share_said_with_seats_is_no_threshold() -> None:
    for question, seats in (
        ("ak zhol got 10.95 percent and how many seats", "12 seats"),
        ("auyl got 5.29% and how many seats did it win", "no seats"),
        ("ак жол набрал 10,95% и сколько мест получил", "12 мест"),
        ("ақ жол 10,95 пайыз алды, неше орын алды", "12 орын"),
    ):
        (reply,) = ask_in_turn(question)
        assert reply.intent == "party_seats" and seats in plain_text(reply), (
            question,
            plain_text(reply),
        )


def test_an_if_clause_asks_the_what_if_not_a_yes_or_no() -> None:
    for question in (
        "if the cutoff were 5 % what would the seat split be",
        "if the threshold were 5%?",
        "if the barrier was 5%, what would happen?",
        "if the cutoff were 5 percent, how would seats be split?",
        "если бы барьер был 5%?",
        "если бы барьер был 5 процентов, как распределились бы места",
        "при барьере 5% как бы распределились места?",
        "егер шек 5 пайыз болса",
        "eger shek 5 paiyz bolsa",
        "esli by barer byl 5%?",
        "егер шек 5 пайыз болса, орын бөлінісі қандай болар еді?",
        "егер шек 5 пайыз болса не болар ма еді?",
    ):
        (reply,) = ask_in_turn(question)
        said = plain_text(reply)
        assert reply.intent == "whatif", question
        assert reply.frame is not None and reply.frame.form == "value", question
        assert said.split()[0].rstrip(".,") not in ("Yes", "No", "Да", "Нет", "Иә", "Жоқ"), said
        assert "yes or no" not in said and "да или нет" not in said, said
        # one what-if, not the what-if and how seats are allocated
        assert "распределялись по" not in said and "тізімдер бойынша" not in said, said


def test_a_what_if_that_claims_something_is_a_yes_or_no() -> None:
    for question, verdict in (
        ("would ak zhol still get 12 seats at 5 %?", "No"),
        ("would auyl get into parliament at 5%?", "Yes"),
        ("if the cutoff were 5%, would auyl pass?", "Yes"),
        ("при барьере 5% ак жол получил бы 12 мест?", "Нет"),
        ("ақ жол 5 пайызда 12 орын алар ма еді", "Жоқ"),
    ):
        (reply,) = ask_in_turn(question)
        assert plain_text(reply).startswith(verdict), (question, plain_text(reply))


def test_a_what_if_naming_a_party_leads_with_its_seats() -> None:
    for question, lead in (
        ("how many seats would ak zhol get if the threshold were 5%", "Ak Zhol would win 11 seats"),
        ("how many seats would auyl win with d'Hondt", "no seats"),
        ("сколько мест получил бы ак жол при барьере 5%", "11 мест"),
        ("шек 5 пайыз болса ақ жол неше орын алар еді", "11 орын"),
    ):
        (reply,) = ask_in_turn(question)
        head = _first(reply)
        assert reply.intent == "whatif" and lead in head, (question, head)
        # the change from the real result, then the whole split
        assert "12" in head or "0" in head or "no seats" in head, head
        assert any(name in plain_text(reply) for name in ("Nur Otan", "Нұр Отан", "Нур Отан")), (
            question
        )


def test_follow_ups_over_a_what_if_keep_the_other_settings() -> None:
    for turns, rules, lead in (
        (
            (
                "how many seats would ak zhol get at 5%",
                "and with d'Hondt?",
                "and at 3%?",
            ),
            "threshold 3%, D'Hondt",
            "Ak Zhol",
        ),
        (
            ("сколько мест получил бы ак жол при 5%", "а при 3%?", "а методом д'Ондта?"),
            "барьер 3 %, метод Д'Ондта",
            "«Ак жол»",
        ),
        (
            (
                "5 пайыздық шекпен ақ жол неше орын алар еді",
                "ал 9 пайыз болса?",
                "д'Ондт әдісімен ше?",
            ),
            "өту шегі 9 %, Д'Ондт",
            "«Ақ жол»",
        ),
        (
            ("skolko mest poluchil by ak zhol pri 5%", "a pri 3%?", "a metodom dhondta?"),
            "барьер 3 %, метод Д'Ондта",
            "«Ак жол»",
        ),
        (
            (
                "5 paiyzdyq shekpen aq zhol neshe oryn alar edi",
                "al 9 paiyz bolsa?",
                "dhondt adisimen she?",
            ),
            "өту шегі 9 %, Д'Ондт",
            "«Ақ жол»",
        ),
    ):
        *_, last = ask_in_turn(*turns)
        assert last.intent == "whatif" and rules in plain_text(last), (turns, plain_text(last))
        assert lead in _first(last), _first(last)


def test_a_new_party_after_a_what_if_keeps_the_settings() -> None:
    for turns, rules, party in (
        (
            ("how many seats would ak zhol get at 5%", "and with d'Hondt?", "and auyl?"),
            "threshold 5%, D'Hondt",
            "Auyl",
        ),
        (
            ("сколько мест получил бы ак жол при 5%", "а методом д'Ондта?", "а ауыл?"),
            "барьер 5 %, метод Д'Ондта",
            "«Ауыл»",
        ),
        (
            ("5 пайыздық шекпен ақ жол неше орын алар еді", "д'Ондт әдісімен ше?", "ал ауыл ше?"),
            "өту шегі 5 %, Д'Ондт",
            "«Ауыл»",
        ),
    ):
        *_, last = ask_in_turn(*turns)
        assert last.intent == "whatif" and rules in plain_text(last), (turns, plain_text(last))
        assert party in _first(last), _first(last)


def test_really_after_a_what_if_drops_the_settings() -> None:
    for turns, real in (
        (("how many seats would ak zhol get at 5%", "and with d'Hondt?", "what really happened?"),
         "12 seats"),
        (("сколько мест получил бы ак жол при 5%", "а методом д'Ондта?", "а на самом деле?"),
         "12 мест"),
        (("5 пайыздық шекпен ақ жол неше орын алар еді", "д'Ондт әдісімен ше?", "шын мәнінде ше?"),
         "12 орын"),
    ):  # fmt: skip
        *_, last = ask_in_turn(*turns)
        assert last.intent == "party_seats" and real in plain_text(last), (turns, plain_text(last))
