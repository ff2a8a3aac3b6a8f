"""The durable inbox: every accepted webhook, stored before it is acknowledged, until processed.

States: `pending` (waiting, possibly with a backoff `available_at`) → `done`; or → `dead` (a
permanent failure, parked with its reason until `replay`). A claim is a lease: a worker that dies
leaves its row to be claimed again when the lease expires, never lost.

Deduplication: `dedup_key` is the webhook invocation id (or the body digest when Zendesk sent
none); `event_id` is the event webhook's id, so one event delivered by two webhooks counts once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from plugin.storage.db import Database, Tx
from plugin.storage.migrate import Migration, ensure_schema
from plugin.timeutil import iso
from plugin.webhooks import Delivery

PENDING, DONE, DEAD = "pending", "done", "dead"


class LeaseLost(Exception):
    """The row was taken over by another worker (its lease expired): this worker must not commit."""


def _create_inbox(tx: Tx) -> None:
    tx.execute(
        f"""CREATE TABLE inbox (
            id {tx.identity_pk},
            dedup_key TEXT NOT NULL UNIQUE,
            event_id TEXT,
            kind TEXT NOT NULL,
            event_type TEXT NOT NULL,
            ticket_id BIGINT NOT NULL,
            received_at TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            body_sha256 TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
            attempts INTEGER NOT NULL DEFAULT 0,
            available_at TEXT NOT NULL,
            lease_owner TEXT,
            lease_until TEXT,
            decision_ref TEXT,
            last_error TEXT,
            completed_at TEXT
        )"""
    )
    # Partial: only event webhooks carry an event id, so trigger rows cost no entry in this index.
    tx.execute("CREATE UNIQUE INDEX inbox_event ON inbox (event_id) WHERE event_id IS NOT NULL")
    tx.execute("CREATE INDEX inbox_ready ON inbox (state, available_at, id)")
    tx.execute("CREATE INDEX inbox_ticket ON inbox (ticket_id, state, id)")


MIGRATIONS: Sequence[Migration] = (Migration(1, "inbox table", _create_inbox),)


@dataclass(frozen=True, slots=True)
class InboxItem:
    """What intake stores for one delivery."""

    dedup_key: str
    event_id: str | None
    kind: str
    event_type: str
    ticket_id: int
    received_at: datetime
    signed_at: datetime
    body_sha256: str
    payload: str

    @classmethod
    def from_delivery(
        cls,
        delivery: Delivery,
        *,
        invocation_id: str | None,
        body: bytes,
        received_at: datetime,
        signed_at: datetime,
    ) -> InboxItem:
        """Build the row; the payload kept is the verified raw body (valid UTF-8 JSON by then)."""
        assert delivery.event is not None
        digest = hashlib.sha256(body).hexdigest()
        return cls(
            dedup_key=f"inv:{invocation_id}" if invocation_id else f"body:{digest}",
            event_id=f"evt:{delivery.event_id}" if delivery.event_id else None,
            kind=delivery.kind,
            event_type=delivery.event_type,
            ticket_id=delivery.event.ticket_id,
            received_at=received_at,
            signed_at=signed_at,
            body_sha256=digest,
            payload=body.decode("utf-8"),
        )


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    kind: str
    event_type: str
    ticket_id: int
    received_at: str
    payload: str
    state: str
    attempts: int
    decision_ref: str | None
    last_error: str | None
    body_sha256: str


_ROW_COLUMNS = (
    "id, kind, event_type, ticket_id, received_at, payload, state, attempts, decision_ref, last_error, body_sha256"
)

IntakeHook = Callable[[Tx, InboxItem, int], None]

_ADD = (
    "INSERT INTO inbox (dedup_key, event_id, kind, event_type, ticket_id, received_at, signed_at,"
    " body_sha256, payload, available_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)


class Inbox:
    """Inbox operations; each takes the caller's transaction so effects can share it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_schema(self) -> None:
        ensure_schema(self.db, "inbox", MIGRATIONS)

    def add(self, tx: Tx, item: InboxItem) -> int | None:
        """Store the item; return its row id, or None when it is a duplicate delivery."""
        received = iso(item.received_at)
        values = (
            item.dedup_key,
            item.event_id,
            item.kind,
            item.event_type,
            item.ticket_id,
            received,
            iso(item.signed_at),
            item.body_sha256,
            item.payload,
            received,
        )
        if tx.dialect == "sqlite":  # the intake hot path: the driver's lastrowid instead of a RETURNING row
            cursor = tx.raw.execute(_ADD, values)
            return int(cursor.lastrowid) if cursor.rowcount == 1 else None
        row = tx.execute(_ADD + " RETURNING id", values).fetchone()
        return int(row[0]) if row else None

    def depth(self, tx: Tx) -> dict[str, int]:
        counts = {PENDING: 0, DEAD: 0}
        for state, count in tx.execute(
            "SELECT state, COUNT(*) FROM inbox WHERE state IN (?, ?) GROUP BY state",
            (PENDING, DEAD),
        ).fetchall():
            counts[str(state)] = int(count)
        return counts

    def get(self, tx: Tx, row_id: int) -> InboxRow | None:
        row = tx.execute(f"SELECT {_ROW_COLUMNS} FROM inbox WHERE id = ?", (row_id,)).fetchone()
        return InboxRow(*row) if row else None

    def rows(self, tx: Tx, state: str, limit: int = 100) -> list[InboxRow]:
        return [
            InboxRow(*r)
            for r in tx.execute(
                f"SELECT {_ROW_COLUMNS} FROM inbox WHERE state = ? ORDER BY id LIMIT ?",
                (state, limit),
            ).fetchall()
        ]

    # -- worker side ------------------------------------------------------------------------------
    def claim(self, tx: Tx, *, owner: str, now: datetime, lease: timedelta, limit: int) -> list[InboxRow]:
        """Lease up to `limit` ready rows, the oldest pending row of each ticket only.

        Rows of one ticket are processed in arrival order, never two at once; a row whose lease
        expired (its worker died) is ready again. PostgreSQL: `FOR UPDATE SKIP LOCKED` lets any
        number of instances claim concurrently without blocking on each other.
        """
        now_s, until = iso(now), iso(now + lease)
        lock = " FOR UPDATE SKIP LOCKED" if tx.dialect == "postgresql" else ""
        candidates = tx.execute(
            "SELECT i.id FROM inbox i WHERE i.state = 'pending' AND i.available_at <= ?"
            " AND (i.lease_until IS NULL OR i.lease_until < ?)"
            " AND NOT EXISTS (SELECT 1 FROM inbox o WHERE o.ticket_id = i.ticket_id"
            "  AND o.state = 'pending' AND o.id < i.id)"
            f" ORDER BY i.id LIMIT ?{lock}",
            (now_s, now_s, limit),
        ).fetchall()
        claimed: list[InboxRow] = []
        for (row_id,) in candidates:
            tx.execute(
                "UPDATE inbox SET lease_owner = ?, lease_until = ?, attempts = attempts + 1 WHERE id = ?",
                (owner, until, row_id),
            )
            row = self.get(tx, int(row_id))
            if row is not None:
                claimed.append(row)
        return claimed

    def set_decision_ref(self, tx: Tx, row_id: int, ref: str) -> None:
        tx.execute("UPDATE inbox SET decision_ref = ? WHERE id = ?", (ref, row_id))

    def complete(self, tx: Tx, row_id: int, *, now: datetime, owner: str, keep_payload: bool = False) -> None:
        """Mark done, if `owner` still holds the row's lease; else raise LeaseLost (nothing written).

        The payload (which holds message text) is dropped unless asked to keep it: once the decision
        is in the ledger, the service no longer needs the customer's words.
        """
        payload_sql = "" if keep_payload else ", payload = '{}'"
        tx.execute(
            f"UPDATE inbox SET state = 'done', completed_at = ?, lease_owner = NULL, lease_until = NULL,"
            f" last_error = NULL{payload_sql} WHERE id = ? AND state = 'pending' AND lease_owner = ?",
            (iso(now), row_id, owner),
        )
        if tx.rowcount != 1:
            raise LeaseLost(f"inbox row {row_id} is no longer leased by {owner}")

    def release_leases(self, tx: Tx) -> int:
        """Free every lease (a single-instance SQLite service starting after a crash)."""
        tx.execute(
            "UPDATE inbox SET lease_owner = NULL, lease_until = NULL WHERE state = 'pending'"
            " AND lease_owner IS NOT NULL"
        )
        return tx.rowcount

    def retry_later(self, tx: Tx, row_id: int, *, available_at: datetime, error: str, owner: str) -> None:
        """Release the row for a later attempt — if `owner` still holds it (else LeaseLost)."""
        tx.execute(
            "UPDATE inbox SET available_at = ?, lease_owner = NULL, lease_until = NULL, last_error = ?"
            " WHERE id = ? AND state = 'pending' AND lease_owner = ?",
            (iso(available_at), error[:500], row_id, owner),
        )
        if tx.rowcount != 1:
            raise LeaseLost(f"inbox row {row_id} is no longer leased by {owner}")

    def park(self, tx: Tx, row_id: int, *, error: str, owner: str) -> None:
        """Dead-letter the row with its reason (a permanent failure) — if `owner` still holds it."""
        tx.execute(
            "UPDATE inbox SET state = 'dead', lease_owner = NULL, lease_until = NULL, last_error = ?"
            " WHERE id = ? AND state = 'pending' AND lease_owner = ?",
            (error[:500], row_id, owner),
        )
        if tx.rowcount != 1:
            raise LeaseLost(f"inbox row {row_id} is no longer leased by {owner}")

    def replay(self, tx: Tx, *, now: datetime, row_ids: Sequence[int] | None = None) -> int:
        """Put dead letters (all, or the given ones) back in the queue; return how many."""
        params: list[Any] = [iso(now)]
        where = "state = 'dead'"
        if row_ids:
            where += f" AND id IN ({', '.join('?' for _ in row_ids)})"
            params.extend(row_ids)
        tx.execute(
            f"UPDATE inbox SET state = 'pending', attempts = 0, available_at = ?, last_error = NULL WHERE {where}",
            params,
        )
        return tx.rowcount
