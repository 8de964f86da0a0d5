"""The dashboard in headless Chromium: pages render, a filter narrows the CSV, nothing leaves 127.0.0.1.

Screenshots go to test-artifacts/; with FRONTLINE_SCREENSHOTS=docs the README's two are also copied to
docs/screenshots/ (off by default, so a test run does not rewrite tracked files).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from frontline.aggregate import STRIKES
from frontline.pipeline import load_tables
from frontline.settings import load_settings

if TYPE_CHECKING:
    from conftest import Tab

pytestmark = pytest.mark.browser
PlaywrightTimeout = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed"
).TimeoutError

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"
DOCS_CROP = {"map": 1150, "figures": 1150}  # the README's screenshots: page -> height in pixels
DOCS_MAX_BYTES = 400_000
CHART = "[data-testid=stPlotlyChart] .main-svg"
TABLE = "[data-testid=stDataFrame]"

# (url path, title, {selector: at least this many on the page}); the selectors prove content was drawn.
PAGES = [
    ("", "Overview", {"[data-testid=stMetric]": 6, TABLE: 2}),
    ("timeline", "Timeline", {CHART: 2, ".trace.bars .point": 1, TABLE: 1}),
    ("map", "Map", {CHART: 1, ".geo .layer.countries path": 1, ".scattergeo .point": 3}),
    ("figures", "Figures", {CHART: 1, ".scatterlayer .trace .point": 2, TABLE: 1}),
    ("events", "Events", {TABLE: 1}),
    ("sources", "Sources", {"[data-testid=stFileUploader]": 1, "[data-testid=stPopover]": 2}),
]


def assert_stayed_local(tab: Tab) -> None:
    assert tab.requests(), "no requests were recorded: the traffic recorder is broken"
    assert tab.foreign_requests() == [], "the browser tried to reach hosts other than 127.0.0.1"


def wait_for_count(tab: Tab, selector: str, at_least: int, timeout: float = 20_000) -> None:
    """Fail unless the page shows at least this many matches (charts draw after the script ends, maps later)."""
    try:
        tab.page.locator(selector).nth(at_least - 1).wait_for(state="attached", timeout=timeout)
    except PlaywrightTimeout as exc:
        found = tab.page.locator(selector).count()
        raise AssertionError(f"{tab.page.url}: {found} of {selector}, expected at least {at_least}") from exc


@pytest.mark.parametrize(("path", "title", "expected"), PAGES, ids=[p[1].lower() for p in PAGES])
def test_page_renders_offline(tab: Tab, path: str, title: str, expected: dict[str, int]) -> None:
    tab.open(path)
    page = tab.page
    assert page.locator("h1").first.inner_text() == title
    assert page.locator("[data-testid=stException]").count() == 0
    for selector, at_least in expected.items():
        wait_for_count(tab, selector, at_least)
    name = title.lower()
    tab.screenshot(ARTIFACTS / f"{name}.png")
    if name in DOCS_CROP:
        shot = tab.screenshot(ARTIFACTS / "docs" / f"{name}.png", max_height=DOCS_CROP[name])
        assert shot.stat().st_size < DOCS_MAX_BYTES, f"{shot.name} is {shot.stat().st_size:,} bytes"
        if os.environ.get("FRONTLINE_SCREENSHOTS") == "docs":
            DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, DOCS_SCREENSHOTS / shot.name)
    assert_stayed_local(tab)
    log = tab.dashboard.server.log_tail(100_000)
    assert "Traceback" not in log, log


def test_map_draws_the_offline_basemap(tab: Tab) -> None:
    tab.open("map")
    for layer in ("countries", "coastlines", "land"):
        wait_for_count(tab, f".geo .layer.{layer} path", 1)
        outline = tab.page.locator(f".geo .layer.{layer} path").first.get_attribute("d") or ""
        assert len(outline) > 1_000, f"the offline basemap drew no {layer}"
    assert_stayed_local(tab)


def test_traffic_record_catches_a_request_to_another_host(tab: Tab) -> None:
    tab.page.goto(f"{tab.dashboard.url}/_stcore/health")
    tab.page.evaluate("fetch('http://frontline-probe.invalid/x.json').catch(() => null)")
    tab.page.wait_for_timeout(200)
    assert tab.foreign_requests() == ["http://frontline-probe.invalid/x.json"]


def choose_in_sidebar(tab: Tab, label: str, option: str) -> None:
    """Pick an option in a sidebar multiselect the way a user does: type, click it, leave the box."""
    box = tab.page.get_by_test_id("stSidebar").get_by_role("combobox", name=label)
    box.click()
    tab.page.keyboard.type(option[:6])
    tab.page.get_by_role("option", name=option, exact=True).click()
    tab.page.keyboard.press("Escape")
    # A focused multiselect is taller; leave it first, or the next click lands where the layout used to be.
    box.blur()


def download_events_csv(tab: Tab) -> tuple[str, bytes]:
    with tab.page.expect_download() as download:
        tab.page.get_by_test_id("stSidebar").get_by_role("button", name="Events (CSV)").click()
    return download.value.suggested_filename, Path(download.value.path()).read_bytes()


def test_sidebar_filter_narrows_the_csv_and_the_link_reopens_it(tab: Tab) -> None:
    tab.open("events")
    events = load_tables(load_settings(tab.dashboard.settings_file)).events  # what the dashboard loaded
    wanted = events[events["event_type"].eq(STRIKES).fillna(False).to_numpy(bool)]
    assert 0 < len(wanted) < len(events), "the bundled corpus should hold strikes and other events"
    shown = f"{len(wanted):,} events. Select a row"

    choose_in_sidebar(tab, "Event type", STRIKES)
    tab.page.wait_for_url("**type=*")
    tab.settle()
    assert tab.page.get_by_text(shown).count() == 1

    name, body = download_events_csv(tab)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert name == "events-filtered.csv"
    assert len(rows) == len(wanted)
    assert {r["event_type"] for r in rows} == {STRIKES}
    assert sorted(r["event_id"] for r in rows) == sorted(wanted["event_id"])
    quotes = dict(zip(wanted["event_id"], wanted["source_quote"], strict=True))
    assert all(r["source_quote"].removeprefix("'") == quotes[r["event_id"]] for r in rows)

    tab.open(tab.page.url.removeprefix(tab.dashboard.url + "/"))  # the copied link, in a new session
    assert tab.page.get_by_text(shown).count() == 1
    assert download_events_csv(tab)[1] == body
    assert_stayed_local(tab)
