"""Zendesk ticket client: read a ticket, apply gdpr-desk's changes in one safe PUT, exactly once.

    HelpdeskError(status, body, message)        plugin.helpdesk.errors
     ├── RateLimited(retry_after)                429 (retried here until the retry deadline)
     ├── Conflict                                409 (handled here: re-read, merge, retry)
     ├── Unavailable                             5xx / timeouts past settings.zendesk_retry_deadline_seconds
     └── permanent = True
         ├── TicketNotFound                      404
         ├── AuthenticationFailed                401 / 403
         ├── Unprocessable                       422, Zendesk's description and details in the message
         └── FieldsMissing                       a gdpr-desk field is absent: run `gdpr-desk install`

Sans-I/O: `update_body`, `merged_tags`, `note_with_ref`, `has_ref`, `missing_effects` are pure; the
I/O is `ZendeskAPI` (plugin.helpdesk.api) and the short `ZendeskClient.apply` loop.

Exactly once against the real API (developer.zendesk.com/api-reference/ticketing/tickets/tickets/
#protecting-against-ticket-update-collisions): every update is `safe_update` with the
`updated_stamp` we last saw. A 409 means the ticket changed — perhaps by our own earlier attempt
whose answer was lost (timeout, crash after the PUT). So on 409 the client re-reads the ticket and its
latest comments; a comment holding `gdpr-desk ref: <idempotency_key>` proves the note landed: it is
not added again, and only tags/fields still missing are re-applied. Otherwise tags are merged with the
fresh ticket and the PUT is retried. Tags sent = current ∪ add − remove: an agent's tags survive.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType
from typing import Any

import httpx

from plugin.config import Settings
from plugin.helpdesk.api import CallCount, Clock, Sleep, ZendeskAPI
from plugin.helpdesk.errors import (
    AuthenticationFailed,
    Conflict,
    FieldsMissing,
    HelpdeskError,
    RateLimited,
    TicketNotFound,
    Unavailable,
    Unprocessable,
)
from plugin.helpdesk.fields import FieldCatalog
from plugin.helpdesk.limiter import RateLimiter

__all__ = [
    "ApplyResult",
    "AuthenticationFailed",
    "Conflict",
    "FieldsMissing",
    "HelpdeskError",
    "RateLimited",
    "TicketChange",
    "TicketNotFound",
    "TicketSnapshot",
    "Unavailable",
    "Unprocessable",
    "ZendeskClient",
]

REF_PREFIX = "gdpr-desk ref: "
MAX_CONFLICTS = 5  # 409s in a row before giving up (a ticket under constant edits)
PRIORITIES = ("urgent", "high", "normal", "low")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class TicketChange:
    """What gdpr-desk wants on a ticket; `fields` by field KEY (plugin.helpdesk.definitions)."""

    add_tags: frozenset[str] = frozenset()
    remove_tags: frozenset[str] = frozenset()
    fields: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    note: str | None = None  # internal note (public: false)
    group_id: int | None = None
    priority: str | None = None  # urgent / high / normal / low
    idempotency_key: str | None = None  # the note's last line is "gdpr-desk ref: <key>"

    def __post_init__(self) -> None:
        if self.priority is not None and self.priority not in PRIORITIES:
            raise ValueError(f"priority must be one of {PRIORITIES}, not {self.priority!r}")
        if self.add_tags & self.remove_tags:
            raise ValueError(f"tags both added and removed: {sorted(self.add_tags & self.remove_tags)}")


@dataclass(frozen=True)
class TicketSnapshot:
    """What we know of the ticket before the PUT (from the webhook payload, or a GET)."""

    id: int
    tags: frozenset[str]
    updated_at: str | None  # as Zendesk gives it, ISO-8601 Z; None → the client GETs the ticket
    status: str | None = None

    @classmethod
    def from_ticket(cls, ticket: Mapping[str, Any]) -> TicketSnapshot:
        return cls(
            int(ticket["id"]), frozenset(ticket.get("tags") or ()), ticket.get("updated_at"), ticket.get("status")
        )


@dataclass(frozen=True)
class ApplyResult:
    ticket: dict[str, Any]  # the ticket after the update (or as re-read when nothing was left to do)
    api_calls: int  # HTTP requests sent for this apply, retries included
    note_added: bool  # this call added the note
    already_applied: bool  # an earlier attempt had landed: nothing (or only missing bits) re-sent
    fields_missing: frozenset[str] = frozenset()  # gdpr-desk fields absent from the helpdesk: not set


# ------------------------------------------------------------------------------------------------
# Pure request building and response reading
# ------------------------------------------------------------------------------------------------
def ref_line(key: str) -> str:
    return f"{REF_PREFIX}{key}"


def note_with_ref(note: str, key: str | None) -> str:
    """The note whose last line is the reference (added unless the caller already put it there)."""
    if not key:
        return note
    line = ref_line(key)
    body = note.rstrip()
    return body if body.endswith(line) else f"{body}\n\n{line}"


def has_ref(comments: Sequence[Mapping[str, Any]], key: str) -> bool:
    """Whether one of these comments carries `gdpr-desk ref: <key>` (any of its body renderings)."""
    line = ref_line(key)
    for comment in comments:
        for name in ("body", "plain_body", "html_body"):
            if line in str(comment.get(name) or ""):
                return True
    return False


def merged_tags(current: frozenset[str], add: frozenset[str], remove: frozenset[str]) -> list[str]:
    """current ∪ add − remove, sorted: PUT `tags` replaces the whole list (ZENDESK.md)."""
    return sorted((set(current) | set(add)) - set(remove))


def field_value(value: Any) -> Any:
    """A field value as the API takes it: dates ISO, multiselect values a sorted list."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset, list, tuple)):
        return sorted(str(v) for v in value)
    return value


