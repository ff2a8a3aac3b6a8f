"""The Zendesk stand-in speaks Zendesk's shapes and rules: safe_update, tag replacement, comments,
pagination, auth, rate limits, faults, and spec validation of request bodies."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from plugin.helpdesk.oas import load_spec
from plugin.helpdesk.standin import (
    PER_TICKET_UPDATES,
    STANDIN_API_TOKEN,
    STANDIN_EMAIL,
    STANDIN_OAUTH_TOKEN,
    FaultPlan,
    StandinState,
    basic_auth,
    create_standin_app,
    run_standin,
    standin_client,
    start_standin,
)

SPEC = load_spec()
needs_spec = pytest.mark.skipif(SPEC is None, reason="Zendesk OpenAPI spec or PyYAML not available")


class FakeClock:
    def __init__(self, start: float = 1_760_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def state(clock: FakeClock) -> StandinState:
    return StandinState(clock=clock)


@pytest.fixture
async def client(state: StandinState) -> AsyncIterator[httpx.AsyncClient]:
    async with standin_client(create_standin_app(state, spec=SPEC, validate=SPEC is not None)) as c:
        yield c


def new_ticket(state: StandinState, **kw: Any) -> dict[str, Any]:
    return state.create_ticket("Mes données", "Je veux une copie de mes données.", "fr", ["vip"], **kw)


# --- tickets ---------------------------------------------------------------------------------------
async def test_show_ticket_has_zendesk_shape_and_unknown_is_404(client: httpx.AsyncClient, state: StandinState):
    ticket = new_ticket(state)
    r = await client.get(f"/api/v2/tickets/{ticket['id']}.json")
    assert r.status_code == 200
    body = r.json()["ticket"]
    assert body["subject"] == "Mes données" and body["tags"] == ["vip"] and body["status"] == "new"
    assert body["updated_at"].endswith("Z") and body["requester_id"] != body["id"]
    assert state.user(body["requester_id"])["locale"] == "fr"
    missing = await client.put("/api/v2/tickets/999.json", json={"ticket": {"tags": []}})
    assert missing.status_code == 404 and missing.json()["error"] == "RecordNotFound"


async def test_safe_update_refuses_a_stale_stamp(client: httpx.AsyncClient, state: StandinState):
    ticket = new_ticket(state)
    stale = ticket["updated_at"]
    first = await client.put(
        f"/api/v2/tickets/{ticket['id']}.json",
        json={"ticket": {"tags": ["gdpr_request"], "safe_update": True, "updated_stamp": stale}},
    )
    assert first.status_code == 200
    # Same wall-clock second (the fake clock does not move), yet updated_at must have moved on.
    fresh = first.json()["ticket"]["updated_at"]
    assert fresh != stale
    conflict = await client.put(
        f"/api/v2/tickets/{ticket['id']}.json",
        json={"ticket": {"tags": ["other"], "safe_update": True, "updated_stamp": stale}},
    )
    assert conflict.status_code == 409 and conflict.json()["error"] == "UpdateConflict"
    assert state.ticket(ticket["id"])["tags"] == ["gdpr_request"]
    again = await client.put(
        f"/api/v2/tickets/{ticket['id']}.json",
        json={"ticket": {"tags": ["other"], "safe_update": True, "updated_stamp": fresh}},
    )
    assert again.status_code == 200 and again.json()["ticket"]["updated_at"] > fresh


async def test_tags_replace_all_tags(client: httpx.AsyncClient, state: StandinState):
    ticket = new_ticket(state)
    r = await client.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"tags": ["gdpr_access", "B c"]}})
    assert r.json()["ticket"]["tags"] == ["gdpr_access", "b", "c"]  # vip is gone; lower case, split
    unchanged = await client.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"priority": "high"}})
    assert unchanged.json()["ticket"]["tags"] == ["gdpr_access", "b", "c"]


async def test_undocumented_keys_are_ignored_with_zendesks_warning(client: httpx.AsyncClient, state: StandinState):
    ticket = new_ticket(state)
    r = await client.put(
        f"/api/v2/tickets/{ticket['id']}.json",
        json={"ticket": {"id": ticket["id"], "additional_tags": ["gdpr_request"]}},
    )
    assert r.status_code == 200 and r.json()["ticket"]["tags"] == ["vip"]
    assert ':unpermitted_keys=>["ticket.additional_tags", "ticket.id"]' in r.headers["x-zendesk-api-warn"]


async def test_custom_fields_and_a_dropdown_value_sets_its_tag(client: httpx.AsyncClient, state: StandinState):
    options = [{"name": "Access", "value": "gdpr_access"}, {"name": "Erasure", "value": "gdpr_erasure"}]
    right = state.create_ticket_field(
        {"type": "tagger", "title": "GDPR right", "key": "gdpr_right", "custom_field_options": options}
    )
    due = state.create_ticket_field({"type": "date", "title": "GDPR due date", "key": "gdpr_due"})
    ticket = new_ticket(state)
    assert {"id": due["id"], "value": None} in ticket["custom_fields"]
    values = [{"id": right["id"], "value": "gdpr_erasure"}, {"id": due["id"], "value": "2025-03-01"}]
    r = await client.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"custom_fields": values}})
    shown = r.json()["ticket"]
    assert {"id": due["id"], "value": "2025-03-01"} in shown["custom_fields"]
    assert {"id": right["id"], "value": "gdpr_erasure"} in shown["fields"]
    assert shown["tags"] == ["vip", "gdpr_erasure"]
    r = await client.put(
        f"/api/v2/tickets/{ticket['id']}.json",
        json={"ticket": {"custom_fields": [{"id": right["id"], "value": "gdpr_access"}]}},
    )
    assert r.json()["ticket"]["tags"] == ["vip", "gdpr_access"]


async def test_comment_is_appended_with_author_and_time(client: httpx.AsyncClient, state: StandinState):
    ticket = new_ticket(state)
    r = await client.put(
        f"/api/v2/tickets/{ticket['id']}.json",
        json={"ticket": {"comment": {"body": "GDPR request: access.\n\nDue 2025-03-01.", "public": False}}},
    )
    assert r.status_code == 200
    note = state.comments(ticket["id"])[-1]
    assert note["author_id"] == state.agent["id"] and note["public"] is False
    assert note["created_at"] == r.json()["ticket"]["updated_at"]
    assert '<p dir="auto">Due 2025-03-01.</p>' in note["html_body"]
    assert [e["type"] for e in r.json()["audit"]["events"]] == ["Comment"]
    html = await client.put(
        f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"comment": {"html_body": "<p>Hi &amp; bye</p>"}}}
    )
    assert html.status_code == 200 and state.comments(ticket["id"])[-1]["body"] == "Hi & bye"
    blank = await client.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"comment": {"body": " "}}})
    assert blank.status_code == 422 and "comment" in blank.json()["details"]


async def test_comments_paginate_and_sort(client: httpx.AsyncClient, state: StandinState):
    ticket = new_ticket(state)
    for n in range(4):
        await state.customer_reply(ticket["id"], f"reply {n}")
    r = await client.get(f"/api/v2/tickets/{ticket['id']}/comments.json", params={"per_page": 2})
    page = r.json()
    assert page["count"] == 5 and page["previous_page"] is None
    assert [c["body"] for c in page["comments"]] == ["Je veux une copie de mes données.", "reply 0"]
    seen = [c["body"] for c in page["comments"]]
    while page["next_page"]:
        page = (await client.get(page["next_page"])).json()
        seen += [c["body"] for c in page["comments"]]
    assert seen[-1] == "reply 3" and len(seen) == 5 and page["previous_page"]
    desc = (await client.get(f"/api/v2/tickets/{ticket['id']}/comments", params={"sort_order": "desc"})).json()
    assert desc["comments"][0]["body"] == "reply 3"


async def test_cursor_pagination_of_webhooks(client: httpx.AsyncClient):
    for n in range(5):
        r = await client.post("/api/v2/webhooks", json={"webhook": webhook_body(f"hook {n}")})
        assert r.status_code == 201
    page = (await client.get("/api/v2/webhooks", params={"page[size]": 2})).json()
    names = [w["name"] for w in page["webhooks"]]
    while page["meta"]["has_more"]:
        page = (await client.get(page["links"]["next"])).json()
        names += [w["name"] for w in page["webhooks"]]
    assert names == [f"hook {n}" for n in range(5)]
    assert page["links"]["next"] is None and page["links"]["prev"]


async def test_offset_pagination_of_macros(client: httpx.AsyncClient):
    for n in range(3):
        r = await client.post(
            "/api/v2/macros.json", json={"macro": {"title": f"M{n}", "actions": [{"field": "status", "value": "open"}]}}
        )
        assert r.status_code == 201 and r.json()["macro"]["title"] == f"M{n}"
    first = (await client.get("/api/v2/macros.json", params={"per_page": 2})).json()
    assert first["count"] == 3 and len(first["macros"]) == 2 and "page=2" in first["next_page"]
    second = (await client.get(first["next_page"])).json()
    assert [m["title"] for m in second["macros"]] == ["M2"] and second["next_page"] is None


# --- auth, limits ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "status"),
    [
        (None, 401),
        (basic_auth(STANDIN_EMAIL, "wrong"), 401),
        ("Basic " + base64.b64encode(f"{STANDIN_EMAIL}:{STANDIN_API_TOKEN}".encode()).decode(), 401),
        ("Bearer nope", 401),
        (basic_auth(), 200),
        (f"Bearer {STANDIN_OAUTH_TOKEN}", 200),
    ],
)
async def test_authentication(state: StandinState, header: str | None, status: int):
    app = create_standin_app(state, validate=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://x.zendesk.com") as c:
        r = await c.get("/api/v2/users/me.json", headers={"Authorization": header} if header else {})
    assert r.status_code == status
    if status == 401:
        assert r.json() == {"error": "Couldn't authenticate you"}
    else:
        assert r.json()["user"]["email"] == STANDIN_EMAIL and r.json()["user"]["role"] == "admin"


async def test_requests_per_minute_limit_answers_429_with_retry_after(state: StandinState, clock: FakeClock):
    app = create_standin_app(state, requests_per_minute=3, validate=False)
    async with standin_client(app) as c:
        answers = [await c.get("/api/v2/users/me.json") for _ in range(3)]
        assert [r.headers["x-rate-limit-remaining"] for r in answers] == ["2", "1", "0"]
        assert answers[0].headers["x-rate-limit"] == answers[0].headers["ratelimit-limit"] == "3"
        clock.now += 20
        limited = await c.get("/api/v2/users/me.json")
        assert limited.status_code == 429 and limited.headers["retry-after"] == "40"
        assert limited.headers["ratelimit-remaining"] == "0" and limited.headers["ratelimit-reset"] == "40"
        clock.now += 40
        assert (await c.get("/api/v2/users/me.json")).status_code == 200


async def test_thirty_updates_per_ticket_per_ten_minutes(
    client: httpx.AsyncClient, state: StandinState, clock: FakeClock
):
    ticket, other = new_ticket(state), new_ticket(state)
    for n in range(PER_TICKET_UPDATES):
        r = await client.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"tags": [f"t{n}"]}})
        assert r.status_code == 200
        clock.now += 1
    # The header reports the account's per-minute update budget (100), not the per-ticket window.
    assert r.headers["zendesk-rate-limit-tickets-update"].startswith("total=100; remaining=70;")
    limited = await client.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"tags": ["late"]}})
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) == 600 - PER_TICKET_UPDATES
    assert state.ticket(ticket["id"])["tags"] == [f"t{PER_TICKET_UPDATES - 1}"]
    ok = await client.put(f"/api/v2/tickets/{other['id']}.json", json={"ticket": {"tags": ["fine"]}})
    assert ok.status_code == 200 and "total=100; remaining=69" in ok.headers["zendesk-rate-limit-tickets-update"]
    clock.now += 600
    assert (
        await client.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"tags": ["x"]}})
    ).status_code == 200


# --- faults, latency -------------------------------------------------------------------------------
async def statuses(plan: FaultPlan, n: int = 40) -> list[int]:
    state = StandinState()
    async with standin_client(create_standin_app(state, faults=plan, validate=False)) as c:
        return [(await c.get("/api/v2/users/me.json")).status_code for _ in range(n)]


async def test_faults_are_deterministic_by_seed():
    plan = FaultPlan(rate=0.3, kinds=("429", "500"), seed=7)
    first, second = await statuses(plan), await statuses(plan)
    assert first == second
    assert {429, 500, 200} == set(first)
    assert first != await statuses(FaultPlan(rate=0.3, kinds=("429", "500"), seed=8))
    assert 4 <= sum(s != 200 for s in first) <= 20


async def test_fault_429_carries_retry_after(state: StandinState):
    async with standin_client(
        create_standin_app(state, faults=FaultPlan(rate=1.0, kinds=("429",), retry_after=3))
    ) as c:
        r = await c.get("/api/v2/users/me.json")
    assert r.status_code == 429 and r.headers["retry-after"] == "3"


async def test_timeout_fault_hangs_or_raises(state: StandinState):
    hang = FaultPlan(rate=1.0, kinds=("timeout",), hang_seconds=0.01)
    async with standin_client(create_standin_app(state, faults=hang, validate=False)) as c:
        assert (await c.get("/api/v2/users/me.json")).status_code == 504
    raising = FaultPlan(rate=1.0, kinds=("timeout",), timeout_mode="raise")
    async with standin_client(create_standin_app(state, faults=raising, validate=False)) as c:
        with pytest.raises(httpx.ReadTimeout):
            await c.get("/api/v2/users/me.json")
    assert state.request_log[-1].status is None and state.request_log[-1].fault == "timeout"


async def test_lost_response_applies_the_change_and_safe_update_catches_the_retry(state: StandinState):
    ticket = new_ticket(state)
    body = {"ticket": {"tags": ["gdpr_request"], "comment": {"body": "note", "public": False},
                       "safe_update": True, "updated_stamp": ticket["updated_at"]}}  # fmt: skip
    lost = FaultPlan(rate=1.0, kinds=("lost_response",), timeout_mode="raise", methods=("PUT",))
    async with standin_client(create_standin_app(state, faults=lost, validate=False)) as c:
        with pytest.raises(httpx.ReadTimeout):
            await c.put(f"/api/v2/tickets/{ticket['id']}.json", json=body)
        assert (await c.get(f"/api/v2/tickets/{ticket['id']}.json")).status_code == 200  # GETs are spared
    assert state.ticket(ticket["id"])["tags"] == ["gdpr_request"]
    assert len(state.comments(ticket["id"])) == 2
    as_500 = FaultPlan(rate=1.0, kinds=("lost_response",), lost_response_status=500)
    async with standin_client(create_standin_app(state, faults=as_500, validate=False)) as c:
        retry = await c.put(f"/api/v2/tickets/{ticket['id']}.json", json=body)
    assert retry.status_code == 409  # the retried PUT with the old stamp does not add a second note
    assert len(state.comments(ticket["id"])) == 2


async def test_latency_delays_each_answer(state: StandinState):
    async with standin_client(create_standin_app(state, latency=0.05, validate=False)) as c:
        started = time.perf_counter()
        await c.get("/api/v2/users/me.json")
    assert time.perf_counter() - started >= 0.05


def test_fault_plan_rejects_unknown_kinds():
    with pytest.raises(ValueError, match="bad FaultPlan"):
        FaultPlan(kinds=("teapot",))


# --- spec validation -------------------------------------------------------------------------------
@needs_spec
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"ticket": {"custom_fields": [{"id": "gdpr_due", "value": "2025-03-01"}]}}, "custom_fields/0/id"),
        ({"ticket": {"tags": "gdpr_request"}}, "ticket/tags"),
        ({"ticket": {"priority": "extreme"}}, "ticket/priority"),
        ({"ticket": {"comment": {"body": "x", "public": "no"}}}, "comment/public"),
    ],
)
async def test_spec_validation_rejects_malformed_ticket_updates(client: httpx.AsyncClient, state: StandinState,
                                                                body: dict[str, Any], expected: str):  # fmt: skip
    ticket = new_ticket(state)
    r = await client.put(f"/api/v2/tickets/{ticket['id']}.json", json=body)
    assert r.status_code == 422
    messages = [d["description"] for d in r.json()["details"]["base"]]
    assert any(expected in m for m in messages), messages
    assert state.spec_violations and expected in state.spec_violations[-1].errors[0]
    assert state.ticket(ticket["id"])["tags"] == ["vip"]


@needs_spec
async def test_spec_validation_accepts_good_bodies(client: httpx.AsyncClient, state: StandinState):
    ticket = new_ticket(state)
    field = (
        await client.post("/api/v2/ticket_fields.json", json={"ticket_field": {"type": "date", "title": "Due"}})
    ).json()
    values = [{"id": field["ticket_field"]["id"], "value": "2025-03-01"}]
    good = {"ticket": {"tags": ["gdpr_request"], "custom_fields": values,
                       "comment": {"body": "note", "public": False}, "priority": "high",
                       "safe_update": True, "updated_stamp": ticket["updated_at"]}}  # fmt: skip
    assert (await client.put(f"/api/v2/tickets/{ticket['id']}.json", json=good)).status_code == 200
    macro = {"macro": {"title": "GDPR: ask for ID", "actions": [{"field": "set_tags", "value": "gdpr_id_requested"}]}}
    assert (await client.post("/api/v2/macros", json=macro)).status_code == 201
    assert state.spec_violations == []


@needs_spec
async def test_spec_validation_covers_macros_fields_and_webhooks(client: httpx.AsyncClient, state: StandinState):
    bad_macro = {"macro": {"title": "x", "actions": [{"field": "status", "value": ["solved"]}]}}
    assert (await client.post("/api/v2/macros", json=bad_macro)).status_code == 422
    assert (await client.post("/api/v2/ticket_fields", json={"ticket_field": {"type": "text"}})).status_code == 422
    bad_hook = {
        "webhook": {
            "name": "x",
            "endpoint": "https://e",
            "http_method": "POST",
            "request_format": "json",
            "status": "on",
        }
    }
    assert (await client.post("/api/v2/webhooks", json=bad_hook)).status_code == 422
    assert [v.path for v in state.spec_violations] == ["/api/v2/macros", "/api/v2/ticket_fields", "/api/v2/webhooks"]


async def test_without_validation_the_stand_in_still_refuses_bad_bodies(state: StandinState):
    ticket = new_ticket(state)
    async with standin_client(create_standin_app(state, validate=False)) as c:
        r = await c.put(
            f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"custom_fields": [{"id": "x", "value": 1}]}}
        )
        assert r.status_code == 422 and set(r.json()) == {"error", "description", "details"}
        assert (await c.put(f"/api/v2/tickets/{ticket['id']}.json", content=b"{nope")).status_code == 400
    assert state.spec_violations == []


def test_missing_spec_turns_validation_off(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("GDPR_DESK_ZENDESK_SPEC", str(tmp_path / "absent.yaml"))
    with caplog.at_level(logging.WARNING):
        assert load_spec() is None
    assert "validation is off" in caplog.text


# --- business objects ------------------------------------------------------------------------------
def webhook_body(name: str = "gdpr-desk") -> dict[str, Any]:
    return {"name": name, "endpoint": "https://gdpr.example/webhooks/zendesk", "http_method": "POST",
            "request_format": "json", "status": "active", "subscriptions": ["conditional_ticket_events"],
            "authentication": {"type": "bearer_token", "add_position": "header",
                               "data": {"token": "s3cret"}}}  # fmt: skip


async def test_webhook_lifecycle_and_signing_secret(client: httpx.AsyncClient):
    created = await client.post("/api/v2/webhooks", json={"webhook": webhook_body()})
    hook = created.json()["webhook"]
    assert created.status_code == 201 and hook["id"].startswith("01") and "data" not in hook["authentication"]
    secret = (await client.get(f"/api/v2/webhooks/{hook['id']}/signing_secret")).json()["signing_secret"]
    assert secret["algorithm"] == "SHA256" and len(base64.b64decode(secret["secret"])) == 32
    patched = await client.patch(f"/api/v2/webhooks/{hook['id']}", json={"webhook": {"status": "inactive"}})
    assert patched.status_code == 204
    shown = (await client.get(f"/api/v2/webhooks/{hook['id']}")).json()["webhook"]
    assert shown["status"] == "inactive" and shown["name"] == "gdpr-desk"
    replaced = await client.put(
        f"/api/v2/webhooks/{hook['id']}", json={"webhook": {**webhook_body("renamed"), "subscriptions": []}}
    )
    assert replaced.status_code == 204
    assert (await client.get(f"/api/v2/webhooks/{hook['id']}")).json()["webhook"]["name"] == "renamed"
    assert (await client.get("/api/v2/webhooks/01NOPE")).status_code == 404


async def test_trigger_must_name_an_existing_webhook(client: httpx.AsyncClient):
    hook = (await client.post("/api/v2/webhooks", json={"webhook": webhook_body()})).json()["webhook"]

    def trigger(webhook_id: str) -> dict[str, Any]:
        condition = {"field": "update_type", "operator": "is", "value": "Create"}
        action = {"field": "notification_webhook", "value": [webhook_id, '{"id": "{{ticket.id}}"}']}
        return {"trigger": {"title": "GDPR intake", "conditions": {"all": [condition]}, "actions": [action]}}

    assert (await client.post("/api/v2/triggers.json", json=trigger("01UNKNOWN"))).status_code == 422
    created = await client.post("/api/v2/triggers.json", json=trigger(hook["id"]))
    assert created.status_code == 201
    tid = created.json()["trigger"]["id"]
    updated = await client.put(f"/api/v2/triggers/{tid}.json", json={"trigger": {"title": "GDPR intake v2"}})
    assert updated.json()["trigger"]["title"] == "GDPR intake v2"
    assert (await client.get("/api/v2/triggers.json")).json()["count"] == 1


async def test_ticket_fields_create_update_and_key_uniqueness(client: httpx.AsyncClient):
    body = {"ticket_field": {"type": "text", "title": "GDPR request id", "key": "gdpr_request_id"}}
    created = await client.post("/api/v2/ticket_fields.json", json=body)
    assert created.status_code == 201 and created.json()["ticket_field"]["key"] == "gdpr_request_id"
    duplicate = await client.post("/api/v2/ticket_fields.json", json=body)
    assert duplicate.status_code == 422 and "key" in duplicate.json()["details"]
    no_options = await client.post(
        "/api/v2/ticket_fields.json", json={"ticket_field": {"type": "tagger", "title": "Right"}}
    )
    assert no_options.status_code == 422
    fid = created.json()["ticket_field"]["id"]
    renamed = await client.put(f"/api/v2/ticket_fields/{fid}.json", json={"ticket_field": {"title": "GDPR case"}})
    assert renamed.json()["ticket_field"]["title"] == "GDPR case"
    listed = (await client.get("/api/v2/ticket_fields.json")).json()["ticket_fields"]
    assert {"subject", "status", "text"} <= {f["type"] for f in listed}  # system fields are listed too


async def test_unknown_endpoint_is_zendesk_shaped(client: httpx.AsyncClient):
    r = await client.get("/api/v2/nothing_here.json")
    assert r.status_code == 404 and r.json()["error"] == "InvalidEndpoint"


# --- the demo hook ---------------------------------------------------------------------------------
async def test_customer_activity_calls_the_hook_but_api_updates_do_not(clock: FakeClock):
    events: list[tuple[int, str]] = []

    async def hook(ticket: dict[str, Any], event: str) -> None:
        events.append((ticket["id"], event))

    state = StandinState(clock=clock, on_ticket_event=hook)
    ticket = await state.customer_create_ticket("Erase me", "Please delete my account.", "nl")
    await state.customer_reply(ticket["id"], "Any news?")
    async with standin_client(create_standin_app(state, validate=False)) as c:
        await c.put(f"/api/v2/tickets/{ticket['id']}.json", json={"ticket": {"tags": ["gdpr_erasure"]}})
        created = await c.post("/api/v2/tickets.json", json={"ticket": {
            "subject": "Access", "comment": {"body": "Send me my data"},
            "requester": {"email": "ana@example.es", "name": "Ana", "locale": "es"}}})  # fmt: skip
    assert created.status_code == 201 and created.headers["location"].endswith(f"{created.json()['ticket']['id']}.json")
    assert events == [
        (ticket["id"], "created"),
        (ticket["id"], "comment_added"),
        (created.json()["ticket"]["id"], "created"),
    ]
    assert state.user(created.json()["ticket"]["requester_id"])["locale"] == "es"


# --- on a port -------------------------------------------------------------------------------------
def test_run_standin_serves_on_a_port():
    server = run_standin(port=0, validate=False)
    try:
        r = httpx.get(f"{server.url}/api/v2/users/me.json", headers={"Authorization": basic_auth()}, timeout=5)
        assert r.status_code == 200 and r.headers["x-rate-limit"] == "700"
    finally:
        server.stop()
    assert not server.thread.is_alive()


async def test_start_standin_as_a_task_and_a_real_timeout():
    server = await start_standin(faults=FaultPlan(rate=1.0, kinds=("timeout",), hang_seconds=5), validate=False)
    try:
        async with httpx.AsyncClient(base_url=server.url, headers={"Authorization": basic_auth()}, timeout=0.2) as c:
            with pytest.raises(httpx.ReadTimeout):
                await c.get("/api/v2/users/me.json")
    finally:
        server.server.force_exit = True
        await asyncio.wait_for(server.aclose(), 10)
