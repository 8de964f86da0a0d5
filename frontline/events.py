"""Event detection in one sentence: trigger classes, weapon, place, actors, casualties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontline.analysis import PLACE_ADJECTIVES, Analysis
from frontline.clauses import clause_of
from frontline.codebook import Codebook, Trigger
from frontline.lexicon import Match
from frontline.records import Place, PlaceMention, specificity

KINETIC = frozenset({"strike", "intercept", "clash", "territory"})
OBJECT_REACH = 8  # tokens from 'destroyed' to its object: 'destroyed 11 of the 14 Shahed drones'
SUBJECT_REACH = 4  # tokens from a force to its attack: 'Russian forces continued limited attacks'
POLITICAL = frozenset({"diplomacy", "statement", "legal"})
PLACE_BOUND = frozenset({"strike", "intercept", "clash", "territory", "deploy", "exercise"})
COUNTRY_FALLBACK = frozenset({"draft", "legal"})
# words that open another clause: a place beyond them is not where this trigger happened
CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but"})
BACKGROUND_REACH = 10  # tokens around a trigger within which an earlier year makes it history
MARKER_REACH = 6  # tokens before a trigger within which 'regular', 'would', 'frequently' make it no one event
DESTINATION_REACH = 10  # tokens after a deployment verb within which its destination stands
LIST_IS_NATIONAL = 4  # regions of one country named for one event: a national summary
PLACE_REACH = 12  # tokens from a trigger within which a bare place name is where it happened
LOCATED_REACH = 30  # the same for a place introduced by in/on/at/near… ("… in the city of Gudermes")
LAUNCH_REACH = 8  # tokens after 'fired' within which its target ('at …') stands
OWN_POSSESSIVES = frozenset(("its", "their", "our"))  # "said its drones had hit": the speaker's side
PASSIVE_AUX = frozenset(("was", "were", "been", "being"))
OBJECT_LEAD_INS = frozenset(("the", "village", "town", "city", "settlement", "of"))
ADVERBS = frozenset(("also", "again", "then", "later", "overnight"))  # may stand between a force and its verb


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


def _requirements_met(an: Analysis, trig: Trigger, lowtext: str) -> bool:
    return not trig.requires_any or any(word in lowtext for word in trig.requires_any)


class EventFinder:
    """Finds the events a sentence reports; knows the post's weapon and last attacker for bare 'strike' mentions."""

    def __init__(self, codebook: Codebook, country_place: dict[str, Place]) -> None:
        self.codebook = codebook
        self.country_place = country_place  # country name -> its gazetteer entry, for country-level events
        self.post_weapon = ""
        self.post_country = ""
        self.post_place: PlaceMention | None = None  # the place a post's headline consists of

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
        # "The Office of the Prosecutor General opened an investigation": a body of the country the post is about
        self.post_country = max(countries, key=countries.get) if countries else ""

    def find(
        self, an: Analysis, has_casualties: bool, claimant_country: str, published: date
    ) -> list[EventDraft]:
        lowtext = an.lowtext
        triggers = [
            m
            for m in an.matches_of("trigger")
            if _requirements_met(an, m.payload, lowtext)
            and not self._negated(an, m)
            and not (
                m.j < len(an.tokens) and an.tokens.lower[m.j] in self.codebook.event_words["modifier_nouns"]
            )
            and (has_casualties or not self._background(an, m, published))
        ]
        if not triggers:
            return []
        by_class: dict[str, Match] = {}
        for m in triggers:
            cls = self._class_of(an, m)
            if not cls or cls in by_class:
                continue
            if cls.split(":")[0] in PLACE_BOUND and not has_casualties and self._habitual(an, m):
                continue  # "has frequently struck Russia …, but Tuesday's attack": only the attack counts
            by_class[cls] = m
        present = {c.split(":")[0] for c in by_class}
        for cls in list(by_class):
            base = cls.split(":")[0]
            if any(base in self.codebook.suppresses.get(other, ()) for other in present if other != base):
                del by_class[cls]
        strikes = [c for c in by_class if c.startswith("strike:")]
        for extra in strikes[1:]:  # one remote-violence event per sentence: the first trigger's weapon
            del by_class[extra]
        denials = self.codebook.event_words["denial_verbs"]
        denial = next((m.i for m in by_class.values() if an.tokens.lower[m.i] in denials), None)
        if denial is not None and not has_casualties:
            # "The Kremlin denied that it was preparing a new wave of mobilisation": the denial is the event
            by_class = {c: m for c, m in by_class.items() if m.i <= denial}
        return [self._draft(an, cls, m, claimant_country) for cls, m in by_class.items()]

    def _negated(self, an: Analysis, m: Match) -> bool:
        """'has not denied', 'does not by itself mean a new call-up': a negation shortly before, same clause."""
        for t in reversed(an.tokens.lower[max(0, m.i - self.codebook.negation_reach) : m.i]):
            if t in (",", ";", ":"):
                return False
            if t in self.codebook.negations:
                return True
        return False

    def _background(self, an: Analysis, m: Match, published: date) -> bool:
        """A trigger next to an earlier year ('recaptured in November 2022', 'won lawsuits in 2020') is history,
        unless the sentence names a day."""
        if any(d.precision == "day" for d in an.dates):
            return False
        low = an.tokens.lower
        return any(
            low[i - 1] in self.codebook.background_year_words and 1900 < int(low[i]) < published.year
            for i in an.four_digit_tokens
            if max(1, m.i - BACKGROUND_REACH) <= i < m.j + BACKGROUND_REACH
        )

    def _habitual(self, an: Analysis, m: Match) -> bool:
        """'regular drone attacks', 'has frequently struck', 'would treat … strikes': not one event."""
        window = an.tokens.lower[max(0, m.i - MARKER_REACH) : m.i]
        markers = self.codebook.non_event_markers
        return any(window[k : k + n] in markers for n in (1, 2, 3) for k in range(len(window)))

    def _class_of(self, an: Analysis, m: Match) -> str:
        trig: Trigger = m.payload
        low = an.tokens.lower
        people = self.codebook.event_words["capture_of_people"]
        if trig.cls == "territory" and (
            any(t in people for t in low[m.j : m.j + 5])
            or (
                m.i > 0
                and low[m.i - 1] in PASSIVE_AUX
                and any(t in people for t in low[max(0, m.i - 5) : m.i])
            )
        ):
            return "clash"  # "captured one wounded soldier", "a soldier was captured": fighting, not ground taken
        if trig.cls != "strike":
            return trig.cls
        words = self.codebook.event_words
        if low[m.i] in words["launch_verbs"] and not self._launched_at(low, m):
            return ""  # "fired from submarines in the Barents Sea": a launch, not an attack
        if trig.phrase in words["intercept_verbs"] and (
            any(cue in an.lowtext for cue in words["intercept_cues"]) or self._downs_weapons(an, m)
        ):
            return "intercept"  # "air defence units destroyed 34 drones": a kill in the air, not a strike
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
            nearest = min(carriers or weapons, key=lambda w: abs(w.i - m.i))
            partner = self._joined_weapon(an, weapons, nearest)
            if partner is not None and "artillery" in (partner.payload, nearest.payload):
                return "strike:artillery"  # "missiles and drones struck Odesa": a combined attack is a missile attack
            return f"strike:{nearest.payload}"  # "a drone dropped an explosive device": the drone's strike
        if self._ground_attack(an, m):
            return "clash"
        is_noun = an.tokens.lower[m.i] in self.codebook.event_words["generic_strike_nouns"]
        if is_noun and self.post_weapon:
            return f"strike:{self.post_weapon}"
        if is_noun and self._side_before(an, m) and an.places:
            return "strike:artillery"
        if self._armed_subject(an, m) and an.places:
            return "strike:artillery"  # no weapon named: ACLED's default for remote violence
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
        drones' was not struck by drones."""
        low, handled = an.tokens.lower, self.codebook.event_words["weapon_handling"]
        return [w for w in an.of_kind("weapon") if handled.isdisjoint(low[max(0, w.i - 2) : w.i])]

    def _downs_weapons(self, an: Analysis, m: Match) -> bool:
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
        if k > 0 and (low[k] in ADVERBS or low[k].endswith("ly")):
            k -= 1
        return k > 0 and low[k] in words["armed_subjects"] and bool(self._side_before(an, m))

    def _side_before(self, an: Analysis, m: Match) -> str:
        """The country named just before a trigger ('Russian drone attack', "Russia's strike"); not a capital,
        which before a verb is the place hit ('Kyiv hit by record drone barrage')."""
        for a in an.actors():
            if a.payload.actor.kind == "country" and a.payload.form != "metonym" and 0 <= m.i - a.j <= 3:
                return a.payload.actor.name
        return ""

    def _acting_sides(self, an: Analysis, before: int) -> list[str]:
        """Countries acting before a token: 'Russia attacked', 'Russian troops'; not 'the Chechen leader'."""
        low = an.tokens.lower
        sides = []
        for m, ref in an.country_actors():
            if m.j > before:
                continue
            nxt = low[m.j] if m.j < len(low) else ""
            if ref.form == "metonym" or (
                ref.form == "demonym" and nxt not in self.codebook.event_words["force_words"]
            ):
                continue  # a capital is usually a dateline or a place; a demonym must qualify a force
            sides.append(ref.actor.name)
        return sides

    def _draft(self, an: Analysis, cls: str, trig: Match, claimant_country: str) -> EventDraft:
        event_type, sub_type = self.codebook.class_to_type[cls]
        base = cls.split(":")[0]
        place = self._place(an, trig, base)
        actor1 = self._actor1(an, trig, base, place, claimant_country)
        sanction_words = self.codebook.event_words["sanction_words"]
        if base == "diplomacy" and any(w in trig.payload.phrase for w in sanction_words):
            place = self._country_level(actor1)  # sanctions are placed with the country that imposes them
        elif place is None and base in (*COUNTRY_FALLBACK, "intercept"):
            place = self._country_level(actor1)
        actor2 = self._actor2(an, base, actor1, place)
        unlisted = place is None and self._names_unlisted_place(an, trig)
        return EventDraft(cls, event_type, sub_type, place, actor1, actor2, trig, unlisted)

    def _names_unlisted_place(self, an: Analysis, trig: Match) -> bool:
        """'had captured Novoekonomichne', 'attacked the village of X': a capitalised name the trigger acts on that
        neither the gazetteer nor the codebook knows."""
        low, text = an.tokens.lower, an.tokens.text
        k = trig.j
        while k < len(low) and low[k] in OBJECT_LEAD_INS:
            k += 1
        if k >= len(low) or not (text[k][:1].isupper() and text[k].isalpha()):
            return False
        return (
            not any(m.i == k for m in an.matches_of("actor", "generic"))
            and an.place_at(an.tokens.start[k], an.tokens.end[k]) is None
        )

    def _place(self, an: Analysis, trig: Match, base: str) -> PlaceMention | None:
        """Where it happened: a place after 'in/on/at/near/over…' close to the trigger, the most specific first;
        in a digest's item headed by a place ('Antonivka'), that place when the sentence names none."""
        if base not in PLACE_BOUND | COUNTRY_FALLBACK | {"diplomacy"}:
            return None
        if not an.places:
            return self.post_place if base in PLACE_BOUND and not an.sentence.is_headline else None
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
            return i == trig.j or (
                i == trig.j + 1 and (low[trig.j] == "the" or low[trig.j] in PLACE_ADJECTIVES)
            )

        def possessor(p: PlaceMention) -> bool:
            """ "members of Ukraine's Azov brigade", "Kyiv's forces": a country, or a capital standing for its
            government, qualifies something that is not a place; a town's is where it stands ("Odesa's port")."""
            j = toks.index_at(p.end)
            return (
                (p.place.feature == "country" or toks.index_at(p.start) in sides)
                and j < len(low)
                and low[j] == "'s"
                and not any(toks.index_at(q.start) == j + 1 for q in an.places)
            )

        def reach(p: PlaceMention) -> int:
            i = toks.index_at(p.start)
            lo, hi = sorted((i, trig.i))
            if CLAUSE_BREAKS & set(low[lo:hi]):
                return (
                    10**6
                )  # another clause ("…strike forces power cuts; Russia says it retook a village in X")
            if base == "deploy" and (i < trig.j or i - trig.j > DESTINATION_REACH):
                return 10**6  # a deployment's place is its destination, right after the verb
            return i - trig.j if i >= trig.j else trig.i - i

        candidates = [p for p in an.places if not possessor(p)]
        if any(is_object(toks.index_at(p.start)) for p in candidates):
            # "closed airports in Rzeszów as Russia attacked western Ukraine": the object, not an earlier clause
            candidates = [p for p in candidates if p.end > trig.start or is_object(toks.index_at(p.start))]
        pool = [p for p in candidates if located(p) and reach(p) <= LOCATED_REACH]
        frame = next((p for p in pool if toks.index_at(p.start) == 1 and low[0] == "in"), None)
        if frame is not None and toks.index_at(frame.end) < len(low) and low[toks.index_at(frame.end)] == ",":
            # "In Bryansk, the governor said a drone hit a depot on the outskirts of Klintsy": the opening names
            # the area; a place in it that the report itself names is where it happened
            inside = [
                q
                for q in pool
                if q is not frame
                and (q.place.country, q.place.admin1) == (frame.place.country, frame.place.admin1)
            ]
            if inside:
                pool = inside
        if not pool and base in COUNTRY_FALLBACK:  # "Kyiv court jails …": the place names the court's seat
            pool = [
                p
                for p in candidates
                if 0 < trig.i - toks.index_at(p.end) <= 1 and p.place.feature != "country"
            ]
        if not pool and base not in COUNTRY_FALLBACK | {"diplomacy", "intercept"}:
            # "shelled Kherson", "Blasts shook Kyiv after a drone attack": the object is the place
            pool = [
                p
                for p in candidates
                if reach(p) <= PLACE_REACH
                and low[toks.index_at(p.start) - 1] not in ("by", "from")
                and p.place.feature != "country"  # "Russia held an exercise": a country here is a side
            ]
        if not pool:
            return None
        best = min(pool, key=lambda p: (*specificity(p.place), reach(p)))
        return self._summarised(an, best) or best

    def _summarised(self, an: Analysis, best: PlaceMention) -> PlaceMention | None:
        """'shot down over the Kyiv, Chernihiv, Sumy … regions': a list this long is the country's tally."""
        listed = [
            p for p in an.places if p.place.feature == "region" and p.place.country == best.place.country
        ]
        if best in listed and len(listed) >= LIST_IS_NATIONAL:
            return self._country_level(best.place.country)
        return None

    def _country_level(self, country: str) -> PlaceMention | None:
        place = self.country_place.get(country)
        return PlaceMention(0, 0, country, place) if place else None

    def _actor1(
        self, an: Analysis, trig: Match, base: str, place: PlaceMention | None, claimant_country: str
    ) -> str:
        if base == "statement" and claimant_country:
            return claimant_country  # a statement is the speaker's side's
        side = self._side_before(an, trig)
        if side:
            return side
        after_by = self._by_actor(an, trig)
        if after_by and base != "intercept":
            return after_by
        if base == "intercept":
            return self._interceptor(an, trig, place, claimant_country)
        if base in POLITICAL | COUNTRY_FALLBACK:  # "Ukraine's parliament extended mobilisation": Ukraine
            first = self._first_party(an)
            if first:
                return first
        sides = (
            self._acting_sides(an, trig.i)
            if base in KINETIC
            else [r.actor.name for _, r in an.country_actors()]
        )
        if base == "deploy":
            troops = [m for m in an.of_kind("noun") if m.payload == "personnel"]
            for t in troops:
                for a in an.actors():
                    if a.payload.actor.kind == "country" and 0 <= t.i - a.j <= 2:
                        return a.payload.actor.name
        if sides:
            return sides[0]
        if base in KINETIC and claimant_country and self._speakers_own(an, trig):
            return claimant_country  # "Ukraine's General Staff said its drones had hit the Kirishi refinery"
        if base in KINETIC:
            attacker = self.codebook.default_attacker
            if base == "strike" and claimant_country in attacker:
                # the side reporting a strike is the side hit ("the Moscow-installed authorities said" of Luhansk)
                return attacker[claimant_country]
            if base in ("territory", "clash") and claimant_country in attacker:
                return claimant_country  # "…'s defence ministry said its forces took control of …"
            liberating = trig.payload.phrase.split()[0] in self.codebook.event_words["liberation_verbs"]
            if base == "territory" and liberating and place is not None:
                return place.place.country  # "the Defence Forces liberated the village of …": its own side
            return attacker.get(place.place.country, "") if place is not None else ""
        people = [m.payload.actor.country for m in an.actors() if m.payload.actor.kind == "person"]
        if people:
            return people[0]
        return claimant_country or (self.post_country if base in COUNTRY_FALLBACK else "")

    def _interceptor(
        self, an: Analysis, trig: Match, place: PlaceMention | None, claimant_country: str
    ) -> str:
        """Who shot down: the speaker's side when it says 'its air defences'; else the side whose sky it was,
        unless that side's own drones were the ones downed ('35 Ukrainian drones over Crimea')."""
        low = an.tokens.lower
        if claimant_country and OWN_POSSESSIVES & set(low[max(0, trig.i - 4) : trig.i]):
            return claimant_country
        country = place.place.country if place else ""
        owner = self._weapon_owner(an)
        if country and country == owner:
            if claimant_country and claimant_country != owner:
                return claimant_country
            return self.codebook.default_attacker.get(owner, "")
        return country or claimant_country

    def _speakers_own(self, an: Analysis, trig: Match) -> bool:
        """'its drones hit', 'our forces struck': the speaker's side attacks."""
        low, forces = an.tokens.lower, self.codebook.event_words["force_words"]
        return any(
            low[k] in OWN_POSSESSIVES and low[k + 1] in forces for k in range(max(0, trig.i - 4), trig.i - 1)
        )

    def _first_party(self, an: Analysis) -> str:
        """The first actor named as a party (not a place): a country, a body's country, or a bloc (EU, NATO)."""
        for m in an.actors():
            ref = m.payload
            if ref.form != "demonym" and an.after_locative(m.i):
                continue
            if ref.actor.kind in ("country", "international"):
                return ref.actor.name
            if ref.actor.country and ref.actor.kind != "media":
                return ref.actor.country
        return ""

    def _by_actor(self, an: Analysis, trig: Match) -> str:
        low = an.tokens.lower
        for a in an.actors():
            if a.payload.actor.kind == "country" and trig.j <= a.i <= trig.j + 5 and low[a.i - 1] == "by":
                return a.payload.actor.name
        return ""

    def _actor2(self, an: Analysis, base: str, actor1: str, place: PlaceMention | None) -> str:
        if base == "intercept":
            owner = self._weapon_owner(an)
            return (
                self._by_actor_any(an)
                or (owner if owner != actor1 else "")
                or self.codebook.default_attacker.get(actor1, "")
            )
        if base in KINETIC and place is not None and place.place.country and place.place.country != actor1:
            target = place.place.country
            if base == "strike" and self.codebook.event_words["civilian_markers"] & set(an.tokens.lower):
                return f"Civilians ({target})"
            return target
        if base in ("diplomacy", "statement"):
            countries = []
            for m in an.actors():
                c = m.payload.actor.country if m.payload.actor.kind != "country" else m.payload.actor.name
                if c and c != actor1 and c not in countries:
                    countries.append(c)
            return countries[0] if countries else ""
        return ""

    def _weapon_owner(self, an: Analysis) -> str:
        """'shot down several Russian drones': the side named just before the weapon."""
        weapons = an.of_kind("weapon")
        for a, ref in an.country_actors():
            if any(0 <= w.i - a.j <= 1 for w in weapons):
                return ref.actor.name
        return ""

    def _by_actor_any(self, an: Analysis) -> str:
        low = an.tokens.lower
        for a in an.actors():
            if a.payload.actor.kind == "country" and a.i > 0 and low[a.i - 1] == "by":
                return a.payload.actor.name
        return ""


def no_casualties(an: Analysis, codebook: Codebook) -> bool:
    """'There were no casualties', 'no one was hurt': a reported zero."""
    return any(p in an.lowtext for p in codebook.event_words["no_casualty_phrases"])
