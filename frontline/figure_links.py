"""How a number links to what it counts across a few words: a toll ('the death toll rose to 11'), a changed count
('the number of damaged houses rose to five'), a comparison ('up from 7,000 last year'), a part of a group ('two
civilians were among them') and where the counted thing is ('10,000 troops in Russia')."""

from __future__ import annotations

import re
from itertools import pairwise

from frontline.analysis import Analysis
from frontline.figure_verbs import Reading
from frontline.numbers import CURRENCY_CODES
from frontline.records import NumberMention, PlaceMention

CASUALTY_VERBS = frozenset({"killed", "injured", "casualties", "missing"})
# Where a counted thing is ("10,000 troops in Russia"), as opposed to whom it acts against.
FIGURE_LOCATIVES = frozenset(
    ["in", "at", "near", "inside", "into", "to", "on", "across", "around", "within", "over"]
)
# "…, up from 7,000 last year": the same measure as the number before, at another time
COMPARISONS = frozenset((("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to")))
COMPARED_HEDGES = frozenset(("about", "around", "some", "roughly", "nearly", "almost", "approximately"))
# "the number of damaged houses rose to five", "… fell to 25,000": a changed count of the noun after 'number of'
CHANGES = frozenset(
    "raised increased rose risen grown grew climbed updated fell fallen dropped declined decreased".split()
)
TOLL_HEDGES = frozenset(
    "more than about around some roughly nearly almost approximately over least now already".split()
)
TOLL_LINKS = frozenset(("to", "at", "between", "is", "was", "reached", "stood"))  # "the toll rose to 11"
TOLL_REACH = 6  # tokens from 'toll' to its number: 'the toll had risen to three'
# tokens after a noun within which 'were among them' stands ('civilians from Mariupol were …')
AMONG_REACH = 4
AMONG_THEM = frozenset((b, "among", t) for b in ("were", "are", "was", "is") for t in ("them", "those"))
PART_OF_TALLY_RE = re.compile(r"\b(?:including|of them|of which)\b")  # "11 regions, 36 of them over Samara"
# what stands between a tally's part and the place it breaks the tally down by: "including 34 over the", "22 of
# them were shot down over"; not a part by type ("including 3 Shaheds, over the region": the tally's own place)
PART_BY_PLACE_RE = re.compile(
    r"\s*(?:(?:about|some|around|nearly)\s+)?(?:[\d,]+|[a-z-]+)?\s*(?:were\s+)?"
    r"(?:(?:shot\s+down|destroyed|downed|intercepted)\s+)?(?:over|in|above|across|near|on)\s+(?:the\s+)?\Z"
)


# "the number of wounded", "the number of dead": what such a count counts
NUMBER_OF_HARMED = {"wounded": "injured", "injured": "injured", "dead": "killed", "killed": "killed"}


def toll(an: Analysis, ti: int) -> tuple[str, str] | None:
    """'The number of people injured … has risen to five', 'the death toll rose to 11'."""
    low = an.tokens.lower
    k = _past_hedges(low, ti)
    # the link stands right before the number: not "one civilian was killed and three were injured"
    if k < 0 or low[k] not in TOLL_LINKS:
        return None
    near = low[max(0, ti - TOLL_REACH) : ti]
    # the nearest head: "the death toll had risen to six and the number of wounded to 27"
    for k in range(len(near) - 1, 1, -1):
        if near[k] == "toll":
            break
        if near[k - 2 : k] == ("number", "of") and near[k] in NUMBER_OF_HARMED:
            return "people", NUMBER_OF_HARMED[near[k]]
    if any(pair == ("death", "toll") for pair in pairwise(near)):
        return "people", "killed"  # "one of the injured women died; the death toll is now two"
    verbs = [m for m in an.matches_of("verb") if m.j <= ti and m.payload in CASUALTY_VERBS]
    if verbs and any(word in low[:ti] for word in ("toll", "number", "tally", "total")):
        return "people", verbs[0].payload
    if "toll" in near:
        return "people", "killed"  # "the toll had risen to three": a toll with no other word is of the dead
    return None


def compared(an: Analysis, r: Reading, before_number: NumberMention, before_class: str) -> bool:
    """'€9bn in military aid this year, up from €7bn last year': the same measure at another time."""
    low = an.tokens.lower
    # "up from 165,519 a week earlier": the date after the number is no counted noun
    dated = any(0 < d.start - r.number.end <= 1 for d in an.dates)
    k = r.ti
    while k > 0 and low[k - 1] in COMPARED_HEDGES:
        k -= 1  # "down from about 35,000"
    # "fell to about 25,000 in June from about 35,000 in March": the change's starting point
    start = an.tokens.index_at(before_number.start)
    changed = low[k - 1 : k] == ("from",) and hedged_link(low, start) > 0
    if (r.unknown_noun and not dated) or (tuple(low[max(0, k - 2) : k]) not in COMPARISONS and not changed):
        return False
    same_noun = r.noun is None or r.noun.payload == before_class
    return same_noun and (r.number.unit in CURRENCY_CODES) == (before_number.unit in CURRENCY_CODES)


def located(an: Analysis, place: PlaceMention) -> bool:
    """'in Russia', 'in the Kursk region', 'to eastern Russia': where the counted thing is."""
    low = an.tokens.lower
    i = an.tokens.index_at(place.start) - 1
    while i >= 0 and (low[i] == "the" or low[i] in ("eastern", "western", "southern", "northern", "central")):
        i -= 1
    return i >= 0 and low[i] in FIGURE_LOCATIVES


def place_after_part(an: Analysis, number_end: int, part_number: int) -> PlaceMention | None:
    """'destroyed 16 drones, including three Shaheds, over the Poltava region': a part by type between a tally and
    its place leaves the place the whole tally's; a part by place ('including three over Kursk') does not."""
    text = an.sentence.text
    part = PART_OF_TALLY_RE.search(text, number_end, part_number)
    if part is None:
        return None
    after = next((p for p in an.places if p.start >= part_number and located(an, p)), None)
    if after is None or any(part_number < n.start < after.start for n in an.numbers):
        return None
    return None if PART_BY_PLACE_RE.match(text[part.end() : after.start]) else after


def among_them(low: tuple[str, ...], end: int) -> bool:
    """'two civilians from Mariupol were among them': the noun phrase ending near token end is a part of a group."""
    return any(low[k : k + 3] in AMONG_THEM for k in range(end, min(end + AMONG_REACH, len(low))))


def hedged_link(low: tuple[str, ...], ti: int) -> int:
    """The token of 'to' before a number, past its hedges ('fell to about 25,000'), else 0."""
    k = _past_hedges(low, ti)
    return k if k > 0 and low[k] == "to" else 0


def _past_hedges(low: tuple[str, ...], ti: int) -> int:
    """The token before the number at ti, past its hedges ('has risen to more than 40'): -1 at the start."""
    k = ti - 1
    while k > 0 and low[k] in TOLL_HEDGES:
        k -= 1
    return k
