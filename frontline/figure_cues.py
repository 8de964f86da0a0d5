"""What a counted thing's own words say befell it, when no verb beside the number does: a casualty word inside the
phrase ('nine wounded soldiers'), the subject whose amount it gives ('losses amount to 13,000'), people moved
out in a sentence about an evacuation."""

from __future__ import annotations

from frontline.analysis import Analysis
from frontline.counted import AMOUNT_REACH, SentenceIndex
from frontline.figure_links import CASUALTY_VERBS
from frontline.figure_verbs import Reading, past_subgroup

# "… have left the district", "would be taken to Kursk": people moving out, in a sentence about an evacuation
MOVE_WORDS = frozenset(
    ("left", "leave", "leaving", "taken", "took", "moved", "brought", "relocated", "transferred")
)
MOVE_REACH = 8  # tokens after the noun: "residents of Tyotkino have been taken to …"
# a sentence about people moved out: "evacuated", "taken to temporary accommodation centres", patients "moved
# to another hospital" from a ward on fire
EVACUATION_CUES = ("evacuat", "temporary accommodation", "to safety", "another hospital", "other hospitals")
# "Russia's grouping of forces … numbers about 600,000": the amount of the subject's noun
AMOUNT_VERBS = frozenset(("numbers", "number", "numbered", "totals", "totalled", "totaled"))
# "losses … amount to 13,000", "casualties stood at 400": the subject's casualty word says what is counted
AMOUNT_LINKS = AMOUNT_VERBS | frozenset(
    "amount amounts amounted stand stands stood reached exceed exceeds exceeded topped".split()
)
AMOUNT_HEDGES = frozenset(
    "around about some roughly nearly almost approximately more than up to between".split()
)


def described(ix: SentenceIndex, r: Reading) -> str:
    """'nine wounded soldiers', 'two dead civilians': a casualty word inside the counted phrase."""
    if r.noun is None:
        return ""
    inside = (m.payload for m in ix.verbs_between(r.te, r.noun.i))
    return next((v for v in inside if v in CASUALTY_VERBS), "")


def moved_out(an: Analysis, r: Reading) -> bool:
    """'1,240 people … have left the Kupiansk district' in a sentence about an evacuation: evacuated."""
    if r.noun is None or r.noun.payload != "people" or not any(cue in an.lowtext for cue in EVACUATION_CUES):
        return False
    low = an.tokens.lower
    start = past_subgroup(low, r.noun_end)
    return not MOVE_WORDS.isdisjoint(low[start : start + MOVE_REACH])


def link_before(low: tuple[str, ...], ti: int) -> int:
    """The token before a number, past its hedges: 'at' in "at around 600", 'amount' in "amount to more than"."""
    at = ti - 1
    while at > 0 and low[at] in AMOUNT_HEDGES:
        at -= 1
    return at


def subject_verb(an: Analysis, ix: SentenceIndex, r: Reading) -> str:
    """'Russian losses in this direction amount to more than 13,000': the casualty word of the subject whose
    amount the number gives."""
    low = an.tokens.lower
    at = link_before(low, r.ti)
    if at <= 0 or low[at] not in AMOUNT_LINKS:
        return ""
    subject = [m for m in ix.verbs_between(max(0, at - AMOUNT_REACH), at) if m.payload in CASUALTY_VERBS]
    return subject[0].payload if subject else ""
