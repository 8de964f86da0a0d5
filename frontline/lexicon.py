"""Tokens and a phrase index: find every codebook phrase in a sentence with dict lookups, not regex scans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

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
        for i, s in enumerate(self.start):
            if s >= offset:
                return i
        return len(self.start)


def tokenize(text: str) -> Tokens:
    """Split text into word and punctuation tokens with offsets."""
    words, lows, starts, ends = [], [], [], []
    for m in TOKEN_RE.finditer(text):
        w = m.group()
        words.append(w)
        lows.append(w.lower().replace("’", "'"))
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(tuple(words), tuple(lows), tuple(starts), tuple(ends))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a codebook phrase: its lower-case tokens."""
    return tokenize(phrase).lower


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a sentence: token span [i, j), character span, and the codebook payload."""

    i: int
    j: int
    start: int
    end: int
    kind: str
    payload: Any


@dataclass
class PhraseIndex:
    """Phrases of several kinds (actor, trigger, weapon, noun, verb…) looked up by their token n-grams."""

    entries: dict[tuple[str, ...], list[tuple[str, Any, bool]]] = field(default_factory=dict)
    first: set[str] = field(default_factory=set)
    longest: int = 1

    def add(self, phrase: str, kind: str, payload: Any, proper: bool = False) -> None:
        """Add a phrase; a proper phrase matches only when its first letter is capitalised in the text."""
        key = phrase_key(phrase)
        if not key:
            return
        self.entries.setdefault(key, []).append((kind, payload, proper))
        self.first.add(key[0])
        self.longest = max(self.longest, len(key))

    def add_all(self, phrases: Iterable[str], kind: str, payload: Any, proper: bool = False) -> None:
        for phrase in phrases:
            self.add(phrase, kind, payload, proper)

    def find(self, tokens: Tokens) -> list[Match]:
        """Every indexed phrase in the tokens (all lengths, all kinds), in text order."""
        found: list[Match] = []
        lows, n, first, entries = tokens.lower, len(tokens), self.first, self.entries
        for i in range(n):
            if lows[i] not in first:
                continue
            for j in range(min(n, i + self.longest), i, -1):
                hits = entries.get(lows[i:j])
                if not hits:
                    continue
                for kind, payload, proper in hits:
                    if proper and not tokens.text[i][:1].isupper():
                        continue
                    found.append(Match(i, j, tokens.start[i], tokens.end[j - 1], kind, payload))
        return found


def longest_of_kind(matches: Iterable[Match], kind: str) -> list[Match]:
    """Matches of one kind with overlaps removed, longer phrases winning."""
    chosen: list[Match] = []
    taken: set[int] = set()
    for m in sorted((m for m in matches if m.kind == kind), key=lambda m: (m.i - m.j, m.i)):
        span = set(range(m.i, m.j))
        if span & taken:
            continue
        taken |= span
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.i)
