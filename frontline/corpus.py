"""The corpus's tables: its fingerprint, the disk cache, and a rebuild only when something changed.

Kept apart from the extractor so that a dashboard start with current tables imports none of it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from frontline.ingest import iter_input_files
from frontline.settings import Settings
from frontline.store import read_tables, write_tables

PACKAGE_DIR = Path(__file__).parent
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tables:
    """The output tables and the problems met while building them."""

    events: pd.DataFrame
    figures: pd.DataFrame
    mentions: pd.DataFrame
    documents: pd.DataFrame
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {
            "events": self.events,
            "figures": self.figures,
            "mentions": self.mentions,
            "documents": self.documents,
        }


def corpus_files(settings: Settings) -> list[Path]:
    return iter_input_files([settings.corpus_dir]) if settings.corpus_dir.exists() else []


def _hash_files(h: hashlib._Hash, files: Iterable[Path], root: Path) -> None:
    for f in sorted(files):
        st = f.stat()
        name = f.relative_to(root) if f.is_relative_to(root) else f
        h.update(f"{name}|{st.st_size}|{st.st_mtime_ns}\n".encode())


def corpus_fingerprint(settings: Settings, files: list[Path] | None = None) -> str:
    """Changes when a document, a codebook, the gazetteer, a setting or the extractor's code changes."""
    h = hashlib.sha256()
    _hash_files(h, corpus_files(settings) if files is None else files, settings.root)
    data = [p for p in settings.data_dir.rglob("*") if p.is_file() and settings.corpus_dir not in p.parents]
    _hash_files(h, data, settings.root)
    for source in [*sorted(PACKAGE_DIR.glob("*.py")), PACKAGE_DIR / "settings.toml"]:
        h.update(source.read_bytes())
    h.update(repr(sorted((k, sorted(v.items())) for k, v in settings.values.items())).encode())
    return h.hexdigest()[:16]


def load_tables(settings: Settings, progress: Callable[[int, int], None] | None = None) -> Tables:
    """The corpus's tables: read from out_dir when current, else rebuilt and written atomically."""
    files = corpus_files(settings)
    fingerprint = corpus_fingerprint(settings, files)
    cached = read_tables(settings.out_dir, fingerprint)
    if cached is not None:
        return Tables(**cached)
    from frontline.pipeline import (
        build_corpus,  # the extractor, imported only when the tables must be rebuilt
    )

    tables = build_corpus(files, settings, progress)
    try:
        write_tables(settings.out_dir, tables.as_dict(), fingerprint)
    except OSError as exc:  # a full or read-only disk costs the cache, not the tables just built
        log.warning("could not cache the tables in %s (%s); serving them uncached", settings.out_dir, exc)
    return tables
