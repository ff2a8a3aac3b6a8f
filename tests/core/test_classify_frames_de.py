"""Table-driven probes of the semantic frames (`plugin.core.lexicon.<lang>_frames`): German.

One probe per row of `TABLE`: `language|rights|escalations|text` -- rights comma-separated (empty: not
a request), escalations comma-separated or `-` (not checked), text as `subject // body` or body only;
an indented line continues the text of the row above. Sentences written for these tests, one or more
per frame: information about oneself, wanting something gone, a new value, use stopped but kept, a
copy to take along, not agreeing with a use, no marketing, a person to re-decide, permission taken
back, a worry; plus hard negatives that must stay quiet.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

TABLE = """
de|access|-|Ich hätte gern eine Übersicht über alle Daten, die Sie zu meiner Person gespeichert haben.
de|access|-|Bitte teilen Sie mir mit, welche Informationen Sie über mich haben.
de|access|-|Was wissen Sie eigentlich alles über mich? Ich möchte das gern sehen.
de|access|-|Ich möchte wissen, welche personenbezogenen Daten bei Ihnen über mich gespeichert sind und an wen Sie
    sie weitergegeben haben.
de|access|-|Können Sie mir eine Kopie meiner Kundenakte zuschicken?
de|access|-|Antrag auf Auskunft // Hiermit beantrage ich Auskunft über die zu meiner Person gespeicherten Daten.
de|access|-|Mich würde interessieren, was in meinem Kundenkonto alles hinterlegt ist.
de|access|-|Welche Daten haben Sie von mir und woher stammen sie?
de|erasure|-|Ich möchte nicht, dass meine Daten weiter bei Ihnen gespeichert bleiben.
de|erasure|-|Bitte löschen Sie mein Konto samt aller dazugehörigen Daten.
de|erasure|-|Antrag auf Löschung meiner personenbezogenen Daten.
de|erasure|-|Ich hätte gern, dass Sie alle meine Daten entfernen.
de|erasure|-|Meine Daten sollen bitte vollständig aus Ihrem System verschwinden.
de|erasure|-|Sie brauchen meinen Lebenslauf nicht länger aufzubewahren, bitte vernichten Sie ihn.
de|rectification|-|Mein Nachname ist bei Ihnen falsch geschrieben, richtig ist Schmidt mit dt.
de|rectification|-|Bitte ändern Sie meine Telefonnummer in 0171 2345678.
de|rectification|-|Meine Adresse hat sich geändert, bitte aktualisieren Sie sie auf Hauptstraße 5, 10115 Berlin.
de|restriction|-|Solange die Sache geklärt wird, sollen Sie meine Daten bitte nicht weiter verwenden.
de|restriction|-|Bitte sperren Sie meine Daten, löschen Sie sie aber nicht, ich brauche sie für ein Verfahren.
de|restriction|-|Bis die Angelegenheit geprüft ist, bitte ich um Einschränkung der Verarbeitung.
de|portability|-|Ich möchte meine Daten in einem maschinenlesbaren Format erhalten, um zu einem anderen Anbieter zu
    wechseln.
de|portability|-|Können Sie meine Trainingsdaten als CSV-Datei exportieren?
de|portability|-|Bitte übermitteln Sie meine Daten direkt an meinen neuen Stromanbieter.
de|objection|-|Ich widerspreche der Auswertung meines Kaufverhaltens.
de|objection|-|Ich möchte nicht, dass meine Daten für Analysen verwendet werden.
de|objection|-|Ich bin nicht damit einverstanden, dass Sie mein Surfverhalten auswerten.
de|objection|-|Hören Sie bitte auf, meinen Standort zu verfolgen.
de|direct_marketing|-|Bitte schicken Sie mir keine Werbung mehr.
de|direct_marketing|-|Ich möchte keinen Newsletter mehr bekommen.
de|direct_marketing|-|Nehmen Sie mich bitte aus Ihrem Verteiler.
de|direct_marketing|-|Rufen Sie mich bitte nicht mehr wegen irgendwelcher Angebote an.
de|direct_marketing|-|Ich will nicht länger Werbe-E-Mails von Ihnen erhalten.
de|automated_decision|-|Mein Kreditantrag wurde automatisch abgelehnt. Ich möchte, dass ein Mensch das noch einmal
    prüft.
