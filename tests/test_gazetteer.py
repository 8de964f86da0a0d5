"""Gazetteer: places found in war-reporting sentences, homonyms, lookups, load errors and the shipped data."""

from __future__ import annotations

import csv
import gzip
import itertools
import math
import shutil
import time
from pathlib import Path

import pytest

from frontline.errors import CodebookError
from frontline.gazetteer import Gazetteer
from frontline.gazetteer_files import name_key

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(DATA)


def places(gaz: Gazetteer, text: str) -> list[tuple[str, str, str, str, int]]:
    """(surface, name, admin1, country, geo_precision) of every place found."""
    return [
        (m.surface, m.place.name, m.place.admin1, m.place.country, m.place.geo_precision)
        for m in gaz.find_places(text)
    ]


def read_csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1", "country", "precision"),
    [
        (
            "Russian drones attacked Kyiv overnight, the city's military administration said.",
            "Kyiv",
            "Kyiv",
            "Kyiv City",
            "Ukraine",
            1,
        ),
        (
            "KYIV, Ukraine (AP) — Air raid sirens sounded across the country on Sunday.",
            "KYIV",
            "Kyiv",
            "Kyiv City",
            "Ukraine",
            1,
        ),
        (
            "Moscow has long called the government in Kiev illegitimate.",
            "Kiev",
            "Kyiv",
            "Kyiv City",
            "Ukraine",
            1,
        ),
        (
            "A guided bomb hit an apartment block in Kharkiv on Friday evening.",
            "Kharkiv",
            "Kharkiv",
            "Kharkiv",
            "Ukraine",
            1,
        ),
        (
            "Port infrastructure in Odesa was damaged, the navy spokesman said.",
            "Odesa",
            "Odesa",
            "Odesa",
            "Ukraine",
            1,
        ),
        ("Explosions were reported in Odessa early on Monday.", "Odessa", "Odesa", "Odesa", "Ukraine", 1),
        (
            "A drone set fire to a building in the city of Gudermes, Kadyrov said.",
            "Gudermes",
            "Gudermes",
            "Chechnya",
            "Russia",
            1,
        ),
        (
            "Two ballistic missiles struck the eastern town of Kramatorsk.",
            "Kramatorsk",
            "Kramatorsk",
            "Donetsk",
            "Ukraine",
            1,
        ),
        (
            "Russian troops are pressing towards Pokrovsk from the south-east.",
            "Pokrovsk",
            "Pokrovsk",
            "Donetsk",
            "Ukraine",
            1,
        ),
        (
            "A missile hit a bridge near Bilhorod-Dnistrovskyi.",
            "Bilhorod-Dnistrovskyi",
            "Bilhorod-Dnistrovskyi",
            "Odesa",
            "Ukraine",
            2,
        ),
        (
            "Moscow says its forces took the village of Kruhliakivka.",
            "Kruhliakivka",
            "Kruhliakivka",
            "Kharkiv",
            "Ukraine",
            1,
        ),
        (
            "Drones flying towards Moscow were downed, the mayor said.",
            "Moscow",
            "Moscow",
            "Moscow",
            "Russia",
            1,
        ),
        (
            "Submarines fired missiles from the Barents Sea on Tuesday.",
            "Barents Sea",
            "Barents Sea",
            "",
            "",
            3,
        ),
        (
            "The missile came down on a test range in Kamchatka.",
            "Kamchatka",
            "Kamchatka",
            "Kamchatka",
            "Russia",
            3,
        ),
        (
            "A Yars missile was launched from the Plesetsk Cosmodrome.",
            "Plesetsk Cosmodrome",
            "Plesetsk Cosmodrome",
            "Arkhangelsk",
            "Russia",
            1,
        ),
        (
            "Key events: drones downed over Engels air base",
            "Engels air base",
            "Engels air base",
            "Saratov",
            "Russia",
            1,
        ),
    ],
)
def test_finds_place(gaz, text, surface, name, admin1, country, precision):
    assert (surface, name, admin1, country, precision) in places(gaz, text)


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1", "precision"),
    [
        (
            "Thousands of North Korean troops are in the Kursk region, the Pentagon said.",
            "Kursk region",
            "Kursk",
            "Kursk",
            3,
        ),
        ("Russia attacked a key bridge in Odesa region overnight.", "Odesa region", "Odesa", "Odesa", 3),
        (
            "The governor of Russia's Belgorod Oblast declared an emergency.",
            "Belgorod Oblast",
            "Belgorod",
            "Belgorod",
            3,
        ),
        (
            "Kharkiv region governor Oleh Syniehubov said two were hurt.",
            "Kharkiv region",
            "Kharkiv",
            "Kharkiv",
            3,
        ),
        (
            "Troops were heading to the Kursk border region, officials said.",
            "Kursk border region",
            "Kursk",
            "Kursk",
            3,
        ),
        ("Ukraine pressed its offensive in the region of Kherson.", "Kherson", "Kherson", "Kherson", 3),
        (
            "Several drones were shot down over the Moscow region.",
            "Moscow region",
            "Moscow Oblast",
            "Moscow Oblast",
            3,
        ),
        (
            "Falling debris started a fire in the Solomianskyi district in Kyiv's west.",
            "Solomianskyi district",
            "Solomianskyi",
            "Kyiv City",
            2,
        ),
        (
            "Officials ordered evacuations in the Kupiansk district.",
            "Kupiansk district",
            "Kupiansk",
            "Kharkiv",
            2,
        ),
    ],
)
def test_regions_and_districts(gaz, text, surface, name, admin1, precision):
    found = {m.surface: m.place for m in gaz.find_places(text)}
    place = found[surface]
    assert (place.name, place.admin1, place.geo_precision) == (name, admin1, precision)


