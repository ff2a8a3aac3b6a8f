"""Zendesk webhook verification and parsing: pure functions over raw bytes and headers.

Errors (the web layer maps them to HTTP statuses):

    WebhookError
    ├── SignatureInvalid      401  missing/bad signature, stale or unparseable timestamp
    └── PayloadInvalid        400  not JSON, not an object, or not the shape of a ticket event

Signature (developer.zendesk.com/documentation/webhooks/verifying/):
base64(HMAC-SHA256(key=secret, msg=timestamp + raw body)), compared in constant time.

Two kinds of webhook arrive at the same endpoint:
- trigger webhooks: the JSON body is the template gdpr-desk ships (`trigger_body_template`);
- event webhooks: `{"type": "zen:event-type:ticket.…", "id", "time", "subject": "zen:ticket:N",
  "detail": {…}, "event": {…}}` (developer.zendesk.com/api-reference/webhooks/event-types/).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

SIGNATURE_HEADER: Final = "x-zendesk-webhook-signature"
TIMESTAMP_HEADER: Final = "x-zendesk-webhook-signature-timestamp"
INVOCATION_HEADER: Final = "x-zendesk-webhook-invocation-id"
WEBHOOK_ID_HEADER: Final = "x-zendesk-webhook-id"
ACCOUNT_HEADER: Final = "x-zendesk-account-id"

# Zendesk signs test deliveries of a webhook that is not saved yet with this documented secret.
ZENDESK_TEST_SECRET: Final = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="

TRIGGER_SCHEMA: Final = "gdpr-desk/trigger-v1"
TRIGGER_EVENTS: Final = ("ticket_created", "ticket_updated")
EVENT_PREFIX: Final = "zen:event-type:"

# Event-webhook types the service acts on. Others are acknowledged and ignored.
HANDLED_EVENT_TYPES: Final = frozenset(
    {
        "ticket.created",
        "ticket.comment_added",
        "ticket.tags_changed",
        "ticket.status_changed",
        "ticket.custom_field_changed",
        "ticket.merged",
        "ticket.marked_as_spam",
        "ticket.soft_deleted",
        "ticket.permanently_deleted",
    }
)


class WebhookError(Exception):
    """A delivery the service must refuse; `reason` is a short metric label."""

    reason = "invalid"

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        if reason:
            self.reason = reason


class SignatureInvalid(WebhookError):
    reason = "signature"


class PayloadInvalid(WebhookError):
    reason = "payload"


# --------------------------------------------------------------------------------------------------
# Signature
# --------------------------------------------------------------------------------------------------
def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature Zendesk sends for this body (used by tests, the demo and the benchmark)."""
    digest = hmac.digest(secret.encode(), timestamp.encode() + body, "sha256")
    return base64.b64encode(digest).decode()


