"""Versioned schema per component (inbox, ledger, cases, …), applied automatically and only once.

Each component owns an ordered list of migrations. The table `schema_versions` records the version
each component has reached, so components evolve independently and a later release only runs the
steps a database has not seen.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from plugin.storage.db import Database, Tx


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step. `apply` receives the transaction; its SQL may branch on tx.dialect."""

    version: int
    description: str
    apply: Callable[[Tx], None]


def sql_steps(*statements: str) -> Callable[[Tx], None]:
    """A migration body that runs portable statements in order."""

    def run(tx: Tx) -> None:
        for statement in statements:
            tx.execute(statement)

    return run


def current_version(tx: Tx, component: str) -> int:
    tx.execute(
        "CREATE TABLE IF NOT EXISTS schema_versions ("
        " component TEXT PRIMARY KEY, version INTEGER NOT NULL, applied_at TEXT NOT NULL)"
    )
    value = tx.scalar("SELECT version FROM schema_versions WHERE component = ?", (component,))
    return int(value) if value is not None else 0


def ensure_schema(db: Database, component: str, migrations: Sequence[Migration]) -> int:
    """Apply the migrations of `component` the database lacks; return the resulting version.

    Safe when several processes start at once: SQLite serialises on BEGIN IMMEDIATE, PostgreSQL on
    a transaction-scoped advisory lock keyed by the component name.
    """
    versions = [m.version for m in migrations]
    if versions != sorted(set(versions)) or (versions and versions[0] < 1):
        raise ValueError(f"migrations of {component} must have increasing versions from 1")
    with db.transaction() as tx:
        if tx.dialect == "postgresql":
            tx.execute("SELECT pg_advisory_xact_lock(?)", (zlib.crc32(component.encode()),))
        version = current_version(tx, component)
        for migration in migrations:
            if migration.version <= version:
                continue
            migration.apply(tx)
            version = migration.version
        if migrations:
            tx.execute(
                "INSERT INTO schema_versions (component, version, applied_at)"
                " VALUES (?, ?, CURRENT_TIMESTAMP)"
                " ON CONFLICT (component) DO UPDATE SET version = excluded.version,"
                " applied_at = excluded.applied_at",
                (component, version),
            )
    return version
