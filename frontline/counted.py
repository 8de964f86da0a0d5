"""What a number counts: the noun after it ("12 civilians"), or the noun that a losses table's label ("cruise
missiles – 3,694"), an amount set with 'at' ("put the number of Russians released at 94") or the sentence's subject
("forces … number about 600,000") names; and the one person an article counts ("killing a woman").
FigureFinder reads the verbs and claimants around it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from frontline.analysis import Analysis
from frontline.lexicon import Match
from frontline.records import NumberMention

BLOCK_NUMBER_TOKENS = 3  # tokens a number opening a line may take before its dash: "€550 million —"
# what a count of harm may count itself: "111,387 Russian military deaths"
HARM_NOUNS = frozenset(("deaths", "fatalities", "casualties", "injuries"))
AUX = frozenset("were was have has had been be being are is got remain remained remains".split())
# Words that end a noun phrase: after them no counted noun can follow the number.
PHRASE_STOPS = AUX | frozenset(
    """of in at on to from by for with into over near and or but while as than that which who whom whose
    since until after before during among across through within amid following per
    will would could may might more , ; : . ( ) “ ” " —""".split()
)
STOP_AFTER_KIND = frozenset(((".",), (",",), (";",)))  # what ends "32 of them ballistic"
PARTITIVE = frozenset({"the", "their", "its", "these", "those", "them", "our", "his", "her"})
INCREMENT_WORDS = frozenset({"more", "additional", "extra", "further"})
NOUN_REACH = 10  # tokens after a number within which its noun may stand ("three US-made ATACMS … missiles")
# units of a force and groups of people: "two brigades" counts units, "groups of five" gives a size
UNIT_NOUNS = frozenset(
    """brigade brigades battalion battalions regiment regiments division divisions unit units company companies
    corps squadron squadrons group groups team teams squad squads wave waves column columns
    launcher launchers carrier carriers salvo salvos system systems complex complexes""".split()
)
CLAUSE_SUBJECTS = frozenset(("it", "they", "he", "she", "we", "i"))
EQUIPMENT_HEADS = frozenset(("vehicles", "vehicle", "carriers", "tanks", "systems", "launchers"))
HEADINGS = frozenset((w,) for w in ("towards", "toward", "for", "at"))  # "16 flying towards Moscow"
CLAUSE_OPENERS = frozenset(("when", "where", "because", "if", "after", "as"))
ATTESTED = frozenset("confirmed reported verified documented registered identified recorded known".split())
TALLY_DASHES = frozenset(("–", "—", "-"))
LIST_SEPARATORS = TALLY_DASHES | {":"}  # a list item's label may end with a colon
TALLY_NUMBER_PARTS = frozenset((",", ".", "about"))
TALLY_LABEL_MAX = 8  # tokens of a losses-table label ("operational-tactical UAVs")
# "4 missile strikes" counts strikes, but "99 Shahed attack UAVs" counts drones
EVENT_NOUNS = frozenset(("strike", "strikes", "attack", "attacks"))
CLOSING_QUOTES = frozenset(('"', "”", "’", "'"))
# "put the number of Russians released at 94": an amount set with 'at' counts the noun after these
AMOUNT_HEADS = frozenset(("number", "total", "count", "tally"))
AMOUNT_REACH = 14
COPULAS = frozenset(("were", "are"))
HEAD_REACH = 6  # tokens after a counted noun within which its phrase's head may follow ('Shahed-131/136 attack drones')
# what a person noun may qualify: "a passenger minibus" counts no one
CARRIERS = frozenset(
    "bus minibus train car van vehicle ship vessel plane aircraft jet ferry boat coach carriage terminal".split()
)
# what a supply verb may deliver that is no supply: "delivered a massive strike"
BLOWS = frozenset(("strike", "strikes", "blow", "blows", "attack", "attacks"))
BLOW_ADJECTIVES = frozenset(("massive", "group", "combined", "precision", "retaliatory", "powerful", "new"))
# "A 58-year-old man was injured", "killing a woman": one person counted by an article
ONE_PERSON_CLASSES = frozenset({"people", "personnel"})
# "killing a couple in their 70s": two people (not "a couple of", a vague number)
PAIRS = frozenset({"couple"})
ARTICLES = frozenset({"a", "an"})
HARM_VERBS = frozenset({"killing", "killed", "wounding", "wounded", "injuring", "injured"})
# "killing the driver", "wounding a man and his wife": a definite person harmed is one person too
DEFINITE_OBJECTS = frozenset({"the", "his", "her", "its", "their"})  # "injuring its driver"
# what befell a subject counted as one: "the driver died", "his passenger was hospitalised"
HARMED_PARTICIPLES = frozenset(
    ("died", "killed", "wounded", "injured", "hurt", "hospitalised", "hospitalized")
)
# the person of the clause before who then died: "…, but he died in the afternoon", "… and later died in hospital"
DIED_LATER_RE = re.compile(r"(?:,|;| and| but) (?:but |and )?(he|she|later|subsequently)(?: later)? died\b")
# how a harm may be told between its auxiliary and its participle: "was also injured", "were later hospitalised"
HARM_ADVERBS = frozenset(("also", "later", "subsequently", "then"))
# tokens after "and" within which the second person's noun stands: "and his 12-year-old son"
SECOND_PERSON_REACH = 8
# tokens an apposition may take between a subject and its verb: ", a 52-year-old father of two,"
APPOSITION_REACH = 12
PLURAL_NOUNS = frozenset({"people", "men", "women", "children", "personnel", "police", "staff", "military"})
# a rank capitalised is part of a title ("Director General", "Prosecutor General"), no one counted
TITLES = frozenset({"General", "Generals", "Colonel", "Commander"})
ADJECTIVES_BEFORE_PERSON = 2  # "a senior Russian general"
# "a group of soldier…", "a man and woman": words that join phrases rather than describe the person
NOT_DESCRIBING = frozenset(
    {"of", "and", "or", "with", "for", "in", "to", "the", "from", "by", "as", "at", "on"}
)
# "Levan Beridze, 34, from Kutaisi, and Giorgi Tsiklauri, 27, from Telavi, died": the dead named with their ages
_NAMED_VICTIM = r"[A-Z][a-z]+ [A-Z][\w'’-]+, \d{1,2}(?:, (?:from|of) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?,"
NAMED_VICTIMS_RE = re.compile(
    rf"((?:{_NAMED_VICTIM} (?:and )?){{2,}})(?:died|were killed|were wounded|were injured|were hurt)\b"
)
NAMED_VICTIM_RE = re.compile(_NAMED_VICTIM)
NAMED_HARM_RE = re.compile(
    r"\d, (?:and |[^,]{1,40}, (?:and )?)?[a-z ]*?(?:died|were killed|were wounded|were injured|were hurt)"
)
_AGE_TOKENS = frozenset({("-", "year", "-", "old"), ("-", "month", "-", "old")})  # "a 58-year-old man"


