"""Places a sentence names beyond the gazetteer's plain matches: capitals named by their country, names glossed in
brackets, villages the gazetteer lacks placed by the region or town beside them, and lines that name only places."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from frontline.codebook import Codebook
from frontline.gazetteer import Gazetteer
from frontline.gazetteer_files import name_key
from frontline.geocode import OnlineGeocoder
from frontline.records import UNLISTED_VILLAGE, Place, PlaceMention, holds, specificity, unlisted_village
from frontline.spelling import skeleton, spelled_alike

if TYPE_CHECKING:
    from frontline.analysis import Analysis

GLOSS_RE = re.compile(r"\s*\(([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\)")
# "Dzerzhinsk, the Soviet-era name it still uses for Toretsk": the other name, spelt out
NAME_GLOSS_RE = re.compile(
    r",\s+(?:the|its|a)\s+(?:[\w-]+\s+)?name\s+(?:[\w']+\s+){0,4}?for\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
CAPITAL_RE = re.compile(r"\b([A-Z][\w.]+(?: [A-Z]\w+)?)(?:['’]s)? capital\b")
SETTLEMENT_RE = re.compile(
    r"\b(?:village|town|city|settlement|hamlet|community|locality|township)s? of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# "Novoserhiivka (southwest of Pokrovsk)", "Kotlyne, 10 km west of Pokrovsk", "the village of Kotlyne southwest of
# Pokrovsk", "Stupochki, or Stupochky in Ukrainian, a village south of Kostiantynivka": a name placed by the town
# after it
BEARING_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:,? or [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? in (?:Ukrainian|Russian))?"
    r"(?: \(|, | )(?:(?:a|the) (?:small )?(?:village|town|settlement|hamlet) )?"
    r"(?:about |some |roughly )?(?:\d+ ?(?:km|kilometres|kilometers|miles) )?"
    r"(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)? (?:of|from) (?:the )?"
)
# "The bomb that struck the market here": the wire's dateline city, not "here is", "here's" or "here and there"
HERE_RE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were|and)\b|['’]s)", re.IGNORECASE)
# Kyivskyi, Shevchenkivskyi, Industrialnyi: a city's district
CITY_DISTRICT_ENDINGS = ("skyi", "zkyi", "skiy", "sky", "nyi", "nyy")
# a small place, which many regions have of the same name
VILLAGE_WORDS = ("village", "settlement", "hamlet", "locality")
# "the village of Kucheriv Yar near Dobropillia", "the oil terminal at Sheskharis outside Novorossiysk", "the
# capture of Derylove near Lyman": a named settlement placed by the town it is near
NEAR_TOWN_RE = re.compile(
    r"\b(?:(?:village|settlement|hamlet|town)s? of|(?:capture|seizure|liberation|control) of|at|in) "
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:near|outside|close to) (?:the )?"
)
NEAR_WORDS_RE = re.compile(r" (?:near|outside|close to) ")
# words a place heading may hold besides its places: "Kherson, Korabelnyi district", "Sumy region"
HEADING_FILLERS = frozenset(
    "district region oblast raion community city town village direction of the and night".split()
)
# a regional digest's item label: "Khotin community:", "Sumy district:"
COMMUNITY_LABEL_RE = re.compile(r"[^:]{1,40}?\b(?:community|hromada|district|raion)\s*:")
ITEM_HEADING_TOKENS = 10  # a line naming only places, as a summary opens each item: "Izium district, Borova."
HEADING_NAME_RE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")  # "Antonivka", "Zolota Balka"
# "control of Popiv Yar in the Donetsk region", "near Kotlyarivka in the Sumy region": a place's position
# what stands between a name and its region: "in the", "in Russia's", "in eastern"
IN_REGION = r",? in (?:the |Russia's |Ukraine's )?(?:(?:north|south|east|west|central)[a-z-]* )?"
NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
NAME_RE = re.compile(NAME)
# "near Filiya and Aleksandrograd in the Dnepropetrovsk Region": every name of the list is in the region
MORE_NAMES = r"(?:(?:,|,? and|,? or) " + NAME + r")*"
# "Bolshoye Soldatskoye, a village of some 3,000 people in the Kursk region": the name the apposition describes
DESCRIBED_VILLAGE = (
    r", an? (?:small |tiny |large )?(?:village|town|settlement|hamlet)\b[^.;]{0,40}?" + IN_REGION
)
UNLISTED_BEFORE_REGION_RE = re.compile(
    r"(?:\b(?:of|captured|liberated|seized|took|retook|entered|near|around|outside|and)|,) "
    r"(" + NAME + MORE_NAMES + r")(?:" + IN_REGION + "|" + DESCRIBED_VILLAGE + ")"
)
UNLISTED_NAME_REACH = 90  # characters before a region within which the lead-in and the names stand
IN_REGION_GAP_RE = re.compile(MORE_NAMES + IN_REGION)  # "Andreyevka in the Sumy region", "X and Y in the …"
AREA_AFTER_VILLAGE = 16  # characters between a village's name and the region or district that places it
# capitalised words before a bearing that are a sentence's opening or a side, never a village
NOT_A_VILLAGE = frozenset("The A An Russian Ukrainian Russia Ukraine He She They It Forces Troops".split())
# a capitalised word after a place's name that makes it a person's given name: "Regina Kharchenko said"
SURNAME_RE = re.compile(
    r" ([A-Z][a-z]+(?:enko|chuk|czuk|iuk|yuk|ovych|evych|ovich|evich|ov|ova|ev|eva|skyi|skyy|sky|ska|ski|dze|shvili"
    r"|yan))\b"
)
VESSEL_NOUNS = frozenset(
    """ship vessel frigate corvette cruiser destroyer submarine tanker tug icebreaker minesweeper carrier
    ferry""".split()
)
# A country name used as an adjective ("the Ukraine war") is neither a place nor a side; nor is a street's name,
# nor a unit's ("border guards of the Izmail detachment detained two men near Orlivka")
ADJECTIVAL_NEXT = frozenset(
    """war conflict crisis invasion front frontline peace talks regime government authorities think leadership
    street avenue square boulevard prospekt lane embankment
    detachment detachments brigade battalion regiment""".split()
)


def gazetteer_places(text: str, skip: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The gazetteer's places in a sentence after its first `skip` characters (a wire dateline), less a country
    named as an adjective, with a bracketed gloss read as the place meant."""
    found = [
        p
        for p in gazetteer.find_places(text)
        if p.start >= skip
        and not _adjectival(text, p)
        and not _vessel_name(text, p)
        and not _given_name(text, p)
    ]
    if skip and (here := HERE_RE.search(text, skip)):
        found += _dateline_city(text[:skip], here, gazetteer)
        found.sort(key=lambda p: p.start)
    return _glossed(found, text, gazetteer)


