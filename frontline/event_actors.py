"""Who acted in a sentence's event and against whom: the side before the trigger, an agent after 'by', the
interceptor of downed weapons, the speaker's side, the target's country."""

from __future__ import annotations

import re
from datetime import date

from frontline.analysis import Analysis
from frontline.clauses import clause_of
from frontline.codebook import COUNTRY_FALLBACK, KINETIC, POLITICAL, Codebook
from frontline.lexicon import Match
from frontline.records import PlaceMention
from frontline.speakers import INSTALLED_WORDS

GROUND = frozenset(("clash",))  # fights on the ground, where a speaker's 'enemy' is the attacker

FIRST_PERSON = frozenset(("i", "we"))
USING = (["with"], ["by"], ["using"])  # the word before a weapon its user wields ('struck … with Kalibrs')
WEAPON_LEAD = 12  # characters before a weapon's name in which that word stands ("with a HIMARS")
MODEL_REACH = 4  # tokens of a designation between a side and its weapon: "Russian Su-34 fighter-bomber"
AIRCRAFT_ROLES = frozenset(("fighter", "attack", "transport", "reconnaissance"))  # "Su-30 fighter jet"
MODEL_LETTERS = 3  # the letters that open a designation: "Su", "Ka", "Mi", "MiG"
OWN_POSSESSIVES = frozenset(("its", "their", "our"))  # "said its drones had hit": the speaker's side
# "said it had carried out a massive strike", "says it delivered a group strike": verbs an attack noun completes
LIGHT_VERBS = frozenset(
    ("carried", "conducted", "launched", "delivered", "dealt", "staged", "mounted", "performed")
)
LIGHT_VERB_REACH = 6  # tokens from such a verb to its attack noun: 'carried out a "massive strike"'
PHRASE_MARKS = frozenset(('"', "“", "”", "-"))
FIRST_PERSON_POSSESSIVES = frozenset(("our",))  # "our battalion": the speaker's, whatever other side is named
# "the enemy attacked 21 times", "repelled nine enemy attacks", "the Defence Forces repelled three assaults": the
# side the speaker fights attacked
ENEMY_WORDS = frozenset(("enemy", "occupiers", "occupier", "invaders", "adversary"))
REPEL_WORDS = frozenset(
    ("repelled", "repulsed", "repelling", "repulsing", "thwarted", "fended", "beat", "beaten")
)
REPEL_REACH = 3  # tokens from 'repelled' to the attack it names
SPEAKER_NOUNS = frozenset(
    "officials official authorities government ministry military spokesman spokeswoman spokesperson command"
    " governor governors mayor media sources bloggers".split()
)
SPEAKER_TITLES = frozenset(("army", "navy", "defence", "defense", "foreign", "ministry", "minister", "press"))
# a headline's reporting verb in the present ("Russian media report drone attack on Kursk")
HEADLINE_REPORTING = frozenset(("report", "reports", "say", "says", "claim", "claims"))
SPEAKER_PRONOUNS = frozenset(("he", "she"))  # "said he had spoken to …": the speaker himself
PERFECT_AUX = frozenset(("had", "has", "have"))
PASSIVE_PAST = frozenset(("was", "were", "been"))  # "was shot down", "were summoned"
PASSIVE_AUX = PASSIVE_PAST | {"being"}
REPORTED_AUXILIARIES = PERFECT_AUX | {"also", "successfully"}  # "said it had also successfully struck"
BORDERING = frozenset((("borders",), ("bordering",), ("border",)))
LOCATIVES = frozenset((("in",), ("into",), ("inside",), ("over",), ("across",), ("within",)))
NEIGHBOUR_OR_PLACE = BORDERING | LOCATIVES  # what a country named after them is, rather than a side
# "Ukraine's 110th Separate Mechanised Brigade": the words of a unit's name after its country
UNIT_NAME_WORDS = 4
SUBJECT_GAP = 5  # tokens between a subject and its attack: "delivered a massive group strike"
# how a force's attack is told between the force and the attack noun: "carried out a series of strikes"
DELIVERY_WORDS = frozenset(
    "delivered launched carried out conducted made mounted staged a an the massive group combined new series of "
    "precision retaliatory".split()
)
DEBRIS_WORDS = frozenset(("debris", "wreckage", "fragments"))  # the codebook's triggers for what a drone left
MAKER_WORDS = frozenset(("made", "designed", "built", "produced", "manufactured", "developed", "supplied"))
COUNTERPART_WORDS = frozenset(("counterpart", "counterparts"))  # "his Ukrainian counterpart": the other party


