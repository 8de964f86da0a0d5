"""Tokens and a phrase index: find every codebook phrase in a sentence with dict lookups, not regex scans."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, NamedTuple

# Words keep inner dots (U.S, 1.30am); hyphens and a possessive 's are tokens of their own, so
# "Russian-guided" yields the demonym and "Kim Jong-un" matches as ["kim", "jong", "-", "un"] on both sides.
TOKEN_RE = re.compile(r"\w+(?:\.\w+)*|[’']s\b|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Tokens:
    """A sentence's tokens as parallel tuples: surface text, lower case, start and end offsets."""

    text: tuple[str, ...]
    lower: tuple[str, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.text)

    def index_at(self, offset: int) -> int:
        """Index of the first token that starts at or after offset."""
        return bisect_left(self.start, offset)


QUOTES = frozenset(('"', "“", "”", "«", "»"))  # quotation marks a phrase may be interrupted by


def tokenize(text: str) -> Tokens:
    """Split text into word and punctuation tokens with offsets."""
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    starts = tuple(a for a, _ in spans)
    ends = tuple(b for _, b in spans)
    words = tuple(text[a:b] for a, b in spans)
    low_text = text.lower()
    if len(low_text) == len(text):  # lower() kept every offset (true unless a rare letter expands)
        low_text = low_text.replace("’", "'")
        lows = tuple(low_text[a:b] for a, b in spans)
    else:
        lows = tuple(w.lower().replace("’", "'") for w in words)
    return Tokens(words, lows, starts, ends)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a codebook phrase: its lower-case tokens."""
    return tokenize(phrase).lower


class Match(NamedTuple):
    """A phrase found in a sentence: token span [i, j), character span, and the codebook payload.

    A named tuple because a document makes thousands of them and a tuple is the cheapest record to build."""

    i: int
    j: int
    start: int
    end: int
    kind: str
    payload: Any


@dataclass
class PhraseIndex:
    """Phrases of several kinds (actor, trigger, weapon, noun, verb…) looked up by their token n-grams."""

    # key -> (kind, payload, the token that must be capitalised in the text, or -1)
    entries: dict[tuple[str, ...], list[tuple[str, Any, int]]] = field(default_factory=dict)
    first: dict[str, tuple[int, ...]] = field(
        default_factory=dict
    )  # first token -> phrase lengths, longest first

    def add(self, phrase: str, kind: str, payload: Any, proper: bool = False) -> None:
        """Add a phrase; a proper phrase matches only when its first capitalised word ("Kyiv", "von der Leyen",
        "the Emirates") is capitalised in the text too. A proper phrase written all in lower case in the codebook
        ("occupation authorities", "dpa") matches in any case."""
        tokens = tokenize(phrase)
        key = tokens.lower
        if not key:
            return
        capital = next((k for k, word in enumerate(tokens.text) if word[:1].isupper()), -1) if proper else -1
        self.entries.setdefault(key, []).append((kind, payload, capital))
        lengths = set(self.first.get(key[0], ())) | {len(key)}
        self.first[key[0]] = tuple(sorted(lengths, reverse=True))

    def add_all(self, phrases: Iterable[str], kind: str, payload: Any, proper: bool = False) -> None:
        for phrase in phrases:
            self.add(phrase, kind, payload, proper)

    def find(self, tokens: Tokens) -> list[Match]:
        """Every indexed phrase in the tokens (all lengths, all kinds), in text order."""
        found: list[Match] = []
        lows, n, first, entries = tokens.lower, len(tokens), self.first, self.entries
        for i, low in enumerate(lows):
            lengths = first.get(low)
            if lengths is None:
                continue
            for length in lengths:
                j = i + length
                if j > n:
                    continue
                hits = entries.get(lows[i:j])
                if not hits:
                    continue
                for kind, payload, capital in hits:
                    if capital >= 0 and not tokens.text[i + capital][:1].isupper():
                        continue
                    found.append(Match(i, j, tokens.start[i], tokens.end[j - 1], kind, payload))
        if not QUOTES.isdisjoint(lows) and (crossing := self._across_quotes(tokens)):
            found = sorted(found + crossing, key=lambda m: (m.i, m.i - m.j))  # text order, longest first
        return found

    def _across_quotes(self, tokens: Tokens) -> list[Match]:
        """Phrases a quotation mark interrupts: 'had taken "full control" of', 'a "massive strike"'."""
        lows, first, entries = tokens.lower, self.first, self.entries
        kept = [k for k, low in enumerate(lows) if low not in QUOTES]
        words = tuple(lows[k] for k in kept)
        found: list[Match] = []
        for a, low in enumerate(words):
            for length in first.get(low, ()):
                b = a + length
                if b > len(words) or kept[b - 1] - kept[a] + 1 == length:
                    continue  # too long, or no quotation mark inside: the main pass has it
                for kind, payload, capital in entries.get(words[a:b], ()):
                    if capital >= 0 and not tokens.text[kept[a + capital]][:1].isupper():
                        continue
                    i, j = kept[a], kept[b - 1] + 1
                    found.append(Match(i, j, tokens.start[i], tokens.end[j - 1], kind, payload))
        return found


def longest_of_kind(matches: Iterable[Match], kind: str) -> list[Match]:
    """Matches of one kind with overlaps removed, longer phrases winning."""
    same = [m for m in matches if m.kind == kind]
    if all(a.j <= b.i for a, b in pairwise(same)):
        return same  # in text order and disjoint, as most sentences' matches are
    chosen: list[Match] = []
    taken: set[int] = set()
    for m in sorted(same, key=lambda m: (m.i - m.j, m.i)):
        span = set(range(m.i, m.j))
        if span & taken:
            continue
        taken |= span
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.i)
