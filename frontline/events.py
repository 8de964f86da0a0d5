"""Event detection in one sentence: trigger classes, weapon, place, actors, casualties."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from frontline.analysis import Analysis
from frontline.clauses import clause_of
from frontline.codebook import COUNTRY_FALLBACK, Codebook
from frontline.event_actors import DEBRIS_WORDS, ActorCoder
from frontline.event_filters import (
    COUNTRYWIDE_RE,
    TOTAL_OPENER_RE,
    an_earlier_one,
    area_gained,
    background,
    befallen_before,
    captured_no_ground,
    characterised,
    counted_again,
    counted_attacks,
    day_toll,
    describes_a_force,
    domestic_visit,
    drafted_document,
    equipment_moved,
    explosions_tallied,
    habitual,
    losses_tally,
    needs_met,
    negated,
    period_total,
    repelled,
    running_total,
    standing_denial,
    sustained,
    takes_a_side,
    talk_intercepted,
    tallies_places,
    title_list,
    to_the_press,
    topic,
    unofficial_voice,
)
from frontline.event_places import (
    ATTACK_NOUNS,
    SETTLEMENT_FEATURES,
    EventPlacer,
    listed_with,
    names_the,
    unlisted_name,
)
from frontline.lexicon import Match
from frontline.place_roles import SITE_NOUNS, axis_town
from frontline.records import UNLISTED_VILLAGE, Place, PlaceMention, one_region, unlisted_village
from frontline.sentence_places import named_villages
from frontline.trigger_classes import TriggerClassifier

GROUND_BASES = frozenset(("territory", "clash"))  # events on the ground, about a named settlement
# a facility a later sentence names again as "the terminal" when it tells more of the same attack
SITE_WORDS = SITE_NOUNS | {"port"}
PRONOUNS = frozenset((("he",), ("she",), ("they",)))  # a sentence that goes on about the person just named
BACK_REFERENCES = frozenset(("the", "this", "that"))  # "the attack", "this strike": one told before
# talks with no venue: "in a phone call", "by video link"
REMOTE_TALKS_RE = re.compile(
    r"\b(?:phone|telephone|video) (?:call|conversation|talks|link)\b|\bby (?:phone|video)\b"
    r"|\b(?:had|held|made|on) a call\b"  # "Today, I had a call with Prime Minister …"
)
# the harm debris does when it comes down: "fragments damaged a power line", "debris started a fire"
DEBRIS_HARM = frozenset(
    ("damaged", "hit", "sparked", "started", "caused", "struck", "set", "injured", "smashed")
)

# who is summoned: "the chargé d'affaires of Ukraine in Belarus" names his state and posting, not the venue
ENVOY_WORDS = frozenset(("ambassador", "envoy", "chargé", "charge", "affaires", "diplomat", "consul"))
DEBRIS_FALLS = frozenset(("fell", "landed", "dropped"))  # where debris came down, then what it did there
FALLEN_HARM = frozenset(
    ("damaged", "broken", "smashed", "shattered", "fire", "injured", "wounded", "destroyed")
)

# what debris that "fell on" it hit: "debris fell on the grounds of a school", "… on the roof of a house"
FALLEN_SITES = frozenset(
    "school house houses building buildings roof grounds territory enterprise plant yard garage car cars".split()
)
SITE_REACH = 5  # tokens after "fell on" within which the site stands


def _does_harm(low: tuple[str, ...], at: int) -> bool:
    """'debris damaged', 'debris had started a fire': the verb right after the debris, not 'the wreckage as a
    Geran-2 with a damaged warhead'."""
    if at < len(low) and low[at] in ("had", "has", "have"):
        at += 1
    if at < len(low) and low[at] in DEBRIS_FALLS:
        # "Debris fell in the courtyard …; two cars were damaged and windows were broken", "debris fell on the
        # grounds of a school": harm done, or a site hit (not "fell in a field")
        onto = low[at + 1 : at + 2] in (("on",), ("onto",))
        return not FALLEN_HARM.isdisjoint(low[at + 1 :]) or (
            onto and not FALLEN_SITES.isdisjoint(low[at + 2 : at + 2 + SITE_REACH])
        )
    return at < len(low) and low[at] in DEBRIS_HARM


