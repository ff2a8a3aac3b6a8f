"""Generalisation probes in Dutch: requests in words the corpus never used, and look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not
checked). Sentences written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Wis mijn leenhistorie.", "erasure", ""),
    ("", "Jullie hebben nog een kopie van mijn paspoort. Gooi die weg aub.", "erasure", ""),
    ("", "Graag mijn cv uit jullie bestand verwijderen, ik zoek geen werk meer.", "erasure", ""),
    ("", "Verwijder alstublieft al mijn foto's van het platform.", "erasure", ""),
    ("", "Zouden jullie mijn klantprofiel en aankoopgeschiedenis kunnen wissen?", "erasure", ""),
    ("", "Haal mijn gegevens uit jullie systemen, ik ben geen klant meer.", "erasure", ""),
    (
        "",
        "Mijn achternaam staat verkeerd geschreven: het is Jansen, niet Janssen. Willen jullie dat aanpassen?",
        "rectification",
        "",
    ),
    ("", "Mijn geboortedatum klopt niet, het moet 14-02-1979 zijn.", "rectification", ""),
    ("", "Graag mijn e-mailadres wijzigen naar piet.devries@example.nl.", "rectification", ""),
    ("", "Ik wil graag weten welke gegevens jullie van mij bewaren.", "access", ""),
    ("", "Stuur mij een overzicht van alle persoonsgegevens die jullie over mij hebben.", "access", ""),
    ("", "Aan wie hebben jullie mijn adres doorgegeven?", "access", ""),
    (
        "",
        "Sinds ik verhuisd ben ligt er om de week een folder op mijn naam in de bus. Hoeft niet meer.",
        "direct_marketing",
        "",
    ),
    ("", "Ik wil geen reclame meer per e-mail ontvangen.", "direct_marketing", ""),
    ("", "Haal me van jullie mailinglijst.", "direct_marketing", ""),
    ("", "Bel me niet meer met aanbiedingen.", "direct_marketing", ""),
    (
        "",
        "Kunnen jullie mijn verbruiksgegevens exporteren zodat ik ze bij mijn nieuwe leverancier kan inlezen?",
        "portability",
        "",
    ),
    (
        "",
        "Niet verwijderen, maar gebruik mijn dossier voorlopig nergens voor zolang mijn klacht loopt.",
        "restriction",
        "",
    ),
    ("", "Ik maak bezwaar tegen het analyseren van mijn koopgedrag.", "objection", ""),
    (
        "",
        "Mijn aanvraag werd automatisch afgewezen. Ik wil dat een medewerker er opnieuw naar kijkt.",
        "automated_decision",
        "",
    ),
    ("", "Ik trek mijn toestemming voor het delen van mijn gegevens met partners in.", "withdraw_consent", ""),
    ("", "Hoe komen jullie aan mijn telefoonnummer?", "privacy_concern", ""),
    ("", "Mijn dochter van 12 heeft een account aangemaakt. Verwijder dat alsjeblieft.", "erasure", "child_data"),
    ("", "Ik heb al twee keer gevraagd om mijn gegevens te verwijderen. Doe het nu.", "erasure", "repeated_request"),
    ("", "Mijn advocaat heeft me aangeraden een kopie van al mijn gegevens op te vragen.", "access", "legal_action"),
    ("", "Ik wil mijn abonnement opzeggen.", "", ""),
    ("", "Ik kan niet inloggen, mijn wachtwoord werkt niet.", "", ""),
    ("", "Kunnen jullie het bezorgadres van bestelling 8812 wijzigen?", "", ""),
    ("", "Kan ik een kopie van mijn factuur krijgen?", "", ""),
    ("", "Bedankt voor het snel verwijderen van mijn account.", "", ""),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "nl")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    assert result.is_request == bool(rights)
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
