"""Synthetic Frontline tables with realistic places, event types and claims, for tests and benchmarks."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from frontline.pipeline import Tables
from frontline.schema import TABLES

# name, admin1, country, latitude, longitude
PLACES: tuple[tuple[str, str, str, float, float], ...] = (
    ("Kyiv", "Kyiv City", "Ukraine", 50.4501, 30.5234),
    ("Kharkiv", "Kharkiv Oblast", "Ukraine", 49.9935, 36.2304),
    ("Vovchansk", "Kharkiv Oblast", "Ukraine", 50.2900, 36.9411),
    ("Kupiansk", "Kharkiv Oblast", "Ukraine", 49.7106, 37.6156),
    ("Odesa", "Odesa Oblast", "Ukraine", 46.4825, 30.7233),
    ("Izmail", "Odesa Oblast", "Ukraine", 45.3494, 28.8379),
    ("Zaporizhzhia", "Zaporizhzhia Oblast", "Ukraine", 47.8388, 35.1396),
    ("Orikhiv", "Zaporizhzhia Oblast", "Ukraine", 47.5676, 35.7856),
    ("Huliaipole", "Zaporizhzhia Oblast", "Ukraine", 47.6633, 36.2556),
    ("Dnipro", "Dnipropetrovsk Oblast", "Ukraine", 48.4647, 35.0462),
    ("Nikopol", "Dnipropetrovsk Oblast", "Ukraine", 47.5667, 34.3944),
    ("Kryvyi Rih", "Dnipropetrovsk Oblast", "Ukraine", 47.9105, 33.3918),
    ("Kherson", "Kherson Oblast", "Ukraine", 46.6354, 32.6169),
    ("Mykolaiv", "Mykolaiv Oblast", "Ukraine", 46.9750, 31.9946),
    ("Sumy", "Sumy Oblast", "Ukraine", 50.9077, 34.7981),
    ("Chernihiv", "Chernihiv Oblast", "Ukraine", 51.4982, 31.2893),
    ("Poltava", "Poltava Oblast", "Ukraine", 49.5883, 34.5514),
    ("Kremenchuk", "Poltava Oblast", "Ukraine", 49.0659, 33.4100),
    ("Lviv", "Lviv Oblast", "Ukraine", 49.8397, 24.0297),
    ("Ternopil", "Ternopil Oblast", "Ukraine", 49.5535, 25.5948),
    ("Pokrovsk", "Donetsk Oblast", "Ukraine", 48.2820, 37.1760),
    ("Bakhmut", "Donetsk Oblast", "Ukraine", 48.5947, 38.0003),
    ("Avdiivka", "Donetsk Oblast", "Ukraine", 48.1394, 37.7497),
    ("Toretsk", "Donetsk Oblast", "Ukraine", 48.3979, 37.8476),
    ("Chasiv Yar", "Donetsk Oblast", "Ukraine", 48.5868, 37.8350),
    ("Kurakhove", "Donetsk Oblast", "Ukraine", 47.9836, 37.2825),
    ("Kramatorsk", "Donetsk Oblast", "Ukraine", 48.7389, 37.5844),
    ("Sloviansk", "Donetsk Oblast", "Ukraine", 48.8533, 37.6050),
    ("Donetsk", "Donetsk Oblast", "Ukraine", 48.0159, 37.8028),
    ("Mariupol", "Donetsk Oblast", "Ukraine", 47.0971, 37.5434),
    ("Luhansk", "Luhansk Oblast", "Ukraine", 48.5740, 39.3078),
    ("Melitopol", "Zaporizhzhia Oblast", "Ukraine", 46.8489, 35.3653),
    ("Sevastopol", "Crimea", "Ukraine", 44.6167, 33.5254),
    ("Kursk", "Kursk Oblast", "Russia", 51.7304, 36.1926),
    ("Sudzha", "Kursk Oblast", "Russia", 51.1897, 35.2723),
    ("Belgorod", "Belgorod Oblast", "Russia", 50.5997, 36.5983),
    ("Bryansk", "Bryansk Oblast", "Russia", 53.2434, 34.3642),
    ("Moscow", "Moscow", "Russia", 55.7558, 37.6173),
    ("Rostov-on-Don", "Rostov Oblast", "Russia", 47.2357, 39.7015),
    ("Engels", "Saratov Oblast", "Russia", 51.4989, 46.1211),
    ("Novorossiysk", "Krasnodar Krai", "Russia", 44.7239, 37.7687),
    ("Voronezh", "Voronezh Oblast", "Russia", 51.6720, 39.1843),
)

# event_type, sub_event_type, weight, (actor1, actor2) choices
EVENT_KINDS: tuple[tuple[str, str, float], ...] = (
    ("Explosions/Remote violence", "Air/drone strike", 0.30),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.22),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.03),
    ("Battles", "Armed clash", 0.14),
    ("Battles", "Territory taken or claimed", 0.06),
    ("Violence against civilians", "Attack", 0.05),
    ("Strategic developments", "Disrupted weapons use", 0.08),
    ("Strategic developments", "Troop deployment", 0.03),
    ("Strategic developments", "Mobilisation/draft", 0.01),
    ("Strategic developments", "Military exercise", 0.01),
    ("Strategic developments", "Diplomacy", 0.04),
    ("Strategic developments", "Legal action", 0.01),
    ("Strategic developments", "Statement", 0.02),
)

ACTORS = (
    "Russian forces",
    "Ukrainian forces",
    "North Korean forces",
    "Civilians (Ukraine)",
    "Civilians (Russia)",
)
CLAIMANTS = (
    "Ukrainian military",
    "Russian Defence Ministry",
    "regional governor",
    "Kyiv city administration",
    "Ukrainian air force",
    "Reuters",
    "",
)

# Each quote template names its place; some carry markup and formula starts, as real copy sometimes does.
QUOTE_TEMPLATES = (
    "A Russian drone hit an apartment block in {place} overnight, officials said.",
    "Shelling of {place} killed {f} and wounded {i}, the regional governor wrote on Telegram.",
    "Ukrainian troops repelled an assault near {place}, the general staff said in its morning update.",
    "Russia's defence ministry claimed its forces had captured {place}.",
    "Air defence units downed drones approaching {place}, the air force said.",
    "* {place}: explosions heard after air-raid sirens sounded across the region #breaking",
    '=HYPERLINK("x") {place} strike [update] <script>alert(1)</script>',
    "-{f} dead in {place}, say _local officials_ (Reuters)",
)

NUMBERED_TEMPLATES = (1, 7)  # templates that state casualty numbers

# metric, subject, claimant, claimant_country, start value, daily drift, noise, qualifiers
FIGURE_SERIES: tuple[tuple[str, str, str, str, float, float, float, tuple[str, ...]], ...] = (
    ("troops", "North Korean troops", "Pentagon", "US", 3000, 40, 300, ("approx", "exact")),
    ("troops", "North Korean troops", "South Korean intelligence", "South Korea", 3500, 45, 500, ("approx",)),
    (
        "troops",
        "North Korean troops",
        "Ukrainian military intelligence",
        "Ukraine",
        5000,
        60,
        800,
        ("at_least",),
    ),
    ("troops", "North Korean troops", "Pentagon (forecast)", "US", 8000, 50, 500, ("expected",)),
    ("killed", "Russian troops", "Ukrainian General Staff", "Ukraine", 900, 0.5, 200, ("exact",)),
    ("killed", "Ukrainian troops", "Russian Defence Ministry", "Russia", 1200, 0.2, 300, ("exact", "approx")),
    ("killed", "people", "UN monitors", "", 10, 0.0, 8, ("at_least",)),
    ("injured", "people", "regional governor", "Ukraine", 12, 0.0, 9, ("exact", "at_least")),
    ("drones_launched", "drones", "Ukrainian air force", "Ukraine", 40, 0.1, 30, ("exact",)),
    ("drones_destroyed", "drones", "Ukrainian air force", "Ukraine", 35, 0.1, 25, ("exact",)),
    ("drones_destroyed", "Ukrainian drones", "Russian Defence Ministry", "Russia", 30, 0.05, 25, ("exact",)),
    ("missiles_launched", "missiles", "Ukrainian air force", "Ukraine", 5, 0.0, 6, ("exact", "at_least")),
    ("people_drafted", "troops", "Ukrainian government", "Ukraine", 150000, 10, 10000, ("approx",)),
)

START = date(2022, 2, 24)


def _day_strings(first: date, days: np.ndarray) -> np.ndarray:
    span = int(days.max()) + 1 if days.size else 0
    lookup = np.array([(first + timedelta(days=d)).isoformat() for d in range(span)], dtype=object)
    return lookup[days]


def _documents(n_days: int) -> pd.DataFrame:
    days = np.arange(n_days + 1)
    published = _day_strings(START, days)
    hashes = [f"{(int(d) * 2654435761 * 40503) % 16**16:016x}" for d in days]
    return pd.DataFrame(
        {
            "name": [f"{d:03d}_{h}.txt" for d, h in zip(days, hashes, strict=True)],
            "doc_id": hashes,
            "published": published,
            "title": [f"Russia-Ukraine war live: day {d} of the blog" for d in days],
            "sentences": 80 + days % 40,
        }
    )


def _events(n: int, n_days: int, docs: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    kinds = rng.choice(len(EVENT_KINDS), size=n, p=[k[2] for k in EVENT_KINDS])
    place = rng.integers(0, len(PLACES), size=n)
    day = rng.integers(0, n_days, size=n)
    lag = rng.integers(0, 2, size=n)
    places = np.array(PLACES, dtype=object)
    kind_type = np.array([k[0] for k in EVENT_KINDS], dtype=object)
    kind_sub = np.array([k[1] for k in EVENT_KINDS], dtype=object)
    violent = np.isin(
        kind_type[kinds], ["Explosions/Remote violence", "Violence against civilians", "Battles"]
    )
    fatal = np.where(violent & (rng.random(n) < 0.35), rng.poisson(2.0, size=n), -1)
    injured = np.where(violent & (rng.random(n) < 0.45), rng.poisson(5.0, size=n), -1)
    no_geo = rng.random(n) < 0.04
    jitter = rng.normal(0, 0.05, size=(n, 2))
    lat = np.where(no_geo, np.nan, places[place, 3].astype(float) + jitter[:, 0])
    lon = np.where(no_geo, np.nan, places[place, 4].astype(float) + jitter[:, 1])
    template = rng.integers(0, len(QUOTE_TEMPLATES), size=n)
    template[np.isin(template, NUMBERED_TEMPLATES) & ((fatal < 0) | (injured < 0))] = 0
    names = places[place, 0]
    quotes = [
        QUOTE_TEMPLATES[t].format(place=p, f=max(f, 0), i=max(i, 0))
        for t, p, f, i in zip(template, names, fatal, injured, strict=True)
    ]
    actor1 = np.where(rng.random(n) < 0.7, ACTORS[0], ACTORS[1])
    actor2 = np.array(ACTORS, dtype=object)[rng.integers(1, len(ACTORS), size=n)]
    df = pd.DataFrame(
        {
            "event_id": [f"ev{i:07d}" for i in range(n)],
            "event_date": _day_strings(START, day),
            "date_precision": np.where(rng.random(n) < 0.95, "day", "week"),
            "event_type": kind_type[kinds],
            "sub_event_type": kind_sub[kinds],
            "actor1": actor1,
            "actor2": np.where(actor2 == actor1, "", actor2),
            "location": np.where(no_geo, None, names),
            "admin1": places[place, 1],
            "country": places[place, 2],
            "latitude": lat,
            "longitude": lon,
            "geo_precision": np.where(no_geo, 3, 1),
            "fatalities": pd.array(np.where(fatal < 0, None, fatal), dtype="Int64"),
            "injuries": pd.array(np.where(injured < 0, None, injured), dtype="Int64"),
            "claimant": np.array(CLAIMANTS, dtype=object)[rng.integers(0, len(CLAIMANTS), size=n)],
            "source_doc": docs["name"].to_numpy()[day + lag],
            "source_quote": quotes,
            "mentions": rng.geometric(0.7, size=n),
        }
    )
    return df.astype(TABLES["events"])


def _figures(n: int, n_days: int, docs: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    series = rng.integers(0, len(FIGURE_SERIES), size=n)
    day = rng.integers(0, n_days, size=n)
    rows = []
    doc_names = docs["name"].to_numpy()
    for i, (s, d) in enumerate(zip(series, day, strict=True)):
        metric, subject, claimant, country, start, drift, noise, quals = FIGURE_SERIES[s]
        value = max(0.0, round(start + drift * d + rng.normal(0, noise)))
        qualifier = quals[i % len(quals)]
        reported = (START + timedelta(days=int(d))).isoformat()
        rows.append(
            {
                "figure_id": f"fg{i:07d}",
                "reported_date": reported,
                "refers_to_date": reported,
                "date_precision": "day",
                "metric": metric,
                "subject": subject,
                "value": value,
                "unit": "",
                "qualifier": qualifier,
                "claimant": claimant,
                "claimant_country": country,
                "location": None,
                "latitude": None,
                "longitude": None,
                "event_id": None,
                "source_doc": doc_names[d],
                "source_quote": f"{claimant} said {value:,.0f} {subject} ({metric}), as of {reported}.",
                "mentions": 1,
            }
        )
    return pd.DataFrame(rows, columns=list(TABLES["figures"])).astype(TABLES["figures"])


def _mentions(events: pd.DataFrame, figures: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    published = dict(zip(docs["name"], docs["published"], strict=True))
    parts = []
    for record_type, df, id_col in (("event", events, "event_id"), ("figure", figures, "figure_id")):
        count = df["mentions"].to_numpy(dtype=np.int64)
        idx = np.repeat(np.arange(len(df)), count)
        nth = np.arange(len(idx)) - np.repeat(np.cumsum(count) - count, count)
        quote = df["source_quote"].to_numpy()[idx]
        source = df["source_doc"].to_numpy()[idx]
        parts.append(
            pd.DataFrame(
                {
                    "record_type": record_type,
                    "record_id": df[id_col].to_numpy()[idx],
                    "source_doc": source,
                    "published": pd.Series(source).map(published).to_numpy(),
                    "post_index": 1 + nth,
                    "post_headline": np.where(nth == 0, "Key events", "Latest update"),
                    "sentence_index": 3 + 7 * nth,
                    "start": 0,
                    "end": pd.Series(quote, dtype="string").str.len().to_numpy(),
                    "quote": quote,
                }
            )
        )
    out = pd.concat(parts, ignore_index=True)
    out.insert(0, "mention_id", [f"mn{i:07d}" for i in range(len(out))])
    return out.astype(TABLES["mentions"])


def synthetic_tables(n_events: int, seed: int = 0) -> Tables:
    """Tables of ``n_events`` events (and n_events // 20 figures) over real places, reproducible by seed."""
    rng = np.random.default_rng(seed)
    n_days = int(np.clip(n_events // 50, 30, 1000))
    docs = _documents(n_days)
    events = _events(n_events, n_days, docs, rng)
    figures = _figures(max(60, n_events // 20), n_days, docs, rng)
    return Tables(
        events=events,
        figures=figures,
        mentions=_mentions(events, figures, docs),
        documents=docs,
        errors=[],
    )
