"""Speakers the codebook does not list: a person named in capitalised words ("Governor Andriy Moroz said") or a
body named with an institution's word after a source marker ("according to the Kiel Institute for the World
Economy,")."""

from __future__ import annotations

import re

from frontline.analysis import Analysis
from frontline.claimant import Claimant

# words of a title that stand before a name ("Governor Andriy Moroz", "Defence Minister …"), never part of it
TITLE_WORDS = frozenset(
    """mr mrs ms dr president minister gen general chairman governor mayor secretary spokesperson spokesman
    spokeswoman ambassador commander chief premier chancellor senator speaker envoy head director prosecutor
    ombudsman adviser advisor aide deputy defence defense foreign prime colonel lieutenant captain major sergeant
    brigadier col lt capt maj sgt admiral rear vice district municipal regional city oblast""".split()
)
# capitalised linking words no person's name holds: "Medics Under Fire", "Reporters Without Borders"
ORGANISATION_LINKS = frozenset(("Under", "Without", "Against", "Beyond", "Across", "For", "Of", "In", "On"))
INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")  # "GeoSight", "DeepState": a brand, not a person's name
# the last word of a body's name, and the words that may join its other capitalised words
INSTITUTION_HEADS = frozenset(
    """council office ministry administration service command committee agency department directorate commission
    authority institute consortium corporation company""".split()
)
MISSION_WORDS = frozenset(("embassy", "consulate", "mission"))  # a state's offices abroad
# the last word of a non-governmental body's name: "Civilian Harm Observatory", "Human Rights Watch"
GROUP_HEADS = frozenset(
    """observatory watch coalition alliance union foundation fund network initiative monitor group project centre
    center association society trust campaign platform""".split()
)
INSTITUTION_LINKS = frozenset((",", "and", "of", "for", "the"))
NAME_LINKS = frozenset(("for", "of", "on", "the", "and"))  # "Kiel Institute for the World Economy"
INSTITUTION_WORDS = frozenset(
    """institute institution centre center council foundation university agency service office committee
    commission bank fund association organisation organization group network project monitor authority
    charity initiative""".split()
)


# "a soldier with the call sign Bison", "who goes by the call sign Doc": the only name a text gives a fighter
CALL_SIGN_RE = re.compile(
    r"\b(?:call[ -]?sign|callsign|nom de guerre|code[ -]?name)\s+[\"“'‘]?([A-Z][\w'’-]+)"
)


def call_sign(an: Analysis, lo: int = 0, clause: bool = False) -> Claimant | None:
    """The person a call sign names from token lo on, to the end of its clause with ``clause`` ('said a soldier
    with the call sign Bison')."""
    text = an.lowtext
    if "call" not in text and "code" not in text and "guerre" not in text:
        return None  # the words a call sign opens with, looked for at C speed
    low = an.tokens.lower
    hi = next((k for k in range(lo, len(low)) if low[k] in (",", ".", ";")), len(low)) if clause else None
    tokens = an.tokens
    start = tokens.start[lo] if lo < len(tokens) else len(an.sentence.text)
    end = tokens.end[hi - 1] if hi is not None and 0 < hi <= len(tokens) else len(an.sentence.text)
    m = CALL_SIGN_RE.search(an.sentence.text, start, end)
    return Claimant(m.group(1), "", "person", tokens.index_at(m.start(1))) if m else None


def unknown_source(an: Analysis, i: int, people: dict[str, Claimant]) -> Claimant | None:
    """A name the codebook lacks right after a source marker, standing alone before a comma or the end: a
    person ('according to Yurii Malashko,') or, named with an institution's word, a body ('according to the
    Kiel Institute for the World Economy,')."""
    text, low, k = an.tokens.text, an.tokens.lower, i
    while k < len(text):
        link = k
        while k > i and link < len(text) and low[link] in NAME_LINKS:
            link += 1  # "for the": words joining a body's name ("Institute for the Study of War")
        if not (link < len(text) and text[link][:1].isupper() and text[link].isalpha()):
            break
        k = link + 1
    if k - i < 2 or not (k == len(text) or text[k] in (",", ".", ";", "(")):
        return None  # a name ends there, not "the International Organization for" something else
    if not INSTITUTION_WORDS.isdisjoint(low[i:k]):
        return Claimant(" ".join(text[i:k]), "", "organisation", i)
    return unknown_name(an, k, people) if NAME_LINKS.isdisjoint(low[i:k]) else None


