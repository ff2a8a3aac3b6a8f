"""Errors of the helpdesk API, and `decipher`: a pure function from a response to one of them.

    HelpdeskError(status, body, message)        any failure talking to the helpdesk
     ├── RateLimited(retry_after)                429: wait `retry_after` seconds, then retry
     ├── Conflict                                409: safe_update refused, the ticket changed meanwhile
     ├── Unavailable                             5xx or timeouts, still failing at the retry deadline
     └── (permanent = True: retrying cannot help, the event becomes a dead letter)
         ├── TicketNotFound                      404
         ├── AuthenticationFailed                401 / 403
         ├── Unprocessable                       422, with Zendesk's description and details
         └── FieldsMissing                       a gdpr-desk ticket field is absent: run `gdpr-desk install`

Zendesk's error bodies: developer.zendesk.com/api-reference/introduction/requests/#response-format
(`{"error": …, "description": …, "details": {field: [{"description": …}]}}`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class HelpdeskError(Exception):
    """A failed helpdesk API call: HTTP status (None for a network failure), parsed body, message."""

    permanent = False

    def __init__(self, status: int | None, body: Any = None, message: str = "") -> None:
        self.status = status
        self.body = body
        self.message = message or f"helpdesk API answered {status}"
        super().__init__(self.message)


class RateLimited(HelpdeskError):
    """429 Too Many Requests; `retry_after` is Zendesk's Retry-After in seconds."""

    def __init__(self, status: int | None, body: Any = None, message: str = "", *, retry_after: float = 60.0):
        super().__init__(status, body, message or f"rate limited, retry after {retry_after:g} s")
        self.retry_after = retry_after


class Conflict(HelpdeskError):
    """409: the ticket was updated since `updated_stamp` (safe_update) — re-read and merge."""


class Unavailable(HelpdeskError):
    """5xx or timeouts that outlived the retry deadline; the worker retries later."""


class TicketNotFound(HelpdeskError):
    permanent = True


class AuthenticationFailed(HelpdeskError):
    permanent = True


class Unprocessable(HelpdeskError):
    """422: Zendesk refused the request body; the message carries its description and details."""

    permanent = True


class FieldsMissing(HelpdeskError):
    """The ticket fields gdpr-desk writes are not in the helpdesk (never installed, or deleted)."""

    permanent = True

    def __init__(self, keys: frozenset[str] | set[str]) -> None:
        self.keys = frozenset(keys)
        names = ", ".join(sorted(self.keys))
        super().__init__(None, None, f"ticket field(s) not found in Zendesk: {names}; run `gdpr-desk install`")


def parse_body(content: bytes) -> Any:
    """The JSON body, or the text when it is not JSON (HTML error pages from a proxy)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", "replace")[:2000]


def retry_after_seconds(headers: Mapping[str, str], default: float = 60.0) -> float:
    """Retry-After in seconds (Zendesk sends an integer; an unparsable value falls back)."""
    value = headers.get("retry-after") or headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else default
    except ValueError:
        return default


def describe(body: Any) -> str:
    """One line from Zendesk's error body: description plus every detail's description."""
    if not isinstance(body, Mapping):
        return str(body)[:300] if body else ""
    error = body.get("error")
    if isinstance(error, Mapping):  # {"error": {"title": …, "message": …}} on some endpoints
        parts = [str(error.get("title") or ""), str(error.get("message") or "")]
    else:
        parts = [str(error or ""), str(body.get("description") or "")]
    details = body.get("details")
    if isinstance(details, Mapping):
        for field, items in details.items():
            for item in items if isinstance(items, list) else [items]:
                text = item.get("description") if isinstance(item, Mapping) else item
                parts.append(f"{field}: {text}")
    errors = body.get("errors")  # webhooks API: {"errors": [{"code","title","detail"}]}
    if isinstance(errors, list):
        for item in errors:
            if isinstance(item, Mapping):
                parts.append(str(item.get("detail") or item.get("title") or item.get("code")))
    return "; ".join(p for p in parts if p)


def decipher(status: int, headers: Mapping[str, str], content: bytes) -> HelpdeskError | None:
    """None for a 2xx/3xx answer, else the error that this status and body mean."""
    if status < 400:
        return None
    body = parse_body(content)
    text = describe(body)
    if status == 429:
        return RateLimited(status, body, retry_after=retry_after_seconds(headers))
    if status == 409:
        return Conflict(status, body, f"409 conflict: {text or 'the ticket changed meanwhile'}")
    if status == 404:
        return TicketNotFound(status, body, f"404 not found: {text}".rstrip(": "))
    if status in (401, 403):
        return AuthenticationFailed(status, body, f"{status} authentication failed: {text}".rstrip(": "))
    if status == 422:
        return Unprocessable(status, body, f"422 unprocessable: {text}".rstrip(": "))
    if status >= 500:
        return Unavailable(status, body, f"{status} from the helpdesk: {text}".rstrip(": "))
    error = HelpdeskError(status, body, f"{status}: {text}".rstrip(": "))
    error.permanent = 400 <= status < 500 and status != 408  # a 400 does not heal on retry; a 408 may
    return error
