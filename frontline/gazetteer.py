"""Offline gazetteer: finds the places named in a war-reporting sentence and resolves them to coordinates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from types import MappingProxyType

from frontline.gazetteer_files import (
    ELIGIBLE_POPULATION,
    WORD_RE,
    Geo,
    Region,
    gazetteer_dir,
    norm,
    read_gazetteer,
)
from frontline.records import Place, PlaceMention, unlisted_village

BARE_POPULATION = 50_000  # a place this big is found without a locative word before it
NAMESAKE_POPULATION = 10_000  # a bare oblast name is its capital city when the city is at least this big

_CAPWORD = re.compile(r"(?<![\w.\-])[A-ZÀ-ÖØ-Þ](?:\w|['’.\-](?=\w))*")
_GAP = re.compile(r"\.?[ \t]+")
_SUFFIX = re.compile(
    r"[ \t]+(?:border[ \t]+)?(region|oblast|province|krai|kray|regional|district|raion|border|area|direction)(?![\w-])",
    re.IGNORECASE,
)
_SUFFIX_KIND = MappingProxyType({"district": "district", "raion": "district", "border": "border"})
LIST_WINDOW = 300  # characters before "regions" within which its list of names stands
_PLURAL = re.compile(r"[ \t](?:[Rr]egions|[Oo]blasts|[Pp]rovinces|[Dd]istricts|[Ss]eas)\b")
_NAME = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?"
_LIST = re.compile(
    rf"(?:{_NAME}(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+))+{_NAME}"
    r"[ \t]+(?:border[ \t]+)?([Rr]egions|[Oo]blasts|[Pp]rovinces|[Dd]istricts|[Ss]eas)\b"
)
_LIST_ITEM = re.compile(_NAME)
_SINGULAR = MappingProxyType(
    {"regions": "region", "oblasts": "region", "provinces": "region", "districts": "district", "seas": "sea"}
)
# the last word before a name, read on the reversed prefix so the match is anchored (a search for "…$" is
# quadratic in the prefix)
_PREV_WORD_REVERSED = re.compile(r"[ \t]*([\w'’.\-]+)")
# a lower-case word of five letters or more standing alone: the sentence is not in title case
_LONG_LOWER_WORD = re.compile(r"(?<![\w'’.\-])[a-z]{5,}(?![\w]|['’.\-]\w)")
_PLURAL_HINTS = ("egions", "blasts", "rovinces", "istricts", "eas")  # cheap test before _PLURAL
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")
_LIST_GAP = frozenset({",", "and", "or", ", and", ", or", "&"})
_STRIP_BEFORE = frozenset({"of", "city", "town", "village", "settlement", "hamlet", "port", "capital"})


class _PhraseEnds:
    """Phrases (word tuples) that a word sequence may end with; most sequences fail on their last word."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.phrases = frozenset(phrases)
        self.last_words = frozenset(p[-1] for p in self.phrases if p)
        self.longest = max(map(len, self.phrases), default=0)

    def end(self, words: list[str] | tuple[str, ...]) -> bool:
        """True when the word sequence ends with one of the phrases."""
        if not words or words[-1] not in self.last_words:
            return False
        phrases = self.phrases
        return any(tuple(words[-n:]) in phrases for n in range(1, min(len(words), self.longest) + 1))