def _delivers_a_blow(low: tuple[str, ...], j: int) -> bool:
    """'delivered a strike with two Iskander-M missiles', 'delivered massive strikes': an attack, no supply."""
    k = j + (1 if low[j : j + 1] in (("a",), ("an",)) else 0)
    k += 1 if k < len(low) and low[k] in BLOW_ADJECTIVES else 0
    return k < len(low) and low[k] in BLOWS


@dataclass
class SentenceIndex:
    """One sentence's verbs, nouns and number positions, looked up once so each number costs the same."""

    verbs: list[Match]  # sorted by start token
    verb_i: list[int]
    verb_starts: frozenset[int]
    nouns_at: dict[int, list[Match]]
    number_starts: frozenset[int]
    number_ends: list[int]  # sorted

    @classmethod
    def of(cls, an: Analysis) -> SentenceIndex:
        low = an.tokens.lower
        verbs = sorted(
            (
                m
                for m in an.matches_of("verb")
                if not (m.payload == "supplied" and _delivers_a_blow(low, m.j))
            ),
            key=lambda m: m.i,
        )
        nouns_at: dict[int, list[Match]] = {}
        for m in an.matches_of("noun"):
            nouns_at.setdefault(m.i, []).append(m)
        return cls(
            verbs=verbs,
            verb_i=[m.i for m in verbs],
            verb_starts=frozenset(m.i for m in verbs),
            nouns_at=nouns_at,
            number_starts=frozenset(an.tokens.index_at(n.start) for n in an.numbers),
            number_ends=sorted(an.tokens.index_at(n.end) for n in an.numbers),
        )

    def verbs_between(self, lo: int, hi: int) -> list[Match]:
        """Verbs starting at token lo or later and before token hi."""
        return self.verbs[bisect_left(self.verb_i, lo) : bisect_left(self.verb_i, hi)]


