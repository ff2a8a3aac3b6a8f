"""ZendeskClient.apply: one safe PUT, exactly once across 409s, timeouts and crashes; typed errors."""

from __future__ import annotations

import base64
import json
import random
from datetime import date
from typing import Any

import httpx
import pytest
import respx

from plugin.config import SettingsError
from plugin.helpdesk.definitions import ticket_fields
from plugin.helpdesk.errors import (
    AuthenticationFailed,
    Conflict,
    RateLimited,
    TicketNotFound,
    Unavailable,
    Unprocessable,
)
from plugin.helpdesk.zendesk import (
    TicketChange,
    TicketSnapshot,
    ZendeskClient,
    has_ref,
    merged_tags,
    note_with_ref,
    update_body,
)
from tests.helpdesk.fakes import (
    BASE,
    LATER,
    STAMP,
    FakeClock,
    checked,
    comment,
    response,
    settings,
    ticket,
    ticket_field,
)

TICKET = 4021
PUT = f"/api/v2/tickets/{TICKET}.json"
FIELD_IDS = {d.key: 900001 + i for i, d in enumerate(ticket_fields())}
NOTE = "GDPR request detected: right of access (Art. 15). Answer by 2024-04-04."
KEY = "evt-7f3a9c"

CHANGE = TicketChange(
    add_tags=frozenset({"gdpr_request", "gdpr_access"}),
    remove_tags=frozenset({"gdpr_due_soon"}),
    fields={"request_type": ["gdpr_access"], "received_on": date(2024, 3, 4), "due_on": date(2024, 4, 4)},
    note=NOTE,
    group_id=360011,
    priority="high",
    idempotency_key=KEY,
)
SNAPSHOT = TicketSnapshot(id=TICKET, tags=frozenset({"vip", "gdpr_due_soon"}), updated_at=STAMP)


def installed_fields() -> list[dict[str, Any]]:
    return [ticket_field(FIELD_IDS[d.key], d.payload()) for d in ticket_fields()]


def applied_ticket(**overrides: Any) -> dict[str, Any]:
    """The ticket once CHANGE landed."""
    values: dict[str, Any] = {
        "tags": ["gdpr_access", "gdpr_request", "vip"],
        "updated_at": LATER,
        "custom_fields": [
            {"id": FIELD_IDS["request_type"], "value": ["gdpr_access"]},
            {"id": FIELD_IDS["received_on"], "value": "2024-03-04"},
            {"id": FIELD_IDS["due_on"], "value": "2024-04-04"},
        ],
        "group_id": 360011,
        "priority": "high",
    }
    values.update(overrides)
    return ticket(TICKET, **values)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def zendesk() -> Any:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.get("/api/v2/ticket_fields.json").mock(
            return_value=response(200, {"ticket_fields": installed_fields(), "next_page": None})
        )
        yield mock


@pytest.fixture
async def client(zendesk: respx.MockRouter, clock: FakeClock, tmp_path: Any) -> Any:
    c = ZendeskClient(settings(tmp_path), clock=clock, sleep=clock.sleep, rng=random.Random(7))
    await c.discover_fields()  # at start, as the service does
    zendesk.calls.clear()
    yield c
    await c.aclose()


def sent(zendesk: respx.MockRouter) -> list[tuple[str, str, Any]]:
    return [(c.request.method, c.request.url.path, checked(c.request)) for c in zendesk.calls]


