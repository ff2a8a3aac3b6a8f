"""The learned layer: the committed model loads, scores deterministically and fast, explains itself with
spans of the original text, is what bench/train_classifier.py produces, and generalises to a held-out fold."""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from plugin.core.classify import LearnedExplainer, classify, classify_with, learned_features, rules_view
from plugin.core.learned import default_model, extract, model_from_json
from plugin.core.rights import ESCALATION_CODES, RIGHT_CODES
from plugin.core.textnorm import normalize

ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = ROOT / "plugin" / "core" / "data" / "learned_model.json"


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_train_classifier", ROOT / "bench" / "train_classifier.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_train_classifier", module)
    spec.loader.exec_module(module)
    return module


def _records(name: str) -> list[dict[str, Any]]:
    out = []
    for file in sorted((ROOT / "tests" / "data" / name).glob("*.jsonl")):
        out.extend(json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip())
    return out


def test_the_committed_model_loads() -> None:
    model = default_model()
    assert model is not None
    assert model.labels[0] == "is_request"
    assert set(RIGHT_CODES) | set(ESCALATION_CODES) <= set(model.labels)
    assert 0.0 < model.thresholds["is_request"] < 1.0
    assert len(model.digest) == 64
    assert MODEL_FILE.stat().st_size < 2_000_000


def test_the_model_file_is_rejected_in_an_unknown_format() -> None:
    with pytest.raises(ValueError):
        model_from_json({"format": 99})


def test_scores_are_deterministic() -> None:
    model = default_model()
    assert model is not None
    norms = [normalize("Mijn gegevens"), normalize("Ik wil graag weten welke gegevens jullie over mij bewaren.")]
    first = model.probabilities(extract(norms, "nl"))
    assert first == model.probabilities(extract(norms, "nl"))
    assert set(first) == set(model.labels)
    text = "Hallo, was speichern Sie eigentlich alles über mich? Bitte eine Übersicht."
    assert classify("Frage", text).to_json() == classify("Frage", text).to_json()


def test_features_keep_spans_into_the_normalised_text() -> None:
    norm = normalize("Bitte LÖSCHEN Sie meine Kundendaten")
    features = extract([norm], "de")
    field, start, end = features.spans["w|loschen"]
    assert field == 0
    assert norm.span(start, end) == (6, 13)  # "bitte" is "bite" once letter runs collapse
    assert "c|<kun" in features.spans and "b|meine kundendaten" in features.spans
    assert features.spans["L|de"][0] == -1


def test_learned_evidence_points_into_the_original_text() -> None:
    seen = 0
    for record in _records("dev2") + _records("dev"):
        subject, body = str(record.get("subject", "")), str(record.get("body", ""))
        result = classify(subject, body)
        for e in result.evidence:
            original = subject if e.field == "subject" else body
            assert original[e.start : e.end] == e.text, (record["id"], e)
            if e.rule.startswith("learned."):
                seen += 1
                assert e.code in result.rights or e.code in result.escalation_reasons
                assert e.text.strip()
        if result.is_request:
            assert any(e.kind == "right" for e in result.evidence), record["id"]
    assert seen > 20


def test_a_learned_request_is_explained_and_a_rules_only_run_differs() -> None:
    found = 0
    for record in _records("dev2"):
        subject, body = str(record.get("subject", "")), str(record.get("body", ""))
        rules = classify_with(subject, body, None, None)
        both = classify(subject, body)
        if not rules.is_request and both.is_request:
            found += 1
            assert all(any(e.code == code and e.kind == "right" for e in both.evidence) for code in both.rights)
            assert not any(e.kind == "negative" for e in both.evidence)
    assert found > 10


def test_a_vetoing_hard_negative_keeps_the_message_negative() -> None:
    model = default_model()
    assert model is not None
    assert "cancellation" in model.veto
    subject, body = "Résiliation", "Bonjour, je souhaite résilier mon abonnement à la fin du mois. Merci."
    assert not classify(subject, body).is_request


def test_inference_is_fast() -> None:
    model = default_model()
    assert model is not None
    views = [rules_view(str(r.get("subject", "")), str(r.get("body", ""))) for r in _records("dev")[:300]]
    start = time.perf_counter()
    for view in views:
        model.probabilities(learned_features(view))
    mean_ms = 1000 * (time.perf_counter() - start) / len(views)
    assert mean_ms < 2.0  # generous: about 0.1-0.2 ms on a laptop


@pytest.fixture(scope="module")
def trainer_and_examples() -> tuple[ModuleType, list[Any]]:
    trainer = _trainer()
    return trainer, trainer.examples(4)


def test_retraining_reproduces_the_committed_model(trainer_and_examples: tuple[ModuleType, list[Any]]) -> None:
    trainer, batch = trainer_and_examples
    committed = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if trainer.digest(trainer.training_files()) != committed["training"]["digest"]:
        pytest.skip("the training sets changed since the model was trained: run bench/train_classifier.py")
    again = trainer.train(batch, committed["thresholds"], committed["veto"], 2, committed["training"])
    assert json.dumps(again, sort_keys=True, separators=(",", ":")) + "\n" == MODEL_FILE.read_text(encoding="utf-8")


def test_cross_validation_floor_on_a_fixed_fold(trainer_and_examples: tuple[ModuleType, list[Any]]) -> None:
    """Trained without fold 0, scored on dev2's fold 0 (messages the model never saw)."""
    trainer, batch = trainer_and_examples
    model = default_model()
    assert model is not None
    train_part = [ex for ex in batch if ex.fold != 0]
    test_part = [ex for ex in batch if ex.fold == 0 and ex.set == "dev2"]
    fold_model = model_from_json(trainer.train(train_part, {}, (), 2, {"digest": "fold 0"}))
    held = [
        (fold_model.probabilities(ex.features), LearnedExplainer(fold_model, ex.features, ex.rules)) for ex in test_part
    ]
    rules = trainer._metrics(test_part, [ex.rules.result for ex in test_part])
    both = trainer._metrics(test_part, trainer.combined(test_part, held, model.thresholds, model.veto))
    assert both["detection_recall"] >= rules["detection_recall"] + 0.10, (rules, both)
    assert both["detection_precision"] >= 0.92, both
    assert both["exact_rights_accuracy"] >= rules["exact_rights_accuracy"] + 0.03, (rules, both)
