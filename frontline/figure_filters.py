"""Numbers beside a counted noun that are no count of their own: rates, ratios, ages, restatements, the size of
each group, weapons counted as hits or purchases."""

from __future__ import annotations

from frontline.analysis import Analysis
from frontline.counted import AUX, UNIT_NOUNS, SentenceIndex
from frontline.figure_verbs import Reading
from frontline.numbers import CURRENCY_CODES

# "6,000 a month later" is a date, not a rate
LATER = frozenset({"later", "earlier", "ago", "before", "after"})
RATIO_REACH = 3  # tokens after a number within which 'for every' makes it one side of a ratio
BRACKET_GAP = 10  # characters between an amount and its conversion in brackets: ' (about '
BACK_TO_DUTY = frozenset(("unit", "units", "service", "duty", "positions", "ranks"))
# "4.2 million people have returned to their places of origin": the displaced back home, no prisoners freed
RESETTLED = frozenset(("places", "homes", "communities", "towns", "villages"))
DUTY_REACH = 4  # tokens after a noun within which 'returned to their units' stands ('had returned to …')
# more tokens when a relative clause stands between: 'who had left their units without permission'
RELATIVE_REACH = 8
QUOTES = frozenset(('"', "“", "”", "'", "‘", "’"))
DASHES = frozenset((("-",), ("–",)))
ENDS = frozenset((('"',), ("”",), ("'",), ("’",)))
AGE_LINKS = frozenset(
    ("of", "is", "was", "were", "are", ":")
)  # "at the age of 45", "the average age … is 38"
AGE_WORDS = frozenset({"age", "aged", "ages"})
HITS_REACH = 6  # tokens back from a number to a list's 'hits by'
HITS_BY = frozenset((("hits", "by"), ("impacts", "by")))
AIRSPACE_REACH = 10  # tokens after a weapon count within which 'airspace' makes it a count of crossings
PARENTS = frozenset(("father", "mother", "parent", "grandfather", "grandmother"))
AGE_REACH = 10  # tokens from 'age' to its number: 'the average age of the dead in the list is 38'


PAY_VERBS = frozenset(("promised", "paid", "offered"))
PASSIVE_PAY = frozenset(("was", "were", "been", "and"))  # "had been recruited and promised"
PERSON_OBJECTS = frozenset(("him", "her", "them", "me", "us"))
PERSON_SUBJECTS = PERSON_OBJECTS | {"he", "she", "they", "i", "we"}
PAY_REACH = 12  # tokens before a sum within which its payee and 'promised' stand
DENIAL_WORDS = frozenset(("denied", "denies", "deny", "denying"))
DENIAL_REACH = 12  # tokens from 'denied that' to the number it denies
BEFORE_NOW = frozenset(("ago", "earlier", "before"))  # "more than two years ago", "than a year earlier"
DIFFERENCE_REACH = 5  # tokens from 'than' to 'ago': "than at the start of 2023"


def not_a_count(an: Analysis, ix: SentenceIndex, r: Reading, rate_words: frozenset[str]) -> bool:
    """A rate ('40 drones per night'), a ratio ('one in every 57 men'), an age, a figure restated in other units,
    the size of each group, or of a family."""
    return (
        _rate(an, ix, r, rate_words)
        or _ratio(an, ix, r)
        or _age(an, r)
        or _quoted_name(an, r)
        or _back_to_duty(an, r)
        or _restated(an, r)
        or _group_size(an, r)
        or _family_size(an, r)
        or _difference(an, r)
        or _denied(an, r)
        or _paid_to_a_person(an, r)
    )


def _paid_to_a_person(an: Analysis, r: Reading) -> bool:
    """'he had been recruited … and promised $18,000', 'offered them 5,000 euros': a person's pay or bribe, no aid."""
    if r.number.unit not in CURRENCY_CODES:
        return False
    low = an.tokens.lower
    lo = max(1, r.ti - PAY_REACH)
    paid = any(
        low[k] in PAY_VERBS and (low[k - 1] in PASSIVE_PAY or low[k + 1] in PERSON_OBJECTS)
        for k in range(lo, r.ti)
    )
    return paid and not PERSON_SUBJECTS.isdisjoint(low[lo : r.ti])