def parse_timestamp(value: str) -> datetime:
    """ISO-8601 UTC timestamp as Zendesk sends it (`2021-03-25T05:09:27Z`)."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            raise SignatureInvalid("signature timestamp has no time zone", "timestamp")
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 with a positive offset, and the like
        raise SignatureInvalid("signature timestamp is not an ISO-8601 time", "timestamp") from None


def verify_signature(
    headers: Mapping[str, str],
    body: bytes,
    secrets: tuple[str, ...],
    *,
    now: datetime,
    tolerance: timedelta,
) -> datetime:
    """Check signature and freshness over the raw bytes; return the signed timestamp.

    `secrets` allows a rotation window (old and new secret both accepted). `headers` must be
    case-insensitive or lower-case.
    """
    signature = headers.get(SIGNATURE_HEADER)
    timestamp = headers.get(TIMESTAMP_HEADER)
    if not signature or not timestamp:
        raise SignatureInvalid("missing webhook signature headers", "signature_missing")
    signed_at = parse_timestamp(timestamp)
    # Zendesk documents no replay window: a symmetric tolerance also absorbs clock skew.
    if abs(now - signed_at) > tolerance:
        raise SignatureInvalid("signature timestamp outside the accepted window", "timestamp_stale")
    try:
        given = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureInvalid("signature is not base64", "signature_bad") from None
    message = timestamp.encode() + body
    ok = False
    for secret in secrets:
        expected = hmac.digest(secret.encode(), message, "sha256")
        ok |= hmac.compare_digest(expected, given)
    if not ok:
        test = hmac.digest(ZENDESK_TEST_SECRET.encode(), message, "sha256")
        if hmac.compare_digest(test, given):
            raise SignatureInvalid("signed with Zendesk's test secret: save the webhook first", "test_secret")
        raise SignatureInvalid("signature does not match", "signature_bad")
    return signed_at


# --------------------------------------------------------------------------------------------------
# Typed events
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TicketEvent:
    """One ticket event, whichever kind of webhook carried it. Absent data is None, not ''."""

    source: str  # "trigger" | "event"
    event_type: str  # "ticket.created", "ticket.updated", "ticket.comment_added", …
    ticket_id: int
    event_id: str | None = None
    occurred_at: str | None = None
    subject: str | None = None
    description: str | None = None
    latest_comment: str | None = None
    comment_public: bool | None = None
    comment_author_id: str | None = None
    comment_author_is_staff: bool | None = None
    requester_id: str | None = None
    requester_locale: str | None = None
    tags: frozenset[str] | None = None
    tags_added: frozenset[str] = field(default_factory=frozenset)
    tags_removed: frozenset[str] = field(default_factory=frozenset)
    status: str | None = None
    previous_status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    brand: str | None = None
    group_id: int | None = None
    group_name: str | None = None
    via_channel: str | None = None
    actor_id: str | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.subject or self.description or self.latest_comment)


@dataclass(frozen=True, slots=True)
class Delivery:
    """A verified delivery: the typed event (None when the type is not one the service handles)."""

    kind: str  # "trigger" | "event"
    event_type: str
    event: TicketEvent | None
    event_id: str | None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is str:  # the common case, first
        text = value
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value)
    else:
        raise PayloadInvalid(f"expected text, got {type(value).__name__}")
    # Empty, or an unrendered placeholder: the field does not exist on this ticket.
    if not text or (text[0] in " \t\n{" and (not text.strip() or _is_placeholder(text))):
        return None
    return text


def _is_placeholder(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("{{") and stripped.endswith("}}")


def _ticket_id(value: Any) -> int:
    if isinstance(value, bool):
        raise PayloadInvalid("ticket id must be a positive integer")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    else:
        raise PayloadInvalid("ticket id must be a positive integer")
    if number <= 0:
        raise PayloadInvalid("ticket id must be a positive integer")
    return number


def _optional_int(value: Any) -> int | None:
    text = _text(value)
    if text is None:
        return None
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else None


def _tags(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, list):
        if not all(isinstance(t, str) for t in value):
            raise PayloadInvalid("tags must be strings")
        return frozenset(t for t in value if t)
    text = _text(value)
    if text is None:
        return frozenset() if isinstance(value, str) else None
    return frozenset(text.split())


def _mapping(value: Any, name: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PayloadInvalid(f"{name} must be an object")
    return value


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
        return value.strip().lower() == "true"
    return None


def parse_json(body: bytes) -> dict[str, Any]:
    """The body as a JSON object, or PayloadInvalid."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PayloadInvalid(f"body is not valid JSON: {exc}", "malformed_json") from None
    if not isinstance(data, dict):
        raise PayloadInvalid("body must be a JSON object", "wrong_shape")
    return data


def parse_delivery(data: Mapping[str, Any]) -> Delivery:
    """Recognise the kind of webhook and build its typed event."""
    try:
        if "ticket" in data and data.get("schema") == TRIGGER_SCHEMA:
            return _parse_trigger(data)
        event_type = data.get("type")
        if isinstance(event_type, str) and event_type.startswith(EVENT_PREFIX):
            return _parse_event(data, event_type.removeprefix(EVENT_PREFIX))
        if isinstance(event_type, str) and event_type and "subject" in data and "detail" in data:
            # Well-formed but not a Zendesk ticket event family we know: acknowledge, ignore.
            return Delivery("event", event_type, None, _text(data.get("id")))
    except PayloadInvalid as exc:
        exc.reason = "wrong_shape"
        raise
    raise PayloadInvalid("not a gdpr-desk trigger body nor a Zendesk event webhook", "wrong_shape")


def _parse_trigger(data: Mapping[str, Any]) -> Delivery:
    event = data.get("event")
    ticket = _mapping(data.get("ticket"), "ticket")
    if not isinstance(event, str) or not event:
        raise PayloadInvalid("trigger body needs an event name")
    if event not in TRIGGER_EVENTS:
        return Delivery("trigger", event, None, None)
    requester = _mapping(ticket.get("requester"), "requester")
    group = _mapping(ticket.get("group"), "group")
    latest = _mapping(ticket.get("latest_comment"), "latest_comment")
    return Delivery(
        "trigger",
        "ticket." + event.removeprefix("ticket_"),
        TicketEvent(
            source="trigger",
            event_type="ticket." + event.removeprefix("ticket_"),
            ticket_id=_ticket_id(ticket.get("id")),
            subject=_text(ticket.get("subject")),
            description=_text(ticket.get("description")),
            latest_comment=_text(latest.get("body")),
            comment_public=_bool(latest.get("public")),
            comment_author_id=_text(latest.get("author_id")),
            requester_id=_text(requester.get("id")),
            requester_locale=_text(requester.get("locale")),
            tags=_tags(ticket.get("tags")),
            status=(_text(ticket.get("status")) or "").lower() or None,
            created_at=_text(ticket.get("created_at")),
            updated_at=_text(ticket.get("updated_at")),
            brand=_text(ticket.get("brand")),
            group_id=_optional_int(group.get("id")),
            group_name=_text(group.get("name")),
            via_channel=_text(ticket.get("via")),
            actor_id=_text(data.get("actor_id")),
            occurred_at=_text(ticket.get("updated_at")),
        ),
        None,
    )


