"""A chat's conversation context expires: a question asked much later starts afresh."""

from handlers.dialog import CONTEXT_TTL_SECONDS, Remembered
from sailau.reply import Context


def test_context_is_kept_while_fresh_and_only_its_language_afterwards() -> None:
    ctx = Context(lang="ru", intent="party_seats", slots=(("party", "ak_zhol"), ("year", "2016")))
    kept = Remembered(ctx, at=1000.0)
    assert kept.current(1000.0 + CONTEXT_TTL_SECONDS) == ctx
    assert kept.current(1000.0 + CONTEXT_TTL_SECONDS + 1) == Context(lang="ru")
