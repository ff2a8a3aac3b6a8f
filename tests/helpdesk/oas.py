"""Test helper: validate request bodies against Zendesk's official OpenAPI spec, read at run time.

The spec lives beside the checkout (`<repo>/../shared/zendesk/support-api.oas.yaml`) and is never
copied into the project. Without it (a user's clone) `spec()` is None: the client tests still run,
unvalidated, and the tests that exist to check the spec skip and say why. CI has the file.

Hand-made parts, each from shared ZENDESK.md:
- erratum: `TicketUpdateInput.custom_fields.items` points at the field *definition* schema; the API
  takes `{"id": <int>, "value": …}`, checked here by hand instead;
- ticket fields: the spec declares no request body; the spec's own `TicketFieldObject` is used;
- webhooks: not in the spec; checked against the documented shape.
"""

from __future__ import annotations

import copy
import functools
import re
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT.parent / "shared" / "zendesk" / "support-api.oas.yaml"
SKIP_REASON = f"Zendesk's OpenAPI spec not found at {SPEC_PATH} (present in CI, absent from a user's clone)"

CUSTOM_FIELD_VALUE = {
    "type": "object",
    "required": ["id", "value"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "integer"},
        "value": {"type": ["string", "number", "boolean", "array", "null"], "items": {"type": "string"}},
    },
}
WEBHOOK = {
    "type": "object",
    "required": ["webhook"],
    "additionalProperties": False,
    "properties": {
        "webhook": {
            "type": "object",
            "required": ["name", "endpoint", "http_method", "request_format", "status", "subscriptions"],
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "description": {"type": "string"},
                "endpoint": {"type": "string", "pattern": "^https?://"},
                "http_method": {"enum": ["GET", "POST", "PUT", "PATCH", "DELETE"]},
                "request_format": {"enum": ["json", "xml", "form_encoded"]},
                "status": {"enum": ["active", "inactive"]},
                "subscriptions": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                "authentication": {"type": "object"},
            },
        }
    },
}


class Spec:
    """Request-body schemas by (METHOD, path template), refs resolved against the components."""

    def __init__(self, document: dict[str, Any]) -> None:
        from jsonschema import Draft4Validator

        self.components = _jsonschema(document["components"])
        schemas = self.components["schemas"]
        for name in ("TicketCreateInput", "TicketUpdateInput"):  # the erratum, handled by hand
            schemas[name]["properties"]["custom_fields"]["items"] = CUSTOM_FIELD_VALUE
        self.bodies: dict[tuple[str, str], dict[str, Any]] = {}
        for template, item in document["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict):
                    continue  # path-level `parameters`
                media = (op.get("requestBody") or {}).get("content", {}).get("application/json")
                if media and "schema" in media:
                    self.bodies[(method.upper(), template)] = _jsonschema(media["schema"])
        field_body = {
            "type": "object",
            "required": ["ticket_field"],
            "properties": {"ticket_field": {"$ref": "#/components/schemas/TicketFieldObject"}},
        }
        self.bodies.setdefault(("POST", "/api/v2/ticket_fields"), field_body)
        patch = copy.deepcopy(schemas["TicketFieldObject"])
        patch.pop("required", None)
        schemas["TicketFieldPatch"] = patch
        self.bodies.setdefault(
            ("PUT", "/api/v2/ticket_fields/{ticket_field_id}"),
            {
                "type": "object",
                "required": ["ticket_field"],
                "properties": {"ticket_field": {"$ref": "#/components/schemas/TicketFieldPatch"}},
            },
        )
        self.bodies[("POST", "/api/v2/webhooks")] = WEBHOOK
        self.bodies[("PUT", "/api/v2/webhooks/{webhook_id}")] = WEBHOOK
        self._validator = Draft4Validator

    def template(self, method: str, path: str) -> str | None:
        """The spec's path template for a concrete path (`.json` and query ignored)."""
        path = path.split("?", 1)[0].removesuffix(".json")
        best = None
        for m, template in self.bodies:
            pattern = re.sub(r"\{[^/]+\}", "[^/]+", template)
            if m == method.upper() and re.fullmatch(pattern, path):
                literal = template.count("/") - template.count("{")
                if best is None or literal > best[0]:
                    best = (literal, template)
        return best[1] if best else None

    def errors(self, method: str, path: str, body: Any) -> list[str]:
        """Every way `body` breaks the schema; raises LookupError when the spec has no body schema."""
        template = self.template(method, path)
        if template is None:
            raise LookupError(f"the spec describes no request body for {method} {path}")
        root = {**self.bodies[(method.upper(), template)], "components": self.components}
        found = self._validator(root).iter_errors(body)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message}" for e in found]


def _jsonschema(node: Any) -> Any:
    """OpenAPI 3.0 → JSON Schema draft 4: `nullable: true` becomes a null type; examples dropped."""
    if isinstance(node, list):
        return [_jsonschema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _jsonschema(v) for k, v in node.items() if k not in ("example", "examples")}
    if out.pop("nullable", False):
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@functools.cache
def spec() -> Spec | None:
    """The parsed spec, or None when the file is absent."""
    if not SPEC_PATH.is_file():
        return None
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        """The spec's examples hold a bare `=`, which YAML 1.1 tags as 'value': read it as text."""

    Loader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))
    with SPEC_PATH.open("rb") as handle:
        return Spec(yaml.load(handle, Loader=Loader))  # a SafeLoader subclass


def assert_valid(method: str, path: str, body: Any) -> None:
    """Fail the test when `body` breaks the spec (no-op without the spec file)."""
    loaded = spec()
    if loaded is None:
        return
    errors = loaded.errors(method, path, body)
    assert not errors, f"{method} {path} body breaks Zendesk's spec:\n" + "\n".join(errors)
