"""Who voted: turnout (national, by region, extremes), voters, ballots, polling stations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from sailau.answers.env import Env, HasSources, cited
from sailau.answers.registry import Query, handles
from sailau.facts.models import Election, Fact, RegionalTurnout
from sailau.reply import Reply, ReplyKind, Suggestion

REGIONAL = frozenset({"turnout_region", "turnout_extremes"})
"""Follow-ups that need the year's regional turnout."""


def _offers(
    env: Env, q: Query, *more: str, regional: bool = False, chart: bool = True
) -> list[Suggestion]:
    """A regional turnout chart (`chart`, where the year has regional turnout), the same for
    another year (`regional`: one that has the asked region too), then these intents for this
    year (regional ones only where the year has regional turnout)."""
    year = env.year(q)
    has_regions = bool(_regional_rows(env, year))
    wanted = [i for i in more if has_regions or i not in REGIONAL]
    extra = [env.suggest(q, i, f"ask_{i}", year=year) for i in wanted]
    other = None
    if regional:
        region = q.slots.get("region")
        other = max(
            (
                y
                for y in env.fb.years
                if y != year
                and _regional_rows(env, y)
                and (region is None or _has_region(env, y, region))
            ),
            default=0,
        )
    return env.followups(
        q, "turnout_regions" if chart and has_regions else None, *extra, other=other
    )


def ballots_of_registered(env: Env, q: Query, election: Election) -> dict[str, str]:
    """`ballots` and `registered` as the turnout templates take them (`of 11,919,241 voters`)."""
    p = election.participation
    registered = p.registered.value
    return {
        "ballots": env.num(q, p.ballots.value),
        "registered": env.t(q, "of_voters", registered, n=env.num(q, registered)),
    }


@handles("turnout")
def turnout(env: Env, q: Query) -> Reply:
    election = env.election(q)
    p = election.participation
    change = p.turnout_change
    change_text = ""
    if change is not None and change.from_value is not None and election.previous:
        change_text = env.t(
            q,
            "turnout_down" if change.points < 0 else "turnout_up",
            points=env.pp(q, abs(change.points)),
            before=env.pct(q, change.from_value),
            year=env.previous_year(election),
        )
    day = election.date
    return env.reply(
        q,
        env.t(q, "turnout", year=election.year, turnout=env.pct(q, p.turnout.value)),
        sources=[p.turnout],
        on=day,
        details=[
            cited(
                env.t(q, "turnout_ballots", **ballots_of_registered(env, q, election)),
                p.ballots,
                p.registered,
                on=day,
            ),
            cited(change_text, *([change] if change else []), on=day),
            cited(env.note(q, p.turnout), p.turnout, on=day),
        ],
        figures={"turnout": p.turnout.value, "ballots": p.ballots.value},
        suggestions=_offers(env, q, "turnout_extremes"),
    )


def _regional(env: Env, q: Query, election: Election) -> RegionalTurnout | Reply:
    """The election's regional turnout, or a reply saying the fact base does not hold it."""
    if election.regional_turnout is None or not election.regional_turnout.rows:
        return env.not_held(
            q,
            env.t(q, "turnout_regions_missing", year=election.year),
            env.suggest(q, "turnout", "ask_turnout", year=election.year),
            *(env.same_for_year(q, y) for y in env.fb.years if _regional_rows(env, y)),
        )
    return election.regional_turnout


def _reading_note(env: Env, q: Query, regional: RegionalTurnout) -> str:
    """`preliminary CEC figures at 22:00 on election night`."""
    return env.t(q, f"reading_{regional.status}", time=regional.reading().time)


