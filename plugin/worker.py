"""The worker: inbox → decide → one API call → ledger + case + inbox completion, in one transaction.

Exactly once (DESIGN.md, reliability rules):
- a redelivered webhook never reaches the worker twice (the inbox deduplicates);
- rows of one ticket are processed one at a time, in arrival order (see Inbox.claim);
- the decision is a pure function of the event and the committed case, and its reference is derived
  from the inbox row, so re-deciding after a crash gives the same note with the same reference;
- the API call uses safe_update with the payload's `updated_at`: if an earlier attempt already landed
  (a lost response, or a crash between the call and the commit), Zendesk answers 409 and the client
  finds the note by its reference instead of adding a second one;
- the ledger entry, the case and the inbox completion commit together, after the call: a crash
  before that commit leaves the row to be claimed again when its lease expires.

Failures: rate limits and outages are retried with jittered backoff; permanent failures (deleted
ticket, bad credentials, a request Zendesk refuses) park the row as a dead letter, with a ledger
entry and a metric, until `gdpr-desk inbox replay`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import random
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import structlog

from plugin.cases import CaseStore
from plugin.core.case import CaseState, Snapshot
from plugin.core.deadlines import Calendar
from plugin.core.decide import Decision, NoteWriter, Policy, decide
from plugin.helpdesk.errors import HelpdeskError, RateLimited
from plugin.helpdesk.zendesk import TicketChange, TicketSnapshot, ZendeskClient
from plugin.inbox import Inbox, InboxRow, LeaseLost
from plugin.ledger.privacy import text_digest
from plugin.ledger.store import Ledger
from plugin.metrics import Metrics
from plugin.snapshots import snapshot_of
from plugin.storage.committer import GroupCommitter, LoopCommitter
from plugin.storage.db import Tx
from plugin.timeutil import Clock, iso, parse_iso
from plugin.webhooks import parse_delivery

log = structlog.get_logger("gdpr_desk.worker")

SWEEP_KIND = "sweep"


def decision_ref(row: InboxRow) -> str:
    """A stable reference for the decision taken on this inbox row (its note carries it)."""
    return f"{row.id}-{row.body_sha256[:12]}"


@dataclass
class Worker:
    """Claims inbox rows and processes them; one instance per service process."""

    inbox: Inbox
    cases: CaseStore
    ledger: Ledger
    committer: GroupCommitter | LoopCommitter
    client: ZendeskClient
    policy: Policy
    calendar: Calendar | None
    notes: NoteWriter
    pseudonym: Callable[[str], str]
    metrics: Metrics
    clock: Clock
    concurrency: int = 4
    max_attempts: int = 12
    lease: timedelta = timedelta(minutes=10)
    poll_interval: float = 2.0
    service_user_id: str | None = None
    release_on_start: bool = False  # SQLite: one instance only, so leases left at start are a crash's
    owner: str = field(default_factory=lambda: f"{socket.gethostname()}:{uuid.uuid4().hex[:8]}")
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        self._wake = asyncio.Event()
        self.metrics.counter("events_processed_total", "Inbox events processed, by decision kind.")
        self.metrics.counter("events_retried_total", "Inbox events put back for a later attempt, by reason.")
        self.metrics.counter("dead_letters_total", "Inbox events parked as dead letters, by reason.")
        self.metrics.counter("api_calls_total", "Helpdesk API requests made by the worker (retries included).")
        self.metrics.counter("fields_missing_total", "Updates sent without some GDPR fields (not installed).")

    def wake(self) -> None:
        """New work arrived (called by intake after a commit)."""
        self._wake.set()

    # -- loop ------------------------------------------------------------------------------------
    async def run(self) -> None:
        """Process until cancelled."""
        await self._introduce()
        if self.release_on_start:
            released = await self.committer.submit(self.inbox.release_leases)
            if released:
                log.warning("leases_released", count=released)
        while True:
            try:
                done = await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # never let one bad moment stop the worker
                log.error("worker_loop_error", error=type(exc).__name__, detail=str(exc)[:200])
                done = 0
            if done == 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.poll_interval)

    async def _introduce(self) -> None:
        """At start: learn our own API user (to ignore our own updates echoed by event webhooks) and
        find the ticket fields, so the first ticket costs one call. Best effort: both are retried
        lazily if the helpdesk is unreachable now."""
        try:
            me = await self.client.api.request("GET", "/api/v2/users/me.json")
            self.service_user_id = str((me or {}).get("user", {}).get("id") or "") or None
            await self.client.discover_fields()
        except Exception as exc:
            log.warning("helpdesk_not_reachable_at_start", error=type(exc).__name__, detail=str(exc)[:200])

    async def run_once(self) -> int:
        """Claim up to `concurrency` rows and process them concurrently; return how many."""
        now = self.clock()

        def claim(tx: Tx) -> list[tuple[InboxRow, CaseState | None]]:
            rows = self.inbox.claim(tx, owner=self.owner, now=now, lease=self.lease, limit=self.concurrency)
            return [(row, self.cases.get(tx, row.ticket_id)) for row in rows]

        claimed = await self.committer.submit(claim)
        if claimed:
            await asyncio.gather(*(self.process(row, case) for row, case in claimed))
        return len(claimed)

    async def drain(self, *, max_rounds: int = 10_000) -> None:
        """Process until nothing is ready (tests, the demo)."""
        for _ in range(max_rounds):
            if await self.run_once() == 0:
                return

    # -- one row ---------------------------------------------------------------------------------
    async def process(self, row: InboxRow, case: CaseState | None) -> None:
        with structlog.contextvars.bound_contextvars(inbox_id=row.id, ticket_id=row.ticket_id):
            try:
                prepared = self._snapshot(row)
                if prepared is None:
                    await self._complete(row, None, None, reason="own_update")
                    return
                snapshot, ticket = prepared
                if snapshot.event_type == "ticket.created" and not (snapshot.text or snapshot.subject):
                    # The payload lacks the text (an event webhook without description): read it.
                    snapshot, ticket = await self._read_ticket(snapshot, with_text=True)
                elif ticket is None and case is not None and row.kind != SWEEP_KIND:
                    # Lifecycle decisions read the tags: with none in the payload, read the ticket's.
                    snapshot, ticket = await self._read_ticket(snapshot, with_text=False)
                decision = decide(
                    snapshot, case, policy=self.policy, calendar=self.calendar, notes=self.notes, ref=decision_ref(row)
                )
                outcome = await self._apply(row, ticket, decision)
                await self._complete(row, decision, outcome, snapshot=snapshot)
            except LeaseLost:
                # Another worker took the row over (this one was too slow): its commit stands, ours must not.
                self.metrics.inc("events_retried_total", reason="LeaseLost")
                log.warning("lease_lost")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                await self._failed(row, exc)

    async def _failed(self, row: InboxRow, exc: Exception) -> None:
        """Park a permanent failure, or one that kept failing; otherwise try again later."""
        permanent = isinstance(exc, HelpdeskError) and exc.permanent
        if not isinstance(exc, HelpdeskError):
            log.exception("event_failed", error=type(exc).__name__)
        try:
            if permanent or row.attempts >= self.max_attempts:
                await self._park(row, exc)
            else:
                await self._retry(row, exc)
        except LeaseLost:
            log.warning("lease_lost")

    def _snapshot(self, row: InboxRow) -> tuple[Snapshot, TicketSnapshot | None] | None:
        """The decision's snapshot, and the ticket state for a safe PUT (None: the client GETs it)."""
        payload = json.loads(row.payload)
        if row.kind == SWEEP_KIND:
            at = parse_iso(payload["at"])
            return Snapshot(ticket_id=row.ticket_id, event_type=row.event_type, event_time=at), None
        event = parse_delivery(payload).event
        if event is None:
            return None
        if self.service_user_id and event.actor_id == self.service_user_id and not event.latest_comment:
            return None  # our own update echoed by an event webhook
        snapshot = snapshot_of(event, received_at=parse_iso(row.received_at))
        # Tags unknown means the current tags must be read first: never drop an agent's tags.
        known = event.tags is not None and event.updated_at is not None
        ticket = (
            TicketSnapshot(row.ticket_id, event.tags or frozenset(), event.updated_at, event.status) if known else None
        )
        return snapshot, ticket

    async def _read_ticket(self, snapshot: Snapshot, *, with_text: bool) -> tuple[Snapshot, TicketSnapshot]:
        ticket = await self.client.get_ticket(snapshot.ticket_id)
        self.metrics.inc("api_calls_total")
        changes: dict[str, Any] = {"tags": frozenset(ticket.get("tags") or ())}
        if with_text:
            changes.update(subject=str(ticket.get("subject") or ""), text=str(ticket.get("description") or ""))
        if snapshot.status is None and ticket.get("status"):
            changes["status"] = str(ticket["status"])
        return dataclasses.replace(snapshot, **changes), TicketSnapshot.from_ticket(ticket)

    async def _apply(self, row: InboxRow, ticket: TicketSnapshot | None, decision: Decision) -> dict[str, Any]:
        actions = decision.actions
        if actions.empty:
            return {"applied": False, "api_calls": 0}
        change = TicketChange(
            add_tags=actions.add_tags,
            remove_tags=actions.remove_tags,
            fields=dict(actions.fields),
            note=actions.note,
            group_id=actions.group_id,
            priority=actions.priority,
            idempotency_key=decision.ref if actions.note else None,
        )
        # On a second attempt the first may have landed (a crash, a failed commit): say so, so the
        # client looks for the note's reference even when it has to read the ticket afresh.
        result = await self.client.apply(row.ticket_id, change, snapshot=ticket, retry=row.attempts > 1)
        self.metrics.inc("api_calls_total", result.api_calls)
        if result.fields_missing:
            self.metrics.inc("fields_missing_total")
            log.warning(
                "helpdesk_fields_missing",
                fields=sorted(result.fields_missing),
                hint="run `gdpr-desk install` to create the GDPR ticket fields",
            )
        return {
            "applied": True,
            "api_calls": result.api_calls,
            "note_added": result.note_added,
            "already_applied": result.already_applied,
            "fields_missing": sorted(result.fields_missing),
        }

    # -- commit ----------------------------------------------------------------------------------
    def _defer_entry(self, tx: Tx, ticket_id: int, kind: str, data: dict[str, Any], now: datetime) -> None:
        """Append to the log at the end of the batch: the log head is then always the last lock a
        transaction takes (several PostgreSQL instances never wait on each other in a cycle)."""
        tx.defer("worker_entries", (ticket_id, kind, data, now), self._append_entries)

    def _append_entries(self, tx: Tx, items: list[tuple[int, str, dict[str, Any], datetime]]) -> None:
        entries = self.ledger.append_many(tx, [(kind, data, now) for _, kind, data, now in items])
        self.cases.add_trails(
            tx, [(ticket_id, entry.seq, kind) for (ticket_id, kind, _, _), entry in zip(items, entries, strict=True)]
        )

    async def _complete(
        self,
        row: InboxRow,
        decision: Decision | None,
        outcome: dict[str, Any] | None,
        *,
        snapshot: Snapshot | None = None,
        reason: str | None = None,
    ) -> None:
        now = self.clock()

        def commit(tx: Tx) -> None:
            self.inbox.complete(tx, row.id, now=now, owner=self.owner)  # LeaseLost: nothing else is written
            if decision is not None and snapshot is not None:
                data = dict(decision.record)
                data.update(
                    ticket=self.pseudonym(f"ticket:{row.ticket_id}"),
                    requester=self.pseudonym(f"user:{snapshot.requester_id}") if snapshot.requester_id else None,
                    inbox=row.id,
                    text_sha256=text_digest(f"{snapshot.subject}\n{snapshot.text}") if snapshot.text else None,
                    outcome=outcome,
                )
                if decision.case is not None:
                    self.cases.save(tx, decision.case, now=iso(now))
                self._defer_entry(tx, row.ticket_id, "decision", data, now)

        await self.committer.submit(commit)
        kind = decision.kind if decision else (reason or "skipped")
        self.metrics.inc("events_processed_total", kind=kind)
        log.info("event_processed", decision=kind, api_calls=(outcome or {}).get("api_calls", 0))

    async def _retry(self, row: InboxRow, exc: Exception) -> None:
        now = self.clock()
        if isinstance(exc, RateLimited):
            delay = max(exc.retry_after, 1.0)
        else:
            step = min(300.0, 2.0 ** min(row.attempts, 12))
            delay = step / 2 + self.rng.random() * step / 2
        error = f"{type(exc).__name__}: {exc}"[:300]

        def later(tx: Tx) -> None:
            self.inbox.retry_later(
                tx, row.id, available_at=now + timedelta(seconds=delay), error=error, owner=self.owner
            )

        await self.committer.submit(later)
        self.metrics.inc("events_retried_total", reason=type(exc).__name__)
        log.warning("event_retry", error=type(exc).__name__, delay=round(delay, 1), attempts=row.attempts)

    async def _park(self, row: InboxRow, exc: Exception) -> None:
        now = self.clock()
        reason = type(exc).__name__
        status = getattr(exc, "status", None)

        def park(tx: Tx) -> None:
            self.inbox.park(tx, row.id, error=f"{reason}: {exc}"[:300], owner=self.owner)
            self._defer_entry(
                tx,
                row.ticket_id,
                "dead_letter",
                {
                    "ticket": self.pseudonym(f"ticket:{row.ticket_id}"),
                    "inbox": row.id,
                    "event": row.event_type,
                    "reason": reason,
                    "status": status,
                    "attempts": row.attempts,
                },
                now,
            )

        await self.committer.submit(park)
        self.metrics.inc("dead_letters_total", reason=reason)
        log.error("event_dead_letter", reason=reason, status=status)


