"""The merge step for events: candidate reports from all documents → one row per real-world event."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta

from frontline.clusters import (
    Cluster,
    MergeRules,
    UnionFind,
    contains,
    dates_compatible,
    near,
    occasions,
    order_key,
    summarise,
)
from frontline.event_rows import MergedEvent, dedupe_ids, event_row, most_common
from frontline.records import DocumentResult, EventCandidate
from frontline.statement_topics import topic_stems
from frontline.title_joins import join_post_headlines, join_titles


def merge_events(results: list[DocumentResult], rules: MergeRules) -> list[MergedEvent]:
    """Cluster candidates: in-post coreference first, then same type + same place + same day across documents."""
    published = {r.document.name: r.document.published for r in results}
    groups: dict[tuple[str, int], list[EventCandidate]] = defaultdict(list)
    for r in results:
        for ev in r.events:
            groups[(r.document.name, ev.group)].append(ev)
    clusters = [summarise(members, published) for members in groups.values()]
    uf = UnionFind(len(clusters))
    summaries = join_titles(clusters, uf, rules)
    join_post_headlines(clusters, uf, rules)
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if i not in summaries:  # a title summing up several events is no bridge between them
            buckets[
                (c.event_type, c.sub_event_type, c.place.country if c.place else "", _towards(c, rules))
            ].append(i)
    _join_undirected(buckets)
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


def _towards(c: Cluster, rules: MergeRules) -> str:
    """The other state of a placed diplomatic act: Lithuania's summonses of Belarus's and of Russia's envoys in
    Vilnius on one afternoon are two acts, towards two states."""
    if c.place is None or c.sub_event_type not in rules.counterpart_sub_types:
        return ""
    return most_common([m.actor2 for m in c.members])


def _join_undirected(buckets: dict[tuple, list[int]]) -> None:
    """A diplomatic act that names no other state may be any of the directed ones at its place: it joins each."""
    for key in [k for k in buckets if k[3] == ""]:
        directed = [k for k in buckets if k[:3] == key[:3] and k[3]]
        for other in directed:
            buckets[other] = sorted(buckets[other] + buckets[key])
        if directed:
            del buckets[key]


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
    clusters: list[Cluster], members: list[int], uf: UnionFind, rules: MergeRules, cache: dict
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
        if all(m.unlisted_place for m in a.members):
            continue  # "had captured Novoekonomichne", placed only by the text's region: its own village
        reach = rules.day_window + rules.implicit_days
        near = [j for d in range(-reach, reach + 1) for j in by_day.get(a.event_date + timedelta(days=d), ())]
        home = min(
            (
                j
                for j in near
                if dates_compatible(a, clusters[j], rules) and contains(a.place, clusters[j].place)
            ),
            key=lambda j: clusters[j].order,
            default=None,
        )
        if home is not None:
            uf.union(i, home)
    if placeless and clusters[placeless[0]].sub_event_type in rules.speaker_sub_types:
        _merge_statements(clusters, placeless, uf, rules)
    else:
        _by_key(clusters, placeless, lambda c: c.actors, uf, rules)


def _merge_statements(clusters: list[Cluster], ids: list[int], uf: UnionFind, rules: MergeRules) -> None:
    """One speaker's statements to one side on compatible days are one event (Slovakia's threat to Ukraine and
    Ukraine's reply on the same day are two), unless one report alone tells them, in sentences about different
    things: 'China has never provided lethal weapons …' and 'China will take necessary measures to safeguard …
    Chinese companies' in one press conference are two statements; a headline's 'Kremlin denies summit report' and
    its post's 'Peskov denied a report …' one. Reports in several documents are joined as before, in linear time."""
    speakers: dict[tuple, list[int]] = defaultdict(list)
    for i in ids:
        speakers[(clusters[i].actors, clusters[i].speaker)].append(i)
    _join_told_on(clusters, ids, uf, rules)
    reach = range(-(rules.day_window + rules.implicit_days), rules.day_window + rules.implicit_days + 1)
    for group in speakers.values():
        if len({clusters[i].members[0].sentence.doc_name for i in group}) > 1:
            _join_group(clusters, group, uf, rules)
            continue
        by_day: dict[date, list[int]] = defaultdict(list)
        for i in group:
            by_day[clusters[i].event_date].append(i)
        topics = {i: topic_stems(clusters[i]) for i in group}
        for i in group:
            a = clusters[i]
            for offset in reach:
                for j in by_day.get(a.event_date + timedelta(days=offset), ()):
                    if (
                        j > i
                        and dates_compatible(a, clusters[j], rules)
                        and not topics[i].isdisjoint(topics[j])
                    ):
                        uf.union(i, j)


