"""Reported figures: which number counts what (metric, subject), where and when, from one sentence."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from frontline.analysis import Analysis
from frontline.codebook import Codebook
from frontline.lexicon import Match
from frontline.records import DateMention, NumberMention, PlaceMention

AUX = frozenset(
    [
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "be",
        "being",
        "are",
        "is",
        "got",
        "remain",
        "remained",
        "remains",
    ]
)
MODIFIERS = frozenset(
    [
        "more",
        "additional",
        "other",
        "extra",
        "further",
        "new",
        "young",
        "elite",
        "ballistic",
        "guided",
        "cruise",
        "attack",
        "kamikaze",
        "unmanned",
        "aerial",
        "combat",
        "enemy",
        "of",
        "the",
        "their",
        "its",
        "his",
        "her",
        "foreign",
        "military",
        "special",
        "regular",
        "civilian",
        "russian-made",
        "iranian-made",
        "-",
        "’s",
        "'s",
    ]
)
COORDINATION = frozenset({"and", ",", "as", "well", "plus", "including", "with"})
ANAPHORA = frozenset({"number", "figure", "tally", "total", "estimate", "count", "presence", "more"})
MONEY_UNITS = frozenset({"USD", "EUR", "GBP", "RUB", "UAH"})
CASUALTY_VERBS = frozenset({"killed", "injured", "casualties", "missing"})
HEAD_LABELS = {"personnel": "troops", "drone": "drones", "area": "square kilometres"}
# Where a counted thing is ("10,000 troops in Russia"), as opposed to whom it acts against.
FIGURE_LOCATIVES = frozenset(["in", "at", "near", "inside", "into", "to", "on", "across", "around", "within"])
RIGHT_WINDOW = 16
LEFT_WINDOW = 7


@dataclass
class FigureDraft:
    """A figure found in a sentence, before claimant and dates are filled in by the document step."""

    number: NumberMention
    metric: str
    subject: str
    noun_class: str
    place: PlaceMention | None
    date: DateMention | None


@dataclass
class _Reading:
    """What one number governs: its noun, its verb, where it sits in the tokens."""

    number: NumberMention
    ti: int  # first token of the number
    te: int  # token after the number
    noun: Match | None = None
    noun_end: int = 0
    verb: str = ""
    left_verb: str = ""
    weak_verb: str = ""
    subject: str = ""


class FigureFinder:
    """Reads the figures in a sentence; remembers the last counted noun for 'the number' and 'more'."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.last_noun: tuple[str, str] | None = None  # (noun class, subject)

    def new_post(self) -> None:
        self.last_noun = None

    def find(self, an: Analysis) -> list[FigureDraft]:
        readings = [self._read(an, n) for n in an.numbers]
        self._share_out_of(an, readings)
        drafts: list[FigureDraft] = []
        prev: _Reading | None = None
        for k, r in enumerate(readings):
            nxt = readings[k + 1].number.start if k + 1 < len(readings) else len(an.sentence.text)
            if prev is not None and r.verb in ("", r.weak_verb) and self._coordinated(an, prev, r):
                r.verb = prev.left_verb or prev.verb or r.verb
            draft = self._draft(an, r, prev, nxt)
            if draft is not None:
                drafts.append(draft)
                prev = r
        self._remember_noun(an)
        return drafts

    def _read(self, an: Analysis, num: NumberMention) -> _Reading:
        toks = an.tokens
        ti = toks.index_at(num.start)
        te = toks.index_at(num.end)
        r = _Reading(num, ti, te, noun_end=te)
        if num.unit in MONEY_UNITS:
            r.noun_end = te
        else:
            r.noun = self._noun_after(an, te)
            if r.noun is not None:
                r.noun_end = r.noun.j
        r.left_verb = self._verb_left(an, ti)
        strong, r.weak_verb = self._verb_right(an, r.noun_end)
        r.verb = strong or r.left_verb or r.weak_verb
        return r

    def _noun_after(self, an: Analysis, start: int) -> Match | None:
        low = an.tokens.lower
        actor_tokens = {i for m in an.actors() if m.payload.form == "demonym" for i in range(m.i, m.j)}
        for j in range(start, min(start + 6, len(low))):
            nouns = [m for m in an.matches if m.kind == "noun" and m.i == j]
            if nouns:
                return max(nouns, key=lambda m: m.j - m.i)
            model = self._model_word(an.tokens.text[j]) or (
                low[j].isdigit() and j > start and low[j - 1] == "-"
            )
            if not (low[j] in MODIFIERS or j in actor_tokens or model):
                return None
        return None

    @staticmethod
    def _model_word(token: str) -> bool:
        """Weapon and unit names inside a noun phrase: 'three Iskander-M missiles', 'Shahed-136 drones'."""
        return token[:1].isupper() or token == "-"

    def _verb_right(self, an: Analysis, start: int) -> tuple[str, str]:
        """(strong, weak) verb classes after the noun: 'were injured' is strong, 'launched by' weak."""
        low = an.tokens.lower
        stop = min(len(low), start + RIGHT_WINDOW)
        number_starts = {an.tokens.index_at(n.start) for n in an.numbers}
        weak = ""
        for m in sorted(
            (m for m in an.matches if m.kind == "verb" and start <= m.i < stop), key=lambda m: m.i
        ):
            if any(t in number_starts or low[t] in (";", ".") for t in range(start, m.i)):
                break
            before = low[max(start, m.i - 3) : m.i]
            if m.i == start or any(t in AUX for t in before) or low[m.i - 1] in ("the", "among"):
                return m.payload, weak
            weak = weak or m.payload
        return "", weak

    def _verb_left(self, an: Analysis, ti: int) -> str:
        low = an.tokens.lower
        best: Match | None = None
        for m in an.matches:
            if m.kind == "verb" and ti - LEFT_WINDOW <= m.i and m.j <= ti:
                if any(low[t] in (";", ".", "”", "“") for t in range(m.j, ti)):
                    continue
                if best is None or m.j > best.j:
                    best = m
        return best.payload if best else ""

    def _share_out_of(self, an: Analysis, readings: list[_Reading]) -> None:
        """'17 out of 43 drones': the part shares the whole's noun; the whole counts what was launched."""
        low = an.tokens.lower
        for part, whole in pairwise(readings):
            between = low[part.te : whole.ti]
            if (
                between in (("out", "of"), ("of", "the"), ("of",))
                and part.noun is None
                and whole.noun is not None
            ):
                part.noun, part.noun_end = whole.noun, whole.noun_end
                part.verb = part.left_verb or part.verb
                whole.verb = "launched"
                whole.left_verb = part.left_verb

    def _coordinated(self, an: Analysis, prev: _Reading, r: _Reading) -> bool:
        between = an.tokens.lower[prev.noun_end : r.ti]
        return 0 < len(between) <= 3 and all(t in COORDINATION for t in between)

    def _draft(self, an: Analysis, r: _Reading, prev: _Reading | None, nxt: int) -> FigureDraft | None:
        num = r.number
        if num.unit == "percent":
            return None
        noun_class, subject = self._noun_class(an, r, prev)
        if (
            prev is not None
            and prev.noun is not None
            and r.noun is not None
            and prev.noun.payload == r.noun.payload
            and subject == HEAD_LABELS.get(noun_class)
            and prev.subject.endswith(subject)
        ):
            subject = prev.subject  # "10,000 North Korean troops, up from 3,000 troops": same troops
        if num.unit in MONEY_UNITS:
            noun_class, subject = "money", num.unit
        metric = self.codebook.metrics.get((noun_class, r.verb)) or self.codebook.metrics.get(
            (noun_class, "")
        )
        if metric is None or (
            not noun_class and r.verb not in CASUALTY_VERBS | {"evacuated", "drafted", "captured"}
        ):
            return None
        r.subject = subject
        place = None
        if noun_class != "money":
            place = next((p for p in an.places if num.end <= p.start < nxt and self._located(an, p)), None)
        date = next((d for d in an.dates if num.end <= d.start < nxt), None)
        return FigureDraft(num, metric, subject, noun_class, place, date)

    def _noun_class(self, an: Analysis, r: _Reading, prev: _Reading | None) -> tuple[str, str]:
        if r.noun is not None:
            return r.noun.payload, self._subject(an, r)
        if r.verb in CASUALTY_VERBS:
            return "", "people"
        low = an.tokens.lower
        anaphoric = any(t in ANAPHORA for t in low[max(0, r.ti - 8) : r.te + 2])
        if prev is not None and prev.noun is not None:
            return prev.noun.payload, prev.subject
        if (anaphoric or r.verb) and self.last_noun is not None:
            return self.last_noun
        return "", ""

    def _subject(self, an: Analysis, r: _Reading) -> str:
        """'North Korean troops', 'drones', 'guided missiles': demonym + head, demonym from 'from X' or the sender."""
        noun = r.noun
        assert noun is not None
        head = HEAD_LABELS.get(noun.payload, " ".join(an.tokens.lower[noun.i : noun.j]))
        if noun.payload == "people":
            return head
        start = min(r.te, max(0, noun.i - 3))
        demonym = self._demonym_between(an, start, noun.i) or self._demonym_from(an, noun.j)
        if not demonym and noun.payload in ("personnel", "volunteers"):
            demonym = self._sender(an, r.ti)
        return f"{demonym} {head}" if demonym else head

    def _demonym_between(self, an: Analysis, i: int, j: int) -> str:
        for m in an.actors():
            if i <= m.i < j and m.payload.actor.kind == "country":
                return self.codebook.demonym_of.get(m.payload.actor.name, "")
        return ""

    def _demonym_from(self, an: Analysis, j: int) -> str:
        if j < len(an.tokens) and an.tokens.lower[j] == "from":
            for m in an.actors():
                if m.i == j + 1 and m.payload.actor.kind == "country":
                    return self.codebook.demonym_of.get(m.payload.actor.name, "")
        return ""

    def _sender(self, an: Analysis, before: int) -> str:
        """The country acting in the sentence before the number ('North Korea dispatched 10,000 troops')."""
        sides = [m for m, ref in an.country_actors() if m.j <= before and ref.form != "demonym"]
        if not sides:
            return ""
        return self.codebook.demonym_of.get(sides[-1].payload.actor.name, "")

    def _located(self, an: Analysis, place: PlaceMention) -> bool:
        """'in Russia', 'in the Kursk region', 'to eastern Russia': where the counted thing is."""
        low = an.tokens.lower
        i = an.tokens.index_at(place.start) - 1
        while i >= 0 and (
            low[i] == "the" or low[i] in ("eastern", "western", "southern", "northern", "central")
        ):
            i -= 1
        return i >= 0 and low[i] in FIGURE_LOCATIVES

    def _remember_noun(self, an: Analysis) -> None:
        nouns = [
            m for m in an.of_kind("noun") if m.payload in ("personnel", "drone", "missile", "volunteers")
        ]
        if nouns:
            m = nouns[0]  # the sentence's topic usually comes first
            r = _Reading(NumberMention(m.start, m.start, "", 0, "exact"), m.i, m.i, noun=m, noun_end=m.j)
            self.last_noun = (m.payload, self._subject(an, r))
