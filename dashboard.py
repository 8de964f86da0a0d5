"""Frontline's analyst dashboard: `streamlit run dashboard.py` (layout only; logic lives in frontline/)."""

import streamlit as st

from frontline import app

st.set_page_config(page_title="Frontline", layout="wide")

# Page files end in _page so that no URL path equals a file stem in pages/: on a fresh server the first request
# is routed by Streamlit's pages-folder emulation, which would run a same-named file without this entry script.
pages = st.navigation(
    [
        st.Page("pages/overview_page.py", title="Overview", default=True),
        st.Page("pages/timeline_page.py", url_path="timeline", title="Timeline"),
        st.Page("pages/map_page.py", url_path="map", title="Map"),
        st.Page("pages/figures_page.py", url_path="figures", title="Figures"),
        st.Page("pages/events_page.py", url_path="events", title="Events"),
        st.Page("pages/sources_page.py", url_path="sources", title="Sources"),
    ]
)
app.sidebar(app.load())
pages.run()
