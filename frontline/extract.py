"""The pure per-document step: document → sentences, candidate events and figures."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from datetime import date
from itertools import groupby

from frontline.analysis import Analysis, Resources, analyse, heading_place, learn_settlements
from frontline.attribution import Attributor
from frontline.clauses import clause_of
from frontline.codebook import KINETIC, Codebook
from frontline.credit import Unclaimed, claim_covers, credit_lead, credit_summaries
from frontline.dates import bounds_period
from frontline.events import EventDraft, EventFinder, no_casualties
from frontline.figures import FigureDraft, FigureFinder
from frontline.geocode import OnlineGeocoder
from frontline.lexicon import Match
from frontline.records import DateMention, Document, DocumentResult, EventCandidate, FigureCandidate
from frontline.reports import (
    CASUALTY_METRICS,
    TALLY_WORDS,
    casualty_counts,
    same_area,
    sentence_reports,
)
from frontline.segment import sentences
from frontline.speakers import Claimant
from frontline.turns import is_transcript

# a toll restated as risen: the post's attack, however many paragraphs later
TOLL_UPDATE_RE = re.compile(
    r"\b(?:toll|number of (?:the )?(?:dead|killed|injured|wounded|victims|casualties))\b.{0,40}?"
    r"\b(?:rose|risen|climbed|increased|grown|reached|now stands)\b"
)
# figures that count a standing quantity, whose date is the estimate's, not an event's ("3,000 troops last week");
# a count of what an event did ("captured one soldier … on Monday") shares the event's date
STOCK_METRICS = frozenset(
    """troops volunteers people_drafted casualties aid_value fine_value displaced area_km2 missiles_supplied
    drones_supplied""".split()
)
PEACETIME_TOO = {"killed", "injured", "missing", "evacuated", "displaced", "casualties"}
MILITARY_NOUNS = {"personnel", "drone", "missile", "bomb", "prisoners"}

DEFINITE = frozenset(("the", "this", "that", "these", "those"))
REFER_BACK_REACH = 5  # earlier reports of its type a definite report ('the shells') may mean
ANCHOR_DAYS = 7  # an event date this close to publication dates the post's later, undated reports
# tokens between a trigger and a date phrase that dates it: a named day anywhere in the sentence, a vague
# "earlier this month" only right beside the trigger
DATE_REACH = {"day": 30, "week": 10, "month": 5}
IMPLIED_DAYS = 2  # an inherited or publication date may be this far from the day of the report it repeats
BACKGROUND_DAYS = 31  # an event dated further back than this is history retold, not news


def _token_gap(an: Analysis, d: DateMention, trigger: Match) -> int:
    """Tokens between a trigger and a date phrase."""
    i, j = an.tokens.index_at(d.start), an.tokens.index_at(d.end)
    return trigger.i - j if j <= trigger.i else max(0, i - trigger.j)


class _Post:
    """State carried from sentence to sentence inside one post."""

    def __init__(self, published: date, conflict: bool) -> None:
        self.published = published
        self.conflict = conflict  # the post is about the war (floods and crashes are not)
        self.anchor: DateMention | None = None
        self.events: list[EventCandidate] = []
        self.kinetic: list[EventCandidate] = []  # strikes, clashes, interceptions: what casualties belong to
        # the last sentence's rows when nobody was credited with them: its next sentence may name the speaker
        self.unclaimed: Unclaimed | None = None


def extract_document(doc: Document, res: Resources, geocoder: OnlineGeocoder | None = None) -> DocumentResult:
    """Everything one document reports, before duplicates across documents are merged."""
    result = DocumentResult(document=doc, sentences=sentences(doc))
    posts = [
        [analyse(s, doc.published, res, geocoder) for s in group]
        for _, group in groupby(result.sentences, key=lambda s: s.post_index)
    ]
    learn_settlements([an for analyses in posts for an in analyses])
    post_countries = [_event_countries(analyses) for analyses in posts]
    sents = result.sentences
    openings = [s.text for k, s in enumerate(sents) if k == 0 or s.paragraph != sents[k - 1].paragraph]
    attributor = Attributor(res.codebook, sum(post_countries, Counter()), is_transcript(openings))
    figure_finder = FigureFinder(res.codebook)
    event_finder = EventFinder(res.codebook, res.country_places)
    for analyses, countries in zip(posts, post_countries, strict=True):
        attributor.new_post(countries)
        figure_finder.new_post()
        event_finder.new_post(analyses, heading_place(analyses[0], res.gazetteer) if analyses else None)
        post = _Post(doc.published, any(_conflict_cue(an, res.codebook.conflict_words) for an in analyses))
        if analyses and analyses[0].sentence.index == 0:
            attributor.read_title(analyses[0])
            if len(analyses) > 1 and analyses[1].sentence.paragraph == 1:
                attributor.read_byline(analyses[1])
        for an in analyses:
            _read_sentence(an, post, attributor, figure_finder, event_finder, result)
        _attach_placeless(post.events, res.codebook.event_words["new_topic_openers"])
    credit_summaries(result.figures)
    return result


def _event_countries(analyses: list[Analysis]) -> Counter[str]:
    """Countries of the specific places a post names: the side its bare 'air force' or 'governor' speaks for."""
    return Counter(
        p.place.country
        for an in analyses
        for p in an.places
        if p.place.country and p.place.feature != "country"
    )


def _conflict_cue(an: Analysis, words: frozenset[str]) -> bool:
    """A weapon, a military noun, a war word or a war-only trigger: casualty counts here are the war's."""
    if an.has("weapon") or any(w in an.lowtext for w in words):
        return True
    if any(m.payload in MILITARY_NOUNS for m in an.matches_of("noun")):
        return True
    return any(m.payload.weapon or m.payload.cls != "strike" for m in an.matches_of("trigger"))


