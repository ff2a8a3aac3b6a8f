"""End to end against the stand-in: the project's Zendesk client and `gdpr-desk install` speak to it
as they would to Zendesk, and every body they send passes the spec validation."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

from plugin.config import load_settings
from plugin.helpdesk.definitions import FIELD_KEYS
from plugin.helpdesk.oas import load_spec
from plugin.helpdesk.standin import (
    STANDIN_API_TOKEN,
    STANDIN_EMAIL,
    STANDIN_URL,
    FaultPlan,
    StandinState,
    create_standin_app,
)

SPEC = load_spec()
HIGH_LIMIT = 100_000  # plan limit for client and stand-in alike, so that the client's pacing never waits


def settings(tmp_path: Any, **overrides: Any):
    return load_settings(
        zendesk_url=STANDIN_URL,
        zendesk_email=STANDIN_EMAIL,
        zendesk_api_token=STANDIN_API_TOKEN,
        public_url="https://gdpr-desk.example.com",
        data_dir=tmp_path,
        zendesk_requests_per_minute=HIGH_LIMIT,
        **overrides,
    )


class FakeTime:
    """The client's clock: sleeping moves it forward at once (its pacing and backoff never wait)."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)


async def test_apply_is_exactly_once_when_responses_are_lost(tmp_path):
    from plugin.helpdesk.zendesk import TicketChange, TicketSnapshot, ZendeskClient

    state = StandinState()
    plan = FaultPlan(rate=0.5, kinds=("lost_response", "500"), seed=3, timeout_mode="raise", methods=("PUT",))
    app = create_standin_app(state, faults=plan, requests_per_minute=HIGH_LIMIT, spec=SPEC, validate=SPEC is not None)
    ticket = state.create_ticket("Toegang", "Ik wil inzage in mijn gegevens.", "nl")
    fake = FakeTime()
    transport = httpx.ASGITransport(app=app)
    async with ZendeskClient(settings(tmp_path), transport=transport, clock=fake, sleep=fake.sleep) as client:
        for n in range(4):
            change = TicketChange(add_tags=frozenset({f"gdpr_step{n}"}), note=f"step {n}", idempotency_key=f"k{n}")
            await client.apply(ticket["id"], change, snapshot=TicketSnapshot.from_ticket(state.ticket(ticket["id"])))
    notes = [c["body"] for c in state.comments(ticket["id"]) if not c["public"]]
    assert [n.splitlines()[0] for n in notes] == ["step 0", "step 1", "step 2", "step 3"]
    assert {f"gdpr_step{n}" for n in range(4)} <= set(state.ticket(ticket["id"])["tags"])
    assert any(entry.fault == "lost_response" for entry in state.request_log)
    assert state.spec_violations == []


async def test_install_dry_run_then_install_then_nothing_left_to_do(tmp_path):
    from plugin.cli.install import run_install
    from plugin.helpdesk.provision import Sources
    from plugin.templates import load_macros, render
    from plugin.webhooks import trigger_body_template

    state = StandinState()
    transport = httpx.ASGITransport(
        app=create_standin_app(state, requests_per_minute=HIGH_LIMIT, spec=SPEC, validate=SPEC is not None)
    )
    authority = {"name": "APD", "website": "https://www.autoriteprotectiondonnees.be", "complaint_url": "https://x"}
    sources = Sources(load_macros(), render, authority, trigger_body_template)

    async def run(dry_run: bool) -> str:
        out = io.StringIO()
        code = await run_install(settings(tmp_path), dry_run=dry_run, sources=sources, transport=transport, out=out)
        assert code == 0, out.getvalue()
        return out.getvalue()

    await run(dry_run=True)
    assert {entry.method for entry in state.request_log} == {"GET"}
    await run(dry_run=False)
    created = sum(entry.method == "POST" for entry in state.request_log)
    assert created == len(state.macros) + len(state.triggers) + len(state.webhooks) + len(FIELD_KEYS)
    before = len(state.request_log)
    await run(dry_run=False)
    assert {entry.method for entry in state.request_log[before:]} == {"GET"}  # idempotent: nothing to change
    if SPEC is None:
        pytest.skip("spec not available: bodies were not validated")
    assert state.spec_violations == []