def _dateline_city(dateline: str, here: re.Match[str], gazetteer: Gazetteer) -> list[PlaceMention]:
    """'KOSTIANTYNIVKA, Ukraine — The bomb that struck the market here': the city the dateline names, as "here"."""
    city = next(
        (p.place for p in gazetteer.find_places(dateline.title()) if p.place.feature == "place"), None
    )
    return [PlaceMention(here.start(), here.end(), here.group(), city)] if city is not None else []


def refine_places(
    an: Analysis, codebook: Codebook, gazetteer: Gazetteer, geocoder: OnlineGeocoder | None = None
) -> None:
    """Add what the plain matches miss: "the Russian capital", villages placed by a region or a bearing, and
    (when the online geocoder is switched on) named settlements it finds."""
    _resolve_capitals(an, codebook, gazetteer)
    _districts_of_the_frame_city(an)
    if geocoder is not None:
        _geocode_settlements(an, geocoder)
    _place_unknown_settlements(an)
    _place_namesakes_by_region(an, gazetteer)
    _place_unlisted_names_by_region(an)
    _place_by_bearing(an)


def _resolve_capitals(an: Analysis, codebook: Codebook, gazetteer: Gazetteer) -> None:
    """ "Ukraine's capital", "the Russian capital": the capital city, unless the sentence names it anyway."""
    text = an.sentence.text
    if "capital" not in text:
        return
    for m in CAPITAL_RE.finditer(text):
        capital = codebook.capital_of.get(m.group(1).lower())
        place = gazetteer.lookup(capital) if capital else None
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


