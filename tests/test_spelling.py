"""Russian and Ukrainian spellings of one place name: found as the gazetteer's place, never as another name."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from frontline.evaluate import _Matcher
from frontline.gazetteer import Gazetteer
from frontline.spelling import skeleton, spelled_alike

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(DATA)


def alike(a: str, b: str) -> bool:
    return skeleton(a) == skeleton(b) and spelled_alike(a, b)


@pytest.mark.parametrize(
    ("russian", "ukrainian"),
    [
        ("kupyansk", "kupiansk"),
        ("velikaya novosyolka", "velyka novosilka"),
        ("kotlyarovka", "kotliarivka"),
        ("burlatskoye", "burlatske"),
        ("andreyevka", "andriivka"),
        ("kolesnikovka", "kolisnykivka"),
        ("gorlovka", "horlivka"),
        ("yunakovka", "yunakivka"),
        (
            "alexandro-shultino",
            "oleksandro-shultyne",
        ),  # Russian x for кс, Алекс- for Олекс-, neuter -o for -e
        ("aleksandrovka", "oleksandrivka"),
        ("alekseyevka", "oleksiivka"),
    ],
)
def test_one_name_in_both_spellings_has_one_skeleton(russian, ukrainian):
    assert alike(russian, ukrainian)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("zavodskyi", "zavodske"),  # a district's adjective and a village: different genders, different names
        ("industrialnyi", "industrial'ne"),
        ("novopol", "novopillia"),
        ("security", "sciiret"),
        ("sieverne", "savran"),
        ("ukrainian", "ukraine"),
    ],
)
def test_different_names_stay_apart(a, b):
    assert not alike(a, b)


def test_a_ukrainian_village_in_russian_spelling_is_found(gaz):
    found = gaz.find_places(
        "Russian units inflicted losses on two brigades near Velikaya Novosyolka on Friday."
    )
    assert [(m.surface, m.place.name, m.place.admin1) for m in found] == [
        ("Velikaya Novosyolka", "Velyka Novosilka", "Donetsk")
    ]
    assert gaz.lookup("Velikaya Novosyolka").name == "Velyka Novosilka"


def test_a_former_name_spelt_another_way_is_not_the_renamed_village(gaz):
    # GeoNames keeps "Pleshcheyevka" as the former name of Novolazarivka (Mykolaiv region); a text's
    # "Pleshchiivka" is its namesake near Kostiantynivka, which the gazetteer lacks
    text = "Moscow claimed to have captured Pleshchiivka, a village east of Kostiantynivka."
    assert [m.place.name for m in gaz.find_places(text)] == ["Moscow", "Kostiantynivka"]
    assert gaz.lookup("Pleshchiivka") is None


@pytest.mark.parametrize(
    "text",
    [
        "The deputy chairman of the Security Council spoke on Wednesday.",
        "Shops north of Industrialnyi Avenue were damaged.",
        "The Ukrainian delegation arrived in Geneva.",
    ],
)
def test_words_that_only_look_like_a_respelled_place_are_not_places(gaz, text):
    assert [m.surface for m in gaz.find_places(text)] in ([], ["Geneva"])


@pytest.mark.parametrize(
    ("gold", "predicted", "score"),
    [
        ("Kotliarivka", "Kotlyarovka", 3),  # neither spelling is in the gazetteer: the names alone decide
        ("Burlatske", "Burlatskoye", 3),
        ("Novopillia", "Novopol", 0),
    ],
)
def test_the_evaluation_takes_a_name_in_its_other_spelling_as_the_same_place(
    resources, gold, predicted, score
):
    matcher = _Matcher(resources.codebook, resources.gazetteer)
    pred = pd.Series({"location": predicted, "latitude": None, "longitude": None, "geo_precision": 1})
    assert matcher.same_place(pred, {"location": gold}) == score
