"""`gdpr-desk install`: create or update, idempotently, what plugin.helpdesk.definitions describes.

Plan, then apply. Planning is pure (`plan_*`: desired objects + what Zendesk lists → Steps); applying
sends one POST/PUT per step that is not "unchanged". A dry run lists (GET only) and plans.

How existing objects are found again (first hit wins):
- ticket fields: `plugin.helpdesk.fields.match_fields` (marker, title, option values);
- macros and triggers: the marker `[gdpr-desk:<kind>:<key>]` in `description`, else the exact title;
- the webhook: its endpoint `{public_url}/webhooks/zendesk`, else its name "gdpr-desk".
An object an admin renamed keeps the admin's title (the marker finds it); its content is brought back
to gdpr-desk's (the templates are the reviewed legal text) and the report says so. A field whose type
differs cannot be changed by the API: it is reported as a conflict and left alone.

The webhook signing secret (GET /api/v2/webhooks/{id}/signing_secret) is written to
`<data dir>/zendesk-webhook-secret` (mode 0600); the service reads it when GDPR_DESK_WEBHOOK_SECRET
is unset (`read_webhook_secret`). It is never printed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plugin.config import Settings, SettingsError
from plugin.helpdesk import definitions as defs
from plugin.helpdesk.api import ZendeskAPI
from plugin.helpdesk.fields import TICKET_FIELDS_PATH, match_fields

SECRET_FILE = "zendesk-webhook-secret"
NEW = "new"  # the id shown for an object a dry run would create


class ProvisionError(Exception):
    """Install cannot proceed (a missing module or setting); the message says what to do."""


@dataclass(frozen=True)
class Step:
    kind: str  # "ticket field" | "macro" | "webhook" | "signing secret" | "trigger"
    key: str
    action: str  # "create" | "update" | "unchanged" | "conflict"
    id: int | str | None = None
    payload: Mapping[str, Any] | None = None
    notes: tuple[str, ...] = ()

    def line(self) -> str:
        ident = f"#{self.id}" if self.id not in (None, NEW) else ""
        notes = f"  ({'; '.join(self.notes)})" if self.notes else ""
        return f"{self.kind:<15} {self.key:<32} {self.action:<10} {ident}{notes}".rstrip()


@dataclass
class Report:
    steps: list[Step] = field(default_factory=list)
    dry_run: bool = False
    secret_path: Path | None = None

    @property
    def changes(self) -> list[Step]:
        return [s for s in self.steps if s.action in ("create", "update")]

    @property
    def conflicts(self) -> list[Step]:
        return [s for s in self.steps if s.action == "conflict"]

    def summary(self) -> str:
        counts = {a: sum(1 for s in self.steps if s.action == a) for a in ("create", "update", "unchanged")}
        if not self.changes:
            text = "Nothing to change: Zendesk already has everything gdpr-desk needs."
        elif self.dry_run:
            text = f"Dry run: would create {counts['create']}, update {counts['update']}; nothing was sent."
        else:
            text = f"Created {counts['create']}, updated {counts['update']}, {counts['unchanged']} unchanged."
        if self.conflicts:
            text += f" {len(self.conflicts)} conflict(s) need an admin (see above)."
        return text


# ------------------------------------------------------------------------------------------------
# Pure planning
# ------------------------------------------------------------------------------------------------
def _norm(value: Any) -> Any:
    """Compare the way Zendesk echoes values: scalars as text, lists and dicts element-wise."""
    if isinstance(value, Mapping):
        return {k: _norm(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _renamed(kind: str, wanted: str, existing: Mapping[str, Any]) -> tuple[str, ...]:
    title = existing.get("title")
    return (f"renamed by an admin to {title!r}: title kept",) if title and title != wanted else ()


def plan_fields(definitions: Sequence[defs.FieldDefinition], existing: Iterable[Mapping[str, Any]]) -> list[Step]:
    found = match_fields(definitions, existing)
    steps: list[Step] = []
    for d in definitions:
        current = found.get(d.key)
        if current is None:
            steps.append(Step("ticket field", d.key, "create", NEW, d.payload()))
            continue
        fid = current["id"]
        if current.get("type") != d.type:
            note = f"type is {current.get('type')!r}, gdpr-desk needs {d.type!r}: delete or rename it, then re-run"
            steps.append(Step("ticket field", d.key, "conflict", fid, None, (note,)))
            continue
        patch: dict[str, Any] = {}
        notes = list(_renamed("field", d.title, current))
        if d.marker not in str(current.get("agent_description") or "") + str(current.get("description") or ""):
            patch["agent_description"] = d.description
        if current.get("active") is False:
            patch["active"] = True
        options = list(current.get("custom_field_options") or [])
        have = {str(o.get("value")) for o in options}
        missing = [o for o in d.options if o.value not in have]
        if missing:
            kept = [{k: o[k] for k in ("id", "name", "value") if k in o} for o in options]
            patch["custom_field_options"] = kept + [{"name": o.name, "value": o.value} for o in missing]
            notes.append(f"add option(s) {', '.join(o.value for o in missing)}")
        if patch:
            payload = {"title": current.get("title") or d.title, **patch}
            steps.append(Step("ticket field", d.key, "update", fid, payload, tuple(notes)))
        else:
            steps.append(Step("ticket field", d.key, "unchanged", fid, None, tuple(notes)))
    return steps


def _find(objects: Sequence[Mapping[str, Any]], marker: str, title: str, taken: set[Any]) -> Mapping[str, Any] | None:
    for test in (lambda o: marker in str(o.get("description") or ""), lambda o: o.get("title") == title):
        for obj in objects:
            if obj.get("id") not in taken and test(obj):
                taken.add(obj.get("id"))
                return obj
    return None


def _plan_rules(
    kind: str,
    wanted: Sequence[tuple[str, str, str, dict[str, Any]]],
    existing: Sequence[Mapping[str, Any]],
    compared: tuple[str, ...],
) -> list[Step]:
    """Macros and triggers: (key, marker, title, payload) each, matched by marker then title."""
    steps: list[Step] = []
    taken: set[Any] = set()
    matches = [(key, payload, _find(existing, marker, title, taken)) for key, marker, title, payload in wanted]
    for key, payload, current in matches:
        if current is None:
            steps.append(Step(kind, key, "create", NEW, payload))
            continue
        differs = [name for name in compared if _norm(current.get(name)) != _norm(payload.get(name))]
        notes = _renamed(kind, payload["title"], current) + tuple(f"{name} differ" for name in differs)
        if differs:
            steps.append(Step(kind, key, "update", current["id"], {**payload, "title": current["title"]}, notes))
        else:
            steps.append(Step(kind, key, "unchanged", current["id"], None, notes))
    return steps


def plan_macros(macros: Sequence[defs.MacroDefinition], existing: Sequence[Mapping[str, Any]]) -> list[Step]:
    wanted = [(m.key, m.marker, m.title, m.payload()) for m in macros]
    return _plan_rules("macro", wanted, existing, ("actions", "description", "active"))


def plan_triggers(
    triggers: Sequence[defs.TriggerDefinition],
    existing: Sequence[Mapping[str, Any]],
    webhook_id: int | str,
    body_template: Callable[[str], str],
) -> list[Step]:
    wanted = [(t.key, t.marker, t.title, t.payload(webhook_id, body_template(t.event))) for t in triggers]
    return _plan_rules("trigger", wanted, existing, ("conditions", "actions", "description", "active"))


def plan_webhook(wanted: Mapping[str, Any], existing: Sequence[Mapping[str, Any]]) -> Step:
    current = next((w for w in existing if w.get("endpoint") == wanted["endpoint"]), None) or next(
        (w for w in existing if w.get("name") == wanted["name"]), None
    )
    if current is None:
        return Step("webhook", str(wanted["name"]), "create", NEW, dict(wanted))
    compared = ("endpoint", "http_method", "request_format", "status", "subscriptions")
    differs = [k for k in compared if _norm(current.get(k)) != _norm(wanted.get(k))]
    if differs:
        payload = {**wanted, "name": current.get("name") or wanted["name"]}
        return Step(
            "webhook", str(wanted["name"]), "update", current["id"], payload, tuple(f"{k} differs" for k in differs)
        )
    return Step("webhook", str(wanted["name"]), "unchanged", current["id"])


# ------------------------------------------------------------------------------------------------
# The signing secret on disk
# ------------------------------------------------------------------------------------------------
def webhook_secret_path(settings: Settings) -> Path:
    return Path(settings.data_dir) / SECRET_FILE


def read_webhook_secret(settings: Settings) -> str | None:
    """GDPR_DESK_WEBHOOK_SECRET, else the secret `install` stored in the data dir, else None."""
    if settings.webhook_secret and settings.webhook_secret.get_secret_value():
        return settings.webhook_secret.get_secret_value()
    path = webhook_secret_path(settings)
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def write_secret(path: Path, secret: str) -> None:
    """Write atomically, readable by the owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, secret.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


