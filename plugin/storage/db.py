"""One database behind one small interface: SQLite (default, WAL, full durability) or PostgreSQL.

SQL in this project is written once with `?` placeholders and portable syntax (`ON CONFLICT DO
NOTHING`, `RETURNING`); `Tx.execute` rewrites placeholders for psycopg. Connections are synchronous
DB-API connections: the service runs them on its own threads (see committer.py), the CLI directly.

Errors: StorageError wraps driver errors at this boundary where a caller needs one type.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

Dialect = Literal["sqlite", "postgresql"]
Params = Sequence[Any]

SQLITE_BUSY_TIMEOUT_MS = 30_000


def identity_pk(dialect: Dialect) -> str:
    """Column definition of an auto-incrementing 64-bit primary key."""
    if dialect == "sqlite":
        return "INTEGER PRIMARY KEY AUTOINCREMENT"
    return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"


class StorageError(Exception):
    """The database refused or could not do what was asked."""


class Tx:
    """A transaction on one connection: execute portable SQL, fetch rows as tuples."""

    def __init__(self, raw: Any, dialect: Dialect) -> None:
        self.raw = raw
        self.dialect = dialect
        self._cursor = raw.cursor()
        self._savepoints = 0
        self._deferred: dict[str, tuple[Callable[[Tx, list[Any]], None], list[Any]]] = {}

    def defer(self, key: str, item: Any, flush: Callable[[Tx, list[Any]], None]) -> None:
        """Queue `item`; before commit, `flush(tx, items)` runs once per key with every item queued.

        Group commit puts many small units in one transaction; work they share (appending log
        entries, say) is cheaper done once for the batch. A failure in `flush` fails the transaction.
        """
        entry = self._deferred.get(key)
        if entry is None:
            self._deferred[key] = (flush, [item])
        else:
            entry[1].append(item)

    def run_deferred(self) -> None:
        """Run the deferred flushes (the committers call this just before COMMIT)."""
        while self._deferred:
            key = next(iter(self._deferred))
            flush, items = self._deferred.pop(key)
            flush(self, items)

    def _sql(self, sql: str) -> str:
        if self.dialect == "postgresql":
            return sql.replace("%", "%%").replace("?", "%s")
        return sql

    def execute(self, sql: str, params: Params = ()) -> Tx:
        self._cursor.execute(self._sql(sql), tuple(params))
        return self

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            self._cursor.executemany(self._sql(sql), [tuple(r) for r in rows])

    def fetchone(self) -> tuple[Any, ...] | None:
        row = self._cursor.fetchone()
        return tuple(row) if row is not None else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self._cursor.fetchall()]

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def identity_pk(self) -> str:
        """Column definition of an auto-incrementing 64-bit primary key in this dialect."""
        return identity_pk(self.dialect)

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Run a block that can fail without aborting the enclosing transaction."""
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        deferred = {key: len(items) for key, (_, items) in self._deferred.items()}
        self._cursor.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self._cursor.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self._cursor.execute(f"RELEASE SAVEPOINT {name}")
            # What the rolled-back block deferred is rolled back with it.
            for key in list(self._deferred):
                kept = deferred.get(key, 0)
                if kept:
                    del self._deferred[key][1][kept:]
                else:
                    del self._deferred[key]
            raise
        else:
            self._cursor.execute(f"RELEASE SAVEPOINT {name}")


class Database:
    """Where the data lives, and how to open durable connections to it."""

    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith("sqlite:///"):
            self.dialect: Dialect = "sqlite"
            self.path: Path | None = Path(url.removeprefix("sqlite:///"))
        elif url.startswith(("postgresql://", "postgres://")):
            self.dialect = "postgresql"
            self.path = None
        else:
            raise StorageError(f"unsupported database URL scheme: {urlsplit(url).scheme or url!r}")
        self._local = threading.local()

    def __repr__(self) -> str:
        return f"Database({self.describe()})"

    def describe(self) -> str:
        """The URL without credentials, for logs and messages."""
        if self.path is not None:
            return f"sqlite:///{self.path}"
        parts = urlsplit(self.url)
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
        return f"postgresql://{host}{port}{parts.path}"

    # -- connections ----------------------------------------------------------------------------
    def connect(self) -> Any:
        """A new DB-API connection in manual-transaction mode with durability settings applied."""
        if self.dialect == "sqlite":
            assert self.path is not None
            if self.path.parent != Path(""):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path,
                isolation_level=None,
                check_same_thread=False,
                timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
            )
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: the WAL is fsynced at every commit, so a committed event survives a power cut.
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            return conn
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def thread_connection(self) -> Any:
        """This thread's long-lived connection (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.connect()
            self._local.conn = conn
        return conn

    def close_thread_connection(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            self._local.conn = None
            conn.close()

    @contextmanager
    def transaction(self, conn: Any = None, *, write: bool = True) -> Iterator[Tx]:
        """Run a block in one transaction; commit on success, roll back on any exception.

        SQLite write transactions start with BEGIN IMMEDIATE so two writers never deadlock on a
        lock upgrade; PostgreSQL uses READ COMMITTED with explicit row locks where order matters.
        """
        owned = conn is None
        if conn is None:
            conn = self.connect()
        try:
            if self.dialect == "sqlite":
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                tx = Tx(conn, "sqlite")
                try:
                    yield tx
                    tx.run_deferred()
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            else:
                with conn.transaction():
                    tx = Tx(conn, "postgresql")
                    yield tx
                    tx.run_deferred()
        finally:
            if owned:
                conn.close()

    def check(self) -> None:
        """Raise StorageError unless the database answers a trivial query."""
        try:
            with self.transaction(write=False) as tx:
                tx.scalar("SELECT 1")
        except Exception as exc:
            raise StorageError(f"database {self.describe()} unreachable: {exc}") from exc

    # -- dialect helpers ------------------------------------------------------------------------
    @property
    def autoincrement_pk(self) -> str:
        return identity_pk(self.dialect)

    @property
    def blob(self) -> str:
        return "BLOB" if self.dialect == "sqlite" else "BYTEA"
