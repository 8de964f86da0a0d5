"""Summaries the dashboard pages show: headline numbers, per-day counts, region totals, map cells, series."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

STRIKES = "Explosions/Remote violence"
# Metric names as frontline's figure lexicon (data/codebook/figures.json) writes them.
CASUALTY_METRICS = ("killed", "injured", "casualties", "missing", "captured")
WEAPON_METRICS = (
    "drones_launched",
    "drones_destroyed",
    "drones_lost",
    "missiles_launched",
    "missiles_destroyed",
)


@dataclass(frozen=True)
class Headline:
    """The numbers at the top of the Overview for the current filter."""

    events: int
    strikes: int
    killed: int
    injured: int
    documents: int
    first: date | None
    last: date | None


def headline(events: pd.DataFrame, figures: pd.DataFrame) -> Headline:
    """Counts for the shown rows; killed/injured add up event fields only, never claimed figures."""
    days = _day_values(events)
    days = days[~np.isnat(days)]
    docs = set(_present_values(events["source_doc"])) | set(_present_values(figures["source_doc"]))
    return Headline(
        events=len(events),
        strikes=int(_equals(events["event_type"], STRIKES).sum()),
        killed=int(events["fatalities"].sum()),
        injured=int(events["injuries"].sum()),
        documents=len(docs),
        first=days.min().astype(date) if days.size else None,
        last=days.max().astype(date) if days.size else None,
    )


def latest_events(events: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most recent events, newest first (ties broken by event id, for a stable order)."""
    return top_events(events, "day", n)


def top_events(events: pd.DataFrame, by: str, n: int, ascending: bool = False) -> pd.DataFrame:
    """The first ``n`` events ordered by ``by`` (day, fatalities, injuries or mentions), missing values last."""
    if by == "day":
        key = _day_values(events).astype("int64").astype("float64")
        key[np.isnat(_day_values(events))] = np.nan
    else:
        key = events[by].to_numpy(dtype="float64", na_value=np.nan)
    key = np.where(np.isnan(key), np.inf if ascending else -np.inf, key)
    key = key if ascending else -key
    if len(key) > n > 0:
        cut = np.partition(key, n - 1)[n - 1]
        keep = np.flatnonzero(key <= cut)  # every tie at the cut, so the event id decides among them
        events, key = events.iloc[keep], key[keep]
    ids = events["event_id"].astype("string").to_numpy()
    return events.iloc[np.lexsort((ids, key))[:n]]


def newest_document(documents: pd.DataFrame) -> str | None:
    """The name of the most recently published document (latest name on a tie), or None."""
    if documents.empty:
        return None
    ordered = documents.sort_values(["published", "name"])
    return str(ordered["name"].iloc[-1])


def from_document(df: pd.DataFrame, doc_name: str) -> pd.DataFrame:
    """The rows whose source_doc is ``doc_name``."""
    return df[_equals(df["source_doc"], doc_name)]


