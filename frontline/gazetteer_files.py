"""Reads and validates the gazetteer's data files into the name indexes the matcher searches."""

from __future__ import annotations

import csv
import gc
import gzip
import math
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from difflib import SequenceMatcher
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from frontline.errors import CodebookError
from frontline.records import Place

GEONAMES_FILE = "geonames_region.tsv.gz"
ADMIN1_FILE = "admin1.csv"
ALIASES_FILE = "aliases.csv"
COUNTRIES_FILE = "countries.csv"
WORDS_FILE = "words.csv"

GEONAMES_COLUMNS = (
    "geonameid",
    "name",
    "asciiname",
    "alternatenames",
    "latitude",
    "longitude",
    "country_code",
    "admin1_code",
    "population",
)
ADMIN1_COLUMNS = ("country_code", "admin1_code", "name", "variants", "latitude", "longitude")
ALIAS_COLUMNS = ("alias", "name", "feature", "admin1", "country", "latitude", "longitude", "geo_precision")
COUNTRY_COLUMNS = ("country_code", "name", "capital_geonameid")
WORD_COLUMNS = ("word", "role", "note")
FEATURES = frozenset({"place", "district", "region", "country", "sea", "range", "water"})
ROLES = frozenset(
    {
        "stop",
        "given_name",
        "locative",
        "modifier",
        "near",
        "region_prefix",
        "unit",
        "after",
        "district_namesake",
    }
)

REGION_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
LONG_ADJECTIVE_RE = re.compile(r"sk(?:iy|ij|ii|yi|yy)$")  # -ский spelt in full: Afipskiy, Ilskij, Zavodskyi
LONG_ADJECTIVE_ENDINGS = ("iy", "ij", "ii", "yi", "yy")  # a fast test before LONG_ADJECTIVE_RE
SHORT_ENDING_POPULATION = 10_000  # towns, not villages, are found by their short -sky spelling
# Homonyms resolve toward the conflict region; log10(population) and the primary-name bonus break ties, so a
# village's alternate name never beats a city's own name (Novorossiysk, Voronezh) nor a city's a village's.
COUNTRY_BONUS = MappingProxyType({"UA": 2.0, "RU": 1.0, "BY": 0.5, "MD": 0.5})
PRIMARY_BONUS = 1.5
REGION_RANK = MappingProxyType({"UA": 0, "RU": 1, "BY": 2, "MD": 3})  # oblast homonyms: Ukraine first
# how alike (difflib's ratio) an alternate name and a place's own must be to count as a spelling of it
SAME_NAME_RATIO = 0.7
# Outside UA/RU/BY/MD a GeoNames place must be this big (or a capital) to be found in running text.
ELIGIBLE_POPULATION = 100_000

WORD_RE = re.compile(r"\w(?:\w|['’.\-](?=\w))*")
_PLAIN = re.compile(r"\w+(?:['’\-]\w+)*(?: \w+(?:['’\-]\w+)*)*")


# apostrophes unified; Romanian s and t with a cedilla (as GeoNames writes them) read as the correct comma below
_UNIFY = str.maketrans({"’": "'", "ʼ": "'", "ş": "ș", "ţ": "ț"})


def norm(token: str) -> str:
    folded = token.casefold()
    return folded if folded.isascii() else folded.translate(_UNIFY)


def name_key(name: str) -> str:
    """The lookup key of a name: its words casefolded, apostrophes unified, joined by single spaces."""
    return " ".join(norm(t) for t in WORD_RE.findall(name))


class Geo(NamedTuple):
    """One GeoNames place with what ranking and eligibility need (a tuple: 32,000 are built at load)."""

    name: str
    admin1: str
    country: str
    latitude: float
    longitude: float
    population: int
    country_code: str
    admin1_code: str
    eligible: bool  # may be found in running text

    @property
    def place(self) -> Place:
        return Place(self.name, self.admin1, self.country, self.latitude, self.longitude, 1, "place")


@dataclass(frozen=True, slots=True)
class Region:
    """One first-level division (oblast, krai, republic) from admin1.csv."""

    place: Place
    country_code: str
    admin1_code: str
    rank: int


