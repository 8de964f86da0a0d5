"""Plotly figures for the dashboard, built from the frames in frontline.aggregate; no Streamlit here."""

from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from frontline.aggregate import STRIKES
from frontline.basemap import Bounds, geo_layout, tile_layout

TYPE_COLOURS = {
    STRIKES: "#d62728",
    "Battles": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Strategic developments": "#1f77b4",
}
OTHER_COLOUR = "#7f7f7f"
QUALIFIER_SYMBOLS = {
    "exact": "circle",
    "approx": "diamond",
    "at_least": "triangle-up",
    "at_most": "triangle-down",
    "expected": "star",
}
QUALIFIER_LABELS = {
    "exact": "exact",
    "approx": "approx.",
    "at_least": "at least",
    "at_most": "at most",
    "expected": "expected",
}
# plotly's default qualitative colours: one per claimant series.
SERIES_COLOURS = (
    "#636efa",
    "#ef553b",
    "#00cc96",
    "#ab63fa",
    "#ffa15a",
    "#19d3f3",
    "#ff6692",
    "#b6e880",
    "#ff97ff",
    "#fecb52",
)
QUOTE_CHARS = 280
_LINE = re.compile(r".{1,70}(?:\s+|$)|\S+")  # up to 70 characters ending at a space, or one long word


def hover_text(text: object, limit: int = QUOTE_CHARS) -> str:
    """Document text made safe for a plotly hover label: escaped, shortened and wrapped with <br>."""
    if text is None or text is pd.NA or (isinstance(text, float) and np.isnan(text)):
        return ""
    value = " ".join(str(text).split())
    if len(value) <= 70:
        return html.escape(value)
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return "<br>".join(html.escape(line.strip()) for line in _LINE.findall(value))


def _colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def _type_order(types: pd.Series) -> list[str]:
    present = {str(t) for t in pd.unique(types.astype("string").dropna())}
    known = [t for t in TYPE_COLOURS if t in present]
    return known + sorted(present - set(known))


def timeline_chart(per_day: pd.DataFrame) -> go.Figure:
    """Stacked daily bars by event type; hover shows the day, type, count and (if given) sample events."""
    fig = go.Figure()
    for event_type in _type_order(per_day["event_type"]):
        rows = per_day[per_day["event_type"].astype("string") == event_type]
        sample = rows["sample"].fillna("") if "sample" in rows.columns else pd.Series("", index=rows.index)
        lines = [html.escape(str(text)).replace("\n", "<br>") for text in sample]
        fig.add_bar(
            x=rows["day"],
            y=rows["events"],
            name=event_type,
            marker_color=_colour(event_type),
            customdata=np.array(lines, dtype=object)[:, None],
            hovertemplate="%{x|%d %b %Y}<br>" + html.escape(event_type) + ": %{y}<br>%{customdata[0]}"
            "<extra></extra>",
        )
    fig.update_layout(
        barmode="stack",
        xaxis_title=None,
        yaxis_title="events",
        legend={"orientation": "h", "y": -0.2},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        clickmode="event+select",
    )
    _day_ticks(fig, per_day["day"])
    return fig


def casualties_chart(per_day: pd.DataFrame) -> go.Figure:
    """Reported killed and injured per day (sums of event fields)."""
    fig = go.Figure()
    for column, name, colour in (("fatalities", "killed", "#8c1c13"), ("injuries", "injured", "#e0a458")):
        fig.add_bar(
            x=per_day["day"],
            y=per_day[column],
            name=name,
            marker_color=colour,
            hovertemplate="%{x|%d %b %Y}<br>" + name + ": %{y}<extra></extra>",
        )
    fig.update_layout(
        barmode="group",
        yaxis_title="people",
        legend={"orientation": "h", "y": -0.2},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
    )
    _day_ticks(fig, per_day["day"])
    return fig


def _texts(values: pd.Series) -> list[str]:
    return values.astype("string").fillna("").tolist()


def _count_text(values: pd.Series) -> np.ndarray:
    numbers = values.to_numpy(dtype="float64", na_value=np.nan)
    return np.where(np.isnan(numbers), "–", np.char.mod("%d", np.nan_to_num(numbers).astype("int64")))


