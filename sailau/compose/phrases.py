"""What a compared figure is called, and the sentences that compare two figures: the later one,
then by how much it stands above or below the earlier one, with its unit."""

from __future__ import annotations

from sailau.answers.env import Env
from sailau.answers.registry import Query
from sailau.compose.values import Value

YearValue = tuple[int, Value]


def what(
    env: Env, q: Query, measure: str, party: str | None, region: str | None, year: int | None
) -> str:
    """`Turnout`, `seats of the Ak Zhol party`, `Turnout in Almaty`: what a figure is (a party
    by its name in `year`)."""
    key = f"measure_{measure}"
    name = env.t(q, key) if key in env.catalog else measure
    name = name[:1].lower() + name[1:]  # inside a sentence; a line's start is capitalised
    if party is not None:
        phrase = env.party_phrase(q, party, year)
        return env.t(q, "measure_party", party=phrase, what=name)
    if region is not None:
        return env.t(q, "measure_region", region=env.region(q, region), what=name)
    return name


def named(env: Env, q: Query, value: Value, party: str | None, year: int, now: int) -> str:
    """`value`, with the party's name in `year` when it was called otherwise in `now`."""
    text = value.text(env, q)
    if party is None or env.party(q, party, year) == env.party(q, party, now):
        return text
    return env.t(q, "value_named", value=text, name=env.party_inline(q, party, year))


def keyed(env: Env, key: str, measure: str, party: str | None, way: str | None = None) -> str:
    """The catalog's most particular sentence for `measure`: said of a party with its verb
    (`compare_pair_seats_party`: "Nur Otan won 76 seats"), of the measure, or the general one;
    each first with the verb of the move `way` (`…_less`: "lost 8 seats"), where it has one."""
    tried = [f"{key}_{measure}_party"] if party is not None else []
    ways = (f"_{way}", "") if way is not None else ("",)
    found = (k + w for k in (*tried, f"{key}_{measure}", key) for w in ways)
    return next((k for k in found if k in env.catalog), key)


def pair(
    env: Env,
    q: Query,
    measure: str,
    party: str | None,
    region: str | None,
    earlier: YearValue,
    later: YearValue,
) -> str:
    """The difference first, then both figures: "6 fewer seats: in 2023 Ak Zhol won 6, in
    2021 12." (a sentence's plural form follows the later figure)."""
    (ya, a), (yb, b) = earlier, later
    label = what(env, q, measure, party, region, yb)
    values = {"what": label, "year_a": ya, "a": named(env, q, a, party, ya, yb), "year_b": yb,
              "b": b.text(env, q),
              "party": env.party_phrase(q, party, yb) if party is not None else label}  # fmt: skip
    count = int(b.amount)
    if a.amount == b.amount:
        return env.t(q, keyed(env, "compare_pair_same", measure, party), count, **values)
    move = b.direction(a)  # dir_less_count: "less"
    key = keyed(env, "compare_pair", measure, party, move.split("_")[1])
    return env.t(q, key, count, gap=b.gap(env, q, a, measure), dir=env.t(q, move), **values)


def which(
    env: Env,
    q: Query,
    measure: str,
    party: str | None,
    region: str | None,
    known: tuple[YearValue, YearValue],
    lowest: bool,
) -> str:
    """ "Turnout was higher in 2021: 63.25% against 54.19% in 2023, a difference of 9.06 pp." """
    ordered = sorted(known, key=lambda yv: yv[1].amount, reverse=not lowest)
    (yt, top), (yo, other) = ordered
    label = what(env, q, measure, party, region, max(yt, yo))
    subject = env.party_phrase(q, party, max(yt, yo)) if party is not None else label
    return env.t(
        q,
        keyed(env, "compare_which", measure, party),
        what=label,
        party=subject,
        dir=env.t(q, top.direction(other)),
        year_top=yt,
        top=top.text(env, q),
        year_other=yo,
        other=other.text(env, q),
        gap=top.gap(env, q, other, measure),
    )
