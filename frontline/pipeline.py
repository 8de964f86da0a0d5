"""Runs the per-document step over files (one process or all cores), then the merge step."""

from __future__ import annotations

import gc
import logging
import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path

from frontline.analysis import Resources
from frontline.claims import merge_figures
from frontline.codebook import load_codebook
from frontline.corpus import Tables, corpus_fingerprint, load_tables  # noqa: F401  (re-exported)
from frontline.errors import InputError
from frontline.extract import extract_document
from frontline.gazetteer import Gazetteer
from frontline.geocode import OnlineGeocoder
from frontline.ingest import iter_input_files, read_document
from frontline.merge import MergeRules, merge_events
from frontline.records import DocumentResult
from frontline.settings import Settings, load_settings
from frontline.tables import build_tables

log = logging.getLogger(__name__)

# Extraction builds millions of small records that never form cycles. At the collector's default (a pass every
# 700 allocations, rescanning everything alive) it spent a fifth of the run; while a batch runs it collects
# every 50,000 allocations instead (benchmarks/bench_extract.py: 2,750 → 3,450 sentences/s).
BATCH_GC_THRESHOLD = (50_000, 20, 50)


@contextmanager
def collecting_rarely() -> Iterator[None]:
    """Raise the collector's thresholds while a batch runs. Two batches overlapping in threads may leave the
    raised thresholds in place, which costs at most a little memory between collections."""
    saved = gc.get_threshold()
    gc.set_threshold(*BATCH_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def _worker_init() -> None:
    gc.set_threshold(*BATCH_GC_THRESHOLD)  # a worker process lives only for its batch


@lru_cache(maxsize=2)
def load_resources(data_dir: str) -> Resources:
    """Codebook and gazetteer, loaded once per process (workers included)."""
    path = Path(data_dir)
    codebook, gazetteer = load_codebook(path), Gazetteer.load(path)
    countries = {name: gazetteer.lookup(name) for name in codebook.countries}
    capitals = {
        name: gazetteer.lookup(codebook.capital_of.get(name.lower(), "")) for name in codebook.countries
    }
    resources = Resources(
        codebook,
        gazetteer,
        {k: v for k, v in countries.items() if v is not None},
        {k: v for k, v in capitals.items() if v is not None},
    )
    gc.freeze()  # they live as long as the process: full collections need not rescan their ~300,000 objects
    return resources


def online_geocoder(settings: Settings) -> OnlineGeocoder | None:
    """The opt-in geocoder for places the offline gazetteer lacks; None unless settings [geocoder] enabled."""
    if not settings.get("geocoder", "enabled"):
        return None
    return _geocoder(tuple(sorted(settings.values["geocoder"].items())))


@lru_cache(maxsize=2)
def _geocoder(options: tuple) -> OnlineGeocoder:
    """One geocoder (and cache) per process and configuration."""
    return OnlineGeocoder(load_settings(geocoder=dict(options)))


def merge_rules(settings: Settings) -> MergeRules:
    """The merge rules from settings [merge]."""
    return MergeRules(
        distance_km=float(settings.get("merge", "event_distance_km")),
        day_window=int(settings.get("merge", "event_day_window")),
        implicit_days=int(settings.get("merge", "implicit_date_days")),
        figure_day_window=int(settings.get("merge", "figure_day_window")),
    )


def _process(path: str, default_date: date | None, settings: Settings) -> tuple[DocumentResult | None, str]:
    """The per-document step for one file: (result, "") or (None, a message naming the file and the problem)."""
    try:
        doc = read_document(Path(path), default_date=default_date, settings=settings)
        return extract_document(doc, load_resources(str(settings.data_dir)), online_geocoder(settings)), ""
    except InputError as exc:
        return None, str(exc)
    except Exception as exc:  # one bad document must not stop the others; the message says what broke
        log.error("internal error on %s:\n%s", path, traceback.format_exc())
        return None, f"{Path(path).name}: [internal] {type(exc).__name__}: {exc}"


def default_jobs(settings: Settings) -> int:
    jobs = int(settings.get("run", "jobs"))
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def extract_files(
    files: list[Path],
    settings: Settings,
    *,
    default_date: date | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[DocumentResult], list[str]]:
    """Run the per-document step over files; results come back in file order."""
    outputs: Iterable[tuple[DocumentResult | None, str]]
    args = [str(f) for f in files]
    if jobs <= 1 or len(files) <= 1:
        outputs = (_process(a, default_date, settings) for a in args)
        return _collect(outputs, len(files), progress)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        outputs = pool.map(_process, args, [default_date] * len(args), [settings] * len(args), chunksize=4)
        return _collect(outputs, len(files), progress)


def _collect(outputs: Iterable, total: int, progress: Callable[[int, int], None] | None) -> tuple[list, list]:
    results, errors = [], []
    for n, (result, error) in enumerate(outputs, start=1):
        if result is not None:
            results.append(result)
        if error:
            errors.append(error)
        if progress is not None:
            progress(n, total)
    return results, errors


def build(results: list[DocumentResult], settings: Settings, errors: list[str] | None = None) -> Tables:
    """The merge step: candidates from every document → the output tables."""
    rules = merge_rules(settings)
    events = merge_events(results, rules)
    figures = merge_figures(results, events, rules)
    return Tables(**build_tables(results, events, figures), errors=list(errors or []))


def run(
    paths: list[Path],
    settings: Settings,
    *,
    default_date: date | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Tables:
    """Extract and merge the documents under paths."""
    files = iter_input_files(paths)
    with collecting_rarely():
        results, errors = extract_files(
            files, settings, default_date=default_date, jobs=jobs, progress=progress
        )
        return build(results, settings, errors)


def build_corpus(
    files: list[Path], settings: Settings, progress: Callable[[int, int], None] | None = None
) -> Tables:
    """Extract (on all cores) and merge the corpus files: what corpus.load_tables runs when its cache is stale."""
    with collecting_rarely():
        results, errors = extract_files(files, settings, jobs=default_jobs(settings), progress=progress)
        return build(results, settings, errors)
