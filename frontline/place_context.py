"""What the text around a candidate place name says: the words before it (a locative, "near", "the region of"),
whether the sentence is in title case, and lists such as "the Kharkiv and Sumy regions"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from frontline.gazetteer_files import WORD_RE, norm
from frontline.records import PlaceMention

if TYPE_CHECKING:
    from frontline.gazetteer import Gazetteer

LIST_WINDOW = 300  # characters before "regions" within which its list of names stands
_PLURAL = re.compile(r"[ \t](?:[Rr]egions|[Oo]blasts|[Pp]rovinces|[Dd]istricts|[Ss]eas)\b")
_NAME = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?"
_LIST = re.compile(
    rf"(?:{_NAME}(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+))+{_NAME}"
    r"[ \t]+(?:border[ \t]+)?([Rr]egions|[Oo]blasts|[Pp]rovinces|[Dd]istricts|[Ss]eas)\b"
)
_LIST_ITEM = re.compile(_NAME)
_SINGULAR = MappingProxyType(
    {"regions": "region", "oblasts": "region", "provinces": "region", "districts": "district", "seas": "sea"}
)
# the last word before a name, read on the reversed prefix so the match is anchored (a search for "…$" is
# quadratic in the prefix)
_PREV_WORD_REVERSED = re.compile(r"[ \t]*([\w'’.\-]+)")
# a lower-case word of five letters or more standing alone: the sentence is not in title case
_LONG_LOWER_WORD = re.compile(r"(?<![\w'’.\-])[a-z]{5,}(?![\w]|['’.\-]\w)")
_PLURAL_HINTS = ("egions", "blasts", "rovinces", "istricts", "eas")  # cheap test before _PLURAL
_LIST_GAP = frozenset({",", "and", "or", ", and", ", or", "&"})


class PhraseEnds:
    """Phrases (word tuples) that a word sequence may end with; most sequences fail on their last word."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.phrases = frozenset(phrases)
        self.last_words = frozenset(p[-1] for p in self.phrases if p)
        self.longest = max(map(len, self.phrases), default=0)

    def end(self, words: list[str] | tuple[str, ...]) -> bool:
        """True when the word sequence ends with one of the phrases."""
        if not words or words[-1] not in self.last_words:
            return False
        phrases = self.phrases
        return any(tuple(words[-n:]) in phrases for n in range(1, min(len(words), self.longest) + 1))


@dataclass(slots=True)
class PlaceContext:
    """What the matcher learns about one sentence, computed lazily."""

    text: str
    found: list[PlaceMention]
    # mention index → (key, population) of mentions another oblast's namesake may replace: villages, districts
    movable: dict[int, tuple[str, int]] = field(default_factory=dict)
    last_movable: tuple[str, int] | None = None  # set by the matcher for the mention it is building
    _title: bool | None = None
    _lists: dict[int, tuple[str, int]] | None = None

    @property
    def title_case(self) -> bool:
        """True for headline-style sentences, where capitals say nothing about names."""
        if self._title is None and _LONG_LOWER_WORD.search(self.text):
            self._title = False
        elif self._title is None:
            long = [w for w in WORD_RE.findall(self.text) if len(w) > 4 and w.isalpha()]
            self._title = len(long) >= 3 and all(w[0].isupper() for w in long)
        return self._title

    @property
    def lists(self) -> dict[int, tuple[str, int]]:
        """End offset of each name in a list such as "Kharkiv and Sumy regions" → (singular suffix, new end)."""
        if self._lists is None:
            self._lists = {}
            if not any(map(self.text.__contains__, _PLURAL_HINTS)):
                return self._lists
            for plural in _PLURAL.finditer(self.text):
                # a list ends at its plural word: search just before it, not the whole sentence from every name
                for m in _LIST.finditer(self.text, max(0, plural.start() - LIST_WINDOW), plural.end()):
                    singular = _SINGULAR[m.group(1).lower()]
                    items = list(_LIST_ITEM.finditer(self.text, m.start(), m.start(1)))
                    for item in items:
                        self._lists[item.end()] = (singular, item.end())
                    self._lists[items[-1].end()] = (singular, m.end())
        return self._lists

    def after_place(self, start: int) -> bool:
        """True when the previous place ends just before start with a list separator between."""
        if not self.found:
            return False
        return self.text[self.found[-1].end : start].strip() in _LIST_GAP


class WordsBefore:
    """The words before a candidate name, read only as far as a rule needs them."""

    __slots__ = ("_gaz", "_prefix", "_scan", "_words")

    def __init__(self, gaz: Gazetteer, text: str, start: int) -> None:
        self._gaz = gaz
        self._prefix = text[max(0, start - 48) : start]
        self._words: list[str] | None = None
        self._scan: tuple[bool, bool] | None = None

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = [norm(w) for w in WORD_RE.findall(self._prefix)[-6:]]
        return self._words

    @property
    def region_prefix(self) -> bool:
        """ "the region of X" """
        return self._gaz.region_phrases.end(self.words)

    @property
    def locative(self) -> bool:
        """ "in X", "in the village of X", "struck northern X" """
        return self._scanned()[0]

    @property
    def near(self) -> bool:
        """ "near X", "on the outskirts of X", "10km north of the town of X" """
        return self._scanned()[1]

    def _scanned(self) -> tuple[bool, bool]:
        if self._scan is None:
            gaz, words = self._gaz, list(self.words)
            locative = near = False
            while words:
                locative = locative or words[-1] in gaz.words["locative"]
                near = near or gaz.near_phrases.end(words)
                if words[-1] not in gaz.strip_before:
                    break
                words.pop()
            self._scan = (locative, near)
        return self._scan

    @property
    def capitalised(self) -> str:
        """The word just before the name when it is capitalised and not a locative or modifier ("Lloyd Austin")."""
        prev = _PREV_WORD_REVERSED.match(self._prefix[::-1])
        if prev is None or prev.start(1) == 0:
            return ""
        word = prev.group(1)[::-1]
        low = norm(word)
        words = self._gaz.words
        if (
            word[0].isupper()
            and low not in words["locative"]
            and low not in words["modifier"]
            and low[-2:] != "'s"
        ):
            return word
        return ""
