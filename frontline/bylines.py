"""What a document's title and standfirst say about its source: "Air Force Command: …", "Posts by Bryansk
regional governor Alexander Bogomaz", "Press release from the Foreign, Commonwealth and Development Office"."""

from __future__ import annotations

from collections import Counter

from frontline.analysis import Analysis, credit_outlet
from frontline.claimant import Claimant, from_actor, named_body
from frontline.codebook import Codebook
from frontline.lexicon import QUOTES, Match
from frontline.turns import Turns
from frontline.unlisted_speakers import INSTITUTION_WORDS, institution_name, titled_person

OUTLET_WORDS = 4  # words of an outlet's name opening a credit line ("The Kyiv Independent")
CHANNEL_WORDS = frozenset(("official", "telegram", "channel", "website", "page", "account", "post", "posts"))
# words describing a body before the comma of its channel line ('military partisan movement')
DESCRIPTION_WORDS = 4
BRACKETS = frozenset(("(", ")"))
# "Ministry of Defence of the Republic of Estonia", "The Federal Government"
CREDIT_FILLERS = frozenset(("the", "of", "republic", "federal"))
SIGNED_NAME_MAX = 6  # words of a signing body's name before its city: 'Halyard Maritime Risk, London.'
OPENING_PLACE_TOKENS = 3  # words of a place before a body that opens a standfirst ('Sumy', 'Kryvyi Rih')
BY_REACH = 5  # tokens from 'Briefing by' to the speaker: 'by Foreign Ministry Spokeswoman Maria Zakharova'
BYLINE_MARKERS = frozenset(("by", "from"))  # "posts by the regional administration", "translated from"
PUBLICATION_NOUNS = frozenset(
    (
        "update",
        "updates",
        "report",
        "bulletin",
        "briefing",
        "summary",
        "statement",
        "digest",
        "transcript",
        "readout",
        "announcement",
        "release",
        "notice",
        "communique",
        "communiqué",
        "count",
        "tally",
        "assessment",
        "press",  # "Caspian Pipeline Consortium | Press centre | 3 June 2025"
        "newsroom",
    )
)