def events_per_day(events: pd.DataFrame) -> pd.DataFrame:
    """Event counts per day and event type (columns day, event_type, events), for stacked bars."""
    days = _day_values(events)
    types = _as_category(events["event_type"])
    codes = types.cat.codes.to_numpy().astype("int64")
    ok = ~np.isnat(days) & (codes >= 0)
    if not ok.any():
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[s]"), "event_type": [], "events": []})
    n_types = len(types.cat.categories)
    day_numbers = days[ok].astype("int64")
    first = day_numbers.min()
    counts = np.bincount((day_numbers - first) * n_types + codes[ok])
    cells = np.flatnonzero(counts)
    return pd.DataFrame(
        {
            "day": (first + cells // n_types).astype("datetime64[D]").astype("datetime64[s]"),
            "event_type": types.cat.categories.to_numpy()[cells % n_types],
            "events": counts[cells],
        }
    )


def day_samples(events: pd.DataFrame, per_group: int = 3) -> pd.DataFrame:
    """Up to ``per_group`` events per day and type as "place: sub-type" lines (column sample), for hovers."""
    place = place_names(events)
    frame = pd.DataFrame(
        {
            "day": _day_values(events).astype("datetime64[s]"),
            "event_type": events["event_type"].astype("string").to_numpy(),
            "text": (place + ": " + events["sub_event_type"].astype("string").fillna("")).to_numpy(),
        }
    ).dropna(subset=["day", "event_type"])
    firsts = (
        frame.sort_values(["day", "event_type"], kind="stable").groupby(["day", "event_type"]).head(per_group)
    )
    joined = firsts.groupby(["day", "event_type"])["text"].agg("\n".join)
    return joined.rename("sample").reset_index()


def casualties_per_day(events: pd.DataFrame) -> pd.DataFrame:
    """Sum of event fatalities and injuries per day (columns day, fatalities, injuries)."""
    frame = pd.DataFrame(
        {
            "day": _day_values(events),
            "fatalities": events["fatalities"].to_numpy(dtype="float64", na_value=0.0),
            "injuries": events["injuries"].to_numpy(dtype="float64", na_value=0.0),
        }
    )
    sums = frame.groupby("day", dropna=True).sum().astype("int64").reset_index()
    return sums[(sums["fatalities"] > 0) | (sums["injuries"] > 0)].reset_index(drop=True)


def events_on(events: pd.DataFrame, day: date) -> pd.DataFrame:
    """The events of one day."""
    return events[_day_values(events) == np.datetime64(day, "D")]


def region_totals(events: pd.DataFrame) -> pd.DataFrame:
    """Events, strikes and casualties per country and admin1, with the mean position of their events."""
    country = _as_category(events["country"])
    admin1 = _as_category(events["admin1"])
    c_codes = country.cat.codes.to_numpy().astype("int64")
    a_codes = admin1.cat.codes.to_numpy().astype("int64")
    ok = (c_codes >= 0) & (a_codes >= 0)
    ok &= ~isin_codes(country, [""]) & ~isin_codes(admin1, [""])  # the pipeline writes "" for "no region"
    keys, cell = np.unique(c_codes[ok] * len(admin1.cat.categories) + a_codes[ok], return_inverse=True)
    lat = events["latitude"].to_numpy(dtype="float64", na_value=np.nan)[ok]
    lon = events["longitude"].to_numpy(dtype="float64", na_value=np.nan)[ok]
    located = ~(np.isnan(lat) | np.isnan(lon))
    n_located = np.bincount(cell[located], minlength=len(keys))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_lat = np.bincount(cell[located], weights=lat[located], minlength=len(keys)) / n_located
        mean_lon = np.bincount(cell[located], weights=lon[located], minlength=len(keys)) / n_located
    out = pd.DataFrame(
        {
            "country": country.cat.categories.to_numpy()[keys // len(admin1.cat.categories)],
            "admin1": admin1.cat.categories.to_numpy()[keys % len(admin1.cat.categories)],
            "events": np.bincount(cell, minlength=len(keys)),
            "strikes": _sum_by(cell, _equals(events["event_type"], STRIKES)[ok], len(keys)),
            "fatalities": _sum_by(cell, _filled(events["fatalities"])[ok], len(keys)),
            "injuries": _sum_by(cell, _filled(events["injuries"])[ok], len(keys)),
            "latitude": mean_lat,
            "longitude": mean_lon,
        }
    )
    return out.sort_values(["events", "admin1"], ascending=[False, True], ignore_index=True)


def _sum_by(cell: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(cell, weights=values, minlength=n).astype("int64")


def _as_category(series: pd.Series) -> pd.Series:
    return series if isinstance(series.dtype, pd.CategoricalDtype) else series.astype("category")


def place_names(events: pd.DataFrame) -> pd.Series:
    """Location, else admin1, else country, else "?" (missing and empty text alike)."""
    out = pd.Series("?", index=events.index, dtype="string")
    for column in ("country", "admin1", "location"):
        values = events[column].astype("string")
        out = values.where(values.fillna("") != "", out)
    return out


def country_wide(events: pd.DataFrame) -> np.ndarray:
    """Events placed only at a country (location is the country's name): their point is a mere centroid."""
    location, country = _as_category(events["location"]), _as_category(events["country"])
    names = set(country.cat.categories) - {""}
    candidates = np.flatnonzero(isin_codes(location, [c for c in location.cat.categories if c in names]))
    out = np.zeros(len(events), dtype=bool)
    loc = location.iloc[candidates].astype("string").to_numpy(dtype=object, na_value="")
    out[candidates] = loc == country.iloc[candidates].astype("string").to_numpy(dtype=object, na_value=None)
    return out


def isin_codes(series: pd.Series, values: list[str]) -> np.ndarray:
    """Rows of a categorical whose value is one of ``values``."""
    codes = series.cat.categories.get_indexer(values)
    return np.isin(series.cat.codes.to_numpy(), codes[codes >= 0])


def map_points(
    events: pd.DataFrame, threshold: int = 5000, cell_deg: float = 0.1
) -> tuple[pd.DataFrame, bool]:
    """Geolocated events as points, or above ``threshold`` as grid cells (count, casualties, main type).

    Country-wide events are left out: a dot in Siberia for "Russia" would mislead and stretch the map.
    """
    lat = events["latitude"].to_numpy(dtype="float64", na_value=np.nan)
    lon = events["longitude"].to_numpy(dtype="float64", na_value=np.nan)
    located = ~(np.isnan(lat) | np.isnan(lon)) & ~country_wide(events)
    if located.sum() <= threshold:
        points = events[located]
        return points.assign(strike=_equals(points["event_type"], STRIKES), count=1), False
    return _grid_cells(events[located], lat[located], lon[located], cell_deg), True


def _grid_cells(events: pd.DataFrame, lat: np.ndarray, lon: np.ndarray, cell_deg: float) -> pd.DataFrame:
    rows = np.floor(lat / cell_deg).astype("int64")
    cols = np.floor(lon / cell_deg).astype("int64")
    cell, keys = pd.factorize(rows * 100_000 + cols)
    types = _as_category(events["event_type"])
    n_types = len(types.cat.categories)
    by_type = np.bincount(cell * n_types + types.cat.codes.to_numpy(), minlength=len(keys) * n_types)
    by_type = by_type.reshape(len(keys), n_types)
    count = np.bincount(cell, minlength=len(keys))
    first_row = np.full(len(keys), len(cell))
    np.minimum.at(first_row, cell, np.arange(len(cell)))
    return pd.DataFrame(
        {
            "latitude": np.bincount(cell, weights=lat) / count,
            "longitude": np.bincount(cell, weights=lon) / count,
            "count": count,
            "strikes": _sum_by(cell, _equals(events["event_type"], STRIKES), len(keys)),
            "fatalities": _sum_by(cell, _filled(events["fatalities"]), len(keys)),
            "injuries": _sum_by(cell, _filled(events["injuries"]), len(keys)),
            "event_type": types.cat.categories.to_numpy()[by_type.argmax(axis=1)],
            "location": events["location"].astype("string").to_numpy()[first_row],
        }
    ).sort_values("count", ascending=False, ignore_index=True)


def figure_subjects(figures: pd.DataFrame) -> pd.DataFrame:
    """Each (metric, subject) pair with its number of figures and claimants, most reported first."""
    frame = pd.DataFrame(
        {c: figures[c].astype("string").to_numpy() for c in ("metric", "subject", "claimant")}
    )
    grouped = frame.groupby(["metric", "subject"], dropna=True)
    out = pd.DataFrame({"figures": grouped.size(), "claimants": grouped["claimant"].nunique()})
    return out.reset_index().sort_values(["figures", "metric", "subject"], ascending=[False, True, True])


def figure_series(
    figures: pd.DataFrame, metric: str, subject: str | None = None, limit: int | None = None
) -> pd.DataFrame:
    """The figures of one metric (and subject), each claimant's claims a separate ``series``; never summed.

    Without a subject, a series is claimant and subject together, so two subjects never share a line.
    With a ``limit``, only the most recently reported ``limit`` claims are kept (a chart stays readable).
    """
    rows = figures[_equals(figures["metric"], metric)]
    if subject is not None:
        rows = rows[_equals(rows["subject"], subject)]
    if limit is not None and len(rows) > limit:
        days = _day_values(rows).astype("int64")
        rows = rows.iloc[np.sort(np.argsort(-days, kind="stable")[:limit])]
    claimant = rows["claimant"].astype("string").fillna("").replace("", "(not stated)")
    series = claimant if subject is not None else claimant + " — " + rows["subject"].astype("string")
    out = rows.assign(series=series.to_numpy(), day=_refers_days(rows))
    return out.sort_values(["series", "day", "figure_id"], ignore_index=True)


def metrics_present(figures: pd.DataFrame, wanted: tuple[str, ...]) -> list[str]:
    """The metrics of ``wanted`` that occur in ``figures``, in the order given."""
    present = {str(m) for m in _present_values(figures["metric"])}
    return [m for m in wanted if m in present]


def mentions_of(mentions: pd.DataFrame, record_type: str, record_id: str) -> pd.DataFrame:
    """Every mention of one event or figure, in document and sentence order."""
    rows = mentions[_equals(mentions["record_id"], record_id) & _equals(mentions["record_type"], record_type)]
    return rows.sort_values(["published", "source_doc", "sentence_index"], ignore_index=True)


def _filled(series: pd.Series) -> np.ndarray:
    return series.to_numpy(dtype="float64", na_value=0.0)


def _refers_days(figures: pd.DataFrame) -> np.ndarray:
    """The day a figure is about ("3,000 troops last week"), else the day it was reported: a chart's x."""
    refers = pd.to_datetime(figures["refers_to_date"], format="%Y-%m-%d", errors="coerce").to_numpy(
        dtype="datetime64[D]"
    )
    return np.where(np.isnat(refers), _day_values(figures), refers)


def _day_values(df: pd.DataFrame) -> np.ndarray:
    if "day" in df.columns:
        return df["day"].to_numpy(dtype="datetime64[D]")
    if "event_date" in df.columns:
        when = df["event_date"]
    else:  # a figure by the date it is about ("3,000 troops last week"), else the day it was reported
        when = df["refers_to_date"].where(
            df["refers_to_date"].notna() & (df["refers_to_date"] != ""), df["reported_date"]
        )
    return pd.to_datetime(when, format="%Y-%m-%d", errors="coerce").to_numpy(dtype="datetime64[D]")


def _equals(series: pd.Series, value: str) -> np.ndarray:
    if isinstance(series.dtype, pd.CategoricalDtype):
        code = series.cat.categories.get_indexer([value])[0]
        return series.cat.codes.to_numpy() == code if code >= 0 else np.zeros(len(series), dtype=bool)
    return (series == value).to_numpy(dtype=bool, na_value=False)


def _present_values(series: pd.Series) -> np.ndarray:
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = np.unique(series.cat.codes.to_numpy())
        return series.cat.categories.to_numpy()[codes[codes >= 0]]
    return series.dropna().unique()
