"""Reports known to be one event (clusters), and the tests that say two clusters may be one: dates, places."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geopy.distance import geodesic

from frontline.event_rows import best_dated, most_common
from frontline.records import EventCandidate, FigureCandidate, Place, Sentence, specificity


@dataclass(frozen=True)
class MergeRules:
    """ACLED's rule by default: same type, same place, same day; tunable in settings [merge]."""

    distance_km: float = 30.0
    day_window: int = 0
    implicit_days: int = 2  # a report dated only by publication may be about the days before
    figure_day_window: int = 10
    # ACLED codes an event only where it happened: a strike or battle known only by country is left out,
    # and a deployment needs at least the country it went to
    located_types: tuple[str, ...] = ("Explosions/Remote violence", "Battles")
    # ... except an attack on the whole country ("a massive combined attack on Ukraine"): one event at the country
    nationwide_types: tuple[str, ...] = ("Explosions/Remote violence",)
    placed_sub_types: tuple[str, ...] = ("Troop deployment",)
    # types whose sub-types differ only by weapon: a title's 'strike on Dnipro' is the body's missile attack there
    weapon_types: tuple[str, ...] = ("Explosions/Remote violence",)
    # sub-types whose actor is the speaker: a title's "Russia denies …" is not the body's "NATO condemned …"
    speaker_sub_types: tuple[str, ...] = ("Statement",)
    counterpart_sub_types: tuple[str, ...] = ("Diplomacy",)  # acts towards another state: one per state


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def order_key(c: EventCandidate | FigureCandidate, published: dict[str, date]) -> tuple:
    s: Sentence = c.sentence
    return (published[s.doc_name], s.doc_name, s.index)


def dates_compatible(a: Cluster, b: Cluster, rules: MergeRules) -> bool:
    gap = abs((a.event_date - b.event_date).days)
    if gap <= rules.day_window:
        return True
    for loose, firm in ((a, b), (b, a)):
        if loose.date_source == "published" and timedelta(
            0
        ) <= loose.event_date - firm.event_date <= timedelta(days=rules.implicit_days):
            return True
        week = loose.date_precision == "week" and firm.date_precision == "day"
        if week and 0 <= (firm.event_date - loose.event_date).days < 7:
            return True  # "over the weekend" (its Saturday) and the Sunday a ministry named: one raid
    return False


def near(a: Place, b: Place, rules: MergeRules, cache: dict) -> bool:
    """Places one event may have been reported at: one name, or a vague one ("near Pokrovsk", a district) within
    distance_km of the other. Two towns each named exactly are two events, however close (frontline villages
    are a few km apart and attacked daily)."""
    if a.name == b.name and a.country == b.country:
        return True
    if exact(a) and exact(b):
        return False
    key = (a.latitude, a.longitude, b.latitude, b.longitude)
    if key not in cache:
        cache[key] = geodesic((a.latitude, a.longitude), (b.latitude, b.longitude)).km
    return cache[key] <= rules.distance_km


def exact(place: Place) -> bool:
    return place.geo_precision == 1 and place.feature == "place"


def contains(vague: Place, specific: Place) -> bool:
    """A region that holds a more specific place. A whole country holds too much to say which event it was."""
    return (
        vague.geo_precision == 3
        and bool(vague.admin1)
        and (vague.admin1, vague.country)
        == (
            specific.admin1,
            specific.country,
        )
    )


@dataclass
class Cluster:
    """Reports already known to be one event (one post's coreferent mentions), summarised for merging."""

    members: list[EventCandidate]
    event_type: str
    sub_event_type: str
    event_date: date
    date_source: str
    date_precision: str
    place: Place | None
    actors: frozenset[str]
    speaker: str  # the side most members name as actor1: whose statement it is
    order: tuple
    clock: int | None = None  # the minute of the day a member's sentence opens with: "At 07:40, a drone …"
    stamp: int | None = None  # else the minute its first member's log entry is stamped with ("14:22 — …")


def summarise(members: list[EventCandidate], published: dict[str, date]) -> Cluster:
    members.sort(key=lambda c: order_key(c, published))
    placed = [m for m in members if m.place is not None]
    dated = best_dated(members)
    speaker = most_common([m.actor1 for m in members])
    return Cluster(
        members=members,
        event_type=members[0].event_type,
        sub_event_type=members[0].sub_event_type,
        event_date=dated.event_date,
        date_source=dated.date_source,
        date_precision=dated.date_precision,
        place=min(placed, key=lambda m: specificity(m.place)).place if placed else None,
        actors=frozenset({speaker, most_common([m.actor2 for m in members])}),
        speaker=speaker,
        order=order_key(members[0], published),
        clock=next((t for m in members if (t := act_time(m.sentence.text)) is not None), None),
        stamp=next((m.stamp for m in members if m.stamp is not None), None),
    )


# "At 07:40, a Russian drone dropped …", "At about 10:00, a drone attacked …": the time of the act
ACT_TIME_RE = re.compile(r"At (?:about |around |approximately )?([01]?\d|2[0-3])[:.]([0-5]\d)\b")
DAYTIME = (6 * 60, 22 * 60)  # minutes of the day outside the night, whose attacks come in waves for hours
NOON = 12 * 60  # a night's waves are over by then
OCCASION_GAP = 120  # minutes between two daytime acts at one place that make them two occasions


def act_time(text: str) -> int | None:
    """The minute of the day a sentence opens with ("At 14:25, the occupiers attacked …"), else None."""
    if not text.startswith("At "):
        return None
    found = ACT_TIME_RE.match(text)
    return int(found.group(1)) * 60 + int(found.group(2)) if found else None


def occasions(clusters: list[Cluster], ids: list[int]) -> list[list[int]]:
    """One day's reports at one place, split where two daytime acts are told hours apart, each with its own time
    ("At 07:40, a drone dropped explosives on a bus" and "At 14:25, the occupiers attacked a utility crew"): a
    night's waves, and reports with no time, are one occasion with the first. An afternoon's act ("14:22 — … a
    guided aerial bomb") is never the night's ("02:40 — In total, the enemy attacked Kharkiv with 12 Shahed
    drones"), by act time or log stamp."""
    afternoon = [i for i in ids if NOON <= _minute(clusters[i]) < DAYTIME[1]]
    if afternoon and any(_minute(clusters[i]) < DAYTIME[0] for i in ids):
        return _occasions(clusters, [i for i in ids if i not in afternoon]) + _occasions(clusters, afternoon)
    return _occasions(clusters, ids)


def _minute(c: Cluster) -> int:
    """The minute of the day the act was at or reported at, or past midnight when neither is known."""
    return c.clock if c.clock is not None else c.stamp if c.stamp is not None else 24 * 60


def _occasions(clusters: list[Cluster], ids: list[int]) -> list[list[int]]:
    timed = sorted((i for i in ids if clusters[i].clock is not None), key=lambda i: clusters[i].clock)
    if len(timed) < 2:
        return [ids]
    split: list[list[int]] = [[]]
    for k, i in enumerate(timed):
        if k and _apart(clusters[timed[k - 1]].clock, clusters[i].clock):
            split.append([])
        split[-1].append(i)
    split[0] += [i for i in ids if clusters[i].clock is None]
    return split


def _apart(earlier: int, later: int) -> bool:
    return DAYTIME[0] <= earlier and later < DAYTIME[1] and later - earlier >= OCCASION_GAP
