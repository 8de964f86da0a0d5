"""Generates a synthetic corpus of live blogs in war-reporting language, for speed and memory benchmarks."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

PLACES = [
    "Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv", "Sumy", "Chernihiv", "Poltava",
    "Kramatorsk", "Sloviansk", "Pokrovsk", "Kupiansk", "Lviv", "Kryvyi Rih", "Izium", "Nikopol", "Belgorod",
    "Kursk", "Bryansk", "Voronezh", "Rostov-on-Don", "Sevastopol",
]  # fmt: skip
REGIONS = ["Kharkiv", "Odesa", "Donetsk", "Sumy", "Zaporizhzhia", "Kursk", "Belgorod", "Dnipropetrovsk"]
CLAIMANTS = [
    "Ukraine's air force said", "the regional governor said", "Ukrainian officials said", "the mayor said",
    "Russia's defence ministry said", "emergency services said", "the General Staff said", "police said",
]  # fmt: skip
WEAPONS = ["drone", "missile", "glide bomb", "artillery", "ballistic missile", "Shahed drone"]
WHEN = ["overnight", "on Tuesday", "early on Wednesday", "yesterday", "this morning", "on Monday evening"]
NUMBERS = ["two", "three", "nine", "12", "at least 14", "more than 20", "around 30", "36", "four", "seven"]

TEMPLATES = [
    "A Russian {weapon} attack on {place} killed {n} people and injured {m} {when}, {claimant}.",
    "{N} people were injured in a {weapon} strike on {place} {when}, {claimant}.",
    "Air defence shot down {n} of {m} drones launched by Russia {when}, {claimant}.",
    "Russian forces shelled the outskirts of {place} {when}, damaging {n} houses, {claimant}.",
    "Russia said its troops had taken control of a village near {place} in the {region} region.",
    "Ukrainian drones struck an oil depot in {place} {when}, {claimant}.",
    "The death toll from the {weapon} strike on {place} rose to {n}, {claimant}.",
    "Officials said {n} North Korean troops had been deployed to the {region} region.",
    "Rescue workers were still searching the rubble of a five-storey building in {place}.",
    "The attack damaged power lines and left thousands of homes without electricity.",
    "President Volodymyr Zelensky again called on allies to supply more air defence systems.",
    "A 10-year-old boy was among the wounded, according to the regional prosecutor's office.",
    "Russia launched {m} drones and {n} missiles at Ukraine {when}, the air force said.",
    "Fighting continued near {place}, where Ukrainian units repelled {n} assaults, the General Staff said.",
]
HEADLINES = [
    "Russian strike on {place} kills {n}", "Drone attack on {place} injures {m}", "Explosions heard in {place}",
    "Air defence active over {region} region", "Governor says {n} hurt in {place} shelling",
]  # fmt: skip


def _fill(template: str, rng: random.Random) -> str:
    n = rng.choice(NUMBERS)
    return template.format(
        weapon=rng.choice(WEAPONS),
        place=rng.choice(PLACES),
        region=rng.choice(REGIONS),
        claimant=rng.choice(CLAIMANTS),
        when=rng.choice(WHEN),
        n=n,
        N=n[0].upper() + n[1:],
        m=rng.randint(5, 90),
    )


def live_blog(rng: random.Random, published: date, posts: int) -> tuple[str, int]:
    """One live blog in the samples' layout; returns its text and its sentence count."""
    lines = [f"date {published.isoformat()} Ukraine war live: {_fill(rng.choice(HEADLINES), rng)}"]
    sentences = 1
    for _ in range(posts):
        lines.append(_fill(rng.choice(HEADLINES), rng))
        sentences += 1
        for _ in range(rng.randint(1, 3)):
            paragraph = [_fill(rng.choice(TEMPLATES), rng) for _ in range(rng.randint(1, 3))]
            lines.append(" ".join(paragraph))
            sentences += len(paragraph)
    return "\n".join(lines) + "\n", sentences


def write_corpus(folder: Path, min_sentences: int, seed: int = 0) -> int:
    """Write live blogs into folder until they hold at least min_sentences; returns the sentence count."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    start = date(2024, 9, 1)
    while total < min_sentences:
        text, count = live_blog(rng, start + timedelta(days=n % 90), posts=rng.randint(8, 20))
        (folder / f"blog_{n:05d}.txt").write_text(text, encoding="utf-8")
        total += count
        n += 1
    return total