class BylineReader:
    """Reads the title and standfirst into the document's source; Attributor gives it the document's state and
    the side rules (_complete, _installed_by)."""

    codebook: Codebook
    doc_countries: Counter[str]
    source: Claimant | None
    outlet: Claimant | None
    title_country: str
    home: str
    turns: Turns

    def read_title(self, an: Analysis) -> None:
        """'Air Force Command: results of…', 'General Staff: …': the document speaks for that body. A transcript's
        speakers speak for the side of the first body or person the title names ('Pentagon Press Secretary …')."""
        low = an.tokens.lower
        sides = [
            from_actor(m.payload, self.codebook).country
            for m in an.actors()
            if m.payload.actor.kind != "country"
        ]
        self.turns.default_country = next((c for c in sides if c), "")
        bodies = [m for m in an.matches if m.kind in ("actor", "generic")]
        # "Russia's combat losses: General Staff update for 18 September": the body's own publication
        self.title_country = next((ref.actor.name for _, ref in an.country_actors()), "")
        # "General Staff update", "Mediazona's count of the dead": the body's own publication
        published = [
            m
            for m in bodies
            if m.j < len(low)
            and (
                low[m.j] in PUBLICATION_NOUNS
                or (low[m.j] == "'s" and m.j + 1 < len(low) and low[m.j + 1] in PUBLICATION_NOUNS)
            )
        ]
        if published and not (published[0].kind == "actor" and published[0].payload.actor.kind == "country"):
            self.source = self._title_body(published[0])
            return
        # "Briefing by Foreign Ministry Spokeswoman Maria Zakharova": her own words
        if (speaker := _publication_by(an, bodies)) is not None:
            self.source = self._title_body(speaker)
            return
        if ":" not in low or low.index(":") > self.codebook.title_source_max_tokens:
            return
        colon = low.index(":")
        hits = [m for m in bodies if m.j <= colon]
        # a country heading the title speaks for itself ("Ukraine: …"); "… of the Armed Forces of Ukraine" is
        # part of a body's name
        countries = [m for m in hits if m.kind == "actor" and m.payload.actor.kind == "country"]
        named = institution_name(an)
        if hits and all(m.i > 0 and low[m.i - 1] == "of" for m in countries) and len(countries) < len(hits):
            best = max(hits, key=lambda m: m.j - m.i)
            if best.kind == "generic" and named and named[1] < best.i and named[2] == best.j:
                # "Vinnytsia City Council: …", not any city council
                self.source = self._institution(an, named)
            else:
                self.source = self._title_body(best)
        elif not hits and named and named[2] == colon:
            self.source = self._institution(an, named)  # "Poltava City Council: consequences of the attack"

    def read_byline(self, an: Analysis) -> None:
        """'Digest of Telegram posts by the Kherson Regional Military Administration', 'Translated from the
        official channel of the Air Force', 'Summary of the Defence Ministry's daily briefing', 'What occupation
        officials posted on Sunday': a standfirst naming whose posts the text is makes that body its source."""
        if self.turns.transcript and (person := titled_person(an)) is not None:
            self.turns.interviewee = self._complete(person, an)  # "Colonel X, 44, commands …" answers "A:"
        low = an.tokens.lower
        reports = an.matches_of("report")
        # "What Kremlin-installed officials in Kherson posted on Telegram": whose posts the text gathers
        gathered = reports[0].i if reports and low[0] == "what" else -1
        if self.source is not None or (reports and gathered < 0):
            return
        bodies = [
            m
            for m in an.matches
            if m.kind in ("actor", "generic")
            and not (m.kind == "actor" and m.payload.actor.kind == "country")
            and (
                any(w in BYLINE_MARKERS for w in low[max(0, m.i - 3) : m.i])
                or _publishes(low, m)
                or _own_channel(low, m)
                or _credit_line(an, m)
                or m.j <= gathered
            )
        ]
        signed = _signed_name(an)
        if signed is not None and not bodies:
            self.source = signed  # "Halyard Maritime Risk, London.": the firm whose advisory this is
            return
        if not bodies and (owner := _channel_owner(an)) is not None:
            self.source = owner  # "Posts from the Telegram channel of Dnipro Mayor Borys Filatov"
            return
        named = institution_name(an) or _quoted_body(an)
        if (
            named
            and not bodies
            and (not PUBLICATION_NOUNS.isdisjoint(low[: named[1]]) or _credited(an, named[1], named[2]))
        ):
            # "Press release from the Foreign, Commonwealth and Development Office", "Official announcement of the
            # Executive Committee of the Poltava City Council", "National Mine Action Authority of Ukraine | Weekly
            # bulletin": a body the codebook lacks publishes the text
            self.source = self._institution(an, named)
        if bodies:
            best = max(bodies, key=lambda m: m.j - m.i)
            side = (
                self._installed_by(an, Claimant(best.payload, "", "generic", best.i)) or _country_of(an, best)
                if best.kind == "generic"
                else ""
            )
            # "What Russian-installed officials in the occupied part of the Donetsk region posted": Russia's
            body = named_body(self.codebook, best.payload, side, -1) if side else self._title_body(best)
            self.source = self._complete(body, an)
            if best.kind == "generic" and (name := _name_after(an, best.j)):
                # "Posts by Bryansk regional governor Alexander Bogomaz": the governor named
                self.source = Claimant(name, self.source.country, "person")

    def _institution(self, an: Analysis, named: tuple[str, int, int]) -> Claimant:
        """A body named in capitals, of the country of a place in its name where the text's events are ("Poltava
        City Council"), else of the title's country ("UK sanctions …": the Foreign … Office is the UK's)."""
        name, start, end = named
        main = self.doc_countries.most_common(1)[0][0] if self.doc_countries else ""
        inside = [
            p.place.country
            for p in an.places
            if start <= an.tokens.index_at(p.start) < end and p.place.country == main
        ]
        # "National Mine Action Authority of Ukraine": the country its name ends with
        own = next(
            (m.payload.actor.name for m in _countries(an) if _names_country(an.tokens.lower, end, m)), ""
        )
        country = own or next(iter(inside), "") or self.title_country
        headed = an.tokens.lower[end : end + 1] == (":",)  # "KSE Institute: direct damage … reaches $176bn"
        if not country and (headed or _credited(an, start, end)):
            country = main  # a charity's monthly report, an institute's estimate: of the country whose war it reports
        return Claimant(name, country, "organisation")

    def read_outlet(self, an: Analysis) -> None:
        """'Kyiv Ledger | Data | 2 July 2025': the outlet that opens a credit line, whose 'our count' is its own."""
        name = credit_outlet(an.sentence.text).strip()
        words = name.split()
        if 1 <= len(words) <= OUTLET_WORDS and all(
            w[:1].isupper() and not any(c.isdigit() for c in w) for w in words
        ):
            self.outlet = Claimant(name, self.home or self.title_country, "media")

    def read_signature(self, an: Analysis) -> None:
        """'MARCO RUBIO, SECRETARY OF STATE' under 'PRESS STATEMENT': the official who signs a statement speaks in
        it."""
        if self.source is not None or not an.sentence.text.isupper():
            return
        low = an.tokens.lower
        signer = next(
            (
                m
                for m in an.actors()
                if m.i == 0 and m.payload.actor.kind == "person" and low[m.j : m.j + 1] == (",",)
            ),
            None,
        )
        if signer is not None:
            self.source = self._title_body(signer)

    def _title_body(self, best: Match) -> Claimant:
        if best.kind == "actor":
            return from_actor(best.payload, self.codebook)
        if self.doc_countries:  # a briefing speaks for the side whose places it reports
            return named_body(self.codebook, best.payload, self.doc_countries.most_common(1)[0][0], -1)
        return Claimant(best.payload, "", "generic")


