"""What a Zendesk trigger would POST to the service: the rendered body template, signed.

Used by `gdpr-desk demo`, the end-to-end tests and bench/e2e.py to play the helpdesk's part. It
fills the placeholders of `plugin.webhooks.trigger_body` from a ticket as the Tickets API shows it
(Zendesk renders the same placeholders server-side; values are JSON-escaped in JSON webhooks).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from plugin.webhooks import (
    INVOCATION_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WEBHOOK_ID_HEADER,
    sign,
    trigger_body,
)

_LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch", "es": "Español",
                   "it": "Italiano"}  # fmt: skip


def render_trigger(
    ticket: Mapping[str, Any],
    *,
    event: str,
    latest_public_comment: str | None = None,
    requester_locale: str | None = None,
    actor_id: int | str | None = None,
    group_name: str | None = None,
    brand_name: str | None = None,
) -> dict[str, Any]:
    """The body Zendesk would send for `ticket` with gdpr-desk's template (event: ticket_created/updated)."""
    body = trigger_body(event)
    language = (requester_locale or "").split("-")[0]
    comment = latest_public_comment if latest_public_comment is not None else ticket.get("description") or ""
    body["actor_id"] = str(actor_id if actor_id is not None else ticket.get("requester_id") or "")
    body["ticket"] = {
        "id": str(ticket["id"]),
        "subject": ticket.get("subject") or "",
        "description": ticket.get("description") or "",
        "latest_comment": {"body": comment, "public": "true"},
        "requester": {"id": str(ticket.get("requester_id") or ""),
                      "locale": _LANGUAGE_NAMES.get(language, requester_locale or "")},
        "tags": " ".join(ticket.get("tags") or []),
        "status": ticket.get("status") or "",
        "created_at": ticket.get("created_at") or "",
        "updated_at": ticket.get("updated_at") or "",
        "brand": brand_name or "",
        "group": {"id": str(ticket.get("group_id") or ""), "name": group_name or ""},
        "via": str((ticket.get("via") or {}).get("channel") or ""),
    }  # fmt: skip
    return body


def signed_headers(
    secret: str, body: bytes, *, now: datetime | None = None, invocation_id: str | None = None
) -> dict[str, str]:
    """Headers of a Zendesk webhook delivery signed with `secret`."""
    timestamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "content-type": "application/json",
        SIGNATURE_HEADER: sign(secret, timestamp, body),
        TIMESTAMP_HEADER: timestamp,
        INVOCATION_HEADER: invocation_id or str(uuid.uuid4()),
        WEBHOOK_ID_HEADER: "01GDPRDESKDEMOWEBHOOK00000",
    }
