"""Summaries: headline numbers, per-day counts, regions, map cells and figure series (never summed)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from benchmarks.synthetic import synthetic_tables
from frontline import aggregate, filters
from frontline.schema import frame

STRIKE = "Explosions/Remote violence"


def event(event_id: str, day: str, **fields: object) -> dict:
    row = {
        "event_id": event_id,
        "event_date": day,
        "date_precision": "day",
        "event_type": STRIKE,
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Russian forces",
        "actor2": "Civilians (Ukraine)",
        "location": "Nikopol",
        "admin1": "Dnipropetrovsk Oblast",
        "country": "Ukraine",
        "latitude": 47.57,
        "longitude": 34.39,
        "geo_precision": 1,
        "claimant": "regional governor",
        "source_doc": "blog-1.txt",
        "source_quote": "Artillery fire hit Nikopol across the river from the occupied plant overnight.",
        "mentions": 1,
    }
    return {**row, **fields}


def figure(figure_id: str, day: str, claimant: str, value: float, **fields: object) -> dict:
    row = {
        "figure_id": figure_id,
        "reported_date": day,
        "refers_to_date": day,
        "date_precision": "day",
        "metric": "troops",
        "subject": "North Korean troops",
        "value": value,
        "qualifier": "approx",
        "claimant": claimant,
        "source_doc": "blog-2.txt",
        "source_quote": f"{claimant} estimates {value:,.0f} soldiers have arrived.",
        "mentions": 1,
    }
    return {**row, **fields}


EVENTS = frame(
    "events",
    [
        event("e1", "2024-10-28", fatalities=3, injuries=36),
        event("e2", "2024-10-28", event_type="Battles", sub_event_type="Armed clash", injuries=2),
        event(
            "e3",
            "2024-10-30",
            location="Kyiv",
            admin1="Kyiv City",
            latitude=50.45,
            longitude=30.52,
            injuries=9,
        ),
        event("e4", "2024-10-30", fatalities=1, source_doc="blog-2.txt"),
        event(
            "e5",
            "2024-11-01",
            event_type="Strategic developments",
            sub_event_type="Diplomacy",
            location=None,
            admin1=None,
            country=None,
            latitude=None,
            longitude=None,
            source_doc="blog-3.txt",
        ),
    ],
)
FIGURES = frame(
    "figures",
    [
        figure("f1", "2024-10-28", "Pentagon", 3000),
        figure("f2", "2024-10-30", "Pentagon", 10000),
        figure("f3", "2024-10-30", "South Korean intelligence", 11000),
        figure("f4", "2024-11-01", "Ukrainian military intelligence", 12000, qualifier="at_least"),
        figure("f5", "2024-11-01", "Ukrainian air force", 60, metric="drones_launched", subject="drones"),
        figure("f6", "2024-11-01", "regional governor", 9, metric="injured", subject="people"),
    ],
)


@pytest.fixture(params=["raw", "prepared"])
def events(request: pytest.FixtureRequest) -> pd.DataFrame:
    return EVENTS if request.param == "raw" else filters.prepare_events(EVENTS)


@pytest.fixture(params=["raw", "prepared"])
def figures(request: pytest.FixtureRequest) -> pd.DataFrame:
    return FIGURES if request.param == "raw" else filters.prepare_figures(FIGURES)


def test_headline(events: pd.DataFrame, figures: pd.DataFrame) -> None:
    h = aggregate.headline(events, figures)
    assert (h.events, h.strikes) == (5, 3)
    assert (h.killed, h.injured) == (4, 47)  # event fields only: the figure of 9 injured is not added
    assert h.documents == 3
    assert (h.first, h.last) == (date(2024, 10, 28), date(2024, 11, 1))


def test_headline_of_nothing(events: pd.DataFrame, figures: pd.DataFrame) -> None:
    h = aggregate.headline(events.iloc[:0], figures.iloc[:0])
    assert (h.events, h.killed, h.documents, h.first) == (0, 0, 0, None)


@pytest.mark.parametrize(
    ("by", "ascending", "n", "expected"),
    [
        ("day", False, 3, ["e5", "e3", "e4"]),  # same day: event id decides
        ("day", True, 2, ["e1", "e2"]),
        ("fatalities", False, 5, ["e1", "e4", "e2", "e3", "e5"]),  # missing values last
        ("injuries", False, 2, ["e1", "e3"]),
    ],
)
def test_top_events(events: pd.DataFrame, by: str, ascending: bool, n: int, expected: list[str]) -> None:
    assert list(aggregate.top_events(events, by, n, ascending)["event_id"]) == expected


def test_latest_events(events: pd.DataFrame) -> None:
    assert list(aggregate.latest_events(events, 2)["event_id"]) == ["e5", "e3"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([("a.txt", "2024-10-30"), ("b.txt", "2024-11-01"), ("c.txt", "2024-10-31")], "b.txt"),
        ([("z.txt", "2024-11-01"), ("y.txt", "2024-11-01")], "z.txt"),
        ([], None),
    ],
)
def test_newest_document(rows: list[tuple[str, str]], expected: str | None) -> None:
    documents = pd.DataFrame(rows, columns=["name", "published"])
    assert aggregate.newest_document(documents) == expected


def test_from_document(events: pd.DataFrame) -> None:
    assert list(aggregate.from_document(events, "blog-2.txt")["event_id"]) == ["e4"]
    assert aggregate.from_document(events, "missing.txt").empty


def test_events_per_day(events: pd.DataFrame) -> None:
    per_day = aggregate.events_per_day(events)
    rows = {(str(d.date()), t): n for d, t, n in per_day.itertuples(index=False)}
    assert rows == {
        ("2024-10-28", STRIKE): 1,
        ("2024-10-28", "Battles"): 1,
        ("2024-10-30", STRIKE): 2,
        ("2024-11-01", "Strategic developments"): 1,
    }


def test_events_per_day_adds_up_on_synthetic_data() -> None:
    tables = synthetic_tables(3000, seed=4)
    per_day = aggregate.events_per_day(filters.prepare_events(tables.events))
    assert per_day["events"].sum() == 3000
    assert per_day["day"].is_monotonic_increasing


def test_day_samples(events: pd.DataFrame) -> None:
    samples = aggregate.day_samples(events, per_group=1)
    kyiv_day = samples[(samples["day"] == pd.Timestamp("2024-10-30")) & (samples["event_type"] == STRIKE)]
    assert kyiv_day["sample"].tolist() == ["Kyiv: Shelling/artillery/missile attack"]


def test_casualties_per_day(events: pd.DataFrame) -> None:
    per_day = aggregate.casualties_per_day(events)
    rows = [(str(d.date()), k, i) for d, k, i in per_day.itertuples(index=False)]
    assert rows == [("2024-10-28", 3, 38), ("2024-10-30", 1, 9)]


def test_events_on(events: pd.DataFrame) -> None:
    assert list(aggregate.events_on(events, date(2024, 10, 30))["event_id"]) == ["e3", "e4"]


def test_region_totals(events: pd.DataFrame) -> None:
    totals = aggregate.region_totals(events)
    assert list(totals["admin1"]) == [
        "Dnipropetrovsk Oblast",
        "Kyiv City",
    ]  # busiest first; no-region left out
    first = totals.iloc[0]
    assert (first["events"], first["strikes"], first["fatalities"], first["injuries"]) == (3, 2, 4, 38)
    assert first["latitude"] == pytest.approx(47.57)


def test_map_points_below_threshold_are_events(events: pd.DataFrame) -> None:
    points, aggregated = aggregate.map_points(events, threshold=10)
    assert not aggregated
    assert list(points["event_id"]) == ["e1", "e2", "e3", "e4"]  # e5 has no coordinates
    assert list(points["strike"]) == [True, False, True, True]


def test_map_points_above_threshold_are_grid_cells(events: pd.DataFrame) -> None:
    cells, aggregated = aggregate.map_points(events, threshold=2, cell_deg=0.5)
    assert aggregated
    assert cells["count"].tolist() == [3, 1]
    nikopol = cells.iloc[0]
    assert (nikopol["strikes"], nikopol["fatalities"], nikopol["injuries"]) == (2, 4, 38)
    assert nikopol["event_type"] == STRIKE
    assert nikopol["location"] == "Nikopol"


def test_map_cells_keep_every_event_and_casualty() -> None:
    events = filters.prepare_events(synthetic_tables(6000, seed=2).events)
    cells, aggregated = aggregate.map_points(events, threshold=1000, cell_deg=0.1)
    located = events["latitude"].notna() & events["longitude"].notna()
    assert aggregated
    assert cells["count"].sum() == located.sum()
    assert cells["fatalities"].sum() == events.loc[located, "fatalities"].sum()
    assert np.all((cells["latitude"] > 40) & (cells["latitude"] < 60))


def test_figure_series_keeps_each_claimant_apart(figures: pd.DataFrame) -> None:
    series = aggregate.figure_series(figures, "troops", "North Korean troops")
    assert sorted(set(series["series"])) == [
        "Pentagon",
        "South Korean intelligence",
        "Ukrainian military intelligence",
    ]
    # Never summed: the two claims of 30 October stay two points with their own values.
    same_day = series[series["reported_date"] == "2024-10-30"]
    assert sorted(same_day["value"].tolist()) == [10000, 11000]
    assert len(series) == 4
    assert series["value"].sum() == FIGURES["value"].iloc[:4].sum()


def test_figure_series_without_subject_keeps_subjects_apart() -> None:
    rows = frame(
        "figures",
        [
            figure("a", "2024-10-30", "Ukrainian air force", 60, metric="drones_launched", subject="drones"),
            figure(
                "b", "2024-10-30", "Ukrainian air force", 5, metric="drones_launched", subject="Shahed drones"
            ),
        ],
    )
    series = aggregate.figure_series(rows, "drones_launched")
    assert sorted(series["series"]) == ["Ukrainian air force — Shahed drones", "Ukrainian air force — drones"]


def test_figure_subjects(figures: pd.DataFrame) -> None:
    subjects = aggregate.figure_subjects(figures)
    first = subjects.iloc[0]
    assert (first["metric"], first["subject"], first["figures"], first["claimants"]) == (
        "troops",
        "North Korean troops",
        4,
        3,
    )


def test_metrics_present(figures: pd.DataFrame) -> None:
    assert aggregate.metrics_present(figures, aggregate.CASUALTY_METRICS) == ["injured"]
    assert aggregate.metrics_present(figures, aggregate.WEAPON_METRICS) == ["drones_launched"]


def test_mentions_of() -> None:
    tables = synthetic_tables(300, seed=1)
    busiest = tables.events.sort_values("mentions").iloc[-1]
    mentions = aggregate.mentions_of(tables.mentions, "event", busiest["event_id"])
    assert len(mentions) == busiest["mentions"] > 1
    assert set(mentions["record_id"]) == {busiest["event_id"]}


def test_top_events_breaks_ties_at_the_cut_by_event_id() -> None:
    rows = frame("events", [event(f"e{i}", "2024-10-30") for i in (9, 3, 7, 1, 5)])
    assert list(aggregate.top_events(rows, "day", 2)["event_id"]) == ["e1", "e3"]


def test_figure_series_limit_keeps_the_most_recent_claims(figures: pd.DataFrame) -> None:
    series = aggregate.figure_series(figures, "troops", "North Korean troops", limit=2)
    assert sorted(series["reported_date"]) == ["2024-10-30", "2024-11-01"]
    assert len(aggregate.figure_series(figures, "troops", "North Korean troops", limit=99)) == 4


def test_country_wide_events_stay_off_the_map() -> None:
    rows = frame(
        "events",
        [
            event(
                "e1",
                "2024-10-29",
                location="Russia",
                admin1=None,
                country="Russia",
                latitude=61.5,
                longitude=105.3,
            ),
            event(
                "e2",
                "2024-10-29",
                location="Kursk",
                admin1="Kursk Oblast",
                country="Russia",
                latitude=51.7,
                longitude=36.2,
            ),
            event(
                "e3",
                "2024-10-29",
                location="Pyongyang",
                admin1=None,
                country="North Korea",
                latitude=39.0,
                longitude=125.8,
            ),
        ],
    )
    for table in (rows, filters.prepare_events(rows)):
        assert aggregate.country_wide(table).tolist() == [True, False, False]
        points, _ = aggregate.map_points(table)
        assert list(points["event_id"]) == ["e2", "e3"]


def test_figure_series_plots_an_earlier_estimate_on_the_day_it_refers_to() -> None:
    from frontline.filters import prepare_figures
    from frontline.schema import frame

    rows = [
        {"figure_id": "a", "reported_date": "2024-10-30", "refers_to_date": "2024-10-23", "metric": "troops",
         "subject": "North Korean troops", "value": 3000, "qualifier": "exact", "claimant": "Pentagon"},
        {"figure_id": "b", "reported_date": "2024-10-30", "refers_to_date": "2024-10-30", "metric": "troops",
         "subject": "North Korean troops", "value": 10000, "qualifier": "approx", "claimant": "Pentagon"},
    ]  # fmt: skip
    series = aggregate.figure_series(prepare_figures(frame("figures", rows)), "troops", "North Korean troops")
    days = dict(zip(series["value"].astype(float), series["day"].astype(str).str[:10], strict=True))
    assert days == {3000.0: "2024-10-23", 10000.0: "2024-10-30"}