def _point_customdata(points: pd.DataFrame) -> np.ndarray:
    sides = zip(_texts(points["actor1"]), _texts(points["actor2"]), strict=True)
    places = zip(_texts(points["location"]), _texts(points["admin1"]), _texts(points["country"]), strict=True)
    return np.column_stack(
        [
            _texts(points["event_date"]),
            [html.escape(", ".join(dict.fromkeys(p for p in place if p)) or "?") for place in places],
            [html.escape(" / ".join(a for a in pair if a) or "–") for pair in sides],
            _count_text(points["fatalities"]),
            _count_text(points["injuries"]),
            [hover_text(q) for q in points["source_quote"].to_numpy()],
            [html.escape(str(t)) for t in points["sub_event_type"].to_numpy()],
        ]
    )


POINT_HOVER = (
    "<b>%{customdata[6]}</b> · %{customdata[0]}<br>%{customdata[1]}<br>actors: %{customdata[2]}<br>"
    "killed %{customdata[3]} · injured %{customdata[4]}<br><i>%{customdata[5]}</i><extra></extra>"
)
CELL_HOVER = (
    "<b>%{customdata[0]} events</b> near %{customdata[1]} (%{customdata[2]} strikes)<br>"
    "killed %{customdata[3]} · injured %{customdata[4]}<br>mostly %{customdata[5]}<extra></extra>"
)


def _casualty_size(points: pd.DataFrame) -> np.ndarray:
    hurt = points["fatalities"].to_numpy(dtype="float64", na_value=0.0) + points["injuries"].to_numpy(
        dtype="float64", na_value=0.0
    )
    return np.minimum(7 + 3 * np.sqrt(hurt), 34)


LABEL_LIMIT = 40  # more points than this and place labels would overlap into noise


def _labels(locations: pd.Series, done: set[str]) -> list[str]:
    """Each place's name once across the map's traces (two events in Kyiv print one 'Kyiv')."""
    out = []
    for place in locations.fillna("").astype(str):
        out.append("" if place in done else html.escape(place))
        done.add(place)
    return out


def event_map(points: pd.DataFrame, aggregated: bool, bounds: Bounds, tiles: bool = False) -> go.Figure:
    """Events coloured by type and sized by casualties (or grid cells sized by count); strikes on top."""
    fig = go.Figure()
    trace = go.Scattermap if tiles else go.Scattergeo
    labelled_places: set[str] = set()
    # Strikes last, so they are drawn on top (a click on a legend entry hides a type to see beneath it).
    for event_type in reversed(_type_order(points["event_type"])) if len(points) else []:
        rows = points[points["event_type"].astype("string") == event_type]
        strike = event_type == STRIKES
        if aggregated:
            size = np.minimum(6 + 2.2 * np.sqrt(rows["count"].to_numpy()), 40)
            custom = np.column_stack(
                [
                    rows["count"].to_numpy(),
                    [html.escape(str(p)) for p in rows["location"].fillna("?")],
                    rows["strikes"].to_numpy(),
                    rows["fatalities"].to_numpy(),
                    rows["injuries"].to_numpy(),
                    [html.escape(str(t)) for t in rows["event_type"]],
                ]
            )
            template = CELL_HOVER
        else:
            size, custom, template = _casualty_size(rows), _point_customdata(rows), POINT_HOVER
        marker = {"size": size, "color": _colour(event_type), "opacity": 0.8 if strike else 0.7}
        if not tiles:
            marker["line"] = {"width": 1.2 if strike else 0.4, "color": "#222" if strike else "#fff"}
            marker["symbol"] = "diamond" if strike else "circle"
        labelled = not aggregated and len(points) <= LABEL_LIMIT  # a few points can carry their place names
        fig.add_trace(
            trace(
                lat=rows["latitude"].to_numpy(dtype="float64"),
                lon=rows["longitude"].to_numpy(dtype="float64"),
                mode="markers+text" if labelled else "markers",
                text=_labels(rows["location"], labelled_places) if labelled else None,
                textposition="top right",
                textfont={"size": 11, "color": "#333"},
                name=event_type,
                showlegend=True,
                marker=marker,
                customdata=custom,
                hovertemplate=template,
            )
        )
    if tiles:
        fig.update_layout(**tile_layout(bounds))
    else:
        fig.update_geos(**geo_layout(bounds))
    fig.update_layout(
        height=620,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        legend={"orientation": "h", "y": -0.02, "traceorder": "reversed"},
    )
    return fig


