"""What kind of document or post a text is: a digest, a weekly review, a post about the war, a city's own page."""

from __future__ import annotations

import re
from collections import Counter

from frontline.analysis import Analysis, credit_outlet, dateline_end
from frontline.codebook import Codebook
from frontline.gazetteer import Gazetteer
from frontline.records import PlaceMention

# a digest's section label opening a paragraph: "STRIKES — ", "FRONT LINE — ", "NUMBERS OF THE WEEK — "
SECTION_RE = re.compile(r"[A-Z][A-Z '&-]{2,40} [—–-] ")
DIGEST_WORDS = frozenset(("summary", "digest", "round-up", "roundup", "briefing"))
DIGEST_RE = re.compile(
    r"\b(?:operational (?:information|update)|situation report|sitrep|(?:morning|evening) update)\b"
)
# a title or standfirst announcing a review of the past week
WEEKLY_RE = re.compile(r"\b(?:the week in|week in review|weekly|seven days just gone|past seven days)\b")
WORD_RE = re.compile(r"[a-z-]+")
MILITARY_NOUNS = {"personnel", "drone", "missile", "bomb", "prisoners"}


def doc_city(intro: list[Analysis]) -> PlaceMention | None:
    """The city a title and standfirst name, when they name one only (not in a name: 'The Kyiv Independent'); an
    outlet's on its credit line ('Zaporizhzhia Today | One year ago today | …') only when they name none ('The
    Kyiv Review | Diaries | …' over 'A week in Zaporizhzhia')."""
    own: dict[str, PlaceMention] = {}
    outlets: dict[str, PlaceMention] = {}
    for an in intro:
        for p in an.places:
            if p.place.feature == "place" and not _in_a_name(an, p):
                (outlets if _in_outlet(an, p) else own)[p.place.name] = p
    cities = own or outlets
    return next(iter(cities.values())) if len(cities) == 1 else None


def city_region(city: PlaceMention | None, gazetteer: Gazetteer) -> PlaceMention | None:
    """The oblast of the city a text is about, which its 'the region' means until it names another ('Fedorov said
    air defence had shot down 11 drones over the region' in a Zaporizhzhia resident's diary)."""
    if city is None:
        return None
    found = gazetteer.find_places(f"{city.surface} region")
    return next(
        (
            PlaceMention(0, 0, p.surface, p.place)
            for p in found
            if p.place.feature == "region" and p.place.admin1 == city.place.admin1
        ),
        None,
    )


def dateline_country(intro: list[Analysis], gazetteer: Gazetteer) -> str:
    """The country a wire is filed from ("TOKYO, Nov. 14 (Kyodo) --") or a local outlet writes in ("Tbilisi
    Today | …"): it names another country's offices with the country ("Russia's defence ministry"), so a bare
    "the Foreign Ministry said" is this one's."""
    for an in intro:
        end = dateline_end(an.sentence.text)
        if end:
            found = gazetteer.find_places(an.sentence.text[:end].title())
            return found[0].place.country if found else ""
    for an in intro:
        # "Tbilisi Today | Society | 14.06.2025": a local outlet's header line, named after its city
        outlet = credit_outlet(an.sentence.text)
        if outlet:
            found = [p for p in gazetteer.find_places(outlet) if p.place.feature == "place"]
            return found[0].place.country if found else ""
    return ""


def _in_outlet(an: Analysis, place: PlaceMention) -> bool:
    """Whether a place is in the outlet's name that opens a credit line ('The Kyiv Review | Diaries | …')."""
    return place.end <= len(credit_outlet(an.sentence.text))


def _in_a_name(an: Analysis, place: PlaceMention) -> bool:
    """Whether a place is a word of a longer actor's name ('The Kyiv Independent', 'Kharkiv Regional Military …')."""
    i = an.tokens.index_at(place.start)
    return any(m.i <= i < m.j and m.j - m.i > 1 for m in an.matches_of("actor"))


def is_digest(lines: list[str]) -> bool:
    """A title or standfirst calling the text a summary, digest or situation report: its paragraphs are separate
    items."""
    return any(
        not DIGEST_WORDS.isdisjoint(WORD_RE.findall(line.lower())) or DIGEST_RE.search(line.lower())
        for line in lines
    )


def event_countries(analyses: list[Analysis]) -> Counter[str]:
    """Countries of the specific places a post names: the side its bare 'air force' or 'governor' speaks for."""
    return Counter(
        p.place.country
        for an in analyses
        for p in an.places
        if p.place.country and p.place.feature != "country"
    )


def conflict_cue(an: Analysis, words: frozenset[str]) -> bool:
    """A weapon, a military noun, a war word or a war-only trigger: casualty counts here are the war's."""
    if an.has("weapon") or any(w in an.lowtext for w in words):
        return True
    if any(m.payload in MILITARY_NOUNS for m in an.matches_of("noun")):
        return True
    return any(m.payload.weapon or m.payload.cls != "strike" for m in an.matches_of("trigger"))


def is_weekly(openings: list[str]) -> bool:
    """A title or standfirst announcing a review of the past week: its undated reports are the week's."""
    return WEEKLY_RE.search(" ".join(openings[:2]).lower()) is not None


def section_label(line: str) -> bool:
    """Whether a paragraph opens with a digest's section label ("STRIKES — ")."""
    return SECTION_RE.match(line) is not None


def is_sectioned(openings: list[str]) -> bool:
    """A digest whose items run on under section labels until the next label."""
    return sum(section_label(line) for line in openings) >= 2


def another_war(analyses: list[Analysis], codebook: Codebook, gazetteer: Gazetteer) -> bool:
    """'Sudan: drone strike on El Fasher market' in a world-news digest: a post whose places and dateline ("YANGON,
    Oct 24 (IPW) -") all lie outside this war's theatre and that names neither side (no Russian, Ukrainian,
    Kremlin or Zelensky) reports another war."""
    theatre = codebook.event_words["theatre_countries"]
    # fighting told: a weapon or an attack (a foreign capital's statement on this war is this war's news)
    fighting = any(
        an.has("weapon") or any(m.payload.cls in ("strike", "clash") for m in an.matches_of("trigger"))
        for an in analyses
    )
    if not fighting:
        return False
    # towns and regions, not countries named as actors ("China has never provided lethal weapons …")
    countries = {
        p.place.country
        for an in analyses
        for p in an.places
        if p.place.country and p.place.feature != "country"
    }
    if filed_from := dateline_country(analyses[:2], gazetteer):
        countries.add(filed_from)
    if not countries or not countries.isdisjoint(theatre):
        return False
    return not any(m.payload.actor.country in theatre for an in analyses for m in an.actors())
