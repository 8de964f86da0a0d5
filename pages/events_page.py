"""Events: the full table (sortable, searchable from the sidebar); pick a row to see every mention of it."""

import streamlit as st

from frontline import aggregate, app

ROW_LIMIT = 20_000  # rows sent to the browser with row selection; more only through the download

SORTS = {
    "newest first": ("day", False),
    "oldest first": ("day", True),
    "most killed": ("fatalities", False),
    "most injured": ("injuries", False),
    "most mentioned": ("mentions", False),
}

v = app.view()
st.title("Events")
if app.no_data(v.loaded):
    st.stop()

order = st.radio("Order", list(SORTS), horizontal=True, key="events_order")
by, ascending = SORTS[order]
if len(v.events) > ROW_LIMIT:
    st.caption(
        f"Showing the first {ROW_LIMIT:,} of {len(v.events):,} events in this order; narrow the filters to see"
        " the rest, or download them all. Select a row to see all its mentions."
    )
else:
    st.caption(f"{len(v.events):,} events. Select a row to see all its mentions.")
table = app.brief_events(aggregate.top_events(v.events, by, ROW_LIMIT, ascending))
picked = app.table(
    table, "events_table", app.event_columns(), on_select="rerun", selection_mode="single-row", height=460
)

selected = picked.selection.rows if picked and picked.selection else []
if selected:
    event = table.iloc[selected[0]]
    st.subheader("Mentions")
    st.markdown(
        f"**{app.literal(event['sub_event_type'])}** · {app.literal(event['location'])} ·"
        f" {app.literal(event['event_date'])} · {app.literal(event['event_id'])}"
    )
    app.quote(event["source_quote"])
    mentions = aggregate.mentions_of(v.loaded.mentions, "event", str(event["event_id"]))
    st.caption(f"{len(mentions):,} sentences reported it:")
    app.table(
        mentions[["quote", "published", "source_doc", "post_headline", "sentence_index"]],
        "events_mentions",
        {
            "quote": st.column_config.TextColumn("quote", width="large"),
            "source_doc": st.column_config.TextColumn("document"),
            "post_headline": st.column_config.TextColumn("post"),
            "sentence_index": st.column_config.NumberColumn("sentence", format="%d"),
        },
    )
else:
    st.caption("Select a row to see every sentence that reported it.")

app.downloads(v)
