"""The storage layer behaves the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from plugin.storage import Database, StorageError
from plugin.storage.migrate import Migration, ensure_schema, sql_steps


def _migrations(db: Database) -> list[Migration]:
    return [
        Migration(1, "items", sql_steps(f"CREATE TABLE items (id {db.autoincrement_pk}, name TEXT NOT NULL UNIQUE)")),
        Migration(2, "items.note", sql_steps("ALTER TABLE items ADD COLUMN note TEXT")),
    ]


def test_migrations_apply_once_and_record_version(database: Database) -> None:
    assert ensure_schema(database, "demo", _migrations(database)[:1]) == 1
    assert ensure_schema(database, "demo", _migrations(database)) == 2
    assert ensure_schema(database, "demo", _migrations(database)) == 2
    with database.transaction() as tx:
        tx.execute("INSERT INTO items (name, note) VALUES (?, ?)", ("a", "50% done?"))
        assert tx.scalar("SELECT note FROM items WHERE name = ?", ("a",)) == "50% done?"


def test_migrations_must_increase(database: Database) -> None:
    bad = [Migration(2, "b", sql_steps()), Migration(1, "a", sql_steps())]
    with pytest.raises(ValueError, match="increasing"):
        ensure_schema(database, "bad", bad)


def test_transaction_rolls_back_on_error(database: Database) -> None:
    ensure_schema(database, "demo", _migrations(database))
    with pytest.raises(RuntimeError), database.transaction() as tx:
        tx.execute("INSERT INTO items (name) VALUES (?)", ("lost",))
        raise RuntimeError("boom")
    with database.transaction(write=False) as tx:
        assert tx.scalar("SELECT COUNT(*) FROM items") == 0


def test_savepoint_keeps_the_rest_of_the_transaction(database: Database) -> None:
    ensure_schema(database, "demo", _migrations(database))
    with database.transaction() as tx:
        tx.execute("INSERT INTO items (name) VALUES (?)", ("kept",))
        with pytest.raises(Exception), tx.savepoint():  # noqa: B017 - driver-specific IntegrityError
            tx.execute("INSERT INTO items (name) VALUES (?)", ("kept",))
        tx.execute("INSERT INTO items (name) VALUES (?)", ("also",))
    with database.transaction(write=False) as tx:
        assert tx.scalar("SELECT COUNT(*) FROM items") == 2


def test_sqlite_is_wal_with_full_sync(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    conn = db.connect()
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        conn.close()


def test_unknown_scheme_is_refused() -> None:
    with pytest.raises(StorageError, match="unsupported"):
        Database("mysql://localhost/x")


def test_describe_hides_credentials() -> None:
    db = Database("postgresql://user:s3cret@db.example:5433/gdpr")
    assert "s3cret" not in db.describe()
    assert db.describe() == "postgresql://db.example:5433/gdpr"


def test_check_reports_unreachable_server() -> None:
    with pytest.raises(StorageError, match="unreachable"):
        Database("postgresql://postgres@127.0.0.1:1/none?connect_timeout=1").check()
