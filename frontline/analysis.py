"""Per-sentence analysis shared by attribution, events and figures: tokens, phrases, places, dates, numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from frontline.clauses import clause_starts
from frontline.codebook import ActorRef, Codebook
from frontline.dates import find_dates
from frontline.gazetteer import Gazetteer
from frontline.geocode import OnlineGeocoder
from frontline.lexicon import Match, Tokens, longest_of_kind, tokenize
from frontline.numbers import find_numbers
from frontline.records import (
    UNLISTED_VILLAGE,
    DateMention,
    NumberMention,
    Place,
    PlaceMention,
    Sentence,
    specificity,
    unlisted_village,
)

# Words after which a place name is where something happens rather than who acts.
LOCATIVES = frozenset(
    [
        "in",
        "on",
        "at",
        "near",
        "into",
        "to",
        "from",
        "over",
        "across",
        "towards",
        "toward",
        "outside",
        "around",
        "against",
        "of",
        "inside",
        "capital",
        "city",
        "town",
        "village",
        "settlement",
    ]
)
# Compass and status words that may stand between a locative and a place ("to eastern Russia").
PLACE_ADJECTIVES = frozenset(
    [
        "eastern",
        "western",
        "southern",
        "northern",
        "central",
        "north",
        "south",
        "east",
        "west",
        "occupied",
        "russian-occupied",
        "far",
    ]
)
# "KYIV, Nov 3 (Reuters) -", "KYIV, Ukraine (AP) —", "MOSCOW —": an all-capitals place, optional country or
# date, optional agency in brackets, then a dash.
# "KYIV, Nov 3 (Reuters) -", "KYIV/LONDON, Jan 24 (Reuters) -", "MOSCOW, December 2. /TASS/."
DATELINE_RE = re.compile(
    r"\s*[A-Z][A-Z'.-]+(?:[ /-][A-Z][A-Z'.-]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*"
    r"(?:(?:\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|Xinhua|TASS|RIA Novosti|Interfax|Ukrinform)\)\s*)?[-–—]+\s+"
    r"|\.?\s*/(?:TASS|RIA Novosti|Interfax)/\.?\s+)"
)
GLOSS_RE = re.compile(r"\s*\(([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\)")
CAPITAL_RE = re.compile(r"\b([A-Z][\w.]+(?: [A-Z]\w+)?)(?:['’]s)? capital\b")
SETTLEMENT_RE = re.compile(
    r"\b(?:village|town|city|settlement|hamlet|community|locality|township)s? of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# "Novoserhiivka (southwest of Pokrovsk)", "Kotlyne, 10 km west of Pokrovsk": a name placed by the town after it
BEARING_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: \(|, )(?:about |some |roughly )?(?:\d+ ?(?:km|kilometres|kilometers|miles) )?"
    r"(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)? (?:of|from) (?:the )?"
)
# "the village of Kucheriv Yar near Dobropillia": a named settlement placed by the town it is near
NEAR_TOWN_RE = re.compile(
    r"\b(?:village|settlement|hamlet|town)s? of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:near|outside|close to) (?:the )?"
)
# words a place heading may hold besides its places: "Kherson, Korabelnyi district", "Sumy region"
HEADING_FILLERS = frozenset(
    "district region oblast raion community city town village direction of the and".split()
)
ITEM_HEADING_TOKENS = 10  # a line naming only places, as a summary opens each item: "Izium district, Borova."
HEADING_NAME_RE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")  # "Antonivka", "Zolota Balka"
AREA_AFTER_VILLAGE = 16  # characters between a village's name and the region or district that places it
# capitalised words before a bearing that are a sentence's opening or a side, never a village
NOT_A_VILLAGE = frozenset("The A An Russian Ukrainian Russia Ukraine He She They It Forces Troops".split())
CLAUSE_MARK_RE = re.compile(r";|, (?:while|whereas|but|and|as)\b")  # what clause_starts splits at, found fast
# A country name used as an adjective ("the Ukraine war") is neither a place nor a side; nor is a street's name.
ADJECTIVAL_NEXT = frozenset(
    """war conflict crisis invasion front frontline peace talks regime government authorities think leadership
    street avenue square boulevard prospekt lane embankment""".split()  # "Lenin Street": a street's name
)


@dataclass(frozen=True)
class Resources:
    """What the per-document step needs, loaded once per process."""

    codebook: Codebook
    gazetteer: Gazetteer
    country_places: dict[str, Place]  # codebook country name -> gazetteer entry


class lazy:
    """A property computed on first access and stored on the instance: functools.cached_property without the
    lock it takes on every first access in Python 3.11 (57,000 times per 20,000 sentences)."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass
