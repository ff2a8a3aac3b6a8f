"""`gdpr-desk install`: from empty, again (no change), after an admin renamed a macro, dry run."""

from __future__ import annotations

import argparse
import io
import json
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import respx

from plugin.config import SettingsError
from plugin.helpdesk import definitions as defs
from plugin.helpdesk.api import ZendeskAPI
from plugin.helpdesk.definitions import FIELD_KEYS
from plugin.helpdesk.provision import Sources, install, read_webhook_secret, webhook_secret_path
from tests.helpdesk.fake_zendesk import FakeZendesk
from tests.helpdesk.fakes import settings


@dataclass(frozen=True)
class Template:
    """Shaped like plugin.templates.MacroTemplate (the contract install codes against)."""

    id: str
    kind: str
    right: str | None
    titles: Mapping[str, str]
    bodies: Mapping[str, str]
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    status: str | None = None
    public: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


TEMPLATES = (
    Template(
        "access_ack",
        "reply",
        "access",
        {"en": "Access: acknowledge", "fr": "Accès : accusé de réception"},
        {
            "en": "We received your request on [[received_on]] and will answer by [[due_on]]. [[company_name]]",
            "fr": "Nous avons reçu votre demande le [[received_on]] ; réponse au plus tard le [[due_on]].",
        },
        status="pending",
    ),
    Template(
        "extend",
        "process",
        None,
        {"en": "Extend the deadline", "fr": "Prolonger le délai"},
        {
            "en": "We need more time: new deadline [[extended_due_on]]. You may complain to [[authority_name]] "
            "([[authority_complaint_url]]).",
            "fr": "Nouveau délai : [[extended_due_on]]. Réclamation possible auprès de [[authority_name]].",
        },
        add_tags=("extended",),
        remove_tags=("due_soon", "overdue"),
        public=True,
    ),
)
AUTHORITY = {
    "name": "Autorité de protection des données",
    "website": "https://apd.example",
    "complaint_url": "https://apd.example/plainte",
}


def render(text: str, values: Mapping[str, str]) -> str:
    return re.sub(r"\[\[(\w+)\]\]", lambda m: values[m.group(1)], text)


def body_template(event: str) -> str:
    return json.dumps({"schema": "test", "event": event, "ticket": {"id": "{{ticket.id}}"}})


SOURCES = Sources(TEMPLATES, render, AUTHORITY, body_template)


@pytest.fixture
def zendesk() -> Any:
    fake = FakeZendesk()
    with respx.mock(assert_all_called=False) as mock:
        fake.mount(mock)
        yield fake


async def run(tmp_path: Path, *, dry_run: bool = False, **overrides: Any) -> Any:
    s = settings(tmp_path, **overrides)
    api = ZendeskAPI(s)
    try:
        return await install(api, s, SOURCES, dry_run=dry_run)
    finally:
        await api.aclose()


def actions(report: Any) -> dict[tuple[str, str], str]:
    return {(s.kind, s.key): s.action for s in report.steps}


# ------------------------------------------------------------------------------------------------
async def test_install_from_empty(zendesk: FakeZendesk, tmp_path: Path) -> None:
    report = await run(tmp_path)

    kinds = [(s.kind, s.action) for s in report.steps]
    assert kinds.count(("ticket field", "create")) == len(FIELD_KEYS)
    assert kinds.count(("macro", "create")) == 4  # 2 templates × 2 languages
    assert kinds.count(("webhook", "create")) == 1 and kinds.count(("trigger", "create")) == 3
    assert ("signing secret", "create") in kinds
    assert len(zendesk.fields) == 3 + len(FIELD_KEYS) and len(zendesk.macros) == 4 and len(zendesk.triggers) == 3

    due_on = zendesk.field("GDPR due on")["id"]
    ack_fr = next(m for m in zendesk.macros.values() if m["title"] == "GDPR · Accès : accusé de réception [FR]")
    comment = next(a["value"] for a in ack_fr["actions"] if a["field"] == "comment_value")
    assert f"{{{{ticket.ticket_field_{due_on}}}}}" in comment and "[[" not in comment
    assert {"field": "status", "value": "pending"} in ack_fr["actions"]
    extend_en = next(m for m in zendesk.macros.values() if "[gdpr-desk:macro:extend:en]" in m["description"])
    assert {"field": "current_tags", "value": "gdpr_extended"} in extend_en["actions"]
    assert {"field": "remove_tags", "value": "gdpr_due_soon gdpr_overdue"} in extend_en["actions"]
    assert "Autorité de protection des données (https://apd.example/plainte)" in extend_en["actions"][0]["value"]

    [hook] = zendesk.webhooks.values()
    assert hook["endpoint"] == "https://desk.acme.example/webhooks/zendesk"
    assert hook["subscriptions"] == ["conditional_ticket_events"]
    for trigger in zendesk.triggers.values():
        [action] = trigger["actions"]
        assert action["field"] == "notification_webhook" and action["value"][0] == hook["id"]
        event = json.loads(action["value"][1])["event"]
        updates = event == "ticket_updated"
        assert (defs.NOT_BY_SERVICE in trigger["conditions"]["all"]) is updates  # never on our own updates

    path = webhook_secret_path(settings(tmp_path))
    assert path.read_text() == zendesk.secret
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert report.summary().startswith(f"Created {len(FIELD_KEYS) + 9}, updated 0")


async def test_second_install_changes_nothing(zendesk: FakeZendesk, tmp_path: Path) -> None:
    await run(tmp_path)
    writes = len(zendesk.writes)
    report = await run(tmp_path)
    assert len(zendesk.writes) == writes  # GETs only
    assert set(actions(report).values()) == {"unchanged"}
    assert report.summary() == "Nothing to change: Zendesk already has everything gdpr-desk needs."


