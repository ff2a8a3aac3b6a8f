"""A local Zendesk stand-in: the REST shapes gdpr-desk uses, in memory, with Zendesk's rate limits,
optional faults, and request bodies checked against Zendesk's own OpenAPI spec.

It serves `gdpr-desk demo` (no Zendesk account needed), `gdpr-desk install --dry-run`, end-to-end
tests and benchmarks — in-process through `httpx.ASGITransport(app=create_standin_app(...))`, or on
a port with `run_standin()` (uvicorn in a thread) / `await start_standin()` (an asyncio task).

Fidelity, each rule from shared ZENDESK.md or developer.zendesk.com/api-reference:
- tickets: PUT `tags` replaces, `custom_fields` [{id, value}], `comment` {body|html_body, public}
  appends a comment, `safe_update` + `updated_stamp` → 409 when the ticket changed, keys outside
  the spec's TicketUpdateInput (`additional_tags`, `id`) are ignored with `x-zendesk-api-warn`; `updated_at`
  has one-second resolution and moves on every change — a logical clock guarantees two quick
  updates still differ (it may run a few seconds ahead of the wall clock in a burst);
- errors are Zendesk-shaped `{"error", "description", "details"}`; 401 `{"error": "Couldn't authenticate you"}`;
- lists use offset pagination (page/per_page → next_page/previous_page/count) or, with
  `page[size]`, cursor pagination (meta.has_more/after_cursor, links.next) — webhooks always cursor;
- rate limits: X-Rate-Limit[-Remaining], ratelimit-limit/remaining/reset (and the `rate-limit-…`
  spelling seen in recordings), `zendesk-rate-limit-tickets-update` on ticket updates; 429 with
  Retry-After over `requests_per_minute` (sliding minute) or past 30 updates of a ticket in 10 minutes.
Stand-in extensions (not Zendesk): `requester.locale` on ticket create; the customer helpers below.

Customer activity (`customer_create_ticket`, `customer_reply`, and API ticket creation) calls the
optional async `on_ticket_event(ticket, event)` hook, so the demo can send the signed webhook a
Zendesk trigger would. Updates by the API user never call it (that would loop like a bad trigger).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import copy
import html
import itertools
import json
import logging
import math
import random
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from plugin.helpdesk.oas import Spec, load_spec

log = logging.getLogger(__name__)

STANDIN_EMAIL = "agent@standin.example"
STANDIN_API_TOKEN = "standin-api-token"
STANDIN_OAUTH_TOKEN = "standin-oauth-token"
STANDIN_URL = "https://standin.zendesk.com"  # base URL of in-process clients
DEFAULT_PLAN_LIMIT = 700  # reported (not enforced) when no requests_per_minute is given: Enterprise
PER_TICKET_UPDATES, PER_TICKET_WINDOW = 30, 600.0  # ZENDESK.md: 30 updates per ticket per 10 minutes
ACCOUNT_TICKET_UPDATES_PER_MINUTE = 100  # ZENDESK.md: 100 update requests per minute per account
MAX_COMMENTS = 5000  # ZENDESK.md: a ticket holds at most 5,000 comments
MAX_PER_PAGE = 100
FAULT_KINDS = ("429", "500", "503", "timeout", "lost_response")
FIELD_TYPES = {"text", "textarea", "checkbox", "date", "integer", "decimal", "regexp", "partialcreditcard",
               "multiselect", "tagger", "lookup"}  # fmt: skip
SYSTEM_FIELDS = ("subject", "description", "status", "tickettype", "priority", "group", "assignee")
STATUSES = ("new", "open", "pending", "hold", "solved", "closed")
# The properties of TicketUpdateInput in Zendesk's spec; anything else (`additional_tags`, `id`) is ignored.
UPDATE_KEYS = frozenset(
    {"additional_collaborators", "assignee_email", "assignee_id", "attribute_value_ids", "collaborator_ids",
     "comment", "custom_fields", "custom_status_id", "due_at", "email_ccs", "external_id", "followers",
     "group_id", "organization_id", "priority", "problem_id", "requester_id", "safe_update",
     "sharing_agreement_ids", "status", "subject", "tags", "type", "updated_stamp"}
)  # fmt: skip
PRIORITIES = ("urgent", "high", "normal", "low")

TicketEventHook = Callable[[dict[str, Any], str], Awaitable[None]]
Json = dict[str, Any]


class ApiError(Exception):
    """An answer other than 2xx, raised anywhere below the dispatcher and rendered as Zendesk does."""

    def __init__(self, status: int, error: str, description: str | None = None,
                 details: Json | None = None, headers: dict[str, str] | None = None) -> None:  # fmt: skip
        super().__init__(f"{status} {error}: {description or ''}")
        self.status, self.headers = status, headers or {}
        self.body: Json = {"error": error}
        if description is not None:
            self.body["description"] = description
        if details is not None:
            self.body["details"] = details


def invalid(details: dict[str, str]) -> ApiError:
    """422 RecordInvalid with Zendesk's `details: {field: [{"description", "error"}]}`."""
    shaped = {name: [{"description": text, "error": "InvalidValue"}] for name, text in details.items()}
    return ApiError(422, "RecordInvalid", "Record validation errors", shaped)


def not_found() -> ApiError:
    return ApiError(404, "RecordNotFound", "Not found")


@dataclass(frozen=True)
class LoggedRequest:
    """One request the stand-in answered (status None when it hung or raised a timeout)."""

    method: str
    path: str
    query: str
    json: Any
    status: int | None
    fault: str | None = None


@dataclass(frozen=True)
class FaultPlan:
    """A deterministic share of requests fail: the n-th request's fate depends only on `seed`.

    Kinds: "429" (with Retry-After), "500", "503", "timeout" (hang `hang_seconds`, then 504; or
    raise httpx.ReadTimeout into an in-process ASGITransport client when timeout_mode="raise"),
    "lost_response" (writes only: the change IS applied, then the answer is lost like a timeout,
    or is `lost_response_status` when set). `methods` limits faults to those HTTP methods.
    """

    rate: float = 0.2
    kinds: Sequence[str] = ("429", "500", "timeout")
    seed: int = 0
    retry_after: int = 1
    hang_seconds: float = 30.0
    timeout_mode: str = "hang"
    lost_response_status: int | None = None
    methods: Sequence[str] | None = None

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(FAULT_KINDS)
        if unknown or not self.kinds or not 0.0 <= self.rate <= 1.0 or self.timeout_mode not in ("hang", "raise"):
            raise ValueError(f"bad FaultPlan: kinds {sorted(unknown) or list(self.kinds)}, rate {self.rate}")