@handles("turnout_region")
def turnout_region(env: Env, q: Query) -> Reply:
    election = env.election(q)
    regional = _regional(env, q, election)
    if isinstance(regional, Reply):
        return regional
    values = regional.by_region()
    region_id = q.slots.get("region")
    day = election.date
    national = cited(
        env.t(q, "turnout_national", turnout=env.pct(q, election.participation.turnout.value)),
        election.participation.turnout,
        on=day,
    )
    offers = _offers(env, q, "turnout_extremes", regional=True)
    if region_id is None:
        rows = sorted(values.items(), key=lambda kv: -kv[1])
        return env.reply(
            q,
            env.t(
                q, "turnout_regions", year=election.year, reading=_reading_note(env, q, regional)
            ),
            sources=[regional.reading()],
            on=day,
            details=[
                cited(
                    env.t(
                        q,
                        "region_row",
                        region=env.region(q, r, election.year),
                        turnout=env.pct(q, v),
                    ),
                    regional.reading(),
                    on=day,
                )
                for r, v in rows
            ],
            figures=dict(rows),
            # the national figure is final, the regional ones preliminary: its own answer
            suggestions=_offers(env, q, "turnout", "turnout_extremes", regional=True),
        )
    if region_id not in values:
        years = [y for y in env.fb.years if _has_region(env, y, region_id)]
        return env.not_held(
            q,
            env.t(q, "turnout_region_missing", region=env.region(q, region_id), year=election.year),
            *(env.same_for_year(q, y) for y in years),
        )
    value = values[region_id]
    return env.reply(
        q,
        env.t(
            q,
            "turnout_region",
            region=env.region(q, region_id, election.year),
            year=election.year,
            turnout=env.pct(q, value),
            reading=_reading_note(env, q, regional),
        ),
        details=[national],
        sources=[regional.reading()],
        on=day,
        figures={"turnout": value},
        suggestions=offers,
    )


def _regional_rows(env: Env, year: int) -> dict[str, Decimal]:
    """Region id -> turnout in that year's latest regional reading ({} when there is none)."""
    regional = env.fb.election(year).regional_turnout
    return regional.by_region() if regional is not None and regional.rows else {}


def _has_region(env: Env, year: int, region_id: str) -> bool:
    return region_id in _regional_rows(env, year)


@handles("turnout_extremes")
def turnout_extremes(env: Env, q: Query) -> Reply:
    election = env.election(q)
    regional = _regional(env, q, election)
    if isinstance(regional, Reply):
        return regional
    values = regional.by_region()
    wanted = (
        [q.slots["extreme"]]
        if q.slots.get("extreme") in ("highest", "lowest")
        else ["highest", "lowest"]
    )

    def line(extreme: str, key: str) -> tuple[str, Decimal]:
        pick = max if extreme == "highest" else min
        region_id = pick(values, key=lambda r: values[r])
        name = env.region(q, region_id, election.year)
        text = env.t(q, key, region=name, turnout=env.pct(q, values[region_id]), year=election.year)
        return text, values[region_id]

    # the second line only names the other end: "The lowest was in Almaty: 30.3%."
    lines = [
        line(e, f"turnout_{e}" if i == 0 else f"turnout_{e}_too") for i, e in enumerate(wanted)
    ]
    return env.reply(
        q,
        lines[0][0],
        sources=[regional.reading()],
        on=election.date,
        details=[
            *(cited(text, regional.reading(), on=election.date) for text, _ in lines[1:]),
            env.t(q, "turnout_reading", reading=_reading_note(env, q, regional)),
        ],
        figures={e: v for e, (_, v) in zip(wanted, lines, strict=True)},
        suggestions=_offers(env, q, "turnout_region", regional=True),
    )


