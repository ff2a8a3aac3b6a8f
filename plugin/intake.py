"""Webhook intake: from raw request to a durably stored inbox row (the `POST /webhooks/zendesk` route).

Order matters and is the contract: read at most `max_body_bytes`, verify the signature over the raw
bytes, then parse; store the inbox row (and the intake hooks' effects, e.g. the ledger entry) in one
transaction through the group committer; answer 202 only after that commit.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import structlog
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

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

    def _remember(self, digest: str, now: datetime) -> None:
        """Called only after a durable commit: a failed store must stay retryable."""
        self._recent[digest] = now + self.tolerance

    def register_metrics(self) -> None:
        self.metrics.counter("webhooks_accepted_total", "Webhooks durably stored in the inbox.")
        self.metrics.counter("webhooks_rejected_total", "Webhooks refused, by reason.")
        self.metrics.counter("webhooks_duplicate_total", "Redelivered webhooks answered without storing.")
        self.metrics.counter("webhooks_ignored_total", "Well-formed webhooks of a type the service does not handle.")

    async def handle(self, request: Request) -> Response:
        # The ids go on every log line of the request; passed explicitly rather than through context
        # variables, which cost more than the rest of the logging on this hot path.
        ids = {
            "invocation_id": request.headers.get(INVOCATION_HEADER),
            "webhook_id": request.headers.get(WEBHOOK_ID_HEADER),
        }
        try:
            return await self._handle(request, ids)
        except WebhookError as exc:
            status = 401 if isinstance(exc, SignatureInvalid) else 413 if isinstance(exc, BodyTooLarge) else 400
            self.metrics.inc("webhooks_rejected_total", reason=exc.reason)
            log.warning("webhook_rejected", reason=exc.reason, status=status, detail=str(exc), **ids)
            return JSONResponse({"error": exc.reason, "detail": str(exc)}, status_code=status)

    async def _handle(self, request: Request, ids: dict[str, str | None]) -> Response:
        content_type = request.headers.get("content-type", "")
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type != "application/json":
            self.metrics.inc("webhooks_rejected_total", reason="content_type")
            log.warning("webhook_rejected", reason="content_type", status=415, **ids)
            return JSONResponse({"error": "content_type", "detail": "expected application/json"}, status_code=415)
        body = await self._read_body(request)
        now = self.clock()
        signed_at = verify_signature(request.headers, body, self.secrets(), now=now, tolerance=self.tolerance)
        data = parse_json(body)
        delivery = parse_delivery(data)
        if delivery.event is None:
            self.metrics.inc("webhooks_ignored_total", type=delivery.event_type[:80])
            log.info("webhook_ignored", kind=delivery.kind, event_type=delivery.event_type[:80], **ids)
            return JSONResponse({"status": "ignored", "event_type": delivery.event_type}, status_code=202)
        item = InboxItem.from_delivery(
            delivery, invocation_id=ids["invocation_id"], body=body, received_at=now, signed_at=signed_at
        )
        if self._seen_recently(item.body_sha256, now):
            # The same signed body within the signature window: a replay under a new invocation id,
            # or two triggers that fired on one update. One event; nothing new to store.
            self.metrics.inc("webhooks_duplicate_total")
            log.info("webhook_duplicate", ticket_id=item.ticket_id, event_type=item.event_type, **ids)
            return Response(DUPLICATE, status_code=200, media_type="application/json")

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
            return JSONResponse(
                {"error": "unavailable", "detail": "could not store the event; retry"},
                status_code=503,
                headers={"Retry-After": "5"},
            )
        if row_id is None:
            self.metrics.inc("webhooks_duplicate_total")
            log.info("webhook_duplicate", ticket_id=item.ticket_id, event_type=item.event_type, **ids)
            return Response(DUPLICATE, status_code=200, media_type="application/json")
        self._remember(item.body_sha256, now)
        self.metrics.inc("webhooks_accepted_total")
        if self.on_accepted is not None:
            self.on_accepted()
        log.info("webhook_accepted", inbox_id=row_id, ticket_id=item.ticket_id, event_type=item.event_type, **ids)
        return Response(ACCEPTED, status_code=202, media_type="application/json")

    async def _read_body(self, request: Request) -> bytes:
        limit = self.max_body_bytes
        declared = request.headers.get("content-length")
        if declared is not None:
            if not (declared.strip().isascii() and declared.strip().isdigit()):
                raise PayloadInvalid("invalid Content-Length", "bad_length")
            if int(declared) > limit:
                raise BodyTooLarge(f"body larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(f"body larger than {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
