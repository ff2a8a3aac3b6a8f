"""Several processes appending at once never fork or reorder the log (SQLite and PostgreSQL)."""

from __future__ import annotations

import multiprocessing
import time

from plugin.ledger import Ledger, merkle
from plugin.ledger.checkpoint import CheckpointSigner
from plugin.ledger.verify import verify_ledger
from plugin.storage import Database

from .conftest import at

PROCESSES = 4
TRANSACTIONS = 12
PER_TRANSACTION = 5


def _appender(url: str, worker: int, start: multiprocessing.synchronize.Event) -> None:
    ledger = Ledger(Database(url))
    start.wait(10)
    for t in range(TRANSACTIONS):
        with ledger.db.transaction() as tx:
            for i in range(PER_TRANSACTION):
                ledger.append(tx, "webhook_received", {"worker": worker, "tx": t, "i": i}, time=at(t))
                time.sleep(0.001)  # hold the transaction open so that appenders really overlap


def test_concurrent_appenders_keep_one_consistent_log(ledger: Ledger, signer: CheckpointSigner) -> None:
    context = multiprocessing.get_context("spawn")  # no inherited connections
    start = context.Event()
    workers = [context.Process(target=_appender, args=(ledger.db.url, n, start)) for n in range(PROCESSES)]
    for worker in workers:
        worker.start()
    ledger.append_one("checkpoint_marker", {}, time=at(0))  # the parent appends meanwhile, too
    start.set()
    ledger.checkpoint(signer, time=at(1))  # and signs a checkpoint while they run
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    total = PROCESSES * TRANSACTIONS * PER_TRANSACTION + 1
    entries = list(ledger.entries(0, ledger.size()))
    assert [e.seq for e in entries] == list(range(total))
    # Each transaction's entries are contiguous and in order: appenders were serialised per transaction.
    runs: dict[tuple[int, int], list[int]] = {}
    for e in entries:
        if e.kind == "webhook_received":
            runs.setdefault((e.data["worker"], e.data["tx"]), []).append(e.seq)
    assert len(runs) == PROCESSES * TRANSACTIONS
    for seqs in runs.values():
        assert seqs == list(range(seqs[0], seqs[0] + PER_TRANSACTION))
    assert ledger.root() == merkle.root([e.leaf for e in entries])
    ledger.checkpoint(signer, time=at(2))
    result = verify_ledger(ledger, [signer.signer.verifier()])
    assert result.ok, result.problem
    assert [c.size for c in result.checkpoints][-1] == total