def side_before(an: Analysis, m: Match) -> str:
    """The country named just before a trigger ('Russian drone attack', "Russia's strike"); not a capital,
    which before a verb is the place hit ('Kyiv hit by record drone barrage')."""
    side = side_match_before(an, m)
    return side.payload.actor.name if side is not None else ""


def side_match_before(an: Analysis, m: Match) -> Match | None:
    """The mention of that country: the nearest, in 'Russia says Ukrainian drone attack …' the Ukrainian; of
    two joined ('Russia and Ukraine exchanged'), the first."""
    low = an.tokens.lower
    # not "the Volyn region, which borders Belarus, …": a neighbour named, not a side
    # nor "crossed into Romania overnight and crashed", "in Romania during attack": the place, not a side
    # nor "Ukraine: missile strike on Kharkiv", a digest item's label
    countries = [
        a
        for a in country_names(an)
        if low[a.i - 1 : a.i] not in NEIGHBOUR_OR_PLACE and not _item_label(an, a)
    ]
    side = next((a for a in reversed(countries) if 0 <= m.i - a.j <= 3), None)
    if side is not None and side.i > 1 and an.tokens.lower[side.i - 1] == "and":
        return next((a for a in countries if a.j == side.i - 1), side)
    return side


def country_names(an: Analysis) -> list[Match]:
    """The countries a sentence names by name or demonym ('Russia', 'Russian'), not by a capital."""
    return [a for a in an.actors() if a.payload.actor.kind == "country" and a.payload.form != "metonym"]


def _speaking_side(an: Analysis, trig: Match, calling: frozenset[str]) -> str:
    """The side last named as the subject of a reporting verb before a statement's trigger ('Kyiv calls it a
    fake', 'Moscow says …'), or ''."""
    verbs = {m.i for m in an.matches_of("report") if m.i < trig.i}
    verbs.update(k for k in range(trig.i) if an.tokens.lower[k] in calling)
    # not "Russian claims that …": a demonym before a report noun owns what is denied, it does not speak; nor
    # "The Russian Embassy in Tokyo said": the place the speaker sits in
    low = an.tokens.lower
    sides = [
        a.payload.actor.party
        for a in an.actors()
        if (a.j in verbs or _own_unit_ends(an, a) in verbs or _titled_speaker_ends(an, a) in verbs)
        and a.payload.actor.kind != "media"
        and (a.payload.form != "demonym" or _titled_speaker_ends(an, a) in verbs)
        and low[a.i - 1 : a.i] not in (("in",), ("at",))
    ]
    return sides[-1] if sides else ""


def _titled_speaker_ends(an: Analysis, a: Match) -> int:
    """Where a speaker the side opens with its title ends: "Ukrainian army spokesman Dmytro Lykhovii" (before
    'called'); -1 if the side opens no such title."""
    low, text = an.tokens.lower, an.tokens.text
    k = a.j
    while k < len(low) and (low[k] in SPEAKER_NOUNS or low[k] in SPEAKER_TITLES):
        k += 1
    if k == a.j:
        return -1
    while k < len(low) and text[k][:1].isupper() and text[k].isalpha():
        k += 1  # the name after the title
    return k


def _own_unit_ends(an: Analysis, a: Match) -> int:
    """Where a country's unit the codebook lacks ends: "Ukraine's 110th Brigade" (before 'called'); -1 if none."""
    if a.payload.actor.kind != "country" or an.tokens.lower[a.j : a.j + 1] != ("'s",):
        return -1
    text, k = an.tokens.text, a.j + 1
    while k < len(text) and k - a.j <= UNIT_NAME_WORDS and (text[k][:1].isupper() or text[k][:1].isdigit()):
        k += 1
    return k if k > a.j + 1 else -1


