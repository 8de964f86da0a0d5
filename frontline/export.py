"""Downloads of exactly what is shown (CSV with formula cells neutralised, GeoJSON), and safe display text."""

from __future__ import annotations

import io
import json
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from frontline.schema import EVENT_COLUMNS, FIGURE_COLUMNS

FORMULA_START = re.compile(r"^[=+\-@\t\r]")
_FORMULA_START_PATTERN = r"^[=+\-@\t\r]"
# Markdown and Streamlit markup: emphasis, headings, links, code, lists, tables, LaTeX and :colour[...] directives.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~$:<])")


def neutralise_cell(value: str) -> str:
    """A text cell that a spreadsheet will not run as a formula (leading apostrophe)."""
    return "'" + value if FORMULA_START.match(value) else value


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells starting with = + - @ tab or CR get a leading apostrophe; numbers untouched."""
    out = df.copy()
    for column in out.columns:
        series = out[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            out[column] = series.cat.rename_categories([_neutral_text(c) for c in series.cat.categories])
        elif pd.api.types.is_string_dtype(series.dtype):
            out[column] = _neutral_strings(series)
    return out


def _neutral_text(value: object) -> object:
    return neutralise_cell(value) if isinstance(value, str) else value


def _neutral_strings(series: pd.Series) -> pd.Series:
    arr = pa.array(series.astype("string").array)
    risky = pc.match_substring_regex(arr, _FORMULA_START_PATTERN)
    quote, empty = pa.scalar("'", arr.type), pa.scalar("", arr.type)
    fixed = pc.if_else(risky, pc.binary_join_element_wise(quote, arr, empty), arr)
    return pd.Series(pd.arrays.ArrowStringArray(fixed), index=series.index, dtype="string")


def events_csv(events: pd.DataFrame) -> bytes:
    """The shown events as UTF-8 CSV in schema column order, safe to open in a spreadsheet."""
    return _csv(events, EVENT_COLUMNS)


def figures_csv(figures: pd.DataFrame) -> bytes:
    """The shown figures as UTF-8 CSV in schema column order, safe to open in a spreadsheet."""
    return _csv(figures, FIGURE_COLUMNS)


def _csv(df: pd.DataFrame, columns: dict[str, str]) -> bytes:
    return table_csv(df[list(columns)].astype(columns))


def table_csv(df: pd.DataFrame) -> bytes:
    """A table as UTF-8 CSV, formula cells neutralised: the one CSV writer, for downloads and output files."""
    # pyarrow writes CSV ~5x faster than pandas; text is always quoted, a missing value is an empty field.
    table = pa.Table.from_pandas(neutralise_frame(df), preserve_index=False)
    sink = io.BytesIO()
    pa_csv.write_csv(table, sink, pa_csv.WriteOptions(quoting_style="needed"))
    return sink.getvalue()


def events_geojson(events: pd.DataFrame) -> bytes:
    """The shown events that have coordinates as a GeoJSON FeatureCollection (RFC 7946, lon/lat order)."""
    lat = events["latitude"].to_numpy(dtype="float64", na_value=np.nan)
    lon = events["longitude"].to_numpy(dtype="float64", na_value=np.nan)
    located = ~(np.isnan(lat) | np.isnan(lon))
    names = [c for c in EVENT_COLUMNS if c not in ("latitude", "longitude")]
    rows = events[located]
    columns = [_json_values(rows[c]) for c in names]
    features = [
        {
            "type": "Feature",
            "id": values[0],
            "geometry": {"type": "Point", "coordinates": [x, y]},
            "properties": dict(zip(names, values, strict=True)),
        }
        for x, y, *values in zip(*_rounded(lon[located], lat[located]), *columns, strict=True)
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


def _rounded(*coords: np.ndarray) -> list[list[float]]:
    """Coordinates to 6 decimals (~0.1 m), plenty for a geocoded place."""
    return [np.round(c, 6).tolist() for c in coords]


def _json_values(series: pd.Series) -> list:
    """Column values as plain Python objects, None for missing."""
    if pd.api.types.is_integer_dtype(series.dtype):
        return series.astype(object).where(series.notna(), None).tolist()
    return [None if v is None or v is pd.NA else v for v in series.astype(object).tolist()]


def escape_markdown(text: object) -> str:
    """Document text that st.markdown / st.caption will show literally (no markup, links or HTML)."""
    if text is None or text is pd.NA:
        return ""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")
