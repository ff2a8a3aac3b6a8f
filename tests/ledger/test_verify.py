"""verify_ledger across chunk boundaries and checkpoints at awkward sizes."""

from __future__ import annotations

import pytest

from plugin.ledger import Ledger, merkle, verify
from plugin.ledger.checkpoint import CheckpointSigner, NoteSigner
from plugin.ledger.verify import verify_ledger

from .conftest import T0, at

CHECKPOINT_SIZES = (1, 17, 100, 255, 256, 300)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify, "CHUNK", 64)


def _grow(ledger: Ledger, signer: CheckpointSigner, sizes: tuple[int, ...], total: int) -> None:
    size = 0
    for target in (*sizes, total):
        with ledger.db.transaction() as tx:
            ledger.append_many(tx, [("decision", {"n": i}, at(i)) for i in range(size, target)])
        size = target
        if target in sizes:
            ledger.checkpoint(signer, time=at(target))


def test_clean_log_verifies_with_every_checkpoint(ledger: Ledger, signer: CheckpointSigner, small_chunks: None) -> None:
    _grow(ledger, signer, CHECKPOINT_SIZES, 333)
    seen: list[tuple[int, int]] = []
    result = verify_ledger(ledger, [signer.signer.verifier()], progress=lambda done, total: seen.append((done, total)))
    assert result.ok, result.problem
    assert result.size == 333 and result.root == ledger.root()
    assert [c.size for c in result.checkpoints] == list(CHECKPOINT_SIZES)
    assert seen[-1] == (333, 333) and len(seen) == 6  # one report per chunk of 64


def test_empty_log_verifies(ledger: Ledger, signer: CheckpointSigner) -> None:
    ledger.checkpoint(signer, time=T0)
    result = verify_ledger(ledger, [signer.signer.verifier()])
    assert result.ok and result.size == 0 and result.root == merkle.EMPTY_ROOT


def test_checkpoint_by_a_rotated_key_needs_that_key(ledger: Ledger, signer: CheckpointSigner) -> None:
    _grow(ledger, signer, (5,), 8)
    new = CheckpointSigner(signer.origin, NoteSigner.generate("rotated"))
    ledger.checkpoint(new, time=T0)
    problem = verify_ledger(ledger, [new.signer.verifier()]).problem
    assert problem is not None and problem.seq is None
    assert "checkpoint #1: note has no signature by rotated" in str(problem) and "rotated key" in str(problem)
    assert verify_ledger(ledger, [signer.signer.verifier(), new.signer.verifier()]).ok


def _update_entry(ledger: Ledger, column: str, value: bytes, seq: int) -> None:
    """Edit one column of one entry as an attacker would: drop the update guard first."""
    with ledger.db.transaction() as tx:
        if tx.dialect == "sqlite":
            tx.execute("DROP TRIGGER ledger_entries_no_update")
        else:
            tx.execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
        tx.execute(f"UPDATE ledger_entries SET {column} = ? WHERE seq = ?", (value, seq))


@pytest.mark.parametrize("victim", [0, 16, 63, 64, 99, 100, 254, 255, 256, 299, 310])
def test_each_modified_leaf_is_named_exactly(
    ledger: Ledger, signer: CheckpointSigner, small_chunks: None, victim: int
) -> None:
    _grow(ledger, signer, CHECKPOINT_SIZES, 333)
    _update_entry(ledger, "leaf", b'{"data":{}}', victim)
    problem = verify_ledger(ledger, [signer.signer.verifier()]).problem
    assert problem is not None and problem.seq == victim


@pytest.mark.parametrize("victim", [0, 63, 64, 255, 299])
def test_edited_leaf_hash_column_alone_is_named(
    ledger: Ledger, signer: CheckpointSigner, small_chunks: None, victim: int
) -> None:
    """Leaves, tree and signed roots still agree; only the leaf_hash column (which proofs read) is wrong."""
    _grow(ledger, signer, CHECKPOINT_SIZES, 333)
    _update_entry(ledger, "leaf_hash", b"\x05" * 32, victim)
    problem = verify_ledger(ledger, [signer.signer.verifier()]).problem
    assert problem is not None and problem.seq == victim
    assert "leaf_hash column does not match" in problem.message


def test_uncheckpointed_tail_gets_entry_checks(ledger: Ledger, signer: CheckpointSigner, small_chunks: None) -> None:
    """No signature covers the tail: entries there are checked one by one (canonical form, seq)."""
    _grow(ledger, signer, (100,), 120)
    forged = b'{"data":{},"kind":"decision","seq":110,"time":"2026-11-28T15:21:44.123456Z","v":1} '
    with ledger.db.transaction() as tx:
        if tx.dialect == "sqlite":
            tx.execute("DROP TRIGGER ledger_entries_no_update")
        else:
            tx.execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
        tx.execute(
            "UPDATE ledger_entries SET leaf = ?, leaf_hash = ? WHERE seq = 110", (forged, merkle.leaf_hash(forged))
        )
    problem = verify_ledger(ledger, [signer.signer.verifier()]).problem
    assert problem is not None and problem.seq == 110 and "canonical" in problem.message
