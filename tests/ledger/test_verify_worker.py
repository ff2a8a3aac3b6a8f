"""The worker's summary of one aligned chunk (what parallel verification trusts) on both databases.

`_summarise_chunk` reads the chunk FETCH rows at a time; a summary that says "clean" lets the
parent skip its own checks of that chunk, so every kind of damage must turn a flag off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plugin.ledger import Ledger, merkle, verify
from plugin.ledger.verify import _summarise_chunk

from .conftest import at
from .test_tamper import attack, forged_leaf, set_leaf

START, END = 32, 64  # an aligned perfect subtree of level 5: stored nodes at levels 4 and 5


@pytest.fixture
def log(ledger: Ledger) -> Iterator[Ledger]:
    with ledger.db.transaction() as tx:
        ledger.append_many(tx, [("decision", {"n": i, "rights": ["access"]}, at(i)) for i in range(END + 7)])
    yield ledger
    for _db, conn in verify._WORKER_STATE.values():
        conn.close()
    verify._WORKER_STATE.clear()


def summary(ledger: Ledger) -> tuple[int, bool, bool, bytes]:
    return _summarise_chunk((ledger.db.url, START, END))


@pytest.mark.parametrize("fetch", [1024, 5])  # one fetch, and many with a short last one
def test_clean_chunk(log: Ledger, monkeypatch: pytest.MonkeyPatch, fetch: int) -> None:
    monkeypatch.setattr(verify, "FETCH", fetch)
    hashes = [e.leaf_hash for e in log.entries(START, END)]
    assert summary(log) == (END - START, True, True, merkle.root_from_hashes(hashes))


def test_leaf_hash_column_edited(log: Ledger) -> None:
    attack(log, lambda tx: set_leaf(tx, START + 9, forged_leaf(START + 9), fix_hash=False))
    rows, leaves_ok, _nodes_ok, _root = summary(log)
    assert rows == END - START and not leaves_ok


def test_leaf_rewritten_with_its_hash(log: Ledger) -> None:
    attack(log, lambda tx: set_leaf(tx, START + 9, forged_leaf(START + 9), fix_hash=True))
    _rows, leaves_ok, nodes_ok, _root = summary(log)
    assert leaves_ok and not nodes_ok  # the stored level-4 node over it no longer matches


@pytest.mark.parametrize("level", [4, 5])  # the lowest stored level, and the chunk's own root
@pytest.mark.parametrize("edit", ["UPDATE ledger_nodes SET hash = ? WHERE level = ? AND idx = ?", "DELETE FROM"])
def test_stored_node_edited_or_deleted(log: Ledger, edit: str, level: int) -> None:
    idx = (START >> level) + (1 if level == 4 else 0)
    if edit.startswith("UPDATE"):
        attack(log, lambda tx: tx.execute(edit, (b"\x07" * 32, level, idx)))
    else:
        attack(log, lambda tx: tx.execute("DELETE FROM ledger_nodes WHERE level = ? AND idx = ?", (level, idx)))
    rows, leaves_ok, nodes_ok, _root = summary(log)
    assert rows == END - START and leaves_ok and not nodes_ok


def test_missing_entry(log: Ledger) -> None:
    attack(log, lambda tx: tx.execute("DELETE FROM ledger_entries WHERE seq = ?", (START + 3,)))
    rows, leaves_ok, nodes_ok, _root = summary(log)
    assert rows == END - START - 1 and not leaves_ok and not nodes_ok
