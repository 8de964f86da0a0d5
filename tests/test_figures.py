"""Figures from single sentences: metric, value, qualifier and claimant (published Wednesday 5 March 2025)."""

import pytest

from tests.extraction_helpers import one_sentence, rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Air defences shot down 31 of 45 Shahed drones launched overnight, Ukraine's air force said.",
            [
                ("drones_destroyed", 31.0, "exact", "Ukrainian Air Force"),
                ("drones_launched", 45.0, "exact", "Ukrainian Air Force"),
            ],
        ),
        (
            "Russia launched 96 drones and three Iskander-M ballistic missiles at Ukraine overnight, the General Staff said.",
            [
                ("drones_launched", 96.0, "exact", "Ukrainian General Staff"),
                ("missiles_launched", 3.0, "exact", "Ukrainian General Staff"),
            ],
        ),
        (
            "The Pentagon estimates that about 1,200 North Korean soldiers have been killed or wounded.",
            [("casualties", 1200.0, "approx", "Pentagon")],
        ),
        (
            "More than 3,000 North Korean troops have been sent to Russia, South Korea's spy agency said.",
            [("troops", 3000.0, "at_least", "South Korean National Intelligence Service")],
        ),
        (
            "“We have evacuated 1,850 residents from frontline villages,” Governor Oleh Syniehubov said.",
            [("evacuated", 1850.0, "exact", "Oleh Syniehubov")],
        ),
        (
            "According to Kyiv, up to 600,000 Russian troops are now fighting in Ukraine.",
            [("troops", 600000.0, "at_most", "Ukraine")],
        ),
    ],
)
def test_figures(settings, resources, sentence, expected):
    tables = one_sentence(sentence, settings, resources)
    assert sorted(rows(tables.figures, "metric", "value", "qualifier", "claimant")) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 15-year-old girl and a man aged 43 were among those hurt when the drone hit at 4.15am.",
        "The war, now in its 1,106th day, began with the February 2022 invasion.",
        "Two Su-34 jets and an S-300 battery were seen near the border on 6 August.",
        "Four years of fines have accumulated since 2020.",
        "Hundreds of drones and dozens of missiles have been fired at the city this year.",
        "The fine, the equivalent of $2.5 trillion trillion trillion, keeps doubling every week.",
    ],
)
def test_never_a_figure(settings, resources, sentence):
    assert one_sentence(sentence, settings, resources).figures.empty


def test_subject_carries_demonym(settings, resources):
    tables = one_sentence(
        "The Pentagon said North Korea had dispatched 10,000 troops to Russia's Kursk region.",
        settings,
        resources,
    )
    assert rows(tables.figures, "metric", "subject", "value", "claimant_country") == [
        ("troops", "North Korean troops", 10000.0, "United States")
    ]