def sweep_item_key(kind: str, ticket_id: int, due_on: str) -> str:
    return f"sweep:{kind}:{ticket_id}:{due_on}"


def enqueue_sweep(tx: Tx, inbox: Inbox, cases: CaseStore, *, now: datetime, today: Any, due_soon_days: int) -> int:
    """Queue due-soon and overdue events for open cases (once per case and due date).

    Safe with several instances: the inbox's unique key makes a second sweep of the same case and
    date a no-op, and the worker applies each through the usual exactly-once path.
    """
    queued = 0
    horizon = today + timedelta(days=due_soon_days)
    payload = json.dumps({"at": iso(now)})
    for case in cases.open_due_by(tx, horizon):
        due = case.effective_due_on
        if due is None:
            continue
        kind = "overdue" if due < today else "due_soon"
        if (kind == "overdue" and case.overdue_noted) or (kind == "due_soon" and case.due_soon_noted):
            continue
        row = tx.execute(
            "INSERT INTO inbox (dedup_key, event_id, kind, event_type, ticket_id, received_at, signed_at,"
            " body_sha256, payload, available_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING RETURNING id",
            (
                sweep_item_key(kind, case.ticket_id, due.isoformat()),
                SWEEP_KIND,
                f"sweep.{kind}",
                case.ticket_id,
                iso(now),
                iso(now),
                text_digest(f"{kind}:{case.ticket_id}:{due}"),
                payload,
                iso(now),
            ),
        ).fetchone()
        queued += 1 if row else 0
    return queued
