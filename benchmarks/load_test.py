"""Bounded localhost load test: `python benchmarks/load_test.py [--sessions 20] [--duration 60]`.

Starts the dashboard on 127.0.0.1 (a free port, a generated corpus unless --corpus is given), builds the tables
once, then opens N concurrent sessions over Streamlit's own websocket protocol, exactly the messages a browser
sends: each session keeps its widget values and, every --think seconds, changes one filter (a multiselect,
the search box, the date range), clicks "Clear filters" or switches page, and waits for the rerun to finish.
Prints reruns, errors, p50/p95/max rerun time (request sent → script finished, as the server sees it; browser
rendering not included) and the server's memory; stops the server and exits by itself (1 if any error).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"  # never anything else: this script only ever loads a local server
RERUN_TIMEOUT_S = 120
SEARCH_WORDS = ["", "", "Kharkiv", "drone", "killed", "air force", "Zelensky", "missile strike"]
DONE = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_SUCCESSFULLY")
SUPERSEDED = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_EARLY_FOR_RERUN")


@dataclass
class Widget:
    """A sidebar widget as the server described it."""

    kind: str
    id: str
    options: list[str] = field(default_factory=list)
    bounds: tuple[str, str] | None = None
    state: WidgetState | None = None  # the value a browser would now hold (None for buttons)
    forced: bool = False  # the server set the value (session state or a link), overriding the browser's


@dataclass
class Run:
    """What one rerun sent back: the widgets, the app's pages and any error shown."""

    widgets: dict[str, Widget] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)  # page script hash -> page name
    errors: list[str] = field(default_factory=list)
    query_string: str | None = None


@dataclass
class Stats:
    """What the sessions measured: rerun seconds, errors, and server memory samples (MB)."""

    latencies: list[float] = field(default_factory=list)
    by_page: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    memory: list[float] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, MB (from /proc)."""
    total = 0
    for p in [pid, *descendants(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total / 1024


def descendants(pid: int) -> list[int]:
    """Child processes (extraction workers) and theirs."""
    try:
        kids = [int(k) for k in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []
    return [p for kid in kids for p in (kid, *descendants(kid))]


def start_server(port: int, settings_file: Path | None, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if settings_file is not None:
        env["FRONTLINE_SETTINGS"] = str(settings_file)
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
        "--server.port", str(port), "--server.address", HOST, "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    out = log.open("w")
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )


def wait_healthy(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the dashboard exited with code {server.returncode} before it was healthy")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the dashboard did not answer on port {port} within {timeout:.0f} s")


class Session:
    """One browser tab's worth of protocol: widget values kept between reruns, the current page and URL."""

    def __init__(self, ws, rng: random.Random) -> None:
        self.ws = ws
        self.rng = rng
        self.values: dict[str, WidgetState] = {}
        self.page = ""
        self.query_string = ""
        self.run = Run()

    async def rerun(self, trigger: WidgetState | None = None) -> float:
        """Send the current state (plus a one-off trigger), wait for the run to finish, return seconds."""
        msg = BackMsg()
        msg.rerun_script.query_string = self.query_string
        msg.rerun_script.page_script_hash = self.page
        states = [*self.values.values(), *([trigger] if trigger else [])]
        msg.rerun_script.widget_states.widgets.extend(states)
        started = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        run = await asyncio.wait_for(self._read_run(), RERUN_TIMEOUT_S)
        seconds = time.perf_counter() - started
        self.run = Run(run.widgets or self.run.widgets, run.pages or self.run.pages, run.errors)
        for key, widget in run.widgets.items():  # what the browser now holds for every widget it shows
            if widget.state is not None and (widget.forced or key not in self.values):
                self.values[key] = widget.state
        if run.query_string is not None:
            self.query_string = run.query_string
        return seconds

    async def _read_run(self) -> Run:
        run = Run()
        while True:
            msg = ForwardMsg.FromString(await self.ws.recv())
            kind = msg.WhichOneof("type")
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                _read_element(msg.delta.new_element, run)
            elif kind == "navigation":
                run.pages = {p.page_script_hash: p.page_name for p in msg.navigation.app_pages}
            elif kind == "page_info_changed":
                run.query_string = msg.page_info_changed.query_string
            elif kind == "script_finished":
                if msg.script_finished == DONE:
                    return run
                if msg.script_finished != SUPERSEDED:
                    run.errors.append(f"script finished with status {msg.script_finished}")
                    return run

    def next_action(self) -> WidgetState | None:
        """Change one thing as an analyst would; returns a button trigger when the action is a click."""
        widgets = self.run.widgets
        roll = self.rng.random()
        if roll < 0.12 and self.run.pages:
            self.page = self.rng.choice(list(self.run.pages))
        elif roll < 0.2 and "f_reset" in widgets:
            return WidgetState(id=widgets["f_reset"].id, trigger_value=True)
        elif roll < 0.35 and "f_q" in widgets:
            self.values["f_q"] = WidgetState(id=widgets["f_q"].id, string_value=self.rng.choice(SEARCH_WORDS))
        elif roll < 0.5 and widgets.get("f_dates") and widgets["f_dates"].bounds:
            self.values["f_dates"] = WidgetState(id=widgets["f_dates"].id)
            self.values["f_dates"].string_array_value.data.extend(self._date_range(widgets["f_dates"].bounds))
        else:
            multiselects = [w for key, w in widgets.items() if w.kind == "multiselect" and w.options]
            if multiselects:
                widget = self.rng.choice(multiselects)
                key = next(k for k, w in widgets.items() if w is widget)
                picked = self.rng.sample(
                    widget.options, k=min(len(widget.options), self.rng.choice([0, 1, 1, 2]))
                )
                self.values[key] = WidgetState(id=widget.id)
                self.values[key].string_array_value.data.extend(picked)
        return None

    def _date_range(self, bounds: tuple[str, str]) -> list[str]:
        lo, hi = (date.fromisoformat(b) for b in bounds)
        span = (hi - lo).days
        start = lo + timedelta(days=self.rng.randint(0, max(span - 1, 0)))
        end = start + timedelta(days=self.rng.randint(0, max((hi - start).days, 0)))
        return [start.isoformat(), end.isoformat()]


