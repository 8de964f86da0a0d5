"""Command line: `python -m frontline extract [PATH ...] [--out DIR]` and `python -m frontline evaluate`."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import date
from pathlib import Path

from frontline.corpus import corpus_fingerprint
from frontline.errors import FrontlineError
from frontline.pipeline import default_jobs, run
from frontline.settings import load_settings
from frontline.store import write_tables

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m frontline", description=__doc__)
    parser.add_argument("--settings", type=Path, help="a settings file overriding frontline/settings.toml")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="build events, figures and mentions tables from documents")
    ex.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the bundled corpus)")
    ex.add_argument("--out", type=Path, help="output folder (default: settings paths.out_dir, ./output)")
    ex.add_argument("--date", type=_iso_date, help="publication date for files without a date line")
    ex.add_argument("--jobs", type=int, help="worker processes (default: all cores)")
    ev = sub.add_parser("evaluate", help="precision, recall and F1 against the golden set")
    ev.add_argument("--golden", type=Path, default=Path("tests/golden"), help="golden set folder")
    return parser


def _extract(args: argparse.Namespace) -> int:
    settings = load_settings(args.settings)
    paths = args.paths or [settings.corpus_dir]
    out = args.out or settings.out_dir
    jobs = args.jobs if args.jobs is not None else default_jobs(settings)
    started = time.perf_counter()
    tables = run(paths, settings, default_date=args.date, jobs=jobs)
    for message in tables.errors:
        print(f"error: {message}", file=sys.stderr)
    docs = len(tables.documents)
    if docs == 0:
        print("error: no document could be read; nothing written", file=sys.stderr)
        return EXIT_SOME_FAILED
    # the bundled corpus into the default folder is exactly what the dashboard caches: let it reuse the tables
    default_run = not args.paths and args.out is None
    write_tables(out, tables.as_dict(), fingerprint=corpus_fingerprint(settings) if default_run else "cli")
    seconds = time.perf_counter() - started
    sentences = int(tables.documents["sentences"].sum())
    print(
        f"{docs} documents, {sentences} sentences → {len(tables.events)} events, {len(tables.figures)} figures, "
        f"{len(tables.mentions)} mentions in {out} ({seconds:.2f} s, {len(tables.errors)} failed)"
    )
    return EXIT_SOME_FAILED if tables.errors else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        from frontline.evaluate import main as evaluate_main

        return evaluate_main(args.golden, load_settings(args.settings))
    except FrontlineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
