"""Frontline's analyst dashboard: `streamlit run dashboard.py` (layout only; logic lives in frontline/)."""

import streamlit as st

from frontline import app

st.set_page_config(page_title="Frontline", layout="wide")

pages = st.navigation(
    [
        st.Page("pages/overview.py", title="Overview", default=True),
        st.Page("pages/timeline.py", title="Timeline"),
        st.Page("pages/map.py", title="Map"),
        st.Page("pages/figures.py", title="Figures"),
        st.Page("pages/events.py", title="Events"),
        st.Page("pages/sources.py", title="Sources"),
    ]
)
app.sidebar(app.load())
pages.run()
