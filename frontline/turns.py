"""Speaker turns in a transcript: after 'MS. SINGH:' every paragraph is hers until the next label ('Q:')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from frontline.analysis import Analysis
from frontline.claimant import Claimant
from frontline.codebook import Codebook
from frontline.records import DateMention

# an all-capitals label opening a paragraph: "DEPUTY PRESS SECRETARY SABRINA SINGH:", "MS. SINGH:", "Q:"
LABEL_RE = re.compile(r"\s*((?:[A-Z][A-Z'’.-]*\s+){0,6}[A-Z][A-Z'’.-]*)\s*:\s")
# "Question:", "Maria Zakharova:": a transcript's labels in title case, which only a question label tells from
# a digest's "Air Force:" lines
TITLE_LABEL_RE = re.compile(r"\s*((?:[A-Z][a-z'’.-]+\s+){0,3}[A-Z][a-z'’.-]+)\s*:\s")
# the Kremlin's labels, a speaker's initials and surname: "V.Putin:", "A.Khinshtein:", "S. Lavrov:"
INITIALLED_LABEL_RE = re.compile(r"\s*(?:[A-Z]\.\s?){1,2}([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s*:\s")
# a parliamentary record's labels: "The Secretary of State for Defence (John Healey):", "James Cartlidge (South
# Suffolk) (Con):", a minister's office with the name in brackets, a member's name with seat and party
HANSARD_RE = re.compile(
    r"\s*(?P<before>[A-Z][\w.'’ -]{1,80}?)\s*\((?P<inside>[A-Z][^()]{1,60})\)(?:\s*\((?P<party>[A-Z][\w/&-]{0,11})\))?"
    r"\s*:\s"
)
OFFICE_OPENERS = (
    "The ",
    "Minister",
    "Secretary",
    "Parliamentary",
    "Prime",
    "Chancellor",
    "Leader",
    "Solicitor",
)
CROWD_WORDS = frozenset(("members", "member"))  # "Hon. Members: Hear, hear." is the floor, not a speaker
HONORIFICS = frozenset(("mr", "ms", "mrs", "dr", "sir", "dame", "gen", "adm", "col", "lt", "maj"))
QUESTION_LABELS = frozenset(
    "q question questioner reporter audience host presenter interviewer anchor moderator".split()
)
ANSWER_LABELS = frozenset(("a", "answer"))  # an interview's answers: the person the standfirst introduces
PLACE_SUFFIXES = frozenset(("region", "oblast", "territory", "republic", "district", "city"))
GIVEN_REACH = 40  # characters of given names and rank before a surname
INTRO_PARAGRAPHS = 3  # paragraphs of a title, standfirst and witness list that introduce the speakers
GIVEN_NAMES_RE = re.compile(r"(?:(?:[A-Z][a-z]+\.?|[A-Z]\.)\s+){1,3}\Z")  # "Gen. Daniel R. " before a surname


def _label(text: str, title_case: bool = False) -> list[str]:
    """The lower-case words of the label opening a paragraph, [] when there is none; in capitals ('MS. SINGH:'),
    or with title_case also in title case ('Maria Zakharova:')."""
    m = LABEL_RE.match(text) or (TITLE_LABEL_RE.match(text) if title_case else None)
    if m is None or not any(c.islower() for c in text[m.end() : m.end() + 40]):
        return []  # no label, or a heading in capitals
    return [w.strip(".").lower() for w in m.group(1).split()]


def _initialled_label(text: str) -> list[str]:
    """The surname of a label in the Kremlin's form ('V.Putin:' → ['putin']), [] when there is none."""
    m = INITIALLED_LABEL_RE.match(text)
    return [m.group(1).lower()] if m is not None else []


def hansard_label(text: str) -> list[str]:
    """The lower-case words of the speaker a parliamentary record's label names, [] when there is none: the
    bracketed name after an office ('The Secretary of State for Defence (John Healey):'), else the name before a
    seat and party ('James Cartlidge (South Suffolk) (Con):')."""
    m = HANSARD_RE.match(text)
    if m is None:
        return []
    before = m.group("before")
    name = m.group("inside") if m.group("party") is None and before.startswith(OFFICE_OPENERS) else before
    return [w.strip(".").lower() for w in name.split()]


