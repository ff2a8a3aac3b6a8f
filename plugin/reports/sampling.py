"""Reproducible spot-check samples drawn from a checkpoint's root hash, with each case's proven trail (pure).

Rule (docs/reports.md, "Spot checks"): the population is the distinct ticket refs of the cases
received in the month (optionally of one group); each ref gets the score SHA-256(root || ref), root
being the 32 raw bytes of the checkpoint's root hash and ref its UTF-8 bytes; refs are ordered by
score (bytewise), then by ref, and the first N are the sample. Whoever holds the export and the
signed checkpoint redraws the same sample; nobody can steer it without changing the signed root.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from plugin.ledger import merkle
from plugin.ledger.entry import canonical_json
from plugin.reports.cases import LogEntry
from plugin.reports.monthly import REPORT_VERSION, CheckpointInfo, Month, month_cases

ProofSource = Callable[[int, int], Sequence[bytes]]  # (seq, tree size) -> audit path


def b64(data: bytes) -> str:
    """Hashes are standard base64, like the checkpoint's root line and `gdpr-desk log prove`."""
    return base64.b64encode(data).decode("ascii")


def score(root: bytes, ref: str) -> bytes:
    return hashlib.sha256(root + ref.encode("utf-8")).digest()


def draw(refs: Iterable[str], root: bytes, n: int) -> list[str]:
    """The first `n` distinct refs ordered by (SHA-256(root || ref), ref)."""
    if n < 0:
        raise ValueError("sample size must be >= 0")
    return sorted(set(refs), key=lambda ref: (score(root, ref), ref))[:n]


def leaf_hash_of(entry: LogEntry) -> bytes:
    """The RFC 6962 leaf hash of an entry (stored with ledger entries; recomputed for exported rows)."""
    stored = getattr(entry, "leaf_hash", None)
    if isinstance(stored, bytes):
        return stored
    leaf = canonical_json({"data": entry.data, "kind": entry.kind, "seq": entry.seq, "time": entry.time, "v": 1})
    return merkle.leaf_hash(leaf)


@dataclass(frozen=True, slots=True)
class TrailEntry:
    seq: int
    time: str
    kind: str
    data: Mapping[str, Any]
    leaf_hash: bytes
    proof: tuple[bytes, ...]
    verified: bool  # the proof leads from the leaf hash to the checkpoint's root

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "kind": self.kind,
            "data": dict(self.data),
            "leaf_hash": b64(self.leaf_hash),
            "proof": [b64(node) for node in self.proof],
            "verified": self.verified,
        }


@dataclass(frozen=True, slots=True)
class SampledCase:
    ticket: str
    score: bytes
    trail: tuple[TrailEntry, ...]

    def to_json(self) -> dict[str, Any]:
        return {"ticket": self.ticket, "score": self.score.hex(), "trail": [e.to_json() for e in self.trail]}


@dataclass(frozen=True, slots=True)
class SpotCheck:
    month: Month
    group: str | None
    timezone: str
    checkpoint: CheckpointInfo
    requested: int
    population: int
    cases: tuple[SampledCase, ...]

    @property
    def all_verified(self) -> bool:
        return all(e.verified for case in self.cases for e in case.trail)

    def to_json(self) -> dict[str, Any]:
        return {
            "report": "spot_check",
            "version": REPORT_VERSION,
            "definitions": "docs/reports.md",
            "month": str(self.month),
            "group": self.group,
            "timezone": self.timezone,
            "checkpoint": self.checkpoint.to_json(),
            "rule": "first N distinct refs ordered by (SHA-256(root || UTF-8 ref), ref)",
            "requested": self.requested,
            "population": self.population,
            "cases": [case.to_json() for case in self.cases],
        }


def build_spot_check(
    entries: Sequence[LogEntry],
    month: Month,
    checkpoint: CheckpointInfo,
    n: int,
    *,
    timezone: str,
    proofs: ProofSource,
    group: str | None = None,
) -> SpotCheck:
    """Draw the sample and attach every entry about each sampled ticket with its inclusion proof."""
    entries = [e for e in entries if e.seq < checkpoint.size]
    population = sorted({line.key[0] for line in month_cases(entries, month, timezone=timezone, group=group)})
    sample = draw(population, checkpoint.root, n)
    chosen = set(sample)
    trails: dict[str, list[TrailEntry]] = {ref: [] for ref in sample}
    for entry in entries:
        ref = entry.data.get("ticket")
        if not isinstance(ref, str) or ref not in chosen:
            continue
        leaf = leaf_hash_of(entry)
        proof = tuple(proofs(entry.seq, checkpoint.size))
        ok = merkle.verify_inclusion(leaf, entry.seq, checkpoint.size, proof, checkpoint.root)
        trails[ref].append(TrailEntry(entry.seq, entry.time, entry.kind, entry.data, leaf, proof, ok))
    cases = tuple(SampledCase(ref, score(checkpoint.root, ref), tuple(trails[ref])) for ref in sample)
    return SpotCheck(month, group, timezone, checkpoint, n, len(population), cases)