def _body_before(an: Analysis, trig: Match) -> str:
    """The state of a force or body named just before a trigger, as its subject."""
    low = an.tokens.lower
    body = next(
        (
            a
            for a in reversed(an.actors())
            if 0 <= trig.i - a.j <= SUBJECT_GAP
            # "delivered a massive strike", not "the Air Force warns of guided bombs"
            and set(low[a.j : trig.i]) <= REPORTED_AUXILIARIES | DELIVERY_WORDS
            and a.payload.actor.kind in ("state_body", "armed_group")
        ),
        None,
    )
    return body.payload.actor.party if body is not None else ""


def _officials_before(an: Analysis, trig: Match) -> str:
    """'which Ukrainian officials denied', "Russia's defence ministry rejected": the country whose officials are
    the subject right before the trigger."""
    side = side_match_before(an, trig)
    if side is None:
        return ""
    low = an.tokens.lower
    between = [w for w in low[side.j : trig.i] if w != "'s"]
    return side.payload.actor.name if between and set(between) <= SPEAKER_NOUNS else ""


def _international_body_before(an: Analysis, trig: Match) -> str:
    """The first international body ('ICC', 'UN') named before the trigger, or ''."""
    return next(
        (
            a.payload.actor.name
            for a in an.actors()
            if a.i < trig.i and a.payload.actor.kind == "international"
        ),
        "",
    )


def _other_party(low: tuple[str, ...], m: Match) -> bool:
    """'his Ukrainian counterpart', 'his counterpart, Andrii Sybiha': the party the subject meets, not the
    subject's own side."""
    before = low[m.i - 1] if m.i > 0 and low[m.i - 1] != "," else low[m.i - 2] if m.i > 1 else ""
    return before in COUNTERPART_WORDS or (m.j < len(low) and low[m.j] in COUNTERPART_WORDS)


def _befell(an: Analysis, trig: Match) -> bool:
    """Whether the trigger tells what befell its subject: 'came down', 'was shot down' (not 'shot down')."""
    low = an.tokens.lower
    return low[trig.i] == "came" or (trig.i > 0 and low[trig.i - 1] in PASSIVE_PAST)


def _model_part(token: str) -> bool:
    """A piece of a weapon's designation or role: 'Su', '-', '34', 'Ka', 'fighter' (jet)."""
    return (
        token == "-"
        or token in AIRCRAFT_ROLES
        or any(c.isdigit() for c in token)
        or (token[:1].isupper() and len(token) <= MODEL_LETTERS)
    )


