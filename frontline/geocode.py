"""Opt-in online geocoding (Nominatim) for places the offline gazetteer lacks, rate-limited and cached on disk."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from types import MappingProxyType
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from frontline.records import Place
from frontline.settings import Settings

log = logging.getLogger(__name__)

CACHE_VERSION = 1
TIMEOUT_SECONDS = 10.0
_PLACE_FIELDS = MappingProxyType(
    {
        "name": str,
        "admin1": str,
        "country": str,
        "latitude": float,
        "longitude": float,
        "geo_precision": int,
        "feature": str,
    }
)
_AREA_TYPES = frozenset({"state", "region", "province", "county", "district", "country"})


class OnlineGeocoder:
    """Nominatim lookups with a persistent JSON cache; off unless settings [geocoder] enabled = true."""

    def __init__(self, settings: Settings) -> None:
        def conf(key: str) -> Any:
            return settings.get("geocoder", key)

        self.enabled = bool(conf("enabled"))
        cache = Path(conf("cache_file"))
        self.cache_file = cache if cache.is_absolute() else settings.root / cache
        self._nominatim = Nominatim(
            user_agent=conf("user_agent"),
            domain=conf("domain"),
            scheme=conf("scheme"),
            timeout=TIMEOUT_SECONDS,
        )
        self._search = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=float(conf("min_delay_seconds")),
            max_retries=0,
            swallow_exceptions=False,
        )
        self._cache = self._read_cache()

    def geocode(self, name: str, country_hint: str | None = None) -> Place | None:
        """The place Nominatim finds for name (None when it finds nothing, is off, or cannot be reached)."""
        key = cache_key(name, country_hint)
        if key in self._cache:
            return _place_from_json(self._cache[key])
        if not self.enabled:
            return None
        query, extra = _query(name, country_hint)
        try:
            location = self._search(query, exactly_one=True, addressdetails=True, language="en", **extra)
        except GeopyError as exc:
            log.warning("geocoder: lookup of %r failed, not cached: %s", name, exc)
            return None
        place = _place_from_result(name, location.raw) if location is not None else None
        self._cache[key] = _place_to_json(place)
        self._write_cache()
        return place

    def _read_cache(self) -> dict[str, dict[str, Any] | None]:
        """The cache file's entries; a missing file is empty, a corrupt one is logged and rebuilt empty."""
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            return self._rebuild(f"unreadable: {type(exc).__name__}: {exc}")
        problem = _cache_problem(data)
        if problem:
            return self._rebuild(problem)
        return dict(data["entries"])

    def _rebuild(self, reason: str) -> dict[str, dict[str, Any] | None]:
        log.warning("geocoder: cache %s is corrupt (%s); rebuilding it empty", self.cache_file, reason)
        self._cache = {}
        self._write_cache()
        return self._cache

    def _write_cache(self) -> None:
        """Write the cache atomically: a temporary file beside it, then os.replace."""
        payload = json.dumps({"version": CACHE_VERSION, "entries": self._cache}, ensure_ascii=False, indent=1)
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.cache_file.name, suffix=".tmp", dir=self.cache_file.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(payload)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.cache_file)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            log.warning("geocoder: cannot write cache %s: %s", self.cache_file, exc)


def cache_key(name: str, country_hint: str | None) -> str:
    """The cache key of a query: name and hint, case- and space-insensitive."""
    return f"{' '.join(name.casefold().split())}|{(country_hint or '').casefold().strip()}"


def _query(name: str, country_hint: str | None) -> tuple[str, dict[str, Any]]:
    """Nominatim query text and extra arguments: an ISO code restricts the search, a country name joins the query."""
    hint = (country_hint or "").strip()
    if len(hint) == 2 and hint.isalpha():
        return name, {"country_codes": hint.lower()}
    return (f"{name}, {hint}" if hint else name), {}


def _place_from_result(name: str, raw: dict[str, Any]) -> Place | None:
    """A Place from one Nominatim result: a point is precision 1, an area (boundary, oblast) precision 3."""
    try:
        lat, lon = float(raw["lat"]), float(raw["lon"])
    except (KeyError, TypeError, ValueError):
        log.warning("geocoder: result for %r has no usable coordinates: %r", name, raw)
        return None
    address = raw.get("address") or {}
    area = raw.get("class") == "boundary" or raw.get("addresstype") in _AREA_TYPES
    feature = "country" if raw.get("addresstype") == "country" else ("region" if area else "place")
    return Place(
        name=str(raw.get("name") or name),
        admin1=str(address.get("state") or address.get("region") or ""),
        country=str(address.get("country") or ""),
        latitude=lat,
        longitude=lon,
        geo_precision=3 if area else 1,
        feature=feature,
    )


def _place_to_json(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {field: getattr(place, field) for field in _PLACE_FIELDS}


def _place_from_json(entry: dict[str, Any] | None) -> Place | None:
    return None if entry is None else Place(**entry)


def _cache_problem(data: Any) -> str:
    """Why a decoded cache file cannot be trusted, or "" when every entry is well formed."""
    if (
        not isinstance(data, dict)
        or data.get("version") != CACHE_VERSION
        or not isinstance(data.get("entries"), dict)
    ):
        return f"expected {{'version': {CACHE_VERSION}, 'entries': {{...}}}}"
    for key, entry in data["entries"].items():
        if entry is None:
            continue
        if not isinstance(entry, dict) or set(entry) != set(_PLACE_FIELDS):
            return f"entry {key!r} is not a place"
        for field, kind in _PLACE_FIELDS.items():
            value = entry[field]
            if not isinstance(value, kind) and not (kind is float and isinstance(value, int)):
                return f"entry {key!r}: {field} is not {kind.__name__}"
        if not (-90 <= entry["latitude"] <= 90 and -180 <= entry["longitude"] <= 180):
            return f"entry {key!r}: coordinates out of range"
    return ""
