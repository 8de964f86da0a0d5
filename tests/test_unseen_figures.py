"""Figure rules found on blind texts (round j onwards), each pinned by name. Earlier ones are in
test_regressions_figures.py."""

from tests.extraction_helpers import extract_text, rows


def test_money_a_government_will_give_is_aid_in_kroner(settings, resources):
    text = (
        "date 2025-06-13 Aid\nLatest.\n"
        "Norway said on Thursday it would give 1.5 billion kroner for repairs to Ukraine's power grid.\n"
        "Denmark's government said it would give 900 million kroner for drone production.\n"
    )
    figures = extract_text(text, settings, resources).figures
    got = set(rows(figures, "metric", "unit", "value"))
    assert got == {("aid_value", "NOK", 1_500_000_000), ("aid_value", "DKK", 900_000_000)}


def test_prisoners_who_came_home_were_exchanged_not_captured(settings, resources):
    text = "date 2025-06-13 Exchange\nLatest.\nOn Thursday, 84 Ukrainian prisoners of war came home.\n"
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value") == [("prisoners_exchanged", 84)]


def test_occupiers_neutralised_are_casualties_and_irretrievably_is_killed(settings, resources):
    text = (
        "date 2025-06-13 General Staff update\nMorning update.\n"
        "In the Pokrovsk direction, the enemy attacked 40 times near Udachne, Kotlyne and Zvirove.\n"
        "Over the past day, in this direction, our troops neutralised 120 occupiers, 70 of them irretrievably.\n"
    )
    tables = extract_text(text, settings, resources)
    assert set(rows(tables.figures, "metric", "value")) == {("casualties", 120), ("killed", 70)}
    assert "Disrupted weapons use" not in set(tables.events.sub_event_type)


def test_a_part_of_them_is_no_item_of_a_list(settings, resources):
    text = (
        "date 2025-06-13 Address\nEvening address.\n"
        "Russian losses near Toretsk over the month amount to more than 9,000 occupiers, 4,100 of them killed, "
        "the president said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value")) == {("casualties", 9000), ("killed", 4100)}


def test_a_number_put_at_between_two_values_is_a_range(settings, resources):
    text = (
        "date 2025-11-04 Estimates\nLatest.\n"
        "Ukraine's military intelligence has put the number of North Korean troops in Russia at between 9,000 "
        "and 10,000.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "value", "qualifier")) == {(9000, "at_least"), (10000, "at_most")}


def test_missiles_shipped_along_with_shells_are_supplied(settings, resources):
    text = (
        "date 2025-11-04 Supplies\nLatest.\n"
        "The agency said the North had shipped more than nine million shells to Russia since 2023, along with "
        "about 180 ballistic missiles.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value") == [("missiles_supplied", 180)]


def test_servicemen_a_ministry_says_it_eliminated_were_killed(settings, resources):
    text = (
        "date 2025-05-27 Claims\nLatest.\n"
        "Russia's Defence Ministry said its forces had struck a train at Lozova, eliminating up to 30 servicemen.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "qualifier") == [("killed", 30, "at_most")]


def test_drones_shot_down_or_suppressed_were_destroyed(settings, resources):
    text = (
        "date 2025-07-22 Overnight\nLatest.\n"
        "Air defence units shot down or suppressed 210 drones and 12 missiles, the air force said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value")) == {("drones_destroyed", 210), ("missiles_destroyed", 12)}


def test_a_second_number_after_and_up_to_shares_the_verb(settings, resources):
    text = (
        "date 2025-09-08 Claims\nLatest.\n"
        'The ministry said it had struck a training centre, killing "up to 120 servicemen and up to 15 foreign '
        'mercenaries".\n'
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value", "qualifier")) == {
        ("killed", 120, "at_most"),
        ("killed", 15, "at_most"),
    }
