"""The accountability log in the service's database (SQLite or PostgreSQL), append-only.

Tables (schema.py): `ledger_entries` (seq, leaf = canonical JSON, leaf hash; time and kind in a view),
`ledger_nodes` (every complete subtree hash of level >= 4 — 16 leaves and up — keyed by level and
index; lower subtrees are recomputed from at most 8 leaf hashes), `ledger_head` (the row appenders
lock on PostgreSQL) and `ledger_checkpoints` (signed notes). Appending, roots and proofs read
O(log n) stored hashes and never rescan the log.

Concurrency: appends happen inside the caller's transaction. SQLite write transactions start with
BEGIN IMMEDIATE, so one writer at a time; on PostgreSQL each append first locks the head row
(SELECT … FOR UPDATE), so concurrent appenders queue behind the first until it commits — the log
never forks and sequence numbers are assigned in commit order.

Errors: LedgerError → OutOfRange (a size/seq the log does not have; also a ValueError),
LedgerCorrupt (stored hashes missing or contradicting a signed checkpoint); EntryError for data that
cannot be encoded.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from plugin.ledger import merkle
from plugin.ledger.checkpoint import CheckpointSigner
from plugin.ledger.entry import Entry, check_kind, encode_data, encode_leaf, format_time
from plugin.ledger.merkle import CompactRange, NodeId
from plugin.ledger.schema import MIGRATIONS
from plugin.storage.db import Database, Tx
from plugin.storage.migrate import ensure_schema

PAGE_SIZE = 1000
# Interior nodes are stored from this level up (one row per 8 appends instead of one per append);
# a lower node is recomputed from its at most 8 leaf hashes, so proofs stay O(log n).
STORED_MIN_LEVEL = 4

Record = tuple[str, Mapping[str, Any], datetime]  # kind, data, time


class LedgerError(Exception):
    """The log cannot do what was asked."""


class OutOfRange(LedgerError, ValueError):
    """A sequence number or tree size the log does not (yet) have."""


class LedgerCorrupt(LedgerError):
    """Stored hashes are missing or contradict a signed checkpoint: run `gdpr-desk log verify`."""


@dataclass(frozen=True, slots=True)
class StoredCheckpoint:
    id: int
    size: int
    root: bytes
    key: str  # verifier key of the signer
    note: str  # the signed note
    created_at: str


@dataclass(slots=True)
class _Head:
    size: int
    edge: CompactRange


# The tree edge after the last append in a transaction, so a batch of appends in one transaction
# reads it once. Keyed by the Tx (shared by every Ledger object, so only appends through this module
# change the log within it) and re-validated against the stored size on every append, so a
# rolled-back savepoint cannot leave it stale.
_HEADS: weakref.WeakKeyDictionary[Tx, _Head] = weakref.WeakKeyDictionary()

_INSERT_ENTRY = "INSERT INTO ledger_entries (seq, leaf, leaf_hash) VALUES (?, ?, ?)"
_INSERT_NODE = "INSERT INTO ledger_nodes (level, idx, hash) VALUES (?, ?, ?)"


def _bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else bytes(value)


def _entry(row: Sequence[Any]) -> Entry:
    """An Entry from a stored (seq, leaf, leaf_hash) row; time, kind and data come from the leaf."""
    seq, leaf, leaf_hash = row
    leaf = _bytes(leaf)
    value = json.loads(leaf)
    return Entry(int(seq), value["time"], value["kind"], value["data"], leaf, _bytes(leaf_hash))


class Ledger:
    """Append-only Merkle log of accountability entries in the service database.

    `append`/`append_many` run in the caller's transaction. Every other method opens its own short
    transaction on the calling thread's connection (Database.thread_connection), so it must not be
    called while that same connection is inside a transaction.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._time_text: tuple[datetime | None, str] = (None, "")  # last formatted time (appends share clocks)

    def ensure_schema(self) -> None:
        ensure_schema(self.db, "ledger", MIGRATIONS)

    # -- transactions -----------------------------------------------------------------------------
    def _read(self) -> Any:
        return self.db.transaction(self.db.thread_connection(), write=False)

    def _write(self) -> Any:
        return self.db.transaction(self.db.thread_connection())

    # -- appending --------------------------------------------------------------------------------
    def _lock_head(self, tx: Tx) -> None:
        if (
            tx.dialect == "postgresql"
            and tx.execute("SELECT id FROM ledger_head WHERE id = 1 FOR UPDATE").fetchone() is None
        ):
            raise LedgerCorrupt("ledger_head row is missing")

    def _head(self, tx: Tx, *, trust_cache: bool) -> _Head:
        """The log's size and right edge as this transaction sees it (locking the head first)."""
        self._lock_head(tx)
        cached = _HEADS.get(tx)
        if cached is not None and trust_cache:
            return cached
        size = self.size(tx)
        if cached is not None and cached.size == size:
            return cached
        return _Head(size, CompactRange(size, self._hashes(tx, CompactRange.edge(size))))

    def append(self, tx: Tx, kind: str, data: Mapping[str, Any], *, time: datetime) -> Entry:
        """Append one entry inside the caller's transaction; durable when that transaction commits."""
        return self.append_many(tx, [(kind, data, time)])[0]

    def append_many(self, tx: Tx, records: Iterable[Record]) -> list[Entry]:
        """Append entries in order inside the caller's transaction (group commit)."""
        batch = records if isinstance(records, list) else list(records)
        if not batch:
            return []
        # SQLite: the cached edge is trusted and the in-order trigger is the check — a stale cache
        # (a savepoint rolled back earlier appends) makes the first insert fail, and we reload.
        # PostgreSQL: an error would abort the caller's transaction, so re-read the size instead.
        optimistic = tx.dialect == "sqlite" and tx in _HEADS
        head = self._head(tx, trust_cache=optimistic)
        rows, nodes, entries, edge = self._build(head, batch)
        try:
            self._insert(tx, rows, nodes)
        except sqlite3.IntegrityError as exc:
            if not optimistic or "only the next seq" not in str(exc):
                raise
            head = self._head(tx, trust_cache=False)
            rows, nodes, entries, edge = self._build(head, batch)
            self._insert(tx, rows, nodes)
        _HEADS[tx] = _Head(edge.size, edge)
        return entries

    def _build(
        self, head: _Head, records: Sequence[Record]
    ) -> tuple[list[tuple[int, bytes, bytes]], list[tuple[int, int, bytes]], list[Entry], CompactRange]:
        """Rows, stored subtree hashes and entries for appending `records` after `head`; the new edge.

        One loop for validation, encoding, hashing and the tree: this is the append hot path.
        """
        edge = head.edge.copy()
        seq = head.size
        rows: list[tuple[int, bytes, bytes]] = []
        nodes: list[tuple[int, int, bytes]] = []
        entries: list[Entry] = []
        levels, hashes = edge.levels, edge.hashes
        sha256 = hashlib.sha256
        last_time, time_text = self._time_text
        last_kind = ""
        for kind, data, time in records:
            if time is not last_time:  # appends in a batch usually share one clock reading and kind
                time_text, last_time = format_time(time), time
            if kind is not last_kind:
                last_kind = check_kind(kind)
            leaf = encode_leaf(seq, time_text, kind, encode_data(data))
            leaf_hash = sha256(b"\x00" + leaf).digest()
            # CompactRange.append, inlined: merge equal levels on the right edge.
            level, idx, node = 0, seq, leaf_hash
            while levels and levels[-1] == level:
                levels.pop()
                node = sha256(b"\x01" + hashes.pop() + node).digest()
                level += 1
                idx >>= 1
                if level >= STORED_MIN_LEVEL:
                    nodes.append((level, idx, node))
            levels.append(level)
            hashes.append(node)
            rows.append((seq, leaf, leaf_hash))
            # `data` as given; entries() returns what the leaf decodes to.
            entries.append(Entry(seq, time_text, kind, data if type(data) is dict else dict(data), leaf, leaf_hash))
            seq += 1
        self._time_text = (last_time, time_text)
        edge.size = seq
        return rows, nodes, entries, edge

    @staticmethod
    def _insert(tx: Tx, rows: list[tuple[int, bytes, bytes]], nodes: list[tuple[int, int, bytes]]) -> None:
        if tx.dialect == "sqlite":  # straight to the driver: Tx.executemany copies every row first
            tx.raw.executemany(_INSERT_ENTRY, rows)
            if nodes:
                tx.raw.executemany(_INSERT_NODE, nodes)
            return
        if len(rows) == 1:
            tx.execute(_INSERT_ENTRY, rows[0])
        else:
            tx.executemany(_INSERT_ENTRY, rows)
        tx.executemany(_INSERT_NODE, nodes)

    def append_one(self, kind: str, data: Mapping[str, Any], *, time: datetime) -> Entry:
        """Append one entry in a transaction of its own (CLI convenience)."""
        with self._write() as tx:
            return self.append(tx, kind, data, time=time)

    # -- reading ----------------------------------------------------------------------------------
    def size(self, tx: Tx | None = None) -> int:
        """Number of entries (committed, or as seen by `tx`)."""
        if tx is None:
            with self._read() as own:
                return self.size(own)
        return int(tx.scalar("SELECT COALESCE(MAX(seq) + 1, 0) FROM ledger_entries"))

    def _hashes(self, tx: Tx, ids: Sequence[NodeId]) -> list[bytes]:
        """Subtree hashes for (level, index) ids, in the given order: stored ones (level >= 4) are read,
        lower ones recomputed from at most eight leaf hashes each."""
        found: dict[NodeId, bytes] = {}
        seqs: set[int] = set()
        upper: set[NodeId] = set()
        for level, idx in ids:
            if level >= STORED_MIN_LEVEL:
                upper.add((level, idx))
            else:
                seqs.update(range(idx << level, (idx + 1) << level))
        leaves: dict[int, bytes] = {}
        ordered = sorted(seqs)
        for start in range(0, len(ordered), 500):
            part = ordered[start : start + 500]
            tx.execute(f"SELECT seq, leaf_hash FROM ledger_entries WHERE seq IN ({','.join('?' * len(part))})", part)
            leaves.update((int(seq), _bytes(h)) for seq, h in tx.fetchall())
        stored = sorted(upper)
        for start in range(0, len(stored), 250):
            chunk = stored[start : start + 250]
            where = " OR ".join(["(level = ? AND idx = ?)"] * len(chunk))
            tx.execute(f"SELECT level, idx, hash FROM ledger_nodes WHERE {where}", [v for node in chunk for v in node])
            found.update(((int(level), int(idx)), _bytes(h)) for level, idx, h in tx.fetchall())
        out: list[bytes] = []
        for level, idx in ids:
            if level >= STORED_MIN_LEVEL:
                node = found.get((level, idx))
            else:
                span = [leaves[seq] for seq in range(idx << level, (idx + 1) << level) if seq in leaves]
                node = merkle.root_from_hashes(span) if len(span) == 1 << level else None
            if node is None:
                raise LedgerCorrupt(f"stored tree is missing the hashes of subtree (level {level}, index {idx})")
            out.append(node)
        return out

    def _range_hashes(self, tx: Tx, ranges: Sequence[merkle.Range]) -> list[bytes]:
        shapes = [merkle.subtree_nodes(start, end) for start, end in ranges]
        hashes = self._hashes(tx, [node for shape in shapes for node in shape])
        out: list[bytes] = []
        for shape in shapes:
            out.append(merkle.fold(hashes[: len(shape)]))
            hashes = hashes[len(shape) :]
        return out

    def _check_size(self, tx: Tx, size: int) -> None:
        current = self.size(tx)
        if not 0 <= size <= current:
            raise OutOfRange(f"tree size {size} is outside 0..{current}")

    def root_in(self, tx: Tx, size: int) -> bytes:
        self._check_size(tx, size)
        return self._range_hashes(tx, [(0, size)])[0] if size else merkle.EMPTY_ROOT

    def root(self, size: int | None = None) -> bytes:
        """RFC 6962 root of the first `size` entries (default: all committed entries)."""
        with self._read() as tx:
            return self.root_in(tx, self.size(tx) if size is None else size)

    def entries(self, start: int, end: int) -> Iterator[Entry]:
        """Entries with seq in [start, end), read page by page (each page its own short read)."""
        if not 0 <= start <= end:
            raise OutOfRange(f"invalid entry range [{start}, {end})")
        position = start
        while position < end:
            with self._read() as tx:
                tx.execute(
                    "SELECT seq, leaf, leaf_hash FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq",
                    (position, min(end, position + PAGE_SIZE)),
                )
                page = [_entry(row) for row in tx.fetchall()]
            if not page:
                return
            yield from page
            position = page[-1].seq + 1

    def inclusion_proof(self, seq: int, size: int) -> list[bytes]:
        """Audit path of entry `seq` in the tree of the first `size` entries."""
        with self._read() as tx:
            self._check_size(tx, size)
            if not 0 <= seq < size:
                raise OutOfRange(f"seq {seq} is not in a tree of size {size}")
            return self._range_hashes(tx, merkle.inclusion_ranges(seq, size))

    def consistency_proof(self, old_size: int, new_size: int) -> list[bytes]:
        """Proof that the tree of `old_size` entries is a prefix of the tree of `new_size`."""
        with self._read() as tx:
            self._check_size(tx, new_size)
            if not 0 <= old_size <= new_size:
                raise OutOfRange(f"old size {old_size} is outside 0..{new_size}")
            return self._range_hashes(tx, merkle.consistency_ranges(old_size, new_size))

    # -- bulk reads for verification -------------------------------------------------------------
    def leaf_rows(self, tx: Tx, start: int, end: int) -> list[tuple[Any, ...]]:
        """(seq, leaf, leaf_hash) rows with seq in [start, end), in order, as stored."""
        tx.execute(
            "SELECT seq, leaf, leaf_hash FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq", (start, end)
        )
        return tx.fetchall()

    def leaves_and_hashes(self, tx: Tx, start: int, end: int) -> tuple[list[bytes], list[bytes]]:
        """The stored leaves and leaf_hash column of seq in [start, end), in order (verification's hot path).

        seq is unique, so getting end - start rows means none is missing."""
        sql = "SELECT leaf, leaf_hash FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq"
        # Straight from the driver connection (Tx.fetchall copies every row into a new tuple).
        if tx.dialect == "postgresql":
            sql = sql.replace("?", "%s")
        rows = tx.raw.execute(sql, (start, end)).fetchall()
        if not rows:
            return [], []
        leaves, hashes = (list(column) for column in zip(*rows, strict=True))
        if not isinstance(leaves[0], bytes):  # a driver handing out memoryviews
            leaves, hashes = [bytes(v) for v in leaves], [bytes(v) for v in hashes]
        return leaves, hashes

    def node_rows(self, tx: Tx, spans: Sequence[tuple[int, int, int]]) -> list[tuple[Any, ...]]:
        """(level, idx, hash) rows for (level, first idx, end idx) spans, ordered by level and idx."""
        if not spans:
            return []
        where = " OR ".join(["(level = ? AND idx >= ? AND idx < ?)"] * len(spans))
        tx.execute(
            f"SELECT level, idx, hash FROM ledger_nodes WHERE {where} ORDER BY level, idx",
            [v for span in spans for v in span],
        )
        return tx.fetchall()

    # -- checkpoints ------------------------------------------------------------------------------
    def checkpoint(self, signer: CheckpointSigner, *, time: datetime) -> StoredCheckpoint:
        """Sign and store a checkpoint of all committed entries (or return the stored one if current).

        Before signing, the stored tree is checked against the previous checkpoint, so a tampered
        prefix is never signed over.
        """
        with self._write() as tx:
            self._lock_head(tx)
            size = self.size(tx)
            latest = self._latest(tx)
            if latest is not None:
                if latest.size > size:
                    raise LedgerCorrupt(
                        f"the log has {size} entries but checkpoint #{latest.id} covers {latest.size}: truncated"
                    )
                if self.root_in(tx, latest.size) != latest.root:
                    raise LedgerCorrupt(f"stored tree no longer matches checkpoint #{latest.id}")
                if latest.size == size and latest.key == signer.verifier_key:
                    return latest
            root = self.root_in(tx, size)
            note = signer.sign(size, root)
            created = format_time(time)
            tx.execute(
                "INSERT INTO ledger_checkpoints (size, root, key, note, created_at) VALUES (?, ?, ?, ?, ?)",
                (size, root, signer.verifier_key, note, created),
            )
            stored = self._latest(tx)
            assert stored is not None
            return stored

    def _latest(self, tx: Tx) -> StoredCheckpoint | None:
        tx.execute(
            "SELECT id, size, root, key, note, created_at FROM ledger_checkpoints ORDER BY size DESC, id DESC LIMIT 1"
        )
        row = tx.fetchone()
        return _checkpoint(row) if row else None

    def latest_checkpoint(self) -> StoredCheckpoint | None:
        with self._read() as tx:
            return self._latest(tx)

    def checkpoints(self) -> list[StoredCheckpoint]:
        """Every stored checkpoint, by size then id."""
        with self._read() as tx:
            tx.execute("SELECT id, size, root, key, note, created_at FROM ledger_checkpoints ORDER BY size, id")
            return [_checkpoint(row) for row in tx.fetchall()]


def _checkpoint(row: Sequence[Any]) -> StoredCheckpoint:
    id_, size, root, key, note, created = row
    return StoredCheckpoint(int(id_), int(size), _bytes(root), key, note, created)
