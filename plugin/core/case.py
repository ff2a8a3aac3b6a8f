"""The state of one GDPR case (one ticket) as the service tracks it, and the snapshot of an event.

Pure data. The worker loads a CaseState from the `cases` table, `decide` returns the next one, and the
worker stores it in the same transaction as the ledger entry that explains the change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Final

OPEN: Final = "open"
ID_REQUESTED: Final = "id_requested"
EXTENDED: Final = "extended"
REFUSED: Final = "refused"
COMPLETED: Final = "completed"
DELETED: Final = "deleted"  # the ticket was deleted, merged away or marked spam in the helpdesk, unanswered
CLOSED_STATES: Final = frozenset({REFUSED, COMPLETED, DELETED})


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the worker knows of a ticket at one event (from the webhook payload, else the API)."""

    ticket_id: int
    event_type: str  # ticket.created | ticket.updated | ticket.comment_added | … | sweep.due_soon | sweep.overdue
    event_time: datetime  # aware; when the event happened in the helpdesk (else when it was received)
    subject: str = ""
    text: str = ""  # the customer's own new text for this event ("" when none)
    language_hint: str | None = None
    tags: frozenset[str] = frozenset()
    tags_added: frozenset[str] = frozenset()
    tags_removed: frozenset[str] = frozenset()
    status: str | None = None
    previous_status: str | None = None
    group_id: int | None = None
    requester_id: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseState:
    """A recognised request and its lifecycle. Dates are the controller's local dates."""

    ticket_id: int
    language: str
    rights: tuple[str, ...]
    escalations: tuple[str, ...]  # text signals and process escalations
    received_at: datetime
    received_on: date
    due_on: date | None  # None while the clock is stopped (identification asked, not yet received)
    extended_due_on: date | None
    state: str = OPEN
    suspensions: tuple[tuple[date, date | None], ...] = ()
    extended_on: date | None = None
    extension_in_time: bool | None = None
    refused_on: date | None = None
    refusal_notice: bool | None = None
    answered_on: date | None = None
    on_time: bool | None = None
    due_soon_noted: bool = False
    overdue_noted: bool = False
    group_id: int | None = None
    decisions: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.state in CLOSED_STATES

    @property
    def effective_due_on(self) -> date | None:
        """The date the answer is owed by: the extended date once validly extended.

        An extension announced after the first month does not move the deadline (Art. 12(3)).
        """
        if self.extended_on is not None and self.extension_in_time:
            return self.extended_due_on
        return self.due_on

    def evolve(self, **changes: Any) -> CaseState:
        return replace(self, **changes)