def _denied(an: Analysis, r: Reading) -> bool:
    """'denied that Russia had lost anywhere near a million men': a number the speaker denies is nobody's claim."""
    low = an.tokens.lower
    if low[max(0, r.ti - 2) : r.ti] == ("anywhere", "near"):
        return True
    lo = max(0, r.ti - DENIAL_REACH)
    return any(
        low[k] in DENIAL_WORDS and low[k + 1] == "that" and ";" not in low[k : r.ti]
        for k in range(lo, r.ti - 1)
    )


def _difference(an: Analysis, r: Reading) -> bool:
    """'about 620,000 troops, roughly 150,000 more than two years ago': how much a count grew, not a count."""
    low = an.tokens.lower
    return low[r.te : r.te + 2] in (
        ("more", "than"),
        ("fewer", "than"),
        ("less", "than"),
    ) and not BEFORE_NOW.isdisjoint(low[r.te + 2 : r.te + 2 + DIFFERENCE_REACH])


def _rate(an: Analysis, ix: SentenceIndex, r: Reading, rate_words: frozenset[str]) -> bool:
    """'1,300 soldiers a day', '40 drones per night', '1,200 killed and wounded a day': a rate, not a count."""
    low = an.tokens.lower
    if r.number.unit in CURRENCY_CODES and low[r.te : r.te + 1] == ("per",):
        return True  # "promised them $500 per car", "€1,000 per household": a price, not a sum given
    end = r.noun_end
    while end < len(low) and low[end] in AUX:
        end += 1  # "1,500 soldiers were killed or wounded every day"
    if end in ix.verb_starts:
        end = max(m.j for m in ix.verbs if m.i == end)
    after = low[end : end + 2]
    later = low[end + 2] in LATER if end + 2 < len(low) else False
    return (
        len(after) == 2
        and after[0] in ("a", "per", "each", "every")
        and after[1] in rate_words
        and not later  # "6,000 a month later" is a date, not a rate
    )


def _restated(an: Analysis, r: Reading) -> bool:
    """'the equivalent of $2.5 trillion trillion trillion' or 'CAD 60 million (about €40 million)': a figure already
    given, in other units; 'exchanged 246 prisoners of war for 246': the other side of a like-for-like swap."""
    before = an.tokens.lower[max(0, r.ti - 3) : r.ti]
    if "equivalent" in before or before[-2:] == ("equal", "to"):
        return True
    value, start = r.number.value, r.number.start
    if before[-1:] == ("for",) and any(n.value == value and n.end < start for n in an.numbers):
        return True
    # "CAD 60 million (about €40 million)": the same money in another currency
    opened = "(" in before and r.number.unit in CURRENCY_CODES
    return opened and any(n.unit in CURRENCY_CODES and 0 < start - n.end <= BRACKET_GAP for n in an.numbers)


def _family_size(an: Analysis, r: Reading) -> bool:
    """'a 34-year-old father of two': his children, not people harmed."""
    return r.ti >= 2 and an.tokens.lower[r.ti - 1] == "of" and an.tokens.lower[r.ti - 2] in PARENTS


def _group_size(an: Analysis, r: Reading) -> bool:
    """'attacking in groups of three to five soldiers': the size of each group, not a count."""
    low = an.tokens.lower
    return any(low[k] in UNIT_NOUNS and low[k + 1] == "of" for k in range(max(0, r.ti - 4), r.ti - 1))