def tally_label(an: Analysis, ix: SentenceIndex, ti: int, listed: bool = False) -> Match | None:
    """A line of a losses table, 'operational-tactical UAVs – 61,730 (+312)': the noun of the label before the
    dash counts both numbers (destroyed, or lost for personnel). An item of a list under a heading may end its
    label with a colon instead: '• Stinger anti-aircraft missiles: 500'."""
    low = an.tokens.lower
    separators = LIST_SEPARATORS if listed else TALLY_DASHES
    dash = next((k for k in range(min(ti, TALLY_LABEL_MAX) - 1, 0, -1) if low[k] in separators), -1)
    between = low[dash + 1 : ti] if dash > 0 else ()
    if between[-2:] == ("(", "+"):
        between = between[:-2]  # "61,730 (+312)": the day's increase
    if dash < 1 or any(not t.isdigit() and t not in TALLY_NUMBER_PARTS for t in between):
        # "61,730 (+312)": only the running total may stand between the dash and the day's rise
        return None
    nouns = [m for k in range(dash) for m in ix.nouns_at.get(k, ()) if m.j <= dash]
    if not nouns or any(t in (".", ",", ";") for t in low[:dash]):
        return None
    noun = max(nouns, key=lambda m: m.j - m.i)
    if noun.payload == "personnel" and not EQUIPMENT_HEADS.isdisjoint(low[noun.j : dash]):
        return None  # "Marder 1A3 infantry fighting vehicles: 140": vehicles, not infantry
    return noun


def head_noun(an: Analysis, ix: SentenceIndex, noun: Match) -> Match:
    """'27 Shahed-131/136 attack drones': the last noun of the counted thing's class in its phrase is its head."""
    low, head = an.tokens.lower, noun
    for k in range(noun.j, min(len(low), noun.j + HEAD_REACH)):
        if low[k] in PHRASE_STOPS or k in ix.number_starts or k in ix.verb_starts:
            break  # "servicemen shot dead three defenders": a verb or another count ends the phrase
        same = [m for m in ix.nouns_at.get(k, ()) if m.payload == noun.payload]
        if same:
            head = max(same, key=lambda m: m.j)
    return head


def subject_noun(an: Analysis, ix: SentenceIndex, verb: int) -> Match | None:
    """'Russia's grouping of forces fighting against Ukraine numbers about 600,000': the subject's noun."""
    low = an.tokens.lower
    for t in range(verb - 1, max(-1, verb - AMOUNT_REACH), -1):
        if low[t] in (",", ";", ":", "that") and t < verb - 1:
            return None
        nouns = ix.nouns_at.get(t)
        if nouns:
            return max(nouns, key=lambda m: m.j - m.i)
    return None


def amount_noun(an: Analysis, ix: SentenceIndex, at: int) -> Match | None:
    """'put the number of Russians released at 94', 'estimated the total of North Korean troops in Kursk at
    11,000': the noun counted by the amount that 'at' (token at) sets."""
    low = an.tokens.lower
    for k in range(at - 2, max(-1, at - AMOUNT_REACH), -1):
        if low[k] in AMOUNT_HEADS and low[k + 1] == "of":
            for t in range(k + 2, at):
                nouns = ix.nouns_at.get(t)
                if nouns:
                    return max(nouns, key=lambda m: m.j - m.i)
            return None
    return None


