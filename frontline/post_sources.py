"""Who a post or a headline names as its author: an official channel's post opening "Vyacheslav Gladkov: …" or
"Ivan Prikhodko (09:50): …", a headline ending "… - MoD", a list line "Norway – NOK 2.4 billion"."""

from __future__ import annotations

import re
from collections.abc import Callable

from frontline.analysis import Analysis
from frontline.claimant import Claimant, from_actor, is_generic, named_body
from frontline.codebook import Codebook
from frontline.unlisted_speakers import TITLE_WORDS

DASHES = frozenset(("-", "–", "—"))
COLON_SOURCE_REACH = 12  # tokens within which "Name Surname:" opens a post as its author
AUTHOR_STAMP_REACH = 24  # tokens of "Name, title of place (day, time):" opening a post
# "Air force: Russia fired 3 ballistic missiles …", "Pentagon: 10,000 North Korean troops …": a headline's speaker
HEADLINE_SPEAKER_RE = re.compile(r"([A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}): (?=\S)")
LABEL_LINE_MAX = 12  # tokens of a list line a country labels ('Norway – NOK 2.4 billion')
SpeakerAt = Callable[[Analysis, int], Claimant | None]  # the speaker phrase ending at a token


def stamp_colon(low: tuple[str, ...], lo: int = 0) -> int:
    """The colon that ends a post's author stamp ('Name (Friday, 22:40):', 'Name, 07:12:'), outside brackets and
    clock times, or -1; ``lo`` is where the stamp starts."""
    depth = 0
    for k in range(lo, min(len(low), lo + AUTHOR_STAMP_REACH)):
        word = low[k]
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif word == ":" and depth == 0 and not clock_colon(low, k):
            near = k - lo < COLON_SOURCE_REACH
            return k if near or low[k - 1] == ")" or "," in low[lo:k] else -1
    return -1


def clock_colon(low: tuple[str, ...], k: int) -> bool:
    """The colon inside a clock time: '07 : 00'."""
    return 0 < k < len(low) - 1 and low[k - 1].isdigit() and low[k + 1].isdigit()


def entry_minute(low: tuple[str, ...]) -> int | None:
    """The minute of the day a log entry is stamped with ('14:22 — Explosion in the city.', 'Updated 14:50: the
    bomb fell …'), else None."""
    k = 1 if low[:1] == ("updated",) else 0
    if len(low) <= k + 3 or not clock_colon(low, k + 1):
        return None
    hour, minute = int(low[k]), int(low[k + 2])
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def entry_start(low: tuple[str, ...]) -> int:
    """Where a log entry's text starts after its clock time: '23:40 — Head of the RMA Serhii Lysak: …', '08:30 Air
    Force: …'."""
    if len(low) > 3 and clock_colon(low, 1):
        return 4 if low[3] in DASHES else 3
    return 0


def _timed_end(low: tuple[str, ...], colon: int, lo: int) -> int:
    """Where an author's name ends before a clock time: 'Russian Defence Ministry, 07:00:', or -1."""
    k = colon - 3
    if k - 1 > lo and clock_colon(low, k + 1) and low[k - 1] == "," and low[colon - 1].isdigit():
        return k - 1
    return -1


