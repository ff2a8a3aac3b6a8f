"""The helpdesk vocabulary as data: fields, macros, triggers, webhook — and their bodies per the spec."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from plugin.core.rights import ESCALATION_CODES, LIFECYCLE_TAGS, PROCESS_ESCALATIONS, RIGHT_CODES
from plugin.helpdesk import definitions as defs
from tests.helpdesk.oas import assert_valid, spec

FIELD_IDS = {key: 360_100 + n for n, key in enumerate(defs.FIELD_KEYS)}
AUTHORITY = {"name": "Datenschutzbehörde", "website": "https://dsb.example", "complaint_url": "https://dsb.example/b"}


def test_fields_have_the_documented_keys_and_types() -> None:
    fields = defs.ticket_fields()
    assert tuple(f.key for f in fields) == defs.FIELD_KEYS
    types = {f.key: f.type for f in fields}
    assert types == {
        "request_type": "multiselect",
        "received_on": "date",
        "due_on": "date",
        "extended_due_on": "date",
        "gdpr_status": "tagger",
        "escalation_reasons": "multiselect",
        "extension_reason": "multiselect",
    }
    assert len({f.title for f in fields}) == len({f.marker for f in fields}) == len(defs.FIELD_KEYS) == 7
    assert all(f.description.endswith(f.marker) for f in fields)


@pytest.mark.parametrize("prefix", ["gdpr_", "acme_privacy_"])
def test_option_values_are_the_tag_vocabulary(prefix: str) -> None:
    fields = {f.key: f for f in defs.ticket_fields(prefix)}
    assert fields["request_type"].option_values == {f"{prefix}{code}" for code in RIGHT_CODES}
    reasons = set(ESCALATION_CODES) | set(PROCESS_ESCALATIONS)
    assert fields["escalation_reasons"].option_values == {f"{prefix}esc_{code}" for code in reasons}
    # the status options are the lifecycle tags the macros add, so a macro moves the status
    assert fields["gdpr_status"].option_values == {f"{prefix}{t}" for t in (*LIFECYCLE_TAGS, "open")}
    for f in fields.values():
        for option in f.options:
            assert re.fullmatch(r"[a-z0-9_]+", option.value), option  # Zendesk tags: no spaces


def test_field_payloads_match_the_spec() -> None:
    if spec() is None:
        pytest.skip("Zendesk's OpenAPI spec file is absent: nothing to validate against")
    for f in defs.ticket_fields():
        assert_valid("POST", "/api/v2/ticket_fields.json", {"ticket_field": f.payload()})
    assert spec().errors("POST", "/api/v2/ticket_fields.json", {"ticket_field": {"type": "date"}})  # type: ignore[union-attr]


class Template:
    def __init__(self, template_id: str, **bodies: str) -> None:
        self.id, self.bodies = template_id, bodies
        self.titles = {lang: f"{template_id} title ({lang})" for lang in bodies}
        self.add_tags, self.remove_tags = ("completed",), ("due_soon",)
        self.status, self.public = "solved", False


def simple_render(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\[\[(\w+)\]\]", lambda m: values[m.group(1)], text)


def test_macros_one_per_template_and_language() -> None:
    values = defs.macro_values(field_ids=FIELD_IDS, authority=AUTHORITY, company_name="Acme SA")
    macros = defs.macros([Template("done", en="Done by [[due_on]].", de="Erledigt bis [[due_on]].")], values,
                         simple_render, "gdpr_")  # fmt: skip
    assert [m.key for m in macros] == ["done:de", "done:en"]
    de = macros[0]
    assert de.title == "GDPR · done title (de) [DE]"
    assert de.marker in de.description
    assert dict(de.actions) == {
        "comment_value": f"Erledigt bis {{{{ticket.ticket_field_{FIELD_IDS['due_on']}}}}}.",
        "comment_mode_is_public": "false",
        "current_tags": "gdpr_completed",
        "remove_tags": "gdpr_due_soon",
        "status": "solved",
    }
    assert_valid("POST", "/api/v2/macros.json", {"macro": de.payload()})


def test_macro_values_cover_every_template_variable() -> None:
    templates = pytest.importorskip("plugin.templates")
    values = defs.macro_values(field_ids=FIELD_IDS, authority=AUTHORITY, company_name="Acme SA")
    assert set(values) == set(templates.VARIABLES)


def test_the_shipped_templates_become_valid_macros() -> None:
    templates = pytest.importorskip("plugin.templates")
    loaded = templates.load_macros()
    values = defs.macro_values(field_ids=FIELD_IDS, authority=AUTHORITY, company_name="Acme SA")
    macros = defs.macros(loaded, values, templates.render)  # raises on a variable without a value
    assert len(macros) == sum(len(t.bodies) for t in loaded)
    assert len({m.title for m in macros}) == len(macros)  # the title fallback stays unambiguous
    assert len({m.marker for m in macros}) == len(macros)
    for m in macros:
        assert "[[" not in json.dumps(m.payload())
        assert_valid("POST", "/api/v2/macros.json", {"macro": m.payload()})


def test_triggers_never_fire_on_the_services_own_updates() -> None:
    triggers = {t.key: t for t in defs.triggers()}
    assert set(triggers) == {"ticket_created", "public_comment", "lifecycle"}
    assert triggers["ticket_created"].all == ({"field": "update_type", "operator": "is", "value": "Create"},)
    for key in ("public_comment", "lifecycle"):
        assert triggers[key].event == "ticket_updated"
        assert defs.NOT_BY_SERVICE in triggers[key].all
        assert {"field": "update_type", "operator": "is", "value": "Change"} in triggers[key].all
    assert {"field": "comment_is_public", "operator": "is", "value": "true"} in triggers["public_comment"].all
    lifecycle = triggers["lifecycle"]
    assert {"field": "current_tags", "operator": "includes", "value": "gdpr_request"} in lifecycle.all
    # Every outside update of a GDPR ticket: a lifecycle tag removed must reach the service too.
    assert not lifecycle.any


def test_trigger_payloads_carry_the_services_body_template() -> None:
    webhooks = pytest.importorskip("plugin.webhooks")
    for t in defs.triggers():
        payload = t.payload("01HWEBHOOK", webhooks.trigger_body_template(t.event))
        [action] = payload["actions"]
        assert action["field"] == "notification_webhook" and action["value"][0] == "01HWEBHOOK"
        assert json.loads(action["value"][1])["event"] == t.event
        assert_valid("POST", "/api/v2/triggers.json", {"trigger": payload})


def test_webhook_shape() -> None:
    hook: dict[str, Any] = defs.webhook("https://desk.acme.example/")
    assert hook["endpoint"] == "https://desk.acme.example/webhooks/zendesk"
    assert (hook["http_method"], hook["request_format"], hook["status"]) == ("POST", "json", "active")
    assert hook["subscriptions"] == ["conditional_ticket_events"]
    assert "authentication" not in hook  # deliveries are authenticated by their signature
    assert_valid("POST", "/api/v2/webhooks", {"webhook": hook})


def test_refusal_macros_name_the_authority_in_each_language() -> None:
    from plugin.authorities import authority_for
    from plugin.templates import load_macros, render

    belgium = authority_for("BE")
    values = defs.macro_values(field_ids=FIELD_IDS, authority=belgium, company_name="Acme")
    built = defs.macros(
        [m for m in load_macros() if m.id == "refuse"], values, render, language_values=belgium.variables
    )
    bodies = {m.language: dict(m.actions)["comment_value"] for m in built}
    assert belgium.name_for("nl") in bodies["nl"] and belgium.name_for("fr") in bodies["fr"]
    assert belgium.website_for("nl") in bodies["nl"]
