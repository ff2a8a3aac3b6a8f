"""Zendesk's OpenAPI spec as a request-body validator, for the stand-in and for tests.

`load_spec()` reads the official Support API spec (OpenAPI 3.0.3, YAML) from the shared reference
folder beside the checkout, or from `GDPR_DESK_ZENDESK_SPEC`; `Spec.validate_request()` checks a
request body against the operation's schema and returns readable messages (empty = valid or not
covered). The spec is never copied into the project: without the file, or without PyYAML (a test
extra), `load_spec()` logs a warning and returns None, and callers skip validation.

Corrections made by hand, each from shared ZENDESK.md:
- Ticket create/update `custom_fields.items` point at the *field definition* schema in the spec
  (erratum); the API takes `{"id": <field id>, "value": ...}`, so that is what is checked.
- The spec declares no request body for ticket fields; the spec's own `TicketFieldObject`
  is used for `POST/PUT /api/v2/ticket_fields` (title and type required on create).
- The spec marks title/conditions/actions required on trigger and macro *updates*, yet Zendesk's
  own docs update a trigger with `{"trigger": {"title": …, "category_id": …}}`: updates are
  checked against the same schemas with nothing required.
- Webhooks are not in the spec; their bodies are checked against the shape in ZENDESK.md
  (developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks).
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SPEC_ENV = "GDPR_DESK_ZENDESK_SPEC"
# <repo root>/../shared/zendesk/support-api.oas.yaml — the reference folder next to the checkout.
DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "zendesk" / "support-api.oas.yaml"

_REF_PREFIX = "#/components/schemas/"

# ZENDESK.md, "Known errata": custom_fields items are {"id": <field id>, "value": ...}.
CUSTOM_FIELD_VALUE: dict[str, Any] = {
    "type": "object",
    "required": ["id", "value"],
    "properties": {
        "id": {"type": "integer"},
        "value": {"type": ["string", "number", "boolean", "array", "null"], "items": {"type": "string"}},
    },
}

_WEBHOOK_PROPERTIES: dict[str, Any] = {
    "name": {"type": "string", "minLength": 1},
    "description": {"type": "string"},
    "endpoint": {"type": "string", "minLength": 1},
    "http_method": {"type": "string", "enum": ["GET", "POST", "PUT", "PATCH", "DELETE"]},
    "request_format": {"type": "string", "enum": ["json", "xml", "form_encoded"]},
    "status": {"type": "string", "enum": ["active", "inactive"]},
    "subscriptions": {"type": "array", "items": {"type": "string"}},
    "authentication": {
        "type": "object",
        "required": ["type", "add_position"],
        "properties": {
            "type": {"type": "string", "enum": ["basic_auth", "bearer_token", "api_key"]},
            "add_position": {"type": "string", "enum": ["header"]},
            "data": {"type": "object"},
        },
    },
    "custom_headers": {"type": "object", "additionalProperties": {"type": "string"}},
    "signing_secret": {
        "type": "object",
        "properties": {"algorithm": {"type": "string"}, "secret": {"type": "string"}},
    },
}
_WEBHOOK_REQUIRED = ["name", "endpoint", "http_method", "request_format", "status"]


def _webhook_body(*, complete: bool) -> dict[str, Any]:
    inner: dict[str, Any] = {"type": "object", "properties": _WEBHOOK_PROPERTIES}
    if complete:
        inner["required"] = _WEBHOOK_REQUIRED
    return {"type": "object", "required": ["webhook"], "properties": {"webhook": inner}}


def _ticket_field_body(*, complete: bool) -> dict[str, Any]:
    inner: dict[str, Any] = {"$ref": _REF_PREFIX + "TicketFieldObject"}
    if not complete:  # an update may send any subset of the object
        inner = {"$ref": _REF_PREFIX + "TicketFieldObjectPatch"}
    return {"type": "object", "required": ["ticket_field"], "properties": {"ticket_field": inner}}


# Operations the spec does not describe (see the module docstring): method, path template, schema.
_SUPPLEMENTS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("POST", "/api/v2/webhooks", _webhook_body(complete=True)),
    ("PUT", "/api/v2/webhooks/{webhook_id}", _webhook_body(complete=True)),
    ("PATCH", "/api/v2/webhooks/{webhook_id}", _webhook_body(complete=False)),
    ("POST", "/api/v2/ticket_fields", _ticket_field_body(complete=True)),
    ("PUT", "/api/v2/ticket_fields/{ticket_field_id}", _ticket_field_body(complete=False)),
)


@dataclass(frozen=True)
class _Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    literal_segments: int
    schema: dict[str, Any]


@dataclass
class Spec:
    """Request-body schemas by operation, with `$ref`s resolvable against the spec's components."""

    components: dict[str, Any]
    operations: list[_Operation]
    source: Path | None = None
    _validators: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)

    def operation(self, method: str, path: str) -> _Operation | None:
        """The operation for this request (`.json` suffix and query string ignored), or None."""
        path = _normalise_path(path)
        method = method.upper()
        best: _Operation | None = None
        for op in self.operations:
            # A literal segment beats a parameter: /tickets/count over /tickets/{ticket_id}.
            better = best is None or op.literal_segments > best.literal_segments
            if op.method == method and op.pattern.fullmatch(path) and better:
                best = op
        return best

    def covers(self, method: str, path: str) -> bool:
        return self.operation(method, path) is not None

    def validate_request(self, method: str, path: str, body: Any) -> list[str]:
        """Messages for every way `body` breaks the operation's schema; empty when valid or uncovered."""
        op = self.operation(method, path)
        if op is None:
            return []
        validator = self._validator(op)
        errors = sorted(validator.iter_errors(body), key=lambda e: [str(p) for p in e.absolute_path])
        return [_message(e) for e in errors]

    def _validator(self, op: _Operation) -> Any:
        key = (op.method, op.template)
        if key not in self._validators:
            from jsonschema import Draft4Validator

            # OpenAPI 3.0 schemas are a Draft 4 dialect; `$ref`s point into #/components.
            root = dict(op.schema)
            root["components"] = self.components
            self._validators[key] = Draft4Validator(root)
        return self._validators[key]


