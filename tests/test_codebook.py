"""Consistency of the shipped codebooks, and errors that name the file and the entry."""

import json
import shutil

import pytest

from frontline.codebook import ACTOR_KINDS, load_codebook
from frontline.errors import CodebookError

METRICS = {
    "killed", "injured", "missing", "casualties", "captured", "troops", "people_drafted", "drones_launched",
    "drones_destroyed", "drones_lost", "missiles_launched", "missiles_destroyed", "evacuated", "displaced",
    "detained", "aid_value", "fine_value", "volunteers", "area_km2", "buildings_damaged", "prisoners_exchanged",
    "missiles_supplied", "drones_supplied",
}  # fmt: skip


def test_every_actor_is_valid(resources):
    cb = resources.codebook
    assert len(cb.actors) > 100
    for actor in cb.actors.values():
        assert actor.kind in ACTOR_KINDS
        assert actor.name
        if actor.kind == "person":
            assert actor.country, actor.id


PARENT_BODIES = frozenset(
    ("United Nations",)
)  # the bodies an agency's figures are credited to, besides itself


def test_an_international_body_speaks_for_itself_or_its_parent(resources):
    """The EIB is not the EBRD: an international body's 'country' is its own name, none, or its parent's."""
    for actor in resources.codebook.actors.values():
        if actor.kind == "international":
            assert actor.country in {"", actor.name, *PARENT_BODIES}, (actor.id, actor.country)


def test_every_trigger_class_maps_into_the_taxonomy(resources):
    cb = resources.codebook
    for pair in cb.class_to_type.values():
        assert pair in cb.taxonomy


def test_every_metric_is_in_the_documented_list(resources):
    assert set(resources.codebook.metrics.values()) <= METRICS


def test_person_affiliations(resources):
    cb = resources.codebook
    by_id = cb.actors
    assert by_id["klitschko"].country == "Ukraine"
    assert by_id["peskov"].country == "Russia"
    assert by_id["blinken"].country == "United States"


@pytest.mark.parametrize(
    ("file", "mutate", "message"),
    [
        (
            "actors.json",
            lambda d: d["actors"].append({"id": "x", "name": "X", "kind": "alien", "aliases": ["X"]}),
            "unknown kind",
        ),
        ("actors.json", lambda d: d["actors"].append(dict(d["actors"][0])), "duplicate id"),
        (
            "triggers.json",
            lambda d: d["triggers"].append({"phrase": "zap", "class": "teleport"}),
            "unknown class",
        ),
        ("figures.json", lambda d: d["metrics"].append(["aliens", "", "x"]), "unknown noun class"),
    ],
)
def test_bad_codebook_entry_names_file_and_entry(tmp_path, settings, file, mutate, message):
    shutil.copytree(settings.data_dir / "codebook", tmp_path / "codebook")
    path = tmp_path / "codebook" / file
    data = json.loads(path.read_text())
    mutate(data)
    path.write_text(json.dumps(data))
    with pytest.raises(CodebookError) as err:
        load_codebook(tmp_path)
    assert file in str(err.value)
    assert message in str(err.value)
