"""Webhook → decision → one API call → ledger, through the real service and the Zendesk stand-in."""

from __future__ import annotations

import pytest

from tests.e2e.harness import REF_PREFIX, Rig


async def test_french_access_request_is_recognised_dated_tagged_and_logged(rig: Rig) -> None:
    ticket = await rig.state.customer_create_ticket(
        "Mes données personnelles",
        "Bonjour,\nConformément à l'article 15 du RGPD, je vous demande une copie de toutes les données "
        "que vous détenez sur moi.\nCordialement,\nAline Peeters",
        requester_locale="fr-BE",
    )
    await rig.drain()
    tid = ticket["id"]
    tags = set(rig.state.ticket(tid)["tags"])
    assert {"gdpr_request", "gdpr_access", "gdpr_open"} <= tags
    fields = rig.field_values(tid)
    received = ticket["created_at"][:10]
    assert fields["received_on"] == received
    assert fields["due_on"] and fields["due_on"] > received
    notes = rig.internal_notes(tid)
    assert len(notes) == 1
    assert "accès" in notes[0].lower() or "acces" in notes[0].lower()
    assert REF_PREFIX in notes[0]
    assert rig.api_calls(tid) == {"PUT": 1}  # the payload carried the text: exactly one API call
    kinds = [e.kind for e in rig.ledger_entries()]
    assert kinds.count("webhook_received") == 1 and kinds.count("decision") == 1
    decision = rig.ledger_entries("decision")[0].data
    assert decision["decision"] == "opened"
    assert decision["case"]["rights"] == ["access"]
    assert "Aline" not in str(decision) and "copie" not in str(decision)
    assert rig.state.spec_violations == []


async def test_a_non_request_costs_no_api_call(rig: Rig) -> None:
    ticket = await rig.state.customer_create_ticket(
        "Where is my parcel?",
        "Hi, order 55120 was due on Monday and still hasn't arrived. Can you check?",
    )
    await rig.drain()
    assert rig.api_calls(ticket["id"]) == {}
    assert rig.internal_notes(ticket["id"]) == []
    assert rig.ledger_entries("decision")[0].data["decision"] == "not_request"


async def test_redelivered_webhooks_yield_one_note(rig: Rig) -> None:
    rig.redeliver = True
    ticket = await rig.state.customer_create_ticket(
        "Unsubscribe",
        "Please stop sending me your newsletters and promotional emails, I never asked for them.",
    )
    await rig.drain()
    assert len(rig.internal_notes(ticket["id"])) == 1
    assert len(rig.ledger_entries("decision")) == 1
    assert "gdpr_direct_marketing" in rig.state.ticket(ticket["id"])["tags"]


async def test_agents_tags_are_kept(rig: Rig) -> None:
    ticket = await rig.state.customer_create_ticket(
        "Delete my account",
        "Please delete my account and all the personal data you hold about me.",
        tags=["vip", "returns_team"],
    )
    await rig.drain()
    tags = set(rig.state.ticket(ticket["id"])["tags"])
    assert {"vip", "returns_team", "gdpr_erasure"} <= tags


async def test_lifecycle_extension_then_completion(rig: Rig) -> None:
    ticket = await rig.state.customer_create_ticket(
        "Data request",
        "Under Article 15 GDPR please send me a copy of all personal data you process about me.",
    )
    await rig.drain()
    tid = ticket["id"]
    await rig.agent_update(tid, add_tags=["gdpr_extended"])
    await rig.drain()
    await rig.agent_update(tid, add_tags=["gdpr_completed"], status="solved")
    await rig.drain()
    decisions = [e.data for e in rig.ledger_entries("decision")]
    assert [d["decision"] for d in decisions] == ["opened", "lifecycle", "lifecycle"]
    final = decisions[-1]["case"]
    assert final["state"] == "completed"
    assert final["extension_in_time"] is True
    assert final["on_time"] is True
    assert "extension" in final["escalations"]
    assert rig.verify_log().problem is None