def _speaker_label(words: list[str]) -> bool:
    """A person's label has a name and a surname or an honorific ('MS. SINGH'); 'KYIV:' or 'UPDATE:' has not."""
    return len(words) >= 2 and not QUESTION_LABELS.intersection(words)


def _surname_label(words: list[str]) -> bool:
    """A label of one word that neither asks nor answers: in a transcript, a surname ('YANUSHEVYCH:')."""
    return len(words) == 1 and words[0] not in QUESTION_LABELS and words[0] not in ANSWER_LABELS


# "He spoke to us on Tuesday", "interviewed by phone on March 3": the day the answers were given
# "The Coordination Headquarters published the following statement on Friday, 2 October": the text below is its
ISSUED = r"(?:published|issued|released|posted) the following"
ISSUED_RE = re.compile(rf"\b{ISSUED}\b", re.IGNORECASE)
INTERVIEW_RE = re.compile(
    rf"\b(?:spoke|talked|speaking|interviewed|the interview took place|{ISSUED})\b", re.IGNORECASE
)


def interview_day(intro: list[tuple[str, list[DateMention]]]) -> date | None:
    """The day an interview was given (or a statement quoted in full was issued), from its introduction's sentences
    (text and dates): the first day-precise date after 'spoke', 'talked', 'interviewed' or 'published the
    following'. Its answers' 'yesterday' and 'last week' count from then."""
    for text, dates in intro:
        said = INTERVIEW_RE.search(text)
        if said is not None:
            day = next((d.date for d in dates if d.start > said.start() and d.precision == "day"), None)
            if day is not None:
                return day
    return None


def is_transcript(openings: list[str]) -> bool:
    """Whether paragraphs open with speaker labels: a question label and a speaker or an answer label ("Q:",
    "A:"), or two different speakers."""
    if len({tuple(w) for w in map(hansard_label, openings) if len(w) >= 2}) >= 2:
        return True  # a parliamentary record: members and ministers take the floor in turn
    if len({tuple(w) for w in map(_initialled_label, openings) if w}) >= 2:
        return True  # "V.Putin: …" then "A.Khinshtein: …": two speakers by initials and surname
    labels = [_label(text) for text in openings]
    speakers = {tuple(w) for w in labels if _speaker_label(w)}
    asked = any(w and w[0] in QUESTION_LABELS for w in labels)
    if asked:  # "HOST: …" then "YANUSHEVYCH: …": a guest labelled by surname answers the host
        speakers |= {tuple(w) for w in labels if _surname_label(w)}
    answered = any(w and w[0] in ANSWER_LABELS and len(w) == 1 for w in labels)
    if len(speakers) >= 2 or (asked and (bool(speakers) or answered)):
        return True
    titled = [_label(text, title_case=True) for text in openings]
    # "Question: …" then "Maria Zakharova: …": a question label makes title-case labels a transcript's
    return any(w and w[0] in QUESTION_LABELS for w in titled) and any(_speaker_label(w) for w in titled)


