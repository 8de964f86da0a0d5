"""What a trigger reports in its sentence: a strike by which weapon, an interception, a clash, or nothing."""

from __future__ import annotations

from frontline.analysis import Analysis
from frontline.clauses import clause_of
from frontline.codebook import Codebook, Trigger
from frontline.event_actors import PASSIVE_AUX, PERFECT_AUX, country_names, light_verb_before, side_before
from frontline.lexicon import Match

OBJECT_REACH = 8  # tokens from 'destroyed' to its object: 'destroyed 11 of the 14 Shahed drones'
SUBJECT_REACH = 4  # tokens from a force to its attack: 'Russian forces continued limited attacks'
INSTRUMENT_WORDS = frozenset(("with", "using"))  # "hit the port with missiles": the weapon used
# ground targets that use a weapon rather than keep it: "drone operators hit a boat", "missile systems fired"
WEAPON_USERS = frozenset(
    ("crew", "crews", "operators", "launcher", "launchers", "system", "systems", "carrier", "carriers")
)
AIRBORNE = frozenset(("air", "artillery"))  # drones, missiles and shells in flight, not mines
LAUNCH_REACH = 8  # tokens after 'fired' within which its target ('at …') stands
# a drone attack is "near" a town too; it is not "in the direction" or "on positions"
WEAK_GROUND_CUES = frozenset(("near",))
ADVERBS = frozenset(("also", "again", "then", "later", "overnight"))  # may stand between a force and its verb


class TriggerClassifier:
    """Reads a trigger's class from its words, its weapons and its subject."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook

    def classify(self, an: Analysis, m: Match, post_weapon: str) -> str:
        """The class a trigger reports here (strike:air, clash, intercept…), or "" when it reports no event. A bare
        'strike' takes the post's weapon."""
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
        if trig.cls == "exercise" and low[m.i] == "exercise" and low[m.j : m.j + 1] == ("of",):
            return ""  # "speaking in exercise of the right of reply": the use of a right, no drill
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
                w for w in self.used_weapons(an) if w.payload in words["carrier_weapons"] and lo <= w.i < hi
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
        weapons = self.used_weapons(an)
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
        if self.ground_attack(an, m):
            return "clash"
        is_noun = an.tokens.lower[m.i] in self.codebook.event_words["generic_strike_nouns"]
        if is_noun and post_weapon:
            return f"strike:{post_weapon}"
        if is_noun and side_before(an, m) and an.places:
            return "strike:artillery"
        if self._armed_subject(an, m) and an.places:
            # no weapon named: the post's weapon ("an attack by aerial drones and unmanned boats … Ukrainian forces
            # had struck a landing ship"), else ACLED's default for remote violence
            return f"strike:{post_weapon or 'artillery'}"
        return ""

    @staticmethod
    def _joined_weapon(an: Analysis, weapons: list[Match], weapon: Match) -> Match | None:
        """The weapon coordinated with this one ('missiles and drones', 'drone and missile attack', '579 drones and
        40 missiles'), if any."""
        low = an.tokens.lower
        for other in weapons:
            lo, hi = (other, weapon) if other.j <= weapon.i else (weapon, other)
            between = [w for w in low[lo.j : hi.i] if not w.isdigit()]
            if other is not weapon and 0 < hi.i - lo.j <= 3 and set(between) <= {"and", ",", "&"} and between:
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

    def used_weapons(self, an: Analysis) -> list[Match]:
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
        # "17 drones were destroyed over the city": the passive's subject
        before = [w for w in an.of_kind("weapon") if w.j < m.i and PASSIVE_AUX.issuperset(low[w.j : m.i])]
        if not after and not before:
            return False
        w = after[0] if after else before[-1]
        if kinds is not None and w.payload not in kinds:
            return False  # "pushed into the outskirts near the mine waste heaps": no drone in the air
        return w.j >= len(low) or low[w.j] not in self.codebook.event_words["ground_targets"]

    def ground_attack(self, an: Analysis, m: Match) -> bool:
        """'Russian forces continued limited attacks near Yunakivka', 'troops attacked Russian positions': a
        force's attack on the ground, with no weapon in its clause, is a clash, not a strike."""
        words, low = self.codebook.event_words, an.tokens.lower
        if low[m.i] not in words["ground_attack_words"]:
            return False
        lo, hi = clause_of(an.clause_starts, m.i, len(low))
        # "killed in a Russian assault near Kurakhove": an assault is fought on the ground; "reported 34 Russian
        # attacks in the Kurakhove direction": so are a side's attacks along the front
        strong_cues = words["ground_cues"] - WEAK_GROUND_CUES
        cued = low[m.i] in words["ground_cues"] or not strong_cues.isdisjoint(low[lo:hi])
        if cued and side_before(an, m):
            return True
        if not any(low[k] in words["armed_subjects"] for k in range(max(lo, m.i - SUBJECT_REACH), m.i)):
            return False
        return not words["ground_cues"].isdisjoint(low[lo:hi])

    def weapon_pronoun(self, an: Analysis, m: Match) -> bool:
        """'… two of them struck an apartment building': an attack verb whose subject is a pronoun ("two of them",
        "one of them", "it", "they"); not a speaker's own "it" ("the ministry said it struck"), which
        _armed_subject reads."""
        words, low = self.codebook.event_words, an.tokens.lower
        if low[m.i] not in words["attack_verbs"] or (
            m.j < len(low) and low[m.j] in words["attack_verb_particles"]
        ):
            return False  # "hit back at critics"
        k = m.i - 1
        while k > 0 and (low[k] in ADVERBS or low[k] in PERFECT_AUX):
            k -= 1
        if k > 0 and low[k] == "them":
            return low[k - 1] == "of"
        return k >= 0 and low[k] in ("it", "they") and (k == 0 or low[k - 1] in (",", "and", "then"))

    def _armed_subject(self, an: Analysis, m: Match) -> bool:
        """ "Russian forces struck Bilopillia", "Ukrainian troops also shelled …", "Russian forces launched a group
        strike on …", "the Russian military said it had struck …": a side's force attacks."""
        words, low = self.codebook.event_words, an.tokens.lower
        verb = m.i
        if low[m.i] in words["generic_strike_nouns"]:
            verb = light_verb_before(low, m.i)  # "launched a group strike": the verb the noun completes
            if verb is None:
                return False
        elif low[m.i] not in words["attack_verbs"]:
            return False
        elif m.j < len(low) and low[m.j] in words["attack_verb_particles"]:
            return False  # "Russian forces hit back at critics": not an attack
        k = verb - 1
        while k > 0 and (low[k] in ADVERBS or low[k].endswith("ly") or low[k] in PERFECT_AUX):
            k -= 1  # "Ukrainian forces had struck", "Russian troops also shelled"
        if k > 0 and low[k] in words["armed_subjects"]:
            # "Russian forces struck", "Russian forces launched a group strike", "the Russian army struck" (the
            # codebook's force: one actor covering the armed noun)
            return any(0 <= k - a.j <= SUBJECT_REACH for a in country_names(an)) or any(
                a.i <= k < a.j and a.payload.actor.party for a in an.actors()
            )
        if k > 1 and low[k] in ("it", "they") and low[k - 1] in ("said", "says", "that"):
            # "the Russian military said it had struck …", "Russia's defence ministry said it had carried out …":
            # a force, or the ministry that commands it, reports its own attack
            speaker = low[: k - 1]
            force = (
                not words["armed_subjects"].isdisjoint(speaker)
                or "defence" in speaker
                or "defense" in speaker
            )
            return force and any(a.j < k and a.payload.actor.party for a in an.actors())
        return False
