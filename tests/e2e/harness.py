"""An end-to-end rig: the real service (intake, worker, ledger) against the local Zendesk stand-in.

Everything is real but the helpdesk, which is the stand-in speaking Zendesk's REST shapes and
validating every request body against Zendesk's OpenAPI spec. Tickets are created "by customers" in
the stand-in; its hook renders and signs the trigger webhook and posts it to the service, as
Zendesk would. The worker is driven explicitly (`drain`) so tests are deterministic.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from plugin.app import Service, build_service, create_app
from plugin.config import Settings
from plugin.helpdesk.api import ZendeskAPI
from plugin.helpdesk.definitions import ticket_fields
from plugin.helpdesk.oas import load_spec
from plugin.helpdesk.provision import default_sources, install
from plugin.helpdesk.standin import (
    STANDIN_API_TOKEN,
    STANDIN_EMAIL,
    STANDIN_URL,
    FaultPlan,
    StandinState,
    create_standin_app,
)
from plugin.helpdesk.triggersim import render_trigger, signed_headers
from plugin.ledger.checkpoint import NoteVerifier
from plugin.ledger.keys import checkpoint_signer
from plugin.ledger.verify import verify_ledger

SECRET = "e2e-webhook-secret-0123456789abcdef"
_SPEC: list[Any] = []


def spec() -> Any:
    """Zendesk's OpenAPI spec, parsed once per test session (None when absent)."""
    if not _SPEC:
        _SPEC.append(load_spec())
    return _SPEC[0]


REF_PREFIX = "gdpr-desk ref: "


def e2e_settings(tmp_path: Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp_path,
        "webhook_secret": SECRET,
        "zendesk_url": STANDIN_URL,
        "zendesk_email": STANDIN_EMAIL,
        "zendesk_api_token": STANDIN_API_TOKEN,
        "public_url": "https://gdpr-desk.example.test",
        "country": "BE",
        "timezone": "Europe/Brussels",
        "zendesk_retry_deadline_seconds": 30.0,
        "zendesk_timeout_seconds": 2.0,
    }
    values.update(extra)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@dataclass