def _districts_of_the_frame_city(an: Analysis) -> None:
    """'In Odesa, a drone … damaged a hospital in the Prymorskyi district': a district named as an adjective in a
    sentence that opens in a city is that city's, whatever raion of the name another oblast has."""
    if len(an.places) < 2 or not an.sentence.text.startswith("In "):
        return
    city = an.places[0]
    if city.place.feature != "place" or an.sentence.text[city.end : city.end + 1] != "," or city.start != 3:
        return
    an.places = [
        replace(p, place=city.place)
        if p.place.feature == "district"
        and p.place.admin1 != city.place.admin1
        and p.place.name.endswith(CITY_DISTRICT_ENDINGS)
        else p
        for p in an.places
    ]


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


def _place_unlisted_names_by_region(an: Analysis) -> None:
    """'taken control of Popiv Yar in the Donetsk region': a name the gazetteer lacks, where a capture, a clash or
    a list puts a place, followed by the region it is in, is a village of that region."""
    text = an.sentence.text
    # "the village of Indra in eastern Latvia": a country holds a village as a region does
    for region in [p for p in an.places if p.place.feature in ("region", "country")]:
        found = UNLISTED_BEFORE_REGION_RE.finditer(
            text, max(0, region.start - UNLISTED_NAME_REACH), region.start
        )
        m = next((f for f in found if f.end() == region.start), None)
        if m is None:
            continue
        for name in NAME_RE.finditer(text, *m.span(1)):
            start, end = name.span()
            if name.group().split()[0] in NOT_A_VILLAGE or an.place_at(start, end) is not None:
                continue
            if any(a.start < end and start < a.end for a in an.matches):
                continue
            an.add_place(PlaceMention(start, end, name.group(), unlisted_village(name.group(), region.place)))


def _place_namesakes_by_region(an: Analysis, gazetteer: Gazetteer) -> None:
    """'Kamenskoye in the Zaporozhye Region': the namesake the gazetteer has in the region named right after the
    name; 'Andreyevka in the Sumy region', where it has that name only in the Donetsk region: a village of the
    region named, placed at that region's precision."""
    text = an.sentence.text
    regions = [p for p in an.places if p.place.feature == "region"]
    if not regions:
        return
    for p in list(an.places):
        if p.place.feature not in ("place", "village"):
            continue
        region = next((r for r in regions if IN_REGION_GAP_RE.fullmatch(text, p.end, r.start)), None)
        if region is None or holds(region.place, p.place):
            continue
        area = region.place
        namesake = gazetteer.namesake_in(p.surface, area.country, area.admin1)
        if namesake is None and gazetteer.is_town(p.place):
            continue  # "near Kramatorsk in the Kharkiv region": a town that big is itself, whatever region follows
        if namesake is not None and namesake.geo_precision < p.place.geo_precision:
            # "near Kamenskoye … in the Zaporozhye Region": the namesake, still near
            namesake = replace(namesake, geo_precision=p.place.geo_precision)
        place = namesake or unlisted_village(p.surface, area)
        an.places.remove(p)
        an.add_place(PlaceMention(p.start, p.end, p.surface, place))


def _place_by_bearing(an: Analysis) -> None:
    """'seized Novoserhiivka (southwest of Pokrovsk)', 'the village of Kucheriv Yar near Dobropillia': a name the
    gazetteer lacks, given by its bearing from a town it has or as near it, is a village near that town (placed
    there, at 'near' precision)."""
    text = an.sentence.text
    if not an.places:
        return
    bearings = BEARING_RE.finditer(text) if " of " in text else ()
    near = NEAR_TOWN_RE.finditer(text) if NEAR_WORDS_RE.search(text) else ()
    for m in (*bearings, *near):
        start, end = m.span(1)
        known = an.place_at(start, end)
        if (known is not None and known.end >= end) or m.group(1).split()[0] in NOT_A_VILLAGE:
            continue  # a place the gazetteer has ("Shevchenko" alone is in Poltava; "Shevchenko Pershe" is not)
        if any(a.start < end and start < a.end for a in an.matches):
            continue  # "at Chevron near …": a body's name
        town = next((p for p in an.places if p.start == m.end()), None)
        if town is None or town.place.feature in ("country", "sea", "water"):
            continue
        if known is not None:
            an.places.remove(known)
        an.add_place(PlaceMention(start, end, m.group(1), unlisted_village(m.group(1), town.place)))


