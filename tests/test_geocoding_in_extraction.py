"""The opt-in geocoder places settlements the offline gazetteer lacks (tested against a stub on 127.0.0.1)."""

from datetime import date

import pytest

from frontline.extract import extract_document
from frontline.geocode import OnlineGeocoder
from frontline.ingest import parse_document
from frontline.pipeline import build
from frontline.settings import load_settings
from tests import test_geocode
from tests.test_geocode import stub  # noqa: F401  (the fixture)

TEXT = (
    "date 2025-08-12 Donetsk front\n"
    "Russia's defence ministry claimed on Monday that its forces had captured the village of Netailove "
    "in the Donetsk region.\n"
)


@pytest.fixture
def netailove(monkeypatch):
    result = {
        "place_id": 9, "lat": "48.12", "lon": "37.55", "class": "place", "type": "village",
        "addresstype": "village", "name": "Netailove", "display_name": "Netailove, Donetsk Oblast, Ukraine",
        "address": {"village": "Netailove", "state": "Donetsk Oblast", "country": "Ukraine"},
    }  # fmt: skip
    monkeypatch.setitem(test_geocode.RESULTS, "netailove", [result])


def _events(settings, resources, geocoder):
    doc = parse_document("k.txt", TEXT.encode(), max_bytes=10**6, today=date(2026, 1, 1))
    return build([extract_document(doc, resources, geocoder)], settings).events


def test_offline_the_village_falls_back_to_its_region(settings, resources):
    assert list(_events(settings, resources, None).admin1) == ["Donetsk"]


def test_enabled_geocoder_places_the_village(settings, resources, stub, netailove, tmp_path):  # noqa: F811
    fake, domain = stub
    geo = OnlineGeocoder(
        load_settings(
            geocoder={
                "enabled": True, "domain": domain, "scheme": "http", "min_delay_seconds": 0.0,
                "cache_file": str(tmp_path / "cache.json"),
            }
        )
    )  # fmt: skip
    events = _events(settings, resources, geo)
    assert list(events.location) == ["Netailove"]
    assert fake.queries  # it asked the stub, nothing else
