"""Atomic writes, verified output tables and the document corpus (names, duplicates, locking)."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from frontline import store
from frontline.errors import InputError
from frontline.ingest import read_document
from frontline.schema import TABLES, frame
from frontline.settings import load_settings
from frontline.store import (
    MANIFEST,
    DocumentStore,
    read_tables,
    safe_filename,
    write_atomic,
    write_tables,
)

PAGES = Path(__file__).parent / "fixtures" / "html"


def article(headline: str, day: str = "2024-11-02") -> bytes:
    return f"date {day} {headline}\nOfficials said the strike on {headline} damaged two buildings.\n".encode()


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_write_atomic_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "events.csv"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_write_atomic_crash_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "events.csv"
    write_atomic(target, b"old content")

    def crash(src, dst):
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        write_atomic(target, b"half-written new content")
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def sample_tables(quote: str = "=1+1 said the governor") -> dict[str, pd.DataFrame]:
    event = {
        "event_id": "e1",
        "event_date": "2024-11-02",
        "latitude": 49.99,
        "fatalities": 2,
        "source_quote": quote,
    }
    mention = {"mention_id": "m1", "record_type": "event", "record_id": "e1", "start": 0, "end": 10}
    rows = {"events": [event], "mentions": [mention]}
    return {name: frame(name, rows.get(name, [])) for name in TABLES}


def test_tables_round_trip_and_csv_is_neutralised(tmp_path):
    write_tables(tmp_path, sample_tables(), "fp1")
    tables = read_tables(tmp_path, "fp1")
    assert tables is not None and set(tables) == set(TABLES)
    assert tables["events"]["source_quote"].iloc[0] == "=1+1 said the governor"
    assert tables["events"]["fatalities"].dtype == "Int64"
    assert "'=1+1 said the governor" in (tmp_path / "events.csv").read_text()
    manifest = json.loads((tmp_path / MANIFEST).read_text())
    assert manifest["fingerprint"] == "fp1" and manifest["tables"]["events"]["rows"] == 1
    assert read_tables(tmp_path) is not None  # no fingerprint: any complete run


def corrupt_rows(out: Path) -> None:
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["tables"]["events"]["rows"] = 5
    (out / MANIFEST).write_text(json.dumps(manifest))


def truncate_parquet(out: Path) -> None:
    data = (out / "events.parquet").read_bytes()
    (out / "events.parquet").write_bytes(data[: len(data) // 2])


def truncate_csv(out: Path) -> None:
    (out / "mentions.csv").write_bytes((out / "mentions.csv").read_bytes()[:10])


def mix_runs(out: Path) -> None:
    other = out / "other"
    write_tables(other, sample_tables("another run"), "fp1")
    (out / "events.parquet").write_bytes((other / "events.parquet").read_bytes())


def escape_manifest(out: Path) -> None:
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["tables"]["events"]["files"]["parquet"]["name"] = "../events.parquet"
    (out / MANIFEST).write_text(json.dumps(manifest))


def drop_table(out: Path) -> None:
    manifest = json.loads((out / MANIFEST).read_text())
    del manifest["tables"]["figures"]
    (out / MANIFEST).write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    ("damage", "fingerprint"),
    [
        (lambda out: (out / MANIFEST).unlink(), "fp1"),
        (lambda out: None, "fp2"),
        (lambda out: (out / MANIFEST).write_text("{not json"), "fp1"),
        (lambda out: (out / MANIFEST).write_text("[]"), "fp1"),
        (corrupt_rows, "fp1"),
        (truncate_parquet, "fp1"),
        (truncate_csv, "fp1"),
        (lambda out: (out / "figures.parquet").unlink(), "fp1"),
        (mix_runs, "fp1"),
        (escape_manifest, "fp1"),
        (drop_table, "fp1"),
    ],
    ids=[
        "no-manifest",
        "stale",
        "bad-json",
        "manifest-not-object",
        "row-count",
        "truncated-parquet",
        "truncated-csv",
        "missing-file",
        "two-runs",
        "path-escape",
        "missing-table",
    ],
)
def test_read_tables_returns_none_when_anything_is_off(tmp_path, damage, fingerprint):
    write_tables(tmp_path, sample_tables(), "fp1")
    assert read_tables(tmp_path, "fp1") is not None
    damage(tmp_path)
    assert read_tables(tmp_path, fingerprint) is None


def test_read_tables_missing_directory(tmp_path):
    assert read_tables(tmp_path / "never-written") is None


def test_read_tables_under_another_schema_version(tmp_path, monkeypatch):
    write_tables(tmp_path, sample_tables(), "fp1")
    monkeypatch.setattr(store, "schema_version", lambda: "something-else")
    assert read_tables(tmp_path, "fp1") is None


def test_crash_during_a_second_run_never_yields_a_mix(tmp_path, monkeypatch):
    write_tables(tmp_path, sample_tables("first run"), "fp1")
    calls = []
    real = store.write_atomic

    def crash_on_third(path, data):
        calls.append(path.name)
        if len(calls) == 3:
            raise OSError("killed")
        real(path, data)

    monkeypatch.setattr(store, "write_atomic", crash_on_third)
    with pytest.raises(OSError):
        write_tables(tmp_path, sample_tables("second run"), "fp2")
    assert read_tables(tmp_path, "fp1") is None  # events.* are from run 2, the manifest from run 1
    assert read_tables(tmp_path, "fp2") is None


@pytest.mark.parametrize(
    ("filename", "html", "expected"),
    [
        ("../../etc/passwd", False, "passwd.txt"),
        ("/abs/path.txt", False, "path.txt"),
        ("C:\\Users\\me\\..\\report.TXT", False, "report.txt"),
        ("kyiv\x00strike.txt", False, "kyivstrike.txt"),
        ("kyiv\x1b[31mred.txt", False, "kyiv_31mred.txt"),
        ("", False, "document.txt"),
        ("...", True, "document.html"),
        (".hidden.txt", False, "hidden.txt"),
        ("report.pdf", False, "report.pdf.txt"),
        ("page", True, "page.html"),
        ("Київ звіт 2024.txt", False, "Київ_звіт_2024.txt"),
        ("<script>alert(1)</script>.html", False, "script.html"),
        ("live blog (update).htm", False, "live_blog_update.htm"),
        ("-rf.txt", False, "rf.txt"),
    ],
)
def test_safe_filename(filename, html, expected):
    assert safe_filename(filename, html=html) == expected


def test_safe_filename_caps_the_length():
    name = safe_filename("x" * 300 + ".html", html=False)
    assert len(name) == 100 and name.endswith(".html")


@pytest.fixture
def corpus(tmp_path) -> DocumentStore:
    return DocumentStore(tmp_path / "corpus", load_settings())


def test_add_list_remove(corpus):
    fp0 = corpus.fingerprint()
    stored = corpus.add("kharkiv.txt", article("Kharkiv"))
    assert (stored.name, stored.published, stored.title, stored.duplicate) == (
        "kharkiv.txt",
        date(2024, 11, 2),
        "Kharkiv",
        False,
    )
    assert stored.path == corpus.corpus_dir / "kharkiv.txt"
    fp1 = corpus.fingerprint()
    assert fp1 != fp0 and corpus.fingerprint() == fp1
    assert [d.name for d in corpus.list()] == ["kharkiv.txt"]
    corpus.remove("kharkiv.txt")
    assert corpus.list() == [] and corpus.fingerprint() == fp0


def test_duplicate_content_is_recognised_and_not_stored(corpus):
    first = corpus.add("odesa.txt", article("Odesa"))
    again = corpus.add("odesa-copy.txt", article("Odesa"))
    assert again.duplicate and again.name == first.name and again.doc_id == first.doc_id
    assert len(corpus.list()) == 1


def test_same_name_other_content_gets_a_suffix(corpus):
    first = corpus.add("update.txt", article("Sumy"))
    second = corpus.add("update.txt", article("Dnipro"))
    assert second.name == f"update-{second.doc_id[:8]}.txt"
    assert first.path.read_bytes() == article("Sumy")
    assert len(corpus.list()) == 2


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "empty"),
        (b"\x00\x01binary", "binary"),
        (b"no date here.\n", "no_date"),
        (article("X", "2024-02-30"), "bad_date"),
    ],
)
def test_bad_upload_stores_nothing(corpus, raw, code):
    with pytest.raises(InputError) as caught:
        corpus.add("upload.txt", raw)
    assert caught.value.code == code
    assert corpus.list() == []


@pytest.mark.parametrize("filename", ["../../etc/passwd", "/abs/path.txt", "a\x00b.txt", "y" * 300])
def test_hostile_names_stay_inside_the_corpus(corpus, filename):
    stored = corpus.add(filename, article("Lviv"))
    assert stored.path.parent == corpus.corpus_dir and len(stored.name) <= 100
    assert stored.path.read_bytes() == article("Lviv")


@pytest.mark.parametrize(
    ("filename", "raw"),
    [
        ("notes.txt", b"Missiles hit Odesa port\nOne person was killed, regional officials said.\n"),
        ("page.html", (PAGES / "wire_report.html").read_bytes().replace(b"2024-11-03", b"")),
    ],
)
def test_default_date_is_written_into_the_stored_file(corpus, filename, raw):
    stored = corpus.add(filename, raw, default_date=date(2024, 11, 4))
    alone = read_document(stored.path, settings=corpus.settings)  # no default date given now
    assert alone.published == stored.published == date(2024, 11, 4)
    assert alone.title == stored.title and alone.title


def test_remove_refuses_names_outside_the_corpus(corpus, tmp_path):
    corpus.add("kept.txt", article("Kherson"))
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    for name in ["../outside.txt", str(outside), ".frontline.lock", "sub/../../outside.txt"]:
        with pytest.raises(InputError) as caught:
            corpus.remove(name)
        assert caught.value.code == "bad_name"
    with pytest.raises(InputError) as caught:
        corpus.remove("missing.txt")
    assert caught.value.code == "not_found"
    assert outside.exists() and len(corpus.list()) == 1


def test_fingerprint_changes_when_a_file_is_edited(corpus):
    stored = corpus.add("edit.txt", article("Mykolaiv"))
    before = corpus.fingerprint()
    stored.path.write_bytes(article("Mykolaiv").replace(b"two", b"six"))  # same size, new content
    os.utime(stored.path, ns=(1, 1))
    assert corpus.fingerprint() != before


def test_list_reports_a_file_that_no_longer_parses(corpus):
    corpus.add("good.txt", article("Poltava"))
    (corpus.corpus_dir / "broken.txt").write_bytes(b"date 2024-02-30 Broken\nText.\n")
    listed = {d.name: d for d in corpus.list()}
    assert listed["good.txt"].error == ""
    assert "bad_date" in listed["broken.txt"].error and listed["broken.txt"].published is None


def test_two_threads_adding_at_once_both_store(corpus):
    barrier = threading.Barrier(8)
    results, errors = [], []

    def add(n: int) -> None:
        barrier.wait()
        try:
            results.append(corpus.add("same-name.txt", article(f"Town {n}")))
        except Exception as exc:  # collected so the assertion shows it
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({r.name for r in results}) == 8 and len(corpus.list()) == 8


def test_threads_adding_the_same_content_store_it_once(corpus):
    barrier = threading.Barrier(6)
    results = []

    def add(n: int) -> None:
        barrier.wait()
        results.append(corpus.add(f"copy{n}.txt", article("Zaporizhzhia")))

    threads = [threading.Thread(target=add, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(not r.duplicate for r in results) == 1 and len(corpus.list()) == 1


def _add_in_process(corpus_dir: str, worker: int) -> None:
    store_ = DocumentStore(Path(corpus_dir), load_settings())
    for n in range(5):
        store_.add("shared.txt", article(f"Place {worker}-{n}"))


def test_two_processes_adding_at_once_both_store(corpus):
    corpus.corpus_dir.mkdir(parents=True)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_add_in_process, args=(str(corpus.corpus_dir), w)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
    assert [p.exitcode for p in procs] == [0, 0]
    assert len(corpus.list()) == 10