def unknown_name(an: Analysis, end: int, people: dict[str, Claimant]) -> Claimant | None:
    """Capitalised words before the verb: a person the codebook does not know ("Governor Andriy Moroz")."""
    text, i = an.tokens.text, end - 1
    if i >= 0 and text[i] in people:
        known = people[text[i]]
        return known.placed(i, known.verb_at)
    words: list[str] = []
    starts: list[int] = []  # the token each word starts at
    capitals = _capitals_name(an, end)
    # an acronym ('Head of the Sumy RMA Oleh Hryhorov') is a title's body, not part of a name
    while (
        i >= 0
        and len(words) < 4
        and text[i][:1].isupper()
        and text[i].isalpha()
        and (i in capitals or not _acronym(text[i]))
    ):
        words.insert(0, text[i].title() if i in capitals else text[i])
        starts.insert(0, i)
        i -= 1
        if i > 0 and text[i] == "-" and text[i - 1][:1].isupper() and text[i - 1].isalpha():
            words[0] = f"{text[i - 1]}-{words[0]}"  # "Kosiniak-Kamysz": one double-barrelled name
            starts[0] = i - 1
            i -= 2
    titled = [k for k, w in enumerate(words) if w.lower() in TITLE_WORDS or w.lower() in INSTITUTION_HEADS]
    # "European Council President António Costa", "Head of the Poltava Regional Military Administration Volodymyr Kohut"
    if titled and len(words) - titled[-1] - 1 >= 2:
        words, starts = words[titled[-1] + 1 :], starts[titled[-1] + 1 :]
    while words and words[0].lower() in TITLE_WORDS:
        words, starts = words[1:], starts[1:]
    head = words[-1].lower() if words else ""
    if len(words) >= 2 and (head in MISSION_WORDS or head in INSTITUTION_HEADS or head in GROUP_HEADS):
        # "The Russian Embassy in New Delhi said": a state's mission abroad speaks for the state it names;
        # "Lithuania's State Security Department said": a state's body; "the Civilian Harm Observatory said": a
        # group no state's, unless its name says whose ("the Ukrainian Civil Liberties Centre")
        owner = starts[0] - 1 if starts[0] >= 2 and an.tokens.lower[starts[0] - 1] == "'s" else starts[0]
        side = next(
            (
                m.payload.actor.name
                for m in an.actors()
                if m.payload.actor.kind == "country" and (starts[0] <= m.i < end or m.j == owner)
            ),
            "",
        )
        return Claimant(" ".join(w for w in words if w != "The"), side, "organisation", starts[0])
    if len(words) >= 2 and not ORGANISATION_LINKS.isdisjoint(words[1:]):
        return Claimant(" ".join(words), "", "organisation", starts[0])  # "Medics Under Fire says"
    if len(words) >= 2:
        return Claimant(" ".join(words[-3:]), "", "person", starts[-3:][0])
    if words and INNER_CAPITAL_RE.search(words[0]):
        return Claimant(words[0], "", "organisation", starts[0])  # "GeoSight said": a brand's inner capital
    return None


def titled_person(an: Analysis) -> Claimant | None:
    """The first person a sentence names behind a title or rank, known to the codebook or not: "Colonel Andriy
    Serhiyenko, 44, commands the 28th Brigade" names Andriy Serhiyenko."""
    known = [m for m in an.actors() if m.payload.actor.kind == "person"]
    text, low = an.tokens.text, an.tokens.lower
    for i, word in enumerate(low):
        if known and known[0].i <= i:
            break
        if word not in TITLE_WORDS or not text[i][:1].isupper():
            continue
        end = i + 1
        while end < len(text) and end - i <= 3 and text[end][:1].isupper() and text[end].isalpha():
            end += 1
        named = [w for w in text[i + 1 : end] if w.lower() not in TITLE_WORDS]
        if len(named) >= 2:
            return Claimant(" ".join(named), "", "person", end - len(named))
    if known:
        actor = known[0].payload.actor
        return Claimant(actor.name, actor.country, "person", known[0].i)
    return None


def institution_name(an: Analysis) -> tuple[str, int, int] | None:
    """The first body a sentence names in capitals that the codebook may lack, ending in an institution's word:
    "Poltava City Council" (of "the Executive Committee of the Poltava City Council"), "Foreign, Commonwealth and
    Development Office". Returns (name, first token, token after it), or None."""
    text, low = an.tokens.text, an.tokens.lower
    for end, word in enumerate(text):
        if low[end] not in INSTITUTION_HEADS or not word[:1].isupper():
            continue
        start = end
        while start > 0 and (
            (text[start - 1][:1].isupper() and text[start - 1].isalpha())
            or (low[start - 1] in INSTITUTION_LINKS and start - 2 >= 0 and text[start - 2][:1].isupper())
        ):
            start -= 1
        while start < end and low[start] in INSTITUTION_LINKS:
            start += 1
        if end > start:
            first, last = an.tokens.start[start], an.tokens.end[end]
            return an.sentence.text[first:last], start, end + 1
    return None


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _capitals_name(an: Analysis, end: int) -> range:
    """A name in capitals opening the sentence, as meeting records and transcripts print speakers ("ANDRZEJ
    DUDA, President of Poland, said"): two to four words of three letters or more that the codebook does not
    know as a body's acronym ("UN OCHA said" is none)."""
    text = an.tokens.text
    start = end
    while start > 0 and text[start - 1].isalpha() and text[start - 1].isupper() and len(text[start - 1]) >= 3:
        start -= 1
    if (
        start != 0
        or not 2 <= end <= 4
        or any(m.i < end and m.j > 0 for m in an.matches if m.kind != "pronoun")
    ):
        return range(0)
    return range(start, end)
