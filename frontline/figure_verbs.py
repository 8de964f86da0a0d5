"""What happened to a counted thing: the verb after its noun ("were shot down"), before the number ("killed
three") or shared along a list ("shot down 17 drones and two missiles", "17 out of 43 drones")."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from frontline.analysis import Analysis
from frontline.counted import AUX, SentenceIndex
from frontline.figure_tables import Column
from frontline.lexicon import Match
from frontline.records import NumberMention

COORDINATION = frozenset({"and", ",", "as", "well", "plus", "including", "with", "all"})
SUBGROUP_ASIDES = frozenset(((",", "among"), (",", "including")))  # ", among them 97 children,"
ASIDE_REACH = 8  # tokens a subgroup aside may run to its closing comma
LIST_NOUN_WORDS = 3  # words of an uncounted noun in a list ('283 attack helicopters, 37,524 drones')
# words that open a new clause: a verb beyond them says nothing about the number before them
RIGHT_STOPS = frozenset({";", ".", "that", "which", "whom", "while", "whereas", "but"})
# after these a number belongs to a phrase describing the noun ("31 residents of two buildings were evacuated")
PHRASE_PREPOSITIONS = frozenset({"of", "from", "in", "at", "near", "within"})
PARTITIVE_PRONOUNS = frozenset({"them", "those", "whom"})
ADDITIONS = (("along", "with"), ("as", "well", "as"), ("together", "with"))  # a number added to the clause's
QUALIFIER_TOKENS = frozenset("up to about around some nearly almost more than at least over roughly".split())
# qualifiers before a verb's counted object: "killed at least three" (not "over", which places: "over 13 regions")
OBJECT_QUALIFIERS = frozenset("at least up to about around some nearly almost more than".split())
HEDGES = frozenset({"about", "around", "some", "roughly", "nearly", "almost", "approximately", "over"})
RELATIVE_WORDS = frozenset(("who", "which", "that"))
# a participle describing its noun by where it went: "Indians recruited into the Russian army killed in Ukraine"
REDUCED_LINKS = frozenset(("into", "from", "to", "by"))
# recruited, taken, sent: not a noun read as a verb ("a loan to Ukraine")
PARTICIPLE_ENDINGS = ("ed", "en", "nt")
NEGATIONS = frozenset(("no", "nobody", "none", "not", "never"))
RIGHT_WINDOW = 16
LEFT_WINDOW = 8


@dataclass
class Reading:
    """What one number governs: its noun, its verbs, where it sits in the tokens."""

    number: NumberMention
    ti: int  # first token of the number
    te: int  # token after the number
    noun: Match | None = None
    noun_end: int = 0
    unknown_noun: bool = False  # followed by a noun the lexicon does not count
    strong: str = ""  # "were injured" after the noun
    left: str = ""  # "killed three"
    weak: str = ""  # "launched by" after the noun
    verb: str = ""
    subject: str = ""
    column: Column | None = None  # a table cell's column: what its header counts
    labelled: bool = False  # counted by a list item's label before its colon: "Stinger missiles: 500"


def past_subgroup(low: tuple[str, ...], start: int) -> int:
    """'412 people, among them 97 children, had been taken to …': where what befell them all is told."""
    if low[start : start + 2] in SUBGROUP_ASIDES and "," in low[start + 2 : start + 2 + ASIDE_REACH]:
        return low.index(",", start + 2) + 1
    return start


def verb_right(an: Analysis, ix: SentenceIndex, start: int) -> tuple[str, str]:
    """(strong, weak) verb classes after the noun: 'were injured' is strong; a bare participle ('people
    injured') is strong unless an auxiliary verb follows ('soldiers sent to Kursk had been killed') or it is a
    reduced passive ('missiles launched by Russia') or a present participle ('drones heading for the capital'),
    which is weak: a verb before the number then says what happened ('destroyed 23 drones heading for …')."""
    low = an.tokens.lower
    if partitive(low, start):
        start += 2  # "138 occupiers, 91 of them irretrievably", "three of them died": what befell the part
    if start < len(low) and low[start] == "(" and ")" in low[start:]:
        start = low.index(")", start) + 1  # "three crew members (one Ukrainian, two Filipino) were injured"
    else:
        start = past_subgroup(low, start)
    if acts_on_a_count(an, ix, start):
        return "", ""  # "the suspect and two other servicemen shot dead three defenders": they did it
    stop = min(len(low), start + RIGHT_WINDOW)
    number_starts = ix.number_starts
    weak = direct = ""
    direct_end = 0
    # "a woman who was wounded in Wednesday's shelling died in hospital": she died (not "of the 142 Indians who
    # joined the army, 103 have been discharged, 14 have died": the death is the next number's)
    own = min((t for t in number_starts if start < t < stop), default=stop)
    if (
        start < len(low)
        and low[start] == "who"
        and any(m.payload == "killed" for m in ix.verbs_between(start, own))
    ):
        return "killed", weak
    if start < len(low) and low[start] in RELATIVE_WORDS:
        # "six civilians who had been detained in the occupied territories returned home", "soldiers shooting three
        # servicemen who had surrendered": what befell them before is no count; a later main verb is
        earlier = [m for m in ix.verbs_between(start, stop) if "had" in low[max(start, m.i - 3) : m.i]]
        if earlier:
            # not the same clause's next verb: "who had laid down their arms and surrendered"
            later = [
                m
                for m in ix.verbs_between(earlier[0].j, stop)
                if "had" not in low[max(0, m.i - 3) : m.i] and low[m.i - 1] != "and"
            ]
            return (later[0].payload if later else ""), ""
    for m in ix.verbs_between(start, stop):
        if any(_ends_clause(low, t, number_starts) for t in range(start, m.i)):
            break
        before = low[max(start, m.i - 3) : m.i]
        among = low[m.i - 1] == "among" or (low[m.i - 1] == "the" and m.i > 1 and low[m.i - 2] == "among")
        if any(t in AUX for t in before) or among:
            return m.payload, weak
        listed_as = m.i == start + 1 and low[start] == "as"  # "lists a further 81,000 as missing"
        participle = low[m.i].endswith("ing") and not listed_as  # "drones heading for the capital"
        if (
            direct
            and m.i > direct_end
            and low[direct_end] in REDUCED_LINKS
            and low[direct_end - 1].endswith(PARTICIPLE_ENDINGS)
            and not participle
            and low[m.i - 1] not in ("and", "or")
        ):
            # "Two Indians recruited into Russian army killed": the headline's predicate
            return m.payload, weak
        if (m.i == start or listed_as) and not (m.j < len(low) and low[m.j] == "by") and not participle:
            direct = direct or m.payload
            direct_end = m.j
        else:
            weak = weak or m.payload
    return direct, weak


def acts_on_a_count(an: Analysis, ix: SentenceIndex, start: int) -> bool:
    """'the suspect and two other servicemen shot dead three defenders': a verb right after the noun whose object
    is a number, past its qualifiers ('killed at least three'), so the people counted did it."""
    low = an.tokens.lower
    verbs = ix.verbs_between(start, start + 1)
    if not verbs or (verbs[0].j < len(low) and low[verbs[0].j] == "by"):
        return False
    k = verbs[0].j
    while k < len(low) and low[k] in OBJECT_QUALIFIERS:
        k += 1
    return k in ix.number_starts


def partitive(low: tuple[str, ...], i: int) -> bool:
    """'of them', 'of those' after a number: it counts a part of what was counted before."""
    return i + 1 < len(low) and low[i] == "of" and low[i + 1] in PARTITIVE_PRONOUNS


def _ends_clause(low: tuple[str, ...], t: int, number_starts: set[int]) -> bool:
    if low[t] in RIGHT_STOPS or (
        low[t] == "," and t + 1 < len(low) and low[t + 1] in ("and", "but", "while")
    ):
        return True
    return t in number_starts and not (t > 0 and low[t - 1] in PHRASE_PREPOSITIONS)


def verb_left(an: Analysis, ix: SentenceIndex, ti: int) -> str:
    """The verb just before the number, not reaching back past an earlier number (coordination handles lists); a
    number added 'along with' or 'as well as' shares the clause's verb, however far ('shipped 12 million shells
    to Russia since 2023, along with about 250 missiles')."""
    low = an.tokens.lower
    ends = ix.number_ends
    floor = ends[bisect_right(ends, ti) - 1] if ends and ends[0] <= ti else 0
    start = max(ti - LEFT_WINDOW, floor)
    lead = ti - 1 if ti > 0 and low[ti - 1] in HEDGES else ti  # "along with about 250"
    if any(low[max(0, lead - len(words)) : lead] == words for words in ADDITIONS):
        start = 0
    best: Match | None = None
    for m in ix.verbs_between(start, ti):
        if m.j <= ti:
            if any(low[t] in (";", ".", "”", "“") for t in range(m.j, ti)):
                continue
            if "," in low[m.j : ti] and not NEGATIONS.isdisjoint(low[max(0, m.i - 3) : m.i]):
                continue  # "No one was killed, four employees received cuts": the denial's verb counts no one
            if best is None or m.j > best.j:
                best = m
    if best is not None and best.i > 1 and low[best.i - 1] == "or":
        # "shot down or suppressed 104 of the drones": the first verb says what happened to most of them
        first = next((m for m in ix.verbs_between(max(0, best.i - 4), best.i) if m.j == best.i - 1), None)
        best = first or best
    return best.payload if best else ""


def share_out_of(an: Analysis, readings: list[Reading]) -> None:
    """'17 out of 43 drones': the part shares the whole's noun; the whole counts what was launched. A range's
    low end counts what its high end counts ('between 11,000 and 12,000 North Korean soldiers')."""
    low = an.tokens.lower
    for part, whole in pairwise(readings):
        between = low[part.te : whole.ti]
        if (
            between in (("and",), ("to",), ("-",), ("–",))
            and (part.number.qualifier, whole.number.qualifier) == ("at_least", "at_most")
            and part.noun is None
        ):
            part.noun, part.unknown_noun, part.noun_end = whole.noun, whole.unknown_noun, whole.noun_end
            part.strong, part.weak = whole.strong, whole.weak
            part.verb = part.left or part.strong or part.weak
            if whole.noun is None and not whole.verb:  # "the number of dead is between 220,000 and 250,000"
                whole.verb, whole.left = part.verb, part.left
            continue
        if (
            between in (("out", "of"), ("of", "the"), ("of",))
            and part.noun is None
            and whole.noun is not None
        ):
            part.noun, part.unknown_noun = whole.noun, False
            part.strong, part.weak = whole.strong, whole.weak
            part.verb = part.left or part.strong or part.weak  # "shot down 31 of 45 drones launched…"
            part.noun_end = whole.noun_end
            if whole.noun.payload in ("drone", "missile"):
                whole.verb, whole.strong = "launched", "launched"
            whole.left = part.left


def coordinate(an: Analysis, readings: list[Reading]) -> None:
    """'shot down 17 drones and two missiles' / 'three missiles and 38 drones were shot down': one verb. A verb
    after a list reaches back to its first item ('58 houses, six apartment buildings and 41 cars were damaged')."""
    pairs = []
    for prev, r in pairwise(readings):
        if _bracketed(an, prev) and _bracketed(an, r) and r.noun is None and not r.verb:
            # "deaths in Bashkortostan (6,912), followed by Tatarstan (4,980)": one count, given per name
            r.noun, r.unknown_noun, r.verb, r.left = prev.noun, prev.unknown_noun, prev.verb, prev.left
        elif coordinated(an, prev, r):
            pairs.append((prev, r))
    for prev, r in pairs:
        if not r.strong and (prev.left or prev.strong):
            r.left = prev.left or prev.strong
            r.verb = r.left
    low = an.tokens.lower
    for prev, r in reversed(pairs):
        # "damaged 14 houses, 2 schools and 30 cars, and 11 people were injured": a list its own verb opened,
        # or a new clause (", and"), takes no verb back from the item after it
        if (
            r.strong
            and not prev.strong
            and not prev.left
            and low[prev.noun_end : prev.noun_end + 2] != (",", "and")
        ):
            prev.verb = prev.strong = r.strong


def _bracketed(an: Analysis, r: Reading) -> bool:
    """A number alone in brackets after the name it counts: 'Tatarstan (4,980)'."""
    low = an.tokens.lower
    return r.ti > 0 and low[r.ti - 1] == "(" and low[r.te : r.te + 1] == (")",)


def coordinated(an: Analysis, prev: Reading, r: Reading) -> bool:
    if partitive(an.tokens.lower, r.te):
        return False  # "13,000 occupiers, 7,500 of them killed": a part of the number before, not a list item
    between = an.tokens.lower[prev.noun_end : r.ti]
    if prev.unknown_noun:
        # "destroyed 650 aircraft, 283 helicopters, 37,524 UAVs": a list of things counted
        k = words = 0  # "two IRIS-T systems and 30 missiles": a hyphen joins the words of one name
        while (
            k < len(between)
            and words < LIST_NOUN_WORDS
            and (between[k].isalpha() or (between[k] == "-" and k > 0))
            and between[k] not in COORDINATION
        ):
            words += between[k] != "-"
            k += 1
        between = between[k:]
    # "150 servicemen and up to 20 mercenaries": the qualifier is no word between list items
    between = tuple(t for t in between if t not in QUALIFIER_TOKENS)
    if 0 < len(between) <= 3 and all(t in COORDINATION for t in between):
        return True
    # "four apartment blocks, a school and 11 cars": an item counted by its article stands between two
    if len(between) > 2 and between[0] == "," and between[1] in ("a", "an"):
        rest = between[2:]
        k = next((n for n, t in enumerate(rest) if t in COORDINATION), len(rest))
        return (
            0 < k <= LIST_NOUN_WORDS and 0 < len(rest[k:]) <= 2 and all(t in COORDINATION for t in rest[k:])
        )
    return False
