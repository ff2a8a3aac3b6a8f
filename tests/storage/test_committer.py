"""Group commit: batched, durable before callers wake, failures isolated to their own unit."""

from __future__ import annotations

import asyncio

import pytest

from plugin.storage import Database, Tx
from plugin.storage.committer import GroupCommitter, LoopCommitter, committer_for
from plugin.storage.migrate import Migration, ensure_schema


def prepare(db: Database) -> None:
    ensure_schema(
        db,
        "t",
        [
            Migration(
                1, "t", lambda tx: tx.execute(f"CREATE TABLE items (id {tx.identity_pk}, name TEXT NOT NULL UNIQUE)")
            )
        ],
    )


def insert(name: str):
    def unit(tx: Tx) -> int:
        row = tx.execute("INSERT INTO items (name) VALUES (?) RETURNING id", (name,)).fetchone()
        assert row is not None
        return int(row[0])

    return unit


def names(db: Database) -> list[str]:
    with db.transaction(write=False) as tx:
        return [r[0] for r in tx.execute("SELECT name FROM items ORDER BY id").fetchall()]


async def run_with(committer, coro_factory):
    committer.start()
    try:
        return await coro_factory()
    finally:
        if isinstance(committer, LoopCommitter):
            await committer.aclose()
        else:
            committer.close()


async def test_concurrent_units_are_batched_and_all_committed(database: Database) -> None:
    prepare(database)
    committer = committer_for(database, max_batch=64)

    async def work():
        return await asyncio.gather(*(committer.submit(insert(f"n{i}")) for i in range(200)))

    ids = await run_with(committer, work)
    assert len(set(ids)) == 200
    assert sorted(names(database)) == sorted(f"n{i}" for i in range(200))
    assert committer.batches < 200  # grouped, not one transaction per unit


async def test_a_failing_unit_fails_alone(database: Database) -> None:
    prepare(database)
    committer = committer_for(database)

    def boom(tx: Tx) -> None:
        tx.execute("INSERT INTO items (name) VALUES (?)", ("doomed",))
        raise RuntimeError("unit failed")

    async def work():
        return await asyncio.gather(
            committer.submit(insert("a")),
            committer.submit(boom),
            committer.submit(insert("a")),
            committer.submit(insert("b")),
            return_exceptions=True,
        )

    results = await run_with(committer, work)
    assert isinstance(results[0], int) and isinstance(results[3], int)
    assert isinstance(results[1], RuntimeError)
    assert isinstance(results[2], Exception)  # duplicate name: the constraint error goes to its caller
    assert sorted(names(database)) == ["a", "b"]


async def test_commit_happens_before_the_caller_wakes(database: Database) -> None:
    prepare(database)
    committer = committer_for(database)

    async def work():
        await committer.submit(insert("visible"))
        # A different connection sees the row as soon as submit returned: it was committed.
        return names(database)

    assert await run_with(committer, work) == ["visible"]


def test_committer_kind_follows_the_dialect(tmp_path, postgres_url: str) -> None:
    assert isinstance(committer_for(Database(f"sqlite:///{tmp_path}/x.sqlite3")), LoopCommitter)
    assert isinstance(committer_for(Database(postgres_url)), GroupCommitter)


async def test_closed_committer_refuses_work(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path}/x.sqlite3")
    prepare(db)
    committer = committer_for(db)
    committer.start()
    await committer.submit(insert("x"))
    await committer.aclose()
    with pytest.raises(RuntimeError, match="shut down"):
        await committer.submit(insert("y"))


async def test_sqlite_waits_for_another_process_write_lock_off_the_loop(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path}/x.sqlite3")
    prepare(db)
    committer = committer_for(db)
    other = db.connect()
    other.execute("BEGIN IMMEDIATE")  # e.g. `gdpr-desk log record` writing at the same moment
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    async def release() -> None:
        await asyncio.sleep(0.3)
        other.execute("COMMIT")

    beat = asyncio.create_task(ticker())
    releaser = asyncio.create_task(release())
    try:
        row_id = await asyncio.wait_for(committer.submit(insert("after-the-lock")), timeout=10)
    finally:
        beat.cancel()
        await releaser
        await committer.aclose()
        other.close()
    assert row_id == 1 and names(db) == ["after-the-lock"]
    assert ticks >= 10  # the event loop kept running while the writer waited for the lock


