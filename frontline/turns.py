"""Speaker turns in a transcript: after 'MS. SINGH:' every paragraph is hers until the next label ('Q:')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from frontline.codebook import Codebook

# an all-capitals label opening a paragraph: "DEPUTY PRESS SECRETARY SABRINA SINGH:", "MS. SINGH:", "Q:"
LABEL_RE = re.compile(r"\s*((?:[A-Z][A-Z'’.-]*\s+){0,6}[A-Z][A-Z'’.-]*)\s*:\s")
HONORIFICS = frozenset(("mr", "ms", "mrs", "dr", "sir", "dame", "gen", "adm", "col", "lt", "maj"))
# labels that are not speakers: a questioner, or a live page's kicker ("BREAKING:", "UPDATE:")
NOT_SPEAKERS = frozenset(
    """q question questioner reporter audience breaking update updated live watch news analysis opinion exclusive
    latest read more photo video note editor's key events background context""".split()
)


@dataclass(frozen=True)
class Speaker:
    name: str
    country: str
    kind: str


@dataclass
class Turns:
    """Who holds the floor in a transcript, read from the labels that open paragraphs."""

    codebook: Codebook
    default_country: str = ""  # the side the document speaks for (the Pentagon in its title)
    speaker: Speaker | None = None
    _by_surname: dict[str, Speaker] = field(default_factory=dict)

    def read(self, paragraph_text: str) -> None:
        """Read the first sentence of a paragraph: a label opens a turn, 'Q:' ends one."""
        m = LABEL_RE.match(paragraph_text)
        if m is None or not any(c.islower() for c in paragraph_text[m.end() : m.end() + 40]):
            return  # no label, or a heading in capitals
        words = [w.strip(".").lower() for w in m.group(1).split()]
        if not words[-1] or any(w in NOT_SPEAKERS for w in words):
            self.speaker = None
            return
        self.speaker = self._resolve(words)

    def _resolve(self, words: list[str]) -> Speaker:
        """'deputy press secretary sabrina singh' → Sabrina Singh; 'ms singh' → the Singh named before."""
        titled = [w for w in words if w not in HONORIFICS]
        known = self.codebook.actor_for_phrase(" ".join(titled)) if titled else None
        if known is not None:
            return Speaker(known.name, known.country, known.kind)
        surname = titled[-1] if titled else words[-1]
        if surname in self._by_surname:
            return self._by_surname[surname]
        titles = self.codebook.person_nouns
        name_words = titled[-2:] if len(titled) >= 2 and titled[-2] not in titles else titled[-1:]
        speaker = Speaker(" ".join(w.capitalize() for w in name_words), self.default_country, "person")
        if len(name_words) == 2:
            self._by_surname[surname] = speaker
        return speaker