def region_chart(totals: pd.DataFrame, top: int = 25) -> go.Figure:
    """Horizontal bars of events per region (strikes and other events), the busiest ``top`` regions."""
    rows = totals.head(top).iloc[::-1]
    label = rows["admin1"].astype("string") + " (" + rows["country"].astype("string") + ")"
    fig = go.Figure()
    fig.add_bar(y=label, x=rows["strikes"], name="strikes", orientation="h", marker_color=_colour(STRIKES))
    fig.add_bar(
        y=label,
        x=rows["events"] - rows["strikes"],
        name="other events",
        orientation="h",
        marker_color="#9aa5b1",
    )
    fig.update_layout(
        barmode="stack",
        height=max(300, 24 * len(rows) + 80),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.1},
        xaxis_title="events",
    )
    return fig


SERIES_NUDGE_HOURS = 2


def figure_chart(series: pd.DataFrame, y_title: str = "value") -> go.Figure:
    """One line per series (a claimant's claims) over reported date; marker symbol shows the qualifier.

    Every claim is a marker; the line joins each day's last claim (in source order), so two different
    claims made on one day are not drawn as a vertical stroke. Each series is a line trace plus one marker
    trace per qualifier, so symbols are scalars (plotly validates per-point symbol lists one by one, which
    costs seconds at tens of thousands of claims).
    """
    fig = go.Figure()
    for i, (name, rows) in enumerate(series.groupby("series", sort=True)):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        label = str(name)
        # each claimant a little later in the day, so equal claims on one day stay visible side by side
        rows = rows.assign(day=pd.to_datetime(rows["day"]) + pd.Timedelta(hours=SERIES_NUDGE_HOURS * i))
        daily = rows.groupby("day", sort=True).tail(1)
        fig.add_scatter(
            x=daily["day"],
            y=daily["value"].to_numpy(dtype="float64", na_value=np.nan),
            mode="lines",
            name=label,
            legendgroup=label,
            line={"color": colour, "width": 1.5},
            hoverinfo="skip",
        )
        qualifiers = rows["qualifier"].astype("string").fillna("exact")
        for qualifier, points in rows.groupby(qualifiers.to_numpy(), sort=True):
            fig.add_scatter(
                x=points["day"],
                y=points["value"].to_numpy(dtype="float64", na_value=np.nan),
                mode="markers",
                name=f"{label} ({QUALIFIER_LABELS.get(qualifier, qualifier)})",
                legendgroup=label,
                showlegend=False,
                marker={"symbol": QUALIFIER_SYMBOLS.get(qualifier, "circle"), "size": 10, "color": colour},
                customdata=np.array([hover_text(q) for q in points["source_quote"].to_numpy()], dtype=object),
                hovertemplate="<b>"
                + html.escape(label)
                + "</b> · %{x|%d %b %Y}<br>"
                + html.escape(QUALIFIER_LABELS.get(qualifier, qualifier))
                + " %{y:,}<br><i>%{customdata}</i><extra></extra>",
            )
    for qualifier in sorted(pd.unique(series["qualifier"].astype("string").dropna())):
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=QUALIFIER_LABELS.get(qualifier, qualifier),
            legendgroup="qualifier",
            legendgrouptitle_text="qualifier",
            marker={"symbol": QUALIFIER_SYMBOLS.get(qualifier, "circle"), "color": "#555", "size": 10},
            hoverinfo="skip",
        )
    fig.update_layout(
        yaxis_title=y_title, margin={"l": 10, "r": 10, "t": 30, "b": 10}, hovermode="closest", height=460
    )
    fig.update_yaxes(rangemode="tozero")  # counts start at zero; one claim is not drawn on a 42–44 axis
    _day_ticks(fig, series["day"])
    return fig


def _day_ticks(fig: go.Figure, days: pd.Series) -> None:
    """Date ticks without clock times: short spans would otherwise be labelled 00:00, 06:00, …"""
    fig.update_xaxes(tickformat="%-d %b %Y")
    if len(days):
        span = (pd.Timestamp(days.max()) - pd.Timestamp(days.min())).days
        if span <= 60:
            fig.update_xaxes(dtick=86_400_000 * max(1, span // 8 + 1))
