"""Who says it, across a document: the claimant of each sentence from the speaker phrases speakers.py finds, with
pronouns and definite descriptions ("he said", "the top US diplomat said") resolved against who spoke before,
bare bodies ("the air force", "the regional governor") given the country the report is about, a transcript's
turns, and a sentence with no speaker going on with its paragraph's last one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import islice

from frontline.analysis import Analysis
from frontline.bylines import BylineReader
from frontline.claimant import Claimant, from_actor, generic_phrase, is_generic, named_body
from frontline.clauses import clause_of, opens_on_last_count
from frontline.codebook import Codebook
from frontline.lexicon import Match
from frontline.post_sources import clock_colon, colon_headline_source, stamp_colon
from frontline.speakers import (
    FIRST_PERSON,
    INSTALLED_REACH,
    INSTALLED_WORDS,
    OPENING_TITLE_REACH,
    PERSONAL_PRONOUNS,
    POSSESSIVES,
    TITLE_PLACE_REACH,
    SpeakerSearch,
)
from frontline.turns import Turns
from frontline.unlisted_speakers import INSTITUTION_HEADS, MISSION_WORDS, TITLE_WORDS, call_sign

# words naming a state's national offices and their holders, not a region's or a city's
NATIONAL_OFFICES = frozenset(
    "ministry minister government cabinet secretary president prime premier parliament embassy spokesman "
    "spokeswoman spokesperson".split()
)
# what opens a state office's name: "State Security Service"
STATE_WORDS = frozenset(("state", "national", "federal"))
LABEL_TOKENS = 6  # a section label in capitals ("OFFICIAL FIGURES AND ESTIMATES"), not a headline in capitals
OFFICIAL_KINDS = frozenset(("state_body", "generic"))  # a document's source that speaks for its state
DOCUMENTS = frozenset(("the report", "the statement"))  # what a body issues: "the report says"
OPENING_PHRASE_REACH = 6  # tokens of an opening time phrase before its comma: "Late on Thursday,"
# "a spokesman for Ukraine's military intelligence", "an adviser to the Russian president": a title, then the body
TITLE_LINKS = frozenset(("for", "of", "to", "at", "the", "senior", "press"))
TITLE_TO_BODY = 5  # words between the apposition's article and the body ("a senior research fellow at the")
# "a research fellow at the Norwegian Defence Research Establishment": a scholar's title before his institute
SCHOLARS = frozenset(
    "research fellow senior analyst researcher professor expert associate scholar economist".split()
)
# "The Post's own count, …, is slightly lower", "By the paper's own tally": a name the codebook lacks owning the
# count is the outlet that writes
OWN_COUNT_RE = re.compile(
    r"(?:by |according to )?(?:the |this )?[\w.-]+['’]s own (?:count|tally|review|analysis|estimate|calculation)"
    # "By our sum of the Air Force's monthly figures, …": the writers' own
    r"|(?:by |according to )?our (?:own )?(?:count|tally|sum|calculation|calculations|estimate|analysis)\b",
    re.IGNORECASE,
)
# "The chief doctor of the Odesa Regional Clinical Hospital, Viktor Hnatiuk, held a briefing": a person named in
# full between commas after the post he holds, whom a later '"…," Hnatiuk said' names by surname
ROLE_WORDS = frozenset(
    """doctor physician surgeon director head chief spokesman spokeswoman spokesperson official officer
    representative commander manager chairman chairwoman""".split()
)
APPOSED_NAME_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er) (?:[\w'’-]+ ){0,10}?(?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")\b[^,]{0,60}, ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}),"
)
RECENT_SPEAKERS = 50  # how far back 'he said' looks for a person who spoke (a long post stays linear)


class Attributor(SpeakerSearch, BylineReader):
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
        self.subject_noted = -1  # the sentence whose opening body is the subject
        # the last sentence a country opened, and that country: "Russia handed over 900 bodies it said were …"
        self.side_subject: tuple[int, Match] | None = None
        self.aside = False  # this sentence's claimant speaks only in an aside of it
        self.title_country = ""  # the first country the title names as a side ("UK sanctions …")
        self.home = ""  # the country a wire is filed from ("TOKYO, Nov. 14 (Kyodo) --"), if any
        self.entry_author = None
        self.entry_labels_lines = False
        self.outlet: Claimant | None = (
            None  # the outlet a credit line names ("Kyiv Ledger | Data | 2 July 2025")
        )

    @property
    def subject_side(self) -> str:
        """The country that opened the last sentence a country opened ("Russia's own admission …")."""
        return self.side_subject[1].payload.actor.name if self.side_subject is not None else ""

    def new_post(self, post_countries: Counter[str]) -> None:
        self.entry_author = None
        self.last = None
        self.history = []
        self.post_countries = post_countries

    def claimant(self, an: Analysis) -> Claimant | None:
        """The claimant of the sentence, or None when nobody is credited."""
        self.turns.note(an)
        if an.sentence.paragraph != self.paragraph:
            self.turns.read(an.sentence.text)
        self._note_people(an)
        found = self._claimant(an)
        just_before = (an.sentence.paragraph, an.sentence.index - 1)
        if opens_on_last_count(an.tokens.lower):
            # "… had passed one million, the General Staff said." and, below it, "The tally … stood at 1,000,340"
            just_before = (self.previous[0][0], just_before[1]) if self.previous is not None else just_before
        if found is None and self.previous is not None and self.previous[0] == just_before:
            # "… the Air Force said. Air defence shot down 70 of them."; a post's author goes on speaking
            found = self.previous[1].placed(-1, -1)
        if found is None and self._quoted_on(an):
            # '"… By now the number is 27," Hnatiuk said.' then a paragraph of quotation: he goes on
            found = self.previous[1].placed(-1, -1)
        if found is None:
            found = self._entry_goes_on(an)
        if (
            found is None
            and self.source is not None
            and not (self.turns.transcript and (an.sentence.is_headline or self.turns.asking))
        ):
            # the body whose posts or briefing the document is; a transcript's topic heading ('On the strike in
            # Sumy') is the editor's, not the speaker's, and a reporter's question is nobody's claim
            found = self.source.placed(-1, -1)
        goes_on = found is not None and not self.aside
        self.previous = ((an.sentence.paragraph, an.sentence.index), found) if goes_on else None
        self.aside = False
        if an.sentence.paragraph != self.paragraph:
            self.paragraph, self.paragraph_countries = an.sentence.paragraph, []
        self.paragraph_countries += [
            p.place.country for p in an.places if p.place.country and p.place.feature != "country"
        ]
        return found

    def _quoted_on(self, an: Analysis) -> bool:
        """Whether a paragraph opening with a quotation follows one that ended on a person's quoted words."""
        if self.previous is None or an.sentence.text[:1] not in ('"', "“"):
            return False
        (paragraph, _), before = self.previous
        return (
            paragraph == an.sentence.paragraph - 1
            and before.kind == "person"
            and an.sentence.paragraph != self.paragraph
        )

    def _entry_goes_on(self, an: Analysis) -> Claimant | None:
        """'07:10 Head of the RMA Serhii Lysak: … .' then 'In the Nikopol district, the enemy shelled …': an
        entry's later paragraphs are its author's until another entry (stamped with its time or opening with a
        label) or a headline."""
        if self.entry_author is None:
            return None
        paragraph, author = self.entry_author
        opens_paragraph = an.sentence.paragraph != self.paragraph
        low = an.tokens.lower
        new_entry = opens_paragraph and (clock_colon(low, 1) or stamp_colon(low) > 0)
        if an.sentence.is_headline or (new_entry and not (self.entry_labels_lines and clock_colon(low, 1))):
            # a new entry: stamped with its time, or opening with its own label ("Key Takeaways: …"); a line that
            # only labels ("Oleh Syniehubov, head of the … Administration:") speaks for the stamped posts below it
            self.entry_author = None
            return None
        if an.sentence.paragraph == paragraph:
            return None
        # as completed when the entry was read ("… Poltava Regional Military Administration Volodymyr Kohut": Ukraine)
        author = next((c for c in reversed(self.history) if c.name == author.name), author)
        return author.placed(-1, -1)

    def _claimant(self, an: Analysis) -> Claimant | None:
        text = an.sentence.text
        if text.isupper() and len(an.tokens) <= LABEL_TOKENS and not any(c.isdigit() for c in text):
            return None  # "OFFICIAL FIGURES AND ESTIMATES": a section label, no speaker ('official' is no noun here)
        if (fighter := call_sign(an)) is not None:
            # "… who goes by the call sign Doc": later, "Doc said"
            self.people.setdefault(fighter.name, fighter)
        if (found := self._find(an)) is None and an.sentence.is_summary:
            # a summary of the whole page: its generic speaker is of the side where the page's events happen
            side = self.doc_countries.most_common(1)[0][0] if self.doc_countries else ""
            found = colon_headline_source(an, self.codebook, side)
        if found is None and (
            (an.tokens.lower[:1] == ("our",) and an.matches_of("report")) or OWN_COUNT_RE.match(text)
        ):
            found = Claimant("we", "", "pronoun", 0)  # "Our own model … suggests that …": the author's
        self._note_subject(an)
        if found is not None and found.kind != "pronoun":
            entry = self.entry_author is not None and self.entry_author[1] is found
            found = self._other_countrys_body(self._complete(found, an), an)
            if entry:
                self.entry_author = (an.sentence.paragraph, found)  # its later paragraphs: as completed here
            if found.kind == "person" and " " in found.name:
                self.people.setdefault(found.name.split()[-1], found)
            self.last = found
            self.history.append(found)
            return found
        turn = self.turns.speaker
        if found is not None and turn is not None and found.name in FIRST_PERSON:
            return turn.placed(found.at, found.verb_at)  # "we now assess that …" in her turn: hers
        own = self.source or self.outlet  # the body whose text it is, else the outlet its credit line names
        if (
            found is not None
            and found.name in FIRST_PERSON
            and own is not None
            and own.kind in ("media", "organisation", "person", "state_body")
            and not _quoted(an, found.at)
        ):
            return own.placed(found.at, found.verb_at)  # "we estimate that …" in an outlet's count: its own
        if found is not None:
            resolved, by_name = self._antecedent(found.name, an.sentence.index)
            if not by_name:
                # no antecedent, or "the Air Force said" after the Russian ministry spoke: a known body's first
                # mention beats an unrelated last claimant
                first = self._first_mention(found, an)
                if (
                    first is not None
                    and resolved is not None
                    and resolved.kind == "person"
                    and resolved.country
                ):
                    # "Foreign Minister Sybiha said …. The Ministry of Energy said …": a body is not the person
                    # before it, but speaks for his side
                    first = named_body(
                        self.codebook,
                        found.name.removeprefix("the "),
                        resolved.country,
                        found.at,
                        found.verb_at,
                    )
                    return self._remember(first)
                if first is not None and (resolved is None or first.kind != "generic"):
                    return self._remember(first)
            # named in an earlier sentence: only this sentence's pronoun position means anything here
            if resolved is None:
                return None
            if resolved is not self.last and resolved is self.subject:
                self._remember(
                    resolved
                )  # "…, when it said …": the body speaks, and 'the ministry' is it later
            return resolved.placed(found.at, found.verb_at)
        if self.last is not None and an.opening.startswith(self.codebook.continuations):
            return self.last.placed(-1, -1)  # "Of those, 51 were shot down": the same source goes on
        return turn  # a transcript's speaker says what her turn says

    def _note_people(self, an: Analysis) -> None:
        """ "Belgium's Alexander De Croo", "Italian Prime Minister Giorgia Meloni": a person the codebook does not
        know, named in full after a country, is that country's when a later sentence gives only his surname."""
        text, low, toks = an.tokens.text, an.tokens.lower, an.tokens
        apposed = () if ROLE_WORDS.isdisjoint(low) else APPOSED_NAME_RE.finditer(an.sentence.text)
        for m in apposed:
            surname, role_start = m.group(1).split()[-1], toks.index_at(m.start())
            name_start, name_end = toks.index_at(m.start(1)), toks.index_at(m.end(1))
            if (
                surname in self.people
                or an.place_at(*m.span(1))
                or any(a.i < name_end and name_start < a.j for a in an.actors())
            ):
                continue  # a place, or a person the codebook knows
            # "the Belarusian …", "the Odesa Regional Clinical Hospital": the country of the post he holds
            country = next(
                (ref.actor.name for a, ref in an.country_actors() if role_start <= a.i < name_start), ""
            ) or next(
                (p.place.country for p in an.places if m.start() <= p.start and p.end <= m.start(1)), ""
            )
            if country:  # else the speaker search finds him, and his side, as before
                self.people[surname] = Claimant(m.group(1), country, "person")
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
                if (
                    i + 1 < len(low)
                    and text[i] == "-"
                    and text[i + 1][:1].isupper()
                    and text[i + 1].isalpha()
                ):
                    words[-1] += f"-{text[i + 1]}"  # "Polish Defence Minister Władysław Kosiniak-Kamysz"
                    i += 2
            surname = words[-1].split("-")[-1] if words else ""  # the token a later "Kamysz said" ends with
            if surname.lower() in INSTITUTION_HEADS | MISSION_WORDS:
                continue  # "Lithuania's State Security Department": a body, not a person
            if len(words) >= 2 and surname not in self.people:
                self.people[surname] = Claimant(" ".join(words), ref.actor.name, "person")

    def _first_mention(self, pronoun: Claimant, an: Analysis) -> Claimant | None:
        """'the governor said' with no governor before it: the body itself, given the side the report is about."""
        head = pronoun.name.removeprefix("the ")
        if head == pronoun.name or not is_generic(self.codebook, head):
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
        if pronoun in DOCUMENTS:
            # "the report says" after its author's director spoke: a body issues reports, a person presents them
            body = next((c for c in reversed(self.history) if c.kind not in ("person", "pronoun")), None)
            if body is not None:
                return body, False
        if pronoun in ("it", "they") and self.subject is not None and self.subject_noted == at:
            return self.subject, False  # "Its defence ministry last gave a figure …, when it said …"
        if pronoun == "it" and self.side_subject is not None and self.side_subject[0] == at:
            # "Russia handed over 900 bodies it said were …": Russia, in an aside the next sentence does not go on
            self.aside = True
            side = self.side_subject[1]
            return from_actor(side.payload, self.codebook, side.i), False
        if (
            pronoun.startswith("the ")
            and self.subject is not None
            and self.subject.kind not in ("person", "generic")  # a named body, not "the agency" itself
            and at in (self.subject_noted, self.subject_sentence)
        ):
            # "The CBI arrested two agents …, the agency said": the body just named
            return self.subject, False
        if pronoun in PERSONAL_PRONOUNS:
            # "Zelenskiy has given higher numbers. On Saturday he said …": the person just named, else the last
            # person who spoke, before a body that spoke since
            # ("Kremlin spokesperson Dmitry Peskov told reporters … He denied …": a person the codebook codes as
            # the body he speaks for)
            if (
                self.subject is not None
                and self.subject_sentence >= at - 1
                and (self.subject.kind == "person" or self.subject_sentence > self.subject_noted)
            ):
                return self.subject, False
            recent = islice(reversed(self.history), RECENT_SPEAKERS)
            person = next((c for c in recent if c.kind == "person"), None)
            if person is not None:
                return person, False
        return self.last or self.subject, False

    def _named_in_history(self, head: str) -> Claimant | None:
        """The post's latest claimant whose name holds the word ('ministry' → Russian Defence Ministry), as a whole
        word: 'the air force' is not the 'Southern Defence Forces'."""
        return next((c for c in reversed(self.history) if head in c.name.lower().split()), None)

    def _note_subject(self, an: Analysis) -> None:
        low = an.tokens.lower
        # "On Thursday, the Central Bureau of Investigation arrested …": the subject after an opening time phrase
        comma = low.index(",") if "," in low[:OPENING_PHRASE_REACH] else -1
        start = comma + 1 if comma > 0 and any(d.end <= an.tokens.end[comma] for d in an.dates) else 0
        first = start + (1 if low[start : start + 1] in (("the",), ("its",), ("their",)) else 0)
        opening = [m for m in an.matches if m.kind in ("actor", "generic") and start <= m.i <= first]
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
            self.subject = from_actor(named[0].payload, self.codebook, named[0].i)
            self.subject_sentence = an.sentence.index
            return
        best = max(opening, key=lambda m: m.j - m.i)
        if best.kind == "actor" and best.payload.actor.kind == "country":
            self.side_subject = (an.sentence.index, best)
        if best.kind == "generic" and low[0] in POSSESSIVES:
            self.subject = self._generic_speaker(an, best)  # "Its defence ministry …": the side just named
        elif best.kind == "generic":
            self.subject = self._complete(generic_phrase(an, best, self.codebook), an)
        elif best.payload.actor.kind != "country":
            self.subject = from_actor(best.payload, self.codebook, best.i)
        else:
            return
        self.subject_noted = an.sentence.index

    def _context_country(self, an: Analysis, at: int) -> str:
        """The side a bare body speaks for: a place in its title, then where this sentence, the sentences before it
        in its paragraph, its post and its document report events."""
        toks = an.tokens
        for p in an.places:
            # "Saratov regional governor", "the Belgorod regional governor" (the place's match takes "regional")
            if p.place.country and 0 <= at - toks.index_at(p.start) <= TITLE_PLACE_REACH:
                return p.place.country
        local = [
            p.place.country
            for p in an.places
            if p.place.country
            and an.after_locative(toks.index_at(p.start))
            and an.tokens.lower[toks.index_at(p.end) : toks.index_at(p.end) + 1]
            != ("'s",)  # "of Russia's aggression"
        ]
        if local:
            return local[0]
        if an.sentence.paragraph == self.paragraph and self.paragraph_countries:
            # "… in Russia's Leningrad region. Regional governor X said …"
            return self.paragraph_countries[-1]
        if self.source is not None and self.source.kind in OFFICIAL_KINDS and self.source.country:
            # "According to juvenile prosecutors …" in the Prosecutor General's digest: its side's prosecutors
            return self.source.country
        for counts in (self.post_countries, self.doc_countries):
            if counts:
                return counts.most_common(1)[0][0]
        return ""

    def _complete(self, claimant: Claimant, an: Analysis) -> Claimant:
        """Add the implied country to 'the air force' or an unknown official, and name the body if known."""
        if claimant.country or claimant.kind not in ("generic", "person", "organisation"):
            return claimant
        if claimant.kind == "organisation":
            # "The State Security Service denied …" in a Tbilisi outlet: a state's own service
            state = claimant.name.split()[0].lower() in STATE_WORDS
            return replace(claimant, country=self.home) if state and self.home else claimant
        country = (
            (self._described_as(an, claimant) if claimant.kind == "person" else "")
            or self._installed_by(an, claimant)
            or self._home_office(an, claimant)
            or self._context_country(an, claimant.at)
        )
        if not country:
            return claimant
        if claimant.kind == "person":
            return replace(claimant, country=country)
        return named_body(self.codebook, claimant.name, country, claimant.at, claimant.verb_at)

    def _home_office(self, an: Analysis, claimant: Claimant) -> str:
        """'the Foreign Ministry said', 'Foreign Minister Takeshi Iwaya told reporters' in a wire filed from Tokyo:
        a national office, or its holder, of the country the wire is filed from."""
        if not self.home:
            return ""
        words = claimant.name.lower().split()
        if claimant.kind == "person" and claimant.at > 0:
            words = an.tokens.lower[max(0, claimant.at - OPENING_TITLE_REACH) : claimant.at]
        return self.home if not NATIONAL_OFFICES.isdisjoint(words) else ""

    def _other_countrys_body(self, body: Claimant, an: Analysis) -> Claimant:
        """'the Polish General Staff said': a known body's bare name ("General Staff", Ukraine's) after another
        country's demonym is that country's body."""
        if body.kind in ("person", "country", "generic") or body.at <= 0:
            return body
        match = next((m for m in an.actors() if m.i == body.at), None)
        side = next((ref.actor.name for m, ref in an.country_actors() if m.j == body.at), "")
        if match is None or not side or side == body.country or ref_names_country(match, an):
            return body
        return named_body(
            self.codebook, " ".join(an.tokens.text[match.i : match.j]), side, body.at, body.verb_at
        )

    def _described_as(self, an: Analysis, person: Claimant) -> str:
        """'Andrei Morozov, a Russian military blogger, wrote': the side the apposition after a name gives; 'the
        chairman of the State Border Committee, Konstantin Molostov' and 'MEA spokesperson Randhir Jaiswal': the
        side of the body his title names."""
        if person.at < 0:
            return ""
        low = an.tokens.lower
        k = person.at
        while k > 0 and low[k - 1] in TITLE_WORDS:
            k -= 1  # "MEA spokesperson Randhir Jaiswal", "Pentagon press secretary …": the body before his title
        if k < person.at:
            body = next((m.payload.actor for m in an.matches_of("actor") if m.j == k), None)
            if body is not None and body.kind not in ("person", "country", "media") and body.country:
                return body.country
        if person.at > 2 and low[person.at - 1] == ",":
            k = person.at - 2
            while k > 1 and low[k] in TITLE_WORDS:
                k -= 1
            if k < person.at - 2 and low[k] == "'s" and (body := self._named_in_history(low[k - 1])):
                return body.country  # "the service's director general, Kaupo Rosin": the service just named
            for m in an.matches_of("actor"):
                actor = m.payload.actor
                if (
                    m.j == person.at - 1
                    and actor.kind not in ("person", "country")
                    and "of" in low[m.i - 2 : m.i]
                ):
                    return actor.country
        end = person.at + len(person.name.split())
        if low[end : end + 2] not in ((",", "a"), (",", "an"), (",", "the")):
            return ""
        for m in an.matches_of("actor"):  # "a Russian military blogger": 'Russian military' may be a body
            actor = m.payload.actor
            if end + 2 <= m.i <= end + 3 and actor.kind != "person":
                return actor.party
            # "Andriy Yusov, a spokesman for Ukraine's military intelligence": the side of the body he speaks for
            between = low[end + 2 : m.i]
            if (
                between
                and len(between) <= TITLE_TO_BODY
                and between[-1] in TITLE_LINKS
                and all(w in TITLE_WORDS or w in TITLE_LINKS or w in SCHOLARS for w in between)
                and actor.kind != "person"
            ):
                return actor.party
        return ""

    def _installed_by(self, an: Analysis, claimant: Claimant) -> str:
        """'the Moscow-installed governor of the occupied part of Zaporizhzhia region, Yevgeny Balitsky', 'Alexei
        Kulemzin, Russian-installed head of Donetsk': the side that installed him, whatever region he governs."""
        low, at = an.tokens.lower, claimant.at
        before = range(max(2, at - INSTALLED_REACH), max(at, 0) + 1)
        end = at + len(claimant.name.split())  # an apposition after the name: "Name, Russian-installed head"
        after = (
            range(end + 2, min(end + 5, len(low))) if at >= 0 and low[end : end + 1] == (",",) else range(0)
        )
        for k in (*before, *after):
            if low[k] in INSTALLED_WORDS and low[k - 1] == "-":
                for m in an.actors():
                    if m.j == k - 1:
                        return m.payload.actor.country or m.payload.actor.name
        return ""

    def clause_claimant(
        self, an: Analysis, at: int, span: tuple[int, int] | None = None, first: bool = False
    ) -> Claimant | None:
        """The speaker of the clause holding token at (or of the token span given), when it is not the sentence's
        first clause (or also the first, when the sentence's speaker speaks only for a later one): "Kyiv says it
        downed 21 drones; Moscow says it destroyed 35" and "…, while Moscow said it destroyed 35" credit 35 to
        Moscow; "the Dutch government pledged €750m, and Finland announced …" credits €750m to the Dutch."""
        if span is None and len(an.clause_starts) == 1:
            return None  # one clause: the sentence's speaker is its speaker
        start, end = span or clause_of(an.clause_starts, at, len(an.tokens))
        if start == 0 and not first:
            return None
        found = self._find(an, start, end)
        if found is None or found.kind == "pronoun" or found.at < start:
            return None
        return self._complete(found, an)


def ref_names_country(match: Match, an: Analysis) -> bool:
    """Whether a body's matched name holds its country ("Ukraine's General Staff", "Ukrainian Air Force")."""
    return any(match.i <= m.i < match.j for m, _ in an.country_actors())


def _quoted(an: Analysis, at: int) -> bool:
    """Whether token at lies inside a quotation opened earlier in its sentence."""
    before = an.tokens.text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
