"""Whose toll a sentence's casualty count is: the post's last attack, the nationwide attack, or nobody's (a
period's tally, a running total, history's toll)."""

from __future__ import annotations

import re
from datetime import date

from frontline.analysis import Analysis
from frontline.codebook import Codebook
from frontline.event_dates import BACKGROUND_DAYS
from frontline.event_filters import COUNTRYWIDE_RE, PLURAL_ATTACKS, RUNNING_SINCE_RE, TOTAL_OPENER_RE
from frontline.figures import FigureDraft
from frontline.records import EventCandidate
from frontline.reports import PERIOD_RE, TALLY_WORDS, same_area

# a toll restated as risen: the post's attack, however many paragraphs later
TOLL_UPDATE_RE = re.compile(
    r"\b(?:toll|number of (?:the )?(?:people )?(?:dead|killed|injured|wounded|victims|casualties))\b.{0,40}?"
    r"\b(?:rises|rose|risen|climbs|climbed|increased|grown|reached|now stands)\b"
    r"|\b(?:bringing|brings|brought|raising|raises|raised)\b.{0,20}?\btoll\b"  # "bringing the death toll to four"
    r"|\b(?:put|puts|putting)\b.{0,20}?\btoll\b"  # "put the final toll at 21 dead"
    # "12:15 — as of this hour, seven people are known to have been killed": a rescue log's latest count
    r"|\bas of (?:this hour|now|\d{1,2}[:.]\d{2}|(?:this |\w+day )?(?:morning|afternoon|evening))\b"
)
# "in yesterday's attack", "Monday's drone strike", "last night's attack": an attack named by its day, one told before
DAY_ATTACK_RE = re.compile(
    r"\b(?:yesterday|[A-Za-z]+day|last night)['’]s (?:[a-z]+ )?(?:attack|strike|shelling|bombing|raid)\b",
    re.IGNORECASE,
)
PERFECT_RE = re.compile(r"\b(?:have|has|had) been\b")  # "have been killed since …": a running count
GROWN_TILL_NOW_RE = re.compile(r"\b(?:have|has) (?:been|died)\b")  # "14 have died": a count grown till now
WHEN_RE = re.compile(r",? when\b")  # "in April 2024, when a missile hit …": what follows happened then


def current_figures(an: Analysis, figures: list[FigureDraft], day: date) -> list[FigureDraft]:
    """Figures but those dated weeks back: "… the deadliest since April 2024, when a missile killed 20" counts
    history's toll, not this attack's."""
    if not an.dates:
        return figures  # a figure's date is one of its sentence's
    text = an.sentence.text
    history = [
        d.end for d in an.dates if (day - d.date).days > BACKGROUND_DAYS and WHEN_RE.match(text, d.end)
    ]
    return [
        f
        for f in figures
        if (f.date is None or (day - f.date.date).days <= BACKGROUND_DAYS)
        and not any(end < f.number.start for end in history)
    ]


def count_for_last_attack(
    an: Analysis,
    kinetic: list[EventCandidate],
    latest: EventCandidate | None,
    day: date,
    counts: dict[str, int],
    codebook: Codebook,
    combatants: dict[str, int] | None = None,
) -> int:
    """'The enemy shelled the Nikopol district overnight. A 58-year-old man was injured.': a civilian count with
    no event of its own is the count of the post's last attack, in its paragraph or the next or further on when
    no event was told since (latest is the post's last event), when nothing in the sentence names another
    place; a clash's count of fighters too (combatants: every casualty count). Returns that attack's group, or
    -1."""
    if not kinetic:
        return -1
    interception = codebook.class_to_type["intercept"][1]
    attacks = [ev for ev in reversed(kinetic) if _bears_a_toll(ev, codebook)]
    # "Drones damaged 14 houses …; no one was hurt there": an attack told as harmless has no toll to raise
    last = next((ev for ev in attacks if not _harmless(ev)), attacks[0] if attacks else None)
    if last is None:
        # "Air defence destroyed 23 drones over the region. Russian attacks killed 2 …": no attack told
        return -1
    # "Gladkov said the number of wounded in Valuyki had risen to six": the last attack at the place it names
    named = [p.place for p in an.places if p.place.feature not in ("country", "district")]
    at_place = [
        ev
        for ev in kinetic
        if ev.place is not None
        and ev.sub_event_type != interception
        and any(same_area(place, ev.place) for place in named)
    ]
    harmed = [ev for ev in at_place if not _harmless(ev)]
    last = (harmed or at_place)[-1] if at_place else last
    if combatants and last.sub_event_type == codebook.class_to_type["clash"][1]:
        # "… a sabotage group tried to cross the border near Tyotkino. … Two saboteurs were killed.": a clash's dead
        # are fighters
        counts = combatants
    # "Across the country, four people were killed": the nationwide attack's toll, not the last city's
    countrywide = COUNTRYWIDE_RE.search(an.lowtext) is not None
    if countrywide:
        nationwide = [
            ev
            for ev in kinetic
            if ev.place and ev.place.feature == "country" and ev.sub_event_type != interception
        ]
        last = nationwide[-1] if nationwide else last
    # "In total, nine people were killed …" after a rescue log of one attack: its final toll
    # (not "In total, 140 civilians have been killed in the region as a result of attacks": many attacks' sum)
    summed = (
        TOTAL_OPENER_RE.match(an.lowtext) is not None
        and not an.places
        and PLURAL_ATTACKS.isdisjoint(an.tokens.lower)
        and not PERFECT_RE.search(an.lowtext)
        and _one_place(kinetic, interception)
    )
    # "… was killed on Tuesday when a bomb exploded …" and, two paragraphs of detail later, "Two residents walking
    # past were taken to hospital": told of nothing else since, the toll is still the attack's (not after a list
    # of shelled places or a day's unplaced "54 attacks", the day's sum, nor a count that has grown till now, "of
    # the 142 Indians who joined, 14 have died")
    # counted from the harmless attack told after it, if any: "…; no one was hurt there" does not end the story
    told = attacks[0] if attacks and _harmless(attacks[0]) and not _harmless(last) else last
    far = an.sentence.paragraph - told.sentence.paragraph > 1 and not (
        latest is last
        and last.place is not None
        and _alone_in_sentence(last, kinetic)
        and not GROWN_TILL_NOW_RE.search(an.lowtext)
    )
    if far and not countrywide and not summed and not TOLL_UPDATE_RE.search(an.lowtext):
        return -1  # "Update: the number of injured has risen to 23" updates the attack however far down
    elsewhere = [
        p
        for p in an.places
        # a district named in a toll update ("the toll in the Kyivskyi district had risen") is a part of the city hit
        if p.place.feature not in ("country", "district")
        and (last.place is None or not same_area(p.place, last.place))
    ]
    tally = not summed and not TALLY_WORDS.isdisjoint(an.tokens.lower)
    if elsewhere or not counts or tally or PERIOD_RE.search(an.lowtext):
        return -1
    if RUNNING_SINCE_RE.search(an.lowtext):
        return -1  # "Since the start of the full-scale invasion, … 270 prisoners executed": the war's total
    if an.opening.startswith(codebook.continuations):
        return -1  # "Of those killed, 600 were children": part of the last figure, not of the last attack
    if any((day - d.date).days > BACKGROUND_DAYS for d in an.dates):
        return -1  # "… since April 2025, when a missile hit a neighbourhood, killing 20": history's toll
    return _raise_toll(last, counts)