class ActorCoder:
    """Codes actor1 and actor2 of an event from its sentence."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        names = sorted(codebook.weapon_sides, key=len, reverse=True)
        self._weapon_re = (
            re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])") if names else None
        )

    def actor1(
        self,
        an: Analysis,
        trig: Match,
        base: str,
        place: PlaceMention | None,
        claimant_country: str,
        post_country: str,
        published: date,
    ) -> str:
        """Who acted: the side named before the trigger, an agent after 'by', the interceptor, the speaker's side
        for statements, the side that usually attacks a place."""
        if base == "statement":
            # "Bloggers claim Stepnohirsk has fallen. Kyiv calls it a fake": the side whose saying it is; "…, which
            # Ukrainian officials denied": the side whose officials stand just before the denial
            speaking = _officials_before(an, trig) or _speaking_side(
                an, trig, self.codebook.event_words["characterising_verbs"]
            )
            if speaking or claimant_country:
                return speaking or claimant_country  # a statement is the speaker's side's
        if base == "legal" and (court := _international_body_before(an, trig)):
            return court  # "the International Criminal Court in The Hague issued warrants"
        if base in COUNTRY_FALLBACK and place is not None and place.place.feature != "country":
            # reservists called up in the Voronezh region, a sentence passed by the Gomel regional court: the state
            # that mobilises or judges there, which in Crimea or Mariupol is the one holding it
            return (
                self.codebook.holder(place.place.name, place.place.admin1, published) or place.place.country
            )
        if base == "diplomacy" and an.tokens.lower[trig.i].startswith("summon"):
            if place is not None:
                return place.place.country  # "The Foreign Ministry in Bucharest summoned Russia's ambassador"
            # "It also summoned the Belarusian chargé d'affaires": the summoner, never the envoy's state
            passive = trig.i > 0 and an.tokens.lower[trig.i - 1] in PASSIVE_PAST
            # "Warsaw summons": a capital names the summoner too; "Russia's envoy was summoned": not passive
            countries = [a for a in an.actors() if a.payload.actor.kind == "country" and a.j <= trig.i]
            before = [] if passive else countries
            if before or claimant_country:
                return before[-1].payload.actor.name if before else claimant_country
        if base in POLITICAL and claimant_country and _first_person(an, trig):
            return claimant_country  # "On Thursday I signed decrees imposing sanctions": the speaker's side
        if base == "diplomacy" and claimant_country and _speaker_called(an, trig):
            # "He also said he had spoken to NATO secretary general Mark Rutte": the speaker's side, not NATO
            return claimant_country
        if base == "diplomacy" and trig.payload.phrase in CAPTIVITY:
            # "83 of our defenders came home from Russian captivity": the captor's captives return to the other side
            captor = next((a.payload.actor.name for a in country_names(an) if a.j == trig.i), "")
            if returned_to := self.codebook.default_attacker.get(captor):
                return returned_to
        # not a sentence's opening "And …"
        joint = "and" in an.tokens.lower[1 : trig.i] and "," not in an.tokens.lower[: trig.i]
        if base == "diplomacy" and joint and (first := self._first_party(an, before=trig.i)):
            return first  # "Zelensky and French President Macron shake hands": the first of the parties
        side = side_match_before(an, trig)
        # "Romania finds drone fragments", "Romania said … fragments": where they fell, not who sent them
        finders = (
            {a.payload.actor.name for a in country_names(an) if _finder(an, a, trig)}
            if trig.payload.phrase in DEBRIS_WORDS
            else set()
        )
        if side is not None and side.payload.actor.name in finders:
            side = None
        if side is not None and base in KINETIC and _reporter(an, side, trig):
            # "Russian governor reports drone attack on Saratov": who tells of it, not who made it
            side = None
        if side is not None and base in KINETIC and _victim_before(an, side, trig):
            # "A senior Russian general was killed when a bomb …": whose general, not who killed him
            side = None
        if (
            side is not None
            and base == "intercept"
            and _befell(an, trig)
            and side.payload.actor.name == self._weapon_owner(an)
        ):
            side = None  # "a Russian Su-34 fighter-bomber came down": whose aircraft, not who brought it down
        if side is not None and not self._judged(an, side, trig):
            return side.payload.actor.name
        # "Units of the Dnepr battlegroup routed …", "the SBU detained …": the body's state; not one that
        # "repelled" an attack, which is the other side's
        if REPEL_WORDS.isdisjoint(an.tokens.lower[trig.i : trig.j]) and (body := _body_before(an, trig)):
            return body
        after_by = self._by_actor(an, trig)
        if after_by and base != "intercept":
            return after_by
        if base == "intercept":
            return self._interceptor(an, trig, place, claimant_country)
        enemy = self.codebook.default_attacker.get(claimant_country, "")
        if (
            base == "legal"
            and enemy
            and not self._first_party(an, before=trig.i)
            and self._first_party(an) == enemy
        ):
            # "prosecutors served a notice of suspicion on the commander of the Russian regiment": the state that
            # prosecutes, not the enemy it charges
            return claimant_country
        if base in POLITICAL | COUNTRY_FALLBACK:  # "Ukraine's parliament extended mobilisation": Ukraine
            first = self._first_party(an)
            if first:
                return first
        if (
            base in GROUND
            and claimant_country in self.codebook.default_attacker
            and _enemy_attacked(an, trig)
        ):
            return self.codebook.default_attacker[claimant_country]
        if (
            base in KINETIC
            and claimant_country
            and (
                self._speakers_own(an, trig, FIRST_PERSON_POSSESSIVES)
                or _said_it_did(an.tokens.lower, trig.i)
                or self._said_own_units_did(an, trig)
            )
        ):
            # "our assault battalion pushed the Russians out of …", "the ministry said it had struck a training
            # centre for Ukrainian drone operators": the speaker's side, whatever other side is named
            return claimant_country
        sides = (
            self._acting_sides(an, trig.i)
            if base in KINETIC
            else [r.actor.name for m, r in an.country_actors() if not _other_party(an.tokens.lower, m)]
        )
        sides = [name for name in sides if name not in finders]
        if base == "deploy":
            troops = [m for m in an.of_kind("noun") if m.payload == "personnel"]
            for t in troops:
                for a in an.actors():
                    if a.payload.actor.kind == "country" and 0 <= t.i - a.j <= 2:
                        return a.payload.actor.name
        if sides:
            return sides[0]
        if base in KINETIC and claimant_country and self._speakers_own(an, trig, OWN_POSSESSIVES):
            return claimant_country  # "Ukraine's General Staff said its drones had hit the Kirishi refinery"
        if base == "strike" and (armed := self._weapon_side(an, trig)):
            return armed  # "the Russian Defence Ministry says an Iskander-M missile hit a Ukrainian brigade"
        if base in KINETIC:
            attacker = self.codebook.default_attacker
            if base == "strike" and claimant_country in attacker:
                # the side reporting a strike is the side hit ("the Moscow-installed authorities said" of Luhansk),
                # unless the strike hit the other side's country: then it reports its own ("the General Staff
                # said drones struck the Tambov gunpowder plant")
                enemy_ground = attacker[claimant_country]
                occupied = self.codebook.occupies_parts_of.get(claimant_country, frozenset())
                if place is not None and place.place.country == enemy_ground and enemy_ground not in occupied:
                    return claimant_country
                return attacker[claimant_country]
            if base in ("territory", "clash") and claimant_country in attacker:
                return claimant_country  # "…'s defence ministry said its forces took control of …"
            liberating = trig.payload.phrase.split()[0] in self.codebook.event_words["liberation_verbs"]
            if base == "territory" and liberating and place is not None:
                return place.place.country  # "the Defence Forces liberated the village of …": its own side
            return attacker.get(place.place.country, "") if place is not None else ""
        people = [
            m.payload.actor.country
            for m in an.actors()
            if m.payload.actor.kind == "person" and not _other_party(an.tokens.lower, m)
        ]
        if people:
            return people[0]
        return claimant_country or (post_country if base in COUNTRY_FALLBACK else "")

    def _interceptor(
        self, an: Analysis, trig: Match, place: PlaceMention | None, claimant_country: str
    ) -> str:
        """Who shot down: the speaker's side when it says 'its air defences'; else the side whose sky it was,
        unless that side's own drones were the ones downed ('35 Ukrainian drones over Crimea')."""
        low = an.tokens.lower
        if claimant_country and OWN_POSSESSIVES & set(low[max(0, trig.i - 4) : trig.i]):
            return claimant_country
        country = place.place.country if place else ""
        if country in self.codebook.occupies_parts_of.get(claimant_country, ()):
            # "the ministry said 23 drones were shot down over Crimea": its own air defence
            return claimant_country
        owner = self._weapon_owner(an)
        if country and country == owner:
            if claimant_country and claimant_country != owner:
                return claimant_country
            return self.codebook.default_attacker.get(owner, "")
        if country or claimant_country:
            return country or claimant_country
        # "Russia launched 498 drones …; air defence destroyed 461": the side it launched them at
        low = an.tokens.lower
        launcher = next(
            (ref.actor.name for a, ref in an.country_actors() if low[a.j : a.j + 1] in LAUNCHED), owner
        )
        return self.codebook.default_attacker.get(launcher, "")

    def _speakers_own(self, an: Analysis, trig: Match, possessives: frozenset[str]) -> bool:
        """'its drones hit', 'our assault battalion pushed': the speaker's side attacks ("Ukraine's General Staff
        said its drones had hit the Kirishi refinery")."""
        low, forces = an.tokens.lower, self.codebook.event_words["force_words"]
        lo = max(0, trig.i - 4)
        return any(
            low[k] in possessives and not forces.isdisjoint(low[k + 1 : trig.i])
            for k in range(lo, trig.i - 1)
        )

    def _said_own_units_did(self, an: Analysis, trig: Match) -> bool:
        """'the General Staff … said that units of the Missile Forces had struck a Russian Buk-M3': forces named
        with no side right after the saying are the speaker's own."""
        low = an.tokens.lower
        said = next((k for k in range(trig.i - 1, 0, -1) if low[k] in ("said", "says", "that")), -1)
        if said < 0 or said + 1 >= trig.i or low[said + 1] not in ("units", "forces", "troops"):
            return False
        return not any(said < a.i < trig.i for a in an.actors()) and ENEMY_WORDS.isdisjoint(
            low[said : trig.i]
        )

    def _judged(self, an: Analysis, side: Match, trig: Match) -> bool:
        """'Türkiye condemns drone attack on …': the side just before the attack judges it; it did not carry it
        out."""
        return trig.payload.cls != "intercept" and self._speaks_between(an, side.j, trig.i)

    def _speaks_between(self, an: Analysis, lo: int, hi: int) -> bool:
        """Whether a judging verb ('condemns', 'denounced') stands between tokens lo and hi. (A side that 'says'
        drones hit a Russian ship may report its own strike.)"""
        verbs = self.codebook.event_words["characterising_verbs"]
        return any(word in verbs for word in an.tokens.lower[lo:hi])

    def _first_party(self, an: Analysis, before: int | None = None) -> str:
        """The first actor named as a party (not a place): a country, a body's country, or a bloc (EU, NATO);
        with before, only one named before that token."""
        for m in an.actors():
            if before is not None and m.i >= before:
                break
            ref = m.payload
            if ref.form != "demonym" and an.after_locative(m.i):
                continue
            if _other_party(an.tokens.lower, m):
                continue  # "held phone talks with his Ukrainian counterpart Andrii Sybiha": the other party
            if ref.actor.kind in ("country", "international"):
                return ref.actor.name
            if ref.actor.country and ref.actor.kind != "media":
                return ref.actor.country
        return ""

    def _by_actor(self, an: Analysis, trig: Match) -> str:
        low = an.tokens.lower
        for a in an.actors():
            if a.payload.actor.kind == "country" and trig.j <= a.i <= trig.j + 5 and _after_by(low, a.i):
                return a.payload.actor.name
        return ""

    def actor2(self, an: Analysis, base: str, actor1: str, place: PlaceMention | None) -> str:
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
                if m.payload.actor.kind == "media":
                    continue  # "denied a report in the Financial Times": the outlet is no party
                c = m.payload.actor.party
                if c and c != actor1 and c not in countries:
                    countries.append(c)
            return countries[0] if countries else ""
        return ""

    def _weapon_owner(self, an: Analysis) -> str:
        """'shot down several Russian drones', 'a Russian Su-34 fighter-bomber': the side named just before the
        weapon (or before its model's designation)."""
        weapons = an.of_kind("weapon")
        text = an.tokens.text
        for a, ref in an.country_actors():
            for w in weapons:
                # "fighter-bomber": the compound's first word is the weapon's too
                start = w.i - 2 if w.i - 2 >= a.j and text[w.i - 1] == "-" else w.i
                # one word of any kind may stand between ("Russian attack drones"), more only as a designation
                if 0 <= start - a.j <= MODEL_REACH and all(_model_part(t) for t in text[a.j : start][1:]):
                    return ref.actor.name
        return ""

    def _by_actor_any(self, an: Analysis) -> str:
        low = an.tokens.lower
        for a in an.actors():
            if a.payload.actor.kind == "country" and _after_by(low, a.i):
                return a.payload.actor.name
        return ""

    def _weapon_side(self, an: Analysis, trig: Match) -> str:
        """The one side whose weapons the sentence names as the attacker's, else '': before the trigger ('an
        Iskander-M missile hit …') or after 'with', 'by', 'using' ('struck the port with Kalibr missiles'); not
        the target ('destroyed two HIMARS launchers')."""
        if self._weapon_re is None:
            return ""
        sides, low = self.codebook.weapon_sides, an.lowtext
        found = {
            sides[m.group()]
            for m in self._weapon_re.finditer(low)
            if m.start() < trig.start or _wielded(low[max(0, m.start() - WEAPON_LEAD) : m.start()].split())
        }
        return found.pop() if len(found) == 1 else ""

    def _acting_sides(self, an: Analysis, before: int) -> list[str]:
        """Countries acting before a token: 'Russia attacked', 'Russian troops'; not 'the Chechen leader'."""
        low = an.tokens.lower
        sides = []
        for m, ref in an.country_actors():
            if m.j > before:
                continue
            nxt = low[m.j] if m.j < len(low) else ""
            if nxt == "-" and m.j + 1 < len(low) and low[m.j + 1] in INSTALLED_WORDS | MAKER_WORDS:
                # "the Russian-installed head of Crimea": whose official; "the Iranian-designed Shahed": who made
                # the weapon; neither attacked
                continue
            if ref.form == "metonym" or (
                ref.form == "demonym" and nxt not in self.codebook.event_words["force_words"]
            ):
                continue  # a capital is usually a dateline or a place; a demonym must qualify a force
            if self._speaks_between(an, m.j, before):
                continue  # "Türkiye condemns drone attack on …": it speaks of the attack
            if low[m.i - 1 : m.i] in BORDERING:
                continue  # "In the Volyn region, which borders Belarus, drones hit …": a neighbour, not the attacker
            if _item_label(an, m):
                continue  # "Ukraine: missile strike on Kharkiv": a digest item's label
            sides.append(ref.actor.name)
        return sides


