"""A small in-memory Zendesk account behind respx, for the install tests.

It answers the provisioning endpoints the way Zendesk does (wrapped objects, 201 on create, 204 on a
webhook update, cursor pagination for ticket fields and webhooks, offset pagination for macros and
triggers, booleans echoed for `comment_mode_is_public`), validates every body it receives against
the spec (tests/helpdesk/oas.py) and records every request.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import httpx
import respx

from tests.helpdesk.fakes import BASE, STAMP, checked, response, system_fields, ticket_field


class FakeZendesk:
    def __init__(self, page_size: int = 2) -> None:
        self.page_size = page_size
        self.fields: dict[int, dict[str, Any]] = {f["id"]: f for f in system_fields()}
        self.macros: dict[int, dict[str, Any]] = {}
        self.triggers: dict[int, dict[str, Any]] = {}
        self.webhooks: dict[str, dict[str, Any]] = {}
        self.secret = "Zk1hY2hpbmUtc2VjcmV0LWZvci10ZXN0cw=="
        self.requests: list[tuple[str, str]] = []
        self._ids = itertools.count(7_000_001)

    # -- what the tests look at -----------------------------------------------------------------
    @property
    def writes(self) -> list[tuple[str, str]]:
        return [(m, p) for m, p in self.requests if m != "GET"]

    def field(self, title: str) -> dict[str, Any]:
        return next(f for f in self.fields.values() if f["title"] == title)

    # -- wiring ---------------------------------------------------------------------------------
    def mount(self, mock: respx.MockRouter) -> None:
        mock.route(host="acme.zendesk.com").mock(side_effect=self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append((request.method, path))
        body = checked(request)
        for method, pattern, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and request.method == method:
                return handler(request, body, *match.groups())
        return response(404, {"error": "InvalidEndpoint", "description": f"{request.method} {path}"})

    def _routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", r"/api/v2/ticket_fields\.json", lambda r, b: self._cursor(r, "ticket_fields", self.fields)),
            ("POST", r"/api/v2/ticket_fields\.json", self._create_field),
            ("PUT", r"/api/v2/ticket_fields/(\d+)\.json", self._update_field),
            ("GET", r"/api/v2/macros\.json", lambda r, b: self._offset(r, "macros", self.macros)),
            ("POST", r"/api/v2/macros\.json", lambda r, b: self._create_rule("macro", self.macros, b)),
            ("PUT", r"/api/v2/macros/(\d+)\.json", lambda r, b, i: self._update_rule("macro", self.macros, b, i)),
            ("GET", r"/api/v2/triggers\.json", lambda r, b: self._offset(r, "triggers", self.triggers)),
            ("POST", r"/api/v2/triggers\.json", lambda r, b: self._create_rule("trigger", self.triggers, b)),
            ("PUT", r"/api/v2/triggers/(\d+)\.json", lambda r, b, i: self._update_rule("trigger", self.triggers, b, i)),
            ("GET", r"/api/v2/webhooks", lambda r, b: self._cursor(r, "webhooks", self.webhooks)),
            ("POST", r"/api/v2/webhooks", self._create_webhook),
            ("PUT", r"/api/v2/webhooks/(\w+)", self._update_webhook),
            ("GET", r"/api/v2/webhooks/(\w+)/signing_secret", self._signing_secret),
        ]

    # -- pagination -----------------------------------------------------------------------------
    def _cursor(self, request: httpx.Request, key: str, objects: dict[Any, dict[str, Any]]) -> httpx.Response:
        items = list(objects.values())
        start = int(request.url.params.get("page[after]", "0"))
        size = min(int(request.url.params.get("page[size]", "100")), self.page_size)
        page, more = items[start : start + size], start + size < len(items)
        nxt = f"{BASE}{request.url.path}?page[size]={size}&page[after]={start + size}" if more else None
        return response(200, {key: page, "meta": {"has_more": more}, "links": {"next": nxt, "prev": None}})

    def _offset(self, request: httpx.Request, key: str, objects: dict[Any, dict[str, Any]]) -> httpx.Response:
        items = list(objects.values())
        page = int(request.url.params.get("page", "1"))
        chunk = items[(page - 1) * self.page_size : page * self.page_size]
        more = page * self.page_size < len(items)
        nxt = f"{BASE}{request.url.path}?page={page + 1}" if more else None
        return response(200, {key: chunk, "next_page": nxt, "previous_page": None, "count": len(items)})

    # -- ticket fields --------------------------------------------------------------------------
    def _create_field(self, request: httpx.Request, body: Any) -> httpx.Response:
        field = ticket_field(next(self._ids), body["ticket_field"])
        self.fields[field["id"]] = field
        return response(201, {"ticket_field": field})

    def _update_field(self, request: httpx.Request, body: Any, field_id: str) -> httpx.Response:
        field = self.fields[int(field_id)]
        patch = dict(body["ticket_field"])
        if "custom_field_options" in patch:
            patch["custom_field_options"] = [
                {"id": o.get("id") or next(self._ids), "name": o["name"], "raw_name": o["name"], "value": o["value"]}
                for o in patch["custom_field_options"]
            ]
        field.update(patch)
        return response(200, {"ticket_field": field})

    # -- macros and triggers --------------------------------------------------------------------
    def _echo(self, kind: str, obj: dict[str, Any]) -> dict[str, Any]:
        obj = json.loads(json.dumps(obj))
        if kind == "macro":
            for action in obj["actions"]:
                if action["field"] == "comment_mode_is_public":
                    action["value"] = action["value"] == "true"  # Zendesk answers with a boolean
        else:
            obj["conditions"].setdefault("any", [])
        return obj

    def _create_rule(self, kind: str, store: dict[int, dict[str, Any]], body: Any) -> httpx.Response:
        rule_id = next(self._ids)
        obj = {
            "url": f"{BASE}/api/v2/{kind}s/{rule_id}.json",
            "id": rule_id,
            "created_at": STAMP,
            "updated_at": STAMP,
            "position": 10000,
            "default": False,
            "restriction": None,
            "description": None,
            **self._echo(kind, body[kind]),
        }
        obj["raw_title"] = obj["title"]
        store[rule_id] = obj
        return response(201, {kind: obj})

    def _update_rule(self, kind: str, store: dict[int, dict[str, Any]], body: Any, rule_id: str) -> httpx.Response:
        obj = store[int(rule_id)]
        obj.update(self._echo(kind, body[kind]))
        obj["raw_title"] = obj["title"]
        return response(200, {kind: obj})

    # -- webhooks -------------------------------------------------------------------------------
    def _create_webhook(self, request: httpx.Request, body: Any) -> httpx.Response:
        hook_id = f"01HW{next(self._ids)}"
        hook = {"id": hook_id, "created_at": STAMP, "created_by": "6130907993114", **body["webhook"]}
        self.webhooks[hook_id] = hook
        return response(201, {"webhook": hook})

    def _update_webhook(self, request: httpx.Request, body: Any, hook_id: str) -> httpx.Response:
        self.webhooks[hook_id].update(body["webhook"])
        return httpx.Response(204)

    def _signing_secret(self, request: httpx.Request, body: Any, hook_id: str) -> httpx.Response:
        if hook_id not in self.webhooks:
            return response(404, {"errors": [{"code": "WebhookNotFound", "title": "Webhook not found"}]})
        return response(200, {"signing_secret": {"algorithm": "SHA256", "secret": self.secret}})
