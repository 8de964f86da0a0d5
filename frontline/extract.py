"""The pure per-document step: document → sentences, candidate events and figures."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from itertools import chain, groupby, takewhile

from frontline.analysis import Analysis, Resources, analyse
from frontline.attribution import Attributor
from frontline.candidates import event_candidate, figure_candidate
from frontline.claimant import Claimant, on_record
from frontline.codebook import KINETIC, Codebook
from frontline.credit import Unclaimed, aid_donor, claim_covers, credit_lead, credit_summaries
from frontline.document_kind import (
    another_war,
    city_region,
    conflict_cue,
    dateline_country,
    doc_city,
    event_countries,
    is_digest,
    is_sectioned,
    is_weekly,
    section_label,
)
from frontline.event_dates import (
    ANCHOR_DAYS,
    NamedDays,
    claimed_dates,
    event_date,
    heading_day,
    paragraph_day,
    post_anchor,
    resolve_day_of_month,
    resolve_same_day,
)
from frontline.events import EventFinder, no_casualties
from frontline.figures import FigureFinder
from frontline.geocode import OnlineGeocoder
from frontline.placeless import attach_placeless
from frontline.post_sources import entry_minute
from frontline.records import (
    DateMention,
    Document,
    DocumentResult,
    EventCandidate,
    FigureCandidate,
    Sentence,
)
from frontline.reports import (
    casualty_counts,
    sentence_reports,
)
from frontline.segment import sentences, signed_letters, withdrawn
from frontline.sentence_places import (
    document_region,
    heading_place,
    item_place,
    learn_settlements,
    paragraph_villages,
)
from frontline.tolls import (
    TOLL_UPDATE_RE,
    count_for_last_attack,
    current_figures,
    updated_by_day,
    updated_elsewhere,
)
from frontline.turns import ISSUED_RE, interview_day, is_transcript

SIGNATURE_LINES = 5  # the opening lines among which a statement's signer stands
CHECKED_CLAIM = ("claim:", "the claim:", "claim —", "claim -")
VERDICTS = ("verdict:", "rating:", "our verdict:")  # a fact check's ruling, not a court's
# "Recall that on 3 February, drones hit …": what the report reminds of, background to today's news
REMINDERS = ("recall that", "as a reminder", "we recall that", "reminder:")
NOT_NEWS = VERDICTS + REMINDERS  # openings of sentences that report no event
HARM_RE = re.compile(r"\b(?:injured|wounded|killed|died|hurt|dead)\b")
DAMAGE_RE = re.compile(r"\b(?:damaged|destroyed)\b")
DENIED_HARM_RE = re.compile(r"\b(?:did not|didn't|never|has not|have not) (?:kill|injure|wound)")
FRAME_TOKENS = 8  # a sentence this short that names a day and nothing else sets the day of what follows
FLASHBACKS = ("earlier,", "earlier on", "previously,", "before that,")
PEACETIME_TOO = {"killed", "injured", "missing", "evacuated", "displaced", "casualties"}
DISPLACEMENT = {
    "evacuated",
    "displaced",
}  # in a document about the war, any of its posts' evacuations are the war's


class _Post:
    """State carried from sentence to sentence inside one post."""

    def __init__(
        self, published: date, conflict: bool, war_document: bool = False, day: date | None = None
    ) -> None:
        self.published = published
        # the day the post's dates count from: its dated heading's, or publication
        self.day = day or published
        # the date and precision of a report that names none: the post's day, or a weekly digest's week
        self.undated: tuple[date, str] = (self.day, "day")
        self.conflict = conflict  # the post is about the war (floods and crashes are not)
        self.war_document = war_document  # some post of the document is: its evacuations are the war's
        self.anchor: DateMention | None = None
        self.named = NamedDays()  # the last day and night sentences named: what "that night" means
        self.events: list[EventCandidate] = []
        self.kinetic: list[EventCandidate] = []  # strikes, clashes, interceptions: what casualties belong to
        # the last sentence's rows when nobody was credited with them: its next sentence may name the speaker
        self.unclaimed: Unclaimed | None = None
        # a toll told before its attack ("A video shows soldiers killing four prisoners. … the execution took
        # place near X"): the sentence, its casualty counts and the figure rows that gave them
        self.orphan_toll: tuple[Sentence, dict[str, int], list[FigureCandidate]] | None = None
        # the indexes of sentences the next one withdraws ("That was wrong.")
        self.withdrawn: set[int] = set()
        self.letters: set[int] = set()  # the sentences of readers' signed questions: no events, no figures
        # attacks earlier posts told, and this post's headlines ("Kyiv death toll rises to 4"): what a toll update
        # with no attack of its own updates
        self.earlier: list[EventCandidate] = []
        self.headlines: list[Analysis] = []
        # the minute of the day the paragraph's log entry is stamped with ("14:22 — …"), and that paragraph
        self.stamp: tuple[int, int | None] = (-1, None)


def extract_document(doc: Document, res: Resources, geocoder: OnlineGeocoder | None = None) -> DocumentResult:
    """Everything one document reports, before duplicates across documents are merged."""
    result = DocumentResult(document=doc, sentences=sentences(doc))
    sents = result.sentences
    openings = [s.text for k, s in enumerate(sents) if k == 0 or s.paragraph != sents[k - 1].paragraph]
    transcript = is_transcript(openings)
    # a transcript's answers count from the interview's day, a statement quoted in full ("X published the
    # following statement on Friday") from the day it was issued
    issued = any(ISSUED_RE.search(s.text) for s in sents[:3] if s.paragraph <= 1)
    answered = _answers_day(sents, doc.published, res, geocoder) if transcript or issued else doc.published
    days: list[date] = []  # each post's day its "overnight" and "on Monday" count from
    posts: list[list[Analysis]] = []
    for _, group in groupby(sents, key=lambda s: s.post_index):
        analyses, day = _analyse_post(list(group), doc.published, answered, res, geocoder)
        posts.append(analyses)
        days.append(day)
    home = document_region([an for analyses in posts for an in analyses])
    for analyses in posts:
        paragraph_villages(analyses, home)
    learn_settlements([an for analyses in posts for an in analyses])
    post_countries = [event_countries(analyses) for analyses in posts]
    attributor = Attributor(res.codebook, sum(post_countries, Counter()), transcript)
    attributor.home = dateline_country(posts[0][:3] if posts else [], res.gazetteer)
    digest = is_digest(openings[:2])
    weekly = is_weekly(openings)
    sectioned = is_sectioned(openings)
    figure_finder = FigureFinder(res.codebook)
    event_finder = EventFinder(res.codebook, res.country_places, res.capital_places)
    event_finder.doc_city = doc_city(
        [an for an in posts[0][:2] if an.sentence.paragraph <= 1] if posts else []
    )
    event_finder.last_region = city_region(event_finder.doc_city, res.gazetteer)
    conflicts = [any(conflict_cue(an, res.codebook.conflict_words) for an in analyses) for analyses in posts]
    statements = frozenset({res.codebook.class_to_type["statement"][1]})
    # "Briefing | The Economist | Aug 20th 2026": a credit line under the title and standfirst names the outlet
    openers = [an for analyses in posts[:3] for an in analyses[:3] if an.sentence.paragraph <= 2]
    opening = takewhile(lambda an: an.sentence.paragraph < SIGNATURE_LINES, chain.from_iterable(posts))
    signers = [an for an in opening if an.sentence.paragraph > 0]
    credit = next((an for an in openers if "|" in an.sentence.text), None)
    retracted = withdrawn(sents)
    letters = signed_letters(sents)
    no_claims = retracted | letters  # sentences whose numbers are nobody's claims
    seen_conflict = False  # whether a post before this one was the war's
    named = NamedDays()
    told: list[EventCandidate] = []  # the attacks of the posts read so far
    # a live page's post opens with lines of its own ("Kyiv death toll rises to 4", "7:50 p.m. ET, …", "From CNN's
    # …"), each read as a post of a headline alone: the headlines of the body below them
    headlines: list[Analysis] = []
    for number, (analyses, countries, conflict, day) in enumerate(
        zip(posts, post_countries, conflicts, days, strict=True)
    ):
        headed = bool(analyses) and analyses[0].sentence.is_headline
        headlines = [*headlines, analyses[0]] if headed else []
        # "Explosions heard across Kyiv" over "CNN journalists … heard a series of loud explosions"; a post
        # updating a toll told earlier ("Kyiv death toll rises to 4") is the war's news too
        conflict = conflict or any(conflicts[number - len(headlines) + 1 : number])
        conflict = conflict or (
            seen_conflict and any(TOLL_UPDATE_RE.search(a.lowtext) for a in [*headlines, *analyses])
        )
        seen_conflict = seen_conflict or conflicts[number]
        attributor.new_post(countries)
        figure_finder.new_post()
        heading = heading_place(analyses[0], res.gazetteer) if analyses else None
        event_finder.new_post(analyses, heading)
        post = _Post(doc.published, conflict, any(conflicts), day)
        post.withdrawn = no_claims
        post.letters = letters
        post.earlier = told
        post.headlines = headlines
        if day == doc.published:
            # a feature's subhead ("Two versions") opens a post, but "That afternoon" under it is the day told last
            post.named = named
        named = post.named
        if weekly and day == doc.published:
            post.undated = (day - timedelta(days=6), "week")  # "The week in Ukraine": the seven days to today
        if analyses and analyses[0].sentence.index == 0:
            attributor.read_title(analyses[0])
            if len(analyses) > 1 and analyses[1].sentence.paragraph == 1:
                attributor.read_byline(analyses[1])
            if credit is not None:
                attributor.read_byline(credit)
                attributor.read_outlet(credit)
            for opener in signers:
                attributor.read_signature(opener)  # "PRESS STATEMENT" / "MARCO RUBIO, SECRETARY OF STATE"
        # "Myropillia community: guided aerial bomb strike (1 explosion). A school was damaged.": harm reported in
        # an item makes its tally of explosions an attack ("No one was injured" reports none)
        harmed = {
            a.sentence.paragraph
            for a in analyses
            if DAMAGE_RE.search(a.lowtext)
            or (HARM_RE.search(a.lowtext) and not no_casualties(a, event_finder.codebook))
        }
        paragraph = -1
        # "Sudan: drone strike on El Fasher market" in a world-news digest: another war's news, none of this one's
        for an in [] if conflict and another_war(analyses, res.codebook, res.gazetteer) else analyses:
            if an.sentence.paragraph != paragraph:  # an item of a summary may open with its place
                paragraph = an.sentence.paragraph
                item = item_place(an, res.gazetteer)
                event_finder.new_paragraph(item or heading, harmed=paragraph in harmed)
                if item is not None or (digest and (not sectioned or section_label(an.sentence.text))):
                    # a new item is its own report: it does not inherit the last one's day (in a digest of
                    # labelled sections, "STRIKES — …", an item runs on until the next label)
                    post.anchor = None
                headed = paragraph_day(an, post.day)  # "4/ Wednesday — SYZRAN.": the item's day
                if headed is not None:
                    post.anchor, post.named = headed, NamedDays(headed)
            resolve_day_of_month(an, post.anchor, post.day)
            resolve_same_day(an, post.named, post.day)
            event_finder.recall_villages(an)
            _read_sentence(an, post, attributor, figure_finder, event_finder, result)
            event_finder.read_places(an)
        attach_placeless(post.events, res.codebook.event_words["new_topic_openers"], statements)
        told = told + post.kinetic
        if len(analyses) > 1 or post.events:
            headlines = []  # a body read, or a line that is a report of its own ("- Russia says it has captured …")
    source = attributor.source
    credit_summaries(result.figures, source.name if source is not None and source.kind == "media" else "")
    return result


def _analyse_post(
    group: list[Sentence], published: date, answered: date, res: Resources, geocoder: OnlineGeocoder | None
) -> tuple[list[Analysis], date]:
    """A post's sentences analysed, and the day they count from. A post headed by a day ("Oct. 3 – Poltava
    region", as a factbox or a timeline heads its items) reports that day: its "overnight" is that night."""
    analyses = [analyse(group[0], published if group[0].paragraph <= 1 else answered, res, geocoder)]
    headed = heading_day(analyses[0], published) if group[0].is_headline else None
    for s in group[1:]:
        analyses.append(analyse(s, headed or (published if s.paragraph <= 1 else answered), res, geocoder))
    return analyses, headed or published


