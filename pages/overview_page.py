"""Overview: headline numbers for the current filter, the latest events, and what the newest document added."""

import streamlit as st

from frontline import aggregate, app

v = app.view()
st.title("Overview")
if app.no_data(v.loaded):
    st.stop()

h = aggregate.headline(v.events, v.figures)
cols = st.columns(6)
cols[0].metric("Events", f"{h.events:,}")
cols[1].metric("Strikes", f"{h.strikes:,}", help="Events of type Explosions/Remote violence")
cols[2].metric(
    "Killed", f"{h.killed:,}", help="Reported killed: the sum of event fatalities, not of claimed figures"
)
cols[3].metric(
    "Injured", f"{h.injured:,}", help="Reported injured: the sum of event injuries, not of claimed figures"
)
cols[4].metric("Documents", f"{h.documents:,}", help="Documents the shown events and figures come from")
days = (h.last - h.first).days + 1 if h.first and h.last else 0
cols[5].metric("Days", f"{days:,}", help="Days from the first to the last shown event")
if h.first and h.last:
    st.caption(f"Events from {h.first:%-d %B %Y} to {h.last:%-d %B %Y}.")
if v.loaded.errors:
    with st.expander(f"{len(v.loaded.errors)} documents could not be read"):
        for error in v.loaded.errors:
            app.quote(error)

st.subheader("Latest events")
app.table(app.brief_events(aggregate.latest_events(v.events, 15)), "overview_latest", app.event_columns())

st.subheader("What the newest document added")
newest = aggregate.newest_document(v.loaded.documents)
if newest is None:
    st.caption("No documents.")
else:
    doc = v.loaded.documents[v.loaded.documents["name"] == newest].iloc[0]
    st.markdown(f"**{app.literal(doc['title'])}**")
    st.caption(f"{app.literal(newest)} · published {app.literal(doc['published'])}")
    added_events = aggregate.from_document(v.events, newest)
    added_figures = aggregate.from_document(v.figures, newest)
    st.write(f"{len(added_events):,} events and {len(added_figures):,} figures (within the current filter).")
    if len(added_events):
        app.table(
            app.brief_events(aggregate.latest_events(added_events, 500)),
            "overview_new_events",
            app.event_columns(),
        )
    if len(added_figures):
        app.table(app.brief_figures(added_figures.head(500)), "overview_new_figures", app.figure_columns())

app.downloads(v)