@dataclass
class Turns:
    """Who holds the floor in a transcript, read from the labels that open paragraphs."""

    codebook: Codebook
    transcript: bool = False  # is_transcript() of the document: only then do labels open turns
    default_country: str = ""  # the side the document speaks for (the Pentagon in its title)
    speaker: Claimant | None = None
    interviewee: Claimant | None = None  # who answers "A:" turns: the person the standfirst introduces
    asking: bool = False  # the floor is a questioner's ("QUESTION: Ukrainian officials now say …")
    _by_surname: dict[str, Claimant] = field(default_factory=dict)
    _intro: list[Analysis] = field(default_factory=list)  # the sentences that introduce the speakers

    def note(self, an: Analysis) -> None:
        """Keep a sentence of the introduction ("Witness: Gen. Daniel R. Whitcomb, Commander, U.S. European
        Command"): a later label that gives only a surname is the person it names in full."""
        if self.transcript and an.sentence.paragraph < INTRO_PARAGRAPHS:
            self._intro.append(an)

    def read(self, paragraph_text: str) -> None:
        """Read the first sentence of a paragraph: a speaker's label opens a turn, any other label ends one."""
        if not self.transcript:
            return
        words = (
            hansard_label(paragraph_text)
            or _initialled_label(paragraph_text)
            or _label(paragraph_text, title_case=True)
        )
        if words:
            self.asking = words[0] in QUESTION_LABELS
        if CROWD_WORDS.intersection(words):
            self.speaker = None
        elif len(words) == 1 and words[0] in ANSWER_LABELS:
            self.speaker = self.interviewee
        elif _surname_label(words):
            # "YANUSHEVYCH:": the guest the introduction named in full, else no one known
            self.speaker = self._introduced(Claimant(words[0].capitalize(), self.default_country, "person"))
        elif words:
            self.speaker = self._resolve(words) if _speaker_label(words) else None

    def _resolve(self, words: list[str]) -> Claimant:
        """'deputy press secretary sabrina singh' → Sabrina Singh; 'ms singh' → the Singh named before."""
        titled = [w for w in words if w not in HONORIFICS]
        known = self.codebook.actor_for_phrase(" ".join(titled)) if titled else None
        if known is not None and known.kind != "country":
            return Claimant(known.name, known.country, known.kind)
        surname = titled[-1] if titled else words[-1]
        if surname in self._by_surname:
            return self._by_surname[surname]
        titles = self.codebook.person_nouns
        name_words = titled[-2:] if len(titled) >= 2 and titled[-2] not in titles else titled[-1:]
        speaker = Claimant(" ".join(w.capitalize() for w in name_words), self.default_country, "person")
        if len(name_words) == 1:
            speaker = self._introduced(speaker) or speaker
        if len(speaker.name.split()) >= 2:
            self._by_surname[surname] = speaker
        return speaker

    def _introduced(self, speaker: Claimant) -> Claimant | None:
        """'GEN. WHITCOMB:' after 'Witness: Gen. Daniel R. Whitcomb, Commander, U.S. European Command': the full
        name, and the country the introduction names after it."""
        surname_re = re.compile(r"\b" + re.escape(speaker.name) + r"\b")
        for an in self._intro:
            found = surname_re.search(an.sentence.text)
            if found is None:
                continue
            given = GIVEN_NAMES_RE.search(
                an.sentence.text, max(0, found.start() - GIVEN_REACH), found.start()
            )
            words = self._given_names(an, given) if given else []
            if not words:
                continue
            at = an.tokens.index_at(found.end())
            first = an.tokens.index_at(given.start())  # the given names' first token
            # the country whose office the name stands in apposition to ("the President of the Republic of
            # Finland, Alexander Stubb"), else the one named after the name, else the one of the places the
            # introduction names ("On the line from Kherson is the head of the regional military administration,
            # Yaroslav Yanushevych")
            countries = [p.place.country for p in an.places if p.place.country]
            side = next(
                (
                    m.payload.actor.name
                    for m in an.actors()
                    if m.payload.actor.kind == "country" and m.j + 1 == first and an.tokens.lower[m.j] == ","
                ),
                None,
            ) or next(
                (ref.actor.name for m, ref in an.country_actors() if m.i >= at),
                speaker.country or (countries[0] if countries else ""),
            )
            return Claimant(" ".join([*words, speaker.name]), side, "person")
        return None

    def _given_names(self, an: Analysis, given: re.Match[str]) -> list[str]:
        """The given names before a surname, not the place or title before them ('Acting Governor of Kursk
        Region Alexander Khinshtein': Alexander)."""
        words: list[str] = []
        for m in reversed(list(re.finditer(r"\S+", given.group()))):
            at = given.start() + m.start()
            word = m.group().rstrip(".").lower()
            if (
                word in PLACE_SUFFIXES
                or word in self.codebook.person_nouns
                or any(p.start <= at < p.end for p in an.places)
            ):
                break
            if word not in HONORIFICS:
                words.insert(0, m.group())
        return words
