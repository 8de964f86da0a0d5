"""Resolve the date phrases of English war reporting against the publication date.

A phrase is a core ("Tuesday", "June 2023", "yesterday", "2024-10-30", "three weeks ago", ...) plus the run
of modifier words right before it ("late on", "since mid-", "earlier this"). Cores are found only near a
keyword that every core holds (plain substring search, about 2 µs a sentence), and the modifiers are read
backwards from the core, so a sentence costs microseconds, not a regex scan over every word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from frontline.records import DateMention

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
PLAN_DAYS = 7  # a day-month date without a year may lie this far after publication (announced plans)
AMBIGUOUS_MONTHS = frozenset({"may", "march"})  # also a verb and a surname: need a date context
# Substrings every non-numeric, non-month core holds; "eek" and "onth" also catch "Week", "Months".
KEYWORDS = ("day", "night", "eek", "onth", "orning", "fternoon", "vening", "hours")
KEYWORD_REACH = 8  # a core starts at most this far before its keyword ("three weeks ago")
MONTH_REACH = 24  # ... or before its month ("the 28th-29th of November")
CORE_TAIL = 40  # a core ends at most this far after its keyword ("Wednesday, the 28th of September, 2024")
MODIFIERS = (
    "on", "in", "since", "from", "by", "until", "till", "through", "during", "last", "this", "next", "past",
    "early", "late", "later", "earlier", "mid", "at the", "over the", "earlier in the", "later in the",
    "the start of", "the end of", "the beginning of", "the middle of",
)  # fmt: skip

_FULL_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
_MONTH = r"(?:" + _FULL_MONTH + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
_DAY = r"\d\d?(?:st|nd|rd|th)?(?!\d|,\d)(?:\s*[-–]\s*\d\d?(?:st|nd|rd|th)?(?!\d))?"  # "6-7 August": 6th
_YEAR = r"(?:,?\s+(?:19|20)\d\d(?!\d|,\d))"
_MONTH_DAY = _MONTH + r"\s+" + _DAY + _YEAR + "?"
_DAY_MONTH = _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR + "?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))"
_NOT_A_PAPER = r"(?!\s+(?:times|telegraph|express|mirror|post)\b)"  # "the Sunday Times"
_NUMBER = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d\d?)"

# Matched on lower-cased text; the empty group that ends each branch names the kind of core.
CORE_RE = re.compile(
    r"\b(?:"
    r"[12]\d\d\d-[01]\d-[0-3]\d(?![\d-])(?P<iso>)"
    r"|\d\d?\.[01]?\d\.(?:19|20)\d\d(?!\d)(?P<dotted>)"
    r"|" + _WEEKDAY + r",?\s+(?:the\s+)?(?:" + _MONTH_DAY + "|" + _DAY_MONTH + r")(?P<calendar>)"
    r"|" + _MONTH_DAY + r"(?P<calendar_>)"
    r"|the\s+" + _DAY_MONTH + r"(?P<calendar__>)"
    r"|" + _DAY_MONTH + r"(?P<calendar___>)"
    r"|" + _FULL_MONTH + r"(?:" + _YEAR + r"|\s+(?:last|this)\s+year\b)?(?P<month>)"
    r"|" + _WEEKDAY + _NOT_A_PAPER + r"(?:['’]s)?" + _PART_OF_DAY + r"?(?P<weekday>)"
    r"|(?:today|tonight|this\s+(?:morning|afternoon|evening))\b(?P<today>)"
    r"|(?:overnight|last\s+night)\b(?P<night>)"
    r"|yesterday\b" + _PART_OF_DAY + r"?(?P<yesterday>)"
    r"|the\s+day\s+before\s+yesterday\b(?P<yesterday2>)"
    r"|" + _NUMBER + r"\s+(?:day|week|month)s?\s+ago\b(?P<ago>)"
    r"|(?<=\d\s)"
    + _NUMBER
    + r"\s+(?:day|week|month)s?\s+earlier\b(?P<ago_>)"  # "up from 9,000 a week earlier"
    r"|(?<=past )(?:day|24\s+hours)\b(?P<pastday>)"
    r"|(?:week|month)\b(?P<period>)"
    r"|weekend\b(?P<weekend>)"
    r")"
)
# Capitalised month abbreviations and the shapes of numeric dates; literal-first, so a fast scan.
MONTH_OR_NUMERIC_RE = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|-[01]\d-|\.[01]?\d\.[12]"
    r"|\d (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"  # "22 APR 2026, 1100 UTC": an advisory's dates
)
# Matched on the reversed text from the start of a core backwards: "late on " is read as " no etal".
REVERSED_MODIFIERS_RE = re.compile(
    r"(?:[\s-]+(?:"
    + "|".join(m[::-1].replace(" ", r"\s+") for m in sorted(MODIFIERS, key=len, reverse=True))
    + r")\b)+"
)
MONTH_WORD_RE = re.compile(_MONTH)
NUMBER_RE = re.compile(r"\d+")
NIGHT_OF_RE = re.compile(r"night\s+of\s+(?:the\s+)?\Z")
NIGHT_END_RE = re.compile(r"\s+(?:to|into)\s+(\d\d?)(?!\d|:)")
MONTH_CONTEXT_RE = re.compile(r"\b(?:and|or|to|between|before|after)\s+$")
NAMED_DAY_KINDS = frozenset({"weekday", "calendar", "iso", "dotted"})  # cores that name a day outright
HOLIDAY_RE = re.compile(r"\b(?:good|black|bloody|super|cyber|holy|palm|ash|easter)\s+$")

Resolution = tuple[date, str] | None
Resolver = Callable[[re.Match, str, str, date], Resolution]


def find_dates(text: str, published: date) -> list[DateMention]:
    """Date phrases in one sentence, resolved against the publication date; sorted, non-overlapping."""
    anchors = _anchors(text)
    if not anchors:
        return []
    low = _lower(text)
    reversed_low = low[::-1]
    found: list[tuple[str, DateMention]] = []
    position = 0
    for anchor, reach in anchors:
        core = _core_near(low, max(position, anchor - reach), anchor) if anchor >= position else None
        if core is None:
            continue
        start = _modifiers_start(reversed_low, core.start(), position)
        position = core.end()
        kind = core.lastgroup.rstrip("_")
        resolved = RESOLVERS[kind](core, low[start : core.start()], text, published)
        if resolved is not None:
            found.append((kind, DateMention(start, position, text[start:position], *resolved)))
    if any(kind == "night" for kind, _ in found):
        return _pin_nights(found)
    return [mention for _, mention in found]


def _anchors(text: str) -> list[tuple[int, int]]:
    """Positions of the keywords that date cores hold, each with how far before it a core may start."""
    anchors = [(m.start(), MONTH_REACH) for m in MONTH_OR_NUMERIC_RE.finditer(text)]
    for keyword in KEYWORDS:
        at = text.find(keyword)
        while at != -1:
            anchors.append((at, KEYWORD_REACH))
            at = text.find(keyword, at + 1)
    anchors.sort()
    return anchors


def _core_near(low: str, window_start: int, anchor: int) -> re.Match | None:
    """The date core holding the keyword at ``anchor``, searched in a short window around it."""
    window_end = min(len(low), anchor + CORE_TAIL)
    core = CORE_RE.search(low, window_start, window_end)
    if core is None or core.start() > anchor:
        return None
    if window_end < len(low):  # the window found where the core starts; it may have cut its end
        core = CORE_RE.match(low, core.start())
    return core


def _lower(text: str) -> str:
    """Lower-cased text with the same offsets (a few characters grow when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _modifiers_start(reversed_low: str, core_start: int, previous_end: int) -> int:
    """Where the run of modifier words ("late on", "since mid-") right before a core begins."""
    size = len(reversed_low)
    found = REVERSED_MODIFIERS_RE.match(reversed_low, size - core_start, size - previous_end)
    return size - found.end() if found else core_start


def _pin_nights(found: list[tuple[str, DateMention]]) -> list[DateMention]:
    """Date "overnight" / "last night" by the nearest day named in the sentence ("... said on Thursday")."""
    days = [mention for kind, mention in found if kind in NAMED_DAY_KINDS]
    if not days:
        return [mention for _, mention in found]
    pinned = []
    for kind, mention in found:
        if kind == "night":
            nearest = min(days, key=lambda day: abs(day.start - mention.start))
            mention = DateMention(mention.start, mention.end, mention.phrase, nearest.date, "day")
        pinned.append(mention)
    return pinned


def _words(modifiers: str) -> set[str]:
    """The modifier words before a core, as a set ("since mid-" → {"since", "mid"})."""
    return set(modifiers.replace("-", " ").split())


def _most_recent_weekday(weekday: int, published: date, strictly_before: bool = False) -> date:
    """The latest date with this weekday on (or, if asked, strictly before) the publication date."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def _infer_year(month: int, day: int, published: date) -> date | None:
    """The month-day in the latest year that is no later than a week after publication."""
    latest = published + timedelta(days=PLAN_DAYS)
    for year in (published.year + 1, published.year, published.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= latest:
            return candidate
    return None


def _month_start(published: date, months_back: int) -> date:
    """The first day of the month this many months before the publication month."""
    index = published.year * 12 + published.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts do not make one (31 November, 29 February 2023)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(year: int | None, month: int, day: int, published: date) -> Resolution:
    """A calendar day, with the year given or inferred from the publication date."""
    found = _safe_date(year, month, day) if year else _infer_year(month, day, published)
    return (found, "day") if found else None


def _iso(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    year, month, day = map(int, core.group().split("-"))
    return _day(year, month, day, published)


def _dotted(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    day, month, year = map(int, core.group().split("."))
    return _day(year, month, day, published)


def _calendar(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    """'Nov. 28', 'on 6 August 2024', 'the 28th of November', 'Thursday, Nov. 28': day precision."""
    month = MONTH_WORD_RE.search(core.string, core.start(), core.end())
    if not text[month.start()].isupper():
        return None
    numbers = NUMBER_RE.findall(core.group())
    year = int(numbers[-1]) if len(numbers[-1]) == 4 else None
    days = [int(n) for n in numbers if len(n) <= 2]
    if NIGHT_OF_RE.search(core.string, 0, core.start()):
        # "the night of 6-7 August", "the night of June 9 to 10": the night ends on the second day
        to = NIGHT_END_RE.match(core.string, core.end())
        last = int(to.group(1)) if to else days[-1]
        if last > days[0]:
            return _day(year, MONTHS[month.group()[:3]], last, published)
    return _day(year, MONTHS[month.group()[:3]], days[0], published)


def _month(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    """'in June', 'since mid-June', 'June 2023', 'last May', 'in March last year': month precision."""
    if not text[core.start()].isupper():
        return None
    phrase, words = core.group(), _words(modifiers)
    name = phrase.split()[0].rstrip(",")
    numbers = NUMBER_RE.findall(phrase)
    if name in AMBIGUOUS_MONTHS and not (numbers or modifiers or _month_context(core)):
        return None  # "Theresa May last year said", "the March on Kyiv"
    month = MONTHS[name[:3]]
    if numbers:
        return date(int(numbers[0]), month, 1), "month"
    if phrase.endswith("year"):
        return date(published.year - phrase.endswith("last year"), month, 1), "month"
    if "next" in words:
        return None
    later = month > published.month or ("last" in words and month == published.month)
    return date(published.year - later, month, 1), "month"


def _month_context(core: re.Match) -> bool:
    """Whether a bare "May" / "March" follows a word that joins dates ("between March and May"), or stands alone
    as a heading ("MAY" over a month's items)."""
    if core.string.strip().rstrip(":.").lower() == core.group().lower():
        return True
    return MONTH_CONTEXT_RE.search(core.string, max(0, core.start() - 10), core.start()) is not None


def _weekday(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    """'on Tuesday', 'Tuesday's', 'late on Monday', 'last Friday': never later than publication."""
    words = _words(modifiers)
    if "next" in words:
        return None
    if not modifiers and HOLIDAY_RE.search(core.string, max(0, core.start() - 8), core.start()):
        return None
    weekday = WEEKDAYS[core.group()[:3]]
    return _most_recent_weekday(weekday, published, strictly_before="last" in words), "day"


def _today(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    return published, "day"


def _yesterday(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    return published - timedelta(days=1), "day"


def _yesterday2(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    return published - timedelta(days=2), "day"


def _ago(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    """'two days ago' (day), 'three weeks ago' (week), 'a month ago' (month)."""
    count_word, unit = core.group().split()[:2]
    count = int(count_word) if count_word.isdigit() else NUMBER_WORDS[count_word]
    if unit.startswith("day"):
        return published - timedelta(days=count), "day"
    if unit.startswith("week"):
        return published - timedelta(weeks=count), "week"
    return _month_start(published, count), "month"


def _period(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    """This / last / earlier this / past week or month: a week is dated by a day in it, a month by its 1st."""
    words = _words(modifiers)
    if "last" in words:
        which = "last"
    elif words & {"this", "past"} or {"in", "the"} <= words:
        which = "this"
    else:
        return None  # "the week", "next month", "a month-long siege"
    if core.group() == "month":
        return _month_start(published, which == "last"), "month"
    if which == "last":
        return published - timedelta(days=7), "week"
    if "earlier" in words:
        return published - timedelta(days=published.weekday()), "week"
    return published, "week"


def _weekend(core: re.Match, modifiers: str, text: str, published: date) -> Resolution:
    """The Saturday of a past weekend ('at the weekend', 'last weekend'); 'this weekend' only on one."""
    words = _words(modifiers)
    on_weekend = published.weekday() >= 5
    if "this" in words and "past" not in words and not on_weekend:
        return None  # said on a weekday, "this weekend" is still to come
    if not words & {"last", "this", "the", "past"}:
        return None
    saturday = _most_recent_weekday(5, published)
    if "last" in words and on_weekend:
        saturday -= timedelta(days=7)
    return saturday, "week"


RESOLVERS: dict[str, Resolver] = {
    "iso": _iso,
    "dotted": _dotted,
    "calendar": _calendar,
    "month": _month,
    "weekday": _weekday,
    "today": _today,
    "night": _today,  # the night ending on the morning of publication, unless _pin_nights finds a weekday
    "yesterday": _yesterday,
    "yesterday2": _yesterday2,
    "ago": _ago,
    "period": _period,
    "weekend": _weekend,
    "pastday": _today,  # "over the past day", "in the past 24 hours": a daily report's day
}


def bounds_period(d: DateMention, prefixes: tuple[str, ...]) -> bool:
    """'since October', 'until 6 August': the phrase bounds a period; it is not the date anything happened on. A
    possessive names the day of what follows: 'the toll from last Friday's strike'."""
    phrase = d.phrase.lower()
    return phrase.startswith(prefixes) and not phrase.endswith(("'s", "’s"))