@dataclass(frozen=True)
class SpecViolation:
    method: str
    path: str
    errors: tuple[str, ...]


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(int(seconds), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _seconds(stamp: Any) -> int | None:
    try:
        return int(datetime.fromisoformat(str(stamp).replace("Z", "+00:00")).timestamp())
    except ValueError:
        return None


def _norm_tags(tags: Iterable[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:  # Zendesk stores tags lower case, split on spaces, without duplicates
        for word in tag.lower().split():
            if word not in out:
                out.append(word)
    return out


def _html_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup)).strip()


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class StandinState:
    """Everything the stand-in holds; thread- and task-safe (one re-entrant lock, no awaits inside)."""

    def __init__(self, *, email: str = STANDIN_EMAIL, api_token: str | None = STANDIN_API_TOKEN,
                 oauth_token: str | None = STANDIN_OAUTH_TOKEN, clock: Callable[[], float] = time.time,
                 on_ticket_event: TicketEventHook | None = None, subdomain: str = "standin") -> None:  # fmt: skip
        self.lock = threading.RLock()
        self.clock = clock
        self.email, self.api_token, self.oauth_token = email, api_token, oauth_token
        self.on_ticket_event = on_ticket_event
        self.base_url = f"https://{subdomain}.zendesk.com"
        self.request_log: list[LoggedRequest] = []
        self.spec_violations: list[SpecViolation] = []
        self.ticket_fields: dict[int, Json] = {}
        self.macros: dict[int, Json] = {}
        self.triggers: dict[int, Json] = {}
        self.webhooks: dict[str, Json] = {}
        self._secrets: dict[str, str] = {}
        self._tickets: dict[int, Json] = {}
        self._values: dict[int, dict[int, Any]] = {}
        self._comments: dict[int, list[Json]] = {}
        self._users: dict[int, Json] = {}
        self._ticket_ids = itertools.count(1)
        self._ids = itertools.count(90_000_000_001)  # large ids, as in real accounts
        self._last_stamp = 0
        self.agent = self._add_user("Stand-in Agent", email, "en-US", role="admin")
        for kind in SYSTEM_FIELDS:
            self._store_field({"type": kind, "title": kind.capitalize(), "removable": False})

    # --- clock and ids ----------------------------------------------------------------------------
    def now(self) -> str:
        """The wall clock, to the second (created_at of users, fields, rules, webhooks)."""
        return _iso(self.clock())

    def stamp(self) -> str:
        """A new ticket updated_at: the clock's second, or one past the last stamp if that is later."""
        with self.lock:
            self._last_stamp = max(int(self.clock()), self._last_stamp + 1)
            return _iso(self._last_stamp)

    def _webhook_id(self) -> str:
        alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # ULID-like, as Zendesk's webhook ids
        n, out = next(self._ids), ""
        while n:
            n, r = divmod(n, 32)
            out = alphabet[r] + out
        return "01STANDIN" + out.rjust(17, "0")

    # --- users ------------------------------------------------------------------------------------
    def _add_user(self, name: str, email: str, locale: str, *, role: str = "end-user") -> Json:
        uid, now = next(self._ids), self.now()
        user = {"id": uid, "url": f"{self.base_url}/api/v2/users/{uid}.json", "name": name, "email": email,
                "created_at": now, "updated_at": now, "time_zone": "Brussels", "iana_time_zone": "Europe/Brussels",
                "locale": locale, "locale_id": None, "organization_id": None, "role": role, "verified": True,
                "active": True, "suspended": False, "tags": [], "user_fields": {}}  # fmt: skip
        self._users[uid] = user
        return user

    def requester(self, email: str, *, name: str | None = None, locale: str = "en") -> Json:
        """The end user with this e-mail (created on first use)."""
        with self.lock:
            for user in self._users.values():
                if user["email"] == email:
                    return user
            return self._add_user(name or email.split("@")[0], email, locale)

    def user(self, user_id: int) -> Json:
        with self.lock:
            if user_id not in self._users:
                raise not_found()
            return copy.deepcopy(self._users[user_id])

    # --- tickets ----------------------------------------------------------------------------------
    def ticket(self, ticket_id: int) -> Json:
        """The ticket as the API shows it; ApiError(404) when unknown."""
        with self.lock:
            if ticket_id not in self._tickets:
                raise not_found()
            return self._render(ticket_id)

    def comments(self, ticket_id: int) -> list[Json]:
        with self.lock:
            if ticket_id not in self._comments:
                raise not_found()
            return copy.deepcopy(self._comments[ticket_id])

    def tickets(self) -> list[Json]:
        with self.lock:
            return [self._render(tid) for tid in sorted(self._tickets)]

    def _render(self, ticket_id: int) -> Json:
        out = copy.deepcopy(self._tickets[ticket_id])
        values = self._values[ticket_id]
        custom = [fid for fid, f in self.ticket_fields.items() if f["type"] not in SYSTEM_FIELDS]
        custom += [fid for fid in values if fid not in custom]
        out["custom_fields"] = [{"id": fid, "value": copy.deepcopy(values.get(fid))} for fid in custom]
        out["fields"] = copy.deepcopy(out["custom_fields"])
        return out

    def create_ticket(self, subject: str, description: str, requester_locale: str = "en",
                      tags: Iterable[str] = (), *, requester_email: str | None = None,
                      requester_name: str | None = None, status: str = "new", priority: str | None = None,
                      custom_fields: dict[int, Any] | None = None, channel: str = "email",
                      public: bool = True) -> Json:  # fmt: skip
        """A ticket as a customer would open it (first comment = description); does not notify."""
        with self.lock:
            tid = next(self._ticket_ids)
            email = requester_email or f"customer{tid}@example.com"
            requester = self.requester(email, name=requester_name, locale=requester_locale)
            now = self.stamp()
            self._tickets[tid] = {
                "url": f"{self.base_url}/api/v2/tickets/{tid}.json", "id": tid, "external_id": None,
                "via": {"channel": channel, "source": {"from": {"address": email}, "to": {}, "rel": None}},
                "created_at": now, "updated_at": now, "type": None, "subject": subject, "raw_subject": subject,
                "description": description, "priority": priority, "status": status, "recipient": None,
                "requester_id": requester["id"], "submitter_id": requester["id"], "assignee_id": None,
                "organization_id": None, "group_id": None, "collaborator_ids": [], "follower_ids": [],
                "email_cc_ids": [], "problem_id": None, "has_incidents": False, "is_public": public,
                "due_at": None, "tags": _norm_tags(tags), "satisfaction_rating": None,
                "sharing_agreement_ids": [], "followup_ids": [], "ticket_form_id": None, "brand_id": None,
                "allow_channelback": False, "allow_attachments": True, "from_messaging_channel": False,
            }  # fmt: skip
            self._values[tid], self._comments[tid] = {}, []
            for fid, value in (custom_fields or {}).items():
                self._set_field(tid, fid, value)
            self._add_comment(tid, author_id=requester["id"], body=description, public=public,
                              channel=channel, created_at=now)  # fmt: skip
            return self._render(tid)

    async def customer_create_ticket(self, subject: str, description: str, requester_locale: str = "en",
                                     tags: Iterable[str] = (), **options: Any) -> Json:  # fmt: skip
        """create_ticket, then the on_ticket_event hook with event "created" (a trigger would fire)."""
        ticket = self.create_ticket(subject, description, requester_locale, tags, **options)
        await self.notify(ticket, "created")
        return ticket

    async def customer_reply(self, ticket_id: int, body: str) -> Json:
        """The requester adds a public comment; then the hook with event "comment_added"."""
        with self.lock:
            if ticket_id not in self._tickets:
                raise not_found()
            requester, now = self._tickets[ticket_id]["requester_id"], self.stamp()
            self._add_comment(ticket_id, author_id=requester, body=body, public=True, channel="email", created_at=now)
            self._tickets[ticket_id]["updated_at"] = now
            if self._tickets[ticket_id]["status"] in ("pending", "solved"):
                self._tickets[ticket_id]["status"] = "open"
            ticket = self._render(ticket_id)
        await self.notify(ticket, "comment_added")
        return ticket

    async def notify(self, ticket: Json, event: str) -> None:
        hook = self.on_ticket_event
        if hook is None:
            return
        try:
            await hook(copy.deepcopy(ticket), event)
        except Exception:  # the hook is the demo's webhook sender: its failure is not ours
            log.exception("stand-in on_ticket_event hook failed (ticket %s, %s)", ticket.get("id"), event)

    def _add_comment(self, ticket_id: int, *, author_id: int, body: str | None = None,
                     html_body: str | None = None, public: bool = True, channel: str = "api",
                     created_at: str | None = None) -> Json:  # fmt: skip
        comments = self._comments[ticket_id]
        if len(comments) >= MAX_COMMENTS:
            raise invalid({"comment": f"a ticket holds at most {MAX_COMMENTS} comments"})
        plain = body if body is not None else _html_text(html_body or "")
        if html_body is None:
            paragraphs = "".join(f'<p dir="auto">{html.escape(p)}</p>' for p in plain.split("\n\n"))
            html_body = f'<div class="zd-comment" dir="auto">{paragraphs.replace(chr(10), "<br>")}</div>'
        comment = {"id": next(self._ids), "type": "Comment", "author_id": author_id, "body": plain,
                   "html_body": html_body, "plain_body": plain, "public": public, "attachments": [],
                   "audit_id": next(self._ids), "via": {"channel": channel, "source": {}},
                   "metadata": {"system": {}, "custom": {}}, "created_at": created_at or self.stamp()}  # fmt: skip
        comments.append(comment)
        return comment

    def _set_field(self, ticket_id: int, field_id: int, value: Any) -> None:
        self._values[ticket_id][field_id] = value
        definition = self.ticket_fields.get(field_id)
        if definition and definition["type"] in ("tagger", "multiselect"):
            # A drop-down's value IS a tag: setting it swaps the option tags on the ticket.
            options = {o["value"] for o in definition.get("custom_field_options", [])}
            chosen = set(value if isinstance(value, list) else [value] if value else [])
            ticket = self._tickets[ticket_id]
            ticket["tags"] = [t for t in ticket["tags"] if t not in options] + sorted(chosen & options)

    def update_ticket(self, ticket_id: int, payload: Json, *, author_id: int) -> tuple[Json, Json]:
        """Apply a PUT /tickets/{id} body (already checked); returns (ticket, audit)."""
        with self.lock:
            if ticket_id not in self._tickets:
                raise not_found()
            ticket = self._tickets[ticket_id]
            if payload.get("safe_update"):
                stamp = payload.get("updated_stamp")
                if _seconds(stamp) is None:
                    raise invalid({"updated_stamp": "is required as an ISO 8601 time with safe_update"})
                if _seconds(stamp) != _seconds(ticket["updated_at"]):
                    raise ApiError(409, "UpdateConflict", "Safe Update prevented the update due to outdated "
                                   "ticket data. Please fetch the latest ticket data and try again.")  # fmt: skip
            before, now = self._render(ticket_id), self.stamp()
            events: list[Json] = []
            if "tags" in payload:
                ticket["tags"] = _norm_tags(payload["tags"])
            for item in payload.get("custom_fields") or []:
                self._set_field(ticket_id, item["id"], item["value"])
            for name in ("status", "priority", "group_id", "assignee_id", "subject", "type", "due_at", "external_id"):
                if name in payload:
                    ticket[name] = payload[name]
            comment = payload.get("comment")
            if comment:
                added = self._add_comment(ticket_id, author_id=comment.get("author_id") or author_id,
                                          body=comment.get("body"), html_body=comment.get("html_body"),
                                          public=comment.get("public", True), created_at=now)  # fmt: skip
                events.append({"id": added["id"], "type": "Comment", "body": added["body"], "public": added["public"]})
            after = self._render(ticket_id)
            for name in sorted(set(after) - {"updated_at", "fields"}):
                if after[name] != before[name]:
                    events.append({"type": "Change", "field_name": name, "value": after[name],
                                   "previous_value": before[name]})  # fmt: skip
            if events:
                ticket["updated_at"] = now
            audit = {"id": next(self._ids), "ticket_id": ticket_id, "created_at": ticket["updated_at"],
                     "author_id": author_id, "metadata": {"system": {}, "custom": {}}, "events": events}  # fmt: skip
            return self._render(ticket_id), audit

    # --- business objects -------------------------------------------------------------------------
    def _store_field(self, payload: Json) -> Json:
        fid, now = next(self._ids), self.now()
        title = payload.get("title", "")
        item = {"url": f"{self.base_url}/api/v2/ticket_fields/{fid}.json", "id": fid, "type": "text",
                "title": title, "raw_title": title, "description": "", "raw_description": "",
                "position": len(self.ticket_fields) + 1, "active": True, "required": False,
                "collapsed_for_agents": False, "regexp_for_validation": None, "title_in_portal": title,
                "raw_title_in_portal": title, "visible_in_portal": False, "editable_in_portal": False,
                "required_in_portal": False, "tag": None, "created_at": now, "updated_at": now, "removable": True,
                "key": None, "agent_description": None}  # fmt: skip
        item.update(payload)
        self._shape_options(item)
        self.ticket_fields[fid] = item
        return copy.deepcopy(item)

    def _shape_options(self, item: Json) -> None:
        if "custom_field_options" in item:
            item["custom_field_options"] = [
                {"id": next(self._ids), "name": o["name"], "raw_name": o["name"], "value": o["value"],
                 "default": bool(o.get("default", False)), "position": n}
                for n, o in enumerate(item["custom_field_options"])
            ]  # fmt: skip

    def create_ticket_field(self, payload: Json) -> Json:
        with self.lock:
            payload = {"type": "text", **payload}
            _check_field(payload, self.ticket_fields.values())
            return self._store_field(payload)

    def update_ticket_field(self, field_id: int, payload: Json) -> Json:
        with self.lock:
            item = self.ticket_fields.get(field_id)
            if item is None:
                raise not_found()
            merged = {**item, **payload}
            _check_field(merged, [f for f in self.ticket_fields.values() if f["id"] != field_id])
            item.update(payload, updated_at=self.now())
            if "custom_field_options" in payload:
                self._shape_options(item)
            return copy.deepcopy(item)

    def _store_rule(self, table: dict[int, Json], kind: str, payload: Json) -> Json:
        rid, now = next(self._ids), self.now()
        item = {"url": f"{self.base_url}/api/v2/{kind}/{rid}.json", "id": rid, "active": True, "default": False,
                "position": len(table) + 1, "description": None, "created_at": now, "updated_at": now,
                **payload}  # fmt: skip
        item["raw_title"] = item.get("title")
        table[rid] = item
        return copy.deepcopy(item)

    def create_macro(self, payload: Json) -> Json:
        with self.lock:
            _check_rule(payload, "macro", conditions=False)
            return self._store_rule(self.macros, "macros", {"restriction": None, **payload})

    def create_trigger(self, payload: Json) -> Json:
        with self.lock:
            _check_rule(payload, "trigger", conditions=True, webhooks=self.webhooks)
            return self._store_rule(self.triggers, "triggers", {"category_id": None, **payload})

    def update_rule(self, table: dict[int, Json], rid: int, payload: Json, kind: str) -> Json:
        with self.lock:
            item = table.get(rid)
            if item is None:
                raise not_found()
            _check_rule({**item, **payload}, kind, conditions=kind == "trigger", webhooks=self.webhooks)
            item.update(payload, updated_at=self.now())
            item["raw_title"] = item.get("title")
            return copy.deepcopy(item)

    def create_webhook(self, payload: Json) -> Json:
        with self.lock:
            _check_webhook(payload, complete=True)
            wid, now = self._webhook_id(), self.now()
            secret = (payload.get("signing_secret") or {}).get("secret") or base64.b64encode(
                secrets.token_bytes(32)
            ).decode()
            self._secrets[wid] = secret
            self.webhooks[wid] = {"id": wid, "subscriptions": [], "created_at": now, "updated_at": now,
                                  "created_by": str(self.agent["id"]), "updated_by": str(self.agent["id"])}  # fmt: skip
            self._merge_webhook(wid, payload)
            return self.webhook(wid)

    def _merge_webhook(self, wid: str, payload: Json) -> None:
        stored = self.webhooks[wid]
        for key, value in payload.items():
            if key == "authentication" and isinstance(value, dict):
                value = {k: v for k, v in value.items() if k != "data"}  # credentials are write-only
            if key != "signing_secret":
                stored[key] = copy.deepcopy(value)

    def update_webhook(self, wid: str, payload: Json, *, replace: bool) -> None:
        with self.lock:
            if wid not in self.webhooks:
                raise not_found()
            _check_webhook(payload, complete=replace)
            if replace:
                keep = {k: self.webhooks[wid][k] for k in ("id", "created_at", "created_by")}
                self.webhooks[wid] = {"subscriptions": [], **keep}
            self._merge_webhook(wid, payload)
            self.webhooks[wid]["updated_at"] = self.now()

    def webhook(self, wid: str) -> Json:
        with self.lock:
            if wid not in self.webhooks:
                raise not_found()
            return copy.deepcopy(self.webhooks[wid])

    def signing_secret(self, wid: str) -> str:
        with self.lock:
            if wid not in self._secrets:
                raise not_found()
            return self._secrets[wid]


# --- request checks (always on, independent of the spec) ------------------------------------------
def _check_ticket_payload(payload: Any, *, create: bool) -> Json:
    if not isinstance(payload, dict):
        raise invalid({"ticket": "must be an object"})
    problems: dict[str, str] = {}
    tags = payload.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems["tags"] = "must be a list of strings"
    fields = payload.get("custom_fields", [])
    if not isinstance(fields, list) or not all(
        isinstance(f, dict) and _is_int(f.get("id")) and "value" in f for f in fields
    ):
        problems["custom_fields"] = 'must be a list of {"id": <integer>, "value": ...}'
    comment = payload.get("comment")
    if comment is not None or create:
        text = comment.get("body", comment.get("html_body")) if isinstance(comment, dict) else None
        if not isinstance(text, str) or not text.strip():
            problems["comment"] = "needs a non-blank body or html_body"
        elif not isinstance(comment.get("public", True), bool):
            problems["comment"] = "public must be true or false"
    if payload.get("status", "open") not in STATUSES:
        problems["status"] = f"must be one of {', '.join(STATUSES)}"
    if payload.get("priority") not in (None, *PRIORITIES):
        problems["priority"] = f"must be one of {', '.join(PRIORITIES)}"
    if problems:
        raise invalid(problems)
    return payload


def _check_field(payload: Json, others: Iterable[Json]) -> None:
    problems: dict[str, str] = {}
    if not isinstance(payload.get("title"), str) or not payload["title"].strip():
        problems["title"] = "cannot be blank"
    if payload.get("type") not in FIELD_TYPES | set(SYSTEM_FIELDS):
        problems["type"] = f"is not one of {', '.join(sorted(FIELD_TYPES))}"
    options = payload.get("custom_field_options")
    if payload.get("type") in ("tagger", "multiselect") and (
        not isinstance(options, list) or not options
        or not all(isinstance(o, dict) and isinstance(o.get("name"), str) and isinstance(o.get("value"), str)
                   for o in options)
    ):  # fmt: skip
        problems["custom_field_options"] = "a drop-down needs options with name and value"
    key = payload.get("key")
    if key is not None:
        if not isinstance(key, str) or not re.fullmatch(r"[A-Za-z0-9_]+", key) or key.isdigit():
            problems["key"] = "only letters, numbers and underscores, and not only numbers"
        elif any(o.get("key") == key for o in others):
            problems["key"] = "has already been taken"
    if problems:
        raise invalid(problems)


def _check_rule(payload: Any, kind: str, *, conditions: bool, webhooks: dict[str, Json] | None = None) -> None:
    if not isinstance(payload, dict):
        raise invalid({kind: "must be an object"})
    problems: dict[str, str] = {}
    if not isinstance(payload.get("title"), str) or not payload["title"].strip():
        problems["title"] = "cannot be blank"
    actions = payload.get("actions")
    well_formed = isinstance(actions, list) and all(
        isinstance(a, dict) and isinstance(a.get("field"), str) and "value" in a for a in actions
    )
    if not actions or not well_formed:
        problems["actions"] = 'must be a non-empty list of {"field", "value"}'
    else:
        for action in actions:
            if action["field"] == "notification_webhook":
                value = action["value"]
                if not (isinstance(value, list) and len(value) == 2 and value[0] in (webhooks or {})):
                    problems["actions"] = f"notification_webhook needs [<existing webhook id>, <body>], got {value!r}"
    if conditions:
        cond = payload.get("conditions")
        if not isinstance(cond, dict) or not any(cond.get(k) for k in ("all", "any")):
            problems["conditions"] = "need a non-empty all or any list"
    if problems:
        raise invalid(problems)


def _check_webhook(payload: Any, *, complete: bool) -> None:
    if not isinstance(payload, dict):
        raise invalid({"webhook": "must be an object"})
    required = ("name", "endpoint", "http_method", "request_format", "status")
    problems = {k: "is required" for k in required if complete and not payload.get(k)}
    subs = payload.get("subscriptions", [])
    if not isinstance(subs, list):
        problems["subscriptions"] = "must be a list"
    elif "conditional_ticket_events" in subs and len(subs) > 1:
        problems["subscriptions"] = "conditional_ticket_events cannot be combined with event subscriptions"
    if problems:
        raise invalid(problems)


# --- pagination -----------------------------------------------------------------------------------
def _page_url(request: Request, params: dict[str, Any]) -> str:
    query = {k: v for k, v in request.query_params.items() if not k.startswith("page") and k != "per_page"}
    query.update(params)
    return f"{str(request.base_url).rstrip('/')}{request.url.path}?{urlencode(query)}"


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(request.query_params.get(name, default)), low), high)
    except ValueError:
        raise ApiError(400, "InvalidPaginationParameter", f"{name} must be an integer") from None


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"i{index}".encode()).decode().rstrip("=")


