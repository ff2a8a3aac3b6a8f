"""Fault injection: 20 % of API calls answer 429, 500, time out, or land without an answer.

Every ticket still ends with exactly one guidance note, the right tags and fields, and the ledger
verifies. Time is moved forward between worker rounds instead of sleeping.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from plugin.helpdesk.standin import FaultPlan
from tests.e2e.harness import make_rig
from tests.support import MovableClock

TICKETS = [
    ("en", "Copy of my data", "Under Article 15 GDPR I request a copy of all personal data you hold about me."),
    ("fr", "Suppression", "Je vous demande d'effacer mon compte et toutes mes données personnelles. Merci."),
    ("nl", "Nieuwsbrief", "Stuur mij geen reclame of nieuwsbrieven meer, ik wil niets meer ontvangen."),
    ("de", "Auskunft", "Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich speichern."),
    ("es", "Mis datos", "Solicito la supresión de todos mis datos personales de sus sistemas, por favor."),
    ("it", "Accesso", "Vorrei sapere quali dati personali conservate su di me, ai sensi dell'art. 15 GDPR."),
    ("en", "Unsubscribe", "Stop sending me marketing emails and texts. I never agreed to receive them."),
    ("fr", "Mes données", "Quelles données personnelles avez-vous sur moi ? Je veux une copie complète."),
    ("en", "Wrong name", "My surname is misspelled in my profile: it should be Smyth, not Smith. Please correct it."),
    ("de", "Löschung", "Löschen Sie bitte mein Kundenkonto samt aller Daten nach Art. 17 DSGVO."),
    ("nl", "Inzage", "Graag ontvang ik een kopie van alle persoonsgegevens die jullie van mij hebben."),
    ("es", "Publicidad", "No quiero recibir más publicidad por correo ni por SMS. Dejen de enviarme ofertas."),
]


async def test_every_ticket_gets_exactly_one_note_under_faults(tmp_path: Path) -> None:
    await run_with_faults(tmp_path)


@pytest.mark.postgres
async def test_every_ticket_gets_exactly_one_note_under_faults_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    await run_with_faults(tmp_path, database_url=postgres_url)


async def run_with_faults(tmp_path: Path, **settings: object) -> None:
    clock = MovableClock(datetime.now(UTC))
    faults = FaultPlan(
        rate=0.2, kinds=("429", "500", "timeout", "lost_response"), seed=11, timeout_mode="raise", retry_after=1
    )
    rig = await make_rig(tmp_path, faults=faults, clock=clock, **settings)

    async def no_sleep(_: float) -> None:
        await asyncio.sleep(0)

    rig.worker.client.api.sleep = no_sleep  # backoff between retries: no wall-clock waiting
    try:
        ids = []
        for locale, subject, body in TICKETS:
            ticket = await rig.state.customer_create_ticket(subject, body, requester_locale=locale)
            ids.append(ticket["id"])
        for _ in range(60):
            await rig.drain()
            pending = rig.pending()
            if not pending:
                break
            clock.advance(minutes=10)
        assert rig.pending() == 0
        faulted = [e for e in rig.state.request_log if e.fault]
        assert faulted, "the fault plan injected nothing"
        for tid in ids:
            notes = rig.internal_notes(tid)
            assert len(notes) == 1, (tid, notes)
            tags = set(rig.state.ticket(tid)["tags"])
            assert "gdpr_request" in tags, (tid, tags)
            fields = rig.field_values(tid)
            assert fields.get("due_on"), (tid, fields)
        decisions = rig.ledger_entries("decision")
        assert sorted(d.data["inbox"] for d in decisions) == sorted(set(d.data["inbox"] for d in decisions))
        assert len(decisions) == len(ids)
        assert rig.ledger_entries("dead_letter") == []
        assert rig.verify_log().problem is None
        assert rig.state.spec_violations == []
    finally:
        await rig.aclose()
