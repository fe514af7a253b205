"""Every answer of the broad question set can be linked: its deep-link payload (handlers.links)
fits Telegram's 64 characters and brings back the same intent and slots."""

from __future__ import annotations

from answer_matrix import questions

from handlers import links


def test_every_answer_of_the_matrix_has_a_link_that_brings_it_back() -> None:
    for intent, slots, _ in questions():
        payload = links.payload(intent, slots)
        assert payload is not None, (intent, slots)
        assert links.PAYLOAD.match(payload)
        assert links.parse(payload) == (intent, slots)
