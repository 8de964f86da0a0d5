"""Timeline: events per day by type, the events of a chosen day, and reported casualties per day."""

import pandas as pd
import streamlit as st

from frontline import aggregate, app, charts

SAMPLE_LIMIT = 20_000  # above this many events, hovers show counts only (listing samples costs too much)

v = app.view()
st.title("Timeline")
if app.no_data(v.loaded):
    st.stop()

per_day = aggregate.events_per_day(v.events)
if 0 < len(v.events) <= SAMPLE_LIMIT:
    per_day = per_day.merge(aggregate.day_samples(v.events), on=["day", "event_type"], how="left")
st.subheader("Events per day")
st.caption("Hover a bar for the day's count and first events; click a bar to list that day's events below.")
chart = st.plotly_chart(
    charts.timeline_chart(per_day), on_select="rerun", selection_mode="points", key="timeline_chart"
)

days = sorted({d.date() for d in pd.to_datetime(per_day["day"])})
picked = tuple(pd.Timestamp(p["x"]).date() for p in chart.selection.points) if chart.selection else ()
if days:
    # A new click on the chart moves the day picker; otherwise the picker keeps the analyst's choice.
    if picked and picked != st.session_state.get("_timeline_picked") and picked[-1] in days:
        st.session_state["timeline_day"] = picked[-1]
    st.session_state["_timeline_picked"] = picked
    if st.session_state.get("timeline_day") not in days:
        st.session_state["timeline_day"] = days[-1]
    day = st.columns([1, 2])[0].selectbox(
        "Events of day", days[::-1], key="timeline_day", format_func=lambda d: f"{d:%a %-d %b %Y}"
    )
    on_day = aggregate.events_on(v.events, day)
    st.caption(f"{len(on_day):,} events on {day:%d %B %Y}")
    app.table(
        app.brief_events(on_day.sort_values(["event_type", "location"]).head(5000)),
        "timeline_day_events",
        app.event_columns(),
    )
else:
    st.caption("No dated events in the current filter.")

st.subheader("Reported casualties per day")
st.caption("Sums of the killed and injured recorded on events (claimed totals are on the Figures page).")
casualties = aggregate.casualties_per_day(v.events)
if len(casualties):
    st.plotly_chart(charts.casualties_chart(casualties), key="timeline_casualties")
else:
    st.caption("No casualties recorded on the shown events.")

app.downloads(v, geojson=False)
