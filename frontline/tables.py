"""Turns merged events and figures into the output tables declared in schema.py."""

from __future__ import annotations

import pandas as pd

from frontline.claims import MergedFigure
from frontline.event_rows import MergedEvent, stable_id
from frontline.records import DocumentResult, Sentence
from frontline.schema import frame


def _mention_row(kind: str, record_id: str, s: Sentence, published: str) -> dict:
    return {
        "mention_id": stable_id(kind, record_id, s.doc_name, s.start),
        "record_type": kind,
        "record_id": record_id,
        "source_doc": s.doc_name,
        "published": published,
        "post_index": s.post_index,
        "post_headline": s.post_headline,
        "sentence_index": s.index,
        "start": s.start,
        "end": s.end,
        "quote": s.text,
    }


def build_tables(
    results: list[DocumentResult], events: list[MergedEvent], figures: list[MergedFigure]
) -> dict[str, pd.DataFrame]:
    """events, figures, mentions and documents tables, in declared column order and dtypes."""
    published = {r.document.name: r.document.published.isoformat() for r in results}
    mentions: dict[str, dict] = {}
    for kind, records in (("event", events), ("figure", figures)):
        for rec in records:
            rid = rec.row[f"{kind}_id"]
            for m in rec.members:
                row = _mention_row(kind, rid, m.sentence, published[m.sentence.doc_name])
                mentions.setdefault(row["mention_id"], row)
    documents = [
        {
            "name": r.document.name,
            "doc_id": r.document.doc_id,
            "published": r.document.published.isoformat(),
            "title": r.document.title,
            "sentences": len(r.sentences),
            "events": len(r.events),
            "figures": len(r.figures),
        }
        for r in sorted(results, key=lambda r: (r.document.published, r.document.name))
    ]
    ordered_mentions = sorted(mentions.values(), key=lambda r: (r["published"], r["source_doc"], r["start"]))
    return {
        "events": frame("events", [e.row for e in events]),
        "figures": frame("figures", [f.row for f in figures]),
        "mentions": frame("mentions", ordered_mentions),
        "documents": frame("documents", documents),
    }
