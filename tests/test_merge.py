"""Merging: ACLED's same type + same place + same day, places by geodesic distance, vague into specific."""

from datetime import date

from frontline.extract import extract_document
from frontline.ingest import parse_document
from frontline.pipeline import build
from tests.conftest import live_blog
from tests.extraction_helpers import extract_text, rows


def _docs(settings, resources, *texts):
    results = []
    for n, text in enumerate(texts):
        doc = parse_document(f"d{n}.txt", text.encode(), max_bytes=10**7, today=date(2026, 1, 1))
        results.append(extract_document(doc, resources))
    return build(results, settings)


def test_same_strike_in_two_outlets_is_one_event(settings, resources):
    a = live_blog(
        date(2025, 3, 5),
        (
            "Drone attack on Odesa",
            ["A Russian drone attack on Odesa injured five people overnight, the governor said."],
        ),
    )
    b = "date 2025-03-05 Odesa hit\nRussian drones struck the port city of Odesa overnight, wounding five, officials said.\n"
    tables = _docs(settings, resources, a, b)
    # the headline, the live-blog sentence and the other outlet's sentence
    assert rows(tables.events, "location", "mentions", "injuries") == [("Odesa", 3, 5)]


def test_same_place_different_days_stay_apart(settings, resources):
    a = "date 2025-03-05 Sumy\nA Russian missile strike hit Sumy on Monday, officials said.\n"
    b = "date 2025-03-05 Sumy again\nA Russian missile strike hit Sumy on Wednesday morning, officials said.\n"
    tables = _docs(settings, resources, a, b)
    assert sorted(tables.events.event_date) == ["2025-03-03", "2025-03-05"]


def test_nearby_district_merges_with_city(settings, resources):
    text = live_blog(
        date(2024, 10, 30),
        (
            "Drone attack on Kyiv",
            [
                "A Russian drone attack on Kyiv injured three people early today.",
                "Debris from a downed drone hit a building in the Solomianskyi district, the mayor said.",
            ],
        ),
        (
            "Blasts in capital",
            ["Explosions shook Kyiv this morning during a Russian drone attack, officials said."],
        ),
    )
    tables = extract_text(text, settings, resources)
    strikes = tables.events[tables.events.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1


def test_far_apart_cities_stay_apart(settings, resources):
    text = "date 2025-03-05 Strikes\nRussian missiles hit Lviv overnight.\nRussian missiles hit Kharkiv overnight.\n"
    tables = extract_text(text, settings, resources)
    assert sorted(tables.events.location) == ["Kharkiv", "Lviv"]


def test_title_naming_two_cities_takes_the_bodys_place(settings, resources):
    text = "date 2025-03-05 Russian strikes on Kharkiv and Zaporizhzhia\nRussian drones hit Zaporizhzhia overnight, injuring four people, the governor said.\n"
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "location", "injuries") == [("Zaporizhzhia", 4)]