# ------------------------------------------------------------------------------------------------
async def test_one_put_with_a_snapshot(client: ZendeskClient, zendesk: respx.MockRouter) -> None:
    zendesk.put(PUT).mock(return_value=response(200, {"ticket": applied_ticket(), "audit": {}}, update=True))
    result = await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)

    assert result.api_calls == 1 and len(zendesk.calls) == 1
    assert result.note_added and not result.already_applied
    assert result.ticket["updated_at"] == LATER
    [(method, path, body)] = sent(zendesk)
    assert (method, path) == ("PUT", PUT)
    assert body == {
        "ticket": {
            "tags": ["gdpr_access", "gdpr_request", "vip"],  # the agent's tag kept, gdpr_due_soon removed
            "safe_update": True,
            "updated_stamp": STAMP,
            "custom_fields": [
                {"id": FIELD_IDS["due_on"], "value": "2024-04-04"},
                {"id": FIELD_IDS["received_on"], "value": "2024-03-04"},
                {"id": FIELD_IDS["request_type"], "value": ["gdpr_access"]},
            ],
            "comment": {"body": f"{NOTE}\n\ngdpr-desk ref: {KEY}", "public": False},
            "group_id": 360011,
            "priority": "high",
        }
    }


async def test_credentials_and_base_url(client: ZendeskClient, zendesk: respx.MockRouter) -> None:
    zendesk.put(PUT).mock(return_value=response(200, {"ticket": applied_ticket()}))
    await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    request = zendesk.calls[0].request
    expected = base64.b64encode(b"gdpr-bot@acme.example/token:tok3n").decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    assert str(request.url).startswith("https://acme.zendesk.com/api/v2/")


async def test_oauth_token_and_url_override(tmp_path: Any) -> None:
    s = settings(tmp_path, zendesk_url="http://127.0.0.1:8765/", zendesk_oauth_token="oauth-xyz")
    with respx.mock(base_url="http://127.0.0.1:8765") as mock:
        route = mock.get(f"/api/v2/tickets/{TICKET}.json").mock(return_value=response(200, {"ticket": ticket()}))
        async with ZendeskClient(s) as c:
            assert (await c.get_ticket(TICKET))["id"] == TICKET
    assert route.calls[0].request.headers["authorization"] == "Bearer oauth-xyz"


def test_missing_credentials_name_the_setting(tmp_path: Any) -> None:
    with pytest.raises(SettingsError, match="GDPR_DESK_ZENDESK_API_TOKEN"):
        ZendeskClient(settings(tmp_path, zendesk_api_token=None))
    with pytest.raises(SettingsError, match="GDPR_DESK_ZENDESK_SUBDOMAIN"):
        ZendeskClient(settings(tmp_path, zendesk_subdomain=None))


async def test_without_snapshot_the_ticket_is_read_first(client: ZendeskClient, zendesk: respx.MockRouter) -> None:
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": ticket(TICKET, tags=["vip", "billing"])}))
    zendesk.put(PUT).mock(return_value=response(200, {"ticket": applied_ticket()}))
    result = await client.apply(TICKET, CHANGE)
    assert result.api_calls == 2
    body = sent(zendesk)[1][2]["ticket"]
    assert body["updated_stamp"] == STAMP
    assert body["tags"] == ["billing", "gdpr_access", "gdpr_request", "vip"]


async def test_409_then_success_merges_fresh_tags(client: ZendeskClient, zendesk: respx.MockRouter) -> None:
    fresh = ticket(TICKET, tags=["vip", "gdpr_due_soon", "escalated_by_agent"], updated_at=LATER)
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": fresh}))
    zendesk.get(f"/api/v2/tickets/{TICKET}/comments.json").mock(
        return_value=response(200, {"comments": [comment(11, "Any news?", public=True)], "next_page": None})
    )
    zendesk.put(PUT).mock(
        side_effect=[
            response(409, {"error": "UpdateConflict", "description": "Ticket was updated by another user"}),
            response(200, {"ticket": applied_ticket()}),
        ]
    )
    result = await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)

    assert result.note_added and not result.already_applied
    assert result.api_calls == 4  # PUT 409, GET ticket, GET comments, PUT
    calls = sent(zendesk)
    assert [(m, p) for m, p, _ in calls] == [
        ("PUT", PUT),
        ("GET", PUT),
        ("GET", f"/api/v2/tickets/{TICKET}/comments.json"),
        ("PUT", PUT),
    ]
    assert zendesk.calls[2].request.url.params["sort_order"] == "desc"
    retry = calls[3][2]["ticket"]
    assert retry["updated_stamp"] == LATER
    assert retry["tags"] == ["escalated_by_agent", "gdpr_access", "gdpr_request", "vip"]
    assert retry["comment"]["body"].endswith(f"gdpr-desk ref: {KEY}")


