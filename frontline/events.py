"""Event detection in one sentence: trigger classes, weapon, place, actors, casualties."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from frontline.analysis import Analysis
from frontline.clauses import clause_of
from frontline.codebook import COUNTRY_FALLBACK, Codebook, Trigger
from frontline.event_actors import ActorCoder, side_before
from frontline.event_filters import (
    background,
    befallen_before,
    characterised,
    counted_again,
    day_toll,
    domestic_visit,
    equipment_moved,
    explosions_tallied,
    habitual,
    needs_met,
    negated,
    period_total,
    repelled,
    running_total,
    tallies_places,
    title_list,
    topic,
)
from frontline.event_places import EventPlacer, names_unlisted_place
from frontline.lexicon import Match
from frontline.records import UNLISTED_VILLAGE, Place, PlaceMention

PRONOUNS = frozenset((("he",), ("she",), ("they",)))  # a sentence that goes on about the person just named
OBJECT_REACH = 8  # tokens from 'destroyed' to its object: 'destroyed 11 of the 14 Shahed drones'
SUBJECT_REACH = 4  # tokens from a force to its attack: 'Russian forces continued limited attacks'
# talks with no venue: "in a phone call", "by video link"
REMOTE_TALKS_RE = re.compile(
    r"\b(?:phone|telephone|video) (?:call|conversation|talks|link)\b|\bby (?:phone|video)\b"
)
INSTRUMENT_WORDS = frozenset(("with", "using"))  # "hit the port with missiles": the weapon used
# ground targets that use a weapon rather than keep it: "drone operators hit a boat", "missile systems fired"
WEAPON_USERS = frozenset(
    ("crew", "crews", "operators", "launcher", "launchers", "system", "systems", "carrier", "carriers")
)
AIRBORNE = frozenset(("air", "artillery"))  # drones, missiles and shells in flight, not mines
PERFECT_AUX = frozenset(("had", "has", "have"))
LAUNCH_REACH = 8  # tokens after 'fired' within which its target ('at …') stands
PASSIVE_AUX = frozenset(("was", "were", "been", "being"))
DEBRIS_WORDS = frozenset(("debris", "wreckage", "fragments"))  # the codebook's triggers for what a drone left
ADVERBS = frozenset(("also", "again", "then", "later", "overnight"))  # may stand between a force and its verb


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

    @property
    def base(self) -> str:
        """The trigger class without its weapon: strike, intercept, clash…"""
        return self.cls.split(":")[0]


class EventFinder:
    """Finds the events a sentence reports; knows the post's weapon and last attacker for bare 'strike' mentions."""

    def __init__(self, codebook: Codebook, country_place: dict[str, Place]) -> None:
        self.codebook = codebook
        self.places = EventPlacer(country_place)
        self.actors = ActorCoder(codebook)
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

    def new_post(self, analyses: list[Analysis], heading: PlaceMention | None = None) -> None:
        counts: dict[str, int] = {}
        countries: dict[str, int] = {}
        for an in analyses:
            for m in self._used_weapons(an):
                counts[m.payload] = counts.get(m.payload, 0) + 1
            for p in an.places:
                if p.place.country and p.place.feature != "country":
                    countries[p.place.country] = countries.get(p.place.country, 0) + 1
        self.post_weapon = max(counts, key=counts.get) if counts else ""
        self.post_place = heading
        self.last_case = None
        # "The Office of the Prosecutor General opened an investigation": a body of the country the post is about
        self.post_country = max(countries, key=countries.get) if countries else ""

    def new_paragraph(self, place: PlaceMention | None, harmed: bool = False) -> None:
        """A paragraph starts: the place its opening line or its post's headline names, no town yet, and whether
        it reports a casualty or damage."""
        self.post_place, self.last_city, self.item_harmed = place, None, harmed

    def read_places(self, an: Analysis) -> None:
        """Remember the last region a sentence names, for a later 'the region', and its last town."""
        for p in an.places:
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
        triggers = [
            m
            for m in an.matches_of("trigger")
            if needs_met(an, m, lowtext)
            and not negated(an, m, self.codebook)
            and not (
                m.j < len(an.tokens) and an.tokens.lower[m.j] in self.codebook.event_words["modifier_nouns"]
            )
            and (has_casualties or not background(an, m, published, self.codebook))
            and not tallies_places(an, m, self.codebook)
            and not topic(an, m, self.codebook)
            and not repelled(an, m)
            and not day_toll(an, m, lambda m=m: self._ground_attack(an, m))
            and not title_list(an, m)
            and (has_casualties or not equipment_moved(an, m, self.codebook))
            and (has_casualties or self.item_harmed or not explosions_tallied(an, m))
            and not befallen_before(an, m)
            and (has_casualties or not characterised(an, m, self.codebook))
            and (has_casualties or not counted_again(an, m))
            and not running_total(an, m)
        ]
        if not triggers:
            return []
        by_class: dict[str, Match] = {}
        for m in triggers:
            cls = self._class_of(an, m)
            if not cls or cls in by_class:
                continue
            if cls != "statement" and not has_casualties and habitual(an, m, self.codebook):
                # "has frequently struck Russia …, but Tuesday's attack": only the attack counts; "will hold
                # exercises", "faces up to 20 years if convicted": not (yet) an event. A threat's own "would" is
                # what the statement says, so statements are exempt
                continue
            if cls == "diplomacy" and domestic_visit(an, m):
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
        for extra in strikes[1:]:  # one remote-violence event per sentence: the first trigger's weapon
            del by_class[extra]
        denials = self.codebook.event_words["denial_verbs"]
        denial = next((m.i for m in by_class.values() if m.payload.phrase in denials), None)
        if denial is not None and not has_casualties:
            # "The Kremlin denied that it was preparing a new wave of mobilisation": the denial is the event
            by_class = {c: m for c, m in by_class.items() if m.i <= denial}
        drafts = [self._draft(an, cls, m, claimant_country) for cls, m in by_class.items()]
        # debris placed only by a region is no event, unless it killed or injured someone there
        return [
            d
            for d in drafts
            if not _debris_in_a_region(d) or (has_casualties and not no_casualties(an, self.codebook))
        ]

    def _class_of(self, an: Analysis, m: Match) -> str:
        trig: Trigger = m.payload
        low = an.tokens.lower
        people = self.codebook.event_words["capture_of_people"]
        expelled = "out" in low[m.j : m.j + 6]  # "pushed Russian troops out of Kindrativka": ground taken
        if (
            trig.cls == "territory"
            and not expelled
            and (
                any(t in people for t in low[m.j : m.j + 5])
                or (
                    m.i > 0
                    and low[m.i - 1] in PASSIVE_AUX
                    and any(t in people for t in low[max(0, m.i - 5) : m.i])
                )
            )
        ):
            return "clash"  # "captured one wounded soldier", "a soldier was captured": fighting, not ground taken
        if trig.cls == "territory" and not self.codebook.event_words["seized_goods"].isdisjoint(
            low[m.j : m.j + 5]
        ):
            return ""  # "detained three suspects and seized a van and two mobile phones": goods, not ground
        if trig.cls == "clash" and self._downs_weapons(an, m, AIRBORNE):
            return "intercept"  # "air defence forces repelled an attack by three UAVs": drones, not troops
        if trig.cls == "statement" and low[m.j : m.j + 1] == ("of",) and low[m.i] in ("warned", "warns"):
            return ""  # "the Air Force warned of attack drones approaching": an alert, not a threat
        if trig.cls != "strike":
            return trig.cls
        words = self.codebook.event_words
        if low[m.i] in words["launch_verbs"] and not self._launched_at(low, m):
            return ""  # "fired from submarines in the Barents Sea": a launch, not an attack
        if trig.phrase in words["intercept_verbs"] and (
            any(cue in an.lowtext for cue in words["intercept_cues"]) or self._downs_weapons(an, m)
        ):
            return "intercept"  # "air defence units destroyed 34 drones": a kill in the air, not a strike
        if trig.weapon == "explosive":
            lo, hi = clause_of(an.clause_starts, m.i, len(an.tokens))
            carriers = [
                w for w in self._used_weapons(an) if w.payload in words["carrier_weapons"] and lo <= w.i < hi
            ]
            if carriers:
                return f"strike:{carriers[0].payload}"  # "a Russian drone blew up a car": the drone's strike
        if trig.weapon:
            weapons = an.of_kind("weapon")
            named = next((w for w in weapons if w.i == m.i), None)  # the "drone" of "drone attack"
            partner = self._joined_weapon(an, weapons, named) if named is not None else None
            if partner is not None and "artillery" in (partner.payload, trig.weapon):
                return "strike:artillery"  # "a massive missile and drone attack": a combined attack is a missile attack
            return f"strike:{trig.weapon}"
        weapons = self._used_weapons(an)
        if weapons:
            lo, hi = clause_of(an.clause_starts, m.i, len(an.tokens))
            carriers = [w for w in weapons if w.payload in words["carrier_weapons"] and lo <= w.i < hi]
            # "struck a centre for drone operators with Iskander missiles": the instrument named after "with"
            instruments = (
                [
                    w
                    for w in weapons
                    if lo <= w.i < hi
                    and not INSTRUMENT_WORDS.isdisjoint(an.tokens.lower[max(0, w.i - 3) : w.i])
                ]
                if len(weapons) > 1
                else []
            )
            nearest = min(instruments or carriers or weapons, key=lambda w: abs(w.i - m.i))
            partner = self._joined_weapon(an, weapons, nearest)
            if partner is not None and "artillery" in (partner.payload, nearest.payload):
                return "strike:artillery"  # "missiles and drones struck Odesa": a combined attack is a missile attack
            return f"strike:{nearest.payload}"  # "a drone dropped an explosive device": the drone's strike
        if self._ground_attack(an, m):
            return "clash"
        is_noun = an.tokens.lower[m.i] in self.codebook.event_words["generic_strike_nouns"]
        if is_noun and self.post_weapon:
            return f"strike:{self.post_weapon}"
        if is_noun and side_before(an, m) and an.places:
            return "strike:artillery"
        if self._armed_subject(an, m) and an.places:
            # no weapon named: the post's weapon ("an attack by aerial drones and unmanned boats … Ukrainian forces
            # had struck a landing ship"), else ACLED's default for remote violence
            return f"strike:{self.post_weapon or 'artillery'}"
        return ""

    @staticmethod
    def _joined_weapon(an: Analysis, weapons: list[Match], weapon: Match) -> Match | None:
        """The weapon coordinated with this one ('missiles and drones', 'drone and missile attack'), if any."""
        low = an.tokens.lower
        for other in weapons:
            lo, hi = (other, weapon) if other.j <= weapon.i else (weapon, other)
            if other is not weapon and 0 < hi.i - lo.j <= 2 and set(low[lo.j : hi.i]) <= {"and", ",", "&"}:
                return other
        return None

    def _launched_at(self, low: tuple[str, ...], m: Match) -> bool:
        """'fired ATACMS missiles at a Russian arsenal': a target follows before any 'from'."""
        for t in low[m.j : m.j + LAUNCH_REACH]:
            if t == "from":
                return False
            if t in self.codebook.event_words["launch_targets"]:
                return True
        return False

    def _used_weapons(self, an: Analysis) -> list[Match]:
        """The sentence's weapons but those a target made or kept: 'a workshop where troops were assembling attack
        drones' and 'a drone storage site' were not struck by drones."""
        words, low = self.codebook.event_words, an.tokens.lower
        handled, kept = words["weapon_handling"], words["ground_targets"] - WEAPON_USERS
        return [
            w
            for w in an.of_kind("weapon")
            if handled.isdisjoint(low[max(0, w.i - 2) : w.i]) and (w.j >= len(low) or low[w.j] not in kept)
        ]

    def _downs_weapons(self, an: Analysis, m: Match, kinds: frozenset[str] | None = None) -> bool:
        """'the air force said it destroyed 11 of the 14 Shahed drones': what was destroyed is the weapons in
        flight ('destroyed two missile launchers' and 'a drone depot' are things on the ground)."""
        low = an.tokens.lower
        if m.i > 0 and low[m.i - 1] in ("a", "an", "the"):
            return False  # "debris from a destroyed drone": an adjective, no act of destroying
        _, hi = clause_of(an.clause_starts, m.i, len(low))
        after = [w for w in an.of_kind("weapon") if m.j <= w.i < min(hi, m.j + OBJECT_REACH)]
        if not after:
            return False
        w = after[0]
        if kinds is not None and w.payload not in kinds:
            return False  # "pushed into the outskirts near the mine waste heaps": no drone in the air
        return w.j >= len(low) or low[w.j] not in self.codebook.event_words["ground_targets"]

    def _ground_attack(self, an: Analysis, m: Match) -> bool:
        """'Russian forces continued limited attacks near Yunakivka', 'troops attacked Russian positions': a
        force's attack on the ground, with no weapon in its clause, is a clash, not a strike."""
        words, low = self.codebook.event_words, an.tokens.lower
        if low[m.i] not in words["ground_attack_words"]:
            return False
        lo, hi = clause_of(an.clause_starts, m.i, len(low))
        if not any(low[k] in words["armed_subjects"] for k in range(max(lo, m.i - SUBJECT_REACH), m.i)):
            return False
        return not words["ground_cues"].isdisjoint(low[lo:hi])

    def _armed_subject(self, an: Analysis, m: Match) -> bool:
        """ "Russian forces struck Bilopillia", "Ukrainian troops also shelled …": a side's force attacks."""
        words, low = self.codebook.event_words, an.tokens.lower
        if low[m.i] not in words["attack_verbs"]:
            return False
        if m.j < len(low) and low[m.j] in words["attack_verb_particles"]:
            return False  # "Russian forces hit back at critics": not an attack
        k = m.i - 1
        while k > 0 and (low[k] in ADVERBS or low[k].endswith("ly") or low[k] in PERFECT_AUX):
            k -= 1  # "Ukrainian forces had struck", "Russian troops also shelled"
        return k > 0 and low[k] in words["armed_subjects"] and bool(side_before(an, m))

    def _draft(self, an: Analysis, cls: str, trig: Match, claimant_country: str) -> EventDraft:
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
        if (
            place is None
            and base == "diplomacy"
            and an.tokens.lower[trig.i].startswith("summon")
            and claimant_country
            and not any(
                m.j <= trig.i for m, _ in an.country_actors()
            )  # not "Warsaw summons", "Germany has …"
        ):
            # "The Foreign Ministry summoned the Belarusian chargé d'affaires": the ministry of the side reporting
            place = self.places.country_level(claimant_country)
        actor1 = self.actors.actor1(an, trig, base, place, claimant_country, self.post_country)
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
            and an.tokens.lower[:1] in PRONOUNS
        ):
            place = (
                self.last_case
            )  # "… detained a resident of Shostka. He has been served a notice …": his case
        elif place is None and base in (*COUNTRY_FALLBACK, "intercept"):
            place = self.places.country_level(actor1)
        if base == "legal":
            self.last_case = place
        actor2 = self.actors.actor2(an, base, actor1, place)
        unlisted = place is None and names_unlisted_place(an, trig)
        return EventDraft(cls, event_type, sub_type, place, actor1, actor2, trig, unlisted)


def no_casualties(an: Analysis, codebook: Codebook) -> bool:
    """'There were no casualties', 'no one was hurt': a reported zero."""
    return any(p in an.lowtext for p in codebook.event_words["no_casualty_phrases"])