class Analysis:
    """Everything found in one sentence."""

    sentence: Sentence
    tokens: Tokens
    matches: list[Match]
    places: list[PlaceMention]
    dates: list[DateMention]
    numbers: list[NumberMention]
    _longest: dict[str, list[Match]] = field(default_factory=dict)
    _country_actors: list[tuple[Match, ActorRef]] | None = None

    @lazy
    def lowtext(self) -> str:
        return self.sentence.text.lower()

    @lazy
    def kinds(self) -> dict[str, list[Match]]:
        """Every match of each kind, in text order (overlaps kept)."""
        kinds: dict[str, list[Match]] = {}
        for m in self.matches:
            kinds.setdefault(m.kind, []).append(m)
        return kinds

    @lazy
    def clause_starts(self) -> list[int]:
        """Token indices where the sentence's clauses start (after ';', at ', while …'), 0 first."""
        if not CLAUSE_MARK_RE.search(self.lowtext):
            return [0]  # most sentences: no ';' and no ', while/and/but/as'
        return clause_starts(self.tokens)

    @lazy
    def four_digit_tokens(self) -> list[int]:
        """Indices of the tokens that could be years."""
        return [i for i, t in enumerate(self.tokens.lower) if len(t) == 4 and t.isdigit()]

    def matches_of(self, *kinds: str) -> list[Match]:
        """Every match of the given kinds, in text order (overlaps kept)."""
        if len(kinds) == 1:
            return self.kinds.get(kinds[0], [])
        return [m for m in self.matches if m.kind in kinds]

    def of_kind(self, kind: str) -> list[Match]:
        """Longest non-overlapping matches of one kind, cached."""
        if kind not in self._longest:
            self._longest[kind] = longest_of_kind(self.kinds.get(kind, ()), kind)
        return self._longest[kind]

    def has(self, kind: str) -> bool:
        return kind in self.kinds

    def actors(self) -> list[Match]:
        return self.of_kind("actor")

    def country_actors(self) -> list[tuple[Match, ActorRef]]:
        """Country mentions that name a side (not a place after a locative preposition), found once."""
        if self._country_actors is None:
            self._country_actors = self._find_country_actors()
        return self._country_actors

    def _find_country_actors(self) -> list[tuple[Match, ActorRef]]:
        out = []
        for m in self.actors():
            ref: ActorRef = m.payload
            if ref.actor.kind != "country":
                continue
            if ref.form != "demonym" and self.after_locative(m.i):
                continue
            if m.j < len(self.tokens) and self.tokens.lower[m.j] in ADJECTIVAL_NEXT:
                continue
            out.append((m, ref))
        return out

    def within(self, lo: int, hi: int) -> Analysis:
        """The sentence seen through tokens [lo, hi): one clause's phrases, places and numbers; every date."""
        start, end = self.tokens.start[lo], self.tokens.end[hi - 1]
        return Analysis(
            sentence=self.sentence,
            tokens=self.tokens,
            matches=[m for m in self.matches if lo <= m.i and m.j <= hi],
            places=[p for p in self.places if start <= p.start and p.end <= end],
            dates=self.dates,
            numbers=[n for n in self.numbers if start <= n.start and n.end <= end],
        )

    def after_locative(self, i: int) -> bool:
        """True when token i follows 'in', 'to', 'near'… possibly across one compass word ('to eastern')."""
        low = self.tokens.lower
        j = i - 1
        if j >= 0 and low[j] in PLACE_ADJECTIVES:
            j -= 1
        return j >= 0 and low[j] in LOCATIVES

    def add_place(self, place: PlaceMention) -> None:
        """A place found after the gazetteer's pass, kept in text order (after any that start where it does)."""
        self.places.append(place)
        self.places.sort(key=lambda p: p.start)

    def place_at(self, start: int, end: int) -> PlaceMention | None:
        return next((p for p in self.places if p.start < end and start < p.end), None)


