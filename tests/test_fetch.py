"""URL fetching against a loopback HTTP server started in the test: schemes, redirects, size, errors."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.fetch import fetch_url, name_for_url
from frontline.settings import load_settings
from frontline.store import DocumentStore

PAGE = (Path(__file__).parent / "fixtures" / "html" / "wire_report.html").read_bytes()
LIMIT = 64 * 1024


class Handler(BaseHTTPRequestHandler):
    """Routes that imitate news sites behaving well and badly."""

    def do_GET(self) -> None:
        route = self.path.split("?")[0]
        if route == "/world/drones-hit-fuel-depot.html":
            self._send(200, PAGE)
        elif route == "/moved":
            self._redirect("/world/drones-hit-fuel-depot.html")
        elif route == "/to-file":
            self._redirect("file:///etc/passwd")
        elif route == "/pdf":
            self._send(200, b"%PDF-1.7", "application/pdf")
        elif route == "/big":
            self._send(200, b"<html>" + b"x" * (LIMIT * 2))
        elif route == "/big-streamed":
            self._stream(b"<p>" + b"y" * 8192 + b"</p>", 20)
        elif route == "/slow":
            time.sleep(1.0)
            self._send(200, PAGE)
        elif route == "/error":
            self._send(500, b"oops", "text/plain")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client may have given up
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream(self, chunk: bytes, times: int) -> None:
        """A body without Content-Length, so only counting while reading can stop it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client stops reading
            for _ in range(times):
                self.wfile.write(chunk)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch) -> None:
    """Loopback requests must not be sent to a proxy configured in the environment."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "*")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/world/drones-hit-fuel-depot.html", "/moved"])
def test_fetch_returns_a_name_and_the_bytes(server, path):
    name, body = fetch_url(server + path, max_bytes=LIMIT)
    assert (name, body) == ("127.0.0.1_drones-hit-fuel-depot.html", PAGE)


@pytest.mark.parametrize(
    ("path", "code", "hint", "timeout"),
    [
        ("/to-file", "bad_url", "file:", 5),
        ("/pdf", "not_html", "application/pdf", 5),
        ("/big", "too_large", "the limit is 0.0625 MB", 5),
        ("/big-streamed", "too_large", "more than", 5),
        ("/missing", "http_error", "404", 5),
        ("/error", "http_error", "500", 5),
        ("/slow", "timeout", "0.3 s", 0.3),
    ],
)
def test_fetch_refusals(server, path, code, hint, timeout):
    with pytest.raises(InputError) as caught:
        fetch_url(server + path, timeout=timeout, max_bytes=LIMIT)
    assert caught.value.code == code
    assert hint in caught.value.reason


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://files.example/report.html",
        "data:text/html,<p>hi</p>",
        "javascript:alert(1)",
        "kyivindependent.example/news",
        "http:///no-host",
        "  FILE:///etc/hosts  ",
    ],
)
def test_only_http_urls_are_fetched(url):
    with pytest.raises(InputError) as caught:
        fetch_url(url, max_bytes=LIMIT)
    assert caught.value.code == "bad_url"


def test_nothing_listening_is_a_network_error():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = httpd.server_address[1]
    httpd.server_close()  # the port is now closed
    with pytest.raises(InputError) as caught:
        fetch_url(f"http://127.0.0.1:{port}/", timeout=2, max_bytes=LIMIT)
    assert caught.value.code == "network"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (
            "https://www.northwire.example/world/europe/drones-hit-depot-2024-11-03",
            "northwire.example_drones-hit-depot-2024-11-03.html",
        ),
        (
            "https://ledger.example/live/2024/nov/05/russia-ukraine-war-live/",
            "ledger.example_russia-ukraine-war-live.html",
        ),
        ("https://monitor.example/", "monitor.example_index.html"),
        ("https://monitor.example/briefing.php?id=7", "monitor.example_briefing.html"),
        ("https://news.example/%D0%BA%D0%B8%D1%97%D0%B2", "news.example.html"),
        ("https://news.example/a/../../etc/passwd", "news.example_passwd.html"),
    ],
)
def test_name_for_url(url, name):
    assert name_for_url(url) == name


def test_fetched_page_can_be_stored(server, tmp_path):
    name, body = fetch_url(server + "/moved", max_bytes=LIMIT)
    stored = DocumentStore(tmp_path, load_settings()).add(name, body)
    assert stored.title == "Drones hit fuel depot near Kharkiv, regional governor says"
    assert stored.path.parent == tmp_path
