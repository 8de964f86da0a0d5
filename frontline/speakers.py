"""Where the speaker of a sentence stands: before the reporting verb ("the Pentagon said"), after it in inverted
order ("…, said the Ukrainian military"), after a source marker ("according to Kyiv", "citing officials"), past an
apposition ("Britain's Ministry of Defence, which …, said"); a headline's "… - MoD" and a post's "Name: …" are
read in post_sources.
"""

from __future__ import annotations

from dataclasses import replace

from frontline.analysis import LOCATIVES, Analysis
from frontline.claimant import Claimant, from_actor, generic_phrase, named_body
from frontline.codebook import Codebook
from frontline.lexicon import Match
from frontline.post_sources import colon_source, dash_source, label_source
from frontline.unlisted_speakers import TITLE_WORDS, call_sign, unknown_name, unknown_source

# Tokens that may stand between a speaker and the reporting verb ("the Pentagon has also said").
BRIDGE = frozenset(
    """has have had also earlier later previously on this last today yesterday morning evening night overnight
    monday tuesday wednesday thursday friday saturday sunday in a statement telegram x further already
    repeatedly now again separately tonight afternoon initially first originally""".split()
)
PREPOSITION_OBJECTS = frozenset((w,) for w in ("for", "to", "with", "against", "from", "into", "towards"))
NONDEFINING_OPENERS = frozenset(("which", "who", "whose"))  # ", which …,": a clause between commas
RELATIVE_REACH = 32  # tokens a relative clause between a speaker and its verb may run to
APPOSITION_OPENERS = frozenset("who which whose a an the".split())
# "Moskalkova, for her part, wrote", "The ministry, in turn, said": an aside between a speaker and the verb
ASIDE_OPENERS = frozenset("for in however meanwhile too also though".split())
RELATIVE_OPENERS = frozenset(("that", "who", "whom"))
# "the human rights project Crew Against Torture", "the independent monitoring group Belaruski Hajun"
DESCRIPTOR_NOUNS = frozenset(
    "project group organisation organization ngo initiative watchdog outlet channel monitor website centre center".split()
)
DESCRIPTOR_REACH = 5  # lower-case words describing a body before its name
POSSESSIVES = frozenset(("its", "their"))
ASIDE_REACH = 8  # tokens of an aside between a speaker and the verb: ", at 09:30,"
REPORT_NOUNS = frozenset(
    ("report", "update", "post", "statement", "message", "announcement", "briefing", "summary", "bulletin")
)
CONTENT_REACH = 4  # tokens between a report's noun and its "that": "announcement on Wednesday that"
SUMMARY_REACH = (
    12  # tokens between a report's noun and the colon opening what it says ("… summary for the night of …:")
)
# "The FSB's directorate for Crimea said": a body's branch speaks for the body
BODY_BRANCHES = frozenset("directorate department branch office headquarters command division".split())
BRANCH_REACH = 4  # tokens of the branch's area: "for the Republic of Crimea"
REPORT_MODIFIERS = frozenset(
    "first latest last later earlier second final evening morning daily new own".split()
)
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
# claim only when nobody says it: "Germany pledged €3bn, its ministry said", "The US expects …, Blinken said"
DECISION_VERBS = frozenset(
    (
        "pledged",
        "pledges",
        "promised",
        "promises",
        "expect",
        "expects",
        "approved",
        "approves",
        "allocated",
        "allocates",
        "contributes",
        "contributed",
        "donated",
        "donates",
        "signed",
        "signs",
        "disbursed",
        "disburses",
    )
)
PASSIVE_AUX = frozenset(("is", "are", "was", "were", "be", "been", "being"))
FIRST_PERSON = frozenset(("we", "i"))
PERSONAL_PRONOUNS = frozenset(("he", "she"))
# tokens a title's office may take before the holder's name ("Head of the … Administration,")
TITLE_OFFICE_REACH = 12
AREA_OWNERS = frozenset(("city", "town", "region", "oblast", "country", "province"))  # "the city's mayor"
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # "according to him"
# "by Meduza's count", "according to the UN's estimates": the owner of such a noun is the source
COUNT_NOUNS = frozenset(
    "count counts tally estimate estimates calculation calculations reckoning figures data assessment".split()
)
COUNT_QUALIFIERS = frozenset(("running", "latest", "own", "official", "updated", "new", "daily", "monthly"))
# what a count does when it gives its number: "the Staff's count of Russian losses stood at 1,018,230"
STANDING_AT = frozenset(("stood", "stands", "passed", "reached", "rose", "climbed", "topped", "exceeded"))
COUNT_VERB_REACH = 8  # tokens after the count noun within which it stands at its number
# "Putin's decree set the call-up at 130,000": what a signer's act sets is his figure, whatever the preposition
SIGNED_ACTS = frozenset(("decree", "decrees", "edict", "order"))
OPENING_TITLE_REACH = 5  # "US Secretary of State Antony Blinken": words of title before a sentence's subject