def noun_after(an: Analysis, ix: SentenceIndex, start: int) -> tuple[Match | None, bool]:
    """(the counted noun, whether an uncounted noun stands there instead)."""
    low = an.tokens.lower
    j = start
    if j + 1 < len(low) and low[j] == "of" and low[j + 1] in PARTITIVE:  # "three of the missiles"
        j += 2
    elif j <= BLOCK_NUMBER_TOKENS and low[j : j + 1] in (("—",), ("–",)) and 0 in ix.number_starts:
        # a numbers block's line, "246 — Ukrainian prisoners of war returned home …": the dash names it
        j += 1
    passed = False
    verbs = ix.verb_starts
    if (
        j + 1 < len(low)
        and low[j] in COPULAS
        and j + 1 not in verbs
        and low[j + 1] not in PHRASE_STOPS
        and not low[j + 1].endswith(("ed", "en", "ing"))  # "18 are listed as missing": a participle, no noun
    ):
        j += 1  # "Of those, fourteen were Kinzhal missiles", "of the dead, 12 were civilians": what they were
    for k in range(j, min(j + NOUN_REACH, len(low))):
        nouns = ix.nouns_at.get(k)
        if nouns:
            noun = max(nouns, key=lambda m: m.j - m.i)
            after = low[noun.j] if noun.j < len(low) else ""
            counts_events = after in EVENT_NOUNS and not ix.nouns_at.get(noun.j + 1)
            # "two fighter-bombers": a compound's last word is what it counts, an aircraft, not a fighter
            compound = (
                noun.payload == "personnel"
                and after == "-"
                and noun.j + 1 < len(low)
                and low[noun.j + 1].isalpha()
            )
            # "Update 219 – IAEA Director General statement": a rank capitalised is a title, no one counted
            title = an.tokens.text[noun.i] in TITLES
            # "two F-35 fighters", "four MiG-29 fighters": a designation makes fighters aircraft
            designated = (
                noun.payload == "personnel"
                and noun.i >= 2
                and low[noun.i - 1].isdigit()
                and low[noun.i - 2] == "-"
            )
            if after in UNIT_NOUNS or counts_events or compound or title or designated:
                # "two naval infantry brigades", "4 missile strikes": not what the noun names
                return None, True
            return noun, False
        if low[k] == "/" or (low[k].isdigit() and k > j and low[k - 1] in ("-", "/")):
            continue  # "Kh-59/69 guided missiles"
        if passed and low[k] in CLAUSE_SUBJECTS:
            return None, passed  # "two individuals it says supplied drone engines": a new clause's subject
        if low[k] in ATTESTED:
            if passed:
                return None, passed  # "nine regions reported drones": the noun's verb
            continue  # "5,210 confirmed dead", "12 reported killed": how the count is known, not what it counts
        if k == j and low[k] in CLOSING_QUOTES:
            continue  # 'said only that "more than 10,000" North Korean troops were in Russia
        more_of_next = k + 1 < len(low) and k + 1 not in verbs and low[k + 1] not in PHRASE_STOPS
        if k == j and low[k] in INCREMENT_WORDS and more_of_next:
            continue  # "3,000 more North Korean troops", not "three more left" or "more than"

        if k in verbs:  # "one wounded soldier", but "230,000 killed." has no noun
            if low[k] in HARM_NOUNS:
                return None, False  # "111,387 Russian military deaths": the deaths are what it counts
            if k + 1 < len(low) and (low[k + 1] in PHRASE_STOPS or low[k + 1] in CLAUSE_OPENERS):
                return None, passed  # "nine injured when a drone struck": the verb ends the phrase
            after = low[k + 2] if k + 2 < len(low) else "."
            if k + 1 < len(low) and low[k + 1].endswith("ly") and after in PHRASE_STOPS:
                return None, passed  # "612 of them destroyed completely.": an adverb ends it too
            continue
        if low[k] in ("and", "or") and k > j:
            continue  # "Shahed-type and decoy drones", "Kh-101 and Kh-555 missiles": modifiers joined
        if low[k] in PHRASE_STOPS or (low[k][:1].isdigit() and (k == j or low[k - 1] != "-")):
            return None, passed
        if k > j and k in ix.number_starts:
            return (
                None,
                passed,
            )  # "attacks on 11 towns and villages killed two people": the next number's noun
        if k == j > start and low[k].endswith("ly"):
            return None, passed  # "eight were injured, two of them seriously": how, not what
        if k == j > start and low[k].isalpha() and low[k + 1 : k + 2] in STOP_AFTER_KIND:
            # "42 missiles, 32 of them ballistic.": of what kind, a part of the count before
            return None, False
        if (
            k == j
            and low[k].endswith("ing")
            and k + 1 < len(low)
            and (low[k + 1 : k + 2] in HEADINGS or an.tokens.text[k + 1][:1].isupper())
        ):
            # "including 16 flying towards Moscow", "12 approaching Voronezh": where they went, not what they were
            return None, False
        capitalised = an.tokens.text[k][:1].isupper()
        passed = passed or (
            low[k].isalpha() and not capitalised and low[k] not in ("more", "another", "other")
        )
    return None, passed


def _death_verb(low: tuple[str, ...], k: int) -> int:
    """Where the verb at k, after an apposition between commas (', in his 40s,'), is a death or an injury
    ('died', 'was killed', 'was seriously wounded', 'were also injured'): its index, else -1."""
    if k < len(low) and low[k] == ",":
        k = next((c + 1 for c in range(k + 1, min(k + APPOSITION_REACH, len(low))) if low[c] == ","), k)
    verb = k
    if low[k : k + 1] in (("was",), ("were",)):
        k += 1
    if k < len(low) and (low[k].endswith("ly") or low[k] in HARM_ADVERBS):
        k += 1
    return verb if k < len(low) and low[k] in HARMED_PARTICIPLES else -1


def _joined_subject(an: Analysis, m: Match) -> bool:
    """'The 34-year-old driver and his 12-year-old son were injured': the first of two people whose verb
    follows the second."""
    low = an.tokens.lower
    if low[m.j : m.j + 1] != ("and",):
        return False
    second = next(
        (
            n
            for n in an.matches_of("noun")
            if m.j < n.i <= m.j + SECOND_PERSON_REACH and n.payload in ONE_PERSON_CLASSES
        ),
        None,
    )
    verb = _death_verb(low, second.j) if second is not None else -1
    return verb >= 0 and low[verb] == "were"


