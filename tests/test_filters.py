"""FilterState: query-string round trip, and masks over raw and prepared tables."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from frontline import filters
from frontline.filters import FilterState
from frontline.schema import frame

EVENT_DEFAULTS = {
    "date_precision": "day",
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Air/drone strike",
    "actor1": "Russian forces",
    "actor2": "Civilians (Ukraine)",
    "country": "Ukraine",
    "geo_precision": 1,
    "claimant": "",
    "mentions": 1,
}
EVENTS = [
    {
        "event_id": "e1",
        "event_date": "2024-10-28",
        "location": "Kharkiv",
        "admin1": "Kharkiv Oblast",
        "latitude": 49.99,
        "longitude": 36.23,
        "fatalities": 3,
        "injuries": 36,
        "claimant": "regional governor",
        "source_doc": "a.txt",
        "source_quote": "A guided bomb struck a residential district of Kharkiv on Wednesday evening, the governor said.",
    },
    {
        "event_id": "e2",
        "event_date": "2024-10-30",
        "location": "Kyiv",
        "admin1": "Kyiv City",
        "latitude": 50.45,
        "longitude": 30.52,
        "injuries": 9,
        "claimant": "Kyiv city administration",
        "source_doc": "b.txt",
        "source_quote": "KYIV (Reuters) - Debris from a downed DRONE set fire to a flat in the capital's west.",
    },
    {
        "event_id": "e3",
        "event_date": "2024-10-31",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Ukrainian forces",
        "actor2": "North Korean forces",
        "location": "Sudzha",
        "admin1": "Kursk Oblast",
        "country": "Russia",
        "latitude": 51.19,
        "longitude": 35.27,
        "source_doc": "b.txt",
        "source_quote": "• Ukrainian units fought the first North Korean troops near Sudzha, officials in Kyiv said.",
    },
    {
        "event_id": "e4",
        "event_date": "2024-11-01",
        "event_type": "Strategic developments",
        "sub_event_type": "Diplomacy",
        "actor1": "Government of the United States",
        "actor2": "",
        "location": None,
        "admin1": None,
        "country": None,
        "source_doc": "c.txt",
        "source_quote": None,
    },
]
FIGURES = [
    {
        "figure_id": "f1",
        "reported_date": "2024-10-30",
        "metric": "troops",
        "subject": "North Korean troops",
        "value": 10000,
        "qualifier": "approx",
        "claimant": "Pentagon",
        "source_doc": "a.txt",
        "source_quote": "The Pentagon now puts the North Korean contingent in Russia at about 10,000.",
        "mentions": 1,
    },
    {
        "figure_id": "f2",
        "reported_date": "2024-11-01",
        "metric": "troops",
        "subject": "North Korean troops",
        "value": 12000,
        "qualifier": "at_least",
        "claimant": "Ukrainian military intelligence",
        "location": "Kursk",
        "source_doc": "c.txt",
        "source_quote": "At least 12,000 North Korean soldiers are in Kursk, Kyiv's spy agency said.",
        "mentions": 2,
    },
]


def events_table() -> pd.DataFrame:
    return frame("events", [{**EVENT_DEFAULTS, **row} for row in EVENTS])


def figures_table() -> pd.DataFrame:
    return frame("figures", FIGURES)


@pytest.fixture(params=["raw", "prepared"])
def events(request: pytest.FixtureRequest) -> pd.DataFrame:
    table = events_table()
    return table if request.param == "raw" else filters.prepare_events(table)


@pytest.fixture(params=["raw", "prepared"])
def figures(request: pytest.FixtureRequest) -> pd.DataFrame:
    table = figures_table()
    return table if request.param == "raw" else filters.prepare_figures(table)


@pytest.mark.parametrize(
    "state",
    [
        FilterState(),
        FilterState(start=date(2024, 10, 29)),
        FilterState(start=date(2024, 10, 1), end=date(2024, 10, 31), countries=("Ukraine", "Russia")),
        FilterState(event_types=("Explosions/Remote violence",), actors=("Russian forces",)),
        FilterState(claimants=("",), admin1=("Kursk Oblast",), locations=("Sudzha",)),
        FilterState(search="Київ «drone» & co"),
    ],
)
def test_query_params_round_trip(state: FilterState) -> None:
    params = state.to_query_params()
    again, problems = filters.parse_query_params(params)
    assert again == state
    assert problems == []


def test_empty_state_writes_no_query_params() -> None:
    assert FilterState().to_query_params() == {}


@pytest.mark.parametrize(
    ("params", "expected", "n_problems"),
    [
        ({"from": "2024-13-01"}, FilterState(), 1),
        ({"from": "2024-11-02", "to": "2024-11-01"}, FilterState(), 1),
        ({"type": "Battles"}, FilterState(event_types=("Battles",)), 0),
        (
            {"type": ["Battles", "Battles", "Strategic developments"]},
            FilterState(event_types=("Battles", "Strategic developments")),
            0,
        ),
        ({"q": "  kursk  "}, FilterState(search="kursk"), 0),
        ({"unknown": "x", "to": "2024-11-01"}, FilterState(end=date(2024, 11, 1)), 0),
    ],
)
def test_parse_query_params(params: dict, expected: FilterState, n_problems: int) -> None:
    state, problems = filters.parse_query_params(params)
    assert state == expected
    assert len(problems) == n_problems


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (FilterState(), ["e1", "e2", "e3", "e4"]),
        (FilterState(start=date(2024, 10, 30)), ["e2", "e3", "e4"]),
        (FilterState(end=date(2024, 10, 30)), ["e1", "e2"]),
        (FilterState(start=date(2024, 10, 30), end=date(2024, 10, 30)), ["e2"]),
        (FilterState(countries=("Russia",)), ["e3"]),
        (FilterState(admin1=("Kyiv City", "Kharkiv Oblast")), ["e1", "e2"]),
        (FilterState(locations=("Sudzha", "Nowhere")), ["e3"]),
        (FilterState(event_types=("Battles", "Strategic developments")), ["e3", "e4"]),
        (FilterState(claimants=("regional governor",)), ["e1"]),
        (FilterState(claimants=("",)), ["e3", "e4"]),
        (FilterState(countries=("Ukraine",), event_types=("Battles",)), []),
    ],
)
def test_apply_to_events(events: pd.DataFrame, state: FilterState, expected: list[str]) -> None:
    assert list(filters.apply_to_events(events, state)["event_id"]) == expected


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        (("Russian forces",), ["e1", "e2"]),
        (("North Korean forces",), ["e3"]),  # actor2 counts too
        (("Ukrainian forces", "Government of the United States"), ["e3", "e4"]),
    ],
)
def test_actor_filter_matches_either_side(events: pd.DataFrame, actors: tuple, expected: list[str]) -> None:
    assert list(filters.apply_to_events(events, FilterState(actors=actors))["event_id"]) == expected


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("Downed Drone", ["e2"]),  # case-insensitive: the quote has "downed DRONE"
        ("drone", ["e1", "e2"]),  # e1 through its sub-event type, Air/drone strike
        ("KHARKIV", ["e1"]),
        ("kyiv", ["e2", "e3"]),  # location of e2, quote of e3
        ("kursk oblast", ["e3"]),  # every term must occur, in any column
        ("north korean sudzha", ["e3"]),
        ("governor", ["e1"]),  # the claimant column
        ("united states", ["e4"]),  # actor1 of an event without a quote
        ("tanks", []),
    ],
)
def test_search(events: pd.DataFrame, search: str, expected: list[str]) -> None:
    assert list(filters.apply_to_events(events, FilterState(search=search))["event_id"]) == expected


def test_search_narrows_only_rows_other_filters_kept(events: pd.DataFrame) -> None:
    state = FilterState(search="kyiv", countries=("Russia",))
    assert list(filters.apply_to_events(events, state)["event_id"]) == ["e3"]


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (FilterState(), ["f1", "f2"]),
        (FilterState(start=date(2024, 10, 31)), ["f2"]),
        (FilterState(claimants=("Pentagon",)), ["f1"]),
        (FilterState(locations=("Kursk",)), ["f2"]),
        (FilterState(search="spy agency"), ["f2"]),
        (FilterState(countries=("Russia",), event_types=("Battles",), actors=("x",)), ["f1", "f2"]),
    ],
)
def test_apply_to_figures(figures: pd.DataFrame, state: FilterState, expected: list[str]) -> None:
    assert list(filters.apply_to_figures(figures, state)["figure_id"]) == expected


def test_prepared_events_keep_every_schema_column() -> None:
    table = events_table()
    prepared = filters.prepare_events(table)
    assert list(prepared.columns[: len(table.columns)]) == list(table.columns)
    assert str(prepared["day"].iloc[0].date()) == "2024-10-28"
    pd.testing.assert_series_equal(prepared["source_quote"], table["source_quote"])


def test_filter_options(events: pd.DataFrame, figures: pd.DataFrame) -> None:
    options = filters.filter_options(events, figures)
    assert options["countries"] == ["Russia", "Ukraine"]
    assert options["locations"] == ["Kharkiv", "Kursk", "Kyiv", "Sudzha"]
    assert "" not in options["actors"]
    assert options["claimants"][0] == ""  # "not stated" is a choice of its own
    assert "Pentagon" in options["claimants"]


def test_filter_options_leave_out_values_no_row_has() -> None:
    prepared = filters.prepare_events(events_table())
    kept = filters.apply_to_events(prepared, FilterState(countries=("Russia",)))
    options = filters.filter_options(kept, filters.prepare_figures(figures_table()))
    assert options["countries"] == ["Russia"]


def test_date_bounds(events: pd.DataFrame, figures: pd.DataFrame) -> None:
    assert filters.date_bounds(events, figures) == (date(2024, 10, 28), date(2024, 11, 1))
    assert filters.date_bounds(events.iloc[:0], figures.iloc[:0]) is None