async def test_deferred_batch_work_runs_once_and_forgets_failed_units(database: Database) -> None:
    prepare(database)
    committer = committer_for(database)
    flushed: list[list[str]] = []

    def flush(tx: Tx, names: list[str]) -> None:
        flushed.append(list(names))
        tx.executemany("INSERT INTO items (name) VALUES (?)", [(f"log:{n}",) for n in names])

    def unit(name: str, fail: bool = False):
        def run(tx: Tx) -> None:
            tx.execute("INSERT INTO items (name) VALUES (?)", (name,))
            tx.defer("log", name, flush)
            if fail:
                raise RuntimeError("this unit fails after deferring")

        return run

    async def work():
        return await asyncio.gather(
            committer.submit(unit("a")),
            committer.submit(unit("b", fail=True)),
            committer.submit(unit("c")),
            return_exceptions=True,
        )

    results = await run_with(committer, work)
    assert isinstance(results[1], RuntimeError)
    assert flushed[-1] == ["a", "c"]  # one flush for the batch, without the failed unit's item
    assert sorted(names(database)) == ["a", "c", "log:a", "log:c"]


async def test_sqlite_fast_path_runs_without_savepoints(tmp_path) -> None:
    # A savepoint makes SQLite journal every page the batch touches (a temp file past 64 KiB): the
    # common case must not pay for it. Only a batch with a failing unit is re-run with savepoints.
    db = Database(f"sqlite:///{tmp_path}/x.sqlite3")
    prepare(db)
    committer = committer_for(db)
    assert isinstance(committer, LoopCommitter)
    committer.start()
    statements: list[str] = []
    try:
        await committer.submit(insert("warm-up"))  # opens the connection
        committer._conn.set_trace_callback(statements.append)
        await asyncio.gather(*(committer.submit(insert(f"n{i}")) for i in range(20)))
        clean = list(statements)
        statements.clear()

        def boom(tx: Tx) -> None:
            raise RuntimeError("unit failed")

        results = await asyncio.gather(committer.submit(insert("x")), committer.submit(boom), return_exceptions=True)
    finally:
        await committer.aclose()
    assert not any("SAVEPOINT" in s for s in clean)
    assert any(s.startswith("BEGIN") for s in clean) and "COMMIT" in clean
    assert isinstance(results[0], int) and isinstance(results[1], RuntimeError)
    assert "ROLLBACK" in statements and any(s.startswith("SAVEPOINT") for s in statements)
    assert "x" in names(db) and len(names(db)) == 22


async def test_sqlite_retry_after_a_failed_unit_waits_for_a_lock_taken_in_between(tmp_path) -> None:
    # The fast path rolls back (releasing the write lock) before re-running the batch isolated; if
    # another process takes the lock in that gap, the batch waits for it instead of failing.
    db = Database(f"sqlite:///{tmp_path}/x.sqlite3")
    prepare(db)
    committer = committer_for(db)
    committer.start()
    other = db.connect()

    def boom_and_grab(tx: Tx) -> None:
        if not getattr(boom_and_grab, "grabbed", False):
            boom_and_grab.grabbed = True  # type: ignore[attr-defined]
            raise RuntimeError("first run fails")
        raise RuntimeError("isolated run fails too")

    async def release() -> None:
        await asyncio.sleep(0.3)
        other.execute("COMMIT")

    original_rollback_then_begin = committer._begin
    calls = 0

    async def begin_after_another_process(loop):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:  # the re-begin after the rollback: another writer got there first
            other.execute("BEGIN IMMEDIATE")
            asyncio.get_running_loop().create_task(release())
        await original_rollback_then_begin(loop)

    committer._begin = begin_after_another_process  # type: ignore[method-assign]
    try:
        results = await asyncio.wait_for(
            asyncio.gather(committer.submit(insert("kept")), committer.submit(boom_and_grab), return_exceptions=True),
            timeout=10,
        )
    finally:
        await committer.aclose()
        other.close()
    assert isinstance(results[0], int) and isinstance(results[1], RuntimeError)
    assert calls == 2 and names(db) == ["kept"]


async def test_sqlite_batch_survives_a_unit_whose_error_ended_the_transaction(tmp_path) -> None:
    # SQLite rolls the whole transaction back by itself on some errors (disk full, I/O error): the
    # other units of the batch must still be retried on their own, not all fail with "no transaction".
    db = Database(f"sqlite:///{tmp_path}/x.sqlite3")
    prepare(db)
    committer = committer_for(db)
    committer.start()
    failed_once = False

    def ends_the_transaction(tx: Tx) -> None:
        nonlocal failed_once
        if not failed_once:
            failed_once = True
            tx.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL
        raise RuntimeError("disk full")

    try:
        results = await asyncio.gather(
            committer.submit(insert("a")),
            committer.submit(ends_the_transaction),
            committer.submit(insert("b")),
            return_exceptions=True,
        )
    finally:
        await committer.aclose()
    assert isinstance(results[0], int) and isinstance(results[2], int)
    assert isinstance(results[1], RuntimeError)
    assert sorted(names(db)) == ["a", "b"]