def _join_told_on(clusters: list[Cluster], ids: list[int], uf: UnionFind, rules: MergeRules) -> None:
    """'Moscow dismissed the move within hours. "We do not recognise these decisions," Peskov told reporters,
    denying …': a side's statement told on in the next sentence of its paragraph, by whoever speaks for it, is the
    same statement."""
    at = {
        (m.sentence.doc_name, m.sentence.paragraph, m.sentence.index): i
        for i in ids
        for m in clusters[i].members
    }
    for i in ids:
        for m in clusters[i].members:
            j = at.get((m.sentence.doc_name, m.sentence.paragraph, m.sentence.index - 1))
            if (
                j is not None
                and j != i
                and clusters[j].speaker == clusters[i].speaker
                and any(_points_on(e) for e in clusters[j].members)
                and dates_compatible(clusters[i], clusters[j], rules)
            ):
                uf.union(i, j)


# what a statement points back at: "dismissed the move", "rejected it", "denied the claims"
POINTING_RE = re.compile(
    r"\s+(?:it|them|this|that|these|those|the (?:move|moves|decision|decisions|ruling|warrants?|claims?|reports?|"
    r"accusations?|allegations?|idea|proposal|plan|statement|remarks))\b(?! that)"
)


def _points_on(ev: EventCandidate) -> bool:
    """'Moscow dismissed the move', 'Kyiv rejected it': a statement about what the text just told, which the
    next sentence spells out."""
    text = ev.sentence.text
    at = text.find(ev.trigger)
    return at >= 0 and POINTING_RE.match(text, at + len(ev.trigger)) is not None


def _day_groups(clusters: list[Cluster], ids: list[int], uf: UnionFind) -> dict[date, list[int]]:
    """Clusters by date; the clusters of one key on one day are one event, so they are united at once, unless
    they tell acts hours apart (see occasions); the first occasion stands for the day in later joins."""
    days: dict[date, list[int]] = defaultdict(list)
    for i in ids:
        days[clusters[i].event_date].append(i)
    for day, group in days.items():
        split = occasions(clusters, group)
        for occasion in split:
            for j in occasion[1:]:
                uf.union(occasion[0], j)
        days[day] = split[0] + [i for occasion in split[1:] for i in occasion]
    return days


def _days_compatible(clusters: list[Cluster], a: list[int], b: list[int], rules: MergeRules) -> bool:
    """Whether any cluster of one day-group may be the same event as any of another."""
    return any(
        dates_compatible(clusters[i], clusters[j], rules)
        for i in a[:1] + _loose(clusters, a)
        for j in b[:1] + _loose(clusters, b)
    )


def _loose(clusters: list[Cluster], ids: list[int]) -> list[int]:
    return [i for i in ids if clusters[i].date_source == "published"][:1]


def _join_days(
    clusters: list[Cluster],
    a: dict[date, list[int]],
    b: dict[date, list[int]],
    uf: UnionFind,
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


def _by_key(clusters: list[Cluster], ids: list[int], key, uf: UnionFind, rules: MergeRules) -> None:
    """Union clusters with one key (a place name, a set of actors) and compatible dates."""
    groups: dict = defaultdict(list)
    for i in ids:
        groups[key(clusters[i])].append(i)
    for group in groups.values():
        _join_group(clusters, group, uf, rules)


def _join_group(clusters: list[Cluster], group: list[int], uf: UnionFind, rules: MergeRules) -> None:
    """One event per compatible day among clusters of one key."""
    days = _day_groups(clusters, group, uf)
    _join_days(clusters, days, days, uf, rules)


def _merge_specific(
    clusters: list[Cluster], ids: list[int], uf: UnionFind, rules: MergeRules, cache: dict
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
            if near(pa, pb, rules, cache):
                _join_days(clusters, days[name_a], days[name_b], uf, rules)
