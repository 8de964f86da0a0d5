"""`python -m frontline extract`: outputs, exit codes, and bad input that names the file and changes nothing."""

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "liveblogs"


def _extract(*args, cwd=ROOT, settings=None):
    options = ["--settings", str(settings)] if settings else []
    return subprocess.run(
        [sys.executable, "-m", "frontline", *options, "extract", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


def test_extract_writes_every_table_as_csv_and_parquet(tmp_path):
    result = _extract(SAMPLES, "--out", tmp_path, "--jobs", "2")
    assert result.returncode == 0, result.stderr
    for name in ("events", "figures", "mentions", "documents"):
        csv = pd.read_csv(tmp_path / f"{name}.csv")
        parquet = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert len(csv) == len(parquet) > 0
    assert "2 documents" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("nodate.txt", b"Russian drones hit Kyiv\nNine people were injured.\n", "no_date"),
        ("baddate.txt", b"date 2024-02-30 Strikes\nNine people were injured.\n", "bad_date"),
    ],
)
def test_bad_file_is_named_and_the_others_still_processed(tmp_path, name, content, reason):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    (corpus / name).write_bytes(content)
    result = _extract(corpus, "--out", tmp_path / "out", "--jobs", "1")
    assert result.returncode == 1
    assert name in result.stderr and reason in result.stderr
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv")) == 2


def test_date_option_supplies_a_missing_date(tmp_path):
    (tmp_path / "nodate.txt").write_text(
        "Strike on Sumy\nA Russian missile strike on Sumy killed two people.\n"
    )
    result = _extract(tmp_path / "nodate.txt", "--out", tmp_path / "out", "--date", "2025-03-05")
    assert result.returncode == 0, result.stderr
    events = pd.read_csv(tmp_path / "out" / "events.csv")
    assert list(events.location) == ["Sumy"]


def test_nothing_readable_leaves_existing_tables_untouched(tmp_path):
    out = tmp_path / "out"
    assert _extract(SAMPLES, "--out", out).returncode == 0
    before = (out / "events.csv").read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _extract(tmp_path / "empty.txt", "--out", out)
    assert result.returncode == 1
    assert (out / "events.csv").read_bytes() == before


def test_default_extract_leaves_tables_the_dashboard_reuses(tmp_path):
    settings_file = tmp_path / "frontline.toml"
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(SAMPLES, corpus)
    settings_file.write_text(f'[paths]\ncorpus_dir = "{corpus}"\nout_dir = "{out}"\n')
    result = _extract(settings=settings_file)
    assert result.returncode == 0, result.stderr
    manifest = (out / "manifest.json").read_bytes()
    from frontline.corpus import load_tables
    from frontline.settings import load_settings

    load_tables(load_settings(settings_file))
    assert (out / "manifest.json").read_bytes() == manifest  # read from the cache, not rebuilt
