"""A service with a real case and ledger trail, built from the pipeline's own pieces.

The case and the decision record come from `decide` on an English access request; entries are
appended with Ledger.append and indexed with CaseStore.add_trail, as the intake and worker do. Other
tickets' entries are interleaved so that proofs have several levels and the trail must be filtered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from plugin.app import Service, build_service, policy_from
from plugin.config import Settings
from plugin.core.calendars import holiday_calendar
from plugin.core.case import CaseState, Snapshot
from plugin.core.decide import decide
from plugin.ledger.privacy import text_digest
from plugin.ledger.tokens import Tokens
from plugin.notes import Notes
from plugin.timeutil import iso
from tests.support import NOW, MovableClock

APP_SECRET = "app-shared-secret-for-tests-only-7f3a"
TICKET = 4242
OTHER_TICKET = 4343
SUBJECT = "Request for my data"
TEXT = (
    "Hello, under Article 15 GDPR I request a copy of all personal data you hold about me, "
    "including my order history. Kind regards, Jane Doe"
)
RECEIVED_AT = NOW - timedelta(days=3)  # 25 November 2026: due 28 December 2026 (BE)


@dataclass
class Filled:
    case: CaseState
    trail: list[int] = field(default_factory=list)  # seqs of TICKET's entries


def make_settings(tmp_path: Path, *, secret: str | None = APP_SECRET, database_url: str | None = None) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=database_url or f"sqlite:///{tmp_path / 'gdpr-desk.sqlite3'}",
        app_shared_secret=secret,
        worker_enabled=False,
        country="BE",
        timezone="Europe/Brussels",
    )


def make_service(settings: Settings, clock: MovableClock) -> Service:
    service = build_service(settings, clock=clock)
    service.ensure_schema()
    Tokens(service.db).ensure_schema()
    return service


def _receipt(service: Service, ticket: int, event: str, at: datetime, inbox: int) -> int:
    with service.db.transaction(service.db.thread_connection()) as tx:
        entry = service.ledger.append(
            tx,
            "webhook_received",
            {
                "inbox": inbox,
                "ticket": service.pseudonym(f"ticket:{ticket}"),
                "event": event,
                "kind": "event",
                "body_sha256": text_digest(f"{ticket}:{event}:{inbox}"),
                "signed_at": iso(at),
            },
            time=at,
        )
        service.cases.add_trail(tx, ticket, entry.seq, "webhook_received")
    return entry.seq


def fill_case(service: Service, ticket: int = TICKET, *, noise: int = 5) -> Filled:
    """Receipt + `opened` decision for `ticket`, a later comment + `unchanged` decision, and noise."""
    settings = service.settings
    policy = policy_from(settings)
    calendar = holiday_calendar(settings.country, settings.subdivision)
    filled_seqs: list[int] = []
    inbox = 1
    for i in range(noise):  # other tickets' receipts before ours
        _receipt(service, OTHER_TICKET + i, "ticket.created", RECEIVED_AT - timedelta(hours=noise - i), inbox)
        inbox += 1
    filled_seqs.append(_receipt(service, ticket, "ticket.created", RECEIVED_AT, inbox))
    created = Snapshot(
        ticket_id=ticket,
        event_type="ticket.created",
        event_time=RECEIVED_AT,
        subject=SUBJECT,
        text=TEXT,
        requester_id="9001",
        created_at=RECEIVED_AT,
    )
    case: CaseState | None = None
    for n, snapshot in enumerate(
        [
            created,
            Snapshot(
                ticket_id=ticket,
                event_type="ticket.comment_added",
                event_time=RECEIVED_AT + timedelta(days=1),
                text="Any news on this?",
            ),
        ]
    ):
        decision = decide(snapshot, case, policy=policy, calendar=calendar, notes=Notes(), ref=f"ref-{ticket}-{n}")
        at = snapshot.event_time + timedelta(seconds=40)
        if n:
            filled_seqs.append(_receipt(service, ticket, snapshot.event_type, snapshot.event_time, inbox + n))
        _receipt(service, OTHER_TICKET, "ticket.comment_added", at - timedelta(seconds=5), 100 + n)  # noise
        with service.db.transaction(service.db.thread_connection()) as tx:
            data = dict(decision.record)
            data.update(
                ticket=service.pseudonym(f"ticket:{ticket}"),
                requester=service.pseudonym(f"user:{snapshot.requester_id}") if snapshot.requester_id else None,
                inbox=inbox + n,
                text_sha256=text_digest(f"{snapshot.subject}\n{snapshot.text}"),
                outcome={"applied": True, "api_calls": 1, "note_added": decision.actions.note is not None},
            )
            entry = service.ledger.append(tx, "decision", data, time=at)
            service.cases.add_trail(tx, ticket, entry.seq, "decision")
            if decision.case is not None:
                service.cases.save(tx, decision.case, now=iso(at))
                case = decision.case
        filled_seqs.append(entry.seq)
    assert case is not None, "the access request was not recognised"
    return Filled(case, filled_seqs)


def create_token(service: Service, role: str) -> str:
    with service.db.transaction(service.db.thread_connection()) as tx:
        token, _ = Tokens(service.db).create(tx, role, now=NOW, label="sidebar test")
    return token
