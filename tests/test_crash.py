"""Crashes lose nothing: SIGKILL mid-write leaves the old tables or none, and corrupt caches are rebuilt."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.corpus import write_corpus
from frontline import cli
from frontline.geocode import OnlineGeocoder
from frontline.pipeline import corpus_fingerprint, load_tables
from frontline.settings import load_settings
from frontline.store import MANIFEST, DocumentStore, read_tables

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "liveblogs").glob("*.txt"))
TABLE_FILES = [
    f"{t}.{kind}" for t in ("events", "figures", "mentions", "documents") for kind in ("parquet", "csv")
]


def same_tables(a: dict[str, pd.DataFrame] | None, b: dict[str, pd.DataFrame] | None) -> bool:
    if a is None or b is None or set(a) != set(b):
        return False
    return all(a[name].equals(b[name]) for name in a)


def extract_cli(corpus: Path, out: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "frontline", "extract", str(corpus), "--out", str(out), "--jobs", "1"]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def first_temp_file(out: Path, _: dict) -> bool:
    return any(name.endswith(".tmp") for name in os.listdir(out))


def first_table_replaced(out: Path, before: dict) -> bool:
    return (out / "events.parquet").stat().st_ino != before["events.parquet"]


def kill_when(proc: subprocess.Popen, out: Path, condition: Callable[[Path, dict], bool]) -> bool:
    """SIGKILL proc as soon as condition holds on out; False when the process finished first."""
    before = {name: (out / name).stat().st_ino for name in TABLE_FILES}
    while proc.poll() is None:
        if condition(out, before):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.0002)
    return False


def test_extract_killed_at_several_moments_leaves_old_or_new_tables_never_a_mix(tmp_path, resources):
    old_corpus, new_corpus, out = tmp_path / "old", tmp_path / "new", tmp_path / "out"
    old_corpus.mkdir()
    shutil.copy(SAMPLES[0], old_corpus)
    write_corpus(new_corpus, 1000, seed=5)
    assert cli.main(["extract", str(old_corpus), "--out", str(out), "--jobs", "1"]) == 0
    old = read_tables(out)
    pristine = tmp_path / "pristine"
    shutil.copytree(out, pristine)
    moments = {"first temp file written": first_temp_file, "first table replaced": first_table_replaced}
    seen = []
    for condition in moments.values():
        for _attempt in range(3):  # a busy machine may let the run finish before we see the moment
            shutil.rmtree(out)
            shutil.copytree(pristine, out)
            if kill_when(extract_cli(new_corpus, out), out, condition):
                break
        seen.append(read_tables(out))
    rebuilt = cli.main(["extract", str(new_corpus), "--out", str(out), "--jobs", "1"])  # the next run
    assert rebuilt == 0
    new = read_tables(out)
    assert new is not None and not same_tables(new, old)
    for moment, tables in zip(moments, seen, strict=True):
        assert tables is None or same_tables(tables, old) or same_tables(tables, new), moment
    # killed mid-write at least once: the old manifest refuses the new files, so the next start rebuilds
    assert None in seen


def _extract_and_die(corpus: str, out: str, function: str, step: int) -> None:
    """In a forked child: run the CLI, sending ourselves SIGKILL at the step-th call of os.replace/mkstemp."""
    module = os if function == "replace" else tempfile
    real = getattr(module, function)
    calls = []

    def dying(*args, **kwargs):
        if len(calls) == step:
            os.kill(os.getpid(), signal.SIGKILL)
        calls.append(args)
        return real(*args, **kwargs)

    setattr(module, function, dying)
    sys.exit(cli.main(["extract", corpus, "--out", out, "--jobs", "1"]))


@pytest.fixture(scope="module")
def runs(tmp_path_factory, resources) -> tuple[Path, Path, dict, dict]:
    """An old complete output (one sample) and the new tables (both samples), resources already loaded."""
    root = tmp_path_factory.mktemp("runs")
    old_corpus, new_corpus = root / "old", root / "new"
    for corpus, samples in ((old_corpus, SAMPLES[:1]), (new_corpus, SAMPLES)):
        corpus.mkdir()
        for sample in samples:
            shutil.copy(sample, corpus)
    for corpus, out in ((old_corpus, root / "old_out"), (new_corpus, root / "new_out")):
        assert cli.main(["extract", str(corpus), "--out", str(out), "--jobs", "1"]) == 0
    return root / "old_out", new_corpus, read_tables(root / "old_out"), read_tables(root / "new_out")


WRITE_BOUNDARIES = [
    *(("mkstemp", step) for step in range(len(TABLE_FILES) + 1)),  # before each file (and the manifest)
    ("replace", 0),  # the first file written in full under its temporary name, not yet renamed
    ("replace", len(TABLE_FILES)),  # every table renamed, the new manifest written but not renamed
]


@pytest.mark.parametrize(("function", "step"), WRITE_BOUNDARIES)
def test_sigkill_at_every_write_boundary_never_yields_a_mix(tmp_path, runs, function, step):
    old_out, new_corpus, old, new = runs
    out = tmp_path / "out"
    shutil.copytree(old_out, out)
    child = multiprocessing.get_context("fork").Process(
        target=_extract_and_die, args=(str(new_corpus), str(out), function, step)
    )
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
    tables = read_tables(out)
    if step == 0:
        assert same_tables(tables, old)
    else:
        assert tables is None  # some new files, the old manifest: refused, so the caller rebuilds
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["tables"]["documents"]["rows"] == len(old["documents"])
    assert not same_tables(old, new)


def _add_forever(corpus_dir: str, uploads: list[bytes]) -> None:
    store = DocumentStore(Path(corpus_dir), load_settings())
    for n, raw in enumerate(uploads):
        store.add(f"upload_{n}.txt", raw)


def test_store_killed_while_adding_stays_consistent(tmp_path):
    uploads = [
        f"date 2024-11-02 Strike number {n}\nA Russian drone hit a house in Sumy, injuring {n % 9 + 1} people.\n".encode()
        + b"filler line.\n" * (n % 50)
        for n in range(400)
    ]
    corpus_dir = tmp_path / "corpus"
    store = DocumentStore(corpus_dir, load_settings())
    rng = random.Random(4)
    for _ in range(5):
        child = multiprocessing.get_context("fork").Process(
            target=_add_forever, args=(str(corpus_dir), uploads)
        )
        child.start()
        time.sleep(rng.uniform(0.02, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        listed = store.list()
        assert [d.error for d in listed if d.error] == []
        assert all(d.path.read_bytes() in uploads for d in listed)
        assert not any(d.name.endswith(".tmp") for d in listed)
        assert len({d.doc_id for d in listed}) == len(listed)


def damage_truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def damage_empty(path: Path) -> None:
    path.write_bytes(b"")


def damage_flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))


def damage_delete(path: Path) -> None:
    path.unlink()


def damage_directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


def damage_deep_json(path: Path) -> None:
    path.write_text("[" * 100_000 + "]" * 100_000)


@pytest.fixture(scope="module")
def cached(tmp_path_factory, resources):
    """Settings with a private corpus and output, the tables built once, and a pristine copy of the output."""
    root = tmp_path_factory.mktemp("cache")
    settings = private_settings(root)
    fresh = load_tables(settings).as_dict()
    shutil.copytree(settings.out_dir, root / "pristine")
    return settings, fresh, corpus_fingerprint(settings), root / "pristine"


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("events.parquet", damage_truncate),
        ("events.parquet", damage_flip_byte),
        ("mentions.parquet", damage_empty),
        ("figures.csv", damage_flip_byte),
        ("documents.csv", damage_truncate),
        ("figures.parquet", damage_delete),
        (MANIFEST, damage_truncate),
        (MANIFEST, damage_flip_byte),
        (MANIFEST, damage_empty),
        (MANIFEST, damage_deep_json),
    ],
)
def test_corrupt_table_cache_is_detected_and_rebuilt(cached, name, damage):
    settings, fresh, fingerprint, pristine = cached
    shutil.rmtree(settings.out_dir)
    shutil.copytree(pristine, settings.out_dir)
    assert same_tables(read_tables(settings.out_dir, fingerprint), fresh)
    damage(settings.out_dir / name)
    assert read_tables(settings.out_dir, fingerprint) is None
    assert same_tables(load_tables(settings).as_dict(), fresh)
    # and the rebuilt cache is trusted again
    assert same_tables(read_tables(settings.out_dir, fingerprint), fresh)


@pytest.mark.parametrize("name", ["events.csv", MANIFEST])
def test_unwritable_table_cache_still_serves_the_tables(cached, name):
    settings, fresh, _, pristine = cached
    shutil.rmtree(settings.out_dir)
    shutil.copytree(pristine, settings.out_dir)
    damage_directory(settings.out_dir / name)
    try:
        assert read_tables(settings.out_dir) is None
        assert same_tables(load_tables(settings).as_dict(), fresh)
    finally:
        (settings.out_dir / name).rmdir()


def private_settings(root: Path):
    """Settings whose corpus (the two samples) and output folder are private to one test module."""
    corpus, out = root / "corpus", root / "out"
    corpus.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, corpus)
    (root / "frontline.toml").write_text(
        f'[paths]\ncorpus_dir = "{corpus}"\nout_dir = "{out}"\n[run]\njobs = 1\n'
    )
    return load_settings(root / "frontline.toml")


PLACE = {
    "name": "Kharkiv",
    "admin1": "Kharkiv Oblast",
    "country": "Ukraine",
    "latitude": 49.99,
    "longitude": 36.23,
    "geo_precision": 1,
    "feature": "place",
}
GOOD_CACHE = json.dumps({"version": 1, "entries": {"kharkiv|": PLACE}})


def geocoder(tmp_path: Path, content: str | bytes | None) -> tuple[OnlineGeocoder, Path]:
    cache = tmp_path / "geocoder_cache.json"
    if content is not None:
        cache.write_bytes(content if isinstance(content, bytes) else content.encode())
    settings = load_settings(None, geocoder={"enabled": False, "cache_file": str(cache)})
    return OnlineGeocoder(settings), cache


def test_a_sound_geocoder_cache_is_trusted(tmp_path):
    coder, _ = geocoder(tmp_path, GOOD_CACHE)
    assert coder.geocode("Kharkiv").latitude == 49.99


@pytest.mark.parametrize(
    "content",
    [
        "",
        GOOD_CACHE[: len(GOOD_CACHE) // 2],
        b"\xff\xfe\x00garbage",
        "[]",
        json.dumps({"version": 2, "entries": {}}),
        json.dumps({"version": 1, "entries": []}),
        json.dumps({"version": 1, "entries": {"kharkiv|": {**PLACE, "latitude": "49.99"}}}),
        json.dumps({"version": 1, "entries": {"kharkiv|": {**PLACE, "latitude": float("nan")}}}),
        json.dumps({"version": 1, "entries": {"kharkiv|": {**PLACE, "longitude": 1e400}}}),
        json.dumps({"version": 1, "entries": {"kharkiv|": {**PLACE, "extra": 1}}}),
        json.dumps({"version": 1, "entries": {"kharkiv|": "Kharkiv"}}),
    ],
    ids=[
        "empty",
        "truncated",
        "binary",
        "list",
        "version",
        "entries-list",
        "string-latitude",
        "nan",
        "infinite",
        "extra-field",
        "not-a-place",
    ],
)
def test_corrupt_geocoder_cache_is_detected_and_rebuilt(tmp_path, content):
    coder, cache = geocoder(tmp_path, content)
    assert coder.geocode("Kharkiv") is None  # not trusted, and offline: nothing looked up
    assert json.loads(cache.read_text()) == {"version": 1, "entries": {}}


def test_deeply_nested_geocoder_cache_is_rebuilt(tmp_path):
    coder, cache = geocoder(tmp_path, '{"version": 1, "entries": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert coder.geocode("Kharkiv") is None
    assert json.loads(cache.read_text()) == {"version": 1, "entries": {}}
