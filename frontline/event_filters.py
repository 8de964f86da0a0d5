"""Triggers that report no event of their own: negated, history retold, the topic of a case or a talk, a count of
places hit, a day's toll, a habit or a plan, an attack repelled, a title's list of towns, weapons on the move, a tally of
explosions, what had befallen someone before, a running total, a period's total, a domestic visit; and whether
a trigger finds the word it needs."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import pairwise

from frontline.analysis import Analysis
from frontline.clauses import BACK_POSSESSIVES, clause_of
from frontline.codebook import Codebook
from frontline.lexicon import QUOTES, Match
from frontline.speakers import FIRST_PERSON

BACKGROUND_REACH = 10  # tokens around a trigger within which an earlier year makes it history
# "Across the country, four people were killed": the nationwide attack's toll
COUNTRYWIDE_RE = re.compile(r"\b(?:across the country|nationwide|across ukraine|across russia)\b")
RECORDINGS = frozenset("images imagery photos photographs pictures footage video videos".split())
# "captured in the Kursk region": where people were taken prisoner
CAPTIVE_CONTEXTS = frozenset((w,) for w in "in near at during by on while".split())
CAPTURE_AUX = frozenset(("was", "were", "been", "be", "being"))
# participles that describe where a force is ("fighters deployed to Estonia … were scrambled"), not its arrival
STATIONED_PARTICIPLES = frozenset(("deployed", "stationed", "based", "positioned"))
STATIONED_REACH = 16  # tokens after such a participle within which the clause's own verb stands
FINITE_BE = frozenset(("was", "were", "is", "are"))
RELATIVES = frozenset(("that", "which", "who", "whom"))
# tokens from the people to 'captured': "servicemen of the Armed Forces of Ukraine captured"
CAPTIVE_REACH = 7
MODALS = frozenset(("will", "would", "shall", "must", "can", "could"))
# "fighting for the Ukrainian city of …": a place after the side's demonym
PLACE_HEADS = frozenset((w,) for w in "city town village region oblast capital port settlement".split())
SEASONS = ("winter", "spring", "summer", "autumn")  # by month // 3, December counted with January
# a past year or a season other than the present one: "last year", "in the spring", "last summer"
PAST_PERIOD_RE = re.compile(
    r"\b(?:last year|a year ago|(?:in|during|over|since) the (?P<season>spring|summer|autumn|winter)"
    r"|last (?:spring|summer|autumn|winter))\b"
)
PERIOD_WORDS = ("year", "spring", "summer", "autumn", "winter")  # what PAST_PERIOD_RE needs to find anything
MARKER_REACH = 6  # tokens before a trigger within which 'regular', 'would', 'frequently' make it no one event
STANDING_VERBS = frozenset(("denies", "deny"))  # present simple: "Russia denies", "Moscow and Minsk deny"
STANDING_ADVERBS = frozenset(("also", "still", "always"))
REPELLED = frozenset(("repelled", "repulsed", "thwarted", "foiled", "repelling", "repulsing"))
AREA_WORDS = frozenset(("square", "km2", "km²", "sq", "hectares"))  # "110 square kilometres", "4,000 km2"
AREA_REACH = 5  # tokens after a capture verb within which the area it counts stands
COUNTED_STRIKES = frozenset(("strikes", "shellings", "bombardments"))
COUNTED_ATTACKS_MIN = 10  # "two strikes on Kharkiv" are told one by one; "42 drone strikes" are summed up
# "Across Kharkiv Oblast, Russian attacks killed five people over the past day": a region's day total
PERIOD_TOTAL_RE = re.compile(r"\b(?:over|in|during) the (?:past|last) (?:day|24 hours|week|month)\b")
HARM_VERBS = frozenset(("killed", "injured", "wounded", "left", "claimed"))
# what attacks in general do: "Attacks on civilian ships threaten navigation", "such strikes violate the law"
GENERIC_VERBS = frozenset(
    "threaten threatens violate violates constitute constitutes undermine undermines endanger endangers amount".split()
)
CASE_TOPIC_WORDS = frozenset(("over", "for"))  # "charged over the strike", "sentenced for the attack"
RATE_ARTICLES = frozenset(("a", "per", "each", "every"))  # "clashes a day": a rate
DISTRIBUTIVE_NEXT = frozenset((",", ".", ";", "on", "in", "at", "from", "to", "and", "after", "by", "for"))
# "the drills will take place", "drills expected to involve": an event still to come (not "the attacks could lead")
FUTURE_AFTER = (
    ("will", "take"), ("will", "be", "held"), ("will", "begin"), ("will", "start"), ("will", "involve"),
    ("will", "include"), ("would", "take"), ("expected", "to"), ("are", "expected"), ("is", "expected"),
    ("is", "scheduled"), ("are", "scheduled"), ("is", "planned"), ("are", "planned"),
    ("that", "have"), ("which", "have"),  # "strikes that have killed and maimed civilians": attacks in general
)  # fmt: skip
TOPIC_PREPOSITIONS = frozenset(("on", "of", "for", "about", "with"))
# "since the start of the full-scale invasion", "since February 2022": a running total's beginning
RUNNING_SINCE_RE = re.compile(
    r"\bsince (?:the (?:start|beginning|outbreak) of (?:the (?:full-scale |russian |special military )?"
    r"(?:war|invasion|aggression|operation|hostilities|conflict|year)|this year"
    r"|20[12]\d)|the full-scale|(?:\d{1,2} )?(?:(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december) )?20[12]\d"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \d)"
    r"|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}"
    r"(?![\d,]))\b"
)  # "since the start of the invasion", "since December 2024", "… since October", "… since 1 January"
# a war's running total counts tens at least; "Since 2022, two strikes on the dam" are told one by one
RUNNING_MIN = 10
# "In total, 96 civilians have been killed … as a result of attacks": a sum of many attacks
TOTAL_OPENER_RE = re.compile(r"(?:in total|in all|overall|altogether|all told)\b")
LABEL_MARKS = frozenset(("–", "—", "-", ":"))  # what stands between a label and its count
DOCUMENT_NOUNS = frozenset(
    "deal agreement treaty resolution statement document text plan law bill memorandum declaration proposal".split()
)
PRIVATE_VOICES = frozenset(("residents", "witnesses", "locals", "neighbours", "neighbors", "eyewitnesses"))
PLURAL_ATTACKS = frozenset(("attacks", "strikes", "shellings", "bombardments", "raids"))
CASUALTY_WORDS = frozenset(("killed", "wounded", "injured", "dead"))  # "6,000 killed and wounded"
EARLIER_WORDS = frozenset(("previous", "earlier", "prior"))  # before an attack noun: an attack told before
# tokens after an attack noun within which its perfect verb stands ("attacks on X have been")
PERFECT_AFTER = 4
# "That's a lie", "This is a fake": a pointing subject standing for the claim just made
POINTING_SUBJECTS = frozenset(
    (
        ("that", "'s"),
        ("that", "is"),
        ("this", "is"),
        ("that", "was"),
        ("this", "was"),
        ("it", "'s"),
        ("it", "is"),
    )
)
SPAN_OPENERS = ("between", "from")  # "between January 1 and November 15", "from 1 March to 15 May"
SPAN_JOINS = frozenset(("and", "to", "until", "till"))
PERIOD_MIN_DAYS = 7  # days a span of dates covers for its counts to be a period's total
# "A month under the glide bombs", "weeks of shelling", "three years of drone strikes": attacks kept up over a span
LONG_SPANS = frozenset("weeks months years week month year".split())
SPAN_LINKS = frozenset(("of", "under"))
# "dropped 412 glide bombs on the city over the month", "throughout the past week": a span's tally
OVER_A_SPAN_RE = re.compile(
    r"\b(?:over|throughout|during|across) the (?:whole |entire |past |last )?(?:week|month|year|weeks|months)\b"
)
MOVEMENT_REACH = (
    6  # tokens before a weapon's name within which a movement word moves it: 'a column carrying …'
)
MOVEMENT_AFTER = 3  # tokens after it: 'launchers moving through …', '… were spotted'
ARRIVALS = frozenset(
    ("arrived at", "landed at")
)  # deployments whose needed word is their subject, before them
COUNTERPARTS = frozenset(("counterpart", "counterparts", "delegation", "ambassador", "envoy", "envoys"))
PRESS_WORDS = frozenset(
    ("reporters", "journalists", "press", "media", "correspondents", "broadcaster", "newspaper")
)
PRESS_REACH = 3  # tokens after "spoke to" within which the press it spoke to stands
VISIT_TRIGGERS = frozenset(("visited", "visit to", "met", "met with", "meeting with", "hosted"))
TALLY_BRACKET_REACH = 3  # tokens from a trigger to its bracketed tally: 'FPV drone attacks (4 explosions)'
TALLIED_UNITS = frozenset(("explosion", "explosions", "strikes", "shells", "rounds", "arrivals", "hits"))
ATTACK_CLASSES = frozenset(("strike", "clash"))
CLOSING_QUOTES = frozenset(("”", "»"))
# tokens from a characterising verb to the quotation it opens: "described the incident as"
QUOTE_VERB_REACH = 5
NAMING_REACH = (
    3  # tokens before an attack noun within which its article stands: 'a deliberate terrorist attack'
)
NAMING_WORDS = frozenset(("a", "an", "the", "this", "these", "such"))
DETERMINERS = frozenset(("the", "this", "that", "these", "those", "an", "a", "it", "them", "as"))
DEFINITE_DETERMINERS = frozenset(("the", "this", "that", "these", "those", "such"))
MODIFIER_REACH = 4  # words between a determiner and its attack noun: "the latest Russian missile strikes"
ORDINAL_WORDS = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth latest".split()
)
ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")
ORDINAL_FILLERS = frozenset(
    ("such", "russian", "ukrainian", "drone", "missile", "major", "large-scale", "massive")
)
THIRD_PERSON = frozenset(("he", "she"))  # a subject named in an earlier sentence
STATEMENT_NEGATION_REACH = 2  # 'has not denied', 'did not ever warn'
TALLY_REACH = 5  # tokens from a trigger to the places it counts: 'shelled more than 30 settlements'


def negated(an: Analysis, m: Match, codebook: Codebook) -> bool:
    """'has not denied', 'does not by itself mean a new call-up': a negation shortly before, same clause."""
    low = an.tokens.lower
    # a statement is negated in its own verb group ('has not denied'); a negation further back is what it says
    # ('not one of them will go unpunished', 'There is no evacuation … and there will be none')
    reach = STATEMENT_NEGATION_REACH if m.payload.cls == "statement" else codebook.negation_reach
    for k in range(m.i - 1, max(-1, m.i - 1 - reach), -1):
        if low[k] in (",", ";", ":") or (low[k] in ("and", "but") and low[k + 1] in MODALS):
            return False  # "are not combatants and will be destroyed": a new clause, not negated
        if low[k] in codebook.negations:
            return True
    return False


def background(an: Analysis, m: Match, published: date, codebook: Codebook) -> bool:
    """A trigger next to an earlier year ('recaptured in November 2022', 'won lawsuits in 2020') is history,
    unless the sentence names a day."""
    if any(d.precision == "day" for d in an.dates):
        return False
    low = an.tokens.lower
    if any(
        low[i - 1] in codebook.background_year_words and 1900 < int(low[i]) < published.year
        for i in an.four_digit_tokens
        if max(1, m.i - BACKGROUND_REACH) <= i < m.j + BACKGROUND_REACH
    ):
        return True
    # "the 11,000 troops Pyongyang sent to Russia last year", "used in assaults on Sumy in the spring"
    if not any(word in an.lowtext for word in PERIOD_WORDS):
        return False  # the common case, found without building the window
    near = " ".join(low[max(0, m.i - BACKGROUND_REACH) : m.j + BACKGROUND_REACH])
    past = PAST_PERIOD_RE.search(near)
    return past is not None and past.group("season") != _season(published)


def topic(an: Analysis, m: Match, codebook: Codebook) -> bool:
    """'On shells, Europe is catching up', 'the production of shells': a weapon named after a preposition;
    'notified him of suspicion over the Kharkiv strike': an attack that a case or a talk is about."""
    low = an.tokens.lower
    if low[m.i] in codebook.event_words["topic_nouns"] and m.i > 0 and low[m.i - 1] in TOPIC_PREPOSITIONS:
        return True
    k = m.i - 1
    while k > 0 and an.tokens.text[k][:1].isupper():
        k -= 1  # "over the Kharkiv strike": the place naming the attack
    attack_noun = low[m.i] in codebook.event_words["generic_strike_nouns"] or m.payload.cls == "attack"
    # "suspicion over the execution of prisoners": the case is about it
    return attack_noun and k > 0 and low[k] == "the" and low[k - 1] in CASE_TOPIC_WORDS


def tallies_places(an: Analysis, m: Match, codebook: Codebook) -> bool:
    """'shelled more than 30 settlements', 'attacked 12 towns': a count of places hit sums up many attacks."""
    if not an.numbers:
        return False
    low, places = an.tokens.lower, codebook.event_words["tally_places"]
    noun = next((k for k in range(m.j, min(len(low), m.j + TALLY_REACH)) if low[k] in places), None)
    if noun is None:
        return False
    return any(m.j <= an.tokens.index_at(n.start) < noun for n in an.numbers)


def day_toll(an: Analysis, m: Match, ground_attack: Callable[[], bool], summed_before: bool = False) -> bool:
    """'Across Kharkiv Oblast, Russian attacks killed five people over the past day', 'firing 417 shells and
    carrying out 63 drone attacks over the past day': a region's day toll or count of strikes, not one attack
    ('launched 61 attacks on the Pokrovsk front over the past day' is the day's fighting). After a sentence
    opening 'In total, …' (``summed_before``), 'Russian attacks killed 2 people and injured 13' with no place of
    its own sums up the same."""
    low = an.tokens.lower
    harming_attacks = low[m.i] in PLURAL_ATTACKS and m.j < len(low) and low[m.j] in HARM_VERBS
    if summed_before and harming_attacks and not an.places:
        return True
    if ("past" not in an.lowtext and "last" not in an.lowtext) or PERIOD_TOTAL_RE.search(an.lowtext) is None:
        return False
    if harming_attacks:
        return True
    counted = any(an.tokens.index_at(n.end) == m.i for n in an.numbers)  # "63 drone attacks"
    return counted and m.payload.cls == "strike" and not ground_attack()


def habitual(an: Analysis, m: Match, codebook: Codebook) -> bool:
    """'regular drone attacks', 'has frequently struck', 'clashes a day', 'would treat … strikes', 'the drills
    will take place', 'drills expected to involve': not one event that happened. A distributive 'each' after
    its noun ('swapped 157 prisoners each on Thursday') is no such marker."""
    low = an.tokens.lower
    after = low[m.j : m.j + 3]
    if any(after[: len(words)] == words for words in FUTURE_AFTER):
        return True
    if len(after) > 1 and after[0] in RATE_ARTICLES and after[1] in codebook.rate_words:
        return True  # "150 combat clashes a day": a rate, not one event
    if _generic_plural(an, m):
        return True
    start = max(0, m.i - MARKER_REACH)
    window = low[start : m.i]
    markers = codebook.non_event_markers
    return any(
        window[k : k + n] in markers and not (n == 1 and _distributive(low, start + k))
        for n in (1, 2, 3)
        for k in range(len(window))
    )


def _generic_plural(an: Analysis, m: Match) -> bool:
    """'"Attacks targeting civilian ships … threaten the safety of navigation"': a bare plural opening the
    sentence or its quote, subject of a verb in the present, is attacks in general, not one that happened."""
    low = an.tokens.lower
    opening = m.i == 0 or (m.i == 1 and low[0] in QUOTES)
    if not opening or not low[m.j - 1].endswith("s") or an.dates:
        return False
    _, end = clause_of(an.clause_starts, m.i, len(low))
    return not GENERIC_VERBS.isdisjoint(low[m.j : end])


CONTRAST_WORDS = frozenset(("but", "while", "though", "although", "whereas", ";"))


def standing_denial(an: Analysis, m: Match) -> bool:
    """'Russia denies destroying the dam', 'Moscow denies targeting civilians': a government's standing position,
    retold as background in the present tense with no day, is no statement made on an occasion (a person's
    'Peskov denies …' in a live post, 'denied on Tuesday', or '…, Peskov told reporters', is one)."""
    low = an.tokens.lower
    if low[m.i] not in STANDING_VERBS or an.sentence.is_headline or an.dates:
        return False
    if any(_voiced_by(low, m, r) for r in an.matches_of("report")):
        return False
    k = m.i
    while k > 0 and (low[k - 1] in STANDING_ADVERBS or low[k - 1].endswith("ly")):
        k -= 1  # "Moscow consistently denies"
    return any(c.j == k and ref.form != "demonym" for c, ref in an.country_actors())


def _voiced_by(low: tuple[str, ...], denial: Match, report: Match) -> bool:
    """ "Russia denies targeting civilians, Peskov told reporters": a speaker voicing the denial on an occasion;
    not "Moscow denies it and says …" nor "Moscow denies it, but Kyiv says …"."""
    between = low[denial.j : report.i]
    return (
        report.i > denial.i
        and "," in between
        and low[report.i - 1] != "and"
        and CONTRAST_WORDS.isdisjoint(between)
    )


def repelled(an: Analysis, m: Match) -> bool:
    """'repelled an attack by three UAVs', 'thwarted a drone attack': the attack was stopped, so the repelling is
    the event, not a strike."""
    return m.payload.cls == "strike" and not REPELLED.isdisjoint(an.tokens.lower[max(0, m.i - 3) : m.i])


def title_list(an: Analysis, m: Match) -> bool:
    """A title's 'deadly strikes on Kharkiv, Kherson and Zaporizhzhia': it sums up the body's attacks on several
    towns, each reported below, and is no event of its own."""
    if an.sentence.index != 0 or an.tokens.lower[m.j - 1] not in PLURAL_ATTACKS:
        return False
    return sum(p.place.feature == "place" for p in an.places if p.start >= an.tokens.end[m.j - 1]) >= 2


def _season(day: date) -> str:
    return SEASONS[day.month % 12 // 3]


def _distributive(low: tuple[str, ...], i: int) -> bool:
    """'157 prisoners of war each on Thursday', '$100 each.': 'each' closing its noun phrase, not opening one."""
    return low[i] == "each" and (i + 1 == len(low) or low[i + 1] in DISTRIBUTIVE_NEXT)


def equipment_moved(an: Analysis, m: Match, codebook: Codebook) -> bool:
    """'a column carrying multiple rocket launchers moving towards Mazyr': a weapon's name beside a movement word
    is equipment on the move or handed over, not a strike with it."""
    words = codebook.event_words
    if " ".join(an.tokens.lower[m.i : m.j]) not in words["equipment_triggers"]:
        return False
    lo, hi = clause_of(an.clause_starts, m.i, len(an.tokens))
    near = an.tokens.lower[max(lo, m.i - MOVEMENT_REACH) : min(hi, m.j + MOVEMENT_AFTER)]
    if not words["movement_words"].isdisjoint(near):  # not "glide bombs on Kupiansk, where supplies arrived"
        return True
    # "has supplied around 150 ballistic missiles and several million artillery shells": the supply's object
    before = " ".join(an.tokens.lower[lo : m.i])
    return any(f" {verb} " in f" {before} " for verb in words["supply_verbs"])


def explosions_tallied(an: Analysis, m: Match) -> bool:
    """'Khotin community: mortar shelling (6 explosions).': a digest's tally of what hit a community, no event of
    its own unless a casualty or damage is reported with it."""
    low = an.tokens.lower
    if m.i >= 2 and low[m.i - 2] == "(" and low[m.j : m.j + 1] == (")",):
        return True  # the '(7 explosions)' itself
    k = m.j
    while k < len(low) and k - m.j < TALLY_BRACKET_REACH and low[k] != "(":
        k += 1
    return low[k : k + 1] == ("(",) and k + 3 < len(low) and low[k + 2] in TALLIED_UNITS and low[k + 3] == ")"


def characterised(an: Analysis, m: Match, codebook: Codebook) -> bool:
    """'called the strike "an attack on Hungary's energy sovereignty"', 'summoned the ambassador to "explain the
    attacks"': a speaker's name for an attack, right after the verb or inside the quotation it opens; 'the
    strikes showed …': a comment on it."""
    if m.payload.cls not in ATTACK_CLASSES:
        return False  # "called the claim false" is the statement itself
    low, verbs = an.tokens.lower, codebook.event_words["characterising_verbs"]
    if m.j < len(low) and low[m.j] in codebook.event_words["commentary_verbs"] and _definite(low, m.i):
        return True  # "the strikes showed Putin had no interest in peace": a comment on the attack reported
    k = m.i - 1
    while k > 0 and low[k] in DETERMINERS:
        k -= 1  # "called the strike", "condemned this attack"
    if k >= 0 and low[k] in verbs:
        return True
    opening = _opening_quote(low, m.i)
    if opening is None:
        return False
    # '"a terrorist attack"', '"an attack on …"', not '"Drones struck our street"'
    named = not NAMING_WORDS.isdisjoint(low[max(opening + 1, m.i - NAMING_REACH) : m.i])
    return named and any(t in verbs for t in low[max(0, opening - QUOTE_VERB_REACH) : opening])


def _definite(low: tuple[str, ...], i: int) -> bool:
    """Whether the noun phrase ending at token i opens with 'the', 'these', 'such' or a possessive ('Sunday's')."""
    k = i - 1
    while (
        k > max(0, i - MODIFIER_REACH)
        and low[k] not in DEFINITE_DETERMINERS
        and low[k] != "'s"
        and low[k].isalpha()
    ):
        k -= 1  # "the latest Russian missile strikes"
    return k >= 0 and (low[k] in DEFINITE_DETERMINERS or low[k] == "'s")


def _opening_quote(low: tuple[str, ...], i: int) -> int | None:
    """The quotation mark that opens the quotation token i stands in, if any."""
    marks = [k for k in range(i) if low[k] in QUOTES]
    if not marks or low[marks[-1]] in CLOSING_QUOTES:
        return None
    straight = [k for k in marks if low[k] == '"']
    if low[marks[-1]] == '"' and len(straight) % 2 == 0:
        return None  # the last straight mark closed a quotation
    return marks[-1]


def counted_attacks(an: Analysis, m: Match) -> bool:
    """'recorded over 120 air and drone strikes, most of them around Huliaipole', 'carried out 42 drone strikes on
    Huliaipole': a count of attacks sums many up; no one of them is told."""
    low = an.tokens.lower
    if _labelled_count(an, m):
        return True  # "Semenivka community – 8 attacks (mortars, FPV drones).": a community's count
    if low[m.j - 1] not in COUNTED_STRIKES:
        return False  # "repelled 38 Russian attacks near Pokrovsk" is fighting there (a clash)
    for n in an.numbers:
        end = an.tokens.index_at(n.end)
        between = low[end : m.i]
        before = end <= m.i  # "86 drone strikes", not "strikes by 90 drones"
        if (
            before
            and n.value >= COUNTED_ATTACKS_MIN
            and len(between) <= 3
            and all(w.isalpha() for w in between)
        ):
            return True
    return False


def _labelled_count(an: Analysis, m: Match) -> bool:
    """'Vovchansk community – 23 attacks (KAB, artillery).', 'Khotin: 14 attacks (…), 37 explosions recorded': a
    count of attacks right after a place's label and its dash or colon, with the weapons and explosions it lists
    (up to a semicolon, after which an incident may follow)."""
    low = an.tokens.lower
    for k in range(2, min(m.j, len(low))):
        if (
            low[k] in PLURAL_ATTACKS
            and low[k - 1][:1].isdigit()
            and low[k - 2] in LABEL_MARKS
            and any(p.end <= an.tokens.start[k - 2] for p in an.places)
        ):
            return ";" not in low[k : m.i]
    return False


def area_gained(an: Analysis, m: Match) -> bool:
    """'captured about 110 square kilometres in the Kurakhove area last week': ground gained over a period,
    summed up as an area, is a figure, not one place taken."""
    if m.payload.cls != "territory":
        return False
    after = an.tokens.lower[m.j : m.j + AREA_REACH]
    return any(w in AREA_WORDS for w in after) and any(w[:1].isdigit() for w in after)


def counted_again(an: Analysis, m: Match) -> bool:
    """'It was the third attack on the Hrebinka junction this month': the attack just reported, counted among
    earlier ones, not another."""
    low = an.tokens.lower
    k = m.i - 1
    while (
        k > 0 and low[k] not in ORDINAL_WORDS and (low[k].endswith(("-", "ed")) or low[k] in ORDINAL_FILLERS)
    ):
        k -= 1  # "the third such attack", "the second Russian drone attack"
    return (
        k > 0
        and (low[k] in ORDINAL_WORDS or ORDINAL_RE.fullmatch(low[k]) is not None)
        and low[k - 1] == "the"
    )


def befallen_before(an: Analysis, m: Match) -> bool:
    """'six civilians who had been illegally detained … returned home': what had happened to people the sentence
    is about, not the news it reports."""
    low = an.tokens.lower
    k = m.i - 1
    while k > 0 and (low[k].endswith("ly") or low[k] == "been"):
        k -= 1  # "who had been illegally detained"
    return k > 0 and low[k] == "had" and low[k - 1] in ("who", "which", "that")


def running_total(an: Analysis, m: Match) -> bool:
    """'6,428 Ukrainians have been returned from Russian captivity since the start of the invasion', 'Since the
    beginning of 2025, Russian attacks have killed 112 civilians', 'In total, 96 civilians have been killed … as
    a result of attacks': a running total."""
    # "Since the beginning of the full-scale invasion, we know of at least 270 prisoners executed": the opener
    # sums up the whole war, whatever the tense
    since = RUNNING_SINCE_RE.search(an.lowtext)
    if since is not None and since.start() == 0 and any(n.value >= RUNNING_MIN for n in an.numbers):
        return True
    low = an.tokens.lower
    summed = TOTAL_OPENER_RE.match(an.lowtext) is not None and low[m.i] in PLURAL_ATTACKS
    if not summed and since is None:
        return False
    # "have been killed … as a result of attacks", "11 drone attacks on Chechnya have been recorded"
    if low[m.j : m.j + 1] in (("have",), ("has",)) or low[m.i - 1 : m.i] in (("have",), ("has",)):
        return True
    lo, hi = clause_of(an.clause_starts, m.i, len(low))
    return any(
        low[k : k + 2] in (("have", "been"), ("has", "been"), ("had", "been"))
        for k in range(lo, min(hi, m.j + PERFECT_AFTER))
    )


def losses_tally(an: Analysis, m: Match) -> bool:
    """'North Korean losses … amounted to about 6,000 killed and wounded': a side's losses summed, no attack."""
    low = an.tokens.lower
    lo, _ = clause_of(an.clause_starts, m.i, len(low))
    return low[m.i] in CASUALTY_WORDS and "losses" in low[lo : m.i]


def an_earlier_one(an: Analysis, m: Match) -> bool:
    """'a video of a previous drone attack on the city', 'an earlier strike': one told before or never dated,
    not a new event."""
    return not EARLIER_WORDS.isdisjoint(an.tokens.lower[max(0, m.i - 2) : m.i])  # "a previous (drone) attack"


def takes_a_side(an: Analysis, m: Match) -> bool:
    """'foreign mercenaries fighting for Kyiv', 'Nepalis who fought for Russia': whose side, not a battle for a
    place ('fighting for Pokrovsk' is one)."""
    low = an.tokens.lower
    if low[m.j - 1] != "for":
        return False
    at = m.j + (1 if low[m.j : m.j + 1] == ("the",) else 0)
    return any(
        a.i == at and (a.payload.form != "demonym" or low[a.j : a.j + 1] not in PLACE_HEADS)
        for a in an.matches_of("actor")
    )  # "fighting for the Russian army", not "fighting for the Ukrainian city of …"


def captured_no_ground(an: Analysis, m: Match) -> bool:
    """'satellite images captured on 20 October', 'sentenced three servicemen of the Armed Forces of Ukraine
    captured in the Kursk region': pictures taken or people described as taken prisoner, no ground taken."""
    low = an.tokens.lower
    if low[m.i] not in ("captured", "seized") or m.j - m.i != 1:
        return False
    if low[m.i - 1 : m.i] and low[m.i - 1] in RECORDINGS:
        return True
    if low[m.j : m.j + 1] not in CAPTIVE_CONTEXTS or low[m.i - 1] in CAPTURE_AUX:
        return False  # "troops captured the village"; "a soldier was captured near Kursk" is a clash
    people = [n for n in an.of_kind("noun") if n.payload in ("people", "personnel", "prisoners")]
    return any(
        0 <= m.i - n.j <= CAPTIVE_REACH and all(t not in (",", ";") for t in low[n.j : m.i]) for n in people
    )


def period_total(an: Analysis) -> bool:
    """'killed 58 people … between January 1 and November 15': a total over a span of days, not one attack."""
    dates = [d for d in an.dates if d.precision == "day"]
    low = an.lowtext
    return any(
        (b.date - a.date).days >= PERIOD_MIN_DAYS
        and low[: a.start].rstrip().endswith(SPAN_OPENERS)
        and low[a.end : b.start].split()[:1]
        and low[a.end : b.start].split()[0] in SPAN_JOINS
        for a, b in pairwise(dates)
    )


def sustained(an: Analysis, m: Match) -> bool:
    """'A month under the glide bombs: how Russia is emptying Kostiantynivka', 'Weeks of shelling have left …',
    'dropped 412 glide bombs on the city over the month': attacks kept up over weeks or months, no one attack."""
    if m.payload.cls != "strike":
        return False  # "began a week of drills": an exercise is held over days
    low = an.tokens.lower
    k = m.i - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    if k >= 1 and low[k] in SPAN_LINKS and low[k - 1] in LONG_SPANS:
        return True
    if OVER_A_SPAN_RE.search(an.lowtext) is None:
        return False  # most sentences: no span phrase at all
    lo, hi = clause_of(an.clause_starts, m.i, len(low))
    return OVER_A_SPAN_RE.search(an.lowtext, an.tokens.start[lo], an.tokens.end[hi - 1]) is not None


# what an intelligence service intercepts that is no weapon: "intercepted a call in which an occupier …"
TALK_NOUNS = frozenset(
    "call calls conversation conversations communications messages message radio phone transmissions".split()
)
TALK_REACH = 4  # tokens around 'intercepted' within which the talk intercepted is named


def talk_intercepted(an: Analysis, m: Match) -> bool:
    """'The SBU has intercepted a conversation …', 'The call was intercepted on 3 August': no air defence, and
    'intercepted a phone call between a soldier and his wife' is no diplomatic call."""
    low = an.tokens.lower
    if m.payload.cls == "intercept":
        return not TALK_NOUNS.isdisjoint(low[max(0, m.i - TALK_REACH) : m.j + TALK_REACH])
    return low[m.j - 1] in TALK_NOUNS and any(
        w.startswith("intercept") for w in low[max(0, m.i - TALK_REACH) : m.i]
    )


def needs_met(an: Analysis, m: Match, lowtext: str) -> bool:
    """A trigger that needs a word ('sent' needs troops) finds it on its own side of a semicolon: not in "sent us
    photos of the wreckage; soldiers collected the fragments". (A comma's clause may name them by a pronoun: 'and
    that 8,000 of them have moved to Kursk'.)"""
    needed = m.payload.requires_any
    if not needed:
        return True
    if m.payload.cls == "statement" and an.tokens.lower[max(0, m.i - 2) : m.i] in POINTING_SUBJECTS:
        return True  # "That's a lie, I'll say it plainly": what was just said or asked is the claim denied
    if m.payload.phrase in ARRIVALS:
        lowtext = lowtext[
            : m.start
        ]  # "two Su-30 fighters landed at …", not "the plane landed at …, police forces said"
    if not any(word in lowtext for word in needed):
        return False
    if ";" not in lowtext:
        return True
    low = an.tokens.lower
    if m.i > 0 and low[m.i - 1] in BACK_POSSESSIVES:
        return True  # "a drone was shot down over Nizhnekamsk; its debris fell on a vacant lot": the pronoun's drone
    lo = max((k + 1 for k in range(m.i) if low[k] == ";"), default=0)
    hi = next((k for k in range(m.j, len(low)) if low[k] == ";"), len(low))
    clause = " ".join(low[lo:hi])
    return any(word in clause for word in needed)


def to_the_press(an: Analysis, m: Match) -> bool:
    """'spoke to reporters by phone', 'spoke with the BBC': an interview, no talks between states."""
    after = an.tokens.lower[m.j : m.j + PRESS_REACH]
    media = any(m.j <= a.i < m.j + PRESS_REACH and a.payload.actor.kind == "media" for a in an.actors())
    return media or not PRESS_WORDS.isdisjoint(after)


def domestic_visit(an: Analysis, m: Match, speaker_country: str = "") -> bool:
    """'Zelensky visited the city and met commanders': a visit or meeting that names no second state is no
    Diplomacy; 'I was in Kyiv, where I met President Zelensky', said by a British minister, names two."""
    low = an.tokens.lower
    if m.payload.phrase not in VISIT_TRIGGERS or not COUNTERPARTS.isdisjoint(low):
        return False  # "met his counterpart in Kyiv": the counterpart is the second state
    sides = _sides_named(an)
    if speaker_country and not FIRST_PERSON.isdisjoint(low[max(0, m.i - 3) : m.i]):
        sides.add(speaker_country)
    # "On Wednesday, she met Russia's Foreign Minister Sergei Lavrov in Moscow": a visitor named before, meeting
    # the side the sentence names after the verb
    visitor = not THIRD_PERSON.isdisjoint(low[max(0, m.i - 2) : m.i]) and not any(
        a.i < m.i for a in an.actors()
    )
    return len(sides) < 2 and not (visitor and sides)


def _sides_named(an: Analysis) -> set[str]:
    """The states and bodies a sentence names: as actors, as people's countries, as the countries of its places."""
    sides = {m.payload.actor.country or m.payload.actor.name for m in an.actors()}
    sides.update(p.place.country for p in an.places if p.place.country)
    return sides


def describes_a_force(an: Analysis, m: Match) -> bool:
    """'Two Italian F-35 fighters deployed to Estonia for NATO's air policing were scrambled': a participle after
    its noun, with the clause's own verb after it, says where the force is, not that it was sent (not 'Russia
    deployed troops that were …')."""
    low = an.tokens.lower
    if m.i == 0 or low[m.i] not in STATIONED_PARTICIPLES or low[m.i - 1] in CAPTURE_AUX:
        return False
    if not low[m.i - 1].isalpha() or any(a.j == m.i for a in an.actors()):
        return False  # "Russia deployed …", "troops, deployed …"
    for t in low[m.j : m.j + STATIONED_REACH]:
        if t in FINITE_BE:
            return True
        if t in RELATIVES or t in (",", ";", ":", "and"):
            return False
    return False


def drafted_document(an: Analysis, m: Match) -> bool:
    """'before a peace deal is drafted', 'the resolution was drafted by France': a text written, not men called
    up."""
    low = an.tokens.lower
    return low[m.i].startswith("draft") and not DOCUMENT_NOUNS.isdisjoint(low[max(0, m.i - 3) : m.i])


def unofficial_voice(an: Analysis, m: Match) -> bool:
    """'A BBC spokesperson told us the video was "a fabrication"': an outlet's denial is no state's Statement; nor
    is what residents or witnesses say ('Residents said there was no military facility on the street', j20)."""
    if an.tokens.lower[0] in PRIVATE_VOICES and m.i > 1:
        return True
    before = [a for a in an.actors() if a.j <= m.i]
    return bool(before) and before[0].payload.actor.kind == "media"
