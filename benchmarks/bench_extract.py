"""Extraction speed and memory on a generated corpus: `python benchmarks/bench_extract.py [--sentences N]`.

Reports sentences per second end to end (reading files, extracting, merging, writing tables) in one process,
with and without start-up (loading codebooks and gazetteer), the same on all cores, and peak memory (max RSS).
Each setting runs --repeat times in fresh processes; the summary gives the best and the median run, because a
shared virtual machine's speed varies by ±15 % from run to run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402


def measure(corpus: Path, out: Path, jobs: int) -> dict:
    """One end-to-end run in this process."""
    from frontline.pipeline import load_resources, run
    from frontline.settings import load_settings
    from frontline.store import write_tables

    settings = load_settings()
    t0 = time.perf_counter()
    load_resources(str(settings.data_dir))
    t1 = time.perf_counter()
    tables = run([corpus], settings, jobs=jobs)
    write_tables(out, tables.as_dict(), fingerprint="bench")
    t2 = time.perf_counter()
    sentences = int(tables.documents["sentences"].sum())
    return {
        "jobs": jobs,
        "documents": len(tables.documents),
        "sentences": sentences,
        "events": len(tables.events),
        "figures": len(tables.figures),
        "startup_s": round(t1 - t0, 3),
        "extract_s": round(t2 - t1, 3),
        "sentences_per_s": round(sentences / (t2 - t1)),
        "sentences_per_s_with_startup": round(sentences / (t2 - t0)),
        # this process, and the largest worker when there are workers
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_worker_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting (default 3)")
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, out, jobs = args.child
        print(json.dumps(measure(Path(corpus), Path(out), int(jobs))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        total = write_corpus(corpus, args.sentences)
        print(f"generated {total} sentences in {len(list(corpus.iterdir()))} live blogs")
        for jobs in (1, len(os.sched_getaffinity(0))):
            # each run in a fresh process, so peak memory and start-up are its own
            child = [
                sys.executable,
                __file__,
                "--child",
                str(corpus),
                str(Path(tmp) / f"out{jobs}"),
                str(jobs),
            ]
            runs = []
            for _ in range(max(1, args.repeat)):
                runs.append(
                    json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout)
                )
                print(json.dumps(runs[-1]))
            speeds = [r["sentences_per_s"] for r in runs]
            print(
                f"jobs={jobs}: best {max(speeds):,} sentences/s, median {round(statistics.median(speeds)):,} "
                f"over {len(runs)} runs; peak memory {max(r['peak_rss_mb'] for r in runs)} MB"
            )


if __name__ == "__main__":
    main()
