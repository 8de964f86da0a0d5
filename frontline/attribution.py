"""Who says it: the claimant of a sentence, from reporting verbs, 'according to', quotes, pronouns and context.

The speaker stands before the reporting verb ("the Pentagon said"), after it in inverted order ("…, said the
Ukrainian military"), or after a source marker ("according to Kyiv", "citing officials"). Appositions and
relative clauses between speaker and verb are skipped ("Britain's Ministry of Defence, which …, said"). Pronouns
and definite descriptions ("he said", "the top US diplomat said") resolve to the post's last claimant; bare
bodies ("the air force", "the regional governor") get the country the report is about.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from frontline.analysis import LOCATIVES, Analysis
from frontline.clauses import clause_of
from frontline.codebook import ActorRef, Codebook
from frontline.lexicon import Match, phrase_key
from frontline.turns import Turns

# Tokens that may stand between a speaker and the reporting verb ("the Pentagon has also said").
BRIDGE = frozenset(
    """has have had also earlier later previously on this last today yesterday morning evening night overnight
    monday tuesday wednesday thursday friday saturday sunday in a statement telegram x further already
    repeatedly""".split()
)
TITLE_WORDS = frozenset(
    """mr mrs ms dr president minister gen general chairman governor mayor secretary spokesperson spokesman
    spokeswoman ambassador commander chief premier chancellor senator speaker envoy head director prosecutor
    ombudsman adviser advisor aide deputy defence defense foreign prime""".split()
)
APPOSITION_OPENERS = frozenset("who which whose a an the".split())
RELATIVE_OPENERS = frozenset(("that", "who", "whom"))
POSSESSIVES = frozenset(("its", "their"))
DASHES = frozenset(("-", "–", "—"))
COLON_SOURCE_REACH = 7  # tokens within which "Name Surname:" opens a post as its author
INSTALLED_WORDS = frozenset(("installed", "appointed", "backed"))  # "Moscow-installed", "Kremlin-backed"
INSTALLED_REACH = 14  # tokens back from a speaker within which "Moscow-installed …" describes him
# what may follow an inverted speaker ("…, said the governor on Telegram", "…, said Zelensky, who …")
SPEAKER_CLOSERS = frozenset(
    "who which in on at told adding according citing late earlier after as during while and in a the".split()
)
INVERSION_MARKS = frozenset((",", "”", '"', "’"))
NOUN_DETERMINERS = frozenset("its their his her the an a".split())
TITLE_PLACE_REACH = 5  # "Saratov regional governor Roman Busargin": a place this close before names the side
# tokens back to the "(" of a gloss between speaker and verb: "the Ministry of Defense (MoD) said"
GLOSS_REACH = 6
PASSIVE_AUX = frozenset(("is", "are", "was", "were", "be", "been", "being"))
FIRST_PERSON = frozenset(("we", "i"))
PERSONAL_PRONOUNS = frozenset(("he", "she"))
OPENING_TITLE_REACH = 5  # "US Secretary of State Antony Blinken": words of title before a sentence's subject


@dataclass(frozen=True, slots=True)
class Claimant:
    name: str
    country: str
    kind: str  # person, state_body, country, generic, media, international, pronoun…
    at: int = -1  # token where the speaker starts in its sentence (-1: not from this sentence)
    verb_at: int = -1  # token of the reporting verb

    def placed(self, at: int, verb_at: int) -> Claimant:
        """The same claimant at other token positions (a fifth of the cost of dataclasses.replace)."""
        return Claimant(self.name, self.country, self.kind, at, verb_at)


def _from_actor(ref: ActorRef, codebook: Codebook, at: int = -1) -> Claimant:
    actor = ref.actor
    if actor.speaks_for:
        body = codebook.actor_by_name(actor.speaks_for)
        if body is not None:
            actor = body
    country = "" if actor.kind == "international" else actor.country
    return Claimant(actor.name, country, actor.kind, at)


def _named_body(codebook: Codebook, noun: str, country: str, at: int, verb_at: int = -1) -> Claimant:
    """A bare body given its side: 'air force' + Ukraine is the known Ukrainian Air Force, 'governor' + Russia
    stays 'Russian governor'."""
    name = f"{codebook.demonym_of.get(country, country)} {noun}"
    known = codebook.actor_for_phrase(name)
    if known is not None:
        return Claimant(known.name, known.country, known.kind, at, verb_at)
    return Claimant(name, country, "generic", at, verb_at)


def _generic_phrase(an: Analysis, generic: Match, codebook: Codebook) -> Claimant:
    """'Ukrainian officials', "Russia's defence ministry", 'western intelligence officials'."""
    for m in an.actors():
        if m.j <= generic.i and generic.i - m.j <= 2 and m.payload.actor.kind == "country":
            return _named_body(codebook, generic.payload, m.payload.actor.name, m.i)
    return Claimant(generic.payload, "", "generic", generic.i)


def _is_generic(codebook: Codebook, phrase: str) -> bool:
    """A generic claimant noun ('air force', 'governor') that is not itself a known actor."""
    entries = codebook.index.entries.get(phrase_key(phrase), ())
    return codebook.actor_for_phrase(phrase) is None and any(kind == "generic" for kind, _, _ in entries)


class Attributor:
    """Resolves the claimants of one document, sentence by sentence."""

    def __init__(self, codebook: Codebook, doc_countries: Counter[str], transcript: bool = False) -> None:
        self.codebook = codebook
        self.doc_countries = doc_countries  # where the whole document's events happen
        self.post_countries: Counter[str] = Counter()
        self.last: Claimant | None = None  # the post's last claimant
        self.history: list[Claimant] = []  # the post's claimants, in order
        self.subject: Claimant | None = (
            None  # the last body that opened a sentence ("The administration has…")
        )
        self.source: Claimant | None = (
            None  # the document's own source, from a title like "Air Force Command: …"
        )
        self.people: dict[str, Claimant] = {}  # surname -> a person the codebook does not know, named in full
        self.previous: tuple[tuple[int, int], Claimant] | None = (
            None  # (paragraph, sentence) and its claimant
        )
        self.paragraph = -1  # the paragraph read last, and the countries of the places its sentences named
        self.paragraph_countries: list[str] = []
        self.turns = Turns(codebook, transcript)  # who holds the floor, when the document is a transcript
        self.subject_sentence = -1  # the sentence a person subject opened

    def new_post(self, post_countries: Counter[str]) -> None:
        self.last = None
        self.history = []
        self.post_countries = post_countries

    def read_title(self, an: Analysis) -> None:
        """'Air Force Command: results of…', 'General Staff: …': the document speaks for that body. A transcript's
        speakers speak for the side of the first body or person the title names ('Pentagon Press Secretary …')."""
        low = an.tokens.lower
        sides = [
            _from_actor(m.payload, self.codebook).country
            for m in an.actors()
            if m.payload.actor.kind != "country"
        ]
        self.turns.default_country = next((c for c in sides if c), "")
        if ":" not in low or low.index(":") > self.codebook.title_source_max_tokens:
            return
        colon = low.index(":")
        hits = [m for m in an.matches if m.kind in ("actor", "generic") and m.j <= colon]
        if hits and not any(m.kind == "actor" and m.payload.actor.kind == "country" for m in hits):
            best = max(hits, key=lambda m: m.j - m.i)
            if best.kind == "actor":
                self.source = _from_actor(best.payload, self.codebook)
            elif self.doc_countries:  # a briefing speaks for the side whose places it reports
                country = self.doc_countries.most_common(1)[0][0]
                self.source = _named_body(self.codebook, best.payload, country, -1)
            else:
                self.source = Claimant(best.payload, "", "generic")

    def claimant(self, an: Analysis) -> Claimant | None:
        """The claimant of the sentence, or None when nobody is credited."""
        if an.sentence.paragraph != self.paragraph:
            self.turns.read(an.sentence.text)
        self._note_people(an)
        found = self._claimant(an)
        if (
            found is None
            and self.previous is not None
            and self.previous[0]
            == (
                an.sentence.paragraph,
                an.sentence.index - 1,
            )
        ):
            found = self.previous[1].placed(
                -1, -1
            )  # "… the Air Force said. Air defence shot down 70 of them."
        self.previous = ((an.sentence.paragraph, an.sentence.index), found) if found is not None else None
        if an.sentence.paragraph != self.paragraph:
            self.paragraph, self.paragraph_countries = an.sentence.paragraph, []
        self.paragraph_countries += [
            p.place.country for p in an.places if p.place.country and p.place.feature != "country"
        ]
        return found

    def _claimant(self, an: Analysis) -> Claimant | None:
        found = self._find(an)
        self._note_subject(an)
        if found is not None and found.kind != "pronoun":
            found = self._complete(found, an)
            if found.kind == "person" and " " in found.name:
                self.people.setdefault(found.name.split()[-1], found)
            self.last = found
            self.history.append(found)
            return found
        turn = self._turn()
        if found is not None and turn is not None and found.name in FIRST_PERSON:
            return turn.placed(found.at, found.verb_at)  # "we now assess that …" in her turn: hers
        if found is not None:
            resolved, by_name = self._antecedent(found.name, an.sentence.index)
            if not by_name:
                # no antecedent, or "the Air Force said" after the Russian ministry spoke: a known body's first
                # mention beats an unrelated last claimant
                first = self._first_mention(found, an)
                if first is not None and (resolved is None or first.kind != "generic"):
                    return self._remember(first)
            # named in an earlier sentence: only this sentence's pronoun position means anything here
            return resolved.placed(found.at, found.verb_at) if resolved is not None else None
        if self.last is not None and an.lowtext.startswith(self.codebook.continuations):
            return self.last.placed(-1, -1)  # "Of those, 51 were shot down": the same source goes on
        if turn is not None:
            return turn  # a transcript's speaker says what her turn says
        return self.source.placed(-1, -1) if self.source else None

    def _turn(self) -> Claimant | None:
        speaker = self.turns.speaker
        return Claimant(speaker.name, speaker.country, speaker.kind) if speaker is not None else None

    def _note_people(self, an: Analysis) -> None:
        """ "Belgium's Alexander De Croo", "Italian Prime Minister Giorgia Meloni": a person the codebook does not
        know, named in full after a country, is that country's when a later sentence gives only his surname."""
        text, low, toks = an.tokens.text, an.tokens.lower, an.tokens
        named: set[int] | None = None  # tokens a codebook phrase or a place covers, found when first needed
        for m, ref in an.country_actors():
            i = m.j + (1 if m.j < len(low) and low[m.j] == "'s" else 0)
            while i < len(low) and low[i] in TITLE_WORDS:
                i += 1
            if i >= len(low) or not text[i][:1].isupper():
                continue
            if named is None:
                named = {k for m in an.matches_of("actor", "generic") for k in range(m.i, m.j)}
                named.update(
                    k for p in an.places for k in range(toks.index_at(p.start), toks.index_at(p.end))
                )
            words = []
            while (
                i < len(low)
                and len(words) < 3
                and text[i][:1].isupper()
                and text[i].isalpha()
                and i not in named
            ):
                words.append(text[i])
                i += 1
            if len(words) >= 2 and words[-1] not in self.people:
                self.people[words[-1]] = Claimant(" ".join(words), ref.actor.name, "person")

    def _first_mention(self, pronoun: Claimant, an: Analysis) -> Claimant | None:
        """'the governor said' with no governor before it: the body itself, given the side the report is about."""
        head = pronoun.name.removeprefix("the ")
        if head == pronoun.name or not _is_generic(self.codebook, head):
            return None
        return self._complete(Claimant(head, "", "generic", pronoun.at, pronoun.verb_at), an)

    def _remember(self, claimant: Claimant) -> Claimant:
        if claimant.country:
            self.last = claimant
            self.history.append(claimant)
        return claimant

    def _antecedent(self, pronoun: str, at: int) -> tuple[Claimant | None, bool]:
        """'the ministry said': the post's last claimant that is a ministry; 'he said': the person who opened the
        sentence before, else the last person who spoke, else the last claimant. The flag says whether the
        antecedent was found by its name."""
        named = self._named_in_history(pronoun.split()[-1]) if pronoun.startswith("the ") else None
        if named is not None:
            return named, True
        if pronoun in PERSONAL_PRONOUNS:
            # "Zelenskiy has given higher numbers. On Saturday he said …": the person just named, else the last
            # person who spoke, before a body that spoke since
            if self.subject is not None and self.subject.kind == "person" and self.subject_sentence >= at - 1:
                return self.subject, False
            person = next((c for c in reversed(self.history) if c.kind == "person"), None)
            if person is not None:
                return person, False
        return self.last or self.subject, False

    def _named_in_history(self, head: str) -> Claimant | None:
        """The post's latest claimant whose name holds the word ('ministry' → Russian Defence Ministry)."""
        return next((c for c in reversed(self.history) if head in c.name.lower()), None)

    def _note_subject(self, an: Analysis) -> None:
        low = an.tokens.lower
        first = 1 if low[:1] == ("the",) else 0
        opening = [m for m in an.matches if m.kind in ("actor", "generic") and m.i <= first]
        if not opening:
            return
        text = an.tokens.text
        named = [  # "Ukrainian President Volodymyr Zelenskiy …": capitalised title words before the name
            m
            for m in an.matches
            if m.kind == "actor"
            and m.i <= first + OPENING_TITLE_REACH
            and m.payload.actor.kind not in ("country",)
            and all(w[:1].isupper() or w in ("of", "'s") for w in text[first : m.i])
        ]
        if named:  # "President Volodymyr Zelensky met …": the person, not the title
            self.subject = _from_actor(named[0].payload, self.codebook, named[0].i)
            self.subject_sentence = an.sentence.index
            return
        best = max(opening, key=lambda m: m.j - m.i)
        if best.kind == "generic":
            self.subject = self._complete(_generic_phrase(an, best, self.codebook), an)
        elif best.payload.actor.kind != "country":
            self.subject = _from_actor(best.payload, self.codebook, best.i)

    def _context_country(self, an: Analysis, at: int) -> str:
        """The side a bare body speaks for: a place in its title, then where this sentence, the sentences before it
        in its paragraph, its post and its document report events."""
        toks = an.tokens
        for p in an.places:
            if (
                p.place.country
                and 0 <= at - toks.index_at(p.end) <= TITLE_PLACE_REACH
                and toks.index_at(p.end) <= at
            ):
                return p.place.country
        local = [
            p.place.country
            for p in an.places
            if p.place.country and an.after_locative(toks.index_at(p.start))
        ]
        if local:
            return local[0]
        if an.sentence.paragraph == self.paragraph and self.paragraph_countries:
            # "… in Russia's Leningrad region. Regional governor X said …"
            return self.paragraph_countries[-1]
        for counts in (self.post_countries, self.doc_countries):
            if counts:
                return counts.most_common(1)[0][0]
        return ""

    def _complete(self, claimant: Claimant, an: Analysis) -> Claimant:
        """Add the implied country to 'the air force' or an unknown official, and name the body if known."""
        if claimant.country or claimant.kind not in ("generic", "person"):
            return claimant
        country = self._installed_by(an, claimant.at) or self._context_country(an, claimant.at)
        if not country:
            return claimant
        if claimant.kind == "person":
            return replace(claimant, country=country)
        return _named_body(self.codebook, claimant.name, country, claimant.at, claimant.verb_at)

    def _installed_by(self, an: Analysis, at: int) -> str:
        """'the Moscow-installed governor of the occupied part of Zaporizhzhia region, Yevgeny Balitsky': the
        side that installed him, whatever region he governs."""
        low = an.tokens.lower
        for k in range(max(2, at - INSTALLED_REACH), max(at, 0) + 1):
            if low[k] in INSTALLED_WORDS and low[k - 1] == "-":
                for m in an.actors():
                    if m.j == k - 1:
                        return m.payload.actor.country or m.payload.actor.name
        return ""

    def clause_claimant(self, an: Analysis, at: int, span: tuple[int, int] | None = None) -> Claimant | None:
        """The speaker of the clause holding token at (or of the token span given), when it is not the sentence's
        first clause: "Kyiv says it downed 21 drones; Moscow says it destroyed 35" and "…, while Moscow said it
        destroyed 35" credit 35 to Moscow."""
        if span is None and len(an.clause_starts) == 1:
            return None  # one clause: the sentence's speaker is its speaker
        start, end = span or clause_of(an.clause_starts, at, len(an.tokens))
        if start == 0:
            return None
        found = self._find(an, start, end)
        if found is None or found.kind == "pronoun" or found.at < start:
            return None
        return self._complete(found, an)

    def _find(self, an: Analysis, lo: int = 0, hi: int | None = None) -> Claimant | None:
        """The first credited speaker of a reporting verb or source marker between tokens lo and hi."""
        low = an.tokens.lower
        hi = len(low) if hi is None else hi
        reports = [m for m in an.matches_of("report") if lo <= m.i < hi]
        for m in reports:
            if " ".join(low[m.i : m.j]) in self.codebook.source_markers:
                hit = self._speaker_at(an, m.j)
                if hit is not None:
                    return hit.placed(hit.at, m.i)
        pronoun = None
        for m in reports:
            if pronoun is not None and ";" in low[pronoun.verb_at : m.i]:
                break  # "…, the governor said; Moscow reported …": the later clause has its own speaker
            if m.i > 0 and low[m.i - 1] in NOUN_DETERMINERS:
                continue  # "bases its estimates on", "the report": a noun, not a reporting verb
            if m.i > 0 and low[m.i - 1] in PASSIVE_AUX:
                continue  # "6.7 million refugees are recorded abroad": a passive names no speaker before it
            if m.i > 0 and low[m.i - 1] in INVERSION_MARKS:
                after = self._speaker_at(an, m.j)
                if after is not None and not self._ends_there(an, after.at):
                    after = None  # "Yevgeny Balitsky, said Ukrainian shelling had killed …": what he said
                hit = after or self._speaker_before(an, m.i)
            else:
                hit = self._speaker_before(an, m.i) or self._speaker_at(an, m.j)
            if hit is not None:
                hit = hit.placed(hit.at, m.i)
                if hit.kind != "pronoun":
                    return hit
                pronoun = pronoun or hit
        if pronoun is None and lo == 0:
            return self._dash_source(an) if an.sentence.is_headline else self._colon_source(an)
        return pronoun

    def _colon_source(self, an: Analysis) -> Claimant | None:
        """'Vyacheslav Gladkov: As a result of a drone attack …': an official channel's post opens with its author,
        a speaker the codebook knows."""
        low = an.tokens.lower
        colon = next((k for k in range(min(len(low), COLON_SOURCE_REACH)) if low[k] == ":"), -1)
        if colon < 2:
            return None
        found = self._speaker_ending_at(an, colon)
        if found is None or found.at > 1 or self.codebook.actor_by_name(found.name) is None:
            return None  # "Key Takeaways: …" is a label, not an author
        return found

    def _ends_there(self, an: Analysis, at: int) -> bool:
        """Whether the speaker phrase found at token at closes its clause, as an inverted speaker does ('…, said
        the Ukrainian military.', '…, said Mr Sobyanin on Telegram')."""
        low = an.tokens.lower
        ends = [m.j for m in an.matches_of("actor", "generic") if at <= m.i <= at + 2]
        end = max(ends, default=at + 1)
        return end >= len(low) or low[end] in SPEAKER_CLOSERS or not low[end][:1].isalnum()

    def _dash_source(self, an: Analysis) -> Claimant | None:
        """A headline that ends '… overnight - MoD' or '— Zelensky': the source after the dash."""
        low = an.tokens.lower
        end = len(low) - (1 if low and low[-1] in (".", ")") else 0)
        for m in an.matches_of("actor", "generic"):
            if m.j == end and m.i > 0 and low[m.i - 1] in DASHES:
                return self._speaker_ending_at(an, end)
        return None

    def _speaker_before(self, an: Analysis, verb_i: int) -> Claimant | None:
        low = an.tokens.lower
        i = verb_i - 1
        while i >= 0 and low[i] in BRIDGE:
            i -= 1
        if i < 0:
            return None
        if low[i] == ")":  # "The Russian Ministry of Defense (MoD) claimed": the gloss repeats the speaker
            opening = next((k for k in range(i - 1, max(-1, i - GLOSS_REACH), -1) if low[k] == "("), 0)
            if opening > 0:
                i = opening - 1
        if low[i] == "and":  # "The brigade published footage … and said": the sentence's subject
            return self._opening_speaker(an)
        if low[i] == ",":
            i = self._before_apposition(an, i)
        return self._speaker_ending_at(an, i + 1) or self._speaker_nearby(an, i + 1)

    def _before_apposition(self, an: Analysis, comma: int) -> int:
        """'X, which bases its estimates on intelligence, said' / 'X, a Washington think tank, estimated'."""
        low = an.tokens.lower
        for k in range(comma - 1, max(-1, comma - 16), -1):
            if low[k] == ",":
                return k - 1 if k + 1 < len(low) and low[k + 1] in APPOSITION_OPENERS else comma - 1
        return comma - 1

    def _opening_speaker(self, an: Analysis) -> Claimant | None:
        low = an.tokens.lower
        first = 1 if low[:1] == ("the",) else 0
        opening = [m for m in an.matches if m.kind in ("actor", "generic") and m.i <= first]
        return self._speaker_ending_at(an, max(opening, key=lambda m: m.j - m.i).j) if opening else None

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
        """A speaker phrase whose last token is end-1 ('… Mr Klitschko' said, '… its allies' assess)."""
        low = an.tokens.lower
        candidates = [m for m in an.matches if m.j == end and m.kind in ("actor", "generic", "pronoun")]
        if not candidates:
            return self._named_by_head(an, end) or self._unknown_name(an, end)
        best = max(candidates, key=lambda m: (m.j - m.i, m.kind == "actor"))
        opener = best.i - 1 - (1 if best.i > 0 and low[best.i - 1] == "the" else 0)
        if opener >= 0 and low[opener] in RELATIVE_OPENERS:
            return None  # "a ban that the authorities say…": a relative clause, not the sentence's source
        if (
            best.kind == "actor"
            and best.payload.actor.kind == "country"
            and best.i > 1
            and low[best.i - 1] in ("in", "of")
        ):
            # "the UN monitoring mission in Ukraine said", "the mayor of Kyiv said": the country places the speaker
            return self._speaker_ending_at(an, best.i - 1) or self._speaker_nearby(an, best.i - 1)
        if best.kind == "actor":
            return _from_actor(best.payload, self.codebook, best.i)
        if best.kind == "pronoun":
            return Claimant(" ".join(low[best.i : best.j]), "", "pronoun", best.i)
        return self._generic_speaker(an, best)

    def _named_by_head(self, an: Analysis, end: int) -> Claimant | None:
        """'The Investigative Committee has opened a case …, the committee said': the body named before, by the
        last word of its name."""
        low = an.tokens.lower
        if end < 2 or low[end - 2] != "the":
            return None
        head = low[end - 1]
        for m in reversed(an.actors()):
            if m.j < end - 2 and low[m.j - 1] == head and m.payload.actor.kind != "country":
                return _from_actor(m.payload, self.codebook, end - 2)
        named = next((c for c in reversed(self.history) if c.name.lower().split()[-1] == head), None)
        return named.placed(end - 2, -1) if named is not None else None

    def _generic_speaker(self, an: Analysis, generic: Match) -> Claimant:
        """'a senior Pentagon official' → Pentagon; 'its defence ministry' → the subject's; 'the top US
        diplomat', after Blinken spoke → Blinken; else '<Demonym> <noun>'."""
        low = an.tokens.lower
        body = [
            m
            for m in an.actors()
            if m.j <= generic.i and generic.i - m.j <= 1 and m.payload.actor.kind not in ("country", "person")
        ]
        if body:
            return _from_actor(body[-1].payload, self.codebook, body[-1].i)
        if generic.i > 0 and low[generic.i - 1] in POSSESSIVES:
            sides = [m for m, _ in an.country_actors() if m.i < generic.i]
            if sides:  # "Germany pledged €3bn…, its defence ministry said"
                return _named_body(self.codebook, generic.payload, sides[0].payload.actor.name, generic.i)
        if generic.i > 0 and low[generic.i - 1] == "the":
            named = self._named_in_history(generic.payload.split()[-1])
            if named is not None:  # "according to the ministry", after the Defence Ministry spoke
                return named.placed(generic.i, -1)
        definite = "the" in low[max(0, generic.i - 3) : generic.i]
        claimant = _generic_phrase(an, generic, self.codebook)
        if definite and generic.payload in self.codebook.person_nouns:
            last = self.last
            if (
                last is not None
                and last.kind == "person"
                and (last.country == claimant.country or not claimant.country)
            ):
                return last  # "the top US diplomat said", after Blinken was named
        return claimant

    def _unknown_name(self, an: Analysis, end: int) -> Claimant | None:
        """Capitalised words before the verb: a person the codebook does not know ("Governor Andriy Moroz")."""
        text, i = an.tokens.text, end - 1
        if i >= 0 and text[i] in self.people:
            known = self.people[text[i]]
            return known.placed(i, known.verb_at)
        words: list[str] = []
        while i >= 0 and len(words) < 4 and text[i][:1].isupper() and text[i].isalpha():
            words.insert(0, text[i])
            i -= 1
        while words and words[0].lower() in TITLE_WORDS:
            words.pop(0)
        if len(words) >= 2:
            return Claimant(" ".join(words[-3:]), "", "person", end - len(words))
        return None

    def _speaker_at(self, an: Analysis, start: int) -> Claimant | None:
        """The speaker right after a verb or marker: 'said the Ukrainian military', 'according to Kyiv'."""
        low = an.tokens.lower
        if start < len(low) and low[start] in RELATIVE_OPENERS:
            return None  # "…, estimated that Russian forces …": what is said follows, not who says it
        i = start
        while i < len(low) and low[i] in ("the", "a", "an", ",", "by"):
            i += 1
        # allow two describing words before the speaker ("western intelligence officials")
        candidates: list[Match] = []
        for k in range(i, min(i + 3, len(low))):
            candidates = [m for m in an.matches if m.i == k and m.kind in ("actor", "generic")]
            if candidates or not low[k].isalpha():
                break
        if not candidates:
            return None
        best = max(candidates, key=lambda m: m.j - m.i)
        follow = [m for m in an.matches if m.i in (best.j, best.j + 1) and m.kind == "generic"]
        if best.kind == "actor" and follow and best.payload.actor.kind == "country":
            return _generic_phrase(an, follow[0], self.codebook)
        if best.kind == "actor":
            nxt = [m for m in an.matches if m.kind == "actor" and best.i < m.i <= best.j + 4]
            people = [m for m in nxt if m.payload.actor.kind == "person"]
            if people:
                return _from_actor(people[0].payload, self.codebook, people[0].i)
            return _from_actor(best.payload, self.codebook, best.i)
        return self._named_after(an, best) or self._generic_speaker(an, best)

    def _named_after(self, an: Analysis, title: Match) -> Claimant | None:
        """'according to the regional governor Andrei Vorobyov': the person the title introduces."""
        text, k = an.tokens.text, title.j
        while k < len(text) and text[k][:1].isupper() and text[k].isalpha():
            k += 1
        known = [m for m in an.matches_of("actor") if title.j <= m.i < max(k, title.j + 1)]
        if known and known[0].payload.actor.kind == "person":
            return _from_actor(known[0].payload, self.codebook, known[0].i)
        return self._unknown_name(an, k) if k - title.j >= 2 else None