def colon_source(
    an: Analysis, codebook: Codebook, people: dict[str, Claimant], speaker_ending_at: SpeakerAt
) -> Claimant | None:
    """'Vyacheslav Gladkov: As a result of a drone attack …': an official channel's post opens with its author,
    a speaker the codebook knows. A post stamped with its time ('Ivan Prikhodko (09:50): …') or opening with
    the author's title ('Alexei Kulemzin, Russian-installed head of Donetsk (Friday, 22:40): …') names its
    author even when the codebook does not know him."""
    low = an.tokens.lower
    lo = entry_start(low)  # "02:44 — Lysak: …": a log entry's author after its time
    colon = stamp_colon(low, lo)
    if colon == lo + 1 and an.tokens.text[lo] in people:
        return people[an.tokens.text[lo]].placed(lo, -1)  # "Hryhorov: …" after "… Oleh Hryhorov: …"
    if colon < lo + 1:
        return None
    if lo > 0:
        # a log entry's label: "02:44 — Lysak: …", "00:26 — Air Force: …", "04:15 — RMA: …"
        found = _body_of_body(an, lo, speaker_ending_at) or speaker_ending_at(an, colon)
        if (
            found is not None
            and found.at == lo
            and found.kind in ("person", "actor", "state_body", "generic")
        ):
            return found
    if colon < lo + 2:
        return None
    if colon == len(low) - 1 and lo == 0:
        # "Khmelnytskyi Regional Prosecutor's Office:" on a line of its own labels the paragraphs below it
        label = None
        if "," in low[:colon]:
            # "Russian Defence Ministry, morning summary, 07:05:", "Oleh Syniehubov, head of the Kharkiv Regional
            # Military Administration:", "Kharkiv Regional Prosecutor's Office, 17:20:": the speaker, then its
            # title or what and when it issued
            label = speaker_ending_at(an, low.index(","))
            if label is not None and not all(word[:1].isupper() for word in an.tokens.text[: label.at]):
                label = None
        label = label or speaker_ending_at(an, colon)
        if label is not None and label.kind in ("person", "actor", "state_body", "generic"):
            return label
    end, stamped = colon, low[colon - 1] == ")"
    if stamped:
        end = max(k for k in range(colon) if low[k] == "(")
    elif (timed := _timed_end(low, colon, lo)) > 0:
        end, stamped = timed, True  # "Saratov Governor Roman Busargin, 07:12: …"
    found = _body_of_body(an, lo, speaker_ending_at) or (speaker_ending_at(an, end) if end >= 1 else None)
    if found is not None and found.at <= lo + 1:
        known = codebook.actor_by_name(found.name) is not None
        if known or (stamped and found.kind == "person"):
            return found
    if (
        found is not None
        and found.kind == "person"
        and any(m.j == found.at for m in an.matches_of("generic"))
    ):
        return found  # "Head of the Sumy RMA Oleh Hryhorov: …": an author named after his title
    comma = low.index(",", lo) if "," in low[lo:end] else -1
    titled = comma >= lo + 2 and not TITLE_WORDS.isdisjoint(low[comma + 1 : end])
    found = speaker_ending_at(an, comma) if titled else None
    if found is None or found.at > lo + 1 or found.kind not in ("person", "actor", "state_body"):
        return None  # "Key Takeaways: …" is a label, not an author
    return found


def _body_of_body(an: Analysis, lo: int, speaker_ending_at: SpeakerAt) -> Claimant | None:
    """'Air Force of the Armed Forces of Ukraine: …': the body named first is the author, not the one it
    belongs to."""
    low = an.tokens.lower
    for m in an.matches_of("actor", "generic"):
        if m.i == lo and m.j < len(low) and low[m.j] == "of":
            return speaker_ending_at(an, m.j)
    return None


def dash_source(an: Analysis, speaker_ending_at: SpeakerAt) -> Claimant | None:
    """A headline that ends '… overnight - MoD' or '— Zelensky': the source after the dash."""
    low = an.tokens.lower
    end = len(low) - (1 if low and low[-1] in (".", ")") else 0)
    for m in an.matches_of("actor", "generic"):
        if m.j == end and m.i > 0 and low[m.i - 1] in DASHES:
            return speaker_ending_at(an, end)
    return None


def colon_headline_source(an: Analysis, codebook: Codebook, side: str) -> Claimant | None:
    """'Air force: Russia fired 3 ballistic missiles …': a headline opening with the speaker and a colon (the
    twin of dash_source's '… - MoD'), when the label is a speaker the codebook knows (a person, a body; 'air
    force' of the given side; not 'Ukraine:' heading a country's news)."""
    if (label := HEADLINE_SPEAKER_RE.match(an.sentence.text)) is None:
        return None
    phrase = label.group(1).lower()
    known = codebook.actor_for_phrase(phrase)
    if known is not None and known.kind != "country":
        return Claimant(known.name, "" if known.kind == "international" else known.country, known.kind, 0)
    if known is None and is_generic(codebook, phrase):
        return named_body(codebook, phrase, side, 0) if side else Claimant(phrase, "", "generic", 0)
    return None


def label_source(an: Analysis, codebook: Codebook) -> Claimant | None:
    """'Norway – NOK 2.4 billion' (a list line, as under 'National contributions:'): a short line a country
    labels with a dash or a colon is that country's."""
    low = an.tokens.lower
    if len(low) > LABEL_LINE_MAX or an.sentence.index == 0:
        return None  # a title "Ukraine: Cluster Munition Strike Killed 11" names its topic, not its source
    for m, ref in an.country_actors():
        # not a dateline's capital ("KYIV: Russian drones hit Odesa …")
        if m.i == 0 and ref.form != "metonym" and m.j < len(low) and (low[m.j] in DASHES or low[m.j] == ":"):
            return from_actor(ref, codebook, m.i)
    return None
