"""Signature verification and payload parsing (pure functions over bytes and headers)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from plugin.webhooks import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    ZENDESK_TEST_SECRET,
    PayloadInvalid,
    SignatureInvalid,
    parse_delivery,
    parse_json,
    sign,
    trigger_body,
    trigger_body_template,
    verify_signature,
)
from tests.support import NOW, SECRET, fixture_bytes, fixture_json, signed_headers

WINDOW = timedelta(seconds=300)


def test_known_signature_vector() -> None:
    # Computed with openssl:
    # printf "%s" "2021-03-25T05:09:27Z{\"a\":1}" | openssl dgst -sha256 -hmac secret -binary | base64
    assert sign("secret", "2021-03-25T05:09:27Z", b'{"a":1}') == "cfusl9J3LiQ8f1lBL4XyKz9XF36PrBmDiX2DDJ7FACs="


def test_valid_signature_returns_signed_time() -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    signed_at = verify_signature(signed_headers(body), body, (SECRET,), now=NOW, tolerance=WINDOW)
    assert signed_at == NOW.replace(microsecond=0)


def test_any_changed_byte_fails() -> None:
    body = fixture_bytes("trigger_ticket_created_fr.json")
    headers = signed_headers(body)
    tampered = body.replace(b"48213", b"48214")
    with pytest.raises(SignatureInvalid) as info:
        verify_signature(headers, tampered, (SECRET,), now=NOW, tolerance=WINDOW)
    assert info.value.reason == "signature_bad"


def test_body_then_timestamp_order_is_not_accepted() -> None:
    body = b'{"x":1}'
    headers = signed_headers(body)
    timestamp = headers[TIMESTAMP_HEADER]
    import base64
    import hashlib
    import hmac

    wrong = base64.b64encode(hmac.new(SECRET.encode(), body + timestamp.encode(), hashlib.sha256).digest()).decode()
    headers[SIGNATURE_HEADER] = wrong
    with pytest.raises(SignatureInvalid):
        verify_signature(headers, body, (SECRET,), now=NOW, tolerance=WINDOW)


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda h: h.pop(SIGNATURE_HEADER), "signature_missing"),
        (lambda h: h.pop(TIMESTAMP_HEADER), "signature_missing"),
        (lambda h: h.update({SIGNATURE_HEADER: "not base64!!"}), "signature_bad"),
        (lambda h: h.update({TIMESTAMP_HEADER: "yesterday"}), "timestamp"),
        (lambda h: h.update({TIMESTAMP_HEADER: "2026-11-28T15:05:00"}), "timestamp"),
    ],
)
def test_bad_headers(mutate, reason: str) -> None:
    body = b"{}"
    headers = signed_headers(body)
    mutate(headers)
    with pytest.raises(SignatureInvalid) as info:
        verify_signature(headers, body, (SECRET,), now=NOW, tolerance=WINDOW)
    assert info.value.reason == reason


@pytest.mark.parametrize("offset", [timedelta(seconds=301), timedelta(seconds=-301), timedelta(hours=5)])
def test_timestamp_outside_window_is_stale(offset: timedelta) -> None:
    body = b"{}"
    headers = signed_headers(body, at=NOW - offset)
    with pytest.raises(SignatureInvalid) as info:
        verify_signature(headers, body, (SECRET,), now=NOW, tolerance=WINDOW)
    assert info.value.reason == "timestamp_stale"


def test_timestamp_at_window_edge_is_accepted() -> None:
    body = b"{}"
    headers = signed_headers(body, at=NOW - timedelta(seconds=300))
    verify_signature(headers, body, (SECRET,), now=NOW, tolerance=WINDOW)


def test_rotation_accepts_old_and_new_secret() -> None:
    body = b"{}"
    headers = signed_headers(body, secret="old-secret")
    verify_signature(headers, body, ("new-secret", "old-secret"), now=NOW, tolerance=WINDOW)


def test_zendesk_test_secret_is_named() -> None:
    body = b"{}"
    headers = signed_headers(body, secret=ZENDESK_TEST_SECRET)
    with pytest.raises(SignatureInvalid) as info:
        verify_signature(headers, body, (SECRET,), now=NOW, tolerance=WINDOW)
    assert info.value.reason == "test_secret"


def test_no_configured_secret_rejects_everything() -> None:
    body = b"{}"
    with pytest.raises(SignatureInvalid):
        verify_signature(signed_headers(body), body, (), now=NOW, tolerance=WINDOW)


# -- parsing -------------------------------------------------------------------------------------
def test_trigger_webhook_is_parsed() -> None:
    delivery = parse_delivery(fixture_json("trigger_ticket_created_fr.json"))
    event = delivery.event
    assert delivery.kind == "trigger"
    assert event is not None
    assert event.event_type == "ticket.created"
    assert event.ticket_id == 48213
    assert event.subject == "Demande d'accès à mes données personnelles"
    assert "article 15 du RGPD" in (event.description or "")
    assert event.comment_public is True
    assert event.requester_locale == "fr"
    assert event.tags == frozenset({"web_widget", "vip"})
    assert event.group_id == 360001234567
    assert event.created_at == "2026-11-28T14:58:03Z"
    assert event.has_text


def test_event_webhook_comment_added() -> None:
    delivery = parse_delivery(fixture_json("event_comment_added_nl.json"))
    event = delivery.event
    assert event is not None
    assert delivery.event_id == "01JDV5X2Q8H6M3C9R7T4W1Z0KA"
    assert event.ticket_id == 48214
    assert event.event_type == "ticket.comment_added"
    assert "Verwijder gewoon al mijn gegevens" in (event.latest_comment or "")
    assert event.comment_public is True
    assert event.status == "open"
    assert event.tags == frozenset({"levering", "nl"})


def test_event_webhook_tags_and_status() -> None:
    tags = parse_delivery(fixture_json("event_tags_changed.json")).event
    assert tags is not None and tags.tags_added == frozenset({"gdpr_id_requested"})
    status = parse_delivery(fixture_json("event_status_changed.json")).event
    assert status is not None and (status.status, status.previous_status) == ("solved", "open")


def test_unhandled_event_type_is_recognised_but_has_no_event() -> None:
    delivery = parse_delivery(fixture_json("event_user_created.json"))
    assert delivery.event is None
    assert delivery.event_type == "user.created"


def test_unrendered_placeholders_mean_absent() -> None:
    body = trigger_body("ticket_updated")
    body["ticket"]["id"] = "77"
    event = parse_delivery(body).event
    assert event is not None
    assert event.ticket_id == 77
    assert event.subject is None and event.description is None and event.group_id is None


@pytest.mark.parametrize(
    "body",
    [
        {"hello": "world"},
        {"schema": "gdpr-desk/trigger-v1", "event": "ticket_created", "ticket": {"id": "abc"}},
        {"schema": "gdpr-desk/trigger-v1", "event": "ticket_created", "ticket": {"id": "-5"}},
        {"schema": "gdpr-desk/trigger-v1", "event": "ticket_created", "ticket": "48213"},
        {"schema": "gdpr-desk/trigger-v1", "event": "ticket_created", "ticket": {"id": "1", "tags": [1, 2]}},
        {"type": "zen:event-type:ticket.created", "subject": "zen:ticket:1", "detail": {}},
        {"type": "zen:event-type:ticket.created", "id": "e1", "subject": "zen:user:1", "detail": {}},
        {"type": "zen:event-type:ticket.comment_added", "id": "e1", "subject": "zen:ticket:1", "detail": []},
    ],
)
def test_wrong_shapes_are_payload_errors(body: dict) -> None:
    with pytest.raises(PayloadInvalid):
        parse_delivery(body)


@pytest.mark.parametrize("raw", [b"", b"{", b"[1, 2]", b'"text"', b"\xff\xfe{}", b"null"])
def test_malformed_json(raw: bytes) -> None:
    with pytest.raises(PayloadInvalid):
        parse_json(raw)


def test_template_is_valid_json_with_every_field_the_issue_names() -> None:
    for event in ("ticket_created", "ticket_updated"):
        template = json.loads(trigger_body_template(event))
        ticket = template["ticket"]
        for key in (
            "id",
            "subject",
            "description",
            "latest_comment",
            "requester",
            "tags",
            "created_at",
            "updated_at",
            "brand",
            "group",
            "via",
        ):
            assert key in ticket, key
        assert set(ticket["requester"]) == {"id", "locale"}
    with pytest.raises(ValueError):
        trigger_body("ticket_deleted")