def _wielded(words_before: list[str]) -> bool:
    """Whether the words before a weapon's name end with the word its user wields it by: 'struck … with
    Kalibrs', 'hit the school with a HIMARS'."""
    if words_before[-1:] in (["a"], ["an"]):
        words_before = words_before[:-1]
    return words_before[-1:] in USING


def _after_by(low: tuple[str, ...], i: int) -> bool:
    """'an assault by Russia', 'an assault by a North Korean unit': the agent of a passive or a noun; 'a strike by
    the Defence Forces of Ukraine': the country whose forces they are."""
    if i > 1 and low[i - 1] == "of":
        k = i - 2
        while k > 0 and i - k <= FORCE_NAME_REACH and low[k] in FORCE_NAME_WORDS:
            k -= 1
        return k < i - 2 and low[k] == "by"
    if i > 1 and low[i - 1] in ("a", "an", "the"):
        i -= 1
    return i > 0 and low[i - 1] == "by"


# "by the Defence Forces of Ukraine", "by the Armed Forces of Ukraine": a force named by its country
FORCE_NAME_WORDS = frozenset(
    "the armed defence defense forces force army air navy naval military troops units".split()
)
FORCE_NAME_REACH = 5


ENEMY_LOSSES = frozenset((w,) for w in ("lost", "suffered", "loses", "losses"))
OBJECT_PREPOSITIONS = frozenset(("into", "against", "on", "at", "of", "to", "upon"))


