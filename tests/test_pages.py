"""Every dashboard page under AppTest, on synthetic tables: runs cleanly, and the filters change what is shown."""

from __future__ import annotations

import base64
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from benchmarks.synthetic import synthetic_tables
from frontline import app

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "pages/overview_page.py",
    "pages/timeline_page.py",
    "pages/map_page.py",
    "pages/figures_page.py",
    "pages/events_page.py",
]
N_EVENTS = 1200
VALID_UPLOAD = (
    b"date 2024-11-03 Russia-Ukraine war: what we know on day 984\n"
    b"Drone attack on Odesa port\n"
    b"Russian drones struck port infrastructure in Odesa overnight, injuring two workers, the governor said.\n"
)


@pytest.fixture(autouse=True)
def _entry_script_routes_every_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """AppTest forgets on every run that st.navigation was called, so Streamlit's pages-folder emulation would
    route each run by the pages/ folder; a server does that for its first request only (see dashboard.py)."""
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private corpus (copies of the sample live blogs) and output dir, chosen by a settings file."""
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    for path in sorted((ROOT / "data" / "liveblogs").glob("*.txt")):
        shutil.copy(path, corpus_dir / path.name)
    settings_file = tmp_path / "frontline.toml"
    settings_file.write_text(f'[paths]\ncorpus_dir = "{corpus_dir}"\nout_dir = "{tmp_path / "out"}"\n')
    monkeypatch.setenv("FRONTLINE_SETTINGS", str(settings_file))
    return corpus_dir


@pytest.fixture
def tables(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Synthetic tables served by the app's loader; caches cleared before and after."""
    data = synthetic_tables(N_EVENTS, seed=11)
    docs = data.documents.copy()
    docs.loc[docs.index[-1], "title"] = "**Live**: _blasts_ in [Kyiv](javascript:x) <script>alert(1)</script>"
    data = type(data)(data.events, data.figures, data.mentions, docs, ["bad.txt: [no_date] no date line"])
    monkeypatch.setattr(app, "corpus_fingerprint", lambda s: f"synthetic-{N_EVENTS}")
    monkeypatch.setattr(app, "build_tables", lambda s: data)
    app.clear_cache()
    st.cache_data.clear()
    yield data
    app.clear_cache()
    st.cache_data.clear()