def _uncursor(text: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()[1:])
    except ValueError:
        raise ApiError(400, "InvalidPaginationParameter", "invalid cursor") from None


def paginate(request: Request, items: list[Any], key: str, *, cursor: bool = False) -> Json:
    """Offset pagination (page, per_page), or cursor pagination with page[size]/page[after]/page[before]."""
    q = request.query_params
    if cursor or any(k.startswith("page[") for k in q):
        size = _int_param(request, "page[size]", MAX_PER_PAGE, 1, MAX_PER_PAGE)
        if "page[before]" in q:
            end = _uncursor(q["page[before]"])
            start = max(0, end - size)
        else:
            start = _uncursor(q["page[after]"]) if "page[after]" in q else 0
            end = start + size
        chunk = items[start:end]
        more = end < len(items)
        after = _page_url(request, {"page[size]": size, "page[after]": _cursor(end)}) if more else None
        before = _page_url(request, {"page[size]": size, "page[before]": _cursor(start)}) if start > 0 else None
        return {key: chunk,
                "meta": {"has_more": more, "after_cursor": _cursor(start + len(chunk)) if chunk else None,
                         "before_cursor": _cursor(start) if chunk else None},
                "links": {"next": after, "prev": before}}  # fmt: skip
    per_page = _int_param(request, "per_page", MAX_PER_PAGE, 1, MAX_PER_PAGE)
    page = _int_param(request, "page", 1, 1, 10**9)
    start = (page - 1) * per_page
    more = start + per_page < len(items)
    return {key: items[start : start + per_page],
            "next_page": _page_url(request, {"page": page + 1, "per_page": per_page}) if more else None,
            "previous_page": _page_url(request, {"page": page - 1, "per_page": per_page}) if page > 1 else None,
            "count": len(items)}  # fmt: skip


