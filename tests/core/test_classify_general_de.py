"""Generalisation probes in German: requests in words the corpus never used, and look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not
checked). Sentences written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Sie haben noch eine Kopie meines Personalausweises. Bitte vernichten Sie diese.", "erasure", ""),
    ("", "Löschen Sie bitte meinen Lebenslauf aus Ihrem Bewerberpool.", "erasure", ""),
    ("", "Ich möchte, dass mein Kundenkonto samt Bestellhistorie gelöscht wird.", "erasure", ""),
    ("", "Entfernen Sie meine Fotos von Ihrer Webseite.", "erasure", ""),
    ("", "Bitte alle meine Daten aus Ihrem System entfernen.", "erasure", ""),
    ("", "Meine Sprachaufzeichnungen sollen gelöscht werden.", "erasure", ""),
    (
        "",
        "Mein Nachname ist falsch geschrieben, richtig ist Müller-Lüdenscheidt. Bitte korrigieren.",
        "rectification",
        "",
    ),
    ("", "Bitte ändern Sie mein Geburtsdatum, es ist der 3.4.1980 und nicht der 4.3.1980.", "rectification", ""),
    ("", "Ich möchte wissen, welche Daten Sie über mich gespeichert haben.", "access", ""),
    ("", "Schicken Sie mir bitte eine Kopie aller Daten, die Sie über mich haben.", "access", ""),
    ("", "An wen haben Sie meine Adresse weitergegeben?", "access", ""),
    ("", "Hören Sie auf, mir Werbung per SMS zu schicken.", "direct_marketing", ""),
    ("", "Ich will keine Newsletter mehr bekommen.", "direct_marketing", ""),
    ("", "Bitte streichen Sie mich aus Ihrem Werbeverteiler.", "direct_marketing", ""),
    ("", "Rufen Sie mich nicht mehr für Angebote an.", "direct_marketing", ""),
    (
        "",
        "Ich brauche meine Verbrauchsdaten als Datei, damit ich sie bei meinem neuen Anbieter hochladen kann.",
        "portability",
        "",
    ),
    ("", "Nicht löschen, aber bitte sperren Sie meine Daten, solange der Streit läuft.", "restriction", ""),
    ("", "Ich widerspreche der Auswertung meines Kaufverhaltens.", "objection", ""),
    (
        "",
        "Ihr System hat meinen Kreditantrag automatisch abgelehnt. Ich möchte, dass ein Mitarbeiter das prüft.",
        "automated_decision",
        "",
    ),
    ("", "Ich ziehe meine Einwilligung zur Weitergabe meiner Daten zurück.", "withdraw_consent", ""),
    ("", "Woher haben Sie meine Telefonnummer?", "access privacy_concern", ""),
    ("", "Mein Sohn (14) hat ohne mein Wissen ein Konto eröffnet. Bitte löschen Sie es.", "erasure", "child_data"),
    (
        "",
        "Ich habe Sie schon zweimal gebeten, meine Daten zu löschen. Tun Sie es endlich.",
        "erasure",
        "repeated_request",
    ),
    ("", "Mein Anwalt hat mir geraten, Auskunft über meine Daten zu verlangen.", "access", "legal_action"),
    ("", "Ich möchte meinen Vertrag kündigen.", "", ""),
    ("", "Ich komme nicht in mein Konto, das Passwort geht nicht.", "", ""),
    ("", "Bitte ändern Sie die Lieferadresse meiner Bestellung 7781.", "", ""),
    ("", "Können Sie mir die Rechnung noch einmal schicken?", "", ""),
    ("", "Danke, dass Sie mein Konto so schnell gelöscht haben.", "", ""),
    # The writer sells something; the company is not said to sell the writer's data.
    ("", "Ich möchte mein Auto verkaufen, können Sie meine Daten für die Anzeige nutzen?", "", None),
    ("", "Verkaufen Sie meine Daten an Werbefirmen?", "privacy_concern", None),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "de")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    assert result.is_request == bool(rights)
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
