"""Test doubles for the helpdesk tests: a fake clock, settings, and Zendesk-shaped JSON.

The JSON builders follow the shapes Zendesk answers with (ticket, comment, ticket field, macro,
trigger, webhook objects and their rate-limit headers); the values are made up here.
"""

from __future__ import annotations

import asyncio
import heapq
import json
from pathlib import Path
from typing import Any

import httpx

from plugin.config import Settings
from tests.helpdesk.oas import assert_valid

BASE = "https://acme.zendesk.com"
STAMP = "2024-03-04T09:15:27Z"
LATER = "2024-03-04T09:16:02Z"


class FakeClock:
    """Monotonic fake time: `sleep` moves it forward at once (never backwards) and yields."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now = max(self.now, self.now + max(0.0, seconds))
        await asyncio.sleep(0)


class VirtualClock:
    """Virtual time for concurrent tests: `sleep` parks the task until `run` advances the clock to
    its deadline, which it does only when every task is parked (so a waiting task never holds up
    another that could go on)."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start
        self._waiters: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = 0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._seq += 1
        heapq.heappush(self._waiters, (self.now + max(0.0, seconds), self._seq, future))
        await future

    async def run(self, *coros: Any) -> list[Any]:
        """Run the coroutines to the end in virtual time."""
        tasks = [asyncio.ensure_future(c) for c in coros]
        while not all(t.done() for t in tasks):
            for _ in range(200):  # let every runnable task reach its next sleep (mocked I/O only)
                await asyncio.sleep(0)
            if all(t.done() for t in tasks) or not self._waiters:
                continue
            deadline, _, future = heapq.heappop(self._waiters)
            self.now = max(self.now, deadline)
            future.set_result(None)
        return [t.result() for t in tasks]


def settings(tmp_path: Path | None = None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "zendesk_subdomain": "acme",
        "zendesk_email": "gdpr-bot@acme.example",
        "zendesk_api_token": "tok3n",
        "public_url": "https://desk.acme.example",
        "data_dir": tmp_path or Path("/nonexistent"),
        "zendesk_retry_deadline_seconds": 120.0,
        "zendesk_requests_per_minute": 400,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def rate_headers(remaining: int = 690, *, limit: int = 700, update: bool = False) -> dict[str, str]:
    headers = {
        "content-type": "application/json; charset=utf-8",
        "x-rate-limit": str(limit),
        "x-rate-limit-remaining": str(remaining),
        "rate-limit": str(limit),
        "rate-limit-remaining": str(remaining),
        "rate-limit-reset": "41",
    }
    if update:
        headers["zendesk-rate-limit-tickets-update"] = "total=100; remaining=97; resets=41"
    return headers


def response(status: int, body: Any = None, *, update: bool = False, **headers: str) -> httpx.Response:
    all_headers = rate_headers(update=update)
    all_headers.update({k.replace("_", "-"): v for k, v in headers.items()})
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=all_headers)


def ticket(
    ticket_id: int = 4021,
    *,
    tags: list[str] | None = None,
    updated_at: str = STAMP,
    custom_fields: list[dict[str, Any]] | None = None,
    group_id: int | None = None,
    priority: str | None = None,
) -> dict[str, Any]:
    return {
        "url": f"{BASE}/api/v2/tickets/{ticket_id}.json",
        "id": ticket_id,
        "external_id": None,
        "via": {"channel": "email", "source": {"from": {"address": "c@example.org"}, "to": {}, "rel": None}},
        "created_at": "2024-03-04T09:12:00Z",
        "updated_at": updated_at,
        "type": None,
        "subject": "Demande d'accès à mes données",
        "raw_subject": "Demande d'accès à mes données",
        "description": "Bonjour, je souhaite obtenir une copie de mes données.",
        "priority": priority,
        "status": "open",
        "requester_id": 6130907993114,
        "submitter_id": 6130907993114,
        "assignee_id": None,
        "organization_id": None,
        "group_id": group_id,
        "collaborator_ids": [],
        "follower_ids": [],
        "email_cc_ids": [],
        "is_public": True,
        "due_at": None,
        "tags": tags if tags is not None else ["vip"],
        "custom_fields": custom_fields or [],
        "fields": custom_fields or [],
        "satisfaction_rating": None,
        "ticket_form_id": 6130830344474,
        "brand_id": 6130830354842,
        "allow_channelback": False,
        "allow_attachments": True,
        "from_messaging_channel": False,
    }


def comment(comment_id: int, body: str, *, public: bool, author_id: int = 6130907993114) -> dict[str, Any]:
    return {
        "id": comment_id,
        "type": "Comment",
        "author_id": author_id,
        "body": body,
        "html_body": f'<div class="zd-comment" dir="auto"><p dir="auto">{body}</p></div>',
        "plain_body": body,
        "public": public,
        "attachments": [],
        "audit_id": comment_id + 1,
        "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
        "created_at": "2024-03-04T09:15:27Z",
        "metadata": {"system": {"client": "gdpr-desk/0.1.0"}, "custom": {}},
    }


def ticket_field(field_id: int, payload: dict[str, Any]) -> dict[str, Any]:
    """A ticket field as Zendesk answers with it, from a create payload."""
    options = [
        {"id": field_id * 100 + i, "name": o["name"], "raw_name": o["name"], "value": o["value"], "default": False}
        for i, o in enumerate(payload.get("custom_field_options") or [])
    ]
    field = {
        "url": f"{BASE}/api/v2/ticket_fields/{field_id}.json",
        "id": field_id,
        "type": payload["type"],
        "title": payload["title"],
        "raw_title": payload["title"],
        "description": payload.get("description", payload["title"]),
        "raw_description": payload.get("description", payload["title"]),
        "agent_description": payload.get("agent_description"),
        "position": 9999,
        "active": payload.get("active", True),
        "required": False,
        "collapsed_for_agents": False,
        "regexp_for_validation": None,
        "title_in_portal": payload["title"],
        "raw_title_in_portal": payload["title"],
        "visible_in_portal": False,
        "editable_in_portal": False,
        "required_in_portal": False,
        "tag": None,
        "created_at": STAMP,
        "updated_at": STAMP,
        "removable": True,
        "key": None,
    }
    if options:
        field["custom_field_options"] = options
    return field


def system_fields() -> list[dict[str, Any]]:
    """The system fields every account lists before its custom ones."""
    return [
        ticket_field(360001, {"type": "subject", "title": "Subject"}),
        ticket_field(360002, {"type": "description", "title": "Description"}),
        ticket_field(360003, {"type": "status", "title": "Status"}),
    ]


def checked(request: httpx.Request) -> Any:
    """The JSON body of a request, after checking it against Zendesk's spec."""
    body = json.loads(request.content) if request.content else None
    if request.method in ("POST", "PUT", "PATCH"):
        assert_valid(request.method, request.url.path, body)
    return body