def update_body(
    change: TicketChange,
    *,
    current_tags: frozenset[str],
    updated_stamp: str,
    field_ids: Mapping[str, int],
    include_note: bool,
) -> dict[str, Any]:
    """The PUT /api/v2/tickets/{id} body (TicketUpdateInput; custom_fields items are {id, value})."""
    ticket: dict[str, Any] = {
        "tags": merged_tags(current_tags, change.add_tags, change.remove_tags),
        "safe_update": True,
        "updated_stamp": updated_stamp,
    }
    if change.fields:
        ticket["custom_fields"] = [
            {"id": field_ids[key], "value": field_value(value)} for key, value in sorted(change.fields.items())
        ]
    if include_note and change.note is not None:
        ticket["comment"] = {"body": note_with_ref(change.note, change.idempotency_key), "public": False}
    if change.group_id is not None:
        ticket["group_id"] = change.group_id
    if change.priority is not None:
        ticket["priority"] = change.priority
    return {"ticket": ticket}


def _same(actual: Any, wanted: Any) -> bool:
    if isinstance(wanted, list):
        return isinstance(actual, list) and sorted(map(str, actual)) == wanted
    if wanted in (None, "", []):
        return actual in (None, "", [])
    return str(actual) == str(wanted)


def missing_effects(change: TicketChange, ticket: Mapping[str, Any], field_ids: Mapping[str, int]) -> list[str]:
    """What of `change` (note aside) the ticket does not show yet; empty = fully applied."""
    missing: list[str] = []
    tags = set(ticket.get("tags") or ())
    if change.add_tags - tags or change.remove_tags & tags:
        missing.append("tags")
    values = {int(f["id"]): f.get("value") for f in ticket.get("custom_fields") or [] if "id" in f}
    for key, value in sorted(change.fields.items()):
        if not _same(values.get(field_ids[key]), field_value(value)):
            missing.append(f"field {key}")
    if change.group_id is not None and ticket.get("group_id") != change.group_id:
        missing.append("group")
    if change.priority is not None and ticket.get("priority") != change.priority:
        missing.append("priority")
    return missing


def ticket_of(body: Any) -> dict[str, Any]:
    """The ticket object of a show/update answer."""
    ticket = body.get("ticket") if isinstance(body, Mapping) else None
    if not isinstance(ticket, dict):
        raise HelpdeskError(200, body, "Zendesk answered without a ticket object")
    return ticket


