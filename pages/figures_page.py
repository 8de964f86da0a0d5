"""Figures: each claimant's estimates of one metric and subject over time, never summed across claimants."""

import streamlit as st

from frontline import aggregate, app, charts

CLAIM_LIMIT = 3_000  # claims per chart and table; more only through the download or narrower dates


def _choose(label: str, options: list[str], key: str, **kwargs: object) -> str:
    """A selectbox whose remembered choice is dropped when the filter removes it from the options."""
    if st.session_state.get(key) not in options:
        st.session_state[key] = options[0]
    return st.selectbox(label, options, key=key, **kwargs)


def _metric_label(metric: str) -> str:
    return metric.replace("_", " ")


def _note_limit(shown: int, total: int) -> None:
    if shown < total:
        st.caption(f"The most recent {shown:,} of {total:,} claims; narrow the dates to see older ones.")


v = app.view()
st.title("Figures")
if app.no_data(v.loaded):
    st.stop()
st.caption(
    "Each line is one claimant's figures; the marker shows the qualifier (exact, approx., at least, at most,"
    " expected). Claims from different sources are never added together."
)
subjects = aggregate.figure_subjects(v.figures)
if subjects.empty:
    st.info("No figures in the current filter.")
    app.downloads(v)
    st.stop()

metrics = list(dict.fromkeys(subjects["metric"]))
left, right = st.columns(2)
with left:
    metric = _choose("Metric", metrics, "fig_metric", format_func=_metric_label)
of_metric = subjects[subjects["metric"] == metric]
counts = dict(zip(of_metric["subject"], of_metric["figures"], strict=True))
with right:
    subject = _choose(
        "Subject",
        list(of_metric["subject"]),
        "fig_subject",
        format_func=lambda s: f"{s} ({counts.get(s, 0)})",
    )
series = aggregate.figure_series(v.figures, metric, subject, limit=CLAIM_LIMIT)
_note_limit(len(series), counts.get(subject, 0))
st.plotly_chart(charts.figure_chart(series, _metric_label(metric)), key="fig_chart")
app.table(app.brief_figures(series), "fig_table", app.figure_columns())

for title, wanted, key in (
    ("Casualty figures over time", aggregate.CASUALTY_METRICS, "fig_casualty_metric"),
    ("Drone and missile counts over time", aggregate.WEAPON_METRICS, "fig_weapon_metric"),
):
    present = aggregate.metrics_present(v.figures, wanted)
    st.subheader(title)
    if not present:
        st.caption("None in the current filter.")
        continue
    chosen = st.radio("Metric", present, horizontal=True, key=key, format_func=_metric_label)
    lines = aggregate.figure_series(v.figures, chosen, limit=CLAIM_LIMIT)
    _note_limit(len(lines), int(subjects.loc[subjects["metric"] == chosen, "figures"].sum()))
    st.plotly_chart(charts.figure_chart(lines, _metric_label(chosen)), key=f"{key}_chart")

app.downloads(v, events=False, geojson=False)