# --- the HTTP layer -------------------------------------------------------------------------------
Handler = Callable[[Request, Any], Response]


class _Api:
    """Auth, rate limits, faults, spec validation, latency and the request log around each handler."""

    def __init__(self, state: StandinState, faults: FaultPlan | None, latency: float,
                 requests_per_minute: int | None, ticket_updates_per_minute: int | None,
                 spec: Spec | None) -> None:  # fmt: skip
        self.state, self.faults, self.latency, self.spec = state, faults, latency, spec
        self.rpm, self.tupm = requests_per_minute, ticket_updates_per_minute
        self.rng = random.Random(faults.seed if faults else 0)
        self.window: deque[float] = deque()
        self.update_window: deque[float] = deque()
        self.per_ticket: dict[int, deque[float]] = {}

    # -- gates --
    def _authenticated(self, request: Request) -> bool:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        s = self.state
        if scheme.lower() == "bearer":
            return bool(s.oauth_token) and secrets.compare_digest(credentials.strip(), s.oauth_token or "")
        if scheme.lower() != "basic" or not s.api_token:
            return False
        try:
            pair = base64.b64decode(credentials.strip(), validate=True).decode()
        except ValueError:
            return False
        return secrets.compare_digest(pair, f"{s.email}/token:{s.api_token}")

    @staticmethod
    def _slide(window: deque[float], now: float, span: float) -> None:
        while window and window[0] <= now - span:
            window.popleft()

    def _rate_headers(self, now: float) -> dict[str, str]:
        limit = self.rpm or DEFAULT_PLAN_LIMIT
        remaining = max(0, limit - len(self.window))
        reset = max(1, math.ceil(self.window[0] + 60 - now)) if self.window else 60
        headers = {"x-rate-limit": str(limit), "x-rate-limit-remaining": str(remaining)}
        for prefix in ("ratelimit", "rate-limit"):
            headers |= {f"{prefix}-limit": str(limit), f"{prefix}-remaining": str(remaining),
                        f"{prefix}-reset": str(reset)}  # fmt: skip
        return headers

    def _ticket_update_budget(self, ticket_id: int) -> dict[str, str]:
        """Count one update of this ticket; 429 past 30 per 10 minutes (or the account's per-minute)."""
        now = self.state.clock()
        window = self.per_ticket.setdefault(ticket_id, deque())
        self._slide(window, now, PER_TICKET_WINDOW)
        self._slide(self.update_window, now, 60.0)
        if self.tupm is not None and len(self.update_window) >= self.tupm:
            wait = max(1, math.ceil(self.update_window[0] + 60 - now))
            raise ApiError(429, "APIRateLimitExceeded", "Ticket update requests per minute exceeded",
                           headers={"retry-after": str(wait)})  # fmt: skip
        resets = max(1, math.ceil(window[0] + PER_TICKET_WINDOW - now)) if window else int(PER_TICKET_WINDOW)
        if len(window) >= PER_TICKET_UPDATES:
            headers = {
                "retry-after": str(resets),
                "zendesk-rate-limit-tickets-update": f"total={PER_TICKET_UPDATES}; remaining=0; resets={resets}",
            }
            raise ApiError(429, "TooManyRequests", f"Ticket {ticket_id} was updated too often: at most "
                           f"{PER_TICKET_UPDATES} updates in 10 minutes", headers=headers)  # fmt: skip
        window.append(now)
        self.update_window.append(now)
        # Like `zendesk-ratelimit-tickets-index`, the header reports the account's per-minute budget of
        # the endpoint (recorded traffic: "total=20; remaining=19; resets=59"), not the per-ticket window.
        budget = self.tupm or ACCOUNT_TICKET_UPDATES_PER_MINUTE
        remaining = max(0, budget - len(self.update_window))
        resets = max(1, math.ceil(self.update_window[0] + 60 - now))
        return {"zendesk-rate-limit-tickets-update": f"total={budget}; remaining={remaining}; resets={resets}"}

    def _draw_fault(self, method: str) -> str | None:
        plan = self.faults
        if plan is None:
            return None
        with self.state.lock:  # one draw per request, in arrival order: deterministic by seed
            hit, pick = self.rng.random(), self.rng.random()
        if hit >= plan.rate or (plan.methods and method not in plan.methods):
            return None
        kinds = [k for k in plan.kinds if k != "lost_response" or method in ("POST", "PUT", "PATCH")]
        return kinds[int(pick * len(kinds))] if kinds else None

    async def _lose(self, plan: FaultPlan) -> Response:
        if plan.timeout_mode == "raise":
            raise httpx.ReadTimeout("stand-in fault: the response never came")
        await asyncio.sleep(plan.hang_seconds)
        return JSONResponse({"error": "GatewayTimeout", "description": "stand-in fault"}, status_code=504)

    # -- the pipeline --
    async def dispatch(self, request: Request, handler: Handler) -> Response:
        state, method, fault = self.state, request.method, None
        raw = await request.body()
        body: Any = None
        response: Response | None = None
        status: int | None = None
        try:
            if not self._authenticated(request):
                raise ApiError(401, "Couldn't authenticate you")
            if raw:
                try:
                    body = json.loads(raw)
                except ValueError:
                    raise ApiError(400, "InvalidJSON", "The request body is not valid JSON") from None
            with state.lock:
                now = state.clock()
                self._slide(self.window, now, 60.0)
                if self.rpm is not None and len(self.window) >= self.rpm:
                    wait = max(1, math.ceil(self.window[0] + 60 - now))
                    raise ApiError(429, "APIRateLimitExceeded", "Number of allowed API requests per minute exceeded",
                                   headers={"retry-after": str(wait)} | self._rate_headers(now))  # fmt: skip
                self.window.append(now)
                rate_headers = self._rate_headers(now)
            fault = self._draw_fault(method)
            if fault in ("429", "503"):
                raise ApiError(int(fault), "APIRateLimitExceeded" if fault == "429" else "ServiceUnavailable",
                               "stand-in fault", headers={"retry-after": str(self.faults.retry_after)})  # type: ignore[union-attr]  # fmt: skip
            if fault == "500":
                raise ApiError(500, "InternalServerError", "stand-in fault")
            if fault == "timeout":
                response = await self._lose(self.faults)  # type: ignore[arg-type]
            else:
                if self.spec is not None and method in ("POST", "PUT", "PATCH"):
                    errors = self.spec.validate_request(method, request.url.path, body)
                    if errors:
                        with state.lock:
                            state.spec_violations.append(SpecViolation(method, request.url.path, tuple(errors)))
                        details = {"base": [{"description": e, "error": "SpecViolation"} for e in errors]}
                        raise ApiError(422, "RecordInvalid", "The request body breaks Zendesk's OpenAPI spec", details)
                try:
                    response = handler(request, body)
                except ApiError:
                    fault = None if fault == "lost_response" else fault  # nothing landed, nothing to lose
                    raise
                response.headers.update(rate_headers)
                if fault == "lost_response":
                    plan, response = self.faults, None
                    assert plan is not None
                    if plan.lost_response_status is not None:
                        raise ApiError(plan.lost_response_status, "InternalServerError", "stand-in fault")
                    response = await self._lose(plan)
        except ApiError as exc:
            response = JSONResponse(exc.body, status_code=exc.status, headers=exc.headers)
            if exc.status != 401 and "x-rate-limit" not in exc.headers:
                with state.lock:
                    response.headers.update(self._rate_headers(state.clock()))
        finally:
            status = response.status_code if response is not None else None
            entry = LoggedRequest(method, request.url.path, request.url.query, body, status, fault)
            with state.lock:
                state.request_log.append(entry)
        if self.latency:
            await asyncio.sleep(self.latency)
        return response

    # -- handlers --
    def create_ticket(self, request: Request, body: Any) -> Response:
        payload = _check_ticket_payload((body or {}).get("ticket") if isinstance(body, dict) else None, create=True)
        comment = payload["comment"]
        requester = payload.get("requester") if isinstance(payload.get("requester"), dict) else {}
        options: Json = {"requester_email": requester.get("email"), "requester_name": requester.get("name"),
                         "status": payload.get("status", "new"), "priority": payload.get("priority"),
                         "custom_fields": {f["id"]: f["value"] for f in payload.get("custom_fields", [])},
                         "channel": "api", "public": comment.get("public", True)}  # fmt: skip
        text = comment.get("body") or _html_text(comment.get("html_body", ""))
        ticket = self.state.create_ticket(payload.get("subject") or text[:60], text, requester.get("locale", "en"),
                                          payload.get("tags", []), **options)  # fmt: skip
        task = BackgroundTask(self.state.notify, ticket, "created")
        return JSONResponse({"ticket": ticket, "audit": {"ticket_id": ticket["id"], "events": []}}, status_code=201,
                            headers={"location": ticket["url"]}, background=task)  # fmt: skip

    def show_ticket(self, request: Request, body: Any) -> Response:
        return JSONResponse({"ticket": self.state.ticket(request.path_params["ticket_id"])})

    def update_ticket(self, request: Request, body: Any) -> Response:
        tid = request.path_params["ticket_id"]
        self.state.ticket(tid)  # 404 before counting against the ticket's budget
        payload = _check_ticket_payload(body.get("ticket") if isinstance(body, dict) else None, create=False)
        with self.state.lock:
            budget = self._ticket_update_budget(tid)
        unpermitted = sorted(set(payload) - UPDATE_KEYS)
        if unpermitted:  # ignored, as Zendesk does, with the warning header seen in recorded traffic
            keys = ", ".join(f'"ticket.{k}"' for k in unpermitted)
            budget["x-zendesk-api-warn"] = (
                '{:allowed_parameters=>{:controller=>"tickets", :action=>"update", '
                f":unpermitted_keys=>[{keys}], :invalid_values=>[]}}}}"
            )
            payload = {k: v for k, v in payload.items() if k in UPDATE_KEYS}
        try:
            ticket, audit = self.state.update_ticket(tid, payload, author_id=self.state.agent["id"])
        except ApiError as exc:
            exc.headers.update(budget)
            raise
        return JSONResponse({"ticket": ticket, "audit": audit}, headers=budget)

    def list_comments(self, request: Request, body: Any) -> Response:
        comments = self.state.comments(request.path_params["ticket_id"])
        sort = request.query_params.get("sort", "")
        if request.query_params.get("sort_order", "asc") == "desc" or sort == "-created_at":
            comments.reverse()
        return JSONResponse(paginate(request, comments, "comments"))

    def list_fields(self, request: Request, body: Any) -> Response:
        with self.state.lock:
            items = copy.deepcopy(list(self.state.ticket_fields.values()))
        return JSONResponse(paginate(request, items, "ticket_fields"))

    def create_field(self, request: Request, body: Any) -> Response:
        item = self.state.create_ticket_field(_unwrap(body, "ticket_field"))
        return JSONResponse({"ticket_field": item}, status_code=201, headers={"location": item["url"]})

    def show_field(self, request: Request, body: Any) -> Response:
        with self.state.lock:
            item = self.state.ticket_fields.get(request.path_params["field_id"])
            if item is None:
                raise not_found()
            return JSONResponse({"ticket_field": copy.deepcopy(item)})

    def update_field(self, request: Request, body: Any) -> Response:
        item = self.state.update_ticket_field(request.path_params["field_id"], _unwrap(body, "ticket_field"))
        return JSONResponse({"ticket_field": item})

    def _rules(self, kind: str) -> dict[int, Json]:
        return self.state.macros if kind == "macro" else self.state.triggers

    def list_rules(self, kind: str) -> Handler:
        def handler(request: Request, body: Any) -> Response:
            with self.state.lock:
                items = copy.deepcopy(list(self._rules(kind).values()))
            return JSONResponse(paginate(request, items, kind + "s"))

        return handler

    def create_rule(self, kind: str) -> Handler:
        def handler(request: Request, body: Any) -> Response:
            create = self.state.create_macro if kind == "macro" else self.state.create_trigger
            item = create(_unwrap(body, kind))
            return JSONResponse({kind: item}, status_code=201, headers={"location": item["url"]})

        return handler

    def show_rule(self, kind: str) -> Handler:
        def handler(request: Request, body: Any) -> Response:
            with self.state.lock:
                item = self._rules(kind).get(request.path_params["rule_id"])
                if item is None:
                    raise not_found()
                return JSONResponse({kind: copy.deepcopy(item)})

        return handler

    def update_rule(self, kind: str) -> Handler:
        def handler(request: Request, body: Any) -> Response:
            rid = request.path_params["rule_id"]
            item = self.state.update_rule(self._rules(kind), rid, _unwrap(body, kind), kind)
            return JSONResponse({kind: item})

        return handler

    def list_webhooks(self, request: Request, body: Any) -> Response:
        needle = request.query_params.get("filter[name_contains]", "").lower()
        with self.state.lock:
            items = [copy.deepcopy(w) for w in self.state.webhooks.values() if needle in w.get("name", "").lower()]
        return JSONResponse(paginate(request, items, "webhooks", cursor=True))

    def create_webhook(self, request: Request, body: Any) -> Response:
        item = self.state.create_webhook(_unwrap(body, "webhook"))
        location = f"{str(request.base_url).rstrip('/')}/api/v2/webhooks/{item['id']}"
        return JSONResponse({"webhook": item}, status_code=201, headers={"location": location})

    def show_webhook(self, request: Request, body: Any) -> Response:
        return JSONResponse({"webhook": self.state.webhook(request.path_params["webhook_id"])})

    def patch_webhook(self, request: Request, body: Any) -> Response:
        self.state.update_webhook(request.path_params["webhook_id"], _unwrap(body, "webhook"), replace=False)
        return Response(status_code=204)

    def put_webhook(self, request: Request, body: Any) -> Response:
        self.state.update_webhook(request.path_params["webhook_id"], _unwrap(body, "webhook"), replace=True)
        return Response(status_code=204)

    def webhook_secret(self, request: Request, body: Any) -> Response:
        secret = self.state.signing_secret(request.path_params["webhook_id"])
        return JSONResponse({"signing_secret": {"algorithm": "SHA256", "secret": secret}})

    def me(self, request: Request, body: Any) -> Response:
        user = self.state.user(self.state.agent["id"])
        return JSONResponse({"user": {**user, "authenticity_token": "standin-csrf-token"}})

    def show_user(self, request: Request, body: Any) -> Response:
        return JSONResponse({"user": self.state.user(request.path_params["user_id"])})


