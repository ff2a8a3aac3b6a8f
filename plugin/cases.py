"""The case projection: one row per ticket with a recognised request, as of the last decision.

The ledger is the record of truth (every decision with its case state); this table is the fast index
the worker, the sweeper and the sidebar read. It can be rebuilt from the ledger.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from plugin.core.case import CLOSED_STATES, CaseState
from plugin.storage.db import Database, Tx
from plugin.storage.migrate import Migration, ensure_schema, sql_steps

MIGRATIONS: Sequence[Migration] = (
    Migration(
        1,
        "cases table",
        sql_steps(
            """CREATE TABLE cases (
                ticket_id BIGINT PRIMARY KEY,
                state TEXT NOT NULL,
                closed INTEGER NOT NULL,
                received_on TEXT NOT NULL,
                due_on TEXT,
                data TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX cases_open_due ON cases (closed, due_on)",
        ),
    ),
    Migration(
        2,
        "case trail: the ledger entries of each ticket",
        sql_steps(
            """CREATE TABLE case_trail (
                ticket_id BIGINT NOT NULL,
                seq BIGINT NOT NULL,
                kind TEXT NOT NULL,
                PRIMARY KEY (ticket_id, seq)
            )""",
        ),
    ),
)


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def to_json(case: CaseState) -> str:
    return json.dumps(
        {
            "ticket_id": case.ticket_id,
            "language": case.language,
            "rights": list(case.rights),
            "escalations": list(case.escalations),
            "received_at": case.received_at.isoformat(),
            "received_on": _d(case.received_on),
            "due_on": _d(case.due_on),
            "extended_due_on": _d(case.extended_due_on),
            "state": case.state,
            "suspensions": [[_d(s), _d(e)] for s, e in case.suspensions],
            "extended_on": _d(case.extended_on),
            "extension_in_time": case.extension_in_time,
            "refused_on": _d(case.refused_on),
            "refusal_notice": case.refusal_notice,
            "answered_on": _d(case.answered_on),
            "on_time": case.on_time,
            "due_soon_noted": case.due_soon_noted,
            "overdue_noted": case.overdue_noted,
            "group_id": case.group_id,
            "decisions": case.decisions,
            "extra": case.extra,
        },
        sort_keys=True,
        separators=(",", ":"),
    )


def from_json(text: str) -> CaseState:
    data: dict[str, Any] = json.loads(text)
    return CaseState(
        ticket_id=int(data["ticket_id"]),
        language=data["language"],
        rights=tuple(data["rights"]),
        escalations=tuple(data["escalations"]),
        received_at=datetime.fromisoformat(data["received_at"]),
        received_on=date.fromisoformat(data["received_on"]),
        due_on=_date(data["due_on"]),
        extended_due_on=_date(data["extended_due_on"]),
        state=data["state"],
        suspensions=tuple((date.fromisoformat(s), _date(e)) for s, e in data["suspensions"]),
        extended_on=_date(data["extended_on"]),
        extension_in_time=data["extension_in_time"],
        refused_on=_date(data["refused_on"]),
        refusal_notice=data["refusal_notice"],
        answered_on=_date(data["answered_on"]),
        on_time=data["on_time"],
        due_soon_noted=data["due_soon_noted"],
        overdue_noted=data["overdue_noted"],
        group_id=data["group_id"],
        decisions=data["decisions"],
        extra=data.get("extra") or {},
    )


class CaseStore:
    """Read and write case rows inside the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_schema(self) -> None:
        ensure_schema(self.db, "cases", MIGRATIONS)

    def get(self, tx: Tx, ticket_id: int) -> CaseState | None:
        row = tx.execute("SELECT data FROM cases WHERE ticket_id = ?", (ticket_id,)).fetchone()
        return from_json(row[0]) if row else None

    def save(self, tx: Tx, case: CaseState, *, now: str) -> None:
        due = case.effective_due_on
        tx.execute(
            "INSERT INTO cases (ticket_id, state, closed, received_on, due_on, data, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET state = excluded.state,"
            " closed = excluded.closed, received_on = excluded.received_on, due_on = excluded.due_on,"
            " data = excluded.data, updated_at = excluded.updated_at",
            (
                case.ticket_id,
                case.state,
                int(case.state in CLOSED_STATES),
                case.received_on.isoformat(),
                _d(due),
                to_json(case),
                now,
            ),
        )

    def open_due_by(self, tx: Tx, last_day: date) -> list[CaseState]:
        """Open cases whose (effective) due date is on or before `last_day` (due soon or overdue)."""
        rows = tx.execute(
            "SELECT data FROM cases WHERE closed = 0 AND due_on IS NOT NULL AND due_on <= ? ORDER BY due_on",
            (last_day.isoformat(),),
        ).fetchall()
        return [from_json(r[0]) for r in rows]

    def add_trail(self, tx: Tx, ticket_id: int, seq: int, kind: str) -> None:
        """Index a ledger entry under its ticket (the sidebar and spot checks read a ticket's trail)."""
        tx.execute(
            "INSERT INTO case_trail (ticket_id, seq, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (ticket_id, seq, kind),
        )

    def add_trails(self, tx: Tx, rows: list[tuple[int, int, str]]) -> None:
        """Index many (ticket_id, seq, kind) at once."""
        tx.executemany("INSERT INTO case_trail (ticket_id, seq, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", rows)

    def trail(self, tx: Tx, ticket_id: int) -> list[tuple[int, str]]:
        """(seq, kind) of every ledger entry about this ticket, oldest first."""
        rows = tx.execute("SELECT seq, kind FROM case_trail WHERE ticket_id = ? ORDER BY seq", (ticket_id,)).fetchall()
        return [(int(seq), str(kind)) for seq, kind in rows]

    def all(self, tx: Tx) -> list[CaseState]:
        return [from_json(r[0]) for r in tx.execute("SELECT data FROM cases ORDER BY ticket_id").fetchall()]
