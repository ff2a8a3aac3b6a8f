"""What gdpr-desk needs in Zendesk — the single source for `gdpr-desk install` and the app manifest.

Everything here is data built by pure functions; nothing talks to Zendesk. Three kinds of object:

- ticket fields (`ticket_fields(prefix)`), each with a stable KEY the service writes by
  (`TicketChange.fields`), a recognisable title, and a marker `[gdpr-desk:field:<key>]` at the end of
  its `agent_description` so discovery finds it even after an admin renames it;
- macros (`macros(templates, values, prefix)`), one per template per language, titled
  "GDPR · <title> [FR]", with the marker `[gdpr-desk:macro:<template id>:<lang>]` in `description`;
- triggers (`triggers(prefix)`) that call the webhook with `plugin.webhooks.trigger_body_template`,
  each with the marker `[gdpr-desk:trigger:<key>]` in `description`; and the webhook
  (`webhook(public_url)`), found again by its endpoint.

Option values of the option fields ARE ticket tags (Zendesk keeps the two in step): the request type
options are `gdpr_<right>`, the escalation options `gdpr_esc_<reason>` and the status options the
lifecycle tags the macros add (`gdpr_id_requested`, …) — so the service's tags and the agents' macros
set the fields with no extra API call. The open status is `gdpr_open`.

Trigger conditions (developer.zendesk.com/documentation/ticketing/reference-guides/conditions-reference):
- "created": `update_type is Create` — every new ticket, whatever its channel;
- "public comment": `update_type is Change` + `comment_is_public is true` — a customer (or agent)
  reply on any ticket: a GDPR request can arrive on an old ticket;
- "lifecycle": `update_type is Change` + `current_tags includes gdpr_request`: every outside update
  of a GDPR ticket. Zendesk has no "tag was added/removed" condition, and a removed lifecycle tag
  matters as much as an added one; the service compares with its case and ignores repeats.
- never on the service's own updates: `current_via_id is_not 5` (via type 5 = "Web service (API)",
  developer.zendesk.com/documentation/ticketing/reference-guides/via-types). Chosen over
  "current user is not <the service's user>" because that condition's API value for a specific
  user is not in the spec or the reference we hold, and a wrong one fails the install with a 422.
  Cost: an update made through *another* API integration does not fire the update triggers (it
  does fire "created"); the deadline sweeper still sees those tickets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

from plugin.core.rights import (
    DEFAULT_TAG_PREFIX,
    ESCALATION_REASONS,
    LIFECYCLE_TAGS,
    PROCESS_ESCALATIONS,
    RIGHTS,
)

MARKER_PREFIX: Final = "gdpr-desk:"
WEBHOOK_NAME: Final = "gdpr-desk"
WEBHOOK_PATH: Final = "/webhooks/zendesk"
API_VIA_ID: Final = "5"  # Web service (API): the channel of every update the service makes

FIELD_KEYS: Final = (
    "request_type",
    "received_on",
    "due_on",
    "extended_due_on",
    "gdpr_status",
    "escalation_reasons",
    "extension_reason",
)
DATE_FIELD_KEYS: Final = ("received_on", "due_on", "extended_due_on")

# The status options: (code, English name). Codes other than "open" are the lifecycle tags.
STATUSES: Final = (
    ("open", "Open"),
    ("id_requested", "Identification requested"),
    ("extended", "Extended"),
    ("refused", "Refused"),
    ("completed", "Completed"),
)
assert {code for code, _ in STATUSES[1:]} == set(LIFECYCLE_TAGS)

# Why a deadline may be extended (Art. 12(3): "taking into account the complexity and number of the
# requests"); the option values are tags the service records with the extension.
EXTENSION_REASONS: Final = (
    ("complexity", "Complexity of the request"),
    ("number_of_requests", "Number of requests"),
)

# Escalations decided by process rather than text (plugin.core.rights.PROCESS_ESCALATIONS).
PROCESS_ESCALATION_NAMES: Final = {
    "refusal": "Refusal to act on a request",
    "extension": "Deadline extension",
    "objection_balancing": "Objection: balancing of interests",
    "identity_doubt": "Doubt about the requester's identity",
    "overdue": "Deadline passed",
}
assert set(PROCESS_ESCALATION_NAMES) == set(PROCESS_ESCALATIONS)


def marker(kind: str, key: str) -> str:
    """The stable marker install finds its objects by: `[gdpr-desk:<kind>:<key>]`."""
    return f"[{MARKER_PREFIX}{kind}:{key}]"


# ------------------------------------------------------------------------------------------------
# Ticket fields
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldOption:
    name: str
    value: str  # the tag Zendesk sets when the option is chosen


@dataclass(frozen=True)
class FieldDefinition:
    """One custom ticket field (developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields)."""

    key: str
    type: str  # date | multiselect | tagger
    title: str
    description: str  # for agents; ends with the marker
    options: tuple[FieldOption, ...] = ()

    @property
    def marker(self) -> str:
        return marker("field", self.key)

    @property
    def option_values(self) -> frozenset[str]:
        return frozenset(o.value for o in self.options)

    def payload(self) -> dict[str, Any]:
        """The `ticket_field` object for POST/PUT (and for requirements.json)."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "agent_description": self.description,
            "active": True,
        }
        if self.options:
            body["custom_field_options"] = [{"name": o.name, "value": o.value} for o in self.options]
        return body


