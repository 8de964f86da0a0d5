"""Typed records that flow through the pipeline: document → sentence → mention → event / figure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One line of a document: a post headline, the title, or a body paragraph."""

    start: int  # character offset of the paragraph in Document.text
    text: str
    is_headline: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded, validated input file; offsets everywhere refer to ``text``."""

    name: str  # file name, reported as source_doc
    doc_id: str  # first 16 hex digits of the SHA-256 of the raw bytes
    published: date
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or headline) with its place in the document."""

    doc_name: str
    post_index: int  # 0 for the title and standfirst, then one per post
    post_headline: str
    index: int  # running number within the document
    text: str
    start: int
    end: int
    is_headline: bool = False
    paragraph: int = 0  # the document line it stands in

    @property
    def is_summary(self) -> bool:
        """A title, standfirst or post headline: what the text below it reports in full."""
        return self.is_headline or self.post_index == 0


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase found in a sentence and resolved against the publication date."""

    start: int
    end: int
    phrase: str
    date: date
    precision: str  # "day", "week" or "month"


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in text that may be a reported figure (ages, years, times already excluded)."""

    start: int
    end: int
    text: str
    value: float
    qualifier: str  # exact, approx, at_least, at_most, expected
    unit: str = ""  # "" for a count; "USD", "RUB", "EUR", "GBP", "percent", "km", ...


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry resolved for a mention."""

    name: str
    admin1: str
    country: str
    latitude: float
    longitude: float
    geo_precision: int  # 1 place, 2 near/part of region, 3 region centroid
    # place, district, region, country, sea, range, water; village: a settlement the gazetteer lacks, placed by
    # the region the text names with it
    feature: str = "place"


# the feature of a village, town or city the gazetteer lacks (or has only elsewhere), placed by the region the text
# names with it
UNLISTED_VILLAGE = "village"
FEATURE_RANK = {"district": 1, "region": 2, "country": 3}  # other features (place, sea, range) rank as places


def specificity(place: Place) -> tuple[int, int]:
    """Sort key: a city before a district before a region before a whole country. A village the gazetteer lacks,
    mapped at its area, comes after a listed town but before a district ('the village of Hrakove in the Chuhuiv
    district')."""
    if place.feature == UNLISTED_VILLAGE:
        return 2, 0
    return place.geo_precision, FEATURE_RANK.get(place.feature, 0)


def one_region(a: Place, b: Place) -> bool:
    """Whether two places lie in one first-level region of one country: Nikopol and Marhanets."""
    return (a.country, a.admin1) == (b.country, b.admin1)


def holds(area: Place, inside: Place) -> bool:
    """Whether a region or country holds the place: the Dnipropetrovsk region holds Nikopol."""
    if area.feature == "country":
        return area.country == inside.country
    return area.feature == "region" and one_region(area, inside)


def unlisted_village(name: str, area: Place) -> Place:
    """A settlement the gazetteer lacks, placed at the region or district the text names with it, at that area's
    precision (never finer than 'part of a region')."""
    return Place(
        name,
        area.admin1,
        area.country,
        area.latitude,
        area.longitude,
        max(2, area.geo_precision),
        UNLISTED_VILLAGE,
    )


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    surface: str
    place: Place


@dataclass(slots=True)
class EventCandidate:
    """One sentence's report of an event, before duplicates are merged."""

    event_date: date
    date_precision: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    place: Place | None
    fatalities: int | None
    injuries: int | None
    claimant: str
    sentence: Sentence
    claimant_kind: str = ""
    claimant_country: str = ""
    trigger: str = ""
    date_source: str = "explicit"  # explicit (a date phrase), post (an earlier phrase in the post), published
    group: int = -1  # candidates of one document with the same group are one event (coreference in a post)
    unlisted_place: bool = (
        False  # reports a place the gazetteer lacks: never a placeless repeat of another report
    )
    # the minute of the day its log entry is stamped with: "14:22 — Explosion in the city."
    stamp: int | None = None


@dataclass(slots=True)
class FigureCandidate:
    """One reported figure (a claim), before repeated claims are merged."""

    reported_date: date
    refers_to_date: date
    date_precision: str
    metric: str
    subject: str
    value: float
    unit: str
    qualifier: str
    claimant: str
    claimant_country: str
    place: Place | None
    sentence: Sentence
    event_group: int = -1  # the document-local event group the figure belongs to (casualty counts)


@dataclass(slots=True)
class DocumentResult:
    """Everything the per-document step found in one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    events: list[EventCandidate] = field(default_factory=list)
    figures: list[FigureCandidate] = field(default_factory=list)