def _publication_by(an: Analysis, bodies: list[Match]) -> Match | None:
    """'Briefing by Foreign Ministry Spokeswoman Maria Zakharova', 'Statement by the Ministry of Defence': whoever
    the publication is by, a person before the body whose title he holds."""
    low = an.tokens.lower
    by = next((k for k in range(1, len(low)) if low[k] == "by" and low[k - 1] in PUBLICATION_NOUNS), -1)
    if by < 0:
        return None
    named = [
        m
        for m in bodies
        if by < m.i <= by + BY_REACH and not (m.kind == "actor" and m.payload.actor.kind == "country")
    ]
    people = [m for m in named if m.kind == "actor" and m.payload.actor.kind == "person"]
    return (people or named or [None])[0]


def _publishes(low: tuple[str, ...], body: Match) -> bool:
    """'Summary of the regional administration', "the ministry's daily briefing", 'the headquarters published the
    following statement': the body whose publication the text is."""
    before = low[max(0, body.i - 4) : body.i]
    if "of" in before and not PUBLICATION_NOUNS.isdisjoint(before):
        return True
    after = low[body.j : body.j + 4]
    if after[:1] in (("published",), ("issued",), ("released",)):
        return not PUBLICATION_NOUNS.isdisjoint(after[1:])  # "… published the following statement on Friday"
    return bool(after) and after[0] == "'s" and not PUBLICATION_NOUNS.isdisjoint(after[1:3])


def _channel_owner(an: Analysis) -> Claimant | None:
    """'Posts from the Telegram channel of Dnipro Mayor Borys Filatov', 'posts by Governor Ivan Ivanov': the
    official whose channel the text is, named behind his title (the codebook may lack him), of the country of
    the place his title names."""
    person = titled_person(an)
    if person is None or person.kind != "person":
        return None
    text, low = an.tokens.text, an.tokens.lower
    k = person.at - 1
    while k > 0 and text[k][:1].isupper() and low[k] not in BYLINE_MARKERS:
        k -= 1  # back over the title and the place it names: "Dnipro Mayor"
    if low[k] not in ("of", "by") or k == 0 or low[k - 1] not in CHANNEL_WORDS:
        return None
    country = person.country or next((p.place.country for p in an.places), "")
    return Claimant(person.name, country, "person")


def _own_channel(low: tuple[str, ...], body: Match) -> bool:
    """'Sumy Regional Military Administration, official Telegram channel.': a standfirst opening with the body
    whose channel the text is."""
    if body.i > OPENING_PLACE_TOKENS or "," not in low[body.j : body.j + DESCRIPTION_WORDS + 1]:
        return False
    comma = low.index(",", body.j)  # "ATESH military partisan movement, Telegram post of Wednesday"
    return not CHANNEL_WORDS.isdisjoint(low[comma + 1 : comma + 4])


def _credit_line(an: Analysis, body: Match) -> bool:
    """'Briefing | The Economist | Aug 20th 2026', 'Ministry of Defence of the Republic of Estonia | Press release':
    a body standing alone between a credit line's bars."""
    low = an.tokens.lower
    if "|" not in low:
        return False
    start = max((k + 1 for k in range(body.i) if low[k] == "|"), default=0)
    end = next((k for k in range(body.j, len(low)) if low[k] == "|"), len(low))
    if start == 0 and end == len(low):
        return False
    countries = {k for m in _countries(an) for k in range(m.i, m.j)}
    # "Dnipropetrovsk Regional Military Administration | Documents": the region or town a body is named after
    places = {k for p in an.places for k in range(an.tokens.index_at(p.start), an.tokens.index_at(p.end))}
    # "Médecins Sans Frontières (MSF) | Field update": the body's own acronym in brackets
    own = body.payload.actor if body.kind == "actor" else None
    acronym = {k for m in an.actors() if own is not None and m.payload.actor is own for k in range(m.i, m.j)}
    rest = [
        k
        for k in (*range(start, body.i), *range(body.j, end))
        if k not in countries and k not in acronym and k not in places
    ]
    return all(low[k] in CREDIT_FILLERS or low[k] in BRACKETS for k in rest)