BRACKET_COUNT_REACH = 4  # tokens before a bracketed source within which its count stands ("26 injured (…)")


class SpeakerSearch:
    """Finds the speaker phrases of one sentence; Attributor adds what the document has said so far (codebook,
    people named in full, the last claimant and the post's history)."""

    codebook: Codebook
    people: dict[str, Claimant]
    last: Claimant | None
    history: list[Claimant]
    # the country that opened the last sentence opened by a country ("Russia's own admission")
    subject_side: str
    # the author a post's entry opened with ("07:10 Head of the RMA Serhii Lysak: …") and its paragraph
    entry_author: tuple[int, Claimant] | None
    # whether that author labels a line of its own ("Kharkiv Regional Prosecutor's Office, 17:20:"), which speaks
    # for the stamped entries below it too
    entry_labels_lines: bool

    def _find(self, an: Analysis, lo: int = 0, hi: int | None = None) -> Claimant | None:
        """The first credited speaker of a reporting verb or source marker between tokens lo and hi."""
        low = an.tokens.lower
        hi = len(low) if hi is None else hi
        reports = [m for m in an.matches_of("report") if lo <= m.i < hi]
        if any(an.tokens.lower[m.i] in DECISION_VERBS for m in reports):
            # "Germany pledged €3bn, its defence ministry said": who says it before who decided it
            reports.sort(key=lambda m: an.tokens.lower[m.i] in DECISION_VERBS)
        counted = self._count_owner(an, lo, hi)
        if counted is not None:
            return counted
        for m in reports:
            if " ".join(low[m.i : m.j]) in self.codebook.source_markers:
                hit = self._speaker_at(an, m.j)
                # "…, according to committee members": not a body named before the marker
                if hit is not None and hit.at >= m.i:
                    return hit.placed(hit.at, m.i)
        pronoun = None
        for m in reports:
            if pronoun is not None and ";" in low[pronoun.verb_at : m.i]:
                break  # "…, the governor said; Moscow reported …": the later clause has its own speaker
            if " ".join(low[m.i : m.j]) in self.codebook.source_markers:
                continue  # "according to": its speaker follows it, as read above, or there is none
            if m.i > 0 and (low[m.i - 1] in NOUN_DETERMINERS or (low[m.i - 1] == "'s" and m.j - m.i == 1)):
                # "bases its estimates on", "the report", "Russia's claims that …": a noun, not a reporting verb
                # (but "Mediazona's count shows": the count is the verb's subject)
                continue
            if m.i > 0 and low[m.i - 1] in PASSIVE_AUX:
                continue  # "6.7 million refugees are recorded abroad": a passive names no speaker before it
            if m.i > 0 and low[m.i - 1] in INVERSION_MARKS:
                after = self._speaker_at(an, m.j)
                if after is not None and not self._ends_there(an, after.at):
                    after = None  # "Yevgeny Balitsky, said Ukrainian shelling had killed …": what he said
                hit = after or self._speaker_before(an, m.i)
            else:
                hit = self._speaker_before(an, m.i)
                if hit is None:
                    after = self._speaker_at(an, m.j)
                    # "…, and said Poland would keep its border open": what was said, not who said it
                    hit = after if after is not None and self._ends_there(an, after.at) else None
            if hit is not None:
                hit = hit.placed(hit.at, m.i)
                if hit.kind != "pronoun":
                    return hit
                pronoun = pronoun or hit
        if pronoun is None and lo == 0:
            if an.sentence.is_headline:
                found = dash_source(an, self._speaker_ending_at)
            else:
                found = colon_source(an, self.codebook, self.people, self._speaker_ending_at)
                if found is not None:
                    self.entry_author = (an.sentence.paragraph, found)
                    self.entry_labels_lines = low[-1] == ":"
            return (
                found
                or label_source(an, self.codebook)
                or self._summary_owner(an)
                or self._bracketed_source(an)
            )
        return pronoun

    def _bracketed_source(self, an: Analysis) -> Claimant | None:
        """'7 killed, 26 injured (Donetsk Regional Military Administration)', '579 drones and 40 missiles (Ukrainian
        Air Force)': a body alone in brackets after counts is their source."""
        low = an.tokens.lower
        for k, word in enumerate(low):
            if word != "(" or ")" not in low[k + 1 :]:
                continue
            close = low.index(")", k + 1)
            counted = any(w[:1].isdigit() for w in low[max(0, k - BRACKET_COUNT_REACH) : k])
            found = self._speaker_ending_at(an, close) if counted else None
            if (
                found is not None
                and found.at > k
                and found.kind != "pronoun"
                # "(Donetsk Regional Military Administration)": the body's name may open with its place
                and all(w[:1].isupper() for w in an.tokens.text[k + 1 : found.at])
            ):
                return found
        return None

    def _summary_owner(self, an: Analysis) -> Claimant | None:
        """'The daily prints the Defence Ministry's summary for the night of 14 to 15 October: air defences
        destroyed 47 drones …', 'the paper leads with the Defence Ministry's announcement on Wednesday that units
        had liberated …': whose report the colon or 'that' opens."""
        low = an.tokens.lower
        colon = low.index(":") if ":" in low else -1
        for k in range(colon - 1, max(-1, colon - SUMMARY_REACH), -1):
            if low[k] in REPORT_NOUNS:
                return self._report_owner(an, k)
        for k, word in enumerate(low):
            if word in REPORT_NOUNS and "that" in low[k + 1 : k + 1 + CONTENT_REACH]:
                owner = self._report_owner(an, k)
                if owner is not None:
                    return owner
        return None

    def _count_owner(self, an: Analysis, lo: int, hi: int) -> Claimant | None:
        """'By Meduza's count', 'by the UN's tally', 'on Kyiv's estimates': whose count the figures are."""
        low = an.tokens.lower
        for m in an.matches_of("actor"):
            # "according to a Guardian tally of the air force's daily reports": an outlet's own count
            if (
                lo <= m.i
                and m.j < hi
                and m.payload.actor.kind == "media"
                and m.j < len(low)
                and low[m.j] in COUNT_NOUNS
                and low[max(0, m.i - 3) : m.i] in (("according", "to", "a"), ("according", "to", "the"))
            ):
                return from_actor(m.payload, self.codebook, m.i).placed(m.i, m.i - 2)
        for k in range(max(lo, 1), min(hi, len(low)) - 1):
            # "By our count, more than 28,000 …": the author's own
            if low[k] == "our" and low[k + 1] in COUNT_NOUNS and low[k - 1] in ("by", "on", "to"):
                return Claimant("we", "", "pronoun", k)
        if "'s" not in low and "'" not in low:
            return None
        for k in range(max(lo, 1), min(hi, len(low)) - 1):
            # "by Meduza's count", "By Sky News' count": a possessive, with or without its s
            possessive = low[k] == "'s" or (low[k] == "'" and low[k - 1].endswith("s"))
            noun = k + 2 if low[k + 1] in COUNT_QUALIFIERS else k + 1  # "the General Staff's running count"
            if (
                not possessive
                or noun >= len(low)
                or (low[noun] not in COUNT_NOUNS and low[k + 1] not in SIGNED_ACTS)
            ):
                continue
            stands = not STANDING_AT.isdisjoint(low[noun : noun + COUNT_VERB_REACH])
            if (
                low[noun] in COUNT_NOUNS
                and not stands
                and not any(w in ("by", "on", "to") for w in low[max(0, k - 6) : k])
            ):
                # "Russia's estimate was dismissed": a subject, not a source phrase; but "the General Staff's count
                # of Russian losses stood at 1,018,230" is the Staff's number
                continue
            found = self._speaker_ending_at(an, k)
            if found is None and an.tokens.text[k - 1][:1].isupper() and low[k - 2 : k - 1] == ("by",):
                found = Claimant(an.tokens.text[k - 1], "", "media", k - 1)  # an outlet the codebook lacks
            if found is not None and low[noun] in COUNT_NOUNS and not stands:
                # the source phrase's own preposition: "by the UN's tally", not "on Thursday dismissed the
                # General Staff's count" (what the speaker rejects)
                before = found.at - (1 if low[found.at - 1 : found.at] == ("the",) else 0)
                if low[before - 1 : before] not in (("by",), ("on",), ("to",)):
                    continue
            if found is not None:
                return found.placed(found.at, k)
        return None

    def _ends_there(self, an: Analysis, at: int) -> bool:
        """Whether the speaker phrase found at token at closes its clause, as an inverted speaker does ('…, said
        the Ukrainian military.', '…, said Mr Sobyanin on Telegram')."""
        low = an.tokens.lower
        ends = [m.j for m in an.matches_of("actor", "generic") if at <= m.i <= at + 2]
        end = max(ends, default=at + 1)
        return end >= len(low) or low[end] in SPEAKER_CLOSERS or not low[end][:1].isalnum()

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
        if low[i] in ("and", "but"):  # "The brigade published footage … and said": the sentence's subject
            return self._opening_speaker(an)
        owner = self._report_owner(an, i)
        if owner is not None:
            return owner
        if low[i] == "'s" and i > 0:
            # "Mediazona's count shows", "the regional administration's numbers were": whose data they are
            return self._speaker_ending_at(an, i) or self._speaker_nearby(an, i)
        after_comma = low[i] == ","
        if after_comma:
            i = self._before_apposition(an, i)
        found = self._speaker_ending_at(an, i + 1) or self._speaker_nearby(an, i + 1)
        if after_comma and found is not None and low[found.at - 1 : found.at] in PREPOSITION_OBJECTS:
            return None  # "a contribution to the scheme for Ukraine, announced on Monday": a participle, no speaker
        return found

    def _report_owner(self, an: Analysis, i: int) -> Claimant | None:
        """'Syniehubov's first report, at 09:30, said', "the ministry's evening update said": whose report."""
        low = an.tokens.lower
        if low[i] == ",":  # skip an aside: ", at 09:30,"
            i = next((k - 1 for k in range(i - 1, max(0, i - ASIDE_REACH), -1) if low[k] == ","), i)
        if low[i] in REPORT_NOUNS:
            k = i - 1
            while k > 1 and low[k] in REPORT_MODIFIERS:
                k -= 1
            return self._speaker_ending_at(an, k) if low[k] == "'s" else None
        for k in range(i - 1, max(0, i - BRANCH_REACH - 2), -1):
            if low[k] in BODY_BRANCHES and low[k - 1] == "'s" and low[k + 1] in ("for", "in"):
                return self._speaker_ending_at(an, k - 1)
        return None

    def _before_apposition(self, an: Analysis, comma: int) -> int:
        """'X, which bases its estimates on intelligence, said' / 'X, a Washington think tank, estimated' / 'A US
        official, speaking on condition of anonymity, put the number at'."""
        low = an.tokens.lower
        # "Mediazona and the BBC's Russian service, which count soldiers whose deaths have been reported in
        # obituaries, on social media or by local authorities, said": a relative clause with commas of its own
        for k in range(comma - 1, max(-1, comma - RELATIVE_REACH), -1):
            if low[k] in (";", ":"):
                break
            if low[k] == "," and low[k + 1] in NONDEFINING_OPENERS:
                return k - 1
        for k in range(comma - 1, max(-1, comma - 16), -1):
            if low[k] == ",":
                opener = low[k + 1] if k + 1 < len(low) else ""
                # "X, who …, said", "X, head of the city administration, said", "X, speaking on condition of …"
                aside = (
                    opener in APPOSITION_OPENERS
                    or opener in ASIDE_OPENERS
                    or opener in TITLE_WORDS
                    or (opener.endswith("ing") and len(opener) > 4)
                )
                return k - 1 if aside else comma - 1
        return comma - 1

    def _opening_speaker(self, an: Analysis) -> Claimant | None:
        low = an.tokens.lower
        first = 1 if low[:1] == ("the",) else 0
        opening = [m for m in an.matches if m.kind in ("actor", "generic") and m.i <= first]
        if opening:
            return self._speaker_ending_at(an, max(opening, key=lambda m: m.j - m.i).j)
        known = self.people.get(an.tokens.text[first]) if first < len(an.tokens) else None
        return known.placed(first, -1) if known is not None else None  # "Rau pledged …, and said"

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
            return self._named_by_head(an, end) or unknown_name(an, end, self.people)
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
            return from_actor(best.payload, self.codebook, best.i)
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
                return from_actor(m.payload, self.codebook, end - 2)
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
            return from_actor(body[-1].payload, self.codebook, body[-1].i)
        if generic.i > 0 and low[generic.i - 1] in POSSESSIVES:
            sides = [m for m, _ in an.country_actors() if m.i < generic.i]
            if sides:  # "Germany pledged €3bn…, its defence ministry said"
                return named_body(self.codebook, generic.payload, sides[0].payload.actor.name, generic.i)
            if self.subject_side:  # "Russia's own admission is out of date. Its defence ministry said …"
                return named_body(self.codebook, generic.payload, self.subject_side, generic.i)
        if generic.i > 0 and (
            low[generic.i - 1] == "the" or low[max(0, generic.i - 2) : generic.i] == ("the", "same")
        ):
            named = self._named_in_history(generic.payload.split()[-1])
            # "according to the ministry", "the same ministry said", after the Defence Ministry spoke
            if named is not None:
                return named.placed(generic.i, -1)
        definite = "the" in low[max(0, generic.i - 3) : generic.i]
        claimant = generic_phrase(an, generic, self.codebook)
        if definite and generic.payload in self.codebook.person_nouns:
            last = self.last
            if (
                last is not None
                and last.kind == "person"
                and (last.country == claimant.country or not claimant.country)
            ):
                return last  # "the top US diplomat said", after Blinken was named
        return claimant

    def _speaker_at(self, an: Analysis, start: int) -> Claimant | None:
        """The speaker right after a verb or marker: 'said the Ukrainian military', 'according to Kyiv'."""
        low = an.tokens.lower
        if start < len(low) and low[start] in RELATIVE_OPENERS:
            return None  # "…, estimated that Russian forces …": what is said follows, not who says it
        if low[start : start + 2] == ("the", "same") and self.last is not None:
            return self.last.placed(start, -1)  # "according to the same analysis": the source just credited
        if 0 < start < len(low) and low[start] in OBJECT_PRONOUNS and low[start - 1] == "to":
            # "According to him, …": whoever he is
            return Claimant(OBJECT_PRONOUNS[low[start]], "", "pronoun", start)
        if (fighter := call_sign(an, start, clause=True)) is not None:
            return fighter  # "said a 34-year-old soldier with the call sign Bison": Bison
        i = start
        while i < len(low) and low[i] in ("the", "a", "an", ",", "by"):
            i += 1
        if i + 1 < len(low) and low[i] in COUNT_NOUNS and low[i + 1] in ("by", "of", "from"):
            i += 2  # "according to calculations by the investigative outlet iStories": whose calculations
            while i < len(low) and low[i] in ("the", "a", "an"):
                i += 1
        if low[i + 1 : i + 2] == ("'s",) and low[i] in AREA_OWNERS:
            i += 2  # "according to the city's military administration": the city's own body
        if (named := _title_then_name(an, i, self.people)) is not None:
            return named  # "said the Head of the Kharkiv Regional Military Administration, Oleh Syniehubov"
        # allow two describing words before the speaker ("western intelligence officials")
        candidates: list[Match] = []
        for k in range(i, min(i + 3, len(low))):
            candidates = [m for m in an.matches if m.i == k and m.kind in ("actor", "generic")]
            if candidates or not low[k].isalpha():
                break
        if not candidates:
            # "according to the service": the body named before; "according to Yurii Malashko, the head of …": a
            # source the codebook lacks
            pronoun = next((m for m in an.matches_of("pronoun") if m.i == start and m.j > i), None)
            if pronoun is not None:
                return Claimant(" ".join(low[pronoun.i : pronoun.j]), "", "pronoun", pronoun.i)
            return unknown_source(an, i, self.people) or _described_source(an, i, self.people)
        best = max(candidates, key=lambda m: m.j - m.i)
        follow = [m for m in an.matches if m.i in (best.j, best.j + 1) and m.kind == "generic"]
        if best.kind == "actor" and follow and best.payload.actor.kind == "country":
            return self._named_after(an, follow[0]) or generic_phrase(an, follow[0], self.codebook)
        if best.kind == "actor":
            nxt = [m for m in an.matches if m.kind == "actor" and best.i < m.i <= best.j + 4]
            people = [m for m in nxt if m.payload.actor.kind == "person"]
            if people:
                return from_actor(people[0].payload, self.codebook, people[0].i)
            if best.payload.form == "demonym" and not nxt:
                # "according to the Norwegian Refugee Council": a body of Norway the codebook lacks
                body = unknown_source(an, best.i, self.people)
                if body is not None and body.kind == "organisation":
                    return replace(body, country=best.payload.actor.name)
            return from_actor(best.payload, self.codebook, best.i)
        return self._named_after(an, best) or self._generic_speaker(an, best)

    def _named_after(self, an: Analysis, title: Match) -> Claimant | None:
        """'according to the regional governor Andrei Vorobyov': the person or body the title introduces."""
        text, k = an.tokens.text, title.j
        while k < len(text) and text[k][:1].isupper() and text[k].isalpha():
            k += 1
        known = [m for m in an.matches_of("actor") if title.j <= m.i < max(k, title.j + 1)]
        if known and known[0].payload.actor.kind != "country":  # "the regional governor Andrei Vorobyov",
            # "Ukraine's nuclear operator Energoatom"
            return from_actor(known[0].payload, self.codebook, known[0].i)
        return unknown_name(an, k, self.people) if k - title.j >= 2 else None


