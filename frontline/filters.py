"""The dashboard's filter state: a shareable query-string form, and fast masks over the tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

EVENT_CATEGORIES = (
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "country",
    "claimant",
    "source_doc",
)
FIGURE_CATEGORIES = (
    "date_precision",
    "metric",
    "subject",
    "unit",
    "qualifier",
    "claimant",
    "claimant_country",
    "location",
    "source_doc",
)
EVENT_SEARCH_COLUMNS = (
    "source_quote",
    "location",
    "admin1",
    "actor1",
    "actor2",
    "sub_event_type",
    "claimant",
)
FIGURE_SEARCH_COLUMNS = ("source_quote", "subject", "metric", "claimant", "location")
MAX_SEARCH_CHARS = 200

# FilterState field -> query parameter; list fields repeat the parameter (?type=A&type=B).
QUERY_KEYS = {
    "start": "from",
    "end": "to",
    "countries": "country",
    "admin1": "admin1",
    "locations": "location",
    "actors": "actor",
    "event_types": "type",
    "claimants": "claimant",
    "search": "q",
}


@dataclass(frozen=True)
class FilterState:
    """What the analyst has narrowed the view to; empty fields do not filter."""

    start: date | None = None
    end: date | None = None
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    search: str = ""

    def to_query_params(self) -> dict[str, str | list[str]]:
        """The state as query parameters, leaving out fields that do not filter."""
        params: dict[str, str | list[str]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, date):
                params[QUERY_KEYS[f.name]] = value.isoformat()
            elif isinstance(value, tuple) and value:
                params[QUERY_KEYS[f.name]] = list(value)
            elif isinstance(value, str) and value:
                params[QUERY_KEYS[f.name]] = value
        return params


def parse_query_params(params: Mapping[str, str | Sequence[str]]) -> tuple[FilterState, list[str]]:
    """A FilterState from query parameters, and a message for each parameter that could not be used."""
    values: dict[str, object] = {}
    problems: list[str] = []
    for f in fields(FilterState):
        raw = params.get(QUERY_KEYS[f.name])
        if raw is None:
            continue
        items = [raw] if isinstance(raw, str) else list(raw)
        if f.name in ("start", "end"):
            try:
                values[f.name] = date.fromisoformat(items[-1])
            except ValueError:
                problems.append(f"ignored {QUERY_KEYS[f.name]}={items[-1]!r}: not a YYYY-MM-DD date")
        elif f.name == "search":
            values[f.name] = items[-1].strip()[:MAX_SEARCH_CHARS]
        else:
            values[f.name] = tuple(dict.fromkeys(items))
    state = FilterState(**values)  # type: ignore[arg-type]
    if state.start and state.end and state.start > state.end:
        problems.append("ignored the date range: 'from' is after 'to'")
        state = FilterState(**{**values, "start": None, "end": None})  # type: ignore[arg-type]
    return state, problems


def prepare_events(events: pd.DataFrame) -> pd.DataFrame:
    """Events with categorical text columns and a parsed ``day``, so filters cost milliseconds."""
    return _prepare(events, EVENT_CATEGORIES, "event_date")


def prepare_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures with categorical text columns and a parsed ``day`` (the reported date)."""
    return _prepare(figures, FIGURE_CATEGORIES, "reported_date")


def _prepare(df: pd.DataFrame, categories: Sequence[str], date_column: str) -> pd.DataFrame:
    out = df.reset_index(drop=True)
    out = out.astype({c: "category" for c in categories})
    out["day"] = pd.to_datetime(out[date_column], format="%Y-%m-%d", errors="coerce").astype("datetime64[s]")
    return out


def apply_to_events(events: pd.DataFrame, state: FilterState) -> pd.DataFrame:
    """The events that pass every filter (actor matches either side; search matches any text column)."""
    mask = _date_mask(events, state)
    for column, wanted in (
        ("country", state.countries),
        ("admin1", state.admin1),
        ("location", state.locations),
        ("event_type", state.event_types),
        ("claimant", state.claimants),
    ):
        if wanted:
            mask &= isin(events[column], wanted)
    if state.actors:
        mask &= isin(events["actor1"], state.actors) | isin(events["actor2"], state.actors)
    mask = _search_mask(events, mask, state.search, EVENT_SEARCH_COLUMNS)
    return events if mask.all() else events[mask]


