"""Ledger throughput and proof latency against baselines measured in the same run (SQLite).

1. Durable appends, 1000 per transaction (WAL, synchronous=FULL), against raw SQLite inserts of the
   same rows (seq, leaf, leaf_hash: leaves and hashes precomputed) into a plain table, same batches.
2. `verify_ledger` over the whole log (every leaf hash, tree node and the checkpoint root) against
   hashing the same leaves with hashlib alone: sha256(0x00 || leaf) per leaf, leaves in memory.
3. One inclusion proof at a million entries (median of many, random leaves). The million-entry log
   is built through `append_many` in batches of 10,000 (the bulk path).

Rounds are interleaved and the best round of each contender is kept, so that other load on the
machine penalises neither side. Targets: append >= 30 % of raw, verify >= 50 % of hashlib, one
proof < 5 ms at 1,000,000 entries.

    python bench/ledger.py [--entries 1000000] [--append 30000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from plugin.ledger import Ledger  # noqa: E402
from plugin.ledger.checkpoint import CheckpointSigner, NoteSigner  # noqa: E402
from plugin.ledger.privacy import pseudonym, text_digest  # noqa: E402
from plugin.ledger.verify import verify_ledger  # noqa: E402
from plugin.storage import Database  # noqa: E402

BATCH = 1000
KEY = b"bench-pseudonym-key"
NOW = datetime(2026, 11, 28, 15, 21, 44, 123456, tzinfo=UTC)


Record = tuple[str, dict[str, object], datetime]


def record(n: int) -> Record:
    """A webhook receipt as the service writes it: pseudonyms and digests, no text."""
    return (
        "webhook_received",
        {
            "inbox": n,
            "ticket": pseudonym(KEY, f"ticket:{100000 + n}"),
            "event": "zen:event-type:ticket.created",
            "kind": "ticket",
            "body_sha256": text_digest(f"body {n}"),
            "signed_at": "2026-11-28T15:21:44Z",
        },
        NOW,
    )


def append_batches(db: Database, conn: object, ledger: Ledger, records: list[Record], *, single: bool) -> float:
    """Seconds to append `records`, BATCH per transaction, with append_many or one append() each."""
    began = time.perf_counter()
    for start in range(0, len(records), BATCH):
        with db.transaction(conn) as tx:
            if single:
                for kind, data, when in records[start : start + BATCH]:
                    ledger.append(tx, kind, data, time=when)
            else:
                ledger.append_many(tx, records[start : start + BATCH])
    return time.perf_counter() - began


def raw_batches(raw: sqlite3.Connection, rows: list[tuple[int, bytes, bytes]]) -> float:
    """Seconds to insert the same rows into a plain table, BATCH per transaction."""
    began = time.perf_counter()
    for start in range(0, len(rows), BATCH):
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany("INSERT INTO entries VALUES (?, ?, ?)", rows[start : start + BATCH])
        raw.execute("COMMIT")
    return time.perf_counter() - began


def bench_append(workdir: Path, count: int, rounds: int) -> None:
    records = [record(n) for n in range(count)]
    best = {"raw": float("inf"), "many": float("inf"), "single": float("inf")}
    for round_ in range(rounds):
        for name in ("many", "single"):  # the ledger, through its public API, into a fresh log
            db = Database(f"sqlite:///{workdir / f'{name}-{round_}.sqlite3'}")
            ledger = Ledger(db)
            ledger.ensure_schema()
            conn = db.connect()
            best[name] = min(best[name], append_batches(db, conn, ledger, records, single=name == "single"))
            conn.close()
            rows = [(e.seq, e.leaf, e.leaf_hash) for e in ledger.entries(0, count)]
            db.close_thread_connection()
        # Raw SQLite: the same rows, same connection settings, same batches, no triggers, no tree.
        raw = Database(f"sqlite:///{workdir / f'raw-{round_}.sqlite3'}").connect()
        raw.execute("CREATE TABLE entries (seq INTEGER PRIMARY KEY, leaf BLOB NOT NULL, leaf_hash BLOB NOT NULL)")
        best["raw"] = min(best["raw"], raw_batches(raw, rows))
        raw.close()
    rate = {name: count / seconds for name, seconds in best.items()}
    print(f"append: raw SQLite inserts, {BATCH}/tx          {rate['raw']:>10,.0f} rows/s")
    print(
        f"append: ledger.append_many, {BATCH}/tx          {rate['many']:>10,.0f} entries/s"
        f"   {rate['many'] / rate['raw']:6.1%} of raw (target >= 30%)"
    )
    print(
        f"append: ledger.append x{BATCH} per tx           {rate['single']:>10,.0f} entries/s"
        f"   {rate['single'] / rate['raw']:6.1%} of raw"
    )


def build_log(path: Path, count: int, signer: CheckpointSigner) -> Ledger:
    db = Database(f"sqlite:///{path}")
    ledger = Ledger(db)
    ledger.ensure_schema()
    conn = db.connect()
    start = time.perf_counter()
    for first in range(0, count, 10_000):
        with db.transaction(conn) as tx:
            ledger.append_many(tx, [record(n) for n in range(first, min(count, first + 10_000))])
    conn.close()
    ledger.checkpoint(signer, time=NOW)
    elapsed = time.perf_counter() - start
    print(f"build:  {count:,} entries via append_many, 10,000/tx   {elapsed:6.1f} s ({count / elapsed:,.0f}/s)")
    return ledger


def bench_verify(ledger: Ledger, signer: CheckpointSigner, rounds: int) -> None:
    size = ledger.size()
    db = ledger.db
    hashing = reading = verifying = float("inf")
    for _ in range(rounds):  # interleaved, like the append rounds
        total = 0.0  # baseline: hashlib over the same leaves, read beforehand (not timed)
        for start in range(0, size, 50_000):
            leaves = [e.leaf for e in ledger.entries(start, min(size, start + 50_000))]
            began = time.perf_counter()
            for leaf in leaves:
                hashlib.sha256(b"\x00" + leaf).digest()
            total += time.perf_counter() - began
        hashing = min(hashing, total)
        began = time.perf_counter()  # context: read the leaves from the database and hash them, no tree
        with db.transaction(db.thread_connection(), write=False) as tx:
            for start in range(0, size, 8192):
                for (leaf,) in tx.execute(
                    "SELECT leaf FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq", (start, start + 8192)
                ).fetchall():
                    hashlib.sha256(b"\x00" + leaf).digest()
        reading = min(reading, time.perf_counter() - began)
        began = time.perf_counter()
        result = verify_ledger(ledger, [signer.signer.verifier()])
        verifying = min(verifying, time.perf_counter() - began)
        assert result.ok, result.problem
    print(f"verify: hashlib sha256 of each leaf (in memory)  {size / hashing:>10,.0f} leaves/s")
    from plugin.ledger.verify import CHUNK, _parallel_workers

    workers = _parallel_workers(size // CHUNK)
    print(
        f"verify: verify_ledger (leaves, tree, checkpoint) {size / verifying:>10,.0f} entries/s"
        f"   {hashing / verifying:6.1%} of hashlib (target >= 50%)"
        f"   [{workers or 'no'} worker processes on {os.cpu_count()} cores; the baseline uses one]"
    )
    print(
        f"verify: (context) SELECT leaves + hashlib, no tree {size / reading:>10,.0f} leaves/s"
        f"   verify_ledger is {reading / verifying:6.1%} of it"
    )


def bench_proof(ledger: Ledger, samples: int) -> None:
    size = ledger.size()
    rng = random.Random(6962)
    ledger.inclusion_proof(0, size)  # open the thread's connection outside the timing
    times = []
    for _ in range(samples):
        seq = rng.randrange(size)
        began = time.perf_counter()
        ledger.inclusion_proof(seq, size)
        times.append(time.perf_counter() - began)
    consistency = []
    for _ in range(samples // 4):
        old = rng.randrange(1, size)
        began = time.perf_counter()
        ledger.consistency_proof(old, size)
        consistency.append(time.perf_counter() - began)
    median = statistics.median(times) * 1000
    print(f"proof:  inclusion at {size:,} entries, median of {samples}   {median:8.3f} ms (target < 5 ms)")
    print(f"proof:  consistency at {size:,} entries, median     {statistics.median(consistency) * 1000:8.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=1_000_000, help="size of the log for verify and proofs")
    parser.add_argument("--append", type=int, default=30_000, help="entries per append round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--samples", type=int, default=201, help="inclusion proofs timed")
    args = parser.parse_args()
    signer = CheckpointSigner("bench.example/log", NoteSigner.generate("bench.example/log"))
    with tempfile.TemporaryDirectory(prefix="gdpr-desk-bench-") as tmp:
        workdir = Path(tmp)
        bench_append(workdir, args.append, args.rounds)
        ledger = build_log(workdir / "million.sqlite3", args.entries, signer)
        bench_proof(ledger, args.samples)
        bench_verify(ledger, signer, max(1, args.rounds - 1))
        ledger.db.close_thread_connection()


if __name__ == "__main__":
    main()
