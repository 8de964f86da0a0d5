"""The dashboard's one cached loader, shared sidebar and small render helpers (the only module using Streamlit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from frontline import export, filters
from frontline.filters import FilterState
from frontline.settings import Settings, load_settings

if TYPE_CHECKING:
    from frontline.corpus import Tables
    from frontline.store import DocumentStore, StoredDocument

# FilterState field -> widget key (list fields) ; the date range has its own key.
LIST_WIDGETS = {
    "countries": ("Country", "f_country"),
    "admin1": ("Region (admin1)", "f_admin1"),
    "locations": ("Location", "f_location"),
    "actors": ("Actor (either side)", "f_actor"),
    "event_types": ("Event type", "f_type"),
    "claimants": ("Claimant", "f_claimant"),
}
DATES_KEY = "f_dates"
SEARCH_KEY = "f_q"
BOUNDS_KEY = "_f_bounds"  # the data's date range when the date widget was last set to it
SYNCED_KEY = "_f_synced"  # set once the session has read the link's query parameters
NOT_STATED = "(not stated)"


@dataclass(frozen=True)
class Loaded:
    """The tables prepared for filtering, with the sidebar's choices; shared read-only by every session."""

    events: pd.DataFrame
    figures: pd.DataFrame
    mentions: pd.DataFrame
    documents: pd.DataFrame
    errors: tuple[str, ...]
    options: dict[str, list[str]]
    dates: tuple[date, date] | None
    fingerprint: str


@dataclass(frozen=True)
class View:
    """What the current filter shows."""

    events: pd.DataFrame
    figures: pd.DataFrame
    state: FilterState
    loaded: Loaded


def settings() -> Settings:
    """The settings for this run (defaults, then $FRONTLINE_SETTINGS or ./frontline.toml)."""
    return load_settings()


def corpus_fingerprint(s: Settings) -> str:
    """Changes whenever the corpus does; the cache key of the loader."""
    from frontline import corpus

    return corpus.corpus_fingerprint(s)


def build_tables(s: Settings) -> Tables:
    """The corpus's Tables (disk-cached; the extractor is imported only when they must be rebuilt)."""
    from frontline import corpus

    return corpus.load_tables(s)


# cache_resource, not cache_data: cache_data unpickles a copy on every rerun (~0.7 s at 1M events and 1.5M
# mentions), which alone would break the 0.5 s budget; the frames are never modified after preparation.
@st.cache_resource(max_entries=2, show_spinner="Building the event tables from the corpus…", show_time=True)
def _load(fingerprint: str, corpus: str, _settings: Settings) -> Loaded:
    tables = build_tables(_settings)
    events = filters.prepare_events(tables.events)
    figures = filters.prepare_figures(tables.figures)
    return Loaded(
        events=events,
        figures=figures,
        mentions=tables.mentions,
        documents=tables.documents,
        errors=tuple(tables.errors),
        options=filters.filter_options(events, figures),
        dates=filters.date_bounds(events, figures),
        fingerprint=fingerprint,
    )


def documents(store: DocumentStore) -> list[StoredDocument]:
    """The corpus's documents for the Sources page, re-read only when a file is added, removed or edited."""
    return _documents(store.fingerprint(), str(store.corpus_dir), store)


@st.cache_resource(max_entries=4, show_spinner=False)
def _documents(fingerprint: str, corpus: str, _store: DocumentStore) -> list[StoredDocument]:
    return _store.list()


def load() -> Loaded:
    """The prepared tables for the current corpus, built once per corpus fingerprint."""
    s = settings()
    return _load(corpus_fingerprint(s), str(s.corpus_dir), s)


def clear_cache() -> None:
    """Forget the loaded tables and document list (tests, and after the corpus changes outside the dashboard)."""
    _load.clear()
    _documents.clear()


def _label(value: str) -> str:
    return value if value else NOT_STATED


