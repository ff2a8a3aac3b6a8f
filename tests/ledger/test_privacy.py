"""The log holds pseudonyms and digests, never e-mail addresses or message text — down to the file bytes."""

from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path

import pytest

from plugin.ledger import Ledger
from plugin.ledger.checkpoint import CheckpointSigner
from plugin.ledger.privacy import key_id, normalise_email, pseudonym, text_digest
from plugin.storage import Database

from .conftest import at

TICKETS = [
    {
        "id": 48213,
        "requester": "Anna.Schmidt@beispiel.de",
        "language": "de",
        "subject": "Auskunft über meine Daten",
        "body": "Sehr geehrte Damen und Herren, bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert "
        "haben. Meine Kundennummer ist 55-123. Mit freundlichen Grüßen, Anna Schmidt",
        "rights": ["access"],
    },
    {
        "id": 48214,
        "requester": "jean.dupont@exemple.fr",
        "language": "fr",
        "subject": "Suppression de mon compte",
        "body": "Bonjour, je souhaite que vous supprimiez mon compte et toutes les données me concernant. "
        "Je ne veux plus recevoir vos courriels publicitaires. Cordialement, Jean Dupont",
        "rights": ["erasure", "direct_marketing"],
    },
    {
        "id": 48215,
        "requester": "m.kowalska@przyklad.pl",
        "language": "pl",
        "subject": "Sprostowanie adresu",
        "body": "Dzień dobry, mój adres się zmienił: proszę poprawić go na ul. Długa 5, Gdańsk. Dziękuję bardzo.",
        "rights": ["rectification"],
    },
    {
        "id": 48216,
        "requester": "sofia.rossi@esempio.it",
        "language": "it",
        "subject": "Opposizione alla profilazione",
        "body": "Buongiorno, mi oppongo alla profilazione dei miei acquisti per scopi pubblicitari. Grazie, Sofia.",
        "rights": ["objection"],
    },
    {
        "id": 48217,
        "requester": "p.jansen@voorbeeld.nl",
        "language": "nl",
        "subject": "Kopie van mijn gegevens als CSV",
        "body": "Goedendag, graag ontvang ik al mijn gegevens in een CSV-bestand zodat ik kan overstappen. Groet, Piet",
        "rights": ["portability"],
    },
    {
        "id": 48218,
        "requester": "Ελένη.Π@παράδειγμα.gr",
        "language": "el",
        "subject": "Ανάκληση συγκατάθεσης",
        "body": "Καλησπέρα, ανακαλώ τη συγκατάθεσή μου για την αποστολή ενημερωτικών δελτίων. Ευχαριστώ, Ελένη.",
        "rights": ["withdraw_consent"],
    },
]
KEY = b"test-pseudonym-key-0123456789abcdef"


def _entry_data(ticket: dict[str, object]) -> dict[str, object]:
    """What the service writes for a received request (cf. plugin/app.py and plugin/worker.py)."""
    return {
        "ticket": pseudonym(KEY, f"ticket:{ticket['id']}"),
        "requester": pseudonym(KEY, normalise_email(str(ticket["requester"]))),
        "language": ticket["language"],
        "subject_sha256": text_digest(str(ticket["subject"])),
        "body_sha256": text_digest(str(ticket["body"])),
        "rights": ticket["rights"],
    }


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[.,:!?]", text) if len(s.strip()) >= 12]


def test_database_file_bytes_hold_no_addresses_or_sentences(sqlite_url: str, signer: CheckpointSigner) -> None:
    db = Database(sqlite_url)
    ledger = Ledger(db)
    ledger.ensure_schema()
    with db.transaction() as tx:
        for i, ticket in enumerate(TICKETS):
            ledger.append(tx, "webhook_received", _entry_data(ticket), time=at(i))
            ledger.append(tx, "decision", {**_entry_data(ticket), "decision": "request"}, time=at(i + 0.5))
    ledger.checkpoint(signer, time=at(99))
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
    raw = b"".join(p.read_bytes() for p in files)
    assert b"decision" in raw and pseudonym(KEY, "ticket:48213").encode() in raw  # we are looking at the data
    for ticket in TICKETS:
        address = str(ticket["requester"])
        needles = {address, address.lower(), normalise_email(address), address.split("@")[0]}
        needles |= {str(ticket["subject"])} | set(_sentences(str(ticket["body"])))
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in raw, needle
    assert not re.search(rb"[\w.+-]+@[\w-]+\.[a-z]{2,}", raw)
    db.close_thread_connection()


def test_pseudonyms_are_keyed_stable_and_name_their_key() -> None:
    value = normalise_email("  Anna.Schmidt@Beispiel.DE ")
    assert value == "anna.schmidt@beispiel.de"
    ref = pseudonym(KEY, value)
    digest = hmac.new(KEY, value.encode(), hashlib.sha256).hexdigest()
    assert ref == f"{key_id(KEY)}:{digest}" and len(key_id(KEY)) == 8
    assert pseudonym(KEY, value) == ref
    rotated = pseudonym(b"a-new-key-after-rotation", value)
    assert rotated != ref and rotated.split(":")[0] != ref.split(":")[0]  # a rotated key is recognisable
    with pytest.raises(ValueError):
        pseudonym(b"", value)


def test_text_digest_is_sha256_of_utf8() -> None:
    assert text_digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert text_digest("Grüße") == hashlib.sha256("Grüße".encode()).hexdigest()