def _country_of(an: Analysis, body: Match) -> str:
    """'Ministry of Defence of the Republic of Estonia': the country a body's name ends with, else ''."""
    return next(
        (m.payload.actor.name for m in _countries(an) if _names_country(an.tokens.lower, body.j, m)), ""
    )


def _names_country(low: tuple[str, ...], end: int, country: Match) -> bool:
    """Whether a name ending at token ``end`` goes on 'of (the Republic of) <country>'."""
    between = low[end : country.i]
    return between[:1] == ("of",) and all(t in CREDIT_FILLERS for t in between)


def _credited(an: Analysis, start: int, end: int) -> bool:
    """'National Mine Action Authority of Ukraine | Weekly bulletin No. 29 | 12–18 July 2025': a body's name
    fills a credit line's segment, and another segment names the publication."""
    low = an.tokens.lower
    bars = [k for k, t in enumerate(low) if t == "|"]
    if not bars:
        return False
    lo = max((k + 1 for k in bars if k < start), default=0)
    hi = next((k for k in bars if k >= end), len(low))
    countries = {k for m in _countries(an) for k in range(m.i, m.j)}
    own = [k for k in (*range(lo, start), *range(end, hi)) if k not in countries and low[k] not in QUOTES]
    others = low[:lo] + low[hi:]
    return all(low[k] in CREDIT_FILLERS for k in own) and not PUBLICATION_NOUNS.isdisjoint(others)


def _signed_name(an: Analysis) -> Claimant | None:
    """A standfirst that opens with a name of three or more capitalised words and its city, and nothing else
    ('Halyard Maritime Risk, London.'): the body that signs the text, of the city's country; a reporter's
    'Olena Kovalenko, Kharkiv.' is not one."""
    text, low = an.tokens.text, an.tokens.lower
    comma = low.index(",") if "," in low[:SIGNED_NAME_MAX] else -1
    if comma < 3 or not all(w[:1].isupper() and w.isalpha() for w in text[:comma]):
        return None
    if any(an.tokens.index_at(p.start) < comma for p in an.places) or any(
        m.i < comma for m in an.matches_of("actor")
    ):
        return None  # "Kyiv, Ukraine.", "Reuters, London.": a place or a known body, not a new signature
    city = next((p for p in an.places if an.tokens.index_at(p.start) == comma + 1), None)
    if city is None or an.tokens.index_at(city.end) != comma + 2 or low[comma + 2 : comma + 3] != (".",):
        return None
    return Claimant(an.sentence.text[: an.tokens.end[comma - 1]], city.place.country, "organisation")


def _quoted_body(an: Analysis) -> tuple[str, int, int] | None:
    """'Charitable Foundation "Sky Shield"': a body named in quotes after its institution's word."""
    low = an.tokens.lower
    for k, word in enumerate(low[:-2]):
        if word in QUOTES and k > 0 and low[k - 1] in INSTITUTION_WORDS:
            close = next((j for j in range(k + 1, len(low)) if low[j] in QUOTES), -1)
            if close > k + 1:
                first, last = an.tokens.start[k + 1], an.tokens.end[close - 1]
                lead = k - 1
                while lead > 0 and an.tokens.text[lead - 1][:1].isupper():
                    lead -= 1  # "Charitable Foundation": the words of its kind belong to the name's segment
                return an.sentence.text[first:last], lead, close + 1
    return None


def _countries(an: Analysis) -> list[Match]:
    """Every mention of a country, as a side or as a place ('of the Republic of Estonia')."""
    return [m for m in an.actors() if m.payload.actor.kind == "country"]


def _name_after(an: Analysis, k: int) -> str:
    """A person's name (two or three capitalised words) right after token k, as a title precedes it, else ""."""
    text = an.tokens.text
    words = []
    while k < len(text) and len(words) < 3 and text[k][:1].isupper() and text[k].isalpha():
        words.append(text[k])
        k += 1
    return (
        " ".join(words)
        if len(words) >= 2 and an.place_at(an.tokens.start[k - 1], an.tokens.end[k - 1]) is None
        else ""
    )