async def test_409_when_the_note_already_landed_adds_no_second_note(
    client: ZendeskClient, zendesk: respx.MockRouter
) -> None:
    """The first PUT succeeded but its answer was lost; the retry meets 409 and finds our ref."""
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": applied_ticket()}))
    ours = comment(12, note_with_ref(NOTE, KEY), public=False)
    zendesk.get(f"/api/v2/tickets/{TICKET}/comments.json").mock(
        return_value=response(200, {"comments": [ours, comment(11, "Bonjour", public=True)]})
    )
    put = zendesk.put(PUT).mock(return_value=response(409, {"error": "UpdateConflict"}))
    result = await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)

    assert result.already_applied and not result.note_added
    assert put.call_count == 1 and result.api_calls == 3
    assert result.ticket["updated_at"] == LATER


async def test_409_with_note_landed_reapplies_only_what_is_missing(
    client: ZendeskClient, zendesk: respx.MockRouter
) -> None:
    """The note landed, then an agent cleared a field: put the field back, never the note."""
    partial = applied_ticket(custom_fields=[{"id": FIELD_IDS["request_type"], "value": ["gdpr_access"]}])
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": partial}))
    zendesk.get(f"/api/v2/tickets/{TICKET}/comments.json").mock(
        return_value=response(200, {"comments": [comment(12, note_with_ref(NOTE, KEY), public=False)]})
    )
    put = zendesk.put(PUT).mock(side_effect=[response(409, {}), response(200, {"ticket": applied_ticket()})])
    result = await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)

    assert result.already_applied and not result.note_added
    second = checked(put.calls[1].request)["ticket"]
    assert "comment" not in second
    assert {"id": FIELD_IDS["due_on"], "value": "2024-04-04"} in second["custom_fields"]


async def test_timeout_on_the_put_then_409_is_resolved_by_the_ref(
    client: ZendeskClient, zendesk: respx.MockRouter, clock: FakeClock
) -> None:
    """A timed-out PUT may have landed: the retry carries the same stamp, meets 409, finds the note."""
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": applied_ticket()}))
    zendesk.get(f"/api/v2/tickets/{TICKET}/comments.json").mock(
        return_value=response(200, {"comments": [comment(12, note_with_ref(NOTE, KEY), public=False)]})
    )
    put = zendesk.put(PUT).mock(side_effect=[httpx.ReadTimeout("read timed out"), response(409, {})])
    result = await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)

    assert result.already_applied and not result.note_added
    assert put.call_count == 2
    bodies = [checked(c.request) for c in put.calls]
    assert bodies[0] == bodies[1]  # same stamp: safe_update turns a landed first attempt into a 409
    assert clock.sleeps and 0.5 <= clock.sleeps[0] <= 1.0  # jittered first backoff step


async def test_429_waits_retry_after_then_retries(
    client: ZendeskClient, zendesk: respx.MockRouter, clock: FakeClock
) -> None:
    put = zendesk.put(PUT).mock(
        side_effect=[response(429, None, retry_after="7"), response(200, {"ticket": applied_ticket()})]
    )
    start = clock.now
    result = await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    assert result.note_added and put.call_count == 2 and result.api_calls == 2
    assert clock.now - start >= 7


async def test_429_beyond_the_deadline_raises_rate_limited(client: ZendeskClient, zendesk: respx.MockRouter) -> None:
    zendesk.put(PUT).mock(return_value=response(429, None, retry_after="3600"))
    with pytest.raises(RateLimited) as err:
        await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    assert err.value.retry_after == 3600 and not err.value.permanent


