"""The deadline sweeper: due soon once, overdue once (escalated), safe to run repeatedly."""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from pathlib import Path

from plugin.worker import enqueue_sweep
from tests.e2e.harness import make_rig
from tests.support import MovableClock


async def sweep(rig, clock: MovableClock) -> int:
    service = rig.service
    today = clock().astimezone(service.settings.zone).date()
    unit = functools.partial(
        enqueue_sweep,
        inbox=service.inbox,
        cases=service.cases,
        now=clock(),
        today=today,
        due_soon_days=service.settings.due_soon_days,
    )
    queued = await service.committer.submit(unit)
    await rig.drain()
    return queued


async def test_due_soon_then_overdue_each_once(tmp_path: Path) -> None:
    clock = MovableClock(datetime.now(UTC))
    rig = await make_rig(tmp_path, clock=clock, escalation_group_id=4242)
    try:
        ticket = await rig.state.customer_create_ticket(
            "My data", "Please send me a copy of all the personal data you process about me (Art. 15 GDPR)."
        )
        await rig.drain()
        tid = ticket["id"]
        assert await sweep(rig, clock) == 0  # a month left: nothing to do
        clock.advance(days=27)
        assert await sweep(rig, clock) == 1
        assert await sweep(rig, clock) == 0  # the same case and due date are never queued twice
        tags = set(rig.state.ticket(tid)["tags"])
        assert "gdpr_due_soon" in tags
        clock.advance(days=8)
        assert await sweep(rig, clock) == 1
        ticket_now = rig.state.ticket(tid)
        tags = set(ticket_now["tags"])
        assert {"gdpr_overdue", "gdpr_escalated", "gdpr_esc_overdue"} <= tags and "gdpr_due_soon" not in tags
        assert ticket_now["group_id"] == 4242 and ticket_now["priority"] == "high"
        assert await sweep(rig, clock) == 0
        assert len(rig.internal_notes(tid)) == 3  # guidance, due soon, overdue
        kinds = [e.data["decision"] for e in rig.ledger_entries("decision")]
        assert kinds == ["opened", "due_soon", "overdue"]
    finally:
        await rig.aclose()
