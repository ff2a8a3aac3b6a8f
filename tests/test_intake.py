"""POST /webhooks/zendesk end to end through the app: verified, durable, deduplicated, never a 5xx."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from plugin.app import build_service, create_app
from plugin.config import Settings
from plugin.logs import configure_logging
from plugin.storage import Database
from tests.support import SECRET, MovableClock, fixture_bytes, signed_headers

URL = "/webhooks/zendesk"


def make_settings(tmp_path: Path, **extra: object) -> Settings:
    return Settings(data_dir=tmp_path, webhook_secret=SECRET, _env_file=None, **extra)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def client(tmp_path: Path, clock: MovableClock) -> Iterator[TestClient]:
    app = create_app(make_settings(tmp_path, max_body_bytes=4096 * 4), clock=clock)
    with TestClient(app) as test_client:
        yield test_client


def stored(client: TestClient) -> list[tuple]:
    db = client.app.state.service.db  # type: ignore[attr-defined]
    with db.transaction(write=False) as tx:
        return tx.execute("SELECT dedup_key, event_id, event_type, ticket_id, state FROM inbox ORDER BY id").fetchall()


def post(client: TestClient, body: bytes, **kwargs: object):
    return client.post(URL, content=body, headers=signed_headers(body, **kwargs))  # type: ignore[arg-type]


def test_trigger_webhook_is_stored_then_acknowledged(client: TestClient) -> None:
    response = post(client, fixture_bytes("trigger_ticket_created_fr.json"), invocation="inv-a")
    assert response.status_code == 202
    assert response.json()["status"] == "accepted"
    assert stored(client) == [("inv:inv-a", None, "ticket.created", 48213, "pending")]


def test_event_webhook_is_stored(client: TestClient) -> None:
    response = post(client, fixture_bytes("event_comment_added_nl.json"), invocation="inv-b")
    assert response.status_code == 202
    assert stored(client) == [
        ("inv:inv-b", "evt:01JDV5X2Q8H6M3C9R7T4W1Z0KA", "ticket.comment_added", 48214, "pending"),
    ]


def test_redelivery_answers_2xx_and_stores_nothing_new(client: TestClient) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    assert post(client, body, invocation="inv-same").status_code == 202
    again = post(client, body, invocation="inv-same")
    assert again.status_code == 200 and again.json() == {"status": "duplicate"}
    assert len(stored(client)) == 1


def test_same_event_through_two_webhooks_counts_once(client: TestClient) -> None:
    body = fixture_bytes("event_comment_added_nl.json")
    assert post(client, body, invocation="inv-1").status_code == 202
    assert post(client, body, invocation="inv-2").status_code == 200
    assert len(stored(client)) == 1


def test_replayed_trigger_body_under_a_new_invocation_id_is_a_duplicate(client: TestClient) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    assert post(client, body, invocation="first").status_code == 202
    assert post(client, body, invocation="replayed").status_code == 200
    assert len(stored(client)) == 1


def test_replay_is_caught_for_as_long_as_its_signature_is_valid(client: TestClient, clock: MovableClock) -> None:
    # The sender's clock runs 200 s ahead of ours: its signature stays valid until 500 s from now,
    # so the body must be remembered that long, not just 300 s from its receipt.
    from datetime import timedelta

    from tests.support import NOW

    body = fixture_bytes("trigger_ticket_created_fr.json")
    ahead = NOW + timedelta(seconds=200)
    first = client.post(URL, content=body, headers=signed_headers(body, at=ahead, invocation="first"))
    assert first.status_code == 202
    clock.advance(seconds=350)
    replay = client.post(URL, content=body, headers=signed_headers(body, at=ahead, invocation="replay"))
    assert replay.status_code == 200 and replay.json() == {"status": "duplicate"}
    assert len(stored(client)) == 1


def test_remembered_bodies_are_capped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import plugin.intake as intake_module

    monkeypatch.setattr(intake_module, "RECENT_MAX", 3)
    service = build_service(make_settings(tmp_path))
    now = MovableClock().now
    for n in range(5):
        service.intake._remember(f"digest-{n}", now, now)
    assert list(service.intake._recent) == ["digest-2", "digest-3", "digest-4"]


@pytest.mark.parametrize(
    "headers_change",
    [{"x-zendesk-webhook-signature-timestamp": "0001-01-01T00:00:00+01:00"}, {"content-length": "12x"}],
)
def test_odd_headers_are_4xx_never_5xx(client: TestClient, headers_change: dict) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = signed_headers(body)
    headers.update(headers_change)
    response = client.post(URL, content=body, headers=headers)
    assert 400 <= response.status_code < 500
    assert stored(client) == []


def test_unicode_digits_in_the_ticket_id_are_a_wrong_shape(client: TestClient) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json").replace(b'"48213"', '"²"'.encode())
    assert post(client, body).status_code == 400
    assert stored(client) == []


def test_missing_invocation_id_deduplicates_on_the_body(client: TestClient) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    assert post(client, body, invocation=None).status_code == 202
    assert post(client, body, invocation=None).status_code == 200
    assert len(stored(client)) == 1


@pytest.mark.parametrize(
    ("headers_change", "reason"),
    [
        ({"x-zendesk-webhook-signature": "AAAA"}, "signature_bad"),
        ({"x-zendesk-webhook-signature": None}, "signature_missing"),
        ({"x-zendesk-webhook-signature-timestamp": "not a time"}, "timestamp"),
    ],
)
def test_bad_signature_is_401_and_not_stored(client: TestClient, headers_change: dict, reason: str) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = signed_headers(body)
    for key, value in headers_change.items():
        if value is None:
            headers.pop(key)
        else:
            headers[key] = value
    response = client.post(URL, content=body, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"] == reason
    assert stored(client) == []


def test_stale_timestamp_is_401(client: TestClient, clock: MovableClock) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = signed_headers(body)
    clock.advance(minutes=6)
    response = client.post(URL, content=body, headers=headers)
    assert response.status_code == 401 and response.json()["error"] == "timestamp_stale"
    assert stored(client) == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"schema": "gdpr-desk/trigger-v1", ', "malformed_json"),
        (b"[]", "wrong_shape"),
        (b'{"ticket": {"id": 1}}', "wrong_shape"),
        (b'{"schema": "gdpr-desk/trigger-v1", "event": "ticket_created", "ticket": {"id": "x"}}', "wrong_shape"),
    ],
)
def test_malformed_or_wrong_shape_is_400(client: TestClient, body: bytes, reason: str) -> None:
    response = post(client, body)
    assert response.status_code == 400
    assert response.json()["error"] == reason
    assert stored(client) == []


def test_oversize_body_is_413_by_declared_length(client: TestClient) -> None:
    body = b'{"pad": "' + b"x" * 20000 + b'"}'
    response = post(client, body)
    assert response.status_code == 413
    assert stored(client) == []


def test_oversize_body_is_413_when_streamed_without_length(client: TestClient) -> None:
    body = b'{"pad": "' + b"x" * 20000 + b'"}'
    headers = signed_headers(body)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 1000):
            yield body[start : start + 1000]

    response = client.post(URL, content=chunks(), headers=headers)
    assert response.status_code == 413
    assert stored(client) == []


def test_body_streamed_in_chunks_is_reassembled_and_stored(client: TestClient) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = signed_headers(body, invocation="inv-chunked")

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 100):
            yield body[start : start + 100]

    response = client.post(URL, content=chunks(), headers=headers)
    assert response.status_code == 202
    assert stored(client) == [("inv:inv-chunked", None, "ticket.created", 48213, "pending")]


def test_other_methods_on_the_webhook_path_are_405(client: TestClient) -> None:
    assert client.get(URL).status_code == 405
    assert stored(client) == []


def test_client_gone_before_the_whole_body_stores_nothing_and_answers_nothing(tmp_path: Path) -> None:
    import asyncio

    service = build_service(make_settings(tmp_path))
    service.ensure_schema()
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = {k.lower(): v for k, v in signed_headers(body, invocation="inv-gone").items()}
    messages = [
        {"type": "http.request", "body": body[:200], "more_body": True},
        {"type": "http.disconnect"},
    ]

    async def receive() -> dict[str, object]:
        return messages.pop(0)

    assert asyncio.run(service.intake.handle(headers, receive)) is None
    with service.db.transaction(write=False) as tx:
        assert tx.scalar("SELECT COUNT(*) FROM inbox") == 0


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", ""])
def test_non_json_content_type_is_415(client: TestClient, content_type: str) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = signed_headers(body)
    headers["content-type"] = content_type
    response = client.post(URL, content=body, headers=headers)
    assert response.status_code == 415
    assert stored(client) == []


def test_json_with_charset_is_accepted(client: TestClient) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = signed_headers(body)
    headers["content-type"] = "application/json; charset=utf-8"
    assert client.post(URL, content=body, headers=headers).status_code == 202


def test_unknown_event_type_is_acknowledged_ignored_and_logged(tmp_path: Path, clock: MovableClock) -> None:
    out = io.StringIO()
    configure_logging("info", stream=out)
    app = create_app(make_settings(tmp_path), clock=clock)
    with TestClient(app) as client:
        response = post(client, fixture_bytes("event_user_created.json"), invocation="inv-user")
        assert response.status_code == 202 and response.json()["status"] == "ignored"
        assert stored(client) == []
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{")]
    ignored = [line for line in lines if line["event"] == "webhook_ignored"]
    assert ignored and ignored[0]["event_type"] == "user.created" and ignored[0]["invocation_id"] == "inv-user"


def test_logs_bind_invocation_id_and_never_hold_text_or_email(tmp_path: Path, clock: MovableClock) -> None:
    out = io.StringIO()
    configure_logging("debug", stream=out)
    app = create_app(make_settings(tmp_path), clock=clock)
    with TestClient(app) as client:
        post(client, fixture_bytes("trigger_ticket_created_fr.json"), invocation="inv-log-1")
        post(client, fixture_bytes("event_comment_added_nl.json"), invocation="inv-log-2")
        post(client, b"{not json", invocation="inv-log-3")
    text = out.getvalue()
    for forbidden in (
        "camille.dubois@example.org",
        "pieter.janssens@example.com",
        "Verwijder gewoon",
        "copie de toutes les données",
        "Camille Dubois",
        "@example",
    ):
        assert forbidden not in text
    request_lines = [json.loads(line) for line in text.splitlines() if '"webhook_' in line]
    assert {line["invocation_id"] for line in request_lines} == {"inv-log-1", "inv-log-2", "inv-log-3"}


def test_metrics_count_accepted_rejected_duplicates_and_depth(client: TestClient) -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    post(client, body, invocation="m1")
    post(client, body, invocation="m1")
    post(client, b"{}", invocation="m2")
    client.post(URL, content=body, headers={"content-type": "application/json"})
    text = client.get("/metrics").text
    assert "gdpr_desk_webhooks_accepted_total 1" in text
    assert "gdpr_desk_webhooks_duplicate_total 1" in text
    assert 'gdpr_desk_webhooks_rejected_total{reason="wrong_shape"} 1' in text
    assert 'gdpr_desk_webhooks_rejected_total{reason="signature_missing"} 1' in text
    assert 'gdpr_desk_inbox_depth{state="pending"} 1' in text
    assert "# TYPE gdpr_desk_webhooks_accepted_total counter" in text


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "alive"
    assert client.get("/readyz").status_code == 200


def test_readiness_fails_when_database_is_unreachable(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    service = build_service(settings, database=Database(settings.effective_database_url))
    app = create_app(settings, service=service)
    with TestClient(app) as client:
        service.db = Database("postgresql://postgres@127.0.0.1:1/none?connect_timeout=1")
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["database"] == "unreachable"


def test_store_failure_is_503_not_acknowledged(tmp_path: Path, clock: MovableClock) -> None:
    app = create_app(make_settings(tmp_path), clock=clock)
    with TestClient(app) as client:
        service = client.app.state.service  # type: ignore[attr-defined]

        def broken_hook(tx, item, row_id):
            raise RuntimeError("disk full")

        service.intake.hooks = [broken_hook]
        response = post(client, fixture_bytes("trigger_ticket_created_fr.json"))
        assert response.status_code == 503
        assert response.headers["retry-after"] == "5"
        service.intake.hooks = []
        assert stored(client) == []


@pytest.mark.postgres
def test_intake_on_postgresql(postgres_url: str, tmp_path: Path, clock: MovableClock) -> None:
    settings = make_settings(tmp_path, database_url=postgres_url)
    app = create_app(settings, clock=clock)
    with TestClient(app) as client:
        body = fixture_bytes("event_comment_added_nl.json")
        assert post(client, body, invocation="pg-1").status_code == 202
        assert post(client, body, invocation="pg-1").status_code == 200
        assert post(client, body, invocation="pg-2").status_code == 200
        assert stored(client) == [
            ("inv:pg-1", "evt:01JDV5X2Q8H6M3C9R7T4W1Z0KA", "ticket.comment_added", 48214, "pending"),
        ]


def test_only_post_on_the_webhook_path_skips_the_middleware_stack(tmp_path: Path) -> None:
    import asyncio

    from plugin.app import ServiceApp

    seen: list[str] = []

    class FakeIntake:
        async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
            seen.append(f"intake {scope['method']} {scope['path']}")

    async def other(request):  # type: ignore[no-untyped-def]
        seen.append(f"router {request.method} {request.url.path}")
        return PlainTextResponse("ok")

    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    app = ServiceApp(
        FakeIntake(),  # type: ignore[arg-type]
        routes=[Route(URL, other, methods=["GET", "POST"]), Route("/healthz", other)],
    )
    statuses: list[int] = []

    async def receive():  # type: ignore[no-untyped-def]
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):  # type: ignore[no-untyped-def]
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    async def run() -> None:
        for method, path in (("POST", URL), ("GET", URL), ("POST", URL + "/extra"), ("GET", "/healthz")):
            scope = {"type": "http", "method": method, "path": path, "headers": [], "query_string": b""}
            await app(scope, receive, send)

    asyncio.run(run())
    assert seen == [f"intake POST {URL}", f"router GET {URL}", "router GET /healthz"]
    assert statuses == [200, 404, 200]  # the fake intake answered nothing; /extra is not a route
