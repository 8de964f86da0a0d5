"""What a place named in a sentence stands for when it is not where the event happened: a site named after it, a
ship or a force named after it, a body's name, a mediator, a launch site, a stretch of front, a title's country,
where a speaker spoke."""

from __future__ import annotations

import re

from frontline.analysis import Analysis
from frontline.records import UNLISTED_VILLAGE, PlaceMention
from frontline.unlisted_speakers import TITLE_WORDS

OPERATIONAL_WORDS = frozenset(("operational", "tactical", "strategic", "-"))
FORCE_NAMES = frozenset(("Fleet", "Flotilla", "Army", "Group", "Corps", "Brigade", "Division", "Forces"))
# "Article 4 of the Washington Treaty", "the Minsk Agreements", "the Normandy Format": a document's or forum's name
DOCUMENT_NAMES = frozenset(
    "Treaty Agreement Agreements Accord Accords Convention Memorandum Protocol Format".split()
)
# weapons fired "from" a place, guests "from" a country: where they came from
ORIGIN_BASES = frozenset(("strike", "intercept", "diplomacy"))
LIST_JOINS = frozenset((",", "and", "the", "occupied"))
MEDIATION_WORDS = frozenset(("mediation", "mediated", "brokered", "auspices", "help"))
AXIS_WORDS = ("direction", "axis")  # the front named after a town: "the Pokrovsk direction"
AXIS_LIST_REACH = 12  # tokens back from a direction's town to the 'near' of the villages listed before it
LIST_LEAD_INS = frozenset({"near", "towards", "toward", "around"})  # "attacked near A, B and towards C"
SITE_NOUNS = frozenset(
    (
        "plant",
        "refinery",
        "station",
        "terminal",
        "depot",
        "works",
        "factory",
        "combine",
        "airfield",
        "airbase",
    )
)
ROUTE_DASHES = frozenset(("–", "—", "-"))
ROUTE_WORDS = frozenset(
    ("line", "road", "highway", "motorway", "route", "railway", "train", "trains", "flights")
)
# "Zelensky, speaking in Vienna, said the strikes …", "told reporters in Brussels": where a speaker spoke
VENUE_LEAD_INS = frozenset(
    (
        ("speaking", "in"),
        ("speaking", "at"),
        ("speaking", "from"),
        ("speech", "in"),
        ("reporters", "in"),
        ("journalists", "in"),
        ("conference", "in"),
        ("briefing", "in"),
        ("visit", "to"),
        ("summit", "in"),
        ("forum", "in"),
    )
)
SITE_REACH = 4  # words from a place to the facility named after it: "Zaporizhzhia nuclear power plant"
# what stands between a village the gazetteer lacks and the town that places it: " near ", ", 10 km west of "
LOCATOR_GAP_RE = re.compile(
    r"(?: \(|, | )(?:(?:a|the) (?:small )?(?:village|town|settlement|hamlet) )?(?:about |some |roughly )?"
    r"(?:\d+ ?(?:km|kilometres|kilometers|miles) )?"
    r"(?:(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)? (?:of|from)|near|outside|close to) (?:the )?"
)


def names_a_site(an: Analysis, p: PlaceMention) -> bool:
    """'the Zaporizhzhia nuclear power plant', 'the Bryansk chemical plant': a place a facility is named after."""
    j = an.tokens.index_at(p.end)
    after = an.tokens.lower[j : j + SITE_REACH]
    return bool(after) and an.tokens.text[j].islower() and not SITE_NOUNS.isdisjoint(after)


def speakers_venue(an: Analysis, p: PlaceMention) -> bool:
    """'Zelensky, speaking in Vienna, said the strikes showed …', 'told reporters in Brussels': where someone
    spoke about the event, not where it happened."""
    i = an.tokens.index_at(p.start)
    low = an.tokens.lower
    if i > 2 and low[i - 1] == "the":
        i -= 1
    return i > 1 and low[i - 2 : i] in VENUE_LEAD_INS


def axis_town(an: Analysis, p: PlaceMention) -> bool:
    """'the Kupiansk direction', 'the Pokrovsk axis': a town naming the stretch of front where villages were
    fought over."""
    if p.place.feature != "place":
        return False
    j = an.tokens.index_at(p.end)
    return p.surface.lower().endswith(AXIS_WORDS) or (j < len(an.tokens) and an.tokens.lower[j] in AXIS_WORDS)