def document_region(analyses: list[Analysis]) -> PlaceMention | None:
    """The one region a whole document names ('Video address by the Governor of the Belgorod Region'), if one."""
    regions = {
        p.place.admin1: p
        for an in analyses
        for p in an.places
        if p.place.feature == "region" and p.place.admin1
    }
    return next(iter(regions.values())) if len(regions) == 1 else None


def named_villages(text: str) -> Iterator[re.Match[str]]:
    """'the village of Plauru', 'the settlement of X': a small place named as such (not 'the city of Dnipro')."""
    return (m for m in SETTLEMENT_RE.finditer(text) if m.group().startswith(VILLAGE_WORDS))


def _villages_of_country(an: Analysis, country: PlaceMention) -> None:
    """'crossed into Romania … and crashed near the village of Plauru': a village the gazetteer lacks, in a sentence
    whose one country is the only area it names, is that country's (at its precision)."""
    for m in named_villages(an.sentence.text):
        start, end = m.span(1)
        if an.place_at(start, end) is None:
            an.add_place(PlaceMention(start, end, m.group(1), unlisted_village(m.group(1), country.place)))


def _villages_of_region(an: Analysis, region: PlaceMention, named: bool) -> None:
    """The paragraph's (``named``) or the document's region holds a village its sentence names alone: one the
    gazetteer lacks, or has only elsewhere when the paragraph itself named the region ("the city of Dnipro" is the
    city, wherever the paragraph was before)."""
    for m in named_villages(an.sentence.text):
        start, end = m.span(1)
        known = an.place_at(start, end)
        if known is not None and (known.end < end or known.place.feature != "place"):
            continue  # a longer name, or a region or district of that name
        if known is not None and (known.place.admin1 == region.place.admin1 or not named):
            continue  # the document's region alone does not move a village the gazetteer has elsewhere
        if known is not None:
            an.places.remove(known)
        an.add_place(PlaceMention(start, end, m.group(1), unlisted_village(m.group(1), region.place)))


def paragraph_villages(analyses: list[Analysis], home: PlaceMention | None = None) -> None:
    """'Drones attacked the Belgorod Region. … a drone struck a minibus near the village of Dubovoye': a village
    its own sentence does not place, which the gazetteer lacks or has only in another region, is in the one region
    its paragraph named before it, else in the one region the whole document names (``home``)."""
    region: PlaceMention | None = home
    paragraph, named = -1, False  # named: the region is one the paragraph named, not the document's
    for an in analyses:
        if an.sentence.paragraph != paragraph:
            paragraph, region, named = an.sentence.paragraph, home, False
        areas = [p for p in an.places if p.place.feature in ("region", "district")]
        # not "the village of Indra in eastern Latvia" in a report whose one region is Ukraine's Volyn
        abroad = region is not None and any(
            p.place.feature == "country" and p.place.country != region.place.country for p in an.places
        )
        if areas or " of " not in an.sentence.text:
            pass  # the sentence places its villages itself, or names none
        elif region is None or abroad:
            countries = {p.place.country: p for p in an.places if p.place.feature == "country"}
            if len(countries) == 1:
                _villages_of_country(an, next(iter(countries.values())))
        else:
            _villages_of_region(an, region, named)
        regions = {p.place.admin1 for p in areas if p.place.feature == "region"}
        if len(regions) == 1:
            region, named = next(p for p in areas if p.place.feature == "region"), True
        elif regions:
            region = None  # "the Kharkiv and Sumy regions": no one region