def updated_elsewhere(
    an: Analysis,
    earlier: list[EventCandidate],
    headlines: list[Analysis],
    day: date,
    counts: dict[str, int],
    codebook: Codebook,
) -> int:
    """'Kyiv death toll rises to 9' over 'Tkachenko said the number of dead had risen to nine': a live page's
    later post updating the toll of an attack an earlier post told, at the place the sentence or its headline
    names, that day or the one before. Returns that attack's group, or -1."""
    if not any(TOLL_UPDATE_RE.search(a.lowtext) for a in [an, *headlines]):
        return -1
    if PERIOD_RE.search(an.lowtext) or RUNNING_SINCE_RE.search(an.lowtext):
        return -1
    named = [p.place for p in an.places if p.place.feature != "country"]
    if not named:
        named = [p.place for h in headlines for p in h.places if p.place.feature != "country"]
    attacks = [
        ev
        for ev in earlier
        if ev.place is not None
        and _bears_a_toll(ev, codebook)
        and 0 <= (day - ev.event_date).days <= 1
        and any(same_area(place, ev.place) for place in named)
    ]
    return _raise_toll(attacks[-1], counts) if attacks else -1


def updated_by_day(
    an: Analysis, when: date, earlier: list[EventCandidate], counts: dict[str, int], codebook: Codebook
) -> int:
    """'Fedorov now says five people were injured in yesterday's attack': a diary's or a live page's later entry
    updating the toll of an attack an earlier entry told, named by its day (``when``, the day it was dated to).
    The one attack told on that day, or the last at a place the sentence names. Returns its group, or -1."""
    if DAY_ATTACK_RE.search(an.sentence.text) is None:
        return -1
    attacks = [
        ev for ev in earlier if ev.place is not None and _bears_a_toll(ev, codebook) and ev.event_date == when
    ]
    named = [p.place for p in an.places if p.place.feature != "country"]
    if named:
        attacks = [ev for ev in attacks if any(same_area(place, ev.place) for place in named)]
    elif len(attacks) > 1:
        return -1  # "in Monday's attacks" on three towns: which one, the sentence does not say
    return _raise_toll(attacks[-1], counts) if attacks else -1


def _bears_a_toll(event: EventCandidate, codebook: Codebook) -> bool:
    """A toll is an attack's, not an interception's ("Air defence destroyed most of them" came in between) nor a
    capture's ("satellite images captured on 20 October" read as one)."""
    return event.sub_event_type not in (
        codebook.class_to_type["intercept"][1],
        codebook.class_to_type["territory"][1],
    )


def _harmless(attack: EventCandidate) -> bool:
    """Whether an attack was told with nobody killed or hurt ('no one was hurt there')."""
    return attack.fatalities == 0 and attack.injuries == 0


def _raise_toll(attack: EventCandidate, counts: dict[str, int]) -> int:
    """A toll only rises as it is updated ("the number of injured had risen to 11"). Returns the attack's group."""
    if "fatalities" in counts:
        attack.fatalities = max(attack.fatalities or 0, counts["fatalities"])
    if "injuries" in counts:
        attack.injuries = max(attack.injuries or 0, counts["injuries"])
    return attack.group


def _alone_in_sentence(attack: EventCandidate, kinetic: list[EventCandidate]) -> bool:
    """Whether the attack is the only one its sentence told."""
    return sum(ev.sentence is attack.sentence for ev in kinetic) == 1


def _one_place(kinetic: list[EventCandidate], interception: str) -> bool:
    """Whether every attack told so far (interceptions aside) was at one place."""
    places = {ev.place.name for ev in kinetic if ev.sub_event_type != interception and ev.place is not None}
    return len(places) == 1