def ticket_fields(prefix: str = DEFAULT_TAG_PREFIX) -> tuple[FieldDefinition, ...]:
    """The fields gdpr-desk writes (or, for the extension reason, the agent sets), in FIELD_KEYS order."""

    def field(key: str, type_: str, title: str, text: str, options: Iterable[FieldOption] = ()) -> FieldDefinition:
        return FieldDefinition(key, type_, title, f"{text} Set by gdpr-desk. {marker('field', key)}", tuple(options))

    escalations = [FieldOption(e.name("en"), e.tag(prefix)) for e in ESCALATION_REASONS]
    escalations += [FieldOption(name, f"{prefix}esc_{code}") for code, name in PROCESS_ESCALATION_NAMES.items()]
    return (
        field(
            "request_type",
            "multiselect",
            "GDPR request type",
            "The data-subject rights the customer exercises.",
            (FieldOption(r.name("en"), r.tag(prefix)) for r in RIGHTS),
        ),
        field("received_on", "date", "GDPR received on", "Day the request reached the company (local time)."),
        field("due_on", "date", "GDPR due on", "Legal deadline to answer (Art. 12(3) GDPR)."),
        field("extended_due_on", "date", "GDPR extended due on", "Deadline after an extension (Art. 12(3))."),
        field(
            "gdpr_status",
            "tagger",
            "GDPR status",
            "Where the request stands.",
            (FieldOption(name, f"{prefix}{code}") for code, name in STATUSES),
        ),
        field(
            "escalation_reasons",
            "multiselect",
            "GDPR escalation reasons",
            "Why legal or the DPO must look.",
            escalations,
        ),
        field(
            "extension_reason",
            "multiselect",
            "GDPR extension reasons",
            "Why the deadline was extended (Art. 12(3)): set by the agent with the extension macro.",
            (FieldOption(name, f"{prefix}ext_{code}") for code, name in EXTENSION_REASONS),
        ),
    )


def field_placeholder(field_id: int | str) -> str:
    """The Zendesk placeholder that shows a custom field's value in a comment."""
    return f"{{{{ticket.ticket_field_{field_id}}}}}"


# ------------------------------------------------------------------------------------------------
# Macros
# ------------------------------------------------------------------------------------------------
class MacroTemplateLike(Protocol):
    """What plugin.templates.MacroTemplate offers (duck-typed so this module stays data-only)."""

    id: str
    titles: Mapping[str, str]
    bodies: Mapping[str, str]
    add_tags: Iterable[str]
    remove_tags: Iterable[str]
    status: str | None
    public: bool


Render = Callable[[str, Mapping[str, str]], str]


@dataclass(frozen=True)
class MacroDefinition:
    """One Zendesk macro: a template in one language (developer.zendesk.com/api-reference/…/macros)."""

    template_id: str
    language: str
    title: str
    description: str  # ends with the marker
    actions: tuple[tuple[str, str], ...]

    @property
    def key(self) -> str:
        return f"{self.template_id}:{self.language}"

    @property
    def marker(self) -> str:
        return marker("macro", self.key)

    def payload(self) -> dict[str, Any]:
        """The `macro` object for POST/PUT. Action values are strings, as MacroInput declares."""
        return {
            "title": self.title,
            "description": self.description,
            "active": True,
            "actions": [{"field": f, "value": v} for f, v in self.actions],
        }


def macro_title(title: str, language: str) -> str:
    return f"GDPR · {title} [{language.upper()}]"


def macro_values(*, field_ids: Mapping[str, int | str], authority: Any, company_name: str) -> dict[str, str]:
    """The [[variables]] of the templates: dates become Zendesk field placeholders, the rest text.

    `authority` is what plugin.authorities.authority_for returns (attributes or keys `name`,
    `website`, `complaint_url`).
    """

    def attr(name: str) -> str:
        value = authority.get(name) if isinstance(authority, Mapping) else getattr(authority, name, None)
        return str(value or "")

    values = {key: field_placeholder(field_ids[key]) for key in DATE_FIELD_KEYS if key in field_ids}
    values.update(
        authority_name=attr("name"),
        authority_website=attr("website"),
        authority_complaint_url=attr("complaint_url"),
        company_name=company_name,
    )
    return values


