"""Scores of the labelled message sets (tests/data/<name>) through bench/corpus.py, shared by the floor tests.

A set that is missing fails the test asking for it: the sets are part of the repository, and a floor
test that skipped would prove nothing.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from plugin.core.classify import classify, classify_with

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


@cache
def bench_corpus() -> ModuleType:
    """bench/corpus.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", module)
    spec.loader.exec_module(module)
    return module


def set_dir(name: str) -> Path:
    directory = DATA / name
    assert sorted(directory.rglob("*.jsonl")), f"labelled set {name} is missing from {directory}"
    return directory


@cache
def scores(name: str, split: str = "all", *, rules_only: bool = False) -> dict[str, Any]:
    """bench/corpus.py's scores of set `name` (`split`: "tune", "val" or "all"), as `classify`
    runs it (rules + learned layer) or, with `rules_only`, the rules alone."""
    bench = bench_corpus()
    records = bench.load([set_dir(name)], split)
    if rules_only:
        predictions = [classify_with(str(r.get("subject", "")), str(r.get("body", "")), None, None) for r in records]
    else:
        predictions = [classify(str(r.get("subject", "")), str(r.get("body", ""))) for r in records]
    return dict(bench.score(records, predictions))