def sender(an: Analysis, p: PlaceMention) -> bool:
    """'the 11,000 troops Pyongyang sent to Russia': a capital before a deploying verb is the state sending."""
    j = an.tokens.index_at(p.end)
    return any(m.i == j and m.payload.cls == "deploy" for m in an.matches_of("trigger"))


def villages_around(an: Analysis, axis_start: int, axis_end: int) -> int:
    """How many villages a direction's list names: after the axis ('In the Kupiansk direction, … near A, B and C'),
    or right before it ('near Antonivka and Dalne in the Kurakhove direction')."""
    after = villages_listed(an, axis_end)
    if after > 1:
        return after
    low = an.tokens.lower
    lead = next(
        (
            k
            for k in range(axis_start - 1, max(-1, axis_start - AXIS_LIST_REACH), -1)
            if low[k] in LIST_LEAD_INS
        ),
        -1,
    )
    return villages_listed(an, lead) if lead >= 0 else after


def villages_listed(an: Analysis, start: int) -> int:
    """How many places the first 'near A, B and towards C' list after token start names, gazetteer or not."""
    low, text = an.tokens.lower, an.tokens.text
    lead = next((k for k in range(start, len(low)) if low[k] in LIST_LEAD_INS), len(low))
    items, fresh = 0, True
    for k in range(lead + 1, len(low)):
        if low[k] in LIST_LEAD_INS or low[k] in (",", "and", "or"):
            fresh = True
        elif text[k][:1].isupper() or (low[k] == "-" and not fresh):
            items += fresh
            fresh = False
        else:
            break
    return items


def names_a_force(an: Analysis, p: PlaceMention) -> bool:
    """'the Black Sea Fleet', 'the Dnipro Group of Forces', 'the Washington Treaty': a place in a force's, a
    treaty's or a forum's name is no place of the event."""
    j = an.tokens.index_at(p.end)
    low = an.tokens.lower
    k = j
    while k < len(low) and low[k] in OPERATIONAL_WORDS:
        k += 1  # "the Seversk operational-tactical group": a grouping of forces named after its sector
    if k > j:
        return k < len(low) and low[k] in ("group", "grouping")
    # "Units of the Dnepr battlegroup", "the Kharkiv group of forces", in lower case as Russian wires write them
    if low[j : j + 1] == ("battlegroup",) or (
        low[j : j + 1] in (("group",), ("grouping",))
        and low[j + 1 : j + 3] in (("of", "forces"), ("of", "troops"))
    ):
        return True
    return j < len(an.tokens) and an.tokens.text[j] in FORCE_NAMES | DOCUMENT_NAMES


def on_a_route(an: Analysis, p: PlaceMention) -> bool:
    """'cutting power on the Kyiv–Poltava line', 'the Kyiv – Kharkiv train': a town naming a route's end, not the
    place hit."""
    low, starts = an.tokens.lower, {an.tokens.index_at(q.start) for q in an.places}
    ends = {an.tokens.index_at(q.end) for q in an.places}
    i, j = an.tokens.index_at(p.start), an.tokens.index_at(p.end)
    after = j < len(low) - 1 and low[j] in ROUTE_DASHES and j + 1 in starts
    before = i > 1 and low[i - 1] in ROUTE_DASHES and i - 1 in ends
    if not (after or before):
        return False
    # "the Kyiv–Poltava line", not "the Kramatorsk–Sloviansk agglomeration": a route word after its second end
    last = max((an.tokens.index_at(q.end) for q in an.places if an.tokens.index_at(q.start) > i), default=j)
    end = j if before else last
    return not ROUTE_WORDS.isdisjoint(low[end : end + 2])


def in_a_name(an: Analysis, p: PlaceMention, names: list[tuple[int, int]]) -> bool:
    """'the UN Human Rights Monitoring Mission in Ukraine verified that the strike killed 11': a place inside a
    body's name (token spans of the sentence's actors) says whose body, not where."""
    if not names:
        return False
    i, j = an.tokens.index_at(p.start), an.tokens.index_at(p.end)
    return any(a < i and j <= b for a, b in names)


