"""One sentence, several reports: the attacks its independent clauses report, each with its own place, casualty
counts and speaker ('A drone struck Sumy, injuring three; in Kharkiv, a guided bomb killed a man')."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from frontline.analysis import Analysis
from frontline.attribution import Attributor
from frontline.claimant import Claimant
from frontline.clauses import clause_starts
from frontline.codebook import KINETIC
from frontline.events import EventDraft, EventFinder
from frontline.figures import FigureDraft
from frontline.records import Place, PlaceMention, one_region, specificity

CASUALTY_METRICS = {"killed": "fatalities", "injured": "injuries"}
# the killed or injured one event can have; a larger number is a tally or a war-wide estimate (the deadliest
# single attacks of this war killed tens, the Mariupol theatre some hundreds)
PLAUSIBLE_EVENT_CASUALTIES = 1_000
NEAR_DEG = 0.25  # ~25 km: a district this close to a town may hold it
# words of a running total: "since the start of the invasion", "in total"; not one attack's toll
TALLY_WORDS = frozenset(("since", "total", "overall", "cumulative"))
# a period's count: "over the past day", "in the last 24 hours", "this week"; a daily or weekly summary's tally
PERIOD_RE = re.compile(
    r"\b(?:(?:past|last)(?: (?:\d+|two|three|few|seven))? (?:day|week|month|hour)s?|this (?:week|month))\b"
    # "the point had treated 23 wounded in 36 hours": a tally of a span, not of one attack
    r"|\b(?:in|within|over) (?:the )?(?:\d+|two|three|four|five|six|seven) (?:hours|days|weeks|months)\b"
)


@dataclass
class Report:
    """An event draft, the figures that count its casualties, and its clause's own speaker (None: the sentence's)."""

    draft: EventDraft
    figures: list[FigureDraft]
    claimant: Claimant | None = None

    @property
    def base(self) -> str:
        return self.draft.base


def casualty_counts(figures: list[FigureDraft], civilians_only: bool = False) -> dict[str, int]:
    """Fatalities and injuries in figures: the largest count of each, or the people counted by articles added up
    ("a man and a woman were injured": two); not a war-wide estimate."""
    counts: dict[str, int] = {}
    one_by_one: Counter[str] = Counter()
    for f in figures:
        field = CASUALTY_METRICS.get(f.metric)
        value = f.number.value
        if not field or value != int(value) or value > PLAUSIBLE_EVENT_CASUALTIES:
            continue
        if civilians_only and f.noun_class not in ("people", "") and not f.one_person:
            # "30 soldiers were killed" in the next sentence is another count; "A soldier was wounded" (one man, no
            # written number) is the attack's
            continue
        one_by_one[field] += f.one_person
        counts[field] = max(counts.get(field, 0), int(value), one_by_one[field])
    return counts


def sentence_reports(
    an: Analysis,
    drafts: list[EventDraft],
    figures: list[FigureDraft],
    finder: EventFinder,
    attributor: Attributor,
    claimant_country: str,
    published: date,
    zero: bool,
) -> list[Report]:
    """The sentence's events as reports. A sentence whose clauses report attacks at places apart gives one report
    per place; otherwise the sentence's drafts, each counting every casualty figure."""
    whole = [Report(d, figures) for d in drafts]
    if len(an.places) < 2 or sum(p.place.feature != "country" for p in an.places) < 2:
        return whole
    clauses = _independent_clauses(an, figures)
    if len(clauses) < 2:
        return whole
    attacks: list[Report] = []
    owners: list[Report | None] = []
    counted = [_figures_in(an, figures, lo, hi) for lo, hi in clauses]  # each clause's figures
    for (lo, hi), own in zip(clauses, counted, strict=True):
        sub = an.within(lo, hi)
        speaker = attributor.clause_claimant(an, lo, (lo, hi)) if lo else None
        has_counts = zero or bool(casualty_counts(own))
        country = speaker.country if speaker else claimant_country
        found = [d for d in finder.find(sub, has_counts, country, published) if d.base in KINETIC]
        owners.append(_file(found, attacks, speaker) or _spread(sub, has_counts, attacks, finder, speaker))
    if len(attacks) < 2:
        return whole
    for k, own in enumerate(counted):
        owner = owners[k] or next(o for o in (*owners[k::-1], *owners[k:]) if o is not None)
        owner.figures.extend(own)
    return [*attacks, *(r for r in whole if r.base not in KINETIC)]