def _read_element(element, run: Run) -> None:
    kind = element.WhichOneof("type")
    if kind == "exception":
        run.errors.append(f"{element.exception.type}: {element.exception.message}")
        return
    if kind not in ("multiselect", "text_input", "date_input", "button"):
        return
    proto = getattr(element, kind)
    key = proto.id.rsplit("-", 1)[-1] if proto.id.startswith("$$ID-") else proto.id
    widget = Widget(kind, proto.id)
    if kind == "multiselect":
        widget.options = list(proto.options)
        shown = list(proto.raw_values) if proto.set_value else [proto.options[i] for i in proto.default]
        widget.state = WidgetState(id=proto.id)
        widget.state.string_array_value.data.extend(shown)
    elif kind == "date_input":
        widget.bounds = (proto.min, proto.max) if proto.min and proto.max else None
        widget.state = WidgetState(id=proto.id)
        widget.state.string_array_value.data.extend(proto.value if proto.set_value else proto.default)
    elif kind == "text_input":
        widget.state = WidgetState(
            id=proto.id, string_value=proto.value if proto.set_value else proto.default
        )
    widget.forced = kind != "button" and proto.set_value
    run.widgets[key] = widget


async def session(url: str, seed: int, deadline: float, think: tuple[float, float], stats: Stats) -> None:
    rng = random.Random(seed)
    try:
        async with websockets.connect(url, subprotocols=["streamlit"], max_size=None, open_timeout=30) as ws:
            tab = Session(ws, rng)
            await tab.rerun()
            while time.monotonic() < deadline:
                await asyncio.sleep(rng.uniform(*think))
                seconds = await tab.rerun(tab.next_action())
                stats.latencies.append(seconds)
                page = tab.run.pages.get(tab.page) or next(iter(tab.run.pages.values()), "")
                stats.by_page.setdefault(page, []).append(seconds)
                stats.errors += [f"session {seed}: {e}" for e in tab.run.errors]
    except (OSError, TimeoutError, websockets.WebSocketException) as exc:
        stats.errors.append(f"session {seed}: {type(exc).__name__}: {exc}")


