"""The reports' I/O edge: verify the ledger, pick the signed checkpoint, read the entries it covers.

Errors: ReportError → LedgerUnverified (the log does not verify; `.problem.seq` is the first bad
seq) and CheckpointNotFound (no stored checkpoint of the requested size, or none at all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from plugin.ledger.checkpoint import CheckpointSigner, NoteError, NoteVerifier, open_checkpoint
from plugin.ledger.entry import Entry
from plugin.ledger.store import Ledger, StoredCheckpoint
from plugin.ledger.verify import Problem, verify_ledger
from plugin.reports.monthly import CheckpointInfo


class ReportError(Exception):
    """No report can be computed."""


class LedgerUnverified(ReportError):
    """The log does not verify: no figure computed from it could be trusted."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"the log does not verify: {problem}")
        self.problem = problem


class CheckpointNotFound(ReportError, LookupError):
    """No stored checkpoint of the requested size."""


@dataclass(frozen=True)
class VerifiedLog:
    """The entries of a verified log up to a signed checkpoint."""

    checkpoint: CheckpointInfo
    entries: list[Entry]


def _pick(ledger: Ledger, size: int | None, signer: CheckpointSigner | None, now: datetime) -> StoredCheckpoint:
    if size is not None:
        found = [c for c in ledger.checkpoints() if c.size == size]
        if not found:
            sizes = ", ".join(str(c.size) for c in ledger.checkpoints()[-5:]) or "none"
            raise CheckpointNotFound(f"no signed checkpoint of size {size} (latest sizes: {sizes})")
        return found[-1]
    if signer is not None:
        return ledger.checkpoint(signer, time=now)
    latest = ledger.latest_checkpoint()
    if latest is None:
        raise CheckpointNotFound("the log has no signed checkpoint yet: run `gdpr-desk log checkpoint`")
    return latest


def open_verified(
    ledger: Ledger,
    verifiers: list[NoteVerifier],
    *,
    now: datetime,
    size: int | None = None,
    signer: CheckpointSigner | None = None,
) -> VerifiedLog:
    """Verify the whole log, then read the entries of the checkpoint of `size` (default: a fresh one
    signed by `signer`, else the latest stored)."""
    result = verify_ledger(ledger, verifiers)
    if result.problem is not None:
        raise LedgerUnverified(result.problem)
    stored = _pick(ledger, size, signer, now)
    try:
        checkpoint = open_checkpoint(stored.note, verifiers)
    except NoteError as exc:
        raise ReportError(f"checkpoint of size {stored.size} is not signed by a trusted key: {exc}") from None
    entries = list(ledger.entries(0, checkpoint.size))
    info = CheckpointInfo(
        origin=checkpoint.origin,
        size=checkpoint.size,
        root=checkpoint.root,
        note=stored.note,
        key=stored.key,
        created_at=stored.created_at,
        last_entry_time=entries[-1].time if entries else None,
    )
    return VerifiedLog(info, entries)