@dataclass(slots=True)
class _Context:
    """What the matcher learns about one sentence, computed lazily."""

    text: str
    found: list[PlaceMention]
    # mention index → (key, population) of mentions another oblast's namesake may replace: villages, districts
    movable: dict[int, tuple[str, int]] = field(default_factory=dict)
    last_movable: tuple[str, int] | None = None  # set by the matcher for the mention it is building
    _title: bool | None = None
    _lists: dict[int, tuple[str, int]] | None = None

    @property
    def title_case(self) -> bool:
        """True for headline-style sentences, where capitals say nothing about names."""
        if self._title is None and _LONG_LOWER_WORD.search(self.text):
            self._title = False
        elif self._title is None:
            long = [w for w in WORD_RE.findall(self.text) if len(w) > 4 and w.isalpha()]
            self._title = len(long) >= 3 and all(w[0].isupper() for w in long)
        return self._title

    @property
    def lists(self) -> dict[int, tuple[str, int]]:
        """End offset of each name in a list such as "Kharkiv and Sumy regions" → (singular suffix, new end)."""
        if self._lists is None:
            self._lists = {}
            if not any(map(self.text.__contains__, _PLURAL_HINTS)):
                return self._lists
            for plural in _PLURAL.finditer(self.text):
                # a list ends at its plural word: search just before it, not the whole sentence from every name
                for m in _LIST.finditer(self.text, max(0, plural.start() - LIST_WINDOW), plural.end()):
                    singular = _SINGULAR[m.group(1).lower()]
                    items = list(_LIST_ITEM.finditer(self.text, m.start(), m.start(1)))
                    for item in items:
                        self._lists[item.end()] = (singular, item.end())
                    self._lists[items[-1].end()] = (singular, m.end())
        return self._lists

    def after_place(self, start: int) -> bool:
        """True when the previous place ends just before start with a list separator between."""
        if not self.found:
            return False
        return self.text[self.found[-1].end : start].strip() in _LIST_GAP


class _Before:
    """The words before a candidate name, read only as far as a rule needs them."""

    __slots__ = ("_gaz", "_prefix", "_scan", "_words")

    def __init__(self, gaz: Gazetteer, text: str, start: int) -> None:
        self._gaz = gaz
        self._prefix = text[max(0, start - 48) : start]
        self._words: list[str] | None = None
        self._scan: tuple[bool, bool] | None = None

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = [norm(w) for w in WORD_RE.findall(self._prefix)[-6:]]
        return self._words

    @property
    def region_prefix(self) -> bool:
        """ "the region of X" """
        return self._gaz.region_phrases.end(self.words)

    @property
    def locative(self) -> bool:
        """ "in X", "in the village of X", "struck northern X" """
        return self._scanned()[0]

    @property
    def near(self) -> bool:
        """ "near X", "on the outskirts of X", "10km north of the town of X" """
        return self._scanned()[1]

    def _scanned(self) -> tuple[bool, bool]:
        if self._scan is None:
            gaz, words = self._gaz, list(self.words)
            locative = near = False
            while words:
                locative = locative or words[-1] in gaz.words["locative"]
                near = near or gaz.near_phrases.end(words)
                if words[-1] not in gaz.strip_before:
                    break
                words.pop()
            self._scan = (locative, near)
        return self._scan

    @property
    def capitalised(self) -> str:
        """The word just before the name when it is capitalised and not a locative or modifier ("Lloyd Austin")."""
        prev = _PREV_WORD_REVERSED.match(self._prefix[::-1])
        if prev is None or prev.start(1) == 0:
            return ""
        word = prev.group(1)[::-1]
        low = norm(word)
        words = self._gaz.words
        if (
            word[0].isupper()
            and low not in words["locative"]
            and low not in words["modifier"]
            and low[-2:] != "'s"
        ):
            return word
        return ""