class Rig:
    settings: Settings
    state: StandinState
    standin: Any
    service: Service
    app: Any
    deliveries: list[dict[str, Any]] = field(default_factory=list)
    redeliver: bool = False

    # -- the helpdesk side -------------------------------------------------------------------------
    async def on_ticket_event(self, ticket: dict[str, Any], event: str) -> None:
        comments = self.state.comments(int(ticket["id"]))
        latest = next((c for c in reversed(comments) if c.get("public")), None)
        requester = self.state.user(int(ticket["requester_id"]))
        body = render_trigger(
            ticket,
            event="ticket_created" if event == "created" else "ticket_updated",
            latest_public_comment=(latest or {}).get("body"),
            requester_locale=requester.get("locale"),
            actor_id=(latest or {}).get("author_id") if event != "created" else ticket["requester_id"],
        )
        await self.post(body)

    async def post(self, body: dict[str, Any], *, invocation_id: str | None = None) -> httpx.Response:
        raw = json.dumps(body, ensure_ascii=False).encode()
        headers = signed_headers(SECRET, raw, now=datetime.now(UTC), invocation_id=invocation_id)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://svc") as c:
            response = await c.post("/webhooks/zendesk", content=raw, headers=headers)
            if self.redeliver:  # Zendesk delivers at least once
                await c.post("/webhooks/zendesk", content=raw, headers=headers)
        self.deliveries.append({"status": response.status_code, "body": body})
        return response

    async def agent_update(
        self, ticket_id: int, *, add_tags: list[str] = (), status: str | None = None, public_reply: str | None = None
    ) -> None:  # type: ignore[assignment]
        """An agent applies a macro in the helpdesk UI; the lifecycle trigger fires."""
        ticket = self.state.ticket(ticket_id)
        payload: dict[str, Any] = {"tags": sorted({*ticket["tags"], *add_tags})}
        if status:
            payload["status"] = status
        if public_reply:
            payload["comment"] = {"body": public_reply, "public": True}
        ticket, _ = self.state.update_ticket(ticket_id, payload, author_id=self.state.agent["id"])
        body = render_trigger(
            ticket, event="ticket_updated", actor_id=self.state.agent["id"], latest_public_comment=public_reply or ""
        )
        await self.post(body)

    # -- the service side -------------------------------------------------------------------------
    @property
    def worker(self) -> Any:
        assert self.service.worker is not None
        return self.service.worker

    async def drain(self) -> None:
        await self.worker.drain()

    def internal_notes(self, ticket_id: int) -> list[str]:
        return [c["body"] for c in self.state.comments(ticket_id) if not c.get("public")]

    def field_values(self, ticket_id: int) -> dict[str, Any]:
        """The gdpr-desk custom fields of the ticket, by key."""
        by_id = {f["id"]: f for f in self.state.ticket_fields.values()}
        keys = {}
        for fid, f in by_id.items():
            text = str(f.get("agent_description") or "")
            if "[gdpr-desk:field:" in text:
                keys[fid] = text.split("[gdpr-desk:field:")[1].split("]")[0]
        ticket = self.state.ticket(ticket_id)
        return {keys[c["id"]]: c["value"] for c in ticket.get("custom_fields", []) if c["id"] in keys}

    def pending(self) -> int:
        """Inbox rows still waiting (including those backing off)."""
        db = self.service.db
        with db.transaction(write=False) as tx:
            return int(tx.scalar("SELECT COUNT(*) FROM inbox WHERE state = 'pending'"))

    def api_calls(self, ticket_id: int) -> Counter[str]:
        """Requests the service made about one ticket, by method (the stand-in's request log)."""
        calls: Counter[str] = Counter()
        for entry in self.state.request_log:
            if f"/tickets/{ticket_id}" in entry.path:
                calls[entry.method] += 1
        return calls

    def ledger_entries(self, kind: str | None = None) -> list[Any]:
        ledger = self.service.ledger
        return [e for e in ledger.entries(0, ledger.size()) if kind is None or e.kind == kind]

    def verify_log(self) -> Any:
        signer = checkpoint_signer(self.settings)
        self.service.ledger.checkpoint(signer, time=datetime.now(UTC))
        return verify_ledger(self.service.ledger, [NoteVerifier.from_verifier_key(signer.verifier_key)])

    async def aclose(self) -> None:
        if self.service.worker is not None:
            await self.worker.client.aclose()
        committer = self.service.committer
        if hasattr(committer, "aclose"):
            await committer.aclose()
        else:
            committer.close()


async def make_rig(
    tmp_path: Path,
    *,
    faults: FaultPlan | None = None,
    latency: float = 0.0,
    requests_per_minute: int | None = None,
    full_install: bool = False,
    clock: Any = None,
    **settings: Any,
) -> Rig:
    config = e2e_settings(tmp_path, **settings)
    state = StandinState()
    standin = create_standin_app(state, latency=latency, requests_per_minute=requests_per_minute, spec=spec())
    if full_install:
        # Provision everything (fields, macros, webhook, triggers) through the API, like an admin would.
        api = ZendeskAPI(config, transport=httpx.ASGITransport(app=standin))
        try:
            await install(api, config, default_sources(config))
        finally:
            await api.aclose()
    else:
        # The worker needs only the ticket fields: create them directly (install has its own tests).
        for definition in ticket_fields(config.tag_prefix):
            state.create_ticket_field(definition.payload())
    state.request_log.clear()
    if faults is not None:
        standin = create_standin_app(
            state, faults=faults, latency=latency, requests_per_minute=requests_per_minute, spec=spec()
        )
    service = build_service(
        config, zendesk_transport=httpx.ASGITransport(app=standin), **({"clock": clock} if clock else {})
    )
    app = create_app(config, service=service, background=False)
    service.ensure_schema()
    service.committer.start()
    rig = Rig(config, state, standin, service, app)
    state.on_ticket_event = rig.on_ticket_event
    return rig
