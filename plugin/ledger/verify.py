"""Recompute the log from its stored entries and compare with every signed checkpoint.

What is trusted: only checkpoint signatures (by keys the caller names). Everything else in the
database — leaves, the leaf_hash column, stored subtree hashes, the checkpoint table — may have
been changed by someone with write access, so verification recomputes:

1. the leaf hash of every stored leaf, compared with the leaf_hash column;
2. every interior node, compared with the stored subtree hashes (levels >= 4; they serve proofs);
3. the root at each checkpoint size, compared with the signed root (a checkpoint larger than the
   log proves a truncation);
4. for entries not covered by a matching checkpoint, and around any mismatch, the entry itself:
   canonical JSON, its embedded seq equal to its position, time/kind columns equal to the leaf.

The first problem is reported with the lowest sequence number the evidence allows: exact for a
missing, reordered or inconsistently edited entry; the start of the covering subtree for an entry
rewritten together with its leaf hash; the start of the checkpoint interval when an attacker also
recomputed every stored hash (then only the signed root disagrees, and it cannot say where).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from plugin.ledger.checkpoint import Checkpoint, NoteError, NoteVerifier, open_checkpoint
from plugin.ledger.entry import EntryError, decode_leaf
from plugin.ledger.merkle import CompactRange
from plugin.ledger.store import STORED_MIN_LEVEL, Ledger
from plugin.storage.db import Database, Tx

CHUNK = 8192
CHUNK_LEVEL = CHUNK.bit_length() - 1  # a full, aligned chunk is one perfect subtree of this level
PARALLEL_MIN_CHUNKS = 8  # below this, starting worker processes costs more than it saves
WORKER_TIMEOUT = 120.0  # seconds for one chunk before the parent gives up on the workers
FETCH = 1024  # rows per fetch when hashing a chunk: its leaves never sit in memory all at once (see _hash_chunk)
_LEAF_ROWS = "SELECT leaf, leaf_hash FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq"
_LEVEL_NODES = "SELECT hash FROM ledger_nodes WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx"
assert 1 << CHUNK_LEVEL == CHUNK
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Problem:
    """The first thing that is wrong; `seq` is None when no entry can be named (a bad signature)."""

    seq: int | None
    message: str

    def __str__(self) -> str:
        return f"seq {self.seq}: {self.message}" if self.seq is not None else self.message


Evidence = tuple[Problem, int]  # something in [problem.seq, end) is wrong


@dataclass(frozen=True)
class TrustedCheckpoint:
    label: str  # "checkpoint #3" or the file it came from
    size: int
    root: bytes


@dataclass
class VerifyResult:
    size: int
    root: bytes
    checkpoints: list[TrustedCheckpoint] = field(default_factory=list)
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _levels(hashes: list[bytes]) -> list[list[bytes]]:
    """All levels of a perfect subtree above its leaf hashes (len(hashes) is a power of two)."""
    sha256 = hashlib.sha256
    out: list[list[bytes]] = []
    level = hashes
    while len(level) > 1:
        pairs = iter(level)
        level = [sha256(b"\x01" + left + right).digest() for left, right in zip(pairs, pairs, strict=False)]
        out.append(level)
    return out


def _leaf_cursor(tx: Tx, start: int, end: int) -> Any:
    """A driver cursor over the (leaf, leaf_hash) rows of seq in [start, end), in order."""
    sql = _LEAF_ROWS.replace("?", "%s") if tx.dialect == "postgresql" else _LEAF_ROWS
    return tx.raw.execute(sql, (start, end))  # straight from the driver: Tx.fetchall copies every row


def _hash_chunk(cursor: Any) -> tuple[list[bytes], bool]:
    """Leaf hashes of the (leaf, leaf_hash) rows left in `cursor`, and whether all match the column.

    Rows come FETCH at a time and are dropped once hashed: a whole chunk of leaves and row objects
    (two of them, with two workers) outgrows the CPU caches, which costs more than the extra fetches.
    """
    seeded = hashlib.sha256(b"\x00")  # copied per leaf: cheaper than copying each leaf behind a 0x00 byte
    hashes: list[bytes] = []
    same = True
    while rows := cursor.fetchmany(FETCH):
        part: list[bytes] = []
        try:
            for leaf, _ in rows:
                state = seeded.copy()
                state.update(leaf)
                part.append(state.digest())
        except TypeError:  # a value that is not a blob (someone wrote text or a number): compare its bytes
            part = []
            for leaf, _ in rows:
                state = seeded.copy()
                state.update(_blob(leaf))
                part.append(state.digest())
            rows = [(leaf, _blob(leaf_hash)) for leaf, leaf_hash in rows]
        same = same and part == [leaf_hash for _, leaf_hash in rows]
        hashes += part
    return hashes, same


def _blob(value: Any) -> bytes:
    """A stored value as bytes, whatever type a tampered row holds (its text's UTF-8, say)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return b"" if value is None else str(value).encode("utf-8")


def check_entry(seq: int, leaf: bytes, leaf_hash: bytes) -> str | None:
    """What is wrong with one stored entry on its own, or None."""
    if hashlib.sha256(b"\x00" + leaf).digest() != leaf_hash:
        return "leaf_hash column does not match the leaf bytes"
    try:
        value = decode_leaf(leaf)
    except EntryError as exc:
        return str(exc)
    if value["seq"] != seq:
        return f"entry says seq {value['seq']}: entries were reordered, inserted or removed"
    return None


_WORKER_STATE: dict[str, tuple[Database, Any]] = {}  # url -> (database, its connection)


def _summarise_chunk(job: tuple[str, int, int]) -> tuple[int, bool, bool, bytes]:
    """In a worker process: (rows read, leaf hashes match, stored nodes match, chunk root).

    The same checks the sequential path makes for one full aligned chunk, run in parallel; the
    parent folds the chunk roots into the tree and checks the signed roots. A chunk that fails here
    is checked again sequentially, which finds and words the problem. Only this small tuple goes
    back to the parent.
    """
    url, start, end = job
    state = _WORKER_STATE.get(url)
    if state is None:
        db = Database(url)
        state = (db, db.connect())
        _WORKER_STATE[url] = state
    db, conn = state
    with db.transaction(conn, write=False) as tx:
        hashes, leaves_ok = _hash_chunk(_leaf_cursor(tx, start, end))
        if len(hashes) != end - start:
            return len(hashes), False, False, b""
        levels = _levels(hashes)
        # One range query per level (an OR of them costs SQLite a multi-index OR and a sort).
        sql = _LEVEL_NODES.replace("?", "%s") if tx.dialect == "postgresql" else _LEVEL_NODES
        nodes_ok = all(
            [node for (node,) in tx.raw.execute(sql, (lvl, start >> lvl, end >> lvl)).fetchall()] == levels[lvl - 1]
            for lvl in range(STORED_MIN_LEVEL, len(levels) + 1)
        )  # (level, idx) is unique: an equal list means every stored node of the level is there and matches
    return len(hashes), leaves_ok, nodes_ok, levels[-1][0]


def _parallel_workers(chunks: int) -> int:
    """How many worker processes to use (0: verify in this process).

    Workers are forked, which is only safe from a single-threaded process (the CLI); the service,
    with its threads, verifies sequentially.
    """
    cpus = os.cpu_count() or 1
    if cpus < 2 or chunks < PARALLEL_MIN_CHUNKS or threading.active_count() > 1:
        return 0
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return min(cpus, 4)


class _Verifier:
    def __init__(
        self,
        ledger: Ledger,
        tx: Tx,
        checkpoints: list[TrustedCheckpoint],
        progress: Progress | None,
        workers: int | None = None,
    ):
        self.ledger, self.tx, self.progress, self.workers = ledger, tx, progress, workers
        self.pending = sorted(checkpoints, key=lambda c: c.size)
        self.edge = CompactRange()
        self.last_good = 0  # entries [0, last_good) match a signed checkpoint
        self.broken = False  # a checkpoint did not match: later ones cannot vouch for anything

    def detailed(self, start: int, end: int) -> Problem | None:
        """Entry-by-entry checks of [start, end); the first problem.

        An entry whose embedded seq differs from its position tells where history moved: entry q
        found at a later position p means something was inserted (or reordered) at or before q;
        at an earlier position, that entries were removed (or reordered) at p.
        """
        position = start
        while position < end:
            stop = min(end, position + CHUNK)
            rows = self.ledger.leaf_rows(self.tx, position, stop)
            for offset, (seq, leaf, leaf_hash) in enumerate(rows):
                if seq != position + offset:
                    return Problem(position + offset, "entry is missing")
                message = check_entry(seq, _blob(leaf), _blob(leaf_hash))
                if message is None:
                    continue
                claimed = decode_leaf(_blob(leaf))["seq"] if message.startswith("entry says seq") else seq
                if start <= claimed < seq:
                    return Problem(
                        claimed, f"entry {claimed} now sits at seq {seq}: entries were inserted or reordered"
                    )
                if claimed > seq:
                    return Problem(seq, f"holds entry {claimed}: entries were removed or reordered")
                return Problem(seq, message)
            if len(rows) < stop - position:
                return Problem(position + len(rows), "entry is missing")
            position = stop
        return None

    def first_problem(self, evidence: list[Evidence]) -> Problem:
        """The earliest evidence, or an entry-by-entry finding that pins it down (or precedes it).

        Each piece of evidence says "something in [problem.seq, end) is wrong"; an entry that fails
        its own checks before the end of the earliest such region is the more precise answer.
        """
        earliest, earliest_end = min(evidence, key=lambda e: (e[0].seq or 0, e[1]))
        found = self.detailed(self.last_good, max(end for _, end in evidence))
        if found is not None and found.seq is not None and found.seq < earliest_end:
            return found
        return earliest

    def run(self, size: int) -> Problem | None:
        parallel = self.parallel_chunks(size)
        workers = _parallel_workers(len(parallel)) if self.workers is None else self.workers
        pool = multiprocessing.get_context("fork").Pool(workers) if workers else None
        summaries: Iterator[tuple[int, bool, bool, bytes]] = iter(())
        if pool is not None:
            url = self.ledger.db.url
            jobs = [(url, start, start + CHUNK) for start in sorted(parallel)]  # imap keeps this order
            summaries = pool.imap(_summarise_chunk, jobs)
        try:
            for start in range(0, size, CHUNK):
                end = min(size, start + CHUNK)
                summary = None
                if pool is not None and start in parallel:
                    try:
                        summary = summaries.next(WORKER_TIMEOUT)  # type: ignore[attr-defined]
                    except multiprocessing.TimeoutError:  # a stuck worker: finish in this process
                        pool.terminate()
                        pool = None
                if summary is not None:
                    rows, leaves_ok, nodes_ok, root = summary
                    clean = rows == CHUNK and leaves_ok and nodes_ok
                    evidence = self.fold_chunk(start, end, root) if clean else self.chunk(start, end)
                else:
                    evidence = self.chunk(start, end)
                if evidence:
                    return self.first_problem(evidence)
                if self.progress is not None:
                    self.progress(end, size)
            return None
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()

    def parallel_chunks(self, size: int) -> set[int]:
        """Starts of the full chunks with no checkpoint size strictly inside them."""
        cuts = {c.size for c in self.pending}
        return {
            start for start in range(0, size - CHUNK + 1, CHUNK) if not any(start < cut < start + CHUNK for cut in cuts)
        }

    def fold_chunk(self, start: int, end: int, root: bytes) -> list[Evidence]:
        """Add a chunk a worker verified (its leaves and inner stored nodes match) by its root."""
        completed: list[tuple[int, int, bytes]] = []
        self.edge.add_subtree(CHUNK_LEVEL, root, completed)
        computed: dict[int, list[bytes]] = {}
        for lvl, _idx, node in completed:
            if lvl >= STORED_MIN_LEVEL:
                computed.setdefault(lvl, []).append(node)
        evidence = self.signed_roots_at(end)
        return evidence + self.compare_nodes(start, end, computed)

    def signed_roots_at(self, cut: int) -> list[Evidence]:
        """Compare the tree so far with every checkpoint of exactly this size."""
        evidence: list[Evidence] = []
        while self.pending and self.pending[0].size == cut:
            checkpoint = self.pending.pop(0)
            if self.edge.root() != checkpoint.root:
                self.broken = True
                evidence.append(
                    (
                        Problem(
                            self.last_good,
                            f"entries {self.last_good}..{cut - 1} do not match the signed root"
                            f" of {checkpoint.label}"
                            f" (size {cut})",
                        ),
                        cut,
                    )
                )
            elif not self.broken:
                self.last_good = cut
        return evidence

    def chunk(self, start: int, end: int) -> list[Evidence]:
        hashes, same = _hash_chunk(_leaf_cursor(self.tx, start, end))
        if len(hashes) != end - start:
            seqs = [int(r[0]) for r in self.ledger.leaf_rows(self.tx, start, end)]
            missing = next((start + i for i, s in enumerate(seqs) if s != start + i), start + len(seqs))
            return [(Problem(missing, "entry is missing"), missing + 1)]
        evidence: list[Evidence] = []
        if not same:
            _leaves, stored = self.ledger.leaves_and_hashes(self.tx, start, end)
            i = next(i for i, (a, b) in enumerate(zip(hashes, stored, strict=True)) if a != b)
            evidence.append((Problem(start + i, "leaf_hash column does not match the leaf bytes"), start + i + 1))
        computed: dict[int, list[bytes]] = {}
        position = start
        cuts = sorted({c.size for c in self.pending if start < c.size <= end} | {end})
        for cut in cuts:
            self.add_range(position, cut, hashes[position - start : cut - start], computed)
            position = cut
            evidence += self.signed_roots_at(cut)
        evidence += self.compare_nodes(start, end, computed)
        return evidence

    def add_range(self, start: int, end: int, hashes: list[bytes], computed: dict[int, list[bytes]]) -> None:
        """Fold leaves [start, end) into the edge as aligned perfect subtrees, keeping every new node."""
        position = start
        completed: list[tuple[int, int, bytes]] = []
        while position < end:
            level = (end - position).bit_length() - 1
            if position:
                level = min(level, (position & -position).bit_length() - 1)
            width = 1 << level
            piece = hashes[position - start : position - start + width]
            levels = _levels(piece)
            for lvl in range(STORED_MIN_LEVEL, level + 1):
                computed.setdefault(lvl, []).extend(levels[lvl - 1])
            self.edge.add_subtree(level, levels[-1][0] if levels else piece[0], completed)
            for lvl, _idx, node in completed:
                if lvl >= STORED_MIN_LEVEL:
                    computed.setdefault(lvl, []).append(node)
            completed.clear()
            position += width

    def compare_nodes(self, start: int, end: int, computed: dict[int, list[bytes]]) -> list[Evidence]:
        spans = [(lvl, start >> lvl, end >> lvl) for lvl in sorted(computed) if (start >> lvl) < (end >> lvl)]
        stored: dict[int, list[bytes]] = {}
        for lvl, _idx, node in self.ledger.node_rows(self.tx, spans):
            stored.setdefault(int(lvl), []).append(_blob(node))
        problems: list[Evidence] = []
        for lvl, first, _end in spans:
            mine, theirs = computed[lvl], stored.get(lvl, [])
            if mine == theirs:
                continue
            pairs = enumerate(zip(mine, theirs, strict=False))
            i = next((i for i, (a, b) in pairs if a != b), min(len(mine), len(theirs)))
            idx = first + i
            low, high = idx << lvl, (idx + 1) << lvl
            message = f"stored tree node (level {lvl}, index {idx}) over entries {low}..{high - 1} does not match them"
            # Entries below last_good match a signed checkpoint: a node reaching past it points past it.
            problems.append((Problem(max(low, self.last_good) if high > self.last_good else low, message), high))
        return problems


def trusted_checkpoints(
    ledger: Ledger, verifiers: list[NoteVerifier], extra: Sequence[tuple[str, str]] = ()
) -> tuple[list[TrustedCheckpoint], Problem | None]:
    """Stored checkpoints (and `extra` (label, note) pairs) whose signatures verify; else the problem."""
    out: list[TrustedCheckpoint] = []
    notes: list[tuple[str, str, int | None, bytes | None]] = [
        (f"checkpoint #{c.id}", c.note, c.size, c.root) for c in ledger.checkpoints()
    ]
    notes += [(label, note, None, None) for label, note in extra]
    for label, note, size, root in notes:
        try:
            checkpoint: Checkpoint = open_checkpoint(note, verifiers)
        except NoteError as exc:
            hint = " (signed by a rotated key? give that verifier key too)" if "no signature" in str(exc) else ""
            return out, Problem(None, f"{label}: {exc}{hint}")
        if size is not None and (checkpoint.size, checkpoint.root) != (size, root):
            return out, Problem(None, f"{label}: stored size/root differ from its signed note")
        out.append(TrustedCheckpoint(label, checkpoint.size, checkpoint.root))
    return out, None


def verify_ledger(
    ledger: Ledger,
    verifiers: list[NoteVerifier],
    *,
    extra_checkpoints: Sequence[tuple[str, str]] = (),
    progress: Progress | None = None,
    workers: int | None = None,
) -> VerifyResult:
    """Recompute everything from the stored entries against every signed checkpoint.

    `workers`: processes that hash full chunks in parallel (None: as many as suit the machine when
    it is safe to fork, 0: none). The result is the same either way.
    """
    checkpoints, problem = trusted_checkpoints(ledger, verifiers, extra_checkpoints)
    db = ledger.db
    with db.transaction(db.thread_connection(), write=False) as tx:
        size = ledger.size(tx)
        result = VerifyResult(size, b"", checkpoints, problem)
        if problem is not None:
            return result
        run = _Verifier(ledger, tx, [c for c in checkpoints if c.size <= size], progress, workers)
        result.problem = run.run(size)
        result.root = run.edge.root()
        if result.problem is None:
            beyond = [c for c in checkpoints if c.size > size]
            if beyond:
                c = max(beyond, key=lambda c: c.size)
                result.problem = Problem(
                    size, f"the log ends at {size} entries but {c.label} signed {c.size}: entries were removed"
                )
        if result.problem is None and run.last_good < size:
            result.problem = run.detailed(run.last_good, size)
    return result