def _claimed(figures: list[FigureDraft], trigger: Match) -> set[int]:
    """Date phrases that date another kind of figure ('up from an estimate of 3,000 troops last week'). A date
    after the trigger is the event's even when a figure before the trigger reaches it: 'Two ballistic missiles
    struck Sumy on Sunday'."""
    return {
        f.date.start
        for f in figures
        if f.date is not None
        and f.metric in STOCK_METRICS
        and not (f.number.end <= trigger.start < f.date.start)
    }


def _event_dates(an: Analysis, prefixes: tuple[str, ...], claimed: set[int]) -> list[DateMention]:
    """Date phrases that can date an event: not ranges or deadlines ('since 2022', 'until 6 August'), not the
    date of another kind of figure ('up from an estimate of 3,000 troops last week')."""
    return [d for d in an.dates if not bounds_period(d, prefixes) and d.start not in claimed]


def _event_date(
    an: Analysis, post: _Post, trigger: Match, codebook: Codebook, claimed: set[int]
) -> tuple[date, str, str] | None:
    """(date, precision, source) for an event: the date phrase near its trigger, else the post's, else publication.
    None when the phrase next to the trigger dates it weeks back: background ("recaptured in November 2022")."""
    usable = [d for d in _event_dates(an, codebook.undated_prefixes, claimed) if d.date <= post.published]
    near = [d for d in usable if _token_gap(an, d, trigger) <= DATE_REACH.get(d.precision, 5)]
    if not near:
        # "In September 2022, then-defence minister Shoigu said …": a date opening the sentence frames all of it
        near = [
            d
            for d in usable
            if an.tokens.index_at(d.start) <= 1 and an.sentence.text[d.end : d.end + 1] == ","
        ]
    if near:
        # the nearest date in the trigger's own clause: "… on June 9, and Ukrainian forces repelled … on June 8"
        lo, hi = clause_of(an.clause_starts, trigger.i, len(an.tokens))
        d = min(near, key=lambda d: (not lo <= an.tokens.index_at(d.start) < hi, _token_gap(an, d, trigger)))
        if (post.published - d.date).days > BACKGROUND_DAYS:
            return None
        # "Over the past week, Russia has launched 1,300 drones": a period's total, not an event
        if d.precision != "day" and "past" in an.sentence.text[d.start : d.end].lower():
            return None
        return d.date, d.precision, "explicit"
    if post.anchor is not None and not _ongoing(an, trigger, codebook.event_words["ongoing_words"]):
        return post.anchor.date, post.anchor.precision, "post"
    return post.published, "day", "published"


