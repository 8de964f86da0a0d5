"""Who says it: finds the claimant of a sentence from reporting verbs, 'according to', quotes and pronouns."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from frontline.analysis import LOCATIVES, Analysis
from frontline.codebook import ActorRef, Codebook
from frontline.lexicon import Match

# Tokens that may stand between a speaker and the reporting verb ("the Pentagon has also said").
BRIDGE = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "earlier",
        "later",
        "previously",
        "on",
        "this",
        "last",
        "today",
        "yesterday",
        "morning",
        "evening",
        "night",
        "overnight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        ",",
        "in",
        "a",
        "statement",
        "on",
        "telegram",
        "x",
        "further",
        "had",
        "already",
        "repeatedly",
    ]
)
TITLE_WORDS = frozenset(
    ["mr", "mrs", "ms", "dr", "president", "minister", "gen", "general", "chairman", "governor", "mayor"]
)


@dataclass(frozen=True, slots=True)
class Claimant:
    name: str
    country: str
    kind: str  # person, state_body, country, generic, media, unknown…


def _from_actor(ref: ActorRef, codebook: Codebook) -> Claimant:
    actor = ref.actor
    if actor.speaks_for:
        body = codebook.actor_by_name(actor.speaks_for)
        if body is not None:
            return Claimant(body.name, body.country, body.kind)
    return Claimant(actor.name, actor.country, actor.kind)


def _generic_phrase(an: Analysis, generic: Match, codebook: Codebook) -> Claimant:
    """'Ukrainian officials', "Russia's defence ministry", 'western intelligence officials'."""
    for m in an.actors():
        if m.j <= generic.i and generic.i - m.j <= 2 and m.payload.actor.kind == "country":
            country = m.payload.actor.name
            return Claimant(
                f"{codebook.demonym_of.get(country, country)} {generic.payload}", country, "generic"
            )
    return Claimant(generic.payload, "", "generic")


class Attributor:
    """Resolves claimants in a document: the post's last claimant for 'he said', people named earlier for a bare
    surname, and the country a report is about for 'the air force' or 'the regional governor'."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.last: Claimant | None = None  # the post's last claimant
        self.subject: Claimant | None = (
            None  # the last body that opened a sentence ("The administration has…")
        )
        self.source: Claimant | None = (
            None  # the document's own source, from a title like "Air Force Command: …"
        )
        self.people: dict[str, Claimant] = {}  # surname -> a person the codebook does not know, named in full
        self.doc_countries: Counter[str] = Counter()  # where the document's events happen
        self.post_countries: Counter[str] = Counter()

    def new_post(self) -> None:
        self.last = None
        self.post_countries = Counter()

    def read_title(self, an: Analysis) -> None:
        """'Air Force Command: results of…', 'General Staff: …': the document speaks for that body."""
        low = an.tokens.lower
        if ":" not in low or low.index(":") > self.codebook.title_source_max_tokens:
            return
        colon = low.index(":")
        hits = [m for m in an.matches if m.kind in ("actor", "generic") and m.j <= colon]
        if hits and not any(m.kind == "actor" and m.payload.actor.kind == "country" for m in hits):
            best = max(hits, key=lambda m: m.j - m.i)
            found = (
                _from_actor(best.payload, self.codebook)
                if best.kind == "actor"
                else Claimant(best.payload, "", "generic")
            )
            self.source = found

    def claimant(self, an: Analysis) -> Claimant | None:
        """The claimant of the sentence, or None when nobody is credited."""
        where = [p.place.country for p in an.places if p.place.country and p.place.feature != "country"]
        self.doc_countries.update(where)
        self.post_countries.update(where)
        found = self._find(an)
        self._note_subject(an)
        if found is not None and found.kind != "pronoun":
            found = self._complete(found, an)
            if found.kind == "person" and " " in found.name:
                self.people.setdefault(found.name.split()[-1], found)
            self.last = found
            return found
        if found is not None:
            return self.last or self.subject
        return self._complete(self.source, an) if self.source else None

    def _note_subject(self, an: Analysis) -> None:
        low = an.tokens.lower
        opening = [
            m
            for m in an.matches
            if m.kind in ("actor", "generic") and m.i <= (1 if low[:1] == ("the",) else 0)
        ]
        if opening:
            best = max(opening, key=lambda m: m.j - m.i)
            if best.kind == "generic":
                self.subject = self._complete(_generic_phrase(an, best, self.codebook), an)
            elif best.payload.actor.kind != "country":
                self.subject = _from_actor(best.payload, self.codebook)

    def _context_country(self, an: Analysis) -> str:
        """Where the reported events happen: this sentence's places after 'in/on/at…', else the post's, the document's."""
        local = [
            p.place.country
            for p in an.places
            if an.after_locative(an.tokens.index_at(p.start)) and p.place.country
        ]
        if local:
            return local[0]
        for counts in (self.post_countries, self.doc_countries):
            if counts:
                return counts.most_common(1)[0][0]
        return ""

    def _complete(self, claimant: Claimant, an: Analysis) -> Claimant:
        """Add the implied country to 'the air force' or an unknown official, and name the body if known."""
        if claimant.country or claimant.kind not in ("generic", "person"):
            return claimant
        country = self._context_country(an)
        if not country:
            return claimant
        if claimant.kind == "person":
            return replace(claimant, country=country)
        name = f"{self.codebook.demonym_of.get(country, country)} {claimant.name}"
        known = self.codebook.actor_for_phrase(name)
        return (
            Claimant(known.name, known.country, known.kind) if known else Claimant(name, country, "generic")
        )

    def _find(self, an: Analysis) -> Claimant | None:
        low = an.tokens.lower
        for m in an.matches:
            if m.kind == "report" and " ".join(low[m.i : m.j]) in self.codebook.source_markers:
                hit = self._speaker_at(an, m.j, forward=True)
                if hit is not None:
                    return hit
        pronoun = None
        for m in (m for m in an.matches if m.kind == "report"):
            inverted = m.i > 0 and low[m.i - 1] in (",", "”", '"', "’")
            if inverted:
                hit = self._speaker_at(an, m.j, forward=True) or self._speaker_before(an, m.i)
            else:
                hit = self._speaker_before(an, m.i) or self._speaker_at(an, m.j, forward=True)
            if hit is not None and hit.kind != "pronoun":
                return hit
            pronoun = pronoun or hit
        return pronoun

    def _speaker_before(self, an: Analysis, verb_i: int) -> Claimant | None:
        i = verb_i - 1
        while i >= 0 and an.tokens.lower[i] in BRIDGE:
            i -= 1
        if i < 0:
            return None
        return self._speaker_ending_at(an, i + 1) or self._speaker_nearby(an, i + 1)

    def _speaker_nearby(self, an: Analysis, end: int) -> Claimant | None:
        """A subject a few words back with no punctuation between ('Seoul and its allies assess')."""
        low = an.tokens.lower
        for j in range(end - 1, max(-1, end - 6), -1):
            if not low[j][:1].isalnum():
                return None
            hits = [m for m in an.matches if m.j == j + 1 and m.kind in ("actor", "generic")]
            if hits and not (hits[0].i > 0 and low[hits[0].i - 1] in LOCATIVES):
                return self._speaker_ending_at(an, j + 1)
        return None

    def _speaker_ending_at(self, an: Analysis, end: int) -> Claimant | None:
        """A speaker phrase whose last token is end-1 ("... Mr Klitschko" said, "... its allies" assess)."""
        low = an.tokens.lower
        candidates = [m for m in an.matches if m.j == end and m.kind in ("actor", "generic", "pronoun")]
        if not candidates:
            return self._unknown_name(an, end)
        best = max(candidates, key=lambda m: (m.j - m.i, m.kind == "actor"))
        opener = best.i - 1 - (low[best.i - 1] == "the" if best.i > 0 else 0)
        if opener >= 0 and low[opener] in ("that", "who", "whom"):
            return None  # "a ban that the authorities say…": a relative clause, not the sentence's source
        if best.kind == "actor":
            return _from_actor(best.payload, self.codebook)
        if best.kind == "pronoun":
            return Claimant("", "", "pronoun")
        if (
            best.i > 0
            and low[best.i - 1] == "the"
            and not any(m.kind == "actor" and m.j <= best.i and best.i - m.j <= 2 for m in an.matches)
        ):
            return Claimant("", "", "pronoun")
        claimant = _generic_phrase(an, best, self.codebook)
        if self._definite(an, best) and best.payload in self.codebook.person_nouns:
            last = self.last
            if last is not None and last.kind == "person" and last.country == claimant.country:
                return last  # "the top US diplomat said", after Blinken was named
        return claimant

    def _definite(self, an: Analysis, m: Match) -> bool:
        return "the" in an.tokens.lower[max(0, m.i - 3) : m.i]

    def _unknown_name(self, an: Analysis, end: int) -> Claimant | None:
        """Two or three capitalised words before the verb: a person the codebook does not know."""
        text, i = an.tokens.text, end - 1
        if i >= 0 and text[i] in self.people:
            return self.people[text[i]]
        words = []
        while i >= 0 and len(words) < 3 and text[i][:1].isupper() and text[i].isalpha():
            words.insert(0, text[i])
            i -= 1
        if len(words) >= 2 and words[0].lower() not in TITLE_WORDS:
            return Claimant(" ".join(words), "", "person")
        return None

    def _speaker_at(self, an: Analysis, start: int, forward: bool) -> Claimant | None:
        """The speaker right after a verb or marker: 'said the Ukrainian military', 'according to Kyiv'."""
        low = an.tokens.lower
        i = start
        while i < len(low) and low[i] in ("the", "a", "an", ",", "by"):
            i += 1
        # allow two describing words before the speaker ("western intelligence officials")
        candidates = []
        for k in range(i, min(i + 3, len(low))):
            candidates = [m for m in an.matches if m.i == k and m.kind in ("actor", "generic")]
            if candidates or not low[k].isalpha():
                break
        if not candidates:
            return None
        # Prefer the longest phrase, then extend over "official X" / "military Y" compounds.
        best = max(candidates, key=lambda m: m.j - m.i)
        follow = [m for m in an.matches if m.i in (best.j, best.j + 1) and m.kind == "generic"]
        if best.kind == "actor" and follow and best.payload.actor.kind == "country":
            return _generic_phrase(an, follow[0], self.codebook)
        if best.kind == "actor":
            nxt = [m for m in an.matches if m.kind == "actor" and m.i > best.i and m.i <= best.j + 4]
            people = [m for m in nxt if m.payload.actor.kind == "person"]
            if people:
                return _from_actor(people[0].payload, self.codebook)
            return _from_actor(best.payload, self.codebook)
        return _generic_phrase(an, best, self.codebook)
