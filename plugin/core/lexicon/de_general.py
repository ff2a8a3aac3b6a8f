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
    "informationen dossier *dossier",  # "Dossier": the Swiss word for a personnel/applicant file
    "PRON": "sie es diese diesen dieses das",
    "DEL": "losch* loesch* entfern* vernicht* schredder* beseitig* tilg*",
    "MKT": "werbung *werbung werbepost prospekte flyer gutschein* rabatt* angebote *angebote verkaufsanruf* "
    "werbeanruf* werbemail* werbe_sms newsletter* kataloge *kataloge postwurf*",
    "PROFILING": "auswert* ausgewertet analysier* analyse* profil_erstellen profilbildung tracking getrackt "
    "verfolgt verfolgen uberwach* ki ki_training training sprachmodell modell forschungsprojekt forschung studie "
    "auswertung auswerten interessenprofil per_gesicht",
    "FMT": "datei dateiformat format csv json excel tabelle export download zip",
    "OTHER": "anderen andere neuen neue neuer anderer",
    "PROV2": "anbieter *anbieter versorger *versorger dienst app plattform bank versicherer provider dienstleister",
    "KEEP_DE": "speichert speichern aufbewahren bewahrt behaltet behalten",
    "RAUS": "rausnehmen herausnehmen raus heraus runternehmen",
    # "weg" as the object of a wish: "mein Profil soll weg", "will das komplett weg haben"
    "MUSTGO": "soll sollen muss mussen",
    # marketing sent by post or push that is "eingestellt" (stopped): "stellen Sie diese Zusendungen ein"
    "MAILINGS": "zusendung* *zusendungen *nachrichten *mails *briefe *post spendenaufruf* *aufrufe",
    "SHOW": "zeigen zeigt schicken senden nennen mitteilen",
    "STORED": "gespeichert hinterlegt erfasst ubermittelt weitergegeben herausgegeben aufgezeichnet",
    "CORRECT2": "andern aendern anpassen hinterlegen korrigieren berichtigen aktualisieren erganzen eintragen "
    "umschreiben",
    "UNTIL": "bis solange vorerst bis_zur bis_zum bis_geklart bis_dahin",
    "STOPUSE": "weitergeben weiter nutzen verwenden melden ubermitteln genutzt verwendet gemeldet verarbeitet",
    "FREEZE": "auf_eis sperren einfrieren",
    "HUMAN2": "jemand jemanden person mensch mitarbeiter mitarbeiterin sachbearbeiter sachbearbeiterin berater "
    "personlich menschen beraterin fachmann echter_mensch",
    "REVIEW2": "anschaut ansieht ansehen pruft prufen prufung uberprufung uberpruft anschauen geschaut entscheidet "
    "uberprufen nachsehen beurteilen neu_bewerten bewerten entscheiden entscheidung_uberdenken anfechten bewertet "
    "neu_bewertet beurteilt druberschauen druberschaut",
    "AUTO2": "system software programm computer algorithmus automatisch automatisiert portal scoring score "
    "binnen_einer_minute automatische ki maschine app online sekunden minuten webseite website online_formular "
    "sofort umgehend binnen_sekunden anticheat anti_cheat *erkennung",  # "Eingabeerkennung": machine detection
    "DECISION2": "abgelehnt ablehnung aussortiert absage verweigert lasst_es_nicht_zu kein_vertrag "
    "passt_leider_nicht gesperrt gekundigt entscheidung ergebnis erhoht gesenkt storniert gebannt bann",
    "CONSENTED": "angekreuzt zugestimmt",
    "CONSENT_LIKE": "okay ok einverstandnis zustimmung einwilligung erlaubnis freigabe",
    "LAWFUL": "erlaubt zulassig legal rechtens normal",
    "WORRY2": "unding dreist unverschamt frechheit mulmig unwohl",
    "BREACH": "anderer_kunden teilnehmerliste versehentlich_geschickt aus_versehen_geschickt",
    "SPAM": "jetzt_bestatigen bestatigen_sie_ihre_identitat vorubergehend_eingeschrankt aus_sicherheitsgrunden",
    "PRICE": "preiserhohung erhohung rechnung nachzahlung tarif beitragserhohung abschlag",
    "AGAIN": "zweimal dreimal mehrfach mehrmals wiederholt schon_einmal bereits_einmal",
    "ASKED": "gebeten geschrieben angefragt verlangt aufgefordert beantragt kontaktiert",
    # ---- escalation vocabulary (merged with the base classes)
    # care that reveals a condition
    "SENSITIVE": "physio* krankengymnast* zahnbehandlung* zahnzusatz* zahnersatz* kieferorthop* "
    "arzt arztin hausarzt *arzt klinik* krankenhaus* krebs tumor asthma epilep* allergi* blutwert* "
    "bluttest* blutdruck kinderwunsch fruchtbarkeit fehlgeburt abtreibung panikattacke* depression* rollstuhl hiv "
    "covid impf* moschee kirche synagoge tempel muslim* judisch* jude christlich* katholisch* evangelisch* hindu* "
    "buddhist* bisexuell lgbt* transgender sexualleben gewerkschaftsmitglied gesichtsscan stimmerkennung "
    "biometrische_daten verhaftung gefangnis vorbestraft verurteil* menstruation* symptom* krankschreibung "
    "arbeitsunfahigkeit* krankmeldung kardio* diabet* migrane zahnarzt implantat gesicht",
    "MINOR": "teenager jugendliche* schuler* schulerin sorgeberechtigt* vormund erziehungsberechtigt* kita "
    "kindergarten schule",
    "AGE": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    "LAWYER": "anwaltin anwalte rechtsanwaltin rechtsschutz* jurist* verklagen gerichtlich* schlichtungsstelle "
    "ombudsmann frist_gesetzt",
    "MEDIA": "zeitung zeitungen redaktion* reportage offentlich_machen soziale_medien verbrauchermagazin redakteur* "
    "redakteurin follower story",
    "REPEAT": "zweimal dreimal mehrmals mehrfach letzte_mail vorherige_anfrage erste_anfrage keine_ruckmeldung "
    "niemand_antwortet zweimal_abgemeldet dritte_mail",
    "ADULT": "18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 "
    "52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 "
    "89 90 91 92 93 94 95 96 97 98 99",
    "AUTH_BODY": "jobcenter arbeitsagentur bundesagentur jugendamt",
    "RELATIVE": "kollege kollegen kollegin",
    "INTERVENE": "menschliches_eingreifen manuelle_prufung manuell_prufen kein_computer keine_maschine "
    "manuelle_uberprufung menschliche_prufung",
    "CONTEST": "anfechten fechte_an widerspreche_der_entscheidung bestreite",
    "PORT": "gangigen_format standardformat offenen_format",
    # "in einem gängigen elektronischen Format" is the Art. 15(3) copy; portability only when switching provider
    "ELECFMT": "gangigen_elektronischen_format",
    "SWITCH": "wechsle wechseln wechsel anbieterwechsel",
    "COOKIE": "cookie*",
    "STRUCT2": "excel* xlsx tabelle csv exceldatei",
    "TAKEWITH": "mitnehmen mitzunehmen",
}