def _ratio(an: Analysis, ix: SentenceIndex, r: Reading) -> bool:
    """'one in every 57 men', 'one in five soldiers', 'three Russian casualties for every Ukrainian one': a share
    of a group, neither number a count."""
    low = an.tokens.lower
    before = low[max(0, r.ti - 3) : r.ti]
    if before[-2:] == ("one", "in") or "every" in before[-2:]:
        return True
    if before[-1:] == ("in",) and r.ti - 1 in ix.number_ends:
        return True  # "four in five of them": the whole a share is taken of
    # "one in every 57", "about four in five": not "three were injured, one in Kherson and two in Beryslav"
    after = low[r.te + 1] if r.te + 1 < len(low) else ""
    if low[r.te : r.te + 1] == ("in",) and (after == "every" or r.te + 1 in ix.number_starts):
        return True
    end = max(r.noun_end, r.te)
    return any(low[k : k + 2] == ("for", "every") for k in range(end, min(end + RATIO_REACH, len(low))))


def _age(an: Analysis, r: Reading) -> bool:
    """'the average age of the dead is 38', 'men aged 18 to 60': years of age, not a count of people. A number
    after another number is counted again ('two men aged 61 and 47, and four residents were injured')."""
    low = an.tokens.lower
    ages = [k for k in range(max(0, r.ti - AGE_REACH), r.ti) if low[k] in AGE_WORDS]
    if not ages:
        return False
    between = low[ages[-1] + 1 : r.ti]
    if between[-1:] in (("to",), ("-",), ("–",)):
        return True  # the 60 of "aged 18 to 60"
    # right after the age word ("aged 38", "at the age of 45") or as what the age is ("the average age … is 38"),
    # not "lowered the mobilisation age last year, and 30,000 men were drafted"
    return not any(t[:1].isdigit() for t in between) and (not between or between[-1] in AGE_LINKS)


def _quoted_name(an: Analysis, r: Reading) -> bool:
    """'one-year "18-24" contracts': a quoted pair of numbers names a scheme, it counts nothing."""
    low = an.tokens.lower
    if r.ti > 0 and low[r.ti - 1] in QUOTES and low[r.te : r.te + 1] in DASHES:
        return True  # the 18 of "18-24"
    return (
        r.ti > 2 and low[r.ti - 1] in ("-", "–") and low[r.ti - 3] in QUOTES and low[r.te : r.te + 1] in ENDS
    )


def _back_to_duty(an: Analysis, r: Reading) -> bool:
    """'28,000 servicemen had returned to their units', '29,000 servicemen who had left their units without
    permission have returned to service': men back on duty, neither freed prisoners nor a force; nor are the
    displaced who 'have returned to their places of origin'."""
    low = an.tokens.lower
    reach = DUTY_REACH + (RELATIVE_REACH if low[r.noun_end : r.noun_end + 1] == ("who",) else 0)
    return any(
        low[k] == "returned" and not (BACK_TO_DUTY | RESETTLED).isdisjoint(low[k + 1 : k + 4])
        for k in range(r.noun_end, min(r.noun_end + reach, len(low)))
    )


def not_a_weapon_count(an: Analysis, r: Reading, noun_class: str, metrics: dict) -> bool:
    """Weapons counted as something other than launched, downed or supplied: '17 drones and both missiles hit
    targets', 'handed over 412 FPV drones', 'to raise 100 million hryvnias for 2,000 interceptor drones', '14
    drones that entered Belarusian airspace', 'hits by three missiles and 19 drones were recorded'."""
    low, before = an.tokens.lower, an.tokens.index_at(r.number.start) - 1
    hit = r.verb == "damaged" and not r.left
    unfitting = bool(r.verb) and (noun_class, r.verb) not in metrics  # handed over, bought
    paid_for = not r.verb and before >= 0 and low[before] == "for"
    crossing = not r.verb and "airspace" in low[r.te : r.te + AIRSPACE_REACH]
    return hit or unfitting or paid_for or crossing or _hits_by(low, before)


def _hits_by(low: tuple[str, ...], before: int) -> bool:
    """Whether 'hits by' stands before a number, or before the list it ends ('hits by three missiles and 19')."""
    k = before
    while k >= 1 and before - k < HITS_REACH and low[k] not in (",", ";", ":"):
        if (low[k - 1], low[k]) in HITS_BY:
            return True
        k -= 1
    return False