def dateline_end(text: str) -> int:
    """Length of a wire dateline opening the sentence ("KYIV, Nov 3 (Reuters) -"), 0 when there is none."""
    m = DATELINE_RE.match(text)
    return m.end() if m else 0


def analyse(
    sentence: Sentence, published: date, res: Resources, geocoder: OnlineGeocoder | None = None
) -> Analysis:
    """Run every finder over one sentence; a wire dateline is where the reporter sat, so nothing in it counts."""
    text = sentence.text
    tokens = tokenize(text)
    skip = dateline_end(text)
    an = Analysis(
        sentence=sentence,
        tokens=tokens,
        matches=[m for m in res.codebook.index.find(tokens) if m.start >= skip],
        places=_glossed(
            [p for p in res.gazetteer.find_places(text) if p.start >= skip and not _adjectival(text, p)],
            text,
            res.gazetteer,
        ),
        dates=[d for d in find_dates(text, published) if d.start >= skip],
        numbers=[n for n in find_numbers(text) if n.start >= skip],
    )
    _resolve_capitals(an, res)
    if geocoder is not None:
        _geocode_settlements(an, geocoder)
    _place_unknown_settlements(an)
    _place_by_bearing(an)
    return an


def _resolve_capitals(an: Analysis, res: Resources) -> None:
    """ "Ukraine's capital", "the Russian capital": the capital city, unless the sentence names it anyway."""
    text = an.sentence.text
    if "capital" not in text:
        return
    for m in CAPITAL_RE.finditer(text):
        capital = res.codebook.capital_of.get(m.group(1).lower())
        place = res.gazetteer.lookup(capital) if capital else None
        if place is not None:
            an.places = [p for p in an.places if not (p.start < m.end() and m.start() < p.end)]
            an.add_place(PlaceMention(m.start(), m.end(), m.group(), place))


def _geocode_settlements(an: Analysis, geocoder: OnlineGeocoder) -> None:
    """'the village of Novoyehorivka' that the offline gazetteer lacks: ask the opt-in online geocoder."""
    text = an.sentence.text
    for m in SETTLEMENT_RE.finditer(text):
        start, end = m.span(1)
        if an.place_at(start, end) is not None:
            continue
        hint = next((p.place.country for p in an.places if p.place.country), None)
        place = geocoder.geocode(m.group(1), hint)
        if place is not None:
            an.add_place(PlaceMention(start, end, m.group(1), place))


def _place_unknown_settlements(an: Analysis) -> None:
    """'the village of Novodarivka in the Zaporizhzhia region', a village the gazetteer lacks, or has only in another
    region ('In the Sumy region, … the village of Oleksiivka'): the village, placed at the region (or district) the
    sentence names with it, at that area's precision."""
    if not an.places or " of " not in an.sentence.text:
        return
    areas = [p for p in an.places if p.place.feature in ("region", "district")]
    if not areas:
        return
    regions = {p.place.admin1 for p in areas if p.place.feature == "region"}
    for m in SETTLEMENT_RE.finditer(an.sentence.text):
        start, end = m.span(1)
        after = [p for p in areas if 0 <= p.start - end <= AREA_AFTER_VILLAGE]
        # the area follows the name ("…, Pokrovsk district"), or is the one region the sentence names
        area = after[0].place if after else (areas[0].place if len(regions) == 1 else None)
        known = an.place_at(start, end)
        if known is not None and known.end < end:
            known = None  # "Russkoye" is listed, "the settlement of Russkoye Porechnoye" is another place
        if area is None or (known is not None and known.place.admin1 == area.admin1):
            continue
        an.places = [p for p in an.places if not (p.start < end and start < p.end)]
        an.add_place(PlaceMention(start, end, m.group(1), unlisted_village(m.group(1), area)))


