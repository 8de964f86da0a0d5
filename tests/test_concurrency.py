"""Several sessions at once: uploads are all stored, tables lose no rows, readers never see a half-written run."""

from __future__ import annotations

import multiprocessing
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from frontline.pipeline import load_tables
from frontline.schema import TABLES, frame
from frontline.settings import load_settings
from frontline.store import DocumentStore, read_tables, write_tables

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "liveblogs").glob("*.txt"))
PLACES = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Kherson", "Mykolaiv", "Poltava", "Chernihiv"]


def report(n: int) -> bytes:
    """A distinct one-post live blog per n, each reporting a strike on its own city."""
    place = PLACES[n % len(PLACES)]
    return (
        f"date 2024-11-0{n % 5 + 1} Ukraine war live, update {n}\n"
        f"Strike on {place}\n"
        f"A Russian missile strike on {place} killed {n + 2} people, the regional governor said.\n"
    ).encode()


def settings_for(root: Path):
    (root / "frontline.toml").write_text(
        f'[paths]\ncorpus_dir = "{root / "corpus"}"\nout_dir = "{root / "out"}"\n[run]\njobs = 1\n'
    )
    return load_settings(root / "frontline.toml")


def run_together(target: Callable, args: list[tuple], kind: str) -> list:
    """Start target(*a) for each a at the same moment in threads or forked processes; return thread errors."""
    errors: list[BaseException] = []
    if kind == "threads":
        barrier = threading.Barrier(len(args))

        def guarded(*a):
            barrier.wait()
            try:
                target(*a)
            except BaseException as exc:  # collected so the assertion can show it
                errors.append(exc)

        workers = [threading.Thread(target=guarded, args=a) for a in args]
    else:
        ctx = multiprocessing.get_context("fork")
        workers = [ctx.Process(target=target, args=a) for a in args]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    if kind == "processes":
        errors += [f"exit code {w.exitcode}" for w in workers if w.exitcode != 0]
    return errors


def _session_upload(corpus: str, n: int) -> None:
    DocumentStore(Path(corpus), load_settings()).add("upload.txt", report(n))


@pytest.mark.parametrize("kind", ["threads", "processes"])
def test_two_sessions_uploading_at_once_both_reach_the_tables(tmp_path, kind, resources):
    settings = settings_for(tmp_path)
    corpus = str(settings.corpus_dir)
    DocumentStore(settings.corpus_dir, settings).add("existing.txt", SAMPLES[0].read_bytes())
    before = load_tables(settings)
    assert run_together(_session_upload, [(corpus, 1), (corpus, 2)], kind) == []
    after = load_tables(settings)
    assert len(after.documents) == len(before.documents) + 2
    located = set(zip(after.events["location"], after.events["fatalities"], strict=True))
    assert {("Odesa", 3), ("Sumy", 4)} <= located
    for name in ("events", "figures", "mentions"):  # the existing document's rows are all still there
        old_rows = before.as_dict()[name]
        kept = old_rows.merge(after.as_dict()[name], how="inner", on=list(old_rows.columns))
        assert len(kept) == len(old_rows), name


@pytest.mark.parametrize("kind", ["threads", "processes"])
def test_many_simultaneous_uploads_lose_none(tmp_path, kind):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert run_together(_session_upload, [(str(corpus), n) for n in range(12)], kind) == []
    stored = DocumentStore(corpus, load_settings()).list()
    assert sorted(d.path.read_bytes() for d in stored) == sorted(report(n) for n in range(12))
    assert all(d.error == "" for d in stored)


def test_listing_while_others_add_and_remove_never_fails(tmp_path):
    store = DocumentStore(tmp_path / "corpus", load_settings())
    stop = threading.Event()
    errors: list[BaseException] = []

    def churn(offset: int) -> None:
        n = offset
        while not stop.is_set():
            try:
                stored = store.add(f"churn_{offset}.txt", report(n))
                store.remove(stored.name)
            except BaseException as exc:
                errors.append(exc)
                return
            n += 2

    workers = [threading.Thread(target=churn, args=(k,)) for k in (0, 1)]
    for w in workers:
        w.start()
    try:
        for _ in range(300):
            for doc in store.list():
                assert doc.error == "", doc.error
            store.fingerprint()
    finally:
        stop.set()
        for w in workers:
            w.join()
    assert errors == []


def tables_with(quote: str, rows: int) -> dict[str, pd.DataFrame]:
    events = [{"event_id": f"e{n}", "event_date": "2024-11-02", "source_quote": quote} for n in range(rows)]
    return {name: frame(name, events if name == "events" else []) for name in TABLES}


def _write_repeatedly(out: str, quote: str, rows: int) -> None:
    for _ in range(6):
        write_tables(Path(out), tables_with(quote, rows), quote)


def test_readers_never_see_a_mix_while_two_runs_write(tmp_path):
    out = tmp_path / "out"
    write_tables(out, tables_with("first", 3), "first")
    ctx = multiprocessing.get_context("fork")
    writers = [ctx.Process(target=_write_repeatedly, args=(str(out), q, n)) for q, n in (("A", 5), ("B", 7))]
    for w in writers:
        w.start()
    seen = set()
    while any(w.is_alive() for w in writers):
        tables = read_tables(out)
        if tables is not None:
            quotes = set(tables["events"]["source_quote"])
            assert len(quotes) == 1  # every row from one run
            quote = quotes.pop()
            assert len(tables["events"]) == {"first": 3, "A": 5, "B": 7}[quote]
            seen.add(quote)
    for w in writers:
        w.join()
    assert [w.exitcode for w in writers] == [0, 0]
    final = read_tables(out)
    assert final is not None and set(final["events"]["source_quote"]) in ({"A"}, {"B"})
    assert seen  # the reader did read complete tables while the writers ran


def _load_in_process(settings_file: str, queue) -> None:
    tables = load_tables(load_settings(Path(settings_file)))
    queue.put({name: df.to_json() for name, df in tables.as_dict().items()})


def test_two_dashboards_starting_together_build_the_same_tables(tmp_path, resources):
    settings = settings_for(tmp_path)
    settings.corpus_dir.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, settings.corpus_dir)
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    workers = [
        ctx.Process(target=_load_in_process, args=(str(tmp_path / "frontline.toml"), queue)) for _ in (1, 2)
    ]
    for w in workers:
        w.start()
    results = [queue.get(timeout=60) for _ in workers]
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert results[0] == results[1]
    cached = read_tables(settings.out_dir)
    assert cached is not None and {n: df.to_json() for n, df in cached.items()} == results[0]
