"""Field discovery: the service finds its ticket fields in Zendesk by marker, title or options, so
an admin never copies field ids into settings.

`match_fields` is pure (field objects in, key → field out); `FieldCatalog` lists
GET /api/v2/ticket_fields (paginated) once, caches the match, and lists again when a key is missing
(a field created or re-created since).

Matching, first hit wins per key: the marker `[gdpr-desk:field:<key>]` in `agent_description` or
`description`; the exact title and type; for option fields, the same type and the same option values
(the tags — an admin who renamed and re-described a field still keeps them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from plugin.helpdesk.api import CallCount, ZendeskAPI
from plugin.helpdesk.definitions import FieldDefinition, ticket_fields
from plugin.helpdesk.errors import FieldsMissing

TICKET_FIELDS_PATH = "/api/v2/ticket_fields.json"


def _texts(field: Mapping[str, Any]) -> str:
    return " ".join(str(field.get(k) or "") for k in ("agent_description", "description", "raw_description"))


def _option_values(field: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(str(o.get("value")) for o in field.get("custom_field_options") or [] if o.get("value"))


def match_fields(
    definitions: Sequence[FieldDefinition], existing: Iterable[Mapping[str, Any]]
) -> dict[str, Mapping[str, Any]]:
    """key → the Zendesk field object that is that definition (absent keys: not found)."""
    fields = [f for f in existing if f.get("id") is not None]
    found: dict[str, Mapping[str, Any]] = {}
    taken: set[int] = set()

    def pick(key: str, candidates: Iterable[Mapping[str, Any]]) -> None:
        for field in candidates:
            if key not in found and int(field["id"]) not in taken:
                found[key] = field
                taken.add(int(field["id"]))

    for d in definitions:  # markers first, so that a marked field is never claimed by a title match
        pick(d.key, (f for f in fields if d.marker in _texts(f)))
    for d in definitions:
        pick(d.key, (f for f in fields if f.get("type") == d.type and d.title in (f.get("title"), f.get("raw_title"))))
    for d in definitions:
        if d.options:
            pick(d.key, (f for f in fields if f.get("type") == d.type and _option_values(f) == d.option_values))
    return found


MISS_REFRESH_SECONDS = 600.0


class FieldCatalog:
    """The ids of gdpr-desk's ticket fields, discovered once and refreshed on a miss."""

    def __init__(self, api: ZendeskAPI, definitions: Sequence[FieldDefinition] | None = None) -> None:
        self.api = api
        self.definitions = tuple(definitions or ticket_fields(api.settings.tag_prefix))
        self.by_key = {d.key: d for d in self.definitions}
        self._found: dict[str, Mapping[str, Any]] = {}
        self.loaded = False
        self._refreshed_at: float | None = None

    async def refresh(self, count: CallCount | None = None) -> dict[str, Mapping[str, Any]]:
        """List the account's ticket fields again and re-match."""
        existing = await self.api.paginate(TICKET_FIELDS_PATH, "ticket_fields", count=count)
        self._found = match_fields(self.definitions, existing)
        self.loaded = True
        self._refreshed_at = self.api.clock()
        return dict(self._found)

    async def available(
        self, keys: Iterable[str], count: CallCount | None = None
    ) -> tuple[dict[str, int], frozenset[str]]:
        """(key → id of the fields that exist, keys that do not). Never raises for a missing field.

        A miss refreshes the list at most once per MISS_REFRESH_SECONDS, so a helpdesk where an admin
        deleted a field (or never ran install) costs no extra call per ticket; the ticket still gets
        its tags and note.
        """
        wanted = set(keys)
        unknown = wanted - set(self.by_key)
        if unknown:
            raise ValueError(f"not gdpr-desk field keys: {', '.join(sorted(unknown))}")
        stale = self._refreshed_at is None or self.api.clock() - self._refreshed_at >= MISS_REFRESH_SECONDS
        if not self.loaded or (wanted - set(self._found) and stale):
            await self.refresh(count)
        found = {key: int(self._found[key]["id"]) for key in wanted if key in self._found}
        return found, frozenset(wanted - set(found))

    async def ids(self, keys: Iterable[str], count: CallCount | None = None) -> dict[str, int]:
        """key → field id for these keys; one refresh on a miss, then FieldsMissing."""
        wanted = set(keys)
        unknown = wanted - set(self.by_key)
        if unknown:
            raise ValueError(f"not gdpr-desk field keys: {', '.join(sorted(unknown))}")
        if not self.loaded or wanted - set(self._found):
            await self.refresh(count)
        missing = wanted - set(self._found)
        if missing:
            raise FieldsMissing(missing)
        return {key: int(self._found[key]["id"]) for key in wanted}

    def definition(self, key: str) -> FieldDefinition:
        return self.by_key[key]
