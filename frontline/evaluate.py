"""Scores the extractor against the golden set: precision, recall and F1 for events and figures."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
from geopy.distance import geodesic

from frontline.codebook import Codebook
from frontline.extract import extract_document
from frontline.gazetteer import Gazetteer
from frontline.gazetteer_files import name_key
from frontline.ingest import read_document
from frontline.pipeline import build, load_resources
from frontline.records import Place
from frontline.settings import Settings
from frontline.spelling import skeleton, spelled_alike

DATE_TOLERANCE_DAYS = 1
PLACE_TOLERANCE_KM = 30.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    agreeing: int = 0  # matched events whose fatalities and injuries both equal the golden counts
    disagreements: list[str] = field(default_factory=list)
    actors_agreeing: int = 0  # matched events whose actor1 is the golden one
    actor_disagreements: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses += other.misses
        self.spurious += other.spurious
        self.agreeing += other.agreeing
        self.disagreements += other.disagreements
        self.actors_agreeing += other.actors_agreeing
        self.actor_disagreements += other.actor_disagreements


class _Matcher:
    """Decides whether a predicted row and a golden row describe the same event or claim."""

    def __init__(self, codebook: Codebook, gazetteer: Gazetteer) -> None:
        self.codebook = codebook
        self.gazetteer = gazetteer
        self.country_alias = {}
        for actor in codebook.countries.values():
            self.country_alias[actor.name.lower()] = actor.name
        for m_key, hits in codebook.index.entries.items():
            for kind, ref, _ in hits:
                if kind == "actor" and ref.actor.kind == "country":
                    self.country_alias.setdefault(" ".join(m_key), ref.actor.name)

    def country(self, name: str) -> str:
        key = " ".join(t for t in name.lower().replace(".", " . ").split() if t != ".")
        return self.country_alias.get(name.lower(), self.country_alias.get(key, name))

    def same_actor(self, pred: pd.Series, gold: dict) -> bool:
        """Whether the predicted actor1 is the golden one, spelt either way ("US" / "United States")."""
        return self.country(str(pred["actor1"] or "")) == self.country(gold.get("actor1") or "")

    def gold_place(self, gold: dict) -> Place | None:
        name = gold.get("location") or ""
        if not name:
            return None
        if gold.get("admin1_only"):
            return self.gazetteer.lookup(f"{name} region") or self.gazetteer.lookup(name)
        return self.gazetteer.lookup(name)

    def same_place(self, pred: pd.Series, gold: dict) -> int:
        """3 same name, 2 within PLACE_TOLERANCE_KM, 1 same region or country at region/country level, 0 no."""
        gname = (gold.get("location") or "").strip()
        pname = (pred["location"] or "") if not pd.isna(pred["location"]) else ""
        if not gname or not pname:
            return 3 if not gname and not pname else 0
        if gname.lower() == pname.lower() or _spelt_alike(gname, pname):
            return 3  # one name, or one name in its Russian and Ukrainian spelling (Kotlyarovka, Kotliarivka)
        gp = self.gold_place(gold)
        if gp is None or pd.isna(pred["latitude"]):
            return 0
        if gold.get("admin1_only") or gp.geo_precision == 3 or pred["geo_precision"] == 3:
            if gp.feature == "country" or pred["admin1"] in ("", None) or pd.isna(pred["admin1"]):
                return int(self.country(gp.country) == self.country(str(pred["country"])))
            return int(gp.admin1 == pred["admin1"] and gp.country == pred["country"])
        km = geodesic((gp.latitude, gp.longitude), (float(pred["latitude"]), float(pred["longitude"]))).km
        return 2 if km <= PLACE_TOLERANCE_KM else 0

    def event(self, pred: pd.Series, gold: dict) -> int:
        """0 when not the same event, else higher for a closer place and date."""
        if pred["event_type"] != gold["event_type"] or pred["sub_event_type"] != gold["sub_event_type"]:
            return 0
        gap = abs((date.fromisoformat(pred["event_date"]) - date.fromisoformat(gold["event_date"])).days)
        place = self.same_place(pred, gold)
        return 0 if gap > DATE_TOLERANCE_DAYS or not place else place * 2 + (gap == 0)

    def figure(self, pred: pd.Series, gold: dict) -> int:
        """0 unless metric, value and the claimant's country agree; higher when the claimant's name does too."""
        if pred["metric"] != gold["metric"]:
            return 0
        value = float(gold["value"])
        if abs(float(pred["value"]) - value) > 1e-9 * max(1.0, abs(value)):
            return 0
        if self.country(gold.get("claimant_country") or "") != self.country(
            str(pred["claimant_country"] or "")
        ):
            return 0
        return 2 if (gold.get("claimant") or "").lower() == str(pred["claimant"] or "").lower() else 1


def _spelt_alike(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    return skeleton(ka) == skeleton(kb) and spelled_alike(ka, kb)


def _count(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _casualties_agree(pred: pd.Series, gold: dict) -> bool:
    """Fatalities and injuries as the golden set has them (blank where the text gives no count)."""
    return all(_count(pred[k]) == _count(gold.get(k)) for k in ("fatalities", "injuries"))


def _same_quote(pred: pd.Series, gold: dict) -> bool:
    return bool(gold.get("quote")) and pred.get("source_quote") == gold.get("quote")


def _match(
    preds: pd.DataFrame, golds: list[dict], score, describe_pred, describe_gold, agree=None, same_actor=None
) -> Score:
    """One-to-one matching that pairs the closest rows first (an exact place before a same-country one); with
    agree and same_actor, also counts the matched pairs whose casualties and actor agree."""
    rows = [row for _, row in preds.iterrows()]
    pairs = sorted(
        ((s, g, p) for g, gold in enumerate(golds) for p, row in enumerate(rows) if (s := score(row, gold))),
        # of two equally close pairings, the one quoting the coder's sentence (three strikes on one city in a
        # day), then the one whose acting sides agree (two statements of one day)
        key=lambda t: (
            -t[0],
            not _same_quote(rows[t[2]], golds[t[1]]),
            same_actor is not None and not same_actor(rows[t[2]], golds[t[1]]),
        ),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = Score()
    for _, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            if agree is not None and agree(rows[p], golds[g]):
                result.agreeing += 1
            elif agree is not None:
                result.disagreements.append(
                    f"{describe_gold(golds[g])}: killed/injured {_count(rows[p]['fatalities'])}/"
                    f"{_count(rows[p]['injuries'])}, golden {_count(golds[g].get('fatalities'))}/"
                    f"{_count(golds[g].get('injuries'))}"
                )
            if same_actor is not None and same_actor(rows[p], golds[g]):
                result.actors_agreeing += 1
            elif same_actor is not None:
                result.actor_disagreements.append(
                    f"{describe_gold(golds[g])}: actor1 {rows[p]['actor1'] or '-'}, golden {golds[g].get('actor1') or '-'}"
                )
    result.tp = len(used_g)
    for g, gold in enumerate(golds):
        if g not in used_g:
            result.fn += 1
            result.misses.append(describe_gold(gold))
    for p, (_, row) in enumerate(preds.iterrows()):
        if p not in used_p:
            result.fp += 1
            result.spurious.append(describe_pred(row))
    return result


def _describe_event(row) -> str:
    return f"{row['event_date']} {row['sub_event_type']} @ {row['location'] or '-'}"


def _describe_figure(row) -> str:
    return f"{row['metric']}={row['value']:g} by {row['claimant'] or '-'} ({row['claimant_country'] or '-'})"


def _document_path(name: str, golden_dir: Path, settings: Settings) -> Path:
    for folder in (golden_dir / "texts", settings.corpus_dir):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(
        f"golden document {name} is neither in {golden_dir / 'texts'} nor {settings.corpus_dir}"
    )


def evaluate(golden_dir: Path, settings: Settings) -> dict[str, dict[str, Score]]:
    """Per-document scores for the events and figures tables."""
    expected = json.loads((golden_dir / "expected.json").read_text(encoding="utf-8"))
    res = load_resources(str(settings.data_dir))
    matcher = _Matcher(res.codebook, res.gazetteer)
    scores: dict[str, dict[str, Score]] = {}
    for name, gold in expected.items():
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        doc = read_document(
            _document_path(name, golden_dir, settings), default_date=published, settings=settings
        )
        tables = build([extract_document(doc, res)], settings)
        scores[name] = {
            "events": _match(
                tables.events,
                gold.get("events", []),
                matcher.event,
                _describe_event,
                _describe_event,
                _casualties_agree,
                matcher.same_actor,
            ),
            "figures": _match(
                tables.figures, gold.get("figures", []), matcher.figure, _describe_figure, _describe_figure
            ),
        }
    return scores


def totals(scores: dict[str, dict[str, Score]]) -> dict[str, Score]:
    out = {"events": Score(), "figures": Score()}
    for per_doc in scores.values():
        for table, score in per_doc.items():
            out[table].add(score)
    return out


def main(golden_dir: Path, settings: Settings, verbose: bool = True) -> int:
    scores = evaluate(golden_dir, settings)
    for name, per_doc in scores.items():
        parts = [f"{t} P={s.precision:.2f} R={s.recall:.2f} F1={s.f1:.2f}" for t, s in per_doc.items()]
        print(f"{name:40s} " + "  ".join(parts))
        if verbose:
            for t, s in per_doc.items():
                for miss in s.misses:
                    print(f"    missed {t[:-1]}: {miss}")
                for extra in s.spurious:
                    print(f"    extra  {t[:-1]}: {extra}")
                for wrong in s.disagreements:
                    print(f"    counts {t[:-1]}: {wrong}")
                for wrong in s.actor_disagreements:
                    print(f"    actor  {t[:-1]}: {wrong}")
    print()
    for table, s in totals(scores).items():
        print(
            f"{table:8s} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    events = totals(scores)["events"]
    print(
        f"casualty counts: {events.agreeing} of {events.tp} matched events have the golden fatalities and injuries"
    )
    print(f"actors: {events.actors_agreeing} of {events.tp} matched events have the golden actor1")
    return 0
