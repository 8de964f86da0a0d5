"""Offline gazetteer: finds the places named in a war-reporting sentence and resolves them to coordinates."""

from __future__ import annotations

import re
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
    name_key,
    norm,
    read_gazetteer,
    spells_own_name,
)
from frontline.place_context import PhraseEnds, PlaceContext, WordsBefore
from frontline.records import Place, PlaceMention, unlisted_village
from frontline.spelling import ADJECTIVE_ENDINGS, adjective_forms, skeleton, skeleton_index, spelled_alike

# "Pishchane near Kupiansk", "Nova Poltavka, 10 km south of Pokrovsk": a village placed by the town after it
NEAR_TOWN_GAP_RE = re.compile(
    r",?\s+(?:near|outside|close\s+to|not\s+far\s+from|(?:(?:about|some)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?"
)
# Russian regions the war's reporting names daily
BORDER_REGIONS = frozenset(("Belgorod", "Kursk", "Bryansk"))
BARE_POPULATION = 50_000  # a place this big is found without a locative word before it
RAION_TOWN_POPULATION = 5_000  # towns whose adjective ("the Valuysky district") names their raion
RAION_COUNTRIES = frozenset(("UA", "RU", "BY"))
CURATED_RANK = 1 << 40  # a curated town outranks any GeoNames population
# "the Kyivskyi district of Kharkiv", "Moskovskyi district": capitals lend their names to cities' districts
CAPITAL_CITIES = frozenset(("Kyiv", "Moscow", "Minsk"))
NAMESAKE_POPULATION = 10_000  # a bare oblast name is its capital city when the city is at least this big
RESPELL_MIN = 5  # letters a capitalised word needs before its other spellings are tried
SPELLING_CACHE = 200_000  # words (and spans) whose other spelling is remembered
RESPELL_WORDS = 3  # words of a respelled name ('Velikaya Novosyolka')

