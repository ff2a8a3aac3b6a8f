"""plugin.helpdesk.oas: OpenAPI request-body validation, on a small hand-written document and on
Zendesk's real spec when it is available."""

from __future__ import annotations

from typing import Any

import pytest

from plugin.helpdesk.oas import build_spec, load_spec

REF = "#/components/schemas/"

MINI: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/api/v2/things/{thing_id}": {
            "put": {"requestBody": {"content": {"application/json": {"schema": {"$ref": REF + "ThingRequest"}}}}},
            "get": {},
        },
        "/api/v2/things/count": {
            "put": {"requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["n"]}}}}}
        },
        "/api/v2/tickets/{ticket_id}": {
            "put": {"requestBody": {"content": {"application/json": {"schema": {"$ref": REF + "TicketUpdateRequest"}}}}}
        },
    },
    "components": {
        "schemas": {
            "ThingRequest": {"type": "object", "properties": {"thing": {"$ref": REF + "Thing"}}},
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "note": {"type": "string", "nullable": True},
                    "size": {"type": "string", "enum": ["s", "m"], "nullable": True},
                },
                "example": {"name": "="},
            },
            "TicketUpdateRequest": {"type": "object", "properties": {"ticket": {"$ref": REF + "TicketUpdateInput"}}},
            "TicketUpdateInput": {
                "type": "object",
                "properties": {"custom_fields": {"type": "array", "items": {"$ref": REF + "CustomFieldObject"}}},
            },
            "CustomFieldObject": {"type": "object", "required": ["key", "type", "title"]},
        }
    },
}


@pytest.fixture
def mini():
    return build_spec(MINI)


def test_refs_resolve_and_errors_name_the_place(mini):
    assert mini.validate_request("PUT", "/api/v2/things/7.json", {"thing": {"name": "a"}}) == []
    assert mini.validate_request("PUT", "/api/v2/things/7", {"thing": {}}) == ["thing: 'name' is a required property"]
    assert mini.validate_request("put", "/api/v2/things/7?x=1", {"thing": {"name": 3}}) == [
        "thing/name: 3 is not of type 'string'"
    ]


def test_nullable_becomes_a_null_type(mini):
    assert mini.validate_request("PUT", "/api/v2/things/7", {"thing": {"name": "a", "note": None, "size": None}}) == []
    assert mini.validate_request("PUT", "/api/v2/things/7", {"thing": {"name": "a", "size": "xl"}})


def test_a_literal_path_beats_a_parameter(mini):
    assert mini.operation("PUT", "/api/v2/things/count.json").template == "/api/v2/things/count"
    assert mini.validate_request("PUT", "/api/v2/things/count", {}) == ["(body): 'n' is a required property"]


def test_uncovered_operations_are_not_checked(mini):
    assert mini.validate_request("GET", "/api/v2/things/7", {"anything": 1}) == []
    assert mini.validate_request("POST", "/api/v2/elsewhere", [1, 2]) == []
    assert not mini.covers("DELETE", "/api/v2/things/7")


def test_custom_fields_erratum_checks_id_and_value(mini):
    good = {"ticket": {"custom_fields": [{"id": 360001, "value": "2025-03-01"}, {"id": 2, "value": ["a", "b"]}]}}
    assert mini.validate_request("PUT", "/api/v2/tickets/1.json", good) == []
    errors = mini.validate_request("PUT", "/api/v2/tickets/1.json", {"ticket": {"custom_fields": [{"id": "due"}]}})
    assert any("'value' is a required property" in e for e in errors)
    assert any("custom_fields/0/id" in e for e in errors)


def test_webhooks_are_checked_against_the_documented_shape(mini):
    hook = {"name": "n", "endpoint": "https://e", "http_method": "POST", "request_format": "json", "status": "active"}
    assert mini.validate_request("POST", "/api/v2/webhooks", {"webhook": hook}) == []
    assert mini.validate_request("PATCH", "/api/v2/webhooks/01ABC", {"webhook": {"status": "inactive"}}) == []
    assert mini.validate_request("PATCH", "/api/v2/webhooks/01ABC", {"webhook": {"status": "paused"}})
    missing = mini.validate_request("PUT", "/api/v2/webhooks/01ABC", {"webhook": {"name": "n"}})
    assert "webhook: 'endpoint' is a required property" in missing


def test_load_spec_returns_none_for_a_missing_file(tmp_path):
    assert load_spec(tmp_path / "missing.yaml") is None


def test_load_spec_reads_yaml_with_bare_equals_signs(tmp_path):
    yaml = pytest.importorskip("yaml")
    document = {**MINI, "components": {"schemas": {**MINI["components"]["schemas"]}}}
    path = tmp_path / "mini.yaml"
    path.write_text(yaml.safe_dump(document) + "x-example:\n  - change: =\n", encoding="utf-8")
    spec = load_spec(path)
    assert spec is not None and spec.validate_request("PUT", "/api/v2/things/1", {"thing": {}})


REAL = load_spec()


@pytest.mark.skipif(REAL is None, reason="Zendesk OpenAPI spec or PyYAML not available")
@pytest.mark.parametrize(
    ("method", "path", "body", "valid"),
    [
        (
            "PUT",
            "/api/v2/tickets/1.json",
            {"ticket": {"tags": ["a"], "custom_fields": [{"id": 1, "value": "x"}]}},
            True,
        ),
        ("PUT", "/api/v2/tickets/1.json", {"ticket": {"custom_fields": [{"id": "1", "value": "x"}]}}, False),
        ("POST", "/api/v2/tickets.json", {"ticket": {"subject": "s", "comment": {"body": "b"}}}, True),
        ("POST", "/api/v2/tickets.json", {"ticket": {"subject": "s"}}, False),
        (
            "POST",
            "/api/v2/macros.json",
            {"macro": {"title": "t", "actions": [{"field": "status", "value": "open"}]}},
            True,
        ),
        ("PUT", "/api/v2/macros/5.json", {"macro": {"title": "renamed"}}, True),
        ("PUT", "/api/v2/triggers/5.json", {"trigger": {"title": "renamed", "category_id": "10026"}}, True),
        ("POST", "/api/v2/triggers.json", {"trigger": {"title": "t"}}, False),
        ("POST", "/api/v2/ticket_fields.json", {"ticket_field": {"type": "text", "title": "T"}}, True),
        ("PUT", "/api/v2/ticket_fields/5.json", {"ticket_field": {"title": "T2"}}, True),
        ("POST", "/api/v2/ticket_fields.json", {"ticket_field": {"title": "T", "custom_field_options": [{}]}}, False),
    ],
)
def test_the_real_spec(method: str, path: str, body: Any, valid: bool):
    assert (REAL.validate_request(method, path, body) == []) is valid