# ------------------------------------------------------------------------------------------------
# Applying
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sources:
    """Where the data comes from; tests pass their own, the CLI the project's (`default_sources`)."""

    templates: Sequence[Any]
    render: defs.Render
    authority: Any
    body_template: Callable[[str], str]


def default_sources(settings: Settings) -> Sources:
    try:
        from plugin.templates import load_macros, render
        from plugin.webhooks import trigger_body_template
    except ImportError as exc:  # pragma: no cover - only while a module is missing from a checkout
        raise ProvisionError(f"cannot load what install needs: {exc}") from exc
    try:
        from plugin.authorities import authority_for  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise ProvisionError(f"cannot look up the data protection authority: {exc}") from exc
    authority = authority_for(settings.country, settings.subdivision)
    return Sources(load_macros(), render, authority, trigger_body_template)


class Installer:
    """Runs the plan against Zendesk, phase by phase (fields → macros → webhook → triggers)."""

    def __init__(self, api: ZendeskAPI, settings: Settings, sources: Sources, *, dry_run: bool = False) -> None:
        self.api, self.settings, self.sources, self.dry_run = api, settings, sources, dry_run
        self.report = Report(dry_run=dry_run)

    async def run(self) -> Report:
        if not self.settings.public_url:
            raise SettingsError("GDPR_DESK_PUBLIC_URL is not set (the webhook must point at the service)")
        prefix = self.settings.tag_prefix
        field_ids = await self._fields(defs.ticket_fields(prefix))
        values = defs.macro_values(
            field_ids=field_ids, authority=self.sources.authority, company_name=self.settings.company_name
        )
        authority = self.sources.authority
        per_language = authority.variables if callable(getattr(authority, "variables", None)) else None
        macros = defs.macros(self.sources.templates, values, self.sources.render, prefix, per_language)
        existing = await self.api.paginate("/api/v2/macros.json", "macros")
        for step in plan_macros(macros, existing):
            await self._apply(step, "/api/v2/macros", "macro")
        webhook_id = await self._webhook()
        existing = await self.api.paginate("/api/v2/triggers.json", "triggers")
        for step in plan_triggers(defs.triggers(prefix), existing, webhook_id, self.sources.body_template):
            await self._apply(step, "/api/v2/triggers", "trigger")
        return self.report

    async def _apply(self, step: Step, collection: str, wrapper: str) -> int | str:
        """Send the step (unless unchanged or dry run); the object's id (NEW in a dry run)."""
        if step.action in ("create", "update") and not self.dry_run:
            if step.action == "create":
                body = await self.api.request("POST", f"{collection}.json", json={wrapper: step.payload})
            else:
                body = await self.api.request("PUT", f"{collection}/{step.id}.json", json={wrapper: step.payload})
            step = Step(step.kind, step.key, step.action, body[wrapper]["id"], step.payload, step.notes)
        self.report.steps.append(step)
        return step.id if step.id is not None else NEW

    async def _fields(self, definitions: Sequence[defs.FieldDefinition]) -> dict[str, int | str]:
        existing = await self.api.paginate(TICKET_FIELDS_PATH, "ticket_fields")
        ids: dict[str, int | str] = {}
        for step in plan_fields(definitions, existing):
            ids[step.key] = await self._apply(step, "/api/v2/ticket_fields", "ticket_field")
        return {k: (f"<{k}>" if v == NEW else v) for k, v in ids.items()}

    async def _webhook(self) -> int | str:
        wanted = defs.webhook(str(self.settings.public_url))
        existing = await self.api.paginate("/api/v2/webhooks", "webhooks")
        step = plan_webhook(wanted, existing)
        if step.action in ("create", "update") and not self.dry_run:
            # Webhooks API paths carry no .json suffix (developer.zendesk.com/api-reference/webhooks/…).
            path = "/api/v2/webhooks" if step.action == "create" else f"/api/v2/webhooks/{step.id}"
            body = await self.api.request(
                "POST" if step.action == "create" else "PUT", path, json={"webhook": step.payload}
            )
            if step.action == "create":
                step = Step(step.kind, step.key, step.action, (body or {})["webhook"]["id"], step.payload)
        self.report.steps.append(step)
        if step.id == NEW:
            self.report.steps.append(
                Step("signing secret", SECRET_FILE, "create", None, None, ("read back once the webhook exists",))
            )
            return "<webhook>"
        await self._secret(step.id)
        return step.id  # type: ignore[return-value]

    async def _secret(self, webhook_id: Any) -> None:
        body = await self.api.request("GET", f"/api/v2/webhooks/{webhook_id}/signing_secret")
        secret = str(((body or {}).get("signing_secret") or {}).get("secret") or "")
        path = webhook_secret_path(self.settings)
        self.report.secret_path = path
        stored = path.read_text(encoding="utf-8").strip() if path.exists() else None
        notes: tuple[str, ...] = ()
        configured = self.settings.webhook_secret
        if configured and configured.get_secret_value() and configured.get_secret_value() != secret:
            notes = ("GDPR_DESK_WEBHOOK_SECRET differs from the webhook's secret: unset it or update it",)
        if stored == secret:
            self.report.steps.append(Step("signing secret", str(path), "unchanged", None, None, notes))
            return
        if not self.dry_run:
            write_secret(path, secret)
        action = "create" if stored is None else "update"
        self.report.steps.append(Step("signing secret", str(path), action, None, None, notes))


async def install(api: ZendeskAPI, settings: Settings, sources: Sources, *, dry_run: bool = False) -> Report:
    """Plan and (unless dry_run) apply; the report lists every object and what was done."""
    return await Installer(api, settings, sources, dry_run=dry_run).run()