def open_page(page: str | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def chart_spec(at: AppTest, n: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[n].proto.spec)


def values(trace: dict, axis: str) -> list:
    """A trace's data, whether plotly wrote a plain list or a base64 typed array."""
    data = trace[axis]
    if isinstance(data, dict):
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"]).tolist()
    return list(data)


def metric(at: AppTest, label: str) -> int:
    return int(next(m.value for m in at.metric if m.label == label).replace(",", ""))


@pytest.mark.parametrize("page", [*PAGES, "pages/sources_page.py"])
def test_every_page_runs(tables, page: str) -> None:
    at = open_page(page)
    assert at.title[0].value == Path(page).stem.removesuffix("_page").capitalize()


def test_overview_headline_follows_the_country_filter(tables) -> None:
    at = open_page()
    assert metric(at, "Events") == N_EVENTS
    at.multiselect(key="f_country").set_value(["Russia"]).run()
    expected = int((tables.events["country"] == "Russia").sum())
    assert metric(at, "Events") == expected < N_EVENTS
    latest = at.dataframe[0].value
    assert set(latest["country"]) == {"Russia"}
    assert at.query_params["country"] == "Russia"
    at.multiselect(key="f_country").set_value(["Russia", "Ukraine"]).run()
    assert at.query_params["country"] == ["Russia", "Ukraine"]


def test_filters_survive_a_page_switch(tables) -> None:
    at = open_page()
    at.multiselect(key="f_type").set_value(["Battles"]).run()
    at.switch_page("pages/events_page.py")
    at.run()
    assert at.multiselect(key="f_type").value == ["Battles"]
    assert set(at.dataframe[0].value["sub_event_type"]) <= {"Armed clash", "Territory taken or claimed"}


def test_no_page_file_shares_a_url_path_so_deep_links_run_the_entrypoint() -> None:
    # On a fresh server Streamlit routes the first request by the pages/ folder (its v1 emulation): a URL path
    # equal to a file stem there would run that file alone, without dashboard.py's sidebar and navigation.
    stems = {p.stem for p in (ROOT / "pages").glob("*.py")}
    paths = set(re.findall(r'url_path="([^"]+)"', (ROOT / "dashboard.py").read_text()))
    assert paths and not stems & paths


def test_killed_counts_events_not_figures(tables) -> None:
    at = open_page()
    assert metric(at, "Killed") == int(tables.events["fatalities"].sum())


def test_link_reopens_the_view(tables) -> None:
    at = open_page(params={"type": "Battles", "from": "2022-03-01", "q": "near"})
    assert at.multiselect(key="f_type").value == ["Battles"]
    assert at.text_input(key="f_q").value == "near"
    events = tables.events
    expected = events[
        (events["event_type"] == "Battles")
        & (events["event_date"] >= "2022-03-01")
        & events["source_quote"].str.contains("near", case=False)
    ]
    assert metric(at, "Events") == len(expected)


def test_link_with_unknown_values_is_reported(tables) -> None:
    at = open_page(params={"country": "Atlantis", "from": "yesterday"})
    assert at.multiselect(key="f_country").value == []
    assert metric(at, "Events") == N_EVENTS
    assert any("Atlantis" in t.value for t in at.toast)


def test_timeline_chart_follows_the_event_type_filter(tables) -> None:
    at = open_page("pages/timeline_page.py")
    before = chart_spec(at)
    assert sum(sum(values(trace, "y")) for trace in before["data"]) == N_EVENTS
    at.multiselect(key="f_type").set_value(["Battles"]).run()
    after = chart_spec(at)
    assert [trace["name"] for trace in after["data"]] == ["Battles"]
    assert sum(values(after["data"][0], "y")) == int((tables.events["event_type"] == "Battles").sum())


def test_timeline_lists_the_chosen_day(tables) -> None:
    at = open_page("pages/timeline_page.py")
    day = at.selectbox(key="timeline_day")
    chosen = day.options[3]
    day.select(chosen).run()
    shown = at.dataframe[0].value
    assert len(shown) > 0
    assert shown["event_date"].nunique() == 1


def test_map_follows_filters_and_switches_to_regions(tables) -> None:
    at = open_page("pages/map_page.py")
    before = chart_spec(at)
    assert before["data"][0]["type"] == "scattergeo"
    at.multiselect(key="f_admin1").set_value(["Kharkiv Oblast"]).run()
    after = chart_spec(at)
    n_points = sum(len(values(trace, "lat")) for trace in after["data"])
    located = tables.events[(tables.events["admin1"] == "Kharkiv Oblast") & tables.events["latitude"].notna()]
    assert n_points == len(located) < sum(len(values(trace, "lat")) for trace in before["data"])
    at.radio(key="map_mode").set_value("Region totals").run()
    assert list(at.dataframe[0].value["admin1"]) == ["Kharkiv Oblast"]


def test_map_never_asks_for_tiles_by_default(tables) -> None:
    at = open_page("pages/map_page.py")
    assert at.toggle(key="map_tiles").value is False
    assert "map" not in chart_spec(at)["layout"] or not chart_spec(at)["layout"]["map"].get("layers")
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["topojsonURL"] == "/app/static/"


def test_figures_page_keeps_claimants_apart(tables) -> None:
    at = open_page("pages/figures_page.py")
    at.selectbox(key="fig_metric").select("troops").run()
    at.selectbox(key="fig_subject").select("North Korean troops").run()
    spec = chart_spec(at)
    lines = [t for t in spec["data"] if t["mode"] == "lines"]
    markers = [t for t in spec["data"] if t["mode"] == "markers" and t.get("legendgroup") != "qualifier"]
    figures = tables.figures
    shown = figures[(figures["metric"] == "troops") & (figures["subject"] == "North Korean troops")]
    assert sorted(t["name"] for t in lines) == sorted(shown["claimant"].unique())
    assert sum(len(values(t, "y")) for t in markers) == len(shown) == len(at.dataframe[0].value)
    at.multiselect(key="f_claimant").set_value(["Pentagon"]).run()
    lines = [t for t in chart_spec(at)["data"] if t["mode"] == "lines"]
    assert [t["name"] for t in lines] == ["Pentagon"]


def test_events_table_follows_search_and_shows_mentions(tables) -> None:
    at = open_page("pages/events_page.py")
    assert len(at.dataframe[0].value) == N_EVENTS
    at.text_input(key="f_q").input("kyiv").run()
    table = at.dataframe[0].value
    assert 0 < len(table) < N_EVENTS
    at.session_state["events_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    mentions = at.dataframe[1].value
    picked = table.iloc[0]
    assert len(mentions) == picked["mentions"]
    assert set(mentions["quote"]) == {picked["source_quote"]}


def test_document_text_is_escaped(tables) -> None:
    at = open_page()
    title = next(m.value for m in at.markdown if "Live" in m.value)
    assert "<script>" not in title
    assert title.startswith("**\\*\\*Live\\*\\*\\:")  # bold wrapper, the title's own markup escaped
    assert "\\[Kyiv\\]\\(javascript\\:x\\)" in title


def test_errors_from_the_pipeline_are_shown(tables) -> None:
    at = open_page("pages/sources_page.py")
    assert any("no\\_date" in w.value for w in at.warning)


def test_upload_adds_a_document_and_a_bad_one_changes_nothing(tables, corpus: Path) -> None:
    at = open_page("pages/sources_page.py")
    before = sorted(p.name for p in corpus.iterdir() if p.suffix == ".txt")
    at.file_uploader[0].set_value(("broken.txt", b"no date line here\njust words", "text/plain")).run()
    at.button(key="src_add").click().run()
    assert at.error and "broken.txt was not added" in at.error[0].value.replace("\\", "")
    assert sorted(p.name for p in corpus.iterdir() if p.suffix == ".txt") == before
    at.file_uploader[0].set_value(("odesa-update.txt", VALID_UPLOAD, "text/plain")).run()
    at.button(key="src_add").click().run()
    assert not at.error
    assert (corpus / "odesa-update.txt").read_bytes() == VALID_UPLOAD
    assert any("Added odesa" in s.value.replace("\\", "") for s in at.success)


def test_bad_url_shows_an_error(tables, corpus: Path) -> None:
    at = open_page("pages/sources_page.py")
    before = sorted(corpus.iterdir())
    at.text_input(key="src_url").input("file:///etc/passwd").run()
    at.button(key="src_fetch").click().run()
    assert "bad\\_url" in at.error[0].value
    assert sorted(corpus.iterdir()) == before


def test_remove_button_removes_the_document(tables, corpus: Path) -> None:
    at = open_page("pages/sources_page.py")
    name = sorted(p.name for p in corpus.glob("*.txt"))[0]
    at.button(key=f"src_rm_{name}").click().run()
    assert not (corpus / name).exists()
    assert not any(b.key == f"src_rm_{name}" for b in at.button)


def test_empty_corpus_says_what_to_do(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = synthetic_tables(0)
    none = type(empty)(
        empty.events.iloc[:0], empty.figures.iloc[:0], empty.mentions.iloc[:0], empty.documents, []
    )
    monkeypatch.setattr(app, "corpus_fingerprint", lambda s: "empty")
    monkeypatch.setattr(app, "build_tables", lambda s: none)
    app.clear_cache()
    try:
        for page in PAGES:
            at = open_page(page)
            assert any("Sources page" in i.value for i in at.info)
    finally:
        app.clear_cache()


def test_download_buttons_offer_what_is_shown(tables) -> None:
    at = open_page("pages/events_page.py")
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Events (CSV)", "Events (GeoJSON)", "Figures (CSV)"]
    at.multiselect(key="f_country").set_value(["Russia"]).run()
    assert f"{int((tables.events['country'] == 'Russia').sum()):,} events" in " ".join(
        c.value for c in at.caption
    )


@pytest.mark.parametrize("frame_name", ["events", "figures"])
def test_synthetic_tables_follow_the_schema(frame_name: str) -> None:
    from frontline.schema import TABLES

    table = getattr(synthetic_tables(50), frame_name)
    assert list(table.columns) == list(TABLES[frame_name])
    assert {str(t) for t in table.dtypes} <= {"string", "Float64", "Int64"}
    assert isinstance(table, pd.DataFrame)