def learn_settlements(analyses: list[Analysis]) -> None:
    """A village placed by its region in one sentence is the same village wherever else the document names it
    alone ('repelled attacks near Novodarivka')."""
    learned = {
        p.surface: p.place for an in analyses for p in an.places if p.place.feature == UNLISTED_VILLAGE
    }
    if not learned:
        return
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(learned, key=len, reverse=True))) + r")\b")
    # the same village in its other spelling: Russia's "Alexandro-Shultino" is Ukraine's "Oleksandro-Shultyne"
    keys = {surface: name_key(surface) for surface in learned}
    respelled = {skeleton(key): surface for surface, key in keys.items()}
    for an in analyses:
        for m in pattern.finditer(an.sentence.text):
            found = an.place_at(m.start(), m.end())
            if (
                found is not None
                and m.start() <= found.start
                and found.end <= m.end()
                and found.surface != m.group()
            ):
                # "capture of Novoye Shakhovo" in a title: not the gazetteer's "Novoye" elsewhere, but the village
                an.places.remove(found)
                found = None
            if found is None:
                an.add_place(PlaceMention(m.start(), m.end(), m.group(), learned[m.group()]))
        for m in HEADING_NAME_RE.finditer(an.sentence.text):
            key = name_key(m.group())
            surface = respelled.get(skeleton(key))
            if surface and spelled_alike(key, keys[surface]) and an.place_at(m.start(), m.end()) is None:
                an.add_place(PlaceMention(m.start(), m.end(), m.group(), learned[surface]))


def _glossed(places: list[PlaceMention], text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'near Dzerzhinsk (Toretsk)': an old or foreign name glossed in brackets; the gloss is the place meant.
    'Dzerzhinsk, the Soviet-era name it still uses for Toretsk': glossed in words."""
    drop = set()
    for a, b in pairwise(places):
        if text[a.end : b.start].strip() == "(" and text[b.end : b.end + 1] == ")":
            drop.add(id(a))
    renamed_as: dict[int, Place] = {}
    for a in places:
        named = NAME_GLOSS_RE.match(text, a.end)
        other = gazetteer.lookup(named.group(1)) if named else None
        if other is not None and other.feature == a.place.feature == "place":
            renamed_as[id(a)] = other
            drop.update(id(b) for b in places if b.start == named.start(1))
    out = []
    for p in places:
        if id(p) in drop:
            continue
        if id(p) in renamed_as:
            out.append(PlaceMention(p.start, p.end, p.surface, renamed_as[id(p)]))
            continue
        gloss = GLOSS_RE.match(text, p.end)
        place = gazetteer.lookup(gloss.group(1)) if gloss else None
        # the same country ("Artemovsk (Bakhmut)"), or one town's two names across a border the gazetteer drew
        # by the other town ("Dzerzhinsk (Toretsk)"), not "Kyiv (Ukraine)"
        renamed = place is not None and place.feature == p.place.feature == "place"
        out.append(
            PlaceMention(p.start, p.end, p.surface, place)
            if place and (place.country == p.place.country or renamed)
            else p
        )
    return out


def _adjectival(text: str, place: PlaceMention) -> bool:
    """'the Ukraine war', 'the Ukraine conflict': the name qualifies a noun, it is not where anything happened."""
    following = text[place.end : place.end + 20].split()
    return bool(following) and following[0].strip(".,;:'’\"”").lower() in ADJECTIVAL_NEXT


def _given_name(text: str, place: PlaceMention) -> bool:
    """'Regina Kharchenko', 'Sofia Melnychuk': a town's name that is a woman's or man's before a surname."""
    return text[place.end : place.end + 1] == " " and SURNAME_RE.match(text, place.end) is not None


def _vessel_name(text: str, place: PlaceMention) -> bool:
    """'the large landing ship Yamal', 'the small missile ship Vyshny Volochyok': a ship named after a place."""
    before = text[max(0, place.start - 24) : place.start].split()
    return bool(before) and before[-1].strip("\"'“‘").lower() in VESSEL_NOUNS


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
    label = COMMUNITY_LABEL_RE.match(text)
    if label and an.places and an.places[0].start == 0 and an.places[0].end <= label.end():
        return an.places[
            0
        ]  # "Myropillia community: guided aerial bomb strike (1 explosion).": the item's place
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
    # a dated heading's day ("Oct. 3 – Poltava region") is no word of its place
    spans = [(p.start, p.end) for p in an.places] + [(d.start, d.end) for d in an.dates]
    covered = {k for a, b in spans for k in range(an.tokens.index_at(a), an.tokens.index_at(b))}
    for k, word in enumerate(low):
        if k in covered or not word[:1].isalpha() or word in HEADING_FILLERS:
            continue
        if k + 1 < len(low) and low[k + 1] in HEADING_FILLERS and words[k][:1].isupper():
            continue  # "Korabelnyi district": a district the gazetteer does not list
        return None
    return min(an.places, key=lambda p: specificity(p.place))
