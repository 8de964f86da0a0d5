"""Bugs found on texts the coder had not seen, each pinned by name."""

from pathlib import Path

from tests.extraction_helpers import extract_text, rows

KEY_EVENTS = (Path(__file__).parent / "fixtures" / "texts" / "key_events_list.txt").read_text(
    encoding="utf-8"
)


def test_placeless_report_in_a_list_does_not_join_the_next_item(settings, resources):
    """A key-events list is one post of separate items: Kyiv's casualties must not land on Zaporizhzhia."""
    tables = extract_text(KEY_EVENTS, settings, resources, name="key_events_list.txt")
    strikes = tables.events[tables.events.sub_event_type == "Air/drone strike"]
    got = {r.location: (r.fatalities, r.injuries) for r in strikes.itertuples()}
    assert got["Zaporizhzhia"][1] == 11
    assert str(got["Zaporizhzhia"][0]) == "<NA>"


def test_countrys_capital_is_the_capital_city(settings, resources):
    tables = extract_text(KEY_EVENTS, settings, resources, name="key_events_list.txt")
    kyiv = tables.events[tables.events.location == "Kyiv"]
    assert len(kyiv) == 1
    assert (kyiv.iloc[0].fatalities, kyiv.iloc[0].injuries) == (1, 4)


def test_call_and_sanctions_in_one_list_stay_two_events(settings, resources):
    tables = extract_text(KEY_EVENTS, settings, resources, name="key_events_list.txt")
    diplomacy = tables.events[tables.events.sub_event_type == "Diplomacy"]
    assert sorted(diplomacy.actor1) == ["United Kingdom", "United States"]


def test_air_raid_sirens_are_not_a_strike(settings, resources):
    text = "date 2025-03-05 Night\nAir raid sirens sounded for two hours before the all-clear was given.\n"
    assert extract_text(text, settings, resources).events.empty


def test_title_place_does_not_override_the_body(settings, resources):
    text = "date 2025-03-05 Strikes on Kharkiv and Zaporizhzhia\nRussian drones hit Zaporizhzhia overnight, injuring four people, the governor said.\n"
    assert rows(extract_text(text, settings, resources).events, "location") == [("Zaporizhzhia",)]