async def test_install_after_an_admin_renamed_a_macro(zendesk: FakeZendesk, tmp_path: Path) -> None:
    await run(tmp_path)
    macro = next(m for m in zendesk.macros.values() if "[gdpr-desk:macro:access_ack:en]" in m["description"])
    macro["title"] = "Privacy – access – first answer"
    writes = len(zendesk.writes)

    report = await run(tmp_path)
    assert len(zendesk.macros) == 4 and len(zendesk.writes) == writes  # found again, not duplicated
    [step] = [s for s in report.steps if s.key == "access_ack:en"]
    assert step.action == "unchanged" and step.id == macro["id"]
    assert "renamed by an admin" in step.line()

    # the admin also edited its text: the text comes back, the admin's title stays
    macro["actions"][0]["value"] = "Edited by hand"
    report = await run(tmp_path)
    [step] = [s for s in report.steps if s.key == "access_ack:en"]
    assert step.action == "update" and "actions differ" in step.notes
    assert macro["title"] == "Privacy – access – first answer"
    assert macro["actions"][0]["value"].startswith("We received your request on {{ticket.ticket_field_")


async def test_dry_run_sends_no_write(zendesk: FakeZendesk, tmp_path: Path) -> None:
    report = await run(tmp_path, dry_run=True)
    assert zendesk.requests and zendesk.writes == []
    assert len(report.changes) == len(FIELD_KEYS) + 4 + 1 + 1 + 3
    assert not webhook_secret_path(settings(tmp_path)).exists()
    assert report.summary().startswith(f"Dry run: would create {len(FIELD_KEYS) + 9}, update 0")

    await run(tmp_path)
    writes = len(zendesk.writes)
    zendesk.secret = "cm90YXRlZC1zZWNyZXQ="  # rotated in Zendesk's UI
    report = await run(tmp_path, dry_run=True)
    assert len(zendesk.writes) == writes
    assert actions(report)[("signing secret", str(webhook_secret_path(settings(tmp_path))))] == "update"
    assert webhook_secret_path(settings(tmp_path)).read_text() != zendesk.secret  # not written in a dry run


async def test_a_field_made_by_hand_is_adopted_and_completed(zendesk: FakeZendesk, tmp_path: Path) -> None:
    """An admin made "GDPR request type" by hand with two options: install marks it, adds the rest."""
    options = [
        {"id": 1, "name": "Access (custom name)", "value": "gdpr_access"},
        {"id": 2, "name": "Erasure", "value": "gdpr_erasure"},
    ]
    zendesk.fields[4242] = {
        **zendesk.field("Subject"),
        "id": 4242,
        "type": "multiselect",
        "title": "GDPR request type",
        "agent_description": None,
        "custom_field_options": options,
    }
    report = await run(tmp_path)
    [step] = [s for s in report.steps if s.key == "request_type"]
    assert step.action == "update" and step.id == 4242
    field = zendesk.fields[4242]
    assert "[gdpr-desk:field:request_type]" in field["agent_description"]
    options = {o["value"]: o for o in field["custom_field_options"]}
    assert len(options) == 10 and options["gdpr_access"]["name"] == "Access (custom name)"
    assert options["gdpr_access"]["id"] == 1  # existing options keep their ids
    assert sum(1 for f in zendesk.fields.values() if f["title"] == "GDPR request type") == 1


async def test_a_field_of_the_wrong_type_is_a_conflict(zendesk: FakeZendesk, tmp_path: Path) -> None:
    from plugin.cli.install import run_install

    marked = {"id": 4343, "type": "text", "title": "Due", "agent_description": "[gdpr-desk:field:due_on]"}
    zendesk.fields[4343] = {**zendesk.field("Subject"), **marked}
    out = io.StringIO()
    code = await run_install(settings(tmp_path), dry_run=False, sources=SOURCES, out=out)
    assert code == 1
    assert re.search(r"ticket field\s+due_on\s+conflict\s+#4343\s+\(type is 'text'", out.getvalue())
    assert "1 conflict(s) need an admin" in out.getvalue()


async def test_cli_prints_the_plan_and_the_secret_location(zendesk: FakeZendesk, tmp_path: Path) -> None:
    from plugin.cli.install import register, run_install

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    assert parser.parse_args(["install", "--dry-run"]).dry_run is True

    out = io.StringIO()
    assert await run_install(settings(tmp_path), dry_run=False, sources=SOURCES, out=out) == 0
    text = out.getvalue()
    assert text.startswith("warning: GDPR_DESK_COMPANY_NAME is unset")
    assert re.search(r"^macro\s+extend:fr\s+create\s+#\d+$", text, re.M)
    assert "zendesk-webhook-secret (0600)" in text and zendesk.secret not in text
    out = io.StringIO()
    assert await run_install(settings(tmp_path), dry_run=False, sources=SOURCES, out=out) == 0
    assert out.getvalue().splitlines()[-2] == "Nothing to change: Zendesk already has everything gdpr-desk needs."


async def test_install_needs_the_public_url(zendesk: FakeZendesk, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="GDPR_DESK_PUBLIC_URL"):
        await run(tmp_path, public_url=None)
    assert zendesk.requests == []


def test_the_service_reads_the_stored_secret(tmp_path: Path) -> None:
    s = settings(tmp_path)
    assert read_webhook_secret(s) is None
    webhook_secret_path(s).write_text("c3RvcmVk\n")
    assert read_webhook_secret(s) == "c3RvcmVk"
    assert read_webhook_secret(settings(tmp_path, webhook_secret="ZnJvbS1lbnY=")) == "ZnJvbS1lbnY="
