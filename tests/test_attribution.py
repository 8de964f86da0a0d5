"""Claimants of single sentences in several outlets' styles: who says it, and for which side."""

from collections import Counter
from datetime import date

import pytest

from frontline.analysis import analyse
from frontline.attribution import Attributor
from frontline.records import Sentence


def _claimants(resources, *texts, countries=None):
    attributor = Attributor(resources.codebook, Counter(countries or {}))
    attributor.new_post(Counter(countries or {}))
    out = []
    for n, text in enumerate(texts):
        an = analyse(Sentence("t.txt", 1, "", n, text, 0, len(text)), date(2025, 3, 5), resources)
        found = attributor.claimant(an)
        out.append((found.name, found.country) if found else None)
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine people were injured, the Pentagon said.", ("Pentagon", "United States")),
        ("“So far, nine people have been injured,” Mr Klitschko said.", ("Vitali Klitschko", "Ukraine")),
        (
            "Three drones were shot down, said the Ukrainian military on Thursday.",
            ("Ukrainian military", "Ukraine"),
        ),
        ("According to Kyiv, 600,000 Russian troops are in Ukraine.", ("Ukraine", "Ukraine")),
        (
            "A report said many were there, citing South Korean officials.",
            ("South Korean officials", "South Korea"),
        ),
        (
            "Pentagon spokesperson Sabrina Singh said 10,000 troops had arrived.",
            ("Pentagon", "United States"),
        ),
        (
            "Britain's Ministry of Defence, which bases its estimates on intelligence, said losses passed 1 million.",
            ("UK ministry of defence", "United Kingdom"),
        ),
        (
            "The Institute for the Study of War, a Washington think tank, estimated that 480 sq km were taken.",
            ("Institute for the Study of War", "United States"),
        ),
        ("Germany pledged €3bn in aid, its defence ministry said.", ("German defence ministry", "Germany")),
        ("A senior Pentagon official said 230,000 were killed.", ("Pentagon", "United States")),
        ("Governor Andriy Moroz said five bombs hit the city.", ("Andriy Moroz", "")),
        ("The U.N. refugee agency said 3.7 million people were displaced.", ("United Nations", "")),
    ],
)
def test_claimant(resources, sentence, expected):
    assert _claimants(resources, sentence) == [expected]


def test_pronoun_takes_the_posts_last_claimant(resources):
    got = _claimants(
        resources, "Ukraine's air force said 40 drones were launched.", "It said 30 were shot down."
    )
    assert got[1] == ("Ukrainian Air Force", "Ukraine")


def test_bare_body_takes_the_side_the_report_is_about(resources):
    got = _claimants(resources, "Russian drones hit Sumy overnight, the regional governor said.")
    assert got == [("Ukrainian regional governor", "Ukraine")]


def test_surname_resolves_to_the_person_named_earlier(resources):
    got = _claimants(
        resources,
        "The head of the regional military administration, Vasyl Kobzar, said two were killed.",
        "Kobzar said one man had been killed.",
    )
    assert got[1][0] == "Vasyl Kobzar"


def test_relative_clause_speaker_is_not_the_sentence_source(resources):
    assert _claimants(
        resources,
        "A court fined Apple 3.6 million roubles for podcasts that the authorities say spread propaganda.",
    ) == [None]
