"""Why a number is not a reported figure: an age, a year, a day of the month, a clock time, a duration, a label
(Article 5, the 47th Brigade) or an idiom ("one of the"); lists share their first item's kind ("aged 12 and 15")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType

_MONTHS = frozenset(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
     "Dec")
)  # fmt: skip
_LABELS = frozenset(
    ("article", "resolution", "no.", "number", "day", "brigade", "battalion", "regiment", "division",
     "corps", "flight", "route", "highway", "section", "chapter", "paragraph", "clause", "version",
     "protocol", "decree", "reactor", "unit", "block", "phase", "stage", "level", "item", "page",
     "platform", "terminal", "gate", "zone")
)  # fmt: skip
_AGE_WORDS = frozenset(
    ("aged", "age", "ages", "age of", "ages of", "aged between", "aged from", "ages from", "age from",
     "age to", "age between")
)  # fmt: skip
_AT_WORDS = frozenset(("at", "from", "until", "till", "by", "before", "after", "since"))
_PRONOUN_BEFORE = frozenset(
    ("no", "any", "every", "each", "the", "this", "that", "which", "loved", "little", "young", "the only",
     "one by")
)  # fmt: skip
_ARTICLES = frozenset(("the", "a", "an", "this", "that"))
_PERSON_NOUNS = frozenset(
    ("man", "woman", "boy", "girl", "child", "teenager", "mother", "father", "son", "daughter", "husband",
     "wife", "resident", "pensioner", "soldier", "driver", "volunteer", "medic", "doctor", "nurse",
     "journalist", "farmer", "worker", "victim", "brother", "sister", "grandson", "granddaughter",
     "grandmother", "grandfather", "nephew", "niece", "neighbour", "neighbor", "colleague", "friend",
     "deminer", "sapper", "rescuer", "firefighter", "policeman", "officer", "serviceman", "conscript", "teacher",
     "engineer", "student", "passenger", "employee", "guard", "paramedic", "commander", "fighter", "civilian")
)  # fmt: skip
_NOT_NAMES = _MONTHS | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_AFTER = re.compile(
    r"""(?P<age>(?:\s*-\s*|\s+)(?:year|month|week|day)s?(?:\s*-\s*|\s+)old\b)
    | (?P<duration>(?:\s*-\s*|\s+)
        (?:(?:more|full|long|straight|consecutive|whole|additional|further|extra)\s+)?
        (?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?
        |centur(?:y|ies))\b)
    | (?P<time>\s?(?:[ap]\.?m\b\.?|o[’']clock\b|(?:gmt|utc|bst|cet|cest|eet|eest|msk)\b|hrs\b|h\b
        |local\s+time\b))
    | (?P<month>\s+(?:of\s+)?(?P<month_name>january|february|march|april|may|june|july|august|september
        |october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)
    | (?P<other>\s?-?\s?(?:mm|millimet(?:re|er))\b|\s+[a-z]*illions?\b|-(?:first|second|third|fourth|fifth
        |sixth|seventh|eighth|ninth|thirds?|quarters?|fifths?|tenths?)\b)""",
    re.VERBOSE,
)
_ONE_ENDS_PHRASE = re.compile(r"\s*(?:[.,;:)]|\Z)")  # "the monthly one." ends; "one person" goes on
_ONE_AFTER = re.compile(
    r"\s+(?:of|another|by|such|thing|hand|point|time|way|side|day|who|whom|whose)\b|[’']s\b|-(?!and\b)[^\W\d_]"
)
# "Kovalchuk, 27, a sergeant …", "Oleksandr, 34, signed a contract …", "Olena, 41, was killed": who he was or what
# he did next, after the age
_APPOSITION_AFTER = re.compile(
    r",\s+(?:a|an|the|who|was|is|had|has|died|joined|signed|served|left|went|lived|worked|[a-z]+ed)\s"
)
_PART_AFTER = re.compile(r"\s+of\s+(?:them|those)\b")
_ORDINAL_AFTER = re.compile(r"[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|-|–|&)\s*")
_SPAN_GAP = re.compile(r"\s*(?:and|or|to|-|–)\s*")
_YEAR_GAP = re.compile(r"\s*[-–/]\s*")
_HHMM = re.compile(r"(?:[01]?[0-9]|2[0-4])[.:][0-5][0-9]")
CHAIN_GAPS = MappingProxyType({"age": _LIST_GAP, "day": _LIST_GAP, "duration": _SPAN_GAP, "year": _YEAR_GAP})


@dataclass(slots=True)
class Hit:
    """A scanned number before exclusions, ranges and qualifiers are settled."""

    start: int
    end: int
    value: float
    raw: float  # the value before a scale word or suffix
    exponent: int  # the power of ten the scale words or suffix stand for
    unit: str
    qualifier: str
    plain: bool  # a bare integer in digits or words: no unit, currency, scale or decimal point
    kind: str = ""  # why it is not a figure (age, year, day, time, duration, other); "" if it may be one


def kind_of(
    text: str, lower: str, hit: Hit, digits: str, number_words: str, before: list[str], words: list[str]
) -> str:
    """Why a number is not a figure (age, year, day, time, duration, other), or "" when it may be one."""
    small = hit.plain and hit.value <= 120
    if hit.plain and text[hit.start - 1 : hit.start] == "[" and text[hit.end : hit.end + 1] == "]":
        return "other"  # "injuring one worker,[183] while …": an encyclopedia's citation marker
    if after := _AFTER.match(lower, hit.end):
        if after.lastgroup != "month":
            return after.lastgroup or "other"
        if small and 1 <= hit.value <= 31 and text[after.start("month_name")].isupper():
            return "day"
    if hit.plain and len(digits) > 1 and digits[0] == "0":  # "0300" is a time, "000" or "007" a code
        return "time" if len(digits) == 4 else "other"
    if hit.plain and len(digits) == 4 and 1900 <= hit.value <= 2100 and hit.qualifier == "exact":
        return "year"
    last, last2 = (words[-1] if words else ""), " ".join(words[-2:])
    if last in _LABELS or " ".join(before[-2:]) == "Group of":
        return "other"
    if small and (last in _AGE_WORDS or last2 in _AGE_WORDS or _is_name_age(text, before, hit)):
        return "age"
    if small and 1 <= hit.value <= 31 and before and before[-1].rstrip(".") in _MONTHS:
        return "day"
    if last in _AT_WORDS and not hit.unit and not hit.exponent and _HHMM.fullmatch(digits):
        return "time"
    return "other" if number_words and _is_idiom(lower, number_words, hit, last, last2) else ""


def _is_idiom(lower: str, words: str, hit: Hit, last: str, last2: str) -> bool:
    """Whether a number word is not a number: "one of the", "no one", "one another", "twenty-first"."""
    if words == "one":
        if _PART_AFTER.match(lower, hit.end) and lower[: hit.start].rstrip().endswith(","):
            return False  # "four were injured, one of them seriously": a part of the count before
        pair = last2.split()
        return (
            last in _PRONOUN_BEFORE
            or last2 in _PRONOUN_BEFORE
            # "smaller than the monthly one", "a new one": an adjective's noun left out
            or (
                len(pair) == 2
                and pair[0] in _ARTICLES
                and pair[1].isalpha()
                and pair[1] not in _PRONOUN_BEFORE
                and _ONE_ENDS_PHRASE.match(lower, hit.end) is not None
            )
            or _ONE_AFTER.match(lower, hit.end) is not None
        )
    return words.endswith("ty") and _ORDINAL_AFTER.match(lower, hit.end) is not None


def _is_name_age(text: str, before: list[str], hit: Hit) -> bool:
    """Whether a number is an age set off by commas after a person: "a man, 45," or "Olena Marchuk, 38,"."""
    if not before or not before[-1].endswith(",") or text[hit.end : hit.end + 1] != ",":
        return False
    name = before[-1].rstrip(",")
    if len(before) == 1:
        # "Kovalchuk, 27, a sergeant in the 92nd brigade, was killed": a surname opening the sentence
        return (
            name[:1].isupper()
            and name not in _NOT_NAMES
            and _APPOSITION_AFTER.match(text, hit.end) is not None
        )
    if name.lower() in _PERSON_NOUNS:
        return True
    if not name[:1].isupper() or name in _NOT_NAMES:
        return False
    # "Olena Marchuk, 38,", "her daughter Daryna, 9,": a full name, or a first name after who the person is
    prior = before[-2].strip(",")
    return prior.lower() in _PERSON_NOUNS or (prior[:1].isupper() and prior not in _NOT_NAMES)


def chain_kinds(lower: str, hits: list[Hit]) -> None:
    """Spread a kind along a tight list: "aged 12 and 15", "6-7 August", "two to three years", "2022-23"."""
    pairs = list(pairwise(hits))
    for left, right in pairs + pairs[::-1]:
        for src, dst in ((left, right), (right, left)):
            gap = CHAIN_GAPS.get(src.kind)
            if gap and not dst.kind and _fits(src.kind, dst) and gap.fullmatch(lower, left.end, right.start):
                dst.kind = src.kind


def _fits(kind: str, hit: Hit) -> bool:
    """Whether a bare number could be another item of a list of this kind (an age, a day of the month)."""
    if not hit.plain:
        return False
    if kind == "age":
        return hit.value <= 120
    return 1 <= hit.value <= 31 if kind == "day" else True
