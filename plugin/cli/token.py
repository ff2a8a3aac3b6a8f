"""`gdpr-desk token …`: bearer tokens for the auditor API.

    token create --role auditor [--label TEXT]   print a new token (shown once; stored as SHA-256)
    token list                                   ids, roles, labels, creation and revocation times
    token revoke ID                              revoke a token

Creating and revoking a token are recorded in the accountability log (id and role, never the token
or its label).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from plugin.cli import CliError
from plugin.config import load_settings
from plugin.ledger.store import Ledger
from plugin.ledger.tokens import ROLES, Tokens
from plugin.storage.db import Database


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("token", help="create, list and revoke auditor API tokens")
    commands = parser.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    create = commands.add_parser("create", help="create a token and print it once")
    create.add_argument(
        "--role", choices=ROLES, required=True, help="auditor: the /audit API; agent: the sidebar data; admin: reserved"
    )
    create.add_argument("--label", default="", help="whom the token is for (kept locally, not in the log)")
    create.set_defaults(handler=run_create)
    listing = commands.add_parser("list", help="list tokens (never the tokens themselves)")
    listing.set_defaults(handler=run_list)
    revoke = commands.add_parser("revoke", help="revoke a token by its id")
    revoke.add_argument("id", help="the token id (the 12 hex digits after gdt_)")
    revoke.set_defaults(handler=run_revoke)


@contextmanager
def _opened() -> Iterator[tuple[Tokens, Ledger]]:
    db = Database(load_settings().effective_database_url)
    tokens, ledger = Tokens(db), Ledger(db)
    try:
        tokens.ensure_schema()
        ledger.ensure_schema()
        yield tokens, ledger
    finally:
        db.close_thread_connection()


def run_create(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    with _opened() as (tokens, ledger), ledger.db.transaction() as tx:
        token, info = tokens.create(tx, args.role, now=now, label=args.label)
        ledger.append(tx, "token_created", {"token": info.id, "role": info.role}, time=now)
    print(token)
    print(f"token {info.id} ({info.role}) created; it is shown only this once", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with _opened() as (tokens, _ledger):
        rows = tokens.list()
    for info in rows:
        state = f"revoked {info.revoked_at}" if info.revoked_at else "active"
        print(f"{info.id}  {info.role:<8} {info.created_at}  {state:<36} {info.label}".rstrip())
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    with _opened() as (tokens, ledger), ledger.db.transaction() as tx:
        if not tokens.revoke(tx, args.id, now=now):
            raise CliError(f"no active token with id {args.id}", code=1)
        ledger.append(tx, "token_revoked", {"token": args.id}, time=now)
    print(f"token {args.id} revoked", file=sys.stderr)
    return 0
