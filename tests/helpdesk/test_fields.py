"""Field discovery: by marker, title or options; paginated; cached; refreshed on a miss."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from plugin.helpdesk.api import ZendeskAPI
from plugin.helpdesk.definitions import ticket_fields
from plugin.helpdesk.errors import FieldsMissing
from plugin.helpdesk.fields import FieldCatalog, match_fields
from plugin.helpdesk.zendesk import ZendeskClient
from tests.helpdesk.fake_zendesk import FakeZendesk
from tests.helpdesk.fakes import settings, system_fields, ticket_field

DEFS = ticket_fields()
BY_KEY = {d.key: d for d in DEFS}


def made(field_id: int, key: str, **changes: Any) -> dict[str, Any]:
    return {**ticket_field(field_id, BY_KEY[key].payload()), **changes}


def test_match_by_marker_title_and_options() -> None:
    existing = [
        *system_fields(),
        made(11, "received_on", title="Date de réception RGPD"),  # renamed: the marker finds it
        made(12, "due_on", agent_description=None),  # no marker: the title finds it
        made(13, "request_type", title="Type de demande", agent_description="à remplir"),  # options find it
        made(14, "gdpr_status"),
    ]
    found = match_fields(DEFS, existing)
    assert {k: f["id"] for k, f in found.items()} == {
        "received_on": 11,
        "due_on": 12,
        "request_type": 13,
        "gdpr_status": 14,
    }


def test_a_marked_field_is_not_claimed_by_another_keys_title() -> None:
    # An admin titled the due-date field like the received-date one; markers decide.
    existing = [made(21, "due_on", title="GDPR received on"), made(22, "received_on")]
    found = match_fields(DEFS, existing)
    assert found["due_on"]["id"] == 21 and found["received_on"]["id"] == 22


def test_a_title_on_a_field_of_another_type_does_not_match() -> None:
    text_field = ticket_field(31, {"type": "text", "title": "GDPR due on"})
    assert "due_on" not in match_fields(DEFS, [text_field])


@pytest.fixture
def zendesk() -> Any:
    fake = FakeZendesk(page_size=2)  # several pages
    with respx.mock(assert_all_called=False) as mock:
        fake.mount(mock)
        yield fake


def install_fields(zendesk: FakeZendesk, keys: list[str]) -> None:
    for n, key in enumerate(keys):
        zendesk.fields[800 + n] = made(800 + n, key)


async def test_discovery_is_paginated_and_cached(zendesk: FakeZendesk, tmp_path: Any) -> None:
    install_fields(zendesk, [d.key for d in DEFS])
    async with ZendeskClient(settings(tmp_path)) as client:
        ids = await client.discover_fields()
        assert ids == {d.key: 800 + n for n, d in enumerate(DEFS)}
        listed = len(zendesk.requests)
        assert listed == 5  # 9 fields, 2 a page, cursor pagination
        assert await client.fields.ids(["due_on", "gdpr_status"]) == {"due_on": 802, "gdpr_status": 804}
        assert len(zendesk.requests) == listed  # from the cache


async def test_a_miss_refreshes_once(zendesk: FakeZendesk, tmp_path: Any) -> None:
    install_fields(zendesk, ["request_type"])
    api = ZendeskAPI(settings(tmp_path))
    catalog = FieldCatalog(api)
    try:
        assert await catalog.ids(["request_type"]) == {"request_type": 800}
        first = len(zendesk.requests)
        zendesk.fields[900] = made(900, "due_on")  # installed since the service started
        assert await catalog.ids(["due_on"]) == {"due_on": 900}
        second = len(zendesk.requests)
        assert second > first
        with pytest.raises(FieldsMissing) as err:
            await catalog.ids(["escalation_reasons"])
        assert err.value.keys == {"escalation_reasons"}
        assert len(zendesk.requests) > second  # one refresh before giving up
        with pytest.raises(ValueError, match="not gdpr-desk field keys"):
            await catalog.ids(["favourite_colour"])
    finally:
        await api.aclose()