def _answers_day(
    sents: list[Sentence], published: date, res: Resources, geocoder: OnlineGeocoder | None
) -> date:
    """The day a transcript's answers count their 'yesterday' from: the interview's, when the introduction (title
    and standfirst) names it, else publication."""
    intro = [analyse(s, published, res, geocoder) for s in sents if s.paragraph <= 1]
    return interview_day([(an.sentence.text, an.dates) for an in intro]) or published


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
    if post.stamp[0] != an.sentence.paragraph:
        post.stamp = (an.sentence.paragraph, entry_minute(an.tokens.lower))
    figures = [
        f
        for f in figure_finder.find(an)
        if post.conflict or f.metric not in PEACETIME_TOO or (post.war_document and f.metric in DISPLACEMENT)
    ]
    if an.sentence.index in post.withdrawn:
        figures = []  # "I said the strike on Sumy killed eleven people. That was wrong.": the strike, not its toll
    # "CLAIM: … killed 634 servicemen", "No, a strike did not kill 634": a claim under test or denied is a figure,
    # never an event's toll
    checked = an.opening.startswith(CHECKED_CLAIM) or DENIED_HARM_RE.search(an.lowtext) is not None
    casualties = {} if checked else casualty_counts(current_figures(an, figures, post.day))
    zero = no_casualties(an, event_finder.codebook)
    kinetic_group = -1
    # "How has the fighting around X changed?": a question reports nothing
    asked = an.sentence.text.rstrip(" \"'”’").endswith("?")
    # "Coming up: EU foreign ministers meet in Brussels on Monday": a diary of what is to come
    asked = (
        asked
        or an.sentence.index in post.letters
        or an.opening.startswith(event_finder.codebook.future_openers)
        or an.opening.startswith(NOT_NEWS)
    )
    drafts = [] if asked else event_finder.find(an, bool(casualties) or zero, claimant.country, post.day)
    reports = sentence_reports(
        an, drafts, figures, event_finder, attributor, claimant.country, post.day, zero
    )
    prefixes = event_finder.codebook.undated_prefixes
    last_attack = post.kinetic[-1] if post.kinetic else None
    dated = [
        (
            r,
            (last_attack.event_date, last_attack.date_precision, last_attack.date_source)
            if r.draft.told_before and last_attack is not None
            else event_date(
                an,
                r.draft.trigger,
                post.day,
                # a transcript's threats and denials are made as they are spoken, not on the day last told of
                None if attributor.turns.transcript and r.base == "statement" else post.anchor,
                event_finder.codebook,
                claimed_dates(figures, r.draft.trigger),
                tally=r.base == "intercept",
                undated=post.undated,
            ),
        )
        for r in reports
    ]
    if casualties and not post.kinetic:
        # "Fedorov now says five people were injured in yesterday's attack": a toll of an earlier entry's attack
        for k, (r, when) in enumerate(dated):
            if when is not None and r.base == "strike" and r.draft.place is None and kinetic_group < 0:
                kinetic_group = updated_by_day(an, when[0], post.earlier, casualties, event_finder.codebook)
                if kinetic_group >= 0:
                    dated[k] = (r, None)
    drafts = [r.draft for r, when in dated if when is not None]
    hit_reported = any(r.base == "strike" for r, when in dated if when is not None)
    groups: dict[int, int] = {}  # id(figure) -> the group of the attack whose casualties it counts
    for report, when in dated:
        if when is None:
            continue
        said = on_record(report.claimant or claimant, event_finder.codebook)
        candidate = event_candidate(an, report.draft, said, *when, len(result.events))
        candidate.stamp = post.stamp[1]
        if report.base in KINETIC:
            # counted from the event's own day: a dateline lede's incident of May, told in September, keeps its toll
            counts = (
                casualties
                if checked or (report.figures is figures and when[0] == post.day)
                else casualty_counts(current_figures(an, report.figures, when[0]))
            )
            # "shot down over Nizhnekamsk; its debris fell on a vacant lot … no one was hurt": the hit's zero
            none_hurt = zero and not (report.base == "intercept" and hit_reported)
            candidate.fatalities = counts.get("fatalities", 0 if none_hurt else None)
            candidate.injuries = counts.get("injuries", 0 if none_hurt else None)
            kinetic_group = candidate.group
            if not counts and not none_hurt:
                _take_orphan_toll(post, an, candidate)
            groups.update((id(f), candidate.group) for f in report.figures)
            post.kinetic.append(candidate)
        result.events.append(candidate)
        post.events.append(candidate)
    if kinetic_group < 0 and not drafts and casualties:
        civilians = casualty_counts(figures, civilians_only=True)
        kinetic_group = count_for_last_attack(
            an,
            post.kinetic,
            post.events[-1] if post.events else None,
            post.day,
            civilians,
            event_finder.codebook,
            casualties,
        )
    if kinetic_group < 0 and not drafts and casualties and not post.kinetic:
        kinetic_group = updated_elsewhere(
            an, post.earlier, post.headlines, post.day, casualties, event_finder.codebook
        )
    if zero and kinetic_group < 0 and post.kinetic and _last_told(post, event_finder.codebook):
        last = post.kinetic[-1]  # "… nobody was hurt": the attack just reported, not a verdict or a meeting
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
        if (donor := aid_donor(an, f, event_finder.codebook, spoken=said.at >= 0)) is not None:
            said = donor  # "€550 million — new Dutch contribution": the donor's, whoever the page's source
        said = on_record(said, event_finder.codebook)
        result.figures.append(
            figure_candidate(
                an, f, said, groups.get(id(f), kinetic_group), result, post.published, post.undated, prefixes
            )
        )
    post.orphan_toll = None
    if kinetic_group < 0 and not drafts and casualties and not asked and not an.places:
        tolled = [f for f in result.figures[first_figure:] if f.metric in ("killed", "injured")]
        post.orphan_toll = (an.sentence, casualties, tolled)
    if post.unclaimed is not None:
        credit_lead(an, post.unclaimed, claimant)
    post.unclaimed = None
    if not claimant.name and (len(result.figures) > first_figure or len(result.events) > first_event):
        post.unclaimed = (an, result.figures[first_figure:], result.events[first_event:])
    # "Earlier, on July 19, …" does not move the post's day, nor does a date beside "the attack" told before
    if drafts and not an.opening.startswith(FLASHBACKS) and not drafts[0].told_before:
        first = drafts[0].trigger
        dated = next((e.event_date for e in result.events[first_event:] if e.date_source == "explicit"), None)
        anchor = post_anchor(an, first, post.day, prefixes, claimed_dates(figures, first), dated)
        post.anchor = anchor or post.anchor
    elif not drafts and not figures and len(an.dates) == 1 and len(an.tokens) <= FRAME_TOKENS:
        post.anchor = an.dates[0]  # "So, last night." opens what happened then, whatever day was told before
    elif (
        not drafts
        and kinetic_group < 0  # not a toll update of an attack told before ("in yesterday's attack")
        and (told := _tally_day(an, result.figures[first_figure:], post.day)) is not None
    ):
        # "On the night of 7 to 8 November, … Russia launched 503 drones": a tally's night dates the "Air defence
        # shot down 455 of them" after it
        post.anchor = told


