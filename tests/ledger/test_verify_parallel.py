"""Parallel verification (worker processes hash full chunks) reaches the same verdicts as sequential.

A log of a little over nine chunks, with checkpoints on a chunk boundary and inside a chunk; then
the attacks of test_tamper.py on a chunk that a worker checks. Both paths must name the same seq.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plugin.ledger import Ledger
from plugin.ledger.checkpoint import CheckpointSigner
from plugin.ledger.verify import CHUNK, verify_ledger
from plugin.storage import Database

from .conftest import at
from .test_tamper import attack, forged_leaf, leaf, rebuild_nodes, set_leaf

SIZE = 9 * CHUNK + 123
TARGET = 5 * CHUNK + 77  # inside a full chunk that workers verify


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, signer: CheckpointSigner) -> Path:
    path = tmp_path_factory.mktemp("parallel") / "log.sqlite3"
    ledger = Ledger(Database(f"sqlite:///{path}"))
    ledger.ensure_schema()
    for start in range(0, SIZE, 10_000):
        stop = min(SIZE, start + 10_000)
        with ledger.db.transaction() as tx:
            ledger.append_many(tx, [("decision", {"n": i, "rights": ["access"]}, at(i)) for i in range(start, stop)])
        if stop in (40_000, 50_000):  # checkpoints inside chunks (sequential path around them)
            ledger.checkpoint(signer, time=at(stop))
    ledger.checkpoint(signer, time=at(SIZE))
    ledger.db.close_thread_connection()
    return path


@pytest.fixture
def log(pristine: Path, tmp_path: Path) -> Ledger:
    copy = tmp_path / "log.sqlite3"
    shutil.copyfile(pristine, copy)
    return Ledger(Database(f"sqlite:///{copy}"))


def both(ledger: Ledger, signer: CheckpointSigner) -> tuple[object, object]:
    keys = [signer.signer.verifier()]
    sequential = verify_ledger(ledger, keys, workers=0)
    parallel = verify_ledger(ledger, keys, workers=2)
    return sequential, parallel


def test_clean_log_same_result(log: Ledger, signer: CheckpointSigner) -> None:
    sequential, parallel = both(log, signer)
    assert sequential.ok and parallel.ok  # type: ignore[attr-defined]
    assert parallel.root == sequential.root == log.root()  # type: ignore[attr-defined]


@pytest.mark.parametrize("fix_hash", [False, True])
def test_modified_entry_same_verdict(log: Ledger, signer: CheckpointSigner, fix_hash: bool) -> None:
    attack(log, lambda tx: set_leaf(tx, TARGET, forged_leaf(TARGET), fix_hash=fix_hash))
    sequential, parallel = both(log, signer)
    assert not parallel.ok  # type: ignore[attr-defined]
    assert parallel.problem.seq == sequential.problem.seq  # type: ignore[attr-defined]
    assert str(parallel.problem) == str(sequential.problem)  # type: ignore[attr-defined]


def test_thorough_forgery_caught_by_the_signed_root(log: Ledger, signer: CheckpointSigner) -> None:
    def forge(tx) -> None:
        set_leaf(tx, TARGET, leaf(tx, TARGET).replace(b"access", b"erasure"), fix_hash=True)
        rebuild_nodes(tx)

    attack(log, forge)
    sequential, parallel = both(log, signer)
    assert not parallel.ok and str(parallel.problem) == str(sequential.problem)  # type: ignore[attr-defined]
    assert "signed root" in str(parallel.problem)  # type: ignore[attr-defined]


def test_deleted_entry_same_verdict(log: Ledger, signer: CheckpointSigner) -> None:
    attack(log, lambda tx: tx.execute("DELETE FROM ledger_entries WHERE seq = ?", (TARGET,)))
    sequential, parallel = both(log, signer)
    assert parallel.problem.seq == sequential.problem.seq == TARGET  # type: ignore[attr-defined]


def test_edited_leaf_hash_column_alone_same_verdict(log: Ledger, signer: CheckpointSigner) -> None:
    attack(log, lambda tx: tx.execute("UPDATE ledger_entries SET leaf_hash = ? WHERE seq = ?", (b"\x05" * 32, TARGET)))
    sequential, parallel = both(log, signer)
    assert parallel.problem.seq == sequential.problem.seq == TARGET  # type: ignore[attr-defined]
    assert str(parallel.problem) == str(sequential.problem)  # type: ignore[attr-defined]
    assert "leaf_hash column does not match" in str(parallel.problem)  # type: ignore[attr-defined]