def _unwrap(body: Any, key: str) -> Json:
    inner = body.get(key) if isinstance(body, dict) else None
    if not isinstance(inner, dict):
        raise invalid({key: f'the body must be {{"{key}": {{...}}}}'})
    return inner


async def _endpoint_missing(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    error = "InvalidEndpoint" if status == 404 else "MethodNotAllowed"
    return JSONResponse({"error": error, "description": "Not found" if status == 404 else "Method not allowed"},
                        status_code=status)  # fmt: skip


def create_standin_app(state: StandinState | None = None, *, faults: FaultPlan | None = None,
                       latency: float = 0.0, requests_per_minute: int | None = None, validate: bool = True,
                       ticket_updates_per_minute: int | None = None,
                       spec: Spec | None = None) -> Starlette:  # fmt: skip
    """The stand-in as an ASGI app; `app.state.standin` is its StandinState."""
    state = state or StandinState()
    if validate and spec is None:
        spec = load_spec()  # logs a warning and returns None when the spec or PyYAML is missing
    api = _Api(state, faults, latency, requests_per_minute, ticket_updates_per_minute, spec if validate else None)

    def routes(path: str, handlers: dict[str, Handler], *, json_suffix: bool = True) -> list[Route]:
        async def endpoint(request: Request) -> Response:
            return await api.dispatch(request, handlers[request.method])

        paths = [path + ".json", path] if json_suffix else [path]
        return [Route(p, endpoint, methods=list(handlers)) for p in paths]

    webhook_handlers = {"GET": api.show_webhook, "PATCH": api.patch_webhook, "PUT": api.put_webhook}
    table = [
        *routes("/api/v2/tickets", {"POST": api.create_ticket}),
        *routes("/api/v2/tickets/{ticket_id:int}", {"GET": api.show_ticket, "PUT": api.update_ticket}),
        *routes("/api/v2/tickets/{ticket_id:int}/comments", {"GET": api.list_comments}),
        *routes("/api/v2/ticket_fields", {"GET": api.list_fields, "POST": api.create_field}),
        *routes("/api/v2/ticket_fields/{field_id:int}", {"GET": api.show_field, "PUT": api.update_field}),
        *routes("/api/v2/users/me", {"GET": api.me}),
        *routes("/api/v2/users/{user_id:int}", {"GET": api.show_user}),
        *routes("/api/v2/webhooks", {"GET": api.list_webhooks, "POST": api.create_webhook}),
        *routes("/api/v2/webhooks/{webhook_id}/signing_secret", {"GET": api.webhook_secret}, json_suffix=False),
        *routes("/api/v2/webhooks/{webhook_id}", webhook_handlers, json_suffix=False),
    ]
    for kind in ("macro", "trigger"):
        table += routes(f"/api/v2/{kind}s", {"GET": api.list_rules(kind), "POST": api.create_rule(kind)})
        table += routes(f"/api/v2/{kind}s/{{rule_id:int}}", {"GET": api.show_rule(kind), "PUT": api.update_rule(kind)})
    app = Starlette(routes=table, exception_handlers={404: _endpoint_missing, 405: _endpoint_missing})
    app.state.standin = state
    return app


def basic_auth(email: str = STANDIN_EMAIL, token: str = STANDIN_API_TOKEN) -> str:
    """The Authorization header value for API-token auth (`{email}/token:{token}`)."""
    return "Basic " + base64.b64encode(f"{email}/token:{token}".encode()).decode()


def standin_client(app: Starlette, *, base_url: str = STANDIN_URL, **kwargs: Any) -> httpx.AsyncClient:
    """An httpx client wired to the app in-process (ASGITransport: note httpx timeouts do not apply)."""
    state: StandinState = app.state.standin
    headers = {"Authorization": basic_auth(state.email, state.api_token or ""), **kwargs.pop("headers", {})}
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url, headers=headers, **kwargs)