def test_region_centroid_is_the_admin1_centroid(gaz):
    row = next(r for r in read_csv("admin1.csv") if r["country_code"] == "RU" and r["name"] == "Kursk")
    place = gaz.find_places("Fighting continued in the Kursk region.")[0].place
    assert (place.latitude, place.longitude, place.feature) == (
        float(row["latitude"]),
        float(row["longitude"]),
        "region",
    )


@pytest.mark.parametrize(
    "text",
    [
        "President Biden announced a new package of military aid.",
        "Soldiers of the elite Storm Corps have no combat experience, analysts say.",
        "Defence Minister Andrei Belousov inspected the troops.",
        "Kadyrov posted the video on Telegram late on Tuesday.",
        "The strike came in May, months after the talks collapsed in March.",
        "Several explosions shook the city before dawn.",
        "Reuters could not independently verify the battlefield reports.",
        "Vladimir Putin signed the decree on Thursday.",
        "At a press conference with defence secretary Lloyd Austin, Blinken spoke of weakness.",
        "Human Rights Watch said the strike may amount to a war crime.",
        "The Azov regiment was formed in 2014 as a volunteer unit.",
        "Police said the suspect had been detained.",
    ],
)
def test_no_place_in(gaz, text):
    assert gaz.find_places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces pounded Kharkiv, Sumy and Chernihiv oblasts overnight.",
            [("Kharkiv", 3), ("Sumy", 3), ("Chernihiv", 3)],
        ),
        (
            "Ballistic missiles were fired from submarines in the Barents and Okhotsk Seas.",
            [("Barents Sea", 3), ("Sea of Okhotsk", 3)],
        ),
        ("Fighting raged around Chasiv Yar and Toretsk.", [("Chasiv Yar", 2), ("Toretsk", 1)]),
        ("Russian troops reached the outskirts of Kurakhove.", [("Kurakhove", 2)]),
        ("Drones struck a refinery 200km south-east of Moscow.", [("Moscow", 2)]),
        (
            "Zelensky visited Kramatorsk, Sloviansk and Kostiantynivka.",
            [("Kramatorsk", 1), ("Sloviansk", 1), ("Kostiantynivka", 1)],
        ),
    ],
)
def test_lists_and_nearby(gaz, text, expected):
    assert [(m.place.name, m.place.geo_precision) for m in gaz.find_places(text)] == expected


def test_mentions_are_in_order_and_do_not_overlap(gaz):
    text = "Russia's Defence Ministry said drones were downed over the Belgorod, Kursk and Bryansk regions and Crimea."
    found = gaz.find_places(text)
    assert [m.place.name for m in found] == ["Russia", "Belgorod", "Kursk", "Bryansk", "Crimea"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[m.start : m.end] == m.surface for m in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Officials in Moscow denied the report.", "Russia"),
        ("The grain ship left Odessa for Istanbul.", "Ukraine"),
        ("Shelling hit Pokrovsk, the regional governor said.", "Ukraine"),
        ("Drones attacked Novorossiysk, the Black Sea port.", "Russia"),
        ("Air defences were active over Voronezh.", "Russia"),
    ],
)
def test_homonyms_resolve_toward_the_conflict(gaz, text, country):
    assert gaz.find_places(text)[0].place.country == country