@dataclass(eq=False, repr=False)
class Gazetteer:
    """GeoNames subset plus curated aliases and oblasts, indexed for fast matching in sentences."""

    geo: dict[str, list[tuple[float, bool, Geo]]]
    regions: dict[str, list[Region]]
    aliases: dict[str, Place]
    words: dict[str, frozenset[str]]
    masks: dict[str, tuple[bool, ...]]
    starts: set[str] = field(default_factory=set)  # first words of all names
    prefixes: set[str] = field(default_factory=set)  # proper word-prefixes of multi-word names
    near_phrases: _PhraseEnds = field(default_factory=lambda: _PhraseEnds(()))
    region_phrases: _PhraseEnds = field(default_factory=lambda: _PhraseEnds(()))
    after_phrases: _PhraseEnds = field(default_factory=lambda: _PhraseEnds(()))
    strip_before: frozenset[str] = frozenset()  # words skipped when looking back for a locative word
    unit_re: re.Pattern[str] | None = None
    _near_places: dict[Place, Place] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts.update(self.geo)
        for key in (*self.geo, *self.regions, *self.aliases):
            if " " in key:
                tokens = key.split(" ")
                self.starts.add(tokens[0])
                self.prefixes.update(" ".join(tokens[:n]) for n in range(1, len(tokens)))
            else:
                self.starts.add(key)
        self.near_phrases = _PhraseEnds(tuple(p.split()) for p in self.words["near"])
        self.region_phrases = _PhraseEnds(tuple(p.split()) for p in self.words["region_prefix"])
        self.strip_before = self.words["modifier"] | _STRIP_BEFORE
        self.after_phrases = _PhraseEnds(tuple(reversed(p.split())) for p in self.words["after"])
        units = "|".join(sorted(map(re.escape, self.words["unit"]), key=len, reverse=True))
        self.unit_re = re.compile(rf"[ \t]+(?:{units})\b", re.IGNORECASE)

    @classmethod
    def load(cls, data_dir: Path) -> Gazetteer:
        """Load and validate the gazetteer files in data_dir (data/gazetteer or a directory holding it)."""
        files = read_gazetteer(gazetteer_dir(data_dir))
        return cls(
            geo=files.geo, regions=files.regions, aliases=files.aliases, words=files.words, masks=files.masks
        )

    def find_places(self, text: str) -> list[PlaceMention]:
        """Every place named in a sentence, in order, non-overlapping, longest match first."""
        found: list[PlaceMention] = []
        ctx: _Context | None = None
        pos = 0
        starts = self.starts
        for m in _CAPWORD.finditer(text):
            if m.start() < pos:
                continue
            k = norm(m.group())
            if k not in starts and not (k.endswith("'s") and k[:-2] in starts):
                continue
            if ctx is None:
                ctx = _Context(text, found)
            ctx.last_movable = None
            mention = self._match_at(m, k, ctx)
            if mention is not None:
                if ctx.last_movable is not None:
                    ctx.movable[len(found)] = ctx.last_movable
                found.append(mention)
                pos = mention.end
        if ctx is not None and ctx.movable and len(found) > 1:
            self._prefer_named_regions(found, ctx.movable)
        return found

    def _prefer_named_regions(self, found: list[PlaceMention], movable: dict[int, tuple[str, int]]) -> None:
        """Move a village or district to its namesake in an oblast the sentence names ("… in the Kharkiv region")."""
        for i, (key, population) in movable.items():
            named = {m.place.admin1 for j, m in enumerate(found) if j != i and m.place.admin1}
            old = found[i]
            if population >= BARE_POPULATION or not named or old.place.admin1 in named:
                continue
            better = next(
                (g for _s, _p, g in self.geo.get(key, ()) if g.eligible and g.admin1 in named), None
            )
            if better is not None:
                place = replace(
                    better.place, geo_precision=old.place.geo_precision, feature=old.place.feature
                )
            elif old.place.feature == "district" and i > 0 and found[i - 1].place.feature == "place":
                # "Kherson's Dniprovskyi district": a district of the city just named, not Kyiv's namesake
                place = replace(found[i - 1].place, geo_precision=2, feature="district")
            elif region := next((m.place for m in found if m.place.feature == "region"), None):
                # "In the Sumy region, … liberated the village of Oleksiivka": a village of that region the
                # gazetteer lacks, not the namesake it has elsewhere
                place = unlisted_village(old.surface, region)
            else:
                continue
            found[i] = PlaceMention(old.start, old.end, old.surface, place)

    def lookup(self, name: str) -> Place | None:
        """Resolve one name ("Pokrovsk", "Kursk region", "Kiev") with the same ranking as find_places."""
        tokens = [norm(t) for t in WORD_RE.findall(name)]
        key = " ".join(tokens)
        if len(tokens) > 1 and key not in self.aliases and _SUFFIX.fullmatch(" " + tokens[-1]):
            kind = _SUFFIX_KIND.get(tokens[-1], "region")
            stem = " ".join(tokens[:-1])
            region = self._region_for(key, stem) if kind != "district" else None
            if region is not None:
                return region
            place = self._resolve(stem)
            if place is None:
                return None
            feature = "district" if kind == "district" and place.feature == "place" else place.feature
            return replace(place, geo_precision=max(2, place.geo_precision), feature=feature)
        return self._resolve(key) if key else None

    def _resolve(self, key: str) -> Place | None:
        """A key out of context: curated alias, then oblast (unless it names its city), then any GeoNames place."""
        if key in self.aliases:
            return self.aliases[key]
        region = self._best_region(key)
        city = self._best_geo(key, eligible_only=False)
        if region is not None and (city is None or not self._namesake(city, region)):
            return region.place
        return city[1].place if city is not None else None

    def _match_at(self, first: re.Match[str], first_key: str, ctx: _Context) -> PlaceMention | None:
        """The longest place name starting with the capitalised word first, if the context allows it."""
        text, start = ctx.text, first.start()
        spans: list[tuple[str, int]] = [(first_key, first.end())]
        tokens: list[re.Match[str]] = [first]
        key = first_key
        if key in self.prefixes:
            for tok in WORD_RE.finditer(text, first.end()):
                if not _GAP.fullmatch(text, tokens[-1].end(), tok.start()):
                    break
                tokens.append(tok)
                key = f"{key} {norm(tok.group())}"
                spans.append((key, tok.end()))
                if key not in self.prefixes:
                    break
        for n in range(len(spans), 0, -1):
            key, end = spans[n - 1]
            hit = self._match_span(start, end, key, tokens[:n], ctx)
            if hit is None and key.endswith("'s"):
                hit = self._match_span(start, end - 2, key[:-2], tokens[:n], ctx)
            if hit is not None:
                return hit
        return None

    def _match_span(self, start: int, end: int, key: str, tokens: list, ctx: _Context) -> PlaceMention | None:
        """A mention for text[start:end] named key, or None when it is not a place here."""
        text = ctx.text
        lists = ctx.lists
        listed = lists.get(end) if lists else None
        if listed is not None and f"{key} {listed[0]}" in self.aliases:
            return PlaceMention(start, listed[1], text[start : listed[1]], self.aliases[f"{key} {listed[0]}"])
        known = key in self.geo or key in self.aliases or key in self.regions
        if not known or not self._case_ok(key, tokens):
            return None
        kind, new_end = self._suffix(text, end, listed)
        before = _Before(self, text, start)
        if kind in ("region", "border") or (key in self.regions and before.region_prefix):
            word = text[end:new_end].split()[-1].lower() if new_end > end else ""
            region = self._region_for(f"{key} {word}", key)
            if region is not None:
                return PlaceMention(start, new_end, text[start:new_end], region)
            if kind == "border":
                kind, new_end = "", end
        place = self._bare(start, end, key, kind, before, ctx)
        if place is None:
            return None
        if kind in ("region", "district"):
            feature = "district" if kind == "district" and place.feature == "place" else place.feature
            place = replace(place, geo_precision=max(2, place.geo_precision), feature=feature)
            end = new_end
        elif place.geo_precision < 2 and before.near:
            place = self._near_variant(place)
        return PlaceMention(start, end, text[start:end], place)

    def _near_variant(self, place: Place) -> Place:
        """The place at geo_precision 2 ("near X"), made once per place."""
        near = self._near_places.get(place)
        if near is None:
            near = self._near_places[place] = replace(place, geo_precision=2)
        return near

    def _bare(
        self, start: int, end: int, key: str, kind: str, before: _Before, ctx: _Context
    ) -> Place | None:
        """The place a bare name denotes: curated alias, then oblast (unless it names its city), then GeoNames."""
        alias = self.aliases.get(key)
        if alias is not None:
            if alias.feature == "district":
                ctx.last_movable = (key, 0)
            return alias
        region = self._best_region(key)
        city = self._best_geo(key, eligible_only=True)
        if region is not None and (city is None or not self._namesake(city, region)):
            return region.place
        if city is None or not self._plausible(start, end, key, city[1], kind, before, ctx):
            return None
        ctx.last_movable = (key, city[1].population)
        return city[1].place

    def _plausible(
        self, start: int, end: int, key: str, geo: Geo, kind: str, before: _Before, ctx: _Context
    ) -> bool:
        """Whether a GeoNames name is a place in this sentence (not a word, a person, a unit)."""
        text = ctx.text
        if key in self.words["stop"] or self.unit_re.match(text, end):
            return False
        if not ctx.title_case:
            if key in self.words["given_name"] and _NEXT_CAPITAL.match(text, end):
                return False
            capitalised = before.capitalised
            if capitalised and not (ctx.found and ctx.found[-1].end >= start - len(capitalised) - 1):
                return False
        return bool(
            geo.population >= BARE_POPULATION
            or kind
            or before.locative
            or before.near
            or before.region_prefix
            or ctx.after_place(start)
            or self._followed_by_event(text, end)
        )

    def _followed_by_event(self, text: str, end: int) -> bool:
        """True when the name is followed by what happens to places ("Lyman was liberated", "came under fire")."""
        words = tuple(norm(w) for w in islice(WORD_RE.finditer(text, end, end + 40), 3) for w in [w.group()])
        return self.after_phrases.end(words[::-1])

    def _suffix(self, text: str, end: int, listed: tuple[str, int] | None) -> tuple[str, int]:
        """("region" | "district" | "border" | "", new end) from the word after a name or the list it is in."""
        if listed is not None:
            return ("district" if listed[0] == "district" else "region"), listed[1]
        m = _SUFFIX.match(text, end)
        if m is None:
            return "", end
        return _SUFFIX_KIND.get(m.group(1).lower(), "region"), m.end()

    def _case_ok(self, key: str, tokens: list) -> bool:
        """Multi-word names need capitals: every word of a GeoNames name, a curated name's capitalised words."""
        mask = self.masks.get(key)
        if mask is None:
            return all(t.group()[0].isupper() for t in tokens)
        return all(t.group()[0].isupper() for t, must in zip(tokens, mask, strict=False) if must)

    def _region_for(self, full: str, stem: str) -> Place | None:
        """The oblast named by "<stem> <suffix word>" ("Moscow region") or by its stem ("Kursk")."""
        region = self._best_region(full) or self._best_region(stem)
        return region.place if region is not None else None

    def _best_region(self, key: str) -> Region | None:
        found = self.regions.get(key)
        return found[0] if found else None

    def _best_geo(self, key: str, eligible_only: bool) -> tuple[bool, Geo] | None:
        for _score, primary, geo in self.geo.get(key, ()):
            if geo.eligible or not eligible_only:
                return primary, geo
        return None

    @staticmethod
    def _namesake(city: tuple[bool, Geo], region: Region) -> bool:
        """True when a bare oblast name ("Kharkiv", "Kursk", "St Petersburg") names the oblast's main city."""
        primary, geo = city
        if geo.country_code != region.country_code:
            return False
        if geo.admin1_code == region.admin1_code:
            return geo.population >= (NAMESAKE_POPULATION if primary else ELIGIBLE_POPULATION)
        return primary and geo.population >= ELIGIBLE_POPULATION