def _ongoing(an: Analysis, trigger: Match, words: frozenset[str]) -> bool:
    """'Fighting continues for Kindrativka', 'clashes are still under way': the state of things on the day of
    publication, whatever day the post's earlier reports were of."""
    lo, hi = clause_of(an.clause_starts, trigger.i, len(an.tokens))
    return not words.isdisjoint(an.tokens.lower[lo:hi])


def _read_sentence(
    an: Analysis,
    post: _Post,
    attributor: Attributor,
    figure_finder: FigureFinder,
    event_finder: EventFinder,
    result: DocumentResult,
) -> None:
    claimant = attributor.claimant(an) or Claimant("", "", "")
    first_figure, first_event = len(result.figures), len(result.events)
    figures = [f for f in figure_finder.find(an) if post.conflict or f.metric not in PEACETIME_TOO]
    casualties = casualty_counts(figures)
    zero = no_casualties(an, event_finder.codebook)
    kinetic_group = -1
    drafts = event_finder.find(an, bool(casualties) or zero, claimant.country, post.published)
    reports = sentence_reports(
        an, drafts, figures, event_finder, attributor, claimant.country, post.published, zero
    )
    prefixes = event_finder.codebook.undated_prefixes
    dated = [
        (r, _event_date(an, post, r.draft.trigger, event_finder.codebook, _claimed(figures, r.draft.trigger)))
        for r in reports
    ]
    drafts = [r.draft for r, when in dated if when is not None]
    groups: dict[int, int] = {}  # id(figure) -> the group of the attack whose casualties it counts
    for report, when in dated:
        if when is None:
            continue
        event_date, precision, source = when
        said = report.claimant or claimant
        candidate = _event(an, report.draft, said, event_date, precision, source, len(result.events))
        if report.base in KINETIC:
            counts = casualties if report.figures is figures else casualty_counts(report.figures)
            candidate.fatalities = counts.get("fatalities", 0 if zero else None)
            candidate.injuries = counts.get("injuries", 0 if zero else None)
            kinetic_group = candidate.group
            groups.update((id(f), candidate.group) for f in report.figures)
            post.kinetic.append(candidate)
        result.events.append(candidate)
        post.events.append(candidate)
    if kinetic_group < 0 and not drafts and casualties:
        civilians = casualty_counts(figures, civilians_only=True)
        kinetic_group = _count_for_last_attack(an, post, civilians, event_finder.codebook)
    if zero and kinetic_group < 0 and post.events:
        last = post.events[-1]
        last.fatalities = last.fatalities or 0
        last.injuries = last.injuries or 0
    for f in figures:
        if f.one_person:
            continue  # an article is no written number: it counts for the event, it is not a figure row
        # "…; Moscow reports downing 162 UAVs", "…, while Moscow said …": a later clause's own speaker
        at = an.tokens.index_at(f.number.start)
        said = attributor.clause_claimant(an, at)
        if said is None:
            if claim_covers(an, claimant, f):
                said = claimant
            else:
                said = attributor.clause_claimant(an, at, first=True) or Claimant("", "", "")
        result.figures.append(_figure(an, f, said, groups.get(id(f), kinetic_group), result, post, prefixes))
    if post.unclaimed is not None:
        credit_lead(an, post.unclaimed, claimant)
    post.unclaimed = None
    if not claimant.name and (len(result.figures) > first_figure or len(result.events) > first_event):
        post.unclaimed = (an, result.figures[first_figure:], result.events[first_event:])
    usable = _event_dates(an, prefixes, _claimed(figures, drafts[0].trigger) if drafts else set())
    if drafts and usable:
        nearest = min(usable, key=lambda d: _token_gap(an, d, drafts[0].trigger))
        if nearest.precision == "day" and 0 <= (post.published - nearest.date).days <= ANCHOR_DAYS:
            post.anchor = nearest


