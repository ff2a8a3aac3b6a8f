"""GET /app/sidebar/data: authentication, the case fields, and proofs that verify independently."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from plugin.app import Service, create_app
from plugin.ledger import merkle
from plugin.ledger.checkpoint import CheckpointSigner, NoteError, open_checkpoint
from plugin.ledger.entry import decode_leaf
from plugin.ledger.keys import checkpoint_signer
from plugin.sidebar import sidebar_routes
from tests.sidebar._helpers import (
    APP_SECRET,
    OTHER_TICKET,
    TEXT,
    TICKET,
    Filled,
    create_token,
    fill_case,
    make_service,
    make_settings,
)
from tests.support import NOW, MovableClock

AUTH = {"Authorization": f"Bearer {APP_SECRET}"}


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(NOW)


@pytest.fixture
def service(tmp_path: Path, clock: MovableClock) -> Service:
    return make_service(make_settings(tmp_path), clock)


@pytest.fixture
def filled(service: Service) -> Filled:
    return fill_case(service)


def client_for(service: Service, **kwargs: Any) -> TestClient:
    app = create_app(service.settings, service=service, extra_routes=sidebar_routes(service, **kwargs))
    return TestClient(app)


@pytest.fixture
def client(service: Service, filled: Filled) -> Iterator[TestClient]:
    with client_for(service) as c:
        yield c


def get(client: TestClient, query: str = f"ticket={TICKET}", headers: dict[str, str] | None = None) -> Any:
    return client.get(f"/app/sidebar/data?{query}", headers=AUTH if headers is None else headers)


# --- authentication -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-secret"}, {"Authorization": APP_SECRET}, {"Authorization": "Bearer "}],
    ids=["missing", "wrong-secret", "not-bearer", "empty"],
)
def test_without_a_valid_credential_is_401(client: TestClient, headers: dict[str, str]) -> None:
    response = get(client, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "case" not in response.json()


def test_the_apps_shared_secret_reads(client: TestClient) -> None:
    response = get(client)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"


def test_auditor_token_reads_and_the_read_is_recorded(client: TestClient, service: Service) -> None:
    token = create_token(service, "auditor")
    size = service.ledger.size()
    response = get(client, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    last = next(service.ledger.entries(size, size + 1))
    token_id = token.split("_")[1]
    assert (last.kind, last.data["token"], last.data["endpoint"]) == ("audit_read", token_id, "sidebar")
    assert token not in last.leaf.decode()


def test_the_apps_reads_are_not_recorded(client: TestClient, service: Service) -> None:
    size = service.ledger.size()
    assert get(client).status_code == 200
    assert service.ledger.size() == size


def test_admin_token_is_403(client: TestClient, service: Service) -> None:
    response = get(client, headers={"Authorization": f"Bearer {create_token(service, 'admin')}"})
    assert response.status_code == 403
    assert "role 'admin'" in response.json()["error"]


def test_revoked_or_made_up_token_is_401(client: TestClient, service: Service) -> None:
    token = create_token(service, "auditor")
    with service.db.transaction(service.db.thread_connection()) as tx:
        from plugin.ledger.tokens import Tokens

        assert Tokens(service.db).revoke(tx, token.split("_")[1], now=NOW)
    assert get(client, headers={"Authorization": f"Bearer {token}"}).status_code == 401
    made_up = "gdt_0123456789ab_" + "0" * 48
    assert get(client, headers={"Authorization": f"Bearer {made_up}"}).status_code == 401


def test_without_the_shared_secret_setting_the_app_gets_503_and_tokens_still_work(
    tmp_path: Path, clock: MovableClock
) -> None:
    service = make_service(make_settings(tmp_path, secret=None), clock)
    fill_case(service)
    with client_for(service) as client:
        response = get(client, headers={"Authorization": "Bearer whatever-zendesk-sends"})
        assert response.status_code == 503
        assert "GDPR_DESK_APP_SHARED_SECRET" in response.json()["error"]
        assert get(client, headers={}).status_code == 401
        token = create_token(service, "auditor")
        assert get(client, headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_with_nothing_configured_it_is_503(tmp_path: Path, clock: MovableClock) -> None:
    from plugin.sidebar import SidebarAuth

    auth = SidebarAuth(None, None)
    assert not auth.enabled
    with pytest.raises(Exception) as caught:
        auth.check("Bearer x")
    assert getattr(caught.value, "status", None) == 503


def test_the_secret_is_never_logged(tmp_path: Path, clock: MovableClock) -> None:
    from plugin.logs import configure_logging

    out = io.StringIO()
    configure_logging("debug", stream=out)
    service = make_service(make_settings(tmp_path), clock)
    fill_case(service)
    token = create_token(service, "auditor")
    with client_for(service) as client:
        for headers in (AUTH, {"Authorization": f"Bearer {token}"}, {"Authorization": "Bearer nope"}):
            get(client, headers=headers)
    text = out.getvalue()
    assert "sidebar_read" in text  # the reads were logged …
    assert APP_SECRET not in text and token not in text  # … without the credentials


# --- parameters -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "query", ["", "ticket=", "ticket=abc", "ticket=0", "ticket=-4", "ticket=1e3", "ticket=" + "9" * 20]
)
def test_bad_ticket_parameter_is_400(client: TestClient, query: str) -> None:
    response = get(client, query)
    assert response.status_code == 400
    assert "ticket" in response.json()["error"]


def test_unknown_ticket_is_404(client: TestClient) -> None:
    response = get(client, "ticket=999999")
    assert response.status_code == 404


def test_a_ticket_with_entries_but_no_case_shows_its_trail(client: TestClient) -> None:
    response = get(client, f"ticket={OTHER_TICKET}")
    assert response.status_code == 200
    body = response.json()
    assert body["case"] is None and body["checklist"] == []
    assert [row["kind"] for row in body["trail"]] == ["webhook_received"] * 3


# --- the case ---------------------------------------------------------------------------------
def test_case_fields_dates_and_guidance(client: TestClient, filled: Filled) -> None:
    body = get(client).json()
    case = body["case"]
    assert body["ticket"] == TICKET and body["language"] == "en" and body["today"] == "2026-11-28"
    assert case["state"] == "open" and not case["closed"]
    assert case["rights"] == [{"code": "access", "name": "Right of access", "article": "15"}]
    assert case["received_on"] == {"iso": "2026-11-25", "text": "25 November 2026"}
    assert case["effective_due_on"] == {"iso": "2026-12-28", "text": "28 December 2026"}
    assert case["due_on"] == case["effective_due_on"] and case["extended_due_on"] is None
    assert (case["days_left"], case["overdue"], case["due_soon"], case["on_hold"]) == (30, False, False, False)
    assert case["macros"]["next"] == {"id": "acknowledge", "title": "Acknowledge receipt"}
    assert [m["id"] for m in case["macros"]["replies"]] == ["reply_access"]
    checklist = body["checklist"]
    assert checklist[1].startswith("Access:")
    assert any("28 December 2026" in item for item in checklist)  # the extension deadline item


def test_language_from_the_query_then_the_ticket(client: TestClient) -> None:
    body = get(client, f"ticket={TICKET}&lang=fr-BE").json()
    assert body["language"] == "fr"
    assert body["case"]["rights"][0]["name"] == "Droit d'accès"
    assert body["case"]["effective_due_on"]["text"] == "28 décembre 2026"
    assert body["case"]["macros"]["next"]["title"] == "Accusé de réception"
    assert body["trail"][-1]["summary"].startswith("Vérifié")
    assert get(client, f"ticket={TICKET}&lang=xx").json()["language"] == "en"  # unknown: the ticket's


@pytest.mark.parametrize(
    ("days", "left", "overdue", "due_soon"),
    [(0, 30, False, False), (26, 4, False, True), (30, 0, False, True), (31, -1, True, False), (40, -10, True, False)],
)
def test_days_left_due_soon_and_overdue(
    client: TestClient, clock: MovableClock, days: int, left: int, overdue: bool, due_soon: bool
) -> None:
    clock.advance(days=days)
    case = get(client).json()["case"]
    assert (case["days_left"], case["overdue"], case["due_soon"]) == (left, overdue, due_soon)


def test_closed_case_has_no_next_macro(client: TestClient, service: Service, filled: Filled) -> None:
    answered = filled.case.evolve(state="completed", answered_on=NOW.date(), on_time=True)
    with service.db.transaction(service.db.thread_connection()) as tx:
        service.cases.save(tx, answered, now=NOW.isoformat())
    case = get(client).json()["case"]
    assert case["closed"] and case["days_left"] is None and not case["overdue"]
    assert case["macros"] == {"next": None, "why_none": "closed", "replies": []}
    assert case["answered_on"]["text"] == "28 November 2026"


def test_waiting_for_identification_is_on_hold(client: TestClient, service: Service, filled: Filled) -> None:
    waiting = filled.case.evolve(state="id_requested", due_on=None, suspensions=((NOW.date(), None),))
    with service.db.transaction(service.db.thread_connection()) as tx:
        service.cases.save(tx, waiting, now=NOW.isoformat())
    case = get(client).json()["case"]
    assert case["on_hold"] and case["effective_due_on"] is None and case["days_left"] is None
    assert case["macros"]["why_none"] == "waiting"


def test_escalations_are_named_with_their_action(client: TestClient, service: Service, filled: Filled) -> None:
    escalated = filled.case.evolve(escalations=("data_breach", "objection_balancing"))
    with service.db.transaction(service.db.thread_connection()) as tx:
        service.cases.save(tx, escalated, now=NOW.isoformat())
    escalations = get(client, f"ticket={TICKET}&lang=de").json()["case"]["escalations"]
    assert [e["name"] for e in escalations] == ["Mögliche Datenpanne (72 Stunden)", "Widerspruch: Interessenabwägung"]
    assert all(e["action"] for e in escalations)


# --- the trail and its proofs ---------------------------------------------------------------------
def _verifier(service: Service) -> CheckpointSigner:
    return checkpoint_signer(service.settings)


def test_trail_is_this_tickets_entries_with_summaries_and_no_message_text(client: TestClient, filled: Filled) -> None:
    response = get(client)
    body = response.json()
    assert [row["seq"] for row in body["trail"]] == filled.trail
    assert [row["kind"] for row in body["trail"]] == ["webhook_received", "decision", "webhook_received", "decision"]
    assert [row["summary"] for row in body["trail"]] == [
        "Event received: ticket created",
        "Request recognised: Right of access · internal note posted",
        "Event received: new comment",
        "Checked: nothing to change",
    ]
    assert body["trail_total"] == 4
    assert "Jane" not in response.text and TEXT[:20] not in response.text


def test_every_proof_verifies_against_the_signed_checkpoint(client: TestClient, service: Service) -> None:
    body = get(client).json()
    cp = body["checkpoint"]
    signer = _verifier(service)
    checkpoint = open_checkpoint(cp["note"], [signer.signer.verifier()], origin=service.settings.log_origin)
    assert checkpoint.size == cp["size"] == service.ledger.size()
    assert base64.b64encode(checkpoint.root).decode() == cp["root"]
    assert cp["verifier_key"] == signer.verifier_key
    for row in body["trail"]:
        leaf = base64.b64decode(row["leaf"])
        assert decode_leaf(leaf)["seq"] == row["seq"] and row["covered"]
        proof = [base64.b64decode(p) for p in row["proof"]]
        assert merkle.verify_inclusion(merkle.leaf_hash(leaf), row["seq"], checkpoint.size, proof, checkpoint.root)
        # and a proof is bound to its position and its bytes
        assert not merkle.verify_inclusion(
            merkle.leaf_hash(leaf + b" "), row["seq"], checkpoint.size, proof, checkpoint.root
        )


@pytest.mark.postgres
def test_on_postgresql_too(tmp_path: Path, clock: MovableClock, postgres_url: str) -> None:
    service = make_service(make_settings(tmp_path, database_url=postgres_url), clock)
    filled = fill_case(service)
    with client_for(service) as client:
        body = get(client).json()
        assert get(client, headers={"Authorization": f"Bearer {create_token(service, 'admin')}"}).status_code == 403
    assert body["case"]["effective_due_on"]["iso"] == "2026-12-28"
    assert [row["seq"] for row in body["trail"]] == filled.trail
    root = base64.b64decode(body["checkpoint"]["root"])
    for row in body["trail"]:
        leaf, proof = base64.b64decode(row["leaf"]), [base64.b64decode(p) for p in row["proof"]]
        assert merkle.verify_inclusion(merkle.leaf_hash(leaf), row["seq"], body["checkpoint"]["size"], proof, root)


def test_a_current_checkpoint_is_reused_and_a_stale_one_replaced(client: TestClient, service: Service) -> None:
    first = get(client).json()["checkpoint"]
    assert get(client).json()["checkpoint"] == first  # nothing new: the same checkpoint
    assert len(service.ledger.checkpoints()) == 1
    fill_case(service, TICKET + 1, noise=0)  # other tickets' entries do not need a new one
    assert get(client).json()["checkpoint"] == first
    with service.db.transaction(service.db.thread_connection()) as tx:  # a new entry of this ticket does
        entry = service.ledger.append(tx, "decision", {"decision": "unchanged"}, time=NOW + timedelta(hours=1))
        service.cases.add_trail(tx, TICKET, entry.seq, "decision")
    body = get(client).json()
    assert body["checkpoint"]["size"] == entry.seq + 1 > first["size"]
    assert all(row["covered"] for row in body["trail"])


def test_if_signing_fails_new_entries_are_shown_as_not_covered(service: Service, filled: Filled) -> None:
    with client_for(service) as client:
        covered = get(client).json()["checkpoint"]["size"]
    with service.db.transaction(service.db.thread_connection()) as tx:
        entry = service.ledger.append(tx, "decision", {"decision": "unchanged"}, time=NOW + timedelta(hours=1))
        service.cases.add_trail(tx, TICKET, entry.seq, "decision")

    def broken_signer() -> CheckpointSigner:
        raise NoteError("signing key is not an Ed25519 key")

    with client_for(service, signer=broken_signer) as client:
        body = get(client).json()
    assert body["checkpoint"]["size"] == covered
    assert "could not sign" in body["ledger_problem"] and "NoteError" not in body["ledger_problem"]
    last = body["trail"][-1]
    assert last["seq"] == entry.seq and not last["covered"] and last["proof"] is None
    assert all(row["covered"] for row in body["trail"][:-1])


def test_the_page_and_its_assets(client: TestClient) -> None:
    page = client.get("/app/sidebar?ticket=4242")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert (
        "frame-ancestors 'self' https://*.zendesk.com" in csp and "script-src 'self' https://static.zdassets.com" in csp
    )
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "zdassets" not in page.text  # the SDK is only loaded by the script, inside Zendesk
    for asset, kind in [("sidebar.js", "javascript"), ("sidebar.css", "text/css"), ("sidebar-i18n.json", "json")]:
        response = client.get(f"/app/sidebar/assets/{asset}")
        assert response.status_code == 200 and kind in response.headers["content-type"], asset
    assert json.loads(client.get("/app/sidebar/assets/sidebar-i18n.json").text)["fr"]["labels"]["title"]
