"""German general rules (see `plugin.core.lexicon`): broad concept classes, generic request shapes.

Compound heads come last ("Bewerberpool", "Verbrauchsdaten", "Sprachaufzeichnungen"): object classes
list heads as `*suffix` entries. Infinitive and participle come last ("... löschen", "... zurück").
"""

from __future__ import annotations

from plugin.core.rulematch import spec

LANG = "de"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES = {
    "OBJ": "lebenslauf *lebenslauf bewerbung* *bewerbung unterlagen *unterlagen ausweis* *ausweis ausweiskopie* "
    "personalausweis* reisepass* pass kopie kopien *kopie scan scans *scan fuhrerschein* aufnahme* *aufnahmen "
    "aufzeichnung* *aufzeichnungen video* *video *videos foto* *foto *fotos bild bilder *bilder selfie* verlauf "
    "*verlauf historie *historie standort* *standorte suchanfragen bewertung* *bewertungen kommentar* beitrag "
    "beitrage dokument* *dokumente akte *akte datei *datei profil *profil konto *konto account fingerabdr* album* "
    "kontakte adressbuch chat* gesprach* *gesprache notizen vermerk* eintrag *eintrag daten *daten angaben "
    "informationen",
    "PRON": "sie es diese diesen dieses das",
    "DEL": "losch* loesch* entfern* vernicht* schredder* beseitig* tilg*",
    "MKT": "werbung *werbung werbepost prospekte flyer gutschein* rabatt* angebote *angebote verkaufsanruf* "
    "werbeanruf* werbemail* werbe_sms newsletter* kataloge *kataloge postwurf*",
    "PROFILING": "auswert* ausgewertet analysier* analyse* profil_erstellen profilbildung tracking getrackt "
    "verfolgt verfolgen uberwach*",
    "FMT": "datei dateiformat format csv json excel tabelle export download zip",
    "OTHER": "anderen andere neuen neue neuer anderer",
    "PROV2": "anbieter *anbieter versorger *versorger dienst app plattform bank versicherer provider dienstleister",
    "AGAIN": "zweimal dreimal mehrfach mehrmals wiederholt schon_einmal bereits_einmal",
    "ASKED": "gebeten geschrieben angefragt verlangt aufgefordert beantragt kontaktiert",
    # ---- escalation vocabulary (merged with the base classes)
    "SENSITIVE": "arzt arztin hausarzt *arzt klinik* krankenhaus* krebs tumor asthma epilep* allergi* blutwert* "
    "bluttest* blutdruck kinderwunsch fruchtbarkeit fehlgeburt abtreibung panikattacke* depression* rollstuhl hiv "
    "covid impf* moschee kirche synagoge tempel muslim* judisch* jude christlich* katholisch* evangelisch* hindu* "
    "buddhist* bisexuell lgbt* transgender sexualleben gewerkschaftsmitglied gesichtsscan stimmerkennung "
    "biometrische_daten verhaftung gefangnis vorbestraft verurteil* menstruation* symptom* krankschreibung "
    "arbeitsunfahigkeit* krankmeldung",
    "MINOR": "teenager jugendliche* schuler* schulerin sorgeberechtigt* vormund erziehungsberechtigt*",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "anwaltin anwalte rechtsanwaltin rechtsschutz* jurist* verklagen gerichtlich* schlichtungsstelle "
    "ombudsmann frist_gesetzt",
    "MEDIA": "zeitung zeitungen redaktion* reportage offentlich_machen soziale_medien verbrauchermagazin",
    "REPEAT": "zweimal dreimal mehrmals mehrfach letzte_mail vorherige_anfrage erste_anfrage keine_ruckmeldung "
    "niemand_antwortet",
}

RULES = (
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ", "OBJ ~6 zu? DEL"),
    spec("g.erasure.pronoun", "erasure", "DEL ~1 sie ~1 PRON", "DEL ~1 PRON ~1 bitte", need="OBJ"),
    # ---- portability
    spec(
        "g.portability.other",
        "portability",
        "FMT ~8 OTHER ~2 PROV2",
        "bei|zu|an ~2 MY ~1 OTHER ~1 PROV2 ~5 hochladen|importieren|einlesen|ubertragen|mitnehmen",
        weak=True,
    ),
    # ---- consent: separable "ziehe ... zurück" over a longer gap
    spec("g.withdraw_consent.zuruck", "withdraw_consent", "ziehe|ziehen|nehme|nehmen ~3 CONSENT ~12 zuruck"),
    # ---- repeated request
    spec(
        "g.repeated_request.asked",
        "repeated_request",
        "ich ~1 habe ~5 schon|bereits|AGAIN ~4 ASKED",
        "habe ~1 ich ~5 schon|bereits|AGAIN ~4 ASKED",
        "AGAIN ~4 ASKED",
    ),
    # ---- escalations
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 jahre?"),
)
