"""A linear statistical layer beside the rules: sparse one-vs-rest logistic regression (pure, stdlib only).

Features are read from the same text the rules see (quotes/signatures cut by `cleanup`, normalised by
`textnorm`, so every feature keeps a span that maps back to the original offsets):

- ``w|tok``: word unigrams, ``b|tok tok``: word bigrams (inside one field);
- ``c|gram``: character 4- and 5-grams inside ``<word>`` (stems, compounds, typos);
- ``L|xx``: the detected language (a per-language bias);
- ``R|...``: what the rules saw (raw matches before judging, negatives and modifiers that stood).

The value of a present feature is ``1/sqrt(n)`` (``n`` distinct features in the message), so long and
short messages score on the same scale. A label's probability is ``sigmoid(bias + value * sum(weights))``.
Evidence for a label is the spans of the present features that pushed its score up the most.

The weights come from `bench/train_classifier.py` (`data/learned_model.json`, package data): this module
only turns text into features and features into scores; loading the file happens once, lazily.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from plugin.core.textnorm import Normalized

FORMAT: Final = 1
CHAR_SIZES: Final = (4, 5)
MIN_CHAR_WORD: Final = 4  # shorter words are covered by their unigram
_TOKEN: Final = re.compile(r"[^\W\d_]+|\d+")
_MODEL_FILE: Final = "learned_model.json"

Span = tuple[int, int, int]  # (field index, normalised start, normalised end)


@dataclass(frozen=True, slots=True)
class Features:
    """The distinct features of a message, each with the span of its first occurrence."""

    spans: dict[str, Span]
    norms: tuple[Normalized, ...]

    @property
    def value(self) -> float:
        return 1.0 / math.sqrt(len(self.spans)) if self.spans else 0.0


def _token(word: str) -> str:
    if word.isdigit():
        return word if len(word) <= 3 else "#"  # "17" (an article) counts, an order number does not
    return word


def extract(norms: Sequence[Normalized], language: str, signals: Iterable[str] = ()) -> Features:
    """Features of the normalised fields (subject first, then body), plus `signals` without a span."""
    spans: dict[str, Span] = {}
    setdefault = spans.setdefault
    for index, norm in enumerate(norms):
        previous, previous_start = "", 0
        for m in _TOKEN.finditer(norm.text):
            word = _token(m.group())
            start, end = m.span()
            span = (index, start, end)
            setdefault("w|" + word, span)
            if previous:
                setdefault("b|" + previous + " " + word, (index, previous_start, end))
            previous, previous_start = word, start
            if len(word) >= MIN_CHAR_WORD and not word.isdigit():
                padded = "<" + word + ">"
                for size in CHAR_SIZES:
                    for i in range(len(padded) - size + 1):
                        setdefault("c|" + padded[i : i + size], span)  # shown as the whole word
    if spans:
        spans["L|" + language] = (-1, 0, 0)
        for signal in signals:
            spans["R|" + signal] = (-1, 0, 0)
    return Features(spans, tuple(norms))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of one linear model per label, and the thresholds chosen by cross-validation."""

    version: str
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[tuple[int, float], ...]]  # feature -> ((label index, weight), ...)
    thresholds: Mapping[str, float]
    veto: frozenset[str]  # hard-negative codes of the rules that overrule the model
    digest: str

    def margins(self, features: Features) -> list[float]:
        """Raw linear scores per label (in `labels` order)."""
        acc = [0.0] * len(self.labels)
        get = self.weights.get
        for name in features.spans:
            entry = get(name)
            if entry is not None:
                for label, weight in entry:
                    acc[label] += weight
        value = features.value
        return [b + value * a for b, a in zip(self.bias, acc, strict=True)]

    def probabilities(self, features: Features) -> dict[str, float]:
        """Probability of every label."""
        return {label: _sigmoid(z) for label, z in zip(self.labels, self.margins(features), strict=True)}

    def evidence(self, features: Features, label: str, limit: int = 3) -> list[tuple[int, int, int, str]]:
        """Up to `limit` original spans (field index, start, end, feature) that raised `label` the most.

        Overlapping spans are merged into the first (strongest) one; the language feature has no span."""
        index = self.labels.index(label)
        scored: list[tuple[float, str]] = []
        for name, span in features.spans.items():
            if span[0] < 0:
                continue
            for label_index, weight in self.weights.get(name, ()):
                if label_index == index and weight > 0:
                    scored.append((-weight, name))
        scored.sort()
        out: list[tuple[int, int, int, str]] = []
        for _, name in scored:
            field, start, end = features.spans[name]
            a, b = features.norms[field].span(start, end)
            if a >= b or any(f == field and a < e and s < b for f, s, e, _ in out):
                continue
            out.append((field, a, b, name))
            if len(out) >= limit:
                break
        return out


def model_from_json(data: Mapping[str, Any]) -> Model:
    """Build a model from the parsed JSON file (see `bench/train_classifier.py` for the writer)."""
    if data.get("format") != FORMAT:
        raise ValueError(f"learned model format {data.get('format')!r} is not {FORMAT}")
    labels = tuple(str(label) for label in data["labels"])
    weights: dict[str, tuple[tuple[int, float], ...]] = {}
    for name, packed in data["weights"].items():
        weights[str(name)] = tuple((int(i), float(w)) for i, w in packed)
    return Model(
        version=str(data["version"]),
        labels=labels,
        bias=tuple(float(b) for b in data["bias"]),
        weights=weights,
        thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
        veto=frozenset(str(code) for code in data["veto"]),
        digest=str(data["training"]["digest"]),
    )


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The committed model (package data), or None when it is missing or unreadable."""
    try:
        text = resources.files("plugin.core").joinpath("data", _MODEL_FILE).read_text(encoding="utf-8")
        return model_from_json(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None