def _debris_in_a_region(draft: EventDraft) -> bool:
    """'In the Mykolaiv region, falling drone debris started a fire at a farm': debris that no town places is a
    trace of an attack, not one an analyst can map; 'debris fell on a building in Troieshchyna' is the strike."""
    return (
        draft.trigger.payload.phrase in DEBRIS_WORDS
        and draft.place is not None
        and draft.place.place.feature in ("region", "country")
    )


@dataclass
class EventDraft:
    """A sentence-level event before dates are resolved and duplicates merged."""

    cls: str  # trigger class, e.g. strike:air, territory
    event_type: str
    sub_event_type: str
    place: PlaceMention | None
    actor1: str
    actor2: str
    trigger: Match
    unlisted_place: bool = False  # its object is a place the gazetteer lacks ("captured Novoekonomichne")
    told_before: bool = False  # "As a result of the strike, …": the strike the post told last, on its day

    @property
    def base(self) -> str:
        """The trigger class without its weapon: strike, intercept, clash…"""
        return self.cls.split(":")[0]


class EventFinder:
    """Finds the events a sentence reports; knows the post's weapon and last attacker for bare 'strike' mentions."""

    def __init__(
        self, codebook: Codebook, country_place: dict[str, Place], capital_place: dict[str, Place]
    ) -> None:
        self.codebook = codebook
        self.places = EventPlacer(country_place, capital_place)
        self.actors = ActorCoder(codebook)
        self.classifier = TriggerClassifier(codebook)
        self.post_weapon = ""
        self.post_country = ""
        self.post_place: PlaceMention | None = None  # the place a post's headline consists of
        self.last_region: PlaceMention | None = None  # the region the document named last, for 'the region'
        self.last_city: PlaceMention | None = (
            None  # the paragraph's last town ('Kherson … the Dniprovskyi district')
        )
        # the document's last town or village, for 'the village'
        self.last_settlement: PlaceMention | None = None
        # the one city a title or standfirst names ("Poltava City Council: …"): its "Kyivskyi district" is its own
        self.doc_city: PlaceMention | None = None
        # the paragraph reports a casualty or damage: a digest item's tally of explosions is an attack
        self.item_harmed = False
        self.last_case: PlaceMention | None = None  # where the post's last legal action was placed
        self.last_case_at = (-1, -1)  # and the paragraph and sentence that told it
        self.last_envoy = ""  # who held the post's last talks, for "she met … in Moscow" after them
        self.last_hit: PlaceMention | None = None  # where the post's last strike or interception was
        self.last_hit_paragraph = -1  # and the paragraph that told it
        self.last_site: PlaceMention | None = None  # where the last strike on a named terminal, plant … was
        # villages the gazetteer lacks that the document placed ('the village of Bila Hora, south-east of …'), by name
        self.villages: dict[str, Place] = {}
        self.previous: Analysis | None = None  # the sentence before, and whether it told a strike
        self.previous_struck = self.struck = False

    def new_post(self, analyses: list[Analysis], heading: PlaceMention | None = None) -> None:
        counts: dict[str, int] = {}
        countries: dict[str, int] = {}
        for an in analyses:
            for m in self.classifier.used_weapons(an):
                counts[m.payload] = counts.get(m.payload, 0) + 1
            for p in an.places:
                if p.place.country and p.place.feature != "country":
                    countries[p.place.country] = countries.get(p.place.country, 0) + 1
        self.post_weapon = max(counts, key=counts.get) if counts else ""
        self.post_place = heading
        self.last_case = self.last_hit = None
        self.last_envoy = ""
        # "The Office of the Prosecutor General opened an investigation": a body of the country the post is about
        self.post_country = max(countries, key=countries.get) if countries else ""

    def _debris_of_the_post(self, an: Analysis, m: Match) -> bool:
        """'Air defence shot down three drones over the Dzhankoi district. Falling debris damaged a power line':
        debris doing harm, in a sentence that names no place or only places of the same country, after the post
        placed a strike or interception, is the post's weapon's, though the sentence names none ('… debris had
        damaged two houses in the village of Lyamtsino')."""
        last = self.last_hit
        return (
            m.payload.phrase in DEBRIS_WORDS
            and last is not None
            # not a city's district ("In Obolonskyi district, debris damaged a kindergarten"): the city's strike
            and all(
                p.place.country == last.place.country and p.place.feature != "district" for p in an.places
            )
            and _does_harm(an.tokens.lower, m.j)
            and self.post_weapon in self.codebook.event_words["carrier_weapons"]
        )

    @staticmethod
    def _points_back(an: Analysis, m: Match) -> bool:
        """'the attack', 'this strike': the attack told before, not a new one."""
        return m.i > 0 and an.tokens.lower[m.i - 1] in BACK_REFERENCES

    @staticmethod
    def _clause_placed(an: Analysis, m: Match) -> bool:
        lo, hi = clause_of(an.clause_starts, m.i, len(an.tokens))
        return an.place_at(an.tokens.start[lo], an.tokens.end[hi - 1]) is not None

    def _summed_before(self, an: Analysis) -> bool:
        """Whether the sentence before, in this paragraph, opened a total: 'In total, over the day, the enemy
        attacked 34 settlements.'"""
        before = self.previous
        return (
            before is not None
            and before.sentence.paragraph == an.sentence.paragraph
            and TOTAL_OPENER_RE.match(before.lowtext) is not None
        )

    def _weapon_told_before(self, an: Analysis, m: Match) -> str:
        """'The bombs rarely come alone. On Aug. 13, two of them struck a building': the weapon the sentence before
        named, the subject of this one's attack verb; not when that sentence told a strike ("Russian drones
        attacked Sumy. One of them hit a minibus" is that attack, whose toll follows)."""
        before = self.previous
        if (
            before is None
            or self.previous_struck
            or before.sentence.paragraph != an.sentence.paragraph
            or not self.classifier.weapon_pronoun(an, m)
        ):
            return ""
        weapons = self.classifier.used_weapons(before)
        return weapons[-1].payload if weapons else ""

    def _unlisted_village(self, span: tuple[int, int, str]) -> PlaceMention | None:
        """A village the gazetteer lacks that a capture, a clash or a strike is about, in the region the document
        named last, else in the country the post's places are in (the region's or the country's centroid,
        precision 3)."""
        area = self.last_region or self.places.country_level(self.post_country)
        if area is None:
            return None
        start, end, name = span
        return PlaceMention(start, end, name, unlisted_village(name, area.place))

    def _the_last_hit(self, an: Analysis, trig: Match, place: PlaceMention | None) -> bool:
        """'the strike' that names no place of its own (none at all: 'BBC Verify has reconstructed the attack'; or
        only in a speaker's title, not after 'in' or 'on') is the strike the post told last in the same oblast."""
        low, last = an.tokens.lower, self.last_hit
        definite = (
            last is not None and trig.i > 0 and low[trig.i - 1] == "the" and low[trig.i] in ATTACK_NOUNS
        )
        if place is None or last is None:
            # told just before, and not 'the attack of 3 October' or 'the bombing of shopping centres'
            return (
                definite
                and not an.places
                and an.sentence.paragraph - self.last_hit_paragraph <= 1
                and low[trig.j : trig.j + 1] != ("of",)
                and COUNTRYWIDE_RE.search(an.lowtext) is None  # "Across the country, four … in the attack"
            )
        return (
            definite
            and place.place.name != last.place.name
            and one_region(place.place, last.place)
            and not an.after_locative(an.tokens.index_at(place.start))
        )

    def new_paragraph(self, place: PlaceMention | None, harmed: bool = False) -> None:
        """A paragraph starts: the place its opening line or its post's headline names, no town yet, and whether
        it reports a casualty or damage."""
        self.post_place, self.last_city, self.item_harmed = place, None, harmed

    def recall_villages(self, an: Analysis) -> None:
        """'near the village of Bila Hora, south-east of Kostiantynivka', then 'near Bila Hora': the village placed
        before, not a namesake of its first word ("Bila") that the gazetteer has elsewhere."""
        if not self.villages:
            return
        text = an.sentence.text
        for i, p in enumerate(an.places):
            name = next(
                (n for n in self.villages if text.startswith(n, p.start) and len(n) > len(p.surface)), None
            )
            if name is not None:
                an.places[i] = PlaceMention(p.start, p.start + len(name), name, self.villages[name])

    def read_places(self, an: Analysis) -> None:
        """Remember the last region a sentence names, for a later 'the region', and its last town; and the sentence
        itself, for a pronoun after it."""
        self.previous, self.previous_struck, self.struck = an, self.struck, False
        for p in an.places:
            if p.place.feature in ("village", UNLISTED_VILLAGE) and " " in p.surface:
                self.villages[p.surface] = p.place
            if p.place.feature == "region":
                self.last_region = p
            elif p.place.feature == "place":
                self.last_city = self.last_settlement = p
            elif p.place.feature == UNLISTED_VILLAGE:
                self.last_settlement = p

    def find(
        self, an: Analysis, has_casualties: bool, claimant_country: str, published: date
    ) -> list[EventDraft]:
        lowtext = an.lowtext
        if not an.matches_of("trigger") or period_total(an):
            return []  # "killed 58 people … between January 1 and November 15": a period's total, no one event
        if an.sentence.is_headline and not (an.places or an.dates or an.numbers or an.actors()):
            return []  # "A pattern of strikes": a section's heading names no attack
        triggers = [
            m
            for m in an.matches_of("trigger")
            if (needs_met(an, m, lowtext) or self._debris_of_the_post(an, m))
            and not negated(an, m, self.codebook)
            and not sustained(an, m)
            and not (
                m.j < len(an.tokens) and an.tokens.lower[m.j] in self.codebook.event_words["modifier_nouns"]
            )
            and (has_casualties or not background(an, m, published, self.codebook))
            and not tallies_places(an, m, self.codebook)
            and not topic(an, m, self.codebook)
            and not repelled(an, m)
            and not day_toll(an, m, lambda m=m: self.classifier.ground_attack(an, m), self._summed_before(an))
            and not title_list(an, m)
            and (has_casualties or not equipment_moved(an, m, self.codebook))
            and (has_casualties or self.item_harmed or not explosions_tallied(an, m))
            and not befallen_before(an, m)
            and (has_casualties or not characterised(an, m, self.codebook))
            and (has_casualties or not counted_again(an, m))
            and (has_casualties or not counted_attacks(an, m))
            and not area_gained(an, m)
            and not running_total(an, m)
            and (has_casualties or not an_earlier_one(an, m))
            and not losses_tally(an, m)
            and not takes_a_side(an, m)
            and not captured_no_ground(an, m)
            and not describes_a_force(an, m)
            and not talk_intercepted(an, m)
            and not drafted_document(an, m)
        ]
        if not triggers:
            return []
        by_class: dict[str, Match] = {}
        for m in triggers:
            cls = self.classifier.classify(an, m, self.post_weapon)
            if not cls and self._debris_of_the_post(an, m):
                # "Falling debris damaged a power line": the downed drones' strike
                cls = f"strike:{self.post_weapon}"
            if not cls and (weapon := self._weapon_told_before(an, m)):
                cls = f"strike:{weapon}"
            if not cls:
                continue
            # "Most of the attack was directed at the west; in Rivne Oblast, a drone hit …": the hit its clause
            # places, not the attack told before
            if cls in by_class and not (
                cls.startswith("strike:")
                and self._points_back(an, by_class[cls])
                and self._clause_placed(an, m)
            ):
                continue
            if cls != "statement" and not has_casualties and habitual(an, m, self.codebook):
                # "has frequently struck Russia …, but Tuesday's attack": only the attack counts; "will hold
                # exercises", "faces up to 20 years if convicted": not (yet) an event. A threat's own "would" is
                # what the statement says, so statements are exempt
                continue
            if cls == "diplomacy" and (domestic_visit(an, m, claimant_country) or to_the_press(an, m)):
                continue
            if cls == "statement" and unofficial_voice(an, m):
                continue
            by_class[cls] = m
        downed = by_class.get("intercept")
        adjective = (
            downed is not None and downed.i > 0 and an.tokens.lower[downed.i - 1] in ("a", "an", "the")
        )
        if adjective and any(c.startswith("strike") for c in by_class):
            del by_class["intercept"]  # "debris from a downed drone hit a building": the hit is the event
        present = {c.split(":")[0] for c in by_class}
        for cls in list(by_class):
            base = cls.split(":")[0]
            if any(base in self.codebook.suppresses.get(other, ()) for other in present if other != base):
                del by_class[cls]
        strikes = [c for c in by_class if c.startswith("strike:")]
        self.struck = bool(strikes)
        for extra in strikes[1:]:  # one remote-violence event per sentence: the first trigger's weapon
            del by_class[extra]
        denials = self.codebook.event_words["denial_verbs"]
        denial = next((m for m in by_class.values() if m.payload.phrase in denials), None)
        if denial is not None and not has_casualties:
            # "The Kremlin denied that it was preparing a new wave of mobilisation": the denial is the event, and
            # "Russia denies destroying the dam" (a standing position) none
            standing = standing_denial(an, denial)
            by_class = {c: m for c, m in by_class.items() if m.i < denial.i or (m is denial and not standing)}
        denied_before = self.codebook.event_words["denied_before"]
        predicate = next((m for m in by_class.values() if m.payload.phrase in denied_before), None)
        if predicate is not None and not has_casualties:
            # "a second wave of mobilisation was not on the agenda": what the clause denies is no event
            lo, _ = clause_of(an.clause_starts, predicate.i, len(an.tokens))
            by_class = {c: m for c, m in by_class.items() if m is predicate or not lo <= m.i < predicate.i}
        drafts = [self._draft(an, cls, m, claimant_country, published) for cls, m in by_class.items()]
        # "have taken control of Kurakhove and Velyka Novosilka": each place taken is an event of its own
        drafts += [
            replace(d, place=other)
            for d in drafts
            if d.base == "territory" and d.place is not None and d.place.place.feature in SETTLEMENT_FEATURES
            for other in listed_with(an, d.place)
        ]
        # "51 assaults in the Pokrovsk direction, … and 19 in the Kostiantynivka direction": a clash per direction
        drafts += [
            replace(d, place=other)
            for d in drafts
            if d.base == "clash" and d.place is not None and axis_town(an, d.place)
            for other in an.places
            if other.start > d.place.end and axis_town(an, other) and other.place.name != d.place.place.name
        ]
        # debris placed only by a region is no event, unless it killed or injured someone there
        return [
            d
            for d in drafts
            if not _debris_in_a_region(d) or (has_casualties and not no_casualties(an, self.codebook))
        ]

    def _draft(
        self, an: Analysis, cls: str, trig: Match, claimant_country: str, published: date
    ) -> EventDraft:
        event_type, sub_type = self.codebook.class_to_type[cls]
        base = cls.split(":")[0]
        place = self.places.place(
            an,
            trig,
            base,
            self.post_place,
            self.last_region,
            self.last_city,
            self.last_settlement,
            self.doc_city,
        )
        if not an.places and base in ("strike", "clash") and (village := _named_village(an)):
            # "Another drone crashed into a barn in the village of Wereszyn near Hrubieszów", "Near the village of
            # Riasne, border guards … repelled …": the village the gazetteer lacks, in the region the post named
            # last, not the post's dateline city
            place = self._unlisted_village(village) or place
        told_before = base == "strike" and self._the_last_hit(an, trig, place)
        summons = base == "diplomacy" and an.tokens.lower[trig.i].startswith("summon")
        if summons and place is not None and place.start > trig.start:
            between = an.tokens.lower[trig.j : an.tokens.index_at(place.start)]
            if not ENVOY_WORDS.isdisjoint(between):
                # "summoned the chargé d'affaires of Ukraine in Belarus": his posting, not the venue
                place = None
        actor1 = self.actors.actor1(an, trig, base, place, claimant_country, self.post_country, published)
        if base == "diplomacy":
            # "ICRC President Mirjana Spoljaric met … in Kyiv on Monday. On Wednesday, she met Russia's Foreign
            # Minister Sergei Lavrov in Moscow": she is the envoy of the talks before
            if self.last_envoy and an.tokens.lower[max(0, trig.i - 1) : trig.i] in PRONOUNS:
                actor1 = self.last_envoy
            self.last_envoy = actor1
        if summons and actor1 and (place is None or place.place.feature == "country"):
            place = self.places.capital(actor1)  # "Latvia's foreign ministry summoned …": in Riga
        sanction_words = self.codebook.event_words["sanction_words"]
        if base == "diplomacy" and any(w in trig.payload.phrase for w in sanction_words):
            place = self.places.country_level(
                actor1
            )  # sanctions are placed with the country that imposes them
        elif base == "diplomacy" and (
            REMOTE_TALKS_RE.search(an.lowtext) or (place and place.place.feature == "sea")
        ):
            place = None  # "discussed shipping in the Black Sea … in a phone call": talks with no venue
        elif (
            place is None
            and base == "legal"
            and self.last_case is not None
            and (
                an.tokens.lower[:1] in PRONOUNS
                or self.last_case_at == (an.sentence.paragraph, an.sentence.index - 1)
            )
        ):
            # "… detained a resident of Shostka. He has been served a notice …", "… detained a resident of Mozyr.
            # A criminal case has been opened for high treason": his case
            place = self.last_case
        elif (
            place is None
            and self.last_site is not None
            and base in ("strike", "intercept")
            and names_the(an.tokens.lower, SITE_WORDS)
        ):
            # "… the terminal at Yuzhnaya Ozereyevka was attacked. Four other boats were destroyed on the approaches
            # to the terminal": the site told before
            place = self.last_site
        elif place is None and base in (*COUNTRY_FALLBACK, "intercept"):
            place = self.places.country_level(actor1)
        elif (
            place is None or (not an.places and place.place.feature in ("region", "country"))
        ) and self._debris_of_the_post(an, trig):
            # "… shot down over the Dzhankoi district. Falling debris damaged a line": where the drone came down,
            # not the post's region
            place = self.last_hit
        elif told_before:
            # "… struck the warehouse in Pisochyn. As a result of the strike, one guard was killed, the head of
            # the Kharkiv Regional Military Administration said": that strike, not his city
            place = self.last_hit
        if base == "legal":
            self.last_case, self.last_case_at = place, (an.sentence.paragraph, an.sentence.index)
        if place is not None and base in ("strike", "intercept"):
            self.last_hit, self.last_hit_paragraph = place, an.sentence.paragraph
            if not SITE_WORDS.isdisjoint(an.tokens.lower):
                self.last_site = place
        actor2 = self.actors.actor2(an, base, actor1, place)
        span = unlisted_name(an, trig) if place is None else None
        unlisted = span is not None
        if span is not None and base in GROUND_BASES:
            # "had captured Novoekonomichne": the name, placed coarsely
            place = self._unlisted_village(span)
        return EventDraft(cls, event_type, sub_type, place, actor1, actor2, trig, unlisted, told_before)


def no_casualties(an: Analysis, codebook: Codebook) -> bool:
    """'There were no casualties', 'no one was hurt': a reported zero."""
    return any(p in an.lowtext for p in codebook.event_words["no_casualty_phrases"])


def _named_village(an: Analysis) -> tuple[int, int, str] | None:
    """The character span and name of 'the village of X' in a sentence (one that names no known place)."""
    m = next(named_villages(an.sentence.text), None)
    return (*m.span(1), m.group(1)) if m is not None else None