def apply_to_figures(figures: pd.DataFrame, state: FilterState) -> pd.DataFrame:
    """The figures that pass the filters that apply to claims: dates, claimant, location and search."""
    mask = _date_mask(figures, state)
    if state.claimants:
        mask &= isin(figures["claimant"], state.claimants)
    if state.locations:
        mask &= isin(figures["location"], state.locations)
    mask = _search_mask(figures, mask, state.search, FIGURE_SEARCH_COLUMNS)
    return figures if mask.all() else figures[mask]


def _date_mask(df: pd.DataFrame, state: FilterState) -> np.ndarray:
    mask = np.ones(len(df), dtype=bool)
    if state.start is None and state.end is None:
        return mask
    days = _days(df)
    if state.start is not None:
        mask &= days >= np.datetime64(state.start, "D")
    if state.end is not None:
        mask &= days <= np.datetime64(state.end, "D")
    return mask


def _days(df: pd.DataFrame) -> np.ndarray:
    if "day" in df.columns:
        return df["day"].to_numpy(dtype="datetime64[D]")
    column = "event_date" if "event_date" in df.columns else "reported_date"
    return pd.to_datetime(df[column], format="%Y-%m-%d", errors="coerce").to_numpy(dtype="datetime64[D]")


def isin(series: pd.Series, wanted: Sequence[str]) -> np.ndarray:
    """A boolean mask of rows whose value is one of ``wanted``; on categoricals it compares codes only."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.categories.get_indexer(list(wanted))
        return np.isin(series.cat.codes.to_numpy(), codes[codes >= 0])
    return series.isin(list(wanted)).to_numpy(dtype=bool, na_value=False)


def _search_mask(df: pd.DataFrame, mask: np.ndarray, search: str, columns: Sequence[str]) -> np.ndarray:
    """Narrow ``mask`` to rows where every search term occurs (case-insensitively) in some column."""
    terms = search.lower().split()
    if not terms:
        return mask
    rows = np.flatnonzero(mask)
    for term in terms:
        if rows.size == 0:
            break
        hit = np.zeros(rows.size, dtype=bool)
        for column in columns:
            # Scanning the whole column beats copying out more than half of it first.
            full = isinstance(df[column].dtype, pd.CategoricalDtype) or rows.size * 2 > len(df)
            hit |= contains(df[column], term)[rows] if full else contains(df[column].take(rows), term)
        rows = rows[hit]
    out = np.zeros(len(df), dtype=bool)
    out[rows] = True
    return out


def contains(series: pd.Series, term: str) -> np.ndarray:
    """Case-insensitive substring mask; categoricals test each distinct value once."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories.astype("string")
        hit_codes = np.flatnonzero(cats.str.contains(term, case=False, regex=False).fillna(False))
        return np.isin(series.cat.codes.to_numpy(), hit_codes)
    arr = pa.array(series.astype("string").array)
    found = pc.match_substring(arr, term, ignore_case=True)
    return found.to_numpy(zero_copy_only=False).astype(bool) & ~series.isna().to_numpy()


def filter_options(events: pd.DataFrame, figures: pd.DataFrame) -> dict[str, list[str]]:
    """Sorted values present in the data for each list filter (the sidebar's choices)."""
    actors = _present(events["actor1"]) | _present(events["actor2"])
    claimants = _present(events["claimant"]) | _present(figures["claimant"])
    locations = _present(events["location"]) | _present(figures["location"])
    # The pipeline writes "" for "none"; only a claimant can usefully be chosen as "not stated".
    return {
        "countries": sorted(_present(events["country"]) - {""}),
        "admin1": sorted(_present(events["admin1"]) - {""}),
        "locations": sorted(locations - {""}),
        "actors": sorted(actors - {""}),
        "event_types": sorted(_present(events["event_type"])),
        "claimants": sorted(claimants),
    }


def _present(series: pd.Series) -> set[str]:
    if isinstance(series.dtype, pd.CategoricalDtype):
        counts = np.bincount(series.cat.codes.to_numpy() + 1, minlength=len(series.cat.categories) + 1)
        return {str(c) for c, n in zip(series.cat.categories, counts[1:], strict=True) if n}
    return {str(v) for v in series.dropna().unique()}


def date_bounds(events: pd.DataFrame, figures: pd.DataFrame) -> tuple[date, date] | None:
    """The first and last day in either table, or None when both are empty."""
    days = np.concatenate([_days(events), _days(figures)])
    days = days[~np.isnat(days)]
    if days.size == 0:
        return None
    return days.min().astype(date), days.max().astype(date)
