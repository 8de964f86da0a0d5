"""Dating rules found on blind texts (round j onwards), each pinned by name. Earlier ones are in
test_regressions_dates.py."""

from datetime import date

from frontline.extract import extract_document
from frontline.ingest import parse_document
from tests.extraction_helpers import extract_text, rows

DIGEST = (
    "date 2025-01-17 The week in Ukraine: our Friday digest\nOur weekly digest of the seven days just gone.\n"
)


def test_a_possessive_day_after_from_dates_the_strike_not_a_period(settings, resources):
    text = (
        DIGEST
        + "The toll from last Friday's drone strike on a market in Sumy rose to six on Tuesday, when a "
        "woman died in hospital, the regional administration said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "event_date", "location", "fatalities") == [("2025-01-10", "Sumy", 6)]


def test_the_next_day_is_counted_from_the_day_named_before(settings, resources):
    text = (
        "date 2025-01-17 Village claims\nA round-up.\n"
        "Russia's Defence Ministry said on Monday that its forces had captured the village of Pishchane.\n"
        "Ukraine's General Staff denied the claim the next day, saying its troops still held the village.\n"
    )
    events = extract_text(text, settings, resources).events
    statement = events[events.sub_event_type == "Statement"]
    assert rows(statement, "event_date", "actor1") == [("2025-01-14", "Ukraine")]


def test_the_same_night_is_the_night_named_not_a_later_day(settings, resources):
    text = (
        DIGEST
        + "STRIKES — Russia attacked Odesa overnight into Wednesday with missiles, the air force said.\n"
        "Power came back to the city only on Friday morning, the mayor said.\n"
        "In Mykolaiv, a drone hit a warehouse the same night, injuring two guards, the governor said.\n"
        "AID — Canada said on Thursday it would send more generators.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events[events.location == "Mykolaiv"], "event_date") == [("2025-01-15",)]


def test_a_week_total_said_in_a_sunday_address_is_no_attack(settings, resources):
    text = (
        DIGEST + "NUMBERS — More than 900 attack drones, about 800 guided aerial bombs and 40 missiles were "
        "launched against Ukraine over the past week, Zelensky said in his Sunday evening address.\n"
        "ALSO — The SBU said on Friday it had detained a man in Poltava.\n"
    )
    doc = parse_document(
        "digest.txt", text.encode(), default_date=None, max_bytes=10**6, today=date(2026, 1, 1)
    )
    reports = extract_document(doc, resources).events  # before merging, which drops unplaced reports
    assert [e.sub_event_type for e in reports] == ["Legal action"]


def test_a_diary_of_what_is_coming_up_reports_no_event(settings, resources):
    text = (
        DIGEST + "ALSO — The SBU said on Friday it had detained a man in Poltava.\n"
        "Coming up: EU foreign ministers meet in Brussels on Monday to discuss new sanctions.\n"
    )
    events = extract_text(text, settings, resources).events
    assert "Diplomacy" not in set(events.sub_event_type)


THREAD = (
    "date 2025-08-31 Thread: a week of drone strikes on Russian refineries\n"
    "Posted on X by an open-source analyst on Sunday.\n"
    "1/ A busy week. At least three refineries were hit between Monday night and Saturday.\n"
    "2/ Tuesday — NOVOKUIBYSHEVSK. Governor Vyacheslav Fedorishchev said a drone attack had caused a fire at the "
    "refinery in Novokuibyshevsk and that two workers were injured.\n"
    "3/ Russia's MoD claimed 80 Ukrainian drones were downed over 9 regions that night, 21 of them over the Samara "
    "region.\n"
    "4/ Thursday — UKHTA. Governor Rostislav Goldstein said a drone hit the Ukhta refinery, without casualties.\n"
)


def test_a_threads_dated_heading_dates_its_post(settings, resources):
    events = extract_text(THREAD, settings, resources).events
    got = set(rows(events[events.sub_event_type == "Air/drone strike"], "location", "event_date"))
    assert got == {("Novokuybyshevsk", "2025-08-26"), ("Ukhta", "2025-08-28")}


def test_that_night_after_a_dated_heading_is_the_headings_not_an_older_night(settings, resources):
    events = extract_text(THREAD, settings, resources).events
    intercepts = events[events.sub_event_type == "Disrupted weapons use"]
    assert rows(intercepts, "location", "event_date") == [("Russia", "2025-08-26")]


def test_a_flashback_does_not_move_the_posts_day_and_the_past_day_is_today(settings, resources):
    text = (
        "date 2025-07-22 Shelling in the Zaporozhye Region\nTranslated from Russian.\n"
        "Ukrainian forces shelled the market in Vasylivka on Tuesday morning, killing one civilian, the governor "
        "said.\n"
        "Earlier, on July 18, a Ukrainian drone attacked a car near Tokmak, wounding its driver.\n"
        "Over the past day, Ukrainian formations shelled Oleshky, wounding a 70-year-old man, Vladimir Saldo said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert set(rows(events, "location", "event_date")) == {
        ("Vasylivka", "2025-07-22"),
        ("Tokmak", "2025-07-18"),
        ("Oleshky", "2025-07-22"),
    }
