"""Consistency checks on the golden set: every annotation is well-formed and grounded in its text."""

from __future__ import annotations

import functools
import html
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent
SAMPLES = GOLDEN.parent.parent / "data" / "liveblogs"
SAMPLE_NAMES = ("000_dcbe02804a7917eb.txt", "001_2c46d2ab69588a58.txt")
TEXT_NAMES = (
    "g01_wire_zaporizhzhia.txt",
    "g02_key_events.txt",
    "g03_morning_briefing.txt",
    "g04_liveblog_energy.txt",
    "g05_military_briefing.txt",
    "g06_regional_sumy.txt",
    "g07_analysis_losses.txt",
    "g08_article_odesa.html",
    "g09_state_media_kursk.txt",
    "g10_wire_conscription.txt",
)
DOC_NAMES = SAMPLE_NAMES + TEXT_NAMES

TAXONOMY = {
    "Explosions/Remote violence": {
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
    },
    "Battles": {"Armed clash", "Territory taken or claimed"},
    "Violence against civilians": {"Attack"},
    "Strategic developments": {
        "Disrupted weapons use",
        "Troop deployment",
        "Mobilisation/draft",
        "Military exercise",
        "Diplomacy",
        "Legal action",
        "Statement",
    },
}
METRICS = {
    "killed", "injured", "missing", "casualties", "captured", "troops", "people_drafted",
    "drones_launched", "drones_destroyed", "drones_lost", "missiles_launched", "missiles_destroyed",
    "evacuated", "displaced", "detained", "aid_value", "fine_value", "volunteers", "area_km2",
    "buildings_damaged", "prisoners_exchanged", "missiles_supplied", "drones_supplied",
}  # fmt: skip
UNITS = {"", "USD", "RUB", "EUR", "GBP", "UAH", "percent"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "expected"}
PRECISIONS = {"day", "week", "month", "year"}
EVENT_KEYS = {
    "event_type", "sub_event_type", "event_date", "date_precision", "location", "admin1_only", "country",
    "actor1", "fatalities", "injuries", "quote",
}  # fmt: skip
FIGURE_KEYS = {
    "metric", "subject", "value", "unit", "qualifier", "claimant", "claimant_country", "refers_to_date",
    "date_precision", "quote",
}  # fmt: skip

DATE_LINE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2}) \S")
DATE_PUBLISHED = re.compile(r'"datePublished":\s*"(\d{4}-\d{2}-\d{2})')
TAG = re.compile(r"<[^>]+>")
NON_TEXT = re.compile(r"<(script|style)\b.*?</\1>", re.S)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
SENTENCE_END = re.compile(r"[.!?][”\"’)]?(?=\s|$)")


@functools.cache
def expected() -> dict:
    """The annotations, parsed once per test session."""
    return json.loads((GOLDEN / "expected.json").read_text(encoding="utf-8"))


def raw(name: str) -> str:
    """A document's file content, from the golden texts or the bundled samples."""
    folder = SAMPLES if name in SAMPLE_NAMES else GOLDEN / "texts"
    return (folder / name).read_text(encoding="utf-8")


def visible_text(name: str) -> str:
    """The text a reader sees: HTML without tags, scripts and entities; plain text as is."""
    text = raw(name)
    if name.endswith(".html"):
        text = html.unescape(TAG.sub(" ", NON_TEXT.sub(" ", text)))
    return text


def published(name: str) -> str:
    """The publication date the document itself declares."""
    pattern = DATE_PUBLISHED if name.endswith(".html") else DATE_LINE
    match = pattern.search(raw(name))
    assert match, f"{name}: no publication date"
    return match.group(1)


def check_date(value: str, precision: str, pub: str) -> None:
    """An ISO date no later than publication and within the war years."""
    day = date.fromisoformat(value)
    assert precision in PRECISIONS
    assert date(2014, 1, 1) <= day <= date.fromisoformat(pub), value


def test_expected_covers_every_document():
    on_disk = {p.name for p in (GOLDEN / "texts").iterdir()}
    assert set(expected()) == set(DOC_NAMES)
    assert on_disk == set(TEXT_NAMES)


