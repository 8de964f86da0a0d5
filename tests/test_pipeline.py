"""Tables are cached on disk and rebuilt when the corpus changes or the cache is damaged."""

import gc
import shutil
from pathlib import Path

from frontline.pipeline import BATCH_GC_THRESHOLD, collecting_rarely, corpus_fingerprint, load_tables
from frontline.settings import load_settings

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "liveblogs"


def _settings(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    return load_settings(user_file=None, paths={"corpus_dir": str(corpus), "out_dir": str(tmp_path / "out")})


def test_tables_are_cached_and_reused(tmp_path):
    settings = _settings(tmp_path)
    first = load_tables(settings)
    manifest = (tmp_path / "out" / "manifest.json").read_bytes()
    again = load_tables(settings)
    assert (tmp_path / "out" / "manifest.json").read_bytes() == manifest  # not rewritten
    assert list(again.events.event_id) == list(first.events.event_id)


def test_a_new_document_changes_the_fingerprint_and_the_tables(tmp_path):
    settings = _settings(tmp_path)
    before = corpus_fingerprint(settings)
    events_before = len(load_tables(settings).events)
    (tmp_path / "corpus" / "extra.txt").write_text(
        "date 2025-03-05 Strike on Sumy\nA Russian missile strike on Sumy killed two people, officials said.\n"
    )
    assert corpus_fingerprint(settings) != before
    assert len(load_tables(settings).events) == events_before + 1


def test_truncated_cache_is_rebuilt(tmp_path):
    settings = _settings(tmp_path)
    first = load_tables(settings)
    parquet = tmp_path / "out" / "events.parquet"
    parquet.write_bytes(parquet.read_bytes()[:100])
    assert list(load_tables(settings).events.event_id) == list(first.events.event_id)


def test_a_batch_collects_rarely_and_restores_the_collector_after():
    before = gc.get_threshold()
    with collecting_rarely():
        assert gc.get_threshold() == BATCH_GC_THRESHOLD
    assert gc.get_threshold() == before
