"""Dashboard speed at scale: a filter change plus each page's aggregations on synthetic events (budget 0.5 s).

    .venv/bin/python benchmarks/bench_dashboard.py [--events 1000000] [--apptest]

Times the pure functions with time.perf_counter (best of --repeat runs), and with --apptest the AppTest script
run of each page after a filter change. Exits non-zero when a page misses the budget.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import synthetic_tables  # noqa: E402
from frontline import aggregate, basemap, charts, filters  # noqa: E402
from frontline.filters import FilterState  # noqa: E402

BUDGET_S = 0.5
POINT_LIMIT = 5_000
ROW_LIMIT = 20_000
CLAIM_LIMIT = 3_000


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def page_work(events, figures, documents) -> dict[str, Callable[[object, object], object]]:
    """What each page computes from the filtered frames (mirrors views/*.py)."""
    newest = aggregate.newest_document(documents)

    def overview(ev, fg):
        aggregate.headline(ev, fg)
        aggregate.latest_events(ev, 15)
        aggregate.latest_events(aggregate.from_document(ev, newest), 500)
        aggregate.from_document(fg, newest)

    def timeline(ev, fg):
        per_day = aggregate.events_per_day(ev)
        charts.timeline_chart(per_day)
        if len(per_day):
            aggregate.events_on(ev, per_day["day"].iloc[-1].date())
        charts.casualties_chart(aggregate.casualties_per_day(ev))

    def map_page(ev, fg):
        points, aggregated = aggregate.map_points(ev, threshold=POINT_LIMIT)
        bounds = basemap.fit_bounds(
            points["latitude"].to_numpy(np.float64), points["longitude"].to_numpy(np.float64)
        )
        charts.event_map(points, aggregated, bounds)

    def regions(ev, fg):
        charts.region_chart(aggregate.region_totals(ev))

    def figures_page(ev, fg):
        subjects = aggregate.figure_subjects(fg)
        if len(subjects):
            first = subjects.iloc[0]
            charts.figure_chart(
                aggregate.figure_series(fg, first["metric"], first["subject"], limit=CLAIM_LIMIT)
            )
        for wanted in (aggregate.CASUALTY_METRICS, aggregate.WEAPON_METRICS):
            present = aggregate.metrics_present(fg, wanted)
            if present:
                charts.figure_chart(aggregate.figure_series(fg, present[0], limit=CLAIM_LIMIT))

    def events_page(ev, fg):
        aggregate.top_events(ev, "day", ROW_LIMIT)

    return {
        "overview": overview,
        "timeline": timeline,
        "map": map_page,
        "map regions": regions,
        "figures": figures_page,
        "events": events_page,
    }


def filter_changes(first: date, last: date) -> dict[str, FilterState]:
    middle = first + (last - first) / 2
    return {
        "none": FilterState(),
        "last 30 days": FilterState(start=last.replace(day=1)),
        "half the dates + Ukraine": FilterState(start=middle, countries=("Ukraine",)),
        "type + actor": FilterState(event_types=("Explosions/Remote violence",), actors=("Russian forces",)),
        "region + claimant": FilterState(admin1=("Donetsk Oblast",), claimants=("Ukrainian military",)),
        "search 'kharkiv'": FilterState(search="kharkiv"),
        "search 'drone kyiv' + dates": FilterState(start=middle, search="drone kyiv"),
    }


def bench_pure(n_events: int, repeat: int) -> bool:
    start = time.perf_counter()
    tables = synthetic_tables(n_events)
    print(
        f"synthetic tables: {n_events:,} events, {len(tables.figures):,} figures, "
        f"{len(tables.mentions):,} mentions in {time.perf_counter() - start:.1f} s"
    )
    start = time.perf_counter()
    events = filters.prepare_events(tables.events)
    figures = filters.prepare_figures(tables.figures)
    options = filters.filter_options(events, figures)
    first, last = filters.date_bounds(events, figures)
    print(
        f"prepare (once per corpus, cached): {time.perf_counter() - start:.2f} s; "
        f"events frame {events.memory_usage(deep=True).sum() / 2**20:,.0f} MiB; "
        f"{len(options['locations'])} locations, {len(options['claimants'])} claimants"
    )
    work = page_work(events, figures, tables.documents)
    ok = True
    header = f"{'filter':30s} {'rows':>9s} {'filter s':>9s} " + " ".join(f"{p:>12s}" for p in work)
    print(header)
    for label, state in filter_changes(first, last).items():
        filter_s = best_of(
            repeat, lambda s=state: (filters.apply_to_events(events, s), filters.apply_to_figures(figures, s))
        )
        shown_events = filters.apply_to_events(events, state)
        shown_figures = filters.apply_to_figures(figures, state)
        cells = []
        for fn in work.values():
            total = filter_s + best_of(repeat, lambda f=fn, e=shown_events, g=shown_figures: f(e, g))
            ok &= total <= BUDGET_S
            cells.append(f"{total:>11.3f}{'!' if total > BUDGET_S else ' '}")
        print(f"{label:30s} {len(shown_events):>9,} {filter_s:>9.3f} " + " ".join(cells))
    print(f"(seconds for filter + page work, best of {repeat}; '!' marks a miss of the {BUDGET_S} s budget)")
    return ok


def bench_apptest(n_events: int) -> bool:
    """AppTest script-run time of each page after a filter change, with the tables already loaded."""
    from streamlit.testing.v1 import AppTest

    from frontline import app

    tables = synthetic_tables(n_events)
    app.corpus_fingerprint = lambda s: f"bench-{n_events}"
    app.build_tables = lambda s: tables
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    start = time.perf_counter()
    at.run()
    print(f"AppTest first run (load + prepare + overview): {time.perf_counter() - start:.2f} s")
    ok = True
    for page in ("overview", "timeline", "map", "figures", "events"):
        at.switch_page(f"views/{page}.py")
        at.run()
        widget = at.multiselect(key="f_type")
        widget.set_value(["Battles"] if not widget.value else [])
        start = time.perf_counter()
        at.run()
        elapsed = time.perf_counter() - start
        ok &= not at.exception
        print(
            f"AppTest {page:10s} after a filter change: {elapsed:.3f} s"
            f"{' (exception: ' + at.exception[0].value + ')' if at.exception else ''}"
        )
    print(
        "(AppTest time includes Arrow/JSON serialisation of tables and charts, not the browser's rendering)"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--apptest", action="store_true", help="also time AppTest page runs")
    args = parser.parse_args()
    ok = bench_pure(args.events, args.repeat)
    if args.apptest:
        ok &= bench_apptest(args.events)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