@pytest.mark.parametrize("locale", ["de", "nl"])
async def test_escalation_assigns_tags_and_reasons(rig: Rig, locale: str) -> None:
    texts = {
        "de": (
            "Auskunft",
            "Ich verlange Auskunft über meine Daten nach Art. 15 DSGVO. Sollte ich binnen eines "
            "Monats nichts hören, beschwere ich mich beim Landesdatenschutzbeauftragten.",
        ),
        "nl": (
            "Inzage",
            "Ik wil inzage in al mijn persoonsgegevens (artikel 15 AVG). Zo niet, dien ik een "
            "klacht in bij de Autoriteit Persoonsgegevens.",
        ),
    }
    subject, body = texts[locale]
    ticket = await rig.state.customer_create_ticket(subject, body, requester_locale=locale)
    await rig.drain()
    tags = set(rig.state.ticket(ticket["id"])["tags"])
    assert {"gdpr_access", "gdpr_escalated", "gdpr_esc_dpa_complaint"} <= tags
    assert rig.state.ticket(ticket["id"])["priority"] == "high"


async def test_our_own_update_echoed_by_an_event_webhook_is_not_processed(rig: Rig) -> None:
    ticket = await rig.state.customer_create_ticket(
        "Delete my data", "Please erase my account and all personal data you keep about me."
    )
    await rig.drain()
    rig.worker.service_user_id = str(rig.state.agent["id"])  # learnt from /users/me at start
    echo = {
        "type": "zen:event-type:ticket.tags_changed",
        "account_id": 1,
        "id": "01ECHO0000000000000000000",
        "time": "2026-11-28T16:00:00Z",
        "zendesk_event_version": "2022-11-06",
        "subject": f"zen:ticket:{ticket['id']}",
        "detail": {
            "id": str(ticket["id"]),
            "actor_id": str(rig.state.agent["id"]),
            "tags": rig.state.ticket(ticket["id"])["tags"],
            "status": "OPEN",
            "updated_at": rig.state.ticket(ticket["id"])["updated_at"],
        },
        "event": {"tags_added": ["gdpr_erasure", "gdpr_request"], "tags_removed": []},
    }
    assert (await rig.post(echo)).status_code == 202
    before = len(rig.state.request_log)
    await rig.drain()
    assert len(rig.state.request_log) == before  # no API call
    assert len(rig.ledger_entries("decision")) == 1  # nothing decided about our own echo
    assert rig.pending() == 0


async def test_follow_up_comment_adds_a_right(rig: Rig) -> None:
    ticket = await rig.state.customer_create_ticket(
        "Copy of my data", "Please send me a copy of the personal data you hold about me (Article 15 GDPR)."
    )
    await rig.drain()
    await rig.state.customer_reply(ticket["id"], "And after that, please delete my account and all my data.")
    await rig.drain()
    tags = set(rig.state.ticket(ticket["id"])["tags"])
    assert {"gdpr_access", "gdpr_erasure"} <= tags
    assert rig.field_values(ticket["id"])["request_type"] == ["gdpr_access", "gdpr_erasure"]
    assert len(rig.internal_notes(ticket["id"])) == 2  # the guidance, then the note for the new right


async def test_a_helpdesk_without_the_fields_still_gets_tags_and_the_note(tmp_path) -> None:
    from tests.e2e.harness import make_rig

    rig = await make_rig(tmp_path)
    try:
        rig.state.ticket_fields.clear()  # never installed, or an admin deleted them
        ticket = await rig.state.customer_create_ticket(
            "Unsubscribe", "Please stop sending me marketing e-mails and take me off your mailing list."
        )
        await rig.drain()
        assert "gdpr_direct_marketing" in rig.state.ticket(ticket["id"])["tags"]
        assert len(rig.internal_notes(ticket["id"])) == 1
        outcome = rig.ledger_entries("decision")[0].data["outcome"]
        assert "due_on" in outcome["fields_missing"]
        assert rig.ledger_entries("dead_letter") == []
    finally:
        await rig.aclose()