def count_reply(
    env: Env,
    q: Query,
    fact: Fact[int] | None,
    extra: str = "",
    extra_sources: Sequence[HasSources] = (),
    more: str = "turnout",
    *,
    note_first: bool = False,
    chart: bool = True,
    **values: object,
) -> Reply:
    """One counted figure (template = the intent id): its number, a line of context, its
    caveat (`note_first`: the caveat explains the figure, so it comes first); or "not held"
    (`<intent>_missing`) when the election lacks it. `chart`: offer the turnout chart."""
    year = env.year(q)
    day = env.election(q).date
    if fact is None:
        return env.not_held(
            q, env.t(q, f"{q.intent}_missing", year=year), *_offers(env, q, chart=chart)
        )
    lines = [cited(extra, *extra_sources, on=day), cited(env.note(q, fact), fact, on=day)]
    return env.reply(
        q,
        env.t(q, q.intent, fact.value, year=year, n=env.num(q, fact.value), **values),
        sources=[fact],
        on=day,
        details=lines[::-1] if note_first else lines,
        figures={q.intent: fact.value},
        suggestions=_offers(env, q, more, chart=chart),
    )


@handles("turnout_times")
def turnout_times(env: Env, q: Query) -> Reply:
    """Turnout as the CEC read it out during election day (14:00, 20:00, 22:00), then final."""
    election = env.election(q)
    regional = election.regional_turnout
    readings = [r for r in regional.readings if r.national is not None] if regional else []
    if not readings:
        offers = [y for y in env.fb.years if _national_readings(env, y)]
        return env.not_held(
            q,
            env.t(q, "turnout_times_missing", year=election.year),
            env.suggest(q, "turnout", "ask_turnout", year=election.year),
            *(env.same_for_year(q, y) for y in offers),
        )
    items = (
        env.t(q, "turnout_time_item", time=r.time, turnout=env.pct(q, r.national or Decimal()))
        for r in readings
    )
    final = election.participation.turnout
    return env.reply(
        q,
        env.t(q, "turnout_times", year=election.year, readings=env.join(q, items)),
        sources=readings,
        on=election.date,
        details=[
            cited(
                env.t(q, "turnout_times_final", turnout=env.pct(q, final.value)),
                final,
                on=election.date,
            )
        ],
        figures={r.time: r.national for r in readings},
        suggestions=_offers(env, q, "turnout_region", regional=True),
    )


def _national_readings(env: Env, year: int) -> bool:
    regional = env.fb.election(year).regional_turnout
    return regional is not None and any(r.national is not None for r in regional.readings)


@handles("registered_voters", "ballots")
def voters(env: Env, q: Query) -> Reply:
    """Registered voters and ballots, each with turnout as the line of context."""
    election = env.election(q)
    p = election.participation
    # the line of context gives the other figure, not the one just said
    turnout = env.t(
        q,
        f"turnout_after_{q.intent}",
        turnout=env.pct(q, p.turnout.value),
        ballots=env.num(q, p.ballots.value),
        registered=env.num(q, p.registered.value),
    )
    fact, other = (
        (p.registered, p.ballots) if q.intent == "registered_voters" else (p.ballots, p.registered)
    )
    # the turnout is in the answer already: offer what it does not say (not its regional
    # chart: a count of voters or ballots is not about where people voted)
    return count_reply(env, q, fact, turnout, [p.turnout, other], "invalid_ballots", chart=False)


@handles("non_voters")
def non_voters(env: Env, q: Query) -> Reply:
    """The registered voters who cast no ballot: registered minus ballots issued, the
    computation stated."""
    election = env.election(q)
    p = election.participation
    if p.registered is None or p.ballots is None:
        return env.not_held(q, env.t(q, "non_voters_missing", year=election.year))
    stayed = p.registered.value - p.ballots.value
    counts = {"registered": env.num(q, p.registered.value), "ballots": env.num(q, p.ballots.value)}
    return env.reply(
        q,
        env.t(q, "non_voters", stayed, year=election.year, n=env.num(q, stayed), **counts),
        sources=[p.registered, p.ballots],
        on=election.date,
        details=[
            cited(env.t(q, "non_voters_how", **counts), p.registered, p.ballots, on=election.date)
        ],
        figures={q.intent: stayed},
        suggestions=_offers(env, q, "turnout", chart=False),
    )