def _enemy_attacked(an: Analysis, trig: Match) -> bool:
    """'the enemy attacked', 'nine enemy attacks', 'repelled three assaults': in the speaker's words, the other
    side attacked."""
    low = an.tokens.lower
    lo, hi = clause_of(an.clause_starts, trig.i, len(low))
    # not "where the enemy lost up to 410 troops": the enemy's losses, the speaker's side attacking
    # nor "advanced into the depth of the enemy's defences", "struck at the enemy": the enemy as the object
    if any(
        low[k] in ENEMY_WORDS
        and low[k + 1 : k + 2] not in ENEMY_LOSSES
        and low[k + 1 : k + 2] != ("'s",)
        and _word_before(low, k - 1 if low[k - 1 : k] == ("the",) else k) not in OBJECT_PREPOSITIONS
        for k in range(lo, hi)
    ):
        return True
    return not REPEL_WORDS.isdisjoint(low[max(lo, trig.i - REPEL_REACH) : trig.j])


LAUNCHED = frozenset((w,) for w in ("launched", "fired", "sent"))  # "Russia launched 498 drones"
CAPTIVITY = frozenset(("captivity",))  # "from Russian captivity": the side before it holds the captives


def _word_before(low: tuple[str, ...], k: int) -> str:
    return low[k - 1] if k > 0 else ""