_SUBJECT_RE = re.compile(r"^zen:ticket:(\d+)$")


def _parse_event(data: Mapping[str, Any], event_type: str) -> Delivery:
    event_id = _text(data.get("id"))
    if event_id is None:
        raise PayloadInvalid("event webhook needs an id")
    if not event_type.startswith("ticket.") or event_type not in HANDLED_EVENT_TYPES:
        return Delivery("event", event_type, None, event_id)
    subject = data.get("subject")
    match = _SUBJECT_RE.match(subject) if isinstance(subject, str) else None
    detail = _mapping(data.get("detail"), "detail")
    body = _mapping(data.get("event"), "event")
    ticket_id = _ticket_id(match.group(1) if match else detail.get("id"))
    comment = _mapping(body.get("comment"), "event.comment")
    author = _mapping(comment.get("author"), "event.comment.author")
    via = _mapping(detail.get("via"), "detail.via")
    status = _text(detail.get("status"))
    previous = None
    if event_type == "ticket.status_changed":
        status = _text(body.get("current")) or status
        previous = _text(body.get("previous"))
    return Delivery(
        "event",
        event_type,
        TicketEvent(
            source="event",
            event_type=event_type,
            ticket_id=ticket_id,
            event_id=event_id,
            occurred_at=_text(data.get("time")),
            subject=_text(detail.get("subject")),
            description=_text(detail.get("description")),
            latest_comment=_text(comment.get("body")),
            comment_public=_bool(comment.get("is_public")),
            comment_author_id=_text(author.get("id")),
            comment_author_is_staff=_bool(author.get("is_staff")),
            requester_id=_text(detail.get("requester_id")),
            tags=_tags(detail.get("tags")),
            tags_added=_tags(body.get("tags_added")) or frozenset(),
            tags_removed=_tags(body.get("tags_removed")) or frozenset(),
            status=status.lower() if status else None,
            previous_status=previous.lower() if previous else None,
            created_at=_text(detail.get("created_at")),
            updated_at=_text(detail.get("updated_at")),
            brand=_text(detail.get("brand_id")),
            group_id=_optional_int(detail.get("group_id")),
            via_channel=_text(via.get("channel")),
            actor_id=_text(detail.get("actor_id")),
        ),
        event_id,
    )


# --------------------------------------------------------------------------------------------------
# The trigger body template gdpr-desk ships (installed by `gdpr-desk install`, listed in the app's
# requirements.json). Zendesk renders the placeholders; for JSON webhooks it escapes their values.
# --------------------------------------------------------------------------------------------------
def trigger_body(event: str) -> dict[str, Any]:
    """The body template as a JSON object (placeholders still unrendered)."""
    if event not in TRIGGER_EVENTS:
        raise ValueError(f"unknown trigger event {event!r}; expected one of {TRIGGER_EVENTS}")
    return {
        "schema": TRIGGER_SCHEMA,
        "event": event,
        "actor_id": "{{current_user.id}}",
        "ticket": {
            "id": "{{ticket.id}}",
            "subject": "{{ticket.title}}",
            "description": "{{ticket.description}}",
            "latest_comment": {
                "body": "{{ticket.latest_public_comment}}",
                "public": "true",
            },
            "requester": {"id": "{{ticket.requester.id}}", "locale": "{{ticket.requester.language}}"},
            "tags": "{{ticket.tags}}",
            "status": "{{ticket.status}}",
            "created_at": "{{ticket.created_at_with_timestamp}}",
            "updated_at": "{{ticket.updated_at_with_timestamp}}",
            "brand": "{{ticket.brand.name}}",
            "group": {"id": "{{ticket.group.id}}", "name": "{{ticket.group.name}}"},
            "via": "{{ticket.via}}",
        },
    }


def trigger_body_template(event: str) -> str:
    """The body template as the string a trigger's notification_webhook action carries."""
    return json.dumps(trigger_body(event), indent=2, ensure_ascii=False)
