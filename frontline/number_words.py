"""Numbers written in words: "two hundred and fifty", "half a million", "a couple of thousand", "2.5 decillion".

The grammar's patterns run on lower-cased text (numbers.py lower-cases once, keeping offsets), so they need no
IGNORECASE, which makes them about twice as fast.
"""

from __future__ import annotations

import math
import re
from types import MappingProxyType

SMALL = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    }
)  # fmt: skip
SCALES = MappingProxyType(
    {
        "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "quadrillion": 15, "quintillion": 18,
        "sextillion": 21, "septillion": 24, "octillion": 27, "nonillion": 30, "decillion": 33,
    }
)  # fmt: skip
_VAGUE = MappingProxyType({"couple": 2.0, "few": 3.0})  # "a few hundred" → 300, always approx

_U = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_T = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SUB100 = rf"(?:(?:{_T})(?:[-\s](?:{_U})\b)?|{_TEEN}|{_U}|zero)\b"
_SUB1000 = rf"{_SUB100}(?:[-\s]hundred\b(?:(?:\s+and\s+|-){_SUB100})?)?"
_ARTICLE = r"(?:an?|half\s+an?|an?\s+quarter\s+of\s+an?|an?\s+(?:couple\s+of|few))"
SCALE = "|".join(SCALES)
_HALF = r"(?:\s+and\s+a\s+half|-and-a-half)"
_SCALED = rf"{_HALF}?(?:[-\s]+(?:{SCALE}|hundred)\b)+{_HALF}?"
_MORE = rf"(?:\s+(?:and\s+)?(?:{_ARTICLE}|{_SUB1000}){_SCALED})*(?:\s+and\s+{_SUB1000})?"
# An article head ("a", "half a", "a few") needs a scale or "dozen" after it; a number word does not.
WORDS = rf"(?:{_ARTICLE}(?:{_SCALED}{_MORE}|[-\s]dozen\b)|{_SUB1000}(?:{_SCALED}{_MORE}|[-\s]dozen\b)?)"


def trie(words: object) -> str:
    """An alternation of ``words`` factored by common prefixes ("t(?:wo|en|...)"), which sre scans faster."""
    branches: dict[str, list[str]] = {}
    for word in sorted(words):
        branches.setdefault(word[:1], []).append(word[1:])
    parts = [re.escape(head) + trie(tails) if head else "" for head, tails in branches.items()]
    optional = "" in branches
    alternation = "|".join(p for p in parts if p)
    if not alternation:
        return ""
    if len(parts) == 1:
        return alternation
    return f"(?:{alternation})" + ("?" if optional else "")


WORD_CANDIDATE = re.compile(rf"(?<![a-z]){trie([*SMALL, *SCALES, 'hundred', 'dozen'])}\b")
_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_number_words(words: str) -> float | None:
    """Value of a number phrase such as "two hundred and fifty", "half a million" or "2.5 trillion"."""
    total, current, last_scale = 0.0, 0.0, 0.0
    seen = placeholder = False  # placeholder: ``current`` is 1 only because of "a"/"an"
    for token in _WORD_SPLIT.split(words.lower().replace(",", "").strip()):
        if token in ("a", "an"):
            placeholder = placeholder or not current
            current = current or 1.0
            continue
        if token in ("and", "of"):
            continue
        if token == "half" and placeholder and last_scale:
            total, current = total + last_scale / 2, 0.0  # "a million and a half"
        elif token in ("half", "quarter"):
            current = (0.0 if placeholder else current) + (0.5 if token == "half" else 0.25)
        elif token in SMALL:
            if not _joins(current, SMALL[token]):
                return None
            current += SMALL[token]
        elif token.replace(".", "", 1).isdigit() and token.isascii():
            if current:
                return None
            current = float(token)
        elif token in _VAGUE:
            current = _VAGUE[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1.0) * (100.0 if token == "hundred" else 12.0)
        elif token in SCALES:
            last_scale = float(10 ** SCALES[token])
            total = total * last_scale if not current and total else total + (current or 1.0) * last_scale
            current = 0.0
        else:
            return None
        seen, placeholder = True, False
    value = total + current
    return value if seen and math.isfinite(value) else None


def _joins(current: float, value: float) -> bool:
    """Whether a word worth ``value`` may follow ``current`` ("twenty" + "one" may, "one" + "two" may not)."""
    rest = current % 100
    if value < 10:
        return rest == 0 or (rest >= 20 and rest % 10 == 0)
    return rest == 0
