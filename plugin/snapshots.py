"""From a stored webhook event to the Snapshot the decision needs (pure, no I/O).

Whose text is it? Only the customer's own words are classified: a public comment written by the
requester (trigger webhooks carry `actor_id` = the updater; event webhooks the comment's author and
its `is_staff` flag). An agent's public reply that says "we deleted your data" is not a request.
"""

from __future__ import annotations

from datetime import datetime

from plugin.core.case import Snapshot
from plugin.timeutil import parse_iso
from plugin.webhooks import TicketEvent

# `{{ticket.requester.language}}` renders a language name; event webhooks carry no locale at all.
_LANGUAGE_NAMES = {
    "english": "en",
    "anglais": "en",
    "engels": "en",
    "englisch": "en",
    "inglés": "en",
    "inglese": "en",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "frans": "fr",
    "französisch": "fr",
    "francés": "fr",
    "francese": "fr",
    "dutch": "nl",
    "nederlands": "nl",
    "néerlandais": "nl",
    "niederländisch": "nl",
    "neerlandés": "nl",
    "olandese": "nl",
    "flemish": "nl",
    "vlaams": "nl",
    "german": "de",
    "deutsch": "de",
    "allemand": "de",
    "duits": "de",
    "alemán": "de",
    "tedesco": "de",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "espagnol": "es",
    "spaans": "es",
    "spanisch": "es",
    "spagnolo": "es",
    "italian": "it",
    "italiano": "it",
    "italien": "it",
    "italiaans": "it",
    "italienisch": "it",
}


def language_code(value: str | None) -> str | None:
    """`fr`, `fr-BE`, `French`, `Français (Belgique)` → `fr`; None when unknown."""
    if not value:
        return None
    text = value.strip().lower()
    head = text.split("(")[0].strip()
    if head in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[head]
    code = text.replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parse_iso(value)
    except ValueError:
        return None


def customer_text(event: TicketEvent) -> str:
    """The customer's own new text in this event ('' when there is none)."""
    if event.event_type == "ticket.created":
        return event.description or event.latest_comment or ""
    if not event.latest_comment or event.comment_public is False:
        return ""
    if event.comment_author_is_staff is True:
        return ""
    author = event.comment_author_id or event.actor_id
    if author and event.requester_id and author != event.requester_id:
        return ""
    return event.latest_comment


def snapshot_of(event: TicketEvent, *, received_at: datetime) -> Snapshot:
    """The decision's view of one event; times fall back to when the service received it."""
    return Snapshot(
        ticket_id=event.ticket_id,
        event_type=event.event_type,
        event_time=_time(event.occurred_at) or _time(event.updated_at) or received_at,
        subject=event.subject or "",
        text=customer_text(event),
        language_hint=language_code(event.requester_locale),
        tags=event.tags or frozenset(),
        tags_added=event.tags_added,
        tags_removed=event.tags_removed,
        status=event.status,
        previous_status=event.previous_status,
        group_id=event.group_id,
        requester_id=event.requester_id,
        created_at=_time(event.created_at),
    )
