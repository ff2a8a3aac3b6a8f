"""Inbox.add on SQLite and PostgreSQL: a row id for a new delivery, None for a duplicate one."""

from __future__ import annotations

from datetime import UTC, datetime

from plugin.inbox import Inbox, InboxItem
from plugin.storage import Database
from plugin.webhooks import parse_delivery, parse_json
from tests.support import fixture_bytes

NOW = datetime(2026, 11, 28, 15, 21, 44, tzinfo=UTC)


def item(name: str, invocation: str | None) -> InboxItem:
    body = fixture_bytes(name)
    return InboxItem.from_delivery(
        parse_delivery(parse_json(body)), invocation_id=invocation, body=body, received_at=NOW, signed_at=NOW
    )


def test_add_returns_ids_and_none_for_duplicates(database: Database) -> None:
    inbox = Inbox(database)
    inbox.ensure_schema()
    trigger = item("trigger_ticket_created_fr.json", "inv-1")
    event = item("event_comment_added_nl.json", "inv-2")
    same_event_other_webhook = item("event_comment_added_nl.json", "inv-3")
    with database.transaction() as tx:
        first = inbox.add(tx, trigger)
        second = inbox.add(tx, event)
        assert first is not None and second is not None and second > first
        assert inbox.add(tx, trigger) is None  # the same invocation id again
        assert inbox.add(tx, same_event_other_webhook) is None  # the same event id, delivered twice
        third = inbox.add(tx, item("trigger_ticket_created_fr.json", "inv-4"))
        assert third is not None and third > second
    with database.transaction(write=False) as tx:
        rows = tx.execute("SELECT id, dedup_key FROM inbox ORDER BY id").fetchall()
    assert rows == [(first, "inv:inv-1"), (second, "inv:inv-2"), (third, "inv:inv-4")]