async def test_5xx_are_retried_with_backoff(client: ZendeskClient, zendesk: respx.MockRouter, clock: FakeClock) -> None:
    put = zendesk.put(PUT).mock(
        side_effect=[response(500, {"error": "oops"}), response(503, None), response(200, {"ticket": applied_ticket()})]
    )
    result = await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    assert result.note_added and put.call_count == 3
    assert len(clock.sleeps) == 2
    assert 0.5 <= clock.sleeps[0] <= 1.0 and 1.0 <= clock.sleeps[1] <= 2.0


async def test_5xx_until_the_deadline_raises_unavailable(
    client: ZendeskClient, zendesk: respx.MockRouter, clock: FakeClock
) -> None:
    put = zendesk.put(PUT).mock(return_value=response(502, None))
    start = clock.now
    with pytest.raises(Unavailable) as err:
        await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    assert err.value.status == 502 and not err.value.permanent
    assert "gave up" in err.value.message
    assert clock.now - start <= 120  # settings.zendesk_retry_deadline_seconds
    assert 4 <= put.call_count <= 12


async def test_timeouts_until_the_deadline_raise_unavailable(
    client: ZendeskClient, zendesk: respx.MockRouter, clock: FakeClock
) -> None:
    zendesk.put(PUT).mock(side_effect=httpx.ConnectTimeout("connect timed out"))
    with pytest.raises(Unavailable) as err:
        await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    assert err.value.status is None and "timeout" in err.value.message


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        (401, {"error": "Couldn't authenticate you"}, AuthenticationFailed, "authenticate"),
        (403, {"error": {"title": "Forbidden", "message": "You do not have access"}}, AuthenticationFailed, "access"),
        (404, {"error": "RecordNotFound", "description": "Not found"}, TicketNotFound, "Not found"),
        (
            422,
            {
                "error": "RecordInvalid",
                "description": "Record validation errors",
                "details": {"priority": [{"description": "Priority: is invalid", "error": "InvalidValue"}]},
            },
            Unprocessable,
            "Priority: is invalid",
        ),
    ],
)
async def test_permanent_errors_are_typed_and_not_retried(
    client: ZendeskClient, zendesk: respx.MockRouter, status: int, body: Any, error: type, words: str
) -> None:
    put = zendesk.put(PUT).mock(return_value=response(status, body))
    with pytest.raises(error) as err:
        await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    assert err.value.permanent and err.value.status == status and err.value.body == body
    assert words in str(err.value)
    assert put.call_count == 1


async def test_conflicts_forever_give_up(client: ZendeskClient, zendesk: respx.MockRouter) -> None:
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": ticket(TICKET, updated_at=LATER)}))
    zendesk.get(f"/api/v2/tickets/{TICKET}/comments.json").mock(return_value=response(200, {"comments": []}))
    put = zendesk.put(PUT).mock(return_value=response(409, {}))
    with pytest.raises(Conflict):
        await client.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
    assert put.call_count == 5


async def test_missing_fields_do_not_cost_the_ticket_its_tags_and_note(
    zendesk: respx.MockRouter, clock: FakeClock, tmp_path: Any
) -> None:
    """An admin deleted two fields (or never ran install): the PUT still carries tags, note and the
    fields that exist; the list is refreshed at most once per 10 minutes, not once per ticket."""
    listing = zendesk.get("/api/v2/ticket_fields.json").mock(
        return_value=response(200, {"ticket_fields": installed_fields()[:1]})
    )
    put = zendesk.put(PUT).mock(return_value=response(200, {"ticket": applied_ticket()}))
    async with ZendeskClient(settings(tmp_path), clock=clock, sleep=clock.sleep) as c:
        result = await c.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
        assert result.fields_missing == {"received_on", "due_on"}
        body = json.loads(put.calls[-1].request.content)["ticket"]
        assert [f["id"] for f in body["custom_fields"]] == [FIELD_IDS["request_type"]]
        assert "gdpr_access" in body["tags"] and body["comment"]["public"] is False
        await c.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
        assert listing.call_count == 1  # no refresh on every ticket
        clock.now += 601
        await c.apply(TICKET, CHANGE, snapshot=SNAPSHOT)
        assert listing.call_count == 2  # a later miss looks again (the admin may have run install)