def _place_by_bearing(an: Analysis) -> None:
    """'seized Novoserhiivka (southwest of Pokrovsk)', 'the village of Kucheriv Yar near Dobropillia': a name the
    gazetteer lacks, given by its bearing from a town it has or as near it, is a village near that town (placed
    there, at 'near' precision)."""
    text = an.sentence.text
    if not an.places or " of " not in text:
        return
    for m in (*BEARING_RE.finditer(text), *NEAR_TOWN_RE.finditer(text)):
        start, end = m.span(1)
        known = an.place_at(start, end)
        if (known is not None and known.end >= end) or m.group(1).split()[0] in NOT_A_VILLAGE:
            continue  # a place the gazetteer has ("Shevchenko" alone is in Poltava; "Shevchenko Pershe" is not)
        town = next((p for p in an.places if p.start == m.end()), None)
        if town is None or town.place.feature in ("country", "sea", "water"):
            continue
        if known is not None:
            an.places.remove(known)
        an.add_place(PlaceMention(start, end, m.group(1), unlisted_village(m.group(1), town.place)))


def learn_settlements(analyses: list[Analysis]) -> None:
    """A village placed by its region in one sentence is the same village wherever else the document names it
    alone ('repelled attacks near Novodarivka')."""
    learned = {
        p.surface: p.place for an in analyses for p in an.places if p.place.feature == UNLISTED_VILLAGE
    }
    if not learned:
        return
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(learned, key=len, reverse=True))) + r")\b")
    for an in analyses:
        for m in pattern.finditer(an.sentence.text):
            if an.place_at(m.start(), m.end()) is None:
                an.add_place(PlaceMention(m.start(), m.end(), m.group(), learned[m.group()]))


def _glossed(places: list[PlaceMention], text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'near Dzerzhinsk (Toretsk)': an old or foreign name glossed in brackets; the gloss is the place meant."""
    drop = set()
    for a, b in pairwise(places):
        if text[a.end : b.start].strip() == "(" and text[b.end : b.end + 1] == ")":
            drop.add(id(a))
    out = []
    for p in places:
        if id(p) in drop:
            continue
        gloss = GLOSS_RE.match(text, p.end)
        place = gazetteer.lookup(gloss.group(1)) if gloss else None
        out.append(
            PlaceMention(p.start, p.end, p.surface, place)
            if place and place.country == p.place.country
            else p
        )
    return out


def _adjectival(text: str, place: PlaceMention) -> bool:
    """'the Ukraine war', 'the Ukraine conflict': the name qualifies a noun, it is not where anything happened."""
    following = text[place.end : place.end + 20].split()
    return bool(following) and following[0].strip(".,;:'’\"”").lower() in ADJECTIVAL_NEXT


def heading_place(an: Analysis, gazetteer: Gazetteer) -> PlaceMention | None:
    """A post headline that is only a place ('Antonivka', 'Kherson, Korabelnyi district'): the place a digest's
    item reports from, the most specific one it names."""
    if not an.sentence.is_headline:
        return None
    return _only_places(an, gazetteer, an.sentence.text.strip())


def item_place(an: Analysis, gazetteer: Gazetteer) -> PlaceMention | None:
    """A paragraph opening with a line that is only places ('Kharkiv district, Tsyrkuny.', 'Kupiansk.'): the
    place a regional summary's item reports from, as a headline names it for a post."""
    text = an.sentence.text.strip()
    if not an.places or not text.endswith(".") or len(an.tokens) > ITEM_HEADING_TOKENS:
        return None
    return _only_places(an, gazetteer, text[:-1].rstrip())


def _only_places(an: Analysis, gazetteer: Gazetteer, text: str) -> PlaceMention | None:
    """The most specific place of a line that names nothing but places, else None."""
    if not an.places:
        if not HEADING_NAME_RE.fullmatch(text):
            return None
        place = gazetteer.lookup(text)  # a village alone on its line, with no context to find it by
        return PlaceMention(0, len(text), text, place) if place and place.feature != "country" else None
    low, words = an.tokens.lower, an.tokens.text
    covered = {k for p in an.places for k in range(an.tokens.index_at(p.start), an.tokens.index_at(p.end))}
    for k, word in enumerate(low):
        if k in covered or not word[:1].isalpha() or word in HEADING_FILLERS:
            continue
        if k + 1 < len(low) and low[k + 1] in HEADING_FILLERS and words[k][:1].isupper():
            continue  # "Korabelnyi district": a district the gazetteer does not list
        return None
    return min(an.places, key=lambda p: specificity(p.place))