def test_village_moves_to_the_oblast_the_sentence_names(gaz):
    alone = gaz.find_places("Russian forces shelled the village of Yakovlivka overnight.")[0].place
    named = gaz.find_places("Russian forces shelled the village of Yakovlivka in the Kharkiv region.")[
        0
    ].place
    assert (alone.admin1, named.admin1) == ("Donetsk", "Kharkiv")


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces said they had captured the village of Pishchane near Kupiansk.",
        "Russian forces said they had captured Pishchane, 10 km south of Kupiansk.",
        "Russian forces said they had captured the village of Pishchane in the Kupiansk district.",
    ],
)
def test_a_village_without_a_namesake_in_the_oblast_stands_by_the_town_it_is_near(gaz, text):
    """GeoNames' villages called Pishchane are in Poltava, Cherkasy, Sumy and Volyn; the one 'near Kupiansk' or
    'in the Kupiansk district' is a village it lacks, placed at Kupiansk as part of its area."""
    village, town = gaz.find_places(text)
    assert (village.place.admin1, village.place.geo_precision) == ("Kharkiv", 2)
    assert (village.place.latitude, village.place.longitude) == (town.place.latitude, town.place.longitude)


@pytest.mark.parametrize("name", ["Oleksandrivka", "Aleksandrovka"])
def test_a_citys_former_name_that_villages_bear_names_a_village(gaz, name):
    """GeoNames lists Oleksandrivka among Donetsk's old names; in news it is one of the many villages so called."""
    found = gaz.find_places(f"Russian troops shelled the village of {name} in the Kharkiv region.")[0].place
    assert (found.name, found.admin1) == (name, "Kharkiv")
    assert gaz.lookup(name).name == name


def test_a_citys_own_name_in_the_other_spelling_still_names_the_city(gaz):
    assert gaz.lookup("Konstantinovka").name == "Kostiantynivka"


def test_headline_title_case_keeps_places_after_capitalised_words(gaz):
    found = places(gaz, "Blasts Shake Kyiv After Russian Drone Attack, Mayor Says")
    assert found == [("Kyiv", "Kyiv", "Kyiv City", "Ukraine", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lyman was liberated in October 2022.", ["Lyman"]),
        ("Russian strikes hit Vladimir and Tver.", ["Vladimir", "Tver"]),
        ("Kyiv’s mayor Vitali Klitschko said two were hurt.", ["Kyiv"]),
        ("North Korea’s troops are in Russia, Seoul says.", ["North Korea", "Russia", "Seoul"]),
        ("The Kremlin warned the U.S. against escalation.", ["United States"]),
    ],
)
def test_context_rules(gaz, text, expected):
    assert [m.place.name for m in gaz.find_places(text)] == expected


def test_regression_short_sentence_full_of_names_is_not_title_case(gaz):
    assert [m.place.name for m in gaz.find_places("Victoria Nuland visited Kyiv in January.")] == ["Kyiv"]


def test_regression_country_name_is_not_a_capital_alternate(gaz):
    assert gaz.find_places("A vessel flagged in Panama was hit in the Odesa region.")[0].place.name == "Odesa"


def test_regression_possessive_after_region_stays_out_of_the_surface(gaz):
    assert (
        gaz.find_places("Shelling hit the Kherson region’s Beryslav district.")[0].surface == "Kherson region"
    )


def test_regression_district_of_another_city_falls_back_to_that_city(gaz):
    found = gaz.find_places("Russian forces shelled Kherson’s Dniprovskyi district.")
    assert [(m.place.name, m.place.geo_precision, m.place.feature) for m in found] == [
        ("Kherson", 1, "place"),
        ("Kherson", 2, "district"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kiev", ("Kyiv", "Kyiv City", "Ukraine", 1, "place")),
        ("Odessa", ("Odesa", "Odesa", "Ukraine", 1, "place")),
        ("Pokrovsk", ("Pokrovsk", "Donetsk", "Ukraine", 1, "place")),
        ("Kursk", ("Kursk", "Kursk", "Russia", 1, "place")),
        ("Kursk region", ("Kursk", "Kursk", "Russia", 3, "region")),
        ("Chechnya", ("Chechnya", "Chechnya", "Russia", 3, "region")),
        ("Dnipropetrovsk", ("Dnipropetrovsk", "Dnipropetrovsk", "Ukraine", 3, "region")),
        ("Pokrovsk district", ("Pokrovsk", "Donetsk", "Ukraine", 2, "district")),
        ("Solomianskyi district", ("Solomianskyi", "Kyiv City", "Ukraine", 2, "district")),
        ("Donbas", ("Donbas", "", "Ukraine", 3, "region")),
        ("South Korea", ("South Korea", "", "South Korea", 3, "country")),
        ("Washington", ("Washington", "", "United States", 1, "place")),
    ],
)
def test_lookup(gaz, name, expected):
    p = gaz.lookup(name)
    assert p is not None
    assert (p.name, p.admin1, p.country, p.geo_precision, p.feature) == expected


