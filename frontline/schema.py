"""The one place where the output tables' columns and types are declared."""

from __future__ import annotations

import pandas as pd

EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "event_date": "string",  # ISO date, YYYY-MM-DD
    "date_precision": "string",  # day, week, month
    "event_type": "string",
    "sub_event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "location": "string",
    "admin1": "string",
    "country": "string",
    "latitude": "Float64",
    "longitude": "Float64",
    "geo_precision": "Int64",  # 1 place, 2 near/part of region, 3 region centroid
    "fatalities": "Int64",
    "injuries": "Int64",
    "claimant": "string",
    "source_doc": "string",
    "source_quote": "string",
    "mentions": "Int64",
}

FIGURE_COLUMNS: dict[str, str] = {
    "figure_id": "string",
    "reported_date": "string",
    "refers_to_date": "string",
    "date_precision": "string",
    "metric": "string",
    "subject": "string",
    "value": "Float64",
    "unit": "string",
    "qualifier": "string",  # exact, approx, at_least, at_most, expected
    "claimant": "string",
    "claimant_country": "string",
    "location": "string",
    "latitude": "Float64",
    "longitude": "Float64",
    "event_id": "string",
    "source_doc": "string",
    "source_quote": "string",
    "mentions": "Int64",
}

MENTION_COLUMNS: dict[str, str] = {
    "mention_id": "string",
    "record_type": "string",  # event or figure
    "record_id": "string",  # event_id or figure_id
    "source_doc": "string",
    "published": "string",
    "post_index": "Int64",
    "post_headline": "string",
    "sentence_index": "Int64",
    "start": "Int64",
    "end": "Int64",
    "quote": "string",
}

DOCUMENT_COLUMNS: dict[str, str] = {
    "name": "string",
    "doc_id": "string",
    "published": "string",
    "title": "string",
    "sentences": "Int64",
    "events": "Int64",  # candidate event reports found in the document, before merging
    "figures": "Int64",
}

TABLES: dict[str, dict[str, str]] = {
    "events": EVENT_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "documents": DOCUMENT_COLUMNS,
}

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "expected")
DATE_PRECISIONS = ("day", "week", "month")


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the declared columns and dtypes."""
    return frame(name, [])


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """Build a table from row dicts, in declared column order and dtypes."""
    columns = TABLES[name]
    df = pd.DataFrame(rows, columns=list(columns))
    return df.astype(columns)


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Check a loaded table has the declared columns and cast it to the declared dtypes."""
    columns = TABLES[name]
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{name} table lacks columns: {', '.join(missing)}")
    return df[list(columns)].astype(columns)
