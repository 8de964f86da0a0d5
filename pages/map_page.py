"""Map: every geolocated event (strikes emphasised) on an offline basemap, or totals per region."""

import numpy as np
import streamlit as st

from frontline import aggregate, app, basemap, charts

POINT_LIMIT = 5_000  # above this many events the map shows grid cells instead of overplotting points
CELL_DEGREES = 0.1

v = app.view()
st.title("Map")
if app.no_data(v.loaded):
    st.stop()

controls = st.columns([2, 1, 1, 1])
mode = controls[0].radio("Show", ["Events", "Region totals"], horizontal=True, key="map_mode")
strikes_only = controls[1].toggle("Strikes only", key="map_strikes")
fit_all = controls[2].toggle(
    "Frame every event", key="map_fit_all", help="Otherwise the map frames the events in and around Ukraine."
)
tiles = controls[3].toggle(
    "Street map (online)",
    key="map_tiles",
    help="Draws OpenStreetMap tiles under the events; this fetches images from the internet.",
)
events = v.events
if strikes_only:
    events = events[events["event_type"] == aggregate.STRIKES]

if mode == "Events":
    points, aggregated = aggregate.map_points(events, threshold=POINT_LIMIT, cell_deg=CELL_DEGREES)
    shown = int(points["count"].sum()) if len(points) else 0
    note = f"{shown:,} of {len(events):,} events on the map"
    wide = int(aggregate.country_wide(events).sum())
    if wide:
        note += f" ({wide:,} reported only at country level are left out)"
    if aggregated:
        note += f"; shown as {len(points):,} cells of {CELL_DEGREES}° (size = number of events)"
    else:
        note += "; size = killed + injured, diamonds = strikes"
    lat, lon = points["latitude"].to_numpy(np.float64), points["longitude"].to_numpy(np.float64)
    bounds = basemap.fit_bounds(lat, lon, within=None if fit_all else basemap.THEATRE)
    away = int(points["count"].to_numpy()[basemap.outside(bounds, lat, lon)].sum()) if len(points) else 0
    if away:
        note += f"; {away:,} lie outside this frame (switch on 'Frame every event')"
    st.caption(note + ".")
    fig = charts.event_map(points, aggregated, bounds, tiles=tiles)
    st.plotly_chart(fig, config=basemap.plotly_config(), key="map_chart")
else:
    totals = aggregate.region_totals(events)
    st.caption(f"{len(totals):,} regions; killed and injured are sums of event fields.")
    if len(totals):
        st.plotly_chart(charts.region_chart(totals), key="map_regions_chart")
    app.table(
        totals,
        "map_regions",
        {
            "latitude": st.column_config.NumberColumn("lat", format="%.3f"),
            "longitude": st.column_config.NumberColumn("lon", format="%.3f"),
        },
    )

app.downloads(v)