def _harmed_pronoun(low: tuple[str, ...]) -> int:
    """'He was hospitalised with shrapnel wounds', 'She died in hospital': a sentence opening with a person told
    before, and what befell them: the pronoun's index, else -1."""
    return 0 if low[:1] in (("he",), ("she",)) and _death_verb(low, 1) == 1 else -1


def _article_before(low: tuple[str, ...], i: int) -> int:
    """Where the article is that opens a person's phrase whose last describing word is at i ("a local man", "an
    elderly local woman", "a senior Russian general"), else -1."""
    for k in range(i - 1, max(i - 1 - ADJECTIVES_BEFORE_PERSON, -1), -1):
        if not low[k + 1].isalpha() or low[k + 1] in ARTICLES or low[k + 1] in NOT_DESCRIBING:
            return -1
        if low[k] in ARTICLES:
            return k
    return -1


def one_person_counts(an: Analysis) -> list[NumberMention]:
    """'A 58-year-old man was injured', 'killing a local woman': the article before a singular person noun is
    a count of one (an age between them is part of the phrase; a quantity such as 'a few people' is plural); 'a
    couple' two; and the dead or wounded named with their ages ('Levan Beridze, 34, and Giorgi Tsiklauri, 27,
    died') one each."""
    low, toks = an.tokens.lower, an.tokens
    found: list[NumberMention] = []
    articles: set[int] = set()  # "a civilian woman": one article, one person, however many nouns follow it
    for m in an.matches_of("noun"):
        if m.payload not in ONE_PERSON_CLASSES or low[m.j - 1] in PLURAL_NOUNS or low[m.j - 1].endswith("s"):
            continue
        if low[m.j : m.j + 1] and low[m.j] in CARRIERS:
            continue  # "struck a passenger minibus": the kind of vehicle, no person
        if low[m.j - 1] in PAIRS and low[m.j : m.j + 1] == ("of",):
            continue  # "a couple of times": a vague number, read as one
        i = m.i - 1
        if i >= 5 and low[i - 3 : i + 1] in _AGE_TOKENS and low[i - 4].isdigit():
            first, last = i - 5, i  # "a 58-year-old man"
        elif (first := _article_before(low, i)) >= 0:
            last = first  # "a local man", "a senior Russian general"
        else:
            first = last = i  # "a woman"
        if first < 0:
            continue
        harmed = first >= 1 and (low[first - 1] in HARM_VERBS or low[first - 1] == "and")
        # the subject opening the sentence or a clause after a semicolon: "…; his passenger was hospitalised"
        opening = first == 0 or low[first - 1] == ";"
        verb = _death_verb(low, m.j) if opening else -1
        if verb < 0 and opening and _joined_subject(an, m):
            harmed = True  # "The driver and his son were injured": the driver too
        if verb > 0:  # "The man, in his 40s, died on Oct. 27 …"
            harmed = True
            # "The soldier, a 34-year-old father of two, died": the apposition is the same man
            articles.update(range(m.j, verb))
        if low[first] not in ARTICLES and not (low[first] in DEFINITE_OBJECTS and harmed):
            continue  # "the driver", "his wife" count one only as harmed: "killing the driver", "the driver died"
        if first in articles:
            continue
        articles.add(first)
        start, end = toks.start[first], toks.end[last]
        people = 2.0 if low[m.j - 1] in PAIRS else 1.0
        found.append(NumberMention(start, end, an.sentence.text[start:end], people, "exact"))
    if not found and (pronoun := _harmed_pronoun(low)) >= 0:
        found.append(NumberMention(toks.start[pronoun], toks.end[pronoun], toks.text[pronoun], 1.0, "exact"))
    if (
        len(found) == 1
        and "died" in an.lowtext
        and (died := DIED_LATER_RE.search(an.sentence.text, found[0].end))
    ):
        # "A man was taken to hospital …, but he died in the afternoon": the one person's last fate
        found[0] = NumberMention(died.start(1), died.end(1), died.group(1), 1.0, "exact")
    low_text = an.lowtext
    named_dead = ("died" in low_text or "were " in low_text) and NAMED_HARM_RE.search(low_text) is not None
    for named in NAMED_VICTIMS_RE.finditer(an.sentence.text) if named_dead else ():
        start, end = named.span(1)
        people = len(NAMED_VICTIM_RE.findall(named.group(1)))
        found.append(
            NumberMention(start, end, an.sentence.text[start:end].rstrip(", "), float(people), "exact")
        )
    return found
