"""An event's date: the date phrase near its trigger, the post's date, or publication; and the day a post's later
reports inherit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from frontline.analysis import Analysis, dateline_end
from frontline.clauses import clause_of, describes_a_noun
from frontline.codebook import Codebook
from frontline.dates import bounds_period
from frontline.figures import FigureDraft
from frontline.lexicon import Match
from frontline.records import DateMention

# figures that count a standing quantity, whose date is the estimate's, not an event's ("3,000 troops last week");
# a count of what an event did ("captured one soldier … on Monday") shares the event's date
STOCK_METRICS = frozenset(
    """troops volunteers people_drafted casualties aid_value fine_value displaced area_km2 missiles_supplied
    drones_supplied""".split()
)
# tokens between a trigger and a date phrase that dates it: a named day anywhere in the sentence, a vague
# "earlier this month" only right beside the trigger
DATE_REACH = {"day": 45, "week": 10, "month": 5}
RELATIVES = frozenset(("which", "who", "when", "where", "whose"))
CLAUSE_LEADS = frozenset((",", "that"))  # what stands before a date that opens a clause
# a sentence opening on a quotation: words said on the day reported
OPENING_QUOTES = frozenset(('"', "“", "«"))
# what opens the content of a statement ("denied that …", "saying …", an opening quote; not a closing one)
CONTENT_OPENERS = frozenset(("that", "saying", "“"))
GROUND_WORDS = frozenset(("for", "over"))  # what a court or an investigator acts on: "sentenced … for …"
# "One year ago today, …", "Two years ago this week, …": an anniversary column's retold incident
ANNIVERSARY_RE = re.compile(r"(?:(?:one|a|two|three|four|five|ten|\d+) years? ago (?:today|this week))\b")
# "downed 1,187 drones over the week", "this week": an interception count over a week, no night's
WEEK_TALLY_RE = re.compile(r"\b(?:(?:over|during|in) the (?:week|month)|this (?:week|month)|a week)\b")
BACKGROUND_DAYS = 31  # an event dated further back than this is history retold, not news
DAYS_IN_WEEK = 7
# "killed in Kyiv that night", "on the same day": the day the text named last
SAME_DAY_RE = re.compile(
    r"\b(?:(?:that|the same|that same) (?:night|day|morning|afternoon|evening)"
    r"|(?:a few|several|two|three) hours (?:earlier|later))\b",  # "A few hours earlier, the air force had claimed"
    re.IGNORECASE,
)
# "rejected the claim the next day", "died two days later": counted from the day the text named last
DAYS_LATER_RE = re.compile(
    r"\b(?:the (?:next|following) (?:day|morning|afternoon|evening)|(?P<n>a|one|two|three) days? later)\b",
    re.IGNORECASE,
)
LATER_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
# "a drone hit a minibus the day before", "two days earlier": counted back from the day named last, or the post's
# day ("the day before the summit" counts from something else)
DAYS_BEFORE_RE = re.compile(
    r"\b(?:the (?:day|night|evening) before|the previous (?:day|night|evening)|(?P<n>a|one|two|three) days?"
    r" (?:earlier|before))\b(?!\s+(?:the|a|an|his|her|its|their|this|that|last|yesterday)\b)",
    re.IGNORECASE,
)
# "more than the day before", "up from the previous day": a comparison with that day, not when it happened
COMPARED_WITH_RE = re.compile(
    r"\b(?:(?:than|from)\s+(?:(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"|(?:with|against)\s+)\Z",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
ANCHOR_DAYS = 7  # an event date this close to publication dates the post's later, undated reports
# what may come before a heading's day: a thread's post number, "Night of"
HEADING_LEAD_RE = re.compile(r"\s*(?:\d{1,3}[/.]\s*)?(?:(?:the\s+)?night\s+of\s+)?", re.IGNORECASE)
HEADING_DASHES = ("—", "–", "-", ":")
TIMELINE_DASHES = ("—", "–")
# "1. 22 APR, approx. 0215 UTC – IZMAIL.": a clock time between a heading's day and its dash
HEADING_TIME_RE = re.compile(
    r",?\s*(?:approx\.?\s*|at\s+)?\d{1,2}:?\d{2}\s*(?:UTC|GMT|local time|hrs)?\s*", re.I
)


def token_gap(an: Analysis, d: DateMention, trigger: Match) -> int:
    """Tokens between a trigger and a date phrase."""
    i, j = an.tokens.index_at(d.start), an.tokens.index_at(d.end)
    return trigger.i - j if j <= trigger.i else max(0, i - trigger.j)


def claimed_dates(figures: list[FigureDraft], trigger: Match) -> set[int]:
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


def event_dates(an: Analysis, prefixes: tuple[str, ...], claimed: set[int]) -> list[DateMention]:
    """Date phrases that can date an event: not ranges or deadlines ('since 2022', 'until 6 August'), not the
    date of another kind of figure ('up from an estimate of 3,000 troops last week')."""
    return [d for d in an.dates if not bounds_period(d, prefixes) and d.start not in claimed]


def event_date(
    an: Analysis,
    trigger: Match,
    published: date,
    anchor: DateMention | None,
    codebook: Codebook,
    claimed: set[int],
    tally: bool = False,
    undated: tuple[date, str] | None = None,
) -> tuple[date, str, str] | None:
    """(date, precision, source) for an event: the date phrase near its trigger, else the post's ``anchor``, else
    publication (or ``undated``: a weekly digest's week). None when the phrase next to the trigger dates it weeks
    back: background ("recaptured in November 2022"), and None for a ``tally`` (interceptions) dated to a whole
    month or year, or to a week ("it downed 1,187 Ukrainian drones over the week"): a period's total."""
    if tally and WEEK_TALLY_RE.search(an.lowtext):
        return None
    usable = [
        d
        for d in event_dates(an, codebook.undated_prefixes, claimed)
        if d.date <= published
        and not describes_a_noun(an.tokens.lower, trigger.j, an.tokens.index_at(d.start))
    ]
    if trigger.payload.cls == "statement":
        # "…, saying that the units sent to the Gomel region in August were defensive": what is said has its own
        # dates; the saying has the post's or the day's
        usable = [d for d in usable if not _reported_content(an, d, trigger)]
    near = [
        d
        for d in usable
        if token_gap(an, d, trigger) <= DATE_REACH.get(d.precision, 5) and not _dates_the_talk(an, d, trigger)
    ]
    if not near:
        # "In September 2022, then-defence minister Shoigu said …": a date opening the sentence frames all of it
        near = [
            d
            for d in usable
            if an.tokens.index_at(d.start) <= 1 and an.sentence.text[d.end : d.end + 1] == ","
        ]
    if (
        not near
        and usable
        and all(
            d.precision in ("month", "year") and (published - d.date).days > BACKGROUND_DAYS for d in usable
        )
    ):
        return None  # "… confirmed it only in late April, after Russia declared it had recaptured Kursk": history
    lo, hi = clause_of(an.clause_starts, trigger.i, len(an.tokens))
    if tally and any(
        d.precision in ("month", "year") and lo <= an.tokens.index_at(d.start) < hi for d in usable
    ):
        return None  # "Air defences shot down 3,702 of the drones in May": a month's count, not one night's
    in_clause = [d for d in usable if lo <= an.tokens.index_at(d.start) < hi]
    if in_clause and _past_period(an, min(in_clause, key=lambda d: token_gap(an, d, trigger))):
        return None  # "1,300 drones were launched over the past week, Zelensky said in his Sunday address"
    spoken = _speech_dates(an, near)
    if spoken and len(spoken) == len(near):
        # "lawmakers said on Tuesday … that North Korea sent 5,000 more troops to Kursk this month": the saying's
        # day gives way to a date in the trigger's own clause, however far after it
        own = [  # a count's date too: "sent about 5,000 more troops … this month" dates the sending
            d
            for d in an.dates
            if d not in spoken
            and d.date <= published
            and trigger.j <= an.tokens.index_at(d.start) < hi
            and d.precision != "year"
            and not bounds_period(d, codebook.undated_prefixes)  # "had sent 3,000 more troops since January"
            # not a relative clause's: "calling up 130,000 men in the autumn draft, which began on Sunday"
            and RELATIVES.isdisjoint(an.tokens.lower[trigger.j : an.tokens.index_at(d.start)])
            # nor the crime's a sentence is passed for: "sentenced … for the execution of a civilian in March 2022"
            and not (
                trigger.payload.cls == "legal"
                and not GROUND_WORDS.isdisjoint(an.tokens.lower[trigger.j : an.tokens.index_at(d.start)])
            )
        ]
        near = own[:1] or near
        spoken = [d for d in spoken if d in near]
    if spoken and len(spoken) < len(near):
        # "Moskalkova said on Friday that she had met her counterpart on Thursday": Friday dates the saying
        near = [d for d in near if d not in spoken]
    if near:
        # the nearest date in the trigger's own clause: "… on June 9, and Ukrainian forces repelled … on June 8"
        d = min(near, key=lambda d: (not lo <= an.tokens.index_at(d.start) < hi, token_gap(an, d, trigger)))
        d = _day_of_the_week(an, _window_end(an, d, near), usable)
        old = (published - d.date).days > BACKGROUND_DAYS
        if old and anchor is not None and (published - anchor.date).days > BACKGROUND_DAYS:
            # a report told months on ("… on May 3, 2025, the Observatory said"): what followed that day is the story
            old = (anchor.date - d.date).days > BACKGROUND_DAYS
        if old and not _dated_item(an, d):
            return None
        # "Over the past week, Russia has launched 1,300 drones": a period's total, not an event
        if _past_period(an, d):
            return None
        return d.date, d.precision, "explicit"
    # a vow opening with its quotation is dated by its saying; one in the author's own words, with no reporting
    # verb ("Every executioner will be identified and held accountable"), by the writing
    own_words = trigger.payload.cls == "statement" and all(
        trigger.i <= m.i < m.j <= trigger.j and m.j - m.i < trigger.j - trigger.i
        for m in an.matches_of("report")
    )  # not "X warned that …": the trigger is the saying
    quoted_vow = own_words or (trigger.payload.cls == "statement" and an.sentence.text[:1] in OPENING_QUOTES)
    if (
        anchor is not None
        and not quoted_vow
        and not _ongoing(an, trigger, codebook.event_words["ongoing_words"])
    ):
        if tally and anchor.precision in ("month", "year"):
            # "MAY … A month of records: 4,920 drones, of which 4,500 were shot down": the month's count
            return None
        return anchor.date, anchor.precision, "post"
    if own_words:
        # the author's own words, also in a weekly address ('There is no evacuation … and there will be none'):
        # the day they are written, not the week they sum up
        return published, "day", "published"
    return (*(undated or (published, "day")), "published")


def _dates_the_talk(an: Analysis, d: DateMention, trigger: Match) -> bool:
    """'traded accusations at a meeting of the Security Council on Monday over a Russian missile strike on Odesa':
    the day before 'over' is the meeting's; the strike it is about happened before. 'Asked about the strike on 22
    October, …': the day of the question."""
    end, low = an.tokens.index_at(d.end), an.tokens.lower
    if low[:1] == ("asked",) and "," in low[end:] and trigger.i < low.index(",", end):
        return True  # "Asked about the strike on 22 October, Peskov said …": the day he was asked
    # "on Monday over a Russian missile strike", not "on Sunday night over 40 drones attacked"
    return any(low[k] == "over" and low[k + 1] in ("a", "an", "the") for k in range(end, trigger.i))


def _reported_content(an: Analysis, d: DateMention, trigger: Match) -> bool:
    """A date inside what someone says rather than on the saying: after the statement's own "that" ("denied
    that troops had been sent in August"), or in an earlier clause's "that" ("He recalled that a drone had
    violated Polish airspace on 26 August …, and warned that …")."""
    at, low = an.tokens.index_at(d.start), an.tokens.lower
    if at > trigger.i:
        return any(low[k] in CONTENT_OPENERS for k in range(trigger.j, at))
    lo, _ = clause_of(an.clause_starts, trigger.i, len(low))
    return at < lo and "that" in low[:at]


def _speech_dates(an: Analysis, dates: list[DateMention]) -> list[DateMention]:
    """Date phrases right after a reporting verb ('said on Friday that …'): when the report was made."""
    ends = {m.j for m in an.matches_of("report")}
    return [d for d in dates if an.tokens.index_at(d.start) in ends]


def _dateline_lede(an: Analysis, d: DateMention) -> bool:
    """'(Geneva, September 24, 2025) – A Russian missile killed 11 … on the morning of May 3, 2025': the lede under a
    dateline tells, by its full date, the incident the text is about, however long ago."""
    return (
        d.precision == "day" and dateline_end(an.sentence.text) > 0 and YEAR_RE.search(d.phrase) is not None
    )


def _dated_item(an: Analysis, d: DateMention) -> bool:
    """'On 23 January 2026, two Iskander-M missiles struck a shopping centre in Kharkiv': a sentence opening with
    the full date of what it reports is an incident told as such (a press release's or a factbox's), not
    history mentioned in passing. So is an item a timeline labels with its day ('January 9 — …')."""
    at, low = an.tokens.index_at(d.start), an.tokens.lower
    if at > 0 and low[at - 1] == "on":
        at -= 1  # the phrase without its "on"
    # "According to the investigation, on 22 December 2024, near …", "Investigators established that on 27 August
    # 2024 …": the full date opens the clause that tells the incident
    opens_clause = at == 0 or (low[at - 1] in CLAUSE_LEADS and YEAR_RE.search(d.phrase) is not None)
    if _dateline_lede(an, d):
        return True
    if d.precision == "day" and ANNIVERSARY_RE.match(an.lowtext) and YEAR_RE.search(d.phrase) is not None:
        return True  # "One year ago today, on the morning of 6 November 2024, …": the column's subject
    if d.precision != "day" or not opens_clause:
        return False
    # "January 9 — Two guided aerial bombs hit …": a timeline's item, labelled with its day
    labelled = an.sentence.text[d.end :].lstrip()[:1] in TIMELINE_DASHES
    return labelled or YEAR_RE.search(d.phrase) is not None


def _window_end(an: Analysis, d: DateMention, dates: list[DateMention]) -> DateMention:
    """'between 23:00 on Tuesday and 07:00 on Wednesday': an overnight window is dated by its morning, as
    'overnight' is."""
    later = [e for e in dates if e.start > d.end and e.precision == "day" and e.date > d.date]
    if not later or "between" not in an.sentence.text[max(0, d.start - 20) : d.start].lower():
        return d
    return later[0] if " and " in an.sentence.text[d.end : later[0].start] else d


def _day_of_the_week(an: Analysis, d: DateMention, dates: list[DateMention]) -> DateMention:
    """'the second attack on a bus this week: on Thursday, a drone struck …': a week named, then its day."""
    if d.precision != "week":
        return d
    day = next((e for e in dates if e.start > d.end and e.precision == "day"), None)
    if day is None or abs((day.date - d.date).days) > DAYS_IN_WEEK:
        return d
    between = an.sentence.text[d.end : day.start].strip(" ,:;—–-").lower()
    return day if between in ("", "on") else d


def _past_period(an: Analysis, d: DateMention) -> bool:
    """'over the past week', 'in the past month': a period's span, whose counts are totals."""
    return d.precision != "day" and "past" in an.sentence.text[d.start : d.end].lower()


def _ongoing(an: Analysis, trigger: Match, words: frozenset[str]) -> bool:
    """'Fighting continues for Kindrativka', 'clashes are still under way': the state of things on the day of
    publication, whatever day the post's earlier reports were of. Not a statement's: "called the claim false and
    said fighting was continuing" was said on the item's day."""
    if trigger.payload.cls == "statement":
        return False
    lo, hi = clause_of(an.clause_starts, trigger.i, len(an.tokens))
    return not words.isdisjoint(an.tokens.lower[lo:hi])


def post_anchor(
    an: Analysis,
    trigger: Match,
    published: date,
    prefixes: tuple[str, ...],
    claimed: set[int],
    dated: date | None = None,
) -> DateMention | None:
    """The day a sentence's first event is dated to (``dated``, when its own date phrase gave it), when it is
    recent enough to date the post's later, undated reports ('Russian forces shelled Kherson on Monday. … A woman
    was injured.'); not the day of the saying ('HUR said on Wednesday its drones had struck … on Tuesday night')."""
    usable = event_dates(an, prefixes, claimed)
    if not usable:
        return None
    nearest = _window_end(an, min(usable, key=lambda d: token_gap(an, d, trigger)), usable)
    if dated is not None and nearest.date != dated:
        nearest = next((d for d in usable if d.date == dated), nearest)
    if nearest.precision == "day" and 0 <= (published - nearest.date).days <= ANCHOR_DAYS:
        return nearest
    if _dateline_lede(an, nearest):
        return nearest  # "(Geneva, …) – A missile killed 11 … on May 3, 2025": the incident the text goes on about
    return None


def heading_day(an: Analysis, published: date) -> date | None:
    """The day a heading opens with ("Oct. 3 – Poltava region", "SEPT. 9 – BURSHTYN"): a factbox's or a
    timeline's item is that day's report."""
    first = _first_day(an, published)
    return first.date if first is not None and an.tokens.index_at(first.start) <= 1 else None


def _first_day(an: Analysis, published: date) -> DateMention | None:
    """The sentence's first date phrase, when it names a day no later than publication."""
    first = an.dates[0] if an.dates else None
    return first if first is not None and first.precision == "day" and first.date <= published else None


@dataclass(slots=True)
class NamedDays:
    """The last day and the last night a post's sentences named: what 'that day' and 'the same night' mean."""

    day: DateMention | None = None
    night: DateMention | None = None


def paragraph_day(an: Analysis, published: date) -> DateMention | None:
    """The day a paragraph's heading line opens with ("4/ Wednesday — SYZRAN.", "Night of 25–26 Aug — KSTOVO."):
    a thread's or a factbox's item reports that day."""
    first = _first_day(an, published)
    if first is None or not HEADING_LEAD_RE.fullmatch(an.sentence.text[: first.start]):
        return None
    rest = an.sentence.text[first.end :]
    if timed := HEADING_TIME_RE.match(rest):
        rest = rest[timed.end() :]
    return first if rest.lstrip()[:1] in HEADING_DASHES else None


# "On the 22nd, an Iskander-M missile hit …" under a month's heading: a day of that month
DAY_OF_MONTH_RE = re.compile(
    r"\b[Oo]n the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?! (?:of|century|anniversary|day|round|package)\b)"
)


def resolve_day_of_month(an: Analysis, anchor: DateMention | None, published: date) -> None:
    """'On the 22nd' with no month: of the month a heading or phrase before named ('JANUARY … On the 22nd'), else
    of the latest month whose day it is on or before publication."""
    if "n the " not in an.sentence.text:
        return  # what the pattern needs ("On the", "on the"), looked for cheaply in every sentence first
    found = DAY_OF_MONTH_RE.search(an.sentence.text)
    if found is None or any(d.start <= found.start() < d.end for d in an.dates):
        return
    n = int(found.group(1))
    if anchor is not None and anchor.precision == "month":
        year, month = anchor.date.year, anchor.date.month
    else:
        year, month = published.year, published.month
        if n > published.day:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        day = date(year, month, n)
    except ValueError:
        return  # "on the 31st" of a month with 30 days: no such day
    if day <= published:
        mention = DateMention(found.start(), found.end(), found.group(), day, "day")
        an.dates = sorted([*an.dates, mention], key=lambda d: d.start)


def resolve_same_day(an: Analysis, named: NamedDays, published: date) -> None:
    """Date 'that night', 'the same day', 'the next day' or 'the day before' by the last day (or night) named
    before it ('the day before' by the post's day when none was), then note the days this sentence names. 'A drone
    hit Dnipro the same night' after 'heating was restored on Thursday' is the night of the attack."""
    before = DAYS_BEFORE_RE.search(an.sentence.text) if not an.dates else None
    if before is not None and not COMPARED_WITH_RE.search(an.sentence.text, 0, before.start()):
        ref = named.day.date if named.day is not None else published
        # "the night before", "the previous night": the night into that day, dated that day as "overnight" is
        back = 0 if "night" in before.group().lower() else LATER_DAYS[(before.group("n") or "a").lower()]
        day = ref - timedelta(days=back)
        an.dates = [DateMention(before.start(), before.end(), before.group(), day, "day")]
    if not an.dates and named.day is not None:
        m = SAME_DAY_RE.search(an.sentence.text)
        later = DAYS_LATER_RE.search(an.sentence.text) if m is None else None
        if m is not None:
            ref = named.night if "night" in m.group().lower() and named.night is not None else named.day
            an.dates = [DateMention(m.start(), m.end(), m.group(), ref.date, "day")]
        elif later is not None:
            day = named.day.date + timedelta(days=LATER_DAYS[(later.group("n") or "a").lower()])
            if day <= published:
                an.dates = [DateMention(later.start(), later.end(), later.group(), day, "day")]
    days = [d for d in an.dates if d.precision == "day" and d.date <= published]
    if days:
        # "… on the morning of June 14, 2025, the group said in a report published today": the day told, not the
        # day of telling, is what "two days later" counts from
        told = [d for d in days if any(c.isdigit() for c in d.phrase)] if len(days) > 1 else days
        named.day = (told or days)[-1]
        named.night = next((d for d in reversed(days) if "night" in d.phrase.lower()), named.night)
