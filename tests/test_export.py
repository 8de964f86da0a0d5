"""Downloads: CSV with formula cells neutralised, valid GeoJSON, and markdown-safe document text."""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest

from benchmarks.synthetic import synthetic_tables
from frontline import export, filters
from frontline.schema import EVENT_COLUMNS, FIGURE_COLUMNS, frame


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
        ("+380 44 123 4567", "'+380 44 123 4567"),
        ("-5 soldiers, say officials", "'-5 soldiers, say officials"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tcmd|' /C calc'!A0", "'\tcmd|' /C calc'!A0"),
        ("\r=1+1", "'\r=1+1"),
        ("Kyiv said 9 were hurt = a lot", "Kyiv said 9 were hurt = a lot"),
        ("", ""),
        ("'=already quoted", "'=already quoted"),
    ],
)
def test_neutralise_cell(cell: str, expected: str) -> None:
    assert export.neutralise_cell(cell) == expected


def test_neutralise_frame_touches_text_only() -> None:
    df = pd.DataFrame(
        {
            "text": pd.array(["=1+1", "fine", None], dtype="string"),
            "kind": pd.Categorical(["-drone", "+shell", "-drone"]),
            "longitude": [-3.5, 30.5, -120.0],
            "count": pd.array([-1, 2, None], dtype="Int64"),
        }
    )
    out = export.neutralise_frame(df)
    assert out["text"].tolist()[:2] == ["'=1+1", "fine"]
    assert out["text"].isna().tolist() == [False, False, True]
    assert out["kind"].astype(str).tolist() == ["'-drone", "'+shell", "'-drone"]
    assert out["longitude"].tolist() == [-3.5, 30.5, -120.0]
    assert out["count"].tolist()[:2] == [-1, 2]
    assert df["text"].iloc[0] == "=1+1"  # the input is not changed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 300 555", "'+1 300 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Kyiv = capital", "Kyiv = capital"),
        ("'already quoted", "'already quoted"),
        (None, None),
    ],
)
def test_neutralise_frame_text_cells(value, expected):
    df = pd.DataFrame({"quote": pd.Series([value], dtype="string"), "obj": pd.Series([value], dtype=object)})
    out = export.neutralise_frame(df)
    for column in ("quote", "obj"):
        got = out[column].iloc[0]
        assert (None if pd.isna(got) else got) == expected
    assert df["quote"].iloc[0] is pd.NA or df["quote"].iloc[0] == value  # the input is not modified


def test_neutralise_frame_leaves_numbers_and_handles_categories():
    df = pd.DataFrame(
        {
            "latitude": pd.Series([-33.5, 48.1], dtype="Float64"),
            "fatalities": pd.Series([-1, 2], dtype="Int64"),
            "actor": pd.Series(["=cmd|' /C calc'!A0", "Russia"], dtype="category"),
        }
    )
    out = export.neutralise_frame(df)
    assert out["latitude"].tolist() == [-33.5, 48.1] and out["fatalities"].tolist() == [-1, 2]
    assert out["actor"].tolist() == ["'=cmd|' /C calc'!A0", "Russia"]


def risky_events() -> pd.DataFrame:
    base = {
        "date_precision": "day",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Russian forces",
        "country": "Ukraine",
        "source_doc": "blog.txt",
        "mentions": 1,
    }
    return frame(
        "events",
        [
            {
                **base,
                "event_id": "e1",
                "event_date": "2024-10-30",
                "location": "Kyiv",
                "latitude": 50.45,
                "longitude": 30.52,
                "injuries": 9,
                "source_quote": "=cmd|'/C calc'!A0 hidden in a quote",
            },
            {
                **base,
                "event_id": "e2",
                "event_date": "2024-10-31",
                "location": "-Odesa",
                "latitude": 46.48,
                "longitude": 30.72,
                "fatalities": 2,
                "source_quote": 'Missile hits port, "two dead", the regional governor said, 3,000 without power',
            },
            {**base, "event_id": "e3", "event_date": "2024-11-01", "source_quote": "@everyone: sirens again"},
        ],
    )


@pytest.mark.parametrize("prepared", [False, True])
def test_events_csv(prepared: bool) -> None:
    events = risky_events()
    if prepared:
        events = filters.prepare_events(events)
    back = pd.read_csv(io.BytesIO(export.events_csv(events)), dtype=str, keep_default_na=False)
    assert list(back.columns) == list(EVENT_COLUMNS)
    assert back["source_quote"].tolist() == [
        "'=cmd|'/C calc'!A0 hidden in a quote",
        'Missile hits port, "two dead", the regional governor said, 3,000 without power',
        "'@everyone: sirens again",
    ]
    assert back["location"].tolist() == ["Kyiv", "'-Odesa", ""]
    assert back["latitude"].tolist()[:2] == ["50.45", "46.48"]
    assert back["fatalities"].tolist() == ["", "2", ""]


def test_no_csv_cell_starts_a_formula() -> None:
    events = synthetic_tables(400, seed=3).events  # synthetic quotes include =, - and * starts
    for data in (export.events_csv(events), export.figures_csv(synthetic_tables(100).figures)):
        back = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
        for column in back.columns.difference(["latitude", "longitude", "value"]):
            assert not back[column].str.match(r"[=+\-@\t\r]").any(), column
    assert "'=HYPERLINK" in export.events_csv(events).decode()


def test_figures_csv_columns() -> None:
    data = export.figures_csv(synthetic_tables(100).figures)
    back = pd.read_csv(io.BytesIO(data))
    assert list(back.columns) == list(FIGURE_COLUMNS)


def test_events_geojson_is_valid() -> None:
    collection = json.loads(export.events_geojson(risky_events()))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["id"] for f in features] == ["e1", "e2"]  # e3 has no coordinates
    for feature in features:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert set(feature["properties"]) == set(EVENT_COLUMNS) - {"latitude", "longitude"}
    assert features[0]["geometry"]["coordinates"] == [30.52, 50.45]  # RFC 7946: longitude first
    assert features[0]["properties"]["fatalities"] is None
    assert features[0]["properties"]["injuries"] == 9
    assert features[1]["properties"]["location"] == "-Odesa"  # GeoJSON is data, not a spreadsheet


def test_events_geojson_of_prepared_synthetic_events() -> None:
    events = filters.prepare_events(synthetic_tables(500).events)
    collection = json.loads(export.events_geojson(events))
    located = events["latitude"].notna() & events["longitude"].notna()
    assert len(collection["features"]) == located.sum()
    assert all(isinstance(f["properties"]["mentions"], int) for f in collection["features"])


@pytest.mark.parametrize(
    "text",
    [
        "**Breaking**: blasts in _Kharkiv_",
        "# Key events",
        "[click here](javascript:alert(1))",
        "<script>alert('x')</script>",
        "Costs rose to $5bn and $6bn",
        ":red[alarm] and :material/bolt: icons",
        "1. numbered? - bullet > quote | table `code` ~strike~",
        "back\\slash",
    ],
)
def test_escape_markdown_leaves_no_markup(text: str) -> None:
    escaped = export.escape_markdown(text)
    unescaped = re.sub(r"\\.", "", escaped)
    assert not re.search(r"[\\`*_\[\]#<>$:|~]", unescaped)
    assert re.sub(r"\\(.)", r"\1", escaped) == text


@pytest.mark.parametrize("value", [None, pd.NA])
def test_escape_markdown_of_missing(value: object) -> None:
    assert export.escape_markdown(value) == ""