@dataclass
class GazetteerFiles:
    """The validated contents of a gazetteer directory, indexed by name key."""

    geo: dict[str, list[tuple[float, bool, Geo]]]
    regions: dict[str, list[Region]]
    aliases: dict[str, Place]
    words: dict[str, frozenset[str]]
    masks: dict[str, tuple[bool, ...]]  # multi-word name -> which of its words must be capitalised in text


def gazetteer_dir(data_dir: Path) -> Path:
    """data/gazetteer, given it or the data directory holding it."""
    d = Path(data_dir)
    if not (d / GEONAMES_FILE).exists() and (d / "gazetteer" / GEONAMES_FILE).exists():
        d = d / "gazetteer"
    return d


def read_gazetteer(d: Path) -> GazetteerFiles:
    """Read and validate every gazetteer file in d; errors name the file and the entry."""
    with _gc_paused():
        masks: dict[str, tuple[bool, ...]] = {}
        countries, capitals = _read_countries(d / COUNTRIES_FILE)
        regions, region_names = _read_admin1(d / ADMIN1_FILE, countries, masks)
        aliases = _read_aliases(d / ALIASES_FILE, set(region_names.values()), set(countries.values()), masks)
        words = _read_words(d / WORDS_FILE)
        geo = _read_geonames(d / GEONAMES_FILE, countries, capitals, region_names)
        _drop_country_alternates(geo, countries.values())
        _drop_shared_former_names(geo)
        _add_short_adjective_endings(geo)
        return GazetteerFiles(geo, regions, aliases, words, masks)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic collector while building ~100,000 index entries (a third of the load time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a CSV file with the expected header, each with its entry label for errors."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if tuple(reader.fieldnames or ()) != columns:
                raise CodebookError(str(path), "header", f"expected columns {','.join(columns)}")
            for row in reader:
                if None in row or None in row.values():
                    raise CodebookError(str(path), f"row {reader.line_num}", "wrong number of fields")
                yield f"row {reader.line_num}", row
    except OSError as exc:
        raise CodebookError(str(path), "file", f"cannot read: {exc}") from exc


def _coords(path: Path, entry: str, lat: str, lon: str) -> tuple[float, float]:
    """Parse and range-check a coordinate pair."""
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        raise CodebookError(str(path), entry, f"coordinates {lat!r}, {lon!r} are not numbers") from None
    if not (-90.0 <= la <= 90.0 and -180.0 <= lo <= 180.0):
        raise CodebookError(str(path), entry, f"coordinates {la}, {lo} out of range")
    return la, lo


def _read_countries(path: Path) -> tuple[dict[str, str], set[int]]:
    names: dict[str, str] = {}
    capitals: set[int] = set()
    for entry, row in _rows(path, COUNTRY_COLUMNS):
        if len(row["country_code"]) != 2 or not row["name"]:
            raise CodebookError(str(path), entry, "needs a two-letter code and a name")
        names[row["country_code"]] = row["name"]
        if row["capital_geonameid"]:
            capitals.add(int(row["capital_geonameid"]))
    return names, capitals


def _read_admin1(
    path: Path, countries: dict[str, str], masks: dict[str, tuple[bool, ...]]
) -> tuple[dict[str, list[Region]], dict[tuple[str, str], str]]:
    """Index oblasts by name and variants, conflict region first."""
    index: dict[str, list[Region]] = {}
    names: dict[tuple[str, str], str] = {}
    for entry, row in _rows(path, ADMIN1_COLUMNS):
        cc, code, name = row["country_code"], row["admin1_code"], row["name"]
        if cc not in countries or not code or not name:
            raise CodebookError(str(path), entry, f"unknown country {cc!r} or empty code/name")
        if (cc, code) in names:
            raise CodebookError(str(path), entry, f"duplicate admin1 {cc}.{code}")
        lat, lon = _coords(path, entry, row["latitude"], row["longitude"])
        place = Place(name, name, countries[cc], lat, lon, 3, "region")
        region = Region(place, cc, code, REGION_RANK.get(cc, len(REGION_RANK)))
        names[(cc, code)] = name
        for variant in {name, *filter(None, row["variants"].split(";"))}:
            index.setdefault(_add_key(masks, variant), []).append(region)
    for regions in index.values():
        regions.sort(key=lambda r: r.rank)
    return index, names


def _read_aliases(
    path: Path, admin1_names: set[str], country_names: set[str], masks: dict[str, tuple[bool, ...]]
) -> dict[str, Place]:
    aliases: dict[str, Place] = {}
    for entry, row in _rows(path, ALIAS_COLUMNS):
        key = _add_key(masks, row["alias"])
        if not key or not row["name"]:
            raise CodebookError(str(path), entry, "alias and name must not be empty")
        if key in aliases:
            raise CodebookError(str(path), entry, f"duplicate alias {row['alias']!r}")
        if row["feature"] not in FEATURES:
            raise CodebookError(str(path), entry, f"unknown feature {row['feature']!r}")
        if row["admin1"] and row["admin1"] not in admin1_names:
            raise CodebookError(str(path), entry, f"unknown admin1 {row['admin1']!r}")
        if row["country"] and row["country"] not in country_names:
            raise CodebookError(str(path), entry, f"unknown country {row['country']!r}")
        if row["geo_precision"] not in ("1", "2", "3"):
            raise CodebookError(
                str(path), entry, f"geo_precision must be 1, 2 or 3, not {row['geo_precision']!r}"
            )
        lat, lon = _coords(path, entry, row["latitude"], row["longitude"])
        aliases[key] = Place(
            row["name"], row["admin1"], row["country"], lat, lon, int(row["geo_precision"]), row["feature"]
        )
    return aliases


def _geo_key(name: str) -> str:
    """name_key for GeoNames names, with a fast path for the plain ones (most of 100,000)."""
    return norm(name) if _PLAIN.fullmatch(name) else name_key(name)


def _add_key(masks: dict[str, tuple[bool, ...]], name: str) -> str:
    """The key of a curated name; for a multi-word name, record which words must be capitalised in text."""
    tokens = WORD_RE.findall(name)
    key = " ".join(norm(t) for t in tokens)
    if len(tokens) > 1:
        mask = tuple(t[0].isupper() for t in tokens)
        old = masks.get(key)
        masks[key] = mask if old is None else tuple(a and b for a, b in zip(old, mask, strict=True))
    return key


def _read_geonames(
    path: Path,
    countries: dict[str, str],
    capitals: set[int],
    admin1: dict[tuple[str, str], str],
) -> dict[str, list[tuple[float, bool, Geo]]]:
    """Index every GeoNames place by primary, ASCII and alternate names, best-ranked first."""
    index: dict[str, list[tuple[float, bool, Geo]]] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise CodebookError(str(path), "file", f"cannot read: {exc}") from exc
    if not lines or tuple(lines[0].split("\t")) != GEONAMES_COLUMNS:
        raise CodebookError(str(path), "header", f"expected columns {','.join(GEONAMES_COLUMNS)}")
    # A row's names come one after another, so a key already ending in this row's entry is a repeat.
    for line_no, line in enumerate(lines[1:], start=2):
        geo, score, primary, alternates = _parse_geo(path, line_no, line, countries, capitals, admin1)
        for names, entry in (
            (primary, (score + PRIMARY_BONUS, True, geo)),
            (alternates, (score, False, geo)),
        ):
            for name in names:
                key = name.casefold() if name.isascii() and name.isalpha() else _geo_key(name)
                found = index.get(key)
                if found is None:
                    index[key] = [entry]
                elif found[-1][2] is not geo:
                    found.append(entry)
    for entries in index.values():
        if len(entries) > 1:
            entries.sort(key=itemgetter(0), reverse=True)
    return index


def _drop_country_alternates(geo: dict[str, list[tuple[float, bool, Geo]]], countries: Iterable[str]) -> None:
    """A country's name is never a city's alternate name ("Panama" is not Panama City)."""
    for country in countries:
        key = name_key(country)
        entries = [e for e in geo.get(key, ()) if e[1]]
        if entries:
            geo[key] = entries
        else:
            geo.pop(key, None)


def _drop_shared_former_names(geo: dict[str, list[tuple[float, bool, Geo]]]) -> None:
    """An alternate name unlike the place's own that other places of its country bear as theirs is a former
    name ("Oleksandrivka" for Donetsk, "Stanislav" for Ivano-Frankivsk): in text it names those places. Spelling
    variants ("Zaporizhzhia" for Zaporizhzhya, "Konstantinovka" for Kostyantynivka) stay."""
    for key, entries in geo.items():
        if len(entries) < 2 or entries[0][1]:
            continue  # nothing shared, or a place's own name already ranks first
        own = {e[2].country_code for e in entries if e[1]}
        kept = [e for e in entries if e[1] or e[2].country_code not in own or spells_own_name(key, e[2])]
        if len(kept) < len(entries):
            geo[key] = kept


def spells_own_name(key: str, geo: Geo) -> bool:
    """Whether a name key is a place's own name spelt another way ('konstantinovka' for Kostyantynivka), not a
    former name unlike it ('artemovsk' for Bakhmut)."""
    return SequenceMatcher(None, key, geo.name.casefold()).ratio() >= SAME_NAME_RATIO


def _add_short_adjective_endings(geo: dict[str, list[tuple[float, bool, Geo]]]) -> None:
    """-ский romanised the short way: 'Afipsky' and 'Ilsky' (refinery towns) for GeoNames' Afipskiy and Il'skiy.
    Only for towns of the region's countries whose own name it shortens, never over a name some place bears, and
    never for villages, whose short names are as often surnames (Kaminsky)."""
    added: dict[str, list[tuple[float, bool, Geo]]] = {}
    for key, entries in geo.items():
        if not key.endswith(LONG_ADJECTIVE_ENDINGS) or " " in key or LONG_ADJECTIVE_RE.search(key) is None:
            continue
        short = LONG_ADJECTIVE_RE.sub("sky", key).replace("'", "")
        towns = [
            e
            for e in entries
            if e[2].country_code in REGION_COUNTRIES
            and e[2].population >= SHORT_ENDING_POPULATION
            and LONG_ADJECTIVE_RE.sub("sky", _geo_key(e[2].name)).replace("'", "") == short
        ]
        if towns and short not in geo:
            added.setdefault(short, towns)
    geo.update(added)


def _parse_geo(
    path: Path,
    line_no: int,
    line: str,
    countries: dict[str, str],
    capitals: set[int],
    admin1: dict[tuple[str, str], str],
) -> tuple[Geo, float, tuple[str, ...], Iterable[str]]:
    """Validate one GeoNames row: the place, its ranking score, its primary and ASCII names, its alternates."""
    fields = line.split("\t")
    try:
        gid, name, ascii_name, alternates, lat, lon, cc, code, population = fields
        la, lo, pop, capital = float(lat), float(lon), int(population), int(gid) in capitals
        country = countries[cc]
    except (ValueError, KeyError) as exc:
        raise CodebookError(str(path), f"row {line_no}", f"bad field or field count: {exc}") from None
    if not (name and -90.0 <= la <= 90.0 and -180.0 <= lo <= 180.0 and pop >= 0):
        raise CodebookError(
            str(path), f"row {line_no}", "empty name, coordinates out of range or population < 0"
        )
    eligible = cc in REGION_COUNTRIES or pop >= ELIGIBLE_POPULATION or capital
    geo = tuple.__new__(Geo, (name, admin1.get((cc, code), ""), country, la, lo, pop, cc, code, eligible))
    primary = (name,) if ascii_name == name else (name, ascii_name)
    score = math.log10(pop + 1) + COUNTRY_BONUS.get(cc, 0.0)
    return geo, score, primary, (alternates.split(";") if alternates else ())


def _read_words(path: Path) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {role: set() for role in ROLES}
    for entry, row in _rows(path, WORD_COLUMNS):
        if row["role"] not in ROLES or not row["word"].strip():
            raise CodebookError(str(path), entry, f"unknown role {row['role']!r} or empty word")
        words[row["role"]].add(" ".join(norm(w) for w in row["word"].split()))
    return {role: frozenset(ws) for role, ws in words.items()}
