"""What a figure counts, in words: "North Korean troops", "drones", "additional troops"."""

from __future__ import annotations

from frontline.analysis import Analysis
from frontline.codebook import Codebook
from frontline.counted import INCREMENT_WORDS
from frontline.figure_verbs import Reading

# the label of a counted noun class, where its words vary ("servicemen", "soldiers": troops)
HEAD_LABELS = {"personnel": "troops", "drone": "drones", "area": "square kilometres"}


def subject_of(an: Analysis, r: Reading, codebook: Codebook) -> str:
    """'North Korean troops', 'drones', 'guided missiles': demonym + head, demonym from 'from X' or the sender."""
    noun = r.noun
    assert noun is not None
    # as written: "passers-by", not the tokens "passers - by"
    written = an.sentence.text[an.tokens.start[noun.i] : an.tokens.end[noun.j - 1]].lower()
    head = HEAD_LABELS.get(noun.payload, written)
    if noun.payload == "people":
        return head
    start = min(r.te, max(0, noun.i - 3))
    if r.ti < r.te <= noun.i:  # "Ukraine and Russia swapped 157 prisoners": not Russia's, before the number
        start = max(start, r.ti)
    demonym = _demonym_between(an, start, noun.i, codebook) or _demonym_from(an, noun.j, codebook)
    if not demonym and noun.payload in ("personnel", "volunteers"):
        demonym = _sender(an, r.ti, codebook)
    return f"{demonym} {head}" if demonym else head


def _demonym_between(an: Analysis, i: int, j: int, codebook: Codebook) -> str:
    for m in an.actors():
        if i <= m.i < j and m.payload.actor.kind == "country":
            return codebook.demonym_of.get(m.payload.actor.name, "")
    return ""


def _demonym_from(an: Analysis, j: int, codebook: Codebook) -> str:
    if j < len(an.tokens) and an.tokens.lower[j] == "from":
        for m in an.actors():
            if m.i == j + 1 and m.payload.actor.kind == "country":
                return codebook.demonym_of.get(m.payload.actor.name, "")
    return ""


def _sender(an: Analysis, before: int, codebook: Codebook) -> str:
    """The country acting in the sentence before the number ('North Korea dispatched 10,000 troops')."""
    sides = [m for m, ref in an.country_actors() if m.j <= before and ref.form != "demonym"]
    if not sides:
        return ""
    return codebook.demonym_of.get(sides[-1].payload.actor.name, "")


def is_increment(an: Analysis, r: Reading) -> bool:
    """'160,000 more troops', 'a couple of thousand more', 'another 22': added to an earlier count."""
    low = an.tokens.lower
    after = low[r.te : (r.noun.i if r.noun is not None else r.te + 1)]
    return any(t in INCREMENT_WORDS for t in after) or (r.ti > 0 and low[r.ti - 1] in ("another", "further"))