@pytest.mark.parametrize("name", ["", "Atlantis", "Kursk border"])
def test_lookup_misses(gaz, name):
    assert (gaz.lookup(name) is None) == (name != "Kursk border")


def test_load_is_fast_enough():
    start = time.perf_counter()
    Gazetteer.load(DATA)
    assert (
        time.perf_counter() - start < 5.0
    )  # measured 0.4 s; the bound only catches pathological regressions


def test_find_places_is_fast_enough(gaz):
    sentences = [
        f"{who} said on {day} that {what} in {where}."
        for who, day, what, where in itertools.product(
            ["The spokesman", "Officials", "A senior commander", "The governor"],
            ["Tuesday", "Friday"],
            [
                "drones struck a fuel depot",
                "air defence shot down eleven drones",
                "a glide bomb hit a school",
            ],
            ["Kharkiv", "the Zaporizhzhia region", "the village of Kruhliakivka", "the east of the country"],
        )
    ]
    best = math.inf
    for _ in range(5):
        start = time.perf_counter()
        for sentence in sentences:
            gaz.find_places(sentence)
        best = min(best, (time.perf_counter() - start) / len(sentences))
    assert best < 500e-6  # measured ~40 µs; the bound only catches pathological regressions


GEONAMES_HEADER = (
    "geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tcountry_code\tadmin1_code\tpopulation\n"
)
KYIV_ROW = "703448\tKyiv\tKyiv\tKiev;Kyjiv\t50.45466\t30.52380\tUA\t12\t2952301\n"


def copy_data(tmp_path: Path, geonames: str = KYIV_ROW) -> Path:
    """The shipped curated tables with a small GeoNames file written from text (a full load takes 0.4 s)."""
    target = tmp_path / "gazetteer"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("*.tsv.gz"))
    with gzip.open(target / "geonames_region.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write(GEONAMES_HEADER + geonames)
    return target


def edit_csv(path: Path, row_index: int, column: str, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[row_index][column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "message"),
    [
        ("aliases.csv", 0, "latitude", "95.0", "out of range"),
        ("aliases.csv", 0, "longitude", "east", "not numbers"),
        ("aliases.csv", 5, "alias", "Kiev", "duplicate alias"),
        ("aliases.csv", 0, "admin1", "Narnia", "unknown admin1"),
        ("aliases.csv", 0, "feature", "planet", "unknown feature"),
        ("aliases.csv", 0, "geo_precision", "7", "geo_precision"),
        ("admin1.csv", 0, "latitude", "", "not numbers"),
        ("words.csv", 0, "role", "sometimes", "unknown role"),
    ],
)
def test_bad_row_names_file_and_row(tmp_path, file, row, column, value, message):
    data = copy_data(tmp_path)
    edit_csv(data / file, row, column, value)
    with pytest.raises(CodebookError) as err:
        Gazetteer.load(data)
    assert err.value.path.endswith(file)
    assert err.value.entry == f"row {row + 2}"
    assert message in err.value.reason


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("1\tNowhere\tNowhere\t\t48.0\t37.0\tUA\t05\n", "field count"),
        ("1\tNowhere\tNowhere\t\t148.0\t37.0\tUA\t05\t100\n", "out of range"),
        ("1\tNowhere\tNowhere\t\t48.0\t37.0\tXX\t05\t100\n", "XX"),
    ],
)
def test_bad_geonames_row_names_the_row(tmp_path, line, message):
    data = copy_data(tmp_path, geonames=line)
    with pytest.raises(CodebookError) as err:
        Gazetteer.load(data)
    assert (err.value.entry, message in err.value.reason) == ("row 2", True)


def test_small_data_dir_loads(tmp_path):
    gaz = Gazetteer.load(copy_data(tmp_path))
    assert [m.place.name for m in gaz.find_places("Sirens sounded in Kiev and Kyiv.")] == ["Kyiv", "Kyiv"]


TRAPS = "".join(
    f"{900 + i}\t{name}\t{name}\t\t48.{i}\t37.{i}\tUA\t05\t{pop}\n"
    for i, (name, pop) in enumerate([("Storm", 60000), ("Telegram", 700), ("May", 1200), ("Several", 80000)])
)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Storm Shadow missiles were fired at Crimea.", "Storm"),
        ("The governor posted the figures on Telegram.", "Telegram"),
        ("The offensive stalled in May.", "May"),
        ("Several villages were shelled.", "Several"),
    ],
)
def test_stop_words_are_data_not_code(tmp_path, text, word):
    data = copy_data(tmp_path, geonames=KYIV_ROW + TRAPS)
    assert word not in [m.surface for m in Gazetteer.load(data).find_places(text)]
    words = (data / "words.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (data / "words.csv").write_text(
        "".join(w for w in words if not w.startswith(word + ",")), encoding="utf-8"
    )
    assert word in [m.surface for m in Gazetteer.load(data).find_places(text)]