@handles("invalid_ballots")
def invalid_ballots(env: Env, q: Query) -> Reply:
    p = env.election(q).participation
    share = p.invalid_percent
    text = env.t(q, "invalid_share", percent=env.pct(q, share.value)) if share else ""
    return count_reply(
        env, q, p.invalid_ballots, "", [share] if share else [], "ballots", chart=False, share=text
    )


@handles("party_votes_total")
def party_votes_total(env: Env, q: Query) -> Reply:
    p = env.election(q).participation
    against = p.against_all
    line = (
        env.t(
            q,
            "against_all",
            against.votes,
            votes=env.num(q, against.votes),
            percent=env.pct(q, against.percent),
        )
        if against
        else ""
    )
    return count_reply(
        env,
        q,
        p.party_votes,
        line,
        [against] if against else [],
        "ballots",
        note_first=True,
        chart=False,
    )


@handles("against_all")
def against_all(env: Env, q: Query) -> Reply:
    """Votes "against all": only ballots that had the option hold them, so with no year named
    the question is about the latest election that had it."""
    held = [y for y in env.fb.years if env.fb.election(y).participation.against_all]
    if "year" not in q.slots and held:
        q = replace(q, slots={**q.slots, "year": str(max(held))})
    year = env.year(q)
    against = env.election(q).participation.against_all
    if against is None:
        return env.not_held(
            q,
            env.t(q, "against_all_missing", year=year),
            *(env.same_for_year(q, y) for y in held),
        )
    day = env.election(q).date
    return env.reply(
        q,
        env.t(
            q,
            "against_all_votes",
            against.votes,
            year=year,
            votes=env.num(q, against.votes),
            percent=env.pct(q, against.percent),
        ),
        sources=[against],
        on=day,
        details=[cited(env.note(q, against), against, on=day)],
        figures={"against_all": against.votes},
        # only ballots with the option hold these votes: no "the same for another year"
        suggestions=env.followups(
            q, None, env.suggest(q, "ballots", "ask_ballots", year=year), other=0
        ),
    )


@handles("polling_stations")
def polling_stations(env: Env, q: Query) -> Reply:
    """All polling stations and those abroad; only those abroad when the total is not known."""
    p = env.election(q).participation
    abroad, countries = p.polling_stations_abroad, p.polling_stations_countries
    if p.polling_stations is None and abroad is not None:
        year = env.year(q)
        n = abroad.value
        return env.reply(
            q,
            env.t(q, "polling_stations_abroad", n, year=year, n=env.num(q, n)),
            details=[
                env.t(q, "polling_stations_total_missing"),
                cited(env.note(q, abroad), abroad),
            ],
            sources=[abroad],
            figures={"polling_stations_abroad": n},
            suggestions=_offers(env, q, "turnout"),
        )
    line = ""
    if abroad is not None and countries is not None:
        line = env.t(
            q,
            "stations_abroad_countries",
            countries.value,
            n=env.num(q, abroad.value),
            countries=env.num(q, countries.value),
        )
    elif abroad is not None:
        line = env.t(q, "stations_abroad", n=env.num(q, abroad.value))
    used = [f for f in (abroad, countries) if f is not None]
    return count_reply(env, q, p.polling_stations, line, used, chart=False)


@handles("regional_results")
def regional_results(env: Env, q: Query) -> Reply:
    """Party results by region are not in the fact base: say so, offer regional turnout."""
    election = env.election(q)
    with_turnout = [y for y in env.fb.years if _regional_rows(env, y)]
    year = election.year if election.year in with_turnout else max(with_turnout)
    return env.reply(
        q,
        env.t(q, "regional_results_missing", year=election.year),
        kind=ReplyKind.UNKNOWN,
        suggestions=[
            env.suggest(q, "turnout_region", "ask_turnout_region", year=year),
            env.suggest(q, "turnout_extremes", "ask_turnout_extremes", year=year),
            env.suggest(q, "results", "ask_results", year=election.year),
        ],
    )
