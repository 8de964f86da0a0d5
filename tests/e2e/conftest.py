"""Browser fixtures: the dashboard on 127.0.0.1 over a private corpus, and Debian's headless Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from benchmarks.bench_startup import (
    CHROMIUM,
    Server,
    is_local,
    launch_chromium,
    streamlit_server,
    write_settings,
)

ROOT = Path(__file__).resolve().parents[2]
VIEWPORT = {"width": 1400, "height": 900}
# The page is settled when the script has finished, lazy elements have loaded and every chart has drawn.
SETTLED_JS = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  return !!app && app.dataset.testScriptState === 'notRunning'
    && !document.querySelector('[data-testid=stSkeleton], [data-stale=true]')
    && [...document.querySelectorAll('[data-testid=stPlotlyChart]')].every(c => c.querySelector('.main-svg'));
}"""


@dataclass(frozen=True)
class Dashboard:
    """The running dashboard and the directories it reads and writes."""

    server: Server
    settings_file: Path
    corpus_dir: Path

    @property
    def url(self) -> str:
        return self.server.url


@dataclass
class Traffic:
    """Every URL the browser asked for (websockets included) in the session, in order."""

    requested: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Tab:
    """A fresh page in the shared browser context, and where its traffic starts in the session's record."""

    page: Any
    traffic: Traffic
    dashboard: Dashboard
    first_request: int

    def open(self, path: str = "") -> None:
        """Go to a dashboard path (with any query string) and wait until it has settled."""
        self.page.goto(f"{self.dashboard.url}/{path}")
        self.page.locator("h1").first.wait_for(timeout=60_000)
        self.settle()

    def settle(self, timeout: float = 60_000) -> None:
        """Wait until the script run is over and everything it sent has rendered."""
        self.page.wait_for_function(SETTLED_JS, timeout=timeout)

    def screenshot(self, path: Path, max_height: int = 4000) -> Path:
        """A PNG of the page with the viewport grown to fit the main column (up to max_height pixels)."""
        height = self.page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
        self.page.set_viewport_size({**VIEWPORT, "height": max(VIEWPORT["height"], min(height, max_height))})
        self.settle()
        self.page.wait_for_timeout(300)  # plotly re-lays out charts on a resize handler
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path))
        self.page.set_viewport_size(VIEWPORT)
        return path

    def requests(self) -> list[str]:
        """The URLs requested since this tab opened."""
        return self.traffic.requested[self.first_request :]

    def foreign_requests(self) -> list[str]:
        """The requests since this tab opened that would have left the machine (the browser cannot send them)."""
        return sorted({url for url in self.requests() if not is_local(url)})


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dashboard]:
    """`streamlit run dashboard.py` over a copy of the bundled corpus, tables built on first use."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium, or `make browser`)")
    work = tmp_path_factory.mktemp("dashboard")
    corpus_dir, out_dir = work / "corpus", work / "out"
    shutil.copytree(ROOT / "data" / "liveblogs", corpus_dir)
    settings = write_settings(work, corpus_dir, out_dir)
    env = {"FRONTLINE_SETTINGS": str(settings)}
    with streamlit_server(ROOT / "dashboard.py", ROOT, work / "streamlit.log", env) as server:
        yield Dashboard(server, settings, corpus_dir)


@pytest.fixture(scope="session")
def browser_context(dashboard: Dashboard) -> Iterator[tuple[Any, Traffic]]:
    """One Chromium context for the session (fresh profile, other hosts unreachable) that records traffic."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    traffic = Traffic()
    with sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
        context.on("request", lambda request: traffic.requested.append(request.url))
        context.on("page", lambda page: page.on("websocket", lambda ws: traffic.requested.append(ws.url)))
        try:
            yield context, traffic
        finally:
            context.close()
            browser.close()


@pytest.fixture
def tab(browser_context: tuple[Any, Traffic], dashboard: Dashboard) -> Iterator[Tab]:
    """A new page for one test, closed afterwards."""
    context, traffic = browser_context
    first = len(traffic.requested)
    page = context.new_page()
    try:
        yield Tab(page, traffic, dashboard, first)
    finally:
        page.close()