def _count_for_last_attack(an: Analysis, post: _Post, counts: dict[str, int], codebook: Codebook) -> int:
    """'The enemy shelled the Nikopol district overnight. A 58-year-old man was injured.': a civilian count with
    no event of its own is the count of the post's last attack, in its paragraph or the next, when nothing in
    the sentence names another place. Returns that attack's group, or -1."""
    if not post.kinetic:
        return -1
    # a toll is an attack's, not an interception's ("Air defence destroyed most of them" came in between)
    interception = codebook.class_to_type["intercept"][1]
    last = next((ev for ev in reversed(post.kinetic) if ev.sub_event_type != interception), post.kinetic[-1])
    if an.sentence.paragraph - last.sentence.paragraph > 1 and not TOLL_UPDATE_RE.search(an.lowtext):
        return -1  # "Update: the number of injured has risen to 23" updates the attack however far down
    elsewhere = [
        p
        for p in an.places
        if p.place.feature != "country" and (last.place is None or not same_area(p.place, last.place))
    ]
    if elsewhere or not counts or not TALLY_WORDS.isdisjoint(an.tokens.lower):
        return -1
    if an.lowtext.startswith(codebook.continuations):
        return -1  # "Of those killed, 600 were children": part of the last figure, not of the last attack
    # a toll only rises as it is updated ("the number of injured had risen to 11")
    if "fatalities" in counts:
        last.fatalities = max(last.fatalities or 0, counts["fatalities"])
    if "injuries" in counts:
        last.injuries = max(last.injuries or 0, counts["injuries"])
    return last.group


def _event(
    an: Analysis,
    draft: EventDraft,
    claimant: Claimant,
    event_date: date,
    precision: str,
    source: str,
    number: int,
) -> EventCandidate:
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
        sentence=an.sentence,
        trigger=an.sentence.text[draft.trigger.start : draft.trigger.end],
        date_source=source,
        group=number,
        unlisted_place=draft.unlisted_place,
    )


def _figure(
    an: Analysis,
    f: FigureDraft,
    claimant: Claimant,
    group: int,
    result: DocumentResult,
    post: _Post,
    bounds: tuple[str, ...],
) -> FigureCandidate:
    linked = group if f.metric in CASUALTY_METRICS and group >= 0 else -1
    if linked >= 0:
        event = result.events[linked]
        refers, precision = event.event_date, event.date_precision
    elif f.date is not None:
        refers, precision = f.date.date, f.date.precision
    else:
        before = [d for d in an.dates if d.end <= f.number.start and not bounds_period(d, bounds)]
        refers, precision = (before[-1].date, before[-1].precision) if before else (post.published, "day")
    place = f.place.place if f.place else None
    if place is None and linked >= 0:
        place = result.events[linked].place
    return FigureCandidate(
        reported_date=post.published,
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


def _attach_placeless(events: list[EventCandidate], new_topic: frozenset[str]) -> None:
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
    for k, ev in enumerate(events):
        if ev.place is not None or ev.unlisted_place:
            continue
        kind = (ev.event_type, ev.sub_event_type)
        paragraph = (*kind, ev.sentence.paragraph)
        nearest = _nearest(placed.get(paragraph, []), k)
        only = placed.get(kind, [])
        if nearest is not None:
            target = nearest
        elif placeless[paragraph][0] < k:
            target = placeless[paragraph][0]
        elif _refers_back(ev) and (back := _last_agreeing(events, only, k)) >= 0:
            target = back  # "The shells landed shortly after two": the attack just reported
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
