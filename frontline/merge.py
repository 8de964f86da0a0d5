"""The merge step for events: candidate reports from all documents → one row per real-world event."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from geopy.distance import geodesic

from frontline.event_rows import MergedEvent, best_dated, dedupe_ids, event_row, most_common
from frontline.gazetteer_files import name_key
from frontline.records import (
    UNLISTED_VILLAGE,
    DocumentResult,
    EventCandidate,
    FigureCandidate,
    Place,
    Sentence,
    specificity,
)
from frontline.spelling import skeleton, spelled_alike


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


class _UnionFind:
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


def _dates_compatible(a: _Cluster, b: _Cluster, rules: MergeRules) -> bool:
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


def _near(a: Place, b: Place, rules: MergeRules, cache: dict) -> bool:
    """Places one event may have been reported at: one name, or a vague one ("near Pokrovsk", a district) within
    distance_km of the other. Two towns each named exactly are two events, however close (frontline villages
    are a few km apart and attacked daily)."""
    if a.name == b.name and a.country == b.country:
        return True
    if _exact(a) and _exact(b):
        return False
    key = (a.latitude, a.longitude, b.latitude, b.longitude)
    if key not in cache:
        cache[key] = geodesic((a.latitude, a.longitude), (b.latitude, b.longitude)).km
    return cache[key] <= rules.distance_km


def _exact(place: Place) -> bool:
    return place.geo_precision == 1 and place.feature == "place"


def _contains(vague: Place, specific: Place) -> bool:
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
class _Cluster:
    """Reports already known to be one event (one post's coreferent mentions), summarised for merging."""

    members: list[EventCandidate]
    event_type: str
    sub_event_type: str
    event_date: date
    date_source: str
    date_precision: str
    place: Place | None
    actors: frozenset[str]
    order: tuple


def _summarise(members: list[EventCandidate], published: dict[str, date]) -> _Cluster:
    members.sort(key=lambda c: order_key(c, published))
    placed = [m for m in members if m.place is not None]
    dated = best_dated(members)
    return _Cluster(
        members=members,
        event_type=members[0].event_type,
        sub_event_type=members[0].sub_event_type,
        event_date=dated.event_date,
        date_source=dated.date_source,
        date_precision=dated.date_precision,
        place=min(placed, key=lambda m: specificity(m.place)).place if placed else None,
        actors=frozenset(
            {most_common([m.actor1 for m in members]), most_common([m.actor2 for m in members])}
        ),
        order=order_key(members[0], published),
    )


def merge_events(results: list[DocumentResult], rules: MergeRules) -> list[MergedEvent]:
    """Cluster candidates: in-post coreference first, then same type + same place + same day across documents."""
    published = {r.document.name: r.document.published for r in results}
    groups: dict[tuple[str, int], list[EventCandidate]] = defaultdict(list)
    for r in results:
        for ev in r.events:
            groups[(r.document.name, ev.group)].append(ev)
    clusters = [_summarise(members, published) for members in groups.values()]
    uf = _UnionFind(len(clusters))
    summaries = _join_titles(clusters, uf, rules)
    _join_post_headlines(clusters, uf, rules)
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        buckets[(c.event_type, c.sub_event_type, c.place.country if c.place else "")].append(i)
    cache: dict = {}
    for members in buckets.values():
        _merge_bucket(clusters, members, uf, rules, cache)
    joined: dict[int, list[EventCandidate]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if i not in summaries:
            joined[uf.find(i)].extend(c.members)
    merged = [
        event_row(sorted(m, key=lambda c: order_key(c, published)))
        for m in joined.values()
        if _mappable(m, rules)
    ]
    dedupe_ids(merged, "event_id")
    merged.sort(key=lambda m: (m.row["event_date"], m.row["event_type"], m.row["location"], m.event_id))
    return merged


def _join_titles(clusters: list[_Cluster], uf: _UnionFind, rules: MergeRules) -> set[int]:
    """A document's title sums up its body: 'drone kills nine on Sumy bus' is the body's strike near Bilopillia,
    and 'Russian strike on Dnipro kills 4' is the body's missile and drone attack on Dnipro (the body names the
    weapon, so its sub-type wins). A title with no town of its own over attacks at several places ('Russian
    attacks across Ukraine kill three', 'Kharkiv region: consequences of enemy shelling') is their sum, not an
    event: those titles are returned."""
    summaries: set[int] = set()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        by_doc[c.members[0].sentence.doc_name].append(i)
    for ids in by_doc.values():
        for i in ids:
            if not all(m.sentence.index == 0 for m in clusters[i].members):
                continue  # only a title standing alone; one already joined to a body report stays there
            title = clusters[i]
            body = [
                j
                for j in ids
                if j != i
                and (
                    clusters[j].sub_event_type == title.sub_event_type
                    or (
                        title.event_type in rules.weapon_types
                        and clusters[j].event_type == title.event_type
                        and _same_place(clusters[j], title)
                    )
                )
                and _dates_compatible(title, clusters[j], rules)
            ]
            # "Kryvyi Rih strike kills 11" is not the body's shelling of Marhanets, unless the title names that
            # town as its only other one ("Russian strikes on Kharkiv and Zaporizhzhia" over Zaporizhzhia alone)
            towns = [j for j in body if not _two_towns(title, clusters[j])]
            named = [j for j in body if clusters[j].place and _names(title, clusters[j].place)]
            body = towns or (named if len({clusters[j].place.name for j in named}) == 1 else [])
            placeless = title.place is None or title.place.feature in ("country", "region")
            if placeless and len({clusters[j].place for j in body}) > 1:
                summaries.add(i)
                continue
            if body:
                uf.union(
                    i,
                    min(
                        body,
                        key=lambda j: (clusters[j].sub_event_type != title.sub_event_type, clusters[j].order),
                    ),
                )
    return summaries


def _join_post_headlines(clusters: list[_Cluster], uf: _UnionFind, rules: MergeRules) -> None:
    """A post's headline ('PUTIN ORDERS AUTUMN CALL-UP OF 130,000') is its body's first report of that type in the
    same country, whatever day the body gives it."""
    by_post: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        first = c.members[0].sentence
        by_post[(first.doc_name, first.post_index)].append(i)
    for ids in by_post.values():
        for i in ids:
            headline = clusters[i]
            if not all(m.sentence.is_headline and m.sentence.post_index > 0 for m in headline.members):
                continue
            body = [
                j
                for j in ids
                if j != i
                and clusters[j].sub_event_type == headline.sub_event_type
                and not any(m.sentence.is_headline for m in clusters[j].members)
                and (headline.date_source == "published" or _dates_compatible(headline, clusters[j], rules))
                and _same_country(headline, clusters[j])
                and not _two_towns(headline, clusters[j])
            ]
            if body:
                uf.union(i, min(body, key=lambda j: clusters[j].order))


def _two_towns(a: _Cluster, b: _Cluster) -> bool:
    """'Kryvyi Rih strike kills 11' over a post that ends with a shelling of Marhanets: two towns, each named."""
    both = a.place is not None and b.place is not None and _settlement(a.place) and _settlement(b.place)
    return both and not _one_town(a, b)


def _names(cluster: _Cluster, place: Place) -> bool:
    """Whether a report's sentences name the place too ("Russian strikes on Kharkiv and Zaporizhzhia")."""
    key = f" {name_key(place.name)} "
    return any(key in f" {name_key(m.sentence.text)} " for m in cluster.members)


def _one_town(a: _Cluster, b: _Cluster) -> bool:
    """One settlement's name, in one spelling or two ("Oleksiivka" and "Oleksiyivka")."""
    if a.place is None or b.place is None:
        return False
    ka, kb = name_key(a.place.name), name_key(b.place.name)
    return ka == kb or (skeleton(ka) == skeleton(kb) and spelled_alike(ka, kb))


def _settlement(place: Place) -> bool:
    """A town or village named as such: the gazetteer's, or one the text placed by its region."""
    return _exact(place) or place.feature == UNLISTED_VILLAGE


def _same_country(a: _Cluster, b: _Cluster) -> bool:
    """Places in one country, or a report with none: 'troops sent to fight in Ukraine' is not the body's
    'soldiers North Korea has sent to Russia'."""
    return a.place is None or b.place is None or a.place.country == b.place.country


def _same_place(a: _Cluster, b: _Cluster) -> bool:
    return (
        a.place is not None
        and b.place is not None
        and (a.place.name, a.place.country) == (b.place.name, b.place.country)
    )


NATIONWIDE_RE = re.compile(
    r"\b(?:nationwide|across the country|massive|large-scale|mass|combined missile and drone"
    r"|combined drone and missile|(?:largest|heaviest|biggest) attack"
    r"|(?:fired|launched) [\d,]+ (?:\w+ )?(?:missiles|drones) and [\d,]+ (?:\w+ )?(?:missiles|drones))\b"
)


def _nationwide(members: list[EventCandidate]) -> bool:
    """An attack placed at a country whose report calls it the whole country's ("a massive combined missile and
    drone attack on Ukraine", "killed nationwide")."""
    return any(
        m.place is not None and m.place.feature == "country" and NATIONWIDE_RE.search(m.sentence.text.lower())
        for m in members
    )


def _mappable(members: list[EventCandidate], rules: MergeRules) -> bool:
    if members[0].sub_event_type in rules.placed_sub_types:
        return any(m.place is not None for m in members)
    if members[0].event_type not in rules.located_types:
        return True
    if members[0].event_type in rules.nationwide_types and _nationwide(members):
        return (
            True  # "Russia launched a massive missile and drone attack on Ukraine overnight": the country's
        )
    return any(m.place is not None and m.place.feature != "country" for m in members)


def _merge_bucket(
    clusters: list[_Cluster], members: list[int], uf: _UnionFind, rules: MergeRules, cache: dict
) -> None:
    """Union the clusters of one (type, country) bucket that describe one event; indexed by day to stay linear."""
    specific = [i for i in members if clusters[i].place is not None and clusters[i].place.geo_precision < 3]
    vague = [i for i in members if clusters[i].place is not None and clusters[i].place.geo_precision >= 3]
    placeless = [i for i in members if clusters[i].place is None]
    _merge_specific(clusters, specific, uf, rules, cache)
    by_day: dict[date, list[int]] = defaultdict(list)
    for i in sorted(specific, key=lambda i: clusters[i].order):
        by_day[clusters[i].event_date].append(i)
    _by_key(clusters, vague, lambda c: c.place.name, uf, rules)
    for i in vague:
        a = clusters[i]
        reach = rules.day_window + rules.implicit_days
        near = [j for d in range(-reach, reach + 1) for j in by_day.get(a.event_date + timedelta(days=d), ())]
        home = min(
            (
                j
                for j in near
                if _dates_compatible(a, clusters[j], rules) and _contains(a.place, clusters[j].place)
            ),
            key=lambda j: clusters[j].order,
            default=None,
        )
        if home is not None:
            uf.union(i, home)
    _by_key(clusters, placeless, lambda c: c.actors, uf, rules)


def _day_groups(clusters: list[_Cluster], ids: list[int], uf: _UnionFind) -> dict[date, list[int]]:
    """Clusters by date; the clusters of one key on one day are one event, so they are united at once."""
    days: dict[date, list[int]] = defaultdict(list)
    for i in ids:
        days[clusters[i].event_date].append(i)
    for group in days.values():
        for j in group[1:]:
            uf.union(group[0], j)
    return days


def _days_compatible(clusters: list[_Cluster], a: list[int], b: list[int], rules: MergeRules) -> bool:
    """Whether any cluster of one day-group may be the same event as any of another."""
    return any(
        _dates_compatible(clusters[i], clusters[j], rules)
        for i in a[:1] + _loose(clusters, a)
        for j in b[:1] + _loose(clusters, b)
    )


def _loose(clusters: list[_Cluster], ids: list[int]) -> list[int]:
    return [i for i in ids if clusters[i].date_source == "published"][:1]


def _join_days(
    clusters: list[_Cluster],
    a: dict[date, list[int]],
    b: dict[date, list[int]],
    uf: _UnionFind,
    rules: MergeRules,
) -> None:
    """Unite day-groups of two keys (or one key with itself) whose dates allow one event."""
    reach = rules.day_window + rules.implicit_days
    offsets = [timedelta(days=d) for d in range(-reach, reach + 1)]
    for day, ids in a.items():
        for offset in offsets:
            other = b.get(day + offset)
            if (
                other
                and other is not ids
                and uf.find(ids[0]) != uf.find(other[0])  # already one event
                and _days_compatible(clusters, ids, other, rules)
            ):
                uf.union(ids[0], other[0])


def _by_key(clusters: list[_Cluster], ids: list[int], key, uf: _UnionFind, rules: MergeRules) -> None:
    """Union clusters with one key (a place name, a set of actors) and compatible dates."""
    groups: dict = defaultdict(list)
    for i in ids:
        groups[key(clusters[i])].append(i)
    for group in groups.values():
        _join_days(clusters, _day_groups(clusters, group, uf), _day_groups(clusters, group, uf), uf, rules)


def _merge_specific(
    clusters: list[_Cluster], ids: list[int], uf: _UnionFind, rules: MergeRules, cache: dict
) -> None:
    """Same place name: one event per compatible day; different names: also when within distance_km.
    Names are compared once each, in a sweep over latitude, so the cost grows with places, not reports."""
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in ids:
        by_name[(clusters[i].place.name, clusters[i].place.country)].append(i)
    days = {name: _day_groups(clusters, group, uf) for name, group in by_name.items()}
    for name in days:
        _join_days(clusters, days[name], days[name], uf, rules)
    places = sorted(
        ((clusters[g[0]].place, name) for name, g in by_name.items()), key=lambda p: p[0].latitude
    )
    band = rules.distance_km / 110.0  # degrees of latitude that distance_km can span
    for n, (pa, name_a) in enumerate(places):
        for pb, name_b in places[n + 1 :]:
            if pb.latitude - pa.latitude > band:
                break
            if _near(pa, pb, rules, cache):
                _join_days(clusters, days[name_a], days[name_b], uf, rules)
