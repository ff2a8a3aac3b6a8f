"""Regression floors on the development set (tests/data/dev), scored with bench/corpus.py.

The dev set is cut like `bench/corpus.py --split`: in id order, every 4th message of each file is
validation, the rest is tuning. Rules were written looking at tuning messages only; validation messages
were only ever scored in aggregate. The floors sit a little under the scores reached, so a change that
loses generalisation fails here. Skipped while the dev set is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from plugin.core.classify import classify

ROOT = Path(__file__).resolve().parents[2]
DEV_DIR = ROOT / "tests" / "data" / "dev"

# (split, metric) -> floor
FLOORS: dict[tuple[str, str], float] = {
    ("val", "detection_precision"): 0.87,
    ("val", "detection_recall"): 0.66,
    ("val", "exact_rights_accuracy"): 0.65,
    ("val", "escalation_recall"): 0.60,
    ("tune", "detection_precision"): 0.97,
    ("tune", "detection_recall"): 0.95,
    ("tune", "exact_rights_accuracy"): 0.90,
    ("tune", "escalation_recall"): 0.92,
}


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    if not sorted(DEV_DIR.glob("*.jsonl")):
        pytest.skip("no dev set")
    bench = _bench()
    out = {}
    for split in ("tune", "val"):
        records = bench.load([DEV_DIR], split)
        predictions = [classify(str(r.get("subject", "")), str(r.get("body", ""))) for r in records]
        out[split] = bench.score(records, predictions)
    return out


@pytest.mark.parametrize(("split", "metric"), sorted(FLOORS))
def test_floor(scores: dict[str, dict[str, Any]], split: str, metric: str) -> None:
    assert scores[split][metric] >= FLOORS[(split, metric)], scores[split]


def test_split_is_disjoint_and_complete() -> None:
    if not sorted(DEV_DIR.glob("*.jsonl")):
        pytest.skip("no dev set")
    bench = _bench()
    tune = {r["_where"] for r in bench.load([DEV_DIR], "tune")}
    val = {r["_where"] for r in bench.load([DEV_DIR], "val")}
    everything = {r["_where"] for r in bench.load([DEV_DIR])}
    assert not tune & val
    assert tune | val == everything
    assert len(val) * 4 >= len(everything) - 4 * len(sorted(DEV_DIR.glob("*.jsonl")))
