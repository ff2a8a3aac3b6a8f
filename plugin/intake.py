"""Webhook intake: from raw request to a durably stored inbox row (the `POST /webhooks/zendesk` route).

Order matters and is the contract: read at most `max_body_bytes`, verify the signature over the raw
bytes, then parse; store the inbox row (and the intake hooks' effects, e.g. the ledger entry) in one
transaction through the group committer; answer 202 only after that commit.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import structlog
from starlette.types import Receive, Scope, Send

from plugin.inbox import Inbox, InboxItem, IntakeHook
from plugin.metrics import Metrics
from plugin.storage.committer import GroupCommitter, LoopCommitter
from plugin.storage.db import Tx
from plugin.timeutil import Clock
from plugin.webhooks import (
    INVOCATION_HEADER,
    WEBHOOK_ID_HEADER,
    PayloadInvalid,
    SignatureInvalid,
    WebhookError,
    parse_delivery,
    parse_json,
    verify_signature,
)

log = structlog.get_logger("gdpr_desk.intake")

ACCEPTED = b'{"status":"accepted"}'
DUPLICATE = b'{"status":"duplicate"}'
WEBHOOK_PATH = "/webhooks/zendesk"
RECENT_MAX = 200_000  # bodies remembered for replay detection (about 50 MB at most)
RETRY_LATER = ((b"retry-after", b"5"),)

Reply = tuple[int, bytes, tuple[tuple[bytes, bytes], ...]]  # status, JSON body, extra headers


class BodyTooLarge(WebhookError):
    reason = "too_large"


@dataclass
class Intake:
    """Everything the webhook route needs; built by the composition root (app.py)."""

    inbox: Inbox
    committer: GroupCommitter | LoopCommitter
    metrics: Metrics
    clock: Clock
    secrets: Callable[[], tuple[str, ...]]
    tolerance: timedelta
    max_body_bytes: int
    hooks: Sequence[IntakeHook] = field(default_factory=list)
    on_accepted: Callable[[], None] | None = None  # wakes the worker after a commit
    _recent: OrderedDict[str, datetime] = field(default_factory=OrderedDict, repr=False)

    def _seen_recently(self, digest: str, now: datetime) -> bool:
        """Whether this body was stored within the signature window (older ones fail the timestamp
        check anyway). Kept in memory, beside the inbox's unique keys: a random-keyed unique index on
        every row would cost intake a fifth of its throughput for what is a defence in depth."""
        recent = self._recent
        while recent and next(iter(recent.values())) < now:
            recent.popitem(last=False)
        return digest in recent

    def _remember(self, digest: str, now: datetime, signed_at: datetime) -> None:
        """Called only after a durable commit: a failed store must stay retryable.

        Kept until the signature expires (a sender clock ahead of ours signs "in the future"), and at
        most RECENT_MAX bodies: beyond that the inbox's unique keys still catch redeliveries."""
        recent = self._recent
        recent[digest] = max(now, signed_at) + self.tolerance
        if len(recent) > RECENT_MAX:
            recent.popitem(last=False)

    def register_metrics(self) -> None:
        self.metrics.counter("webhooks_accepted_total", "Webhooks durably stored in the inbox.")
        self.metrics.counter("webhooks_rejected_total", "Webhooks refused, by reason.")
        self.metrics.counter("webhooks_duplicate_total", "Redelivered webhooks answered without storing.")
        self.metrics.counter("webhooks_ignored_total", "Well-formed webhooks of a type the service does not handle.")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI endpoint. Raw ASGI rather than a Starlette request/response: this is the hot path,
        and the framework's objects cost as much as verifying the signature."""
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            key = name.decode("latin-1")
            if key not in headers:  # the first occurrence wins, as in Starlette's Headers
                headers[key] = value.decode("latin-1")
        reply = await self.handle(headers, receive)
        if reply is None:
            return  # the client went away before sending the whole body: nobody to answer
        status, body, extra = reply
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body)), *extra],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def handle(self, headers: Mapping[str, str], receive: Receive) -> Reply | None:
        """Answer one delivery: (status, JSON body, extra headers), or None if the client left."""
        # The ids go on every log line of the request; passed explicitly rather than through context
        # variables, which cost more than the rest of the logging on this hot path.
        ids = {"invocation_id": headers.get(INVOCATION_HEADER), "webhook_id": headers.get(WEBHOOK_ID_HEADER)}
        try:
            return await self._handle(headers, receive, ids)
        except WebhookError as exc:
            status = 401 if isinstance(exc, SignatureInvalid) else 413 if isinstance(exc, BodyTooLarge) else 400
            self.metrics.inc("webhooks_rejected_total", reason=exc.reason)
            log.warning("webhook_rejected", reason=exc.reason, status=status, detail=str(exc), **ids)
            return status, _json({"error": exc.reason, "detail": str(exc)}), ()

    async def _handle(self, headers: Mapping[str, str], receive: Receive, ids: dict[str, str | None]) -> Reply | None:
        content_type = headers.get("content-type", "")
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type != "application/json":
            self.metrics.inc("webhooks_rejected_total", reason="content_type")
            log.warning("webhook_rejected", reason="content_type", status=415, **ids)
            return 415, _json({"error": "content_type", "detail": "expected application/json"}), ()
        body = await self._read_body(headers, receive)
        if body is None:
            log.info("webhook_abandoned", **ids)
            return None
        now = self.clock()
        signed_at = verify_signature(headers, body, self.secrets(), now=now, tolerance=self.tolerance)
        data = parse_json(body)
        delivery = parse_delivery(data)
        if delivery.event is None:
            self.metrics.inc("webhooks_ignored_total", type=delivery.event_type[:80])
            log.info("webhook_ignored", kind=delivery.kind, event_type=delivery.event_type[:80], **ids)
            return 202, _json({"status": "ignored", "event_type": delivery.event_type}), ()
        item = InboxItem.from_delivery(
            delivery, invocation_id=ids["invocation_id"], body=body, received_at=now, signed_at=signed_at
        )
        if self._seen_recently(item.body_sha256, now):
            # The same signed body within the signature window: a replay under a new invocation id,
            # or two triggers that fired on one update. One event; nothing new to store.
            self.metrics.inc("webhooks_duplicate_total")
            log.info("webhook_duplicate", ticket_id=item.ticket_id, event_type=item.event_type, **ids)
            return 200, DUPLICATE, ()

        def store(tx: Tx) -> int | None:
            row_id = self.inbox.add(tx, item)
            if row_id is not None:
                for hook in self.hooks:
                    hook(tx, item, row_id)
            return row_id

        try:
            row_id = await self.committer.submit(store)
        except Exception as exc:
            # Not the sender's fault: 503 makes Zendesk retry (its retry covers 503 with a short Retry-After).
            log.error("webhook_store_failed", error=type(exc).__name__, **ids)
            return 503, _json({"error": "unavailable", "detail": "could not store the event; retry"}), RETRY_LATER
        if row_id is None:
            self.metrics.inc("webhooks_duplicate_total")
            log.info("webhook_duplicate", ticket_id=item.ticket_id, event_type=item.event_type, **ids)
            return 200, DUPLICATE, ()
        self._remember(item.body_sha256, now, signed_at)
        self.metrics.inc("webhooks_accepted_total")
        if self.on_accepted is not None:
            self.on_accepted()
        log.info("webhook_accepted", inbox_id=row_id, ticket_id=item.ticket_id, event_type=item.event_type, **ids)
        return 202, ACCEPTED, ()

    async def _read_body(self, headers: Mapping[str, str], receive: Receive) -> bytes | None:
        """The whole body, refusing more than the limit without reading it all; None on disconnect."""
        limit = self.max_body_bytes
        declared = headers.get("content-length")
        if declared is not None:
            if not (declared.strip().isascii() and declared.strip().isdigit()):
                raise PayloadInvalid("invalid Content-Length", "bad_length")
            if int(declared) > limit:
                raise BodyTooLarge(f"body larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None  # http.disconnect
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(f"body larger than {limit} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _json(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()