def _message(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "(body)"
    return f"{where}: {error.message}"


def _normalise_path(path: str) -> str:
    path = path.split("?", 1)[0].rstrip("/")
    return path[: -len(".json")] if path.endswith(".json") else path


def _compile(template: str) -> tuple[re.Pattern[str], int]:
    parts = template.strip("/").split("/")
    regex = "".join("/[^/]+" if p.startswith("{") else "/" + re.escape(p) for p in parts)
    literals = sum(1 for p in parts if not p.startswith("{"))
    return re.compile(regex), literals


def _openapi_to_jsonschema(node: Any, *, names: bool = False) -> Any:
    """Rewrite OpenAPI-only keywords: `nullable: true` becomes a `null` type (or `anyOf` with null);
    examples go. `names=True`: `node` maps property names to schemas (a property may be called `nullable`)."""
    if isinstance(node, list):
        return [_openapi_to_jsonschema(v) for v in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {name: _openapi_to_jsonschema(schema) for name, schema in node.items()}
    out = {
        k: _openapi_to_jsonschema(v, names=k in ("properties", "schemas"))
        for k, v in node.items()
        if k not in ("example", "examples")
    }
    if out.pop("nullable", False) is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        elif "$ref" in out or any(k in out for k in ("allOf", "anyOf", "oneOf")):
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _apply_errata(schemas: dict[str, Any]) -> None:
    for name in ("TicketCreateInput", "TicketUpdateInput"):
        props = schemas.get(name, {}).get("properties", {})
        if "custom_fields" in props:
            props["custom_fields"]["items"] = CUSTOM_FIELD_VALUE
    for name in {name for names in _PARTIAL_UPDATES.values() for name in names} | {"TicketFieldObject"}:
        if name in schemas:
            patch = copy.deepcopy(schemas[name])
            patch.pop("required", None)
            schemas[name + "Patch"] = patch


# Updates that may send any part of the object (see the module docstring): schema names to relax.
_PARTIAL_UPDATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("PUT", "/api/v2/triggers/{trigger_id}"): ("TriggerObject",),
    ("PUT", "/api/v2/macros/{macro_id}"): ("MacroInput",),
}


def _relax(schema: Any, names: tuple[str, ...], schemas: dict[str, Any], depth: int = 0) -> Any:
    """The schema with `$ref`s to `names` — directly or through the components that wrap them —
    pointing at copies without `required` (`<Name>Patch`)."""
    if not names or depth > 8:
        return schema
    if isinstance(schema, list):
        return [_relax(v, names, schemas, depth) for v in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _relax(v, names, schemas, depth) for k, v in schema.items()}
    ref = out.get("$ref")
    target = ref.removeprefix(_REF_PREFIX) if isinstance(ref, str) else None
    if target in names:
        out["$ref"] = ref + "Patch"
    elif target in schemas and _REF_PREFIX in repr(schemas[target]):
        relaxed = _relax(schemas[target], names, schemas, depth + 1)
        if relaxed != schemas[target]:  # a wrapper of a relaxed schema: wrap the relaxed copy
            schemas[target + "Patch"] = relaxed
            out["$ref"] = ref + "Patch"
    return out


def _request_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    content = (operation.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    schema = (media or {}).get("schema")
    return schema if isinstance(schema, dict) else None


def build_spec(document: dict[str, Any], source: Path | None = None) -> Spec:
    """A Spec from an already-parsed OpenAPI document (errata applied, supplements added)."""
    components = _openapi_to_jsonschema(document.get("components") or {})
    schemas = components.setdefault("schemas", {})
    _apply_errata(schemas)
    operations: list[_Operation] = []
    described: set[tuple[str, str]] = set()
    for template, item in (document.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if not isinstance(op, dict) or method.upper() not in ("POST", "PUT", "PATCH"):
                continue
            schema = _request_schema(op)
            if schema is None:
                continue
            pattern, literals = _compile(template)
            relaxed = _PARTIAL_UPDATES.get((method.upper(), template), ())
            schema = _relax(_openapi_to_jsonschema(schema), relaxed, schemas)
            operations.append(_Operation(method.upper(), template, pattern, literals, schema))
            described.add((method.upper(), template))
    for method, template, schema in _SUPPLEMENTS:
        if (method, template) not in described:
            pattern, literals = _compile(template)
            operations.append(_Operation(method, template, pattern, literals, schema))
    return Spec(components=components, operations=operations, source=source)


def spec_path() -> Path:
    """Where the spec is looked for: `GDPR_DESK_ZENDESK_SPEC`, else the shared reference folder."""
    override = os.environ.get(SPEC_ENV)
    return Path(override) if override else DEFAULT_SPEC_PATH


def load_spec(path: str | Path | None = None) -> Spec | None:
    """The parsed spec (cached per path), or None with a warning when the file or PyYAML is missing."""
    resolved = Path(path) if path is not None else spec_path()
    return _load_cached(str(resolved.resolve()) if resolved.exists() else str(resolved))


@functools.lru_cache(maxsize=4)
def _load_cached(path_text: str) -> Spec | None:
    path = Path(path_text)
    if not path.is_file():
        log.warning("Zendesk OpenAPI spec not found at %s: request validation is off", path)
        return None
    try:
        import yaml
    except ImportError:
        log.warning("PyYAML is not installed (test extra): Zendesk request validation is off")
        return None
    loader = _yaml_loader(yaml)
    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)  # a SafeLoader subclass
    return build_spec(document, source=path)


def _yaml_loader(yaml: Any) -> Any:
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _Loader(base):  # type: ignore[misc, valid-type]
        """SafeLoader that reads a bare `=` (YAML 1.1 'value' tag, used in the spec's examples) as text."""

    construct: Callable[[Any, Any], Any] = lambda loader, node: loader.construct_scalar(node)  # noqa: E731
    _Loader.add_constructor("tag:yaml.org,2002:value", construct)
    return _Loader


def covered_operations(spec: Spec) -> Iterable[tuple[str, str]]:
    """(method, path template) of every operation whose body the spec checks."""
    return sorted((op.method, op.template) for op in spec.operations)