# ------------------------------------------------------------------------------------------------
# The client
# ------------------------------------------------------------------------------------------------
class ZendeskClient:
    """Async Zendesk client for the worker: get_ticket, apply, field discovery."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        limiter: RateLimiter | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.api = ZendeskAPI(settings, transport=transport, limiter=limiter, clock=clock, sleep=sleep, rng=rng)
        self.fields = FieldCatalog(self.api)

    async def __aenter__(self) -> ZendeskClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.api.aclose()

    async def discover_fields(self) -> dict[str, int]:
        """Find every gdpr-desk field at start (so that apply needs no extra call); key → id."""
        found = await self.fields.refresh()
        return {key: int(f["id"]) for key, f in found.items()}

    async def get_ticket(self, ticket_id: int, *, count: CallCount | None = None) -> dict[str, Any]:
        return ticket_of(await self.api.request("GET", f"/api/v2/tickets/{ticket_id}.json", count=count))

    async def _comments(self, ticket_id: int, count: CallCount) -> list[dict[str, Any]]:
        body = await self.api.request(
            "GET", f"/api/v2/tickets/{ticket_id}/comments.json", params={"sort_order": "desc"}, count=count
        )
        return list((body or {}).get("comments") or [])

    async def apply(
        self, ticket_id: int, change: TicketChange, *, snapshot: TicketSnapshot | None = None, retry: bool = False
    ) -> ApplyResult:
        """Apply `change` in one safe PUT (one API call with a snapshot), exactly once across retries.

        `retry`: an earlier attempt of this same change may have landed (the caller crashed or failed
        to record it). With a snapshot from before that attempt, safe_update answers 409 and the note's
        reference is looked for then; with a fresh read there is no 409, so the comments are checked
        first — only on retries, so the common case stays one call.
        """
        count = CallCount()
        fresh_read = snapshot is None or snapshot.updated_at is None
        if fresh_read:
            current = await self.get_ticket(ticket_id, count=count)
            snapshot = TicketSnapshot.from_ticket(current)
        assert snapshot is not None
        field_ids: dict[str, int] = {}
        absent: frozenset[str] = frozenset()
        if change.fields:
            field_ids, absent = await self.fields.available(change.fields, count)
            if absent:
                # Tags and the note still go out: a missing field must not cost the agent the guidance.
                change = replace(change, fields={k: v for k, v in change.fields.items() if k not in absent})
        tags, stamp = snapshot.tags, snapshot.updated_at
        note_pending = change.note is not None
        already = False
        key = change.idempotency_key
        if retry and fresh_read and note_pending and key and has_ref(await self._comments(ticket_id, count), key):
            note_pending, already = False, True
            if not missing_effects(change, current, field_ids):
                return ApplyResult(current, count.n, note_added=False, already_applied=True, fields_missing=absent)
        for _ in range(MAX_CONFLICTS):
            body = update_body(
                change, current_tags=tags, updated_stamp=str(stamp), field_ids=field_ids, include_note=note_pending
            )
            try:
                answer = await self.api.request(
                    "PUT", f"/api/v2/tickets/{ticket_id}.json", json=body, ticket_update=ticket_id, count=count
                )
            except Conflict:
                fresh = await self.get_ticket(ticket_id, count=count)
                tags, stamp = frozenset(fresh.get("tags") or ()), fresh.get("updated_at")
                key = change.idempotency_key
                if note_pending and key and has_ref(await self._comments(ticket_id, count), key):
                    note_pending, already = False, True
                if not note_pending and not missing_effects(change, fresh, field_ids):
                    return ApplyResult(fresh, count.n, note_added=False, already_applied=True, fields_missing=absent)
                continue
            return ApplyResult(
                ticket_of(answer), count.n, note_added=note_pending, already_applied=already, fields_missing=absent
            )
        raise Conflict(409, None, f"ticket {ticket_id} kept changing: {MAX_CONFLICTS} conflicts in a row")