def _first_person(an: Analysis, trig: Match) -> bool:
    """'I signed', 'Today we brought home … from captivity': the speaker is the subject of the trigger's clause."""
    lo, _ = clause_of(an.clause_starts, trig.i, len(an.tokens))
    return not FIRST_PERSON.isdisjoint(an.tokens.lower[lo : trig.i])


def _speaker_called(an: Analysis, trig: Match) -> bool:
    """'said he had spoken to Rutte by phone': the speaker, named by a pronoun, is the subject of the call."""
    low = an.tokens.lower
    return trig.i > 1 and low[trig.i - 1] in PERFECT_AUX and low[trig.i - 2] in SPEAKER_PRONOUNS


def light_verb_before(low: tuple[str, ...], at: int) -> int | None:
    """The verb an attack noun at token at completes ('carried out a "massive strike"', 'launched a group
    strike'), if one stands a few words before it."""
    light = next(
        (v for v in range(at - 1, max(0, at - LIGHT_VERB_REACH) - 1, -1) if low[v] in LIGHT_VERBS), None
    )
    if light is not None and all(w.isalpha() or w in PHRASE_MARKS for w in low[light:at]):
        return light
    return None


def _said_it_did(low: tuple[str, ...], at: int) -> bool:
    """'said it had struck', 'says that we hit', 'said it had carried out a "massive strike"': the speaker's own
    side is the reported clause's subject."""
    k = at - 1
    light = light_verb_before(low, at)
    if light is not None:
        k = light - 1
    while k > 0 and low[k] in REPORTED_AUXILIARIES:
        k -= 1
    return k > 0 and low[k] in ("it", "we") and low[k - 1] in ("said", "says", "that")