def macros(
    templates: Iterable[MacroTemplateLike],
    values: Mapping[str, str],
    render: Render,
    prefix: str = DEFAULT_TAG_PREFIX,
    language_values: Callable[[str], Mapping[str, str]] | None = None,
) -> tuple[MacroDefinition, ...]:
    """One macro per template per language (the languages its bodies have), in a stable order.

    `language_values(language)` overrides values per language: a Belgian authority named and linked
    in Dutch in the Dutch macro, in French in the French one.
    """
    out: list[MacroDefinition] = []
    for template in templates:
        for language in sorted(template.bodies):
            local = {**values, **language_values(language)} if language_values else values
            actions: list[tuple[str, str]] = [
                ("comment_value", render(template.bodies[language], local)),
                ("comment_mode_is_public", "true" if template.public else "false"),
            ]
            if add := sorted(f"{prefix}{t}" for t in template.add_tags):
                actions.append(("current_tags", " ".join(add)))
            if remove := sorted(f"{prefix}{t}" for t in template.remove_tags):
                actions.append(("remove_tags", " ".join(remove)))
            if template.status:
                actions.append(("status", template.status))
            title = render(template.titles.get(language) or template.titles.get("en") or template.id, local)
            key = f"{template.id}:{language}"
            description = f"gdpr-desk macro {template.id} ({language}). {marker('macro', key)}"
            out.append(
                MacroDefinition(template.id, language, macro_title(title, language), description, tuple(actions))
            )
    return tuple(out)


# ------------------------------------------------------------------------------------------------
# Triggers and the webhook
# ------------------------------------------------------------------------------------------------
Condition = dict[str, str]


@dataclass(frozen=True)
class TriggerDefinition:
    """One trigger calling the gdpr-desk webhook (developer.zendesk.com/api-reference/…/triggers)."""

    key: str
    event: str  # "ticket_created" | "ticket_updated": the body template to send
    title: str
    description: str  # ends with the marker
    all: tuple[Condition, ...]
    any: tuple[Condition, ...] = ()

    @property
    def marker(self) -> str:
        return marker("trigger", self.key)

    def conditions(self) -> dict[str, list[Condition]]:
        return {"all": [dict(c) for c in self.all], "any": [dict(c) for c in self.any]}

    def payload(self, webhook_id: int | str, body_template: str) -> dict[str, Any]:
        """The `trigger` object for POST/PUT: conditions, and one notification_webhook action."""
        return {
            "title": self.title,
            "description": self.description,
            "active": True,
            "conditions": self.conditions(),
            "actions": [{"field": "notification_webhook", "value": [str(webhook_id), body_template]}],
        }


def _cond(field: str, operator: str, value: str) -> Condition:
    return {"field": field, "operator": operator, "value": value}


NOT_BY_SERVICE: Final = _cond("current_via_id", "is_not", API_VIA_ID)


def triggers(prefix: str = DEFAULT_TAG_PREFIX) -> tuple[TriggerDefinition, ...]:
    """The three triggers; see the module docstring for why these conditions."""

    def describe(text: str, key: str) -> str:
        return f"{text} Installed by gdpr-desk. {marker('trigger', key)}"

    return (
        TriggerDefinition(
            "ticket_created",
            "ticket_created",
            "GDPR · notify gdpr-desk of new tickets",
            describe("Sends every new ticket to gdpr-desk, which recognises GDPR requests.", "ticket_created"),
            all=(_cond("update_type", "is", "Create"),),
        ),
        TriggerDefinition(
            "public_comment",
            "ticket_updated",
            "GDPR · notify gdpr-desk of public replies",
            describe("Sends tickets with a new public comment to gdpr-desk.", "public_comment"),
            all=(_cond("update_type", "is", "Change"), _cond("comment_is_public", "is", "true"), NOT_BY_SERVICE),
        ),
        TriggerDefinition(
            "lifecycle",
            "ticket_updated",
            "GDPR · notify gdpr-desk of GDPR case changes",
            describe("Sends every outside update of a GDPR ticket to gdpr-desk (macros, tags, status).", "lifecycle"),
            # Any change, not only "a lifecycle tag is present": removing a tag (an identification
            # asked by mistake, say) must reach the service too, and Zendesk has no "tag removed".
            all=(
                _cond("update_type", "is", "Change"),
                _cond("current_tags", "includes", f"{prefix}request"),
                NOT_BY_SERVICE,
            ),
        ),
    )


def webhook_endpoint(public_url: str) -> str:
    return public_url.rstrip("/") + WEBHOOK_PATH


def webhook(public_url: str) -> dict[str, Any]:
    """The `webhook` object (developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks).

    No `authentication`: deliveries are authenticated by their signature (plugin.webhooks).
    """
    return {
        "name": WEBHOOK_NAME,
        "description": f"gdpr-desk: GDPR request handling. {marker('webhook', WEBHOOK_NAME)}",
        "endpoint": webhook_endpoint(public_url),
        "http_method": "POST",
        "request_format": "json",
        "status": "active",
        "subscriptions": ["conditional_ticket_events"],
    }
