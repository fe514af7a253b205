"""Every answer of the broad question set, and every intent, can be linked: its deep-link payload
(handlers.links) fits Telegram's 64 characters and brings back the same intent and slots."""

from __future__ import annotations

from answer_matrix import questions

from handlers import links
from sailau import pipeline
from sailau.answers.registry import MORE, REGISTRY


def test_every_answer_of_the_matrix_has_a_link_that_brings_it_back() -> None:
    for intent, slots, _ in questions():
        payload = links.payload(intent, slots)
        assert payload is not None, (intent, slots)
        assert links.PAYLOAD.match(payload)
        assert links.parse(payload) == (intent, slots)


def test_every_intent_has_a_link_that_answers_it() -> None:
    """Every answer family can be linked (a `_more` page's link is its whole answer's)."""
    for intent in REGISTRY:
        payload = links.payload(intent, {})
        assert payload is not None and links.parse(payload) == (intent, {}), intent
        reply = pipeline.answer_intent(intent, {}, "en")
        whole = intent.removesuffix(MORE)
        assert reply.intent == whole, intent
        shared = links.payload(whole, dict(reply.slots)) if reply.kind in links.LINKED else None
        assert links.of(reply) == shared, intent  # a prompt ("which party?") has nothing to share
