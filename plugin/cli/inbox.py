"""`gdpr-desk inbox list|replay`: look at waiting and dead-lettered events, and put them back."""

from __future__ import annotations

import argparse
import json
from typing import Any

from plugin.config import load_settings
from plugin.inbox import DEAD, PENDING, Inbox
from plugin.storage.db import Database
from plugin.timeutil import utcnow


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "inbox",
        help="list or replay inbox events (dead letters)",
        description="Inspect the durable inbox and replay dead letters.",
    )
    commands = parser.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="list events (default: dead letters)")
    listing.add_argument("--state", choices=[DEAD, PENDING], default=DEAD)
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    listing.set_defaults(handler=list_events)
    replay = commands.add_parser("replay", help="put dead letters back in the queue")
    target = replay.add_mutually_exclusive_group(required=True)
    target.add_argument("ids", nargs="*", type=int, default=[], help="inbox ids to replay")
    target.add_argument("--all", action="store_true", help="replay every dead letter")
    replay.set_defaults(handler=replay_events)


def _inbox() -> Inbox:
    settings = load_settings()
    inbox = Inbox(Database(settings.effective_database_url))
    inbox.ensure_schema()
    return inbox


def list_events(args: argparse.Namespace) -> int:
    inbox = _inbox()
    with inbox.db.transaction(write=False) as tx:
        rows = inbox.rows(tx, args.state, limit=args.limit)
    if args.json:
        for row in rows:
            print(
                json.dumps(
                    {
                        "id": row.id,
                        "ticket_id": row.ticket_id,
                        "event_type": row.event_type,
                        "received_at": row.received_at,
                        "state": row.state,
                        "attempts": row.attempts,
                        "error": row.last_error,
                    },
                    ensure_ascii=False,
                )
            )
        return 0
    if not rows:
        print(f"no {args.state} events")
        return 0
    print(f"{'id':>8}  {'ticket':>10}  {'event':<24} {'received':<27} {'tries':>5}  error")
    for row in rows:
        print(
            f"{row.id:>8}  {row.ticket_id:>10}  {row.event_type:<24} {row.received_at:<27} {row.attempts:>5}  "
            f"{row.last_error or ''}"
        )
    return 0


def replay_events(args: argparse.Namespace) -> int:
    inbox = _inbox()
    with inbox.db.transaction() as tx:
        count = inbox.replay(tx, now=utcnow(), row_ids=None if args.all else args.ids)
    if not args.all and count != len(set(args.ids)):
        print(f"replayed {count} of {len(set(args.ids))} (the others are not dead letters)")
    else:
        print(f"replayed {count} dead letter(s); a running service picks them up")
    return 0
