"""Map framing and basemaps: the offline topojson basemap served from static/, and the opt-in tile basemap."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

TOPOJSON_URL = "/app/static/"  # Streamlit serves static/ here when server.enableStaticServing is true
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
# The theatre of war, shown when there is nothing to fit to.
DEFAULT_LAT = (44.0, 53.0)
DEFAULT_LON = (22.0, 41.0)


@dataclass(frozen=True)
class Bounds:
    """A latitude/longitude box to frame a map on."""

    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float

    @property
    def center(self) -> dict[str, float]:
        return {"lat": (self.lat_min + self.lat_max) / 2, "lon": (self.lon_min + self.lon_max) / 2}

    @property
    def zoom(self) -> float:
        """A web-map zoom level at which the box fits a ~700 px wide chart."""
        span = max(self.lon_max - self.lon_min, (self.lat_max - self.lat_min) * 1.6, 0.01)
        return float(min(12.0, max(1.0, math.log2(360 / span) + 0.8)))


# Ukraine, Moldova, Belarus and western Russia: the default frame, so a strike in Moscow or a deployment from
# Pyongyang does not shrink the front to a corner (an analyst can still frame every event).
THEATRE = Bounds(43.0, 57.5, 20.0, 50.0)


def fit_bounds(
    lat: np.ndarray,
    lon: np.ndarray,
    pad: float = 0.1,
    min_span: float = 3.0,
    aspect: float = 1.6,
    within: Bounds | None = None,
) -> Bounds:
    """The box around the points plus ``pad``, at least ``min_span`` degrees, widened to ``aspect`` (w/h).

    With ``within``, only the points inside that box count, when there are any (see ``outside``).
    """
    lat = np.asarray(lat, dtype="float64")
    lon = np.asarray(lon, dtype="float64")
    ok = ~(np.isnan(lat) | np.isnan(lon))
    if within is not None and (ok & ~outside(within, lat, lon)).any():
        ok &= ~outside(within, lat, lon)
    if not ok.any():
        return Bounds(*DEFAULT_LAT, *DEFAULT_LON)
    spans = []
    for values, low, high in ((lat[ok], -85.0, 85.0), (lon[ok], -180.0, 180.0)):
        lo, hi = float(values.min()), float(values.max())
        grow = max((hi - lo) * pad, (min_span - (hi - lo)) / 2, 0.0)
        spans.append((max(low, lo - grow), min(high, hi + grow)))
    (lat_min, lat_max), (lon_min, lon_max) = spans
    return _widen(Bounds(lat_min, lat_max, lon_min, lon_max), aspect)


def outside(box: Bounds, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Which points lie outside ``box`` (missing coordinates count as inside: they are not drawn)."""
    lat = np.asarray(lat, dtype="float64")
    lon = np.asarray(lon, dtype="float64")
    with np.errstate(invalid="ignore"):
        out = (lat < box.lat_min) | (lat > box.lat_max) | (lon < box.lon_min) | (lon > box.lon_max)
    return out & ~(np.isnan(lat) | np.isnan(lon))


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _widen(b: Bounds, aspect: float) -> Bounds:
    """Grow the narrower side so the box fills a chart of the given width/height on a Mercator map."""
    width = math.radians(b.lon_max - b.lon_min)
    height = _mercator_y(b.lat_max) - _mercator_y(b.lat_min)
    if width < aspect * height:
        grow = math.degrees(aspect * height - width) / 2
        return Bounds(b.lat_min, b.lat_max, max(-180.0, b.lon_min - grow), min(180.0, b.lon_max + grow))
    centre = (_mercator_y(b.lat_max) + _mercator_y(b.lat_min)) / 2
    half = width / aspect / 2
    lat_min = math.degrees(2 * math.atan(math.exp(centre - half)) - math.pi / 2)
    lat_max = math.degrees(2 * math.atan(math.exp(centre + half)) - math.pi / 2)
    return Bounds(max(-85.0, lat_min), min(85.0, lat_max), b.lon_min, b.lon_max)


def geo_layout(bounds: Bounds, resolution: int = 50) -> dict[str, Any]:
    """Keyword arguments for ``fig.update_geos``: coastlines, borders, land and sea, framed on ``bounds``."""
    return {
        "projection_type": "mercator",
        "resolution": resolution,
        "lataxis_range": [bounds.lat_min, bounds.lat_max],
        "lonaxis_range": [bounds.lon_min, bounds.lon_max],
        "showcoastlines": True,
        "coastlinecolor": "#7f7f7f",
        "showcountries": True,
        "countrycolor": "#5f5f5f",
        "countrywidth": 1.2,
        "showland": True,
        "landcolor": "#f3f1ec",
        "showocean": True,
        "oceancolor": "#dde8f0",
        "showlakes": True,
        "lakecolor": "#dde8f0",
        "showrivers": True,
        "rivercolor": "#c5d7e6",
        "showframe": False,
    }


def tile_layout(bounds: Bounds) -> dict[str, Any]:
    """Keyword arguments for ``fig.update_layout`` using OpenStreetMap raster tiles (needs the network)."""
    return {
        "map": {
            "style": "white-bg",
            "center": bounds.center,
            "zoom": bounds.zoom,
            "layers": [
                {
                    "below": "traces",
                    "sourcetype": "raster",
                    "sourceattribution": OSM_ATTRIBUTION,
                    "source": [OSM_TILES],
                }
            ],
        }
    }


def plotly_config() -> dict[str, Any]:
    """The ``config`` for ``st.plotly_chart`` that keeps geo maps off the CDN."""
    return {"topojsonURL": TOPOJSON_URL, "displaylogo": False}