def _independent_clauses(an: Analysis, figures: list[FigureDraft]) -> list[tuple[int, int]]:
    """Token spans of clauses that report something at a place of their own; a clause that does not (no place,
    or nothing happening there) belongs with the clause before it, or the first with the one after it."""
    starts = clause_starts(an.tokens, frozenset(m.i for m in an.matches_of("verb", "trigger")))
    n = len(an.tokens)
    spans = list(zip(starts, [*starts[1:], n], strict=True))

    def independent(lo: int, hi: int) -> bool:
        start, end = an.tokens.start[lo], an.tokens.end[hi - 1]
        if not any(start <= p.start and p.end <= end and p.place.feature != "country" for p in an.places):
            return False
        triggers = any(lo <= m.i < hi for m in an.matches_of("trigger"))
        return triggers or any(f.metric in CASUALTY_METRICS for f in _figures_in(an, figures, lo, hi))

    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and not independent(lo, hi):
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    if len(merged) > 1 and not independent(*merged[0]):
        merged[:2] = [(merged[0][0], merged[1][1])]
    return merged


def _figures_in(an: Analysis, figures: list[FigureDraft], lo: int, hi: int) -> list[FigureDraft]:
    return [f for f in figures if lo <= an.tokens.index_at(f.number.start) < hi]


def _file(found: list[EventDraft], attacks: list[Report], speaker: Claimant | None) -> Report | None:
    """Add a clause's attacks to the sentence's, unless one repeats an earlier clause's (same kind, same area);
    returns the report the clause's casualty counts belong to."""
    mine = None
    for draft in found:
        same = next(
            (
                r
                for r in attacks
                if r.base == draft.base
                and (
                    draft.place is None
                    or r.draft.place is None
                    or same_area(draft.place.place, r.draft.place.place)
                )
            ),
            None,
        )
        if same is None:
            same = Report(draft, [], speaker)
            attacks.append(same)
        mine = mine or same
    return mine


def _spread(
    sub: Analysis, has_counts: bool, attacks: list[Report], finder: EventFinder, speaker: Claimant | None
) -> Report | None:
    """The last attack's reach to another place: 'Russian troops shelled Kherson and hit a bus in Beryslav,
    killing one' (a verb of its own, another place), 'Russian attacks killed two in Kherson and injured four in
    Zaporizhzhia' (only casualties: another region)."""
    places = [p for p in sub.places if p.place.feature != "country"]
    if not (has_counts and attacks and places):
        return None
    last = attacks[-1].draft
    place = min(places, key=lambda p: specificity(p.place))
    if last.place is not None:
        here, there = place.place, last.place.place
        if sub.has("trigger") and same_area(here, there):
            return None
        if not sub.has("trigger") and one_region(here, there):
            return None  # more of one attack's toll ("… and injured ten in its Darnytskyi district")
    report = Report(_moved(last, place, sub, finder), [], speaker)
    attacks.append(report)
    return report


def _moved(draft: EventDraft, place: PlaceMention, sub: Analysis, finder: EventFinder) -> EventDraft:
    """The draft at another place, with the weapon its clause names if it names one."""
    cls = draft.cls
    weapons = sub.of_kind("weapon")
    if cls.startswith("strike:") and weapons:
        cls = f"strike:{weapons[0].payload}"
    event_type, sub_type = finder.codebook.class_to_type[cls]
    old_country = draft.place.place.country if draft.place else ""
    actor2 = draft.actor2 if place.place.country == old_country else place.place.country
    return EventDraft(
        cls,
        event_type,
        sub_type,
        place,
        draft.actor1,
        actor2 if actor2 != draft.actor1 else "",
        draft.trigger,
    )


def same_area(a: Place, b: Place) -> bool:
    """One place, or one inside the other: a region and a town in it, a city and its district (a district and a
    town of one region count when they are close: the gazetteer knows no districts' borders)."""
    if not one_region(a, b):
        return False
    if a.name == b.name:
        return True
    features = {a.feature, b.feature}
    if "region" in features:
        return bool(a.admin1)
    return (
        "district" in features
        and abs(a.latitude - b.latitude) < NEAR_DEG
        and abs(a.longitude - b.longitude) < NEAR_DEG
    )
