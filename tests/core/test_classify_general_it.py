"""Generalisation probes in Italian: requests in words the corpus never used, and look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not
checked). Sentences written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Ho visto che avete ancora le mie foto sul sito. Fatele sparire.", "erasure", ""),
    ("", "Potete sistemare la data? 14 aprile 1989", "rectification", ""),
    ("", "Avete ancora la copia della mia carta d'identità. Distruggetela per cortesia.", "erasure", ""),
    ("", "Cancellate il mio curriculum dal vostro archivio candidati.", "erasure", ""),
    ("", "Vorrei che il mio profilo e lo storico degli acquisti venissero eliminati.", "erasure", ""),
    ("", "Per cortesia rimuovete le registrazioni delle mie telefonate.", "erasure", ""),
    ("", "Il mio cognome è scritto male, è Rossetti e non Rosetti. Correggetelo per favore.", "rectification", ""),
    ("", "Vorrei aggiornare il mio indirizzo email: il nuovo è luca.bianchi@example.it.", "rectification", ""),
    ("", "Vorrei sapere quali dati avete su di me.", "access", ""),
    ("", "Mandatemi una copia di tutte le informazioni che conservate su di me.", "access", ""),
    ("", "A chi avete passato i miei dati?", "access", ""),
    ("", "Smettete di mandarmi pubblicità via SMS.", "direct_marketing", ""),
    ("", "Non voglio più ricevere la vostra newsletter.", "direct_marketing", ""),
    ("", "Toglietemi dalla vostra mailing list.", "direct_marketing", ""),
    ("", "Non chiamatemi più per le offerte.", "direct_marketing", ""),
    ("", "Mi servono i miei dati di consumo in un file da caricare presso il nuovo fornitore.", "portability", ""),
    ("", "Non cancellate la mia pratica, ma non usatela finché il reclamo è aperto.", "restriction", ""),
    ("", "Mi oppongo alla profilazione dei miei acquisti.", "objection", ""),
    (
        "",
        "Il vostro sistema ha rifiutato automaticamente il mio finanziamento. Voglio che una persona lo riesamini.",
        "automated_decision",
        "",
    ),
    ("", "Revoco il consenso all'uso della mia immagine.", "withdraw_consent", ""),
    ("", "Come avete avuto il mio numero di telefono?", "privacy_concern", ""),
    ("", "Mio figlio di 14 anni si è iscritto senza permesso. Cancellate il suo account.", "erasure", "child_data"),
    ("", "Vi ho già chiesto due volte di cancellare i miei dati. Fatelo.", "erasure", "repeated_request"),
    ("", "Il mio avvocato mi ha consigliato di chiedervi una copia dei miei dati.", "access", "legal_action"),
    ("", "Vorrei disdire il mio abbonamento.", "", ""),
    ("", "Non riesco ad accedere al mio account, la password non funziona.", "", ""),
    ("", "Potete cambiare l'indirizzo di consegna dell'ordine 3321?", "", ""),
    ("", "Mi servirebbe una copia della fattura di febbraio.", "", ""),
    ("", "Grazie per aver cancellato il mio account.", "", ""),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "it")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    assert result.is_request == bool(rights)
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
