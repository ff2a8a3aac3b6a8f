"""Group commit: many small write units share one transaction and one fsync.

A webhook must be durably stored before it is acknowledged. One fsync per webhook caps intake at
the disk's sync rate; batching every unit that arrived while the previous commit was syncing makes
throughput grow with concurrency while each caller still waits for its own durable commit.

A batch first runs without savepoints (the common case, and the cheap one). If a unit raises, the
transaction is rolled back and the batch runs again with each unit inside a savepoint, so the failing
unit fails alone and the rest commit. Units must therefore be pure functions of the transaction
(no side effects outside it). If the commit itself fails, every unit of the batch gets the error.

Callers are woken once per batch per event loop (one `call_soon_threadsafe`), not once per unit:
waking the loop thread is the dominant cost of handing work between threads in CPython.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import structlog

from plugin.storage.db import SQLITE_BUSY_TIMEOUT_MS, Database, Tx

T = TypeVar("T")
Unit = Callable[[Tx], Any]

log = structlog.get_logger(__name__)

_STOP = object()


class CommitterClosed(RuntimeError):
    """The committer is shut down; nothing more can be written through it."""


@dataclass(slots=True)
class _Waiter:
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Any]


Outcome = tuple[asyncio.Future[Any], bool, Any]


def _resolve(outcomes: list[Outcome]) -> None:
    for future, ok, value in outcomes:
        if future.done():  # the caller went away (cancelled); the write stands
            continue
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)


class GroupCommitter:
    """A dedicated writer thread that runs submitted units in batched transactions."""

    def __init__(self, db: Database, *, max_batch: int = 256, name: str = "gdpr-desk-writer") -> None:
        self._db = db
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._closed = False
        self.batches = 0
        self.units = 0

    def start(self) -> None:
        self._thread.start()

    async def submit(self, unit: Callable[[Tx], T]) -> T:
        """Run `unit(tx)` in the next batch; return its result once the batch is committed."""
        if self._closed:
            raise CommitterClosed("the database writer is shut down")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.put((unit, _Waiter(loop, future)))
        return await future

    def close(self, timeout: float = 10.0) -> None:
        """Commit what is queued, then stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        if self._thread.is_alive():
            self._thread.join(timeout)

    # -- writer thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        conn = None
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is _STOP:
                break
            batch = [first]
            while len(batch) < self._max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stopping = True
                    break
                batch.append(item)
            live = [(unit, waiter) for unit, waiter in batch if not waiter.future.cancelled()]
            try:
                if conn is None:
                    conn = self._db.connect()
                outcomes = self._commit(conn, live)
            except Exception as exc:  # the connection or the commit failed: every unit fails
                log.error("group_commit_failed", error=str(exc).splitlines()[0] if str(exc) else repr(exc))
                outcomes = [(waiter, False, exc) for _, waiter in live]
                if conn is not None:
                    try:
                        conn.close()
                    finally:
                        conn = None
            self._wake(outcomes)
        if conn is not None:
            conn.close()

    def _wake(self, outcomes: list[tuple[_Waiter, bool, Any]]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[Outcome]] = {}
        for waiter, ok, value in outcomes:
            by_loop.setdefault(waiter.loop, []).append((waiter.future, ok, value))
        for loop, group in by_loop.items():
            # RuntimeError: that loop is closed, nobody is waiting any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, group)

    def _commit(self, conn: Any, batch: list[tuple[Unit, _Waiter]]) -> list[tuple[_Waiter, bool, Any]]:
        try:
            outcomes = self._run_batch(conn, batch, isolate=False)
        except _UnitFailed:
            outcomes = self._run_batch(conn, batch, isolate=True)
        self.batches += 1
        self.units += len(batch)
        return outcomes

    def _run_batch(
        self,
        conn: Any,
        batch: list[tuple[Unit, _Waiter]],
        *,
        isolate: bool,
    ) -> list[tuple[_Waiter, bool, Any]]:
        outcomes: list[tuple[_Waiter, bool, Any]] = []
        with self._db.transaction(conn) as tx:
            for unit, waiter in batch:
                if not isolate:
                    try:
                        outcomes.append((waiter, True, unit(tx)))
                    except Exception as exc:
                        raise _UnitFailed from exc
                    continue
                try:
                    with tx.savepoint():
                        outcomes.append((waiter, True, unit(tx)))
                except Exception as exc:
                    outcomes.append((waiter, False, exc))
        return outcomes


class _UnitFailed(Exception):
    """Internal: a unit failed on the fast path; the batch is retried with savepoints."""


