"""Start-up speed: process start until the first plotly chart is visible in headless Chromium (target <= 1.25x).

    .venv/bin/python benchmarks/bench_startup.py [--runs 3] [--pages timeline,map]

Measures, in one run, a generated one-chart Streamlit app and the dashboard on the bundled corpus (tables
already cached on disk), each started fresh --runs times, interleaved, and reports medians and the ratio.
Exits non-zero when a dashboard page misses the target. The server and browser helpers here are shared by
the end-to-end tests (tests/e2e).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
# Everything not on the loopback goes to a closed local port, so nothing can leave even if the app tries.
OFFLINE_ARGS = ("--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=127.0.0.1;localhost")
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
TARGET_RATIO = 1.25
# A plotly chart is drawn once its SVG root exists inside Streamlit's chart element.
CHART_SELECTOR = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
TRIVIAL_APP = """\
import plotly.express as px
import streamlit as st

st.title("One chart")
st.plotly_chart(px.line(x=[1, 2, 3, 4], y=[3, 1, 4, 1]))
"""
TRIVIAL_CONFIG = """\
[browser]
gatherUsageStats = false

[server]
address = "127.0.0.1"
headless = true
"""


@dataclass
class Server:
    """A running `streamlit run` process and where to reach it."""

    process: subprocess.Popen
    port: int
    log: Path
    started: float  # time.perf_counter() just before the process was spawned

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_settings(directory: Path, corpus_dir: Path, out_dir: Path) -> Path:
    """A FRONTLINE_SETTINGS file pointing the dashboard at a corpus and an output directory."""
    path = directory / "frontline.toml"
    path.write_text(
        f"[paths]\ncorpus_dir = {str(corpus_dir)!r}\nout_dir = {str(out_dir)!r}\n", encoding="utf-8"
    )
    return path


@contextmanager
def streamlit_server(
    script: Path, cwd: Path, log: Path, env: dict[str, str] | None = None, timeout: float = 60.0
) -> Iterator[Server]:
    """`streamlit run script` on a free local port, healthy on entry and stopped (then killed) on exit."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    with log.open("wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=sink, stderr=subprocess.STDOUT
        )
        server = Server(process, port, log, started)
        try:
            wait_for_health(server, timeout)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def wait_for_health(server: Server, timeout: float) -> float:
    """Seconds from spawn until /_stcore/health answers ok; RuntimeError (with the log) if it never does."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=1) as response:
                if response.status == 200:
                    return time.perf_counter() - server.started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    raise RuntimeError(f"streamlit not healthy after {timeout:.0f} s:\n{server.log_tail()}")


def launch_chromium(playwright: Any) -> Any:
    """Debian's headless Chromium through Playwright (never a downloaded browser), cut off from other hosts."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *OFFLINE_ARGS])


def is_local(url: str) -> bool:
    """True for URLs that stay on this machine (loopback hosts, data: and blob: URLs)."""
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in LOCAL_HOSTS


@dataclass(frozen=True)
class Timing:
    """One cold start: seconds from spawn to health, to the page title, and to the first drawn chart."""

    health: float
    text: float
    chart: float
    foreign: tuple[str, ...]


def time_first_chart(browser: Any, script: Path, cwd: Path, url_path: str, log: Path, env: dict) -> Timing:
    """Start a fresh server, open url_path in a fresh browser context, wait for the first drawn chart."""
    foreign: list[str] = []
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.on("request", lambda r: None if is_local(r.url) else foreign.append(r.url))
    try:
        page = context.new_page()
        with streamlit_server(script, cwd, log, env) as server:
            health = time.perf_counter() - server.started
            page.goto(f"{server.url}/{url_path}", wait_until="commit")
            page.locator("h1").first.wait_for(state="visible", timeout=60_000)
            text = time.perf_counter() - server.started
            page.locator(CHART_SELECTOR).first.wait_for(state="visible", timeout=60_000)
            chart = time.perf_counter() - server.started
    finally:
        context.close()
    return Timing(health, text, chart, tuple(foreign))


def prepare_dashboard(work: Path) -> dict[str, str]:
    """Settings for the bundled corpus with a private output dir, whose tables are built (cached) now."""
    out_dir = work / "out"
    settings = write_settings(work, ROOT / "data" / "liveblogs", out_dir)
    env = {"FRONTLINE_SETTINGS": str(settings)}
    code = "from frontline import pipeline, settings; pipeline.load_tables(settings.load_settings())"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, **env}, check=True)
    return env


def prepare_trivial(work: Path) -> Path:
    """A directory holding the one-chart app and a config with the same privacy settings as ours."""
    app_dir = work / "trivial"
    (app_dir / ".streamlit").mkdir(parents=True)
    (app_dir / ".streamlit" / "config.toml").write_text(TRIVIAL_CONFIG, encoding="utf-8")
    (app_dir / "app.py").write_text(TRIVIAL_APP, encoding="utf-8")
    return app_dir


def run(runs: int, pages: list[str]) -> bool:
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="frontline-startup-"))
    try:
        env = prepare_dashboard(work)
        trivial = prepare_trivial(work)
        cases = {"trivial app": (trivial / "app.py", trivial, "", {})}
        for page in pages:
            cases[f"dashboard /{page}"] = (ROOT / "dashboard.py", ROOT, page, env)
        timings: dict[str, list[Timing]] = {name: [] for name in cases}
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            try:
                for script, cwd, path, extra in cases.values():  # warm-up: imports, .pyc, disk cache
                    time_first_chart(browser, script, cwd, path, work / "warmup.log", extra)
                for n in range(runs):
                    for name, (script, cwd, path, extra) in cases.items():
                        timings[name].append(
                            time_first_chart(browser, script, cwd, path, work / f"{n}.log", extra)
                        )
            finally:
                browser.close()
        return report(timings, runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(timings: dict[str, list[Timing]], runs: int) -> bool:
    """Print medians and ratios to the trivial app; True when every dashboard page meets the target."""
    base = statistics.median(t.chart for t in timings["trivial app"])
    print(f"{'app':22s} {'health s':>9s} {'title s':>8s} {'chart s':>8s} {'ratio':>6s}   runs (chart s)")
    ok = True
    for name, times in timings.items():
        chart = statistics.median(t.chart for t in times)
        health = statistics.median(t.health for t in times)
        text = statistics.median(t.text for t in times)
        ratio = chart / base
        ok &= name == "trivial app" or ratio <= TARGET_RATIO
        runs_text = ", ".join(f"{t.chart:.2f}" for t in times)
        print(f"{name:22s} {health:>9.2f} {text:>8.2f} {chart:>8.2f} {ratio:>6.2f}   {runs_text}")
        foreign = sorted({u for t in times for u in t.foreign})
        if foreign:
            ok = False
            print(f"  requests that left the machine: {', '.join(foreign)}")
    print(f"(median of {runs} cold starts; target: ratio <= {TARGET_RATIO})")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", default="timeline,map", help="dashboard pages to open (comma-separated)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing: apt-get install -y chromium", file=sys.stderr)
        return 2
    return 0 if run(args.runs, [p for p in args.pages.split(",") if p]) else 1


if __name__ == "__main__":
    sys.exit(main())