def _title_then_name(an: Analysis, i: int, people: dict[str, Claimant]) -> Claimant | None:
    """'the Head of the Donetsk Regional Military Administration, Vadym Filashkin': a title opening a long
    office's name, then the person who holds it after a comma, at the end of the sentence or clause."""
    low, text = an.tokens.lower, an.tokens.text
    if i + 1 >= len(low) or low[i] not in TITLE_WORDS or low[i + 1] != "of":
        return None
    comma = next((k for k in range(i + 2, min(i + TITLE_OFFICE_REACH, len(low))) if low[k] == ","), -1)
    end = comma + 1
    while 0 < end < len(text) and text[end][:1].isupper() and text[end].isalpha():
        end += 1
    if comma < 0 or end - comma - 1 < 2 or (end < len(low) and low[end] not in (".", ",", ";")):
        return None
    return unknown_name(an, end, people)


def _described_source(an: Analysis, i: int, people: dict[str, Claimant]) -> Claimant | None:
    """'according to the human rights project Crew Against Torture': a body the codebook lacks, named after
    the lower-case words that describe it."""
    text, low = an.tokens.text, an.tokens.lower
    k = i
    while k < min(i + DESCRIPTOR_REACH, len(low)) and text[k][:1].islower():
        k += 1
    if k == i or low[k - 1] not in DESCRIPTOR_NOUNS:
        return None
    return unknown_source(an, k, people)