def test_missing_file_is_a_codebook_error(tmp_path):
    data = copy_data(tmp_path)
    (data / "aliases.csv").unlink()
    with pytest.raises(CodebookError, match=r"aliases\.csv"):
        Gazetteer.load(data)


def test_load_accepts_the_data_dir_above_the_gazetteer(gaz):
    assert Gazetteer.load(DATA.parent).lookup("Kramatorsk") == gaz.lookup("Kramatorsk")


def in_range(lat: str, lon: str) -> bool:
    return -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180 and not math.isnan(float(lat) + float(lon))


@pytest.mark.parametrize("file", ["aliases.csv", "admin1.csv"])
def test_every_curated_row_has_coordinates_in_range(file):
    rows = read_csv(file)
    assert rows and all(in_range(r["latitude"], r["longitude"]) for r in rows)


def test_every_geonames_row_has_coordinates_in_range():
    with gzip.open(DATA / "geonames_region.tsv.gz", "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh][1:]
    assert len(rows) > 30_000
    assert all(in_range(r[4], r[5]) for r in rows)


def test_every_admin1_an_alias_names_exists_and_every_country_too():
    admin1 = {r["name"] for r in read_csv("admin1.csv")}
    countries = {r["name"] for r in read_csv("countries.csv")}
    aliases = read_csv("aliases.csv")
    assert {r["admin1"] for r in aliases} - {""} <= admin1
    assert {r["country"] for r in aliases} - {""} <= countries


def test_region_aliases_sit_at_their_admin1_centroid():
    centroids = {r["name"]: (r["latitude"], r["longitude"]) for r in read_csv("admin1.csv")}
    rows = [r for r in read_csv("aliases.csv") if r["feature"] == "region" and r["admin1"]]
    assert rows and all((r["latitude"], r["longitude"]) == centroids[r["admin1"]] for r in rows)


def test_no_duplicate_alias():
    keys = [name_key(r["alias"]) for r in read_csv("aliases.csv")]
    assert len(keys) == len(set(keys))


def test_no_duplicate_admin1_variant_within_a_country():
    seen: dict[tuple[str, str], str] = {}
    for row in read_csv("admin1.csv"):
        for variant in {row["name"], *filter(None, row["variants"].split(";"))}:
            key = (row["country_code"], name_key(variant))
            assert seen.setdefault(key, row["name"]) == row["name"], key


def test_every_ukrainian_russian_and_belarusian_admin1_in_the_cities_is_named():
    named = {(r["country_code"], r["admin1_code"]) for r in read_csv("admin1.csv")}
    with gzip.open(DATA / "geonames_region.tsv.gz", "rt", encoding="utf-8") as fh:
        used = {(f[6], f[7]) for f in (line.split("\t") for line in fh) if f[6] in ("UA", "RU", "BY")}
    assert used <= named


def test_admin1_centroid_is_one_of_its_own_places():
    with gzip.open(DATA / "geonames_region.tsv.gz", "rt", encoding="utf-8") as fh:
        points = {
            (f[6], f[7], round(float(f[4]), 4), round(float(f[5]), 4))
            for f in (line.split("\t") for line in fh)
            if f[0] != "geonameid"  # the header
        }
    for r in read_csv("admin1.csv"):
        assert (r["country_code"], r["admin1_code"], float(r["latitude"]), float(r["longitude"])) in points, (
            r["name"]
        )


def test_districts_lie_within_their_city(gaz):
    for row in read_csv("aliases.csv"):
        if row["feature"] == "district":
            city = gaz.lookup(
                {"Kyiv City": "Kyiv", "Dnipropetrovsk": "Dnipro", "Zaporizhia": "Zaporizhzhia"}.get(
                    row["admin1"], row["admin1"]
                )
            )
            km = 111 * math.hypot(
                float(row["latitude"]) - city.latitude, (float(row["longitude"]) - city.longitude) * 0.65
            )
            assert km < 15, row["alias"]


def test_shipped_files_are_small_and_documented():
    assert (DATA / "geonames_region.tsv.gz").stat().st_size < 5_000_000
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert all(p.name in sources for p in DATA.iterdir() if p.name != "SOURCES.md")
