"""Where a sentence's event happened: the place its trigger acts on or is located at, the item heading of a
digest, the country for a national tally."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from frontline.analysis import PLACE_ADJECTIVES, Analysis
from frontline.clauses import BACK_POSSESSIVES, describes_a_noun
from frontline.codebook import COUNTRY_FALLBACK, PLACE_BOUND
from frontline.figure_links import PART_BY_PLACE_RE, PART_OF_TALLY_RE
from frontline.lexicon import Match
from frontline.place_roles import (
    ORIGIN_BASES,
    axis_town,
    directions,
    in_a_name,
    landmark,
    locator,
    mediator,
    names_a_force,
    names_a_site,
    on_a_route,
    origin,
    sender,
    speakers_venue,
    titled,
    villages_around,
)
from frontline.records import UNLISTED_VILLAGE, Place, PlaceMention, holds, one_region, specificity
from frontline.sentence_places import CITY_DISTRICT_ENDINGS, IN_REGION

DISTRICTS_OF_RE = re.compile(r"(?: and [A-Z][\w'’-]+)? districts? of (?:the city of )?")
# "the armed forces of the Russian Federation": a country that owns the force, not a place
FORCES_OF = frozenset(
    (w, "of") for w in ("forces", "troops", "army", "military", "units", "servicemen", "soldiers")
)
# words that open another clause: a place beyond them is not where this trigger happened
CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but"})
# "Voronezh region Governor Alexander Gusev": the place before an official's title is his seat
SEAT_TITLES = frozenset(
    ("governor", "mayor", "head", "authorities", "administration", "prosecutor", "prosecutors")
)
SEAT_FILLERS = frozenset(
    ("county", "regional", "district", "city")
)  # "the Tulcea County prosecutor's office"
PASSED_FROM = frozenset(("from", "through", "via", "past"))  # "moving through Kalinkavichy towards Mazyr"
DESTINATION_REACH = 10  # tokens after a deployment verb within which its destination stands
LIST_IS_NATIONAL = 3  # regions of one country named for one event: a national summary
# "over 11 Russian regions", "over eight regions", "over Russian regions": a national tally
REGIONS_COUNTED_RE = re.compile(
    r"\bover (?:\d+ |two |three |four |five |six |seven |eight |nine |ten |[a-z]+teen |several |various )?"
    r"(?:(russian|ukrainian) )?(?:\w+ )?regions\b"
)
PLACE_REACH = 12  # tokens from a trigger within which a bare place name is where it happened
LOCATED_REACH = 30  # the same for a place introduced by in/on/at/near… ("… in the city of Gudermes")
TARGET_LEADS = frozenset(("on", "against"))  # "an attack on Ukraine's …": the possessor is the target
# talks' venue after a long guest list: "hosted his counterparts from Denmark, …, at a meeting in Tallinn"
VENUE_REACH = 45
REGION_WORDS = frozenset(("region", "oblast", "province"))
SETTLEMENT_WORDS = frozenset(("village", "settlement"))
CITY_WORDS = frozenset(("city",))
CAPITAL_WORDS = frozenset(("city", "capital"))  # "the capital" an official's title names: "Moscow Mayor …"
BESIDE_CITY_RE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of the city\b")
# "the Zavodskyi district": a district named like a city's, any of those endings
CITY_DISTRICT_RE = re.compile(r"\b[A-Z][a-z]+(?:" + "|".join(CITY_DISTRICT_ENDINGS) + r") [Dd]istrict\b")
ATTACK_NOUNS = frozenset(("strike", "attack", "shelling", "bombing", "raid", "blast"))
# "the Gomel regional court", "Rostov's Southern District Military Court": words between a place and its court
COURT_WORDS = frozenset(("regional", "district", "city", "military", "garrison", "appeals", "'s"))
ATTACK_MODIFIERS = frozenset(("missile", "drone", "rocket", "air", "artillery", "bomb"))
# what stands between a trigger and the name it acts on: "captured the village of", scare quotes
OBJECT_LEAD_INS = frozenset(("the", "village", "town", "city", "settlement", "of", '"', "“", "”"))
# "Russian shelling hit Nikopol", "an overnight drone attack struck the Izium district": verbs whose object is the
# place an attack noun names as its target
HIT_VERBS = frozenset(
    ("hit", "hits", "struck", "strikes", "targeted", "targets", "pounded", "rocked", "battered")
)


TOPIC_WORDS = frozenset(("about", "regarding", "concerning"))


def _while_doing(low: tuple[str, ...], k: int) -> bool:
    """'while repelling', 'while evacuating': 'while' before a participle, in the same clause."""
    return low[k] == "while" and k + 1 < len(low) and low[k + 1].endswith("ing")


def unlisted_name(an: Analysis, trig: Match) -> tuple[int, int, str] | None:
    """'had captured Novoekonomichne', 'attacked the village of X': the character span and text of a capitalised
    name the trigger acts on that neither the gazetteer nor the codebook knows, or None."""
    low, text = an.tokens.lower, an.tokens.text
    k = trig.j
    while k < len(low) and low[k] in OBJECT_LEAD_INS:
        k += 1
    if k >= len(low) or not (text[k][:1].isupper() and text[k].isalpha()):
        return None
    if any(m.i == k for m in an.matches_of("actor", "generic")) or an.place_at(
        an.tokens.start[k], an.tokens.end[k]
    ):
        return None
    end = k + 1
    if end < len(low) and text[end][:1].isupper() and text[end].isalpha():
        end += 1  # "Novooleksandrivka Persha", "Zelenyi Hai"
    start, stop = an.tokens.start[k], an.tokens.end[end - 1]
    return start, stop, an.sentence.text[start:stop]


SETTLEMENT_FEATURES = frozenset(("place", "village", UNLISTED_VILLAGE))
# what may stand between two places of one list: "Yablonovka in the Donetsk People's Republic and Andreyevka",
# "Novopil, Yablunivka and the village of Andriivka"
LIST_GAP_RE = re.compile(
    rf"(?:{IN_REGION}[^,;]{{1,50}}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:the )?(?:(?:villages?|towns?|settlements?) of )?"
)


def listed_with(an: Analysis, first: PlaceMention) -> list[PlaceMention]:
    """The settlements listed after the first one ('captured Kurakhove and Velyka Novosilka', 'the villages of A
    in the X region and B in the Y region'), each a place of its own."""
    text = an.sentence.text
    towns = sorted((p for p in an.places if p.place.feature in SETTLEMENT_FEATURES), key=lambda p: p.start)
    listed: list[PlaceMention] = []
    verbs = {m.i for m in an.matches_of("report", "trigger", "verb")}
    last = first
    for p in towns:
        if p.start <= last.start:
            continue
        if not LIST_GAP_RE.fullmatch(text, last.end, p.start) or an.tokens.index_at(p.end) in verbs:
            break  # "retook Andriivka, Kyiv says fighting continues": the subject of a clause of its own
        listed.append(p)
        last = p
    return listed


class EventPlacer:
    """Places events; knows each country's gazetteer entry for country-level events."""

    def __init__(self, country_place: dict[str, Place], capital_place: dict[str, Place]) -> None:
        self.country_place = country_place  # country name -> its gazetteer entry
        self.capital_place = capital_place  # country name -> its capital's

    def place(
        self,
        an: Analysis,
        trig: Match,
        base: str,
        post_place: PlaceMention | None,
        last_region: PlaceMention | None = None,
        last_city: PlaceMention | None = None,
        last_settlement: PlaceMention | None = None,
        doc_city: PlaceMention | None = None,
    ) -> PlaceMention | None:
        """Where it happened: a place after 'in/on/at/near/over…' close to the trigger, the most specific first;
        in a digest's item headed by a place ('Antonivka'), that place when the sentence names none; for 'the
        region', the last region the document named; for a district, the city it belongs to."""
        if base not in PLACE_BOUND | COUNTRY_FALLBACK | {"diplomacy"}:
            return None
        if not an.places:
            if base not in PLACE_BOUND or an.sentence.is_headline:
                return None
            if last_region is not None and names_the(an.tokens.lower, REGION_WORDS):
                return last_region  # "shot down over the region": the region the report is about
            if (
                post_place is None
                and last_settlement is not None
                and names_the(an.tokens.lower, SETTLEMENT_WORDS)
            ):
                return last_settlement  # "they tried to break through to the village": the one named last
            city = last_city or doc_city
            if (
                city is not None
                and names_the(an.tokens.lower, CITY_WORDS)
                and not BESIDE_CITY_RE.search(an.lowtext)
            ):
                return city  # "17 drones were shot down over the city": the paragraph's, or the text's, city
            if city is not None and CITY_DISTRICT_RE.search(an.sentence.text):
                return city  # "struck the Zavodskyi district": a district of the city the text is about
            return post_place
        toks, low = an.tokens, an.tokens.lower

        def located(p: PlaceMention) -> bool:
            i = toks.index_at(p.start)
            while i > 1 and low[i - 1] == "'s":  # "in Russia's Bryansk region": the possessor's preposition
                owner = next((q for q in an.places if toks.index_at(q.end) == i - 1), None)
                if owner is None:
                    break
                i = toks.index_at(owner.start)
            if is_object(i):
                return True  # the trigger's object: "captured Novoyehorivka", "shelled the Kherson region"
            if i > 1 and low[i - 1] == "the":  # "in the Kursk region", not "mediated by the UAE"
                i -= 1
            return an.after_locative(i)

        sides = {m.i for m in an.actors()}
        # a headline's "Kherson shelled", "Odesa port hit": the place just before a participle is its target
        target_before = an.sentence.is_headline and low[trig.i].endswith(("ed", "hit", "struck"))

        def is_object(i: int) -> bool:
            if (
                target_before
                and i not in sides
                and any(toks.index_at(q.end) == trig.i and toks.index_at(q.start) == i for q in an.places)
            ):
                return True
            if i == trig.j or (i == trig.j + 1 and (low[trig.j] == "the" or low[trig.j] in PLACE_ADJECTIVES)):
                return True
            if _names_the_attack(an, i, trig):
                return True
            k = trig.j  # "taken control of the village of Peschanoye", "a drone attack on Shebekino"
            if (
                low[trig.j - 1].removesuffix("s") in ATTACK_NOUNS
                and k < len(low)
                and low[k] in HIT_VERBS | {"on"}
            ):
                k += 1
            while k < i and low[k] in OBJECT_LEAD_INS:
                k += 1
            return k == i and i > trig.j

        def possessor(p: PlaceMention) -> bool:
            """ "members of Ukraine's Azov brigade", "Kyiv's forces": a country, or a capital standing for its
            government, qualifies something that is not a place; a town's is where it stands ("Odesa's port")."""
            j, i = toks.index_at(p.end), toks.index_at(p.start)
            if i > 0 and low[i - 1] in TARGET_LEADS:
                return False  # "an attack on Ukraine's energy infrastructure": the country attacked
            k = i - 1 if low[i - 1 : i] == ("the",) else i
            if p.place.feature == "country" and low[max(0, k - 2) : k] in FORCES_OF:
                return True  # "the armed forces of the Russian Federation struck the city": whose forces
            return (
                (p.place.feature == "country" or toks.index_at(p.start) in sides)
                and j < len(low)
                and low[j] == "'s"
                and not any(toks.index_at(q.start) == j + 1 for q in an.places)
            )

        def reach(p: PlaceMention) -> int:
            i = toks.index_at(p.start)
            lo, hi = sorted((i, trig.i))
            # "killed near Vovchansk while repelling an assault": a participle's "while" opens no other clause
            breaks = {
                t for k, t in enumerate(low[lo:hi], lo) if t in CLAUSE_BREAKS and not _while_doing(low, k)
            }
            # "a drone was shot down over Nizhnekamsk; its debris fell on a vacant lot": the drone's place
            back_reference = breaks == {";"} and i < trig.i and low[trig.i - 1] in BACK_POSSESSIVES
            if breaks and not back_reference:
                # another clause ("…strike forces power cuts; Russia says it retook a village in X")
                return 10**6
            if base == "deploy" and (
                i < trig.j or i - trig.j > DESTINATION_REACH or low[i - 1] in PASSED_FROM or sender(an, p)
            ):
                # a deployment's place is its destination, right after the verb, not where it came from or passed
                return 10**6
            return i - trig.j if i >= trig.j else trig.i - i

        speaking = {m.i for m in an.matches_of("report")}

        def speaker(p: PlaceMention) -> bool:
            """ "Kyiv says its strikes …", "Moscow calls them …": a capital speaking for its government."""
            return toks.index_at(p.start) in sides and toks.index_at(p.end) in speaking

        names = [(m.i, m.j) for m in an.matches_of("actor") if m.j - m.i > 1]
        candidates = [
            p
            for p in an.places
            if not possessor(p)
            and not titled(an, p)
            and not speaker(p)
            and not directions(an, p)
            and not names_a_force(an, p)
            and not in_a_name(an, p, names)
            and not mediator(an, p)
            and not on_a_route(an, p)
            and not landmark(an, p)
            and not locator(an, p)
            and not (base in ORIGIN_BASES and origin(an, p))
            and not (base != "diplomacy" and speakers_venue(an, p))
            and not describes_a_noun(low, trig.j, toks.index_at(p.start))
        ]
        sites = [p for p in candidates if names_a_site(an, p)] if len(candidates) > 1 else []
        towns = (q for q in candidates if q not in sites and q.place.feature in ("place", UNLISTED_VILLAGE))
        if sites and any(located(q) for q in towns):
            # "In Energodar, … near the training centre of the Zaporozhye nuclear power plant", "hit the Bryansk
            # chemical plant in the town of Seltso": a site named after a place stands in the other one
            candidates = [p for p in candidates if p not in sites]
        if base == "diplomacy":
            # "a meeting of the Security Council over a Russian missile strike on Odesa": what talks are about
            # and "spoke to Austin … about the supply of interceptors to Ukraine": what they talked about
            topic = next(
                (k for k in range(trig.j, len(low)) if low[k] in ATTACK_NOUNS or low[k] in TOPIC_WORDS),
                len(low),
            )
            candidates = [p for p in candidates if toks.index_at(p.start) < topic]
        if any(is_object(toks.index_at(p.start)) for p in candidates):
            # "closed airports in Rzeszów as Russia attacked western Ukraine": the object, not an earlier clause
            candidates = [p for p in candidates if p.end > trig.start or is_object(toks.index_at(p.start))]
        limit = VENUE_REACH if base == "diplomacy" else LOCATED_REACH
        said_at = {m.j + 1 for m in an.matches_of("report") if low[m.j : m.j + 1] == ("in",)}
        if base != "statement":
            # "The Russian Ministry of Defence stated in Moscow that its forces had …": where it spoke, not struck
            candidates = [p for p in candidates if toks.index_at(p.start) not in said_at]
        pool = [p for p in candidates if located(p) and reach(p) <= limit]

        def earlier_item(p: PlaceMention) -> bool:
            """ "a column towards Mazyr and a snap check near Brest": the place of the item before the trigger's."""
            i = toks.index_at(p.start)
            return i < trig.i and "and" in low[i : trig.i]

        pool = [p for p in pool if not earlier_item(p)] or pool
        # "capture of Novoye Lugovoye, … drone attack on Shebekino district bus": a town the trigger acts on is its
        # place, however specific a place another clause names
        objects = [
            p
            for p in pool
            if is_object(toks.index_at(p.start))
            and p.place.feature not in ("region", "country", "sea", "water")
        ]
        pool = objects or pool
        # "According to Belgorod Governor Vyacheslav Gladkov, a drone hit a minibus in the village of Voznesenovka":
        # the governor's seat names his office; it is the place only when the sentence names no other
        seats = [p for p in pool if _seat_of(low, toks.index_at(p.end))]
        others = [p for p in pool if p not in seats]
        if not all(holds(p.place, s.place) for p in others for s in seats):
            # "…, houses in the Dnipropetrovsk region" after "According to Nikopol Mayor": the seat is inside the
            # region, so the more specific place; another town or region is where it happened
            pool = others or pool
        if base == "legal":
            # "the Gomel regional court sentenced a resident of Rechytsa": the court's seat, not his home
            pool = [p for p in candidates if _court_seat(low, toks.index_at(p.end))] or pool
            if not pool:
                # "the FSB said it had detained a 34-year-old Melitopol resident": a detention at the suspect's town
                pool = [
                    p
                    for p in candidates
                    if p.place.feature == "place"
                    and toks.index_at(p.end) > trig.i
                    and low[toks.index_at(p.end) : toks.index_at(p.end) + 1]
                    in (("resident",), ("residents",))
                ]
        frame = next((p for p in pool if toks.index_at(p.start) == 1 and low[0] == "in"), None)
        if frame is not None and toks.index_at(frame.end) < len(low) and low[toks.index_at(frame.end)] == ",":
            # "In Bryansk, the governor said a drone hit a depot on the outskirts of Klintsy": the opening names
            # the area; a place in it that the report itself names is where it happened
            inside = [q for q in pool if q is not frame and one_region(q.place, frame.place)]
            if inside:
                pool = inside
        if not pool and base in COUNTRY_FALLBACK:  # "Kyiv court jails …": the place names the court's seat
            pool = [
                p
                for p in candidates
                if 0 < trig.i - toks.index_at(p.end) <= 1 and p.place.feature != "country"
            ]
            # "Voronezh region Governor Alexander Gusev said 600 reservists had been called up": his region's
            seats = [p for p in candidates if _seat_of(low, toks.index_at(p.end))]
            pool = pool or seats[:1]
        if not pool and base not in COUNTRY_FALLBACK | {"diplomacy", "intercept"}:
            # "shelled Kherson", "Blasts shook Kyiv after a drone attack": the object is the place
            pool = [
                p
                for p in candidates
                if reach(p) <= PLACE_REACH
                and low[toks.index_at(p.start) - 1] not in ("by", "from")
                and p.place.feature != "country"  # "Russia held an exercise": a country here is a side
            ]
        if not pool and base in PLACE_BOUND and names_the(low, CAPITAL_WORDS):
            # "Moscow Mayor Sergei Sobyanin said drones flying toward the capital were shot down": his city
            pool = [
                p for p in candidates if p.place.feature == "place" and _seat_of(low, toks.index_at(p.end))
            ]
        if not pool:
            return None
        best = min(pool, key=lambda p: (*specificity(p.place), reach(p)))
        axis = next((p for p in pool if axis_town(an, p)), None)
        if axis is not None and villages_around(an, toks.index_at(axis.start), toks.index_at(axis.end)) > 1:
            # "In the Kupiansk direction, … attacks near Kindrashivka, Holubivka and Kurylivka", "near Antonivka and
            # Dalne in the Kurakhove direction": the axis town, as the town itself (the next direction's fights
            # are another event, however close)
            best = PlaceMention(axis.start, axis.end, axis.surface, replace(axis.place, geo_precision=1))
        return (
            self._summarised(an, best, trig if base == "intercept" else None)
            or _district_of(best, _city_named(an, best))
            or _district_of(best, post_place or last_city, namesakes_only=True)
            or _own_district(best, doc_city)
            or best
        )

    def _summarised(
        self, an: Analysis, best: PlaceMention, downed: Match | None = None
    ) -> PlaceMention | None:
        """'shot down over the Kyiv, Chernihiv, Sumy … regions' (and 'over the Sea of Azov'): a list this long is
        the country's tally; so is a tally of downed weapons whose places only break it down ('destroyed 54
        UAVs, 22 of them over the Saratov region')."""
        counted = REGIONS_COUNTED_RE.search(an.lowtext)
        if counted and PART_OF_TALLY_RE.search(an.sentence.text, counted.end()):
            # "118 drones over 11 Russian regions, including 34 over the Bryansk region", "47 drones over Russian
            # regions, including 12 flying towards Moscow": the country's tally, the one the regions are named by
            named = counted.group(1)
            return self.country_level(
                "Russia" if named == "russian" else "Ukraine" if named == "ukrainian" else best.place.country
            )
        if best.place.feature not in ("region", "sea", "water"):
            return None
        regions = Counter(p.place.country for p in an.places if p.place.feature == "region")
        country, listed = regions.most_common(1)[0] if regions else ("", 0)
        part = PART_OF_TALLY_RE.search(an.sentence.text, downed.end, best.start) if downed else None
        if part is not None and not any(downed.end <= p.start < part.start() for p in an.places):
            after = min((p.start for p in an.places if p.start >= part.end()), default=None)
            if after is not None and PART_BY_PLACE_RE.match(an.sentence.text[part.end() : after]):
                return self.country_level(best.place.country or country)
        if listed >= LIST_IS_NATIONAL and (best.place.feature != "region" or best.place.country == country):
            return self.country_level(country)
        return None

    def capital(self, country: str) -> PlaceMention | None:
        """The country's capital, where its ministries summon envoys; else the country."""
        place = self.capital_place.get(country)
        return PlaceMention(0, 0, place.name, place) if place else self.country_level(country)

    def country_level(self, country: str) -> PlaceMention | None:
        """The country itself, for national tallies and events no place in the sentence locates."""
        place = self.country_place.get(country)
        return PlaceMention(0, 0, country, place) if place else None


def _district_of(
    best: PlaceMention, city: PlaceMention | None, namesakes_only: bool = False
) -> PlaceMention | None:
    """'In Kharkiv, a bomb hit … the Saltivskyi district': a district of the city the sentence names; ACLED codes
    an event in a city's district at the city. With namesakes_only, the city an item or paragraph is about
    ('Kharkiv. … the Kyivskyi district') claims only a district the gazetteer has in another oblast: one in the
    city's own oblast may be a rural district of it."""
    if city is None or best.place.feature != "district" or city.place.feature != "place":
        return None
    if namesakes_only and best.place.admin1 == city.place.admin1:
        return None
    return PlaceMention(best.start, best.end, best.surface, city.place)


def _own_district(best: PlaceMention, doc_city: PlaceMention | None) -> PlaceMention | None:
    """'Poltava City Council: … the Kyivskyi district', 'Kharkiv Today | …: … the Kholodnohirskyi district': a
    district named as an adjective is a district of the one city the title names, in its oblast or not (a raion
    named after a town, "Bila Tserkva district", "the Chuhuiv district", is at its town)."""
    if not best.place.name.endswith(CITY_DISTRICT_ENDINGS):
        return None
    return _district_of(best, doc_city)


def names_the(low: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """'over the region', 'in the oblast', 'to the village': a region or village named earlier ('the town' is more
    often the report's own)."""
    return any(low[k] == "the" and low[k + 1] in nouns for k in range(len(low) - 1))


def _names_the_attack(an: Analysis, i: int, trig: Match) -> bool:
    """'Kryvyi Rih strike kills 11', 'the Sumy missile attack': a place naming the attack it stands before."""
    low = an.tokens.lower
    if low[trig.i] not in ATTACK_NOUNS:
        return False
    end = next((an.tokens.index_at(p.end) for p in an.places if an.tokens.index_at(p.start) == i), -1)
    return end == trig.i or (end == trig.i - 1 and low[end] in ATTACK_MODIFIERS)


def _city_named(an: Analysis, district: PlaceMention) -> PlaceMention | None:
    """'In Kharkiv, a bomb hit … the Saltivskyi district': the city of the sentence that holds the district; '27
    March – Kherson: artillery shells hit a substation in the Dniprovskyi district': the one city named before a
    district named as an adjective, whatever namesake the gazetteer has elsewhere."""
    if district.place.feature != "district":
        return None
    text = an.sentence.text
    cities = [p for p in an.places if p.place.feature == "place"]
    if (
        len(cities) == 1
        and cities[0].end <= district.start
        and district.place.name.endswith(CITY_DISTRICT_ENDINGS)
    ):
        return cities[0]
    return next(
        (
            p
            for p in an.places
            if p.place.feature == "place"
            and (
                p.place.admin1 == district.place.admin1
                # "the Kyivskyi and Saltivskyi districts of Kharkiv": the city named, whatever namesake it has
                or (
                    p.start > district.end
                    and DISTRICTS_OF_RE.fullmatch(text, district.end, p.start) is not None
                )
            )
        ),
        None,
    )


def _seat_of(low: tuple[str, ...], end: int) -> bool:
    """Whether the place ending at token end names an office's seat: 'Voronezh region Governor', 'the Tulcea
    County prosecutor's office'."""
    k = end
    while k < len(low) and low[k] in SEAT_FILLERS:
        k += 1
    return k < len(low) and low[k] in SEAT_TITLES


def _court_seat(low: tuple[str, ...], end: int) -> bool:
    """Whether the place ending at token end names a court: 'Gomel regional court', 'Kyiv's district court'."""
    k = end
    while k < len(low) and low[k] in COURT_WORDS:
        k += 1
    return k < len(low) and low[k] == "court"