def _sync_from_url(loaded: Loaded) -> None:
    """On a session's first run, put the link's filters into the widgets; say what could not be used."""
    if st.session_state.get(SYNCED_KEY):
        return
    st.session_state[SYNCED_KEY] = True
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    state, problems = filters.parse_query_params(params)
    for field, (label, key) in LIST_WIDGETS.items():
        wanted = getattr(state, field)
        known = [v for v in wanted if v in set(loaded.options[field])]
        if len(known) < len(wanted):
            unknown = ", ".join(repr(v) for v in wanted if v not in known)
            problems.append(f"ignored {label.lower()} {unknown}: not in the data")
        st.session_state[key] = known
    st.session_state[SEARCH_KEY] = state.search
    if loaded.dates is not None:
        lo, hi = loaded.dates
        start = min(max(state.start or lo, lo), hi)
        end = max(min(state.end or hi, hi), start)
        st.session_state[DATES_KEY] = (start, end)
        st.session_state[BOUNDS_KEY] = loaded.dates
    for problem in problems:
        st.toast(f"Link: {problem}")


def _follow_new_bounds(loaded: Loaded) -> None:
    """A date range left at the data's full span keeps covering the full span when documents are added."""
    old = st.session_state.get(BOUNDS_KEY)
    if loaded.dates is None or old == loaded.dates:
        return
    current = st.session_state.get(DATES_KEY)
    lo, hi = loaded.dates
    if current is None or tuple(current) == old:
        st.session_state[DATES_KEY] = loaded.dates
    else:
        start = min(max(current[0], lo), hi)
        end = max(min(current[-1], hi), start)
        st.session_state[DATES_KEY] = (start, end)
    st.session_state[BOUNDS_KEY] = loaded.dates


def current_filter(loaded: Loaded) -> FilterState:
    """The FilterState the sidebar widgets hold (dates spanning all the data do not filter)."""
    ss = st.session_state
    values: dict[str, Any] = {f: tuple(ss.get(key, ())) for f, (_, key) in LIST_WIDGETS.items()}
    values["search"] = str(ss.get(SEARCH_KEY, "")).strip()[: filters.MAX_SEARCH_CHARS]
    chosen = ss.get(DATES_KEY)
    # a range widget holds a tuple; mid-selection (one end picked) or from a scripted client, a single date
    dates = tuple(chosen) if isinstance(chosen, (tuple, list)) else ((chosen,) if chosen else ())
    if loaded.dates is not None and dates:
        start, end = dates[0], dates[-1]
        values["start"] = None if start <= loaded.dates[0] else start
        values["end"] = None if end >= loaded.dates[1] else end
    return FilterState(**values)


def _reset_filters() -> None:
    for _, key in LIST_WIDGETS.values():
        st.session_state[key] = []
    st.session_state[SEARCH_KEY] = ""
    bounds = st.session_state.get(BOUNDS_KEY)
    if bounds is not None:
        st.session_state[DATES_KEY] = bounds


def sidebar(loaded: Loaded) -> FilterState:
    """The filter widgets shared by every page, mirrored to the query string so a link reopens the view."""
    _sync_from_url(loaded)
    _follow_new_bounds(loaded)
    with st.sidebar:
        st.header("Filters")
        if loaded.dates is not None:
            lo, hi = loaded.dates
            st.date_input("Dates", key=DATES_KEY, min_value=lo, max_value=hi, format="YYYY-MM-DD")
        st.text_input("Search", key=SEARCH_KEY, placeholder="words in quotes, places, actors", max_chars=200)
        for field, (label, key) in LIST_WIDGETS.items():
            st.multiselect(label, loaded.options[field], key=key, format_func=_label)
        st.button("Clear filters", on_click=_reset_filters, key="f_reset")
        st.caption("Figures (claims) follow the dates, claimant, location and search filters.")
    state = current_filter(loaded)
    wanted = state.to_query_params()
    have = {key: st.query_params.get_all(key) for key in st.query_params}
    if {k: v if isinstance(v, list) else [v] for k, v in wanted.items()} != have:
        st.query_params.from_dict(wanted)
    return state


def view() -> View:
    """The loaded tables narrowed by the sidebar's filter (pages call this once per run)."""
    loaded = load()
    state = current_filter(loaded)
    events = filters.apply_to_events(loaded.events, state)
    figures = filters.apply_to_figures(loaded.figures, state)
    return View(events=events, figures=figures, state=state, loaded=loaded)