LAUNCH_WORDS = frozenset(("launched", "fired"))
LAUNCH_REACH = 8  # tokens from the launch word to the 'over' of its carriers' place


def origin(an: Analysis, p: PlaceMention) -> bool:
    """'ballistic missiles launched from occupied Crimea', 'drones from the Kursk direction': where the weapons
    came from, not where they struck; 'hosted his counterparts from Denmark, Finland and Sweden … in Tallinn':
    where the guests came from, each of a list."""
    low = an.tokens.lower
    placed = {k for q in an.places for k in range(an.tokens.index_at(q.start), an.tokens.index_at(q.end))}
    i, j = an.tokens.index_at(p.start), an.tokens.index_at(p.end)
    # a list's item ends where the list goes on: "from Belgorod, Kharkiv regional governor … said" is no list
    item = j >= len(low) or low[j] in (",", "and", "or", ".", ";")
    while i > 0 and ((low[i - 1] in LIST_JOINS and (item or low[i - 1] != ",")) or i - 1 in placed):
        i -= 1
    if i > 0 and low[i - 1] == "over":
        # "cruise missiles launched from Tu-95MS aircraft over the Saratov region": where the carriers flew
        before = low[max(0, i - LAUNCH_REACH) : i]
        return "from" in before and not LAUNCH_WORDS.isdisjoint(before)
    return i > 0 and low[i - 1] == "from"


def mediator(an: Analysis, p: PlaceMention) -> bool:
    """'with the mediation of the United Arab Emirates', 'brokered by Qatar': the go-between, not the venue."""
    low = an.tokens.lower
    i = an.tokens.index_at(p.start)
    i -= 1 if i > 0 and low[i - 1] == "the" else 0
    return i > 1 and low[i - 1] in ("of", "by") and low[i - 2] in MEDIATION_WORDS


def directions(an: Analysis, p: PlaceMention) -> bool:
    """'in the Northern Slobozhanskyi and Kursk directions': names of stretches of front, no place of an event."""
    j = an.tokens.index_at(p.end)
    return j < len(an.tokens) and an.tokens.lower[j] in ("directions", "axes")


def titled(an: Analysis, p: PlaceMention) -> bool:
    """'President of France Emmanuel Macron': a country in a title says whose office, not where."""
    i = an.tokens.index_at(p.start)
    low = an.tokens.lower
    return p.place.feature == "country" and i > 1 and low[i - 1] == "of" and low[i - 2] in TITLE_WORDS


# "across the Danube from the Ukrainian port of Izmail", "opposite Reni": words before the 'from' that make
# its place a landmark measured from, not where it happened
LANDMARK_CUES = frozenset(("across", "opposite"))  # not "1.5 km from the village of X": near it
LANDMARK_FILLERS = frozenset(("the", "port", "city", "town", "village", "of", "river", "border"))
LANDMARK_REACH = 4  # tokens before the 'from' within which the cue stands


def landmark(an: Analysis, p: PlaceMention) -> bool:
    """'crashed near the village of Plauru, across the Danube from the Ukrainian port of Izmail': the place the
    site is measured from, not the site."""
    if "from" not in an.lowtext:
        return False
    low = an.tokens.lower
    i = an.tokens.index_at(p.start)
    while i > 0 and (low[i - 1] in LANDMARK_FILLERS or an.tokens.text[i - 1][:1].isupper()):
        i -= 1  # "the Ukrainian port of": the place's own lead-in
    if i == 0 or low[i - 1] != "from":
        return False
    return not LANDMARK_CUES.isdisjoint(low[max(0, i - 1 - LANDMARK_REACH) : i - 1])


def locator(an: Analysis, p: PlaceMention) -> bool:
    """'the terminal at Yuzhnaya Ozereyevka near Novorossiysk', 'Kotlyne, 10 km west of Pokrovsk': the town that
    places a village the gazetteer lacks, named just before it, is not where it happened."""
    text = an.sentence.text
    return any(
        q.place.feature == UNLISTED_VILLAGE
        and q.end < p.start
        and LOCATOR_GAP_RE.fullmatch(text, q.end, p.start)
        for q in an.places
    )