de|automated_decision|-|Ihr System hat mein Konto gesperrt, ohne dass jemand drübergeschaut hat. Bitte lassen Sie
    das von einem Mitarbeiter überprüfen.
de|automated_decision|-|Die Ablehnung kam innerhalb von Sekunden, das war sicher ein Algorithmus. Ich verlange eine
    persönliche Prüfung.
de|automated_decision|-|Ich fechte die automatisierte Entscheidung an und bitte um Überprüfung durch einen
    Sachbearbeiter.
de|withdraw_consent|-|Ich widerrufe meine Einwilligung zur Nutzung meiner Fotos.
de|withdraw_consent|-|Meine Zustimmung zur Datenweitergabe an Partner ziehe ich hiermit zurück.
de|withdraw_consent|-|Ich bin nicht mehr damit einverstanden, dass Sie meine Daten für Forschung nutzen, obwohl ich
    damals zugestimmt habe.
de|withdraw_consent|-|Ich nehme meine Einwilligung zurück.
de|privacy_concern|-|Ich mache mir Sorgen, wie Sie mit meinen Daten umgehen.
de|privacy_concern|-|Sind meine Daten bei Ihnen nach dem Hackerangriff noch sicher?
de|privacy_concern|-|Ich finde es bedenklich, dass meine Adresse für alle Mitarbeiter sichtbar ist.
de||-|Ich möchte mein Abo kündigen.
de||-|Ich komme nicht in mein Konto, bitte setzen Sie mein Passwort zurück.
de||-|Bitte korrigieren Sie die Lieferadresse der Bestellung 12345.
de||-|Können Sie mir eine Kopie meiner letzten Rechnung schicken?
de||-|Meine Tochter ist begeistert von Ihrem Produkt, danke!
de|access|-|Treuekarte // Ich sammle seit Jahren Punkte bei Ihnen. Bevor ich weitermache, würde ich gern erfahren,
    was Sie in dieser Zeit alles über mich zusammengetragen haben.
de|access|-|Ich hätte gern eine Aufstellung aller Daten, die Sie zu meiner Person verarbeiten, und zu welchem Zweck.
de|access|-|Bitte schicken Sie mir alles, was Sie über mich gespeichert haben, inklusive der Gesprächsnotizen.
de|access|-|Mich interessiert, welche Angaben zu meiner Person in Ihrer Kundendatei stehen.
de|access|-|Ich möchte Einsicht in meine Personalakte nehmen.
de|access|-|Können Sie mir sagen, an wen Sie meine Adresse weitergegeben haben?
de|access|-|Ich würde gern wissen, was Sie mit meinen Daten machen und wer sie bekommt.
de|access|-|Was haben Sie alles über mich gespeichert? Bitte um vollständige Auskunft.
de|erasure|-|Ich nutze die App nicht mehr. Bitte schließen Sie mein Konto und bewahren Sie keine meiner Daten auf.
de|erasure|-|Meine Bewerbung vom letzten Jahr war erfolglos; Sie müssen meine Unterlagen nicht länger aufbewahren,
    bitte löschen.
de|erasure|-|Ich möchte, dass nichts mehr von mir bei Ihnen gespeichert ist.
de|erasure|-|Bitte entfernen Sie meine Handynummer aus Ihren Unterlagen.
de|erasure|-|Ich will nicht, dass meine Daten noch länger bei Ihnen liegen.
de|rectification|-|Falscher Name // Ihre Briefe gehen an Herrn Jon Schmit. Ich heiße Jan Schmidt. Bitte korrigieren
    Sie das in Ihrem System.
de|rectification|-|Ich bin im März umgezogen, meine neue Adresse lautet Rosenweg 22, 50667 Köln. Bei Ihnen steht
    noch die alte.
