"""Bearer tokens for the auditor API: created once, stored only as SHA-256, checked in constant time.

A token reads "gdt_<id>_<secret>" (id: 12 hex digits, secret: 48 hex digits). The id is public —
it is what the ledger records for each audit read — and selects the row; the SHA-256 of the whole
token is compared with hmac.compare_digest, and an unknown id costs the same comparison.
Roles: "auditor" (the /audit API), "agent" (the helpdesk sidebar's data route) and "admin" (reserved).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from plugin.ledger.entry import format_time
from plugin.storage.db import Database, Tx
from plugin.storage.migrate import Migration, ensure_schema, sql_steps

ROLES = ("auditor", "agent", "admin")
TOKEN_PATTERN = re.compile(r"gdt_([0-9a-f]{12})_[0-9a-f]{48}")
_DUMMY_HASH = hashlib.sha256(b"no such token").digest()

MIGRATIONS = [
    Migration(
        1,
        "api_tokens",
        sql_steps(
            "CREATE TABLE api_tokens ("
            " id TEXT PRIMARY KEY,"
            " role TEXT NOT NULL CHECK (role IN ('auditor', 'agent', 'admin')),"
            " token_sha256 TEXT NOT NULL,"
            " label TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " revoked_at TEXT)"
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: str
    role: str
    label: str
    created_at: str
    revoked_at: str | None = None


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


class Tokens:
    """The api_tokens table (component "tokens")."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_schema(self) -> None:
        ensure_schema(self.db, "tokens", MIGRATIONS)

    def create(self, tx: Tx, role: str, *, now: datetime, label: str = "") -> tuple[str, TokenInfo]:
        """A new token (returned once, never stored) and its public record."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        token_id = secrets.token_hex(6)
        token = f"gdt_{token_id}_{secrets.token_hex(24)}"
        info = TokenInfo(token_id, role, label, format_time(now))
        tx.execute(
            "INSERT INTO api_tokens (id, role, token_sha256, label, created_at) VALUES (?, ?, ?, ?, ?)",
            (token_id, role, _digest(token).hex(), label, info.created_at),
        )
        return token, info

    def authenticate(self, token: str) -> TokenInfo | None:
        """The token's record if it is well-formed, known and not revoked; else None."""
        match = TOKEN_PATTERN.fullmatch(token)
        token_id = match.group(1) if match else ""
        with self.db.transaction(self.db.thread_connection(), write=False) as tx:
            row = tx.execute(
                "SELECT id, role, label, created_at, revoked_at, token_sha256 FROM api_tokens WHERE id = ?",
                (token_id,),
            ).fetchone()
        expected = bytes.fromhex(row[5]) if row else _DUMMY_HASH
        if not hmac.compare_digest(_digest(token), expected) or row is None or row[4] is not None:
            return None
        return TokenInfo(row[0], row[1], row[2], row[3], row[4])

    def list(self) -> list[TokenInfo]:
        with self.db.transaction(self.db.thread_connection(), write=False) as tx:
            rows = tx.execute(
                "SELECT id, role, label, created_at, revoked_at FROM api_tokens ORDER BY created_at, id"
            ).fetchall()
        return [TokenInfo(*row) for row in rows]

    def revoke(self, tx: Tx, token_id: str, *, now: datetime) -> bool:
        """Revoke a token by id; False if there is no such active token."""
        tx.execute(
            "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (format_time(now), token_id)
        )
        return tx.rowcount == 1