def downloads(v: View, *, events: bool = True, figures: bool = True, geojson: bool = True) -> None:
    """Sidebar buttons that download exactly the shown rows; files are built only when clicked."""
    tag = _file_tag(v.state)
    buttons: list[tuple[str, Callable[[], bytes], str, str]] = []
    if events:
        buttons.append(("Events (CSV)", lambda: export.events_csv(v.events), f"events{tag}.csv", "text/csv"))
    if geojson:
        buttons.append(
            (
                "Events (GeoJSON)",
                lambda: export.events_geojson(v.events),
                f"events{tag}.geojson",
                "application/geo+json",
            )
        )
    if figures:
        buttons.append(
            ("Figures (CSV)", lambda: export.figures_csv(v.figures), f"figures{tag}.csv", "text/csv")
        )
    with st.sidebar:
        st.subheader("Download what is shown")
        st.caption(f"{len(v.events):,} events · {len(v.figures):,} figures")
        for label, build, name, mime in buttons:
            st.download_button(
                label, data=build, file_name=name, mime=mime, on_click="ignore", key=f"dl_{name}"
            )


def _file_tag(state: FilterState) -> str:
    if state == FilterState():
        return ""
    parts = [d.isoformat() for d in (state.start, state.end) if d is not None]
    return "-" + "_".join(parts) if parts else "-filtered"


EVENT_BRIEF = (
    "event_date",
    "sub_event_type",
    "location",
    "source_quote",
    "fatalities",
    "injuries",
    "actor1",
    "actor2",
    "claimant",
    "admin1",
    "country",
    "source_doc",
    "mentions",
    "event_id",
)
FIGURE_BRIEF = (
    "reported_date",
    "metric",
    "subject",
    "qualifier",
    "value",
    "claimant",
    "source_quote",
    "location",
    "source_doc",
    "figure_id",
)


def brief_events(events: pd.DataFrame) -> pd.DataFrame:
    """The columns an analyst reads first, in reading order."""
    return events[list(EVENT_BRIEF)]


def brief_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """The figure columns an analyst reads first, in reading order."""
    return figures[list(FIGURE_BRIEF)]


def event_columns() -> dict[str, Any]:
    """Column labels and widths for event tables."""
    return {
        "event_date": st.column_config.TextColumn("date"),
        "sub_event_type": st.column_config.TextColumn("type"),
        "fatalities": st.column_config.NumberColumn("killed", format="%d"),
        "injuries": st.column_config.NumberColumn("injured", format="%d"),
        "source_quote": st.column_config.TextColumn("quote", width="large"),
        "source_doc": st.column_config.TextColumn("document"),
        "mentions": st.column_config.NumberColumn("mentions", format="%d"),
    }


def figure_columns() -> dict[str, Any]:
    """Column labels and widths for figure tables."""
    return {
        "reported_date": st.column_config.TextColumn("reported"),
        "value": st.column_config.NumberColumn("value", format="localized"),
        "source_quote": st.column_config.TextColumn("quote", width="large"),
        "source_doc": st.column_config.TextColumn("document"),
    }


def table(df: pd.DataFrame, key: str, columns: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """An st.dataframe with the house settings: no index, a dash for missing values."""
    return st.dataframe(df, hide_index=True, column_config=columns, placeholder="–", key=key, **kwargs)


def quote(text: object) -> None:
    """Show document text literally (escaped: documents contain markdown, links and HTML)."""
    st.caption(export.escape_markdown(text))


def literal(text: object) -> str:
    """Document text escaped for use inside st.markdown, st.caption or a widget label."""
    return export.escape_markdown(text)


def no_data(loaded: Loaded) -> bool:
    """Tell the analyst there is nothing to show yet (and why); True when the page should stop."""
    if len(loaded.events) or len(loaded.figures):
        return False
    st.info("No events or figures yet. Add documents on the Sources page.")
    for error in loaded.errors:
        st.warning(literal(error))
    return True