# capitals of Latin-1 and of Latin Extended-A ("Šalčininkai", "Łódź", "Žytomyr"), as names of places open with them
_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAPWORD = re.compile(r"(?<![\w.\-])[" + _CAPITALS + r"](?:\w|['’.\-](?=\w))*")
_BANK_OF = re.compile(r"\bbanks? of (?:the )?\Z", re.IGNORECASE)
_GAP = re.compile(r"\.?[ \t]+")
_SUFFIX = re.compile(
    r"[ \t]+(?:border[ \t]+)?(region|oblast|province|krai|kray|regional|district|raion|border|area|direction)(?![\w-])",
    re.IGNORECASE,
)
CITY_DISTRICT_GAP = (
    3  # characters between a city and its district: "Kherson's Dniprovskyi", "Kherson, Korabelnyi"
)
# a city's own district, named by the city after it or before it: no raion of the town the adjective comes from
_CITY_AFTER = re.compile(
    r"(?:[ \t]+[Cc]ourt)?[ \t]+(?:of|in)[ \t]+["
    + _CAPITALS
    + r"][\w'’-]++(?![ \t]+(?:region|oblast|province|krai|kray|republic)\b)"
    r"(?![ \t]+[" + _CAPITALS + r"])"
)
# "the Leninsky District Court of Sevastopol": a court of the city's district, named like a place elsewhere
_DISTRICT_END = re.compile(r" [Dd]istrict\Z")
_CITY_COURT = re.compile(r"[ \t]+[Cc]ourt[ \t]+(?:of|in)[ \t]+[" + _CAPITALS + "]")
_CITY_BEFORE = re.compile(r"[" + _CAPITALS + r"][\w-]+['’]s[ \t]+(?:the[ \t]+)?\Z")
_SUFFIX_KIND = MappingProxyType({"district": "district", "raion": "district", "border": "border"})
_NEXT_CAPITAL = re.compile(r"[ \t]+[" + _CAPITALS + "]")
_COMMUNITY = re.compile(
    r"[ \t]+(?:community|hromada|municipality)\b", re.IGNORECASE
)  # "Yunakivka community:"
_STRIP_BEFORE = frozenset({"of", "city", "town", "village", "settlement", "hamlet", "port", "capital"})


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
    near_phrases: PhraseEnds = field(default_factory=lambda: PhraseEnds(()))
    region_phrases: PhraseEnds = field(default_factory=lambda: PhraseEnds(()))
    after_phrases: PhraseEnds = field(default_factory=lambda: PhraseEnds(()))
    strip_before: frozenset[str] = frozenset()  # words skipped when looking back for a locative word
    unit_re: re.Pattern[str] | None = None
    spellings: dict[str, str] = field(default_factory=dict)  # skeleton -> key of a Ukrainian place
    spelling_starts: set[str] = field(default_factory=set)  # skeletons of those keys' first words
    rivers: dict[str, Place] = field(default_factory=dict)  # "dnipro" -> the alias "Dnipro river"
    _other_spellings: dict[str, bool] = field(default_factory=dict)  # word -> may start a respelled name
    _respelled: dict[str, str | None] = field(default_factory=dict)  # words -> the key they spell otherwise
    _near_places: dict[Place, Place] = field(default_factory=dict)
    # "pokrovskyi" -> Pokrovsk, built when a text first names a raion so (most texts never do)
    _district_adjectives: dict[str, Place] | None = None

    def __post_init__(self) -> None:
        self.starts.update(self.geo)
        for key in (*self.geo, *self.regions, *self.aliases):
            if " " in key:
                tokens = key.split(" ")
                self.starts.add(tokens[0])
                self.prefixes.update(" ".join(tokens[:n]) for n in range(1, len(tokens)))
            else:
                self.starts.add(key)
        self.near_phrases = PhraseEnds(tuple(p.split()) for p in self.words["near"])
        self.region_phrases = PhraseEnds(tuple(p.split()) for p in self.words["region_prefix"])
        self.strip_before = self.words["modifier"] | _STRIP_BEFORE
        self.after_phrases = PhraseEnds(tuple(reversed(p.split())) for p in self.words["after"])
        units = "|".join(sorted(map(re.escape, self.words["unit"]), key=len, reverse=True))
        self.unit_re = re.compile(rf"[ \t]+(?:{units})\b", re.IGNORECASE)
        # and the one-word names of Russia's border regions, which English spells more than one way ("Graivoron",
        # "Grayvoron"); their two-word villages stay as the text spells them, placed by the village rules
        ukrainian = [
            (key, entries[0][2])
            for key, entries in self.geo.items()
            if entries[0][2].country_code == "UA"
            or (
                entries[0][2].country_code == "RU"
                and entries[0][2].admin1 in BORDER_REGIONS
                and " " not in key
            )
        ]
        ukrainian += [
            (key, found[0].place) for key, found in self.regions.items() if found[0].country_code == "UA"
        ]
        ukrainian += [
            (key, p) for key, p in self.aliases.items() if p.country == "Ukraine" and p.feature != "country"
        ]
        self.spellings = skeleton_index(ukrainian)
        self.spelling_starts = {sk.split(" ")[0] for sk in self.spellings}
        self.rivers = {key[: -len(" river")]: p for key, p in self.aliases.items() if key.endswith(" river")}

    def _build_district_adjectives(self) -> dict[str, Place]:
        """The raion adjectives of the towns of Ukraine, Russia and Belarus ('Pokrovskyi', 'Valuysky'): a curated
        town first, then the most populous; not those of towns whose names cities' districts bear ('Sovetsky')."""
        ranked: dict[str, tuple[int, Place]] = {}
        namesakes = self.words["district_namesake"]
        for key, entries in self.geo.items():
            g = entries[0][2]
            if (
                g.eligible
                and g.country_code in RAION_COUNTRIES
                and g.population >= RAION_TOWN_POPULATION
                and g.name not in CAPITAL_CITIES
                and key not in namesakes
                and key == norm(g.name)  # its own name, not each of its GeoNames alternates
            ):
                for form in adjective_forms(key):
                    if g.population > ranked.get(form, (0, None))[0]:
                        ranked[form] = (g.population, g.place)
        for key, place in self.aliases.items():
            if (
                place.feature == "place"
                and place.country in ("Ukraine", "Russia")
                and place.name not in CAPITAL_CITIES
                and key not in namesakes
            ):
                ranked.update((form, (CURATED_RANK, place)) for form in adjective_forms(key))
        return {form: place for form, (_, place) in ranked.items() if form not in self.starts}

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
        ctx: PlaceContext | None = None
        pos = 0
        starts = self.starts
        for m in _CAPWORD.finditer(text):
            if m.start() < pos:
                continue
            k = norm(m.group())
            raion = self._raion_at(m, k, text)
            if raion is not None:
                found.append(raion)
                pos = raion.end
                continue
            listed = k in starts or (k.endswith("'s") and k[:-2] in starts)
            if not listed and not self._spelt_otherwise(k):
                continue
            if ctx is None:
                ctx = PlaceContext(text, found)
            ctx.last_movable = None
            mention = self._match_at(m, k, ctx) if listed else None
            if mention is None and (not listed or self._spelt_otherwise(k)):
                mention = self._match_respelled(m, ctx)
            if (
                mention is not None
                and _DISTRICT_END.search(mention.surface)
                and _CITY_COURT.match(text, mention.end)
            ):
                # "the Leninsky District Court of Sevastopol": a court of the city's district, not a namesake's
                pos = mention.end
                continue
            if mention is not None:
                if ctx.last_movable is not None:
                    ctx.movable[len(found)] = ctx.last_movable
                found.append(mention)
                pos = mention.end
        if ctx is not None and ctx.movable and len(found) > 1:
            self._prefer_named_regions(found, ctx.movable, text)
        return found

    def _prefer_named_regions(
        self, found: list[PlaceMention], movable: dict[int, tuple[str, int]], text: str
    ) -> None:
        """Move a village or district to its namesake in an oblast the sentence names ("… in the Kharkiv region"),
        or next to the town it is said to be near when that oblast has no namesake."""
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
            elif (
                old.place.feature == "district"
                and i > 0
                and found[i - 1].place.feature == "place"
                and old.start - found[i - 1].end <= CITY_DISTRICT_GAP
            ):
                # "Kherson's Dniprovskyi district": a district of the city just named, not Kyiv's namesake
                place = replace(found[i - 1].place, geo_precision=2, feature="district")
            elif i + 1 < len(found) and NEAR_TOWN_GAP_RE.fullmatch(text, old.end, found[i + 1].start):
                # "the village of Pishchane near Kupiansk": not the Poltava namesake, a village by Kupiansk
                place = unlisted_village(old.surface, found[i + 1].place)
            elif area := self._named_area(found, i):
                # "In the Sumy region, … liberated the village of Oleksiivka", "Pishchane in the Kupiansk district":
                # a village of that district or region the gazetteer lacks, not the namesake it has elsewhere
                place = unlisted_village(old.surface, area)
            else:
                continue
            found[i] = PlaceMention(old.start, old.end, old.surface, place)

    @staticmethod
    def _named_area(found: list[PlaceMention], i: int) -> Place | None:
        """The district the sentence names for the village at i, else the region it names."""
        if found[i].place.feature != "district":
            district = next(
                (m.place for j, m in enumerate(found) if j != i and m.place.feature == "district"), None
            )
            if district is not None:
                return district
        return next((m.place for m in found if m.place.feature == "region"), None)

    def is_town(self, place: Place) -> bool:
        """Whether the place is a town big enough to be found without a locative word ('Odesa', 'Kramatorsk')."""
        return any(
            g.population >= BARE_POPULATION and g.admin1 == place.admin1
            for _s, _p, g in self.geo.get(name_key(place.name), ())
        )

    def namesake_in(self, surface: str, country: str, admin1: str) -> Place | None:
        """The place of that name in one region ("Kamenskoye" in the Zaporizhzhia region), if the gazetteer has one."""
        return next(
            (
                g.place
                for _s, _p, g in self.geo.get(name_key(surface), ())
                if g.eligible and g.admin1 == admin1 and g.country == country
            ),
            None,
        )

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
        if not key:
            return None
        found = self._resolve(key)
        if found is None and (other := self._respelling(key)):
            found = self._resolve(other)  # "Velikaya Novosyolka": Velyka Novosilka
        return found

    def _resolve(self, key: str) -> Place | None:
        """A key out of context: curated alias, then oblast (unless it names its city), then any GeoNames place."""
        if key in self.aliases:
            return self.aliases[key]
        region = self._best_region(key)
        city = self._best_geo(key, eligible_only=False)
        if region is not None and (city is None or not self._namesake(city, region)):
            return region.place
        return city[1].place if city is not None else None

    def _raion_at(self, word: re.Match[str], key: str, text: str) -> PlaceMention | None:
        """'the Pokrovskyi district', 'in the Valuysky raion': a raion named by its town's adjective, at its town."""
        if not key.endswith(ADJECTIVE_ENDINGS):
            return None
        suffix = _SUFFIX.match(text, word.end())
        if suffix is None or _SUFFIX_KIND.get(suffix.group(1).lower()) != "district":
            return None
        if _CITY_BEFORE.search(text, 0, word.start()) or _CITY_AFTER.match(text, suffix.end()):
            return None  # "the Gagarinsky district of Sevastopol", "Donetsk's Kirovsky district": the city's
        if self._district_adjectives is None:
            self._district_adjectives = self._build_district_adjectives()
        town = self._district_adjectives.get(key)
        if town is None:
            return None
        place = replace(town, geo_precision=2, feature="district")
        return PlaceMention(word.start(), suffix.end(), text[word.start() : suffix.end()], place)

    def _match_at(self, first: re.Match[str], first_key: str, ctx: PlaceContext) -> PlaceMention | None:
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

    def _spelt_otherwise(self, word: str) -> bool:
        """Whether a word may begin a Ukrainian place name spelt the other way; words repeat, so it is cached."""
        if len(word) < RESPELL_MIN:
            return False
        known = self._other_spellings.get(word)
        if known is None:
            if len(self._other_spellings) >= SPELLING_CACHE:
                self._other_spellings.clear()  # a bound on memory over an archive's vocabulary
            known = self._other_spellings[word] = skeleton(word) in self.spelling_starts
        return known

    def _respelling(self, words: str) -> str | None:
        """The key of the Ukrainian place words spell the other way; never through a former name, which renamed
        villages' namesakes bear as theirs ('Pleshchiivka' is not Novolazarivka, once Pleshcheyevka)."""
        key = self.spellings.get(skeleton(words))
        if key is None or not spelled_alike(words, key):
            return None
        entries = self.geo.get(key)
        if entries and not entries[0][1] and not spells_own_name(key, entries[0][2]):
            return None
        return key

    def _match_respelled(self, first: re.Match[str], ctx: PlaceContext) -> PlaceMention | None:
        """A Ukrainian place the text spells the other way ('Velikaya Novosyolka' for Velyka Novosilka)."""
        text, tokens = ctx.text, [first]
        for tok in WORD_RE.finditer(text, first.end()):
            if len(tokens) == RESPELL_WORDS or not _GAP.fullmatch(text, tokens[-1].end(), tok.start()):
                break
            tokens.append(tok)
        for n in range(len(tokens), 0, -1):
            words = " ".join(norm(t.group()) for t in tokens[:n])
            key = self._respelled.get(words, "")
            if key == "":  # words recur from document to document: each span is respelled once
                if len(self._respelled) >= SPELLING_CACHE:
                    self._respelled.clear()
                key = self._respelled[words] = self._respelling(words)
            if key is not None:
                hit = self._match_span(first.start(), tokens[n - 1].end(), key, tokens[:n], ctx)
                if hit is not None:
                    return hit
        return None

    def _match_span(
        self, start: int, end: int, key: str, tokens: list, ctx: PlaceContext
    ) -> PlaceMention | None:
        """A mention for text[start:end] named key, or None when it is not a place here."""
        text = ctx.text
        lists = ctx.lists
        listed = lists.get(end) if lists else None
        if listed is not None and f"{key} {listed[0]}" in self.aliases:
            return PlaceMention(start, listed[1], text[start : listed[1]], self.aliases[f"{key} {listed[0]}"])
        known = key in self.geo or key in self.aliases or key in self.regions
        if not known or not self._case_ok(key, tokens):
            return None
        river = self.rivers.get(key)
        if river is not None and _BANK_OF.search(text, max(0, start - 16), start):
            # "the left bank of the Dnipro": the river
            return PlaceMention(start, end, text[start:end], river)
        kind, new_end = self._suffix(text, end, listed)
        before = WordsBefore(self, text, start)
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
        self, start: int, end: int, key: str, kind: str, before: WordsBefore, ctx: PlaceContext
    ) -> Place | None:
        """The place a bare name denotes: curated alias, then oblast (unless it names its city), then GeoNames."""
        alias = self.aliases.get(key)
        if alias is not None:
            if alias.feature == "district":
                ctx.last_movable = (key, 0)
            return alias
        region = self._best_region(key)
        # "the Šalčininkai district": a name its suffix calls a place may be a small town abroad
        city = self._best_geo(key, eligible_only=kind != "district")
        if region is not None and (city is None or not self._namesake(city, region)):
            return region.place
        if city is None or not self._plausible(start, end, key, city[1], kind, before, ctx):
            return None
        ctx.last_movable = (key, city[1].population)
        return city[1].place

    def _plausible(
        self, start: int, end: int, key: str, geo: Geo, kind: str, before: WordsBefore, ctx: PlaceContext
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
            or _COMMUNITY.match(text, end) is not None
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
