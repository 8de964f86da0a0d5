"""The golden set: precision, recall and F1 of both tables stay at or above the pinned floors.

A floor is never lowered to make this pass; raise it when the coder improves.
"""

import json
from pathlib import Path

import pytest

from frontline.evaluate import evaluate, totals

GOLDEN = Path(__file__).resolve().parent / "golden"
FLOORS = {
    "events": {"precision": 0.90, "recall": 0.90, "f1": 0.90},
    "figures": {"precision": 0.90, "recall": 0.90, "f1": 0.90},
}


@pytest.fixture(scope="module")
def scores(settings):
    return totals(evaluate(GOLDEN, settings))


@pytest.mark.parametrize(("table", "measure"), [(t, m) for t, floors in FLOORS.items() for m in floors])
def test_golden_floor(scores, table, measure):
    value = getattr(scores[table], measure)
    assert value >= FLOORS[table][measure], (
        f"{table} {measure} {value:.3f} < {FLOORS[table][measure]}; missed: {scores[table].misses[:10]}; "
        f"extra: {scores[table].spurious[:10]}"
    )


CASUALTY_AGREEMENT_FLOOR = 0.90  # matched events whose fatalities and injuries equal the golden counts


def test_golden_casualty_counts(scores):
    events = scores["events"]
    assert events.agreeing / events.tp >= CASUALTY_AGREEMENT_FLOOR, events.disagreements


ACTOR_AGREEMENT_FLOOR = 0.90  # matched events whose actor1 is the golden side


def test_golden_actors(scores):
    events = scores["events"]
    assert events.actors_agreeing / events.tp >= ACTOR_AGREEMENT_FLOOR, events.actor_disagreements


def test_golden_set_covers_every_outlet_style():
    texts = {p.name for p in (GOLDEN / "texts").iterdir()}
    assert len(texts) >= 6
    assert any(name.endswith(".html") for name in texts)


HOLDOUT = GOLDEN.parent / "holdout"
# floors just under the scores of all the rounds after their error analysis (README.md there); a round still
# being analysed (its first letter not listed) is reported in the README, and floored once its analysis is done
HOLDOUT_FLOORS = {"events": 0.87, "figures": 0.925}
HOLDOUT_ACTOR_FLOOR = 0.93  # matched events whose actor1 is the golden side
ANALYSED_ROUNDS = "bcdefghijklm"


@pytest.fixture(scope="module")
def holdout_scores(settings):
    scores = evaluate(HOLDOUT, settings)
    return totals({name: s for name, s in scores.items() if name[0] in ANALYSED_ROUNDS})


@pytest.mark.parametrize("table", sorted(HOLDOUT_FLOORS))
def test_holdout_floor(holdout_scores, table):
    score = holdout_scores[table]
    assert score.f1 >= HOLDOUT_FLOORS[table], f"{table} F1 {score.f1:.3f}; missed: {score.misses[:10]}"


def test_holdout_actors(holdout_scores):
    events = holdout_scores["events"]
    assert events.actors_agreeing / events.tp >= HOLDOUT_ACTOR_FLOOR, events.actor_disagreements[:10]


def test_holdout_quotes_are_in_their_texts():
    expected = json.loads((HOLDOUT / "expected.json").read_text(encoding="utf-8"))
    assert len(expected) == 222
    for name, doc in expected.items():
        text = (HOLDOUT / "texts" / name).read_text(encoding="utf-8")
        for record in (*doc["events"], *doc["figures"]):
            assert record["quote"] in text, (name, record["quote"][:60])
