"""Numbers beside a counted noun that are no count of their own: rates, restatements, the size of each group."""

from __future__ import annotations

from frontline.analysis import Analysis
from frontline.counted import UNIT_NOUNS, SentenceIndex
from frontline.figure_verbs import Reading

# "6,000 a month later" is a date, not a rate
LATER = frozenset({"later", "earlier", "ago", "before", "after"})


def not_a_count(an: Analysis, ix: SentenceIndex, r: Reading, rate_words: frozenset[str]) -> bool:
    """A rate ('40 drones per night'), a figure restated in other units, or the size of each group."""
    return _rate(an, ix, r, rate_words) or _restated(an, r) or _group_size(an, r)


def _rate(an: Analysis, ix: SentenceIndex, r: Reading, rate_words: frozenset[str]) -> bool:
    """'1,300 soldiers a day', '40 drones per night', '1,200 killed and wounded a day': a rate, not a count."""
    low = an.tokens.lower
    end = r.noun_end
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
    """'the equivalent of $2.5 trillion trillion trillion': a figure already given, in other units."""
    before = an.tokens.lower[max(0, r.ti - 3) : r.ti]
    return "equivalent" in before or before[-2:] == ("equal", "to")


def _group_size(an: Analysis, r: Reading) -> bool:
    """'attacking in groups of three to five soldiers': the size of each group, not a count."""
    low = an.tokens.lower
    return any(low[k] in UNIT_NOUNS and low[k + 1] == "of" for k in range(max(0, r.ti - 4), r.ti - 1))
