"""Prometheus text-format metrics (exposition format 0.0.4), without a client library.

Counters are plain in-process numbers; gauges are read by callbacks at scrape time (the inbox depth
comes from the database, so it is right across restarts and instances).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

Labels = tuple[tuple[str, str], ...]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(labels: Labels) -> str:
    if not labels:
        return ""
    return "{" + ",".join(f'{k}="{_escape(v)}"' for k, v in labels) + "}"


class Metrics:
    """A small registry: counters by name and labels, gauges by callback."""

    def __init__(self, prefix: str = "gdpr_desk") -> None:
        self.prefix = prefix
        self._lock = threading.Lock()
        self._help: dict[str, tuple[str, str]] = {}
        self._counters: dict[str, dict[Labels, float]] = {}
        self._gauges: dict[str, Callable[[], Mapping[Labels, float]]] = {}

    def counter(self, name: str, help_text: str) -> None:
        self._help[name] = ("counter", help_text)
        self._counters.setdefault(name, {})

    def gauge(self, name: str, help_text: str, read: Callable[[], Mapping[Labels, float]]) -> None:
        self._help[name] = ("gauge", help_text)
        self._gauges[name] = read

    def inc(self, name: str, amount: float = 1.0, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        with self._lock:
            series = self._counters.setdefault(name, {})
            series[key] = series.get(key, 0.0) + amount

    def value(self, name: str, **labels: str) -> float:
        """A counter's current value (0 when never incremented)."""
        return self._counters.get(name, {}).get(tuple(sorted(labels.items())), 0.0)

    def render(self) -> str:
        lines: list[str] = []
        for name, (kind, help_text) in sorted(self._help.items()):
            full = f"{self.prefix}_{name}"
            lines.append(f"# HELP {full} {help_text}")
            lines.append(f"# TYPE {full} {kind}")
            if kind == "counter":
                with self._lock:
                    series = dict(self._counters.get(name, {}))
                if not series:
                    series = {(): 0.0}
            else:
                try:
                    series = dict(self._gauges[name]())
                except Exception:  # a failing gauge must not break the whole scrape
                    continue
            for labels, value in sorted(series.items()):
                lines.append(f"{full}{_labels(labels)} {value:g}")
        return "\n".join(lines) + "\n"
