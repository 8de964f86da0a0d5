"""Plotly figures and map framing: the right traces, escaped hovers, an offline basemap."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.synthetic import synthetic_tables
from frontline import aggregate, basemap, charts, filters
from frontline.schema import frame

STATIC = Path(__file__).resolve().parent.parent / "static"
STRIKE = "Explosions/Remote violence"


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return filters.prepare_events(synthetic_tables(800, seed=5).events)


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    return filters.prepare_figures(synthetic_tables(800, seed=5).figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blasts in <b>Kyiv</b> & Lviv", "Blasts in &lt;b&gt;Kyiv&lt;/b&gt; &amp; Lviv"),
        ("<a href='javascript:x'>link</a>", "&lt;a href=&#x27;javascript:x&#x27;&gt;link&lt;/a&gt;"),
        (None, ""),
        (pd.NA, ""),
        ("one\n\ntwo", "one two"),
    ],
)
def test_hover_text_escapes(text: object, expected: str) -> None:
    assert charts.hover_text(text) == expected


def test_hover_text_shortens_and_wraps() -> None:
    long = " ".join(["Overnight, air defence units engaged drones over the capital region."] * 10)
    out = charts.hover_text(long, limit=200)
    lines = out.split("<br>")
    assert len(lines) >= 3
    assert all(len(line) <= 70 for line in lines)
    assert out.endswith("…")


def test_timeline_chart_stacks_every_event(events: pd.DataFrame) -> None:
    per_day = aggregate.events_per_day(events).merge(
        aggregate.day_samples(events), on=["day", "event_type"], how="left"
    )
    fig = charts.timeline_chart(per_day)
    assert fig.layout.barmode == "stack"
    assert {t.name for t in fig.data} == set(events["event_type"].astype(str))
    assert sum(int(np.sum(t.y)) for t in fig.data) == len(events)
    strikes = next(t for t in fig.data if t.name == STRIKE)
    assert strikes.marker.color == charts.TYPE_COLOURS[STRIKE]


def test_timeline_hover_samples_are_escaped() -> None:
    per_day = pd.DataFrame(
        {
            "day": pd.to_datetime(["2024-10-30"]),
            "event_type": ["Battles"],
            "events": [2],
            "sample": ["Sudzha: <script>x</script>\nKursk: Armed clash"],
        }
    )
    sample = charts.timeline_chart(per_day).data[0].customdata[0][0]
    assert sample == "Sudzha: &lt;script&gt;x&lt;/script&gt;<br>Kursk: Armed clash"


def test_event_map_is_offline_and_framed(events: pd.DataFrame) -> None:
    points, aggregated = aggregate.map_points(events, threshold=5000)
    bounds = basemap.fit_bounds(points["latitude"].to_numpy(float), points["longitude"].to_numpy(float))
    fig = charts.event_map(points, aggregated, bounds)
    assert {t.type for t in fig.data} == {"scattergeo"}
    assert fig.data[-1].name == STRIKE  # drawn last, on top
    assert fig.data[-1].marker.symbol == "diamond"
    assert sum(len(t.lat) for t in fig.data) == len(points)
    assert list(fig.layout.geo.lataxis.range) == [bounds.lat_min, bounds.lat_max]
    assert fig.layout.geo.showcountries and fig.layout.geo.showcoastlines
    assert fig.layout.geo.resolution == 50
    assert not fig.layout.map.layers  # no tiles unless asked for


def test_event_map_hover_escapes_quotes() -> None:
    row = {
        "event_id": "e1",
        "event_date": "2024-10-30",
        "event_type": STRIKE,
        "sub_event_type": "Air/drone strike",
        "actor1": "Russian forces",
        "location": "Kyiv",
        "admin1": "Kyiv City",
        "latitude": 50.45,
        "longitude": 30.52,
        "injuries": 9,
        "source_quote": "Drone debris <img src=x onerror=alert(1)> fell on a flat",
    }
    points, _ = aggregate.map_points(frame("events", [row]))
    fig = charts.event_map(points, False, basemap.fit_bounds(np.array([50.45]), np.array([30.52])))
    custom = fig.data[0].customdata[0]
    assert "<img" not in "".join(map(str, custom))
    assert "&lt;img" in custom[5]
    assert list(custom[3:5]) == ["–", "9"]


def test_event_map_sizes_by_casualties() -> None:
    rows = [
        {
            "event_id": f"e{i}",
            "event_date": "2024-10-30",
            "event_type": STRIKE,
            "latitude": 48.0,
            "longitude": 37.0,
            "fatalities": killed,
        }
        for i, killed in enumerate([None, 1, 20])
    ]
    points, _ = aggregate.map_points(frame("events", rows))
    sizes = (
        charts.event_map(points, False, basemap.fit_bounds(np.array([48.0]), np.array([37.0])))
        .data[0]
        .marker.size
    )
    assert sizes[0] < sizes[1] < sizes[2]


def test_event_map_cells(events: pd.DataFrame) -> None:
    cells, aggregated = aggregate.map_points(events, threshold=10)
    fig = charts.event_map(cells, aggregated, basemap.fit_bounds(cells["latitude"], cells["longitude"]))
    assert aggregated
    assert sum(len(t.lat) for t in fig.data) == len(cells)
    assert "events</b> near" in fig.data[0].hovertemplate


def test_event_map_with_tiles_uses_osm_raster(events: pd.DataFrame) -> None:
    points, aggregated = aggregate.map_points(events)
    fig = charts.event_map(
        points, aggregated, basemap.fit_bounds(points["latitude"], points["longitude"]), tiles=True
    )
    assert {t.type for t in fig.data} == {"scattermap"}
    assert fig.layout.map.style == "white-bg"  # the default style would fetch a style file from a CDN
    assert fig.layout.map.layers[0].source == (basemap.OSM_TILES,)
    assert fig.layout.map.zoom > 3


def test_event_map_of_nothing() -> None:
    points, aggregated = aggregate.map_points(frame("events", []))
    fig = charts.event_map(points, aggregated, basemap.fit_bounds(np.array([]), np.array([])))
    assert len(fig.data) == 0
    assert fig.layout.geo.lonaxis.range[0] <= 22


def test_figure_chart_one_line_per_claimant(figures: pd.DataFrame) -> None:
    series = aggregate.figure_series(figures, "troops", "North Korean troops")
    fig = charts.figure_chart(series)
    lines = [t for t in fig.data if t.mode == "lines"]
    markers = [t for t in fig.data if t.mode == "markers" and t.legendgroup != "qualifier"]
    assert sorted(t.name for t in lines) == sorted(set(series["series"]))
    assert sum(len(t.y) for t in markers) == len(series)  # every claim is its own point: nothing summed
    assert sorted(np.concatenate([t.y for t in markers])) == sorted(series["value"].astype(float))
    assert sum(len(t.y) for t in lines) == series.groupby(["series", "day"]).ngroups
    legend = {t.name: t.marker.symbol for t in fig.data if t.legendgroup == "qualifier"}
    assert legend["approx."] == "diamond"
    assert legend["at least"] == "triangle-up"
    assert legend["expected"] == "star"


def test_figure_chart_symbols_follow_qualifiers(figures: pd.DataFrame) -> None:
    series = aggregate.figure_series(figures, "troops", "North Korean troops")
    fig = charts.figure_chart(series)
    for trace in (t for t in fig.data if t.mode == "markers" and t.legendgroup != "qualifier"):
        rows = series[series["series"] == trace.legendgroup]
        qualifiers = {charts.QUALIFIER_SYMBOLS[q] for q in rows["qualifier"]}
        assert trace.marker.symbol in qualifiers
        line = next(t for t in fig.data if t.mode == "lines" and t.name == trace.legendgroup)
        assert trace.marker.color == line.line.color
    for name, rows in series.groupby("series"):
        for qualifier, points in rows.groupby("qualifier"):
            trace = next(
                t
                for t in fig.data
                if t.legendgroup == name and t.marker.symbol == charts.QUALIFIER_SYMBOLS[qualifier]
            )
            assert sorted(trace.y) == sorted(points["value"].astype(float))


def test_casualties_and_region_charts(events: pd.DataFrame) -> None:
    casualties = charts.casualties_chart(aggregate.casualties_per_day(events))
    assert [t.name for t in casualties.data] == ["killed", "injured"]
    assert int(sum(casualties.data[0].y)) == int(events["fatalities"].sum())
    totals = aggregate.region_totals(events)
    regions = charts.region_chart(totals, top=5)
    assert len(regions.data[0].y) == 5
    assert int(sum(regions.data[0].x) + sum(regions.data[1].x)) == int(totals["events"].head(5).sum())


@pytest.mark.parametrize(
    ("lat", "lon", "check"),
    [
        ([50.45], [30.52], lambda b: b.lat_max - b.lat_min >= 3 and b.lon_min < 30.52 < b.lon_max),
        (
            [],
            [],
            lambda b: (
                (b.lat_min, b.lat_max, b.lon_min, b.lon_max) == (*basemap.DEFAULT_LAT, *basemap.DEFAULT_LON)
            ),
        ),
        ([np.nan, 46.5], [np.nan, 30.7], lambda b: b.lat_min < 46.5 < b.lat_max),
        ([44.6, 55.8], [23.0, 46.1], lambda b: b.lat_min < 44.6 and b.lat_max > 55.8 and b.lon_max > 46.1),
        ([-89.0, 89.0], [-179.9, 179.9], lambda b: b.lat_min >= -85 and b.lon_max <= 180),
    ],
)
def test_fit_bounds(lat: list[float], lon: list[float], check) -> None:
    assert check(basemap.fit_bounds(np.array(lat, dtype=float), np.array(lon, dtype=float)))


def test_fit_bounds_fills_a_wide_chart() -> None:
    b = basemap.fit_bounds(np.array([47.0, 52.0]), np.array([36.0, 37.0]), aspect=1.6)
    assert b.lon_max - b.lon_min > b.lat_max - b.lat_min


def test_basemap_files_are_served_locally() -> None:
    assert basemap.plotly_config()["topojsonURL"] == "/app/static/"
    sources = (STATIC / "SOURCES.md").read_text(encoding="utf-8")
    for name in ("world_50m.json", "world_110m.json"):
        topo = json.loads((STATIC / name).read_text(encoding="utf-8"))
        assert topo["type"] == "Topology"
        assert {"countries", "coastlines", "land"} <= set(topo["objects"])
        assert name in sources


def test_fit_bounds_frames_the_theatre_unless_asked_for_everything() -> None:
    lat = np.array([50.45, 49.98, 39.03, 62.93])  # Kyiv, Kharkiv, Pyongyang, Plesetsk
    lon = np.array([30.52, 36.25, 125.75, 40.58])
    theatre = basemap.fit_bounds(lat, lon, within=basemap.THEATRE)
    assert basemap.outside(theatre, lat, lon).tolist() == [False, False, True, True]
    everything = basemap.fit_bounds(lat, lon)
    assert not basemap.outside(everything, lat, lon).any()
    only_far = basemap.fit_bounds(
        lat[2:], lon[2:], within=basemap.THEATRE
    )  # nothing inside: frame what there is
    assert not basemap.outside(only_far, lat[2:], lon[2:]).any()


def test_same_day_claims_are_not_joined_by_a_vertical_line() -> None:
    rows = frame(
        "figures",
        [
            {
                "figure_id": "a",
                "reported_date": "2024-10-30",
                "metric": "troops",
                "subject": "North Korean troops",
                "value": 10000,
                "qualifier": "approx",
                "claimant": "Pentagon",
            },
            {
                "figure_id": "b",
                "reported_date": "2024-10-30",
                "metric": "troops",
                "subject": "North Korean troops",
                "value": 2000,
                "qualifier": "approx",
                "claimant": "Pentagon",
            },
            {
                "figure_id": "c",
                "reported_date": "2024-11-01",
                "metric": "troops",
                "subject": "North Korean troops",
                "value": 10000,
                "qualifier": "exact",
                "claimant": "Pentagon",
            },
        ],
    )
    fig = charts.figure_chart(aggregate.figure_series(rows, "troops", "North Korean troops"))
    line = next(t for t in fig.data if t.mode == "lines")
    assert list(line.y) == [2000.0, 10000.0]  # the day's last claim, then the next day's
    assert sorted(
        np.concatenate([t.y for t in fig.data if t.mode == "markers" and t.legendgroup == "Pentagon"])
    ) == [
        2000.0,
        10000.0,
        10000.0,
    ]
