"""Per-sentence analysis shared by attribution, events and figures: tokens, phrases, places, dates, numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontline.clauses import clause_starts
from frontline.codebook import ActorRef, Codebook
from frontline.dates import find_dates
from frontline.gazetteer import Gazetteer
from frontline.geocode import OnlineGeocoder
from frontline.lexicon import Match, Tokens, longest_of_kind, tokenize
from frontline.numbers import find_numbers
from frontline.records import DateMention, NumberMention, Place, PlaceMention, Sentence
from frontline.sentence_places import ADJECTIVAL_NEXT, gazetteer_places, refine_places

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
# "KYIV, Nov 3 (Reuters) -", "KYIV/LONDON, Jan 24 (Reuters) -", "MOSCOW, December 2. /TASS/.", "TOKYO, Nov. 14 (Kyodo) --"
# "(ANSA) - ROME, NOV 6 -": the agency first
DATELINE_RE = re.compile(
    r"\s*(?:\([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}\)\s*[-–—]+\s*)?"
    r"(?:[A-Z][A-Z'.-]+(?:[ /-][A-Z][A-Z'.-]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*"
    r"(?:(?:\((?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})\)\s*)?[-–—]+\s+"
    r"|\.?\s*/(?:TASS|RIA Novosti|Interfax)/\.?\s+)"
    # "Kyiv/Berlin (dpa) - …": a wire's dateline in title case, its agency named
    r"|[A-Z][a-z'.-]+(?:[ /-][A-Z][a-z'.-]+)*\s*\([A-Za-z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}\)\s*[-–—]+\s+)"
)
# a press release's: "(Geneva, September 24, 2025) –", "GENEVA (24 September 2025) –", "Kyiv, 24 September 2025 –"
_RELEASE_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}"  # "24 September 2025"
_RELEASE_PLACE = r"(?!(?:On|In|At|By|Since|From|Until)\b)[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)?"
RELEASE_DATELINE_RE = re.compile(
    r"\s*(?:\(\s*" + _RELEASE_PLACE + r",\s*" + _RELEASE_DAY + r"\s*\)"
    r"|" + _RELEASE_PLACE + r"\s*\(\s*" + _RELEASE_DAY + r"\s*\)"
    r"|" + _RELEASE_PLACE + r",\s*" + _RELEASE_DAY + r")\s*[-–—]+\s+"
)
RELEASE_DASH_RE = re.compile(r"\d{4}\)?\s*[-–—]")  # a year and a dash: where a release's dateline ends
RELEASE_DATELINE_REACH = 60  # characters within which it ends
ITEM_NUMBER_RE = re.compile(r"\d{1,3}\.\s+")  # "21. Recall that …": a numbered list's item
# a newspaper's reference to its own earlier article, "(Market hit in Kharkiv region town, 4 November, page 31)":
# the article's headline and issue, not what the sentence reports
CITED_ARTICLE_RE = re.compile(r"\((?:[^()]{3,200}),\s+(?:page|p\.|pp\.)\s*\d+\)")
# a wire's slug and a ticker's time before a headline: "UPDATE 2-", "BREAKING:", "09:47 FACTBOX-"
WIRE_SLUG_RE = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:(?:UPDATE|BREAKING|FACTBOX|EXCLUSIVE|ANALYSIS|EXPLAINER|WRAPUP|FOCUS|"
    r"INSIGHT|FLASH|URGENT|CORRECTED|REFILE)(?: \d+)?\s*[-:–—]\s*)+"
)
CLAUSE_MARK_RE = re.compile(r";|, (?:while|whereas|but|and|as)\b")  # what clause_starts splits at, found fast


@dataclass(frozen=True)
class Resources:
    """What the per-document step needs, loaded once per process."""

    codebook: Codebook
    gazetteer: Gazetteer
    country_places: dict[str, Place]  # codebook country name -> gazetteer entry
    capital_places: dict[str, Place]  # codebook country name -> its capital's gazetteer entry


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
    def opening(self) -> str:
        """The lower-cased text without a list item's number ('21. recall that …'): what the sentence opens with."""
        low = self.lowtext
        item = ITEM_NUMBER_RE.match(low)
        return low[item.end() :] if item else low

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
            if j >= 1 and low[j] == "-" and low[j - 1] in PLACE_ADJECTIVES:
                j -= 2  # "in south-eastern Moscow"
        return j >= 0 and low[j] in LOCATIVES

    def add_place(self, place: PlaceMention) -> None:
        """A place found after the gazetteer's pass, kept in text order (after any that start where it does)."""
        self.places.append(place)
        self.places.sort(key=lambda p: p.start)

    def place_at(self, start: int, end: int) -> PlaceMention | None:
        return next((p for p in self.places if p.start < end and start < p.end), None)


def credit_outlet(text: str) -> str:
    """'Kyiv Ledger | Data | 2 July 2025': the outlet's name that opens a credit line, else ''."""
    outlet, bar, _ = text.partition(" | ")
    return outlet if bar else ""


def dateline_end(text: str) -> int:
    """Length of a wire dateline opening the sentence ("KYIV, Nov 3 (Reuters) -"), 0 when there is none."""
    m = DATELINE_RE.match(text)
    if m is None and RELEASE_DASH_RE.search(text, 0, RELEASE_DATELINE_REACH):
        m = RELEASE_DATELINE_RE.match(text)
    return m.end() if m else 0


def analyse(
    sentence: Sentence, published: date, res: Resources, geocoder: OnlineGeocoder | None = None
) -> Analysis:
    """Run every finder over one sentence; a wire dateline is where the reporter sat, so nothing in it counts. A
    headline in capitals ("OCT. 3 – POLTAVA REGION") is read in title case, so its dates and places are found."""
    text = sentence.text
    if sentence.is_headline and text.isupper() and len(titled := text.title()) == len(text):
        text = titled
    # "16:50 UPDATE 3-Kryvyi Rih strike …": the slug blanked, the headline proper read
    if slug := WIRE_SLUG_RE.match(text):
        text = " " * slug.end() + text[slug.end() :]
    if "page" in text or "p." in text:
        text = CITED_ARTICLE_RE.sub(lambda m: " " * len(m.group()), text)
    tokens = tokenize(text)
    skip = dateline_end(text)
    an = Analysis(
        sentence=sentence,
        tokens=tokens,
        matches=[m for m in res.codebook.index.find(tokens) if m.start >= skip],
        places=gazetteer_places(text, skip, res.gazetteer),
        dates=[d for d in find_dates(text, published) if d.start >= skip],
        numbers=[n for n in find_numbers(text) if n.start >= skip],
    )
    refine_places(an, res.codebook, res.gazetteer, geocoder)
    return an
