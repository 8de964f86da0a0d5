"""The bundled sample live blogs: what the product owner's 'Done when' names, checked on the real tables."""

from pathlib import Path

import pandas as pd
import pytest

from frontline.pipeline import run

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "liveblogs"


@pytest.fixture(scope="module")
def tables(settings):
    return run([SAMPLES], settings, jobs=1)


def _events(tables, sub_type, place):
    ev = tables.events
    return ev[(ev.sub_event_type == sub_type) & (ev.location.str.contains(place, na=False))]


@pytest.mark.parametrize(
    ("sub_type", "place", "day", "killed", "injured"),
    [
        ("Air/drone strike", "Kyiv", "2024-10-30", None, 9),
        ("Air/drone strike", "Gudermes", "2024-10-29", 0, 0),
        ("Air/drone strike", "Kharkiv", "2024-10-30", 3, 36),
        ("Shelling/artillery/missile attack", "Dniester Estuary", "2024-10-31", None, None),
        ("Shelling/artillery/missile attack", "Kramatorsk", "2024-10-31", None, None),
    ],
)
def test_named_event_appears_once_on_the_map(tables, sub_type, place, day, killed, injured):
    found = _events(tables, sub_type, place)
    assert len(found) == 1, tables.events[["event_date", "sub_event_type", "location"]]
    row = found.iloc[0]
    assert row.event_date == day
    assert not pd.isna(row.latitude) and not pd.isna(row.longitude)
    assert (None if pd.isna(row.fatalities) else row.fatalities) == killed
    assert (None if pd.isna(row.injuries) else row.injuries) == injured


def test_kyiv_attack_is_one_event_across_posts(tables):
    kyiv = _events(tables, "Air/drone strike", "Kyiv")
    assert kyiv.iloc[0].mentions >= 4


def test_bridge_attack_is_in_odesa_region(tables):
    row = _events(tables, "Shelling/artillery/missile attack", "Dniester Estuary").iloc[0]
    assert row.admin1 == "Odesa"
    assert row.actor1 == "Russia"


def test_north_korean_troop_estimates_have_claimants(tables):
    fig = tables.figures
    nk = fig[(fig.metric == "troops") & fig.subject.str.contains("North Korean")]
    by_country = {(r.claimant_country, r.value) for r in nk.itertuples()}
    assert ("United States", 10000.0) in by_country
    assert ("Ukraine", 12000.0) in by_country
    assert ("South Korea", 11000.0) in by_country
    assert {"Pentagon", "Volodymyr Zelensky", "Antony Blinken"} <= set(nk.claimant)


def test_pentagon_earlier_estimate_is_dated_the_week_before(tables):
    fig = tables.figures
    earlier = fig[(fig.claimant == "Pentagon") & (fig.value == 3000)]
    assert len(earlier) == 1
    assert earlier.iloc[0].refers_to_date == "2024-10-23"
    assert earlier.iloc[0].date_precision == "week"


def test_pentagon_10000_on_both_days_is_one_claim(tables):
    fig = tables.figures
    claim = fig[(fig.claimant == "Pentagon") & (fig.value == 10000)]
    assert len(claim) == 1
    assert claim.iloc[0].mentions >= 3
    assert set(tables.mentions[tables.mentions.record_id == claim.iloc[0].figure_id].source_doc) == {
        "000_dcbe02804a7917eb.txt",
        "001_2c46d2ab69588a58.txt",
    }


@pytest.mark.parametrize("value", [11, 12, 15, 69, 2020, 2022, 2007, 1.3, 130, 6, 988, 1000])
def test_no_age_year_clock_time_or_day_is_a_figure(tables, value):
    assert value not in set(tables.figures.value)


def test_every_row_quotes_its_sentence(tables):
    docs = {p.name: p.read_text(encoding="utf-8") for p in SAMPLES.iterdir()}
    for table in (tables.events, tables.figures):
        for r in table.itertuples():
            assert r.source_quote in docs[r.source_doc]
    for m in tables.mentions.itertuples():
        assert m.quote in docs[m.source_doc]


def test_ids_are_stable_across_runs_and_order(settings, tables):
    files = sorted(SAMPLES.iterdir())
    again = run(list(reversed(files)), settings, jobs=1)
    assert sorted(again.events.event_id) == sorted(tables.events.event_id)
    assert sorted(again.figures.figure_id) == sorted(tables.figures.figure_id)