# ------------------------------------------------------------------------------------------------
# The pure parts
# ------------------------------------------------------------------------------------------------
def test_merged_tags_keep_the_agents_tags() -> None:
    assert merged_tags(
        frozenset({"vip", "gdpr_due_soon"}), frozenset({"gdpr_overdue"}), frozenset({"gdpr_due_soon"})
    ) == [
        "gdpr_overdue",
        "vip",
    ]


def test_note_ref_is_the_last_line_and_added_once() -> None:
    once = note_with_ref(NOTE, KEY)
    assert once.splitlines()[-1] == f"gdpr-desk ref: {KEY}"
    assert note_with_ref(once, KEY) == once
    assert note_with_ref(NOTE, None) == NOTE


def test_has_ref_reads_every_rendering() -> None:
    html_only = {"id": 1, "html_body": f"<p>gdpr-desk ref: {KEY}</p>", "public": False}
    assert has_ref([html_only], KEY)
    assert not has_ref([comment(2, "gdpr-desk ref: other-key", public=False)], KEY)


def test_change_rejects_contradictions() -> None:
    with pytest.raises(ValueError, match="priority"):
        TicketChange(priority="critical")
    with pytest.raises(ValueError, match="both"):
        TicketChange(add_tags=frozenset({"a"}), remove_tags=frozenset({"a"}))


def test_update_body_matches_the_spec() -> None:
    from tests.helpdesk.oas import assert_valid, spec

    if spec() is None:
        pytest.skip("Zendesk's OpenAPI spec file is absent: nothing to validate against")
    body = update_body(CHANGE, current_tags=SNAPSHOT.tags, updated_stamp=STAMP, field_ids=FIELD_IDS, include_note=True)
    assert_valid("PUT", PUT, body)
    wrong = {"ticket": {**body["ticket"], "custom_fields": [{"key": "due_on", "value": "2024-04-04"}]}}
    assert spec().errors("PUT", PUT, wrong)  # type: ignore[union-attr]  # the erratum is enforced


async def test_a_retry_with_a_fresh_read_finds_the_note_that_already_landed(
    client: ZendeskClient, zendesk: respx.MockRouter
) -> None:
    """No payload snapshot (a sweep), and the first attempt's PUT landed before a crash: the fresh
    read carries the new stamp, so no 409 would come — the comments are checked first instead."""
    landed = applied_ticket()
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": landed}))
    zendesk.get(f"/api/v2/tickets/{TICKET}/comments.json").mock(
        return_value=response(
            200, {"comments": [comment(12, f"guidance\n\ngdpr-desk ref: {KEY}", public=False)], "next_page": None}
        )
    )
    put = zendesk.put(PUT).mock(return_value=response(200, {"ticket": landed}))
    result = await client.apply(TICKET, CHANGE, retry=True)
    assert result.already_applied and not result.note_added
    assert put.call_count == 0  # everything was there: no second note, no write at all


async def test_a_first_attempt_with_a_fresh_read_does_not_look_for_the_note(
    client: ZendeskClient, zendesk: respx.MockRouter
) -> None:
    zendesk.get(PUT).mock(return_value=response(200, {"ticket": ticket(TICKET, tags=["vip"], updated_at=STAMP)}))
    comments = zendesk.get(f"/api/v2/tickets/{TICKET}/comments.json").mock(
        return_value=response(200, {"comments": [], "next_page": None})
    )
    zendesk.put(PUT).mock(return_value=response(200, {"ticket": applied_ticket()}))
    result = await client.apply(TICKET, CHANGE)
    assert result.note_added and comments.call_count == 0 and result.api_calls == 2
