"""Run the coder on a text written in a test."""

from __future__ import annotations

from datetime import date

import pandas as pd

from frontline.extract import extract_document
from frontline.ingest import parse_document
from frontline.pipeline import Tables, build


def extract_text(
    text: str, settings, resources, name: str = "test.txt", published: date | None = None
) -> Tables:
    raw = text.encode("utf-8")
    doc = parse_document(name, raw, default_date=published, max_bytes=10_000_000, today=date(2026, 1, 1))
    return build([extract_document(doc, resources)], settings)


def one_sentence(sentence: str, settings, resources, published: date = date(2025, 3, 5)) -> Tables:
    """A sentence as the body of a one-post live blog (headline kept neutral)."""
    text = f"date {published.isoformat()} Live updates\nLatest\n{sentence}\n"
    return extract_text(text, settings, resources)


def rows(df: pd.DataFrame, *columns: str) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in r) for r in df[list(columns)].itertuples(index=False)]
