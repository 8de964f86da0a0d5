"""Event coding of single sentences in several outlets' styles (published Wednesday 5 March 2025)."""

import pytest

from tests.extraction_helpers import one_sentence, rows

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Russian missile strike on Dnipro killed four people and wounded 19 on Saturday, governor Serhiy Lysak said.",
            [("2025-03-01", SHELL, "Russia", "Dnipro", 4, 19)],
        ),
        (
            "Ukrainian drones hit an oil depot in Russia's Bryansk region overnight, the regional governor said.",
            [("2025-03-05", AIR, "Ukraine", "Bryansk", None, None)],
        ),
        (
            "Russian troops shelled Kherson on Monday morning, wounding a 67-year-old man, the city administration said.",
            [("2025-03-03", SHELL, "Russia", "Kherson", None, 1)],  # one man wounded; his age is no count
        ),
        (
            "KYIV, March 5 (Reuters) - A glide bomb attack on Zaporizhzhia killed at least 12 civilians, officials said.",
            [("2025-03-05", AIR, "Russia", "Zaporizhzhia", 12, None)],
        ),
        (
            "Russia's defence ministry said its forces had taken control of the town of Vuhledar on Tuesday.",
            [("2025-03-04", "Territory taken or claimed", "Russia", "Vuhledar", None, None)],
        ),
    ],
)
def test_strikes_and_territory(settings, resources, sentence, expected):
    tables = one_sentence(sentence, settings, resources)
    got = rows(tables.events, "event_date", "sub_event_type", "actor1", "location", "fatalities", "injuries")
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine has repeatedly struck Russian airfields with long-range drones since the start of the war.",
        "Air raid alerts sounded across eastern Ukraine for three hours.",
        "Kremlin spokesman Dmitry Peskov declined to comment on the report.",
        "The bridge has been a target several times over the past two years.",
        "The original penalty was imposed in 2020 after a lawsuit.",
    ],
)
def test_not_events(settings, resources, sentence):
    assert one_sentence(sentence, settings, resources).events.empty


def test_interception_tally_is_one_disrupted_weapons_event(settings, resources):
    tables = one_sentence(
        "Air defences shot down 31 of 45 Shahed drones launched overnight, Ukraine's air force said.",
        settings,
        resources,
    )
    assert rows(tables.events, "sub_event_type", "country") == [("Disrupted weapons use", "Ukraine")]


def test_strike_without_weapon_word_takes_the_posts_weapon(settings, resources):
    from datetime import date

    from tests.conftest import live_blog
    from tests.extraction_helpers import extract_text

    text = live_blog(
        date(2025, 3, 5),
        (
            "Glide bombs hit Kharkiv",
            [
                "Russian glide bombs hit a residential district of Kharkiv on Tuesday night.",
                "Two people were killed in the strike, the mayor said.",
            ],
        ),
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "event_date", "sub_event_type", "location", "fatalities") == [
        ("2025-03-04", AIR, "Kharkiv", 2)
    ]
