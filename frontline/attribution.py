"""Who says it: finds the claimant of a sentence from reporting verbs, 'according to', quotes and pronouns."""

from __future__ import annotations

from dataclasses import dataclass

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
    """Keeps the post's last claimant, so 'he said' and 'the official said' resolve."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.last: Claimant | None = None

    def new_post(self) -> None:
        self.last = None

    def claimant(self, an: Analysis) -> Claimant | None:
        """The claimant of the sentence, or None when nobody is credited."""
        found = self._find(an)
        if found is not None and found.kind != "pronoun":
            self.last = found
            return found
        if found is not None:
            return self.last
        return None

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
