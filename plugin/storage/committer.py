"""Group commit: many small write units share one transaction and one fsync.

A webhook must be durably stored before it is acknowledged. One fsync per webhook caps intake at
the disk's sync rate; batching every unit that arrived while the previous commit was syncing makes
throughput grow with concurrency while each caller still waits for its own durable commit.

Each unit runs inside a savepoint, so one failing unit (a constraint violation, say) fails alone and
the rest of the batch commits. If the commit itself fails, every unit of the batch gets the error.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import structlog

from plugin.storage.db import Database, Tx

T = TypeVar("T")
Unit = Callable[[Tx], Any]

log = structlog.get_logger(__name__)

_STOP = object()


class CommitterClosed(RuntimeError):
    """The committer is shut down; nothing more can be written through it."""


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
        future: Future[T] = Future()
        self._queue.put((unit, future))
        return await asyncio.wrap_future(future)

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
            try:
                if conn is None:
                    conn = self._db.connect()
                self._commit(conn, batch)
            except Exception as exc:  # the connection or the commit failed: every unit fails
                log.error("group_commit_failed", error=str(exc).splitlines()[0] if str(exc) else repr(exc))
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                if conn is not None:
                    try:
                        conn.close()
                    finally:
                        conn = None
        if conn is not None:
            conn.close()

    def _commit(self, conn: Any, batch: list[tuple[Unit, Future[Any]]]) -> None:
        outcomes: list[tuple[Future[Any], bool, Any]] = []
        with self._db.transaction(conn) as tx:
            for unit, future in batch:
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    with tx.savepoint():
                        outcomes.append((future, True, unit(tx)))
                except Exception as exc:
                    outcomes.append((future, False, exc))
        self.batches += 1
        self.units += len(batch)
        # Only now is every unit durable: resolve the waiting callers.
        for future, ok, value in outcomes:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
