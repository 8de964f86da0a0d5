"""Numbers in war reporting: every value that could be a reported figure, with its qualifier and unit.

Ages, years, clock times, days of the month, ordinals, durations, labels (Article 5) and model names
(Su-34, S-300) are recognised (number_kinds.py) and dropped here so the figure extractor only sees candidate figures.
Vague quantities ("hundreds", "several", "dozens") are never returned; "a few hundred" is read as
300 and "a couple of thousand" as 2,000, both with the qualifier "approx".
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from itertools import pairwise
from types import MappingProxyType

from frontline.number_kinds import CHAIN_GAPS, Hit, chain_kinds, kind_of
from frontline.number_words import SCALE, SCALES, SMALL, WORD_CANDIDATE, WORDS, parse_number_words
from frontline.records import NumberMention

_SUFFIXES = MappingProxyType({"k": 3, "m": 6, "mn": 6, "b": 9, "bn": 9, "tn": 12, "trn": 12})
CURRENCY_CODES = frozenset(
    (
        "USD",
        "EUR",
        "GBP",
        "RUB",
        "UAH",
        "PLN",
        "CHF",
        "JPY",
        "KRW",
        "CNY",
        "CAD",
        "AUD",
        "SEK",
        "NOK",
        "DKK",
        "CZK",
        "ISK",
    )
)
_MAX_EXPONENT = 330  # beyond this a value is not a finite float
_CURRENCIES = MappingProxyType(
    {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB",
     "usd": "USD", "eur": "EUR", "gbp": "GBP", "uah": "UAH", "rub": "RUB", "cad": "CAD", "aud": "AUD",
     "sek": "SEK", "nok": "NOK", "dkk": "DKK", "isk": "ISK", "pln": "PLN", "chf": "CHF", "czk": "CZK"}
)  # fmt: skip
_UNITS = MappingProxyType(
    {
        "%": "percent", "per cent": "percent", "percent": "percent",
        "percentage points": "pp", "percentage point": "pp",
        "us dollars": "USD", "dollars": "USD", "euros": "EUR", "pounds sterling": "GBP",
        "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
        "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "hryvnyas": "UAH",
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "uah": "UAH", "rub": "RUB",
        "zlotys": "PLN", "zloty": "PLN", "swiss francs": "CHF", "yen": "JPY", "won": "KRW", "yuan": "CNY",
        "canadian dollars": "CAD", "australian dollars": "AUD", "swedish kronor": "SEK", "kronor": "SEK",
        "norwegian kroner": "NOK", "danish kroner": "DKK", "czech koruna": "CZK", "kroner": "NOK",
        "krone": "NOK", "krona": "SEK", "koruna": "CZK", "korunas": "CZK",
        "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
        "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
        "square miles": "sq miles", "miles": "miles", "mile": "miles",
        "tonnes": "tonnes", "tonne": "tonnes", "tons": "tonnes",
    }
)  # fmt: skip
_QUALIFIERS = MappingProxyType(
    {
        "at least": "at_least", "more than": "at_least", "over": "at_least", "upwards of": "at_least",
        "in excess of": "at_least", "no fewer than": "at_least", "no less than": "at_least",
        "not less than": "at_least", "a minimum of": "at_least", "well over": "at_least",
        "just over": "at_least", "above": "at_least", "exceeded": "at_least", "exceeds": "at_least",
        "exceed": "at_least", "surpassed": "at_least", "topped": "at_least",
        "up to": "at_most", "as many as": "at_most", "as much as": "at_most", "fewer than": "at_most",
        "less than": "at_most", "under": "at_most", "no more than": "at_most", "not more than": "at_most",
        "at most": "at_most", "a maximum of": "at_most", "just under": "at_most", "below": "at_most",
        "around": "approx", "about": "approx", "approximately": "approx", "some": "approx",
        "roughly": "approx", "nearly": "approx", "almost": "approx", "an estimated": "approx",
        "estimated": "approx", "approx.": "approx", "approx": "approx",
        "a couple of": "approx", "close to": "approx", "circa": "approx", "an approximate": "approx",
    }
)  # fmt: skip
_QUALIFIER_ENDS = frozenset(phrase.split()[-1] for phrase in _QUALIFIERS)
_PUNCT = "([{“”\"'‘’"
_EXPECTED_STEMS = (
    "expect", "set to", "project", "forecast", "predict", "likely", "poised", "could", "may ", "might",
    "will ",
)  # fmt: skip

# Thousands are grouped by commas or, in some outlets, by a no-break or thin space ("10\u00a0000").
_DIGITS = (
    r"(?>[0-9]{1,3}(?:[,\u00a0\u2009\u202f][0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"(?![.,:/]?[0-9])"  # never stop inside a longer number, date or version
)


def _alternatives(keys: object) -> str:
    """A regex alternation of literal keys, longest first so the longest spelling wins."""
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(keys, key=len, reverse=True))


_NUMBER = re.compile(
    rf"""(?<![\w/:=@#])(?<![^\W\d_]-)(?<![0-9][.,])
      (?:(?P<cur>us\$|[$€£₴₽]|(?:usd|eur|gbp|uah|rub|cad|aud|sek|nok|dkk|isk|pln|chf|czk)\s?))?
      (?: (?P<digits>{_DIGITS})
          (?: \s?(?P<sfx>bn|mn|trn|tn)\b | (?P<sfx1>[kmb])(?![^\W_]) | (?P<scales>(?:\s+(?:{SCALE})\b)+) )?
        | (?P<words>{WORDS}) )
      (?P<plus>\+)?
      (?:(?=\s?[{re.escape("".join({k[0] for k in _UNITS}))}])\s?(?P<unit>{_alternatives(_UNITS)}))?
      (?![^\W_])""",
    re.VERBOSE,
)
_DIGIT_RUN = re.compile(r"[$€£₴₽0-9][0-9,.]*")  # one optional-free class: sre scans it fast
_NO_SEPARATORS = MappingProxyType(str.maketrans("", "", ",\u00a0\u2009\u202f"))
_ISO_CODES = frozenset(
    ("usd", "eur", "gbp", "uah", "rub", "cad", "aud", "sek", "nok", "dkk", "isk", "pln", "chf", "czk")
)
_HEAD_ENDS = ("a ", "n ", "f ", "w ", "a-")  # a, an, of, few: the last word of a head such as "half a"
_HEAD_BEFORE = re.compile(r"\b(?:half\s+an?|an?\s+quarter\s+of\s+an?|an?\s+(?:couple\s+of|few)|an?)[-\s]+\Z")
_SKIP = re.compile(
    r"\+[0-9][0-9 ().-]{6,}[0-9]|\([0-9]{2,5}\)\s?[0-9][0-9 .-]{4,}[0-9]"  # phone numbers
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}"  # written dates
)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EXPECTED = re.compile(
    r"\b(?:(?:expected|set|projected|forecast|predicted|likely|poised)\s+to\s+|could\s+|may\s+|might\s+|will\s+)"
    r"(?:(?:reach|hit|top|exceed|surpass|total|number|be)|(?:rise|increase|grow|climb|swell|jump)\s+to)\b"
    r"|\b(?:projected|forecast)\s+to\b"
)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to)\s*")
_AND_GAP = re.compile(r"\s+and\s+")


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` that could be a reported figure, in order of appearance."""
    lower = _lower(text)
    first_word = WORD_CANDIDATE.search(lower)
    if first_word is None and not _DIGIT_RUN.search(lower):
        return []
    hits = [hit for m in _matches(lower, first_word) if (hit := _scan(text, lower, m)) is not None]
    if any(hit.kind in CHAIN_GAPS for hit in hits):
        chain_kinds(lower, hits)
    figures = [hit for hit in hits if not hit.kind]
    if figures and any(map(lower.__contains__, _EXPECTED_STEMS)):
        _mark_expected(lower, figures)
    _mark_ranges(lower, figures)
    return [
        NumberMention(h.start, h.end, text[h.start : h.end], h.value, h.qualifier, h.unit) for h in figures
    ]


def _lower(text: str) -> str:
    """``text`` lower-cased character by character, so offsets stay valid ("İ".lower() has two characters)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _matches(lower: str, first_word: re.Match[str] | None) -> list[re.Match[str]]:
    """Scanner matches, tried only where a digit run or a number word starts (cheap to find)."""
    starts = [(m.start(), m.end(), False) for m in _DIGIT_RUN.finditer(lower)]
    if first_word is not None:
        words = [first_word, *WORD_CANDIDATE.finditer(lower, first_word.end())]
        starts = sorted(starts + [(m.start(), m.end(), True) for m in words])
    urls = [m.span() for m in _URL.finditer(lower)] if "://" in lower or "www." in lower else []
    found: list[re.Match[str]] = []
    consumed = 0
    for pos, end, is_word in starts:
        if pos < consumed or (urls and any(lo <= pos < hi for lo, hi in urls)):
            continue
        if not is_word and (skip := _skip(lower, pos, end)):  # phone numbers and written dates
            consumed = skip
            continue
        begin = _begin(lower, pos, is_word, consumed)
        if m := (begin < pos and _NUMBER.match(lower, begin)) or _NUMBER.match(lower, pos):
            found.append(m)
            consumed = m.end()
    return found


def _skip(lower: str, pos: int, end: int) -> int:
    """The end of a phone number or written date around the digits at ``pos``, else 0."""
    if lower[pos - 1 : pos] in ("+", "("):
        pos -= 1
    elif lower[end : end + 1] not in ("-", "/") and lower.count(".", pos, end) < 2:
        return 0
    skip = _SKIP.match(lower, pos)
    return skip.end() if skip else 0


def _begin(lower: str, pos: int, is_word: bool, consumed: int) -> int:
    """Where a number found at ``pos`` may really start: at "US$" or "USD " or at "a", "half a", "a few"."""
    if is_word:
        if lower[pos - 2 : pos] not in _HEAD_ENDS:
            return pos
        head = _HEAD_BEFORE.search(lower, max(consumed, pos - 24), pos)
        return head.start() if head else pos
    if lower[pos - 2 : pos] == "us" and lower[pos : pos + 1] == "$":
        return pos - 2
    if lower[pos - 1 : pos] == " " and lower[pos - 4 : pos - 1] in _ISO_CODES and pos - 4 >= consumed:
        return pos - 4
    return pos


def _scan(text: str, lower: str, m: re.Match[str]) -> Hit | None:
    """Turn one scanner match into a hit with its value, unit, qualifier and kind."""
    cur, digits, words, unit_words = m.group("cur", "digits", "words", "unit")
    raw, exponent = _value(m)
    if raw is None or not math.isfinite(value := _scaled(raw, exponent) if exponent else raw):
        return None
    unit = _CURRENCIES[cur.strip()] if cur else _UNITS[" ".join(unit_words.split())] if unit_words else ""
    if unit == "NOK" and "denmark" in lower and "norw" not in lower:
        unit = "DKK"  # bare "kroner": Norway's unless the sentence is about Denmark
    plain = not exponent and not unit and raw.is_integer() and (words is not None or "." not in digits)
    start = m.start()
    before = text[max(0, start - 48) : start].split()[-3:]
    said = [w.strip(_PUNCT).lower() for w in before]
    hit = Hit(start, m.end(), value, raw, exponent, unit, _qualifier(text, m, said), plain)
    hit.kind = kind_of(text, lower, hit, digits or "", words or "", before, said)
    return hit


def _value(m: re.Match[str]) -> tuple[float | None, int]:
    """The number as written and the power of ten named after it ("bn", "k", "trillion trillion")."""
    words, digits = m["words"], m["digits"]
    if words:
        return (float(SMALL[words]) if words in SMALL else parse_number_words(words)), 0
    raw = float(digits.replace(",", "") if digits.isascii() else digits.translate(_NO_SEPARATORS))
    if sfx := m["sfx"] or m["sfx1"]:
        return raw, _SUFFIXES[sfx]
    return raw, sum(SCALES[word] for word in m["scales"].split()) if m["scales"] else 0


def _scaled(raw: float, exponent: int) -> float:
    """``raw`` times ten to the ``exponent``, rounded once ("2.5 trillion trillion trillion" is 2.5e36)."""
    if exponent > _MAX_EXPONENT:
        return math.inf
    return float(Decimal(repr(raw)).scaleb(exponent))


def _qualifier(text: str, m: re.Match[str], words: list[str]) -> str:
    """The qualifier named by the words just before a number ("at least", "about", "~") or by "+" after it."""
    if text[m.start() - 1 : m.start()] == "~":
        return "approx"
    if words and words[-1] in _QUALIFIER_ENDS:
        for n in (3, 2, 1):
            if found := _QUALIFIERS.get(" ".join(words[-n:])):
                return found
    if m["plus"]:
        return "at_least"
    vague = m["words"] and ("couple" in m["words"] or "few" in m["words"])
    return "approx" if vague else "exact"


def _mark_expected(lower: str, figures: list[Hit]) -> None:
    """Mark a figure "expected" when a projection ("expected to rise to", "could reach") comes just before."""
    previous_end = 0
    for hit in figures:
        for trigger in _EXPECTED.finditer(lower, max(previous_end, hit.start - 120), hit.start):
            between = lower[trigger.end() : hit.start]
            if len(between.split()) <= 8 and not any(mark in between for mark in ",;:"):
                hit.qualifier = "expected"
                break
        previous_end = hit.end


def _mark_ranges(lower: str, figures: list[Hit]) -> None:
    """Turn "between 50 and 60", "50-60" and "50 to 60" into an at_least and an at_most figure."""
    for low, high in pairwise(figures):
        if high.start - low.end > 5 or not (
            _RANGE_GAP.fullmatch(lower, low.end, high.start)
            or (
                _AND_GAP.fullmatch(lower, low.end, high.start)
                and lower[max(0, low.start - 12) : low.start].split()[-1:] == ["between"]
            )
        ):
            continue
        if high.exponent and not low.exponent and low.raw < high.raw:  # "between 2 and 3 million"
            low.exponent, low.value = high.exponent, _scaled(low.raw, high.exponent)
        low.unit = low.unit or high.unit
        high.unit = high.unit or low.unit
        if low.value < high.value:
            low.qualifier, high.qualifier = "at_least", "at_most"
