"""A document's title and a post's headline joined to the body report they announce, unless they name another
town or sum up several."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from frontline.clusters import Cluster, MergeRules, UnionFind, dates_compatible, exact
from frontline.event_rows import labelled_summary
from frontline.gazetteer_files import name_key
from frontline.records import UNLISTED_VILLAGE, Place, Sentence
from frontline.spelling import skeleton, spelled_alike


def join_titles(clusters: list[Cluster], uf: UnionFind, rules: MergeRules) -> set[int]:
    """A document's title (or a lead labelled 'IN BRIEF') sums up its body: 'drone kills nine on Sumy bus' is the
    body's strike near Bilopillia, and 'Russian strike on Dnipro kills 4' is the body's missile and drone attack on
    Dnipro (the body names the weapon, so its sub-type wins). A title with no town of its own over attacks at
    several places ('Russian attacks across Ukraine kill three', 'Kharkiv region: consequences of enemy
    shelling') is their sum, not an event: those titles are returned."""
    summaries: set[int] = set()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        by_doc[c.members[0].sentence.doc_name].append(i)
    for ids in by_doc.values():
        for i in ids:
            if not all(_sums_up(m.sentence) for m in clusters[i].members):
                continue  # only a title standing alone; one already joined to a body report stays there
            title = clusters[i]
            kin = [
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
            ]
            body = [j for j in kin if dates_compatible(title, clusters[j], rules)]
            if not body and title.date_source == "published" and _one_place_told(clusters, ids, i):
                # "Report: glide bomb on Kupiansk market killed eight" over a lede dated June: an undated title
                # sums up its body's one report of its kind, whatever day the body gives it
                body = kin
            # "Kryvyi Rih strike kills 11" is not the body's shelling of Marhanets, unless the title names that
            # town as its only other one ("Russian strikes on Kharkiv and Zaporizhzhia" over Zaporizhzhia alone)
            # "… at Lozova station" over the standfirst's "In a separate attack … in Sumy Oblast": another region;
            # "NATO condemned …" is not the title's "Russia denies …"
            body = [
                j
                for j in body
                if not _other_region(title, clusters[j])
                and (title.sub_event_type not in rules.speaker_sub_types or _sides_agree(title, clusters[j]))
            ]
            towns = [j for j in body if not _two_towns(title, clusters[j])]
            named = [j for j in body if clusters[j].place and _names(title, clusters[j].place)]
            body = towns or (named if len({clusters[j].place.name for j in named}) == 1 else [])
            placeless = title.place is None or title.place.feature in ("country", "region")
            if placeless and len({clusters[j].place for j in body}) > 1:
                summaries.add(i)
                continue
            if not placeless and len(_own_town_days(title, [clusters[j] for j in body])) > 1:
                summaries.add(i)  # "drones hit a bus and a car in Kherson": Monday's car and Tuesday's bus
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


def _one_place_told(clusters: list[Cluster], ids: list[int], title: int) -> bool:
    """Whether the body tells events of the title's kind at one place only."""
    kind = clusters[title].event_type
    return len({clusters[j].place for j in ids if j != title and clusters[j].event_type == kind}) == 1


def _own_town_days(title: Cluster, body: list[Cluster]) -> set:
    """The days the body's reports at the title's own town are dated to by the text itself."""
    return {
        c.event_date
        for c in body
        if c.date_source != "published" and c.place is not None and _one_town(title, c)
    }


def _sums_up(sentence: Sentence) -> bool:
    """A title, or a lead labelled as the summary of what follows ("IN BRIEF — Russia's heaviest attack …")."""
    return sentence.index == 0 or labelled_summary(sentence)


def join_post_headlines(clusters: list[Cluster], uf: UnionFind, rules: MergeRules) -> None:
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
                and (headline.date_source == "published" or dates_compatible(headline, clusters[j], rules))
                and _same_country(headline, clusters[j])
                and not _two_towns(headline, clusters[j])
            ]
            if body:
                uf.union(i, min(body, key=lambda j: clusters[j].order))


def _two_towns(a: Cluster, b: Cluster) -> bool:
    """'Kryvyi Rih strike kills 11' over a post that ends with a shelling of Marhanets: two towns, each named."""
    both = a.place is not None and b.place is not None and _settlement(a.place) and _settlement(b.place)
    return both and not _one_town(a, b)


def _names(cluster: Cluster, place: Place) -> bool:
    """Whether a report's sentences name the place too ("Russian strikes on Kharkiv and Zaporizhzhia")."""
    key = f" {name_key(place.name)} "
    return any(key in _text_key(m.sentence.text) for m in cluster.members)


@lru_cache(maxsize=4096)
def _text_key(text: str) -> str:
    return f" {name_key(text)} "


def _one_town(a: Cluster, b: Cluster) -> bool:
    """One settlement's name, in one spelling or two ("Oleksiivka" and "Oleksiyivka")."""
    if a.place is None or b.place is None:
        return False
    (ka, sa), (kb, sb) = _town_key(a.place.name), _town_key(b.place.name)
    return ka == kb or (sa == sb and spelled_alike(ka, kb))


@lru_cache(maxsize=4096)
def _town_key(name: str) -> tuple[str, str]:
    """A town name's key and its Russian/Ukrainian spelling skeleton."""
    key = name_key(name)
    return key, skeleton(key)


def _settlement(place: Place) -> bool:
    """A town or village named as such: the gazetteer's, or one the text placed by its region."""
    return exact(place) or place.feature == UNLISTED_VILLAGE


def _same_country(a: Cluster, b: Cluster) -> bool:
    """Places in one country, or a report with none: 'troops sent to fight in Ukraine' is not the body's
    'soldiers North Korea has sent to Russia'."""
    return a.place is None or b.place is None or a.place.country == b.place.country


def _sides_agree(a: Cluster, b: Cluster) -> bool:
    """No acting side of one report contradicts the other's."""
    sides_a = {m.actor1 for m in a.members if m.actor1}
    sides_b = {m.actor1 for m in b.members if m.actor1}
    return not sides_a or not sides_b or bool(sides_a & sides_b)


def _other_region(title: Cluster, body: Cluster) -> bool:
    """A body report placed at a whole region that does not hold the title's town."""
    t, b = title.place, body.place
    return (
        t is not None
        and b is not None
        and _settlement(t)
        and b.feature == "region"
        and (t.admin1, t.country) != (b.admin1, b.country)
    )


def _same_place(a: Cluster, b: Cluster) -> bool:
    return (
        a.place is not None
        and b.place is not None
        and (a.place.name, a.place.country) == (b.place.name, b.place.country)
    )