RULES = (
    spec(
        "g.portability.as_file",
        "portability",
        "als|in ~3 STRUCT2",
        "TAKEWITH ~6 DATA|OBJ",
        "DATA|OBJ ~6 TAKEWITH",
        "direkt ~3 an|zum|zur ~1 ihn|sie|den|die|neuen",
        weak=True,
    ),
    spec(
        "g.automated_decision.intervene",
        "automated_decision",
        "INTERVENE",
        "HUMAN2|HUMAN ~8 REVIEW2",
        "REVIEW2 ~6 HUMAN2|HUMAN",
        "CONTEST ~4 DECISION2|DECISION",
        need="AUTO2|AUTO&DECISION2|DECISION",
        neg=False,
    ),
    spec("my_object.mine", "my_object", "MINE|HIS ~3 OBJ|FIELD|DATA|ACCOUNT"),
    # ---- erasure
    spec(
        "g.erasure.take_out",
        "erasure",
        "nehmen|nehmt ~16 aus ~3 SYSTEM|*system|*datenbank|*kartei|*liste",
        "nehmen|nehmt ~6 da|hier? ~1 raus|heraus",
        "DATA|OBJ ~4 RAUS",
        # "will mein Profil komplett weg haben", "meine Daten sollen weg": a wish, not "mein Paket ist weg"
        "MY ~3 DATA|OBJ|ACCOUNT ~3 weg ~1 haben",
        "MY ~3 DATA|OBJ|ACCOUNT ~3 MUSTGO ~2 weg",
        "alles ~1 weg ~3 was ~4 von ~1 mir",
        # "will nicht mehr in eurer Kartei sein": out of the file
        "nicht ~1 mehr ~2 in ~2 SYSTEM ~2 sein|stehen|drin|gespeichert",
    ),
    # "bitte runternehmen" after "meine Fotos ...": the object is understood (needs the writer's object before)
    spec("g.erasure.please_out", "erasure", "bitte ~1 rausnehmen|herausnehmen|runternehmen", anaphor=True),
    spec("g.erasure.that_out", "erasure", "das|es|sie ~1 bitte? ~1 rausnehmen|herausnehmen|runternehmen", anaphor=True),
    spec("g.erasure.dont_keep", "erasure", "KEEP_DE ~10 nicht ~1 langer|mehr", "NEG ~1 dass ~6 KEEP_DE", neg=False),
    # ---- access
    spec(
        "g.access.show",
        "access",
        "SHOW ~2 mir ~4 was|welche",
        "wissen ~3 welche|was ~12 STORED",
        "welche ~2 DATA ~4 fliessen|einfliessen|verwendet|genutzt",
        "wie_lange ~4 bewahren|behalten",
        "woher ~3 haben|habt ~1 sie|ihr ~2 MY",
    ),
    # ---- rectification
    spec(
        "g.rectification.fix",
        "rectification",
        "CORRECT2 ~3 das|dies|es|ihn|sie|MY|FIELD",
        "das|dies|es|FIELD ~4 CORRECT2",
        "passen|passt ~7 an",
        "bitte ~1 CORRECT2",
        # a new e-mail address given, then "bitte so ... hinterlegen": the value replaces the old one
        "@EMAIL ~10 bitte ~6 CORRECT2",
        need="FIELD|WRONG",
    ),
    # ---- restriction
    spec(
        "g.restriction.until",
        "restriction",
        "geben|gebt ~6 nicht ~4 weiter ~10 UNTIL",
        "NEG ~4 STOPUSE ~12 UNTIL",
        "UNTIL ~12 NEG ~3 STOPUSE",
        "gespeichert|aufbewahrt ~4 aber ~2 nicht ~2 genutzt|verwendet|verarbeitet",
        "aber ~2 sonst ~4 nichts ~1 mehr ~1 damit",
        neg=False,
    ),
    spec("g.restriction.freeze", "restriction", "legen ~6 auf_eis", "FREEZE ~4 DATA|OBJ"),
    # ---- objection
    spec(
        "g.objection.not",
        "objection",
        "NEG ~2 fur ~3 PROFILING ~2 verwenden|nutzen",
        "gehoren ~1 nicht ~3 PROFILING",
        "nicht ~1 mitmachen",
        "nehmen ~6 aus ~3 PROFILING ~1 heraus|raus",
        "NEG ~1 dass ~8 PROFILING",
        "lasst|lassen ~4 das ~2 bleiben",
        "schalten|schaltet ~4 ab|aus",
        need="PROFILING",
        over="erasure",
    ),
    # ---- direct marketing
    spec(
        "g.direct_marketing.no_more",
        "direct_marketing",
        "rufen ~3 nicht ~1 mehr ~1 an",
        "will|mochte ~3 MKT ~1 nicht",
        "MKT ~6 will|mochte ~3 nicht ~1 bekommen|erhalten",
        neg=False,
    ),
    spec(
        "g.direct_marketing.off_list",
        "direct_marketing",
        "nehmen|nehmt ~2 mich ~3 aus ~3 MKT|LIST|*versand",
        over="erasure",
    ),
    # separable "stellen ... ein" closes the clause: "Bitte stellen Sie diese Zusendungen an ihren Namen ein"
    spec(
        "g.direct_marketing.stop_sending_ein",
        "direct_marketing",
        "stellen|stellt ~1 sie? ~1 bitte? ~3 MAILINGS|MKT ~6 ein",
        need="MKT|MAILINGS",
        neg=False,
    ),
    # "hört auf mich zuzuspammen": spamming the writer is unwanted marketing
    spec(
        "g.direct_marketing.spam",
        "direct_marketing",
        "zuspammen|zuzuspammen|vollspammen|vollzuspammen|zugespammt|vollgespammt",
        neg=False,
    ),
    spec(
        "g.direct_marketing.peace",
        "direct_marketing",
        "in_ruhe ~1 gelassen|lassen",
        "lass|lasst|lassen ~6 in_ruhe",  # separable: "Lasst mich mit eurer Werbung in Ruhe"
        need="MKT|anrufen|anrufe",
    ),
    # ---- automated decision
    spec(
        "g.automated_decision.human",
        "automated_decision",
        "HUMAN2 ~8 REVIEW2",
        "REVIEW2 ~4 durch ~3 HUMAN2",
        need="AUTO2&DECISION2",
        neg=False,
    ),
    # ---- consent
    spec(
        "g.withdraw_consent.no_longer",
        "withdraw_consent",
        "nicht ~1 mehr ~1 einverstanden",
        "ziehe ~3 das|dies|es ~2 zuruck",
        "nehm|nehme ~2 das|dies|es ~1 zuruck",
        need="CONSENTED|CONSENT|CONSENT_LIKE",
        over="erasure",
        neg=False,
    ),
    spec(
        "g.withdraw_consent.revoke",
        "withdraw_consent",
        "CONSENT_LIKE ~12 gilt ~1 nicht ~1 mehr",
        "CONSENT_LIKE ~2 hiermit? ~1 zuruckgezogen|widerrufen|entzogen",
        "CONSENT_LIKE ~8 aufheben|zuruckziehen|zurucknehmen|entziehen|beenden",
        neg=False,
    ),
    # ---- privacy concern
    spec(
        "g.privacy_concern.questions",
        "privacy_concern",
        "warum|wieso|weshalb ~4 wollen|brauchen|speichern|haben|benotigen|speichert|sammelt|braucht|wollt "
        "~10 MY|OBJ|FIELD",
        "ist ~2 das|dies|es ~1 uberhaupt? ~1 LAWFUL",
        "wer ~6 kann|konnen ~4 lesen|sehen|einsehen|zugreifen",
        need="OBJ|FIELD|DATA|SENSITIVE",
    ),
    # "wer bei euch das sehen kann": who can see it (as en/fr/es/it who_sees)
    spec("g.privacy_concern.who_sees", "privacy_concern", "wer ~5 sehen|einsehen|lesen ~1 kann|konnen|darf|durfen"),
    spec("g.privacy_concern.feel", "privacy_concern", "ohne ~1 mein|meine ~1 wissen|zustimmung", "WORRY2", alone=True),
    spec("price_dispute.increase", "price_dispute", "PRICE"),
    # ---- erasure
    spec("g.erasure.object", "erasure", "DEL ~4 OBJ", "OBJ ~6 zu? DEL"),
    spec("g.erasure.pronoun", "erasure", "DEL ~1 sie ~1 PRON", "DEL ~1 PRON ~1 bitte", need="OBJ"),
    # ---- portability
    spec("g.portability.electronic_switch", "portability", "ELECFMT", need="SWITCH"),
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
    spec("third_party_data.adult_child", "third_party_data", "CHILD ~3 ADULT ~1 jahre?"),
    spec("child_data.age", "child_data", "CHILD ~3 AGE ~1 jahre?", "ich ~1 bin ~1 AGE"),
    # "Wo ändere ich meine Adresse?": a how-to question about the interface.
    spec(
        "ui_help.where",
        "ui_help",
        "wo ~1 andere|losche|entferne ~1 ich",
        "wo ~2 kann ~1 ich ~4 andern|loschen|entfernen",
    ),
    # Shipping notifications are service messages, not marketing.
    spec(
        "service_contact.delivery_notice",
        "service_contact",
        "versandbenachrichtigung*|zustellbenachrichtigung*|lieferbenachrichtigung*|sendungsbenachrichtigung*",
    ),
    # "Sagt mir, wer meine Daten gesehen hat": the recipients of the writer's data (Art. 15(1)(c)).
    spec(
        "g.access.who_received",
        "access",
        "sagt|sagen|wissen|mitteilen|erfahren ~4 wer|wem ~1 meine|mein ~6 gesehen|bekommen|erhalten|eingesehen",
    ),
    # "Bitte ruft mich nicht mehr wegen Aktionen an": the separable verb closes the sentence.
    spec(
        "g.direct_marketing.dont_call",
        "direct_marketing",
        "ruft|rufen ~1 mich|uns ~1 nicht_mehr|nie_wieder ~6 an",
        need="MKT",
        neg=False,
    ),
    # "verwenden Sie meine Daten bis dahin für nichts anderes": keep, but no other use (Art. 18).
    spec(
        "g.restriction.nothing_else",
        "restriction",
        "verwenden|nutzen|verwendet|nutzt ~6 fur ~1 nichts ~1 anderes|weiteres",
        "fur ~1 nichts ~1 anderes|weiteres ~3 verwenden|nutzen|verwendet|genutzt",
        neg=False,
    ),
    # "Hört auf, mein Gesicht zu scannen": stop processing the writer's own data (Art. 21(1)).
    spec(
        "g.objection.stop_to",
        "objection",
        "hort|horen ~1 bitte? ~1 auf ~1 mein|meine|meinen ~3 zu ~1 scannen|erfassen|analysieren|auswerten|tracken",
        neg=False,
    ),
)
