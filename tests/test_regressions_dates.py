"""Bugs found on texts the coder had not seen: dating of events and figures, each pinned by name."""

from tests.extraction_helpers import extract_text, rows
from tests.regression_texts import GLANCE, INTERVIEW, REGIONAL_SUMMARY, WIRE, _figure_rows, _navy


def test_wire_strike_with_dateline_and_weekday(settings, resources):
    events = extract_text(WIRE, settings, resources, name="wire.txt").events
    assert rows(events[events.location == "Kryvyi Rih"], "event_date", "fatalities", "injuries") == [
        ("2025-04-04", 18, 60)
    ]


def test_a_date_after_the_trigger_dates_the_event_though_a_figure_precedes_it(settings, resources):
    """'Two Russian ballistic missiles struck the centre of Sumy on Sunday morning' (published Monday)."""
    events = extract_text(GLANCE, settings, resources, name="glance.txt").events
    assert rows(events[events.location == "Sumy"], "event_date", "fatalities", "injuries") == [
        ("2025-04-13", 34, 117)
    ]


def test_a_period_start_is_not_the_date_a_figure_is_about(settings, resources):
    """'deployed … since October' is a stock on the day it is stated, not October's."""
    text = "date 2025-02-12 Troops\nSouth Korea's spy agency told lawmakers on Tuesday that about 11,000 North Korean soldiers had been deployed to Russia since October.\n"
    assert _figure_rows(text, settings, resources, "metric", "refers_to_date") == [("troops", "2025-02-11")]


def test_fighting_that_continues_is_of_the_day_of_publication(settings, resources):
    """A post's earlier date ('on Saturday') dates its later undated reports, but not one that says the fighting
    is still going on."""
    text = (
        "date 2025-08-04 Front update\n"
        "On Saturday, Russian troops attacked Rodynske and were repelled, the brigade said.\n"
        "Fighting continues for the village of Kindrativka in the Sumy region.\n"
    )
    got = rows(extract_text(text, settings, resources).events, "location", "event_date")
    assert sorted(got) == [("Kindrativka", "2025-08-04"), ("Rodynske", "2025-08-02")]


def test_a_summary_item_does_not_inherit_the_last_items_day(settings, resources):
    events = extract_text(REGIONAL_SUMMARY, settings, resources).events
    dates = {r.location: r.event_date for r in events.itertuples()}
    assert dates["Zaporizhzhia"] == "2025-02-11"  # "late yesterday"
    assert dates["Huliaipole"] == "2025-02-12"  # undated: the day of publication


def test_a_summarys_paragraphs_do_not_inherit_an_earlier_items_day(settings, resources):
    events = _navy(settings, resources).events
    dates = {r.location: r.event_date for r in events.itertuples()}
    assert dates["Nikopol"] == "2024-08-19"  # "late yesterday"
    assert dates["Staromaiorske"] == "2024-08-20"  # undated: publication


def test_a_lists_date_phrase_dates_every_number_in_it(settings, resources):
    """'5,020 drones and 188 missiles in October, up from 4,410 drones and 150 missiles in September'."""
    text = (
        "date 2025-11-04 Monthly tally\n"
        "Russia launched 5,020 drones and 188 missiles at Ukraine in October, up from 4,410 drones and 150 "
        "missiles in September, Reuters calculations showed.\n"
    )
    figures = extract_text(text, settings, resources).figures
    got = set(rows(figures, "value", "refers_to_date"))
    assert got == {(5020, "2025-10-01"), (188, "2025-10-01"), (4410, "2025-09-01"), (150, "2025-09-01")}


def test_that_night_is_the_night_named_before(settings, resources):
    text = (
        "date 2025-08-04 July in numbers\n"
        "The heaviest attack of the month came on the night of July 9, when Russia launched 728 drones.\n"
        "Two people were killed in Lutsk that night when a drone hit a house, the regional governor said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events[events.location == "Lutsk"], "event_date", "fatalities") == [("2025-07-09", 2)]


def test_an_interviews_yesterday_counts_from_the_day_it_was_given(settings, resources):
    events = extract_text(INTERVIEW, settings, resources).events
    shelling = events[events.source_quote.str.startswith("A: Yesterday")]
    assert rows(shelling, "location", "event_date", "fatalities") == [
        ("Siversk", "2025-06-08", 3)
    ]  # 9 June - 1


DATED_FACTBOX = (
    "date 2025-06-20 FACTBOX-Russian attacks on Ukraine's Danube and Black Sea ports\n"
    "Below are some of the attacks of the past two months, according to Ukrainian officials:\n"
    "MAY 2 – IZMAIL, ODESA REGION\n"
    "Russian drones hit grain silos in the port of Izmail overnight, injuring two workers, the regional governor "
    "said.\n"
    "JUNE 11 – MYKOLAIV\n"
    "A missile struck a warehouse near the port, killing one man, local officials said.\n"
)


def test_a_factbox_items_dated_heading_dates_its_events(settings, resources):
    events = extract_text(DATED_FACTBOX, settings, resources).events
    items = events[~events.source_quote.str.startswith("FACTBOX")]
    got = rows(items, "location", "event_date", "fatalities", "injuries")
    assert sorted(got) == [("Izmail", "2025-05-02", None, 2), ("Mykolaiv", "2025-06-11", 1, None)]


def test_a_raid_over_the_weekend_is_the_raid_dated_to_its_sunday(settings, resources):
    text = (
        "date 2025-08-14 Satellite images show damage at Millerovo airbase\n"
        "Images taken on Tuesday suggest that a Ukrainian drone raid over the weekend destroyed at least two "
        "aircraft at the Millerovo airbase, analysts said.\n"
        "Ukraine's General Staff said on Sunday that its drones had struck the Millerovo airbase overnight.\n"
    )
    events = extract_text(text, settings, resources).events
    strikes = events[events.sub_event_type == "Air/drone strike"]
    assert rows(strikes, "location", "event_date") == [("Millerovo", "2025-08-10")]


def test_a_labelled_digest_section_runs_on_until_the_next_label(settings, resources):
    text = (
        "date 2025-01-17 The week in Ukraine: our Friday digest\n"
        "Our weekly digest of the seven days just gone.\n"
        "FRONT LINE — Fighting continued near Pokrovsk all week, the General Staff said.\n"
        "STRIKES — The week's largest attack came overnight into Tuesday, when Russia fired 40 missiles and 200 "
        "drones at Ukraine, the air force said.\n"
        "The main target was Kharkiv, where missiles hit a power plant, Mayor Ihor Terekhov said.\n"
        "AID — Norway said on Tuesday it would give more money for gas purchases.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events[events.location == "Kharkiv"], "event_date") == [("2025-01-14",)]
