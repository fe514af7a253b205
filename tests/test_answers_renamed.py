"""A party asked about under its later name is answered for the election, with the renaming."""

import pytest

from sailau.factbase import load_factbase
from sailau.pipeline import answer_intent
from sailau.reply import LANGS, Lang


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["party_seats", "party_votes"])
def test_renamed_party_says_what_it_is_called_now(intent: str, lang: Lang) -> None:
    fb = load_factbase()
    reply = answer_intent(intent, {"party": "nur_otan", "year": "2021"}, lang)
    text = "\n".join((reply.headline, *reply.details))
    assert fb.party_name("nur_otan", 2021, lang) in text
    assert fb.party_name("nur_otan", None, lang) in text  # Amanat, its name since 2022
    assert "GOVKZ-amanat" in {s.id for s in reply.sources}


def test_party_not_renamed_gets_no_renaming_line() -> None:
    reply = answer_intent("party_seats", {"party": "ak_zhol", "year": "2021"}, "en")
    assert not any("called" in line for line in reply.details)