@pytest.mark.parametrize("name", DOC_NAMES)
def test_published_matches_document(name):
    assert expected()[name]["published"] == published(name)


@pytest.mark.parametrize("name", TEXT_NAMES)
def test_text_has_15_to_60_sentences(name):
    body = visible_text(name)
    if name.endswith(".html"):
        body = " ".join(re.findall(r"<p>(.*?)</p>", raw(name).split("<article", 1)[1].split("</article>")[0]))
    assert 15 <= len(SENTENCE_END.findall(body)) <= 60


@pytest.mark.parametrize("name", DOC_NAMES)
def test_events_are_well_formed_and_quoted(name):
    doc, text = expected()[name], visible_text(name)
    assert doc["events"], "every document reports at least one event"
    for event in doc["events"]:
        assert set(event) == EVENT_KEYS, event
        assert event["sub_event_type"] in TAXONOMY[event["event_type"]]
        check_date(event["event_date"], event["date_precision"], doc["published"])
        assert event["quote"] in text, event["quote"]
        assert isinstance(event["admin1_only"], bool)
        assert bool(event["location"]) == bool(event["country"]), event
        assert not (event["admin1_only"] and not event["location"])
        for count in (event["fatalities"], event["injuries"]):
            assert count is None or (isinstance(count, int) and count >= 0)


@pytest.mark.parametrize("name", DOC_NAMES)
def test_figures_are_well_formed_and_quoted(name):
    doc, text = expected()[name], visible_text(name)
    for figure in doc["figures"]:
        assert set(figure) == FIGURE_KEYS, figure
        assert figure["metric"] in METRICS
        assert figure["unit"] in UNITS and figure["qualifier"] in QUALIFIERS
        assert isinstance(figure["value"], int | float) and figure["value"] > 0
        assert figure["claimant_country"] == "" or figure["claimant"], figure
        check_date(figure["refers_to_date"], figure["date_precision"], doc["published"])
        assert figure["quote"] in text, figure["quote"]


@pytest.mark.parametrize("name", DOC_NAMES)
def test_each_claim_is_listed_once(name):
    figures = expected()[name]["figures"]
    keys = [(f["metric"], f["value"], f["claimant"], f["subject"]) for f in figures]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", DOC_NAMES)
def test_money_figures_carry_a_currency_and_counts_do_not(name):
    for figure in expected()[name]["figures"]:
        is_money = figure["metric"] in {"aid_value", "fine_value"}
        assert (figure["unit"] not in {"", "percent"}) == is_money, figure


def test_quote_search_ignores_html_boilerplate():
    text = visible_text("g08_article_odesa.html")
    assert "Russia struck the port of Odesa" in text
    assert "window.adConfig" not in text and "<p>" not in text


@pytest.mark.parametrize(
    ("published_on", "value", "ok"),
    [
        ("2024-11-01", "2024-10-31", True),
        ("2024-11-01", "2024-11-01", True),
        ("2024-11-01", "2024-11-02", False),
        ("2024-11-01", "2013-12-31", False),
    ],
)
def test_check_date_rejects_dates_after_publication(published_on, value, ok):
    if ok:
        check_date(value, "day", published_on)
    else:
        with pytest.raises(AssertionError):
            check_date(value, "day", published_on)


@pytest.mark.parametrize("name", DOC_NAMES)
def test_event_dates_follow_weekday_and_yesterday_phrases(name):
    """'on Tuesday' is the most recent Tuesday on or before publication; 'yesterday' the day before."""
    doc = expected()[name]
    pub = date.fromisoformat(doc["published"])
    for event in doc["events"]:
        days = {WEEKDAYS.index(d) for d in WEEKDAY.findall(event["quote"])}
        if len(days) == 1:
            want = pub - timedelta(days=(pub.weekday() - days.pop()) % 7)
        elif not days and "yesterday" in event["quote"]:
            want = pub - timedelta(days=1)
        else:
            continue
        assert event["event_date"] == want.isoformat(), event["quote"]