async def load(
    port: int, sessions: int, duration: float, think: tuple[float, float], pid: int | None
) -> Stats:
    url = f"ws://{HOST}:{port}/_stcore/stream"
    stats = Stats()

    async def sample_memory() -> None:
        while pid is not None:
            stats.memory.append(rss_mb(pid))
            await asyncio.sleep(0.5)

    sampler = asyncio.create_task(sample_memory())
    deadline = time.monotonic() + duration
    await asyncio.gather(*(session(url, seed, deadline, think, stats) for seed in range(sessions)))
    sampler.cancel()
    return stats


async def warm_up(port: int) -> float:
    """One session's first run: builds (or reads) the tables the other sessions share."""
    started = time.perf_counter()
    url = f"ws://{HOST}:{port}/_stcore/stream"
    async with websockets.connect(url, subprotocols=["streamlit"], max_size=None) as ws:
        tab = Session(ws, random.Random(0))
        await tab.rerun()
        if tab.run.errors:
            raise SystemExit(f"the dashboard fails before any load: {tab.run.errors}")
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def report(stats: Stats, sessions: int, duration: float, first_load: float, before_mb: float) -> int:
    lat = sorted(stats.latencies)
    memory = stats.memory
    print(f"sessions: {sessions} for {duration:.0f} s; first load (tables built): {first_load:.1f} s")
    if lat:
        print(
            f"reruns: {len(lat)} ({len(lat) / duration:.1f}/s); rerun time p50 {percentile(lat, 50):.2f} s, "
            f"p95 {percentile(lat, 95):.2f} s, max {lat[-1]:.2f} s"
        )
    for page, seconds in sorted(stats.by_page.items()):
        print(
            f"  {page or '(default page)':12} {len(seconds):4d} reruns, p50 {percentile(sorted(seconds), 50):.2f} s"
        )
    if memory:
        print(
            f"server memory: {before_mb:.0f} MB before the load, peak {max(memory):.0f} MB, end {memory[-1]:.0f} MB"
        )
    print(f"errors: {len(stats.errors)}")
    for error in stats.errors[:20]:
        print(f"  {error}")
    return 1 if stats.errors or not lat else 0


def generated_settings(folder: Path, sentences: int) -> Path:
    from benchmarks.corpus import write_corpus

    total = write_corpus(folder / "corpus", sentences, seed=1)
    print(f"generated a corpus of {total} sentences in {folder / 'corpus'}")
    settings = folder / "frontline.toml"
    settings.write_text(f'[paths]\ncorpus_dir = "{folder / "corpus"}"\nout_dir = "{folder / "out"}"\n')
    return settings


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (default 60)")
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 1.5), metavar=("MIN", "MAX"),
                        help="seconds between one session's actions (default 0.5 1.5)")  # fmt: skip
    parser.add_argument("--sentences", type=int, default=20_000, help="size of the generated corpus")
    parser.add_argument("--settings", type=Path, help="serve this settings file's corpus instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="frontline-load-") as tmp:
        settings = args.settings or generated_settings(Path(tmp), args.sentences)
        port = free_port()
        server = start_server(port, settings, Path(tmp) / "server.log")
        try:
            wait_healthy(port, server)
            first_load = asyncio.run(warm_up(port))
            before = rss_mb(server.pid)
            stats = asyncio.run(load(port, args.sessions, args.duration, tuple(args.think), server.pid))
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        log = (Path(tmp) / "server.log").read_text(errors="replace")
        if "Traceback" in log:
            stats.errors.append("the server log holds a traceback:\n" + log[-3000:])
        return report(stats, args.sessions, args.duration, first_load, before)


if __name__ == "__main__":
    sys.exit(main())
