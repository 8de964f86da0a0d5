"""Place-less reports ('the Wednesday evening strike', 'the shells landed') joined to the event they refer to."""

from __future__ import annotations

from bisect import bisect_left

from frontline.records import EventCandidate
from frontline.tolls import COUNTRYWIDE_RE

DEFINITE = frozenset(("the", "this", "that", "these", "those"))
REFER_BACK_REACH = 5  # earlier reports of its type a definite report ('the shells') may mean
IMPLIED_DAYS = 2  # an inherited or publication date may be this far from the day of the report it repeats


def attach_placeless(
    events: list[EventCandidate], new_topic: frozenset[str], standalone: frozenset[str] = frozenset()
) -> None:
    """A place-less report ('the Wednesday evening strike') is the same event as a report of its type in its
    paragraph, or as the post's only report of that type with a place when their actors agree and that report
    does not open a new topic ('Separately, a glide bomb killed …'); a post may be a list of separate items, so
    nothing looser."""
    openers = tuple(f"{w} " for w in new_topic) + tuple(f"{w}," for w in new_topic)
    placed: dict[tuple, list[int]] = {}  # (type, sub-type[, paragraph]) -> indices of reports with a place
    placeless: dict[tuple, list[int]] = {}
    for j, ev in enumerate(events):
        kind = (ev.event_type, ev.sub_event_type)
        target = placed if ev.place is not None else placeless
        target.setdefault(kind, []).append(j)
        target.setdefault((*kind, ev.sentence.paragraph), []).append(j)
    by_type: dict[str, list[int]] = {}  # event type -> indices of reports with a place
    for j, ev in enumerate(events):
        if ev.place is not None:
            by_type.setdefault(ev.event_type, []).append(j)
    for k, ev in enumerate(events):
        if ev.place is not None or ev.unlisted_place or ev.sub_event_type in standalone:
            continue  # a statement has no venue: each is its own ("would respond", then "also denied")
        kind = (ev.event_type, ev.sub_event_type)
        paragraph = (*kind, ev.sentence.paragraph)
        nearest = _nearest(placed.get(paragraph, []), k)
        only = placed.get(kind, [])
        countrywide = _countrywide_report(events, k)
        if countrywide >= 0:
            target = countrywide  # "Across the country, four people were killed in the attack"
        elif nearest is not None:
            target = nearest
        elif placeless[paragraph][0] < k:
            target = placeless[paragraph][0]
        elif _refers_back(ev) and (back := _referent(events, only, by_type.get(ev.event_type, []), k)) >= 0:
            # "The shells landed shortly after two", "UN monitors verified that the strike killed 11": the attack
            # just reported, whatever weapon it named; the sentence right after it is of its day however long ago
            if ev.date_source != "explicit" and ev.sentence.index - events[back].sentence.index <= 1:
                ev.group = events[back].group
                continue
            target = back
        elif (
            only
            and len({events[j].place.name for j in only}) == 1
            and _actors_agree(ev, events[only[0]])
            and not events[_nearest(only, k)].sentence.text.lower().startswith(openers)
        ):
            target = _nearest(only, k)  # every report of this type in the post is at one place
        else:
            target = next((j for j in placeless[kind] if j < k and _actors_agree(ev, events[j])), -1)
        if target >= 0 and _same_days(ev, events[target]):
            ev.group = events[target].group


def _countrywide_report(events: list[EventCandidate], k: int) -> int:
    """For a report that speaks for the whole country, the post's last earlier report of its kind of event placed
    at a country (the nationwide attack), whatever its weapon; -1 when there is none."""
    ev = events[k]
    if COUNTRYWIDE_RE.search(ev.sentence.text.lower()) is None:
        return -1
    return next(
        (
            j
            for j in range(k - 1, -1, -1)
            if events[j].place is not None
            and events[j].place.feature == "country"
            and events[j].event_type == ev.event_type
            and _actors_agree(ev, events[j])
        ),
        -1,
    )


def _referent(events: list[EventCandidate], same_kind: list[int], same_type: list[int], k: int) -> int:
    """What 'the strike' of report k means: the last report of its kind, else of its type ('two Iskander
    missiles struck …; monitors verified that the strike killed 11')."""
    back = _last_agreeing(events, same_kind, k)
    typed = _last_agreeing(events, same_type, k)
    # the last report of its type when that is the sentence just before ("… missiles struck Sumy. Monitors
    # verified that the strike killed 14"), else the last of its kind
    if typed >= 0 and events[k].sentence.index - events[typed].sentence.index <= 1:
        return typed
    return back


def _last_agreeing(events: list[EventCandidate], placed: list[int], k: int) -> int:
    """The last report with a place before report k whose actors agree with it, looking back a few reports only
    (a long post stays linear); -1 when there is none."""
    start = bisect_left(placed, k)
    for j in reversed(placed[max(0, start - REFER_BACK_REACH) : start]):
        if _actors_agree(events[k], events[j]):
            return j
    return -1


def _refers_back(ev: EventCandidate) -> bool:
    """'the shells landed', 'this attack': a report whose trigger a definite article makes an earlier one."""
    low = ev.sentence.text.lower()
    at = low.find(ev.trigger.lower()) if ev.trigger else -1
    return at > 0 and low[:at].rstrip().rsplit(" ", 1)[-1] in DEFINITE


def _same_days(a: EventCandidate, b: EventCandidate) -> bool:
    """Dates that allow one event: the same day, or days apart when one was only inherited or implied."""
    if a.event_date == b.event_date:
        return True
    implied = a.date_source != "explicit" or b.date_source != "explicit"
    return implied and abs((a.event_date - b.event_date).days) <= IMPLIED_DAYS


def _nearest(indices: list[int], k: int) -> int | None:
    """The index in a sorted list closest to k (the earlier on a tie)."""
    pos = bisect_left(indices, k)
    options = [indices[i] for i in (pos - 1, pos) if 0 <= i < len(indices)]
    return min(options, key=lambda j: (abs(j - k), j)) if options else None


def _actors_agree(a: EventCandidate, b: EventCandidate) -> bool:
    """No named side contradicts: each report's actors are blank or among the other's."""
    sides_a = {x for x in (a.actor1, a.actor2) if x}
    sides_b = {x for x in (b.actor1, b.actor2) if x}
    return not sides_a or not sides_b or sides_a <= sides_b or sides_b <= sides_a
