"""Who a document's claims belong to beyond the sentence's own speaker: a claim's reach inside its sentence, a
speaker named in the next sentence, and the full speaker a summary's figure shortens."""

from __future__ import annotations

import re

from frontline.analysis import Analysis
from frontline.claimant import Claimant, from_actor
from frontline.clauses import OPENERS
from frontline.codebook import Codebook
from frontline.figures import FigureDraft
from frontline.records import EventCandidate, FigureCandidate
from frontline.reports import same_area

# a speaker at or after this token, whose verb is this close to the end, closes its sentence ("…, Fedorov said.")
TRAILING_SPEAKER_MIN = 3
TRAILING_SPEAKER_TAIL = 6
REPORTED_CONTENT_MIN = 4  # more tokens than this between a reporting verb and ';': what was reported goes on

# a sentence's rows when nobody was credited with them: its next sentence may name the speaker
Unclaimed = tuple[Analysis, list[FigureCandidate], list[EventCandidate]]


def claim_covers(an: Analysis, claimant: Claimant, figure: FigureDraft) -> bool:
    """'Glide bombs killed four, the governor said, while Moscow claimed …': a claim made in a later clause
    ('as/while/but …') does not cover a number before it."""
    if claimant.verb_at < 0:
        return True
    low = an.tokens.lower
    at = an.tokens.index_at(figure.number.start)
    if claimant.verb_at < at:
        between = low[claimant.verb_at : at]
        if ";" not in between:
            return True
        # "…, governor says; Moscow reports downing 162 UAVs" ends the claim at ';', but "He reported that a
        # village was shelled; two houses were damaged" goes on with what he reported
        return between.index(";") > REPORTED_CONTENT_MIN
    # the claim is another clause's only when its speaker opens that clause: "…, while Moscow claimed …"
    speaker = claimant.at if 0 <= claimant.at < len(low) else claimant.verb_at
    opener = speaker - 1 - (1 if speaker > 1 and low[speaker - 1] == "the" else 0)
    return not (at < opener and low[opener] in OPENERS)


def credit_lead(an: Analysis, unclaimed: Unclaimed, claimant: Claimant) -> None:
    """'Guided bombs hit the village, killing three. Four more were injured, the governor reported.': a speaker
    closing the next sentence of the paragraph, about the same place, speaks for the lead before it too."""
    if not claimant.name or claimant.kind == "pronoun":
        return
    lead, figures, events = unclaimed
    if an.sentence.index != lead.sentence.index + 1 or an.sentence.paragraph != lead.sentence.paragraph:
        return
    if claimant.at < TRAILING_SPEAKER_MIN or len(an.tokens) - claimant.verb_at > TRAILING_SPEAKER_TAIL:
        return  # the speaker opens this sentence ("Fedorov said four were injured"): his words start here
    lead_places = [r.place for r in (*figures, *events) if r.place is not None]
    own = [p.place for p in an.places if p.place.feature != "country"]
    if not all(any(same_area(p, q) for q in lead_places) for p in own):
        return  # "In Kharkiv, two were injured, the governor said": another place, another speaker's news
    for figure in figures:
        if not figure.claimant:
            figure.claimant, figure.claimant_country = claimant.name, claimant.country
    for event in events:
        if not event.claimant:
            event.claimant, event.claimant_kind = claimant.name, claimant.kind


def credit_summaries(figures: list[FigureCandidate], outlet: str = "") -> None:
    """'Regional governor says three killed' in a standfirst, 'UN says 3.7 million displaced' in a post's headline:
    a summary's figure is the claim its body reports with the speaker named in full ('…, Syniehubov said'), when
    the body credits that number to one speaker of the same side as the summary's, or of any side when the
    summary's number was only the outlet's ('Kyiv death toll rises to 4' on a CNN page)."""
    body: dict[tuple[str, float], set[tuple[str, str]]] = {}
    for f in figures:
        if f.claimant and not f.sentence.is_summary:
            body.setdefault((f.metric, f.value), set()).add((f.claimant, f.claimant_country))
    for f in figures:
        if not f.sentence.is_summary:
            continue
        found = body.get((f.metric, f.value), set())
        if len(found) == 1:
            name, country = next(iter(found))
            # an unattributed one folds in at the merge
            if f.claimant and (f.claimant_country == country or f.claimant == outlet):
                f.claimant, f.claimant_country = name, country


# what a donor's money is called: "a new Dutch contribution", "Germany's latest package"
AID_NOUNS = frozenset(("contribution", "package", "aid", "pledge", "loan", "grant", "funding", "assistance"))
DONOR_BREAKS = frozenset(("with", "to", "for", "from", "of", "in", "on", "and"))
THANKED_FOR = frozenset((("for", "its"), ("for", "their")))
ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")  # "its 30th defence package"
DONOR_GAP = 2  # words between the donor and its aid noun: "Dutch military aid", "Germany's latest package"


def aid_donor(an: Analysis, figure: FigureDraft, codebook: Codebook, spoken: bool = False) -> Claimant | None:
    """'€550 million — new Dutch contribution to the PURL scheme': with no speaker of its own, money is the
    donor's that the sentence names as owning it; a country a speaker thanks for its package ('grateful to
    Finland for its 30th defence package', ``spoken``) owns it whoever speaks."""
    if figure.metric != "aid_value":
        return None
    low = an.tokens.lower
    sides = {m.i for m, _ in an.country_actors()}
    for m in an.actors():
        ref = m.payload
        if ref.actor.kind != "country" or ref.form == "metonym":
            continue
        after = m.j + (1 if low[m.j : m.j + 1] == ("'s",) else 0)
        if low[after : after + 2] in THANKED_FOR:
            after += 2  # "grateful to Finland for its 30th defence package": Finland's package
        elif spoken or m.i not in sides:
            continue  # "sent aid to Ukraine": where the aid goes
        noun = next(
            (k for k in range(after, after + DONOR_GAP + 1) if low[k : k + 1] and low[k] in AID_NOUNS), -1
        )
        # the donor qualifies the noun ("Dutch military aid"), not "provided Ukraine with military aid"
        if noun >= 0 and all(
            (w.isalpha() or ORDINAL_RE.fullmatch(w)) and w not in DONOR_BREAKS for w in low[after:noun]
        ):
            return from_actor(ref, codebook, m.i)
    return None