@dataclass
class StandinServer:
    """A stand-in listening on a port; `url` is its base URL (GDPR_DESK_ZENDESK_URL)."""

    app: Starlette
    server: Any
    host: str
    port: int = 0
    thread: threading.Thread | None = None
    task: asyncio.Task[None] | None = None
    state: StandinState = field(init=False)

    def __post_init__(self) -> None:
        self.state = self.app.state.standin

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self) -> None:
        """Stop a server started by run_standin() (thread)."""
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)

    async def aclose(self) -> None:
        """Stop a server started by start_standin() (task)."""
        self.server.should_exit = True
        if self.task is not None:
            await self.task


def _server(host: str, port: int, state: StandinState | None, options: dict[str, Any]) -> tuple[Starlette, Any]:
    import uvicorn

    app = create_standin_app(state, **options)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off", access_log=False)
    return app, uvicorn.Server(config)


def _bound_port(server: Any) -> int:
    return int(server.servers[0].sockets[0].getsockname()[1])


def run_standin(host: str = "127.0.0.1", port: int = 0, state: StandinState | None = None,
                **options: Any) -> StandinServer:  # fmt: skip
    """Serve the stand-in from a daemon thread (port 0 picks a free port); returns once it listens."""
    app, server = _server(host, port, state, options)
    thread = threading.Thread(target=server.run, name="zendesk-standin", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the Zendesk stand-in did not start on {host}:{port}")
        time.sleep(0.01)
    return StandinServer(app, server, host, _bound_port(server), thread=thread)


async def start_standin(host: str = "127.0.0.1", port: int = 0, state: StandinState | None = None,
                        **options: Any) -> StandinServer:  # fmt: skip
    """Serve the stand-in as a task of the running loop; `await server.aclose()` stops it."""
    app, server = _server(host, port, state, options)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError(f"the Zendesk stand-in did not start on {host}:{port}")
        await asyncio.sleep(0.01)
    return StandinServer(app, server, host, _bound_port(server), task=task)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m plugin.helpdesk.standin`: serve a stand-in in the foreground."""
    parser = argparse.ArgumentParser(prog="python -m plugin.helpdesk.standin", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--requests-per-minute", type=int, default=None)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args(argv)
    import uvicorn

    faults = FaultPlan(rate=args.fault_rate) if args.fault_rate else None
    app = create_standin_app(faults=faults, latency=args.latency, requests_per_minute=args.requests_per_minute,
                             validate=not args.no_validate)  # fmt: skip
    print(f"Zendesk stand-in on http://{args.host}:{args.port} — auth {STANDIN_EMAIL}/token:{STANDIN_API_TOKEN}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
