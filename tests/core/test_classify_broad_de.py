"""Second round of generalisation probes in German: everyday phrasings of every right, written blind to
the rules (no labelled set consulted), plus look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not checked).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Bitte löschen Sie alle Informationen, die Sie über mich gespeichert haben.", "erasure", None),
    (
        "",
        "Entfernen Sie bitte die Aufnahmen meiner Anrufe, ich will nicht, dass sie aufbewahrt werden.",
        "erasure",
        None,
    ),
    (
        "",
        "Können Sie mir sagen, welche Daten Sie über mich haben und an wen Sie sie weitergegeben haben?",
        "access",
        None,
    ),
    (
        "",
        "Ich hätte gern eine Kopie aller personenbezogenen Daten, die Sie zu meiner Person speichern.",
        "access",
        None,
    ),
    (
        "",
        "Meine E-Mail-Adresse ist falsch hinterlegt, richtig ist lena@example.de. Bitte korrigieren.",
        "rectification",
        None,
    ),
    ("", "Hören Sie bitte auf, mich wegen Angeboten anzurufen.", "direct_marketing", None),
    ("", "Ich möchte keine Werbung und keinen Newsletter mehr bekommen.", "direct_marketing", None),
    (
        "",
        "Ich wechsle den Anbieter. Bitte übermitteln Sie meine Daten in einem gängigen Format an den neuen Anbieter.",
        "portability",
        None,
    ),
    ("", "Solange meine Beschwerde läuft, dürfen Sie meine Daten nicht verwenden.", "restriction", None),
    ("", "Ich will nicht, dass Sie mein Einkaufsverhalten für Empfehlungen auswerten.", "objection", None),
    (
        "",
        "Mein Antrag wurde automatisch abgelehnt. Ich möchte, dass ein Mitarbeiter ihn prüft.",
        "automated_decision",
        None,
    ),
    ("", "Ich widerrufe meine Einwilligung zur Nutzung meines Fotos.", "withdraw_consent", None),
    (
        "",
        "Ich habe schon dreimal um Löschung meines Kontos gebeten. Löschen Sie es jetzt.",
        "erasure",
        "repeated_request",
    ),
    ("", "Wie kann ich die Lieferadresse meiner Bestellung ändern?", "", None),
    ("", "Ich möchte meinen Vertrag zum Monatsende kündigen.", "", None),
    ("", "Können Sie mir alles schicken, was auf meinen Namen gespeichert ist?", "access", None),
    ("", "Welche Informationen sind mit meiner Kundenkarte verknüpft?", "access", None),
    ("", "Ich will wissen, was Ihre App über mich sammelt.", "access", None),
    ("", "Speichern Sie noch Daten über mich?", "access", None),
    ("", "Ich will von Ihren Aktionen nichts mehr hören.", "direct_marketing", None),
    ("", "Entfernen Sie jede Spur von mir aus Ihren Systemen.", "erasure", None),
    ("", "Ich finde es nicht in Ordnung, dass der Verkäufer meinen Ausweis fotografiert hat.", "privacy_concern", None),
    ("", "Solange der Streit läuft, behalten Sie meine Daten, aber verwenden Sie sie nicht.", "restriction", None),
    ("", "Geben Sie meine Akte nicht an das Inkassobüro weiter, bevor der Fehler korrigiert ist.", "restriction", None),
    ("", "Sie dürfen mein Foto nicht mehr verwenden.", "withdraw_consent", None),
    ("", "Ich will meine Daten zurück, um sie zu einem anderen Dienst zu übertragen.", "portability", None),
    (
        "",
        "Mein Kreditantrag wurde von Ihrem System automatisch abgelehnt. Ich möchte, dass ein Mensch ihn neu bewertet.",
        "automated_decision",
        None,
    ),
    (
        "",
        "Mit der automatischen Entscheidung bin ich nicht einverstanden, bitte lassen Sie jemanden drüberschauen.",
        "automated_decision",
        None,
    ),
    ("", "Verkaufen Sie meine Daten an andere Firmen?", "privacy_concern", None),
    ("", "Es ist mir unangenehm, dass Ihr Fahrer meine Adresse und Telefonnummer sehen kann.", "privacy_concern", None),
    ("", "Das fühlt sich wie ein Eingriff in meine Privatsphäre an.", "privacy_concern", None),
    ("", "Ich bekomme ständig Ihre Werbe-SMS, obwohl ich mich nie angemeldet habe.", "direct_marketing", None),
    ("", "Nehmen Sie meine Adresse aus Ihrem Katalogverteiler.", "direct_marketing", None),
    ("", "Schluss mit den Verkaufsanrufen!", "direct_marketing", None),
    (
        "",
        "Behalten Sie meine Akte, aber machen Sie nichts damit, bis die Schlichtungsstelle entschieden hat.",
        "restriction",
        None,
    ),
    (
        "",
        "Das ist schon meine dritte Mail wegen der Löschung meines Kontos. Löschen Sie es.",
        "erasure",
        "repeated_request",
    ),
    (
        "",
        "Ich warte seit sechs Wochen auf eine Antwort auf meine Auskunftsanfrage. Schicken Sie mir meine Daten.",
        "access",
        "repeated_request",
    ),
    ("", "Löschen Sie mein Konto, sonst gehe ich an die Presse.", "erasure", "media"),
    ("", "Löschen Sie mein Konto, sonst gehe ich vor Gericht.", "erasure", "legal_action"),
    ("", "Löschen Sie das Profil meiner Tochter, sie ist erst 12.", "erasure", "child_data"),
    (
        "",
        "Ich bin im März in ein anderes Studio gewechselt. Sie haben keinen Grund mehr, mein Mitgliedsfoto und meine "
        "Besuchshistorie aufzubewahren.",
        "erasure",
        None,
    ),
    (
        "",
        "Mich würde interessieren, was Ihr Smart Meter alle halbe Stunde über meinen Haushalt an Sie schickt. Kann "
        "ich das sehen?",
        "access",
        None,
    ),
    (
        "",
        "Alles, was Sie von meinen Anrufen im letzten Winter aufgezeichnet haben, hätte ich gern als Kopie.",
        "access",
        None,
    ),
    (
        "",
        "Ich habe den Energieversorger gewechselt. Geben Sie meine Zählerstände im Format weiter, das der neue "
        "Versorger nutzt.",
        "portability",
        None,
    ),
    (
        "",
        "Meine alte Arbeits-E-Mail steht noch in meinem Konto. Ersetzen Sie sie bitte durch anna.k@example.com.",
        "rectification",
        None,
    ),
    (
        "",
        "Bei der Anmeldung habe ich das Häkchen für Partnerangebote gesetzt. Das war ein Fehler, betrachten Sie es "
        "als entfernt.",
        "withdraw_consent direct_marketing",
        None,
    ),
    (
        "",
        "Die Kundenkarten-App erfasst jeden Laden, den ich betrete. Punkte sammeln ja, verfolgt werden nein.",
        "objection",
        None,
    ),
    (
        "",
        "Ihre App hat mir ohne Erklärung eine Risikoeinstufung gegeben und jetzt hat sich meine Prämie verdoppelt. "
        "Ein Mensch sollte sich das ansehen.",
        "automated_decision",
        None,
    ),
    ("", "Auf Ihre „Wir vermissen Sie“-Mails jeden Freitag kann ich gut verzichten.", "direct_marketing", None),
    (
        "",
        "Es beunruhigt mich, dass jeder am Empfang meine medizinischen Notizen aufrufen kann.",
        "privacy_concern",
        None,
    ),
    (
        "",
        "Solange der Abrechnungsstreit nicht geklärt ist, dürfen meine Daten an kein Inkassobüro gehen.",
        "restriction",
        None,
    ),
    ("", "Können Sie den Mixer von meiner Wunschliste entfernen? Ich habe ihn woanders gekauft.", "", None),
    ("", "Ich möchte die Karte ändern, mit der ich bezahle.", "", None),
    ("", "Können Sie mir die Rechnung vom letzten Monat als PDF schicken?", "", None),
    ("", "Wie exportiere ich meine Kontakte auf mein neues Handy? Ich finde die Option nicht.", "", None),
    ("", "Bitte kündigen Sie meine Mitgliedschaft zum nächsten Monat.", "", None),
    ("", "Können Sie das Lieferdatum der Bestellung 66231 ändern?", "", None),
    ("", "Haben Sie den Scan meines Reisepasses von 2019 noch?", "access", None),
    (
        "",
        "Mir wäre lieber, Sie würden meine Fingerabdrücke nicht mehr speichern, jetzt wo ich das Studio verlassen "
        "habe.",
        "erasure",
        None,
    ),
    ("", "Sorgen Sie dafür, dass nichts mehr von mir in Ihren Systemen ist.", "erasure", None),
    ("", "Könnten Sie prüfen, ob meine Daten noch in Ihrer Datenbank sind?", "access", None),
    ("", "Ehrlich gesagt können Sie meinen Lebenslauf wegwerfen, ich habe eine Stelle gefunden.", "erasure", None),
    (
        "",
        "Die Studio-App schätzt jetzt meinen Körperfettanteil aus meinen Fotos. Darum habe ich nicht gebeten: lassen "
        "Sie meine Fotos da raus.",
        "objection",
        None,
    ),
    (
        "",
        "Ich wechsle die Bank. Kann ich meinen Umsatzverlauf auf einmal aus Ihrer App holen, damit die neue Bank ihn "
        "einlesen kann?",
        "portability",
        None,
    ),
    (
        "",
        "Letztes Frühjahr habe ich zugestimmt, dass Sie meinen Interviewausschnitt in Ihrer Werbung verwenden. Mir "
        "wäre lieber, Sie täten das nicht mehr.",
        "withdraw_consent",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "de")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
