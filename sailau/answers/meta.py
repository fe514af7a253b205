"""Conversation around the facts: help, greeting, thanks, sources, about, neutrality, fallbacks."""

from __future__ import annotations

from dataclasses import replace

from sailau import render
from sailau.answers.env import DEFAULT_YEAR, SECOND_YEAR, TRUST, Env
from sailau.answers.registry import Query, handles
from sailau.reply import Reply, ReplyKind, Suggestion


def starters(env: Env, q: Query) -> list[Suggestion]:
    """Questions to get going with."""
    return [
        env.suggest(q, "results", "ask_results", year=DEFAULT_YEAR),
        env.suggest(q, "turnout", "ask_turnout", year=DEFAULT_YEAR),
        env.suggest(q, "party_seats", "ask_party_seats_nur_otan", party="nur_otan"),
        env.suggest(q, "compare", "ask_compare", year=DEFAULT_YEAR, other_year=SECOND_YEAR),
    ]


def _info(env: Env, q: Query, key: str) -> Reply:
    """An INFO reply whose text is catalog key `key` (first line headline, then details)."""
    headline, *details = env.t(q, key).splitlines()
    return env.reply(
        q, headline, details=details, kind=ReplyKind.INFO, suggestions=starters(env, q)
    )


@handles("help", "greeting", "thanks", "about", "bot_self")
def info(env: Env, q: Query) -> Reply:
    return _info(env, q, f"meta_{q.intent}")


@handles("neutrality", "prediction")
def refusal(env: Env, q: Query) -> Reply:
    """Neutral: no voting advice, no forecasts; offer the record instead."""
    offers = [
        env.suggest(q, "parties", "ask_parties", year=DEFAULT_YEAR),
        env.suggest(q, "results", "ask_results", year=DEFAULT_YEAR),
    ]
    key = f"meta_{q.intent}_{q.slots.get('figure')}"  # what is declined: campaign material
    key = key if key in env.catalog else f"meta_{q.intent}"
    return env.reply(q, env.t(q, key), kind=ReplyKind.REFUSAL, suggestions=offers)


@handles("sources")
def sources(env: Env, q: Query) -> Reply:
    """Where the figures of an election come from: the sources of its results and turnout,
    the most trusted first, named as answers name them (no URLs: the list is the answer)."""
    election = env.election(q)
    used = [*election.announcements, election.participation.turnout, *election.results]
    listed = env.fb.reply_sources(sid for item in used for sid in item.sources)
    trusted = sorted(listed, key=lambda s: TRUST[s.authority])
    return env.reply(
        q,
        env.t(q, "meta_sources", year=election.year),
        details=[
            # publishers and dates: the line below says whose figures they quote
            *dict.fromkeys(render.source_text(replace(s, quoted=False), q.lang) for s in trusted),
            env.t(q, "meta_sources_detail"),  # after the list the headline introduces
        ],
        kind=ReplyKind.INFO,
        suggestions=starters(env, q),
        sentences=False,
    )


def off_topic(env: Env, q: Query) -> Reply:
    """Not about the Majilis elections: say what the bot knows, offer questions, no figure."""
    return env.reply(
        q, env.t(q, "meta_off_topic"), kind=ReplyKind.OFF_TOPIC, suggestions=starters(env, q)
    )


def did_you_mean(env: Env, q: Query, offers: tuple[Suggestion, ...]) -> Reply:
    """Below the confidence bar: the closest questions, never a guessed figure."""
    return env.reply(
        q, env.t(q, "meta_did_you_mean"), kind=ReplyKind.DID_YOU_MEAN, suggestions=offers
    )


def empty(env: Env, q: Query) -> Reply:
    """Nothing to read (empty, emoji, punctuation): invite a question."""
    return _info(env, q, "meta_empty")
