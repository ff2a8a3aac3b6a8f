"""Second round of generalisation probes in Dutch: everyday phrasings of every right, written blind to
the rules (no labelled set consulted), plus look-alike non-requests.

Each row: subject, body, expected rights ("" = not a request), expected escalations (None = not checked).
"""

from __future__ import annotations

import pytest

from plugin.core.classify import classify

PROBES: list[tuple[str, str, str, str | None]] = [
    ("", "Ik wil dat al mijn gegevens uit jullie systemen worden verwijderd.", "erasure", None),
    ("", "Gooi mijn oude sollicitatie en cv maar weg, die hebben jullie niet meer nodig.", "erasure", None),
    (
        "",
        "Kunnen jullie me vertellen welke gegevens jullie over mij hebben en met wie jullie die delen?",
        "access",
        None,
    ),
    ("", "Ik wil graag een kopie van alle persoonsgegevens die jullie van mij bewaren.", "access", None),
    ("", "Mijn e-mailadres klopt niet meer, het nieuwe is anna@example.nl. Graag aanpassen.", "rectification", None),
    ("", "Stop alsjeblieft met bellen over aanbiedingen.", "direct_marketing", None),
    ("", "Ik wil geen nieuwsbrief en geen reclame meer ontvangen.", "direct_marketing", None),
    (
        "",
        "Ik stap over naar een andere leverancier. Kunnen jullie mijn gegevens in een standaardformaat naar hen "
        "sturen?",
        "portability",
        None,
    ),
    ("", "Zolang mijn klacht loopt, mogen jullie mijn gegevens niet gebruiken.", "restriction", None),
    ("", "Ik wil niet dat jullie mijn aankopen analyseren voor gepersonaliseerde aanbevelingen.", "objection", None),
    (
        "",
        "Mijn aanvraag is automatisch afgewezen. Ik wil dat een medewerker er naar kijkt.",
        "automated_decision",
        None,
    ),
    ("", "Ik trek mijn toestemming voor het gebruik van mijn foto in.", "withdraw_consent", None),
    ("", "Ik heb al drie keer gevraagd om mijn account te verwijderen. Nu doen graag.", "erasure", "repeated_request"),
    ("", "Hoe kan ik het afleveradres van mijn bestelling wijzigen?", "", None),
    ("", "Ik wil mijn abonnement opzeggen per volgende maand.", "", None),
    ("", "Kunnen jullie me alles sturen wat er op mijn naam geregistreerd staat?", "access", None),
    ("", "Welke informatie is gekoppeld aan mijn klantenkaart?", "access", None),
    ("", "Ik wil weten wat jullie app over mij verzamelt.", "access", None),
    ("", "Ik wil niets meer horen over jullie acties.", "direct_marketing", None),
    ("", "Zorg dat mijn gegevens van jullie servers verdwijnen.", "erasure", None),
    ("", "Ik wil dat jullie alles over mij vergeten.", "erasure", None),
    ("", "Ik vind het niet normaal dat de verkoper mijn identiteitskaart fotografeerde.", "privacy_concern", None),
    ("", "Jullie mogen mijn foto niet langer gebruiken.", "withdraw_consent", None),
    ("", "Ik wil mijn gegevens terugkrijgen om ze naar een andere dienst over te zetten.", "portability", None),
    (
        "",
        "Het algoritme heeft mijn account geblokkeerd. Graag een handmatige controle door een medewerker.",
        "automated_decision",
        None,
    ),
    (
        "",
        "Ik ben het niet eens met de automatische beslissing en wil dat iemand er echt naar kijkt.",
        "automated_decision",
        None,
    ),
    ("", "Verkopen jullie mijn gegevens aan andere bedrijven?", "privacy_concern", None),
    ("", "Ik vind het vervelend dat jullie bezorger mijn adres en telefoonnummer kan zien.", "privacy_concern", None),
    ("", "Dit voelt als een inbreuk op mijn privacy.", "privacy_concern", None),
    ("", "Ik krijg steeds jullie sms'jes met aanbiedingen, ik heb me nooit aangemeld.", "direct_marketing", None),
    ("", "Genoeg met die verkoopgesprekken!", "direct_marketing", None),
    ("", "Zolang het geschil loopt, bevries mijn gegevens en verwerk ze niet verder.", "restriction", None),
    (
        "",
        "Dit is al mijn derde mail over het verwijderen van mijn account. Verwijder het.",
        "erasure",
        "repeated_request",
    ),
    (
        "",
        "Ik wacht al zes weken op antwoord op mijn inzageverzoek. Stuur mij mijn gegevens.",
        "access",
        "repeated_request",
    ),
    ("", "Verwijder mijn account, anders stap ik naar de krant.", "erasure", "media"),
    ("", "Verwijder mijn account, anders stap ik naar de rechter.", "erasure", "legal_action"),
    ("", "Verwijder het profiel van mijn dochter, ze is pas 12.", "erasure", "child_data"),
    (
        "",
        "Ik ben in maart naar een andere sportschool gegaan. Jullie hebben geen reden meer om mijn pasfoto en "
        "bezoekhistorie te bewaren.",
        "erasure",
        None,
    ),
    (
        "",
        "Ik ben benieuwd wat jullie slimme meter elk half uur over ons huishouden doorstuurt. Mag ik dat zien?",
        "access",
        None,
    ),
    (
        "",
        "Alles wat jullie van mijn gesprekken vorige winter hebben opgenomen: daar wil ik graag een kopie van.",
        "access",
        None,
    ),
    (
        "",
        "Ik ben overgestapt naar een andere energieleverancier. Geef mijn meterstanden door aan hen in het formaat "
        "dat zij gebruiken.",
        "portability",
        None,
    ),
    (
        "",
        "Mijn oude werkmail staat nog op mijn account. Vervang die door anna.k@example.com aub.",
        "rectification",
        None,
    ),
    (
        "",
        "Bij de inschrijving vinkte ik aan dat ik aanbiedingen van partners wilde. Dat was een vergissing, beschouw "
        "het vinkje als weg.",
        "withdraw_consent direct_marketing",
        None,
    ),
    (
        "",
        "De klantenkaart-app registreert elke winkel waar ik binnenloop. Punten sparen prima, gevolgd worden niet.",
        "objection",
        None,
    ),
    (
        "",
        "Jullie app gaf me zonder uitleg een risicoscore en nu is mijn premie verdubbeld. Laat een mens hiernaar "
        "kijken.",
        "automated_decision",
        None,
    ),
    ("", "Die 'we missen je'-mails elke vrijdag kunnen wat mij betreft wegblijven.", "direct_marketing", None),
    (
        "",
        "Het zit me niet lekker dat iedereen aan de balie mijn medische notities kan opvragen.",
        "privacy_concern",
        None,
    ),
    (
        "",
        "Zolang het geschil over de facturatie loopt, mogen mijn gegevens niet naar een incassobureau.",
        "restriction",
        None,
    ),
    ("", "Kunnen jullie de blender van mijn verlanglijst halen? Ik heb hem elders gekocht.", "", None),
    ("", "Ik wil de bankkaart waarmee ik betaal wijzigen.", "", None),
    ("", "Kunnen jullie me de factuur van vorige maand als pdf sturen?", "", None),
    ("", "Hoe exporteer ik mijn contacten naar mijn nieuwe telefoon? Ik vind de optie niet.", "", None),
    ("", "Graag mijn sportschoolabonnement opzeggen per volgende maand.", "", None),
    ("", "Kunnen jullie de leverdatum van bestelling 66231 aanpassen?", "", None),
    ("", "Hebben jullie de scan van mijn paspoort uit 2019 nog?", "access", None),
    (
        "",
        "Ik heb liever niet dat jullie mijn vingerafdrukken nog bewaren nu ik weg ben bij de sportschool.",
        "erasure",
        None,
    ),
    ("", "Zorg dat er niets meer van mij in jullie systemen staat.", "erasure", None),
    ("", "Kunnen jullie nagaan of mijn gegevens nog in jullie database staan?", "access", None),
    ("", "Eerlijk gezegd mogen jullie mijn cv weggooien, ik heb werk gevonden.", "erasure", None),
    (
        "",
        "De sportschool-app schat nu mijn vetpercentage op basis van mijn foto's. Daar heb ik niet om gevraagd: laat "
        "mijn foto's daarbuiten.",
        "objection",
        None,
    ),
    (
        "",
        "Ik stap over naar een andere bank. Kan ik mijn transactiegeschiedenis in één keer uit jullie app halen "
        "zodat de nieuwe bank die kan inlezen?",
        "portability",
        None,
    ),
    (
        "",
        "Vorig voorjaar gaf ik toestemming om mijn interviewfragment in jullie reclame te gebruiken. Ik heb liever "
        "dat jullie dat niet meer doen.",
        "withdraw_consent",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "rights", "escalations"), PROBES)
def test_probe(subject: str, body: str, rights: str, escalations: str | None) -> None:
    result = classify(subject, body, "nl")
    assert sorted(result.rights) == sorted(rights.split()), result.evidence
    if escalations is not None:
        assert sorted(result.escalation_reasons) == sorted(escalations.split()), result.evidence
    if rights:
        assert any(e.kind == "right" for e in result.evidence)