class LoopCommitter:
    """Group commit for SQLite with the units run on the event loop and only the syncs off it.

    SQLite calls are microseconds; handing each unit to another thread costs more than running it
    (CPython's GIL hand-over). So units run inline on the loop, inside a transaction that a helper
    thread opened (BEGIN IMMEDIATE may wait for another process's lock) and commits (the fsync).
    While one batch syncs, the next accumulates. Same contract as GroupCommitter.
    """

    def __init__(self, db: Database, *, max_batch: int = 256) -> None:
        if db.dialect != "sqlite":
            raise ValueError("LoopCommitter is for SQLite; use GroupCommitter for PostgreSQL")
        self._db = db
        self._max_batch = max_batch
        self._pending: list[tuple[Unit, asyncio.Future[Any]]] = []
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gdpr-desk-sync")
        self._conn: Any = None
        self._flusher: asyncio.Task[None] | None = None
        self._closed = False
        self.batches = 0
        self.units = 0

    def start(self) -> None:
        """Nothing to start: the flusher task starts with the first submission."""

    async def submit(self, unit: Callable[[Tx], T]) -> T:
        if self._closed:
            raise CommitterClosed("the database writer is shut down")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._pending.append((unit, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = loop.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        while self._pending:
            batch = self._pending[: self._max_batch]
            del self._pending[: self._max_batch]
            batch = [(unit, future) for unit, future in batch if not future.done()]
            try:
                if self._conn is None:
                    self._conn = await loop.run_in_executor(self._executor, self._connect)
                await self._begin(loop)
                try:
                    outcomes = self._run_units(batch)
                except _UnitFailed:
                    # Rolling back releases the write lock; take it again and isolate each unit.
                    if self._conn.in_transaction:  # an I/O or disk-full error may have ended it already
                        self._conn.execute("ROLLBACK")
                    await self._begin(loop)
                    outcomes = self._run_isolated(batch)
                await loop.run_in_executor(self._executor, self._conn.execute, "COMMIT")
            except Exception as exc:
                log.error("group_commit_failed", error=str(exc).splitlines()[0] if str(exc) else repr(exc))
                self._reset()
                outcomes = [(future, False, exc) for _, future in batch]
            self.batches += 1
            self.units += len(batch)
            _resolve(outcomes)

    def _connect(self) -> Any:
        conn = self._db.connect()
        conn.execute("PRAGMA busy_timeout=0")  # the loop must never block on another process's lock
        return conn

    def _begin_waiting(self) -> None:
        self._conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        finally:
            self._conn.execute("PRAGMA busy_timeout=0")

    async def _begin(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            # Usually free at once (this process is the only steady writer): begin inline.
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            # Another process (a CLI command) holds the write lock: wait for it off the loop.
            await loop.run_in_executor(self._executor, self._begin_waiting)

    def _run_units(self, batch: list[tuple[Unit, asyncio.Future[Any]]]) -> list[Outcome]:
        # No savepoint on the fast path: SQLite journals every page a savepoint touches (a temp file
        # past 64 KiB), which cost intake more than the units themselves. A failure rolls back the
        # transaction instead and the batch runs again isolated.
        tx = Tx(self._conn, "sqlite")
        outcomes: list[Outcome] = []
        try:
            for unit, future in batch:
                outcomes.append((future, True, unit(tx)))
            tx.run_deferred()
        except Exception as exc:
            raise _UnitFailed from exc
        return outcomes

    def _run_isolated(self, batch: list[tuple[Unit, asyncio.Future[Any]]]) -> list[Outcome]:
        tx = Tx(self._conn, "sqlite")
        outcomes: list[Outcome] = []
        for unit, future in batch:
            try:
                with tx.savepoint():
                    outcomes.append((future, True, unit(tx)))
            except Exception as exc:
                outcomes.append((future, False, exc))
        tx.run_deferred()  # a failure here fails the whole batch (the caller's except)
        return outcomes

    def _reset(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.execute("ROLLBACK")
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None

    def close(self, timeout: float = 10.0) -> None:
        """Stop accepting; pending units are committed by the running flusher before the loop ends."""
        self._closed = True
        self._executor.shutdown(wait=True)
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    async def aclose(self) -> None:
        """Wait for the units already submitted, then close."""
        self._closed = True
        if self._flusher is not None and not self._flusher.done():
            await self._flusher
        self.close()


def committer_for(db: Database, *, max_batch: int = 256) -> GroupCommitter | LoopCommitter:
    """The group committer suited to the database: loop-inline for SQLite, a thread for PostgreSQL."""
    if db.dialect == "sqlite":
        return LoopCommitter(db, max_batch=max_batch)
    return GroupCommitter(db, max_batch=max_batch)
