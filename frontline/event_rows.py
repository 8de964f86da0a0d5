"""One merged event's row: the trusted date, the most specific place, the commonest actors, the most specific
claimant, the largest toll; with ids that are the same on every run."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from frontline.records import EventCandidate, Place, Sentence, specificity

# a lead labelled as the summary of the text below it: it announces the body's reports, as a title does
SUMMARY_LABEL_RE = re.compile(r"(?:IN BRIEF|IN SHORT|SUMMARY|AT A GLANCE|KEY POINTS|THE BIG PICTURE|TL;DR)\b")

CLAIMANT_RANK = {"generic": 1, "country": 2}  # anything else (a person, a body, a medium) ranks first
SOURCE_RANK = {"explicit": 0, "post": 1, "published": 2}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2}


@dataclass
class MergedEvent:
    """One real-world event: the reports merged into it and its row of the events table."""

    event_id: str
    members: list[EventCandidate]
    row: dict


def stable_id(*parts: object) -> str:
    """A short id that depends only on what identifies the record, so it is the same on every run."""
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def best_dated(members: list[EventCandidate]) -> EventCandidate:
    """The report whose date to trust: a date phrase over an inherited one, a day over a week; then the commonest."""
    if len(members) == 1:
        return members[0]
    best = min((SOURCE_RANK[m.date_source], PRECISION_RANK.get(m.date_precision, 3)) for m in members)
    dated = [
        m for m in members if (SOURCE_RANK[m.date_source], PRECISION_RANK.get(m.date_precision, 3)) == best
    ]
    counts = Counter(m.event_date for m in dated)
    top = max(counts.values())
    when = min(d for d, n in counts.items() if n == top)
    return next(m for m in dated if m.event_date == when)


def most_common(values: list[str]) -> str:
    if len(values) == 1:
        return values[0]
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else ""


def _best_claimant(members: list[EventCandidate]) -> str:
    """The most specific credited source: a named person or body, then a bare 'governor', then a country."""
    credited = [m for m in members if m.claimant]
    if not credited:
        return ""
    return min(credited, key=lambda m: CLAIMANT_RANK.get(m.claimant_kind, 0)).claimant


def event_row(members: list[EventCandidate]) -> MergedEvent:
    first = members[0]
    typed = next((m for m in members if not _headline(m)), first)  # a headline's type yields to its body's
    # a headline sums up its body ("strikes on Kharkiv and Zaporizhzhia"): the body's place is the event's
    body = [m for m in members if m.place is not None and not _headline(m)]
    placed = body or [m for m in members if m.place is not None]
    place = min(placed, key=lambda m: specificity(m.place)).place if placed else None
    if place is not None and place.feature == "region":
        # "drones attacked the Voronezh region" under "three injured by drone debris in Liski": the headline's
        # town inside the body's region is where it happened
        inside = [m.place for m in members if m.place is not None and _within(m.place, place)]
        place = min(inside, key=specificity, default=place)
    dated = best_dated(members)
    when, precision = dated.event_date, dated.date_precision
    actor1 = most_common([m.actor1 for m in members])
    fatalities = _tolls([(m.fatalities, m.claimant_country) for m in members], actor1)
    injuries = _tolls([(m.injuries, m.claimant_country) for m in members], actor1)
    actor2 = most_common([m.actor2 for m in members])
    where = (place.name, place.admin1, place.country) if place else ("", "", actor1 + "/" + actor2)
    event_id = stable_id(typed.sub_event_type, when.isoformat(), *where)
    row = {
        "event_id": event_id,
        "event_date": when.isoformat(),
        "date_precision": precision,
        "event_type": typed.event_type,
        "sub_event_type": typed.sub_event_type,
        "actor1": actor1,
        "actor2": actor2,
        "location": place.name if place else "",
        "admin1": place.admin1 if place else "",
        "country": place.country if place else "",
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else None,
        "fatalities": max(fatalities) if fatalities else None,
        "injuries": max(injuries) if injuries else None,
        "claimant": _best_claimant(members),
        "source_doc": first.sentence.doc_name,
        "source_quote": first.sentence.text,
        "mentions": len({(m.sentence.doc_name, m.sentence.index) for m in members}),
    }
    return MergedEvent(event_id, members, row)


def _within(place: Place, region: Place) -> bool:
    return place.feature != "region" and (place.admin1, place.country) == (region.admin1, region.country)


def _headline(m: EventCandidate) -> bool:
    return m.sentence.index == 0 or m.sentence.is_headline or labelled_summary(m.sentence)


def labelled_summary(sentence: Sentence) -> bool:
    """A lead that labels itself the summary of the text below it ("IN BRIEF — Russia's heaviest attack …")."""
    return SUMMARY_LABEL_RE.match(sentence.text) is not None


def dedupe_ids(records: list, field: str) -> None:
    """Two distinct records with one natural key get numbered ids, in a stable order."""
    seen: Counter = Counter()
    for rec in sorted(records, key=lambda r: (r.row["source_doc"], r.row["source_quote"], r.row[field])):
        key = getattr(rec, field)
        seen[key] += 1
        if seen[key] > 1:
            new = f"{key}-{seen[key]}"
            setattr(rec, field, new)
            rec.row[field] = new


def _tolls(counts: list[tuple[int | None, str]], attacker: str) -> list[int]:
    """The counts of one toll across an event's reports; the attacker's count of those it killed ("killing up to
    40 officers") yields to anyone else's."""
    given = [(n, country) for n, country in counts if n is not None]
    others = [n for n, country in given if not attacker or country != attacker]
    return others or [n for n, _ in given]