def _tally_day(an: Analysis, figures: list[FigureCandidate], day: date) -> DateMention | None:
    """The one recent day a sentence's figures all refer to, when it names that day only."""
    dated = [d for d in an.dates if d.precision == "day"]
    if len(dated) != 1 or not figures or not 0 <= (day - dated[0].date).days <= ANCHOR_DAYS:
        return None
    return dated[0] if all(f.refers_to_date == dated[0].date for f in figures) else None


def _take_orphan_toll(post: _Post, an: Analysis, candidate: EventCandidate) -> None:
    """An attack told without a toll right after a sentence of the same paragraph that gave a toll to no attack:
    that toll is its."""
    if post.orphan_toll is None:
        return
    before, counts, tolled = post.orphan_toll
    if before.paragraph != an.sentence.paragraph or before.index != an.sentence.index - 1:
        return
    candidate.fatalities = counts.get("fatalities")
    candidate.injuries = counts.get("injuries")
    for f in tolled:
        f.event_group = candidate.group
    post.orphan_toll = None


def _last_told(post: _Post, codebook: Codebook) -> bool:
    """Whether the post's last attack is the last event it told, or only a denial of it came after ("… claimed to
    have struck a deployment point in Kherson. — That's a lie. … nobody was hurt")."""
    statement = codebook.class_to_type["statement"][1]
    for event in reversed(post.events):
        if event is post.kinetic[-1]:
            return True
        if event.sub_event_type != statement:
            return False
    return False
