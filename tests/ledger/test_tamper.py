"""Tamper evidence: an attacker with write access to the database drops the triggers and edits history.

The log has 40 entries and checkpoints signed at sizes 16 and 32. Every edit is detected, and the
report names the earliest sequence number the evidence allows (see plugin/ledger/verify.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from plugin.ledger import Ledger, merkle
from plugin.ledger.checkpoint import CheckpointSigner
from plugin.ledger.entry import encode_data, encode_leaf
from plugin.ledger.schema import APPEND_ONLY_TABLES
from plugin.ledger.store import STORED_MIN_LEVEL
from plugin.ledger.verify import VerifyResult, verify_ledger
from plugin.storage import Tx

from .conftest import at

SIZE = 40


@pytest.fixture
def log(ledger: Ledger, signer: CheckpointSigner) -> Ledger:
    for start, end in ((0, 16), (16, 32), (32, SIZE)):
        with ledger.db.transaction() as tx:
            for i in range(start, end):
                data = {"ticket": f"k1:{i:064x}", "rights": ["access"] if i % 2 else ["erasure"], "n": i}
                ledger.append(tx, "decision", data, time=at(i))
        if end < SIZE:
            ledger.checkpoint(signer, time=at(end))
    assert verify_ledger(ledger, [signer.signer.verifier()]).ok
    return ledger


def attack(ledger: Ledger, edit: Callable[[Tx], None]) -> None:
    """Drop every protective trigger, then edit the tables directly."""
    with ledger.db.transaction() as tx:
        if tx.dialect == "sqlite":
            names = tx.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
            for (name,) in names:
                tx.execute(f"DROP TRIGGER {name}")
        else:
            tx.execute("DROP TRIGGER ledger_entries_in_order ON ledger_entries")
            for table in APPEND_ONLY_TABLES:
                tx.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        edit(tx)


def leaf(tx: Tx, seq: int) -> bytes:
    return bytes(tx.scalar("SELECT leaf FROM ledger_entries WHERE seq = ?", (seq,)))


def forged_leaf(seq: int) -> bytes:
    return encode_leaf(seq, "2026-11-28T15:22:00.000000Z", "decision", encode_data({"ticket": "forged", "n": seq}))


def set_leaf(tx: Tx, seq: int, data: bytes, *, fix_hash: bool) -> None:
    tx.execute("UPDATE ledger_entries SET leaf = ? WHERE seq = ?", (data, seq))
    if fix_hash:
        tx.execute("UPDATE ledger_entries SET leaf_hash = ? WHERE seq = ?", (merkle.leaf_hash(data), seq))


def move(tx: Tx, seqs: range, delta: int) -> None:
    for seq in seqs:  # one row at a time, in an order that never collides
        tx.execute("UPDATE ledger_entries SET seq = ? WHERE seq = ?", (seq + delta, seq))


def rebuild_nodes(tx: Tx) -> None:
    """What a thorough attacker does: recompute every stored subtree hash from the edited leaves."""
    hashes = [bytes(h) for (h,) in tx.execute("SELECT leaf_hash FROM ledger_entries ORDER BY seq").fetchall()]
    edge, completed = merkle.CompactRange(), []
    for h in hashes:
        edge.append(h, completed)
    tx.execute("DELETE FROM ledger_nodes")
    tx.executemany(
        "INSERT INTO ledger_nodes (level, idx, hash) VALUES (?, ?, ?)",
        [node for node in completed if node[0] >= STORED_MIN_LEVEL],
    )


def check(ledger: Ledger, signer: CheckpointSigner, **kwargs: object) -> VerifyResult:
    result = verify_ledger(ledger, [signer.signer.verifier()], **kwargs)  # type: ignore[arg-type]
    assert not result.ok
    return result


def test_modified_entry_is_named(log: Ledger, signer: CheckpointSigner) -> None:
    attack(log, lambda tx: set_leaf(tx, 21, leaf(tx, 21).replace(b"access", b"erasure"), fix_hash=False))
    problem = check(log, signer).problem
    assert problem is not None and problem.seq == 21 and "leaf_hash" in problem.message


def test_modified_entry_with_recomputed_leaf_hash_is_caught_by_the_stored_tree(
    log: Ledger, signer: CheckpointSigner
) -> None:
    attack(log, lambda tx: set_leaf(tx, 21, leaf(tx, 21).replace(b"access", b"erasure"), fix_hash=True))
    problem = check(log, signer).problem
    # The stored subtree over entries 16..31 no longer matches: the edit is inside it.
    assert problem is not None and problem.seq == 16 and "16..31" in problem.message


def test_rewrite_of_every_stored_hash_is_caught_by_the_signed_checkpoint(log: Ledger, signer: CheckpointSigner) -> None:
    def rewrite(tx: Tx) -> None:
        set_leaf(tx, 21, leaf(tx, 21).replace(b"access", b"erasure"), fix_hash=True)
        rebuild_nodes(tx)

    attack(log, rewrite)
    problem = check(log, signer).problem
    # Only the signature vouches for 16..31 now, and a root cannot say which entry changed.
    assert problem is not None and problem.seq == 16
    assert "do not match the signed root of checkpoint" in problem.message and "(size 32)" in problem.message


def test_deleted_entry_is_named(log: Ledger, signer: CheckpointSigner) -> None:
    attack(log, lambda tx: tx.execute("DELETE FROM ledger_entries WHERE seq = 10"))
    problem = check(log, signer).problem
    assert problem is not None and problem.seq == 10 and "missing" in problem.message


def test_deleted_entry_with_renumbered_successors_is_named(log: Ledger, signer: CheckpointSigner) -> None:
    def delete_and_close_gap(tx: Tx) -> None:
        tx.execute("DELETE FROM ledger_entries WHERE seq = 10")
        move(tx, range(11, SIZE), -1)

    attack(log, delete_and_close_gap)
    problem = check(log, signer).problem
    assert problem is not None and problem.seq == 10 and "holds entry 11" in problem.message


def test_inserted_entry_is_named(log: Ledger, signer: CheckpointSigner) -> None:
    def insert(tx: Tx) -> None:
        move(tx, range(SIZE - 1, 11, -1), +1)
        forged = forged_leaf(12)  # well-formed, with the right seq and leaf hash
        tx.execute(
            "INSERT INTO ledger_entries (seq, leaf, leaf_hash) VALUES (?, ?, ?)", (12, forged, merkle.leaf_hash(forged))
        )

    attack(log, insert)
    problem = check(log, signer).problem
    assert problem is not None and problem.seq == 12 and "entry 12 now sits at seq 13" in problem.message


def test_reordered_entries_are_named(log: Ledger, signer: CheckpointSigner) -> None:
    def swap(tx: Tx) -> None:
        rows = {
            s: tx.execute("SELECT leaf, leaf_hash FROM ledger_entries WHERE seq = ?", (s,)).fetchone() for s in (7, 9)
        }
        for target, source in ((7, 9), (9, 7)):
            tx.execute("UPDATE ledger_entries SET leaf = ?, leaf_hash = ? WHERE seq = ?", (*rows[source], target))

    attack(log, swap)
    problem = check(log, signer).problem
    assert problem is not None and problem.seq == 7 and "holds entry 9" in problem.message


def test_truncation_is_proven_by_the_checkpoint_signed_before_it(log: Ledger, signer: CheckpointSigner) -> None:
    attack(log, lambda tx: tx.execute("DELETE FROM ledger_entries WHERE seq >= 30"))
    problem = check(log, signer).problem
    assert problem is not None and problem.seq == 30
    assert "ends at 30 entries" in problem.message and "signed 32" in problem.message


def test_truncation_with_checkpoints_deleted_is_proven_by_a_checkpoint_kept_elsewhere(
    log: Ledger, signer: CheckpointSigner
) -> None:
    kept = log.latest_checkpoint()
    assert kept is not None and kept.size == 32

    def truncate_everything(tx: Tx) -> None:
        tx.execute("DELETE FROM ledger_entries WHERE seq >= 20")
        tx.execute("DELETE FROM ledger_nodes WHERE ((idx + 1) << level) > 20")
        tx.execute("DELETE FROM ledger_checkpoints")

    attack(log, truncate_everything)
    assert verify_ledger(log, [signer.signer.verifier()]).ok  # the database alone now looks consistent
    problem = check(log, signer, extra_checkpoints=[("auditor's copy", kept.note)]).problem
    assert problem is not None and problem.seq == 20 and "auditor's copy signed 32" in problem.message


def test_truncation_hidden_by_new_appends_is_caught(log: Ledger, signer: CheckpointSigner) -> None:
    def truncate(tx: Tx) -> None:
        tx.execute("DELETE FROM ledger_entries WHERE seq >= 30")
        tx.execute("DELETE FROM ledger_nodes WHERE ((idx + 1) << level) > 30")

    attack(log, truncate)
    with log.db.transaction() as tx:
        for i in range(30, SIZE):
            log.append(tx, "decision", {"ticket": "replacement", "n": i}, time=at(i))
    problem = check(log, signer).problem
    assert problem is not None and problem.seq is not None and 16 <= problem.seq <= 30
    assert "checkpoint" in problem.message


def test_corrupted_proof_index_is_named(log: Ledger, signer: CheckpointSigner) -> None:
    attack(log, lambda tx: tx.execute("UPDATE ledger_nodes SET hash = ? WHERE level = 4 AND idx = 1", (b"\x07" * 32,)))
    problem = check(log, signer).problem
    assert problem is not None and problem.seq == 16 and "level 4, index 1" in problem.message


@pytest.mark.parametrize(
    ("column", "expected"),
    [("root", "stored size/root differ"), ("note", "invalid signature")],
)
def test_forged_checkpoint_rows_are_refused(log: Ledger, signer: CheckpointSigner, column: str, expected: str) -> None:
    stored = log.checkpoints()[0]
    forged_root = merkle.root([b"forged"])
    value: object = forged_root
    if column == "note":
        value = stored.note.replace(merkle_b64(stored.root), merkle_b64(forged_root))
    attack(log, lambda tx: tx.execute(f"UPDATE ledger_checkpoints SET {column} = ? WHERE id = ?", (value, stored.id)))
    problem = check(log, signer).problem
    assert problem is not None and problem.seq is None and expected in problem.message


def merkle_b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode()


@pytest.mark.parametrize("workers", [0, 2])
def test_leaf_rewritten_as_text_is_named_not_a_crash(
    log: Ledger, signer: CheckpointSigner, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plugin.ledger.verify as verify

    monkeypatch.setattr(verify, "CHUNK", 8)  # small chunks, so that two workers share this small log
    monkeypatch.setattr(verify, "CHUNK_LEVEL", 3)

    def edit(tx: Tx) -> None:
        text = leaf(tx, 21).replace(b"access", b"erasure").decode()
        # SQLite keeps a str as TEXT even in a BLOB column; PostgreSQL's bytea has no text variant.
        tx.execute(
            "UPDATE ledger_entries SET leaf = ? WHERE seq = ?", (text if tx.dialect == "sqlite" else text.encode(), 21)
        )
        if tx.dialect == "sqlite":
            # 32 characters of text pass the length CHECK; they are not the 32-byte hash.
            tx.execute("UPDATE ledger_entries SET leaf_hash = substr(hex(leaf_hash), 1, 32) WHERE seq = ?", (5,))

    attack(log, edit)
    problem = check(log, signer, workers=workers).problem
    expected = 5 if log.db.dialect == "sqlite" else 21
    assert problem is not None and problem.seq == expected and "leaf_hash" in problem.message