def _finder(an: Analysis, side: Match, trig: Match) -> bool:
    """'Romania finds drone fragments near Ceatalchioi', 'Romania said Tuesday that fragments of a Russian-made
    drone …': a country named by name (not 'Russian drone debris') with words between it and what a drone left
    (the trigger) is the one that found or reported them."""
    return side.payload.form == "name" and side.j < trig.i and an.tokens.lower[side.j] != "'s"


def _victim_before(an: Analysis, side: Match, trig: Match) -> bool:
    """'A senior Russian general was killed', 'Russian general killed by car bomb': a demonym qualifying a person,
    the subject of a passive harm."""
    low = an.tokens.lower
    passive = low[trig.i - 1] in PASSIVE_AUX or low[trig.j : trig.j + 1] == ("by",)
    return (
        side.payload.form == "demonym" and trig.i - side.j >= 1 and passive and low[side.j] not in PASSIVE_AUX
    )


def _reporter(an: Analysis, side: Match, trig: Match) -> bool:
    """'Russian governor reports drone attack on Saratov': a demonym titling a speaker whose reporting verb stands
    between it and the trigger."""
    if side.payload.form != "demonym":
        return False
    ends = _titled_speaker_ends(an, side)
    if not 0 <= ends < trig.i:
        return False
    return an.tokens.lower[ends] in HEADLINE_REPORTING or any(m.i == ends for m in an.matches_of("report"))


def _item_label(an: Analysis, m: Match) -> bool:
    """'Ukraine: missile strike on Kharkiv': a country opening a line before a colon labels a digest's item."""
    return m.i == 0 and an.tokens.lower[m.j : m.j + 1] == (":",)
