"""OnlineGeocoder against a Nominatim stub on 127.0.0.1: hits, misses, the disk cache, failures."""

from __future__ import annotations

import json
import logging
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from frontline.geocode import OnlineGeocoder, cache_key
from frontline.records import Place
from frontline.settings import load_settings

RESULTS = {
    "pokrovsk": [
        {
            "place_id": 1,
            "osm_type": "relation",
            "lat": "48.2820",
            "lon": "37.1760",
            "class": "place",
            "type": "town",
            "addresstype": "town",
            "name": "Pokrovsk",
            "display_name": "Pokrovsk, Pokrovsk Raion, Donetsk Oblast, Ukraine",
            "address": {
                "town": "Pokrovsk",
                "state": "Donetsk Oblast",
                "country": "Ukraine",
                "country_code": "ua",
            },
        }
    ],
    "donetsk oblast": [
        {
            "place_id": 2,
            "lat": "48.0",
            "lon": "37.8",
            "class": "boundary",
            "type": "administrative",
            "addresstype": "state",
            "name": "Donetsk Oblast",
            "display_name": "Donetsk Oblast, Ukraine",
            "address": {"state": "Donetsk Oblast", "country": "Ukraine"},
        }
    ],
}


class Stub:
    """A Nominatim /search stub that counts the queries it answers."""

    def __init__(self) -> None:
        self.queries: Counter[str] = Counter()
        self.params: list[dict[str, list[str]]] = []

    def handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlparse(self.path)
                params = parse_qs(url.query)
                query = params.get("q", [""])[0].casefold()
                stub.queries[query] += 1
                stub.params.append(params)
                if url.path != "/search" or query.startswith("broken"):
                    self.send_error(500, "stub failure")
                    return
                body = json.dumps(RESULTS.get(query.split(",")[0], [])).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                """Keep test output quiet."""

        return Handler


@pytest.fixture
def stub() -> Iterator[tuple[Stub, str]]:
    fake = Stub()
    server = ThreadingHTTPServer(("127.0.0.1", 0), fake.handler())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fake, f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def make(domain: str, cache: Path, enabled: bool = True) -> OnlineGeocoder:
    settings = load_settings(
        geocoder={
            "enabled": enabled,
            "domain": domain,
            "scheme": "http",
            "min_delay_seconds": 0.0,
            "cache_file": str(cache),
        }
    )
    return OnlineGeocoder(settings)


@pytest.mark.parametrize(
    ("name", "hint", "expected"),
    [
        ("Pokrovsk", None, Place("Pokrovsk", "Donetsk Oblast", "Ukraine", 48.282, 37.176, 1, "place")),
        ("Pokrovsk", "Ukraine", Place("Pokrovsk", "Donetsk Oblast", "Ukraine", 48.282, 37.176, 1, "place")),
        (
            "Donetsk Oblast",
            "UA",
            Place("Donetsk Oblast", "Donetsk Oblast", "Ukraine", 48.0, 37.8, 3, "region"),
        ),
        ("Nowhere-on-Sea", None, None),
    ],
)
def test_geocode_hits_and_misses(stub, tmp_path, name, hint, expected):
    fake, domain = stub
    assert make(domain, tmp_path / "cache.json").geocode(name, hint) == expected
    assert sum(fake.queries.values()) == 1


def test_iso_hint_restricts_the_search_and_a_country_name_joins_the_query(stub, tmp_path):
    fake, domain = stub
    geocoder = make(domain, tmp_path / "cache.json")
    geocoder.geocode("Donetsk Oblast", "UA")
    geocoder.geocode("Pokrovsk", "Ukraine")
    assert fake.params[0]["countrycodes"] == ["ua"]
    assert fake.params[1]["q"] == ["Pokrovsk, Ukraine"]
    assert all(p["accept-language"] == ["en"] for p in fake.params)


def test_cache_is_persisted_and_reused_across_instances(stub, tmp_path):
    fake, domain = stub
    cache = tmp_path / "sub" / "cache.json"
    first = make(domain, cache)
    hit = first.geocode("Pokrovsk")
    assert first.geocode("Nowhere-on-Sea") is None
    assert first.geocode(" pokrovsk ") == hit
    second = make(domain, cache)
    assert second.geocode("POKROVSK") == hit
    assert second.geocode("Nowhere-on-Sea") is None
    assert fake.queries == Counter({"pokrovsk": 1, "nowhere-on-sea": 1})
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert stored["entries"][cache_key("Nowhere-on-Sea", None)] is None
    assert list(cache.parent.iterdir()) == [cache]


@pytest.mark.parametrize(
    "content",
    [
        '{"version": 1, "entries": {"pokrovsk|": {"name": "Pokr',
        "not json at all",
        '["a", "list"]',
        '{"version": 99, "entries": {}}',
        '{"version": 1, "entries": {"pokrovsk|": {"name": "Pokrovsk"}}}',
        '{"version": 1, "entries": {"pokrovsk|": {"name": "P", "admin1": "", "country": "", "latitude": 123.0,'
        ' "longitude": 0.0, "geo_precision": 1, "feature": "place"}}}',
    ],
)
def test_corrupt_cache_is_logged_rebuilt_and_not_trusted(stub, tmp_path, caplog, content):
    fake, domain = stub
    cache = tmp_path / "cache.json"
    cache.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="frontline.geocode"):
        geocoder = make(domain, cache)
    assert "corrupt" in caplog.text
    assert json.loads(cache.read_text(encoding="utf-8")) == {"version": 1, "entries": {}}
    assert geocoder.geocode("Pokrovsk") is not None
    assert fake.queries["pokrovsk"] == 1


def test_network_error_returns_none_logs_the_place_and_is_not_cached(stub, tmp_path, caplog):
    fake, domain = stub
    geocoder = make(domain, tmp_path / "cache.json")
    with caplog.at_level(logging.WARNING, logger="frontline.geocode"):
        assert geocoder.geocode("Broken Hill") is None
        assert geocoder.geocode("Broken Hill") is None
    assert "Broken Hill" in caplog.text
    assert fake.queries["broken hill"] == 2


def test_unreachable_server_returns_none(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="frontline.geocode"):
        assert make("127.0.0.1:9", tmp_path / "cache.json").geocode("Pokrovsk") is None
    assert "Pokrovsk" in caplog.text


def test_disabled_geocoder_makes_no_requests_but_reads_the_cache(stub, tmp_path):
    fake, domain = stub
    cache = tmp_path / "cache.json"
    hit = make(domain, cache).geocode("Pokrovsk")
    off = make(domain, cache, enabled=False)
    assert off.geocode("Pokrovsk") == hit
    assert off.geocode("Kramatorsk") is None
    assert sum(fake.queries.values()) == 1


def test_geocoder_is_off_by_default():
    assert load_settings().get("geocoder", "enabled") is False
