"""A sentence's event and figure drafts turned into the rows of a document's result."""

from __future__ import annotations

from datetime import date

from frontline.analysis import Analysis
from frontline.claimant import Claimant
from frontline.dates import bounds_period
from frontline.events import EventDraft
from frontline.figures import FigureDraft
from frontline.records import DocumentResult, EventCandidate, FigureCandidate
from frontline.reports import CASUALTY_METRICS


def event_candidate(
    an: Analysis,
    draft: EventDraft,
    claimant: Claimant,
    event_date: date,
    precision: str,
    source: str,
    number: int,
) -> EventCandidate:
    """A sentence's event as a row, dated, credited and numbered within its document."""
    return EventCandidate(
        event_date=event_date,
        date_precision=precision,
        event_type=draft.event_type,
        sub_event_type=draft.sub_event_type,
        actor1=draft.actor1,
        actor2=draft.actor2,
        place=draft.place.place if draft.place else None,
        fatalities=None,
        injuries=None,
        claimant=claimant.name,
        claimant_kind=claimant.kind,
        claimant_country=claimant.country,
        sentence=an.sentence,
        trigger=an.sentence.text[draft.trigger.start : draft.trigger.end],
        date_source=source,
        group=number,
        unlisted_place=draft.unlisted_place,
    )


def figure_candidate(
    an: Analysis,
    f: FigureDraft,
    claimant: Claimant,
    group: int,
    result: DocumentResult,
    published: date,
    undated: tuple[date, str],
    bounds: tuple[str, ...],
) -> FigureCandidate:
    """A sentence's figure as a row: an attack's toll takes the attack's date and place, any other figure its own
    date, the last date before it, or the post's."""
    linked = group if f.metric in CASUALTY_METRICS and group >= 0 else -1
    if linked >= 0:
        event = result.events[linked]
        refers, precision = event.event_date, event.date_precision
    elif f.date is not None:
        refers, precision = f.date.date, f.date.precision
    else:
        before = [d for d in an.dates if d.end <= f.number.start and not bounds_period(d, bounds)]
        refers, precision = (before[-1].date, before[-1].precision) if before else undated
    place = f.place.place if f.place else None
    if place is None and linked >= 0:
        place = result.events[linked].place
    return FigureCandidate(
        reported_date=published,
        refers_to_date=refers,
        date_precision=precision,
        metric=f.metric,
        subject=f.subject,
        value=f.number.value,
        unit=f.number.unit,
        qualifier=f.number.qualifier,
        claimant=claimant.name,
        claimant_country=claimant.country,
        place=place,
        sentence=an.sentence,
        event_group=linked,
    )