de|rectification|-|Das Geburtsdatum in meinem Mitgliedskonto ist falsch, richtig wäre der 05.04.1990.
de|rectification|-|Seit meiner Heirat heiße ich Weber statt Müller, bitte passen Sie meinen Namen an.
de|restriction|-|Bitte stellen Sie die Verarbeitung meiner Daten vorerst ein, solange meine Beschwerde geprüft wird,
    aber löschen Sie nichts.
de|portability|-|Ich wechsle die Bank. Können Sie mir meine Umsätze in einem Format geben, das die neue Bank
    einlesen kann?
de|portability|-|Bitte übertragen Sie meine Vertragsdaten an meinen neuen Versicherer.
de|objection|-|Mir ist aufgefallen, dass Sie meine Einkäufe für personalisierte Werbung auswerten. Damit bin ich
    nicht einverstanden.
de|objection|-|Bitte nehmen Sie meine Daten aus Ihren Forschungsstudien heraus.
de|objection|-|Ich lege Widerspruch gegen die Erstellung eines Profils über mich ein.
de|direct_marketing|-|Ich bekomme ständig SMS über Ihren Sommerschlussverkauf. Ich habe das nie bestellt. Hören Sie
    auf damit.
de|direct_marketing|-|Streichen Sie mich aus Ihrer Werbeliste und rufen Sie mich nicht mehr an.
de|direct_marketing|-|Ich möchte künftig keine Werbepost mehr von Ihnen erhalten.
de|automated_decision|-|Mein Kreditkartenantrag wurde innerhalb einer Minute abgelehnt. Ich möchte, dass sich ein
    Mensch meine Situation ansieht und nicht nur ein Computer.
de|automated_decision|-|Ihr Betrugserkennungssystem hat meine Zahlung blockiert und das Konto gesperrt. Ich
    verlange, dass ein Mitarbeiter diese Entscheidung überprüft.
de|automated_decision|-|Die Ablehnung meiner Bewerbung kam automatisch. Könnte sich bitte ein Personaler meinen
    Lebenslauf persönlich anschauen?
de|withdraw_consent|-|Ich hatte zugestimmt, dass Sie mein Foto in Ihrer Broschüre verwenden. Diese Zustimmung möchte
    ich nun zurückziehen.
de|withdraw_consent|-|Ich erlaube Ihnen nicht mehr, meine Daten an Partner weiterzugeben.
de|withdraw_consent|-|Bei der Anmeldung hatte ich der Nutzung für Forschung zugestimmt. Das möchte ich rückgängig
    machen.
de|privacy_concern|-|Eine mir unbekannte Firma hat mich angeschrieben und behauptet, meine Daten von Ihnen zu haben.
    Ist das überhaupt erlaubt?
de|privacy_concern|-|Ihre Mitarbeiter haben im Laden laut über mein Konto gesprochen. So geht man nicht mit
    persönlichen Daten um.
de|privacy_concern|-|Verkaufen Sie Kundendaten an Dritte? Das würde ich gern wissen, bevor ich bestelle.
de|privacy_concern|-|Mir ist unwohl dabei, dass Ihre App Zugriff auf meine Kontakte verlangt.
"""


def _probes(table: str) -> list[tuple[str, str, str, str, str]]:
    rows: list[str] = []
    for line in table.splitlines():
        if line.startswith(" ") and rows:
            rows[-1] += " " + line.strip()
        elif line.strip():
            rows.append(line.strip())
    probes = []
    for row in rows:
        lang, rights, escalations, text = row.split("|", 3)
        subject, _, body = text.rpartition(" // ")
        probes.append((lang, subject, body, rights, escalations))
    return probes


@pytest.mark.parametrize(("lang", "subject", "body", "rights", "escalations"), _probes(TABLE))
def test_frame_probe(lang: str, subject: str, body: str, rights: str, escalations: str) -> None:
    result = classify(subject, body)
    assert sorted(result.rights) == sorted(filter(None, rights.split(","))), [e.to_json() for e in result.evidence]
    if escalations != "-":
        assert sorted(result.escalation_reasons) == sorted(escalations.split(",")), result.escalation_reasons
